"""Polish and Czech domestic bank account numbers, found by their published layout and check
with no label (``national_ids`` calls this); typed IBAN, as ``ids_intl`` types a CLABE.

- NRB (Numer Rachunku Bankowego, NBP): the Polish IBAN without "PL": 26 digits, solid or
  printed "NN NNNN NNNN NNNN NNNN NNNN NNNN"; its first two digits are the IBAN check, so
  the number with "PL" put back passes ISO 13616 mod 97 (a random run 1 time in 97).
- Czech account (ČNB decree 169/2011): "prefix-number/bank" or "number/bank", a prefix of up to
  six digits, a number of up to ten, a four-digit bank code; the prefix and the number each
  pass the ČNB mod-11 check (weights 10 5 8 4 2 1 and 6 3 7 9 10 5 8 4 2 1 from the left,
  the number padded to ten digits), and the bank code is one ČNB publishes. Without a prefix
  the number has six digits at least and a check of 1 in 11 decides, so a serial within a
  year ("12345/2024") stays.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

# searched inside a ``digit_runs`` run, which may join the NRB to a phone or a date after it
_NRB = re.compile(r"(?<!\d)\d{2}(?P<sep>[ ]?)\d{4}(?:(?P=sep)\d{4}){5}(?!\d)")
_CZ_ACCOUNT = re.compile(
    r"(?<![\w/.,-])(?:(?P<prefix>\d{1,6})-)?(?P<number>\d{2,10})/(?P<bank>\d{4})(?![\w/-]|[.,]\d)"
)
# ČNB's published bank codes: "1234570000/2024" (an invoice number within its year) passes the
# 1-in-11 number check but names no bank, so it stays.
CZ_BANK_CODES = frozenset(
    "0100 0300 0600 0710 0800 2010 2060 2070 2100 2200 2220 2250 2260 2275 2600 2700 3030 3050"
    " 3060 3500 4000 4300 5500 5800 6000 6100 6200 6210 6300 6363 6700 6800 7910 7950 7960 7970"
    " 7990 8030 8040 8060 8090 8150 8190 8198 8199 8200 8220 8250 8255 8265 8500".split()
)
_NUMBER_WEIGHTS = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
_PREFIX_WEIGHTS = (10, 5, 8, 4, 2, 1)


def find_czpl_accounts(text: str) -> list[Hit]:
    """IBAN hits: NRBs by their mod-97 check, Czech accounts by layout and ČNB checks."""
    hits: list[Hit] = []
    for a, b in prefilter.digit_runs(text):
        if b - a < 26:
            continue
        for m in _NRB.finditer(text, a, b):
            s, e = m.span()
            if _alone(text, s, e) and nrb_ok(m.group().replace(" ", "")):
                hits.append(("IBAN", s, e))
    if "/" in text:
        for a, b in prefilter.digit_runs(text):
            if text.find("/", a, b) == -1:
                continue
            for m in _CZ_ACCOUNT.finditer(text, a, b):  # a run takes "-" and "/" in
                if _bank_ok(text, m) and cz_account_ok(m.group("prefix"), m.group("number")):
                    hits.append(("IBAN", m.start(), m.end()))
    return hits


_ACCOUNT_LABEL = re.compile(r"(?i:účt|účet|ucet|uctu|účtu|platb|account|konto|na\b)")


def _bank_ok(text: str, m: re.Match[str]) -> bool:
    """The bank code is checked against the list only when it reads as a year (19xx, 20xx)
    with no prefix and no account word before it ("Faktura 1234570000/2024"); otherwise the
    mod-11 checks alone decide ("Účet 2000145399/2020")."""
    bank = m.group("bank")
    if bank in CZ_BANK_CODES or m.group("prefix") is not None or bank[:2] not in ("19", "20"):
        return True
    lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40)
    return _ACCOUNT_LABEL.search(text, lo, m.start()) is not None


def _alone(text: str, a: int, b: int) -> bool:
    before, after = text[a - 1 : a], text[b : b + 1]  # "" at either end of the post
    if before and (
        before.isalnum() or before in "/" or (before in "-." and text[a - 2 : a - 1].isdigit())
    ):
        return False
    return not (after and (after.isalnum() or after in "-/"))


def nrb_ok(digits: str) -> bool:
    """A Polish NRB: 26 digits whose IBAN (PL + the digits) passes mod 97."""
    if len(digits) != 26 or not digits.isdigit():
        return False
    return int(digits[2:] + "2521" + digits[:2]) % 97 == 1  # P = 25, L = 21


def _mod11(digits: str, weights: tuple[int, ...]) -> bool:
    padded = digits.rjust(len(weights), "0")
    return sum(w * (ord(ch) - 48) for w, ch in zip(weights, padded, strict=True)) % 11 == 0


def cz_account_ok(prefix: str | None, number: str) -> bool:
    """A Czech account: the number (six digits at least without a prefix, not all one digit)
    and any prefix pass the ČNB mod-11 check."""
    if prefix is None and len(number) < 6:
        return False
    if len(set(number.lstrip("0"))) < 2:
        return False  # "000000/0800", "111111/2010": no account
    if prefix is not None and (int(prefix) == 0 or not _mod11(prefix, _PREFIX_WEIGHTS)):
        return False
    return _mod11(number, _NUMBER_WEIGHTS)
