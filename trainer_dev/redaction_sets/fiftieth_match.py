"""The fragment rule of the fiftieth set: text normalisation and fragment matching.

A fragment is a prefixed string:
  d:<digits>   a digit run; every 4-digit window of it is matched against the digit runs of
               the text (a run may hold single separators: space, dot, hyphen, slash)
  p:<code>     a postcode, matched whole, spaces optional
  w:<token>    a box number, an IP address or a short id, matched whole, spaces optional
  t:<token>    a street-name token, matched as a whole word
  n:<token>    a name token as written (inflected where the language inflects), a whole word
  e:<local>    an e-mail local part, a whole word
  h:<host>     a URL host, a whole word
  s:<slug>     a URL slug on a platform host, a whole word
Text is normalised by NFKC, Unicode digits to ASCII, case-folding and accent stripping.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RUN = re.compile(r"[0-9]+(?:[ .\-/][0-9]+)*")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c
                   for c in text)
    text = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def digit_runs(normed: str) -> list[str]:
    return [re.sub(r"[^0-9]", "", m.group(0)) for m in _RUN.finditer(normed)]


def windows(run: str) -> list[str]:
    return [run[i : i + 4] for i in range(len(run) - 3)]


@lru_cache(maxsize=65536)
def _pattern(frag: str) -> re.Pattern:
    kind, body = frag[:2], norm(frag[2:])
    if kind in ("p:", "w:"):
        chars = [re.escape(c) for c in body if not c.isspace()]
        return re.compile(r"(?<!\w)" + r"\s*".join(chars) + r"(?!\w)")
    return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")


def hit(frag: str, normed: str, runs: list[str] | None = None) -> bool:
    """Whether the fragment occurs in already-normalised text (runs: its digit runs)."""
    if frag.startswith("d:"):
        runs = digit_runs(normed) if runs is None else runs
        return any(w in r for w in windows(frag[2:]) for r in runs)
    return _pattern(frag).search(normed) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when a fragment of the item survives in the redacted text and does not occur in
    the background (the post's text with the item's value replaced by a space)."""
    red, bg = norm(redacted_text), norm(background)
    red_runs, bg_runs = digit_runs(red), digit_runs(bg)
    for frag in fragments:
        if frag.startswith("d:"):
            for w in windows(frag[2:]):
                if any(w in r for r in red_runs) and not any(w in r for r in bg_runs):
                    return True
        elif hit(frag, red) and not hit(frag, bg):
            return True
    return False


def any_hit(fragments: list[str], text: str) -> bool:
    normed = norm(text)
    runs = digit_runs(normed)
    return any(hit(f, normed, runs) for f in fragments)
