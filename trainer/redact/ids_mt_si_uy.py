"""Personal numbers of Malta, Slovenia and Uruguay, found by their published layout and check
with no cue word (``national_ids`` calls this; their cue words are in ``ids_cues``).

- Maltese identity card number (Identity Malta): up to seven digits and one of the register
  letters M, G, A, P, L, H, B, Z (the letter tells the holder's registration class). Printed
  zero-padded to seven digits ("0012345M") or without the zeros; read here with six or seven
  digits and a capital letter of that set glued to them, a layout no amount, date or phone
  plan has (an amount's "M" is a million: "2.5M", "450M"; ours needs six digits before it).
- Slovenian tax number (davčna številka, FURS): eight digits, the first not 0, the last a mod-11
  check over weights 8 7 6 5 4 3 2 (11 minus the remainder; 10 reads 0; 11 is no number).
  With the country prefix "SI" it is also the VAT number of a person trading alone (EU VAT
  number layout), so "SI" + eight digits that hold the check is redacted whatever stands around
  it; bare, eight digits pass the check one time in eleven, so it needs its cue (``ids_cues``).
- Uruguayan cédula de identidad (DNIC): six or seven digits and a check digit, weights
  2 9 8 7 6 3 4 over the digits padded to seven, the check is 10 minus the sum mod 10 (mod 10).
  Printed "1.234.567-8" or "1234567-8": with its hyphenated check digit it is decided by the
  check (1 in 10); a reference cue right before it ("pedido 1234567-8") keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.ids_checks import weighted_sum

_MT_LETTERS = frozenset("MGAPLHBZ")
_MT_ID = re.compile(r"(?<![\w/#.,+-])\d{6,7}[MGAPLHBZ](?![\w-]|[.,/]\d)")
_SI_VAT = re.compile(r"(?<![\w-])SI ?(?P<digits>\d{8})(?![\w-]|[.,/]\d)")
_UY_CI = re.compile(
    r"(?<![\w.,/+#-])(?P<body>\d\.\d{3}\.\d{3}|\d{3}\.\d{3}|\d{6,7})-(?P<check>\d)"
    r"(?![\w-]|[.,/]\d)"
)
_SI_WEIGHTS = (8, 7, 6, 5, 4, 3, 2)
_UY_WEIGHTS = (2, 9, 8, 7, 6, 3, 4)


def find_mt_si_uy_ids(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """NATIONAL_ID hits of the layouts above. ``gives_way(text, start)`` says whether a
    reference cue right before ``start`` makes the number a reference."""
    hits: list[Hit] = []
    for a, b in prefilter.digit_runs(text):
        if text[b : b + 1] in _MT_LETTERS:  # a Maltese id's letter right after its digits
            m = _MT_ID.search(text, max(a, b - 7), b + 1)
            if m is not None and m.end() == b + 1 and not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
        if "-" in text[a:b]:
            for m in _UY_CI.finditer(text, a, min(len(text), b + 1)):
                body = m.group("body").replace(".", "")
                if uy_ci_ok(body + m.group("check")) and not gives_way(text, m.start()):
                    hits.append(("NATIONAL_ID", m.start(), m.end()))
    if "SI" in text:  # "SI12345678", "SI 12345678": the Slovenian VAT layout
        for m in _SI_VAT.finditer(text):
            if si_tax_number_ok(m.group("digits")):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def si_tax_number_ok(digits: str) -> bool:
    """A Slovenian tax number: eight digits, no leading 0, the mod-11 check digit last."""
    if len(digits) != 8 or not digits.isdigit() or digits[0] == "0":
        return False
    check = 11 - weighted_sum(digits, _SI_WEIGHTS) % 11
    if check == 11:
        return False
    return (0 if check == 10 else check) == int(digits[7])


def uy_ci_ok(digits: str) -> bool:
    """A Uruguayan cédula: six or seven digits padded to seven, then the mod-10 check digit."""
    if not 7 <= len(digits) <= 8 or not digits.isdigit():
        return False
    body = digits[:-1].rjust(7, "0")
    total = weighted_sum(body, _UY_WEIGHTS)
    return (10 - total % 10) % 10 == int(digits[-1])
