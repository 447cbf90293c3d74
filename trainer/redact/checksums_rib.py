"""The French RIB key (clé RIB), shared by every banking zone that took the French layout:
France and Monaco, the BEAC's six CEMAC states and the BCEAO's eight UEMOA states (about twenty
countries, one check).

A RIB is bank code (5), branch code (5), account (11, or 12 in the UEMOA), key (2). A letter in
the bank code (the UEMOA's country letters "SN012", "BJ061") or in the account is read as a
digit by the French table (A/J = 1, B/K/S = 2, ... I/R/Z = 9). The key is 97 minus
(89 x bank + 15 x branch + 3 x account) mod 97: one random value in 97 passes.
"""

from __future__ import annotations

# A..Z -> the French RIB table (A, J: 1; B, K, S: 2; ... I, R, Z: 9)
_LETTER_DIGITS = "12345678912345678923456789"


def rib_digits(part: str) -> int:
    """A RIB part as a number, its capital letters read by the French table."""
    return int(
        "".join(ch if ch.isdigit() else _LETTER_DIGITS[ord(ch) - 65] for ch in part)
    )


def rib_key_ok(bank: str, branch: str, account: str, key: str) -> bool:
    """The RIB key of a bank, branch and account code (letters read as above)."""
    total = 89 * rib_digits(bank) + 15 * rib_digits(branch) + 3 * rib_digits(account)
    return 97 - total % 97 == int(key)
