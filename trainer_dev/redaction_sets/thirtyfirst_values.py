"""Thirty-first set: normalisation, fragment matching, check digits and value generators."""

from __future__ import annotations

import functools
import re
import unicodedata

import phonenumbers

# ---- normalisation and matching ----------------------------------------------------------
_SEP = r"[\s\-./()\u00a0]{1,3}"


def fold(s: str) -> str:
    """Strip accents (combining marks) after NFKD; ß, æ, œ kept as letters."""
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c))


def normalise(s: str) -> str:
    """NFKC, accents folded away, case-folded, any Unicode decimal digit made ASCII."""
    s = unicodedata.normalize("NFKC", s)
    s = fold(s).casefold()
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in s
    )


def digit_chains(s: str) -> list[str]:
    """Digits of each run of digits joined by short separators (space, dash, dot, slash)."""
    return [re.sub(r"\D", "", m) for m in re.findall(rf"\d+(?:{_SEP}\d+)*", s)]


@functools.lru_cache(maxsize=4096)
def _word_re(tok: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(tok)}(?!\w)")


@functools.lru_cache(maxsize=4096)
def _post_re(code: str) -> re.Pattern:
    parts = [re.escape(p) for p in code.split()]
    return re.compile(r"(?<![0-9a-z])" + r"\s*".join(parts) + r"(?![0-9a-z])")


def frag_matches(frag: str, text_norm: str) -> bool:
    """`text_norm` already normalised; the fragment is normalised here."""
    kind, body = frag[:2], normalise(frag[2:])
    if kind == "t:":
        return _word_re(body).search(text_norm) is not None
    if kind in ("p:", "s:"):
        return _post_re(body).search(text_norm) is not None
    if kind == "d:":
        return any(body in c for c in digit_chains(text_norm))
    raise ValueError(frag)


def windows(value: str) -> list[str]:
    out: list[str] = []
    for c in digit_chains(normalise(value)):
        for i in range(len(c) - 3):
            w = c[i : i + 4]
            if w not in out:
                out.append(w)
    return ["d:" + w for w in out]


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


# ---- check digits ------------------------------------------------------------------------
def luhn_sum(d: str) -> int:
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            n = n - 9 if n > 9 else n
        t += n
    return t % 10


def luhn_ok(d: str) -> bool:
    return len(d) > 1 and luhn_sum(d) == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    return len(s) > 10 and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_print(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def fr_rib_key(bank: str, guichet: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97:02d}"


def es_dc(bank: str, branch: str, account: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(s: str) -> str:
        r = 11 - sum(int(a) * b for a, b in zip(s.rjust(10, "0"), w, strict=True)) % 11
        return "0" if r == 11 else "1" if r == 10 else str(r)

    return one("00" + bank + branch) + one(account)


_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def it_check_char(s: str) -> str:
    """Codice fiscale / CIN check letter: odd positions via table, even by value, mod 26."""
    t = 0
    for i, ch in enumerate(s.upper()):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        t += _ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26)


def steuer_ok(d: str) -> bool:
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    if counts[0] not in (2, 3) or sum(1 for c in counts if c > 1) != 1:
        return False
    p = 10
    for ch in d[:10]:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    chk = (11 - p) % 10
    return chk == int(d[10])


def steuer_complete(body10: str) -> str:
    p = 10
    for ch in body10:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    return body10 + str((11 - p) % 10)


def nir_ok(d: str) -> bool:
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def dni_letter(n: int) -> str:
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def dni_ok(v: str) -> bool:
    s = re.sub(r"[\s.\-]", "", v).upper()
    s = s.replace("X", "0", 1) if s[0] == "X" else s
    s = "1" + s[1:] if s[0] == "Y" else "2" + s[1:] if s[0] == "Z" else s
    return len(s) == 9 and s[:8].isdigit() and dni_letter(int(s[:8])) == s[8]


def nhs_ok(d: str) -> bool:
    if len(d) != 10:
        return False
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


def aba_ok(d: str) -> bool:
    w = [3, 7, 1] * 3
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, w, strict=True)) % 10 == 0


def ma_rib_key(body: str) -> str:
    return f"{97 - (int(body) * 100) % 97:02d}"


def ma_rib_ok(d: str) -> bool:
    return len(d) == 24 and ma_rib_key(d[:22]) == d[22:]


def do_cedula_ok(d: str) -> bool:
    return len(d) == 11 and luhn_ok(d)


def pa_account_ok(d: str) -> bool:
    return len(d) in (10, 12)


_DE_ID = "CFGHJKLMNPRTVWXYZ"


def de_id_check(body: str) -> str:
    w = [7, 3, 1]
    t = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        t += v * w[i % 3]
    return str(t % 10)


def isbn13_ok(v: str) -> bool:
    d = digits(v)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return len(d) == 13 and s % 10 == 0


# ---- phones ------------------------------------------------------------------------------
REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "es_DO": "DO",
    "pt_AO": "AO",
    "en_TZ": "TZ",
    "es_PA": "PA",
    "fr_MA": "MA",
    "en_BW": "BW",
}


def phone_valid(loc: str, value: str) -> bool:
    try:
        n = phonenumbers.parse(value, REGION[loc])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == REGION[loc]


def _d(r, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _phone_raw(r, loc: str) -> tuple[str, str]:
    """(written form, form name) for one phone of the locale."""
    f = r.randrange(5)
    if loc in ("en_US", "es_DO"):
        area = r.choice(
            ["212", "312", "415", "617", "305", "702", "504", "615", "512", "206", "773", "404"]
            if loc == "en_US"
            else ["809", "829", "849"]
        )
        ex = str(r.randint(2, 9)) + _d(r, 2)
        ln = _d(r, 4)
        forms = [
            (f"({area}) {ex}-{ln}", "national_paren"),
            (f"{area}-{ex}-{ln}", "dashed"),
            (f"{area}.{ex}.{ln}", "dotted"),
            (f"+1 {area} {ex} {ln}", "international"),
            (f"1-{area}-{ex}-{ln}", "trunk"),
        ]
        return forms[f]
    if loc == "en_GB":
        if r.random() < 0.5:
            a, b = "7" + str(r.randint(4, 9)) + _d(r, 2), _d(r, 6)
            forms = [
                (f"0{a} {b}", "national"),
                (f"+44 {a} {b}", "international"),
                (f"+44 (0){a} {b}", "intl_zero"),
                (f"0{a}{b}", "compact"),
                (f"0{a} {b[:3]} {b[3:]}", "national_split"),
            ]
        else:
            ac, rest = r.choice([("20", 8), ("161", 7), ("131", 7), ("117", 7), ("113", 7)])
            n = str(r.choice([3, 7, 8]) if ac == "20" else r.randint(2, 9)) + _d(r, rest - 1)
            sp = f"{n[:4]} {n[4:]}" if ac == "20" else f"{n[:3]} {n[3:]}"
            forms = [
                (f"0{ac} {sp}", "national"),
                (f"+44 {ac} {sp}", "international"),
                (f"+44 (0){ac} {sp}", "intl_zero"),
                (f"0{ac}{n}", "compact"),
                (f"(0{ac}) {sp}", "national_paren"),
            ]
        return forms[f]
    if loc == "de_DE":
        if r.random() < 0.5:
            a, b = r.choice(["151", "160", "170", "171", "172", "176", "157", "162"]), _d(r, 7)
            if a in ("160",):
                b = _d(r, 7)
        else:
            a = r.choice(["30", "40", "89", "221", "69", "711", "211", "351"])
            b = str(r.randint(2, 9)) + _d(r, 6 if len(a) == 2 else 5)
        forms = [
            (f"0{a} {b}", "national"),
            (f"0{a}/{b}", "slash"),
            (f"+49 {a} {b}", "international"),
            (f"+49 (0){a} {b}", "intl_zero"),
            (f"0{a}-{b}", "dashed"),
        ]
        return forms[f]
    if loc in ("fr_FR", "fr_MA"):
        if loc == "fr_FR":
            lead = r.choice(["1", "2", "3", "4", "5", "6", "7", "9"])
            n = lead + _d(r, 8)
            cc = "33"
        else:
            lead = r.choice(["522", "537", "524", "535", "661", "662", "670", "612", "650", "700"])
            n = lead + _d(r, 9 - len(lead))
            cc = "212"
        pairs = " ".join([n[0]] + [n[i : i + 2] for i in range(1, 9, 2)])
        dotp = ".".join(["0" + n[0]] + [n[i : i + 2] for i in range(1, 9, 2)])
        forms = [
            ("0" + pairs.replace(" ", " ", 1), "national"),
            (f"+{cc} {pairs}", "international"),
            (dotp, "dotted"),
            (f"+{cc} (0){pairs}", "intl_zero"),
            ("0" + n, "compact"),
        ]
        if loc == "fr_MA" and f == 2:
            forms[2] = (f"0{n[:3]}-{n[3:5]}-{n[5:7]}-{n[7:]}", "dashed")
        return forms[f]
    if loc == "es_ES":
        if r.random() < 0.5:
            n = r.choice(["6", "7"]) + _d(r, 8)
            if n[0] == "7":
                n = "7" + str(r.randint(1, 4)) + _d(r, 7)
            sp = f"{n[:3]} {n[3:6]} {n[6:]}"
        else:
            n = r.choice(["91", "93", "95", "96", "94"]) + str(r.randint(2, 8)) + _d(r, 6)
            sp = f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        forms = [
            (sp, "national"),
            (f"+34 {sp}", "international"),
            (n, "compact"),
            (f"(+34) {n[:3]} {n[3:6]} {n[6:]}", "intl_paren"),
            (f"{n[:3]}.{n[3:6]}.{n[6:]}", "dotted"),
        ]
        return forms[f]
    if loc == "it_IT":
        if r.random() < 0.5:
            a = r.choice(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"])
            b = _d(r, 7)
            sp = f"{a} {b}"
            sp2 = f"{a} {b[:3]} {b[3:]}"
            comp = a + b
        else:
            a = r.choice(["06", "02", "055", "011", "081", "051"])
            b = str(r.randint(2, 9)) + _d(r, 7 if len(a) == 2 else 6)
            sp, sp2, comp = f"{a} {b}", f"{a}/{b}", a + b
        forms = [
            (sp, "national"),
            (sp2, "split"),
            (f"+39 {sp}", "international"),
            (comp, "compact"),
            (f"0039 {comp}", "intl_00"),
        ]
        return forms[f]
    if loc == "pt_AO":
        if r.random() < 0.7:
            n = "9" + r.choice("1234579") + _d(r, 7)
        else:
            n = "222" + _d(r, 6)
        sp = f"{n[:3]} {n[3:6]} {n[6:]}"
        forms = [
            (sp, "national"),
            (f"+244 {sp}", "international"),
            (n, "compact"),
            (f"(+244) {n}", "intl_paren"),
            (f"00244 {sp}", "intl_00"),
        ]
        return forms[f]
    if loc == "en_TZ":
        if r.random() < 0.75:
            n = r.choice(["754", "755", "713", "715", "784", "686", "767", "655", "621"]) + _d(r, 6)
        else:
            n = "22" + str(r.randint(2, 2)) + _d(r, 6)
        sp = f"{n[:3]} {n[3:6]} {n[6:]}"
        forms = [
            ("0" + sp, "national"),
            (f"+255 {sp}", "international"),
            ("0" + n, "compact"),
            (f"+255 (0){sp}", "intl_zero"),
            (f"0{n[:3]}-{n[3:]}", "dashed"),
        ]
        return forms[f]
    if loc == "es_PA":
        if r.random() < 0.6:
            n = "6" + _d(r, 7)
            sp = f"{n[:4]}-{n[4:]}"
        else:
            n = r.choice(["2", "3"]) + _d(r, 6)
            sp = f"{n[:3]}-{n[3:]}"
        forms = [
            (sp, "national"),
            (f"+507 {sp}", "international"),
            (n, "compact"),
            (f"(507) {sp}", "intl_paren"),
            (f"+507 {n}", "intl_compact"),
        ]
        return forms[f]
    if loc == "en_BW":
        if r.random() < 0.65:
            n = "7" + r.choice("1234567") + _d(r, 6)
            sp = f"{n[:2]} {n[2:5]} {n[5:]}"
        else:
            n = r.choice(["39", "31", "24", "29"]) + _d(r, 5)
            sp = f"{n[:3]} {n[3:]}"
        forms = [
            (sp, "national"),
            (f"+267 {sp}", "international"),
            (n, "compact"),
            (f"(+267) {sp}", "intl_paren"),
            (f"00267 {n}", "intl_00"),
        ]
        return forms[f]
    raise KeyError(loc)


def phone(r, loc: str) -> tuple[str, str]:
    for _ in range(200):
        v, form = _phone_raw(r, loc)
        if phone_valid(loc, v):
            return v, form
    raise AssertionError(loc)


# ---- cards and bank values ----------------------------------------------------------------
def card(r) -> tuple[str, str]:
    brand = r.choice(["visa", "mc", "amex"])
    if brand == "amex":
        d = luhn_complete(r.choice(["34", "37"]) + _d(r, 12))
        style = r.choice(["amex", "compact", "dashed"])
        if style == "amex":
            return f"{d[:4]} {d[4:10]} {d[10:]}", "amex_grouped"
        if style == "dashed":
            return f"{d[:4]}-{d[4:10]}-{d[10:]}", "amex_dashed"
        return d, "amex_compact"
    pre = "4" if brand == "visa" else r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    d = luhn_complete(pre + _d(r, 15 - len(pre)))
    style = r.choice(["grouped", "dashed", "compact", "grouped"])
    if style == "grouped":
        return " ".join(d[i : i + 4] for i in range(0, 16, 4)), f"{brand}_grouped"
    if style == "dashed":
        return "-".join(d[i : i + 4] for i in range(0, 16, 4)), f"{brand}_dashed"
    return d, f"{brand}_compact"


IBAN_LOCALES = ("en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "es_DO", "pt_AO")


def iban(r, loc: str) -> tuple[str, str]:
    if loc == "en_GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(r, 14)
        cc = "GB"
    elif loc == "de_DE":
        bban, cc = r.choice(["100", "370", "200", "500", "700"]) + _d(r, 15), "DE"
    elif loc == "fr_FR":
        b, g, a = r.choice(["30004", "30003", "20041", "10278"]), _d(r, 5), _d(r, 11)
        bban, cc = b + g + a + fr_rib_key(b, g, a), "FR"
    elif loc == "es_ES":
        b, o, a = r.choice(["2100", "0049", "0182", "2080", "0081"]), _d(r, 4), _d(r, 10)
        bban, cc = b + o + es_dc(b, o, a) + a, "ES"
    elif loc == "it_IT":
        body = r.choice(["03069", "02008", "05034", "03062"]) + _d(r, 5) + _d(r, 12)
        bban, cc = it_check_char(body) + body, "IT"
    elif loc == "es_DO":
        bban, cc = r.choice(["BAGR", "BCBH", "BPDO", "BRRD"]) + _d(r, 20), "DO"
    elif loc == "pt_AO":
        bban, cc = r.choice(["0040", "0006", "0055", "0010"]) + _d(r, 17), "AO"
    else:
        raise KeyError(loc)
    s = iban_make(cc, bban)
    if r.random() < 0.6:
        return iban_print(s), "print"
    return s, "compact"
