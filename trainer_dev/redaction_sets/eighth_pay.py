"""Eighth set: payment records: cards (ISO/IEC 7812 IIN ranges + Luhn), IBANs (ISO 13616 mod-97,
with the national check digits of FR, ES, IT and NL), EAN-13 and ISBN-13 look-alikes."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.eighth_checks import (
    _num,
    cf_check,
    group4,
    iban_make,
    iban_ok,
    luhn_complete,
)

# --------------------------------------------------------------------------- cards

# (brand, IIN prefixes, length, grouping)
CARD_BRANDS = {
    "Visa": (["4"], 16, (4, 4, 4, 4)),
    "Mastercard": (
        ["51", "52", "53", "54", "55", "2221", "2300", "2566", "2720"],
        16,
        (4, 4, 4, 4),
    ),
    "American Express": (["34", "37"], 15, (4, 6, 5)),
    "RuPay": (["60", "6521", "6522", "508", "81", "82"], 16, (4, 4, 4, 4)),
    "Elo": (
        ["636368", "438935", "504175", "451416", "636297", "506699", "509048"],
        16,
        (4, 4, 4, 4),
    ),
    "Hipercard": (["606282"], 16, (4, 4, 4, 4)),
    "Discover": (["6011", "644", "647", "649", "65"], 16, (4, 4, 4, 4)),
    "JCB": (["3528", "3545", "3566", "3589"], 16, (4, 4, 4, 4)),
    "Diners Club": (["36", "3000", "3050"], 14, (4, 6, 4)),
    "Cartes Bancaires Visa": (["4970", "4973"], 16, (4, 4, 4, 4)),
    "Maestro": (["6759", "5018", "5020", "6304"], 16, (4, 4, 4, 4)),
}

LOCALE_BRANDS = {
    "en_US": ["Visa", "Mastercard", "American Express", "Discover"],
    "en_GB": ["Visa", "Mastercard", "American Express", "Maestro"],
    "en_IE": ["Visa", "Mastercard"],
    "en_IN": ["RuPay", "Visa", "Mastercard"],
    "en_AU": ["Visa", "Mastercard", "American Express"],
    "en_CA": ["Visa", "Mastercard", "American Express"],
    "de_DE": ["Visa", "Mastercard", "Maestro"],
    "fr_FR": ["Cartes Bancaires Visa", "Mastercard", "American Express"],
    "es_ES": ["Visa", "Mastercard", "Diners Club"],
    "it_IT": ["Visa", "Mastercard", "JCB"],
    "nl_NL": ["Visa", "Mastercard", "Maestro"],
    "pt_BR": ["Elo", "Hipercard", "Visa", "Mastercard"],
}


def card(rng: random.Random, locale: str) -> tuple[str, str]:
    brand = rng.choice(LOCALE_BRANDS[locale])
    prefixes, length, groups = CARD_BRANDS[brand]
    prefix = rng.choice(prefixes)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    number = luhn_complete(body)
    style = rng.random()
    if style < 0.55:
        parts, i = [], 0
        for g in groups:
            parts.append(number[i : i + g])
            i += g
        sep = " " if style < 0.4 else "-"
        return brand, sep.join(parts)
    return brand, number


# --------------------------------------------------------------------------- IBANs


def _ibans_es(rng) -> str:
    bank, branch = _num(rng, 4), _num(rng, 4)
    account = _num(rng, 10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s: str) -> str:
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s.zfill(10))) % 11
        return "0" if r == 11 else "1" if r == 10 else str(r)

    return bank + branch + dc("00" + bank + branch) + dc(account) + account


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _ibans_fr(rng) -> str:
    bank, branch, account = (
        rng.choice(["30004", "30003", "20041", "10278", "30066"]),
        _num(rng, 5),
        _num(rng, 11),
    )
    return bank + branch + account + _rib_key(bank, branch, account)


def _ibans_it(rng) -> str:
    abi, cab, acct = (
        rng.choice(["03069", "02008", "05034", "01030", "03062"]),
        _num(rng, 5),
        _num(rng, 12),
    )
    return cf_check(abi + cab + acct) + abi + cab + acct


def _ibans_nl(rng) -> str:
    while True:
        acct = _num(rng, 10)
        if acct[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
            return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB"]) + acct


IBAN_BBAN = {
    "DE": lambda r: (
        rng_pick(r, ["37040044", "10070000", "50010517", "20050550", "70150000"]) + _num(r, 10)
    ),
    "GB": lambda r: rng_pick(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _num(r, 6) + _num(r, 8),
    "IE": lambda r: (
        rng_pick(r, ["AIBK", "BOFI", "IPBS"])
        + rng_pick(r, ["931152", "900017", "990510"])
        + _num(r, 8)
    ),
    "FR": _ibans_fr,
    "ES": _ibans_es,
    "IT": _ibans_it,
    "NL": _ibans_nl,
    "BR": lambda r: (
        rng_pick(r, ["00360305", "60701190", "00000000", "23722100"])
        + _num(r, 5)
        + _num(r, 10)
        + rng_pick(r, ["C", "P"])
        + "1"
    ),
    "PT": lambda r: "0035" + _num(r, 4) + _num(r, 11) + _num(r, 2),
    "BE": lambda r: (lambda a: a + f"{(int(a) % 97) or 97:02d}")(_num(r, 10)),
}

LOCALE_IBAN = {
    "en_GB": ["GB", "GB", "IE"],
    "en_IE": ["IE", "IE", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR", "FR", "BE"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL", "NL", "BE"],
    "pt_BR": ["BR", "BR", "PT"],
    "en_US": ["DE", "GB", "FR"],
    "en_IN": ["GB", "DE"],
    "en_AU": ["GB", "IE"],
    "en_CA": ["FR", "GB"],
}


def iban(rng: random.Random, locale: str) -> str:
    country = rng.choice(LOCALE_IBAN[locale])
    raw = iban_make(country, IBAN_BBAN[country](rng))
    assert iban_ok(raw)
    return group4(raw) if rng.random() < 0.7 else raw


def rng_pick(rng, seq):
    return rng.choice(seq)


def ean13(rng, prefix: str = "") -> str:
    body = prefix + _num(rng, 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13(rng) -> str:
    n = ean13(rng, rng.choice(["9783", "9780", "9781", "9782", "9788", "9789"]))
    return f"{n[:3]}-{n[3]}-{n[4:7]}-{n[7:12]}-{n[12]}"
