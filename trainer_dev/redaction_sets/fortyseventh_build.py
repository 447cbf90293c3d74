"""Forty-seventh set: rosters, items with fragments, posts in six genres."""

from __future__ import annotations

import random
import re

from trainer_dev.redaction_sets import fortyseventh_looks as L
from trainer_dev.redaction_sets import fortyseventh_people as P
from trainer_dev.redaction_sets import fortyseventh_places as PLC
from trainer_dev.redaction_sets import fortyseventh_values as V
from trainer_dev.redaction_sets.fortyseventh_checks import digit_windows, normalise
from trainer_dev.redaction_sets.fortyseventh_text_de import DE, ID_NAMES_DE
from trainer_dev.redaction_sets.fortyseventh_text_en import EN, ID_NAMES_EN
from trainer_dev.redaction_sets.fortyseventh_text_es import ES, ID_NAMES_ES
from trainer_dev.redaction_sets.fortyseventh_text_fr import FR, ID_NAMES_FR
from trainer_dev.redaction_sets.fortyseventh_text_pt import ID_NAMES_PT, PT

KINDS = ("EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS")
LOCALES = ("en_IE", "en_AU", "fr_FR", "fr_CA", "pt_BR", "pt_PT", "de_DE", "de_AT", "es_ES",
           "en_BB", "fr_MC", "pt_TL")
BANKS = {"en": EN, "fr": FR, "pt": PT, "de": DE, "es": ES}
ID_NAMES = {**ID_NAMES_EN, **ID_NAMES_FR, **ID_NAMES_PT, **ID_NAMES_DE, **ID_NAMES_ES}
GENRES = ("thread", "form", "booking", "chat", "notice", "letter")
LABELLED, PLAIN, WITH_LOOKS, ROSTER_SIZE = 375, 30, 45, 8

TITLES = {  # (male, female, neutral)
    "en": (("Mr", "Mr."), ("Mrs", "Ms", "Ms."), ("Dr",)),
    "fr": (("M.", "Monsieur"), ("Mme", "Madame"), ("Dr", "Docteur")),
    "pt": (("Sr.", "senhor"), ("Sra.", "D.", "dona"), ("Dr.", "Dra.")),
    "de": (("Herr",), ("Frau",), ("Dr.",)),
    "es": (("Sr.", "don"), ("Sra.", "doña"), ("Dr.", "Dra.")),
}
DROP = P.PARTICLES | {"st", "ni", "nic", "o", "mac"}
PERSON_FORMS = ("full", "title", "lower", "initial", "surname_given", "given")
MEMBER_FORMS = ("full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title")


def lang_of(locale: str) -> str:
    return L.LANG[locale]


def fold(text: str) -> str:
    import unicodedata
    t = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in t if not unicodedata.combining(c)))


def name_tokens(name: str) -> list[str]:
    """t: tokens of a written name: no titles (caller strips), particles or initials; the Gaelic
    Ó/Ní/Mac/Nic are particles, O' stays part of its surname."""
    out: list[str] = []
    for raw in re.split(r"[\s\-,]+", name):
        tok = raw.strip(".,;:")
        low = normalise(tok)
        if not low or low in DROP or len(low) == 1 or (raw.endswith(".") and len(low) <= 2):
            continue
        if low not in out:
            out.append(low)
    return out


def street_tokens(street: str) -> list[str]:
    words = {normalise(w) for w in PLC.STREET_WORDS}
    out: list[str] = []
    for raw in re.split(r"[\s\-]+", street):
        low = normalise(raw.strip(".,"))
        if low.startswith(("l'", "d'")):
            low = low[2:]
        if not low or low in words or low in DROP or len(low) <= 1 or low.isdigit():
            continue
        if low not in out:
            out.append(low)
    return out


# ----------------------------------------------------------------------------- people


def make_roster(rng: random.Random, locale: str) -> list[dict]:
    fem = rng.sample(P.GIVEN_F[locale], 4)
    mal = rng.sample(P.GIVEN_M[locale], 4)
    surs = rng.sample(P.SURNAMES[locale], ROSTER_SIZE)
    roster = []
    for k in range(ROSTER_SIZE):
        female = k % 2 == 0
        given = fem[k // 2] if female else mal[k // 2]
        surname = P.surname_for(locale, surs[k], female)
        g, s = V.ascii_slug(given), V.ascii_slug(surname.split()[-1])
        handle = "@" + rng.choice((f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}", f"{s}{g[0]}",
                                   f"{g}{s[:4]}"))
        roster.append({"given": given, "surname": surname, "female": female,
                       "entry": surs[k], "handle": handle, "name": f"{given} {surname}"})
    return roster


def roster_tokens(rosters: dict) -> set[str]:
    toks: set[str] = set()
    for locale, roster in rosters.items():
        for m in roster:
            toks.update(name_tokens(m["given"]))
            for female in (True, False):
                toks.update(name_tokens(P.surname_for(locale, m["entry"], female)))
    return toks


def person_pools(locale: str, banned: set[str]):
    def ok(name: str) -> bool:
        return not set(name_tokens(name)) & banned

    def sur_ok(entry: str) -> bool:
        return ok(P.surname_for(locale, entry, True)) and ok(P.surname_for(locale, entry, False))

    return ([g for g in P.GIVEN_F[locale] if ok(g)], [g for g in P.GIVEN_M[locale] if ok(g)],
            [s for s in P.SURNAMES[locale] if sur_ok(s)])


def _title(rng, locale: str, female: bool) -> str:
    male_t, fem_t, neutral = TITLES[lang_of(locale)]
    if rng.random() < 0.2:
        return rng.choice(neutral)
    return rng.choice(fem_t if female else male_t)


def person_item(rng, locale: str, pools):
    fem, mal, surs = pools
    female = rng.random() < 0.5
    given = rng.choice(fem if female else mal)
    surname = P.surname_for(locale, rng.choice(surs), female)
    form = rng.choice(PERSON_FORMS)
    if form == "full":
        value = frag_from = f"{given} {surname}"
    elif form == "title":
        name = rng.choice((surname, f"{given} {surname}"))
        value, frag_from = f"{_title(rng, locale, female)} {name}", name
    elif form == "lower":
        value = frag_from = f"{given} {surname}".lower()
    elif form == "initial":
        value, frag_from = f"{given[0]}. {surname}", surname
    elif form == "surname_given":
        core = " ".join(w for w in surname.split() if normalise(w) not in DROP) or surname
        value = f"{core.upper()} {given}" if rng.random() < 0.5 else f"{surname}, {given}"
        frag_from = f"{given} {surname}"
    else:
        value = frag_from = given
    return value, ["t:" + t for t in name_tokens(frag_from)], form, female


def possessive(locale: str, member: dict) -> tuple[str, str]:
    """(written possessive, the fragment token written) per language."""
    lang, given = lang_of(locale), member["given"]
    if lang == "en":
        return given + ("'" if given.endswith("s") else "'s"), given
    if lang == "de":
        if given[-1] in "sxzß":
            return given + "'", given
        return given + "s", given + "s"
    if lang == "fr":
        if normalise(given[0]) in "aeiouh":
            return "d'" + given, given
        return "de " + given, given
    if lang == "pt":
        return ("da " if member["female"] else "do ") + given, given
    return "de " + given, given


def member_item(rng, locale: str, roster):
    m = rng.choice(roster)
    form = rng.choice(MEMBER_FORMS)
    given, surname, full = m["given"], m["surname"], m["name"]
    if form == "full":
        value = src = full
    elif form == "given":
        value = src = given
    elif form == "surname":
        value = src = surname
    elif form == "initial":
        value, src = f"{given[0]}. {surname}", surname
    elif form == "handle":
        return m["handle"], ["t:" + normalise(m["handle"][1:])], form
    elif form == "possessive":
        value, src = possessive(locale, m)
        return value, ["t:" + normalise(src)], form
    elif form == "lower":
        value = src = full.lower()
    elif form == "folded":
        value = src = fold(full)
    else:
        value, src = f"{_title(rng, locale, m['female'])} {surname}", surname
    return value, ["t:" + t for t in name_tokens(src)], form


# ----------------------------------------------------------------------------- addresses


def _lines(rng, locale: str, street: str, town: str, head: str, pc: str):
    """(street line, place line, place without postcode) in the operator's order."""
    num = rng.randint(1, 240)
    if locale == "en_IE":
        return f"{num} {street}", f"{town}, {pc}" if pc else town, town
    if locale == "en_AU":
        state = head.split()[0]
        unit = f"{rng.randint(1, 30)}/" if rng.random() < 0.3 else ""
        return f"{unit}{num} {street}", f"{town.upper()} {state} {pc}", f"{town} {state}"
    if locale == "en_BB":
        return f"Lot {num}, {street}", f"{town} {pc}", town
    if locale in ("fr_FR", "fr_MC"):
        line1 = f"{num}, {street}" if rng.random() < 0.5 else f"{num} {street}"
        return line1, f"{pc} {town.upper() if locale == 'fr_FR' else town}", town
    if locale == "fr_CA":
        return f"{rng.randint(100, 9800)}, {street}", f"{town} {pc}", town
    if locale == "pt_BR":
        extra = f", apto {rng.randint(11, 154)}" if rng.random() < 0.4 else ""
        return f"{street}, {num}{extra}", f"{town}, CEP {pc}", town
    if locale == "pt_PT":
        extra = f", {rng.randint(1, 9)}.º {rng.choice(('Esq.', 'Dto.', 'Frente'))}" \
            if rng.random() < 0.5 else ""
        return f"{street}, {num}{extra}", f"{pc} {town}", town.title()
    if locale == "pt_TL":
        return f"{street}, n.º {num}", town, town
    if locale in ("de_DE", "de_AT"):
        door = f"/{rng.randint(1, 24)}" if locale == "de_AT" and rng.random() < 0.5 else ""
        return f"{street} {num}{door}", f"{pc} {town}", town
    extra = f", {rng.randint(1, 9)}.º {rng.choice('ABCD')}" if rng.random() < 0.5 else ""
    return f"{street}, {num}{extra}", f"{pc} {town}", town


def address_item(rng, locale: str):
    street = rng.choice(PLC.STREETS[locale])
    town, head = rng.choice(PLC.TOWNS[locale])
    frags = ["t:" + t for t in street_tokens(street)]
    has_pc = locale in PLC.POSTCODE_RE
    pc = PLC.draw_postcode(rng, locale, head) if has_pc else ""
    line1, place, town_only = _lines(rng, locale, street, town, head, pc)
    style = rng.choice(("one_line", "multi_line", "street_town", "box"))
    if style == "box":
        box_no = str(rng.randint(100, 9999))
        box = f"{PLC.BOX_WORD[locale]} {box_no}, {place}"
        value = f"{line1}, {box}" if rng.random() < 0.5 else box
        frags = (frags if value.startswith(line1) else []) + ["p:" + box_no]
        if pc:
            frags.append("p:" + pc)
        return value, frags, "box"
    if style == "street_town" or not pc:
        if style == "multi_line":
            return f"{line1}\n{town_only}", frags, "multi_line"
        return f"{line1}, {town_only}", frags, "street_town"
    frags = frags + ["p:" + pc]
    if style == "multi_line":
        return f"{line1}\n{place}", frags, "multi_line"
    return f"{line1}, {place}", frags, "one_line"


# ----------------------------------------------------------------------------- items


def draw_item(rng, locale: str, kind: str, roster, pools):
    """(kind, value, fragments, form, lead_key, shown) where shown is the text written."""
    fem, mal, surs = P.GIVEN_F[locale], P.GIVEN_M[locale], P.SURNAMES[locale]
    if kind in ("EMAIL", "URL"):
        given = rng.choice(fem + mal)
        surname = P.surname_for(locale, rng.choice(surs), False)
        if kind == "EMAIL":
            value, local, form = V.email(rng, locale, given, surname)
            shown = {"plain": value, "angle": f"<{value}>", "mailto": f"mailto:{value}"}[form]
            return kind, value, ["t:" + local], form, kind, shown
        value, token, form = V.url(rng, locale, lang_of(locale), given, surname)
        return kind, value, ["t:" + token], form, kind, value
    if kind == "PHONE":
        value, form = V.phone(rng, locale)
        return kind, value, digit_windows(value), form, kind, value
    if kind == "IP":
        value, ip, form = V.ip(rng)
        return kind, value, ["p:" + ip], form, kind, value
    if kind == "CARD":
        value, form = V.card(rng)
        return kind, value, digit_windows(value), form, kind, value
    if kind == "IBAN":
        if locale in V.IBAN_LOCALES:
            value, form = V.iban(rng, locale)
            return kind, value, digit_windows(value), form, kind, value
        value, form = V.bank_value(rng, locale)
        return "ID", value, digit_windows(value), form, "BANK", value
    if kind == "ID":
        value, typ = V.national_id(rng, locale, rng.random() < 0.5)
        frags = digit_windows(value) or ["s:" + value]
        bare = rng.random() < 0.4
        return kind, value, frags, typ + ("_bare" if bare else ""), (
            "ID_BARE" if bare else "ID"), value
    if kind == "PERSON":
        value, frags, form, _ = person_item(rng, locale, pools)
        return kind, value, frags, form, kind, value
    if kind == "MEMBER":
        value, frags, form = member_item(rng, locale, roster)
        return kind, value, frags, form, ("POSS" if form == "possessive" else kind), value
    value, frags, form = address_item(rng, locale)
    return kind, value, frags, form, kind, value


# ----------------------------------------------------------------------------- posts


def _sentence(rng, bank, key: str, shown: str, typ: str = "") -> str:
    tpl = rng.choice(bank["lead"][key])
    return tpl.replace("{t}", ID_NAMES.get(typ, typ)).replace("{v}", shown)


# Brazilian usage where it differs from the European Portuguese bank
PT_BR_WORDS = (("equipa", "equipe"), ("Equipa", "Equipe"), ("receção", "recepção"),
               ("Receção", "Recepção"), ("Morada", "Endereço"), ("frigorífico", "geladeira"),
               ("registada", "registrada"), ("Contacto", "Contato"), ("Partilhem", "Compartilhem"),
               ("usámos", "usamos"), ("está a resultar", "está dando certo"),
               ("está a tomar", "está tomando"), ("Exmos. Senhores", "Prezados senhores"),
               ("câmara", "câmera"), ("vómitos", "vômitos"), ("trela", "guia"),
               ("raio-X", "raio X"), ("Gestor de sinistros", "Analista de sinistros"))


def _localised(value, pairs):
    if isinstance(value, str):
        for a, b in pairs:
            value = value.replace(a, b)
        return value
    if isinstance(value, dict):
        return {k: _localised(v, pairs) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_localised(v, pairs) for v in value)
    return [_localised(v, pairs) for v in value]


PT_BR = _localised(PT, PT_BR_WORDS)


def bank_for(locale: str) -> dict:
    return PT_BR if locale == "pt_BR" else BANKS[lang_of(locale)]


def compose(rng, locale: str, genre: str, drawn, looks, n_ctx: int) -> str:
    bank = bank_for(locale)
    org = rng.choice(PLC.ORGS[locale])
    lines: list[tuple[str, str]] = []  # (label or "", sentence)
    signer: list[str] = []  # letters: the signer's name; letters and notices: contact lines
    contact: list[str] = []
    for kind, _value, _frags, form, key, shown in drawn:
        typ = form.removesuffix("_bare")
        if genre == "letter" and kind in ("PERSON", "MEMBER") and form not in (
                "possessive", "handle") and not signer:
            signer.append(shown)
            continue
        if genre in ("letter", "notice") and kind in ("PHONE", "EMAIL", "URL") and (
                rng.random() < 0.6):
            contact.append(f"{bank['label'][kind]}: {shown}")
            continue
        label = bank["label"]["BANK" if key == "BANK" else kind]
        if key == "ID":
            label = ID_NAMES.get(typ, label)
        plain_label = genre == "form" and key not in ("ID_BARE", "POSS")
        lines.append((label if plain_label else "", shown if plain_label else
                      _sentence(rng, bank, key, shown, typ)))
    for kind, value in looks:
        lines.append(("", rng.choice(bank["look"][kind]).replace("{v}", value)))
    ctx = rng.sample(bank["ctx"], n_ctx)
    body = [s for _, s in lines] + ctx
    rng.shuffle(body)
    if genre == "thread":
        return (f"{rng.choice(bank['subject'])}\n\n{rng.choice(bank['open'])}\n\n"
                + " ".join(body) + f"\n\n> {rng.choice(bank['quote'])}\n\n"
                + rng.choice(bank["close"]))
    if genre == "form":
        out = [rng.choice(bank["subject"]), ""]
        for label, text in lines:
            out.append(f"{label}: {text}" if label else f"{bank['label']['NOTE']}: {text}")
        out += [f"{bank['label']['REASON']}: {c}" for c in ctx]
        return "\n".join(out)
    if genre == "booking":
        b = bank["booking"]
        head = (f"{b[0]}: {org}\n{b[1]}: {rng.choice(b[3:7])}\n{b[2]}: {rng.choice(b[7:10])}")
        return head + "\n\n" + " ".join(body) + f"\n\n{rng.choice(bank['close'])}"
    if genre == "chat":
        who, agent = bank["chat"]
        out = [f"{who}: {rng.choice(bank['open'])}"]
        for k, s in enumerate(body):
            out.append(f"{who}: {s}")
            if k % 2:
                out.append(f"{agent}: {rng.choice(bank['quote'])}")
        out.append(f"{agent}: {rng.choice(bank['close'])}")
        return "\n".join(out)
    if genre == "notice":
        n = bank["notice"]
        lost = rng.random() < 0.6
        what = rng.choice(n[4:6]) if lost else n[6]
        head = f"{n[0] if lost else n[1]}: {what}\n{rng.choice(n[8:10])}"
        tail = [f"{n[3]}: {org}"] + contact + [n[2]]
        if rng.random() < 0.4:
            tail.insert(0, n[7])
        return head + "\n" + "\n".join(f"- {s}" for s in body) + "\n\n" + "\n".join(tail)
    block = signer + [f"{rng.choice(bank['roles'])}, {org}"] + contact
    return (f"{rng.choice(bank['greet'])}\n\n" + " ".join(body)
            + f"\n\n{rng.choice(bank['close'])}\n" + "\n".join(block))


def _flatten(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _flatten(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _flatten(v)]
    return []


def piece_counts() -> dict[str, int]:
    """Distinct hand-written sentence pieces per language bank."""
    return {lang: len({s for v in bank.values() for s in _flatten(v)})
            for lang, bank in BANKS.items()}
