"""Rwandan, Malian and Philippine identity numbers, found by their printed layouts with no cue
(``ids_gates`` calls this).

- Rwanda's national ID number (NIDA, Indangamuntu): sixteen digits, the holder's category (1
  citizen, 2 refugee, 3 foreigner), the year of birth (1900 to this century), the sex (8 male,
  7 female), a seven-digit serial, the issue count and two control digits; printed spaced
  "1 1990 8 0123456 0 12" or written solid. The category, a plausible year and the sex digit
  (a random sixteen digits passes about 1 time in 1,700) decide; a reference cue keeps it, and
  a Luhn-valid run is a card anyway.
- Mali's NINA (numéro d'identification nationale): fourteen digits, a space and one capital
  key letter ("12345678901234 K"); no amount, phone or reference ends in a lone capital.
- The PhilSys card number (PCN, the Philippine national ID card): sixteen digits printed in
  four hyphenated groups of four, "1234-5678-9012-3456"; one that fails Luhn is no bank card
  and is written only so on that card (a Luhn-valid one is the card detector's to judge).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums import luhn_ok
from trainer.redact.hits import Hit

_YEAR = r"(?:19\d\d|20[0-2]\d)"
_RW_SPACED = re.compile(rf"(?<![\w.,/-])[123] {_YEAR} [78] \d{{7}} \d \d\d(?![\w]|[.,/-]\d)")
_RW_SOLID = re.compile(rf"(?<![\w.,/-])[123]{_YEAR}[78]\d{{10}}(?![\w]|[.,/-]\d)")
_NINA = re.compile(r"(?<![\w.,/-])\d{14} [A-Z](?![\w'’-])")
_PCN = re.compile(r"(?<![\w.,/-])\d{4}-\d{4}-\d{4}-\d{4}(?![\w-]|[.,/]\d)")


def find_rw_ml_ph_ids(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """Rwandan NIDs (spaced or solid), Malian NINAs and PhilSys card numbers by their layouts;
    a reference cue right before one (``gives_way``) keeps it. Each value's digits lie in one
    ``prefilter.digit_runs`` run and it ends at most two characters after it (a NINA's " K"),
    so the four patterns are searched only there: a scan of the whole text by a pattern that
    opens with a lookbehind cost about 25 us a pattern, the runs' regions about 1."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, prefilter.digit_runs(text), before=0, after=3)
    for pattern in (_RW_SPACED, _RW_SOLID, _NINA, _PCN):
        for m in prefilter.finditer_in(pattern, text, regions):
            if pattern is _PCN and luhn_ok(m.group().replace("-", "")):
                continue  # a bank card's layout too: ``cards`` decides
            if not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits
