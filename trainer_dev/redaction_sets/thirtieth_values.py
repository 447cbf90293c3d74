"""Value generators for the thirtieth set: phones, cards, IBANs, national ids.

All check digits are computed here (Luhn, IBAN mod 97, national checks).
`phonenumbers` is used only to validate generated phone numbers.
"""

from __future__ import annotations

import phonenumbers

# locale -> (region, country code, [(nsn prefix, nsn length)], trunk)
PHONE_SPEC = {
    "en_US": (
        "US",
        "1",
        [("212", 10), ("415", 10), ("312", 10), ("617", 10), ("206", 10), ("512", 10), ("303", 10)],
        "",
    ),
    "en_IN": (
        "IN",
        "91",
        [("98", 10), ("99", 10), ("97", 10), ("88", 10), ("70", 10), ("63", 10)],
        "0",
    ),
    "de_DE": (
        "DE",
        "49",
        [("151", 11), ("160", 11), ("170", 11), ("176", 11), ("30", 10), ("89", 10)],
        "0",
    ),
    "fr_FR": ("FR", "33", [("6", 9), ("7", 9), ("1", 9), ("4", 9)], "0"),
    "pt_BR": ("BR", "55", [("119", 11), ("219", 11), ("319", 11), ("619", 11), ("113", 10)], "0"),
    "nl_NL": ("NL", "31", [("6", 9), ("20", 9), ("10", 9), ("30", 9)], "0"),
    "ca_ES": ("ES", "34", [("6", 9), ("93", 9), ("97", 9)], ""),
    "es_GT": ("GT", "502", [("3", 8), ("4", 8), ("5", 8), ("2", 8)], ""),
    "en_ZM": ("ZM", "260", [("97", 9), ("96", 9), ("95", 9), ("76", 9), ("211", 9)], "0"),
    "fr_CM": ("CM", "237", [("67", 9), ("69", 9), ("65", 9), ("68", 9), ("233", 9)], ""),
    "es_BO": ("BO", "591", [("7", 8), ("6", 8), ("2", 8)], ""),
    "sq_AL": ("AL", "355", [("67", 9), ("68", 9), ("69", 9), ("4", 8)], "0"),
}


def _groups(s: str, sizes: list[int]) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(out)


def phone_valid(locale: str, text: str) -> bool:
    region = PHONE_SPEC[locale][0]
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region


def make_phone(rng, locale: str) -> tuple[str, str]:
    """Return (written phone, form)."""
    region, cc, specs, trunk = PHONE_SPEC[locale]
    for _ in range(400):
        pre, n = rng.choice(specs)
        nsn = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre)))
        if region == "US" and (nsn[3] in "01" or nsn[3:6] == "555"):
            continue
        if phone_valid(locale, "+" + cc + nsn):
            break
    else:
        raise RuntimeError("no valid phone for " + locale)
    form = rng.choice(["e164", "intl", "national", "national", "alt"])
    if form == "e164":
        return "+" + cc + nsn, form
    nat = _national(locale, nsn, trunk)
    if form == "intl":
        if region in ("US",):
            return "+1 " + nsn[:3] + "-" + nsn[3:6] + "-" + nsn[6:], form
        return "+" + cc + " " + _groups(nsn, _intl_sizes(region, nsn)), form
    if form == "alt":
        if region == "US":
            return nsn[:3] + "." + nsn[3:6] + "." + nsn[6:], form
        if region == "FR":
            return ".".join([trunk + nsn[0]] + [nsn[i : i + 2] for i in range(1, 9, 2)]), form
        if region == "NL":
            return trunk + nsn[0] + "-" + nsn[1:], form
        if region == "IN":
            return "+91-" + nsn, form
        return nat.replace(" ", "-"), form
    return nat, form


def _intl_sizes(region: str, nsn: str) -> list[int]:
    return {
        "IN": [5, 5],
        "DE": [3, 8] if len(nsn) == 11 else [2, 8],
        "FR": [1, 2, 2, 2, 2],
        "BR": [2, 5, 4] if len(nsn) == 11 else [2, 4, 4],
        "NL": [1, 8] if nsn[0] == "6" else [2, 7],
        "ES": [3, 3, 3],
        "GT": [4, 4],
        "ZM": [2, 3, 4] if nsn[0] == "9" or nsn[0] == "7" else [3, 6],
        "CM": [1, 2, 2, 2, 2],
        "BO": [1, 3, 4] if nsn[0] in "67" else [1, 3, 4],
        "AL": [2, 3, 4] if len(nsn) == 9 else [1, 3, 4],
    }.get(region, [3, 3, 4])


def _national(locale: str, nsn: str, trunk: str) -> str:
    region = PHONE_SPEC[locale][0]
    if region == "US":
        return "(" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:]
    if region == "BR":
        return "(" + nsn[:2] + ") " + nsn[2:-4] + "-" + nsn[-4:]
    if region == "IN":
        return nsn[:5] + " " + nsn[5:]
    if region == "FR":
        return " ".join([trunk + nsn[0]] + [nsn[i : i + 2] for i in range(1, 9, 2)])
    if region == "CM":
        return nsn[0] + " " + " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
    if region in ("GT",):
        return nsn[:4] + " " + nsn[4:]
    if region == "BO":
        return nsn[:1] + nsn[1:4] + " " + nsn[4:]
    if region == "ES":
        return _groups(nsn, [3, 3, 3])
    if region == "DE":
        return trunk + (nsn[:3] + " " + nsn[3:] if len(nsn) == 11 else nsn[:2] + " " + nsn[2:])
    if region == "NL":
        return trunk + (nsn[0] + " " + nsn[1:] if nsn[0] == "6" else nsn[:2] + " " + nsn[2:])
    if region == "ZM":
        return trunk + _groups(nsn, [3, 3, 3])
    if region == "AL":
        return trunk + _groups(nsn, [2, 3, 4] if len(nsn) == 9 else [1, 3, 4])
    return trunk + nsn


# ---------------------------------------------------------------- cards
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise ValueError(body)


def make_card(rng) -> tuple[str, str]:
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        digits = luhn_complete(
            rng.choice(["34", "37"]) + "".join(str(rng.randrange(10)) for _ in range(12))
        )
        form = rng.choice(["grouped", "plain"])
        return (
            digits[:4] + " " + digits[4:10] + " " + digits[10:] if form == "grouped" else digits
        ), "amex_" + form
    pre = "4" if brand == "visa" else str(rng.randint(51, 55))
    digits = luhn_complete(pre + "".join(str(rng.randrange(10)) for _ in range(15 - len(pre))))
    form = rng.choice(["grouped", "grouped", "plain", "dashed"])
    if form == "plain":
        return digits, brand + "_plain"
    sep = " " if form == "grouped" else "-"
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4)), brand + "_" + form


# ---------------------------------------------------------------- IBAN
IBAN_LOCALES = {
    "de_DE": "DE",
    "fr_FR": "FR",
    "pt_BR": "BR",
    "nl_NL": "NL",
    "ca_ES": "ES",
    "es_GT": "GT",
    "sq_AL": "AL",
}


def _to_num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int(_to_num(s[4:] + s[:4])) % 97 == 1


def _iban(cc: str, bban: str) -> str:
    check = 98 - int(_to_num(bban + cc + "00")) % 97
    return f"{cc}{check:02d}{bban}"


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_dc(digits: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w, strict=False)) % 11
    return "1" if d == 10 else "0" if d == 11 else str(d)


def _nd(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_iban(rng, locale: str) -> tuple[str, str]:
    cc = IBAN_LOCALES[locale]
    if cc == "DE":
        bban = rng.choice(
            ["10070000", "20050550", "50010517", "37040044", "43060967", "10010010"]
        ) + _nd(rng, 10)
    elif cc == "FR":
        bank, branch, acct = (
            rng.choice(["30004", "30003", "20041", "10278", "30002"]),
            _nd(rng, 5),
            _nd(rng, 11),
        )
        bban = bank + branch + acct + rib_key(bank, branch, acct)
    elif cc == "BR":
        bban = (
            rng.choice(["00360305", "60701190", "00000000", "90400888"])
            + _nd(rng, 5)
            + _nd(rng, 10)
            + "C1"
        )
    elif cc == "NL":
        while True:
            acct = _nd(rng, 10)
            elf = sum(int(d) * w for d, w in zip(acct, range(10, 0, -1), strict=True))
            if elf % 11 == 0 and acct[0] != "0":
                break
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"]) + acct
    elif cc == "ES":
        bank, branch, acct = (
            rng.choice(["2100", "0049", "0182", "0081", "2085"]),
            _nd(rng, 4),
            _nd(rng, 10),
        )
        bban = bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    elif cc == "GT":
        bban = (
            rng.choice(["TRAJ", "BRRL", "AGRO", "INDL"])
            + "01"
            + rng.choice(["01", "02"])
            + _nd(rng, 16)
        )
    else:  # AL
        bban = rng.choice(["2021", "2121", "2081", "2051"]) + _nd(rng, 4) + _nd(rng, 16)
    iban = _iban(cc, bban)
    form = rng.choice(["grouped", "grouped", "compact"])
    if form == "grouped":
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)), "iban_grouped"
    return iban, "iban_compact"
