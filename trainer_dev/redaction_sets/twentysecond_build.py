"""Assembles posts from the phrase banks, the value makers and the look-alikes."""

from __future__ import annotations

import random

from . import (
    twentysecond_txt_en,
    twentysecond_txt_es,
    twentysecond_txt_fr,
    twentysecond_txt_pl,
    twentysecond_txt_pt,
    twentysecond_txt_sv,
    twentysecond_txt_tr,
)
from .twentysecond_contact import card, email, ip, phone, url
from .twentysecond_core import Post, check_post, digit_windows
from .twentysecond_ids import IBAN_LOCALES, bank_account, iban, national, tax
from .twentysecond_looks import LOOK_KINDS, lookalike
from .twentysecond_people import fresh_name, lang, member, person
from .twentysecond_places import address

GENRES = ["research", "press", "podcast", "shoutout", "switch", "travel"]
BANKS = {"en": twentysecond_txt_en.BANK, "mt": twentysecond_txt_en.BANK,
         "pt": twentysecond_txt_pt.BANK, "pl": twentysecond_txt_pl.BANK,
         "sv": twentysecond_txt_sv.BANK, "tr": twentysecond_txt_tr.BANK,
         "es": twentysecond_txt_es.BANK, "fr": twentysecond_txt_fr.BANK}
EN_SWITCH = twentysecond_txt_en.SWITCH

IDNAMES = {
    "en_US": ("SSN", "EIN", "routing and account number"),
    "en_IN": ("Aadhaar", "PAN", "account number"),
    "pt_PT": ("Cartão de Cidadão", "NIF", "conta"),
    "pl_PL": ("PESEL", "NIP", "numer konta"),
    "sv_SE": ("personnummer", "personnummer", "kontonummer"),
    "tr_TR": ("TC kimlik no", "TC kimlik no", "hesap no"),
    "es_PE": ("DNI", "RUC", "CCI"),
    "en_KE": ("ID number", "KRA PIN", "account number"),
    "fr_BE": ("numéro de registre national", "numéro de TVA", "numéro de compte"),
    "fr_CH": ("numéro AVS", "numéro IDE", "numéro de compte"),
    "es_UY": ("cédula", "cédula", "cuenta BROU"),
    "en_MT": ("ID card number", "ID card number", "account number"),
}


def _fill(tpl: str, value: str, locale: str) -> str:
    idn, taxn, bankn = IDNAMES[locale]
    return (tpl.replace("{idname}", idn).replace("{taxname}", taxn)
            .replace("{bankname}", bankn).replace("{v}", value))


def _switch_lines(locale: str) -> list[str]:
    lg = lang(locale)
    return EN_SWITCH[locale] if lg in ("en", "mt") else BANKS[lg]["switch"]


def _item(rng: random.Random, locale: str, kind: str, roster: list[str], banned: set[str]):
    """-> (kind, frags, value, form, bank key)"""
    if kind == "EMAIL":
        v, f, form = email(rng, locale, *fresh_name(rng, locale, banned))
    elif kind == "PHONE":
        v, f, form = phone(rng, locale)
    elif kind == "URL":
        v, f, form = url(rng, locale, *fresh_name(rng, locale, banned))
    elif kind == "IP":
        v, f, form = ip(rng)
    elif kind == "CARD":
        v, f, form = card(rng)
    elif kind == "IBAN":
        if locale in IBAN_LOCALES:
            v, form = iban(rng, locale)
            return "IBAN", digit_windows(v), v, form, "IBAN"
        v, form = bank_account(rng, locale)
        return "ID", digit_windows(v), v, form, "ID_bank"
    elif kind == "ID":
        r = rng.random()
        if r < 0.15 and locale not in IBAN_LOCALES:
            v, form = bank_account(rng, locale)
            key = "ID_bank"
        else:
            v, form = (national if r < 0.65 else tax)(rng, locale)
            key = "ID_tax" if r >= 0.65 else "ID_nat"
            if rng.random() < 0.3:
                key, form = "ID_bare", form + "_nocue"
        f = digit_windows(v)
        if any(c.isalpha() for c in v):
            f = f + ["s:" + v]
        return "ID", f, v, form, key
    elif kind == "PERSON":
        v, f, form = person(rng, locale, banned)
    elif kind == "MEMBER":
        v, f, form = member(rng, locale, rng.choice(roster))
    else:
        v, toks, pc, form = address(rng, locale)
        f = ["t:" + t for t in toks] + ["p:" + pc]
    return kind, f, v, form, kind


def _sentence(rng: random.Random, locale: str, genre: str, key: str, form: str,
              value: str) -> str:
    lg = lang(locale)
    bank = BANKS[lg]
    if genre == "switch" and lg not in ("en", "mt") and rng.random() < 0.5:
        bank = BANKS["en"]
    if key in ("PERSON", "MEMBER"):
        if form in ("possessive", "genitive", "suffix") and "people_poss" in bank:
            pool = bank["people_poss"]
        elif form in ("possessive", "genitive", "suffix"):
            pool = BANKS[lg]["people_poss"]
        else:
            pool = bank["people"][genre]
    else:
        pool = bank[key]
    return _fill(rng.choice(pool), value, locale)


def _frame(rng: random.Random, locale: str, genre: str, body: list[str], n_mid: int) -> str:
    bank = BANKS[lang(locale)]
    parts = list(body)
    mid_genre = genre
    if genre == "switch" and ("switch" not in bank["mid"] or rng.random() < 0.4):
        mid_genre = rng.choice(GENRES[:4] + GENRES[5:])
    mids = bank["mid"][mid_genre]
    for m in rng.sample(mids, n_mid):
        parts.insert(rng.randint(0, len(parts)), m)
    if genre == "switch":
        sw = rng.sample(_switch_lines(locale), 2)
        parts.insert(rng.randint(0, len(parts)), sw[1])
        opener = sw[0]
    else:
        opener = rng.choice(bank["open"][genre]) if rng.random() < 0.85 else ""
    if opener:
        parts.insert(0, opener)
    if rng.random() < 0.5:
        parts.append(rng.choice(bank["close"]))
    sep = rng.choice([" ", " ", " ", "\n", "\n\n"])
    return sep.join(parts)


def _looks(rng: random.Random, locale: str, genre: str, n: int):
    lg = lang(locale)
    bank = BANKS[lg]
    kinds = rng.sample(LOOK_KINDS, n)
    vals = [lookalike(rng, locale, lg, k) for k in kinds]
    sents = []
    for k, v in zip(kinds, vals, strict=True):
        pool = bank["look"][k]
        if k == "MEASURE":  # frames are distance, duration, size, in that order
            pool = [pool[0 if v.endswith("km") else 1 if v.endswith("min") else 2]]
        sents.append(_fill(rng.choice(pool), v, locale))
    return kinds, vals, sents


def labelled_post(rng: random.Random, locale: str, i: int, kinds_all: list[str],
                  roster: list[str], banned: set[str]) -> Post:
    first = kinds_all[i % len(kinds_all)]
    for _ in range(400):
        n = rng.choice([1, 1, 2, 2, 2, 3])
        kinds = [first] + rng.sample([k for k in kinds_all if k != first], n - 1)
        travelish = first in ("CARD", "IBAN", "ID", "ADDRESS", "PHONE")
        genre = "travel" if travelish and rng.random() < 0.35 else rng.choice(GENRES)
        items = [_item(rng, locale, k, roster, banned) for k in kinds]
        body = [_sentence(rng, locale, genre, key, form, v) for _, _, v, form, key in items]
        lk, lv, ls = _looks(rng, locale, genre, rng.choice([0, 0, 1, 1, 2]))
        body += ls
        rng.shuffle(body)
        text = _frame(rng, locale, genre, body, rng.choice([0, 0, 1, 1, 2]))
        post = Post(locale, text, [(k, f, v) for k, f, v, _, _ in items],
                    [form for _, _, _, form, _ in items], lv, lk, genre)
        if check_post(post):
            return post
    raise RuntimeError(f"could not build post {locale} {i}")


def free_post(rng: random.Random, locale: str, i: int) -> Post:
    for _ in range(400):
        genre = rng.choice(GENRES)
        if i < 30:
            text = _frame(rng, locale, genre, [], rng.choice([1, 2, 2, 3]))
            post = Post(locale, text, [], [], [], [], genre)
        else:
            lk, lv, ls = _looks(rng, locale, genre, rng.choice([1, 2, 3]))
            text = _frame(rng, locale, genre, ls, rng.choice([0, 1, 1, 2]))
            post = Post(locale, text, [], [], lv, lk, genre)
        if check_post(post) and (i >= 30 or not any(c.isdigit() for c in text)):
            return post
    raise RuntimeError(f"could not build free post {locale} {i}")
