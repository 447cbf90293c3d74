"""Leak rule (fragment matching) for the `thirteenth` set; see thirteenth.py for the data card."""

from __future__ import annotations

import re

from . import thirteenth_ids as ids

_RUN = re.compile(r"\d(?:[\d .\-/()]*\d)?")


def _found(text: str, frag: str) -> bool:
    p, s = frag[:2], frag[2:]
    if p in ("n:", "t:"):
        return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text, re.IGNORECASE) is not None
    if p == "d:":
        return any(s in re.sub(r"\D", "", m.group()) for m in _RUN.finditer(text))
    if p == "s:":
        return s.lower() in text.lower()
    if p in ("i:", "p:"):
        return re.search(r"(?<![\w.:])" + re.escape(s) + r"(?![\w:]|\.\w)", text) is not None
    raise ValueError(frag)


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    return any(_found(redacted_text, f) and not _found(background, f) for f in fragments)


def _windows(value: str) -> list[str]:
    out: list[str] = []
    for m in _RUN.finditer(value):
        d = re.sub(r"\D", "", m.group())
        out += [f"d:{d[i : i + 4]}" for i in range(len(d) - 3)]
    return list(dict.fromkeys(out))


_SKIP = {
    "mr",
    "ms",
    "mrs",
    "dr",
    "dr.",
    "frau",
    "herr",
    "mme",
    "m.",
    "dott.",
    "dott.ssa",
    "sig.",
    "sig.ra",
    "ing.",
    "prof.ssa",
    "sra.",
    "sr.",
    "dra.",
    "pani",
    "pan",
    "hanım",
    "bey",
    "von",
    "van",
    "der",
    "de",
    "da",
    "dos",
    "das",
    "di",
    "del",
    "della",
    "dal",
    "la",
    "le",
    "lo",
    "ben",
    "af",
    "zu",
}


def name_frags(value: str) -> list[str]:
    toks = [t.strip(",.'’") for t in value.split()]
    toks += [p for t in toks if "-" in t or "'" in t for p in re.split(r"[-']", t) if len(p) > 3]
    return [
        f"n:{t}"
        for t in dict.fromkeys(toks)
        if len(t) > 2 and not {t.lower(), t.lower() + "."} & _SKIP
    ]


def name_keys(name: str) -> set[str]:
    """Folded name tokens (and hyphen parts) used for roster hygiene."""
    out = set()
    for t in name.split():
        f = ids.ascii_fold(t).lower()
        out |= {f} | set(re.split(r"[-']", f))
    return out
