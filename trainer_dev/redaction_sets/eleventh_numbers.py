"""Phones, cards, IBANs and national ids for the eleventh set, from each numbering plan.

Every generator returns (value, form, fragments).
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import eleventh_checks as ck
from trainer_dev.redaction_sets.eleventh_leak import digit_windows, iban_fragments

_D = "0123456789"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_D) for _ in range(n))


_NANP = {
    "en_US": (
        "212",
        "415",
        "617",
        "312",
        "512",
        "503",
        "303",
        "919",
        "608",
        "520",
        "718",
        "404",
        "206",
        "734",
    ),
    "en_CA": (
        "416",
        "647",
        "437",
        "604",
        "778",
        "514",
        "438",
        "403",
        "587",
        "613",
        "902",
        "204",
        "780",
    ),
}


def _nanp(locale: str, rng: random.Random) -> tuple[str, str, list[str]]:
    area = rng.choice(_NANP[locale])
    exch = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(2, 9)}"
    if exch[1:] == "11" or exch == "555":
        exch = "382"
    line = _digits(rng, 4)
    forms = [
        ("national", f"({area}) {exch}-{line}"),
        ("national", f"{area}-{exch}-{line}"),
        ("dotted", f"{area}.{exch}.{line}"),
        ("international", f"+1 {area} {exch} {line}"),
        ("international", f"+1-{area}-{exch}-{line}"),
        ("odd_spacing", f"{area}{exch[:2]} {exch[2]}{line}"),
    ]
    form, value = rng.choice(forms)
    return value, form, digit_windows(area + exch + line)


def phone(locale: str, rng: random.Random) -> tuple[str, str, list[str]]:
    if locale in _NANP:
        return _nanp(locale, rng)
    r = rng.randint
    mobile = rng.random() < 0.65
    if locale == "en_GB":
        if mobile:
            nsn = f"7{r(4, 9)}{_digits(rng, 8)}"
            opts = [
                ("national", f"0{nsn[:4]} {nsn[4:]}"),
                ("international", f"+44 {nsn[:4]} {nsn[4:]}"),
                ("international", f"+44 (0){nsn[:4]} {nsn[4:7]} {nsn[7:]}"),
                ("odd_spacing", f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"),
            ]
        else:
            nsn = rng.choice(
                (
                    f"20{r(3, 8)}{_digits(rng, 7)}",
                    f"161{r(2, 9)}{_digits(rng, 6)}",
                    f"113{r(2, 9)}{_digits(rng, 6)}",
                )
            )
            opts = [
                (
                    "national",
                    f"0{nsn[:2]} {nsn[2:6]} {nsn[6:]}"
                    if nsn.startswith("20")
                    else f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                ),
                (
                    "international",
                    f"+44 {nsn[:2]} {nsn[2:6]} {nsn[6:]}"
                    if nsn.startswith("20")
                    else f"+44 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                ),
            ]
    elif locale == "en_IE":
        if mobile:
            nsn = f"8{rng.choice('35679')}{_digits(rng, 7)}"
            opts = [
                ("national", f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}"),
                ("national", f"0{nsn[:2]}-{nsn[2:]}"),
                ("international", f"+353 {nsn[:2]} {nsn[2:5]} {nsn[5:]}"),
                ("international", f"00353 {nsn[:2]} {nsn[2:]}"),
            ]
        else:
            nsn = f"1{r(2, 9)}{_digits(rng, 6)}"
            opts = [
                ("national", f"01 {nsn[1:4]} {nsn[4:]}"),
                ("international", f"+353 (0)1 {nsn[1:4]} {nsn[4:]}"),
            ]
    elif locale == "en_IN":
        if mobile:
            nsn = f"{r(6, 9)}{_digits(rng, 9)}"
            opts = [
                ("national", f"{nsn[:5]} {nsn[5:]}"),
                ("international", f"+91 {nsn[:5]} {nsn[5:]}"),
                ("international", f"+91-{nsn}"),
                ("trunk", f"0{nsn}"),
                ("odd_spacing", f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"),
            ]
        else:
            nsn = rng.choice((f"80{r(2, 6)}{_digits(rng, 7)}", f"22{r(2, 6)}{_digits(rng, 7)}"))
            opts = [
                ("national", f"0{nsn[:2]} {nsn[2:6]} {nsn[6:]}"),
                ("national", f"0{nsn[:2]}-{nsn[2:]}"),
            ]
    elif locale == "en_AU":
        if mobile:
            nsn = f"4{r(0, 9)}{r(0, 9)}{_digits(rng, 6)}"
            opts = [
                ("national", f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"),
                ("international", f"+61 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"),
                ("odd_spacing", f"0{nsn[:1]} {nsn[1:5]} {nsn[5:]}"),
            ]
        else:
            nsn = f"{rng.choice('2378')}{r(3, 9)}{_digits(rng, 7)}"
            opts = [
                ("national", f"(0{nsn[0]}) {nsn[1:5]} {nsn[5:]}"),
                ("international", f"+61 {nsn[0]} {nsn[1:5]} {nsn[5:]}"),
            ]
    elif locale == "de_DE":
        if mobile:
            pre = rng.choice(("51", "52", "60", "62", "70", "71", "72", "76", "79"))
            nsn = f"1{pre}{_digits(rng, 7 + r(0, 1))}"
            opts = [
                ("national", f"0{nsn[:3]} {nsn[3:]}"),
                ("national", f"0{nsn[:3]}/{nsn[3:]}"),
                ("international", f"+49 {nsn[:3]} {nsn[3:]}"),
                ("international", f"+49 (0){nsn[:3]} {nsn[3:6]} {nsn[6:]}"),
                ("odd_spacing", f"0{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"),
            ]
        else:
            nsn = rng.choice(
                (
                    f"30{r(2, 9)}{_digits(rng, 7)}",
                    f"89{r(2, 9)}{_digits(rng, 6)}",
                    f"221{r(2, 9)}{_digits(rng, 5)}",
                    f"40{r(2, 9)}{_digits(rng, 6)}",
                )
            )
            cut = 3 if nsn.startswith("221") else 2
            opts = [
                ("national", f"0{nsn[:cut]} {nsn[cut:]}"),
                ("national", f"0{nsn[:cut]}-{nsn[cut:]}"),
                ("international", f"+49 {nsn[:cut]} {nsn[cut:]}"),
            ]
    elif locale == "fr_FR":
        nsn = f"{rng.choice('67') if mobile else rng.choice('1245')}{_digits(rng, 8)}"
        pairs = " ".join(nsn[i : i + 2] for i in range(1, 9, 2))
        opts = [
            ("national", f"0{nsn[0]} {pairs}"),
            ("dotted", f"0{nsn[0]}." + pairs.replace(" ", ".")),
            ("international", f"+33 {nsn[0]} {pairs}"),
            ("compact", f"0{nsn}"),
            ("international", f"+33 (0){nsn[0]} {pairs}"),
        ]
    elif locale == "es_ES":
        nsn = f"{rng.choice('67') if mobile else '9'}{_digits(rng, 8)}"
        opts = [
            ("national", f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"),
            ("national", f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"),
            ("international", f"+34 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"),
            ("compact", nsn),
            ("international", f"0034 {nsn}"),
        ]
    elif locale == "it_IT":
        if mobile:
            nsn = f"3{r(2, 9)}{r(0, 9)}{_digits(rng, 7)}"
            opts = [
                ("national", f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"),
                ("compact", nsn),
                ("international", f"+39 {nsn[:3]} {nsn[3:]}"),
                ("national", f"{nsn[:3]}-{nsn[3:]}"),
                ("odd_spacing", f"{nsn[:3]} {nsn[3:5]} {nsn[5:8]} {nsn[8:]}"),
            ]
        else:
            nsn = rng.choice(
                (
                    f"02{_digits(rng, 8)}",
                    f"06{_digits(rng, 8)}",
                    f"051{_digits(rng, 6)}",
                    f"081{_digits(rng, 7)}",
                )
            )
            cut = 2 if nsn[1] in "26" else 3
            opts = [
                ("national", f"{nsn[:cut]} {nsn[cut:]}"),
                ("international", f"+39 {nsn[:cut]} {nsn[cut:]}"),
            ]
    elif locale == "nl_NL":
        if mobile:
            nsn = f"6{r(1, 5)}{_digits(rng, 7)}"
            opts = [
                ("national", f"06-{nsn[1:]}"),
                ("national", f"06 {nsn[1:5]} {nsn[5:]}"),
                ("international", f"+31 6 {nsn[1:]}"),
                ("international", f"+31 (0)6 {nsn[1:]}"),
                ("odd_spacing", f"06 {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"),
            ]
        else:
            nsn = rng.choice(
                (
                    f"20{r(2, 9)}{_digits(rng, 6)}",
                    f"10{r(2, 9)}{_digits(rng, 6)}",
                    f"30{r(2, 9)}{_digits(rng, 6)}",
                )
            )
            opts = [
                ("national", f"0{nsn[:2]}-{nsn[2:]}"),
                ("international", f"+31 {nsn[:2]} {nsn[2:]}"),
            ]
    else:
        ddd = rng.choice(("11", "21", "31", "41", "51", "61", "71", "81", "85"))
        if mobile:
            sub = f"9{r(6, 9)}{_digits(rng, 7)}"
            opts = [
                ("national", f"({ddd}) {sub[:5]}-{sub[5:]}"),
                ("international", f"+55 {ddd} {sub[:5]}-{sub[5:]}"),
                ("odd_spacing", f"{ddd} 9 {sub[1:5]} {sub[5:]}"),
                ("compact", f"{ddd}{sub}"),
                ("wa", f"+55 ({ddd}) {sub[:5]}-{sub[5:]}"),
            ]
        else:
            sub = f"{r(2, 5)}{_digits(rng, 7)}"
            opts = [
                ("national", f"({ddd}) {sub[:4]}-{sub[4:]}"),
                ("international", f"+55 {ddd} {sub[:4]}-{sub[4:]}"),
            ]
        nsn = ddd + sub
    form, value = rng.choice(opts)
    return value, form, digit_windows(nsn)


def card(rng: random.Random) -> tuple[str, str, list[str]]:
    brand = rng.choice(("Visa", "Mastercard", "Amex", "Visa", "Mastercard"))
    if brand == "Visa":
        body = "4" + _digits(rng, 14)
    elif brand == "Mastercard":
        body = rng.choice(("51", "52", "53", "54", "55", "22" + str(rng.randint(21, 71))))
        body += _digits(rng, 15 - len(body))
    else:
        body = rng.choice(("34", "37")) + _digits(rng, 12)
    num = body + ck.luhn_digit(body)
    if brand == "Amex":
        value = rng.choice((f"{num[:4]} {num[4:10]} {num[10:]}", num))
    else:
        sep = rng.choice((" ", " ", "-", "", "  "))
        value = sep.join(num[i : i + 4] for i in range(0, 16, 4))
    return value, brand, digit_windows(num)


def _bban(country: str, rng: random.Random) -> str:
    r = rng.randint
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if country in ("GB", "IE"):
        bank = (
            rng.choice(("NWBK", "BARC", "HBUK", "LOYD", "MIDL"))
            if country == "GB"
            else rng.choice(("AIBK", "BOFI", "IPBS"))
        )
        return bank + _digits(rng, 14)
    if country == "DE":
        return f"{r(1, 8)}{_digits(rng, 7)}{_digits(rng, 10)}"
    if country == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        return bank + branch + acct + ck.rib_key(bank, branch, acct)
    if country == "ES":
        ent, off, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        return ent + off + ck.es_ccc_digits(ent, off, acct) + acct
    if country == "IT":
        rest = f"0{_digits(rng, 4)}{_digits(rng, 5)}{_digits(rng, 12)}"
        return ck.italian_check_char(rest) + rest
    if country == "NL":
        return rng.choice(("ABNA", "INGB", "RABO", "SNSB", "TRIO")) + _digits(rng, 10)
    if country == "BR":
        return _digits(rng, 8) + _digits(rng, 5) + _digits(rng, 10) + "C" + rng.choice(up[:2])
    raise ValueError(country)


_IBAN_HOME = {
    "en_GB": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}


def iban(locale: str, rng: random.Random) -> tuple[str, str, list[str]]:
    country = _IBAN_HOME.get(locale) or rng.choice(("GB", "DE", "IE", "NL", "FR"))
    if locale in _IBAN_HOME and rng.random() < 0.15:
        country = rng.choice(("DE", "NL", "ES", "FR"))
    bban = _bban(country, rng)
    compact = country + ck.iban_check(country, bban) + bban
    style = rng.random()
    if style < 0.6:
        value = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    elif style < 0.78:
        value = compact
    elif style < 0.88:
        value = f"{compact[:4]} {compact[4:]}"
    else:
        value = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)).lower()
    return value, f"iban_{country}", iban_fragments(value.upper())
