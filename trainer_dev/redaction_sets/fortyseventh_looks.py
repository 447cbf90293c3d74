"""Forty-seventh set: look-alikes that must survive redaction (numbers, codes and names that are
no personal data), each drawn per locale; registers with a public check are built with it."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets import fortyseventh_checks as C
from trainer_dev.redaction_sets.fortyseventh_values import digits

LANG = {"en_IE": "en", "en_AU": "en", "en_BB": "en", "fr_FR": "fr", "fr_CA": "fr",
        "fr_MC": "fr", "pt_BR": "pt", "pt_PT": "pt", "pt_TL": "pt", "de_DE": "de",
        "de_AT": "de", "es_ES": "es"}
LOOK_KINDS = ("weight", "dose", "price", "date", "time", "percent", "lot", "order", "claim",
              "orgreg", "ean", "bic", "eponym", "breed", "place", "brand")
COMMA = {"fr", "pt", "de", "es"}


def _dec(rng, locale: str, lo: float, hi: float, places: int = 1) -> str:
    text = f"{rng.uniform(lo, hi):.{places}f}"
    return text.replace(".", ",") if LANG[locale] in COMMA else text


def weight(rng, locale):
    if locale == "en_BB" and rng.random() < 0.5:
        return f"{rng.randint(6, 90)} lb"
    if rng.random() < 0.8:
        return f"{_dec(rng, locale, 0.4, 48.0)} kg"
    return f"{rng.randint(80, 950)} g"


def dose(rng, locale):
    iu = {"en": "IU", "de": "I.E."}.get(LANG[locale], "UI")
    unit = rng.choice(("mg/kg", "ml", "mg", iu))
    return f"{_dec(rng, locale, 0.1, 25.0, rng.choice((1, 2)))} {unit}"


CURRENCY = {"en_IE": "€{a}", "en_AU": "A${a}", "en_BB": "BBD ${a}", "fr_FR": "{a} €",
            "fr_CA": "{a} $", "fr_MC": "{a} €", "pt_BR": "R$ {a}", "pt_PT": "{a} €",
            "pt_TL": "US$ {a}", "de_DE": "{a} €", "de_AT": "€ {a}", "es_ES": "{a} €"}


def price(rng, locale):
    amount = rng.randint(8, 2400) + rng.choice((0, 0.5, 0.99, 0.25))
    a = f"{amount:.2f}"
    if LANG[locale] in COMMA:
        a = a.replace(".", ",")
    return CURRENCY[locale].format(a=a)


def date(rng, locale):
    y, m, d = rng.choice((2025, 2026, 2027)), rng.randint(1, 12), rng.randint(1, 28)
    if locale == "fr_CA" and rng.random() < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    if LANG[locale] == "de":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


def time(rng, locale):
    h, m = rng.randint(7, 19), rng.choice((0, 15, 30, 45))
    lang = LANG[locale]
    if lang == "en":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
    if lang == "fr":
        return f"{h}h{m:02d}" if m else f"{h}h"
    if lang == "de":
        return f"{h}:{m:02d} Uhr" if rng.random() < 0.5 else f"{h}.{m:02d} Uhr"
    return f"{h}h{m:02d}" if lang == "pt" and rng.random() < 0.4 else f"{h}:{m:02d}"


def percent(rng, locale):
    p = rng.choice((5, 10, 15, 20, 25, 30, 50, 70, 80, 90))
    return f"{p} %" if LANG[locale] in ("fr", "de") else f"{p}%"


def lot(rng, locale):
    word = {"en": "Batch", "fr": "Lot", "pt": "Lote", "de": "Ch.-B.", "es": "Lote"}[LANG[locale]]
    letters = "ABCDEFHJKLMNPRTVWXY"
    return f"{word} {rng.choice(letters)}{rng.choice(letters)}{digits(rng, 3)}{rng.choice(letters)}"


ORDER_HEAD = {"en": ("INV", "PO", "ORD"), "fr": ("FAC", "CMD", "DEV"),
              "pt": ("FT", "ENC", "ORC"), "de": ("RE", "BEST", "AUF"), "es": ("FRA", "PED", "PRE")}


def order(rng, locale):
    if rng.random() < 0.25:  # 16 digits grouped like a card, failing Luhn
        while True:
            d = str(rng.randint(1, 9)) + digits(rng, 15)
            if not C.luhn_ok(d):
                return " ".join(d[k:k + 4] for k in range(0, 16, 4))
    head = rng.choice(ORDER_HEAD[LANG[locale]])
    sep = rng.choice(("-", "/"))
    return f"{head}-{rng.choice((2025, 2026))}{sep}{rng.randint(1, 99999):05d}"


CLAIM_HEAD = {"en": ("CLM", "CASE", "REF"), "fr": ("SIN", "DOS"), "pt": ("SIN", "PROC"),
              "de": ("SCH", "VG"), "es": ("SIN", "EXP")}


def claim(rng, locale):
    return f"{rng.choice(CLAIM_HEAD[LANG[locale]])}-{rng.randint(10, 99)}{rng.randint(1000, 99999)}"


def orgreg(rng, locale):
    """A company's register or tax number (no personal data), with its check where published."""
    if locale == "en_IE":
        return f"CRO {rng.randint(100000, 799999)}"
    if locale == "en_AU":
        while True:
            d = str(rng.randint(1, 9)) + digits(rng, 10)
            if C.abn_ok(d):
                return f"ABN {d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    if locale == "en_BB":
        return f"Company No. {rng.randint(10000, 49999)}"
    if locale in ("fr_FR",):
        eight = str(rng.randint(3, 9)) + digits(rng, 7)
        siren = eight + C.luhn_digit(eight)
        if rng.random() < 0.5:
            return f"SIREN {siren[:3]} {siren[3:6]} {siren[6:]}"
        body = siren + f"{rng.randint(1, 99):04d}"
        siret = body + C.luhn_digit(body)
        return f"SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"
    if locale == "fr_CA":
        eight = str(rng.randint(7, 8)) + digits(rng, 7)
        return f"NE {eight + C.luhn_digit(eight)} RC0001"
    if locale == "fr_MC":
        return f"RCI {rng.randint(90, 99):02d} S {rng.randint(1000, 9999):05d}"
    if locale == "pt_BR":
        twelve = digits(rng, 8) + "0001"
        c = twelve + C.cnpj_digits(twelve)
        return f"CNPJ {c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"
    if locale == "pt_PT":
        eight = rng.choice("5") + digits(rng, 7)
        return f"NIPC {eight + C.nif_pt_digit(eight)}"
    if locale == "pt_TL":
        return f"SERVE n.º {rng.randint(1000, 9999)}/{rng.randint(20, 26)}"
    if locale == "de_DE":
        if rng.random() < 0.5:
            return f"HRB {rng.randint(1000, 99999)} {rng.choice(('B', 'HL', 'KI', 'HB'))}"
        eight = str(rng.randint(1, 9)) + digits(rng, 7)
        return f"USt-IdNr. DE{eight + C.steuer_id_digit(eight)}"
    if locale == "de_AT":
        while True:
            d = digits(rng, 8)
            if C.atu_ok("ATU" + d):
                return f"UID ATU{d}"
    letter = rng.choice("ABG")
    seven = digits(rng, 7)
    return f"CIF {letter}{seven}{C.cif_control(letter, seven)}"


def orgreg_ok(locale: str, value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if value.startswith("ABN"):
        return C.abn_ok(d)
    if value.startswith(("SIREN", "SIRET")):
        return C.siren_ok(d)
    if value.startswith("NE "):
        return C.luhn_ok(d[:9])
    if value.startswith("CNPJ"):
        return C.cnpj_digits(d[:12]) == d[12:]
    if value.startswith("NIPC"):
        return C.nif_pt_digit(d[:8]) == d[8]
    if value.startswith("USt"):
        return C.steuer_id_digit(d[:8]) == d[8]
    if value.startswith("UID"):
        return C.atu_ok(value[4:])
    if value.startswith("CIF"):
        return C.cif_control(value[4], value[5:12]) == value[12]
    return bool(re.fullmatch(r"(CRO|Company No\.|RCI|SERVE n\.º|HRB) [\d /S]+[A-Z]*", value))


GS1 = {"en_IE": ("539",), "en_AU": ("930", "931", "932", "933"), "en_BB": ("0",),
       "fr_FR": ("300", "330", "350", "370"), "fr_CA": ("754", "755"),
       "fr_MC": ("300", "340", "376"), "pt_BR": ("789", "790"), "pt_PT": ("560",),
       "pt_TL": ("899",), "de_DE": ("400", "402", "426", "440"), "de_AT": ("900", "910", "919"),
       "es_ES": ("840", "841", "847")}


def ean(rng, locale):
    head = rng.choice(GS1[locale])
    body = head + digits(rng, 12 - len(head))
    return f"EAN {body + C.ean13_digit(body)}"


BICS = {"en_IE": ("AIBKIE2D", "BOFIIE2D", "IPBSIE2D"), "en_AU": ("CTBAAU2S", "WPACAU2S",
        "NATAAU3303M"), "en_BB": ("BNBABBBB", "FCIBBBBB", "RBTTBBBB"),
        "fr_FR": ("BNPAFRPP", "SOGEFRPP", "CMCIFR2A", "AGRIFRPP882"), "fr_CA": ("DESJCAMM",
        "NBDCCAMM", "ROYCCAT2"), "fr_MC": ("CMBMMCMX", "BPSMMCM1", "SOGEMCM1"),
        "pt_BR": ("BRASBRRJ", "ITAUBRSP", "CEFXBRSP"), "pt_PT": ("CGDIPTPL", "BCOMPTPL",
        "TOTAPTPL"), "pt_TL": ("BNCTTLDI", "CGDITLDI"), "de_DE": ("DEUTDEFF", "COBADEFF",
        "GENODEF1S04"), "de_AT": ("BKAUATWW", "RZBAATWW", "GIBAATWWXXX"), "es_ES": ("CAIXESBB",
        "BBVAESMM", "BSCHESMM")}


def bic(rng, locale):
    return rng.choice(BICS[locale])


EPONYMS = {
    "en": ("Cushing's disease", "Addison's disease", "Horner's syndrome", "Lyme disease",
           "von Willebrand disease", "Aujeszky's disease", "Newcastle disease",
           "Legg-Calvé-Perthes disease", "Tyzzer's disease", "the Schirmer tear test",
           "an Elizabethan collar", "Hendra virus"),
    "fr": ("la maladie de Carré", "la maladie de Cushing", "la maladie d'Addison",
           "le syndrome de Horner", "la maladie d'Aujeszky", "la maladie de Lyme",
           "le test de Schirmer", "la maladie de Legg-Perthes-Calvé", "la maladie de Newcastle",
           "la maladie de von Willebrand"),
    "pt": ("a doença de Carré", "a doença de Chagas", "a síndrome de Cushing",
           "a doença de Addison", "a síndrome de Horner", "a doença de Aujeszky",
           "o teste de Schirmer", "a doença de Lyme", "a doença de Newcastle",
           "o colar elisabetano"),
    "de": ("Morbus Cushing", "Morbus Addison", "das Horner-Syndrom", "die Aujeszkysche Krankheit",
           "die Rubarth-Krankheit", "den Schirmer-Tränentest", "die Von-Willebrand-Krankheit",
           "die Lyme-Borreliose", "die Newcastle-Krankheit", "Morbus Legg-Calvé-Perthes"),
    "es": ("la enfermedad de Carré", "el síndrome de Cushing", "la enfermedad de Addison",
           "el síndrome de Horner", "la enfermedad de Aujeszky", "el test de Schirmer",
           "la enfermedad de Lyme", "la enfermedad de Newcastle", "el collar isabelino",
           "la enfermedad de von Willebrand"),
}

BREEDS = {
    "en": ("Jack Russell Terrier", "Cavalier King Charles Spaniel", "Gordon Setter",
           "Dobermann", "Parson Russell Terrier", "Irish Wolfhound", "Kerry Blue Terrier",
           "Australian Kelpie", "Sealyham Terrier", "Bernese Mountain Dog", "Maine Coon",
           "Cocker Spaniel"),
    "fr": ("Jack Russell", "Cavalier King Charles", "Dobermann", "Griffon Korthals",
           "Braque Saint-Germain", "Bouvier des Flandres", "Dogue de Bordeaux", "Saint-Bernard",
           "Chien de Saint-Hubert", "Épagneul breton", "Sacré de Birmanie", "Chartreux"),
    "pt": ("Jack Russell", "Cavalier King Charles", "Dobermann", "Fila Brasileiro",
           "Cão da Serra da Estrela", "Podengo Português", "Rafeiro do Alentejo",
           "Cão de Castro Laboreiro", "Terrier Brasileiro", "Lhasa Apso", "Maine Coon",
           "São Bernardo"),
    "de": ("Jack-Russell-Terrier", "Cavalier King Charles Spaniel", "Dobermann",
           "Leonberger", "Weimaraner", "Großer Münsterländer", "Hovawart",
           "Berner Sennenhund", "Deutsch Drahthaar", "Kleiner Münsterländer",
           "Heilige Birma", "Tiroler Bracke"),
    "es": ("Jack Russell", "Cavalier King Charles", "Dobermann", "Podenco Ibicenco",
           "Mastín del Pirineo", "Perro de Agua Español", "Galgo Español", "Ca de Bou",
           "Pachón Navarro", "Ratonero Bodeguero Andaluz", "San Bernardo", "Alano Español"),
}

PLACES = {  # parks, bridges, hospitals and towns that carry a person's name
    "en_IE": ("St Stephen's Green", "Phoenix Park", "Fitzgerald Park", "St Anne's Park",
              "O'Connell Bridge", "Kennedy Park"),
    "en_AU": ("Port Macquarie", "Hyde Park", "Lake Burley Griffin", "Kings Park",
              "Mount Kosciuszko", "Centennial Park"),
    "en_BB": ("Queen's Park", "Farley Hill", "Hunte's Gardens", "Andromeda Gardens",
              "Harrison's Cave", "Kensington Oval"),
    "fr_FR": ("parc Georges-Brassens", "Saint-Jean-de-Luz", "square Louis-XVI",
              "hôpital Georges-Pompidou", "jardin Émile-Zola", "pont Alexandre-III"),
    "fr_CA": ("parc Jean-Drapeau", "Saint-Jean-sur-Richelieu", "pont Jacques-Cartier",
              "parc Maisonneuve", "Sainte-Anne-de-Beaupré", "lac Saint-Jean"),
    "fr_MC": ("jardin Princesse-Grace", "stade Louis-II", "parc Princesse-Antoinette",
              "port Hercule", "plage du Larvotto", "Saint-Jean-Cap-Ferrat"),
    "pt_BR": ("São José dos Campos", "Parque Ibirapuera", "Praia de Santa Teresa",
              "Ponte Rio-Niterói", "Vila Madalena", "Santo André"),
    "pt_PT": ("Ponte Vasco da Gama", "Jardim da Estrela", "Santa Maria da Feira",
              "Parque Eduardo VII", "São João da Madeira", "Ponte de Lima"),
    "pt_TL": ("Cristo Rei", "Ilha de Ataúro", "Praia de Areia Branca", "Santa Cruz",
              "Palácio do Governo", "Porto de Díli"),
    "de_DE": ("Sankt Peter-Ording", "Friedrichshain", "Karl-Marx-Allee", "Wilhelmshaven",
              "Luisenpark", "Sankt Augustin"),
    "de_AT": ("Schloss Schönbrunn", "St. Johann im Pongau", "Maria Enzersdorf",
              "Kaiser-Franz-Josef-Kai", "Josefstadt", "Mariazell"),
    "es_ES": ("parque del Buen Retiro", "San Sebastián de los Reyes", "Santa Cruz de Tenerife",
              "puente de Isabel II", "Ciudad Real", "Alcalá de Henares"),
}

BRANDS = {  # pet-food, pet-care and animal-health makers whose names carry a person's name
    "en": ("James Wellbeloved", "Lily's Kitchen", "Bob Martin", "Hill's Science Plan",
           "Burns Pet Nutrition", "Johnson's Veterinary Products", "Boehringer Ingelheim",
           "Harringtons"),
    "fr": ("Clément Thékan", "Hill's Prescription Diet", "Boehringer Ingelheim",
           "Dr. Clauder's", "James Wellbeloved", "Lily's Kitchen"),
    "pt": ("Hill's Prescription Diet", "Boehringer Ingelheim", "Dr. Clauder's",
           "James Wellbeloved", "Lily's Kitchen", "Bob Martin"),
    "de": ("Dr. Clauder's", "Herrmann's Manufaktur", "Boehringer Ingelheim",
           "Hill's Prescription Diet", "Trixie", "James Wellbeloved"),
    "es": ("Hill's Prescription Diet", "Boehringer Ingelheim", "Dr. Clauder's",
           "James Wellbeloved", "Lily's Kitchen", "Bob Martin"),
}

DRAW = {
    "weight": weight, "dose": dose, "price": price, "date": date, "time": time,
    "percent": percent, "lot": lot, "order": order, "claim": claim, "orgreg": orgreg,
    "ean": ean, "bic": bic,
    "eponym": lambda rng, loc: rng.choice(EPONYMS[LANG[loc]]),
    "breed": lambda rng, loc: rng.choice(BREEDS[LANG[loc]]),
    "place": lambda rng, loc: rng.choice(PLACES[loc]),
    "brand": lambda rng, loc: rng.choice(BRANDS[LANG[loc]]),
}
