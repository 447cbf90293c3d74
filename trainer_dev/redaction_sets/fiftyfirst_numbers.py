"""Numbers for the fifty-first set: check digits, ids, phones, cards, IBANs, IPs and the
numeric look-alikes of the maritime domain. Every check digit is computed here, by hand."""

from __future__ import annotations

import random
import string

DIG = string.digits
UP = string.ascii_uppercase


def digits(rng: random.Random, n: int, first: str = DIG) -> str:
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice(DIG) for _ in range(n - 1))


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


# --- checkers (pure; the self-test tries a valid and a corrupted value on each) ------------


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(ds))
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def tfn_ok(num: str) -> bool:  # Australian tax file number
    ds = [int(c) for c in num if c.isdigit()]
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(ds) == 9 and sum(a * b for a, b in zip(ds, w, strict=True)) % 11 == 0


def medicare_ok(num: str) -> bool:  # Australian Medicare card: 8 digits, check, issue
    ds = [int(c) for c in num if c.isdigit()]
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    if len(ds) != 10 or not 2 <= ds[0] <= 6:
        return False
    return sum(a * b for a, b in zip(ds[:8], w, strict=True)) % 10 == ds[8]


def ird_ok(num: str) -> bool:  # New Zealand IRD number, primary weights only
    ds = [int(c) for c in num if c.isdigit()]
    ds = [0] * (9 - len(ds)) + ds
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(a * b for a, b in zip(ds[:8], w, strict=True)) % 11
    check = 0 if r == 0 else 11 - r
    return check < 10 and check == ds[8]


def mod97_ok(num: str, modern: bool = False) -> bool:
    """Belgian national number (and 2000s births with a leading 2) or old account number."""
    ds = "".join(c for c in num if c.isdigit())
    body, check = ds[:-2], int(ds[-2:])
    for prefix in ("", "2") if modern else ("",):
        r = int(prefix + body) % 97
        if (97 - r if len(ds) == 11 else (r or 97)) == check:
            return True
    return False


def cpr_ok(num: str) -> bool:  # Danish CPR, classic modulus-11 rule
    ds = [int(c) for c in num if c.isdigit()]
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return len(ds) == 10 and sum(a * b for a, b in zip(ds, w, strict=True)) % 11 == 0


def _mod11_check(ds: list[int], w: list[int]) -> int:
    r = 11 - sum(a * b for a, b in zip(ds, w, strict=True)) % 11
    return 0 if r == 11 else r


def fnr_ok(num: str) -> bool:  # Norwegian fødselsnummer / D-nummer, two control digits
    ds = [int(c) for c in num if c.isdigit()]
    if len(ds) != 11:
        return False
    k1 = _mod11_check(ds[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2])
    k2 = _mod11_check(ds[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return k1 == ds[9] and k2 == ds[10]


def no_account_ok(num: str) -> bool:  # Norwegian kontonummer 4.2.5
    ds = [int(c) for c in num if c.isdigit()]
    return len(ds) == 11 and _mod11_check(ds[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == ds[10]


def no_org_ok(num: str) -> bool:  # Norwegian organisasjonsnummer
    ds = [int(c) for c in num if c.isdigit()]
    return len(ds) == 9 and _mod11_check(ds[:8], [3, 2, 7, 6, 5, 4, 3, 2]) == ds[8]


def cvr_ok(num: str) -> bool:  # Danish CVR
    ds = [int(c) for c in num if c.isdigit()]
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    return len(ds) == 8 and sum(a * b for a, b in zip(ds, w, strict=True)) % 11 == 0


def rut_check(body: str) -> str:
    total, w = 0, 2
    for c in reversed(body):
        total += int(c) * w
        w = 2 if w == 7 else w + 1
    r = 11 - total % 11
    return {11: "0", 10: "K"}.get(r, str(r))


def rut_ok(num: str) -> bool:
    clean = num.replace(".", "").replace(" ", "").upper()
    body, _, check = clean.partition("-")
    return body.isdigit() and rut_check(body) == check


def pesel_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    if len(ds) != 11:
        return False
    return (10 - sum(a * b for a, b in zip(ds[:10], w, strict=True)) % 10) % 10 == ds[10]


def _letter_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def dowod_ok(num: str) -> bool:  # Polish identity card: ABC + check + 5 digits
    s = num.replace(" ", "").upper()
    if len(s) != 9:
        return False
    vals = [_letter_value(c) for c in s]
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    return sum(a * b for a, b in zip(vals, w, strict=True)) % 10 == 0


def nip_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    return len(ds) == 10 and sum(a * b for a, b in zip(ds, w, strict=False)) % 11 == ds[9]


def regon_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    return len(ds) == 9 and sum(a * b for a, b in zip(ds, w, strict=False)) % 11 % 10 == ds[8]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(num: str) -> bool:  # Spanish DNI and NIE
    s = num.replace("-", "").replace(" ", "").upper()
    s = s.replace("X", "0", 1) if s[0] == "X" else s
    s = "1" + s[1:] if s[0] == "Y" else ("2" + s[1:] if s[0] == "Z" else s)
    return s[:-1].isdigit() and DNI_LETTERS[int(s[:-1]) % 23] == s[-1]


def nss_ok(num: str) -> bool:  # Spanish social security number: 2 + 8 + 2 control
    ds = "".join(c for c in num if c.isdigit())
    return len(ds) == 12 and int(ds[:10]) % 97 == int(ds[10:])


def ccc_digit(ds: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * x for c, x in zip(ds.rjust(10, "0"), w, strict=True)) % 11
    return {11: "0", 10: "1"}.get(r, str(r))


def cif_check(body: str) -> str:  # Spanish company CIF: letter + 7 digits + control
    ds = [int(c) for c in body]
    even = sum(ds[1::2])
    odd = sum(sum(divmod(d * 2, 10)) for d in ds[0::2])
    return str((10 - (even + odd) % 10) % 10)


def nir_ok(num: str) -> bool:  # French NIR with its key
    ds = "".join(c for c in num if c.isdigit())
    return len(ds) == 15 and 97 - int(ds[:13]) % 97 == int(ds[13:])


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def rib_ok(num: str) -> bool:
    ds = "".join(c for c in num if c.isdigit())
    return len(ds) == 23 and rib_key(ds[:5], ds[5:10], ds[10:21]) == ds[21:]


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    moved = s[4:] + s[:4]
    return int("".join(str(_letter_value(c)) for c in moved)) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(_letter_value(c)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def imo_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    if len(ds) != 7:
        return False
    return sum(d * w for d, w in zip(ds[:6], range(7, 1, -1), strict=True)) % 10 == ds[6]


def container_ok(code: str) -> bool:  # ISO 6346
    s = code.replace(" ", "").replace("-", "").upper()
    vals = []
    for c in s[:10]:
        if c.isdigit():
            vals.append(int(c))
        else:
            v = ord(c) - 55
            vals.append(v + (v - 1) // 10 if v > 10 else v)
    return sum(v * 2**i for i, v in enumerate(vals)) % 11 % 10 == int(s[10])


def ean_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    return sum(d * (3 if i % 2 else 1) for i, d in enumerate(ds)) % 10 == 0


def isbn10_ok(num: str) -> bool:
    s = [c for c in num.upper() if c.isdigit() or c == "X"]
    vals = [10 if c == "X" else int(c) for c in s]
    return len(vals) == 10 and sum(v * (10 - i) for i, v in enumerate(vals)) % 11 == 0


def abn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    ds[0] -= 1
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    return len(ds) == 11 and sum(a * b for a, b in zip(ds, w, strict=True)) % 89 == 0


def be_company_ok(num: str) -> bool:
    ds = "".join(c for c in num if c.isdigit())
    return len(ds) == 10 and 97 - int(ds[:8]) % 97 == int(ds[8:])


# --- generators ----------------------------------------------------------------------------


def _complete(rng: random.Random, make, ok, tries: int = 200) -> str:
    for _ in range(tries):
        v = make()
        if ok(v):
            return v
    raise AssertionError("no valid value drawn")


def birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)


def tfn(rng):
    return _complete(rng, lambda: digits(rng, 9, "1234567"), tfn_ok)


def medicare(rng):
    def make():
        body = digits(rng, 8, "23456")
        w = [1, 3, 7, 9, 1, 3, 7, 9]
        check = sum(int(c) * x for c, x in zip(body, w, strict=True)) % 10
        return body + str(check) + rng.choice("123")

    return make()


def ird(rng):
    return _complete(rng, lambda: digits(rng, 9, "1"), ird_ok)


def be_rrn(rng):
    y, m, d = birth(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
    r = int(("2" if y >= 2000 else "") + body) % 97
    return body + f"{97 - r:02d}"


def be_account(rng):
    body = digits(rng, 10, "0123456789")
    return body + f"{int(body) % 97 or 97:02d}"


def cpr(rng):
    def make():
        y, m, d = birth(rng)
        return f"{d:02d}{m:02d}{y % 100:02d}{rng.randint(0, 3999):04d}"

    return _complete(rng, make, cpr_ok, 400)


def fnr(rng, d_number: bool = False):
    def make():
        y, m, d = birth(rng)
        dd = d + 40 if d_number else d
        ind = rng.randint(0, 499) if y < 2000 else rng.randint(500, 999)
        body = [int(c) for c in f"{dd:02d}{m:02d}{y % 100:02d}{ind:03d}"]
        k1 = _mod11_check(body, [3, 7, 6, 1, 8, 9, 4, 5, 2])
        k2 = _mod11_check(body + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        return "".join(map(str, body)) + f"{k1 % 10}{k2 % 10}"

    return _complete(rng, make, fnr_ok, 400)


def no_account(rng):
    return _complete(rng, lambda: digits(rng, 11, "123456789"), no_account_ok)


def no_org(rng):
    return _complete(rng, lambda: digits(rng, 9, "89"), no_org_ok)


def cvr(rng):
    return _complete(rng, lambda: digits(rng, 8, "123456789"), cvr_ok, 400)


def rut(rng, low: int = 6_000_000, high: int = 24_999_999):
    body = str(rng.randint(low, high))
    return f"{int(body):,}".replace(",", ".") + "-" + rut_check(body)


def pesel(rng):
    y, m, d = birth(rng)
    mm = m + 20 if y >= 2000 else m
    body = f"{y % 100:02d}{mm:02d}{d:02d}" + digits(rng, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w, strict=False)) % 10) % 10)


def dowod(rng):
    letters = "".join(rng.choice(UP) for _ in range(3))
    rest = digits(rng, 5)
    for c in DIG:
        if dowod_ok(letters + c + rest):
            return letters + c + rest
    raise AssertionError


def nip(rng):
    return _complete(rng, lambda: digits(rng, 10, "123456789"), nip_ok)


def regon(rng):
    return _complete(rng, lambda: digits(rng, 9, "1234567"), regon_ok)


def dni(rng):
    n = rng.randint(10_000_000, 79_999_999)
    return f"{n}{DNI_LETTERS[n % 23]}"


def nie(rng):
    lead = rng.choice("XYZ")
    n = rng.randint(1_000_000, 9_999_999)
    return f"{lead}{n}{DNI_LETTERS[int('XYZ'.index(lead) * 10**7 + n) % 23]}"


def nss(rng):
    prov = rng.choice(["15", "36", "27", "32"])
    body = prov + digits(rng, 8)
    return f"{body}{int(body) % 97:02d}"


def nir(rng, dept: str = "974"):
    y, m, _ = birth(rng)
    body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 24):02d}"
    body += f"{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def rib(rng):
    bank, branch, acct = digits(rng, 5, "1"), digits(rng, 5), digits(rng, 11)
    return bank, branch, acct, rib_key(bank, branch, acct)


def nl_account(rng):  # old Dutch eleven-test account inside an NL IBAN
    def ok(s):
        return sum(int(c) * w for c, w in zip(s, range(10, 0, -1), strict=True)) % 11 == 0

    return _complete(rng, lambda: digits(rng, 10, "1234567"), ok, 400)


def es_bban(rng):
    bank, branch, acct = rng.choice(["2080", "2100", "0049", "0182", "2038"]), digits(rng, 4), (
        digits(rng, 10)
    )
    return bank + branch + ccc_digit("00" + bank + branch) + ccc_digit(acct) + acct


def fr_bban(rng):
    bank, branch, acct, key = rib(rng)
    return bank + branch + acct + key


def rng_choice(rng: random.Random, seq: list[str]) -> str:
    return rng.choice(seq)


IBAN_BBAN = {
    "BE": be_account,
    "DK": lambda r: digits(r, 14, "123456789"),
    "FO": lambda r: rng_choice(r, ["6460", "9181", "7600"]) + digits(r, 10),
    "NO": lambda r: no_account(r),
    "PL": lambda r: digits(r, 24, "123456789"),
    "ES": es_bban,
    "FR": fr_bban,
    "NL": lambda r: rng_choice(r, ["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + nl_account(r),
    "DE": lambda r: digits(r, 8, "123456789") + digits(r, 10),
    "GB": lambda r: rng_choice(r, ["NWBK", "BARC", "LOYD", "HBUK"]) + digits(r, 14),
}



def iban(rng: random.Random, country: str) -> str:
    return make_iban(country, IBAN_BBAN[country](rng))


def card(rng: random.Random) -> tuple[str, str]:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return group(num, [4, 6, 5], rng.choice([" ", " ", "-"])), "amex"
    lead = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720))}
    body = lead[brand] + digits(rng, 15 - len(lead[brand]))
    num = luhn_complete(body)
    style = rng.choice(["spaced", "spaced", "dashed", "plain"])
    sep = {"spaced": " ", "dashed": "-", "plain": ""}[style]
    return group(num, [4, 4, 4, 4], sep), style


def ipv4(rng: random.Random) -> str:
    first = rng.choice([31, 41, 45, 62, 77, 81, 91, 103, 121, 139, 151, 176, 185, 190, 203])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2001:db8", "2a02:c7c", "2404:6800", "2a01:4f8", "2800:150"])
    if rng.random() < 0.6:  # compressed: the :: stands for the missing groups
        return f"{head}::" + ":".join(f"{rng.randint(1, 0xFFFF):x}" for _ in range(3))
    return f"{head}:0:" + ":".join(f"{rng.randint(1, 0xFFFF):x}" for _ in range(5))


# --- numeric look-alikes of the domain (value, kind) ---------------------------------------


def imo(rng):
    body = digits(rng, 6, "9")
    return body + str(sum(int(c) * w for c, w in zip(body, range(7, 1, -1), strict=False)) % 10)


def container(rng):
    owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU", "SUDU", "TCNU"])
    body = owner + digits(rng, 6)
    for c in DIG:
        if container_ok(body + c):
            return body + c
    raise AssertionError


def ean13(rng, prefix: str = "57"):
    body = prefix + digits(rng, 12 - len(prefix))
    for c in DIG:
        if ean_ok(body + c):
            return body + c
    raise AssertionError


def isbn13(rng):
    body = "978" + rng.choice(["0", "1", "82", "87", "84", "2", "83"])
    body += digits(rng, 12 - len(body))
    full = ean13(rng, body)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def isbn10(rng):
    body = rng.choice(["0", "1"]) + digits(rng, 8)
    r = (11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11) % 11
    return body + ("X" if r == 10 else str(r))


def abn(rng):
    tail = digits(rng, 9)
    num = next(f"{p}{tail}" for p in range(10, 100) if abn_ok(f"{p}{tail}"))
    return group(num, [2, 3, 3, 3])


def be_company(rng):
    body = "0" + digits(rng, 7, "23456789")
    return f"{body[:4]}.{body[4:7]}.{body[7:]}" + f"{97 - int(body) % 97:02d}"


def cif(rng):
    body = digits(rng, 7)
    letter = rng.choice("ABF")
    return letter + body + cif_check(body)


def siret(rng):
    return luhn_complete(luhn_complete(digits(rng, 8, "3456789")) + "0001")


def siren(rng):
    return luhn_complete(digits(rng, 8, "3456789"))


def mmsi(rng, mid: str) -> str:
    return mid + digits(rng, 6)


def luhn_order(rng):  # a Luhn-valid 16-digit chandlery order number, grouped 3-7-6
    num = luhn_complete(digits(rng, 15, "2"))
    return f"{num[:3]}-{num[3:10]}-{num[10:]}"
