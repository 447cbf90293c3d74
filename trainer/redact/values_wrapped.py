"""Card numbers, IBANs and international phone numbers cut by line breaks: "4111 1111" on one
line and "1111 1111" on the next, "GB29 NWBK 6016" then "1331 9268 19", a card written four
digits a line, "+44 20<br>7946 0958".

Text copied out of a PDF, a narrow mail client or a form keeps the hard line breaks its layout
put inside a value (a soft wrap becomes a hard one in plain text); HTML puts a ``<br>`` there.
A single line break (or ``<br>``, ``<br/>``) between two letters or digits, with the spaces and
tabs around it, is read as the space it replaced (or, when that finds nothing, as no
character: a break inside a group), and the joined run is handed to the card, IBAN and phone
detectors (``cards``, ``numbers``). Only a value that passes its check (Luhn in a network's
range and layout, the IBAN registry's length and mod 97, a "+" number valid in its country's
plan whose first line alone is no valid number) and that a break falls inside is redacted,
over all its lines: two numbers on consecutive lines stay apart unless together they make a
valid card, IBAN or phone.

Gate: the text has a digit and a line break or "<br"; a break then needs a digit or letter on
each side, a digit on one of them and ten digits within 24 characters of it (the fewest an
IBAN or a card has there).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from trainer.redact import prefilter
from trainer.redact.cards import find_cards
from trainer.redact.hits import Hit
from trainer.redact.numbers import find_ibans, find_phones
from trainer.redact.personal_numbers import valid_international

# A line break or an HTML one ("<br>", "<br/>", "<br />", a line feed after it), the spaces
# and tabs around it, between two ASCII letters or digits.
_BREAK = re.compile(
    r"(?<=[A-Za-z0-9])[ \t\r]*(?:<[bB][rR][ \t]*/?>[ \t\r]*\n?|\n)[ \t]*(?=[A-Za-z0-9])"
)
_DIGIT = re.compile(r"\d")
_REACH = 24  # digits counted this far on each side of a break
_CONTEXT = 48  # text kept around a break for the detectors' cue words (a card word 40 before)
_DETECTORS = (find_cards, find_ibans, find_phones)
_SPAN = 72  # the most text one wrapped value spans (34 IBAN characters, eight breaks)
_CAP = 160  # a cluster ends here; the next one carries the breaks within _SPAN of its first


def find_wrapped_values(text: str) -> list[Hit]:
    """CARD, IBAN and PHONE hits over values that line breaks cut (see the module doc)."""
    bounds = prefilter.digit_bounds(text)
    if bounds is None or ("\n" not in text and "<br" not in text.lower()):
        return []
    breaks = _breaks(text, bounds)
    hits: list[Hit] = []
    for cluster in _clusters(breaks):
        lo = max(0, cluster[0][0] - _CONTEXT)
        hi = min(len(text), cluster[-1][1] + _CONTEXT)
        for joint in (" ", ""):
            found = _joined_hits(text, lo, hi, cluster, joint)
            if found:
                hits += found
                break
    return hits


def _breaks(text: str, bounds: tuple[int, int]) -> list[tuple[int, int]]:
    """[start, end) of each line break (and its spaces) that may sit inside a value: a letter
    or digit on each side, a digit on one of them, and ten digits within reach."""
    found: list[tuple[int, int]] = []
    lo, hi = bounds
    for m in _BREAK.finditer(text, max(0, lo - 1), min(len(text), hi + 1)):
        a, b = m.start(), m.end()
        digit_side = text[a - 1].isdigit() or text[b].isdigit()
        if digit_side and len(_DIGIT.findall(text, max(0, a - _REACH), b + _REACH)) >= 10:
            found.append((a, b))
    return found


def _clusters(breaks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Breaks close enough to cut one value (an IBAN printed over three lines) go together. A
    cluster spans _CAP characters at most (a long numeric table is no one value); the next one
    carries the breaks within one value's reach (_SPAN), so no value falls between two."""
    clusters: list[list[tuple[int, int]]] = []
    for brk in breaks:
        if clusters and brk[0] - clusters[-1][-1][1] <= 40:
            if brk[1] - clusters[-1][0][0] <= _CAP:
                clusters[-1].append(brk)
            else:
                carried = [old for old in clusters[-1] if brk[1] - old[0] <= _SPAN]
                clusters.append([*carried, brk])
        else:
            clusters.append([brk])
    return clusters


def _joined_hits(
    text: str, lo: int, hi: int, cluster: list[tuple[int, int]], joint: str
) -> list[Hit]:
    """The detectors' hits on ``text[lo:hi]`` with each break of ``cluster`` replaced by
    ``joint``, mapped back to ``text``; only hits that a break falls inside."""
    pieces: list[str] = []
    source: list[int] = []  # view offset -> text offset
    joints: list[int] = []  # view offsets where a break was
    pos = lo
    for a, b in cluster:
        pieces += [text[pos:a], joint]
        source += range(pos, a)
        joints.append(len(source))
        source += [a] * len(joint)
        pos = b
    pieces.append(text[pos:hi])
    source += range(pos, hi)
    view = "".join(pieces)
    hits: list[Hit] = []
    for detector in _DETECTORS:
        for kind, start, end in detector(view):
            first = bisect_right(joints, start)  # the first break after the value's start
            if (
                first < len(joints)
                and joints[first] < end
                and (kind != "PHONE" or _cut_phone(view, start, joints[first], end))
            ):
                hits.append((kind, source[start], source[end - 1] + 1))
    return hits


def _cut_phone(view: str, start: int, joint: int, end: int) -> bool:
    """A phone joined over a break: written with its "+" country code, and the part before the
    first break no valid number by itself (two numbers on two lines stay two), or what follows
    the break too short to be a number ("+49 30 1234<br>5678": the longer valid one wins)."""
    if view[start] != "+":
        return False
    head = "".join(ch for ch in view[start:joint] if ch.isdigit())
    tail = sum(ch.isdigit() for ch in view[joint:end])
    return tail < 6 or not valid_international(head)
