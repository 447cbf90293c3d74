"""National, tax and bank identifiers per locale, with check digits computed here.

Each maker returns (value, form). Written forms follow what people paste.
"""

from __future__ import annotations

import random

from .twentysecond_checks import (
    ALNUM,
    iban_check,
    luhn_digit,
    verhoeff_digit,
    weighted,
)

IBAN_LOCALES = {"pt_PT", "pl_PL", "sv_SE", "tr_TR", "fr_BE", "fr_CH", "en_MT"}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _date(rng: random.Random, lo: int = 1958, hi: int = 2003) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- IBAN / bank
def iban(rng: random.Random, locale: str) -> tuple[str, str]:
    if locale == "pt_PT":
        base = rng.choice(["0035", "0033", "0010", "0007", "0018", "0036"]) + _digits(rng, 15)
        nib = base + f"{98 - int(base) * 100 % 97:02d}"
        cc, bban = "PT", nib
    elif locale == "pl_PL":
        sort7 = rng.choice(["102", "105", "109", "114", "124", "116"]) + _digits(rng, 4)
        chk = (10 - weighted(sort7, [3, 9, 7, 1, 3, 9, 7]) % 10) % 10
        cc, bban = "PL", sort7 + str(chk) + _digits(rng, 16)
    elif locale == "sv_SE":
        cc, bban = "SE", rng.choice(["500", "600", "800", "300", "923"]) + _digits(rng, 17)
    elif locale == "tr_TR":
        bank = rng.choice(["00010", "00062", "00046", "00064", "00067", "00111"])
        cc, bban = "TR", bank + "0" + _digits(rng, 16)
    elif locale == "fr_BE":
        ten = rng.choice(["001", "063", "068", "310", "363", "751", "732"]) + _digits(rng, 7)
        chk = int(ten) % 97 or 97
        cc, bban = "BE", f"{ten}{chk:02d}"
    elif locale == "fr_CH":
        bank = rng.choice(["00767", "00788", "09000", "80808", "00235", "00483"])
        cc, bban = "CH", bank + _digits(rng, 12)
    else:  # en_MT
        bank = rng.choice(["VALL", "MMEB", "APSB", "LBMA"])
        cc, bban = "MT", bank + _digits(rng, 5) + "00" + _digits(rng, 16)
    full = cc + iban_check(cc, bban) + bban
    form = rng.choice(["grouped", "grouped", "grouped", "compact", "grouped_nbsp"])
    if form == "compact":
        return full, form
    return group4(full, "\u00a0" if form == "grouped_nbsp" else " "), form


def bank_account(rng: random.Random, locale: str) -> tuple[str, str]:
    """Local bank values for countries without IBAN (labelled ID)."""
    if locale == "en_US":
        body = rng.choice(["0210", "0260", "1110", "1210", "0710", "0910"]) + _digits(rng, 4)
        for c in "0123456789":
            if weighted(body + c, [3, 7, 1] * 3) % 10 == 0:
                aba = body + c
                break
        acct = _digits(rng, rng.choice([9, 10, 12]))
        return rng.choice([f"{aba} / {acct}", f"{aba} {acct}"]), "routing_account"
    if locale == "en_IN":
        return _digits(rng, rng.choice([11, 12, 14])), "bank_account"
    if locale == "es_PE":
        bank = rng.choice(["002", "003", "011", "009"]) + rng.choice(["193", "191", "100", "570"])
        acct = _digits(rng, 12)
        from .twentysecond_checks import pe_cci_part
        cci = bank + acct + pe_cci_part(bank) + pe_cci_part(acct)
        if rng.random() < 0.5:
            return cci, "cci_compact"
        return f"{cci[:3]}-{cci[3:6]}-{cci[6:18]}-{cci[18:]}", "cci_dashed"
    if locale == "en_KE":
        return rng.choice(["01", "11", "12"]) + _digits(rng, 11), "bank_account"
    # es_UY: BROU style account number
    return f"{_digits(rng, 9)}-{rng.choice(['00001', '00002', '00003'])}", "bank_account"


# ---------------------------------------------------------------- national ids
def national(rng: random.Random, locale: str) -> tuple[str, str]:
    y, m, d = _date(rng)
    if locale == "en_US":
        area = rng.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", "ssn"
    if locale == "en_IN":
        body = str(rng.randint(2, 9)) + _digits(rng, 10)
        a = body + verhoeff_digit(body)
        return (f"{a[:4]} {a[4:8]} {a[8:]}" if rng.random() < 0.7 else a), "aadhaar"
    if locale == "pt_PT":
        num = _digits(rng, 8)
        r = 11 - weighted(num, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
        ver = rng.choice(["ZZ", "ZX", "ZY", "ZW"])
        head = num + str(0 if r >= 10 else r) + ver
        for c in "0123456789":
            if cc_pt_ok(head + c):
                return f"{num} {head[8]} {ver}{c}", "cartao_cidadao"
    if locale == "pl_PL":
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}" + _digits(rng, 4)
        return body + str((10 - weighted(body, [1, 3, 7, 9] * 3) % 10) % 10), "pesel"
    if locale == "sv_SE":
        body = f"{y % 100:02d}{m:02d}{d:02d}" + _digits(rng, 3)
        c = luhn_digit(body)
        if rng.random() < 0.3:
            return f"{y}{m:02d}{d:02d}-{body[6:]}{c}", "personnummer_12"
        return f"{body[:6]}-{body[6:]}{c}", "personnummer_10"
    if locale == "tr_TR":
        p = str(rng.randint(1, 9)) + _digits(rng, 8)
        dd = [int(c) for c in p]
        p += str(((dd[0] + dd[2] + dd[4] + dd[6] + dd[8]) * 7 - sum(dd[1:8:2])) % 10)
        return p + str(sum(int(c) for c in p) % 10), "tckn"
    if locale == "es_PE":
        return _digits(rng, 8).replace("0", "4", 1), "dni"
    if locale == "en_KE":
        return str(rng.randint(1, 3)) + _digits(rng, 7), "national_id"
    if locale == "fr_BE":
        born = f"{y % 100:02d}{m:02d}{d:02d}" + f"{rng.randint(1, 998):03d}"
        chk = 97 - (int(born) + (2000000000 if y >= 2000 else 0)) % 97
        return f"{born[:2]}.{born[2:4]}.{born[4:6]}-{born[6:]}.{chk:02d}", "numero_national"
    if locale == "fr_CH":
        body = "756" + _digits(rng, 9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        a = body + str((10 - s % 10) % 10)
        return f"{a[:3]}.{a[3:7]}.{a[7:11]}.{a[11:]}", "avs"
    if locale == "es_UY":
        body = str(rng.randint(1, 6)) + _digits(rng, 6)
        c = (10 - weighted(body, [2, 9, 8, 7, 6, 3, 4]) % 10) % 10
        if rng.random() < 0.6:
            return f"{body[0]}.{body[1:4]}.{body[4:]}-{c}", "cedula_dotted"
        return f"{body}{c}", "cedula_compact"
    n = f"{rng.randint(1000, 999999)}"
    return f"{n}{rng.choice('MMMGAPLH')}", "id_card"


def tax(rng: random.Random, locale: str) -> tuple[str, str]:
    if locale == "en_US":
        return f"{rng.choice([12, 20, 27, 45, 46, 81, 84])}-{_digits(rng, 7)}", "ein"
    if locale == "en_IN":
        first = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{first}P{rng.choice('SKRMNBGDIPVA')}{_digits(rng, 4)}" \
            f"{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}", "pan"
    if locale == "pt_PT":
        body = rng.choice("123") + _digits(rng, 7)
        r = 11 - weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
        return body + str(0 if r >= 10 else r), "nif"
    if locale == "pl_PL":
        while True:
            body = _digits(rng, 9).replace("0", "5", 1)
            s = weighted(body, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11
            if s != 10:
                n = body + str(s)
                if rng.random() < 0.5:
                    return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}", "nip_dashed"
                return n, "nip"
    if locale == "es_PE":
        body = "10" + _digits(rng, 8)
        s = 11 - weighted(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        return body + str(s % 10), "ruc"
    if locale == "en_KE":
        return f"A{_digits(rng, 9)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}", "kra_pin"
    if locale == "fr_BE":
        body = "0" + str(rng.randint(2, 9)) + _digits(rng, 6)
        chk = 97 - int(body) % 97
        n = body + f"{chk:02d}"
        return f"BE {n[:4]}.{n[4:7]}.{n[7:]}", "tva"
    if locale == "fr_CH":
        while True:
            body = _digits(rng, 8).replace("0", "1", 1)
            r = 11 - weighted(body, [5, 4, 3, 2, 7, 6, 5, 4]) % 11
            if r != 10:
                n = body + str(0 if r == 11 else r)
                return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}", "uid"
    return national(rng, locale)


def cc_pt_ok(s: str) -> bool:
    vals = [int(c, 36) for c in s.replace(" ", "").upper()]
    total = 0
    for i, v in enumerate(reversed(vals)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def order_number(rng: random.Random, n: int) -> str:
    """Digits that are never Luhn-valid (so no card reading)."""
    body = str(rng.randint(1, 9)) + _digits(rng, n - 2)
    good = luhn_digit(body)
    return body + rng.choice([c for c in "0123456789" if c != good])


def alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALNUM[10:] if i < 2 else ALNUM) for i in range(n))
