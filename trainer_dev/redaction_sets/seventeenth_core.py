"""Seventeenth set: Post record, fragment matching, acceptance rule, check digits."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def _table() -> dict[int, str]:
    table = {ord(c): "-" for c in _DASHES}
    for cp in range(0x20000):
        ch = chr(cp)
        if ch.isspace():
            table[cp] = " "
        elif cp > 127 and unicodedata.category(ch) == "Nd":
            table[cp] = str(unicodedata.digit(ch))
    return table


_TABLE = _table()


def normalise(text: str) -> str:
    """Unicode decimal digits -> ASCII, every space/line break -> " ", hyphens/dashes -> "-"."""
    return text.translate(_TABLE)


@lru_cache(maxsize=65536)
def _pattern(frag: str) -> re.Pattern:
    kind, body = frag[:2], normalise(frag[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)", re.I)
    if kind == "s:":
        return re.compile(re.escape(body), re.I)
    if kind == "p:":
        return re.compile(r"(?<![^\W_])" + re.escape(body) + r"(?![^\W_])", re.I)
    if kind == "d:":
        return re.compile(r"\W*".join(re.escape(c) for c in body))
    raise ValueError(frag)


def frag_in(frag: str, text: str) -> bool:
    return bool(_pattern(frag).search(normalise(text)))


def leaked(redacted_text: str, fragments: list[str], background: str) -> bool:
    """True when some fragment survives in redacted_text and is absent from background."""
    return any(frag_in(f, redacted_text) and not frag_in(f, background) for f in fragments)


def digit_windows(value: str) -> list[str]:
    out = set()
    for chunk in re.split(r"[^\W\d]+", normalise(value)):
        d = "".join(ch for ch in chunk if ch.isdigit())
        out |= {"d:" + d[i : i + 4] for i in range(len(d) - 3)}
    return sorted(out)


@dataclass
class Post:
    locale: str
    text: str
    items: list[tuple[str, list[str], str]] = field(default_factory=list)
    item_forms: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    lookalike_kinds: list[str] = field(default_factory=list)
    genre: str = ""

    @property
    def pii_free(self) -> bool:
        return not self.items


def masked(post: Post) -> str:
    text = post.text
    for _k, _f, v in sorted(post.items, key=lambda it: -len(it[2])):
        text = text.replace(v, " ")
    return text


def check_post(post: Post) -> bool:
    values = [v for _k, _f, v in post.items]
    if len(post.item_forms) != len(post.items) or len(post.lookalikes) != len(post.lookalike_kinds):
        return False
    for v in values:
        if not v or v not in post.text:
            return False
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if i != j and a in b:
                return False
    all_masked = masked(post)
    n_text, n_masked = normalise(post.text), normalise(all_masked)
    for _k, frags, v in post.items:
        if not frags:
            return False
        n_back = normalise(post.text.replace(v, " "))
        for f in frags:
            pat = _pattern(f)
            if not pat.search(n_text) or pat.search(n_back) or pat.search(n_masked):
                return False
    return all(lk and lk in all_masked for lk in post.lookalikes)


# ---------------------------------------------------------------- check digits
def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(cc: str, bban: str) -> str:
    check = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def mod11_10(digits: str) -> int:
    """ISO 7064 MOD 11,10 check digit (German Steuer-IdNr, Croatian OIB)."""
    p = 10
    for c in digits:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return (11 - p) % 10


def ean_check(digits: str) -> int:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits))
    return (10 - total % 10) % 10


def isbn13_ok(isbn: str) -> bool:
    d = [c for c in isbn if c.isdigit()]
    return len(d) == 13 and ean_check("".join(d[:12])) == int(d[12])


def aba_ok(routing: str) -> bool:
    d = [int(c) for c in routing]
    return len(d) == 9 and sum(w * x for w, x in zip([3, 7, 1] * 3, d, strict=False)) % 10 == 0
