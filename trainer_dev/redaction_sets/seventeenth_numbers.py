"""Seventeenth set: national ids, bank accounts, phones, cards, IPs (own generators)."""

from __future__ import annotations

import phonenumbers

from .seventeenth_core import aba_ok, ean_check, iban_make, luhn_complete, mod11_10


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _birth(rng):
    return rng.randint(1962, 2003), rng.randint(1, 12), rng.randint(1, 28)


# ------------------------------------------------------------ national ids
def _ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return (v, "ssn_dashed") if rng.random() < 0.8 else (v.replace("-", " "), "ssn_spaced")


def _nino(rng):
    first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = _d(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}", "nino_spaced"
    return f"{pre}{d}{suf}", "nino_compact"


def steuer_id_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    return len(d) == 11 and d[0] != "0" and mod11_10(d[:10]) == int(d[10])


def _steuer_id(rng):
    while True:
        body = [rng.choice("123456789")]
        pool = list("0123456789")
        rep = rng.choice(pool)
        digs = [c for c in pool if c != rep]
        rng.shuffle(digs)
        body += digs[:7] + [rep, rep]
        body = body[:10]
        rng.shuffle(body[1:])
        s = "".join(body)
        if s[0] != "0" and max(s.count(c) for c in set(s)) <= 3:
            break
    v = s + str(mod11_10(s))
    if rng.random() < 0.5:
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "steuerid_grouped"
    return v, "steuerid_compact"


def nir_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def _nir(rng):
    y, m, _ = _birth(rng)
    dep = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67", "92", "35"])
    s = f"{rng.choice('12')}{y % 100:02d}{m:02d}{dep}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"  # noqa: E501
    key = 97 - int(s) % 97
    if rng.random() < 0.6:
        return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:]} {key:02d}", "nir_spaced"
    return f"{s}{key:02d}", "nir_compact"


def bsn_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    return (
        len(d) == 9
        and (sum(w * x for w, x in zip(range(9, 1, -1), d, strict=False)) - d[8]) % 11 == 0
    )


def _bsn(rng):
    while True:
        s = rng.choice("123456") + _d(rng, 8)
        if bsn_ok(s):
            break
    return (s, "bsn_compact") if rng.random() < 0.6 else (f"{s[:4]}.{s[4:6]}.{s[6:]}", "bsn_dotted")


def rc_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    return len(d) == 10 and int(d) % 11 == 0


def _rodne_cislo(rng):
    while True:
        y, m, dd = _birth(rng)
        if y < 1985 and rng.random() < 0.5:
            continue
        mm = m + (50 if rng.random() < 0.5 else 0)
        base = int(f"{y % 100:02d}{mm:02d}{dd:02d}{rng.randint(0, 999):03d}")
        chk = (base * 10) % 11
        chk = (11 - chk) % 11
        if chk < 10:
            s = f"{base:09d}{chk}"
            break
    return (f"{s[:6]}/{s[6:]}", "rc_slash") if rng.random() < 0.75 else (s, "rc_compact")


def cpr_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    return (
        len(d) == 10
        and sum(w * x for w, x in zip([4, 3, 2, 7, 6, 5, 4, 3, 2, 1], d, strict=False)) % 11 == 0
    )


def _cpr(rng):
    while True:
        y, m, dd = _birth(rng)
        s = f"{dd:02d}{m:02d}{y % 100:02d}{rng.choice('0123')}{_d(rng, 3)}"
        if cpr_ok(s):
            break
    return (f"{s[:6]}-{s[6:]}", "cpr_dashed") if rng.random() < 0.7 else (s, "cpr_compact")


CNP_W = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]


def cnp_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 13:
        return False
    r = sum(w * x for w, x in zip(CNP_W, d, strict=False)) % 11
    return (1 if r == 10 else r) == d[12]


def _cnp(rng):
    y, m, dd = _birth(rng)
    s = f"{rng.choice('12' if y < 2000 else '56')}{y % 100:02d}{m:02d}{dd:02d}"
    s += f"{rng.choice(['40', '12', '22', '32', '35', '01', '05'])}{rng.randint(1, 999):03d}"
    r = sum(w * int(x) for w, x in zip(CNP_W, s, strict=False)) % 11
    return s + str(1 if r == 10 else r), "cnp_compact"


def ahv_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    return len(d) == 13 and d.startswith("756") and ean_check(d[:12]) == int(d[12])


def _ahv(rng):
    s = "756" + _d(rng, 9)
    s += str(ean_check(s))
    return (
        (f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}", "ahv_dotted")
        if rng.random() < 0.8
        else (s, "ahv_compact")
    )


def hu_tax_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    return len(d) == 10 and d[0] == 8 and sum((i + 1) * x for i, x in enumerate(d[:9])) % 11 == d[9]


def _hu_tax(rng):
    while True:
        s = "8" + f"{rng.randint(34000, 49000):05d}" + _d(rng, 3)
        c = sum((i + 1) * int(x) for i, x in enumerate(s)) % 11
        if c < 10:
            return s + str(c), "adoazonosito"


def oib_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    return len(d) == 11 and mod11_10(d[:10]) == int(d[10])


def _oib(rng):
    s = rng.choice("123456789") + _d(rng, 9)
    return s + str(mod11_10(s)), "oib_compact"


NATIONAL = {
    "en_US": _ssn,
    "en_GB": _nino,
    "de_DE": _steuer_id,
    "fr_FR": _nir,
    "nl_NL": _bsn,
    "cs_CZ": _rodne_cislo,
    "sk_SK": _rodne_cislo,
    "da_DK": _cpr,
    "ro_RO": _cnp,
    "de_CH": _ahv,
    "hu_HU": _hu_tax,
    "hr_HR": _oib,
}
ID_CHECKS = {
    "steuerid": steuer_id_ok,
    "nir": nir_ok,
    "bsn": bsn_ok,
    "rc": rc_ok,
    "cpr": cpr_ok,
    "cnp": cnp_ok,
    "ahv": ahv_ok,
    "adoazonosito": hu_tax_ok,
    "oib": oib_ok,
}


def national_id(rng, locale):
    return NATIONAL[locale](rng)


# ------------------------------------------------------------ bank
BBAN = {  # country: (length pattern builder)
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + _d(r, 14),
    "DE": lambda r: (
        r.choice(["10070000", "37040044", "50010517", "20041111", "70150000"]) + _d(r, 10)
    ),
    "FR": lambda r: (
        r.choice(["30004", "20041", "30003", "10278"]) + _d(r, 5) + _d(r, 11) + _d(r, 2)
    ),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + _d(r, 10),
    "CZ": lambda r: r.choice(["0800", "0100", "0300", "2010", "5500"]) + _d(r, 16),
    "SK": lambda r: r.choice(["0900", "0200", "1100", "7500"]) + _d(r, 16),
    "DK": lambda r: r.choice(["3000", "5301", "6471", "2000"]) + _d(r, 10),
    "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + _d(r, 16),
    "CH": lambda r: r.choice(["00762", "00235", "80808", "00700"]) + _d(r, 12),
    "HU": lambda r: r.choice(["117", "104", "120", "107"]) + _d(r, 21),
    "HR": lambda r: r.choice(["2484008", "2340009", "2402006", "2360000"]) + _d(r, 10),
}
IBAN_CC = {
    "en_GB": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "nl_NL": "NL",
    "cs_CZ": "CZ",
    "sk_SK": "SK",
    "da_DK": "DK",
    "ro_RO": "RO",
    "de_CH": "CH",
    "hu_HU": "HU",
    "hr_HR": "HR",
}


def iban(rng, locale):
    cc = IBAN_CC[locale]
    v = iban_make(cc, BBAN[cc](rng))
    if rng.random() < 0.65:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4)), "iban_grouped"
    return v, "iban_compact"


def us_bank(rng):
    while True:
        r = rng.choice("0123") + _d(rng, 8)
        if aba_ok(r) and r[:2] != "00":
            break
    acct = _d(rng, rng.choice([9, 10, 12]))
    return f"routing {r}, account {acct}", "aba_routing_account"


# ------------------------------------------------------------ phones
PHONE = {  # region, country code, national-significant prefixes, nsn length
    "en_US": ("US", "1", ["212", "312", "415", "617", "206", "512", "303", "404"], 10),
    "en_GB": ("GB", "44", ["7700", "7911", "7448", "7825", "20", "161", "113"], 10),
    "de_DE": ("DE", "49", ["151", "160", "170", "176", "30", "89", "40"], 11),
    "fr_FR": ("FR", "33", ["6", "7", "1", "4"], 9),
    "nl_NL": ("NL", "31", ["61", "62", "63", "64", "65", "20", "10", "30"], 9),
    "cs_CZ": ("CZ", "420", ["602", "603", "724", "777", "2"], 9),
    "sk_SK": ("SK", "421", ["903", "905", "911", "948", "2"], 9),
    "da_DK": ("DK", "45", ["2", "3", "4", "5", "6"], 8),
    "ro_RO": ("RO", "40", ["72", "74", "75", "21"], 9),
    "de_CH": ("CH", "41", ["76", "78", "79", "44", "31"], 9),
    "hu_HU": ("HU", "36", ["20", "30", "70", "1"], 9),
    "hr_HR": ("HR", "385", ["91", "92", "95", "98", "1"], 9),
}


def phone(rng, locale):
    region, cc, prefixes, n = PHONE[locale]
    for _ in range(200):
        nsn = rng.choice(prefixes)
        nsn += _d(rng, n - len(nsn))
        if locale == "en_US" and nsn[3] in "01":
            continue
        p = phonenumbers.parse("+" + cc + nsn)
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            break
    style = rng.random()
    if style < 0.35:
        v = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        form = "intl_spaced"
    elif style < 0.7:
        v = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        form = "national"
    elif style < 0.82:
        v = "+" + cc + nsn
        form = "e164"
    elif style < 0.92 and locale != "en_US":
        v = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        v = "00" + v[1:]
        form = "intl_00"
    else:
        v = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        v = (
            v.replace(" ", ".")
            if locale != "en_US"
            else v.replace("(", "").replace(") ", ".").replace("-", ".")
        )
        form = "national_dotted"
    return v, form, region


# ------------------------------------------------------------ cards, ips
def card(rng):
    kind = rng.random()
    if kind < 0.45:
        num = luhn_complete("4" + _d(rng, 14))
    elif kind < 0.85:
        num = luhn_complete(str(rng.randint(51, 55)) + _d(rng, 13))
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + _d(rng, 12))
        return f"{num[:4]} {num[4:10]} {num[10:]}", "amex_grouped"
    s = rng.random()
    if s < 0.55:
        return " ".join(num[i : i + 4] for i in range(0, 16, 4)), "card_spaced"
    if s < 0.8:
        return num, "card_compact"
    return "-".join(num[i : i + 4] for i in range(0, 16, 4)), "card_dashed"


def ip(rng):
    r = rng.random()
    if r < 0.5:
        return (
            f"{rng.choice([81, 85, 91, 178, 213, 62, 94])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",  # noqa: E501
            "ipv4_public",
        )
    if r < 0.75:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}", "ipv4_private"
    if r < 0.88:
        return (
            f"10.{rng.randint(0, 99)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
            "ipv4_private",
        )
    return (
        f"2a02:{rng.randint(0x1000, 0xFFFF):x}:{rng.randint(0x100, 0xFFFF):x}::{rng.randint(2, 0xFFF):x}",  # noqa: E501
        "ipv6",
    )
