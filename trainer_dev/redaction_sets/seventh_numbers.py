"""Phones, cards, IBANs and IPs of the seventh set, per locale (national formats); national ids
live in seventh_ids."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import seventh_checks as ck
from trainer_dev.redaction_sets.seventh_ids import id_valid, national_id

__all__ = ["card", "iban", "id_valid", "ip", "national_id", "phone"]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return rng.choice("23456789") + _d(rng, n - 1)


# ------------------------------------------------------- phones (ITU-T E.164 national plans)
_NANP_US = ("212", "312", "415", "617", "206", "512", "303", "404", "713", "919", "801", "614")
_NANP_CA = ("416", "604", "514", "403", "613", "902", "780", "204", "306", "709", "647", "250")


def _nanp(rng: random.Random, areas: tuple[str, ...]) -> str:
    a, x, s = rng.choice(areas), _nz(rng, 3), _d(rng, 4)
    return rng.choice(
        [
            f"({a}) {x}-{s}",
            f"{a}-{x}-{s}",
            f"+1 {a} {x} {s}",
            f"{a}.{x}.{s}",
            f"1-{a}-{x}-{s}",
            f"+1 ({a}) {x}-{s}",
            f"{a} {x} {s}",
        ]
    )


def phone(rng: random.Random, locale: str) -> str:
    r = rng
    if locale == "en_US":
        return _nanp(r, _NANP_US)
    if locale == "en_CA":
        return _nanp(r, _NANP_CA)
    if locale == "en_GB":
        m = "7" + r.choice("123456789") + _d(r, 2)
        forms = [
            f"0{m} {_d(r, 6)}",
            f"+44 {m} {_d(r, 6)}",
            f"+44 (0){m} {_d(r, 3)} {_d(r, 3)}",
            f"020 {r.choice('378')}{_d(r, 3)} {_d(r, 4)}",
            f"0161 {_nz(r, 3)} {_d(r, 4)}",
            f"0113 {_nz(r, 3)} {_d(r, 4)}",
            f"+44 131 {_nz(r, 3)} {_d(r, 4)}",
            f"(0117) {_nz(r, 3)} {_d(r, 4)}",
        ]
        return r.choice(forms)
    if locale == "en_IE":
        m = "8" + r.choice("35679")
        forms = [
            f"0{m} {_d(r, 3)} {_d(r, 4)}",
            f"+353 {m} {_d(r, 3)} {_d(r, 4)}",
            f"0{m}-{_d(r, 7)}",
            f"(01) {_nz(r, 3)} {_d(r, 4)}",
            f"+353 1 {_nz(r, 3)} {_d(r, 4)}",
            f"021 {_nz(r, 3)} {_d(r, 4)}",
            f"091-{_nz(r, 6)}",
            f"+353 (0){m} {_d(r, 7)}",
        ]
        return r.choice(forms)
    if locale == "en_IN":
        m = r.choice("6789") + _d(r, 4)
        s = _d(r, 5)
        forms = [
            f"+91 {m} {s}",
            f"+91-{m}{s}",
            f"{m} {s}",
            f"0{m}{s}",
            f"+91 {m[:3]} {m[3:]}{s[:2]} {s[2:]}",
            f"011-2{_d(r, 3)} {_d(r, 4)}",
            f"022 {r.choice('26')}{_d(r, 3)} {_d(r, 4)}",
            f"080-{r.choice('24')}{_d(r, 3)}{_d(r, 4)}",
            f"(044) 2{_d(r, 3)} {_d(r, 4)}",
        ]
        return r.choice(forms)
    if locale == "en_AU":
        m = "4" + _d(r, 2)
        forms = [
            f"0{m} {_d(r, 3)} {_d(r, 3)}",
            f"+61 {m} {_d(r, 3)} {_d(r, 3)}",
            f"0{m}{_d(r, 6)}",
            f"(02) {r.choice('89')}{_d(r, 3)} {_d(r, 4)}",
            f"03 9{_d(r, 3)} {_d(r, 4)}",
            f"+61 7 3{_d(r, 3)} {_d(r, 4)}",
            f"(08) 9{_d(r, 3)} {_d(r, 4)}",
        ]
        return r.choice(forms)
    if locale == "de_DE":
        mob = r.choice(("151", "152", "160", "170", "171", "172", "176", "157", "162"))
        city = r.choice(("30", "40", "89", "221", "69", "711", "211", "341", "351", "511"))
        forms = [
            f"0{mob} {_d(r, 8)}",
            f"+49 {mob} {_d(r, 4)} {_d(r, 4)}",
            f"0{mob}/{_d(r, 7)}",
            f"0{city} {_nz(r, 3)} {_d(r, 4)}",
            f"+49 (0){city} {_nz(r, 7)}",
            f"0{city}-{_nz(r, 6)}",
            f"+49 {city} {_nz(r, 4)}-{_d(r, 2)}",
            f"0{city} / {_nz(r, 6)}",
        ]
        return r.choice(forms)
    if locale == "fr_FR":
        lead = r.choice(("6", "7", "1", "2", "3", "4", "5", "9"))
        p = [_d(r, 2) for _ in range(4)]
        forms = [
            f"0{lead} {' '.join(p)}",
            f"+33 {lead} {' '.join(p)}",
            f"0{lead}.{'.'.join(p)}",
            f"+33 (0){lead} {' '.join(p)}",
            f"0{lead}{''.join(p)}",
            f"0{lead}-{'-'.join(p)}",
        ]
        return r.choice(forms)
    if locale == "es_ES":
        first = r.choice(("6", "7", "91", "93", "96", "95", "94", "98"))
        rest = _d(r, 9 - len(first))
        num = first + rest
        forms = [
            f"{num[:3]} {num[3:6]} {num[6:]}",
            f"+34 {num[:3]} {num[3:5]} {num[5:7]} {num[7:]}",
            f"{num[:3]} {num[3:5]} {num[5:7]} {num[7:]}",
            f"+34 {num}",
            f"{num}",
            f"(+34) {num[:3]} {num[3:6]} {num[6:]}",
            f"{num[:2]} {num[2:5]} {num[5:7]} {num[7:]}",
        ]
        return r.choice(forms)
    if locale == "it_IT":
        mob = r.choice(("320", "328", "333", "338", "340", "347", "349", "366", "380", "392"))
        forms = [
            f"{mob} {_d(r, 3)} {_d(r, 4)}",
            f"+39 {mob} {_d(r, 7)}",
            f"{mob}.{_d(r, 7)}",
            f"02 {_nz(r, 4)} {_d(r, 4)}",
            f"06 {_nz(r, 8)}",
            f"+39 011 {_nz(r, 7)}",
            f"055-{_nz(r, 6)}",
            f"+39 {mob} {_d(r, 3)} {_d(r, 4)}",
        ]
        return r.choice(forms)
    if locale == "nl_NL":
        forms = [
            f"06-{_nz(r, 8)}",
            f"+31 6 {_d(r, 4)} {_d(r, 4)}",
            f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            f"020-{_nz(r, 7)}",
            f"010 {_nz(r, 3)} {_d(r, 4)}",
            f"+31 (0)30 {_nz(r, 3)} {_d(r, 4)}",
            f"070 - {_nz(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            f"0031 6 {_nz(r, 8)}",
        ]
        return r.choice(forms)
    if locale == "pt_BR":
        ddd = r.choice(("11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48", "27"))
        cel = "9" + _nz(r, 4)
        fix = r.choice("2345") + _d(r, 3)
        s = _d(r, 4)
        forms = [
            f"({ddd}) {cel}-{s}",
            f"+55 {ddd} {cel}-{s}",
            f"{ddd} {cel}-{s}",
            f"({ddd}) {fix}-{s}",
            f"+55 ({ddd}) {cel[0]} {cel[1:]}-{s}",
            f"0{ddd} {fix}-{s}",
            f"{ddd}{cel}{s}",
        ]
        return r.choice(forms)
    raise ValueError(locale)


# ---------------------------------------------------------------- cards (ISO/IEC 7812 IIN ranges)
_CARD_PREFIXES = {
    "visa": ("4",),
    "mc": ("51", "52", "53", "54", "55", "2221", "2300", "2490", "2720"),
    "amex": ("34", "37"),
    "discover": ("6011", "644", "65"),
    "jcb": ("3528", "3540", "3589"),
    "elo": ("636368", "438935", "504175", "451416", "627780"),
    "hipercard": ("606282",),
    "rupay": ("6080", "6521", "8174", "5085"),
    "maestro": ("6759", "5018", "5020"),
}
_CARD_BRANDS = {
    "en_US": ("visa", "mc", "amex", "discover", "visa"),
    "en_CA": ("visa", "mc", "amex"),
    "en_GB": ("visa", "mc", "amex", "maestro"),
    "en_IE": ("visa", "mc"),
    "en_IN": ("visa", "mc", "rupay", "rupay"),
    "en_AU": ("visa", "mc", "amex"),
    "de_DE": ("visa", "mc", "maestro"),
    "fr_FR": ("visa", "mc", "amex"),
    "es_ES": ("visa", "mc"),
    "it_IT": ("visa", "mc", "amex"),
    "nl_NL": ("visa", "mc", "maestro"),
    "pt_BR": ("visa", "mc", "elo", "hipercard", "elo"),
}


def card(rng: random.Random, locale: str) -> str:
    brand = rng.choice(_CARD_BRANDS[locale])
    prefix = rng.choice(_CARD_PREFIXES[brand])
    length = 15 if brand == "amex" else (19 if brand == "maestro" and rng.random() < 0.3 else 16)
    digits = ck.luhn_complete(prefix + _d(rng, length - len(prefix) - 1))
    if length == 15:
        return rng.choice(
            [
                f"{digits[:4]} {digits[4:10]} {digits[10:]}",
                f"{digits[:4]}-{digits[4:10]}-{digits[10:]}",
                digits,
            ]
        )
    groups = [digits[i : i + 4] for i in range(0, length, 4)]
    return rng.choice([" ".join(groups), "-".join(groups), digits, " ".join(groups)])


# ---------------------------------------------------------------- IBANs (ISO 13616 BBAN layouts)
def _bban(rng: random.Random, country: str) -> str:
    r = rng
    if country == "DE":
        return r.choice(("10070000", "37040044", "20050550", "50010517", "70150000")) + _d(r, 10)
    if country == "FR":
        bank, branch, acct = r.choice(("30004", "20041", "30003", "10278")), _d(r, 5), _d(r, 11)
        return bank + branch + acct + ck.rib_key(bank, branch, acct)
    if country == "ES":
        bank, branch, acct = r.choice(("2100", "0049", "0182", "2038", "0081")), _d(r, 4), _d(r, 10)
        return bank + branch + ck.es_account_dc(bank, branch, acct) + acct
    if country == "IT":
        return (
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            + r.choice(("03069", "02008", "05034"))
            + _d(r, 5)
            + _d(r, 12)
        )
    if country == "NL":
        return r.choice(("ABNA", "RABO", "INGB", "TRIO", "SNSB", "BUNQ")) + _d(r, 10)
    if country == "IE":
        return (
            r.choice(("AIBK", "BOFI", "IPBS")) + r.choice(("931152", "900017", "990510")) + _d(r, 8)
        )
    if country == "GB":
        return r.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + _d(r, 6) + _d(r, 8)
    if country == "BR":
        return _d(r, 8) + _d(r, 5) + _d(r, 10) + r.choice("CP") + r.choice("12")
    if country == "PT":
        return _d(r, 21)
    if country == "BE":
        first = _d(r, 10)
        return first + f"{int(first) % 97 or 97:02d}"
    raise ValueError(country)


_IBAN_COUNTRY = {
    "en_GB": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}


def iban(rng: random.Random, locale: str) -> str:
    country = _IBAN_COUNTRY.get(locale) or rng.choice(("DE", "GB", "FR", "NL", "IE"))
    if rng.random() < 0.08:
        country = rng.choice(("DE", "FR", "ES", "NL", "BE", "PT"))
    value = ck.iban_make(country, _bban(rng, country))
    if rng.random() < 0.7:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# ---------------------------------------------------------------- IPs
def ip(rng: random.Random) -> str:
    r = rng
    roll = r.random()
    if roll < 0.15:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if roll < 0.25:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if roll < 0.37:
        groups = ["2001", "db8" if r.random() < 0.3 else f"{r.randint(0x400, 0xFFF):x}"]
        groups += [f"{r.randint(0x100, 0xFFFF):x}" for _ in range(r.choice((2, 6)))]
        if len(groups) == 4:
            return ":".join(groups) + "::" + f"{r.randint(0x10, 0xFFF):x}"
        return ":".join(groups)
    while True:
        a = r.randint(2, 223)
        if a not in (10, 127, 100, 169, 172, 192):
            break
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
