"""More declined forms of one roster name, from the published grammars of four languages, for
``member_inflections`` (which confirms every form against the roster and the word lists, so
only roster names are ever read back and a listed word never is):

* Polish: the dative and locative of a feminine name in -a soften the stem consonant
  (-ra -> -rze, -ka -> -ce, -ga -> -dze, -ta -> -cie, -da -> -dzie, -cha -> -sze: "Monice",
  "Marcie"), and the locative of a masculine name in -r, -t, -d does the same ("Piotrze",
  "Robercie", "Konradzie"); the other Polish endings (-a, -owi, -em, -ie, -ę, -ą) are the
  Slavic tables of ``member_inflections``.
* Finnish: the case endings on the weak grade of the stem (consonant gradation kk -> k, pp -> p,
  tt -> t, nk -> ng, mp -> mm, nt -> nn, lt -> ll, rt -> rr: "Jukan", "Matille"), -nen -> -se-
  ("Virtasen", "Virtaselle", partitive "Virtasta"), a name in a vowel and -s taking -kse-
  ("Joonaksen", "Markukselta", partitive "Joonasta"), a consonant-final name taking the linking
  -i- ("Erikille"; also after -s, for a foreign name: "Klausille"); genitive -n (also before
  "kanssa"), allative -lle, adessive -lla, ablative -lta, inessive -ssa, elative -sta, essive
  -na, partitive -a / -ta.
* Turkish: the case suffixes written without the apostrophe ("Kwamenin", "Marene",
  "Aysenin"), with the buffer letters n/y after a vowel; vowel harmony picks e/a, i/ı/u/ü,
  which folding writes as e/a and i/u.
* Romanian: the genitive-dative -lui of a name in -u ("Popescului"), -ului after a consonant.

Folded keys throughout (ä -> a, ı -> i, ł -> l). A stem shorter than ``member_inflections``'
minimum never gets here.
"""

from __future__ import annotations

_PL_FEMININE = (
    ("cha", "sze"),
    ("ra", "rze"),
    ("ka", "ce"),
    ("ga", "dze"),
    ("ta", "cie"),
    ("da", "dzie"),
)
_PL_ADJECTIVAL = ("ska", "cka", "zka")
_PL_MASCULINE = (("r", "rze"), ("t", "cie"), ("d", "dzie"))
# Weak grade of the last consonant cluster before a final vowel (strong -> weak).
_FI_GRADATION = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("nt", "nn"),
    ("lt", "ll"),
    ("rt", "rr"),
)
_FI_WEAK = ("n", "lle", "lla", "lta", "ssa", "sta")  # closed-syllable endings: weak grade
_FI_STRONG = ("na", "a")  # essive, partitive: strong grade ("Jukkana", "Jukkaa")
_TR_AFTER_VOWEL = ("nin", "nun", "ye", "ya", "yi", "yu", "de", "da", "den", "dan", "yle", "yla")
_TR_AFTER_CONSONANT = (
    "in",
    "un",
    "e",
    "a",
    "i",
    "u",
    "de",
    "da",
    "te",
    "ta",
    "den",
    "dan",
    "ten",
    "tan",
    "le",
    "la",
)
_VOWELS = frozenset("aeiouy")
# The name endings these forms replace, for ``declined_base`` (it rebuilds a name as a stem
# prefix plus one of these): the Polish softened syllables, the Finnish strong-grade syllable
# and -nen.
NAME_TAILS = (
    "cha",
    "ka",
    "ga",
    "ta",
    "da",
    "nen",
    *(c + v for c in "kpt" for v in "aeiouy"),
)


def suffix_forms(name: str) -> set[str]:
    """The Polish, Finnish, Turkish and Romanian forms above of one folded one-word name."""
    return _polish(name) | _finnish(name) | _turkish(name) | _romanian(name)


def _polish(name: str) -> set[str]:
    if name.endswith(_PL_ADJECTIVAL):
        return set()  # "Kowalska": an adjective, declined "Kowalskiej" (``member_inflections``)
    for end, soft in _PL_FEMININE:
        if name.endswith(end):
            return {name[: -len(end)] + soft}
    for end, soft in _PL_MASCULINE:
        if name.endswith(end):
            return {name[: -len(end)] + soft}
    return set()


def _finnish(name: str) -> set[str]:
    forms: set[str] = set()
    last = name[-1]
    if name.endswith("nen") and len(name) > 5:  # "Virtanen": Virtase-n, partitive Virtas-ta
        stem = name[:-3] + "se"
        return {stem + e for e in _FI_WEAK} | {name[:-3] + "sta", stem + "na"}
    if last not in _VOWELS:  # "Erik": Eriki-n, Eriki-lle
        stem = name + "i"
        forms = {stem + e for e in (*_FI_WEAK, *_FI_STRONG)}
        if last == "s" and name[-2] in _VOWELS:  # "Joonas": Joonakse-n, Joonakse-lta, Joonas-ta
            stem = name[:-1] + "kse"
            forms |= {stem + e for e in (*_FI_WEAK, "na")} | {name + "ta"}
        return forms
    weak = name[:-1]
    for strong, soft in _FI_GRADATION:
        if weak.endswith(strong):
            weak = weak[: -len(strong)] + soft
            break
    weak += last
    forms |= {weak + e for e in _FI_WEAK}
    forms |= {name + e for e in _FI_STRONG}
    return forms


def _turkish(name: str) -> set[str]:
    after = _TR_AFTER_VOWEL if name[-1] in _VOWELS else _TR_AFTER_CONSONANT
    return {name + e for e in after}


def _romanian(name: str) -> set[str]:
    if name[-1] == "u":
        return {name + "lui"}  # "Popescului"
    if name[-1] not in _VOWELS:
        return {name + "ului"}  # "Bogdanului"
    return set()
