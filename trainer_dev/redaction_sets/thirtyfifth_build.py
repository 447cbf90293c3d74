"""Thirty-fifth set: posts laid out in six genres from the phrase banks and drawn items."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import (
    thirtyfifth_bank_de,
    thirtyfifth_bank_en,
    thirtyfifth_bank_es,
    thirtyfifth_bank_fr,
    thirtyfifth_bank_it,
    thirtyfifth_bank_nl,
    thirtyfifth_bank_pt,
    thirtyfifth_bank_tr,
)
from trainer_dev.redaction_sets.thirtyfifth_core import (
    IBAN_LOCALES,
    KINDS,
    LOCALES,
    Post,
    check_post,
)
from trainer_dev.redaction_sets.thirtyfifth_items import draw_item
from trainer_dev.redaction_sets.thirtyfifth_looks import LOOK_KINDS, draw_lookalike
from trainer_dev.redaction_sets.thirtyfifth_people import ROSTER, fold, name_tokens

BANKS = {"en": thirtyfifth_bank_en.BANK, "de": thirtyfifth_bank_de.BANK,
         "fr": thirtyfifth_bank_fr.BANK, "es": thirtyfifth_bank_es.BANK,
         "pt": thirtyfifth_bank_pt.BANK, "it": thirtyfifth_bank_it.BANK,
         "nl": thirtyfifth_bank_nl.BANK, "tr": thirtyfifth_bank_tr.BANK}  # fmt: skip
GENRES = ["thread", "form", "roster", "ticket", "handover", "signature"]
LABELLED, PLAIN, WITH_LOOKS = 375, 30, 45
CONTACT = {"EMAIL", "PHONE", "URL", "ADDRESS"}
FROM = {"en": "From", "de": "Von", "fr": "De", "es": "De", "pt": "De", "it": "Da", "nl": "Van",
        "tr": "Kimden"}  # fmt: skip
ORGS = {
    "en_US": [
        "Lakeshore Family Medicine",
        "Mercy Valley Urgent Care",
        "Bluegrass Home Infusion",
        "Summit Member Services",
    ],
    "en_GB": [
        "Riverside Medical Practice",
        "Northgate Community Pharmacy",
        "Pennine Health Partners",
        "Clinical Engineering Services",
    ],
    "de_DE": [
        "Gemeinschaftspraxis am Markt",
        "Löwen-Apotheke",
        "Versichertenservice Nord",
        "Medizintechnik Service Ost",
    ],
    "fr_BE": [
        "Maison médicale du Parc",
        "Pharmacie de la Place",
        "Mutualité Sud",
        "Service biomédical régional",
    ],
    "es_ES": [
        "Centro de Salud San Roque",
        "Farmacia del Carmen",
        "Mutua Levante Salud",
        "Servicio de Electromedicina",
    ],
    "pt_BR": [
        "Clínica Vida Plena",
        "Drogaria São Bento",
        "Plano Saúde Integral",
        "Engenharia Clínica Sul",
    ],
    "it_IT": [
        "Poliambulatorio San Luca",
        "Farmacia Centrale",
        "Cassa Mutua Lombarda",
        "Servizio Ingegneria Clinica",
    ],
    "nl_NL": [
        "Huisartsenpraktijk De Linde",
        "Apotheek Het Kruispunt",
        "Zorgverzekeraar Midden",
        "Medische Techniek Buitendienst",
    ],
    "en_ZA": [
        "Medicross Family Clinic",
        "Protea Pharmacy",
        "Ubuntu Health Medical Scheme",
        "Biomed Field Services",
    ],
    "tr_TR": ["Şifa Tıp Merkezi", "Çınar Eczanesi", "Güven Sağlık Sigortası", "Biyomedikal Servis"],
    "en_KE": [
        "Afya Care Clinic",
        "Uzima Pharmacy",
        "Jamii Health Cover",
        "Medical Equipment Field Service",
    ],
    "es_UY": [
        "Mutualista del Sur",
        "Farmacia Sarandí",
        "Policlínica Barrio Sur",
        "Servicio de Ingeniería Biomédica",
    ],
}


def _pieces(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [p for k in sorted(value) for p in _pieces(value[k])]
    return [p for v in value for p in _pieces(v)]


def piece_counts() -> dict[str, int]:
    """Distinct sentence pieces per language bank."""
    return {lang: len(set(_pieces(bank))) for lang, bank in sorted(BANKS.items())}


def roster_tokens() -> set[str]:
    return {fold(t).lower() for names in ROSTER.values() for n in names for t in name_tokens(n)}


def _sentence(rng, bank, kind, value, style, label) -> str:
    if style == "poss":
        return rng.choice(bank["poss"]).format(v=value)
    if style == "bare":
        return rng.choice(bank["bare"]).format(v=value)
    if style == "bank":
        return rng.choice(bank["bank_lead"]).format(v=value, lab=label)
    return rng.choice(bank["lead"][kind]).format(v=value, lab=label)


def _line(rng, bank, kind, value, style, label) -> str:
    if style == "bare":
        return value
    if style == "poss":
        return _sentence(rng, bank, kind, value, style, label)
    lab = label if style in ("id", "bank") else rng.choice(bank["label"][kind])
    return f"{lab[:1].upper()}{lab[1:]}: {value}"


def _looks(rng, locale, n, counter) -> tuple[list[str], list[str], list[str]]:
    bank = BANKS[locale[:2]]
    vals, kinds, sents = [], [], []
    for _ in range(n):
        kind = LOOK_KINDS[counter[0] % len(LOOK_KINDS)]
        counter[0] += 1
        x = draw_lookalike(rng, locale, kind)
        if x in vals:
            continue
        vals.append(x)
        kinds.append(kind)
        sents.append(rng.choice(bank["look"][kind]).format(x=x))
    return vals, kinds, sents


def layout(rng, locale, genre, drawn, look_sents) -> str:
    bank = BANKS[locale[:2]]
    head = rng.choice(bank["genre"][genre])
    ctx = rng.sample(bank["context"], rng.randrange(1, 3))
    opener, closer = rng.choice(bank["opener"]), rng.choice(bank["closer"])
    if genre == "thread":
        # an e-mail written <like this> becomes the sender line of the header
        sender = next((d for d in drawn if d[0] == "EMAIL" and d[1].startswith("<")), None)
        top = head
        if sender is not None:
            drawn = [d for d in drawn if d is not sender]
            top = f"{FROM[locale[:2]]}: {rng.choice(ORGS[locale])} {sender[1]}\n{head}"
        body = [opener] + [_sentence(rng, bank, *d) for d in drawn] + ctx + look_sents
        quote = rng.choice(bank["quote"])
        return f"{top}\n\n{' '.join(body)}\n\n{quote}\n\n{closer}"
    if genre == "form":
        lines = [_line(rng, bank, *d) for d in drawn]
        lines += rng.sample(bank["form_fields"], rng.randrange(0, 3))
        rng.shuffle(lines)
        return "\n".join([head, *lines, "", *ctx, *look_sents])
    if genre == "roster":
        rows = []
        for d in drawn:
            day, shift = rng.choice(bank["days"]), rng.choice(bank["shifts"])
            rows.append(f"| {day} | {shift} | {_line(rng, bank, *d)} |")
        for _ in range(rng.randrange(2, 4) if not drawn else rng.randrange(0, 2)):
            rows.append(f"| {rng.choice(bank['days'])} | {rng.choice(bank['shifts'])} | — |")
        rng.shuffle(rows)
        return "\n".join([head, bank["roster_head"][0], *rows, "", " ".join(ctx + look_sents)])
    if genre == "ticket":
        body = [_sentence(rng, bank, *d) for d in drawn]
        fields = "\n".join(rng.sample(bank["ticket_fields"], rng.randrange(1, 4)))
        return f"{head}\n{fields}\n\n{opener}\n" + " ".join(body + ctx + look_sents) + f"\n{closer}"
    if genre == "handover":
        lines = [f"- {s}" for s in [_sentence(rng, bank, *d) for d in drawn] + ctx + look_sents]
        return "\n".join([head, *lines])
    # signature: contact items go into the block under the sign-off
    # and a person or member (not a possessive) signs it
    signer = next((d for d in drawn if d[0] in ("PERSON", "MEMBER") and d[2] != "poss"), None)
    inline = [d for d in drawn if d[0] not in CONTACT and d is not signer]
    block = [d for d in drawn if d[0] in CONTACT]
    body = [opener] + [_sentence(rng, bank, *d) for d in inline] + ctx + look_sents
    sig = [head] + ([signer[1]] if signer else [])
    sig += [rng.choice(bank["roles"]), rng.choice(ORGS[locale])]
    sig += [_line(rng, bank, *d) for d in block]
    return " ".join(body) + "\n\n" + "\n".join(sig)


def _kind_for(locale, kind):
    return "BANK" if kind == "IBAN" and locale not in IBAN_LOCALES else kind


def labelled_post(rng, locale, j, banned, counter) -> Post:
    genre = GENRES[j % len(GENRES)]
    kinds = [_kind_for(locale, KINDS[j % len(KINDS)])]
    kinds += [_kind_for(locale, rng.choice(KINDS)) for _ in range(rng.choice([0, 1, 1, 2]))]
    n_looks = rng.choice([0, 1, 1, 2])
    while True:
        items = [draw_item(rng, locale, k, banned) for k in kinds]
        drawn = [(kind, value, style, label) for kind, _, value, _, style, label in items]
        looks, look_kinds, sents = _looks(rng, locale, n_looks, counter)
        text = layout(rng, locale, genre, drawn, sents)
        post = Post(
            locale=locale,
            text=text,
            items=[(k, list(f), v) for k, f, v, _, _, _ in items],
            item_forms=[form for _, _, _, form, _, _ in items],
            lookalikes=looks,
            lookalike_kinds=look_kinds,
            genre=genre,
        )
        if check_post(post):
            return post


def free_post(rng, locale, j, with_looks, counter) -> Post:
    genre = GENRES[j % len(GENRES)]
    while True:
        looks, kinds, sents = _looks(rng, locale, rng.randrange(1, 4) if with_looks else 0, counter)
        text = layout(rng, locale, genre, [], sents)
        if not with_looks and any(c.isdigit() for c in text):
            continue
        if with_looks and not looks:
            continue
        post = Post(locale=locale, text=text, lookalikes=looks, lookalike_kinds=kinds, genre=genre)
        if check_post(post):
            return post


def build(seed: int) -> tuple[list[str], list[Post]]:
    banned = roster_tokens()
    members = [n for loc in LOCALES for n in ROSTER[loc]]
    posts: list[Post] = []
    for i, locale in enumerate(LOCALES):
        rng = random.Random(f"{seed}:{i}:{locale}")
        counter = [0]
        for j in range(LABELLED):
            posts.append(labelled_post(rng, locale, j, banned, counter))
        for j in range(PLAIN):
            posts.append(free_post(rng, locale, j, False, counter))
        for j in range(WITH_LOOKS):
            posts.append(free_post(rng, locale, j, True, counter))
    return members, posts
