"""Value makers for the nineteenth set: each returns (value, form, fragments)."""

from __future__ import annotations

import random
import re
import unicodedata

import phonenumbers

from .nineteenth_checks import (
    iban_make,
    luhn_complete,
)
from .nineteenth_locales import MAIL, PARTICLES, PHONE_REGION

IBAN_LOCALES = {
    "en_GB",
    "de_DE",
    "de_CH",
    "fr_FR",
    "fr_BE",
    "nl_BE",
    "es_ES",
    "it_IT",
    "hu_HU",
    "hr_HR",
    "sl_SI",
}


def fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
    ).replace("ı", "i")


def d_windows(value: str) -> list[str]:
    out: list[str] = []
    for seg in re.split(r"[A-Za-z]+", value):
        digits = re.sub(r"\D", "", seg)
        for i in range(len(digits) - 3):
            w = "d:" + digits[i : i + 4]
            if w not in out:
                out.append(w)
    return out


def name_tokens(name: str) -> list[str]:
    toks = [t for t in re.split(r"[\s\-]+", name) if t]
    return [
        t.rstrip(".") for t in toks if t.lower() not in PARTICLES and not re.fullmatch(r"\w\.?", t)
    ]


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- phones
_MOBILE = {
    "US": lambda r: (
        r.choice(["212", "415", "312", "617", "206", "512", "303", "404"])
        + str(r.randint(2, 9))
        + _digits(r, 6)
    ),
    "GB": lambda r: "7" + r.choice(["4", "5", "7", "8", "9"]) + _digits(r, 8),
    "DE": lambda r: (
        r.choice(["151", "160", "170", "171", "176", "157"]) + _digits(r, 8)
        if r.random() < 0.5
        else r.choice(["30", "89", "221", "40", "69"]) + str(r.randint(2, 9)) + _digits(r, 6)
    ),
    "CH": lambda r: (
        r.choice(["76", "77", "78", "79", "44", "31", "61"]) + str(r.randint(2, 9)) + _digits(r, 6)
    ),
    "FR": lambda r: r.choice(["6", "7", "1", "4"]) + str(r.randint(1, 9)) + _digits(r, 7),
    "BE": lambda r: (
        r.choice(["470", "471", "475", "477", "486", "494"]) + _digits(r, 6)
        if r.random() < 0.6
        else r.choice(["2", "9", "3"]) + str(r.randint(2, 9)) + _digits(r, 6)
    ),
    "ES": lambda r: r.choice(["6", "7", "91", "93"]) + _digits(r, 8)[: 8 if True else 0],
    "IT": lambda r: "3" + r.choice(["33", "35", "38", "40", "47", "48", "28"]) + _digits(r, 7),
    "HU": lambda r: r.choice(["20", "30", "70"]) + str(r.randint(2, 9)) + _digits(r, 6),
    "HR": lambda r: r.choice(["91", "92", "95", "98", "99"]) + _digits(r, 7),
    "SI": lambda r: (
        r.choice(["31", "40", "41", "51", "64", "70"]) + str(r.randint(1, 9)) + _digits(r, 5)
    ),
}
_CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "CH": "41",
    "FR": "33",
    "BE": "32",
    "ES": "34",
    "IT": "39",
    "HU": "36",
    "HR": "385",
    "SI": "386",
}
_TRUNK = {
    "US": "",
    "GB": "0",
    "DE": "0",
    "CH": "0",
    "FR": "0",
    "BE": "0",
    "ES": "",
    "IT": "",
    "HU": "06",
    "HR": "0",
    "SI": "0",
}


def _group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def _nsn_groups(region: str, nsn: str) -> list[int]:
    n = len(nsn)
    return {
        "US": [3, 3, 4],
        "GB": [4, 6],
        "DE": [3, n - 3] if nsn[0] == "1" else [len(nsn) - 7, 7],
        "CH": [2, 3, 2, 2],
        "FR": [1, 2, 2, 2, 2],
        "BE": [3, 2, 2, 2] if n == 9 else [1, 3, 2, 2],
        "ES": [3, 3, 3],
        "IT": [3, 3, 4],
        "HU": [2, 3, 4],
        "HR": [2, 3, n - 5],
        "SI": [2, 3, 3],
    }[region]


def phone(r: random.Random, locale: str) -> tuple[str, str, list[str]]:
    region = PHONE_REGION[locale]
    while True:
        nsn = _MOBILE[region](r)
        if region == "ES":
            nsn = nsn[:9]
        if region == "DE" and nsn[0] != "1":
            nsn = nsn[: r.choice([9, 10])] if nsn[:2] != "22" else nsn[:10]
        num = phonenumbers.parse("+" + _CC[region] + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    g = _nsn_groups(region, nsn)
    form = r.choice(["intl", "intl", "national", "national", "compact-intl", "dotted"])
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        value = {
            "intl": f"+1 {a} {b} {c}",
            "national": f"({a}) {b}-{c}",
            "compact-intl": f"+1{nsn}",
            "dotted": f"{a}.{b}.{c}",
        }[form]
    elif form == "intl":
        value = f"+{_CC[region]} " + (
            ("(0)" + _group(nsn, g))
            if region in ("DE", "CH") and r.random() < 0.3
            else _group(nsn, g)
        )
    elif form == "national":
        if region == "HU":
            value = (
                f"06-{nsn[:2]}/{nsn[2:5]}-{nsn[5:]}" if r.random() < 0.5 else "06 " + _group(nsn, g)
            )
        elif region == "DE" and r.random() < 0.5:
            cut = len(nsn) - (8 if nsn[0] == "1" else 7)
            value = f"0{nsn[:cut]}/{nsn[cut:]}"
        else:
            value = _TRUNK[region] + _group(nsn, g)
    elif form == "compact-intl":
        value = f"+{_CC[region]}{nsn}" if r.random() < 0.6 else f"00{_CC[region]} {nsn}"
    else:
        value = (
            _TRUNK[region] + _group(nsn, g, ".")
            if region not in ("ES", "IT")
            else _group(nsn, g, ".")
        )
    return value, form, d_windows(value)


# ---------------------------------------------------------------- email / url / ip
def email(r: random.Random, locale: str, given: str, surname: str) -> tuple[str, str, list[str]]:
    g = fold(given).lower().replace(" ", "")
    s = re.sub(r"[^a-z\-]", "", fold(surname).lower().replace(" ", ""))
    form = r.choice(["dot", "dot", "initial", "plain-year", "work", "obfuscated"])
    local = {
        "dot": f"{g}.{s}",
        "initial": f"{g[0]}{s}",
        "plain-year": f"{g}{s}{r.randint(70, 99)}",
        "work": f"{g}.{s}",
        "obfuscated": f"{g}.{s}",
    }[form]
    dom = r.choice(MAIL[locale])
    if form == "work":
        tld = {"en_US": "com", "en_GB": "co.uk"}.get(locale, locale[-2:].lower())
        dom = f"{s.replace('-', '')}-consulting.{tld}"
    value = f"{local} [at] {dom}" if form == "obfuscated" else f"{local}@{dom}"
    frags = [f"t:{local}", f"s:{local}@{dom}" if form != "obfuscated" else f"s:{local} [at] {dom}"]
    return value, form, frags


def url(r: random.Random, locale: str, given: str, surname: str) -> tuple[str, str, list[str]]:
    g = fold(given).lower()
    s = re.sub(r"[^a-z]", "", fold(surname).lower())
    form = r.choice(["profile", "profile", "personal-site", "booking", "portfolio-bare"])
    tld = {"en_US": "com", "en_GB": "co.uk"}.get(locale, locale[-2:].lower())
    if form == "profile":
        slug = f"{g}-{s}-{r.choice('abcdef0123456789')}{r.randint(10, 99)}{r.choice('abcdef')}"
        value = (
            f"https://www.linkedin.com/in/{slug}/"
            if r.random() < 0.5
            else f"linkedin.com/in/{slug}"
        )
        frags = [f"t:{slug}"]
    elif form == "booking":
        slug = f"{g}-{s}"
        value = f"https://calendly.com/{slug}/{r.choice(['30min', 'kaffee', 'intro', 'chat'])}"
        frags = [f"t:{slug}"]
    elif form == "personal-site":
        host = f"{g}{s}.{tld}"
        value = f"https://{host}" + r.choice(["", "/", "/cv", "/portfolio"])
        frags = [f"t:{host}"]
    else:
        host = f"{s}-{g}.{r.choice(['dev', 'design', 'net', tld])}"
        value = f"www.{host}" if r.random() < 0.5 else host
        frags = [f"t:{host}"]
    return value, form, frags


def ip(r: random.Random) -> tuple[str, str, list[str]]:
    form = r.choice(["ipv4-public", "ipv4-public", "ipv4-private", "ipv6"])
    if form == "ipv4-public":
        first = r.choice([81, 85, 91, 178, 193, 212, 87, 62])
        value = f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
    elif form == "ipv4-private":
        value = r.choice(
            [
                f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                f"10.{r.randint(0, 99)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
            ]
        )
    else:
        value = (
            "2a02:"
            + ":".join(f"{r.randint(0x100, 0xFFFF):x}" for _ in range(3))
            + "::"
            + f"{r.randint(1, 0xFFF):x}"
        )
    return value, form, [f"p:{value}"]


# ---------------------------------------------------------------- card / iban
def card(r: random.Random) -> tuple[str, str, list[str]]:
    brand = r.choice(["visa", "visa", "mastercard", "mastercard", "amex", "maestro"])
    if brand == "visa":
        num = luhn_complete("4" + _digits(r, 14))
    elif brand == "mastercard":
        pre = r.choice(["51", "52", "53", "54", "55", "2221", "2720", "2305"])
        num = luhn_complete(pre + _digits(r, 15 - len(pre)))
    elif brand == "amex":
        num = luhn_complete(r.choice(["34", "37"]) + _digits(r, 12))
    else:
        num = luhn_complete(r.choice(["6759", "6761"]) + _digits(r, 14))
    style = r.choice(["spaced", "spaced", "compact", "dashed"])
    if brand == "amex" and style != "compact":
        style = "spaced"  # Amex is written 4-6-5 with spaces
        value = f"{num[:4]} {num[4:10]} {num[10:]}"
    elif style == "compact":
        value = num
    else:
        sep = " " if style == "spaced" else "-"
        value = sep.join(num[i : i + 4] for i in range(0, len(num), 4))
    return value, f"{brand}-{style}", d_windows(value)


def _bban(r: random.Random, cc: str) -> str:
    if cc == "GB":
        return r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(r, 14)
    if cc == "DE":
        return r.choice(["10070000", "37040044", "50010517", "70020270", "20050550"]) + _digits(
            r, 10
        )
    if cc == "FR":
        bank, guichet, acct = (
            r.choice(["30004", "20041", "30003", "10107"]),
            _digits(r, 5),
            _digits(r, 11),
        )
        key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
        return f"{bank}{guichet}{acct}{key:02d}"
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        bank, branch, acct = (
            r.choice(["2100", "0049", "0182", "2038", "0081"]),
            _digits(r, 4),
            _digits(r, 10),
        )

        def dc(s: str) -> int:
            v = 11 - sum(int(c) * x for c, x in zip(s, w, strict=False)) % 11
            return {11: 0, 10: 1}.get(v, v)

        return f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
    if cc == "IT":
        return (
            r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
            + r.choice(["03069", "02008", "05034", "03062"])
            + _digits(r, 5)
            + _digits(r, 12)
        )
    if cc == "HU":
        return r.choice(["117", "104", "116", "120"]) + _digits(r, 21)
    if cc == "HR":
        return r.choice(["2360000", "2340009", "2484008", "2402006"]) + _digits(r, 10)
    if cc == "CH":
        return r.choice(["00762", "00235", "80808", "00700"]) + _digits(r, 12)
    if cc == "BE":
        first = r.choice(["001", "063", "068", "310", "737"]) + _digits(r, 7)
        chk = int(first) % 97 or 97
        return f"{first}{chk:02d}"
    if cc == "SI":
        first = r.choice(["02010", "04515", "10100", "06000"]) + _digits(r, 8)
        chk = 98 - (int(first) * 100) % 97
        return f"{first}{chk:02d}"
    raise ValueError(cc)


def iban(r: random.Random, locale: str) -> tuple[str, str, list[str]]:
    cc = {
        "en_GB": "GB",
        "de_DE": "DE",
        "de_CH": "CH",
        "fr_FR": "FR",
        "fr_BE": "BE",
        "nl_BE": "BE",
        "es_ES": "ES",
        "it_IT": "IT",
        "hu_HU": "HU",
        "hr_HR": "HR",
        "sl_SI": "SI",
    }[locale]
    raw = iban_make(cc, _bban(r, cc))
    form = r.choice(["grouped", "grouped", "compact"])
    value = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if form == "grouped" else raw
    return (
        value,
        form,
        d_windows(value) + [f"s:{raw[-6:]}"] if form == "compact" else d_windows(value),
    )
