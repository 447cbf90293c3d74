"""A measure or an amount written as a number and its unit: it names no person and no place.

A name or address rule can read a quantity's unit as something else: the "V" of "230 V. The
delivery ..." or the "C" of "40,2 °C.\\nHalterin" as a person's initial, the "cl" of "26 cl.
The florist" as a street type ("Close", "calle"), the number of "Garder 155 400 FCFA" or
"Bring 500 ml" as a house number. The units are those of the standards that define them, not
of a set's phrasing:

- SI (the SI Brochure): the base and derived symbols with their decimal prefixes as written
  ("mm", "kg", "kWh", "MHz", "hPa"), the units accepted for use with the SI ("l", "ml", "cl",
  "ha", "t", "°C", "bar"), areas and volumes ("m²", "m3");
- IEC 80000-13: data sizes and rates ("MB", "GiB", "Mbit/s", "Mbps");
- ISO 4217: every active currency code (``address_numbers.CURRENCY_CODES``) and the CLDR
  symbols and local forms written after an amount ("€", "zł", "kr", "Kč", "FCFA").

Only ADDRESS and NAME hits are ever changed (a phone, card, id, IBAN or e-mail hit keeps all its
digits, whatever unit follows them: fail closed), and only where the quantity is at the hit's
edge:
- an ADDRESS hit whose every digit is a quantity's number is dropped ("Bring 500" of "Bring
  500 ml"); one that runs on into a quantity after its own digits ends before it ("villa n°
  8859, Ziguinchor\\nAcompte de 430 000 FCFA" keeps "villa n° 8859, Ziguinchor\\nAcompte de");
  a one-letter unit never counts here ("Hauptstraße 12 A", "Calle Mayor 5 B": a house
  number's letter), nor two capitals, nor a Dutch postcode's shape ("1090 MV", "3511 km":
  four digits, two letters), nor a quantity inside the hit with digits on both sides ("Ruta
  8 km 17,5");
- a NAME hit that starts at a one-letter unit right after its number ("V. Delivery" of "230 V.
  Delivery") starts after the unit instead: the rest stays redacted (fail closed); the
  initials rule asks ``degree_unit`` first, so "40,2 °C. Halterin" makes no name at all.

Cost: a quantity's digits after a word an address rule read as a street survive ("Garder 155
400 FCFA"); a person's initial that is also a unit letter right after a number ("Table 4 J.
Smith") survives as the letter alone ("Table 4 J. [NAME]").
"""

from __future__ import annotations

import re

from trainer.redact.address_numbers import CURRENCY_CODES
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import literal_alternation

_PREFIXES = ("k", "M", "G", "T", "m", "c", "d", "µ", "μ", "n", "h")
_PREFIXED = ("m", "g", "l", "L", "W", "Wh", "V", "A", "Hz", "Pa", "J", "N", "Ω", "VA", "Ah")


def _si_units() -> tuple[str, ...]:
    units = {p + u for p in _PREFIXES for u in _PREFIXED}
    # the symbols of two letters or more that are also words somewhere are left out
    units -= {"dam", "hA", "cA", "dA", "hL", "hW", "cV", "dN", "hJ", "cJ", "cN", "nA", "mA"}
    units |= {"mA", "hL", "hl"}
    return tuple(sorted(units))


_UNITS = (
    *_si_units(),
    # ratings and energy not built above (``lookalike_ratings``), areas, volumes, temperatures
    "Wh", "VA", "Ah", "Hz", "Pa", "kWp", "MWp", "kvar", "MVA", "kVA",
    "m²", "m2", "m³", "m3", "cm²", "cm2", "cm³", "cm3", "mm²", "km²", "km2", "ha",
    "°C", "°F", "° C", "° F", "bar", "mbar", "psi", "rpm", "dB", "dB(A)", "kcal", "lux",
    "km/h", "m/s", "mph", "ft", "ft²", "sq ft", "sq m", "lb", "lbs", "oz", "fl oz", "gal",
    # IEC 80000-13
    "B", "kB", "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB",
    "kbit/s", "Mbit/s", "Gbit/s", "kbps", "Mbps", "Gbps",
    # CLDR currency symbols and local forms written after an amount
    "€", "$", "£", "¥", "₹", "₺", "₽", "₴", "₦", "₱", "₩", "zł", "kr", "Kč", "Ft", "lei", "Kz",
    "FC", "F", *CURRENCY_CODES,
    # one-letter symbols (read only as a NAME hit's first letter: see ``_LETTERS``)
    "V", "A", "W", "J", "N", "K", "C", "T", "H", "S", "L", "l", "m", "g", "t",
)  # fmt: skip
# One-letter symbols a person's initial or a house number's letter also is.
_LETTERS = frozenset(u for u in _UNITS if len(u) == 1 and u.isalpha())
# a number as amounts print it: thousands grouped ("155 400", "1.200,50") or not ("3,5")
_NUMBER = (
    r"(?<![\w.,/-])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,3})?"
    r"|(?<![\w.,/-])\d+(?:[.,]\d+)?"
)
_QUANTITY = re.compile(
    rf"(?:{_NUMBER})[ \u00a0\u202f]?(?P<unit>{literal_alternation(_UNITS)})"
    r"(?![\w²³])"
)
_LEAD = re.compile(r"[\s.:;,!?)]*")


def unit_after_number(text: str, pos: int) -> bool:
    """The capital at ``pos`` is a one-letter unit right after its number ("230 V.", "40,2 °C."):
    no person's initial."""
    if text[pos : pos + 1] not in _LETTERS or text[pos + 1 : pos + 2].isalnum():
        return False  # "7590 Brandt": a word, no unit
    before = text[max(0, pos - 3) : pos]
    if before.endswith("°"):
        before = before[:-1].rstrip(" ")
        return bool(before) and before[-1].isdigit()
    return len(before) >= 2 and before[-1] in " \u00a0\u202f" and before[-2].isdigit()


def degree_unit(text: str, pos: int) -> bool:
    """The capital at ``pos`` is the C or F of a temperature after its number ("40,2 °C."): a
    letter right after "°" is never a person's initial (the initials rule asks only this; any
    other unit letter may be one: "Desk 4 K. Oyelaran")."""
    return text[pos - 1 : pos] == "°" and unit_after_number(text, pos)


def _quantities(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m["unit"]) for m in _QUANTITY.finditer(text, max(0, lo), hi)]


# A Dutch postcode (PostNL: four digits, two letters), in any case: "3511 km" is no distance.
_POSTCODE_NL = re.compile(r"[1-9]\d{3}[ \u00a0]?[A-Za-z]{2}")


def _address_unit(unit: str) -> bool:
    """A unit that no address line also holds: not one letter (a house number's "12 A") and
    not two capitals (a Dutch postcode's letters: "1090 MV", "8031PB" are no megavolts)."""
    if len(unit) == 1:
        return not unit.isalpha()
    return not (len(unit) == 2 and unit.isupper())


def _address(text: str, hit: Hit) -> Hit | None:
    """``hit`` less a quantity at its edge; None where its every digit is a quantity's."""
    kind, start, end = hit
    found = [q for q in _quantities(text, start - 12, end + 16) if q[0] < end and start < q[1]]
    found = [q for q in found if _address_unit(q[2]) and not _POSTCODE_NL.fullmatch(text, *q[:2])]
    if not found:
        return hit
    digits = [i for i in range(start, end) if text[i].isdigit()]
    if all(any(a <= i < b for a, b, _ in found) for i in digits):
        return None
    first = found[0]
    if first[0] <= start:  # the hit opens at a quantity: it starts after it
        rest = _LEAD.match(text, first[1], end).end()
        return (kind, rest, end) if rest < end else None
    if first[0] > start and not any(first[0] <= i for i in digits if not first[0] <= i < first[1]):
        stop = first[0]  # the quantity ends the hit: the hit ends before it
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        return (kind, start, stop)
    return hit  # a quantity with the hit's own digits after it: left whole (fail closed)


def _name(text: str, hit: Hit) -> Hit | None:
    kind, start, end = hit
    if not unit_after_number(text, start):
        return hit
    rest = _LEAD.match(text, start + 1, end).end()
    return (kind, rest, end) if rest < end else None


def keep_quantities(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with each ADDRESS or NAME hit that a quantity's unit or number made kept off
    that quantity (see the module's doc); every other hit unchanged."""
    out: list[Hit] = []
    for hit in hits:
        kind = hit[0]
        if kind == "NAME":
            kept = _name(text, hit)
        elif kind == "ADDRESS" and any(c.isdigit() for c in text[hit[1] : hit[2]]):
            kept = _address(text, hit)
        else:
            kept = hit
        if kept is not None:
            out.append(kept)
    return out
