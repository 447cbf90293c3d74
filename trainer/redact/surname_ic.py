"""South Slavic surnames in -ić, in every case (Serbian, Croatian, Bosnian, Montenegrin), fail
closed: a capitalised word ending in -ić ("Nikolić", "Jovanović"; Cyrillic "-ић"), or in -ić
and a case ending (genitive/accusative -ića, dative/locative -iću, instrumental -ićem, plural
-ići, -ićima, -iće), is a surname by the South Slavic naming convention: the suffix is the old
patronymic that most surnames of these languages carry. It is a NAME hit, with the capitalised
word before it when that word is a given name of the gazetteer, as written or declined by the
regular nominal endings ("Jelenu" -> "Jelena", "Milošu" -> "Miloš", "Đorđa" -> "Đorđe",
"Aleksandrom" -> "Aleksandar": the fleeting a).

Polish writes -ić in infinitives ("Mówić", "Palić" opening a sentence): a Latin-script word
counts only when it ends in -vić (Polish writes no v), or the post holds a letter Polish never
writes (č, š, ž, đ) or none that only Polish writes (ą, ę, ł, ń, ó, ś, ź, ż); a word the
common-word lists hold never counts.

An institution named after a person puts its noun before the name, both in the nominative
("Biblioteka Milutin Bojić", "Osnovna škola Vuk Karadžić"): a name right after such a noun is
left to the other rules (the look-alike of a place; a declined noun, "škole", does not count).
Found with ``str.find``:
a post without "ić" or "ић" pays two substring tests.
"""

from __future__ import annotations

import re
from functools import cache

from trainer.redact.hits import Hit
from trainer.redact.names import word_list
from trainer.redact.person_words import GIVEN, GIVEN_AMBIGUOUS, TOP

_SUFFIXES = ("ić", "ић")
_CASE_AFTER = re.compile(r"(?:ima|em|a|u|i|e|има|ем|а|у|и|е)?(?![\w'’-])")
_SOUTH_SLAVIC_LETTER = re.compile("[čšžđČŠŽĐ]")
_POLISH_LETTER = re.compile("[ąęłńóśźżĄĘŁŃÓŚŹŻ]")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_a-zа-я][^\W\d_]+)[ \t]+$")
# Nominal case endings of a given name, longest first, and the nominative endings they replace.
_GIVEN_ENDINGS = ("om", "em", "oj", "u", "a", "i", "e", "ом", "ем", "у", "а", "и", "е")
_NOMINATIVE = ("", "a", "e", "o", "а", "е", "о")
_MIN_STEM = 2  # letters before -ić: "Simić", "Rokić"
# Nouns that open the name of an institution or a place named after a person (nominative).
_INSTITUTIONS = frozenset(
    """biblioteka knjižnica škola gimnazija fakultet univerzitet sveučilište bolnica muzej
    galerija dom institut centar stadion dvorana ulica trg bulevar park most pozorište
    kazalište zavod akademija библиотека школа гимназија факултет универзитет болница музеј
    галерија дом институт центар стадион улица трг булевар парк мост позориште завод
    академија""".split()
)


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    given = frozenset(n.lower() for n in GIVEN | GIVEN_AMBIGUOUS)
    common = word_list("common_words.txt") | frozenset(w.lower() for w in TOP)
    return given, common


def ic_surname_hits(text: str) -> list[Hit]:
    """The -ić surnames of ``text`` (see the module docstring), each with its given name."""
    hits: list[Hit] = []
    south = None  # whether the post holds a letter Polish never writes: asked once, if at all
    for suffix in _SUFFIXES:
        at = text.find(suffix)
        while at >= 0:
            hit = _surname_at(text, at, cyrillic=suffix != "ić")
            if hit is not None and (hit[3] or south or south is None):
                if not hit[3] and south is None:
                    south = (
                        _SOUTH_SLAVIC_LETTER.search(text) is not None
                        or _POLISH_LETTER.search(text) is None
                    )
                if (hit[3] or south) and (found := ("NAME", hit[0], hit[1])) not in hits:
                    hits.append(found)
            at = text.find(suffix, at + 2)
    return hits


def _surname_at(text: str, at: int, *, cyrillic: bool) -> tuple[int, int, str, bool] | None:
    """(start, end, word, sure) of the surname whose -ić is at ``at``; ``sure``: no Polish
    infinitive can spell it (Cyrillic, or -vić)."""
    case = _CASE_AFTER.match(text, at + 2)
    if case is None:
        return None
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start : case.end()]
    if (
        at - start < _MIN_STEM
        or not word[:1].isupper()
        or text[start - 1 : start] in ("'", "’", "-")
        or word.lower() in _lists()[1]
    ):
        return None
    sure = cyrillic or text[at - 1] == "v"
    given = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if given is not None and _declined_given(given[1]):
        start = given.start(1)
    if _institution_before(text, start):
        return None  # "Biblioteka Milutin Bojić": a place named after a person
    return start, case.end(), word, sure


def _institution_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (spaces between) is an institution's noun."""
    head = text[max(0, start - 20) : start]
    if not head.endswith((" ", "\t")):
        return False
    words = head.split()
    return bool(words) and words[-1].lower() in _INSTITUTIONS


def _declined_given(word: str) -> bool:
    """Whether ``word`` is a gazetteer given name, as written or in a case form."""
    names, common = _lists()
    key = word.lower()
    if key in names:
        return True
    if key in common:
        return False
    for ending in _GIVEN_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
            stem = key[: -len(ending)]
            if any(stem + n in names for n in _NOMINATIVE):
                return True
            if stem[-1] == "r" and stem[:-1] + "ar" in names:  # "aleksandr" -> "aleksandar"
                return True
    return False
