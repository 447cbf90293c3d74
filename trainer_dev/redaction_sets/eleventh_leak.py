"""Fragment tags and the leak rule of the eleventh set (see eleventh.py for the spec)."""

from __future__ import annotations

import re
import unicodedata

_DIGIT_RUN = re.compile(r"\d(?:[ .\-/()]{0,2}\d)*")
_WORD = r"[^\W_]"


def fold(s: str) -> str:
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).casefold().replace("ı", "i")


def _digit_stream(text: str) -> list[str]:
    return [re.sub(r"\D", "", m.group()) for m in _DIGIT_RUN.finditer(text)]


def _alnum_stream(text: str) -> str:
    return re.sub(r"[ \-.\u00a0]", "", text)


def hit(text: str, frag: str) -> bool:
    tag, _, body = frag.partition(":")
    if tag == "d":
        return any(body in run for run in _digit_stream(text))
    if tag == "a":
        return body in _alnum_stream(text)
    if tag == "i":
        pat = r"(?<![0-9A-Fa-f])" + re.escape(body) + r"(?![0-9A-Fa-f])"
        return re.search(pat, text, re.IGNORECASE) is not None
    if tag == "s":
        return fold(body) in fold(text)
    if tag == "n":
        pat = rf"(?<!{_WORD}){re.escape(fold(body))}(?!{_WORD})"
        return re.search(pat, fold(text)) is not None
    if tag in ("t", "p"):
        pat = rf"(?<!{_WORD}){re.escape(fold(body))}(?!{_WORD})"
        return re.search(pat, fold(text)) is not None
    raise ValueError(f"unknown fragment tag in {frag!r}")


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when a fragment is found in redacted_text and not in background (same rule)."""
    return any(hit(redacted_text, f) and not hit(background, f) for f in fragments)


def digit_windows(digits: str) -> list[str]:
    if len(digits) < 4:
        return [f"d:{digits}"] if digits else []
    starts = list(range(0, len(digits) - 3, 4))
    if starts[-1] != len(digits) - 4:
        starts.append(len(digits) - 4)
    return [f"d:{digits[i : i + 4]}" for i in starts]


def alnum_windows(s: str) -> list[str]:
    s = _alnum_stream(s)
    if len(s) <= 6:
        return [f"a:{s}"]
    starts = list(range(0, len(s) - 5, 5))
    if starts[-1] != len(s) - 6:
        starts.append(len(s) - 6)
    return [f"a:{s[i : i + 6]}" for i in starts]


def iban_fragments(iban: str) -> list[str]:
    compact = "".join(iban.split())
    out: list[str] = []
    for run in re.findall(r"\d{4,}", compact[4:]):
        out.extend(digit_windows(run))
    return out
