"""The fifty-second set's fragment rule: which fragments an item has, and when one survives.

Fragments carry a prefix: "w:" a name token, "t:" a street-name token, "p:" a postcode,
"b:" a PO-box number (both whole, spaces optional), "d:" a 4-digit window of a digit run,
"e:" an e-mail local part, "h:" a URL host, "s:" a slug on a platform host, "i:" an IP,
"x:" a short id with no 4-digit run, whole. Matching runs on text normalised by NFKC,
case-folding, accent stripping and Unicode digits to ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

PARTICLES = {"de", "van", "den", "der", "ter", "le", "du", "di", "dalla", "dos", "da", "la",
             "del", "des", "te"}
_RUN = re.compile(r"[0-9]+(?:[ .\-/][0-9]+)*")


def norm(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in s)


def digit_runs(text: str) -> list[str]:
    return [re.sub(r"[^0-9]", "", m.group()) for m in _RUN.finditer(norm(text))]


def windows(text: str) -> list[str]:
    out: list[str] = []
    for run in digit_runs(text):
        for k in range(len(run) - 3):
            w = run[k:k + 4]
            if w not in out:
                out.append(w)
    return out


def digit_fragments(value: str) -> list[str]:
    """Every 4-digit window of the value's digit runs; the value whole when it has none."""
    found = windows(value)
    return [f"d:{w}" for w in found] if found else [f"x:{value}"]


def name_fragments(value: str) -> list[str]:
    out = []
    for tok in re.findall(r"\w+", value):
        if len(tok) < 2 or tok.lower() in PARTICLES:
            continue
        if f"w:{tok}" not in out:
            out.append(f"w:{tok}")
    return out


@lru_cache(maxsize=65536)
def _pattern(fragment: str) -> re.Pattern[str]:
    kind, body = fragment[:1], norm(fragment[2:])
    if kind in ("p", "b"):
        chars = [re.escape(c) for c in body if not c.isspace()]
        return re.compile(r"(?<!\w)" + r"\s*".join(chars) + r"(?!\w)")
    return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")


def occurs(fragment: str, text: str, normed: bool = False) -> bool:
    t = text if normed else norm(text)
    if fragment.startswith("d:"):
        return any(fragment[2:] in run for run in digit_runs(t))
    return _pattern(fragment).search(t) is not None


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when a fragment of the item survives the redaction and is not in the background."""
    red, back = norm(redacted_text), norm(background)
    return any(occurs(f, red, True) and not occurs(f, back, True) for f in fragments)
