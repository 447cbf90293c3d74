"""Thirty-fifth set: one labelled item per call, as written in the post, with its fragments."""

from __future__ import annotations

from trainer_dev.redaction_sets import thirtyfifth_ids as I
from trainer_dev.redaction_sets.thirtyfifth_contact import (
    CARD_FORMS,
    IP_FORMS,
    REGION,
    draw_card,
    draw_ip,
    draw_phone,
    phone_form,
    phone_text,
)
from trainer_dev.redaction_sets.thirtyfifth_core import digit_windows, id_fragments
from trainer_dev.redaction_sets.thirtyfifth_people import (
    ROSTER,
    TITLES,
    TR_SUFFIX,
    fold,
    name_tokens,
    pools,
    possessive,
)
from trainer_dev.redaction_sets.thirtyfifth_places import ADDRESS_FORMS, draw_address

DOMAINS = {
    "en_US": [
        "gmail.com",
        "yahoo.com",
        "outlook.com",
        "icloud.com",
        "comcast.net",
        "lakeshorehealth.org",
        "mercyvalleyclinic.com",
    ],
    "en_GB": [
        "btinternet.com",
        "gmail.com",
        "hotmail.co.uk",
        "nhs.net",
        "outlook.com",
        "sky.com",
        "virginmedia.com",
    ],
    "de_DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "posteo.de",
        "mailbox.org",
        "freenet.de",
        "praxis-am-markt.de",
    ],
    "fr_BE": [
        "skynet.be",
        "proximus.be",
        "telenet.be",
        "gmail.com",
        "hotmail.be",
        "mutualite-sud.be",
    ],
    "es_ES": [
        "gmail.com",
        "hotmail.es",
        "telefonica.net",
        "yahoo.es",
        "outlook.es",
        "clinicasanroque.es",
    ],
    "pt_BR": [
        "gmail.com",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "hotmail.com",
        "clinicavidaplena.com.br",
    ],
    "it_IT": [
        "libero.it",
        "tiscali.it",
        "alice.it",
        "virgilio.it",
        "gmail.com",
        "poliambulatoriosanluca.it",
    ],
    "nl_NL": [
        "ziggo.nl",
        "kpnmail.nl",
        "planet.nl",
        "hotmail.nl",
        "gmail.com",
        "huisartsenpraktijkdelinde.nl",
    ],
    "en_ZA": [
        "gmail.com",
        "webmail.co.za",
        "mweb.co.za",
        "telkomsa.net",
        "vodamail.co.za",
        "medicross-clinic.co.za",
    ],
    "tr_TR": [
        "gmail.com",
        "hotmail.com",
        "yandex.com.tr",
        "outlook.com",
        "ttmail.com",
        "sifaklinik.com.tr",
    ],
    "en_KE": [
        "gmail.com",
        "yahoo.com",
        "outlook.com",
        "africaonline.co.ke",
        "afyacareclinic.co.ke",
    ],
    "es_UY": [
        "adinet.com.uy",
        "gmail.com",
        "hotmail.com",
        "vera.com.uy",
        "montevideo.com.uy",
        "mutualistasur.com.uy",
    ],
}
WEBTLD = {"en_US": "com", "en_GB": "co.uk", "de_DE": "de", "fr_BE": "be", "es_ES": "es",
          "pt_BR": "com.br", "it_IT": "it", "nl_NL": "nl", "en_ZA": "co.za", "tr_TR": "com.tr",
          "en_KE": "co.ke", "es_UY": "com.uy"}  # fmt: skip
WEBWORD = {"en": ["physio", "therapy", "care", "nutrition", "dental"],
           "de": ["praxis", "physio", "pflege", "therapie"], "fr": ["kine", "cabinet", "soins"],
           "es": ["fisio", "consulta", "psicologia"], "pt": ["fisio", "consultorio", "nutri"],
           "it": ["studio", "fisioterapia", "nutrizionista"], "nl": ["fysio", "praktijk", "zorg"],
           "tr": ["klinik", "fizyoterapi", "diyet"]}  # fmt: skip
URL_FORMS = ["https_host", "https_slug", "www", "bare"]
SLUG_PATH = ["book", "team", "profile", "p", "staff", "booking"]

# locale -> [(form, label in the post's language, generator)]
ID_TYPES = {
    "en_US": [("ssn", "SSN", I.ssn), ("mbi", "Medicare MBI", I.mbi)],
    "en_GB": [("nino", "National Insurance number", I.nino), ("nhs", "NHS number", I.nhs)],
    "de_DE": [("steuer_id", "Steuer-ID", I.steuer_id), ("kvnr", "KVNR", I.kvnr)],
    "fr_BE": [("rrn", "numéro de registre national", I.be_rrn), ("niss", "NISS", I.be_rrn)],
    "es_ES": [("dni", "DNI", I.dni), ("nie", "NIE", I.nie), ("nuss", "NUSS", I.nuss)],
    "pt_BR": [("cpf", "CPF", I.cpf), ("cns", "Cartão SUS", I.cns)],
    "it_IT": [("cf", "codice fiscale", None), ("tessera", "tessera sanitaria", I.tessera)],
    "nl_NL": [("bsn", "BSN", I.bsn), ("bsn_dotted", "burgerservicenummer", I.bsn)],
    "en_ZA": [("za_id", "ID number", I.za_id), ("za_id_spaced", "SA ID", I.za_id)],
    "tr_TR": [("tc", "TC Kimlik No", I.tc_kimlik)],
    "en_KE": [("ke_id", "national ID no.", I.ke_id), ("kra_pin", "KRA PIN", I.kra_pin)],
    "es_UY": [("ci", "cédula", I.uy_ci), ("ci_plain", "C.I.", I.uy_ci)],
}
BANK_LABEL = {
    "en_US": "routing and account",
    "en_ZA": "account (branch code first)",
    "en_KE": "bank account",
    "es_UY": "cuenta BROU",
}


def bank_value(rng, locale: str) -> tuple[str, str]:
    if locale == "en_US":
        return "routing_account", f"{I.aba(rng)} {I._num(rng, rng.choice([9, 10, 12]))}"
    if locale == "en_ZA":
        branch = rng.choice(["250655", "470010", "051001", "632005", "198765"])
        return "acct_za", f"{branch} {rng.choice(['62', '10', '40', '14'])}{I._num(rng, 8)}"
    if locale == "en_KE":
        if rng.random() < 0.5:
            return "acct_ke", "01" + I._num(rng, 11)
        return "acct_ke", "11" + I._num(rng, 8)
    return "acct_uy", f"{I._num(rng, 9)}-{I._num(rng, 5)}"


def person_name(rng, locale: str, banned: set[str]):
    f, m, s = pools(locale)
    female = rng.random() < 0.55
    while True:
        given = rng.choice(f if female else m)
        surname = rng.choice(s)
        toks = {fold(t).lower() for t in name_tokens(f"{given} {surname}")}
        if not toks & banned:
            return given, surname, female


def name_written(rng, lang: str, given: str, surname: str, female: bool, form: str) -> str:
    if form == "full":
        return f"{given} {surname}"
    if form == "title":
        if lang == "tr" and rng.random() < 0.5:
            return f"{given} {TR_SUFFIX['f' if female else 'm']}"
        return f"{rng.choice(TITLES[lang]['f' if female else 'm'])} {surname}"
    if form == "lower":
        return f"{given} {surname}".lower()
    if form == "initial":
        return f"{given[0]}. {surname}"
    if form == "surname_given":
        return f"{surname.upper()} {given}" if rng.random() < 0.5 else f"{surname}, {given}"
    if form == "given":
        return given
    raise ValueError(form)


PERSON_FORMS = ["full", "title", "lower", "initial", "surname_given", "given"]
MEMBER_FORMS = ["full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title"]  # fmt: skip


def tokens_frags(text: str) -> list[str]:
    return ["t:" + t for t in name_tokens(text) if not (len(t) == 2 and t.endswith("."))]


def draw_item(rng, locale: str, kind: str, banned: set[str]):
    """(kind, fragments, value, form, style, label) for one item."""
    lang = locale[:2]
    if kind == "EMAIL":
        given, surname, _ = person_name(rng, locale, banned)
        g, s = fold(given).lower().replace(" ", ""), fold(surname).lower().replace(" ", "")
        s = s.replace("'", "")
        local = rng.choice(
            [f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{s}{rng.randrange(2, 99)}", f"{g}_{s}"]
        )
        addr = f"{local}@{rng.choice(DOMAINS[locale])}"
        form = rng.choice(["plain", "plain", "angle", "mailto"])
        value = {"plain": addr, "angle": f"<{addr}>", "mailto": f"mailto:{addr}"}[form]
        return "EMAIL", ["t:" + local], value, form, "", ""
    if kind == "PHONE":
        num = draw_phone(rng, locale)
        form = phone_form(rng, locale)
        value = phone_text(num, form, REGION[locale])
        return "PHONE", ["d:" + w for w in digit_windows(value)], value, form, "", ""
    if kind == "URL":
        given, surname, _ = person_name(rng, locale, banned)
        g, s = fold(given).lower(), fold(surname).lower().replace(" ", "-").replace("'", "")
        form = rng.choice(URL_FORMS)
        if form == "https_slug":
            host = (
                rng.choice(DOMAINS[locale][-1:] + [f"telesalud.{WEBTLD[locale]}"])
                if lang == "es"
                else DOMAINS[locale][-1]
            )
            slug = f"{g}-{s}"
            value = f"https://{host}/{rng.choice(SLUG_PATH)}/{slug}"
            return "URL", ["t:" + slug], value, form, "", ""
        host = f"{g}{s.replace('-', '')}-{rng.choice(WEBWORD[lang])}.{WEBTLD[locale]}"
        value = {"https_host": f"https://{host}", "www": f"www.{host}", "bare": host}[form]
        return "URL", ["t:" + host], value, form, "", ""
    if kind == "IP":
        form = rng.choice(IP_FORMS)
        text, addr = draw_ip(rng, form)
        return "IP", ["p:" + addr], text, form, "", ""
    if kind == "CARD":
        form = rng.choice(CARD_FORMS)
        value = draw_card(rng, form)
        return "CARD", ["d:" + w for w in digit_windows(value)], value, form, "", ""
    if kind == "IBAN":
        iban = I.make_iban(locale[3:], I.bban(rng, locale[3:]))
        form = rng.choice(["iban_print", "iban_compact"])
        value = I.iban_print(iban) if form == "iban_print" else iban
        return "IBAN", ["d:" + w for w in digit_windows(value)], value, form, "", ""
    if kind == "BANK":
        form, value = bank_value(rng, locale)
        return "ID", id_fragments(value), value, form, "bank", BANK_LABEL[locale]
    if kind == "ID":
        form, label, gen = rng.choice(ID_TYPES[locale])
        if form == "cf":
            given, surname, female = person_name(rng, locale, banned)
            value = I.codice_fiscale(rng, given, surname, female)
        elif form == "kra_pin":
            value = gen(rng)
        else:
            value = gen(rng)
        if form == "bsn_dotted":
            value = f"{value[:4]}.{value[4:6]}.{value[6:]}"
        elif form == "za_id_spaced":
            value = f"{value[:6]} {value[6:10]} {value[10:]}"
        elif form == "ci_plain":
            value = I.digits(value)
        elif form == "nino" and rng.random() < 0.4:
            value = value.replace(" ", "")
        elif form in ("rrn", "cpf") and rng.random() < 0.3:
            value = I.digits(value)
        elif form == "dni" and rng.random() < 0.3:
            value = f"{value[:8]}-{value[8]}"
        elif form == "steuer_id" and rng.random() < 0.3:
            value = value.replace(" ", "")
        bare = rng.random() < 0.41
        return (
            "ID",
            id_fragments(value),
            value,
            form + ("_bare" if bare else ""),
            "bare" if bare else "id",
            label,
        )
    if kind == "PERSON":
        given, surname, female = person_name(rng, locale, banned)
        form = rng.choice(PERSON_FORMS)
        value = name_written(rng, lang, given, surname, female, form)
        if form in ("title", "initial"):
            frags = (
                tokens_frags(surname)
                if not value.endswith(("Hanım", "Bey"))
                else tokens_frags(given)
            )
        else:
            frags = tokens_frags(value if form != "surname_given" else f"{given} {surname}")
        return "PERSON", [f.lower() if form == "lower" else f for f in frags], value, form, "", ""
    if kind == "MEMBER":
        member = rng.choice(ROSTER[locale])
        toks = name_tokens(member)
        given, surname = member.split(" ", 1)
        form = rng.choice(MEMBER_FORMS)
        style = ""
        if form == "full":
            value, frags = member, toks
        elif form == "given":
            value, frags = given, [given]
        elif form == "surname":
            value, frags = surname, name_tokens(surname)
        elif form == "initial":
            value, frags = f"{given[0]}. {surname}", name_tokens(surname)
        elif form == "handle":
            h = (
                rng.choice(
                    [
                        f"{fold(given)}.{fold(surname)}",
                        f"{fold(given)}{fold(surname)}",
                        f"{fold(given)[0]}{fold(surname)}",
                    ]
                )
                .lower()
                .replace(" ", "")
            )
            value, frags = f"@{h}", [h]
        elif form == "possessive":
            value, frags, style = possessive(lang, given), [given], "poss"
        elif form == "lower":
            value, frags = member.lower(), [t.lower() for t in toks]
        elif form == "folded":
            value, frags = fold(member), [fold(t) for t in toks]
        else:
            value, frags = f"Dr. {surname}", name_tokens(surname)
        return "MEMBER", ["t:" + f for f in frags], value, form, style, ""
    if kind == "ADDRESS":
        form = rng.choice(ADDRESS_FORMS)
        value, frags, _, _ = draw_address(rng, locale, form)
        return "ADDRESS", frags, value, form, "", ""
    raise ValueError(kind)
