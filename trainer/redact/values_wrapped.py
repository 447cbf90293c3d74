"""Card numbers and IBANs cut by a line break: "4111 1111" on one line and "1111 1111" on the
next, "GB29 NWBK 6016" then "1331 9268 19".

Text copied out of a PDF, a narrow mail client or a form keeps the hard line breaks its layout
put inside a value (a soft wrap becomes a hard one in plain text). A single line break between
two letters or digits, with the spaces and tabs around it, is read as the space it replaced (or,
when that finds nothing, as no character: a break inside a group), and the joined run is handed
to the card and IBAN detectors (``cards``, ``numbers``). Only a value that passes its check
(Luhn in a network's range and layout, the IBAN registry's length and mod 97) and that the
break falls inside is redacted, over both lines: two numbers on consecutive lines stay apart
unless together they make a valid card or IBAN.

Gate: a line break at the end or start of a run of six digits or more (``prefilter``), with a
digit or letter on each side, a digit on one of them and ten digits within 24 characters of it
(the fewest an IBAN or a card has there); most posts have none.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.cards import find_cards
from trainer.redact.hits import Hit
from trainer.redact.numbers import find_ibans

_BREAK = re.compile(r"[ \t\r]*\n[ \t]*")
_DIGIT = re.compile(r"\d")
_REACH = 24  # digits counted this far on each side of a break
_CONTEXT = 48  # text kept around a break for the detectors' cue words (a card word 40 before)
_DETECTORS = (find_cards, find_ibans)


def find_wrapped_values(text: str) -> list[Hit]:
    """CARD and IBAN hits over values that one or more line breaks cut (see the module doc)."""
    runs = prefilter.digit_runs(text)
    if not runs or "\n" not in text:
        return []
    breaks = _breaks(text, runs)
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


def _breaks(text: str, runs: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """[start, end) of each line break (and its spaces) that may sit inside a value: one that
    a run of six digits or more ends or starts at (each side of a cut card or IBAN has one:
    the card's groups, the IBAN's tail)."""
    found: list[tuple[int, int]] = []
    for a, b in runs:
        for pos in (text.find("\n", b, b + 3), text.rfind("\n", max(0, a - 3), a)):
            if pos != -1 and (brk := _break_at(text, pos)) and brk not in found:
                found.append(brk)
    found.sort()
    return found


def _break_at(text: str, newline: int) -> tuple[int, int] | None:
    """The break around the line feed at ``newline`` when a letter or digit stands on each
    side, a digit on one of them, and ten digits lie within reach."""
    m = _BREAK.match(text, _line_end_start(text, newline))
    if m is None:
        return None
    a, b = m.start(), m.end()
    before, after = text[a - 1 : a], text[b : b + 1]
    if (
        before.isalnum()
        and after.isalnum()
        and before.isascii()
        and after.isascii()
        and (before.isdigit() or after.isdigit())
        and len(_DIGIT.findall(text, max(0, a - _REACH), b + _REACH)) >= 10
    ):
        return a, b
    return None


def _line_end_start(text: str, newline: int) -> int:
    """Where the spaces, tabs and carriage return before a line break begin."""
    pos = newline
    while pos > 0 and text[pos - 1] in " \t\r":
        pos -= 1
    return pos


def _clusters(breaks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Breaks close enough to cut one value (an IBAN printed over three lines) go together."""
    clusters: list[list[tuple[int, int]]] = []
    for brk in breaks:
        if clusters and brk[0] - clusters[-1][-1][1] <= 40:
            clusters[-1].append(brk)
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
            if any(start < j < end for j in joints):
                hits.append((kind, source[start], source[end - 1] + 1))
    return hits
