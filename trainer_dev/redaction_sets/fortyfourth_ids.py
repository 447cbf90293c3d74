"""Forty-fourth set: numbers with checks (cards, IBANs, national ids, bank values), each with
its generator and its checker, written for this set from the public rules."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers

REGION = {"en_US": "US", "en_AU": "AU", "en_IE": "IE", "de_DE": "DE", "fr_FR": "FR",
          "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pt_BR": "BR", "fr_TG": "TG",
          "en_BZ": "BZ", "pt_ST": "ST"}
CC = {"US": 1, "AU": 61, "IE": 353, "DE": 49, "FR": 33, "ES": 34, "IT": 39, "NL": 31,
      "BR": 55, "TG": 228, "BZ": 501, "ST": 239}
# national significant number plans: (leading digits, length)
PLANS = {
    "US": [("212", 10), ("415", 10), ("312", 10), ("617", 10), ("713", 10), ("305", 10),
           ("206", 10), ("404", 10), ("718", 10), ("503", 10)],
    "AU": [("4", 9), ("29", 9), ("39", 9), ("73", 9), ("86", 9), ("82", 9)],
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9), ("1", 8), ("21", 9),
           ("91", 9), ("61", 9)],
    "DE": [("151", 11), ("160", 11), ("170", 11), ("176", 11), ("30", 10), ("89", 10),
           ("40", 10), ("221", 10), ("69", 10)],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("4", 9), ("5", 9), ("2", 9)],
    "ES": [("6", 9), ("7", 9), ("91", 9), ("93", 9), ("96", 9), ("95", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10), ("06", 10), ("02", 10), ("011", 10),
           ("055", 10)],
    "NL": [("6", 9), ("20", 9), ("10", 9), ("70", 9), ("30", 9), ("40", 9)],
    "BR": [("119", 11), ("219", 11), ("319", 11), ("113", 10), ("213", 10), ("619", 11)],
    "TG": [("90", 8), ("91", 8), ("92", 8), ("93", 8), ("97", 8), ("98", 8), ("99", 8),
           ("22", 8)],
    "BZ": [("6", 7), ("2", 7), ("8", 7)],
    "ST": [("98", 7), ("99", 7), ("22", 7)],
}
TRUNK = {"US": "1", "AU": "0", "IE": "0", "DE": "0", "FR": "0", "ES": "", "IT": "",
         "NL": "0", "BR": "0", "TG": "", "BZ": "", "ST": ""}


def phone_valid(number: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and (
        phonenumbers.region_code_for_number(parsed) == region)


def make_phone(rng, region: str) -> tuple[str, str]:
    """(written form name, written phone) valid for the region."""
    while True:
        lead, size = rng.choice(PLANS[region])
        nsn = lead + "".join(str(rng.randrange(10)) for _ in range(size - len(lead)))
        parsed = phonenumbers.parse(f"+{CC[region]}{nsn}")
        if not phonenumbers.is_valid_number(parsed):
            continue
        if phonenumbers.region_code_for_number(parsed) != region:
            continue
        fmt = phonenumbers.PhoneNumberFormat
        intl = phonenumbers.format_number(parsed, fmt.INTERNATIONAL)
        nat = phonenumbers.format_number(parsed, fmt.NATIONAL)
        forms = ["intl", "national", "compact", "dotted", "dashed"]
        if TRUNK[region] == "0" and region != "BR":
            forms.append("intl_zero")
        form = rng.choice(forms)
        groups = re.sub(r"[^\d ]", " ", nat).split()
        if form == "intl":
            text = intl
        elif form == "national":
            text = nat
        elif form == "compact":
            text = phonenumbers.format_number(parsed, fmt.E164)
        elif form == "dotted":
            text = ".".join(groups)
        elif form == "dashed":
            text = "-".join(groups)
        else:
            rest = intl.split(" ", 1)[1]
            text = f"+{CC[region]} (0){rest}"
        if phone_valid(text, region):
            return form, text


# ---------------------------------------------------------------- cards
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def make_card(rng) -> tuple[str, str]:
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + "".join(
            str(rng.randrange(10)) for _ in range(12)))
        return "amex", f"{num[:4]} {num[4:10]} {num[10:]}"
    head = "4" if brand == "visa" else rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    num = luhn_complete(head + "".join(str(rng.randrange(10)) for _ in range(15 - len(head))))
    style = rng.choice(["grouped", "dashed", "compact"])
    sep = {"grouped": " ", "dashed": "-", "compact": ""}[style]
    return f"{brand}_{style}", sep.join(num[i:i + 4] for i in range(0, 16, 4))


def card_ok(text: str) -> bool:
    digits = re.sub(r"[ -]", "", text)
    return digits.isdigit() and len(digits) in (15, 16) and luhn_ok(digits)


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "IE": 22, "BR": 29, "ST": 25,
            "TG": 28}
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]
TG_BANKS = ["TG055", "TG182", "TG116", "TG005", "TG149"]


def _digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _alnum_value(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if len(s) != IBAN_LEN.get(s[:2], -1) or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if int(_alnum_value(s[4:] + s[:4])) % 97 != 1:
        return False
    return national_key_ok(s)


def rib_key(bank: str, branch: str, account: str) -> int:
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)


def es_dc(digits: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
       24, 23]


def odd_even_letter(s: str) -> str:
    """Check letter of the Italian codice fiscale and of the CIN (same odd/even tables)."""
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def national_key_ok(s: str) -> bool:
    cc, bban = s[:2], s[4:]
    if cc == "FR":
        return rib_key(bban[:5], bban[5:10], bban[10:21]) == int(bban[21:])
    if cc == "ES":
        return es_dc("00" + bban[:8]) + es_dc(bban[10:]) == bban[8:10]
    if cc == "IT":
        return odd_even_letter(bban[1:]) == bban[0]
    return True


def make_iban(rng, cc: str) -> str:
    if cc == "DE":
        bban = _digits(rng, 18)
    elif cc == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + acct + f"{rib_key(bank, branch, acct):02d}"
    elif cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2038", "0128"])
        branch, acct = _digits(rng, 4), _digits(rng, 10)
        bban = bank + branch + es_dc("00" + bank + branch) + es_dc(acct) + acct
    elif cc == "IT":
        body = rng.choice(["03069", "02008", "05034", "03062", "01030"]) + _digits(rng, 5) + \
            _digits(rng, 12)
        bban = odd_even_letter(body) + body
    elif cc == "NL":
        bban = rng.choice(NL_BANKS) + _digits(rng, 10)
    elif cc == "IE":
        bban = rng.choice(IE_BANKS) + _digits(rng, 14)
    elif cc == "BR":
        bban = rng.choice(["00360305", "60701190", "00000000", "90400888"]) + _digits(rng, 15) \
            + rng.choice("CP") + "1"
    elif cc == "ST":
        bban = rng.choice(["0001", "0002", "0003"]) + _digits(rng, 17)
    else:  # TG: UEMOA IBAN as printed by Togolese banks
        bban = rng.choice(TG_BANKS) + _digits(rng, 19)
    check = 98 - int(_alnum_value(bban + cc + "00")) % 97
    return f"{cc}{check:02d}{bban}"


def print_iban(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- bank values (ID in IBAN slot)
def aba_ok(r: str) -> bool:
    w = [3, 7, 1] * 3
    return len(r) == 9 and r.isdigit() and sum(int(a) * b for a, b in zip(r, w,
                                                                          strict=True)) % 10 == 0


def make_aba(rng) -> str:
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
        for c in "0123456789":
            if aba_ok(body + c):
                return body + c


# ---------------------------------------------------------------- national ids
def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def make_ssn(rng) -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            return f"{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def tfn_ok(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 9 and d.isdigit() and sum(
        int(a) * b for a, b in zip(d, TFN_W, strict=True)) % 11 == 0


def make_tfn(rng) -> str:
    while True:
        d = _digits(rng, 9)
        if d[0] != "0" and tfn_ok(d):
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def medicare_ok(s: str) -> bool:
    d = s.replace(" ", "").split("/")[0]
    if not (len(d) in (10, 11) and d.isdigit() and d[0] in "23456"):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(d[:8], w, strict=True)) % 10 == int(d[8])


def make_medicare(rng) -> str:
    body = str(rng.randrange(2, 7)) + _digits(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(body, w, strict=True)) % 10
    d = body + str(c) + str(rng.randrange(1, 10))
    return f"{d[:4]} {d[4:9]} {d[9]}"


def pps_letter(digits: str, suffix: str) -> str:
    total = sum(int(a) * b for a, b in zip(digits, range(8, 1, -1), strict=True))
    if suffix:
        total += 9 * (ord(suffix) - 64)
    r = total % 23
    return "W" if r == 0 else chr(64 + r)


def pps_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{7})\s?([A-W])([AWTX]?)", s)
    return bool(m) and pps_letter(m.group(1), m.group(3) if m.group(3) == "A" else "") == \
        m.group(2)


def make_pps(rng) -> str:
    d = _digits(rng, 7)
    suffix = rng.choice(["", "", "A"])
    return d + pps_letter(d, suffix) + suffix


def steuer_check(d10: str) -> int:
    product = 10
    for c in d10:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if not (len(d) == 11 and d.isdigit() and d[0] != "0"):
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    return steuer_check(d[:10]) == int(d[10])


def make_steuer(rng) -> str:
    while True:
        digits = rng.sample("0123456789", 9)
        twice = rng.choice(digits)
        body = digits + [twice]
        rng.shuffle(body)
        d = "".join(body)
        if d[0] == "0":
            continue
        d += str(steuer_check(d))
        if steuer_ok(d):
            return rng.choice([d, f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"])


PA_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"


def pa_check(s: str) -> int:
    w = [7, 3, 1]
    return sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3]
               for i, c in enumerate(s)) % 10


def pa_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", s)) and \
        pa_check(s[:9]) == int(s[9])


def make_pa(rng) -> str:
    body = rng.choice("CFGHJKLMNPRTVWXYZ") + "".join(rng.choice(PA_CHARS) for _ in range(8))
    return body + str(pa_check(body))


def nir_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if not (len(d) == 15 and d.isdigit() and d[0] in "12" and 1 <= int(d[3:5]) <= 12):
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])


def make_nir(rng) -> str:
    body = (rng.choice("12") + f"{rng.randrange(40, 100):02d}" + f"{rng.randrange(1, 13):02d}"
            + f"{rng.choice([1, 6, 13, 33, 31, 35, 44, 59, 67, 69, 75, 92, 93]):02d}"
            + f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 1000):03d}")
    key = 97 - int(body) % 97
    d = body + f"{key:02d}"
    return rng.choice([d, f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}"])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s: str) -> bool:
    m = re.fullmatch(r"([XYZ]?)-?(\d{7,8})-?([A-Z])", s)
    if not m:
        return False
    num = str("XYZ".index(m.group(1))) + m.group(2) if m.group(1) else m.group(2)
    if m.group(1) and len(m.group(2)) != 7 or not m.group(1) and len(m.group(2)) != 8:
        return False
    return DNI_LETTERS[int(num) % 23] == m.group(3)


def make_dni(rng) -> str:
    n = rng.randrange(10**6, 10**8)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def make_nie(rng) -> str:
    p = rng.randrange(3)
    n = rng.randrange(10**7)
    return f"{'XYZ'[p]}{n:07d}{DNI_LETTERS[int(str(p) + f'{n:07d}') % 23]}"


MONTHS_CF = "ABCDEHLMPRST"
BELFIORE = ["H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736", "D969", "C351"]


def _cf_part(name: str, given: bool) -> str:
    letters = [c for c in fold_upper(name) if c.isalpha()]
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def fold_upper(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
                   ).upper()


def make_cf(rng, surname: str, given: str, female: bool) -> str:
    day = rng.randrange(1, 29) + (40 if female else 0)
    body = (_cf_part(surname, False) + _cf_part(given, True) + f"{rng.randrange(100):02d}"
            + rng.choice(MONTHS_CF) + f"{day:02d}" + rng.choice(BELFIORE))
    return body + odd_even_letter(body)


def cf_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and \
        odd_even_letter(s[:15]) == s[15] and (1 <= int(s[9:11]) <= 31 or
                                              41 <= int(s[9:11]) <= 71)


def bsn_ok(s: str) -> bool:
    d = s.replace(".", "").replace(" ", "")
    if not (len(d) == 9 and d.isdigit()):
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0 and d != "000000000"


def make_bsn(rng) -> str:
    while True:
        d = str(rng.randrange(1, 10)) + _digits(rng, 8)
        if bsn_ok(d):
            return rng.choice([d, d, f"{d[:4]}.{d[4:6]}.{d[6:]}"])


def cpf_digits(d9: str) -> str:
    s = d9
    for n in (10, 11):
        r = sum(int(c) * w for c, w in zip(s, range(n, 1, -1), strict=True)) * 10 % 11
        s += str(r % 10)
    return s


def cpf_ok(s: str) -> bool:
    d = re.sub(r"[.\-]", "", s)
    return len(d) == 11 and d.isdigit() and len(set(d)) > 1 and cpf_digits(d[:9]) == d


def make_cpf(rng) -> str:
    d = cpf_digits(_digits(rng, 9))
    return rng.choice([d, f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"])


PIS_W = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]


def pis_ok(s: str) -> bool:
    d = re.sub(r"[.\-]", "", s)
    if not (len(d) == 11 and d.isdigit()):
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:10], PIS_W, strict=True)) % 11
    return (0 if r >= 10 else r) == int(d[10])


def make_pis(rng) -> str:
    body = "1" + _digits(rng, 9)
    r = 11 - sum(int(c) * w for c, w in zip(body, PIS_W, strict=True)) % 11
    d = body + str(0 if r >= 10 else r)
    return f"{d[:3]}.{d[3:8]}.{d[8:10]}-{d[10]}"


# format-only ids (no public check): US A-number, Togo CNI and NIF, Belize SSB number and
# passport, Sao Tome NIF and BI number
def make_anumber(rng) -> str:
    d = _digits(rng, 9)
    return rng.choice([f"A{d}", f"A-{d[:3]}-{d[3:6]}-{d[6:]}", f"A{d[:3]} {d[3:6]} {d[6:]}"])


FORMAT_ONLY = {
    "a_number": r"A-?\d{3}-?\s?\d{3}-?\s?\d{3}",
    "tg_cni": r"\d{4}-\d{3}-\d{4}",
    "tg_nif": r"1000\d{6}",
    "bz_ssb": r"\d{6}",
    "bz_passport": r"P\d{7}",
    "st_nif": r"[12]\d{8}",
    "st_bi": r"\d{6}",
    "us_account": r"\d{9,12}",
    "au_bank": r"\d{3}-\d{3} \d{6,9}",
    "bz_account": r"\d{3}-\d{2}-\d{5}",
    "aba": r"\d{9}",
    "us_bank": r"\d{9} \d{9,12}",
}


def make_format_only(rng, kind: str) -> str:
    if kind == "tg_cni":
        return f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 4)}"
    if kind == "tg_nif":
        return "1000" + _digits(rng, 6)
    if kind == "bz_ssb":
        return str(rng.randrange(100000, 999999))
    if kind == "bz_passport":
        return "P" + str(rng.randrange(1000000, 9999999))
    if kind == "st_nif":
        return rng.choice("12") + _digits(rng, 8)
    if kind == "st_bi":
        return str(rng.randrange(100000, 999999))
    if kind == "us_bank":
        return f"{make_aba(rng)} {rng.randrange(10**8, 10**12)}"
    if kind == "us_account":
        return str(rng.randrange(10**8, 10**12))
    if kind == "au_bank":
        bsb = rng.choice(["062", "033", "083", "013", "732", "484"]) + _digits(rng, 3)
        return f"{bsb[:3]}-{bsb[3:]} {rng.randrange(10**5, 10**9):d}"
    if kind == "bz_account":
        return f"{rng.randrange(100, 999)}-{_digits(rng, 2)}-{rng.randrange(10000, 99999)}"
    raise KeyError(kind)


# ---------------------------------------------------------------- ids per locale
# (type, cue words in the language, generator, checker)
ID_TYPES = {
    "en_US": [("ssn", ["SSN", "Social Security number"]),
              ("a_number", ["A-Number", "alien registration number", "USCIS number"])],
    "en_AU": [("tfn", ["TFN", "tax file number"]), ("medicare", ["Medicare number",
                                                                 "Medicare card no."])],
    "en_IE": [("pps", ["PPSN", "PPS number", "Personal Public Service number"])],
    "de_DE": [("steuer", ["Steuer-ID", "Steueridentifikationsnummer", "IdNr."]),
              ("pa", ["Ausweisnummer", "Personalausweis-Nr."])],
    "fr_FR": [("nir", ["numéro de sécurité sociale", "NIR", "n° de Sécu"])],
    "es_ES": [("dni", ["DNI"]), ("nie", ["NIE", "número de identidad de extranjero"])],
    "it_IT": [("cf", ["codice fiscale", "C.F."])],
    "nl_NL": [("bsn", ["BSN", "burgerservicenummer"])],
    "pt_BR": [("cpf", ["CPF"]), ("pis", ["PIS", "NIS/PIS"])],
    "fr_TG": [("tg_cni", ["numéro de CNI", "carte d'identité n°"]),
              ("tg_nif", ["NIF", "numéro d'identification fiscale"])],
    "en_BZ": [("bz_ssb", ["Social Security number", "SSB number"]),
              ("bz_passport", ["passport number", "passport no."])],
    "pt_ST": [("st_nif", ["NIF", "número de identificação fiscal"]),
              ("st_bi", ["BI", "bilhete de identidade n.º"])],
}
CHECKERS = {
    "ssn": ssn_ok, "tfn": tfn_ok, "medicare": medicare_ok, "pps": pps_ok, "steuer": steuer_ok,
    "pa": pa_ok, "nir": nir_ok, "dni": dni_ok, "nie": dni_ok, "cf": cf_ok, "bsn": bsn_ok,
    "cpf": cpf_ok, "pis": pis_ok, "iban": iban_ok, "card": card_ok, "aba": aba_ok,
}
CHECKERS["us_bank"] = lambda s: bool(re.fullmatch(r"\d{9} \d{9,12}", s)) and aba_ok(s[:9])
for _k, _pat in FORMAT_ONLY.items():
    if _k not in CHECKERS:
        CHECKERS[_k] = (lambda p: lambda s: bool(re.fullmatch(p, s)))(_pat)
BANK_LOCAL = {"en_US": "us_bank", "en_AU": "au_bank", "en_BZ": "bz_account"}
IBAN_CC = {"en_IE": "IE", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT",
           "nl_NL": "NL", "pt_BR": "BR", "fr_TG": "TG", "pt_ST": "ST"}


def make_id(rng, kind: str, names=None) -> str:
    if kind == "ssn":
        v = make_ssn(rng)
        return rng.choice([v, v, v.replace("-", "")])
    if kind == "a_number":
        return make_anumber(rng)
    if kind == "tfn":
        return make_tfn(rng)
    if kind == "medicare":
        return make_medicare(rng)
    if kind == "pps":
        return make_pps(rng)
    if kind == "steuer":
        return make_steuer(rng)
    if kind == "pa":
        return make_pa(rng)
    if kind == "nir":
        return make_nir(rng)
    if kind == "dni":
        return make_dni(rng)
    if kind == "nie":
        return make_nie(rng)
    if kind == "cf":
        surname, given, female = names
        return make_cf(rng, surname, given, female)
    if kind == "bsn":
        return make_bsn(rng)
    if kind == "cpf":
        return make_cpf(rng)
    if kind == "pis":
        return make_pis(rng)
    return make_format_only(rng, kind)


def ip_ok(text: str) -> bool:
    host = text.rsplit(":", 1)[0] if text.count(":") == 1 else text
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def make_ip(rng) -> tuple[str, str]:
    form = rng.choice(["v4", "v4", "v4_private", "v4_port", "v6", "v6_full"])
    while True:
        if form.startswith("v4"):
            if form == "v4_private":
                a = rng.choice([10, 172, 192])
                if a == 10:
                    ip = ipaddress.IPv4Address(f"10.{rng.randrange(256)}.{rng.randrange(256)}."
                                               f"{rng.randrange(1, 255)}")
                elif a == 172:
                    ip = ipaddress.IPv4Address(f"172.{rng.randrange(16, 32)}."
                                               f"{rng.randrange(256)}.{rng.randrange(1, 255)}")
                else:
                    ip = ipaddress.IPv4Address(f"192.168.{rng.randrange(256)}."
                                               f"{rng.randrange(1, 255)}")
                return form, str(ip)
            ip = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
            if not ip.is_global:
                continue
            if form == "v4_port":
                return form, f"{ip}:{rng.choice([8080, 8443, 3389, 22, 443, 5432, 9000])}"
            return form, str(ip)
        ip = ipaddress.IPv6Address((0x2A00 + rng.randrange(0x100)) << 112 |
                                   rng.randrange(1 << 64) << 32 >> rng.choice([0, 16, 32]))
        if not ip.is_global:
            continue
        return form, str(ip) if form == "v6" else ip.exploded
