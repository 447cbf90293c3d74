"""Check digits of two national health-insurance numbers that ``ids_health`` finds.

- Krankenversichertennummer (KVNR, Germany, GKV-Spitzenverband): a capital letter and nine
  digits; the letter as two digits (A = 01 ... Z = 26) and the next eight digits, weights
  1, 2, 1, 2 ..., each product's digit sum, the sum mod 10 is the last digit.
- Cartão Nacional de Saúde (CNS, Brazil, DATASUS): fifteen digits opening with 1 or 2
  (definitive) or 7, 8, 9 (provisional); the digits weighted 15 down to 1 sum to a multiple
  of 11.
"""

from __future__ import annotations


def kvnr_ok(value: str) -> bool:
    """A German health-insurance number: letter, nine digits, the last one its check digit."""
    if len(value) != 10 or not ("A" <= value[0] <= "Z") or not value[1:].isdigit():
        return False
    digits = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = 0
    for i, ch in enumerate(digits):
        product = int(ch) * (1 if i % 2 == 0 else 2)
        total += product // 10 + product % 10
    return total % 10 == int(value[9])


def cns_ok(digits: str) -> bool:
    """A Brazilian Cartão Nacional de Saúde: fifteen digits, weights 15..1 sum to 0 mod 11."""
    if len(digits) != 15 or not digits.isdigit() or digits[0] not in "12789":
        return False
    return sum(int(d) * (15 - i) for i, d in enumerate(digits)) % 11 == 0
