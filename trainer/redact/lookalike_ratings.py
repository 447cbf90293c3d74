"""A rating or a reading in units that an address rule took for a house number and a street
("The spec sheet says 230 V. The ...", "Laut Datenblatt: 400 V.\\nBemerkung", "came to 56652
MWh."): the "street" is the unit and the sentence ends after it, so no address is there.

The units are the SI symbols of electrical ratings and energy (``UNITS``), written the same in
every language. Only an ADDRESS hit that starts at the number is dropped, and only when the unit
closes its sentence or clause (a full stop, colon, semicolon, comma or line end right after it):
"230 Victoria Street" or "16 Avenue ..." never matches, a unit being no street name.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import literal_alternation

# SI symbols of ratings and readings (case as written: "MW" is not "mW")
UNITS = (
    "V", "kV", "mV", "A", "mA", "kA", "W", "kW", "MW", "GW", "Wh", "kWh", "MWh", "GWh", "VA",
    "kVA", "MVA", "Ah", "mAh", "Hz", "kHz", "MHz", "GHz", "kWp", "MWp", "var", "kvar",
)  # fmt: skip
_RATING = re.compile(
    r"\d{1,6}(?:[.,]\d{1,3})?[ \t\u00a0]?(?:"
    + literal_alternation(UNITS)
    + r")(?=[.,;:!?)]|[ \t]*(?:\n|$))"
)


# One-letter units are also a house number's letter: "12 A, Baker Street" is a street line.
_HOUSE_LETTERS = frozenset(unit for unit in UNITS if len(unit) == 1)


def rating_read_as_address(text: str, hit: Hit) -> bool:
    """``hit`` is an ADDRESS hit starting at a rating whose unit closes its clause; a one-letter
    unit before a comma counts only when the hit ends at that comma (fail closed: in "12 A,
    Baker Street, London" the letter is the house number's, and the hit runs on past it)."""
    if hit[0] != "ADDRESS" or (m := _RATING.match(text, hit[1])) is None:
        return False
    unit = m.group().rstrip()[-1]
    letter = unit in _HOUSE_LETTERS and not m.group()[-2:-1].isalpha()
    return not (letter and text.startswith(",", m.end()) and hit[2] > m.end() + 1)
