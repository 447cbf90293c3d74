"""Value generators for the twenty-ninth set. Each returns (value, form,
fragments). Check digits are computed here; phones are validated with
phonenumbers (validation only)."""

from __future__ import annotations

import random

import phonenumbers

from . import twentyninth_util as U
from .twentyninth_ids import national_id
from .twentyninth_places import IBAN_LOCALES, MAIL, REGION, STREETS, TOWNS, URLS

D = "0123456789"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(D) for _ in range(n))


# ---- phones ---------------------------------------------------------------
_PHONE_PLAN = {
    # (country code, list of national-number prefixes, national length, trunk prefix)
    "en_US": ("1", ["312", "512", "503", "614", "912", "303", "410", "610", "773", "737"], 10, ""),
    "en_GB": ("44", ["74", "75", "77", "78", "79", "20", "113", "161", "117", "131"], 10, "0"),
    "de_DE": ("49", ["151", "152", "160", "170", "171", "176", "30", "221", "89", "40"], 11, "0"),
    "fr_FR": ("33", ["6", "7", "1", "4", "5"], 9, "0"),
    "es_ES": ("34", ["6", "7", "91", "93", "96", "95"], 9, ""),
    "it_IT": ("39", ["33", "34", "32", "36", "39", "06", "02", "081"], 10, ""),
    "sr_RS": ("381", ["60", "61", "62", "63", "64", "65", "66", "69", "11", "21"], 9, "0"),
    "en_TT": ("1", ["868"], 10, ""),
    "fr_CI": ("225", ["07", "05", "01", "27"], 10, ""),
    "es_DO": ("1", ["809", "829", "849"], 10, ""),
    "pt_AO": ("244", ["92", "93", "94", "91", "99"], 9, ""),
    "en_TZ": ("255", ["75", "74", "76", "71", "65", "68", "78", "62"], 9, "0"),
}


def _valid(cc: str, nat: str, region: str) -> bool:
    try:
        n = phonenumbers.parse("+" + cc + nat, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region


def phone(r: random.Random, loc: str) -> tuple[str, str, list[str]]:
    cc, prefixes, length, trunk = _PHONE_PLAN[loc]
    region = REGION[loc]
    for _ in range(200):
        p = r.choice(prefixes)
        nat = p + _digits(r, length - len(p))
        if loc in ("en_US", "en_TT", "es_DO") and (nat[3] in "01" or nat[3:6] == "555"):
            continue
        if loc == "en_TT":
            nat = "868" + r.choice(["6", "7", "4", "3"]) + _digits(r, 6)
        if _valid(cc, nat, region):
            break
    else:
        raise RuntimeError(loc)
    form = r.choice(["intl", "national", "national", "compact", "local"])
    v = _fmt_phone(r, loc, cc, nat, trunk, form)
    return v, form, U.digit_windows(v)


def _fmt_phone(r: random.Random, loc: str, cc: str, nat: str, trunk: str, form: str) -> str:
    if loc in ("en_US", "en_TT", "es_DO"):
        a, b, c = nat[:3], nat[3:6], nat[6:]
        return {
            "intl": f"+1 {a} {b} {c}",
            "national": f"({a}) {b}-{c}",
            "compact": f"{a}{b}{c}",
            "local": f"{a}-{b}-{c}" if r.random() < 0.6 else f"1-{a}-{b}-{c}",
        }[form]
    if loc == "en_GB":
        if nat[0] == "7":
            n = f"0{nat[:4]} {nat[4:]}"
            i = f"+44 {nat[:4]} {nat[4:]}"
        elif nat.startswith("20"):
            n, i = f"020 {nat[2:6]} {nat[6:]}", f"+44 20 {nat[2:6]} {nat[6:]}"
        else:
            n, i = f"0{nat[:3]} {nat[3:6]} {nat[6:]}", f"+44 {nat[:3]} {nat[3:6]} {nat[6:]}"
        return {
            "intl": i,
            "national": n,
            "compact": "0" + nat,
            "local": i.replace("+44 ", "+44 (0)"),
        }[form]
    if loc == "de_DE":
        k = 3 if nat[0] == "1" else 2 if nat[:2] in ("30", "89", "40") else 3
        a, b = nat[:k], nat[k:]
        return {
            "intl": f"+49 {a} {b}",
            "national": f"0{a} {b}",
            "compact": f"0{a}{b}",
            "local": f"0{a}/{b[:4]} {b[4:]}" if r.random() < 0.5 else f"(0{a}) {b}",
        }[form]
    if loc in ("fr_FR", "fr_CI"):
        s = ("0" + nat) if loc == "fr_FR" else nat
        pairs = " ".join(s[i : i + 2] for i in range(0, 10, 2))
        ip = " ".join(nat[i : i + 2] for i in range(1, 9, 2))
        return {
            "intl": f"+{cc} {nat[0]} {ip}" if loc == "fr_FR" else f"+225 {pairs}",
            "national": pairs,
            "compact": s,
            "local": pairs.replace(" ", "."),
        }[form]
    if loc == "es_ES":
        a = f"{nat[:3]} {nat[3:6]} {nat[6:]}"
        return {
            "intl": f"+34 {nat[:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}",
            "national": a,
            "compact": nat,
            "local": f"{nat[:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}",
        }[form]
    if loc == "it_IT":
        k = 3 if nat[0] == "3" else len(next(p for p in _PHONE_PLAN[loc][1] if nat.startswith(p)))
        a, b = nat[:k], nat[k:]
        return {
            "intl": f"+39 {a} {b}",
            "national": f"{a} {b}",
            "compact": nat,
            "local": f"{a}/{b}" if r.random() < 0.5 else f"{a} {b[:3]} {b[3:]}",
        }[form]
    if loc == "sr_RS":
        a, b = nat[:2], nat[2:]
        return {
            "intl": f"+381 {a} {b}",
            "national": f"0{a} {b[:3]} {b[3:]}",
            "compact": f"0{a}{b}",
            "local": f"0{a}/{b[:3]}-{b[3:]}",
        }[form]
    if loc in ("pt_AO", "en_TZ"):
        a, b, c = nat[:3], nat[3:6], nat[6:]
        nat_f = f"{a} {b} {c}" if loc == "pt_AO" else f"0{a} {b} {c}"
        return {
            "intl": f"+{cc} {a} {b} {c}",
            "national": nat_f,
            "compact": nat_f.replace(" ", ""),
            "local": f"+{cc}{nat}" if loc == "en_TZ" or r.random() < 0.5 else f"00{cc} {a} {b} {c}",
        }[form]
    raise KeyError(loc)


# ---- cards ----------------------------------------------------------------
def card(r: random.Random) -> tuple[str, str, list[str]]:
    brand = r.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        p = r.choice(["34", "37"]) + _digits(r, 12)
        n = p + U.luhn_digit(p)
        v = f"{n[:4]} {n[4:10]} {n[10:]}"
        return v, "amex", U.digit_windows(v)
    p = "4" if brand == "visa" else r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    p += _digits(r, 15 - len(p))
    n = p + U.luhn_digit(p)
    form = r.choice(["spaced", "spaced", "dashed", "compact"])
    v = {
        "spaced": " ".join(n[i : i + 4] for i in range(0, 16, 4)),
        "dashed": "-".join(n[i : i + 4] for i in range(0, 16, 4)),
        "compact": n,
    }[form]
    return v, form, U.digit_windows(v)


# ---- IBAN / bank ------------------------------------------------------------
def _bban(r: random.Random, loc: str) -> tuple[str, str]:
    if loc == "en_GB":
        return "GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(r, 14)
    if loc == "de_DE":
        return "DE", r.choice(
            ["10050000", "37040044", "20050550", "43060967", "70150000"]
        ) + _digits(r, 10)
    if loc in ("fr_FR", "fr_CI"):
        if loc == "fr_CI":
            bank, br, acct = (
                "CI" + r.choice(["008", "042", "131", "059"]),
                _digits(r, 5),
                _digits(r, 12),
            )
            return "CI", bank + br + acct + U.mod97_key(bank[2:] + br + acct + "00")
        bank, br, acct = (
            r.choice(["30004", "30003", "20041", "10278", "42559"]),
            _digits(r, 5),
            _digits(r, 11),
        )
        return "FR", bank + br + acct + U.fr_rib_key(bank, br, acct)
    if loc == "es_ES":
        bank, br, acct = (
            r.choice(["2100", "0049", "0182", "2085", "1465"]),
            _digits(r, 4),
            _digits(r, 10),
        )
        return "ES", bank + br + U.es_dc(bank, br, acct) + acct
    if loc == "it_IT":
        rest = (
            r.choice(["03069", "02008", "05034", "01030", "03111"])
            + _digits(r, 5)
            + "0000"
            + _digits(r, 8)
        )
        return "IT", U.it_check_char(rest) + rest
    if loc == "sr_RS":
        n = r.choice(["160", "265", "205", "170", "325"]) + _digits(r, 13)
        return "RS", n + U.rs_key(n)
    if loc == "es_DO":
        return "DO", r.choice(["BRRD", "BPDO", "BCBH", "SCTB"]) + _digits(r, 20)
    if loc == "pt_AO":
        n = r.choice(["0040", "0006", "0055", "0051"]) + _digits(r, 15)
        return "AO", n + U.mod97_key(n + "00")
    raise KeyError(loc)


def iban(r: random.Random, loc: str) -> tuple[str, str, list[str]]:
    cc, bban = _bban(r, loc)
    ib = U.iban_make(cc, bban)
    form = r.choice(["print", "print", "compact"])
    v = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4)) if form == "print" else ib
    fr = U.digit_windows(v)
    return v, form, fr or ["s:" + ib]


def bank_account(r: random.Random, loc: str) -> tuple[str, str, list[str]]:
    """Non-IBAN countries: a local account number, labelled ID."""
    if loc == "en_US":
        v = _digits(r, r.choice([10, 12]))
        v = r.choice("123456789") + v[1:]
    elif loc == "en_TT":
        v = r.choice(["1", "3", "0"]) + _digits(r, 12)
        v = f"{v[:3]}-{v[3:6]}-{v[6:]}" if r.random() < 0.5 else v
    else:  # en_TZ
        v = r.choice(["015", "012", "2", "40"]) + _digits(r, 10)
        v = v[:13] if len(v) > 13 else v
    return v, "bank_account", U.digit_windows(v)


# ---- address --------------------------------------------------------------
def address(r: random.Random, loc: str) -> tuple[str, str, list[str]]:
    street, toks = r.choice(STREETS[loc])
    town, pc, extra = r.choice(TOWNS[loc])
    no = str(r.randint(1, 180))
    fr = ["t:" + t for t in toks]
    form = r.choice(["oneline", "oneline", "multiline", "street_town"])
    nl = "\n" if form == "multiline" else ", "
    if loc == "en_US":
        v = (
            f"{no}{r.choice(['', '', ' Apt 3B', ' Suite 210'])} {street}{nl}{town}, {extra} {pc}"
            if "Apt" not in no
            else ""
        )
        v = f"{no} {street}{nl}{town}, {extra} {pc}"
    elif loc == "en_GB":
        v = (
            f"{r.choice(['', 'Flat 2, ', 'Unit 4, '])}{no} {street}{nl}{town} {pc}"
            if form != "street_town"
            else f"{no} {street}, {town} {pc}"
        )
    elif loc in ("de_DE", "sr_RS"):
        v = f"{street} {no}{r.choice(['', '', 'a'])}{nl}{pc} {town}"
    elif loc == "fr_FR":
        tw = town.upper() if form == "multiline" else town
        v = f"{no}{r.choice(['', '', ' bis'])} {street}{nl}{pc} {tw}"
    elif loc == "es_ES":
        v = f"{street}, {no}{r.choice([', 2º B', ', 4º izq.', '', ', bajo'])}{nl}{pc} {town}"
    elif loc == "it_IT":
        v = f"{street} {no}{r.choice(['', '/B', ', int. 5'])}{nl}{pc} {town} ({extra})"
    elif loc == "en_TT":
        pre = r.choice([f"#{no} ", f"Lp {no} ", f"{no} ", f"LP#{no} "])
        v = f"{pre}{street}{nl}{town}"
    elif loc == "fr_CI":
        if form == "street_town":
            bp = f"{r.randint(1, 28):02d} BP {r.randint(100, 9999)}"
            v = f"{street}, {extra or town}, {bp} {town}"
            fr.append("p:" + bp)
        else:
            v = f"{street}{', ' + extra if extra else ''}, lot {no}{nl}{town}"
    elif loc == "es_DO":
        v = f"{street} #{no}{', ' + extra if extra else ''}{nl}{town} {pc}".rstrip()
    elif loc == "pt_AO":
        v = f"{street}, n.º {no}{', ' + extra if extra else ''}{nl}{town}"
    else:  # en_TZ
        if form == "street_town":
            box = str(r.randint(100, 79999))
            v = f"Plot {no}, {street}, P.O. Box {box}, {town}"
            fr.append("p:" + box)
        else:
            v = f"Plot {no}, {street}{', ' + extra if extra else ''}{nl}{town}"
    if pc:
        fr.append("p:" + pc)
    return v, form, fr


# ---- email / url / ip ------------------------------------------------------
def email(r: random.Random, loc: str, given: str, sur: str) -> tuple[str, str, list[str]]:
    g = U.fold(given).lower().replace(" ", "").replace("'", "")
    s = U.fold(sur).lower().replace(" ", "").replace("'", "")
    local = r.choice(
        [
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s[:1]}{r.randint(7, 99)}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g}{r.randint(70, 2001)}",
        ]
    )
    dom = r.choice(MAIL[loc])
    form = r.choice(["plain", "plain", "plain", "angle", "obfuscated", "mailto"])
    if form == "obfuscated":
        d1, d2 = dom.split(".", 1)
        v = (
            f"{local} [at] {d1} [dot] {d2.replace('.', ' [dot] ')}"
            if r.random() < 0.5
            else f"{local} (at) {dom}"
        )
    elif form == "angle":
        v = f"<{local}@{dom}>"
    elif form == "mailto":
        v = f"mailto:{local}@{dom}"
    else:
        v = f"{local}@{dom}"
    return v, form, ["t:" + local]


def url(r: random.Random, loc: str, given: str, sur: str) -> tuple[str, str, list[str]]:
    g = U.fold(given).lower().replace(" ", "-").replace("'", "")
    s = U.fold(sur).lower().replace(" ", "-").replace("'", "")
    slug = r.choice(
        [
            f"{g}-{s}",
            f"{g}{s}",
            f"{g}-{s}-{r.choice(['run', '10k', 'birthday', 'appeal', 'marathon'])}",
            f"{s}{g[0]}",
            f"{g}.{s}",
        ]
    )
    pat = r.choice(URLS[loc] + URLS["_all"])
    host_slug = pat.startswith("{s}")
    if host_slug:
        slug = slug.replace(".", "")
    body = pat.format(s=slug)
    form = r.choice(["https", "https", "bare", "www"])
    if form == "https":
        v = "https://" + body
    elif form == "www" and not body.startswith("www.") and not host_slug:
        v = "www." + body
    else:
        form = "bare"
        v = body
    return v, form, ["t:" + slug]


def ip(r: random.Random) -> tuple[str, str, list[str]]:
    if r.random() < 0.75:
        first = r.choice([41, 62, 77, 81, 92, 102, 105, 154, 176, 186, 190, 196, 197, 213, 88, 94])
        v = f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return v, "ipv4", ["p:" + v]
    grp = [r.choice(["2a02", "2c0f", "2001", "2803", "2a01"]), f"{r.randint(0x100, 0xFFFF):x}"] + [
        f"{r.randint(0, 0xFFFF):x}" for _ in range(2)
    ]
    v = ":".join(grp) + "::" + f"{r.randint(1, 0xFFF):x}"
    return v, "ipv6", ["p:" + v]


__all__ = ["national_id"]


def is_iban_locale(loc: str) -> bool:
    return loc in IBAN_LOCALES
