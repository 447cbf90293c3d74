"""A dotted money amount of four groups beside its currency: no IPv4 address.

Vietnamese and Indonesian write thousands with dots ("1.250.000.000 đồng", "Rp 2.500.000.000"),
so a billion has the shape of an IPv4 address whose octets are all <= 255. ``detectors.find_ips``
asks here before it reads one as an [IP]. Kept only when every group after the first has
exactly three digits (thousands grouping; "10.0.0.1" has none) and a currency of the two
countries stands right beside it (one space or tab at most): before it "Rp", "IDR", "VND",
"VNĐ", "₫"; after it "đồng", "dong", "₫", "VND", "VNĐ", "IDR", "rupiah", or "đ" glued to it.
Fail closed: any other dotted quad stays an address ("server 1.250.000.000"), and the check is
a character test before any regex.
"""

from __future__ import annotations

import re

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){3}")
_BEFORE = re.compile(r"(?i:(?<![\w])(?:rp\.?|idr|vnd|vnđ)[ \t]?|₫[ \t]?)$")
# the bare letter "đ" only glued to the amount ("1.250.000.000đ"): one space apart it may
# follow an address as well ("ke 10.250.100.200 đ"; review 19 F10)
_AFTER = re.compile(r"(?:[ \t]?(?:(?i:đồng|dong|vnd|vnđ|idr|rupiah)(?!\w)|₫)|[đĐ](?!\w))")
_MARKS = frozenset("RrIiVvDdđĐ₫")


def dotted_amount(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a thousands-dotted amount beside a VND or IDR currency."""
    if _GROUPED.fullmatch(text, start, end) is None:
        return False
    before, after = text[max(0, start - 5) : start], text[end : end + 8]
    if not (_MARKS.intersection(before) or _MARKS.intersection(after)):
        return False
    return _BEFORE.search(before) is not None or _AFTER.match(after) is not None
