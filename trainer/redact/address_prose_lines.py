"""An address hit that runs over a line break into a line of prose ends at the break:
"Kwattaweg 24, Onverwacht\\nHet gaat om bestelling FAC-538046", "Hradec Králové\\nBalík měl 500
ml.".

UPU S42 address lines hold names, numbers, unit and street words and link particles; a hit's
part of a later line that opens with a capital and holds a lower-case word no address line uses
("gaat", "měl", "rise") is a sentence (a line typed all in lower case, "london", "phường 12",
and a box line, "Casella postale 12", are read as address lines). Several rules read a block
line by line; this one check, after all of them, keeps the next sentence out of the address,
in any language. (Prose after the hit's end on the same line is no part of the hit:
"...\\nWashington, DC 20500 by Friday.")
"""

from __future__ import annotations

import re

from trainer.redact.address_lines import token_kind
from trainer.redact.hits import Hit
from trainer.redact.postal_boxes import BOX_NAMES

_WORD = re.compile(r"[^\W\d_]{2,}")
_BOX_AT = re.compile(BOX_NAMES).match



def _prose_line(text: str, start: int, end: int) -> bool:
    """The line that opens at ``start``, up to ``end`` at most, holds a lower-case word that no
    address line uses."""
    stop = text.find("\n", start, end)
    line = text[start : stop if stop != -1 else end].strip()
    if not line[:1].isupper() or _BOX_AT(line):
        return False  # a line typed in lower case ("london", "phường 12"), a box line
    return any(
        m.group().islower() and token_kind(m.group()) is None for m in _WORD.finditer(line)
    )


def cut_at_prose_lines(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with each ADDRESS hit that crosses a line break into a prose line cut at that
    break."""
    out: list[Hit] = []
    for kind, start, end in hits:
        if kind == "ADDRESS":
            nl = text.find("\n", start, end)
            while nl != -1:
                if _prose_line(text, nl + 1, end):
                    end = len(text[start:nl].rstrip()) + start
                    break
                nl = text.find("\n", nl + 1, end)
        out.append((kind, start, end))
    return [hit for hit in out if hit[2] > hit[1]]
