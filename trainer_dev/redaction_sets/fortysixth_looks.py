"""Forty-sixth set: look-alikes (strings that must survive), drawn per locale.

orgreg, ean and isbn values pass their published check in code; invoices, bookings and vaccine
batches follow the clinic's own numbering; eponym, place and nameword carry person-like words
that are not personal data (a breed, a disease, a town, a product).
"""

from __future__ import annotations

from trainer_dev.redaction_sets import fortysixth_checks as C
from trainer_dev.redaction_sets.fortysixth_places import GS1

LOOK_KINDS = ("price", "date", "time", "weight", "dose", "temp", "orgreg", "invoice", "booking",
              "batch", "ean", "isbn", "eponym", "place", "nameword", "brand")
LANG = {"en_IE": "en", "en_AU": "en", "en_NZ": "en", "en_MU": "en", "de_AT": "de",
        "de_DE": "de", "de_BE": "de", "fr_FR": "fr", "fr_MC": "fr", "it_IT": "it",
        "it_SM": "it", "ca_AD": "ca"}
COMMA = {"de", "fr", "it", "ca"}
D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _num(locale: str, whole: int, frac: int, places: int = 1) -> str:
    sep = "," if LANG[locale] in COMMA else "."
    return f"{whole}{sep}{frac:0{places}d}"


def price(rng, locale):
    n, c = rng.randint(12, 2400), rng.choice((0, 50, 90, 95, 99, 45))
    lang = LANG[locale]
    if locale == "en_AU":
        return f"A${n}.{c:02d}"
    if locale == "en_NZ":
        return f"NZ${n}.{c:02d}"
    if locale == "en_MU":
        return f"Rs {n * 40:,}"
    if locale == "en_IE":
        return f"€{n}.{c:02d}"
    if lang == "de":
        return f"{n},{c:02d} €" if locale != "de_AT" else f"€ {n},{c:02d}"
    return f"{n},{c:02d} €"


_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
           "octubre", "novembre", "desembre"),
}


def date(rng, locale):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2025, 2026, 2027))
    lang = LANG[locale]
    if locale == "de_AT" and m == 1 and rng.random() < 0.5:
        return f"{d}. Jänner {y}"
    style = rng.random()
    if style < 0.4:
        sep = "." if lang == "de" else "/"
        return f"{d:02d}{sep}{m:02d}{sep}{y}"
    if lang == "en":
        return f"{d} {_MONTHS['en'][m - 1]} {y}"
    if lang == "de":
        return f"{d}. {_MONTHS['de'][m - 1]} {y}"
    if lang == "ca":
        mon = _MONTHS["ca"][m - 1]
        return f"{d} {'d’' if mon[0] in 'aeiou' else 'de '}{mon} de {y}"
    return f"{d} {_MONTHS[lang][m - 1]} {y}"


def time(rng, locale):
    h, mi = rng.randint(8, 19), rng.choice((0, 15, 30, 45))
    lang = LANG[locale]
    if lang == "en":
        if locale == "en_MU" or rng.random() < 0.3:
            return f"{h}:{mi:02d}"
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
    if lang == "de":
        return f"{h}:{mi:02d} Uhr" if rng.random() < 0.6 else f"{h}.{mi:02d} Uhr"
    if lang == "fr":
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    if lang == "it":
        return f"ore {h}:{mi:02d}"
    return f"{h}.{mi:02d} h"


def weight(rng, locale):
    if rng.random() < 0.25:
        return f"{rng.randint(80, 950)} g"
    return f"{_num(locale, rng.randint(1, 62), rng.randint(0, 9))} kg"


def dose(rng, locale):
    unit = rng.choice(("mg/kg", "ml", "mg", "ml/kg"))
    return f"{_num(locale, rng.randint(0, 20), rng.choice((1, 2, 5)))} {unit}"


def temp(rng, locale):
    return f"{_num(locale, rng.randint(37, 40), rng.randint(0, 9))} °C"


def orgreg(rng, locale):
    if locale == "en_IE":
        return f"CRO {rng.randint(100000, 749999)}"
    if locale == "en_AU":
        while True:
            d = str(rng.randint(1, 9)) + _d(rng, 10)
            if C.abn_ok(d):
                return f"ABN {d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    if locale == "en_NZ":
        body = "9429" + _d(rng, 8)
        return f"NZBN {body}{C.gs1_digit(body)}"
    if locale == "en_MU":
        return f"BRN C{rng.choice(('07', '08', '09', '10', '11'))}{_d(rng, 6)}"
    if locale == "de_AT":
        seven = _d(rng, 7)
        return rng.choice((f"UID ATU{seven}{C.atu_digit(seven)}",
                           f"FN {rng.randint(10000, 599999)} {rng.choice('abdfghikmpstvwxyz')}"))
    if locale == "de_DE":
        eight = str(rng.randint(1, 9)) + _d(rng, 7)
        return rng.choice((f"USt-IdNr. DE{eight}{C.mod11_10_digit(eight)}",
                           f"HRB {rng.randint(1000, 99999)}"))
    if locale == "de_BE":
        eight = rng.choice(("04", "05", "06", "07", "08")) + _d(rng, 6)
        key = 97 - int(eight) % 97
        return f"Unternehmensnummer {eight[:4]}.{eight[4:7]}.{eight[7]}{key:02d}"
    if locale == "fr_FR":
        siren = _d(rng, 8)
        siren = siren.replace("0", "3", 1) + C.luhn_digit(siren.replace("0", "3", 1))
        nic = "0001" + _d(rng, 0)
        body = siren + nic
        siret = body + C.luhn_digit(body)
        return f"SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"
    if locale == "fr_MC":
        return f"RCI {rng.randint(90, 99) if rng.random() < 0.5 else rng.randint(10, 25):02d} "\
               f"{rng.choice('SP')} {_d(rng, 5)}"
    if locale in ("it_IT", "it_SM") and (locale == "it_IT" or rng.random() < 0.4):
        ten = "0" + _d(rng, 9)
        return f"P.IVA {ten}{C.luhn_digit(ten)}"
    if locale == "it_SM":
        return f"COE SM{_d(rng, 5)}"
    return f"NRT {rng.choice('LA')}-{rng.randint(700000, 720000)}-{rng.choice(UP)}"


_INV = {"en": ("Invoice", "INV"), "de": ("Rechnung Nr.", "RE"), "fr": ("Facture n°", "FA"),
        "it": ("Fattura n.", "FT"), "ca": ("Factura núm.", "FV")}


def invoice(rng, locale):
    word, code = _INV[LANG[locale]]
    y = rng.choice((2025, 2026))
    if rng.random() < 0.5:
        return f"{word} {code}-{y}-{_d(rng, 5)}"
    return f"{word} {y}/{_d(rng, 4)}"


_BOOK = {"en": ("Appointment ref", "Case"), "de": ("Termin-Nr.", "Vorgang"),
         "fr": ("RDV n°", "Dossier"), "it": ("Prenotazione n.", "Pratica"),
         "ca": ("Cita núm.", "Expedient")}


def booking(rng, locale):
    a, b = _BOOK[LANG[locale]]
    if rng.random() < 0.5:
        return f"{a} {rng.choice(('APT', 'VET', 'GRM'))}-{_d(rng, 5)}"
    return f"{b} #{_d(rng, 6)}"


def batch(rng, locale):
    lot = f"{rng.choice(UP)}{_d(rng, 3)}{rng.choice(UP)}{_d(rng, 2)}"
    word = {"en": "Lot", "de": "Ch.-B.", "fr": "Lot", "it": "Lotto", "ca": "Lot"}[LANG[locale]]
    return f"{word} {lot}"


def ean(rng, locale):
    body = GS1[locale] + _d(rng, 12 - len(GS1[locale]))
    return f"EAN {body}{C.gs1_digit(body)}"


_ISBN_GROUP = {"en": ("1", "0"), "de": ("3",), "fr": ("2",), "it": ("88",), "ca": ("84",)}


def isbn(rng, locale):
    group = rng.choice(_ISBN_GROUP[LANG[locale]])
    pub_len = rng.randint(2, 5)
    rest = _d(rng, 9 - len(group))
    body = "978" + group + rest
    chk = C.gs1_digit(body)
    return f"ISBN 978-{group}-{rest[:pub_len]}-{rest[pub_len:]}-{chk}"


EPONYMS = {
    "en": ["Jack Russell terrier", "Cavalier King Charles spaniel", "Gordon setter",
           "Dobermann", "Parson Russell terrier", "Dandie Dinmont terrier", "Cushing's disease",
           "Addison's disease", "Lyme disease", "Horner's syndrome", "St Bernard"],
    "de": ["Jack-Russell-Terrier", "Cavalier King Charles Spaniel", "Gordon Setter",
           "Dobermann", "Bernhardiner", "Morbus Cushing", "Morbus Addison", "Horner-Syndrom",
           "Aujeszkysche Krankheit", "Parson Russell Terrier", "Leonberger"],
    "fr": ["Jack Russell", "Cavalier King Charles", "Setter Gordon", "Dobermann",
           "Saint-Bernard", "maladie de Carré", "syndrome de Cushing", "maladie d'Addison",
           "maladie de Lyme", "syndrome de Horner", "Griffon Korthals"],
    "it": ["Jack Russell", "Cavalier King Charles", "Setter Gordon", "Dobermann",
           "San Bernardo", "morbo di Cushing", "morbo di Addison", "malattia di Lyme",
           "sindrome di Horner", "Bracco Italiano di Pavia", "Spinone di Ghedi"],
    "ca": ["Jack Russell", "Cavalier King Charles", "Setter Gordon", "Dobermann",
           "gos de Sant Bernat", "síndrome de Cushing", "malaltia d'Addison", "malaltia de Lyme",
           "síndrome de Horner", "gos d'atura català", "Ca de Bestiar"],
}
PLACES = {
    "en_IE": ["Newtownmountkennedy", "Charleville", "Edgeworthstown", "Mount Charles",
              "Johnstown Castle"],
    "en_AU": ["Alice Springs", "Port Douglas", "Maria Island", "Port Augusta", "Lake Eyre"],
    "en_NZ": ["Palmerston North", "Port Chalmers", "Mount Cook", "Queen Charlotte Sound",
              "Lake Tekapo"],
    "en_MU": ["Port Louis", "Rose Hill", "Mahébourg", "Cap Malheureux", "Pointe aux Sables"],
    "de_AT": ["Maria Enzersdorf", "Sankt Johann im Pongau", "Maria Alm", "St. Georgen am Attersee",
              "Leopoldsberg"],
    "de_DE": ["Wilhelmshaven", "Friedrichshafen", "Ludwigsburg", "Charlottenburg",
              "Luisenpark"],
    "de_BE": ["Sankt Vith", "Heinrichsruh", "Sankt Nikolaus Kapelle", "Josefsheim",
              "Marienkirche"],
    "fr_FR": ["Saint-Étienne", "Sainte-Maxime", "Charleville-Mézières", "Saint-Jean-de-Luz",
              "Mont-Saint-Michel"],
    "fr_MC": ["Monte-Carlo", "Port Hercule", "Stade Louis-II", "Jardin Saint-Martin",
              "Centre Hospitalier Princesse Grace"],
    "it_IT": ["San Giovanni Rotondo", "Santa Maria Novella", "Porto Ercole", "Reggio Emilia",
              "San Donà di Piave"],
    "it_SM": ["San Marino", "Basilica di San Marino", "Chiesa di San Francesco", "Santa Mustiola",
              "Porta San Francesco"],
    "ca_AD": ["Sant Julià de Lòria", "Santa Coloma", "Sant Joan de Caselles",
              "Santuari de Meritxell", "Sant Miquel d'Engolasters"],
}
NAMEWORDS = {
    "en": ["Jack Frost paw balm", "Summer Shedding Guide", "Holly and Ivy dog treats",
           "Grace Period", "Rusty Nail Saddlery", "Frank Talk about Fleas", "Victoria sponge",
           "Sunny Side kennels"],
    "de": ["Frau-Holle-Katzenstreu", "Sommerfell-Pflege", "Hans-im-Glück-Hundekekse",
           "Fuchsbandwurm", "Winterfell", "Klein aber fein", "Ernst der Lage", "Heidekraut-Tee"],
    "fr": ["pâtée Olive et Thym", "croquettes Marguerite", "Rose des sables", "Blanche-Neige",
           "martin-pêcheur", "Patience et douceur", "herbe à chat Violette",
           "chien de Saint-Hubert"],
    "it": ["crocchette Bianca Luna", "mantello bruno", "un esito felice", "mare sereno",
           "Leone di pezza", "Rosa canina", "Vittoria di squadra", "Gentile promemoria"],
    "ca": ["pau i tranquil·litat", "pinso Serra Alta", "Rosa dels vents", "Roc del Quer",
           "font de la Mercè", "Mas de la Coma", "Pilar del pont", "Vila vella"],
}


BRANDS = {  # pet-food makers, shops and practices whose names hold a person's name
    "en": ["James Wellbeloved", "Lily's Kitchen", "Hill's Prescription Diet", "Harringtons",
           "Burns Pet Nutrition", "Molly's Grooming Parlour", "St Francis Animal Hospital",
           "Mr Chips dog chews"],
    "de": ["Dr. Clauder's", "Markus-Mühle", "Bosch Tiernahrung", "Hill's Prescription Diet",
           "Tierarztpraxis St. Franziskus", "Hundesalon Bei Gabi", "Mac's Katzenfutter",
           "Zoo Schecker"],
    "fr": ["Pension canine Chez Marcel", "Toilettage Chez Nathalie", "Hill's Prescription Diet",
           "Clinique vétérinaire Saint-Roch", "Lily's Kitchen", "Croquettes Mère Michel",
           "Refuge Saint-François", "Animalerie Chez Gaston"],
    "it": ["Monge", "Toelettatura da Gianni", "Clinica veterinaria San Francesco",
           "Farmacia veterinaria Santa Chiara", "Hill's Prescription Diet", "Pensione da Beppe",
           "Crocchette Nonna Rosa", "Canile San Rocco"],
    "ca": ["Perruqueria Can Pep", "Pinsos Cal Ramon", "Clínica veterinària Sant Jordi",
           "Hill's Prescription Diet", "Residència canina Cal Tonet", "Botiga Ca la Maria",
           "Hípica Sant Martí", "Farmàcia Santa Eulàlia"],
}


def brand(rng, locale):
    return rng.choice(BRANDS[LANG[locale]])


def eponym(rng, locale):
    return rng.choice(EPONYMS[LANG[locale]])


def place(rng, locale):
    return rng.choice(PLACES[locale])


def nameword(rng, locale):
    return rng.choice(NAMEWORDS[LANG[locale]])


DRAW = {"price": price, "date": date, "time": time, "weight": weight, "dose": dose,
        "temp": temp, "orgreg": orgreg, "invoice": invoice, "booking": booking, "batch": batch,
        "ean": ean, "isbn": isbn, "eponym": eponym, "place": place, "nameword": nameword,
        "brand": brand}


def orgreg_ok(locale: str, value: str) -> bool:
    """The published check of a register number, where its register has one."""
    import re

    digits = re.sub(r"\D", "", value)
    if value.startswith("ABN"):
        return C.abn_ok(digits)
    if value.startswith("NZBN"):
        return C.gs1_ok(digits)
    if value.startswith("UID ATU"):
        return C.atu_digit(digits[:7]) == digits[7]
    if value.startswith("USt-IdNr."):
        return C.mod11_10_digit(digits[:8]) == digits[8]
    if value.startswith("Unternehmensnummer"):
        return C.kbo_ok(digits)
    if value.startswith("SIRET"):
        return C.luhn_ok(digits) and C.luhn_ok(digits[:9])
    if value.startswith("P.IVA"):
        return C.luhn_ok(digits) and len(digits) == 11
    return re.fullmatch(r"(CRO \d{6}|BRN C\d{8}|FN \d+ [a-z]|HRB \d+|RCI \d\d [SP] \d{5}|"
                        r"COE SM\d{5}|NRT [LA]-\d{6}-[A-Z])", value) is not None
