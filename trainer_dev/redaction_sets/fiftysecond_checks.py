"""Check digits for the fifty-second set, written from the published rules (no library)."""

from __future__ import annotations

_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] * 2
        + [2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        strict=True,
    )
)


def _cf_even(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 65


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(stem: str) -> str:
    for d in "0123456789":
        if luhn_ok(stem + d):
            return stem + d
    raise AssertionError(stem)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_complete(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def codice_fiscale_char(first15: str) -> str:
    total = sum(
        _CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(first15.upper())
    )
    return chr(65 + total % 26)


def codice_fiscale_ok(cf: str) -> bool:
    return len(cf) == 16 and codice_fiscale_char(cf[:15]) == cf[15].upper()


def dni_letter(number: int) -> str:
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]


def dni_ok(dni: str) -> bool:
    s = dni.replace("-", "").upper()
    body = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return body.isdigit() and dni_letter(int(body)) == s[-1]


def naf_ok(naf: str) -> bool:
    d = "".join(c for c in naf if c.isdigit())
    return len(d) == 12 and int(d[:10]) % 97 == int(d[10:])


def steuer_id_check(first10: str) -> int:
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        product = ((s or 10) * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id_ok(tin: str) -> bool:
    d = "".join(c for c in tin if c.isdigit())
    return len(d) == 11 and d[0] != "0" and steuer_id_check(d[:10]) == int(d[10])


def ausweis_check(serial: str) -> int:
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in serial.upper()]
    return sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(vals)) % 10


def ausweis_ok(doc: str) -> bool:
    return len(doc) == 10 and ausweis_check(doc[:9]) == int(doc[9])


def nir_key(first13: str) -> int:
    return 97 - int(first13) % 97


def nir_ok(nir: str) -> bool:
    d = "".join(c for c in nir if c.isdigit())
    return len(d) == 15 and nir_key(d[:13]) == int(d[13:])


def bsn_ok(bsn: str) -> bool:
    d = "".join(c for c in bsn if c.isdigit())
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True))
    return (total - int(d[8])) % 11 == 0


def mod11_pt_check(first8: str) -> int:
    total = sum(int(c) * w for c, w in zip(first8, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return 0 if check >= 10 else check


def nif_pt_ok(nif: str) -> bool:
    d = "".join(c for c in nif if c.isdigit())
    return len(d) == 9 and mod11_pt_check(d[:8]) == int(d[8])


def nhs_check(first9: str) -> int | None:
    total = sum(int(c) * w for c, w in zip(first9, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return None if check == 10 else (0 if check == 11 else check)


def nhs_ok(nhs: str) -> bool:
    d = "".join(c for c in nhs if c.isdigit())
    return len(d) == 10 and nhs_check(d[:9]) == int(d[9])


def ean13_ok(code: str) -> bool:
    d = [int(c) for c in code if c.isdigit()]
    return len(d) == 13 and sum(v * (3 if i % 2 else 1) for i, v in enumerate(d)) % 10 == 0


def ean13_complete(stem12: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(stem12))
    return stem12 + str((10 - total % 10) % 10)


def isbn10_complete(stem9: str) -> str:
    total = sum(int(c) * w for c, w in zip(stem9, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return stem9 + ("X" if check == 10 else str(check))


def isbn10_ok(isbn: str) -> bool:
    s = isbn.replace("-", "").upper()
    if len(s) != 10:
        return False
    vals = [10 if c == "X" else int(c) for c in s]
    return sum(v * w for v, w in zip(vals, range(10, 0, -1), strict=True)) % 11 == 0


def awb_ok(awb: str) -> bool:
    """Air waybill: 3-digit airline prefix, 7-digit serial, check digit = serial mod 7."""
    d = "".join(c for c in awb if c.isdigit())
    return len(d) == 11 and int(d[3:10]) % 7 == int(d[10])


_ISO6346 = {c: v for v, c in enumerate("0123456789A?BCDEFGHIJK?LMNOPQRSTU?VWXYZ") if c != "?"}


def iso6346_check(first10: str) -> int:
    total = sum(_ISO6346[c] * 2**i for i, c in enumerate(first10.upper()))
    return total % 11 % 10


def iso6346_ok(code: str) -> bool:
    s = code.replace(" ", "").replace("-", "").upper()
    return len(s) == 11 and iso6346_check(s[:10]) == int(s[10])


def rib_key(bank: str, branch: str, account: str) -> int:
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def es_dc(bank_branch: str, account: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def one(digits: str) -> int:
        d = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
        return {10: 1, 11: 0}.get(d, d)

    return f"{one('00' + bank_branch)}{one(account)}"


def it_cin(abi: str, cab: str, account: str) -> str:
    """Italian CIN: the codice-fiscale odd/even tables over ABI, CAB and account, mod 26."""
    s = abi + cab + account
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(s.upper()))
    return chr(65 + total % 26)


def pt_nib_check(first19: str) -> str:
    return f"{98 - (int(first19) * 100) % 97:02d}"


def siren_ok(siren: str) -> bool:
    d = "".join(c for c in siren if c.isdigit())
    return len(d) == 9 and luhn_ok(d)


def partita_iva_ok(piva: str) -> bool:
    d = "".join(c for c in piva if c.isdigit())
    return len(d) == 11 and luhn_ok(d)
