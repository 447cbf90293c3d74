"""Fragment matching for the twelfth set (the leak rule).

Tags:
- `d:NNNN` 4 consecutive digits, found in the digit runs of a text, where digits separated by at
  most two of ` .-/()` join into one run.
- `a:XXXXXX` 6 characters of an alphanumeric id, case-sensitive, in the text with spaces, hyphens
  and dots removed.
- `i:` a run of IP parts ("a.b.c" of v4, "g:h" of v6), not glued to more digits/hex on either side.
- `s:` case-insensitive substring (e-mail local part, personal domain label, handle, profile slug).
- `n:` a name token, case-insensitive whole word; a possessive or genitive tail ('s, ', s) allowed.
- `t:` a street token (house number or street word), case-insensitive whole token.
- `p:` a postcode part, case-insensitive whole token.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RUN = re.compile(r"\d(?:[ .\-/()]{0,2}\d)*")


def digit_runs(text: str) -> list[str]:
    return [re.sub(r"\D", "", m.group()) for m in _RUN.finditer(text)]


def _squash(text: str) -> str:
    return text.replace(" ", "").replace("-", "").replace(".", "")


@lru_cache(maxsize=20000)
def _rx(tag: str, body: str) -> re.Pattern[str]:
    b = re.escape(body)
    if tag == "n":
        return re.compile(rf"(?<!\w){b}(?:['’]s|['’]|s)?(?!\w)", re.IGNORECASE)
    if tag == "i":
        return re.compile(rf"(?<![0-9A-Fa-f]){b}(?![0-9A-Fa-f])", re.IGNORECASE)
    return re.compile(rf"(?<!\w){b}(?!\w)", re.IGNORECASE)


def found(text: str, frag: str) -> bool:
    tag, _, body = frag.partition(":")
    if tag == "d":
        return any(body in run for run in digit_runs(text))
    if tag == "a":
        return body in _squash(text)
    if tag == "s":
        return body.lower() in text.lower()
    if tag in ("n", "t", "p", "i"):
        return _rx(tag, body).search(text) is not None
    raise ValueError(f"unknown fragment tag in {frag!r}")


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when a fragment is in `redacted_text` and not in `background` (same rule)."""
    return any(found(redacted_text, f) and not found(background, f) for f in fragments)


def background_of(text: str, value: str) -> str:
    return text.replace(value, " ")
