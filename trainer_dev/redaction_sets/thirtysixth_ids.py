"""Thirty-sixth set: cards, IBANs, national ids and local bank values, each with its checker.

Every generator draws until its own checker holds; the self-test re-runs the checkers.
"""

from __future__ import annotations

import re

_L36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _val(c: str) -> int:
    return _L36.index(c.upper())


def _digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---- Luhn and cards -------------------------------------------------------------------------
def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in re.sub(r"\D", "", number)]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return len(ds) > 1 and total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(rng, brand: str) -> str:
    if brand == "visa":
        return luhn_complete("4" + _digits(rng, 14))
    if brand == "mc":
        head = rng.choice(["51", "52", "53", "54", "55", "2221", "2300", "2699", "2720"])
        return luhn_complete(head + _digits(rng, 15 - len(head)))
    return luhn_complete(rng.choice(["34", "37"]) + _digits(rng, 12))


def card_ok(number: str) -> bool:
    d = re.sub(r"[ -]", "", number)
    if not d.isdigit() or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    return len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720)


# ---- IBAN with national keys ----------------------------------------------------------------
IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "BR": 29, "PT": 25}


def _mod97(s: str) -> int:
    return int("".join(str(_val(c)) for c in s)) % 97


def iban_from_bban(cc: str, bban: str) -> str:
    return f"{cc}{98 - _mod97(bban + cc + '00'):02d}{bban}"


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc1(ten: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W, strict=True)) % 11
    return str({11: 0, 10: 1}.get(r, r))


def es_dc(entity: str, branch: str, account: str) -> str:
    return _es_dc1("00" + entity + branch) + _es_dc1(account)


def pt_nib_key(body: str) -> str:
    return f"{98 - int(body + '00') % 97:02d}"


def iban(rng, cc: str) -> str:
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + _digits(rng, 14)
    elif cc == "DE":
        blz = rng.choice(["10010010", "37040044", "50010517", "12030000", "70150000",
                          "20050550", "43060967", "76050101"])
        bban = blz + _digits(rng, 10)
    elif cc == "FR":
        bank = rng.choice(["30004", "30003", "20041", "30002", "10278", "17515", "18206"])
        branch, acct = _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + acct + fr_rib_key(bank, branch, acct)
    elif cc == "ES":
        ent = rng.choice(["2100", "0049", "0182", "0081", "2085", "0128", "1465"])
        branch, acct = _digits(rng, 4), _digits(rng, 10)
        bban = ent + branch + es_dc(ent, branch, acct) + acct
    elif cc == "PT":
        body = rng.choice(["0035", "0033", "0010", "0007", "0018", "0036"]) + _digits(rng, 15)
        bban = body + pt_nib_key(body)
    else:  # BR: ISPB 8, branch 5, account 10, type, owner
        ispb = rng.choice(["00000000", "60701190", "00360305", "60746948", "90400888"])
        bban = ispb + _digits(rng, 15) + rng.choice("CP") + rng.choice("12")
    return iban_from_bban(cc, bban)


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    cc = s[:2]
    if IBAN_LEN.get(cc) != len(s) or _mod97(s[4:] + s[:4]) != 1:
        return False
    b = s[4:]
    if cc == "FR":
        return fr_rib_key(b[:5], b[5:10], b[10:21]) == b[21:]
    if cc == "ES":
        return es_dc(b[:4], b[4:8], b[10:]) == b[8:10]
    if cc == "PT":
        return pt_nib_key(b[:19]) == b[19:]
    return True


def iban_print(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


# ---- national ids -----------------------------------------------------------------------------
def ssn(rng) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def itin(rng) -> str:
    group = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] +
                       list(range(94, 100)))
    return f"9{rng.randint(0, 99):02d}-{group}-{rng.randint(1, 9999):04d}"


def itin_ok(v: str) -> bool:
    m = re.fullmatch(r"9\d{2}-(\d{2})-(\d{4})", v)
    if not m:
        return False
    g = int(m.group(1))
    return (50 <= g <= 65 or 70 <= g <= 88 or g in (90, 91, 92) or 94 <= g <= 99) and \
        m.group(2) != "0000"


def aba_ok(v: str) -> bool:
    if not re.fullmatch(r"\d{9}", v):
        return False
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def aba(rng) -> str:
    while True:
        body = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}"
        body += _digits(rng, 6)
        for c in "0123456789":
            if aba_ok(body + c):
                return body + c


_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino(rng, spaced: bool) -> str:
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in _NINO_BAD:
            break
    d = _digits(rng, 6)
    s = rng.choice("ABCD")
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{a}{b}{d}{s}"


def nino_ok(v: str) -> bool:
    s = v.replace(" ", "")
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", s)
    return bool(m) and s[:2] not in _NINO_BAD


_UPN = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(rng) -> str:
    body = f"{rng.randint(201, 938)}{rng.randint(1000, 7999)}{rng.randint(10, 24)}"
    body += _digits(rng, 3)
    return _UPN[sum(int(c) * w for c, w in zip(body, range(2, 14), strict=True)) % 23] + body


def upn_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-Z]\d{12}", v):
        return False
    return _UPN[sum(int(c) * w for c, w in zip(v[1:], range(2, 14), strict=True)) % 23] == v[0]


def _iso7064_11_10(body: str) -> str:
    product = 10
    for c in body:
        s = (int(c) + product) % 10 or 10
        product = (2 * s) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


def steuer_id(rng) -> str:
    while True:
        missing = rng.randrange(10)
        twice = rng.choice([d for d in range(10) if d != missing])
        ds = [d for d in range(10) if d != missing] + [twice]
        rng.shuffle(ds)
        if ds[0]:
            body = "".join(map(str, ds))
            return body + _iso7064_11_10(body)


def steuer_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = sorted((s[:10].count(c) for c in set(s[:10])), reverse=True)
    shape_ok = counts[0] in (2, 3) and all(c == 1 for c in counts[1:])
    return shape_ok and _iso7064_11_10(s[:10]) == s[10]


_PA = "CFGHJKLMNPRTVWXYZ0123456789"


def _mrz_check(s: str) -> str:
    w = [7, 3, 1]
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def ausweis(rng) -> str:
    body = rng.choice("LMNPRTVWXY") + "".join(rng.choice(_PA) for _ in range(8))
    return body + _mrz_check(body)


def ausweis_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[LMNPRTVWXY][CFGHJKLMNPRTVWXYZ0-9]{8}\d", v)) and \
        _mrz_check(v[:9]) == v[9]


def nir(rng, spaced: bool) -> str:
    sex = rng.choice("12")
    yy, mm = f"{rng.randint(0, 99):02d}", f"{rng.randint(1, 12):02d}"
    dept = f"{rng.choice([d for d in range(1, 96) if d != 20]):02d}"
    commune, order = f"{rng.randint(1, 990):03d}", f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dept + commune + order
    key = f"{97 - int(body) % 97:02d}"
    if spaced:
        return f"{sex} {yy} {mm} {dept} {commune} {order} {key}"
    return body + key


def nir_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", s)) and 1 <= int(s[3:5]) <= 12 and \
        97 - int(s[:13]) % 97 == int(s[13:])


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng) -> str:
    n = rng.randint(1000000, 99999999)
    return f"{n:08d}{_DNI[n % 23]}"


def nie(rng) -> str:
    p = rng.choice("XYZ")
    n = rng.randint(0, 9999999)
    return f"{p}{n:07d}{_DNI[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"


def dni_ok(v: str) -> bool:
    s = v.replace("-", "")
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    num = str("XYZ".index(m.group(1))) + m.group(2) if m.group(1) else m.group(2)
    return (len(m.group(2)) == 7) == bool(m.group(1)) and _DNI[int(num) % 23] == m.group(3)


def nuss(rng) -> str:
    prov = f"{rng.randint(1, 52):02d}"
    num = f"{rng.randint(10000000, 99999999)}"
    return f"{prov}/{num}/{int(prov + num) % 97:02d}"


def nuss_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{2})[/ ]?(\d{8})[/ ]?(\d{2})", v)
    return bool(m) and 1 <= int(m.group(1)) <= 52 and int(m.group(2)) >= 10 ** 7 and \
        int(m.group(1) + m.group(2)) % 97 == int(m.group(3))


def _cpf_dv(body: str) -> str:
    w = len(body) + 1
    r = sum(int(c) * (w - i) for i, c in enumerate(body)) * 10 % 11
    return str(r % 10)


def cpf(rng, dotted: bool) -> str:
    while True:
        b = _digits(rng, 9)
        if len(set(b)) > 1:
            break
    b += _cpf_dv(b)
    b += _cpf_dv(b)
    return f"{b[:3]}.{b[3:6]}.{b[6:9]}-{b[9:]}" if dotted else b


def cpf_ok(v: str) -> bool:
    s = re.sub(r"[.-]", "", v)
    return bool(re.fullmatch(r"\d{11}", s)) and len(set(s)) > 1 and \
        _cpf_dv(s[:9]) == s[9] and _cpf_dv(s[:10]) == s[10]


def titulo(rng) -> str:
    seq = _digits(rng, 8)
    uf = f"{rng.randint(3, 28):02d}"
    dv1 = sum(int(c) * w for c, w in zip(seq, range(2, 10), strict=True)) % 11 % 10
    dv2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + dv1 * 9) % 11 % 10
    s = f"{seq}{uf}{dv1}{dv2}"
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def titulo_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"\d{12}", s) or not 3 <= int(s[8:10]) <= 28:
        return False
    dv1 = sum(int(c) * w for c, w in zip(s[:8], range(2, 10), strict=True)) % 11 % 10
    dv2 = (int(s[8]) * 7 + int(s[9]) * 8 + dv1 * 9) % 11 % 10
    return s[10:] == f"{dv1}{dv2}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 7, 6, 8, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng) -> str:
    body = rng.choice("23456789") + _digits(rng, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def aadhaar_ok(v: str) -> bool:
    s = v.replace(" ", "").replace("-", "")
    return bool(re.fullmatch(r"[2-9]\d{11}", s)) and verhoeff_ok(s)


def pan(rng, surname: str) -> str:
    first = re.sub(r"[^A-Z]", "", surname.upper())[:1] or "K"
    return ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + first +
            f"{rng.randint(1, 9999):04d}" + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))


def pan_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v)) and v[5:9] != "0000"


def _nif_pt_check(body: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return "0" if r >= 10 else str(r)


def nif_pt(rng) -> str:
    body = rng.choice("123") + _digits(rng, 7)
    return body + _nif_pt_check(body)


def nif_pt_ok(v: str, first: str = "123") -> bool:
    return bool(re.fullmatch(r"\d{9}", v)) and v[0] in first and _nif_pt_check(v[:8]) == v[8]


def _cc_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = _val(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def cc_pt(rng) -> str:
    while True:
        body = _digits(rng, 8) + rng.choice("0123456789") + rng.choice(["ZZ", "ZY", "ZX", "ZW"])
        for c in "0123456789":
            if _cc_ok(body + c):
                return f"{body[:8]} {body[8]} {body[9:]}{c}"


def cc_pt_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"\d{9}[A-Z]{2}\d", s)) and _cc_ok(s)


VN_PROV = ["001", "079", "048", "031", "092", "038", "040", "075", "074", "046", "036", "034",
           "001", "027", "052", "056", "066", "068", "080", "089", "094", "096", "022", "024"]


def cccd(rng) -> str:
    return rng.choice(VN_PROV) + rng.choice("0123") + f"{rng.randint(0, 99):02d}" + \
        _digits(rng, 6)


def cccd_ok(v: str) -> bool:
    s = v.replace(" ", "").replace(".", "")
    return bool(re.fullmatch(r"0\d{2}[0-3]\d{8}", s)) and 1 <= int(s[:3]) <= 96


_MST_W = [31, 29, 23, 19, 17, 13, 7, 5, 3]


def _mst_check(body: str) -> int:
    return 10 - sum(int(c) * w for c, w in zip(body, _MST_W, strict=True)) % 11


def mst(rng, first: str = "80") -> str:
    while True:
        body = first + _digits(rng, 9 - len(first))
        c = _mst_check(body)
        if 0 <= c <= 9:
            return body + str(c)


def mst_ok(v: str) -> bool:
    s = v.split("-")[0]
    return bool(re.fullmatch(r"\d{10}", s)) and _mst_check(s[:9]) == int(s[9])


def cedula_ve(rng) -> str:
    p = rng.choice("VVVVE")
    n = rng.randint(3000000, 32000000) if p == "V" else rng.randint(80000000, 84999999)
    return f"{p}-{n:,}".replace(",", ".")


def cedula_ve_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[VE]-\d{1,2}(\.\d{3}){2}", v))


_RIF = {"V": 1, "E": 2, "J": 3, "P": 4, "G": 5}


def _rif_check(letter: str, digits8: str) -> str:
    s = _RIF[letter] * 4 + sum(int(c) * w for c, w in zip(digits8, [3, 2, 7, 6, 5, 4, 3, 2],
                                                           strict=True))
    r = 11 - s % 11
    return "0" if r >= 10 else str(r)


def rif(rng, letter: str = "V") -> str:
    n = f"{rng.randint(3000000, 32000000):08d}" if letter in "VE" else \
        f"{rng.randint(0, 49999999):08d}"
    return f"{letter}-{n}-{_rif_check(letter, n)}"


def rif_ok(v: str) -> bool:
    m = re.fullmatch(r"([VEJPG])-?(\d{8})-?(\d)", v)
    return bool(m) and _rif_check(m.group(1), m.group(2)) == m.group(3)


_ZW = "ZABCDEFGHJKLMNPQRSTVWXY"


def zw_id(rng) -> str:
    district = rng.choice(["63", "08", "29", "42", "58", "70", "75", "83", "47", "22", "13"])
    serial = _digits(rng, rng.choice([6, 7]))
    return f"{district}-{serial} {_ZW[int(district + serial) % 23]} " + \
        rng.choice(["42", "63", "08", "18", "29", "50", "71", "86"])


def zw_id_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{2})-?(\d{6,7}) ?([A-Z]) ?(\d{2})", v)
    return bool(m) and _ZW[int(m.group(1) + m.group(2)) % 23] == m.group(3)


def dz_nin(rng) -> str:
    return rng.choice("12") + "0" + f"{rng.randint(40, 99):02d}" + _digits(rng, 14)


def dz_nin_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[12]0\d{16}", v.replace(" ", "")))


def dz_cni(rng) -> str:
    return f"{rng.randint(100000000, 399999999)}"


def dz_cni_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[1-3]\d{8}", v))


def dz_rib_key(first18: str) -> str:
    return f"{97 - int(first18 + '00') % 97:02d}"


def dz_rib(rng) -> str:
    body = rng.choice(["007", "001", "002", "003", "004", "005", "010"]) + _digits(rng, 15)
    k = dz_rib_key(body)
    return f"{body[:3]} {body[3:8]} {body[8:18]} {k}"


def dz_rib_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"\d{20}", s)) and dz_rib_key(s[:18]) == s[18:]


def ve_account(rng) -> str:
    bank = rng.choice(["0102", "0134", "0105", "0108", "0191", "0114", "0172"])
    return f"{bank}-{_digits(rng, 4)}-{_digits(rng, 2)}-{_digits(rng, 10)}"


def ve_account_ok(v: str) -> bool:
    return bool(re.fullmatch(r"01\d{2}-\d{4}-\d{2}-\d{10}", v))


def zw_account(rng) -> str:
    return rng.choice(["1", "0", "4", "9"]) + _digits(rng, rng.choice([9, 11, 12, 13]))


def zw_account_ok(v: str) -> bool:
    return bool(re.fullmatch(r"\d{10,14}", v))


def vn_account(rng) -> str:
    return rng.choice(["0071", "1903", "1234", "2131", "0451", "1015"]) + \
        _digits(rng, rng.choice([5, 9, 10]))


def vn_account_ok(v: str) -> bool:
    return bool(re.fullmatch(r"\d{9,14}", v))


def in_account(rng) -> str:
    return rng.choice(["3", "5", "6", "0"]) + _digits(rng, rng.choice([10, 11, 13]))


def in_account_ok(v: str) -> bool:
    return bool(re.fullmatch(r"\d{11,14}", v))


def us_account(rng) -> str:
    return rng.choice("123456789") + _digits(rng, rng.choice([8, 9, 11]))


def us_account_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[1-9]\d{8,11}", v))


# id type -> (generator(rng, person), checker); person gives the surname for PAN
ID_TYPES = {
    "en_US": ["ssn", "itin"],
    "en_GB": ["nino", "upn"],
    "de_DE": ["steuer_id", "ausweis"],
    "fr_FR": ["nir", "nir_compact"],
    "es_ES": ["dni", "nie", "nuss"],
    "pt_BR": ["cpf", "titulo"],
    "en_IN": ["aadhaar", "pan"],
    "pt_PT": ["nif", "cc"],
    "vi_VN": ["cccd", "mst"],
    "es_VE": ["cedula", "rif"],
    "en_ZW": ["zw_id"],
    "fr_DZ": ["nin", "cni"],
}
BANK_TYPES = {"en_US": "us_account", "en_IN": "in_account", "vi_VN": "vn_account",
              "es_VE": "ve_account", "en_ZW": "zw_account", "fr_DZ": "dz_rib"}
IBAN_CC = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "pt_BR": "BR",
           "pt_PT": "PT"}


def make_id(rng, kind: str, surname: str = "") -> str:
    gen = {
        "ssn": ssn, "itin": itin, "nino": lambda r: nino(r, r.random() < 0.5), "upn": upn,
        "steuer_id": steuer_id, "ausweis": ausweis, "nir": lambda r: nir(r, True),
        "nir_compact": lambda r: nir(r, False), "dni": dni, "nie": nie, "nuss": nuss,
        "cpf": lambda r: cpf(r, r.random() < 0.6), "titulo": titulo, "aadhaar": aadhaar,
        "pan": lambda r: pan(r, surname), "nif": nif_pt, "cc": cc_pt, "cccd": cccd,
        "mst": mst, "cedula": cedula_ve, "rif": rif, "zw_id": zw_id, "nin": dz_nin,
        "cni": dz_cni, "us_account": us_account, "in_account": in_account,
        "vn_account": vn_account, "ve_account": ve_account, "zw_account": zw_account,
        "dz_rib": dz_rib,
    }[kind]
    return gen(rng)


ID_OK = {
    "ssn": ssn_ok, "itin": itin_ok, "nino": nino_ok, "upn": upn_ok, "steuer_id": steuer_ok,
    "ausweis": ausweis_ok, "nir": nir_ok, "nir_compact": nir_ok, "dni": dni_ok, "nie": dni_ok,
    "nuss": nuss_ok, "cpf": cpf_ok, "titulo": titulo_ok, "aadhaar": aadhaar_ok, "pan": pan_ok,
    "nif": nif_pt_ok, "cc": cc_pt_ok, "cccd": cccd_ok, "mst": mst_ok, "cedula": cedula_ve_ok,
    "rif": rif_ok, "zw_id": zw_id_ok, "nin": dz_nin_ok, "cni": dz_cni_ok,
    "us_account": us_account_ok, "in_account": in_account_ok, "vn_account": vn_account_ok,
    "ve_account": ve_account_ok, "zw_account": zw_account_ok, "dz_rib": dz_rib_ok,
}
