"""A part's, an article's or a machine's number after its label: "P/N 4711-802", "Art.
0815.421", "SN 123-45678", "S/N 123-45678", "Ser.-Nr. AB123-45678"; a purchase order's after
"PO" ("PO 4500123456", "PO# 123456": an address rule read "PO 123456" as a post-office box,
but a box is written "PO Box"). It names a thing, not a person, so ``keep_named_codes`` drops
the hits (a phone rule read "4711-802" as a local number) lying inside one.

The label is the abbreviation that industry prints on a nameplate or a parts list (English and
German: "P/N", "Part No.", "S/N", "SN", "Serial No.", "Ser.-Nr.", "Art."), written in capitals
as printed; the value is the code's own shape: two groups of digits joined by one hyphen or
dot ("4711-802", "0815.421"), the first may open with one to three capitals ("AB123-45678").
No personal number is written so with such a label before it.

Fail closed: ``keep_named_codes`` asks ``keep_veto`` of the whole value (a card, an IBAN, a
checked id in its own groups, a phone as its plan prints it stays redacted), and a personal
id's cue before the label or a person's name or possessive governing it keeps it redacted.
Read only around the hits a rule already made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.redact.hits import Hit
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.lookalike_company_words import governed_by_person
from trainer.redact.sentence_window import sentence_start

# the labels as printed (case-sensitive: "sn" or "art." in running text are other words)
_LABEL = r"(?:P/N|Part[ \t]No\.|S/N|SN|Serial[ \t]No\.|Ser\.-Nr\.|Art\.)"
_PART = re.compile(
    r"(?<![\w/.-])(?:" + _LABEL + r"[ \t]?:?[ \t]*"
    r"(?P<value>(?:[A-Z]{1,3}\d{2,5}|\d{2,5})[-.]\d{3,6})"
    # a purchase order's number after "PO" as printed ("PO 4500123456", "PO# 123456")
    r"|PO[ \t]?[#:-]?[ \t]*(?P<po>\d{5,10})"
    r")(?![\w-]|[.,/]\d)"
)
# the labels' literal heads: a post holding none has no part number (the gate)
_HEADS = ("P/N", "Part No.", "S/N", "SN", "Serial No.", "Ser.-Nr.", "Art.", "PO")
# how far before a hit's start the label may open ("Ser.-Nr. AB" and its gap)
_BACK = 16
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_NEVER_ASKED = frozenset({"NAME", "MEMBER"})
# the three words before the label that govern it ("my", "Anna's")
_THREE_WORDS = re.compile(r"(?:[^\s]+\s+){1,3}$")


def part_number_spans(text: str, hits: Sequence[Hit]) -> list[tuple[int, int, int]]:
    """(label start, value end, value start) of each part, article or serial number a rule's
    hit reaches."""
    if not any(head in text for head in _HEADS):
        return []  # no label's head is written (most posts): no match can start
    people = [(h[1], h[2]) for h in hits if h[0] in _NEVER_ASKED]
    spans: list[tuple[int, int, int]] = []
    for kind, start, end in sorted(hits, key=lambda h: h[1]):
        if kind in _NEVER_ASKED or (spans and start < spans[-1][1]):
            continue
        line = text.rfind("\n", 0, start) + 1
        for m in _PART.finditer(text, max(line, start - _BACK), min(len(text), end + 8)):
            value = m.start("value") if m.group("value") else m.start("po")
            if not (value <= start < m.end() or start <= m.start() < end):
                continue
            lo = sentence_start(text, m.start(), ends=_SENTENCE_END, reach=120)
            near = _THREE_WORDS.search(text, max(lo, m.start() - 60), m.start())
            if ID_CUE.search(text, lo, m.start()) or governed_by_person(
                text, near.start() if near else m.start(), m.start(), people
            ):
                continue
            spans.append((m.start(), m.end(), value))
            break
    return spans
