"""An academic or professional title written before a member's name goes with it: "Prof.
[NAME]", "Ing. [NAME]", "Lic. [NAME]" become "[NAME]".

A degree or a profession narrows who the member is (one professor in a department, one
engineer on a team), and the roster's name is redacted anyway, so the span takes it (fail
closed). The titles are the academic and professional abbreviations of the languages we redact
("Dr.", "Dra.", "Prof.", "Profa.", "Ing.", "Mgr.", "Bc.", "MUDr.", "JUDr.", "PhDr.", "RNDr.",
"Dott.", "Avv.", "Arch.", "Lic.", "Engr.", "Atty.", "Rev.", "Ir.", "Drs."), capitalised or in
capitals, right before the hit, with their full stop. A courtesy title ("Mr.", "Mrs.", "Hr.",
"Fr.", "Sr.", "Sra.") tells only a gender and stays outside, as it does for everyone else's
name; so does an undotted title ("Szpital Dr Anna Nowak": a place named after someone).
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit

_SPACES = " \t\u00a0\u2009\u202f"
_TITLES = frozenset(
    """dr dra drs prof profa professor ing mgr bc mudr judr phdr rndr mvdr dott avv arch lic
    lcdo lcda engr eng atty rev ir arq doc""".split()
)
# The abbreviated title right before the hit: a word, its full stop, then spaces.
_TITLE_BEFORE = re.compile(r"(?<![\w.])([^\W\d_]{2,12})\.[ \t\u00a0\u2009\u202f]+$")


def with_titles(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with an academic or professional title right before a hit taken into it."""
    out = hits
    for i, (kind, start, end) in enumerate(hits):
        if not start or text[start - 1] not in _SPACES:
            continue  # cheap gate: most hits have no space before them, or no title
        m = _TITLE_BEFORE.search(text, max(0, start - 16), start)
        if m is None or not m.group(1)[0].isupper() or m.group(1).lower() not in _TITLES:
            continue
        if out is hits:
            out = list(hits)
        out[i] = (kind, m.start(1), end)
    return out
