"""New Zealand's National Health Index number (NHI) by its check digit, with or without a cue.

Standard: the Ministry of Health's NHI is three letters (A-Z without I and O, each worth its
place in that 24-letter alphabet) and four digits, the last a mod-11 check over the first six
(weights 7 to 2; a sum divisible by 11 is never issued; a check of 10 is written 0). About one
three-letter-four-digit code in eleven passes, so a code that does and that no reference cue
names ("flight", "order", "ref") is an NHI where it is handed over: after a colon or a bracket,
or after a verb of noting, adding or copying ("Noted ABC1234 on the sheet", "The number was
..."). After a noun it is as often a course's or a callsign's code ("disciplina MAC1630",
"DLH4051"), and opening a sentence a model's ("GTX1080 is old": ``ids_bare_runs``). The cue
"NHI number" is read with the other health cues
(``ids_cue_families``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_NHI = re.compile(r"(?<![\w-])[A-HJ-NP-Z]{3}\d{4}(?![\w-]|[.,]\d)")
_WEIGHTS = (7, 6, 5, 4, 3, 2)
# ``_NHI`` opening with its first letter (a class re skips through in C, where the lookbehind
# first was tried at every character); the lookbehind then reads that letter and the character
# before it: the same matches, for text the class mask cannot read (not ASCII).
_NHI_LETTER_FIRST = re.compile(
    r"[A-HJ-NP-Z](?<![\w-][A-HJ-NP-Z])[A-HJ-NP-Z]{2}\d{4}(?![\w-]|[.,]\d)"
)
# ``_NHI``'s three letters and four digits over the ASCII class mask (``prefilter.ascii_classes``)
_NHI_MASK = b"aaa" + b"d" * 4


def _may_hold_nhi(text: str) -> bool:
    """False only where ``_NHI`` cannot match: ASCII text whose class mask lacks ``_NHI_MASK``
    (a substring test instead of a scan that tests every character; other text passes)."""
    classes = prefilter.ascii_classes(text)
    return classes is None or _NHI_MASK in classes
# where a value is handed over: a colon or bracket, a verb's past or gerund ("noted",
# "copying"), a copula, or the imperative of noting
_HANDED_BEFORE = re.compile(
    r"(?:[:(]|\b(?:[^\W\d_]+ed|[^\W\d_]+ing|is|was|are|were|note|add|copy|use|quote))"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def nhi_ok(value: str) -> bool:
    """The old-format NHI check (three letters, three digits, a mod-11 check digit)."""
    if _NHI.fullmatch(value) is None:
        return False
    values = [_ALPHABET.index(c) + 1 for c in value[:3]] + [int(c) for c in value[3:6]]
    rest = sum(v * w for v, w in zip(values, _WEIGHTS, strict=True)) % 11
    return rest != 0 and (11 - rest) % 10 == int(value[6])


def _nhi_shapes(text: str) -> Iterable[re.Match[str]]:
    """``_NHI.finditer(text)``. On ASCII text a match opens where the class mask reads
    ``_NHI_MASK``, so ``_NHI`` is tried only at those offsets (substring searches in C) instead
    of a scan that tests every character (about 15 us a post); matches cannot overlap (seven
    characters, no word character before), so these are the scan's, in its order."""
    classes = prefilter.ascii_classes(text)
    if classes is None:
        return _NHI_LETTER_FIRST.finditer(text)
    return [
        m
        for at in prefilter.substring_offsets(classes, _NHI_MASK)
        if (m := _NHI.match(text, at)) is not None
    ]


def find_nhis(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """NATIONAL_ID hits: NHI-shaped codes that pass the check and no reference cue names."""
    if not _may_hold_nhi(text):
        return []
    return [
        ("NATIONAL_ID", m.start(), m.end())
        for m in _nhi_shapes(text)
        if nhi_ok(m.group())
        and _HANDED_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and not gives_way(text, m.start())
    ]
