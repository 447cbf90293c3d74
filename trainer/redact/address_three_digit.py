"""Three-digit postcodes beside the town after a street or box line: PNG Post's "Boroko 111"
("PO Box 1234, Lae 411", "12 Huon Road\\nKokopo 613"), Paositra Malagasy's "101 Antananarivo"
(also written after the town: "BP 12, Toamasina 501"), Lesotho Post's "Maseru 100".

Three digits are too common to stand alone, so they count only as the last part of an address
hit's locality, by the UPU S42 line order: the street or box line, then the town with its code
before or after it. Three shapes after a hit's end are read:

- the hit closes on its own town segment (after a comma or a line break): " 111" right after it
  (or after the town's last words, where the hit took only its first);
- a comma or line break, one to three capitalised place words, then the code;
- a comma or line break, the code, then one to three capitalised place words.

The code must close the line, the clause or a table cell (a province may follow a comma: "Lae
411, Morobe"), and no counted noun or unit may follow it ("Lae 411 km"). A hit that ends in a
street line with no town segment never takes bare digits ("12 Main Street 305" stays).
"""

from __future__ import annotations

import re

from trainer.redact.address_lines import token_kind
from trainer.redact.address_numbers import quantity_after
from trainer.redact.quantities import UNIT_AFTER

_PLACE = r"[A-ZÀ-Þ][\w'’-]*"
_PLACES = rf"{_PLACE}(?:[ \t]{_PLACE}){{0,2}}"
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*)"
_CLOSE = r"(?=[ \t]*(?:$|\r?\n|[.;!?)|](?:\s|$)|,[ \t]))"
_CODE = r"(?P<code>[1-9]\d{2})(?![\w-]|[.,]\d)"
# (the town may go on past the hit: "...\nPort| Moresby 111")
_RIGHT_AFTER = re.compile(rf"(?P<rest>(?:[ \t]{_PLACE}){{0,2}})[ \t]+{_CODE}{_CLOSE}").match
_TOWN_THEN_CODE = re.compile(rf"{_SEP}(?P<town>{_PLACES})[ \t]+{_CODE}{_CLOSE}").match
_CODE_THEN_TOWN = re.compile(rf"{_SEP}{_CODE}[ \t]+(?P<town>{_PLACES}){_CLOSE}").match
# The hit's last segment is a town: capitalised words after a comma or a line break.
_TOWN_SEGMENT = re.compile(rf"(?:,[ \t]*|\n[ \t]*)(?P<town>{_PLACES})$").search


def three_digit_code_end(text: str, start: int, end: int) -> int:
    """End of a three-digit postcode (and its town) after the address hit ``text[start:end]``,
    else ``end``."""
    if end + 4 > len(text) or not _has_digit(text, start, end):
        return end
    if text[end - 1 : end].isalpha() and (seg := _TOWN_SEGMENT(text, max(start, end - 40), end)):
        m = _RIGHT_AFTER(text, end)
        if m and _places(seg.group("town") + m.group("rest")) and _closes(text, m):
            return m.end()
    if (m := _TOWN_THEN_CODE(text, end) or _CODE_THEN_TOWN(text, end)) is None:
        return end
    if not _places(m.group("town")) or not _closes(text, m):
        return end
    return m.end()


def _has_digit(text: str, start: int, end: int) -> bool:
    """The hit holds a house or box number: a street or box line, not a town alone."""
    return any(ch.isdigit() for ch in text[start:end])


def _places(town: str) -> bool:
    """Every word of ``town`` reads as a place name in title case, not a street, unit or prose
    word, nor a code or currency in capitals ("Flying AA 197", "Price KSh 120")."""
    return all(
        token_kind(word) == "name"
        and not any(ch.isupper() for part in word.split("-") for ch in part[1:])
        for word in town.split()
    )


def _closes(text: str, m: re.Match[str]) -> bool:
    """No unit or counted noun follows the code ("Lae 411 km", "Boroko 300 people")."""
    code_end = m.end("code")
    return not (quantity_after(text, code_end) or UNIT_AFTER.match(text, code_end))
