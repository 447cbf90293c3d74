"""Ids written as one solid run of thirteen digits whose structure and checks a code's number
passes almost never, so that no look-alike keep holds one (``keep_veto.strong_id`` asks).

- Luxembourg matricule (CCSS): a birth date YYYYMMDD from 1900, a serial, then a Luhn and a
  Verhoeff digit over the same eleven (a random run passes about 1 time in 300).
- Swiss AHV/AVS number: the country code 756, nine digits and an EAN-13 check digit; 756 is no
  GS1 prefix (Switzerland's barcodes are 760-769), so no product's GTIN is one (1 in 10,000).
"""

from __future__ import annotations

from trainer.redact.ids_ch_id import ahv_ok
from trainer.redact.ids_gh_lu_ec import lu_matricule_ok


def solid_checked_id(*, digits: str) -> bool:
    """``digits`` (a solid run) is a Luxembourg matricule or a Swiss AHV number."""
    if len(digits) != 13 or not digits.isascii() or not digits.isdigit():
        return False
    return lu_matricule_ok(digits) or ahv_ok(digits)
