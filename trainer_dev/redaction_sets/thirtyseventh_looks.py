"""Look-alikes of the thirty-seventh set: strings that must survive redaction verbatim.

Fourteen kinds; the ones that carry a check (company registers, payment references) pass it.
"""

from __future__ import annotations

import random

from . import thirtyseventh_ids as ids

LOOK_KINDS = [
    "caseref",
    "date",
    "time",
    "fee",
    "orgreg",
    "form",
    "lawref",
    "percent",
    "queue",
    "counter",
    "bic",
    "eponym",
    "nameword",
    "payref",
]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- company registers (checked)
def siren(rng):
    body = rng.choice("3456789") + _d(rng, 7)
    n = body + ids.luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def siren_ok(text):
    d = ids.digits(text)
    return len(d) == 9 and ids.luhn_ok(d)


def piva(rng):
    body = _d(rng, 7) + f"{rng.randint(1, 100):03d}"
    return body + ids.luhn_digit(body)


def piva_ok(text):
    return len(text) == 11 and text.isdigit() and ids.luhn_ok(text)


def kbo(rng):
    head = "0" + rng.choice("4789") + _d(rng, 6)
    n = head + f"{97 - int(head) % 97:02d}"
    return f"{n[:4]}.{n[4:7]}.{n[7:]}"


def kbo_ok(text):
    d = ids.digits(text)
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


NIP_W = [6, 5, 7, 2, 3, 4, 5, 6, 7]


def nip(rng):
    while True:
        body = rng.choice("1256789") + _d(rng, 8)
        c = sum(int(a) * w for a, w in zip(body, NIP_W, strict=False)) % 11
        if c < 10:
            n = body + str(c)
            return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"


def nip_ok(text):
    d = ids.digits(text)
    return len(d) == 10 and sum(int(a) * w for a, w in zip(d, NIP_W, strict=False)) % 11 == int(
        d[9]
    )


def atu(rng):
    while True:
        body = _d(rng, 7)
        w = [1, 2, 1, 2, 1, 2, 1]
        s = 0
        for c, k in zip(body, w, strict=False):
            p = int(c) * k
            s += p // 10 + p % 10
        c = (96 - s) % 10
        return f"ATU{body}{c}"


def atu_ok(text):
    body = text[3:]
    if not (text.startswith("ATU") and len(body) == 8 and body.isdigit()):
        return False
    s = 0
    for c, k in zip(body[:7], [1, 2, 1, 2, 1, 2, 1], strict=False):
        p = int(c) * k
        s += p // 10 + p % 10
    return (96 - s) % 10 == int(body[7])


def ein(rng):
    return f"{rng.choice(['12', '20', '27', '45', '46', '81', '84', '94'])}-{_d(rng, 7)}"


def rfc_moral(rng):
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(3))
    body = letters + f"{rng.randint(0, 23):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body += rng.choice("ABCDEFGHJKLMN123456789") + rng.choice("ABCDEFGHJKLMN123456789")
    return body + ids.rfc_check(body)


def rfc_ok(text):
    return len(text) == 12 and ids.rfc_check(text[:11]) == text[11]


def orgreg(rng: random.Random, locale: str) -> str:
    pick = {
        "en_US": lambda: "EIN " + ein(rng),
        "en_GB": lambda: f"Company No. {rng.choice(['0', '1', 'SC', 'NI'])}{_d(rng, 6)}",
        "de_AT": lambda: rng.choice(
            [f"UID {atu(rng)}", f"FN {_d(rng, 6)}{rng.choice('abdfhikmpstvwxy')}"]
        ),
        "fr_FR": lambda: f"SIREN {siren(rng)}",
        "es_MX": lambda: f"RFC {rfc_moral(rng)}",
        "it_IT": lambda: f"P.IVA {piva(rng)}",
        "nl_BE": lambda: f"KBO {kbo(rng)}",
        "pl_PL": lambda: f"NIP {nip(rng)}",
        "en_KE": lambda: f"company PIN {ids.kra_pin(rng, company=True)}",
        "bs_BA": lambda: f"JIB 42{_d(rng, 11)}",
        "fr_HT": lambda: f"patente n° {_d(rng, 6)}",
        "es_NI": lambda: f"RUC J03100000{_d(rng, 5)}",
    }
    return pick[locale]()


# ---------------------------------------------------------------- other kinds
def payref(rng: random.Random, locale: str) -> str:
    if locale == "nl_BE":  # structured communication, mod 97
        head = _d(rng, 10)
        c = int(head) % 97 or 97
        n = head + f"{c:02d}"
        return f"+++{n[:3]}/{n[3:7]}/{n[7:]}+++"
    while True:  # a 16-digit reference that fails Luhn, so it is no card
        n = rng.choice("123456789") + _d(rng, 15)
        if not ids.luhn_ok(n):
            return n


def payref_ok(text: str) -> bool:
    if text.startswith("+++"):
        d = ids.digits(text)
        return (int(d[:10]) % 97 or 97) == int(d[10:])
    return len(text) == 16 and text.isdigit() and not ids.luhn_ok(text)


DATE_FMT = {
    "en_US": "{m}/{d}/{y}",
    "en_GB": "{d}/{m}/{y}",
    "de_AT": "{d}.{m}.{y}",
    "fr_FR": "{d}/{m}/{y}",
    "es_MX": "{d}/{m}/{y}",
    "it_IT": "{d}/{m}/{y}",
    "nl_BE": "{d}/{m}/{y}",
    "pl_PL": "{d}.{m}.{y}",
    "en_KE": "{d}/{m}/{y}",
    "bs_BA": "{d}.{m}.{y}.",
    "fr_HT": "{d}/{m}/{y}",
    "es_NI": "{d}/{m}/{y}",
}
MONTHS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "de": "Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
}


def date(rng: random.Random, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2027)
    if locale in ("en_US", "en_KE", "en_GB", "de_AT") and rng.random() < 0.3:
        name = MONTHS["de" if locale == "de_AT" else "en"].split("|")[m - 1]
        if locale == "en_US":
            return f"{name} {d}, {y}"
        return f"{d}. {name} {y}" if locale == "de_AT" else f"{d} {name} {y}"
    return DATE_FMT[locale].format(d=f"{d:02d}", m=f"{m:02d}", y=y)


def time(rng: random.Random, locale: str) -> str:
    h, mi = rng.randint(7, 17), rng.choice(["00", "15", "30", "45"])
    if locale in ("en_US", "en_KE") or (locale == "en_GB" and rng.random() < 0.5):
        return f"{(h - 1) % 12 + 1}:{mi} {'AM' if h < 12 else 'PM'}"
    if locale in ("fr_FR", "fr_HT"):
        return f"{h}h{mi}"
    if locale == "de_AT":
        return f"{h}:{mi} Uhr"
    return f"{h}:{mi}"


def fee(rng: random.Random, locale: str) -> str:
    a = rng.choice([12, 15, 20, 25, 35, 45, 60, 75, 90, 120, 150, 250, 380, 535])
    c = rng.choice(["00", "50", "90"])
    return {
        "en_US": f"${a}.{c}",
        "en_GB": f"£{a}.{c}",
        "de_AT": f"€ {a},{c}",
        "fr_FR": f"{a},{c} €",
        "es_MX": f"${a * 10:,} MXN",
        "it_IT": f"€ {a},{c}",
        "nl_BE": f"€ {a},{c}",
        "pl_PL": f"{a},{c} zł",
        "en_KE": f"KSh {a * 100:,}",
        "bs_BA": f"{a},{c} KM",
        "fr_HT": f"{a * 100} gourdes",
        "es_NI": f"C$ {a * 20:,}",
    }[locale]


FORMS = {
    "en_US": [
        "Form I-130",
        "Form I-485",
        "Form I-765",
        "Form N-400",
        "Form W-2",
        "Form 1040",
        "Form SS-5",
        "Form DS-11",
        "Form I-90",
        "Form 8821",
    ],
    "en_GB": [
        "form SA100",
        "form P60",
        "form P45",
        "form V5C",
        "form N1",
        "form D8",
        "form CH2",
        "form SR1",
        "form UC50",
        "form VAF4A",
    ],
    "de_AT": [
        "Formular E 1",
        "Formular L 1",
        "Formular E 7",
        "Formular Lohnzettel L 16",
        "Formular Beih 1",
        "Formular Verf 24",
        "Formular U 30",
        "Formular ZS-AU",
    ],
    "fr_FR": [
        "Cerfa n° 12100*02",
        "formulaire 2042",
        "formulaire 2044",
        "Cerfa n° 13753*04",
        "formulaire S1106",
        "formulaire 3916",
        "Cerfa n° 15776*01",
    ],
    "es_MX": [
        "formato SAT 32-D",
        "formato AFIL-02",
        "formato FM3",
        "formato DS-160",
        "formato 2-B",
        "formulario INM-1",
    ],
    "it_IT": [
        "modello 730",
        "modello F24",
        "modello ISEE",
        "modello Redditi PF",
        "modulo AA9/12",
        "modulo SS5",
    ],
    "nl_BE": [
        "formulier 276 Conv.",
        "aangifte 275.1",
        "formulier C4",
        "formulier C3.2A",
        "formulier 281.10",
        "bijlage 15",
    ],
    "pl_PL": [
        "PIT-37",
        "PIT-11",
        "PIT-36",
        "ZUS ZFA",
        "ZUS RMUA",
        "formularz PCC-3",
        "wniosek ZAP-3",
        "druk VAT-R",
    ],
    "en_KE": ["form P9A", "form IT1", "NHIF form 2A", "form KRA T1", "form CR12", "form PIN01"],
    "bs_BA": [
        "obrazac PD-1",
        "obrazac GIP-1022",
        "obrazac PP-3",
        "obrazac JS3100",
        "obrazac 1022",
        "obrazac PR-1",
    ],
    "fr_HT": ["formulaire DGI-5", "formulaire OAVCT-1", "formulaire ONA-3", "formulaire ONI-2"],
    "es_NI": ["formulario DGI-106", "formulario INSS-12", "formulario MIGOB-3", "formulario 124"],
}

LAWREFS = {
    "en_US": [
        "8 U.S.C. § 1101",
        "42 U.S.C. § 1983",
        "26 U.S.C. § 7701",
        "5 U.S.C. § 552",
        "Section 245(i)",
        "20 CFR 404.1520",
    ],
    "en_GB": [
        "section 21 of the Housing Act 1988",
        "s. 8 Immigration Act 1971",
        "Schedule 2 para 7",
        "reg. 4 of the UC Regulations 2013",
        "CPR Part 55",
    ],
    "de_AT": ["§ 1295 ABGB", "§ 8 AVG", "§ 56 ASVG", "§ 33 EStG", "§ 1 NAG", "Art. 130 B-VG"],
    "fr_FR": [
        "article 1240 du Code civil",
        "article L. 111-1 du CESEDA",
        "article 700 du CPC",
        "article R. 421-1",
        "art. 6 de la loi de 1989",
    ],
    "es_MX": [
        "artículo 123 constitucional",
        "art. 27 del CFF",
        "artículo 47 de la LFT",
        "art. 8 de la Ley de Amparo",
        "artículo 2248 del Código Civil",
    ],
    "it_IT": [
        "art. 2043 c.c.",
        "art. 13 del d.lgs. 286/1998",
        "art. 700 c.p.c.",
        "art. 38 del DPR 445/2000",
        "legge 104/1992",
    ],
    "nl_BE": [
        "artikel 1382 BW",
        "art. 9bis Vreemdelingenwet",
        "artikel 577 Ger.W.",
        "art. 171 WIB 92",
        "artikel 23 Grondwet",
    ],
    "pl_PL": [
        "art. 415 k.c.",
        "art. 233 k.k.",
        "art. 104 k.p.a.",
        "art. 30 ustawy o PIT",
        "art. 2 Konstytucji",
    ],
    "en_KE": [
        "Article 43 of the Constitution",
        "section 107 of the Evidence Act",
        "Cap. 172",
        "section 35 of the Tax Procedures Act",
        "Order 53 of the CPR",
    ],
    "bs_BA": [
        "član 200 ZOO",
        "član 28 ZUP-a",
        "član 54 Zakona o strancima",
        "član 11 Zakona o PDV-u",
        "član 6 EKLJP",
    ],
    "fr_HT": [
        "article 1168 du Code civil haïtien",
        "article 48 de la Constitution",
        "décret du 29 septembre 2005",
        "article 5 du Code du travail",
    ],
    "es_NI": [
        "artículo 27 de la Constitución",
        "arto. 42 del Código de Familia",
        "Ley 761",
        "artículo 2509 del Código Civil",
        "Ley 822",
    ],
}

BICS = {
    "en_US": ["CHASUS33", "BOFAUS3N", "CITIUS33", "WFBIUS6S"],
    "en_GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2L", "HBUKGB4B", "MIDLGB22"],
    "de_AT": ["BKAUATWW", "GIBAATWW", "RZOOAT2L", "OBKLAT2L", "BAWAATWW", "RLNWATWW"],
    "fr_FR": ["BNPAFRPP", "SOGEFRPP", "CRLYFRPP", "CCBPFRPP", "PSSTFRPP", "AGRIFRPP"],
    "es_MX": ["BNMXMXMM", "BCMRMXMM", "MENOMXMT", "BIMEMXMM", "BMSXMXMM"],
    "it_IT": ["BCITITMM", "UNCRITMM", "BPMOIT22", "PASCITMM", "BLOPIT22"],
    "nl_BE": ["GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB", "ARSPBE22"],
    "pl_PL": ["BPKOPLPW", "PKOPPLPW", "BREXPLPW", "INGBPLPW", "WBKPPLPP", "ALBPPLPW"],
    "en_KE": ["KCBLKENX", "EQBLKENA", "SCBLKENX", "BARCKENX", "CBAFKENX"],
    "bs_BA": ["RZBABA2S", "UNCRBA22", "SBFSBA22", "ASBBBA22", "BPBIBA22"],
    "fr_HT": ["UBNKHTPP", "SOGHHTPP", "BNCHHTPP", "CAPXHTPP"],
    "es_NI": ["BAMCNIMA", "BCCENIMA", "LAFINIMA", "BFICNIMA"],
}

EPONYMS = {
    "en_US": [
        "Thurgood Marshall Federal Judiciary Building",
        "Martin Luther King Jr. Library",
        "Daniel Patrick Moynihan Courthouse",
        "Jacob K. Javits Federal Building",
        "Thomas Jefferson Building",
        "John Joseph Moakley Courthouse",
    ],
    "en_GB": [
        "Queen Elizabeth II Conference Centre",
        "Lord Denning's rule",
        "Churchill Gardens",
        "Victoria Law Courts",
        "Thomas More Building",
        "Wilberforce House",
    ],
    "de_AT": [
        "Bruno-Kreisky-Forum",
        "Amalienbad",
        "Karl-Marx-Hof",
        "Franz-Josefs-Kai",
        "Maria-Theresien-Platz",
        "Rudolfstiftung",
        "Kaiser-Franz-Josef-Spital",
    ],
    "fr_FR": [
        "Cité administrative Jean-Moulin",
        "Palais de justice Victor-Hugo",
        "Maison France Services Simone-Veil",
        "lycée Jules-Ferry",
        "hôpital Georges-Pompidou",
        "médiathèque François-Mitterrand",
    ],
    "es_MX": [
        "Hospital Juárez",
        "Palacio de Lecumberri",
        "Centro Cultural Tlatelolco",
        "Biblioteca Vasconcelos",
        "Estación Pino Suárez",
        "Hospital Gea González",
    ],
    "it_IT": [
        "Policlinico Umberto I",
        "Palazzo Chigi",
        "tribunale di Piazzale Clodio",
        "ospedale Cardarelli",
        "liceo Galileo Galilei",
        "stazione Garibaldi",
    ],
    "nl_BE": [
        "Justus Lipsiusgebouw",
        "Koning Albertpark",
        "Stadhuis van Leuven",
        "Pieter Paul Rubens Huis",
        "Sint-Janshospitaal",
        "AZ Jan Palfijn",
    ],
    "pl_PL": [
        "Pałac Kultury i Nauki",
        "Szpital im. Jana Pawła II",
        "rondo Dmowskiego",
        "Dworzec im. Stanisława Moniuszki",
        "Urząd na Kopernika",
        "Plac Piłsudskiego",
    ],
    "en_KE": [
        "Kenyatta National Hospital",
        "Harambee House",
        "Sheria House",
        "Jomo Kenyatta International Airport",
        "Moi Teaching and Referral Hospital",
        "Huduma Centre GPO",
    ],
    "bs_BA": [
        "Vijećnica",
        "Gazi Husrev-begova biblioteka",
        "Kampus Univerziteta",
        "Klinički centar Koševo",
        "Zetra Olimpijska dvorana Juan Antonio Samaranch",
        "Ulica Musala",
    ],
    "fr_HT": [
        "Palais national",
        "Hôpital Bernard Mevs",
        "place Toussaint-Louverture",
        "lycée Alexandre-Pétion",
        "aéroport Toussaint-Louverture",
        "Champ de Mars",
    ],
    "es_NI": [
        "Hospital Vélez Paiz",
        "Estadio Dennis Martínez",
        "Rotonda Rubén Darío",
        "Teatro Nacional Rubén Darío",
        "Hospital Bertha Calderón",
        "Plaza Simón Bolívar",
    ],
}

NAMEWORDS = {
    "en_US": [
        "a rose garden permit",
        "the summer schedule",
        "hope for a decision",
        "the baker's permit",
        "a hunter's licence",
        "brooks and streams survey",
    ],
    "en_GB": [
        "the marsh reclamation scheme",
        "a fox in the bin store",
        "the shepherd's hut",
        "a sparrow-hawk survey",
        "an ivy-covered wall",
        "the holly hedge",
    ],
    "de_AT": [
        "im Ernst",
        "der Fuchs im Hof",
        "den Sommer über",
        "ein Wolf im Schafspelz",
        "nach Strauß-Art",
        "die Huber-Regel",
    ],
    "fr_FR": [
        "un petit retard",
        "le blanc du formulaire",
        "un chevalier servant",
        "le marchand de journaux",
        "la violette du jardin",
        "en legrand format",
    ],
    "es_MX": [
        "luz verde",
        "con esperanza",
        "dolores de cabeza",
        "un consuelo",
        "la cruz del formulario",
        "ramos de flores",
    ],
    "it_IT": [
        "un leone da tastiera",
        "il fiore all'occhiello",
        "la villa comunale",
        "la costa adriatica",
        "il gallo del campanile",
        "la serra comunale",
    ],
    "nl_BE": [
        "een roos op de stoep",
        "de vos en de raaf",
        "het maes-effect",
        "een smet op het dossier",
        "de wouters-regel",
        "bram-bessen",
    ],
    "pl_PL": [
        "król dokumentów",
        "zając na polu",
        "wróbel w garści",
        "mądra sowa",
        "wilk syty i owca cała",
        "baran na łące",
    ],
    "en_KE": [
        "faith in the process",
        "mercy and grace",
        "a precious document",
        "by grace",
        "amani ya wananchi",
        "baraka tele",
    ],
    "bs_BA": [
        "golub pismonoša",
        "vuk samotnjak",
        "kovač svoje sreće",
        "sevdah i sevdalinka",
        "jasmin u dvorištu",
        "azra pjesma",
    ],
    "fr_HT": [
        "un grand désir",
        "le destin du dossier",
        "par lamour du pays",
        "un cadet de famille",
        "bonne fortune",
        "le jeune âge",
    ],
    "es_NI": [
        "aura de calma",
        "una perla",
        "la rosa del patio",
        "a la orden de Dios",
        "perla del pacífico",
        "luz y esperanza",
    ],
}

CASEREF = {
    "en_US": lambda r: f"Case No. {r.randint(1, 9)}:{r.randint(23, 26)}-cv-{_d(r, 5)}",
    "en_GB": lambda r: (
        f"Claim No. {r.choice(['K', 'H', 'J'])}{_d(r, 2)}{r.choice(['BR', 'MA', 'LS'])}{_d(r, 3)}"
    ),
    "de_AT": lambda r: f"GZ {r.randint(1, 40)} Cg {r.randint(10, 250)}/{r.randint(23, 26)}",
    "fr_FR": lambda r: f"RG n° {r.randint(23, 26)}/{_d(r, 5)}",
    "es_MX": lambda r: f"expediente {r.randint(100, 3999)}/{r.randint(2023, 2026)}",
    "it_IT": lambda r: f"R.G. n. {r.randint(100, 9999)}/{r.randint(2023, 2026)}",
    "nl_BE": lambda r: f"AR {r.randint(2023, 2026)}/{r.randint(100, 999)}/A",
    "pl_PL": lambda r: (
        f"sygn. akt {r.choice(['I', 'II', 'III'])} C {r.randint(10, 999)}/{r.randint(23, 26)}"
    ),
    "en_KE": lambda r: f"Case No. E{r.randint(10, 999)} of {r.randint(2023, 2026)}",
    "bs_BA": lambda r: f"predmet {r.randint(10, 99)} 0 P {_d(r, 6)} {r.randint(23, 26)} P",
    "fr_HT": lambda r: f"dossier n° {r.randint(10, 999)}/{r.randint(2023, 2026)}",
    "es_NI": lambda r: f"expediente {_d(r, 6)}-ORM4-{r.randint(2023, 2026)}-FM",
}
QUEUE = {
    "en": "ticket {l}{n}",
    "de": "Nummer {l}{n}",
    "fr": "ticket {l}{n}",
    "es": "turno {l}{n}",
    "it": "numero {l}{n}",
    "nl": "volgnummer {l}{n}",
    "pl": "numerek {l}{n}",
    "bs": "broj {l}{n}",
}
COUNTER = {
    "en": "counter {n}",
    "de": "Schalter {n}",
    "fr": "guichet {n}",
    "es": "ventanilla {n}",
    "it": "sportello {n}",
    "nl": "loket {n}",
    "pl": "okienko {n}",
    "bs": "šalter {n}",
}
PERCENT = {
    "en": "{n}%",
    "de": "{n} %",
    "fr": "{n} %",
    "es": "{n} %",
    "it": "{n}%",
    "nl": "{n}%",
    "pl": "{n}%",
    "bs": "{n} %",
}


def lookalike(rng: random.Random, locale: str, lang: str, kind: str) -> str:
    if kind == "caseref":
        return CASEREF[locale](rng)
    if kind == "date":
        return date(rng, locale)
    if kind == "time":
        return time(rng, locale)
    if kind == "fee":
        return fee(rng, locale)
    if kind == "orgreg":
        return orgreg(rng, locale)
    if kind == "form":
        return rng.choice(FORMS[locale])
    if kind == "lawref":
        return rng.choice(LAWREFS[locale])
    if kind == "percent":
        return PERCENT[lang].format(n=rng.choice([5, 10, 12, 19, 20, 22, 25, 30, 50, 70, 80]))
    if kind == "queue":
        return QUEUE[lang].format(l=rng.choice("ABCDKP"), n=rng.randint(10, 399))
    if kind == "counter":
        return COUNTER[lang].format(n=rng.randint(1, 24))
    if kind == "bic":
        return rng.choice(BICS[locale])
    if kind == "eponym":
        return rng.choice(EPONYMS[locale])
    if kind == "nameword":
        return rng.choice(NAMEWORDS[locale])
    return payref(rng, locale)


def orgreg_ok(text: str) -> bool:
    """Re-check the register look-alikes that carry a check digit."""
    head, _, num = text.rpartition(" ")
    if text.startswith("UID "):
        return atu_ok(num)
    if text.startswith("SIREN "):
        return siren_ok(text[6:])
    if text.startswith("P.IVA "):
        return piva_ok(num)
    if text.startswith("KBO "):
        return kbo_ok(num)
    if text.startswith("NIP "):
        return nip_ok(num)
    if text.startswith("RFC "):
        return rfc_ok(num)
    if text.startswith("company PIN "):
        return ids.kra_ok(num, company=True)
    return bool(head) and any(c.isdigit() for c in num)
