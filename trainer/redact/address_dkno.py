"""Danish and Norwegian street lines, as PostNord Danmark and Posten Norge write them.

The street name is one word with its type at the end ("Skolevej", "Nørregade", "Kirkeveien",
"Storgata"), or a person's name in the genitive before a separate type word ("Olav Kyrres
gate", "Thorvald Meyers gt.", "H.C. Andersens Boulevard"); the types are also abbreviated with
a full stop ("Nørrebrog." for -gade, "Bogstadv." for -veien, "gt." for gate). Then the house
number with its letter ("129B"), then the flat: Danish floor and side ("st. th." stuen til
højre, "2. tv.", "3. mf." midt for, "kld." kælder, "4. sal"), Norwegian "leil. 12" (leilighet),
"oppgang B", "3. etasje" and the bolignummer "H0203" (Kartverket: H, the floor, the flat), and
then the four-digit postcode and the town ("2100 København Ø", "DK-8000 Aarhus C", "N-0553
Oslo"; a Swedish "Tensta allé 3, 163 24 Spånga" takes PostNord Sverige's "NNN NN").

``addresses._anchored`` finds the anchors (a house number after a word with one of these
endings) in its one pass over " <digit>". A compound whose ending names nothing but streets
counts on its own; an abbreviated type, a word of the dictionary ("Delegate 3") or a name typed
in lower case needs the flat part or the postcode line.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_iceland import TAILS as _ICELAND_TAILS
from trainer.redact.address_iceland import iceland_anchor
from trainer.redact.address_numbers import count_after, frequent_or_plural
from trainer.redact.address_words import (
    CAPITALS,
    LOWERCASE,
    NORDIC_ENDINGS_FOLDED,
    by_last_three,
)
from trainer.redact.hits import Hit
from trainer.redact.names import given_names, word_list
from trainer.redact.quantities import GROUPED_QUANTITY_AFTER, UNIT_AFTER, year_like

# Type endings of compounds (Danish, then Norwegian bokmål and nynorsk), as ``prefilter.folded``
# writes them (ø -> o, å -> a; æ is kept).
_PLAIN = tuple(
    """vej vejen gade gaden stræde strædet vænget vangen plads pladsen allé
    vei veien veg vegen gate gata gaten plass plassen""".split()
)
PLAIN_FOLDED = tuple(dict.fromkeys(e.replace("é", "e") for e in _PLAIN))
# Each anchor's word is compared only with the endings that share its last three letters.
_PLAIN_BY_TAIL = by_last_three(PLAIN_FOLDED)
_NORDIC_BY_TAIL = by_last_three(NORDIC_ENDINGS_FOLDED)
# The last three letters of every type ending ``nordic_anchor`` looks up: with none of them, a
# word can still be read there only by what follows it (Iceland's "101 Reykjavík") or by its
# full stop (``ABBREVIATED``).
TYPE_TAILS = frozenset(_PLAIN_BY_TAIL) | frozenset(_NORDIC_BY_TAIL) | _ICELAND_TAILS
# Abbreviated types written with their full stop ("Nørrebrog.", "Bogstadv.", "gt.", "Blvd.").
ABBREVIATED = ("g.", "v.", "gt.", "vn.", "blvd.")

_UP = CAPITALS
_LOW = LOWERCASE
_ENDINGS = "|".join(sorted(_PLAIN, key=len, reverse=True))
_UNIT = (
    r"(?:,?\s(?:\d{1,2}\.\s?(?:sal|etasje|etg\.?)|(?:st|\d{1,2})\.(?:\s?(?:th|tv|mf|\d{1,3})\b\.?)?|"
    r"kld?\.|leil\.?\s?\d{1,4}|oppgang\s[A-Z]|[HUKL]\d{4})(?![\w-]))"
)
_STREET = re.compile(
    rf"(?<![\w'’.-])(?:"
    # a genitive name before a separate type word: "Olav Kyrres gate", "H.C. Andersens Blvd."
    rf"(?P<owner>(?:[{_UP}][\w.'’-]*\s){{0,2}}[{_UP}{_LOW}][\w'’-]*)\s"
    r"(?P<type>(?i:gate|gata|gt\.|vei|veien|veg|plass|vej|gade|plads|blvd\.|boulevard)|allé|Allé|Alle)"
    # or one compound word with its type ending, or its abbreviation
    rf"|(?P<name>[{_UP}{_LOW}][\w'’-]*?(?i:{_ENDINGS})|[{_UP}{_LOW}][\w'’-]{{2,}}?(?:g|v|gt|vn)\.)"
    r")\s(?P<num>\d{1,4}[A-Za-z]?(?:-\d{1,4})?)"
    # the flat: "st. th.", "2. tv.", "3. mf.", "kld.", "4. sal", "leil. 12", "oppgang B",
    # "3. etasje", "H0203"
    rf"(?P<unit>{_UNIT}*)"
    r"(?![\w]|[.,/-]\d)"
    # the postcode line: "2100 København Ø", "DK-8000 Aarhus C", "N-0553 Oslo", "9000 aalborg"
    r"(?P<code>(?:,[ \t]?|[ \t]*\n[ \t]*|[ \t])(?:(?i:DK|NO|N)-)?(?:\d{4}|\d{3} \d{2})[ \t]+"
    rf"[{_UP}{_LOW}][\w-]*(?:[ \t](?:[{_UP}][\w-]*|[ØCKVNSøcvnsk]\b))?)?"
)
# An address label or a residence word before the street ("Adresse:", "bor på", "bopæl").
_LABEL_BEFORE = re.compile(
    r"(?i:adresse|adr\.|address|bopæl|bosted|bor på|bor i|leveringsadresse)\s?:?\s*$"
).search


def dkno_anchor(folded: str, start: int, end: int) -> bool:
    """``folded[start:end]`` (a word before " <digit>") ends in a Danish or Norwegian street
    type or its abbreviation."""
    ends = _PLAIN_BY_TAIL.get(folded[end - 3 : end])
    return (ends is not None and folded.endswith(ends, start, end)) or (
        folded[end - 1] == "."
        and folded.endswith(ABBREVIATED, start, end)
        and (end - start > 3 or folded[start:end] == "gt.")
    )


_BREAK_DIGIT = re.compile(r"\n\d")


def broken_line_anchors(
    text: str,
    folded: str,
    nordic: list[tuple[int, int]],
    dkno: list[tuple[int, int]],
    iceland: list[int] | None = None,
) -> None:
    """Adds to the anchors the Nordic street words whose house number stands on the next line
    of a broken copy ("Bokvägen\n27, 419 85 Göteborg"): Swedish and Finnish ones to ``nordic``
    (``address_nordic``), Danish and Norwegian ones to ``dkno``, Icelandic ones and postcode
    lines ("Skútuvogur 2\n104 Reykjavík") to ``iceland``."""
    for m in _BREAK_DIGIT.finditer(text):
        brk = m.start()
        word_start = max(text.rfind(" ", 0, brk), text.rfind("\n", 0, brk)) + 1
        nordic_anchor(folded, word_start, brk, nordic, dkno, iceland)


def nordic_anchor(
    folded: str,
    start: int,
    end: int,
    nordic: list[tuple[int, int]],
    dkno: list[tuple[int, int]],
    iceland: list[int] | None = None,
) -> None:
    """Adds ``(end, end + 2)`` (the break before a house number) to ``nordic`` when the word
    ``folded[start:end]`` ends in a Swedish or Finnish street type (``address_nordic``), or to
    ``dkno`` when it ends in a Danish or Norwegian one; ``end`` to ``iceland`` when it ends in
    an Icelandic one or a town's postcode follows (``address_iceland``; "gata" is both)."""
    if iceland is not None and iceland_anchor(folded, start, end):
        iceland.append(end)
    ends = _NORDIC_BY_TAIL.get(folded[end - 3 : end]) if end - start > 4 else None
    if ends is not None and folded.endswith(ends, start, end):
        nordic.append((end, end + 2))
    elif end - start > 2 and dkno_anchor(folded, start, end):
        dkno.append((end, end + 2))


def dkno_streets(text: str, anchors: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for the street lines around ``anchors`` (the space before a house number
    that follows such a word)."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, anchors, before=48, after=80)
    for m in prefilter.finditer_in(_STREET, text, regions):
        if m.group("owner") and not _owner_ok(m.group("owner"), m.group("type")):
            continue
        framed = bool(
            m.group("unit")
            or m.group("code")
            or _LABEL_BEFORE(text, max(0, m.start() - 24), m.start())
        )
        if not framed and (year_like(m.group("num")) or not _plain(m)):
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits


# A street with no type ending, framed by its house number and the postcode line after a comma
# ("Grønnegården 58b, 3. etasje, 0553 Oslo"): anchored at the four-digit code.
_CODE_LINE = re.compile(
    rf"(?<![\w'’.-])[{_UP}][\w'’-]+(?:\s[{_UP}][\w'’.-]*){{0,2}}\s\d{{1,4}}[A-Za-z]?"
    rf"(?P<unit>{_UNIT}*),\s(?P<code>\d{{4}})\s(?P<town>[{_UP}][\w-]+)(?:\s[{_UP}]\b)?"
)


def code_line_anchor(text: str, digit: int) -> bool:
    """Four digits at ``digit`` after ", " and before a capitalised word in lower case after
    its capital ("..., 0553 Oslo"; not PostNL's "1234 AB")."""
    return (
        text[digit - 2 : digit] == ", "
        and text[digit : digit + 4].isdigit()
        and text[digit + 4 : digit + 5] == " "
        and text[digit + 5 : digit + 6].isupper()
        and text[digit + 6 : digit + 7].islower()
    )


def code_lines(text: str, anchors: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for street lines without a type ending that end in a four-digit code and
    its town at ``anchors``; a year-like code needs the flat part, a frequent word or a plural
    noun of the dictionary is no town ("Kapitel 12, 2500 Words")."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, anchors, before=70, after=30)
    for m in prefilter.finditer_in(_CODE_LINE, text, regions):
        town = m.group("town").lower()
        if year_like(m.group("code")) and not m.group("unit"):
            continue
        if frequent_or_plural(town):
            continue
        code_end = m.end("code")
        if UNIT_AFTER.match(text, code_end) or GROUPED_QUANTITY_AFTER.match(text, code_end):
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits


def _owner_ok(owner: str, kind: str) -> bool:
    """A separate type word follows a name in the genitive ("Karl Johans gate"); "allé" and
    "boulevard" also follow a place name ("Frederiksberg Allé"); "Departure Gate 4" is no
    street."""
    return owner.endswith("s") or kind.lower() in ("allé", "alle", "boulevard", "blvd.")


# Unframed, only these endings name nothing but streets; "-gate" is also English ("Colgate 360"),
# "-plass"/"-plads" any place ("Parkeringsplass 3"), and these heads name no street ("Motorvej").
_PLAIN_ONLY = ("gade", "gaden", "vej", "vejen", "vei", "veien", "veg", "vegen", "gata", "gaten",
               "stræde", "strædet", "vænget", "vangen", "allé", "pladsen", "plassen")
_NOT_HEADS = ("motor", "ring", "parkering", "camping", "arbejds", "arbeids", "idretts")


def _english_gate(owner: str) -> bool:
    """An owner in the English possessive ("Smith's gate 4") or an English word ("Arrivals
    gate 4"): the genitive of a Norwegian street name has no apostrophe before its s and is no
    frequent word ("Hagens", "Dahls")."""
    last = owner.rsplit(None, 1)[-1]
    return last.endswith(("'s", "’s")) or last.lower() in word_list("common_words.txt")


def _plain(m: re.Match[str]) -> bool:
    """A street that stands without a frame: a capitalised compound that is no dictionary word
    nor a given name, or a capitalised genitive before a written-out type word."""
    if m.group("owner"):
        owner, kind = m.group("owner"), m.group("type")
        if kind.lower() in ("gate", "gata") and _english_gate(owner):
            return False  # "at Smith's gate 4": an English gate, only with the postcode
        return owner[0].isupper() and not kind.endswith(".")
    name = m.group("name")
    if name.endswith(".") or not name[0].isupper() or len(name) < 6:
        return False  # "Bogstadv. 12", "skolevej 3", "Gade 4": only with the flat or postcode
    low = name.lower()
    if not low.endswith(_PLAIN_ONLY) or low.startswith(_NOT_HEADS):
        return False  # "Colgate 360", "Parkeringsplass 3", "Motorvej 3"
    if count_after(m.string, m.end()):
        return False  # "Nørregade 2 dage"
    return name not in given_names() and low not in word_list("common_words.txt")
