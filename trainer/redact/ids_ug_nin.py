"""Uganda's National Identification Number (NIN) by its shape.

Standard: NIRA (the Registration of Persons Act 2015) issues a NIN of fourteen characters:
"C" (citizen), the holder's sex ("M"/"F"), then twelve letters and digits, digits first and
letters last. Written in capitals (or all in lower case) with no separator it is no word,
amount or common reference, so it needs no cue. A same-shape code with another second letter
("CX..."), of another length, with letters first or in mixed case stays.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

_NIN = re.compile(r"(?<![\w-])C[MF](?=[0-9A-Z]{12}(?![\w-]))\d{7,10}[A-Z]{2,5}(?![\w-])")
# All in lower case as people also type it ("my nin is cm90...abcd"); mixed case is no NIN.
_NIN_LOWER = re.compile(r"(?<![\w-])c[mf](?=[0-9a-z]{12}(?![\w-]))\d{7,10}[a-z]{2,5}(?![\w-])")


def find_ug_nins(text: str) -> list[Hit]:
    """Ugandan NINs: "CM"/"CF" and twelve capitals and digits, digits first (or all lower)."""
    hits: list[Hit] = [("NATIONAL_ID", m.start(), m.end()) for m in _NIN.finditer(text)]
    if "cm" in text or "cf" in text:
        hits += [("NATIONAL_ID", m.start(), m.end()) for m in _NIN_LOWER.finditer(text)]
    return hits
