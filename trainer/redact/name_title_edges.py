"""Titles and degrees at the front of a NAME hit stay as written: "Dr. [NAME]", "Frau Dr. med.
[NAME]", "Caro Prof. Avv. [NAME]", "Ms [NAME]" (review rev22 F24), and so does a greeting
("Hi [NAME],": F25). A title is no part of a person's name, and an extra [NAME] for it
miscounts the people in a post.

A title that is also a given name somewhere ("Gen", "Dame", "Sir", "En") leaves a hit only with
its dot ("Gen. Okafor"); a hit of titles alone is dropped only before a capitalised word (the
name it introduces, redacted on its own): "thanks Doc" stays a name (fail closed).
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import longest_first
from trainer.redact.person_words import GREETING_WORDS, TITLES

_TITLE_KEYS = frozenset(t.lower() for t in TITLES)
# Titles that the name lists also hold as names or words: a title only when a dot follows.
_DOTTED_ONLY = frozenset(
    "en me sig gen hon col pak cik ibu dona dame sir bayan puan selvi kumari pandit begum sardar "
    "ustad thiru chef capt doc cr bb dl ir mons rag fr hr dna mw".split()
)
# German and Latin degrees written after "Dr." ("Dr. med.", "Dr. rer. nat.", "Dipl.-Ing.").
_DEGREES = frozenset("med dent vet rer nat phil jur habil oec pol techn sc mult theol".split())
_WORD = re.compile(r"([^\W\d_]+)(\.?)[ \t]*")
# After the titles of a hit: a capitalised word, past degrees ("Dr[.] med. Hannelore").
_DEGREE = "|".join(longest_first(_DEGREES))
_NEXT_CAPITAL = re.compile(rf"\.?(?:[ \t]*(?:{_DEGREE})\.)*[ \t]*[^\W\d_a-z]")


def strip_titles(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the titles and degrees at the front of each NAME hit left out of it."""
    out: list[Hit] = []
    for hit in hits:
        if hit[0] != "NAME" or not _title_at(text, hit[1]):
            out.append(hit)
            continue
        start, end = hit[1], hit[2]
        after_title = _titled_before(text, start)
        while (
            start < end
            and (m := _WORD.match(text, start)) is not None
            and m.end(1) <= end
            and _is_title(m, after_title)
        ):
            start, after_title = min(m.end(), end), True
        if start < end:
            out.append(("NAME", start, end))  # "[Dr Hannah Whitfield]": the name after it
        elif not _NEXT_CAPITAL.match(text, end):
            out.append(hit)  # "thanks Doc": no name follows, the word may be one
    return out


def _title_at(text: str, start: int) -> bool:
    """Whether a title, a greeting or a degree after a title opens at ``start``."""
    m = _WORD.match(text, start)
    if m is None:
        return False
    if m[1].lower() in _DEGREES:
        return _is_title(m, _titled_before(text, start))
    return _is_title(m, False)


def _is_title(m: re.Match, after_title: bool) -> bool:
    word, dot = m[1], m[2]
    if word in GREETING_WORDS:
        # "[Hi Lukas]": the greeting opens the message, the name follows; before a comma inside
        # the hit it is a surname written first ("[Asante, Tunde]": Swahili "thanks" is a
        # surname too), kept in the hit (fail closed)
        return not dot and m.string[m.end(1) : m.end(1) + 1] != ","
    key = word.lower()
    if key in _DEGREES:
        return after_title and bool(dot)
    if key not in _TITLE_KEYS or (key in _DOTTED_ONLY and not dot):
        return False
    return word[0].isupper()


_TITLE_BEFORE = re.compile(r"(?i:dr|prof|dipl)\.[ \t]*$")


def _titled_before(text: str, start: int) -> bool:
    """A degree's hit ("med" in "Dr. med. Hannelore") follows "Dr." or another degree."""
    before = text[max(0, start - 12) : start]
    if _TITLE_BEFORE.search(before):
        return True
    words = before.rstrip().split()
    return bool(words) and words[-1].rstrip(".").lower() in _DEGREES and words[-1].endswith(".")
