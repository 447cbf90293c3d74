"""Declined forms of the roster's names, so a member written in a case ending is still a member:
Czech and Slovak "Nováka", "Novákovi", "Novákem", "Janě", "Novákovou", "Novotného"; Polish
"Nowakowi", "Kowalskiego", "Kowalskiej", "Annie"; Croatian "Horvatu", "Horvatom", "Ani";
Hungarian "Kovácsnak", "Péterrel", "Annával", "Kovácsék", "Kovácséknál"; the Polish, Czech and
South Slavic vocative "Marto", the South Slavic "Popovićev(i)"; Romanian "Anei", "Mariei"; the
Polish softened stems, Finnish cases, Turkish suffixes without the apostrophe and Romanian -ului
of ``member_suffix_forms`` ("Monice", "Virtaselle", "Kwamenin", "Popescului"); and the Slavic
possessive adjectives "Novákův", "Janin"; and the Lithuanian, Latvian and Estonian case forms
and the Slavic fleeting vowel ("Mantui", "Pēterim", "Olgale", "Marka"), whose tables are in
``member_baltic``; the Icelandic ones ("Sigurði", "Önnu", "Ólafssyni") in ``member_icelandic``;
the Irish and Scottish Gaelic mutations ("a Sheáin", "Ní Bhriain", "le hAoife") in
``member_gaelic_forms``. A suffix written after a hyphen ("Smith-nek") is read by
``member_given`` (the name before it goes).

Slavic languages decline a name by its stem (a consonant-final name adds the ending; a name in
-a, -o or -e swaps its last vowel; an adjectival surname in -i/-y takes adjective endings);
Hungarian appends case suffixes to the whole name, doubling a final consonant before -al/-el
("Péterrel") and lengthening a final -a/-e, which folding writes as the plain vowel. These are
the regular paradigms of each grammar (the nominal and adjectival declensions), not a list of
written names: every roster name gets them, on folded keys.

A form counts only when it is no listed word nor a roster name of its own ("Bell" + "e" is a
word, judged as one); one that is someone else's given name ("Jan" + "a" is "Jana") counts:
a name either way. ``member_given`` redacts a form written capitalised: anywhere when the name
has five letters or more, else like a frequent-word given name (tier 2: inside a sentence, or
opening one with a cue); in lower case only beside another name, or a long name's form after a
word that governs its case (``member_lower_forms``): alone it may be a word we do not list.

The forms are worked out at match time, for any roster size: no form is stored. The roster
matcher (``member_roster``) holds one *stem prefix* per name (the part every form of the name
starts with: the name, or the name less the letters a paradigm replaces, at most three) with
the endings allowed after it; a capitalised word that starts with a stem and ends in one of
its endings is read back to its name by ``declined_base``, which splits it again and looks
the candidate names up in the roster (the smallest name wins when two decline alike).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from os.path import commonprefix

from trainer.redact.address_towns import postal_towns
from trainer.redact.member_baltic import NAME_TAILS, baltic_forms
from trainer.redact.member_gaelic_forms import (
    gaelic_bases,
    gaelic_forms,
    lenited,
    prefixed_forms,
    woman_stems,
)
from trainer.redact.member_icelandic import NAME_TAILS as IS_TAILS
from trainer.redact.member_icelandic import icelandic_forms, umlaut_base, umlaut_stem
from trainer.redact.member_suffix_forms import NAME_TAILS as SUFFIX_TAILS
from trainer.redact.member_suffix_forms import suffix_forms
from trainer.redact.member_words import is_word
from trainer.redact.name_keys import fold
from trainer.redact.names import MemberNames

# Slavic endings after a consonant-final stem: genitive/accusative -a, dative -ovi/-owi/-u,
# instrumental -em/-om/-iem, locative/vocative -e/-u/-ie/-i; the possessive adjective
# -ův/-ov/-ova/-ovo/-ovu ("Novákův návrh", "Horvatov stol").
_CONSONANT_ENDINGS = (
    "a", "u", "e", "i", "em", "om", "ovi", "owi", "iem", "uv", "ov", "ova", "ovo", "ovu",
)
# After a stem whose -a/-o/-e is dropped: genitive -y/-i/-e, dative -e/-ie/-i, accusative -u,
# instrumental -ou/-om/-a, Polish and Slovak -ej/-iej, Romanian -ei ("Mariei"); the possessive
# adjective -in/-ina/-ino/-inu ("Janin", "Anina").
_VOWEL_ENDINGS = (
    "y", "i", "e", "u", "ou", "om", "ej", "iej", "ie", "ei", "in", "ina", "ino", "inu",
)
# The Polish, Czech and South Slavic vocative of a name in -a: -o ("Marto", "Jano", "Ivano").
_VOCATIVE_O = "o"
# The South Slavic possessive adjective and family plural after a soft consonant (c ć č đ j š
# ž, folded): -ev-, not -ov- ("Popovićev prijedlog", "Popovićevi su došli", "Kovačeva").
_SOFT_ENDINGS = ("ev", "eva", "evo", "evu", "evi", "eve")
_SOFT = frozenset("cjsz")  # ć č c -> c, š -> s, ž -> z, đ -> d is hard in folding: left out
# Adjectival surnames (-ski, -cki, -ný, -ský): -ego/-emu/-im (pl), -eho/-emu/-ym (cs, sk).
_ADJECTIVE_ENDINGS = ("ego", "iego", "emu", "iemu", "im", "ym", "eho", "om", "ych")
# Hungarian case suffixes, front and back vowel forms, as written (``member_given`` reads them
# after a hyphen: "Smith-nek"); a vowel-initial one is added only after a consonant-final name
# ("Kovácsék", not "Szabóék": a vowel-final name would lengthen its vowel first).
HU_CASE_SUFFIXES = (
    "nak", "nek", "t", "ot", "et", "öt", "at", "hoz", "hez", "höz", "tól", "től", "ról", "ről",
    "ra", "re", "ban", "ben", "nál", "nél", "ért", "é", "ék",
)
HU_AFTER_VOWEL = ("val", "vel")  # after a consonant the v becomes the consonant: "Péterrel"
_HU_SUFFIXES = frozenset(fold(e) for e in HU_CASE_SUFFIXES)  # on folded keys
# The family plural -ék ("Kovácsék": the Kovácses) takes the case suffixes too ("Kovácséknál",
# "Kertészékkel", "Bencééknek"); a vowel-final name lengthens its vowel first ("Bencé-ék"),
# which folding writes as the plain vowel, so the forms are name + "e" + "k" + suffix.
_HU_FAMILY_CASES = tuple(
    fold(e)
    for e in (
        "nak nek nál nél hoz hez től tól ről ról kal kel et at ért ban ben ba be ig".split()
    )
)
_VOWELS = frozenset("aeiouy")
_MIN_STEM = 3  # "Ana" -> "Ane", "Ani": a shorter stem makes too many other words
# Every ending a form may close with ("al"/"el" after the doubled consonant of "Péterrel").
# The nominative endings a paradigm replaces ("" where the ending is added to the whole
# name), and the longest ending after a stem prefix ("margus" + "e" + "sse").
_TAILS = tuple(dict.fromkeys(("", *"aoeiy", *NAME_TAILS, *IS_TAILS, *SUFFIX_TAILS)))
_LONGEST_REST = 9
_UMLAUT_REST = frozenset({"u"})  # after an umlauted stem prefix: "onn" + "u"
_FORMS_CACHE = 4096  # roster names whose forms are kept (a few hundred kB at most)


@lru_cache(maxsize=_FORMS_CACHE)
def _forms(name: str) -> frozenset[str]:
    """Every declined form of one folded one-word name, unfiltered. Cached by the name: it is
    called only with roster names (which the redactor holds anyway), never with post text, and
    ``declined_base`` asks for the same name's forms at every occurrence of a form."""
    return frozenset(_slavic_hungarian_forms(name) | _baltic_forms(name) | _suffix_forms(name))


def _slavic_hungarian_forms(name: str) -> set[str]:
    forms: set[str] = set()
    last = name[-1]
    if last not in _VOWELS:
        forms |= {name + e for e in _CONSONANT_ENDINGS}
        forms |= {name + last + e for e in ("al", "el")}  # "Péterrel", "Kovácscsal"
        if last in _SOFT:
            forms |= {name + e for e in _SOFT_ENDINGS}  # "Popovićevi"
    else:
        stem = name[:-1]
        if last in "aoe" and len(stem) >= _MIN_STEM - 1:
            forms |= {stem + e for e in _VOWEL_ENDINGS}
        if last == "a" and len(stem) >= _MIN_STEM - 1:
            forms.add(stem + _VOCATIVE_O)  # "Marto", "Ivano"
        forms |= {name + e for e in ("e", "ek")}  # "Bencéé", "Bencéék": the lengthened vowel
        if last in "iy" and len(stem) >= _MIN_STEM:
            forms |= {stem + e for e in _ADJECTIVE_ENDINGS}
        forms |= {name + e for e in HU_AFTER_VOWEL}
    forms |= {name + e for e in _HU_SUFFIXES if last not in _VOWELS or e[0] not in _VOWELS}
    forms |= {f"{name}ek{e}" for e in _HU_FAMILY_CASES}  # "Kovácséknál", "Bencééknek"
    forms.discard(name)
    return forms


def _baltic_forms(name: str) -> set[str]:
    """The Baltic, Estonian, Icelandic and fleeting-vowel forms (``member_baltic``,
    ``member_icelandic``), less any that spells a listed town ("Bas" + Estonian "-el" is
    "Basel"): a form found there is read as the place."""
    forms = baltic_forms(name, _CONSONANT_ENDINGS) | icelandic_forms(name)
    return {f for f in forms if f not in town_keys()}


def _suffix_forms(name: str) -> set[str]:
    """The Polish, Finnish, Turkish and Romanian forms (``member_suffix_forms``), less any that
    spells a listed town (read as the place, as the Baltic forms are), or whose stem (the part
    it shares with the name) is shorter than ``_MIN_STEM`` ("Ota" -> "Ocie")."""
    return {
        f
        for f in suffix_forms(name)
        if f != name and len(commonprefix([name, f])) >= _MIN_STEM and f not in town_keys()
    }


@cache
def town_keys() -> frozenset[str]:
    return frozenset(fold(town) for town in postal_towns())


def _declinable(name: str) -> bool:
    return len(name) >= _MIN_STEM and name.isalpha()


def _paradigm(name: str) -> tuple[str, int]:
    """What a name's forms depend on besides its stem: its last three letters and its length
    (every table cuts at most three letters; length matters up to a stem of three)."""
    return name[-3:], min(len(name), _MIN_STEM + 4)


def stem_prefix(name: str) -> str:
    """The part every declined form of ``name`` (folded, declinable) starts with: the name
    less the letters a paradigm replaces ("anna" -> "ann": "Annie", "kowalski" -> "kowalsk":
    "Kowalskiego", "mantas" -> "mant": "Mantui"), else the whole name ("novak": "Novákovi")."""
    return commonprefix([name, *_forms(name)])


def stem_prefixes(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """Stem prefix -> the endings after it that make a declined form of some of ``names``
    (folded keys; a name too short or not alphabetic has none). The ending sets depend only on
    a name's paradigm (``_paradigm``), so few distinct sets are worked out, shared."""
    by_class: dict[tuple[str, int], tuple[int, frozenset[str]]] = {}
    shared: dict[frozenset[str], frozenset[str]] = {}
    prefixes: dict[str, frozenset[str]] = {}
    for name in names:
        if not _declinable(name):
            continue
        kind = _paradigm(name)
        if (known := by_class.get(kind)) is None:
            prefix = stem_prefix(name)
            rests = frozenset(form[len(prefix) :] for form in _forms(name))
            known = by_class[kind] = (len(name) - len(prefix), shared.setdefault(rests, rests))
        cut, rests = known
        prefix = name[: len(name) - cut]
        if (had := prefixes.get(prefix)) is not None and not rests <= had:
            rests = had | rests
            rests = shared.setdefault(rests, rests)
        elif had is not None:
            continue
        prefixes[prefix] = rests
    return prefixes


def umlaut_prefixes(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """The Icelandic u-umlauted stems of ``names`` ("anna" -> "onn") -> the ending after them
    ("u": "Önnu"); apart from ``stem_prefixes``, since the umlaut changes a letter inside the
    stem, so these forms do not start with the name's stem prefix."""
    return {
        stem: _UMLAUT_REST
        for name in names
        if _declinable(name) and (stem := umlaut_stem(name)) is not None
    }


def declined_base(
    key: str, given: frozenset[str], surnames: frozenset[str], *, capital: bool = False
) -> str | None:
    """The roster name (given name or surname key) that ``key``, a folded word, declines, or
    None: every split of ``key`` into a stem prefix and an ending gives candidate names (the
    prefix with each nominative ending a paradigm replaces), each looked up in the roster and
    confirmed by regenerating its forms; the smallest name wins. ``capital``: the word is
    written with a capital first letter, so no Gaelic form with a prefix ("Hermes" is no
    "hErmes")."""
    if key in given or key in surnames or not key.isalpha() or is_word(key):
        return None  # a roster name of its own, or a listed word ("Belle")
    if (name := umlaut_base(key)) is not None and (name in given or name in surnames):
        return name  # "Önnu", "Jóhönnu": Anna, Jóhanna (``member_icelandic``)
    best = None
    for cut in range(min(_LONGEST_REST, len(key) - 2) + 1):  # 0: a bare stem ("Sigurð")
        stem = key[: len(key) - cut]
        for tail in _TAILS:
            name = stem + tail
            if (
                (name in given or name in surnames)
                and (best is None or name < best)
                and _declinable(name)
                and key in _forms(name)
            ):
                best = name
    if best is None:  # "Sheáin", "hAoife", "Bhriain": Seán, Aoife, Briain
        best = _gaelic_base(key, given, surnames, capital)  # (``member_gaelic_forms``)
    return best


@lru_cache(maxsize=8)
def _woman_stems(surnames: frozenset[str]) -> dict[str, str]:
    """``woman_stems`` once per roster (a frozenset keeps its hash: the lookup is cheap)."""
    return woman_stems(surnames)


def _gaelic_base(
    key: str, given: frozenset[str], surnames: frozenset[str], capital: bool
) -> str | None:
    """The roster name that ``key`` is an Irish or Scottish Gaelic mutated form of, or None
    (the smallest wins); a plain stem of a roster surname written lenited after a woman's
    particle reads back to that surname ("briain" -> "bhriain")."""
    found = [
        name
        for name in gaelic_bases(key)
        if (name in given or name in surnames)
        and key in gaelic_forms(name)
        and not (capital and key in prefixed_forms(name))
    ]
    if found:
        return min(found)
    soft = lenited(key)
    if soft is not None and soft in surnames and _woman_stems(surnames).get(key) == soft:
        return soft
    return None


def inflected_forms(members: MemberNames) -> dict[str, str]:
    """Every declined form of a roster -> the name it declines (what ``declined_base`` reads
    back), for tests and diagnostics on small rosters; the redactor stores none."""
    names = members.given | members.surnames
    forms: dict[str, str] = {}
    for name in sorted(names):
        if _declinable(name):
            for form in _forms(name):
                if form not in names and not is_word(form):  # "Jana", "Anny" stay forms
                    forms.setdefault(form, name)
    return forms


def declined_forms_summary(members: MemberNames) -> str:
    """For the manifest: how declined forms of the roster's names are found (at match time, for
    any roster size) and for how many one-word names."""
    names = sum(map(_declinable, members.given | members.surnames))
    return f"at match time, any roster size ({names} one-word names)"
