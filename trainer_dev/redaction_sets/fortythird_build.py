"""Forty-third set: rosters, items with fragments, posts in six genres, redraws."""

from __future__ import annotations

import random
import re

from trainer_dev.redaction_sets import fortythird_looks as L
from trainer_dev.redaction_sets import fortythird_people as P
from trainer_dev.redaction_sets import fortythird_places as PLC
from trainer_dev.redaction_sets import fortythird_values as V
from trainer_dev.redaction_sets.fortythird_checks import digit_windows, normalise
from trainer_dev.redaction_sets.fortythird_text_defr import DE, FR, ID_NAMES_DE, ID_NAMES_FR
from trainer_dev.redaction_sets.fortythird_text_en import EN, ID_NAMES_EN
from trainer_dev.redaction_sets.fortythird_text_es import ES, ID_NAMES_ES
from trainer_dev.redaction_sets.fortythird_text_slav import CS, ID_NAMES_CS, ID_NAMES_PL, PL
from trainer_dev.redaction_sets.fortythird_text_sv import ID_NAMES_SV, SV

KINDS = ("EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS")
LOCALES = ("en_GB", "en_CA", "en_IN", "de_CH", "fr_BE", "es_MX", "pl_PL", "cs_CZ", "sv_SE",
           "fr_BJ", "en_FJ", "es_GQ")
BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "pl": PL, "cs": CS, "sv": SV}
ID_NAMES = {**ID_NAMES_EN, **ID_NAMES_DE, **ID_NAMES_FR, **ID_NAMES_ES, **ID_NAMES_PL,
            **ID_NAMES_CS, **ID_NAMES_SV}
GENRES = ("thread", "form", "ticket", "chat", "jobsheet", "letter")
LABELLED, PLAIN, WITH_LOOKS, ROSTER_SIZE = 375, 30, 45, 8

TITLES = {  # (male, female, neutral)
    "en": (("Mr", "Mr."), ("Mrs", "Ms", "Miss"), ("Dr",)),
    "de": (("Herr",), ("Frau",), ("Dr.",)),
    "fr": (("M.", "Monsieur"), ("Mme", "Madame"), ("Dr",)),
    "es": (("Sr.", "don"), ("Sra.", "doña"), ("Lic.", "Ing.")),
    "pl": (("pan", "Pan"), ("pani", "Pani"), ("dr",)),
    "cs": (("pan",), ("paní",), ("Ing.", "Mgr.")),
    "sv": (("herr",), ("fru",), ("doktor",)),
}
EN_EXTRA_TITLES = {"en_IN": (("Shri",), ("Smt.",)), "en_FJ": (("Ratu",), ("Adi",))}
DROP = P.PARTICLES | {"st"}
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
    """t: tokens of a written name: no titles (caller strips), particles or initials."""
    out: list[str] = []
    for raw in re.split(r"[\s\-,]+", name):
        tok = raw.strip(".,;:")
        low = normalise(tok)
        if low.startswith(("d'", "d’")):
            tok, low = tok[2:], low[2:]
        if not low or low in DROP or len(low) == 1 or (raw.endswith(".") and len(low) <= 2):
            continue
        if low not in out:
            out.append(low)
    return out


def street_tokens(street: str) -> list[str]:
    words = {normalise(w) for w in PLC.STREET_WORDS}
    out: list[str] = []
    for raw in re.split(r"[\s\-]+", street):
        low = normalise(raw)
        if low.startswith("d'"):
            low = low[2:]
        if not low or low in words or low in DROP or len(low) <= 1:
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
        handle = "@" + rng.choice((f"{g}.{s[0]}", f"{g[0]}{s}", f"{g}_{s}", f"{s}{g[0]}",
                                   f"{g}{s[:3]}"))
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
    if locale in EN_EXTRA_TITLES and rng.random() < 0.5:
        male_t, fem_t = EN_EXTRA_TITLES[locale]
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
        value, frag_from = f"{given} {surname}", f"{given} {surname}"
    elif form == "title":
        name = rng.choice((surname, f"{given} {surname}"))
        value, frag_from = f"{_title(rng, locale, female)} {name}", name
    elif form == "lower":
        value = frag_from = f"{given} {surname}".lower()
    elif form == "initial":
        value, frag_from = f"{given[0]}. {surname}", surname
    elif form == "surname_given":
        core = " ".join(w for w in surname.split() if normalise(w) not in DROP) or surname
        if rng.random() < 0.5:
            value = f"{core.upper()} {given}"
        else:
            value = f"{surname}, {given}"
        frag_from = f"{given} {surname}"
    else:
        value = frag_from = given
    frags = ["t:" + t for t in name_tokens(frag_from)]
    return value, frags, form, female


def possessive(locale: str, member: dict) -> tuple[str, str]:
    """(written possessive, the fragment token written) per language."""
    lang, given, surname = lang_of(locale), member["given"], member["surname"]
    if lang == "en":
        v = given + ("'" if given.endswith("s") else "'s")
        return v, given
    if lang in ("de", "sv"):
        if given[-1] in "sxzß":
            return (given + "'" if lang == "de" else given), given
        return given + "s", given + "s"
    if lang == "fr":
        if normalise(given[0]) in "aeiouh":
            return "d'" + given, given
        return "de " + given, given
    if lang == "es":
        return "de " + given, given
    if lang == "pl":
        g = P.pl_genitive(given, surname, member["female"])
        return g, g
    g = P.cs_genitive(surname)
    return g, g


def member_item(rng, locale: str, roster):
    m = rng.choice(roster)
    form = rng.choice(MEMBER_FORMS)
    given, surname, full = m["given"], m["surname"], m["name"]
    if form == "full":
        value, src = full, full
    elif form == "given":
        value = src = given
    elif form == "surname":
        value = src = surname
    elif form == "initial":
        value, src = f"{given[0]}. {surname}", surname
    elif form == "handle":
        value, src = m["handle"], m["handle"][1:]
        return value, ["t:" + normalise(src)], form
    elif form == "possessive":
        value, src = possessive(locale, m)
        return value, ["t:" + normalise(t) for t in [src]], form
    elif form == "lower":
        value = src = full.lower()
    elif form == "folded":
        value = src = fold(full)
    else:
        value = f"{_title(rng, locale, m['female'])} {surname}"
        src = surname
    return value, ["t:" + t for t in name_tokens(src)], form


# ----------------------------------------------------------------------------- addresses


def address_item(rng, locale: str):
    street = rng.choice(PLC.STREETS[locale])
    town, head = rng.choice(PLC.TOWNS[locale])
    num = str(rng.randint(1, 240))
    frags = ["t:" + t for t in street_tokens(street)]
    has_pc = locale in PLC.POSTCODE_RE
    pc = PLC.draw_postcode(rng, locale, head) if has_pc else ""
    style = rng.choice(("one_line", "multi_line", "street_town", "box"))
    box_no = str(rng.randint(100, 9999))
    if locale in ("en_GB", "en_CA", "en_IN", "en_FJ"):
        prov = head.split()[1] if locale == "en_CA" else ""
        line1 = f"{num} {street}" if locale != "en_FJ" else f"Lot {num} {street}"
        if locale == "en_IN":
            line1 = f"{rng.choice(('Flat', 'No.', 'Plot'))} {num}, {street}"
        place = f"{town}, {prov} {pc}" if locale == "en_CA" else f"{town} {pc}".strip()
        if locale == "en_IN":
            place = f"{town} - {pc}" if rng.random() < 0.5 else f"{town} {pc}"
        town_only = f"{town}, {prov}" if prov else town
    elif locale in ("fr_BJ", "es_GQ"):
        line1 = (f"{street}, lot {num}" if locale == "fr_BJ" else f"{street} {num}")
        place, town_only = town, town
    else:
        sep = "/" if locale in ("pl_PL", "cs_CZ") and rng.random() < 0.5 else ""
        line1 = f"{street} {num}" + (f"{sep}{rng.randint(1, 40)}" if sep else "")
        place, town_only = f"{pc} {town}", town
    if style == "box":
        bw = PLC.BOX_WORD[locale]
        if locale == "fr_BJ":
            box = f"{head} {bw} {box_no} {town}"
        elif locale in ("en_GB", "en_CA", "en_IN"):
            box = f"{bw} {box_no}, {place}"
        elif locale in ("en_FJ", "es_GQ"):
            box = f"{bw} {box_no}, {town}"
        else:
            box = f"{bw} {box_no}, {place}"
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
    lang = lang_of(locale)
    fem, mal, surs = P.GIVEN_F[locale], P.GIVEN_M[locale], P.SURNAMES[locale]
    if kind == "EMAIL":
        given = rng.choice(fem + mal)
        value, local, form = V.email(rng, locale, given, P.surname_for(locale, rng.choice(surs),
                                                                         False))
        shown = {"plain": value, "angle": f"<{value}>", "mailto": f"mailto:{value}"}[form]
        return kind, value, ["t:" + local], form, "EMAIL", shown
    if kind == "PHONE":
        value, form = V.phone(rng, locale)
        return kind, value, digit_windows(value), form, "PHONE", value
    if kind == "URL":
        given = rng.choice(fem + mal)
        value, token, form = V.url(rng, locale, lang, given,
                                   P.surname_for(locale, rng.choice(surs), False))
        return kind, value, ["t:" + token], form, "URL", value
    if kind == "IP":
        value, ip, form = V.ip(rng)
        return kind, value, ["p:" + ip], form, "IP", value
    if kind == "CARD":
        value, form = V.card(rng)
        return kind, value, digit_windows(value), form, "CARD", value
    if kind == "IBAN":
        if locale in V.IBAN_LOCALES:
            value, form = V.iban(rng, locale)
            return kind, value, digit_windows(value), form, "IBAN", value
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
        return kind, value, frags, form, "PERSON", value
    if kind == "MEMBER":
        value, frags, form = member_item(rng, locale, roster)
        return kind, value, frags, form, ("POSS" if form == "possessive" else "MEMBER"), value
    value, frags, form = address_item(rng, locale)
    return kind, value, frags, form, "ADDRESS", value


# ----------------------------------------------------------------------------- posts


def _sentence(rng, bank, key: str, shown: str, typ: str = "") -> str:
    tpl = rng.choice(bank["lead"][key])
    return tpl.replace("{t}", ID_NAMES.get(typ, typ)).replace("{v}", shown)


def compose(rng, locale: str, genre: str, drawn, looks, n_ctx: int) -> str:
    bank = BANKS[lang_of(locale)]
    org = rng.choice(PLC.ORGS[locale])
    lines: list[tuple[str, str]] = []  # (label or "", sentence)
    signer: list[str] = []  # letters: the signer's name and contact lines in the sign-off
    signature: list[str] = []
    for kind, _value, _frags, form, key, shown in drawn:
        typ = form.removesuffix("_bare")
        if genre == "letter":
            if kind in ("PERSON", "MEMBER") and form not in ("possessive", "handle") and not (
                    signer):
                signer.append(shown)
                continue
            if kind in ("PHONE", "EMAIL", "URL") and rng.random() < 0.6:
                signature.append(f"{bank['label'][kind]}: {shown}")
                continue
        label_key = "BANK" if key == "BANK" else kind
        label = bank["label"][label_key]
        if key == "ID":
            label = ID_NAMES.get(typ, label)
        plain_label = genre == "form" and key not in ("ID_BARE", "POSS")
        lines.append((label if plain_label else "", shown if plain_label else
                      _sentence(rng, bank, key, shown, typ)))
    for kind, value in looks:
        lines.append(("", rng.choice(bank["look"][kind]).replace("{v}", value)))
    ctx = rng.sample(bank["ctx"], n_ctx)
    body = [s for _, s in lines if s] if genre != "form" else []
    if genre != "form":
        body = body + ctx
        rng.shuffle(body)
    if genre == "thread":
        subject = rng.choice(bank["subject"])
        return (f"{subject}\n\n{rng.choice(bank['open'])}\n\n" + " ".join(body)
                + f"\n\n> {rng.choice(bank['quote'])}\n\n{rng.choice(bank['close'])}")
    if genre == "form":
        out = [rng.choice(bank["subject"]), ""]
        for label, text in lines:
            out.append(f"{label}: {text}" if label else f"{bank['label']['NOTE']}: {text}")
        for c in ctx:
            out.append(f"{bank['label']['REASON']}: {c}")
        return "\n".join(out)
    if genre == "ticket":
        t = bank["ticket"]
        head = (f"{t[0]}: {rng.choice(t[6:8])}\n{t[1]}: {rng.choice(t[3:6])}\n"
                f"{t[2]}: {rng.choice(t[8:11])}")
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
    if genre == "jobsheet":
        sheet = bank["sheet"]
        return (f"{sheet[0]} — {org}\n{sheet[1]}:\n" + "\n".join(f"- {s}" for s in body)
                + f"\n{sheet[2]}: {rng.choice(bank['quote'])}")
    block = signer + [f"{rng.choice(bank['roles'])}, {org}"] + signature
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
    """Distinct hand-written sentence pieces per language bank (the "poss" tag left out)."""
    return {lang: len({s for k, v in bank.items() if k != "poss" for s in _flatten(v)})
            for lang, bank in BANKS.items()}
