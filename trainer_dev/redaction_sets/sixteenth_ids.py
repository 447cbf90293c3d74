"""Sixteenth set: numbers with check digits (cards, IBANs, national ids, bank ids) and phones.

Every checksum is computed here by hand.
Each generator returns (value_as_written, form_label). Phones: sixteenth_phones.
"""

from __future__ import annotations

import random

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
NBSP = "\u00a0"
NNBSP = "\u202f"
ENDASH = "\u2013"


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_mod97(iban: str) -> int:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_complete(country: str, bban: str) -> str:
    check = 98 - iban_mod97(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def group(s: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


# ---------------------------------------------------------------- cards
CARD_PREFIXES = [("4", 16, "visa"), ("51", 16, "mc"), ("53", 16, "mc"), ("2221", 16, "mc"),
                 ("37", 15, "amex"), ("34", 15, "amex"), ("6011", 16, "discover"),
                 ("3528", 16, "jcb"), ("4", 13, "visa13")]
LOCAL_CARDS = {"en_IN": [("6521", 16, "rupay"), ("6081", 16, "rupay")],
               "pt_BR": [("636368", 16, "elo"), ("606282", 16, "hipercard")],
               "es_AR": [("589562", 16, "naranja")]}


def make_card(rng: random.Random, locale: str) -> tuple[str, str]:
    pool = CARD_PREFIXES[:8] + LOCAL_CARDS.get(locale, [])
    prefix, length, _brand = rng.choice(pool)
    num = luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))
    form = rng.choice(["spaced", "spaced", "plain", "dashes", "nbsp", "fullwidth", "linebreak"])
    if length == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif length == 13:
        parts = [num[:4], num[4:8], num[8:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    if form == "plain":
        return num, form
    sep = {"spaced": " ", "dashes": "-", "nbsp": NBSP, "fullwidth": " ", "linebreak": " "}[form]
    out = sep.join(parts)
    if form == "fullwidth":
        out = out.translate(FULLWIDTH)
    if form == "linebreak":
        out = " ".join(parts[:2]) + "\n" + " ".join(parts[2:])
    return out, form


# ---------------------------------------------------------------- IBANs
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG", "NAIA"]
PK_BANKS = ["HABB", "MUCB", "UNIL", "ALFH", "MEZN", "BAHL", "SCBL", "ASCM"]
SE_BANKS = ["500", "800", "600", "300", "120", "955"]


def make_iban_core(rng: random.Random, locale: str) -> str:
    if locale == "en_GB":
        return iban_complete("GB", rng.choice(GB_BANKS) + _digits(rng, 14))
    if locale == "sv_SE":
        return iban_complete("SE", rng.choice(SE_BANKS) + _digits(rng, 17))
    if locale == "fi_FI":
        return iban_complete("FI", rng.choice(["1", "2", "5", "8"]) + _digits(rng, 13))
    if locale == "pt_BR":
        bank = rng.choice(["00000000", "00360305", "60746948", "90400888", "18236120"])
        return iban_complete("BR", bank + _digits(rng, 15) + rng.choice("CP") + "1")
    if locale == "en_PK":
        return iban_complete("PK", rng.choice(PK_BANKS) + _digits(rng, 16))
    raise KeyError(locale)


IBAN_LOCALES = {"en_GB", "sv_SE", "fi_FI", "pt_BR", "en_PK"}


def make_iban(rng: random.Random, locale: str) -> tuple[str, str]:
    iban = make_iban_core(rng, locale)
    form = rng.choice(["print", "print", "electronic", "lower", "nbsp", "linebreak", "prefixed"])
    if form == "electronic":
        return iban, form
    if form == "lower":
        return group(iban).lower(), form
    if form == "nbsp":
        return group(iban, 4, NBSP), form
    if form == "linebreak":
        g = group(iban).split(" ")
        return " ".join(g[:3]) + "\n" + " ".join(g[3:]), form
    if form == "prefixed":
        return "IBAN: " + group(iban), form
    return group(iban), form


# ---------------------------------------------------------------- national and bank ids
def _verhoeff_check(num: str) -> str:
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
         [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
         [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
         [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
         [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
         [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    return str(inv[c])


def verhoeff_ok(num: str) -> bool:
    return _verhoeff_check(num[:-1]) == num[-1]


def cpf_digits(base9: str) -> str:
    s = base9
    for n in (10, 11):
        total = sum(int(c) * w for c, w in zip(s, range(n, 1, -1), strict=False))
        r = (total * 10) % 11
        s += str(0 if r == 10 else r)
    return s


def nric_letter(prefix: str, digits7: str) -> str:
    total = sum(int(c) * w for c, w in zip(digits7, [2, 7, 6, 5, 4, 3, 2], strict=True))
    if prefix in "TG":
        total += 4
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return table[total % 11]


def cuil_check(prefix: str, dni8: str) -> int | None:
    ws = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    total = sum(int(c) * w for c, w in zip(prefix + dni8, ws, strict=True))
    r = 11 - total % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def cbu_check(block: str, weights: list[int]) -> str:
    total = sum(int(c) * w for c, w in zip(block, weights, strict=False))
    return str((10 - total % 10) % 10)


CBU_W1 = [7, 1, 3, 9, 7, 1, 3]
CBU_W2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]


def clabe_check(d17: str) -> str:
    ws = [3, 7, 1] * 6
    total = sum((int(c) * w) % 10 for c, w in zip(d17, ws, strict=False))
    return str((10 - total % 10) % 10)


CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(c17: str) -> str:
    total = sum(CURP_ALPHA.index(ch) * (18 - i) for i, ch in enumerate(c17))
    return str((10 - total % 10) % 10)


FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _date(rng: random.Random, y0: int = 1962, y1: int = 2003) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def make_id(rng: random.Random, locale: str, surname: str = "X") -> tuple[str, str]:
    """A national/tax id in the locale's scheme; returns (value, form)."""
    y, m, d = _date(rng)
    if locale == "en_US":
        area = rng.choice([n for n in range(1, 900) if n != 666])
        v = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return (v, "ssn_dashed") if rng.random() < 0.7 else (v.replace("-", " "), "ssn_spaced")
    if locale == "en_GB":
        first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        while first + second in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        nums = _digits(rng, 6)
        suf = rng.choice("ABCD")
        if rng.random() < 0.5:
            return f"{first}{second} {nums[:2]} {nums[2:4]} {nums[4:]} {suf}", "nino_spaced"
        return f"{first}{second}{nums}{suf}", "nino_compact"
    if locale == "en_IN":
        base = rng.choice("23456789") + _digits(rng, 10)
        num = base + _verhoeff_check(base)
        return (group(num), "aadhaar_spaced") if rng.random() < 0.7 else (num, "aadhaar_plain")
    if locale == "en_ZA":
        base = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 9999):04d}08"
        num = luhn_complete(base)
        return (num, "said_plain") if rng.random() < 0.7 else (
            f"{num[:6]} {num[6:10]} {num[10:]}", "said_spaced")
    if locale == "sv_SE":
        base = f"{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 3)}"
        num = luhn_complete(base)
        r = rng.random()
        if r < 0.5:
            return f"{num[:6]}-{num[6:]}", "pnr_10"
        if r < 0.8:
            return f"{y // 100}{num[:6]}-{num[6:]}", "pnr_12"
        return f"{y // 100}{num}", "pnr_12_plain"
    if locale == "fi_FI":
        ind = rng.randint(2, 899)
        n = int(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}")
        sign = "-" if y < 2000 else rng.choice("AB")
        return f"{d:02d}{m:02d}{y % 100:02d}{sign}{ind:03d}{FI_CHECK[n % 31]}", "hetu"
    if locale == "es_MX":
        cons = "BCDFGHJKLMNPQRSTVWXZ"
        letters = (rng.choice("BCDGHLMPRS") + rng.choice("AEIOU") + rng.choice(cons)
                   + rng.choice("AEIMLR"))
        body = (letters + f"{y % 100:02d}{m:02d}{d:02d}" + rng.choice("HM")
                + rng.choice(["DF", "JC", "NL", "PL", "MC", "QT", "YN", "BC"])
                + "".join(rng.choice(cons) for _ in range(3))
                + ("0" if y < 2000 else "A"))
        return body + curp_check(body), "curp"
    if locale == "pt_BR":
        num = cpf_digits(_digits(rng, 9))
        if rng.random() < 0.75:
            return f"{num[:3]}.{num[3:6]}.{num[6:9]}-{num[9:]}", "cpf_dotted"
        return num, "cpf_plain"
    if locale == "en_SG":
        prefix = "S" if y < 2000 else "T"
        dig = f"{y % 100:02d}" + _digits(rng, 5)
        return prefix + dig + nric_letter(prefix, dig), "nric"
    if locale == "ms_MY":
        pb = rng.choice(["14", "10", "07", "01", "08", "12", "13", "05"])
        v = f"{y % 100:02d}{m:02d}{d:02d}-{pb}-{_digits(rng, 4)}"
        return (v, "mykad_dashed") if rng.random() < 0.7 else (v.replace("-", ""), "mykad_plain")
    if locale == "en_PK":
        area = rng.choice(["35202", "35201", "42101", "42201", "61101", "37405", "17301", "33100"])
        v = f"{area}-{_digits(rng, 7)}-{rng.randint(1, 9)}"
        return (v, "cnic_dashed") if rng.random() < 0.75 else (v.replace("-", ""), "cnic_plain")
    if locale == "es_AR":
        while True:
            prefix = rng.choice(["20", "27"])
            dni = f"{rng.randint(20_000_000, 45_999_999):08d}"
            c = cuil_check(prefix, dni)
            if c is not None:
                break
        if rng.random() < 0.5:
            return f"{prefix}-{dni}-{c}", "cuil"
        return f"{dni[:2]}.{dni[2:5]}.{dni[5:]}", "dni_dotted"
    raise KeyError(locale)


def make_bank_id(rng: random.Random, locale: str) -> tuple[str, str]:
    """IBAN slot for countries without IBAN: a local bank value, labelled kind ID."""
    if locale == "en_US":
        while True:
            r8 = rng.choice(["0210", "0260", "1110", "1210", "0530", "3222"]) + _digits(rng, 4)
            t = sum(int(c) * w for c, w in zip(r8, [3, 7, 1, 3, 7, 1, 3, 7], strict=True))
            routing = r8 + str((10 - t % 10) % 10)
            break
        return f"routing {routing}, acct {_digits(rng, 10)}", "aba_acct"
    if locale == "en_IN":
        bank = rng.choice(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK"])
        return f"A/c {_digits(rng, 12)} IFSC {bank}0{_digits(rng, 6)}", "acct_ifsc"
    if locale == "en_ZA":
        branch = rng.choice(["250655", "632005", "051001", "198765", "470010"])
        return f"acc {rng.choice('1456')}{_digits(rng, 9)}, branch {branch}", "acct_branch"
    if locale == "es_MX":
        d17 = rng.choice(["002", "012", "014", "072", "021", "127"]) + _digits(rng, 14)
        v = d17 + clabe_check(d17)
        return (v, "clabe") if rng.random() < 0.6 else (
            f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}", "clabe_spaced")
    if locale == "en_SG":
        v = f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 1)}"
        return ("DBS " + v, "dbs_acct") if rng.random() < 0.5 else (
            "POSB " + v.replace("-", ""), "posb_acct")
    if locale == "ms_MY":
        v = rng.choice(["5140", "1140", "1620", "5621"]) + _digits(rng, 8)
        return ("Maybank " + group(v), "maybank_acct") if rng.random() < 0.5 else (
            v, "acct_plain")
    if locale == "es_AR":
        b1 = rng.choice(["007", "011", "017", "072", "285", "015"]) + _digits(rng, 4)
        b1 += cbu_check(b1, CBU_W1)
        b2 = _digits(rng, 13)
        b2 += cbu_check(b2, CBU_W2)
        return (b1 + b2, "cbu") if rng.random() < 0.6 else (f"{b1} {b2}", "cbu_split")
    raise KeyError(locale)


def cbu_ok(v: str) -> bool:
    return (len(v) == 22 and cbu_check(v[:7], CBU_W1) == v[7]
            and cbu_check(v[8:21], CBU_W2) == v[21])
