"""Forty-sixth set: rosters, items with their fragments, posts in six genres."""

from __future__ import annotations

import random
import re
import unicodedata

from trainer_dev.redaction_sets import fortysixth_people as P
from trainer_dev.redaction_sets import fortysixth_places as PLC
from trainer_dev.redaction_sets import fortysixth_values as V
from trainer_dev.redaction_sets.fortysixth_checks import digit_windows, normalise
from trainer_dev.redaction_sets.fortysixth_looks import LANG
from trainer_dev.redaction_sets.fortysixth_text_ca import CA, ID_NAMES_CA
from trainer_dev.redaction_sets.fortysixth_text_de import DE, ID_NAMES_DE
from trainer_dev.redaction_sets.fortysixth_text_en import EN, ID_NAMES_EN
from trainer_dev.redaction_sets.fortysixth_text_fr import FR, ID_NAMES_FR
from trainer_dev.redaction_sets.fortysixth_text_it import ID_NAMES_IT, IT

KINDS = ("EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS")
LOCALES = ("en_IE", "en_AU", "en_NZ", "en_MU", "de_AT", "de_DE", "de_BE", "fr_FR", "fr_MC",
           "it_IT", "it_SM", "ca_AD")
BANKS = {"en": EN, "de": DE, "fr": FR, "it": IT, "ca": CA}
ID_NAMES = {**ID_NAMES_EN, **ID_NAMES_DE, **ID_NAMES_FR, **ID_NAMES_IT, **ID_NAMES_CA}
GENRES = ("booking", "form", "claim", "chat", "notice", "letter")
LABELLED, PLAIN, WITH_LOOKS, ROSTER_SIZE = 375, 30, 45, 8

TITLES = {  # (male, female): courtesy and academic titles as each language writes them
    "en": (("Mr", "Mr.", "Dr"), ("Mrs", "Ms", "Dr")),
    "de": (("Herr", "Dr.", "Herr Dr."), ("Frau", "Dr.", "Frau Dr.")),
    "fr": (("M.", "Monsieur", "Dr"), ("Mme", "Madame", "Dr")),
    "it": (("Sig.", "sig.", "Dott.", "dott."), ("Sig.ra", "sig.ra", "Dott.ssa", "dott.ssa")),
    "ca": (("Sr.", "senyor", "Dr."), ("Sra.", "senyora", "Dra.")),
}
LOCAL_TITLES = {"de_AT": ("Mag.", "Dipl.-Ing.", "Ing.", "DI")}
TITLE_WORDS = frozenset(normalise(w).strip(".") for pair in TITLES.values() for g in pair
                        for t in g for w in t.split()) | {"mag", "dipl", "ing", "di", "dott.ssa"}
DROP = P.PARTICLES | TITLE_WORDS
PERSON_FORMS = ("full", "title", "lower", "initial", "surname_given", "given")
MEMBER_FORMS = ("full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title")


def fold(text: str) -> str:
    t = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in t if not unicodedata.combining(c)))


def name_tokens(name: str) -> list[str]:
    """t: tokens of a written name: no titles, particles or initials; d'/l' elision dropped."""
    out: list[str] = []
    for raw in re.split(r"[\s\-,]+", name):
        tok = raw.strip(".,;:")
        low = normalise(tok)
        for el in ("d'", "d’", "l'", "l’", "dell'"):
            if low.startswith(el) and len(low) > len(el) + 1:
                low = low[len(el):]
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
        for el in ("d'", "l'"):
            if low.startswith(el) and len(low) > 3:
                low = low[2:]
        if not low or low in words or low in DROP or len(low) <= 1 or low.isdigit():
            continue
        if re.fullmatch(r"[ivxlc]+", low):  # Roman numerals (Rainier III, XXVIII Luglio)
            continue
        if low not in out:
            out.append(low)
    return out


# ----------------------------------------------------------------------------- people


def make_roster(rng: random.Random, locale: str) -> list[dict]:
    fem = rng.sample(P.GIVEN_F[locale], ROSTER_SIZE // 2)
    mal = rng.sample(P.GIVEN_M[locale], ROSTER_SIZE // 2)
    surs = rng.sample(P.SURNAMES[locale], ROSTER_SIZE)
    roster = []
    for k in range(ROSTER_SIZE):
        female = k % 2 == 0
        given = fem[k // 2] if female else mal[k // 2]
        surname = P.surname_for(locale, surs[k], female)
        g, s = V.ascii_slug(given), V.ascii_slug(surname.split()[-1])
        handle = "@" + rng.choice((f"{g}.{s[0]}", f"{g[0]}{s}", f"{g}_{s}", f"{s}.{g[:3]}",
                                   f"{g}{s[:2]}"))
        roster.append({"given": given, "surname": surname, "female": female, "entry": surs[k],
                       "handle": handle, "name": f"{given} {surname}"})
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
    if locale in LOCAL_TITLES and rng.random() < 0.25:
        return rng.choice(LOCAL_TITLES[locale])
    return rng.choice(TITLES[LANG[locale]][1 if female else 0])


def person_item(rng, locale: str, pools):
    fem, mal, surs = pools
    female = rng.random() < 0.5
    given = rng.choice(fem if female else mal)
    surname = P.surname_for(locale, rng.choice(surs), female)
    form = rng.choice(PERSON_FORMS)
    if form == "full":
        value = src = f"{given} {surname}"
    elif form == "title":
        src = rng.choice((surname, f"{given} {surname}"))
        value = f"{_title(rng, locale, female)} {src}"
    elif form == "lower":
        value = src = f"{given} {surname}".lower()
    elif form == "initial":
        value, src = f"{given[0]}. {surname}", surname
    elif form == "surname_given":
        value = (f"{surname.upper()} {given}" if rng.random() < 0.5 else f"{surname}, {given}")
        src = f"{given} {surname}"
    else:
        value = src = given
    return value, ["t:" + t for t in name_tokens(src)], form


def possessive(locale: str, member: dict) -> tuple[str, str]:
    """(the possessive as written, the written name token it holds)."""
    lang, given = LANG[locale], member["given"]
    if lang == "en":
        return given + ("'" if given.endswith("s") else "'s"), given
    if lang == "de":
        if given[-1] in "sxzß":
            return given + "'", given
        return given + "s", given + "s"
    vowel = normalise(given[0]) in "aeiouh"
    if lang == "fr":
        return ("d'" + given if vowel else "de " + given), given
    if lang == "it":
        return "di " + given, given
    if vowel:  # Catalan: the personal article (l', la, en)
        return "de l'" + given, given
    return ("de la " if member["female"] else "d'en ") + given, given


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
        value, tok = possessive(locale, m)
        return value, ["t:" + t for t in name_tokens(tok)], form
    elif form == "lower":
        value = src = full.lower()
    elif form == "folded":
        value = src = fold(full)
    else:
        value, src = f"{_title(rng, locale, m['female'])} {surname}", surname
    return value, ["t:" + t for t in name_tokens(src)], form


# ----------------------------------------------------------------------------- addresses


def _place_line(rng, locale: str, town: str, pc: str, extra: str) -> str:
    if locale == "en_IE":
        return ", ".join(x for x in (town, extra, pc) if x)  # the Eircode last, on its own
    if locale == "en_AU":
        return f"{town} {extra} {pc}"
    if locale in ("en_NZ", "en_MU"):
        return f"{town} {pc}"
    if locale == "it_IT":
        return f"{pc} {town} ({extra})"
    if locale == "it_SM":
        return f"{pc} {town}" + (" (RSM)" if rng.random() < 0.4 else "")
    if locale == "fr_MC":
        return rng.choice((f"{pc} Monaco", f"MC {pc} Monaco", f"{pc} MONACO"))
    return f"{pc} {town}"


def address_item(rng, locale: str):
    street = rng.choice(PLC.STREETS[locale])
    town, head, extra = rng.choice(PLC.TOWNS[locale])
    num = str(rng.randint(1, 180))
    lang = LANG[locale]
    if lang == "en" and locale != "en_MU":
        line1 = f"{num} {street}"
    elif locale == "en_MU":
        line1 = f"{num} {street}" if street.startswith(("Royal", "Coastal", "Sir", "Pailles",
                                                        "Camp")) else f"{num}, {street}"
    elif lang == "fr":
        line1 = f"{num} {street}"
    elif lang == "it":
        line1 = f"{street} {num}" if rng.random() < 0.6 else f"{street}, {num}"
    elif lang == "ca":
        line1 = f"{street}, {num}" + (f", {rng.randint(1, 6)}r {rng.randint(1, 4)}a"
                                      if rng.random() < 0.4 else "")
    else:
        line1 = f"{street} {num}" + (rng.choice(("a", "b", "/3", "/12")) if locale == "de_AT"
                                     and rng.random() < 0.3 else "")
    pc = PLC.draw_postcode(rng, locale, head)
    place = _place_line(rng, locale, town, pc, extra)
    streets = ["t:" + t for t in street_tokens(street)]
    style = rng.choice(("one_line", "multi_line", "street_town", "box"))
    if style == "box":
        box_no = str(rng.randint(100, 9999))
        box = f"{PLC.BOX_WORD[locale]} {box_no}, {place}"
        if rng.random() < 0.5:
            return f"{line1}, {box}", streets + ["p:" + box_no, "p:" + pc], "box"
        return box, ["p:" + box_no, "p:" + pc], "box"
    if style == "street_town":
        town_only = {"en_AU": f"{town} {extra}", "it_IT": f"{town} ({extra})"}.get(locale, town)
        return f"{line1}, {town_only}", streets, "street_town"
    sep = "\n" if style == "multi_line" else ", "
    return f"{line1}{sep}{place}", streets + ["p:" + pc], style


# ----------------------------------------------------------------------------- items


def draw_item(rng, locale: str, kind: str, roster, pools):
    """(kind, value, fragments, form, lead key)."""
    fem, mal, surs = P.GIVEN_F[locale], P.GIVEN_M[locale], P.SURNAMES[locale]
    if kind == "EMAIL":
        female = rng.random() < 0.5
        given = rng.choice(fem if female else mal)
        value, local, form = V.email(rng, locale, given,
                                     P.surname_for(locale, rng.choice(surs), female))
        shown = {"plain": value, "angle": f"<{value}>", "mailto": f"mailto:{value}"}[form]
        return kind, value, ["t:" + local], form, "EMAIL", shown
    if kind == "PHONE":
        value, form = V.phone(rng, locale)
        return kind, value, digit_windows(value), form, "PHONE", value
    if kind == "URL":
        value, token, form = V.url(rng, locale, LANG[locale], rng.choice(fem + mal),
                                   rng.choice(surs))
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
        female = rng.random() < 0.5
        value, typ = V.national_id(rng, locale, rng.choice(fem if female else mal),
                                   P.surname_for(locale, rng.choice(surs), female), female)
        frags = digit_windows(value) or ["s:" + value]
        bare = rng.random() < 0.4
        return kind, value, frags, typ + ("_bare" if bare else ""), (
            "ID_BARE" if bare else "ID"), value
    if kind == "PERSON":
        value, frags, form = person_item(rng, locale, pools)
        return kind, value, frags, form, "PERSON", value
    if kind == "MEMBER":
        value, frags, form = member_item(rng, locale, roster)
        return kind, value, frags, form, ("POSS" if form == "possessive" else "MEMBER"), value
    value, frags, form = address_item(rng, locale)
    return kind, value, frags, form, "ADDRESS", value


# ----------------------------------------------------------------------------- posts


def _sentence(rng, bank, key: str, shown: str, typ: str) -> str:
    tpl = rng.choice(bank["lead"][key])
    return tpl.replace("{t}", ID_NAMES.get(typ, typ)).replace("{v}", shown)


def compose(rng, locale: str, genre: str, drawn, looks, n_ctx: int) -> str:
    bank = BANKS[LANG[locale]]
    org = rng.choice(PLC.ORGS[locale])
    lines: list[tuple[str, str]] = []  # (form label or "", sentence)
    signer: list[str] = []
    contact: list[str] = []
    for kind, _value, _frags, form, key, shown in drawn:
        typ = form.removesuffix("_bare")
        if genre == "letter":
            if kind in ("PERSON", "MEMBER") and key != "POSS" and form != "handle" and not signer:
                signer.append(shown)
                continue
            if kind in ("PHONE", "EMAIL", "URL") and rng.random() < 0.6:
                contact.append(f"{bank['label'][kind]}: {shown}")
                continue
        if genre == "notice" and kind in ("PHONE", "EMAIL") and rng.random() < 0.5:
            contact.append(shown)
            continue
        if genre == "form" and key not in ("ID_BARE", "POSS"):
            label = bank["label"]["BANK" if key == "BANK" else kind]
            if key == "ID":
                label = ID_NAMES.get(typ, label)
            lines.append((label[0].upper() + label[1:], shown))
            continue
        lines.append(("", _sentence(rng, bank, key, shown, typ)))
    for kind, value in looks:
        lines.append(("", rng.choice(bank["look"][kind]).replace("{v}", value)))
    ctx = rng.sample(bank["ctx"], n_ctx)
    if genre == "form":
        out = [rng.choice(bank["subject"]), ""]
        for label, text in lines:
            out.append(f"{label}: {text}" if label else f"{bank['label']['NOTE']}: {text}")
        out += [f"{bank['label']['REASON']}: {c}" for c in ctx]
        return "\n".join(out)
    body = [s for _, s in lines] + ctx
    rng.shuffle(body)
    if genre == "booking":
        return (f"{rng.choice(bank['subject'])}\n\n{rng.choice(bank['open'])}\n\n"
                + " ".join(body) + f"\n\n> {rng.choice(bank['quote'])}\n\n"
                + rng.choice(bank["close"]))
    if genre == "claim":
        c = bank["claim"]
        head = (f"{c[0]}: {rng.choice(c[3:6])}\n{c[1]}: {rng.choice(c[6:9])}\n"
                f"{c[2]}: {rng.choice(c[9:11])}")
        return f"{head}\n{org}\n\n" + " ".join(body) + f"\n\n{rng.choice(bank['close'])}"
    if genre == "chat":
        who, clinic = bank["chat"]
        out = [f"{who}: {rng.choice(bank['open'])}"]
        for k, s in enumerate(body):
            out.append(f"{who}: {s}")
            if k % 2:
                out.append(f"{clinic}: {rng.choice(bank['quote'])}")
        out.append(f"{clinic}: {rng.choice(bank['close'])}")
        return "\n".join(out)
    if genre == "notice":
        n = bank["notice"]
        head = rng.choice(n[:3])
        tail = f"\n{' / '.join(contact)}" if contact else ""
        return f"{head}!\n\n" + "\n".join(body) + tail + f"\n{n[4]}!"
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
    return {lang: len(set(_flatten(bank))) for lang, bank in BANKS.items()}
