"""Whether a phone cue stands before a run of spoken or listed digits (``spoken_numbers``): a
phone word registered by ``phones`` ends in the 40 characters before the run, and the bare
keyword "number" counts only as the phone cue reads it ("my number is ...", "my number is, uh,
..."), so "Table number five six seven ..." stays counting (second review of engine 1.15.0).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.phones import PHONE_CUE

# the writer's own number ("my number", "our direct number"): the phone cue's "my number is"
# with words said between it and the digits
_OWN_NUMBER = re.compile(
    r"(?i)\b(?:my|our|best|direct)\s(?:(?:mobile|cell|phone|contact|work|home)\s)?number$"
)


def phone_cue_before(text: str, start: int) -> bool:
    """A phone word ends in the 40 characters before ``start``; the keyword "number" counts
    only as the phone cue reads it ("my number is ..."): "Table number five six seven ..." is
    counting."""
    found = prefilter.keywords(text).get("phone_cue", ())
    near = [(s, e) for s, e in found if start - 40 <= e <= start]
    if any(text[s:e].lower() != "number" for s, e in near):
        return True
    if not near:
        return False
    if PHONE_CUE.search(text, max(0, start - 40), start) is not None:
        return True
    return any(_OWN_NUMBER.search(text, max(0, s - 30), e) for s, e in near)  # "my number is, uh,"
