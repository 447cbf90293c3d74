"""Thirty-fifth set: national, tax and health numbers, IBANs and local bank values, with their
check algorithms computed here (and re-checked by the self-test through the ``*_ok`` helpers)."""

from __future__ import annotations

import re
import unicodedata

# ---------------------------------------------------------------- check-digit helpers


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10


def luhn_ok(number: str) -> bool:
    ds = digits(number)
    return len(ds) > 1 and luhn_digit(ds[:-1]) == int(ds[-1])


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {"GB": 22, "DE": 22, "BE": 16, "ES": 24, "BR": 29, "IT": 27, "NL": 18, "TR": 26}


def make_iban(country: str, bban: str) -> str:
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and _mod97(s[4:] + s[:4]) == 1


def iban_print(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _num(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten: str) -> str:
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W, strict=True)) % 11
    return str({10: 1, 11: 0}.get(d, d))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
           24, 23]  # fmt: skip


def _it_val(ch: str, odd: bool) -> int:
    idx = int(ch) if ch.isdigit() else ord(ch) - 65
    return _IT_ODD[idx] if odd else idx


def it_check_letter(s: str) -> str:
    """Codice fiscale control character (also the IBAN CIN over ABI+CAB+account)."""
    total = sum(_it_val(c, i % 2 == 0) for i, c in enumerate(s))
    return chr(65 + total % 26)


def _be_bban(rng) -> str:
    ten = rng.choice(["001", "068", "310", "363", "735", "063", "143", "751"]) + _num(rng, 7)
    chk = int(ten) % 97 or 97
    return f"{ten}{chk:02d}"


def bban(rng, cc: str) -> str:
    if cc == "GB":
        bank, sort = rng.choice(
            [
                ("NWBK", "60"),
                ("BARC", "20"),
                ("LOYD", "30"),
                ("MIDL", "40"),
                ("HBUK", "40"),
                ("NAIA", "07"),
            ]
        )
        return bank + sort + _num(rng, 4) + _num(rng, 8)
    if cc == "DE":
        blz = rng.choice(
            [
                "10070000",
                "20050550",
                "37040044",
                "50010517",
                "70150000",
                "12030000",
                "60050101",
                "43060967",
            ]
        )
        return blz + _num(rng, 10)
    if cc == "BE":
        return _be_bban(rng)
    if cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2080", "0128", "1465"])
        branch = _num(rng, 4)
        acct = _num(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    if cc == "BR":
        bank = rng.choice(["00000000", "60701190", "00360305", "90400888", "60746948"])
        return bank + _num(rng, 5) + _num(rng, 10) + rng.choice("CP") + "1"
    if cc == "IT":
        abi = rng.choice(["03069", "02008", "05034", "01030", "03111", "05696"])
        cab = _num(rng, 5)
        acct = _num(rng, 12)
        return it_check_letter(abi + cab + acct) + abi + cab + acct
    if cc == "NL":
        return rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB"]) + _num(rng, 10)
    if cc == "TR":
        return (
            rng.choice(["00010", "00012", "00015", "00046", "00062", "00064"]) + "0" + _num(rng, 16)
        )
    raise ValueError(cc)


# ---------------------------------------------------------------- national numbers


def ssn(rng) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng) -> str:
    """Medicare Beneficiary Identifier (format rules only; CMS publishes no check digit)."""
    an = _MBI_ALPHA + "0123456789"
    c = [
        str(rng.randrange(1, 10)),
        rng.choice(_MBI_ALPHA),
        rng.choice(an),
        str(rng.randrange(10)),
        rng.choice(_MBI_ALPHA),
        rng.choice(an),
        str(rng.randrange(10)),
        rng.choice(_MBI_ALPHA),
        rng.choice(_MBI_ALPHA),
        str(rng.randrange(10)),
        str(rng.randrange(10)),
    ]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def mbi_ok(v: str) -> bool:
    s = v.replace("-", "")
    a, n = f"[{_MBI_ALPHA}]", "[0-9]"
    pat = f"[1-9]{a}[{_MBI_ALPHA}0-9]{n}{a}[{_MBI_ALPHA}0-9]{n}{a}{a}{n}{n}"
    return re.fullmatch(pat, s) is not None


def aba_ok(r: str) -> bool:
    w = [3, 7, 1] * 3
    return len(r) == 9 and sum(int(c) * x for c, x in zip(r, w, strict=True)) % 10 == 0


def aba(rng) -> str:
    while True:
        head = rng.choice(["0210", "0260", "0110", "0710", "1210", "0610", "0420", "3222"])
        body = head + _num(rng, 4)
        s = sum(int(c) * x for c, x in zip(body, [3, 7, 1, 3, 7, 1, 3, 7], strict=True))
        r = body + str((10 - s % 10) % 10)
        if aba_ok(r):
            return r


_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino(rng) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in _NINO_BAD:
            break
    n = _num(rng, 6)
    return f"{p} {n[:2]} {n[2:4]} {n[4:]} {rng.choice('ABCD')}"


def nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return (
        re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
        and s[:2] not in _NINO_BAD
    )


def nhs(rng) -> str:
    while True:
        body = str(rng.randrange(4, 8)) + _num(rng, 8)
        c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = body + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def nhs_ok(v: str) -> bool:
    s = digits(v)
    if len(s) != 10:
        return False
    c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(s[:9])) % 11
    return (0 if c == 11 else c) == int(s[9])


def _steuer_check(ten: str) -> int:
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_id(rng) -> str:
    while True:
        ds = rng.sample(range(10), 9)
        ds.insert(rng.randrange(10), rng.choice(ds))
        if ds[0] == 0 or any(ds[i] == ds[i + 1] for i in range(9)):
            continue
        ten = "".join(map(str, ds))
        s = ten + str(_steuer_check(ten))
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def steuer_ok(v: str) -> bool:
    s = digits(v)
    if len(s) != 11 or s[0] == "0":
        return False
    counts = sorted((s[:10].count(c) for c in set(s[:10])), reverse=True)
    return counts[0] in (2, 3) and counts[1] == 1 and _steuer_check(s[:10]) == int(s[10])


def _kvnr_check(letter: str, eight: str) -> int:
    s = f"{ord(letter) - 64:02d}" + eight
    total = 0
    for i, ch in enumerate(s):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10


def kvnr(rng) -> str:
    letter = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    eight = _num(rng, 8)
    return f"{letter}{eight}{_kvnr_check(letter, eight)}"


def kvnr_ok(v: str) -> bool:
    return re.fullmatch(r"[A-Z]\d{9}", v) is not None and _kvnr_check(v[0], v[1:9]) == int(v[9])


def be_rrn(rng) -> str:
    y = rng.randrange(1950, 2006)
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    seq = rng.randrange(1, 998)
    nine = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    base = int(("2" + nine) if y >= 2000 else nine)
    c = 97 - base % 97
    return f"{nine[:2]}.{nine[2:4]}.{nine[4:6]}-{nine[6:]}.{c:02d}"


def be_rrn_ok(v: str) -> bool:
    s = digits(v)
    if len(s) != 11:
        return False
    c = int(s[9:])
    return 97 - int(s[:9]) % 97 == c or 97 - int("2" + s[:9]) % 97 == c


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng) -> str:
    n = rng.randrange(10_000_000, 80_000_000)
    return f"{n}{_DNI[n % 23]}"


def nie(rng) -> str:
    p = rng.choice("XYZ")
    n = rng.randrange(1_000_000, 10_000_000)
    return f"{p}{n}{_DNI[int(str('XYZ'.index(p)) + str(n)) % 23]}"


def dni_ok(v: str) -> bool:
    s = v.replace("-", "")
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return re.fullmatch(r"\d{8}[A-Z]", s) is not None and _DNI[int(s[:8]) % 23] == s[8]


def nuss(rng) -> str:
    prov = rng.choice(["28", "08", "46", "41", "48", "29", "50", "15"])
    num = str(rng.randrange(10_000_000, 99_999_999))
    return f"{prov}/{num}/{int(prov + num) % 97:02d}"


def nuss_ok(v: str) -> bool:
    s = digits(v)
    return len(s) == 12 and int(s[:10]) % 97 == int(s[10:])


def _cpf_digits(nine: str) -> str:
    s = nine
    for n in (10, 11):
        r = sum(int(c) * w for c, w in zip(s, range(n, 1, -1), strict=True)) * 10 % 11
        s += str(0 if r == 10 else r)
    return s


def cpf(rng) -> str:
    while True:
        nine = _num(rng, 9)
        if len(set(nine)) > 1:
            s = _cpf_digits(nine)
            return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cpf_ok(v: str) -> bool:
    s = digits(v)
    return len(s) == 11 and len(set(s)) > 1 and _cpf_digits(s[:9]) == s


def cns(rng) -> str:
    while True:
        body = rng.choice("789") + _num(rng, 13)
        total = sum(int(c) * (15 - i) for i, c in enumerate(body))
        last = (11 - total % 11) % 11
        if last < 10:
            s = body + str(last)
            return f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}"


def cns_ok(v: str) -> bool:
    s = digits(v)
    return (
        len(s) == 15
        and s[0] in "12789"
        and sum(int(c) * (15 - i) for i, c in enumerate(s)) % 11 == 0
    )


_IT_MONTH = "ABCDEHLMPRST"
_BELFIORE = ["H501", "F205", "L219", "F839", "A944", "D612", "G273", "L736", "D969", "A662",
             "G224", "L424"]  # fmt: skip


def _cons(word: str) -> tuple[str, str]:
    w = "".join(c for c in word.upper() if c.isalpha())
    return "".join(c for c in w if c not in "AEIOU"), "".join(c for c in w if c in "AEIOU")


def codice_fiscale(rng, given: str, surname: str, female: bool) -> str:
    def plain(s):
        return "".join(c for c in unicodedata.normalize("NFD", s) if c.isalpha() and c.isascii())

    c, v = _cons(plain(surname))
    sur = (c + v + "XXX")[:3]
    c, v = _cons(plain(given))
    name = (c[0] + c[2] + c[3]) if len(c) >= 4 else (c + v + "XXX")[:3]
    y = rng.randrange(40, 100)
    m = rng.choice(_IT_MONTH)
    d = rng.randrange(1, 29) + (40 if female else 0)
    body = f"{sur}{name}{y:02d}{m}{d:02d}{rng.choice(_BELFIORE)}"
    return body + it_check_letter(body)


def cf_ok(v: str) -> bool:
    return (
        re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v) is not None
        and it_check_letter(v[:15]) == v[15]
    )


def tessera(rng) -> str:
    body = "80380" + "00" + _num(rng, 12)
    s = body + str(luhn_digit(body))
    return " ".join(s[i : i + 5] for i in range(0, 20, 5))


def tessera_ok(v: str) -> bool:
    s = digits(v)
    return len(s) == 20 and s.startswith("80380") and luhn_ok(s)


def _bsn_sum(s: str) -> int:
    return sum(int(c) * w for c, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True))


def bsn(rng) -> str:
    while True:
        s = str(rng.randrange(1, 7)) + _num(rng, 8)
        if _bsn_sum(s) % 11 == 0:
            return s


def bsn_ok(v: str) -> bool:
    s = digits(v)
    return len(s) == 9 and _bsn_sum(s) % 11 == 0


def za_id(rng) -> str:
    y = rng.randrange(1950, 2005)
    body = (
        f"{y % 100:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
        f"{rng.randrange(0, 10000):04d}{rng.choice('0001')}8"
    )
    return body + str(luhn_digit(body))


def za_id_ok(v: str) -> bool:
    s = digits(v)
    return len(s) == 13 and 1 <= int(s[2:4]) <= 12 and s[10] in "01" and luhn_ok(s)


def _tc_tail(nine: str) -> str:
    d = [int(c) for c in nine]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return f"{d10}{d11}"


def tc_kimlik(rng) -> str:
    nine = str(rng.randrange(1, 10)) + _num(rng, 8)
    return nine + _tc_tail(nine)


def tc_ok(v: str) -> bool:
    s = digits(v)
    return len(s) == 11 and s[0] != "0" and _tc_tail(s[:9]) == s[9:]


def ke_id(rng) -> str:
    return str(rng.randrange(10_000_000, 40_000_000))


def kra_pin(rng, company: bool = False) -> str:
    return ("P05" if company else "A00") + _num(rng, 7) + rng.choice("ABCDEFGHJKLMNPQRTWXYZ")


def kra_ok(v: str) -> bool:
    return re.fullmatch(r"[AP]\d{9}[A-Z]", v) is not None


def sha_no(rng) -> str:
    """Kenyan Social Health Authority member number (format: CR + 10 digits + check letter
    is not public; printed here as CR-prefixed 10 digits, format only)."""
    return "CR" + _num(rng, 10)


def _uy_check(seven: str) -> int:
    s = sum(int(c) * w for c, w in zip(seven, [2, 9, 8, 7, 6, 3, 4], strict=True))
    return (10 - s % 10) % 10


def uy_ci(rng) -> str:
    n = f"{rng.randrange(1_000_000, 6_500_000):07d}"
    return f"{n[0]}.{n[1:4]}.{n[4:]}-{_uy_check(n)}"


def uy_ci_ok(v: str) -> bool:
    s = digits(v)
    return len(s) == 8 and _uy_check(s[:7]) == int(s[7])


def _rut_check(eleven: str) -> int:
    w = [4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * b for a, b in zip(eleven, w, strict=True)) % 11
    return {11: 0, 10: -1}.get(c, c)


def uy_rut(rng) -> str:
    while True:
        body = rng.choice(["21", "11", "12", "21", "22"]) + _num(rng, 6) + "001"
        c = _rut_check(body)
        if c >= 0:
            return body + str(c)


def uy_rut_ok(v: str) -> bool:
    s = digits(v)
    return len(s) == 12 and _rut_check(s[:11]) == int(s[11])
