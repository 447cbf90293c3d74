"""PostNL codes read by ``addresses._anchored`` at a four-digit run: "1234 AB Plaats" and the
locality line typed in lower case first ("1234 ab plaats, straatnaam 12").
"""

from __future__ import annotations

import re

from trainer.redact.address_lower import NOT_NL_PAIRS
from trainer.redact.address_tail import LOWER_NL_TOWN
from trainer.redact.postal import NOT_NL_LETTERS
from trainer.redact.quantities import year_like as _year_like

# PostNL: 1234 AB (letters never SA, SD or SS) before a capitalised place name. Letter pairs that
# are common abbreviations after a number ("2024 AI Summit", "500 GB Drive") do not count.
# Dutch place names may open with the old article: "'s-Hertogenbosch", "'s-Gravenhage", "'t Zandt";
# a two-word name stays on its line ("Utrecht\nFactuur" is the town and the next line).
_NL_POSTCODE_AT = re.compile(
    r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2},?\s{1,2}(?:['’][st][- ])?[A-Z][\w'-]+(?:[ \t-][A-Z][\w'-]+)?"
)


def nl_postcode(text: str, pos: int) -> int | None:
    """End of "1234 AB Plaats" at ``pos`` (PostNL format), or None."""
    m = _NL_POSTCODE_AT.match(text, pos)
    if m is None or text[pos + 4 : pos + 7].strip()[:2] in NOT_NL_LETTERS:
        return None
    return m.end()


# PostNL's locality line first, all typed in lower case: "1234 ab plaats, straatnaam 12".
_NL_LOWER_LINE = re.compile(
    r"[1-9]\d{3} ?(?P<letters>[a-z]{2})[ \t]{1,2}(?:['’]s-)?[a-z][a-z'’-]+(?:[ -][a-z][a-z'’-]+)?,"
    r"[ \t]?[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+){0,2}[ \t]\d{1,4}[a-z]?(?:-\d{1,4})?"
    # the number ends the line or sentence ("net 3 dagen" is a count)
    r"(?=[ \t]*(?:$|[\r\n,.;:!?)]|[ \t][A-Z]))"
)


def nl_lower_line(text: str, pos: int) -> int | None:
    """End of a lower-case "1234 ab plaats, straat 12" at ``pos``, or None (letters that are a
    word, "2040 is", or digits that are a year, are no PostNL code)."""
    m = _NL_LOWER_LINE.match(text, pos)
    if m is None and _NL_PLACE_PREPOSITION(text, max(0, pos - 6), pos):
        m = LOWER_NL_TOWN.match(text, pos)  # "wij wonen in 1012 ab amsterdam"
        if m is not None and m.group("code")[-2:] in NOT_NL_PAIRS:
            return None
    elif m is not None and m.group("letters") in NOT_NL_PAIRS:
        return None
    if m is None or _year_like(text[pos : pos + 4]):
        return None
    return m.end()


_NL_PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:in|te|naar|uit|bij|to|at|from)[ \t]$").search
