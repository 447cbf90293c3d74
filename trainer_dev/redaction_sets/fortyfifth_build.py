"""Post assembly of the forty-fifth set: names, items, genres, look-alikes."""

from __future__ import annotations

import importlib
import re

from trainer_dev.redaction_sets import fortyfifth_values as V
from trainer_dev.redaction_sets.fortyfifth_people import (
    HU_AFTER,
    TITLES,
    given_pool,
    surname_pool,
)
from trainer_dev.redaction_sets.fortyfifth_places import ORGS, street_tokens

KINDS = ["EMAIL", "PHONE", "URL", "IP", "CARD", "IBAN", "ID", "PERSON", "MEMBER", "ADDRESS"]
LOCALES = ["en_GB", "en_NZ", "en_ZA", "de_AT", "fr_CA", "es_AR", "pt_PT", "da_DK", "hu_HU",
           "fr_MG", "en_PG", "de_LU"]
LANGS = ["en", "de", "fr", "es", "pt", "da", "hu"]
BANKS = {lang: importlib.import_module(
    f"trainer_dev.redaction_sets.fortyfifth_text_{lang}").BANK for lang in LANGS}
GENRES = ["note", "thread", "form", "log", "roster", "signature"]
PERSON_FORMS = ["full", "title", "lower", "initial", "swapped", "given", "folded"]
MEMBER_FORMS = ["full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title"]

CUES = {
    "nino": ["NI number", "National Insurance number", "NINO"],
    "nhs": ["NHS number", "NHS no."],
    "ird": ["IRD number", "IRD no."], "nhi": ["NHI number", "NHI"],
    "za_id": ["ID number", "SA ID"], "za_id_spaced": ["ID number", "identity number"],
    "svnr": ["SVNR", "Sozialversicherungsnummer", "SV-Nummer"],
    "at_stnr": ["Steuernummer", "StNr."],
    "sin": ["NAS", "numéro d'assurance sociale"], "ramq": ["NAM", "carte RAMQ"],
    "dni": ["DNI", "documento"], "cuil": ["CUIL", "CUIL/CUIT"],
    "nif": ["NIF", "número de contribuinte"], "niss": ["NISS", "n.º de Segurança Social"],
    "cpr": ["CPR-nr.", "CPR-nummer"], "cpr_plain": ["CPR", "personnummer"],
    "adoazonosito": ["adóazonosító jel", "adóazonosító"], "taj": ["TAJ szám", "TAJ"],
    "mg_cin": ["CIN", "numéro CIN"], "mg_cin_spaced": ["carte d'identité nationale", "CIN"],
    "pg_nid": ["NID number", "national ID"], "pg_tin": ["TIN", "IRC TIN"],
    "lu_matricule": ["Matrikelnummer", "Sozialversicherungsnummer"],
    "lu_matricule_spaced": ["Matrikel", "CNS-Nummer"],
}
PARTICLES = {"von", "van", "der", "den", "de", "du", "da", "do", "dos", "das", "di", "del",
             "la", "le", "y", "e", "zu", "af", "st", "te", "o"}


def lang_of(locale: str) -> str:
    return locale[:2]


def fold(s: str) -> str:
    return V.ascii_fold(s)


def name_tokens(part: str) -> list[str]:
    out = []
    for tok in re.split(r"[\s\-'’]+", part):
        tok = tok.strip(".,")
        if len(tok) < 2 or tok.lower() in PARTICLES:
            continue
        if tok not in out:
            out.append(tok)
    return out


def norm_token(t: str) -> str:
    return fold(t).casefold()


def display(locale: str, given: str, surname: str) -> str:
    return f"{surname} {given}" if locale == "hu_HU" else f"{given} {surname}"


def make_roster(rng_by_locale) -> dict[str, list[tuple[str, str, str]]]:
    """8 members per locale (4 F, 4 M): (given, surname, gender)."""
    roster = {}
    for locale in LOCALES:
        rng = rng_by_locale[locale]
        pool = given_pool(locale)
        fem = [g for g in pool if g[1] == "F"]
        mal = [g for g in pool if g[1] == "M"]
        gs = rng.sample(fem, 4) + rng.sample(mal, 4)
        ss = rng.sample(surname_pool(locale), 8)
        roster[locale] = [(g, s, gen) for (g, gen), s in zip(gs, ss, strict=False)]
    return roster


def roster_tokens(roster) -> set[str]:
    out = set()
    for members in roster.values():
        for g, s, _ in members:
            for t in name_tokens(g) + name_tokens(s):
                out.add(norm_token(t))
    return out


def person_pools(locale: str, banned: set[str]):
    given = [(g, gen) for g, gen in given_pool(locale)
             if not any(norm_token(t) in banned for t in name_tokens(g))]
    sur = [s for s in surname_pool(locale)
           if not any(norm_token(t) in banned for t in name_tokens(s))]
    return given, sur


def possessive(locale: str, given: str, surname: str, rng, gender: str = "M"):
    lang = lang_of(locale)
    base = surname if rng.random() < .6 else given
    if lang == "en":
        return f"{base}'s", [base]
    if lang in ("de", "da"):
        if base[-1] in "sxzß":
            w = f"{base}'" if lang == "de" else f"{base}'"
            return w, [base]
        return f"{base}s", [f"{base}s"]
    if lang == "hu":
        back = not re.search(r"[eéiíöőüű]", base.lower())
        w = base + ("nak" if back else "nek")
        return w, [w]
    if lang == "pt":
        return f"{'do' if gender == 'M' else 'da'} {base}", [base]
    if lang == "fr" and fold(base)[0].lower() in "aeiouy":
        return f"d'{base}", [base]
    return f"de {base}", [base]


def name_form(locale: str, given: str, surname: str, gender: str, form: str, rng):
    """(written form, name parts as written)."""
    lang = lang_of(locale)
    hu = locale == "hu_HU"
    full = display(locale, given, surname)
    if form == "full":
        return full, [given, surname]
    if form == "given":
        return given, [given]
    if form == "surname":
        return surname, [surname]
    if form == "initial":
        if hu:
            return f"{surname} {given[0]}.", [surname]
        return f"{given[0]}. {surname}", [surname]
    if form == "handle":
        g = re.sub(r"[^a-z]", "", fold(given).lower())
        s = re.sub(r"[^a-z]", "", fold(surname).lower())
        h = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}_{g[0]}", f"{g}{s[0]}"])
        return f"@{h}", [h]
    if form == "possessive":
        w, parts = possessive(locale, given, surname, rng, gender)
        return w, parts
    if form == "lower":
        return full.lower(), [given.lower(), surname.lower()]
    if form == "folded":
        f = fold(full)
        return f, [fold(given), fold(surname)]
    if form == "swapped":
        if hu:
            return f"{given} {surname}", [given, surname]
        if rng.random() < .5:
            return f"{surname.upper()} {given}", [surname.upper(), given]
        return f"{surname}, {given}", [surname, given]
    if form == "title":
        if hu and rng.random() < .5:
            return f"{full} {rng.choice(HU_AFTER[gender])}", [given, surname]
        t = rng.choice(TITLES[lang][gender])
        if rng.random() < .5 and not hu:
            return f"{t} {surname}", [surname]
        return f"{t} {full}", [given, surname]
    raise KeyError(form)


def name_fragments(parts: list[str]) -> list[str]:
    out = []
    for p in parts:
        for t in name_tokens(p):
            if f"t:{t}" not in out:
                out.append(f"t:{t}")
    return out


def piece_counts() -> dict[str, int]:
    counts = {}
    for lang, bank in BANKS.items():
        pieces = set()
        for _key, val in bank.items():
            if isinstance(val, dict):
                for v in val.values():
                    pieces.update(v if isinstance(v, list) else [v])
            elif isinstance(val, list):
                pieces.update(val)
        counts[lang] = len(pieces)
    return counts


def org(locale: str, rng) -> str:
    return rng.choice(ORGS[locale])


def address_fragments(street: str, pcbox: str) -> list[str]:
    frags = [f"t:{t}" for t in street_tokens(street)] if street else []
    for p in pcbox.split("|"):
        if p:
            frags.append(f"p:{p}")
    return frags


# Context lines that belong to one locale only (drawn beside the language bank's context).
LOCAL_CTX = {
    "en_GB": ["The HSE inspector is due back after the half-term break.",
              "Tea break moves to the canteen while the roof is fixed.",
              "Bank holiday overtime is paid at double time.",
              "The apprentices' college day stays on Wednesdays."],
    "en_NZ": ["Smoko is pushed back while the kiln cools down.",
              "WorkSafe wants the near-miss report by Friday.",
              "Matariki weekend cover is still short.",
              "The site induction now opens with a karakia."],
    "en_ZA": ["Load-shedding moved the compressor start-up to the afternoon.",
              "The SETA paperwork for the learnerships is due.",
              "Please park the bakkie behind the stores.",
              "The robot at the gate is out again, so expect delays."],
    "en_PG": ["The wharf is congested, so the containers are late.",
              "Grid power keeps dropping, so the generator is on.",
              "The wet season slowed the road freight from the Highlands.",
              "The toolbox talk is in Tok Pisin and English this week."],
    "de_AT": ["Die AUVA-Begehung ist für nächste Woche angesetzt.",
              "Der Betriebsrat will die Überstundenliste sehen.",
              "Die Lehrabschlussprüfung der Lehrlinge steht bald an.",
              "Die Jause gibt es heute in der Werkstatt."],
    "de_LU": ["Die Grenzgänger kommen wegen Stau später.",
              "Die ITM-Kontrolle ist für nächste Woche angekündigt.",
              "Die Sitzung der Personaldelegation ist verschoben.",
              "Der Zug aus Thionville fällt aus, die Frühschicht verspätet sich."],
    "fr_CA": ["La CNESST veut le rapport d'enquête vendredi.",
              "La tempête de neige a retardé le quart de nuit.",
              "Le party de Noël de l'usine est confirmé.",
              "Le cégep envoie trois stagiaires en usinage."],
    "fr_MG": ["Le délestage a décalé le démarrage du compresseur.",
              "Le conteneur est toujours bloqué au port.",
              "Les ouvrières de la zone franche font des heures supplémentaires.",
              "Le taxi-brousse des techniciens est arrivé en retard."],
    "es_AR": ["La ART pidió el informe del accidente.",
              "El paro de transporte complicó el turno mañana.",
              "El delegado gremial quiere ver las horas extra.",
              "El mate en la línea sigue prohibido."],
    "pt_PT": ["A ACT vem fazer uma inspeção na próxima semana.",
              "A greve dos transportes atrasou o turno da manhã.",
              "A comissão de trabalhadores quer ver o banco de horas.",
              "A cantina fecha mais cedo por causa das obras."],
    "da_DK": ["Arbejdstilsynet kommer på besøg i næste uge.",
              "Tillidsrepræsentanten vil se overarbejdslisten.",
              "Fredagsbaren er aflyst på grund af stoppet.",
              "Lærlingene skal på skoleophold efter ferien."],
    "hu_HU": ["A munkavédelmi hatóság jövő héten ellenőriz.",
              "Az üzemi tanács kéri a túlóralistát.",
              "A büfé ma korábban zár.",
              "A duális képzés tanulói hétfőn érkeznek."],
}
