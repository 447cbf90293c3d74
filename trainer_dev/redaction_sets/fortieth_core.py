"""Post, matching, fragments, ``leaked`` and ``check_post`` of the fortieth set."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]


@dataclass
class Post:
    locale: str
    text: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    item_forms: list = field(default_factory=list)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def norm(text: str) -> str:
    """NFKC, Unicode digits to ASCII, case-folded, accents stripped, dotless i to i."""
    s = unicodedata.normalize("NFKC", text)
    s = "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii()
                and unicodedata.decimal(c, None) is not None else c for c in s)
    s = s.casefold().replace("ı", "i")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


SEP = " -./()+"
_RUN = re.compile(r"\d(?:[ \-./()+]*\d)*")


def digit_runs(text: str) -> list[str]:
    return ["".join(c for c in m.group() if c.isdigit()) for m in _RUN.finditer(text)]


def windows(value: str) -> list[str]:
    out = []
    for run in digit_runs(norm(value)):
        for i in range(len(run) - 3):
            w = run[i:i + 4]
            if w not in out:
                out.append(w)
    return out


@cache
def _pattern(frag: str):
    kind, body = frag[:2], frag[2:]
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")
    if kind in ("p:", "s:"):
        chars = [re.escape(c) for c in body if not c.isspace()]
        return re.compile(r"(?<![0-9a-z])" + r"\s*".join(chars) + r"(?![0-9a-z])")
    raise ValueError(frag)


def _found(frag: str, ntext: str, runs: list[str]) -> bool:
    if frag.startswith("d:"):
        return any(frag[2:] in r for r in runs)
    return _pattern(frag).search(ntext) is not None


def leaked(redacted_text: str, fragments, background: str) -> bool:
    """True when any fragment survives in the redacted text and not in the background."""
    nr, nb = norm(redacted_text), norm(background)
    rr, rb = digit_runs(nr), digit_runs(nb)
    return any(_found(f, nr, rr) and not _found(f, nb, rb) for f in fragments)


def tok(word: str) -> str:
    return "t:" + norm(word)


def id_fragments(value: str) -> list[str]:
    ws = windows(value)
    if ws:
        return ["d:" + w for w in ws]
    return ["s:" + norm(value)]


def check_post(post: Post) -> bool:
    """Values verbatim and apart, fragments in the text only through their own value, look-alikes
    outside every value."""
    text = post.text
    values = [v for _, _, v in post.items]
    spans = []
    for v in values:
        i = text.find(v)
        if i < 0 or text.count(v) != 1:
            return False
        spans.append((i, i + len(v)))
    for a, v in enumerate(values):
        for b, w in enumerate(values):
            if a != b and v in w:
                return False
    nt = norm(text)
    rt = digit_runs(nt)
    for a, (_, frags, v) in enumerate(post.items):
        if not frags:
            return False
        bg = norm(text.replace(v, " "))
        rb = digit_runs(bg)
        others = [norm(w) for b, w in enumerate(values) if b != a]
        for f in frags:
            if not _found(f, nt, rt) or _found(f, bg, rb):
                return False
            if any(_found(f, o, digit_runs(o)) for o in others):
                return False
    for look in post.lookalikes:
        i = text.find(look)
        if i < 0:
            return False
        while i >= 0:
            if any(i < e and s < i + len(look) for s, e in spans):
                return False
            i = text.find(look, i + 1)
    return True
