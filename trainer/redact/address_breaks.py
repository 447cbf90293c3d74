"""A street line broken by a line feed between the street name and its house number ("Envíen
el paquete a Gurruchaga\\n125, C1425DQF CABA"), as copies of PDFs and narrow layouts break it.

UPU S42 writes the street name and the house number on one line, so an address hit that starts
with a house number and its comma at a line start, after one or two capitalised words that end
the line before, takes those words too. The comma after the number is what an address line
has and a list item ("Top\\n3, ...") rarely has; a words line led by a sentence end or longer
than two words stays prose.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[\s:(📍]))(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:[ \t][A-ZÀ-Þ][\w'’.-]*)?)[ \t]*\n$"
)
_NUMBER_COMMA = re.compile(r"\d{1,5}[A-Za-z]?,").match


def broken_street_starts(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with each ADDRESS hit that starts with "NN," at a line start widened back over
    the street name that ends the line before."""
    out: list[Hit] = []
    for kind, start, end in hits:
        if (
            kind == "ADDRESS"
            and start
            and text[start - 1] == "\n"
            and _NUMBER_COMMA(text, start)
            and (m := _NAME_BEFORE.search(text, max(0, start - 40), start))
        ):
            start = m.start("name")
        out.append((kind, start, end))
    return out
