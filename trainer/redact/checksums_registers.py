"""Check digits of company registers and product codes, as their issuers publish them.

Used by ``lookalike_named_codes`` to keep a code only when its shape and check fit the scheme
its cue names (a random number passes a mod-11 or mod-97 check about one time in ten or a
hundred, so the cue is asked too).

- Belgian enterprise number (BCE/KBO): ten digits opening 0 or 1, the last two 97 minus the
  first eight mod 97;
- Spanish CIF: a company-type letter, seven digits, a control digit or letter (the Luhn-like
  sum of the seven; letters J A B C D E F G H I stand for 0 .. 9);
- Turkish vergi kimlik numarası (VKN): ten digits, the Revenue Administration's check;
- German PZN: eight digits, weights 1 .. 7 mod 11 (PZN7: seven digits, weights 2 .. 7);
- Uruguayan RUT: twelve digits (department 01-22, six digits, 001, a mod-11 check digit);
- US EIN: the two digits of an IRS campus prefix;
- South African CIPC registration: year, six digits, a company-type suffix;
- Portuguese NIPC: nine digits opening 5-9, the NIF's mod-11 check;
- Argentine CUIT/CUIL: eleven digits (a type, eight digits, a check: weights 5 4 3 2 7 6 5 4 3
  2 mod 11); the type says who holds it (20, 23, 24, 27 a person, 30, 33, 34 a legal entity);
- Czech and Slovak IČO: eight digits, weights 8 .. 2 mod 11;
- Romanian CUI/CIF: two to ten digits, the last the check of the rest (key 7 5 3 2 1 7 5 3 2);
- LEI (ISO 17442, legal entities only): twenty characters, ISO 7064 mod 97-10 like an IBAN.

``register_value_ok`` dispatches a scheme's name to its check, for every caller that reads a
labelled register (``lookalike_named_codes``, ``lookalike_company_registers``).
"""

from __future__ import annotations

from collections.abc import Callable

from trainer.redact.checksums import cnpj_ok, luhn_ok
from trainer.redact.ids_ch_id import uid_ok

_CIF_LETTERS = "JABCDEFGHI"


def kbo_ok(digits: str) -> bool:
    """Belgian enterprise number: 97 - (first eight mod 97) == last two."""
    return (
        len(digits) == 10
        and digits.isdigit()
        and digits[0] in "01"
        and 97 - int(digits[:8]) % 97 == int(digits[8:])
    )


def cif_ok(value: str) -> bool:
    """Spanish CIF: letter, seven digits, control digit or letter."""
    value = value.upper().replace("-", "")
    if len(value) != 9 or value[0] not in "ABCDEFGHJNPQRSUVW" or not value[1:8].isdigit():
        return False
    seven = value[1:8]
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = sum(sum(divmod(int(seven[i]) * 2, 10)) for i in (0, 2, 4, 6))
    control = (10 - (even + odd) % 10) % 10
    return value[8] in (str(control), _CIF_LETTERS[control])


def vergi_ok(digits: str) -> bool:
    """Turkish VKN: ten digits; each of the first nine shifted, weighted by a power of two
    mod 9, the tenth is the sum's complement mod 10."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(digits[:9], start=1):
        t = (int(ch) + 10 - i) % 10
        total += 9 if t == 9 else (t * 2 ** (10 - i)) % 9
    return (10 - total % 10) % 10 == int(digits[9])


def pzn_ok(digits: str) -> bool:
    """German Pharmazentralnummer: PZN8 (weights 1..7) or PZN7 (weights 2..7), mod 11 != 10."""
    if not digits.isdigit() or len(digits) not in (7, 8):
        return False
    first = 1 if len(digits) == 8 else 2
    check = sum(int(d) * w for w, d in enumerate(digits[:-1], start=first)) % 11
    return check != 10 and check == int(digits[-1])


def uy_rut_ok(digits: str) -> bool:
    """Uruguayan RUT: department 01-22, six digits, 001, mod-11 check (weights 4 3 2 9 .. 2)."""
    if len(digits) != 12 or not digits.isdigit() or not 1 <= int(digits[:2]) <= 22:
        return False
    if digits[8:11] != "001":
        return False
    weights = (4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
    c = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
    return c != 10 and (0 if c == 11 else c) == int(digits[11])


# IRS campus prefixes in use; 00, 07-09, 17-19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97 are not.
_EIN_PREFIXES = frozenset(
    f"{n:02d}"
    for n in (
        *range(1, 7), *range(10, 17), *range(20, 28), *range(30, 49), *range(50, 69),
        *range(71, 78), *range(80, 89), *range(90, 96), 98, 99,
    )
)  # fmt: skip


def ein_ok(digits: str) -> bool:
    """US employer identification number: nine digits after a campus prefix in use."""
    return len(digits) == 9 and digits.isdigit() and digits[:2] in _EIN_PREFIXES


# CIPC entity suffixes: 06 public, 07 private, 08 non-profit, 09-12 older forms, 21 personal
# liability, 23 close corporation, 24-26 co-operatives, 30-31 foreign/external companies.
_CIPC_SUFFIXES = frozenset(
    "06 07 08 09 10 11 12 21 22 23 24 25 26 30 31".split()
)


def cipc_ok(year: str, suffix: str) -> bool:
    """South African company registration: a year from 1900 on and a known entity suffix."""
    return 1900 <= int(year) <= 2099 and suffix in _CIPC_SUFFIXES


def piva_ok(digits: str) -> bool:
    """Italian partita IVA: eleven digits, the last the Luhn check of the ten before."""
    return len(digits) == 11 and digits.isdigit() and luhn_ok(digits)


def pt_nif_ok(digits: str) -> bool:
    """Portuguese NIF or NIPC: nine digits, the mod-11 check (weights 9 .. 2)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    rest = sum((9 - i) * int(ch) for i, ch in enumerate(digits[:8])) % 11
    return (0 if rest < 2 else 11 - rest) == int(digits[8])


def nipc_ok(digits: str) -> bool:
    """Portuguese NIPC of a legal person: nine digits opening 5 to 9 (5 companies, 6 public
    bodies, 7-9 other entities), the mod-11 check of the NIF."""
    return digits[:1] in ("5", "6", "7", "8", "9") and pt_nif_ok(digits)


_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
_REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
_REGON14_WEIGHTS = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)


def nip_ok(digits: str) -> bool:
    """Polish NIP: ten digits, the weighted sum of the first nine mod 11 is the tenth (a sum
    of 10 is never issued)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = sum(w * int(d) for w, d in zip(_NIP_WEIGHTS, digits, strict=False)) % 11
    return check != 10 and check == int(digits[9])


def regon_ok(digits: str) -> bool:
    """Polish REGON: nine digits (weights 8 9 2 3 4 5 6 7) or fourteen (the local unit's,
    weights 2 4 8 5 0 9 7 3 6 1 2 4 8), the sum mod 11, 10 read as 0."""
    if not digits.isdigit() or len(digits) not in (9, 14):
        return False
    weights = _REGON9_WEIGHTS if len(digits) == 9 else _REGON14_WEIGHTS
    check = sum(w * int(d) for w, d in zip(weights, digits, strict=False)) % 11 % 10
    return check == int(digits[-1])


_CUIT_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
CUIT_ENTITY_TYPES = frozenset({"30", "33", "34"})


def cuit_ok(digits: str) -> bool:
    """Argentine CUIT/CUIL: eleven digits, a known type and the mod-11 check digit."""
    if len(digits) != 11 or not digits.isdigit() or digits[:2] not in _CUIT_TYPES:
        return False
    rest = 11 - sum(w * int(d) for w, d in zip(_CUIT_WEIGHTS, digits, strict=False)) % 11
    return rest != 10 and (0 if rest == 11 else rest) == int(digits[10])


_CUIT_TYPES = CUIT_ENTITY_TYPES | {"20", "23", "24", "27"}


def ico_ok(digits: str) -> bool:
    """Czech or Slovak IČO: eight digits, weights 8 .. 2, (11 - sum mod 11) mod 10."""
    if len(digits) != 8 or not digits.isdigit():
        return False
    total = sum(w * int(d) for w, d in zip(range(8, 1, -1), digits, strict=False))
    return (11 - total % 11) % 10 == int(digits[7])


_RO_CUI_KEY = (7, 5, 3, 2, 1, 7, 5, 3, 2)


def ro_cui_ok(digits: str) -> bool:
    """Romanian CUI/CIF: two to ten digits; the rest padded to nine, weighted by the key,
    times ten mod 11 (10 read as 0) is the last."""
    if not 2 <= len(digits) <= 10 or not digits.isdigit():
        return False
    body = digits[:-1].rjust(9, "0")
    check = sum(w * int(d) for w, d in zip(_RO_CUI_KEY, body, strict=True)) * 10 % 11
    return check % 10 == int(digits[-1])


def lei_ok(value: str) -> bool:
    """Legal Entity Identifier: twenty letters and digits, mod 97 of its number form is 1."""
    value = value.upper()
    if len(value) != 20 or not value.isalnum() or not value[-2:].isdigit():
        return False
    return int("".join(str(int(ch, 36)) for ch in value)) % 97 == 1


# scheme -> its check on the value's digits (the CIF's control may be a letter: its whole value)
_DIGIT_CHECKS: dict[str, Callable[[str], bool]] = {
    "pzn": pzn_ok,
    "kbo": kbo_ok,
    "piva": piva_ok,
    "nipc": nipc_ok,
    "ein": ein_ok,
    "vergi": vergi_ok,
    "cnpj": cnpj_ok,
    "rut": uy_rut_ok,
    "nip": nip_ok,
    "regon": regon_ok,
    "cuit": cuit_ok,
    "ico": ico_ok,
    "cui": ro_cui_ok,
    "uid": uid_ok,  # the Swiss UID (its CHE prefix read off): mod 11
}


def register_value_ok(kind: str, value: str) -> bool:
    """Whether ``value`` passes the check of the register scheme ``kind`` names; a scheme
    with no published check (KRS, KvK, DUNS ...) passes on its shape alone."""
    if kind == "cif":
        return cif_ok(value)
    if kind == "lei":
        return lei_ok(value)
    check = _DIGIT_CHECKS.get(kind)
    return check is None or check("".join(ch for ch in value if ch.isdigit()))
