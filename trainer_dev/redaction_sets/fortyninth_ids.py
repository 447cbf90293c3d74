"""National ids, licence numbers and non-IBAN bank values for the forty-ninth set.

``national_id(rng, locale)`` returns ``(value, subtype)``. Subtypes with a check digit are
listed in CHECKED (the self-test recomputes them); the rest have no public check and are
written in the format the issuer prints (noted in the data card).
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fortyninth_checks as ck


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _birth(rng: random.Random, lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def tfn(rng: random.Random) -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = str(rng.randint(1, 9)) + _d(rng, 8)
        if sum(int(c) * x for c, x in zip(d, w, strict=True)) % 11 == 0:
            return d


def medicare(rng: random.Random) -> str:
    head = str(rng.randint(2, 6)) + _d(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return head + str(sum(int(c) * x for c, x in zip(head, w, strict=True)) % 10) + \
        str(rng.randint(1, 5))


def sin(rng: random.Random) -> str:
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _d(rng, 7)
    return body + ck.luhn_digit(body)


def bsn(rng: random.Random) -> str:
    while True:
        d = str(rng.randint(1, 6)) + _d(rng, 7)
        s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if s < 10:
            return d + str(s)


def personnummer(rng: random.Random) -> str:
    y, m, day = _birth(rng)
    body = f"{y % 100:02d}{m:02d}{day:02d}{_d(rng, 3)}"
    sep = "+" if y < 1925 else "-"
    return body[:6] + sep + body[6:] + ck.luhn_digit(body)


def hetu(rng: random.Random) -> str:
    y, m, day = _birth(rng)
    ind = f"{rng.randint(2, 899):03d}"
    sign = "-" if y < 2000 else "A"
    base = f"{day:02d}{m:02d}{y % 100:02d}"
    return base + sign + ind + ck.FI_CHARS[int(base + ind) % 31]


CONS = "BCDFGHJKLMNPQRSTVWXYZ"
VOW = "AEIOU"
STATES = ["DF", "JC", "NL", "PL", "QT", "YN", "MC", "GT", "BC", "OC", "VZ", "CH"]


def curp(rng: random.Random) -> str:
    y, m, day = _birth(rng)
    head = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(VOW + CONS)
    diff = rng.choice("0123456789") if y < 2000 else rng.choice("ABCDE")
    body = (head + f"{y % 100:02d}{m:02d}{day:02d}" + rng.choice("HM") + rng.choice(STATES)
            + rng.choice(CONS) + rng.choice(CONS) + rng.choice(CONS) + diff)
    return body + ck.curp_digit(body)


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072", "127"]) + _d(rng, 14)
    return body + ck.clabe_digit(body)


def rrn(rng: random.Random) -> str:
    y, m, day = _birth(rng, 1950, 1999)
    body = f"{y % 100:02d}{m:02d}{day:02d}{rng.randint(1, 997):03d}"
    key = 97 - int(body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{key:02d}"


def ahv(rng: random.Random) -> str:
    body = "756" + _d(rng, 9)
    d = body + ck.ean13_digit(body)
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def sa_id(rng: random.Random) -> str:
    y, m, day = _birth(rng)
    body = f"{y % 100:02d}{m:02d}{day:02d}{rng.randint(0, 9999):04d}{rng.choice('0001')}8"
    return body + ck.luhn_digit(body)


def pps(rng: random.Random) -> str:
    seven = _d(rng, 7)
    second = rng.choice(["", "", "A"])
    return seven + ck.pps_letter(seven, second) + second


def cw_id(rng: random.Random) -> str:
    y, m, day = _birth(rng, 1940, 2005)
    return f"{y}{m:02d}{day:02d}{_d(rng, 2)}"


def nl_passport(rng: random.Random) -> str:
    """Dutch (Kingdom) passport number: 2 letters, 6 mixed, 1 digit; never 4 digits running."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    while True:
        mid = "".join(rng.choice(letters + "0123456789") for _ in range(6))
        v = rng.choice(letters) + rng.choice(letters) + mid + str(rng.randrange(10))
        if not any(v[i:i + 4].isdigit() for i in range(len(v) - 3)):
            return v


CHECKED = {"tfn": ck.tfn_ok, "medicare": ck.medicare_ok, "sin": ck.sin_ok, "bsn": ck.bsn_ok,
           "personnummer": ck.personnummer_ok, "hetu": ck.hetu_ok, "curp": ck.curp_ok,
           "clabe": ck.clabe_ok, "rrn": ck.rrn_ok, "ahv": ck.ahv_ok, "sa_id": ck.sa_id_ok,
           "pps": ck.pps_ok, "cw_id": ck.cw_id_ok}


def _spaced(d: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    return sep.join(out)


def national_id(rng: random.Random, locale: str) -> tuple[str, str]:
    """One id of the locale, written in one of the ways it is printed or typed."""
    r = rng.random
    if locale == "en_AU":
        sub = rng.choice(["tfn", "tfn", "medicare", "licence", "bsb"])
        if sub == "tfn":
            d = tfn(rng)
            return (_spaced(d, (3, 3, 3)) if r() < 0.6 else d), sub
        if sub == "medicare":
            d = medicare(rng)
            return (_spaced(d, (4, 5, 1)) if r() < 0.7 else d), sub
        if sub == "licence":
            return _d(rng, rng.choice([8, 9])), sub
        return f"{rng.choice(['062', '083', '033', '012'])}-{_d(rng, 3)} {_d(rng, 8)}", sub
    if locale == "en_CA":
        sub = rng.choice(["sin", "sin", "licence", "passport", "transit"])
        if sub == "sin":
            d = sin(rng)
            return (_spaced(d, (3, 3, 3), rng.choice([" ", "-"])) if r() < 0.7 else d), sub
        if sub == "licence":  # Ontario driver's licence
            return f"{rng.choice(CONS)}{_d(rng, 4)}-{_d(rng, 5)}-{_d(rng, 5)}", sub
        if sub == "passport":
            return rng.choice("ABGHKMP") + rng.choice("ABCEGHJKLMNPRSTVWXYZ") + _d(rng, 6), sub
        return f"{_d(rng, 5)}-{rng.choice(['001', '002', '003', '004', '006'])}-{_d(rng, 7)}", sub
    if locale in ("nl_NL", "nl_CW"):
        subs = ["bsn", "bsn", "passport", "licence"] if locale == "nl_NL" else \
            ["cw_id", "cw_id", "passport", "crib"]
        sub = rng.choice(subs)
        if sub == "bsn":
            d = bsn(rng)
            return (_spaced(d, (4, 2, 3), ".") if r() < 0.3 else d), sub
        if sub == "passport":
            return nl_passport(rng), sub
        if sub == "licence":
            return str(rng.randint(4, 5)) + _d(rng, 9), sub
        if sub == "cw_id":
            d = cw_id(rng)
            return (d if r() < 0.6 else f"{d[:8]}-{d[8:]}"), sub
        return _d(rng, 9), sub
    if locale == "sv_SE":
        v = personnummer(rng)
        if r() < 0.3:  # twelve digits, with or without the dash
            v = ("19" if int(v[:2]) > 25 else "20") + (v if r() < 0.5 else v.replace("-", ""))
        return v, "personnummer"
    if locale == "fi_FI":
        return hetu(rng), "hetu"
    if locale == "es_MX":
        sub = rng.choice(["curp", "curp", "clabe", "licencia"])
        if sub == "curp":
            v = curp(rng)
            return (v if r() < 0.8 else v.lower()), sub
        if sub == "clabe":
            d = clabe(rng)
            return (d if r() < 0.6 else _spaced(d, (3, 3, 11, 1))), sub
        return rng.choice(["A", "B", "C", "N"]) + _d(rng, 8), sub
    if locale == "fr_BE":
        sub = rng.choice(["rrn", "rrn", "licence"])
        if sub == "rrn":
            v = rrn(rng)
            return (v if r() < 0.6 else "".join(c for c in v if c.isdigit())), sub
        return _d(rng, 10), sub
    if locale == "de_CH":
        v = ahv(rng)
        return (v if r() < 0.8 else v.replace(".", "")), "ahv"
    if locale == "en_LS":
        sub = rng.choice(["ls_id", "ls_passport", "ls_account"])
        if sub == "ls_id":  # national id card number: no public check
            return _d(rng, 12), sub
        if sub == "ls_passport":
            return "RA" + _d(rng, 7), sub
        return "90800" + _d(rng, 8), sub
    if locale == "af_ZA":
        sub = rng.choice(["sa_id", "sa_id", "sa_id", "za_account"])
        if sub == "sa_id":
            d = sa_id(rng)
            return (d if r() < 0.6 else _spaced(d, (6, 4, 3))), sub
        return rng.choice(["62", "10", "40", "14"]) + _d(rng, 9), sub
    sub = rng.choice(["pps", "pps", "pps", "ie_licence"])
    if sub == "pps":
        v = pps(rng)
        return (v if r() < 0.7 else v[:7] + " " + v[7:]), sub
    return _d(rng, 9), sub
