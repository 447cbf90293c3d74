"""Post assembly for the twentyseventh set (called by twentyseventh.make_twentyseventh_set)."""

from __future__ import annotations

import re

from . import (
    twentyseventh_bank_ca,
    twentyseventh_bank_de,
    twentyseventh_bank_en,
    twentyseventh_bank_es,
    twentyseventh_bank_fr,
    twentyseventh_bank_is,
    twentyseventh_bank_it,
    twentyseventh_bank_sr,
)
from .twentyseventh_contacts import email, ip, url
from .twentyseventh_ids import bank_local, card, iban, national_id
from .twentyseventh_looks import LOOK_KINDS, look
from .twentyseventh_people import mention, outsider, roster
from .twentyseventh_places import address
from .twentyseventh_values import IBAN_LEN, REGION, phone

LANG = {
    "en_US": "en",
    "en_GB": "en",
    "en_JM": "en",
    "en_TT": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "es_CR": "es",
    "it_IT": "it",
    "is_IS": "is",
    "sr_RS": "sr",
    "ca_ES": "ca",
}
BANKS = {
    "en": twentyseventh_bank_en,
    "de": twentyseventh_bank_de,
    "fr": twentyseventh_bank_fr,
    "es": twentyseventh_bank_es,
    "it": twentyseventh_bank_it,
    "is": twentyseventh_bank_is,
    "sr": twentyseventh_bank_sr,
    "ca": twentyseventh_bank_ca,
}
GENRES = [
    "course",
    "cert",
    "bootcamp",
    "mentoring",
    "alumni",
    "volunteer",
    "award",
    "study",
    "recap",
    "recommend",
]
PARTICLES = {
    "le",
    "la",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "des",
    "van",
    "von",
    "i",
    "y",
    "dos",
    "der",
}
SLOT = re.compile(r"\{v(?::(\w+))?\}")


def id_name(locale, form):
    return {
        "en_US": "SSN",
        "en_GB": "NHS number" if form.startswith("nhs") else "NI number",
        "de_DE": "Steuer-ID",
        "fr_FR": "numéro de sécu",
        "es_ES": "NIE" if form.startswith("nie") else "DNI",
        "ca_ES": "NIE" if form.startswith("nie") else "DNI",
        "it_IT": "codice fiscale",
        "is_IS": "kennitala",
        "sr_RS": "JMBG",
        "en_JM": "TRN",
        "es_CR": "número de cédula",
        "en_TT": "birth PIN" if form == "birth-pin" else "BIR number",
    }[locale]


def dwin(value):
    out = []
    for run in re.finditer(r"\d(?:[^\w]*\d)*", value):
        d = re.sub(r"\D", "", run.group())
        out += [f"d:{d[i : i + 4]}" for i in range(len(d) - 3)]
    return list(dict.fromkeys(out))


def make_item(rng, locale, kind, ctx):
    """Return (kind, fragments, value, form, sentence)."""
    lang = LANG[locale]
    bank = BANKS[lang]
    if kind == "IBAN" and REGION[locale] not in IBAN_LEN:
        value, form = bank_local(rng, locale)
        return "ID", dwin(value), value, form, rng.choice(bank.ITEM["BANK"]).replace("{v}", value)
    tpl = rng.choice(bank.ITEM[kind])
    m = SLOT.search(tpl)
    case = m.group(1) if m else None
    tail = ""
    if kind in ("EMAIL", "URL"):
        p = outsider(rng, locale, ctx["used"])
        if kind == "EMAIL":
            value, form, local = email(rng, locale, p.given, p.sur)
        else:
            value, form, local = url(rng, locale, p.given, p.sur)
        frags = [f"t:{local}"]
    elif kind == "PHONE":
        value, form = phone(rng, locale)
        frags = dwin(value)
    elif kind == "IP":
        value, form, core = ip(rng)
        frags = [f"p:{core}"]
    elif kind == "CARD":
        value, form = card(rng)
        frags = dwin(value)
    elif kind == "IBAN":
        value, form = iban(rng, locale)
        frags = dwin(value)
    elif kind == "ID":
        p = outsider(rng, locale, ctx["used"])
        value, form = national_id(rng, locale, (p.sur, p.given))
        frags = dwin(value) or [f"s:{value}"]
        tpl = tpl.replace("{idn}", id_name(locale, form))
        if tpl[0].islower():
            tpl = tpl[0].upper() + tpl[1:]
    elif kind == "ADDRESS":
        value, form, toks, pc = address(rng, locale, declined=case in ("dat", "loc"))
        frags = [f"t:{t}" for t in toks] + ([f"p:{pc}"] if pc else [])
    else:
        p = rng.choice(ctx["roster"]) if kind == "MEMBER" else outsider(rng, locale, ctx["used"])
        value, tail, form, toks = mention(rng, p, lang, locale, case, kind == "MEMBER")
        toks = [t for t in toks if t.lower() not in PARTICLES]
        frags = [f"t:{t}" for t in dict.fromkeys(toks)]
    sent = SLOT.sub(lambda _m: value + tail, tpl, count=1)
    return kind, frags, value, form, sent


CONTRACT = {
    "es": {("a", "el"): "al", ("de", "el"): "del"},
    "ca": {("a", "el"): "al", ("de", "el"): "del", ("per", "el"): "pel"},
    "fr": {("à", "le"): "au", ("de", "le"): "du", ("à", "les"): "aux", ("de", "les"): "des"},
    "it": {
        ("a", "il"): "al",
        ("a", "la"): "alla",
        ("a", "l'"): "all'",
        ("di", "il"): "del",
        ("di", "la"): "della",
        ("di", "l'"): "dell'",
        ("da", "il"): "dal",
        ("da", "la"): "dalla",
        ("da", "l'"): "dall'",
    },
}


def fill(s, topic, event, lang):
    """Insert topic/event, contracting preposition + article where the language requires it."""
    if lang == "sr":
        topic, event = f"„{topic[0].upper() + topic[1:]}“", f"„{event}“"
    m = re.search(r"(\S+) \{event\}", s)
    if m and lang in CONTRACT:
        art, rest = (
            ("l'", event[2:]) if event.startswith("l'") else (event.split(" ", 1) + [""])[:2]
        )
        rep = CONTRACT[lang].get((m.group(1).lower(), art))
        if rep:
            rep = rep.capitalize() if m.group(1)[0].isupper() else rep
            s = s.replace(m.group(0), rep + ("" if rep.endswith("'") else " ") + "\x00" + rest)
    return s.replace("{topic}", topic).replace("{event}", event).replace("\x00", "")


def frame(rng, locale, middle, labelled):
    """Wrap middle sentences in opener/body/closer; return text and genre."""
    bank = BANKS[LANG[locale]]
    genre = rng.choice(GENRES)
    topic, event = rng.choice(bank.TOPIC), rng.choice(bank.EVENT)
    body = rng.sample(bank.BODY, rng.choice([0, 1, 1, 2])) + rng.sample(
        bank.MORE, rng.choice([0, 0, 1])
    )
    extra = []
    if locale in ("en_JM", "en_TT") and rng.random() < 0.3:
        extra.append(rng.choice(bank.CARIB))
    if locale == "es_CR" and rng.random() < 0.3:
        extra.append(rng.choice(bank.TICO))
    mid = body + middle + extra
    rng.shuffle(mid)
    parts = [rng.choice(bank.OPEN[genre])] + mid
    if rng.random() < 0.8:
        parts.append(rng.choice(bank.CLOSE))
    parts = [fill(p, topic, event, LANG[locale]) for p in parts]
    if locale == "es_CR":  # Costa Rican usted/ustedes forms and vocabulary
        for a, b in bank.CR:
            parts = [p.replace(a, b) for p in parts]
    sep = rng.choice([" ", " ", "\n", "\n\n"])
    text = sep.join(parts)
    if rng.random() < 0.3:
        text += "\n\n" + " ".join(rng.sample(bank.TAGS, rng.randrange(1, 4)))
    return text, genre


def look_sentences(rng, locale, n):
    lang = LANG[locale]
    bank = BANKS[lang]
    sents, vals, kinds = [], [], []
    for k in rng.sample(LOOK_KINDS, n):
        ti = rng.randrange(len(bank.LOOK[k]))
        v = look(rng, locale, lang, k, ti)
        sents.append(bank.LOOK[k][ti].replace("{l}", v))
        vals.append(v)
        kinds.append(k)
    return sents, vals, kinds


def new_context(rng, locale):
    members, used = roster(rng, locale)
    return {"roster": members, "used": used}
