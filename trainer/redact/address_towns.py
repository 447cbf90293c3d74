"""A postcode beside a listed town, with no street: "04128 Leipzig", "an 20525 Hamburg",
"presso 20198 Milano (MI)", "New Delhi 110090".

A postcode with its town narrows a member down to a district, so the pair goes even in running
prose. A bare number before a capitalised word is usually not one ("12000 Euro", "50000
Besucher"), so the pair counts only when the word is a town of ``address_towns.txt`` (the larger
towns of Germany, France, Italy, Spain and India) and the code's leading digits are that town's
(Deutsche Post Leitregion, La Poste département, Correos province, CAP block, India Post
circle), or when an Italian town carries its province code in brackets ("Milano (MI)", Poste
Italiane's address line). ``address_mentions.town_mentions`` calls these at digit runs of the
right length only.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# Poste Italiane: the sigle of the provinces (and of the former ones still written).
IT_PROVINCES = frozenset(
    """AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CI CL CN CO CR CS CT
    CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU
    OG OR OT PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU
    SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VS VT VV""".split()
)
# The listed countries whose posts use four-digit codes (UPU); the others use five (six: India).
FOUR_DIGIT_POSTS = frozenset({"NL", "AT", "CH", "BE", "NZ", "ZA"})
# Up to four words of a town name after a code: capitalised words and the links inside names.
_WORDS_AFTER = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:\([A-Z][a-z]+\))?"
    r"(?: (?:[A-ZÀ-Þ][\w'’-]*|\([A-Z][a-z]+\)|am|an|im|de|del|la|di|nell'[A-Z]\w*|sur)){0,3}"
)
# After the town: La Poste's CEDEX (with its office number) and an Italian province in brackets.
_TOWN_TAIL = re.compile(r"(?: (?i:cedex)(?: \d{1,2})?)?(?: ?\((?P<prov>[A-Z]{2})\))?")
# "Milano (MI)", "San Donato Milanese (MI)": any capitalised town before a province sigla.
_TOWN_PROVINCE = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?: (?:[A-ZÀ-Þ][\w'’-]*|di|del|de|sul|in)){0,3} \(([A-Z]{2})\)"
)
# Before a code: the words of the town, then " ", ", ", " - " or "-".
_WORDS_BEFORE = re.compile(r"((?:(?:[A-ZÀ-Þ][\w'’]*|and)[ -]){0,3}[A-ZÀ-Þ][\w'’]*)(?:,? | ?- ?)$")


@cache
def towns(file: str = "address_towns.txt") -> dict[str, tuple[str, frozenset[str]]]:
    """Town name (case-folded) -> (country code, the two-digit postcode prefixes it uses)."""
    table: dict[str, tuple[str, frozenset[str]]] = {}
    text = resources.files("trainer.redact").joinpath(file).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, prefixes = line[3:].split(":")
            table[name.strip().casefold()] = (line[:2], frozenset(prefixes.split()))
    return table


@cache
def postal_towns() -> dict[str, tuple[str, frozenset[str]]]:
    """``towns()`` and the towns of ``address_towns_intl.txt``, which only the postcode rules
    read (the name rules take a listed town for a place, and some of these are surnames)."""
    return towns("address_towns_intl.txt") | towns()


def _listed(name: str, code: str) -> bool:
    """``code`` may be a postcode of the town ``name``. La Poste gives prefecture towns round
    codes ("33000 Bordeaux"); elsewhere a round number before a town is a count ("20000
    Hamburg fans")."""
    country, prefixes = postal_towns().get(name.casefold(), ("", ()))
    if (country in FOUR_DIGIT_POSTS) != (len(code) == 4):
        return False  # PostNL's, Austrian Post's ... codes have four digits, the others' 5 or 6
    return code[:2] in prefixes and (code[2:] != "000" or country == "FR")


def nl_town_after(text: str, pos: int, code: str) -> int | None:
    """End of a Dutch town listed for the PostNL ``code``'s leading digits, written from
    ``pos`` ("Haarlem" after "2031 BK "); None otherwise."""
    words = _WORDS_AFTER.match(text, pos)
    if words is None:
        return None
    parts = words.group().split(" ")
    for n in range(len(parts), 0, -1):
        if _listed(" ".join(parts[:n]), code):
            return pos + len(" ".join(parts[:n]))
    return None


def town_after(text: str, s: int, e: int) -> int | None:
    """End of the town (with its CEDEX or province) after the code ``text[s:e]``, when the
    town is listed for the code's leading digits or is an Italian town with its province in
    brackets; None otherwise. The caller has seen a space and a capital after the code."""
    code = text[s:e]
    words = _WORDS_AFTER.match(text, e + 1)
    if words is None:
        return None
    parts = words.group().split(" ")
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        if _listed(name, code):
            end = e + 1 + len(name)
            tail = _TOWN_TAIL.match(text, end)
            if tail.group("prov") and tail.group("prov") not in IT_PROVINCES:
                return end
            return tail.end()
    if len(code) == 5 and (province := _TOWN_PROVINCE.match(text, e + 1)):
        if province.group(1) in IT_PROVINCES:
            return province.end()
    return None


def town_before(text: str, s: int, e: int) -> int | None:
    """Start of a listed town written before the code ``text[s:e]`` ("New Delhi 110090",
    "Pune - 411001", "Madrid, 28013") whose leading digits are the town's; None otherwise."""
    m = _WORDS_BEFORE.search(text, max(0, s - 40), s)
    if m is None:
        return None
    code = text[s:e]
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        name = " ".join(words[-n:])
        if _listed(name, code):
            return m.end(1) - len(name)
    return None


_LOWER_WORDS_AFTER = re.compile(r" ([a-zà-ÿ][a-zà-ÿ'’-]*(?: [a-zà-ÿ][a-zà-ÿ'’-]*){0,2})")


def lower_town_after(text: str, s: int, e: int) -> int | None:
    """End of a listed town typed in lower case after the code ``text[s:e]`` ("59800 lille",
    "10122 torino") when its leading digits are the town's; None otherwise."""
    words = _LOWER_WORDS_AFTER.match(text, e)
    if words is None:
        return None
    parts = words.group(1).split(" ")
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        if _listed(name, text[s:e]):
            return e + 1 + len(name)
    return None
