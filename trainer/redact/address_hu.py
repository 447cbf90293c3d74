"""Hungarian street lines, as Magyar Posta writes them: the postcode first ("7435 Kisfalu,"),
then the street's name, capitalised, with its type after it in lower case ("Szilvás Ede
utca", "Rákos út", "Almás tér", "u.", "krt."), the house number with a full stop ("12.",
"3/B."), and the floor and door ("3/4.", "II. em. 5.", "fszt. 2."); or the street line first
and "5123 Felsőhegy" after it. A Budapest district may follow the town ("Budapest XIII.
ker.,").

The type word anchors the rule (``address_keyed``); a match needs a capitalised name before
the type and a house number after it, so prose ("az utca 5 perc alatt") does not match.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_numbers import count_after
from trainer.redact.address_words import CAPITALS, LOWERCASE
from trainer.redact.hits import Hit
from trainer.redact.names import word_list

_UP = CAPITALS
_LOW = LOWERCASE
# KSH/Magyar Posta közterület jellege, the frequent ones and their abbreviations.
_TYPES = (
    r"utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|sétány|stny\.|rakpart|rkp\.|fasor|"
    r"lakótelep|ltp\.|liget|dűlő|lejtő|sugárút|körönd|park|udvar|átjáró|lépcső|telep"
)
_TOWN = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?(?:\s[IVX]{{1,5}}\.(?:\s?ker\.|\skerület)?)?"
_NAME = rf"[{_UP}][\w.'’-]*"
# Sentence openers that are no street name ("A tér 3 percre van", "Ez a tér 3 órakor").
_NOT_NAME = r"(?!(?:A|Az|Egy|Ez|Ezen|Minden|Melyik|Ahol|Itt|Ott)\s)"
_HU_LINE = re.compile(
    rf"(?:(?<![\w.,/-])[1-9]\d{{3}}[ \t]+{_TOWN},?[ \t]+)?"
    rf"(?<![\w'’.-]){_NOT_NAME}(?P<name>{_NAME}(?:[ \t]{_NAME}){{0,3}})"
    rf"[ \t](?P<type>{_TYPES})(?![\w])"
    r"[ \t]+(?P<number>\d{1,4})(?:/?[A-Za-z](?![\w]))?(?:[/-]\d{1,4})?\.?"
    # floor and door: "3/4.", "II. em. 5.", "2. em. 7.", "fszt. 2.", "1. lh."
    r"(?:,?[ \t]+(?:\d{1,2}/\d{1,3}\.?|(?:[IVX]{1,4}|\d{1,2})\.[ \t]?em(?:elet|\.)[ \t]?"
    r"(?:\d{1,3}\.?(?:[ \t]?ajtó)?)?|fszt\.?[ \t]?\d{1,3}\.?|\d{1,2}\.[ \t]?lh\.))?"
    rf"(?P<code>,?[ \t]+[1-9]\d{{3}}[ \t]+{_TOWN}(?![\w]))?"
)
# An address label before the street ("Lakcím:", "Címem:", "Szállítási cím", "lakik a ...").
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:(?:lak|posta|levelezési[ \t])?cím(?:e|em|ünk)?|lakhely\w*|lak(?:ik|om|unk|nak)|"
    r"költöz\w*|szállítási[ \t]cím)\b)"
).search
# Keywords as ``prefilter`` folds them ("út" -> "ut"); "u" counts only with its full stop.
prefilter.register(
    "hu_street",
    {
        "utca",
        "ut",
        "utja",
        "ter",
        "tere",
        "korut",
        "krt",
        "koz",
        "sor",
        "setany",
        "stny",
        "rakpart",
        "rkp",
        "fasor",
        "lakotelep",
        "ltp",
        "liget",
        "dulo",
        "lejto",
        "sugarut",
        "korond",
        "u",
        "park",
        "udvar",
        "atjaro",
        "lepcso",
        "telep",
    },
)


def hungarian_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Hungarian street lines near the type words at ``spans``."""
    near = [(s, e) for s, e in spans if e - s > 1 or text[e : e + 1] == "."]
    if not near:
        return []
    regions = prefilter.windows(text, near, before=70, after=50)
    return [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_HU_LINE, text, regions)
        if (m.group("type") not in ("u.", "park") or not _english(m) or _framed(m))
        and (not count_after(text, m.end("number")) or m.group("code"))
    ]


def _framed(m: re.Match[str]) -> bool:
    """A postcode after the street or an address label before it on its line ("Lakcím: Hold
    u. 5.", "Bank u. 4., 1054 Budapest"): a street even when its name is an English word."""
    text, start = m.string, m.start("name")
    lo = max(text.rfind("\n", 0, start) + 1, start - 60)
    return m.group("code") is not None or _LABEL_BEFORE(text, lo, start) is not None


_WORD_AFTER = re.compile(r"\.?[ \t]+([a-z]{2,})\b").match


def _english(m: re.Match[str]) -> bool:
    """Chat, not a street, before "u." or "park": an English word as its name, or after
    "park" an English word after the number ("Jurassic park 3 was bad", "Disney park 2
    tickets"; Hungarian parks are unframed streets too, so the words after them decide)."""
    if _english_before(m.group("name")):
        return True
    after = _WORD_AFTER(m.string, m.end("number"))
    return (
        m.group("type") == "park"
        and after is not None
        and after.group(1) not in ("az", "és", "is", "ez")
        and after.group(1) in word_list("common_words.txt")
    )


def _english_before(name: str) -> bool:
    """ "Thank u. 5 stars": before the abbreviation "u." an English or other frequent word is
    chat, not a street's name (street names are people's and places' names)."""
    return name.rsplit(None, 1)[-1].lower() in word_list("common_words.txt")
