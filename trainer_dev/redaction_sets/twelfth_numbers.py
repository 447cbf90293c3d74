"""Phones, cards, IBANs and national ids for the twelfth set (numbering plans, check digits).

Every generator returns (value, form, fragments). Phone fragments are `d:` windows of the national
significant number; card, IBAN (digits after the check digits) and numeric ids give `d:` windows;
alphanumeric ids give `a:` windows of 6 characters.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import twelfth_checks as ck


def dwin(digits: str, size: int = 4) -> list[str]:
    return sorted({"d:" + digits[i : i + size] for i in range(len(digits) - size + 1)})


def awin(code: str, size: int = 6) -> list[str]:
    c = code.replace(" ", "").replace("-", "").replace(".", "")
    return sorted({"a:" + c[i : i + size] for i in range(len(c) - size + 1)})


def _d(r: random.Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def _grp(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return sep.join(p for p in out if p)


# locale -> list of (national prefix digits of the NSN, NSN length, national format groups)
_PLANS = {
    "en_US": "1",
    "en_GB": "44",
    "en_IN": "91",
    "de_DE": "49",
    "fr_FR": "33",
    "es_ES": "34",
    "en_NZ": "64",
    "en_ZA": "27",
    "de_AT": "43",
    "fr_CA": "1",
    "es_MX": "52",
    "pt_PT": "351",
}
_NANP_AREAS = {
    "en_US": ["212", "415", "617", "312", "503", "720", "404", "206", "512", "919"],
    "fr_CA": ["514", "438", "418", "819", "450", "613", "581", "873"],
}


def phone(r: random.Random, loc: str) -> tuple[str, str, list[str]]:
    cc = _PLANS[loc]
    intl = r.random() < 0.35
    if loc in ("en_US", "fr_CA"):
        nsn = r.choice(_NANP_AREAS[loc]) + str(r.randint(2, 9)) + _d(r, 2) + _d(r, 4)
        if nsn[3:6] == "555":
            nsn = nsn[:3] + "556" + nsn[6:]
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        nat = r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b}-{c}"])
        it = r.choice([f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}"])
    elif loc == "en_GB":
        if r.random() < 0.6:
            nsn = "7" + r.choice("4589") + _d(r, 8)
            nat, it = f"0{nsn[:4]} {nsn[4:]}", f"+44 {nsn[:4]} {nsn[4:]}"
        else:
            nsn = r.choice(["20", "161", "113", "117", "131", "121"])
            nsn += str(r.randint(2, 8)) + _d(r, 9 - len(nsn))
            k = 2 if nsn.startswith("20") else 3
            nat = f"0{nsn[:k]} {nsn[k : k + 4 - (k == 3)]} {nsn[k + 4 - (k == 3) :]}"
            it = f"+44 {nsn[:k]} {nsn[k : k + 4 - (k == 3)]} {nsn[k + 4 - (k == 3) :]}"
    elif loc == "en_IN":
        if r.random() < 0.75:
            nsn = r.choice("6789") + _d(r, 9)
            nat = r.choice([f"{nsn[:5]} {nsn[5:]}", f"0{nsn}", f"{nsn}"])
            it = r.choice([f"+91 {nsn[:5]} {nsn[5:]}", f"+91-{nsn}", f"+91 {nsn}"])
        else:
            area = r.choice(["11", "22", "80", "44", "40", "33"])
            nsn = area + r.choice("2467") + _d(r, 7)
            nat, it = f"0{area}-{nsn[2:]}", f"+91 {area} {nsn[2:6]} {nsn[6:]}"
    elif loc in ("de_DE", "de_AT"):
        if r.random() < 0.6:
            pre = (
                r.choice(["151", "160", "170", "171", "172", "176", "157"])
                if loc == "de_DE"
                else r.choice(["664", "650", "676", "699", "660"])
            )
            nsn = pre + _d(r, 7 if loc == "de_DE" or r.random() < 0.5 else 8)
            nat = r.choice(
                [f"0{pre} {nsn[3:]}", f"0{pre}/{nsn[3:]}", f"0{pre} {nsn[3:6]} {nsn[6:]}"]
            )
            it = r.choice([f"+{cc} {pre} {nsn[3:]}", f"+{cc} ({pre}) {nsn[3:]}"])
        else:
            pre = (
                r.choice(["30", "40", "89", "221", "69"])
                if loc == "de_DE"
                else r.choice(["1", "316", "732", "662", "512"])
            )
            nsn = pre + str(r.randint(2, 9)) + _d(r, 6 if len(pre) > 1 else 6)
            nat = r.choice(
                [
                    f"0{pre} {nsn[len(pre) :]}",
                    f"0{pre}/{nsn[len(pre) :]}",
                    f"0{pre} - {nsn[len(pre) :]}",
                ]
            )
            it = f"+{cc} {pre} {nsn[len(pre) :]}"
    elif loc == "fr_FR":
        nsn = r.choice("679" if r.random() < 0.6 else "12345") + _d(r, 8)
        pairs = " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
        nat = r.choice([f"0{nsn[0]} {pairs}", f"0{nsn[0]}.{pairs.replace(' ', '.')}"])
        it = f"+33 {nsn[0]} {pairs}"
    elif loc == "es_ES":
        nsn = (
            r.choice("67") + _d(r, 8)
            if r.random() < 0.6
            else r.choice(["91", "93", "96"]) + _d(r, 7)
        )
        nat = r.choice([_grp(nsn, (3, 3, 3)), _grp(nsn, (3, 2, 2, 2)), nsn])
        it = "+34 " + _grp(nsn, (3, 3, 3))
    elif loc == "en_NZ":
        if r.random() < 0.6:
            pre = r.choice(["21", "22", "27", "29"])
            nsn = pre + _d(r, 7)
        else:
            pre = r.choice(["9", "4", "3", "7", "6"])
            nsn = pre + str(r.randint(2, 9)) + _d(r, 6)
        rest = nsn[len(pre) :]
        nat = f"0{pre} {rest[:3]} {rest[3:]}"
        it = f"+64 {pre} {rest[:3]} {rest[3:]}"
    elif loc == "en_ZA":
        pre = r.choice(
            ["82", "83", "72", "73", "76", "84", "61"]
            if r.random() < 0.6
            else ["11", "21", "12", "31", "41"]
        )
        nsn = pre + _d(r, 7)
        nat = f"0{pre} {nsn[2:5]} {nsn[5:]}"
        it = f"+27 {pre} {nsn[2:5]} {nsn[5:]}"
    elif loc == "es_MX":
        pre = r.choice(["55", "33", "81"]) if r.random() < 0.6 else r.choice(["222", "999", "951"])
        nsn = pre + _d(r, 10 - len(pre))
        nat = _grp(nsn, (2, 4, 4)) if len(pre) == 2 else _grp(nsn, (3, 3, 4))
        it = "+52 " + nat if r.random() < 0.7 else "+52 1 " + nat
    else:  # pt_PT
        nsn = (
            r.choice(["91", "92", "93", "96"]) + _d(r, 7)
            if r.random() < 0.6
            else r.choice(["21", "22", "239"]) + _d(r, 6 if r.random() < 0.01 else 7)
        )
        nsn = nsn[:9]
        nat = _grp(nsn, (3, 3, 3))
        it = "+351 " + nat if r.random() < 0.8 else "00351 " + nat
    return (it, "international", dwin(nsn)) if intl else (nat, "national", dwin(nsn))


_BRANDS = [
    ("visa", "4", 16),
    ("mastercard", "5", 16),
    ("mastercard", "22", 16),
    ("amex", "37", 15),
    ("amex", "34", 15),
    ("discover", "6011", 16),
    ("maestro", "6759", 16),
]


def card(r: random.Random, loc: str) -> tuple[str, str, list[str]]:
    brand, pre, n = r.choice(_BRANDS)
    if pre == "5":
        pre = "5" + r.choice("12345")
    if pre == "22":
        pre = str(r.randint(2221, 2720))
    body = pre + _d(r, n - 1 - len(pre))
    num = body + ck.luhn_digit(body)
    sep = r.choice([" ", " ", "-", ""])
    val = _grp(num, (4, 6, 5), sep) if n == 15 else _grp(num, (4, 4, 4, 4), sep)
    return val, brand, dwin(num)


_IBAN = {
    "DE": lambda r: _d(r, 8) + _d(r, 10),
    "AT": lambda r: _d(r, 5) + _d(r, 11),
    "FR": lambda r: _fr_bban(r),
    "ES": lambda r: _es_bban(r),
    "PT": lambda r: _pt_bban(r),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(r, 6) + _d(r, 8),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _d(r, 6) + _d(r, 8),
    "NL": lambda r: r.choice(["INGB", "RABO", "ABNA"]) + _d(r, 10),
}


def _fr_bban(r: random.Random) -> str:
    b, g, a = r.choice(["30004", "30003", "20041", "10278", "30002"]), _d(r, 5), _d(r, 11)
    return b + g + a + ck.fr_rib_key(b, g, a)


def _es_bban(r: random.Random) -> str:
    b, g, a = r.choice(["2100", "0049", "0182", "2080", "0081"]), _d(r, 4), _d(r, 10)
    return b + g + ck.es_ccc_digits(b, g, a) + a


def _pt_bban(r: random.Random) -> str:
    body = r.choice(["0035", "0033", "0007", "0010"]) + _d(r, 4) + _d(r, 11)
    return body + ck.pt_nib_key(body)


_IBAN_HOME = {
    "de_DE": "DE",
    "de_AT": "AT",
    "fr_FR": "FR",
    "es_ES": "ES",
    "pt_PT": "PT",
    "en_GB": "GB",
}


def iban(r: random.Random, loc: str) -> tuple[str, str, list[str]]:
    if loc == "es_MX" and r.random() < 0.7:
        body = r.choice(["002", "012", "014", "021", "072"]) + r.choice(["180", "320", "580"])
        body += _d(r, 11)
        num = body + ck.clabe_digit(body)
        val = num if r.random() < 0.5 else _grp(num, (3, 3, 11, 1))
        return val, "clabe", dwin(num)
    cc = _IBAN_HOME.get(loc) or r.choice(["GB", "DE", "NL", "IE", "FR", "ES"])
    if r.random() < 0.15:
        cc = r.choice(list(_IBAN))
    full = ck.iban_make(cc, _IBAN[cc](r))
    val = _grp(full, (4,) * 9) if r.random() < 0.75 else full
    digits = "".join(c for c in full[4:] if c.isdigit())
    return val, "iban_" + cc.lower(), dwin(digits)


def _ymd(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1950, 2005), r.randint(1, 12), r.randint(1, 28)


def national_id(
    r: random.Random, loc: str, surname: str = "", given: str = "", female: bool = False
) -> tuple[str, str, list[str]]:
    """One id in a scheme of the locale; the form is the scheme name."""
    if loc == "en_US":
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a == 666:
            a = 667
        num = f"{a:03d}{g:02d}{s:04d}"
        return r.choice([f"{num[:3]}-{num[3:5]}-{num[5:]}", num]), "ssn", dwin(num)
    if loc == "en_GB":
        if r.random() < 0.5:
            while True:
                body = str(r.randint(4, 9)) + _d(r, 8)
                c = ck.nhs_digit(body)
                if c is not None:
                    num = body + c
                    return _grp(num, (3, 3, 4)), "nhs", dwin(num)
        p = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if p in ("GB", "NK", "TN", "ZZ", "BG", "KN"):
            p = "JK"
        d6 = _d(r, 6)
        code = p + d6 + r.choice("ABCD")
        val = r.choice([code, f"{p} {d6[:2]} {d6[2:4]} {d6[4:]} {code[-1]}"])
        return val, "nino", awin(code)
    if loc == "en_IN":
        if r.random() < 0.55:
            body = str(r.randint(2, 9)) + _d(r, 10)
            num = body + ck.verhoeff_digit(body)
            return _grp(num, (4, 4, 4)), "aadhaar", dwin(num)
        initial = (surname or "K")[0].upper()
        code = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + initial
        code += _d(r, 4) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        return code, "pan", awin(code)
    if loc == "de_DE":
        while True:
            digs = r.sample("0123456789", 9)
            if digs[0] == "0":
                continue
            dup = r.choice(digs)
            pos = r.randint(1, 9)
            body = "".join(digs[:pos]) + dup + "".join(digs[pos:])
            if body[0] != "0" and len(set(body)) == 9:
                num = body + ck.steuer_id_digit(body)
                val = r.choice([num, _grp(num, (2, 3, 3, 3))])
                return val, "steuer_id", dwin(num)
    if loc == "fr_FR":
        y, m, _ = _ymd(r)
        body = f"{2 if female else 1}{y % 100:02d}{m:02d}{r.randint(1, 95):02d}"
        body += f"{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
        key = ck.nir_key(body)
        val = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key}"
        return r.choice([val, body + key]), "nir", dwin(body + key)
    if loc == "es_ES":
        if r.random() < 0.7:
            num = f"{r.randint(1000000, 79999999):08d}"
            letter = ck.dni_letter(num)
            return (
                r.choice([num + letter, f"{num}-{letter}"]),
                "dni",
                dwin(num) + awin(num + letter),
            )
        pre = r.choice("XYZ")
        num = f"{r.randint(0, 9999999):07d}"
        code = pre + num + ck.dni_letter(pre + num)
        return code, "nie", dwin(num) + awin(code)
    if loc == "en_NZ":
        while True:
            body = f"{r.randint(10000000, 15000000):08d}"
            c = ck.ird_digit(body)
            if c is not None:
                num = body + c
                val = r.choice(
                    [f"{num[:3]}-{num[3:6]}-{num[6:]}", f"{num[:3]} {num[3:6]} {num[6:]}"]
                )
                return val, "ird", dwin(num)
    if loc == "en_ZA":
        y, m, d = _ymd(r)
        body = f"{y % 100:02d}{m:02d}{d:02d}{r.randint(0, 4999) + (5000 if not female else 0):04d}"
        body += "0" + "8"
        num = body + ck.luhn_digit(body)
        return r.choice([num, f"{num[:6]} {num[6:10]} {num[10:]}"]), "sa_id", dwin(num)
    if loc == "de_AT":
        while True:
            y, m, d = _ymd(r)
            serial, birth = f"{r.randint(100, 999)}", f"{d:02d}{m:02d}{y % 100:02d}"
            c = ck.sv_digit(serial, birth)
            if c is not None:
                num = serial + c + birth
                return r.choice([f"{num[:4]} {num[4:]}", num]), "sv_nummer", dwin(num)
    if loc == "fr_CA":
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _d(r, 7)
        num = body + ck.luhn_digit(body)
        return r.choice([_grp(num, (3, 3, 3)), _grp(num, (3, 3, 3), "-")]), "nas", dwin(num)
    if loc == "es_MX":
        return _curp_rfc(r, surname, given, female)
    body = str(r.choice([1, 2, 3])) + _d(r, 7)
    num = body + ck.nif_pt_digit(body)
    return r.choice([num, _grp(num, (3, 3, 3))]), "nif", dwin(num)


_VOW = "AEIOU"
_STATES = (
    "AS BC BS CC CS CH CL CM DF DG GT GR HG JC MC MN MS NT NL "
    "OC PL QT QR SP SL SR TC TL TS VZ YN ZS"
)


def _plain(s: str) -> str:
    tr = str.maketrans("ÁÉÍÓÚÜ", "AEIOUU")
    return "".join(c for c in s.upper().translate(tr) if c.isalpha() or c == "Ñ") or "X"


def _curp_rfc(
    r: random.Random, surname: str, given: str, female: bool
) -> tuple[str, str, list[str]]:
    parts = surname.split() or ["LOPEZ"]
    p1 = _plain(parts[0])
    p2 = _plain(parts[1]) if len(parts) > 1 else "X"
    g = _plain(given.split()[0] if given else "JUAN")
    inner_v = next((c for c in p1[1:] if c in _VOW), "X")
    head = (p1[0] + inner_v + p2[0] + g[0]).replace("Ñ", "X")
    y, m, d = _ymd(r)
    date = f"{y % 100:02d}{m:02d}{d:02d}"
    if r.random() < 0.55:
        cons = [next((c for c in w[1:] if c not in _VOW), "X") for w in (p1, p2, g)]
        body = head + date + ("M" if female else "H") + r.choice(_STATES.split())
        body += "".join(cons).replace("Ñ", "X") + (str(r.randint(0, 9)) if y < 2000 else "A")
        code = body + ck.curp_digit(body)
        return code, "curp", awin(code)
    body = (
        head + date + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + r.choice("ABCDEFGHJKLMN12345")
    )
    code = body + ck.rfc_digit(body)
    return code, "rfc", awin(code)
