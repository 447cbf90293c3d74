"""Post composition for the twentyfirst set: frames + values + look-alikes."""

from __future__ import annotations

import re

from . import twentyfirst_people as pp
from . import twentyfirst_values as vals
from .twentyfirst_ids import national_id
from .twentyfirst_looks import LOOK_KINDS, look
from .twentyfirst_places import ADDRESS_FORMS, cities, make_address

LANG = {
    "en_US": "en",
    "en_GB": "en",
    "en_MT": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "fr_CH": "fr",
    "es_MX": "es",
    "es_CL": "es",
    "es_UY": "es",
    "it_IT": "it",
    "sl_SI": "sl",
    "nl_BE": "nl",
}
TITLE_LANG = {"en_MT": "mt"}
GENRES = [
    "open_to_work",
    "cv_snippet",
    "freelance",
    "volunteering",
    "alumni",
    "mentoring",
    "relocation",
    "references",
]
LOCAL_SUBS = {
    "en_US": [
        ("CV", "résumé"),
        ("organis", "organiz"),
        ("colleague", "coworker"),
        ("mobile", "cell"),
        ("neighbourhood", "neighborhood"),
    ],
    "en_MT": [("mobile", "mobile")],
    "fr_CH": [("portable", "natel"), ("soixante-dix", "septante"), ("quatre-vingt-dix", "nonante")],
    "es_MX": [
        ("genial", "padrísimo"),
        ("departamento", "depa"),
        ("pega", "chamba"),
        ("Boleta o factura", "Factura"),
        ("la boleta", "el recibo"),
        ("Terminó mi posnatal", "Terminó mi incapacidad por maternidad"),
    ],
    "es_CL": [("genial", "bacán"), ("departamento", "depto")],
    "es_UY": [
        ("genial", "bárbaro"),
        ("pega", "laburo"),
        ("Terminó mi posnatal", "Terminó mi licencia maternal"),
        ("escríbeme", "escribime"),
        ("Escríbeme", "Escribime"),
        ("llámame", "llamame"),
        ("Llámame", "Llamame"),
        ("avísame", "avisame"),
        ("puedes", "podés"),
        ("tienes", "tenés"),
        ("sabes", "sabés"),
        ("Mándame", "Mandame"),
        ("mándame", "mandame"),
    ],
}
HASHTAGS = {
    "en": [
        "#OpenToWork",
        "#hiring",
        "#volunteering",
        "#mentoring",
        "#freelance",
        "#alumni",
        "#relocation",
        "#jobsearch",
    ],
    "de": [
        "#OpenToWork",
        "#Jobsuche",
        "#Ehrenamt",
        "#Freelancer",
        "#Mentoring",
        "#Alumni",
        "#Umzug",
    ],
    "fr": [
        "#OpenToWork",
        "#recherchedemploi",
        "#bénévolat",
        "#freelance",
        "#mentorat",
        "#anciensélèves",
    ],
    "es": [
        "#OpenToWork",
        "#BuscoTrabajo",
        "#voluntariado",
        "#freelance",
        "#mentoría",
        "#exalumnos",
    ],
    "it": [
        "#OpenToWork",
        "#cercolavoro",
        "#volontariato",
        "#freelance",
        "#mentoring",
        "#exallievi",
    ],
    "sl": ["#OpenToWork", "#iščemzaposlitev", "#prostovoljstvo", "#svetovanje", "#alumni"],
    "nl": [
        "#OpenToWork",
        "#vacature",
        "#vrijwilligerswerk",
        "#freelance",
        "#mentoring",
        "#oudleerlingen",
    ],
}


def _sub(loc: str, s: str) -> str:
    for a, b in LOCAL_SUBS.get(loc, []):
        s = s.replace(a, b).replace(a[:1].upper() + a[1:], b[:1].upper() + b[1:])
    return s


def _fill(frame: str, value: str) -> str:
    if "{zs}" in frame:
        frame = frame.replace("{zs}", "s" if value[:1].lower() in "pftckhčšs" else "z")
    return re.sub(r"\{v(?::\w+)?\}", lambda m: value, frame, count=1)


def _case(frame: str) -> str:
    m = re.search(r"\{v:(\w+)\}", frame)
    return m.group(1) if m else "nom"


def make_item(kind: str, loc: str, rng, text: dict, roster: list[dict], others: list[dict]):
    """Return (kind, fragments, value, form, sentence)."""
    lang = LANG[loc]
    frame = rng.choice(text["item." + kind])
    anyone = rng.choice(others + roster)
    if kind == "EMAIL":
        v, fr, form = vals.email(loc, rng, anyone)
    elif kind == "PHONE":
        v, form = vals.phone(loc, rng)
        fr = vals.dwindows(v)
    elif kind == "URL":
        v, fr, form = vals.url(loc, rng, anyone)
    elif kind == "IP":
        v, fr, form = vals.ip(rng)
    elif kind == "CARD":
        v, fr, form = vals.card(rng)
    elif kind == "IBAN":
        if loc in vals.IBAN_LOCALES:
            v, fr, form = vals.iban(loc, rng)
        else:
            frame = rng.choice(text["item.BANK"])
            v, fr, form = vals.bank_local(loc, rng)
            kind = "ID"
    elif kind == "ID":
        v, fr, form = national_id(loc, rng, anyone)
    elif kind in ("PERSON", "MEMBER"):
        who = rng.choice(others if kind == "PERSON" else roster)
        forms = pp.NAME_FORMS if kind == "PERSON" else pp.MEMBER_FORMS
        form = rng.choice(forms)
        case = _case(frame) if lang == "sl" else "nom"
        if form == "handle" and case != "nom":
            form = "full"
        v = pp.render(who, form, TITLE_LANG.get(loc, lang), rng, case)
        pick = 1 if who["gender"] == "f" else 2
        frame = re.sub(r"\[\[(.*?)\|(.*?)\]\]", lambda m: m.group(pick), frame)
        if form == "folded" and v == f"{who['given']} {who['surname']}":
            form = "full"
        fr = ["t:" + t for t in dict.fromkeys(pp.name_tokens(v))]
        if case != "nom":
            form += "_" + case
    elif kind == "ADDRESS":
        form = rng.choice(ADDRESS_FORMS)
        v, fr = make_address(loc, rng, form)
    else:
        raise ValueError(kind)
    sentence = _fill(_sub(loc, frame), v)
    return kind, fr, v, form, sentence


def _look_sentence(loc: str, rng, text: dict, kinds_used: set[str]) -> tuple[str, str, str]:
    for _ in range(20):
        k = rng.choice(LOOK_KINDS)
        if k not in kinds_used and "look." + k in text:
            break
    x = look(k, loc, rng)
    frame = _sub(loc, rng.choice(text["look." + k]))
    return k, x, frame.replace("{x}", x, 1)


def _city(loc: str, rng, s: str) -> str:
    return s.replace("{city}", rng.choice(cities(loc)))


def assemble(loc: str, rng, text: dict, genre: str, mid: list[str]) -> str:
    lang = LANG[loc]
    head = [_sub(loc, rng.choice(text["open." + genre]))]
    body = [_sub(loc, s) for s in rng.sample(text["body." + genre], rng.randint(0, 2))]
    parts = head + body
    rng.shuffle(mid)
    if rng.random() < 0.3 and body:
        parts = head + mid[:1] + body + mid[1:]
    else:
        parts = parts + mid
    if rng.random() < 0.6:
        parts.append(_sub(loc, rng.choice(text["close"])))
    parts = [_city(loc, rng, p) for p in parts]
    if genre in ("cv_snippet", "references") or rng.random() < 0.25:
        bullet = rng.choice(["", "", "- ", "• ", "👉 "])
        out = parts[0] + "\n" + "\n".join(bullet + p for p in parts[1:])
    else:
        out = ""
        for i, p in enumerate(parts):
            out += p if i == 0 else rng.choice([" ", " ", " ", "\n", "\n\n"]) + p
    if rng.random() < 0.25:
        out += "\n\n" + " ".join(rng.sample(HASHTAGS[lang], 2))
    return out
