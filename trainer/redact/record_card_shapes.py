"""Whether the value after a card key can be a payment card's number at all.

"carta" is a card in Italian and a letter in Spanish and Portuguese ("Figura en la carta:
24/07/2027"), "Karte" a card and a map: after such a key, a date, a percentage, a time, an
amount with its currency ("CVE 166 000"), a version, a short count, an ISBN or a reference
with letters ("CASE-48820") is what the letter says, not a card. Fail closed: a value of
twelve digits or more, or a bare group of three to eleven digits (the last four of a card, a
CVV, a loyalty card), stays a card value.
"""

from __future__ import annotations

import re

from trainer.redact.checksums import isbn_ok

_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_TIME = re.compile(r"\d{1,2}[:h]\d{2}(?:[ \t]?h)?")
_VERSION = re.compile(r"(?i:v|build[ \t]|release[ \t])\d+(?:\.\d+)*|\d+(?:\.\d+){1,3}")
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?[ \t\u202f]?%")
_MONEY = re.compile(
    r"(?:[A-Z]{3}|[$€£¥₹]|R\$)[ \t]?\d[\d \u202f.,']*$|\d[\d \u202f.,']*[ \t]?(?:[A-Z]{3}|[$€£¥₹])$"
)
# a reference with letters ("CASE-48820"), not a card's brand before its last digits ("Visa-1234")
_LETTERED = re.compile(
    r"(?!(?i:visa|master\w*|mc|amex|maestro|discover|diners|jcb|cb|unionpay|rupay|elo|"
    r"mir|troy|eftpos|card|carta|karte|ending|last|x{2,})[-/#]?\d)[A-Za-z]{2,}[-/#]?\d[\w-]*"
)
_DIGIT = re.compile(r"\d")


def card_value_ok(value: str) -> bool:
    """``value`` (a card key's value, trimmed) may be a card's number or part of one."""
    value = value.strip()
    digits = "".join(_DIGIT.findall(value))
    if len(digits) >= 12:
        return not (len(digits) == 13 and digits[:3] in ("978", "979") and isbn_ok(digits))
    if len(digits) < 3:
        return False
    head = value.split()[0] if value.split() else value
    shapes = (_DATE, _TIME, _VERSION, _PERCENT, _MONEY, _LETTERED)
    return not any(p.match(head) or p.match(value) for p in shapes)
