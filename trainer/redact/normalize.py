"""Unicode normalisation applied before detection, with a map back to the input's offsets.

Detection and replacement run on one string: the NFKC form of the input with every
default-ignorable character (zero-width, bidi controls, variation selectors, tags) and the
Hangul fillers removed (fullwidth digits become ASCII, ``＠`` becomes ``@``, a
zero-width space inside an email no longer splits it), after HTML character references are
decoded as a browser shows them (HTML5: "&#64;", "&#x40;", "&commat;" are an "@"; only the
terminated form, "&name;", counts; a numeric one needs no ";": "&#64" is an "@").
``Normalized.span_in_input`` turns a span over that string back into a span over the caller's
original text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from html.entities import html5
from itertools import chain

# Invisible characters that can hide PII from a regex: every Unicode Default_Ignorable_Code_Point
# (DerivedCoreProperties.txt, Unicode 15: zero-width space/joiners, word joiner, BOM, soft
# hyphen, Mongolian vowel separator, the bidi controls, the invisible math operators U+2061-2064,
# the combining grapheme joiner, variation selectors, tag characters ...) and the Hangul fillers,
# which show as blank space (U+3164 and U+FFA0 become U+1160 under NFKC). Review rev22 #1: a
# U+2063 inside "+44\u20637700\u2063900123" or "Kw\u2063ame" split the value for every rule.
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
INVISIBLE = frozenset(chr(cp) for lo, hi in _IGNORABLE_RANGES for cp in range(lo, hi + 1))
_INVISIBLE_RE = re.compile(
    "[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _IGNORABLE_RANGES) + "]"
)
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
# HTML character references: decimal, hexadecimal, or an HTML5 name (terminated by ";").
# Numeric ones as browsers and ``html.unescape`` read them: ";" optional, zeros padded any length.
# Leading zeros any length, then at most 7 decimal or 6 hex digits (beyond U+10FFFF anyway), so
# int() never meets a 5,000-digit number.
_CHAR_REF = re.compile(r"&(?:#0*[0-9]{1,7};?|#[xX]0*[0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text and, when it differs from the input, where each character came from."""

    text: str
    # starts[j], ends[j]: the input range that produced normalised character j (None = identity).
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span_in_input(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span [start, end) of ``text`` to the input text."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    """Decode HTML character references, NFKC-normalise, drop invisible characters and read
    other scripts' decimal digits as ASCII, keeping an offset map to ``text``."""
    if text.isascii() and "&" not in text:
        return Normalized(text)
    return _ascii_punctuation(_ascii_digits(_decoded_and_normalized(text)))


# Decimal digits of other scripts ("٤٥٦", "४५६", "৪৫৬"), which NFKC keeps as they are: read as
# their ASCII digit, one character for one, so the offset map stands and every layout and
# check-digit rule reads them as it reads "456".
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
# The same matches, opening with a range (re skips through it in C, where the lookahead first
# was tried at every character): every decimal digit beyond 0-9 is U+0660 or above.
_OTHER_DIGIT_GATE = re.compile(r"[^\x00-\u065f](?<=\d)")


def _ascii_digits(norm: Normalized) -> Normalized:
    """``norm`` with every non-ASCII decimal digit replaced by its ASCII digit."""
    if norm.text.isascii() or _OTHER_DIGIT_GATE.search(norm.text) is None:
        return norm
    text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), norm.text)
    return Normalized(text, norm.starts, norm.ends)


# Dashes that NFKC keeps (hyphen, non-breaking hyphen, figure, en and em dash, horizontal bar,
# minus sign; NFKC turns U+FE58 into an em dash): read as "-" only between two digits, so
# "07700\u2011900\u2011123" is grouped as "07700-900-123" (review rev20 F2). Spaced ("78 — 3ª")
# or between letters they stay: the name rules read "Maren—she" and "Anne-Marie" differently.
# A dash between a letter and a digit stays too (rev21 F1): as "-" it glued "Tel–07700 900123",
# "Maren—07700900123" or "SSN–078051120" into one hyphenated word, and the detectors'
# lookbehinds (?<![\w+/-]) then left the value (and the name) whole.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DIGIT_DASH = re.compile(rf"(?<=\d)[{_DASHES}](?=\d)")
# U+02BC MODIFIER LETTER APOSTROPHE is a letter to str.isalnum(), so "Marenʼs" read as one word
# (rev20 F8); ``folding`` already reads it as an apostrophe. U+02B9 (prime) and U+02BB (okina)
# are letters of transliterated and Hawaiian names ("Ilʹya", "Hawaiʻi"): read as "’" only in a
# possessive "ʹs" that ends a word.
_PUNCTUATION = re.compile(rf"[{_DASHES}\u02bc\u02b9\u02bb]")
_APOSTROPHE = re.compile(r"\u02bc|[\u02b9\u02bb](?=[sS]\b)")


def _ascii_punctuation(norm: Normalized) -> Normalized:
    """``norm`` with a dash between two digits read as "-" and a modifier apostrophe as "’", one
    for one."""
    if norm.text.isascii() or _PUNCTUATION.search(norm.text) is None:
        return norm
    text = _APOSTROPHE.sub("\u2019", _DIGIT_DASH.sub("-", norm.text))
    return Normalized(text, norm.starts, norm.ends)


def _decoded_and_normalized(text: str) -> Normalized:
    """HTML character references decoded, then ``_normalize_unicode``, maps composed."""
    decoded = _decode_references(text) if "&" in text else None
    if decoded is None:
        return _normalize_unicode(text)
    plain, ref_starts, ref_ends = decoded
    inner = _normalize_unicode(plain)
    if inner.starts is None or inner.ends is None:
        return Normalized(plain, ref_starts, ref_ends)
    # compose the two maps: normalised character -> decoded range -> input range
    return Normalized(
        inner.text,
        tuple(ref_starts[i] for i in inner.starts),
        tuple(ref_ends[i - 1] for i in inner.ends),
    )


def _decode_references(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
    """``text`` with each character reference replaced by what it stands for (as
    ``html.unescape`` reads it), and each output character's input range; None without one."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _CHAR_REF.finditer(text):
        ref = m.group()
        if ref[1] != "#" and ref[1:] not in html5:
            continue  # "&copy2024;", "&foo;": no reference, kept as written
        if ref[1] == "#":  # leading zeros dropped first: int() refuses 4,300+ digit strings
            hexa = ref[2] in "xX"
            digits = ref[2 + hexa :].rstrip(";").lstrip("0") or "0"
            ref = "&#" + ref[2] * hexa + digits + ";" * ref.endswith(";")
        value = html.unescape(ref)
        pieces += [text[pos : m.start()], value]
        starts += range(pos, m.start())
        ends += range(pos + 1, m.start() + 1)
        starts += [m.start()] * len(value)
        ends += [m.end()] * len(value)
        pos = m.end()
    if not pieces:
        return None
    pieces.append(text[pos:])
    starts += range(pos, len(text))
    ends += range(pos + 1, len(text) + 1)
    return "".join(pieces), tuple(starts), tuple(ends)


def _normalize_unicode(text: str) -> Normalized:
    """NFKC-normalise ``text`` and drop invisible characters, keeping an offset map."""
    if text.isascii():
        return Normalized(text)
    if unicodedata.is_normalized("NFKC", text):
        if not _INVISIBLE_RE.search(text):
            return Normalized(text)
        if not _has_combining(text) and (deleted := _invisible_deleted(text)):
            return deleted
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    # Normalise cluster by cluster (a base character plus its combining marks) so that every
    # output character can name the input range it came from.
    i, n = 0, len(text)
    while i < n:
        # An ASCII character is its own NFKC form and never a combining mark, so each one of a
        # run but the last (which may take marks after it) is a cluster of its own: copied as
        # it is, without a call per character.
        if text[i].isascii() and (run := _ASCII_RUN.match(text, i).end() - 1) > i:
            out.append(text[i:run])
            starts.extend(range(i, run))
            ends.extend(range(i + 1, run + 1))
            i = run
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = "".join(ch for ch in text[i:j] if ch not in INVISIBLE)
        piece = unicodedata.normalize("NFKC", cluster) if cluster else ""
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return Normalized("".join(out), tuple(starts), tuple(ends))


def _invisible_deleted(text: str) -> Normalized | None:
    """``text`` (NFKC already, no combining mark) with its invisible characters deleted, the same
    text and map as the cluster loop's: one slice per kept run instead of a call per character
    (a post with a "❤️", whose U+FE0F is invisible, costs a copy, not the loop). None when the
    deletion leaves a text that NFKC would change (Hangul jamo the deleted character parted)."""
    pieces: list[str] = []
    kept: list[range] = []  # the input offsets of each kept run
    pos = 0
    for m in _INVISIBLE_RE.finditer(text):
        pieces.append(text[pos : m.start()])
        kept.append(range(pos, m.start()))
        pos = m.end()
    pieces.append(text[pos:])
    kept.append(range(pos, len(text)))
    out = "".join(pieces)
    if not unicodedata.is_normalized("NFKC", out):
        return None
    starts = tuple(chain.from_iterable(kept))
    ends = tuple(chain.from_iterable(range(r.start + 1, r.stop + 1) for r in kept))
    return Normalized(out, starts, ends)


def _combining_class(lo: int, hi: int) -> re.Pattern[str]:
    """A regex class of the code points in [lo, hi) with a non-zero combining class: where the
    cluster loop groups characters, so the plain deletion cannot stand in for it. (Split at
    U+10000: a class of BMP characters alone compiles to a bitmap, one lookup per character.)"""
    ranges: list[list[int]] = []
    for cp in range(lo, hi):
        if unicodedata.combining(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


_COMBINING_BMP = _combining_class(0, 0x10000)
_COMBINING_ASTRAL = _combining_class(0x10000, 0x20000)  # none lies above U+20000
_ASTRAL = "\U00010000"


def _has_combining(text: str) -> bool:
    if _COMBINING_BMP.search(text):
        return True
    return max(text) >= _ASTRAL and _COMBINING_ASTRAL.search(text) is not None
