"""Eighth set: key-value forms (onboarding, membership, payroll) and account/security notices."""

from __future__ import annotations

from trainer_dev.redaction_sets.eighth_build import Builder
from trainer_dev.redaction_sets.eighth_genres import NICKS, _nl


def form_post(b: Builder) -> None:
    """Key-value forms: onboarding, membership, payroll."""
    rng = b.rng
    p = b.someone(0.5)
    keys = FORM_KEYS[b.locale[:2]]
    k = [rng.choice(options.split("|")) for options in keys]
    if rng.random() < 0.5:
        b.h(rng.choice(FORM_HEADERS[b.locale[:2]].split("|")))
        b.t("\n" + rng.choice(["", "\n", "---\n"]))
    sep = rng.choice([": ", ":\t", " – ", ": ", " = ", ":  "])
    bullet = rng.choice(["", "", "- ", "* ", "**"])
    close = "** " if bullet == "**" else ""
    lines = [("name", k[0]), ("addr", k[1]), ("phone", k[2])] + (
        [("mail", k[3])] if rng.random() < 0.6 else []
    )
    if rng.random() < 0.4:
        lines[1:] = rng.sample(lines[1:], len(lines) - 1)
    for what, key in lines:
        b.t(f"{bullet}{key}{close if close else ''}{sep if not close else ' '}")
        if what == "name":
            b.name(p, rng.choice(["full", "inverted", "caps", "full"]))
        elif what == "addr":
            b.address(rng.choice(["line", "line", "lines"]))
        elif what == "phone":
            b.phone()
        else:
            b.email(p)
        b.t("\n")
    which = rng.choice(["id", "iban", "card", "id", "card"])
    if which == "id":
        label, value = b.draw_id(p)
        b.t(label[:1].upper() + label[1:] + sep)
        b.put_id(value)
    elif which == "iban":
        b.t("IBAN" + sep)
        b.iban()
    else:
        card_key = {
            "en": "Card number",
            "de": "Kartennummer",
            "fr": "N° de carte",
            "es": "Tarjeta",
            "it": "Carta n.",
            "nl": "Kaartnummer",
            "pt": "Cartão",
        }[b.locale[:2]]
        b.t(card_key + sep)
        b.card()


FORM_KEYS = {
    "en": (
        "Name|Full name|Applicant|Member",
        "Address|Home address|Postal address|Ship to",
        "Phone|Mobile|Tel|Contact no.",
        "Email|E-mail|Email address",
    ),
    "de": (
        "Name|Vor- und Nachname|Antragsteller/in",
        "Anschrift|Adresse|Wohnort",
        "Telefon|Mobil|Tel.",
        "E-Mail|Mail",
    ),
    "fr": (
        "Nom|Nom et prénom|Demandeur",
        "Adresse|Domicile|Adresse postale",
        "Tél.|Portable|Téléphone",
        "Courriel|E-mail",
    ),
    "es": (
        "Nombre|Nombre y apellidos|Solicitante",
        "Dirección|Domicilio|Dirección postal",
        "Teléfono|Móvil|Tel.",
        "Correo|Email",
    ),
    "it": (
        "Nome|Nome e cognome|Richiedente",
        "Indirizzo|Residenza|Domicilio",
        "Telefono|Cellulare|Tel.",
        "E-mail|PEC",
    ),
    "nl": (
        "Naam|Volledige naam|Aanvrager",
        "Adres|Woonadres|Postadres",
        "Telefoon|Mobiel|Tel.",
        "E-mail|Mail",
    ),
    "pt": (
        "Nome|Nome completo|Solicitante",
        "Endereço|Residência|Endereço para entrega",
        "Telefone|Celular|Tel.",
        "E-mail|Email",
    ),
}
FORM_HEADERS = {
    "en": "Membership form|New starter details|Registration|Volunteer sign-up|Payroll details",
    "de": "Mitgliedsantrag|Personalbogen|Anmeldung|Stammdaten",
    "fr": "Bulletin d'adhésion|Fiche salarié|Inscription|Fiche de renseignements",
    "es": "Ficha de socio|Alta de empleado|Inscripción|Datos del participante",
    "it": "Modulo di iscrizione|Scheda dipendente|Registrazione|Anagrafica",
    "nl": "Inschrijfformulier|Personeelsgegevens|Aanmelding|Ledenformulier",
    "pt": "Ficha de inscrição|Cadastro de funcionário|Inscrição|Ficha cadastral",
}


def notice(b: Builder) -> None:
    """Account and security notices: sign-ins from IP addresses, declined cards, refunds."""
    rng = b.rng
    b.h(b.pick("hdr_ticket"))
    _nl(b)
    b.frame("sec", b.ip)
    if rng.random() < 0.3:
        b.t(" ")
        b.frame("sec", b.ip)
    b.t(rng.choice([" ", "\n"]))
    if rng.random() < 0.6:
        b.frame("card", b.card, brand=rng.choice(["Visa", "Mastercard", "Amex", "Elo", "RuPay"]))
    elif rng.random() < 0.5:
        b.id_frame(b.someone())
    else:
        b.frame("web", lambda: b.url(None, b.pick("orgs")))
    _nl(b)
    b.t("— " + rng.choice(NICKS))
