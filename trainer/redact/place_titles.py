"""Saints' and rulers' titles before a name beside a place noun: the only words that make such a
name no person's ("Colegio San Ignacio", "Iglesia Santa Teresa", "Kościół św. Anny", "Sankt
Olavs gate", "Masjid Sultan Salahuddin", "King Fahd Hospital"); ``place_keep`` says why.

General knowledge of how each language we redact names churches, schools and streets. Fail
closed: "Santo" and "Santa" are given names and surnames too (Italian "Santo Rossi"), and a
ruler's title is a living person's rank ("Sultan Ahmad", "Imam Hassan"), so these count only
after a place noun or before a closing one; "St"/"Ste" only with their full stop ("St Mary"
may be a street's abbreviation before a person); a title must be capitalised, except the
Polish and Czech abbreviations "św." and "sv.".
"""

from __future__ import annotations

from trainer.redact.folding import fold

# Saints' titles, folded, that never open a person's own name (a place, a church, a saint).
SAINTS = frozenset(
    """san sao saint sainte sankt st. ste. sv. sw. swietego swietej svateho svate sveti sveto
    sant sint""".split()
)
# Titles that are also given names or surnames ("Santo Rossi"), or a living person's rank
# ("Sultan Ahmad", "Imam Hassan"): only after a place noun or before a closing one.
NOUN_TITLES = frozenset(
    """santa santo santi sveta sultan raja tuanku sheikh syeikh imam king queen prince princess
    principe papa pope krol krola krolowej rey reina roi reine konig konigin regina kong konge
    kung dronning drottning""".split()
)
TITLES = SAINTS | NOUN_TITLES
# Rulers' titles: a ruler's name may have two words after a place noun ("Masjid Sultan Abu
# Bakar"); after a saint's title a second capitalised word is a person ("Colegio San Rosa
# Almonte"; review F2), as no two-word saints' names are listed.
RULERS = NOUN_TITLES - frozenset("santa santo santi sveta".split())
# Abbreviated saints' titles: "St. John Smith", "sv. Giorgio" may be a person after a street's
# or a word's abbreviation, so like NOUN_TITLES they count only beside a place noun.
ABBREVIATIONS = frozenset("st. ste. sv. sw.".split())
_LEAD = "([\"'«„“¿¡"


def title_word(word: str) -> str | None:
    """``word``'s folded title key when it is a capitalised saint's or ruler's title, or a
    Polish or Czech lower-case abbreviation ("św.", "sv."); else None."""
    word = word.lstrip(_LEAD)
    key = fold(word)
    if key not in TITLES:
        return None
    if word[:1].isupper() or key in ("sw.", "sv."):
        return key
    return None


def title_keeps(key: str, *, noun_before: bool, closed: bool) -> bool:
    """Whether the title ``key`` (from ``title_word``) makes the name after it no person's:
    a saint's unabbreviated title always, the others (rulers' titles, "St.", "Ste.", "sv.",
    "św.") only with a place noun before it or after the name."""
    return (key in SAINTS and key not in ABBREVIATIONS) or noun_before or closed


def name_words_kept(key: str | None, *, noun_before: bool) -> int:
    """How many words of name after the title ``key`` a place keeps: one after a saint's, two
    after a ruler's beside a place noun."""
    return 2 if noun_before and key in RULERS else 1
