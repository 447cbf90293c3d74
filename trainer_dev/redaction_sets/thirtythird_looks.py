"""Look-alikes for the thirtythird set: values that must survive redaction (never PII)."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets import thirtythird_ids as ids

LOOK_KINDS = [
    "order",
    "price",
    "date",
    "time",
    "version",
    "isbn",
    "measure",
    "percent",
    "orgreg",
    "ticket",
    "claimref",
    "formcode",
    "period",
    "bic",
    "eponym",
    "nameword",
]


def _w(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}

CUR = {
    "en_GB": ["£{a}", "GBP {a}"],
    "en_AU": ["${a}", "A${a}", "AUD {a}"],
    "de_AT": ["€ {e}", "{e} EUR", "EUR {e}"],
    "fr_FR": ["{f} €", "{f} EUR"],
    "es_MX": ["${a} MXN", "MXN {a}", "${a}"],
    "pt_PT": ["{e} €", "€{e}"],
    "es_PA": ["B/. {a}", "USD {a}", "${a}"],
    "fr_MA": ["{f} MAD", "{f} DH"],
    "en_BW": ["P{a}", "BWP {a}", "P {a}"],
    "es_SV": ["${a}", "USD {a}", "US${a}"],
    "fr_TN": ["{t} DT", "TND {t}", "{t} TND"],
    "en_NA": ["N${a}", "NAD {a}"],
}

ISBN_GROUP = {"en": ["0", "1"], "de": ["3"], "fr": ["2"], "es": ["84", "607"], "pt": ["972", "989"]}

ORGREG = {
    "en_GB": lambda r: f"Company No. {r.choice(['0', 'SC', 'NI'])}{ids.rd(r, 6)}",
    "en_AU": lambda r: "ABN " + _abn(r),
    "de_AT": lambda r: f"FN {r.randint(10000, 599999)} {r.choice('abdfghkmpstvwxyz')}",
    "fr_FR": lambda r: f"RCS {r.choice(['Lyon', 'Nantes', 'Paris', 'Lille'])} {_siren(r)}",
    "es_MX": lambda r: "RFC " + _rfc_moral(r),
    "pt_PT": lambda r: "NIPC " + ids.gen_nif_pt(r, "5"),
    "es_PA": lambda r: (
        f"RUC {r.randint(100000, 2999999)}-{r.randint(1, 9)}-{r.randint(2005, 2024)} "
        f"DV {r.randint(10, 99)}"
    ),
    "fr_MA": lambda r: r.choice(
        [f"RC Casablanca {r.randint(10000, 599999)}", f"IF {r.randint(1000000, 52999999)}"]
    ),
    "en_BW": lambda r: f"BW{ids.rd(r, 11)}",
    "es_SV": lambda r: f"NRC {r.randint(10000, 329999)}-{r.randint(0, 9)}",
    "fr_TN": lambda r: (
        f"MF {ids.rd(r, 7)}/{r.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}/"
        f"{r.choice('AMPBN')}/{r.choice('MCPN')}/000"
    ),
    "en_NA": lambda r: f"CC/{r.randint(1995, 2024)}/{r.randint(100, 9999):04d}",
}

BIC = {
    "en_GB": [
        "BARCGB22",
        "NWBKGB2L",
        "LOYDGB2L",
        "HBUKGB4B",
        "MIDLGB22",
    ],
    "en_AU": [
        "CTBAAU2S",
        "NATAAU33",
        "WPACAU2S",
        "ANZBAU3M",
    ],
    "de_AT": [
        "BKAUATWW",
        "RZBAATWW",
        "GIBAATWW",
        "OBKLAT2L",
        "RZOOAT2L",
    ],
    "fr_FR": [
        "BNPAFRPP",
        "SOGEFRPP",
        "CRLYFRPP",
        "AGRIFRPP",
        "CCBPFRPP",
    ],
    "es_MX": [
        "BNMXMXMM",
        "BCMRMXMM",
        "MENOMXMT",
        "BSMXMXMM",
    ],
    "pt_PT": [
        "CGDIPTPL",
        "BCOMPTPL",
        "TOTAPTPL",
        "BESCPTPL",
        "CCCMPTPL",
    ],
    "es_PA": [
        "BAGEPAPA",
        "MIDLPAPA",
        "BLAOPAPA",
    ],
    "fr_MA": [
        "BCMAMAMC",
        "BMCEMAMC",
        "CIHMMAMC",
        "BCPOMAMC",
    ],
    "en_BW": [
        "FIRNBWGX",
        "BARCBWGX",
        "SBICBWGX",
    ],
    "es_SV": [
        "BAGRSVSS",
        "CUSCSVSS",
        "BDAVSVSS",
    ],
    "fr_TN": [
        "BIATTNTT",
        "STBKTNTT",
        "BTKOTNTT",
        "UBCITNTT",
        "ATBKTNTT",
    ],
    "en_NA": [
        "FIRNNANX",
        "SBNMNANX",
        "BWLINANX",
        "NEDSNANX",
    ],
}

FORMCODE = {
    "en_GB": [
        "SA100",
        "SA302",
        "P60",
        "P11D",
        "P45",
        "CT600",
        "VAT100",
        "SA108",
    ],
    "en_AU": [
        "BAS",
        "IAS",
        "NAT 3092",
        "NAT 2036",
        "PAYG summary",
        "STP Phase 2",
    ],
    "de_AT": [
        "E1",
        "L1",
        "U30",
        "L16",
        "E1a",
        "E1kv",
        "UVA",
        "L17",
    ],
    "fr_FR": [
        "2042",
        "2042-C-PRO",
        "2035",
        "2065",
        "CA3",
        "Cerfa 2044",
        "DAS2",
        "DSN",
    ],
    "es_MX": [
        "CFDI 4.0",
        "DIOT",
        "32-D",
        "Constancia de Situación Fiscal",
        "ISR anual",
    ],
    "pt_PT": [
        "Modelo 3",
        "Modelo 22",
        "IES",
        "Anexo B",
        "Modelo 10",
        "DMR",
        "Anexo H",
    ],
    "es_PA": [
        "Formulario 430",
        "Formulario 433",
        "Planilla 03",
        "Declaración Jurada de Rentas",
        "Informe 43",
    ],
    "fr_MA": [
        "Modèle ADP010",
        "Modèle ADC080",
        "état 9421",
        "déclaration IR",
        "bordereau de la CNSS",
    ],
    "en_BW": [
        "ITA 1",
        "ITW 8",
        "ITA 8",
        "VAT 002",
        "PAYE reconciliation",
    ],
    "es_SV": [
        "F-11",
        "F-07",
        "F-14",
        "F-910",
        "Planilla ISSS",
    ],
    "fr_TN": [
        "déclaration mensuelle",
        "déclaration d'employeur",
        "formulaire CNSS",
        "acompte provisionnel",
    ],
    "en_NA": [
        "ITX 200",
        "PAYE5",
        "PAYE4",
        "VAT 255",
        "ITX 300",
    ],
}

EPONYM = {
    "en": [
        "Lloyd's of London",
        "Barclays",
        "Morgan Stanley",
        "Goldman Sachs",
        "Ernst & Young",
        "Deloitte",
        "Nobel Prize",
        "Schroders",
        "Rothschild & Co",
        "Hargreaves Lansdown",
        "the Adam Smith Institute",
        "the Turing building",
        "the Mandela Rhodes scholarship",
        "Rhodes House",
        "the Darwin room",
    ],
    "de": [
        "Raiffeisen",
        "Schrödinger-Preis",
        "Ernst-Happel-Stadion",
        "Swarovski",
        "Julius Meinl",
        "Porsche Holding",
        "Mozarteum",
        "Haydnsaal",
        "Schumpeter-Gesellschaft",
        "Karl-Marx-Hof",
        "Böhm-Bawerk-Saal",
        "Meinl am Graben",
    ],
    "fr": [
        "Prix Goncourt",
        "Institut Pasteur",
        "lycée Voltaire",
        "salle Molière",
        "Centre Pompidou",
        "fondation Cartier",
        "Banque Rothschild",
        "amphi Descartes",
        "hôpital Georges-Pompidou",
        "musée Rodin",
        "stade Pierre-Mauroy",
    ],
    "es": [
        "Premio Cervantes",
        "Museo Frida Kahlo",
        "Fundación Carlos Slim",
        "auditorio Benito Juárez",
        "Premio Nobel",
        "sala Octavio Paz",
        "Hospital Santo Tomás",
        "Biblioteca Vasconcelos",
        "estadio Cuscatlán",
        "Fundación Rockefeller",
    ],
    "pt": [
        "Fundação Calouste Gulbenkian",
        "Prémio Pessoa",
        "Ponte Vasco da Gama",
        "Aeroporto Humberto Delgado",
        "Estádio José Alvalade",
        "Casa Fernando Pessoa",
        "Hospital de Santa Maria",
        "Prémio Camões",
        "auditório Agostinho da Silva",
    ],
}
EPONYM_LOC = {
    "en_BW": [
        "Sir Seretse Khama International Airport",
        "Khama Rhino Sanctuary",
        "the Sir Ketumile Masire Teaching Hospital",
    ],
    "en_NA": [
        "Hosea Kutako International Airport",
        "Sam Nujoma Stadium",
        "Independence Memorial Museum",
    ],
    "en_AU": [
        "the Don Bradman stand",
        "the Sidney Myer Music Bowl",
        "Macquarie Group",
        "the Menzies Institute",
    ],
    "en_GB": [
        "Lloyd's building",
        "Sainsbury's",
        "the Wellcome Trust",
        "Marks & Spencer",
    ],
    "fr_MA": [
        "aéroport Mohammed V",
        "université Hassan II",
        "stade Mohammed V",
        "Fondation Mohammed VI",
    ],
    "fr_TN": [
        "avenue Habib Bourguiba",
        "université Ibn Khaldoun",
        "stade Hammadi Agrebi",
        "lycée Bourguiba",
    ],
    "es_SV": [
        "aeropuerto Monseñor Óscar Arnulfo Romero",
        "Universidad Francisco Gavidia",
        "Universidad José Matías Delgado",
    ],
    "es_PA": [
        "Puente Centenario",
        "Hospital Santo Tomás",
        "Universidad Tecnológica Omar Torrijos",
    ],
    "es_MX": [
        "Torre Latinoamericana",
        "Estadio Azteca",
        "Hospital Juárez",
        "Palacio de Iturbide",
    ],
}

NAMEWORD = {
    "en": [
        "the summer renewals",
        "a salt marsh flood cover",
        "the baker's van policy",
        "the bill run",
        "grant funding",
        "pound sterling",
        "a fletcher's workshop",
        "frank feedback",
        "the hunter-gatherer exhibit",
        "a penny short",
        "a rose-tinted forecast",
        "the precious metals cover",
        "the will and probate team",
        "a grace period",
        "a bronze-tier policy",
        "sterling work",
        "the reed beds",
    ],
    "de": [
        "im Ernst",
        "ein schlauer Fuchs",
        "der Bauer nebenan",
        "ein Wolf im Schafspelz",
        "Glück gehabt",
        "kurz und bündig",
        "ein kleiner Rosa-Ton",
        "frank und frei",
        "der Kaiser-Schmarrn",
        "das Gruber-Gefühl",
        "ein Huber-Hof",
        "ein Mosergraben",
    ],
    "fr": [
        "une pierre angulaire",
        "un vin rosé",
        "un blanc-seing",
        "un martin-pêcheur",
        "un prix constant",
        "une olive verte",
        "un fort recul",
        "la rose des vents",
        "une clémence fiscale",
        "un franc succès",
        "un boucher du quartier",
        "la fontaine du hall",
    ],
    "es": [
        "paz social",
        "luz verde",
        "el rosario de trámites",
        "la esperanza de cobro",
        "un consuelo",
        "mercedes benz",
        "la soledad del cierre",
        "un amparo fiscal",
        "dolores de cabeza",
        "el pilar del negocio",
        "una peña de amigos",
        "la medina vieja",
    ],
    "pt": [
        "luz verde",
        "paz de espírito",
        "um pinto amarelo",
        "um coelho da Páscoa",
        "um lobo solitário",
        "a rocha firme",
        "graça divina",
        "a rosa dos ventos",
        "a fonte de receita",
        "um carvalho centenário",
        "um pinhal",
        "um ferreiro",
    ],
}


def _abn(r) -> str:
    while True:
        d = str(r.randint(1, 9)) + ids.rd(r, 10)
        if ids.abn_ok(d):
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


def _siren(r) -> str:
    d = ids.luhn_complete(str(r.randint(3, 9)) + ids.rd(r, 7))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def _rfc_moral(r) -> str:
    s = "".join(r.choice("ABCDEFGHJKLMNPRSTVXZ") for _ in range(3))
    s += f"{r.randint(0, 24):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    s += r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    return s + ids.rfc_check(s)


def _price(r, loc, lang):
    tpl = r.choice(CUR[loc])
    a = r.randint(12, 48000)
    c = r.choice([0, 0, 50, r.randint(1, 99)])
    en = f"{a:,}.{c:02d}" if r.random() < 0.7 else f"{a:,}"
    eu = f"{a:,}".replace(",", ".") + f",{c:02d}"
    fr = f"{a:,}".replace(",", " ") + f",{c:02d}"
    tn = f"{a:,}".replace(",", " ") + f",{r.randint(0, 999):03d}"
    return tpl.format(a=en, e=eu, f=fr, t=tn)


def _isbn(r, lang) -> str:
    g = r.choice(ISBN_GROUP[lang])
    pub_len = r.randint(2, 4)
    body = "978" + g + ids.rd(r, 9 - len(g))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    d = body + str((10 - s % 10) % 10)
    rest = d[3 + len(g) : 12]
    return f"978-{g}-{rest[:pub_len]}-{rest[pub_len:]}-{d[12]}"


def look_value(r, loc, lang, kind) -> str:
    y = r.choice([2023, 2024, 2025, 2026])
    if kind == "order":
        k = r.random()
        if k < 0.35:
            while True:
                d = r.choice(["20", "70", "88", "31"]) + ids.rd(r, 14)
                if not ids.luhn_ok(d):
                    break
            return d if r.random() < 0.5 else " ".join(d[i : i + 4] for i in range(0, 16, 4))
        pre = {
            "en": ["INV-", "PO-", "ORD-"],
            "de": ["RE-", "AR-", "BE-"],
            "fr": ["FA-", "F", "BC-"],
            "es": ["FAC-", "OC-", "F-"],
            "pt": ["FT ", "FR ", "NC "],
        }[lang]
        p = r.choice(pre)
        if p in ("FT ", "FR ", "NC "):
            return f"{p}{y}/{r.randint(1, 9999)}"
        return f"{p}{y}-{r.randint(1, 99999):05d}"
    if kind == "price":
        return _price(r, loc, lang)
    if kind == "date":
        dd, mm = r.randint(1, 28), r.randint(1, 12)
        k = r.random()
        if k < 0.35:
            sep = "." if lang == "de" else "/"
            return f"{dd:02d}{sep}{mm:02d}{sep}{y}"
        if k < 0.5:
            return f"{y}-{mm:02d}-{dd:02d}"
        mon = MONTHS[lang][mm - 1]
        if lang == "de":
            return f"{dd}. {mon} {y}"
        if lang in ("es", "pt"):
            return f"{dd} de {mon} de {y}"
        return f"{dd} {mon} {y}"
    if kind == "time":
        h, m = r.randint(7, 19), r.choice([0, 15, 30, 45, 10, 50])
        if lang == "fr":
            return r.choice([f"{h}h{m:02d}", f"{h}h" if m == 0 else f"{h}:{m:02d}"])
        if lang == "de":
            return r.choice([f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr"])
        if lang == "en" and r.random() < 0.5:
            return f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}"
        return f"{h:02d}:{m:02d}" + (" h" if lang in ("es", "pt") and r.random() < 0.3 else "")
    if kind == "version":
        return r.choice(
            ["v", "version ", "build ", "release ", "Sage 50 v", "Xero API v", "SAP S/4HANA "]
        ) + (
            f"{r.randint(1, 30)}.{r.randint(0, 12)}"
            + (f".{r.randint(0, 40)}" if r.random() < 0.6 else "")
        )
    if kind == "isbn":
        return _isbn(r, lang)
    if kind == "measure":
        n = r.choice(
            [
                f"{r.randint(20, 480)} m²",
                f"{r.randint(1, 250)} km",
                f"{r.randint(2, 90)} kg",
                f"{r.randint(1, 40)} t",
                f"{r.randint(5, 900)} sqm",
                f"{r.randint(2, 60)} ha",
                f"{r.randint(50, 3000)} cm³",
                f"{r.randint(10, 99)} kWh",
            ]
        )
        return n
    if kind == "percent":
        a = (
            f"{r.randint(0, 24)}.{r.randint(0, 99):02d}"
            if r.random() < 0.6
            else str(r.randint(1, 60))
        )
        if lang != "en" and "." in a:
            a = a.replace(".", ",")
        return a + r.choice(["%", " %", "% p.a."] if lang == "en" else [" %", "%"])
    if kind == "orgreg":
        return ORGREG[loc](r)
    if kind == "ticket":
        return r.choice(
            [
                f"INC{r.randint(10000, 999999):07d}",
                f"TKT-{r.randint(1000, 99999)}",
                f"#{r.randint(1000, 99999)}",
                f"SR-{y}-{r.randint(100, 99999)}",
                f"CHG{r.randint(100000, 999999)}",
            ]
        )
    if kind == "claimref":
        pre = {
            "en": ["CLM", "POL", "LN"],
            "de": ["SCH", "POL", "VN"],
            "fr": ["SIN", "POL", "CTR"],
            "es": ["SIN", "POL", "EXP"],
            "pt": ["SIN", "APL", "PROC"],
        }[lang]
        p = r.choice(pre)
        return r.choice(
            [
                f"{p}-{y}-{r.randint(1, 999999):06d}",
                f"{p}/{r.randint(100000, 999999)}/{y % 100}",
                f"{p}{r.randint(1000000, 9999999)}",
            ]
        )
    if kind == "formcode":
        return r.choice(FORMCODE[loc])
    if kind == "period":
        q = r.randint(1, 4)
        opts = {
            "en": [
                f"Q{q} {y}",
                f"FY{y}/{(y + 1) % 100:02d}",
                f"tax year {y}-{(y + 1) % 100:02d}",
                f"H{r.randint(1, 2)} {y}",
            ],
            "de": [
                f"Q{q}/{y}",
                f"GJ {y}/{(y + 1) % 100:02d}",
                f"Veranlagungsjahr {y}",
                f"{q}. Quartal {y}",
            ],
            "fr": [f"T{q} {y}", f"exercice {y}", f"{q}e trimestre {y}", f"exercice {y}-{y + 1}"],
            "es": [
                f"ejercicio {y}",
                f"T{q} {y}",
                f"{q}.º trimestre de {y}",
                f"bimestre {r.randint(1, 6)}/{y}",
            ],
            "pt": [f"exercício de {y}", f"{q}.º trimestre de {y}", f"T{q} {y}", f"ano fiscal {y}"],
        }[lang]
        return r.choice(opts)
    if kind == "bic":
        return r.choice(BIC[loc])
    if kind == "eponym":
        return r.choice(EPONYM[lang] + EPONYM_LOC.get(loc, []) * 2)
    return r.choice(NAMEWORD[lang])


def look_ok(kind: str, v: str) -> bool:
    d = ids.digits(v)
    if kind == "isbn":
        return ids.ean13_ok(d)
    if 13 <= len(d) <= 19 and ids.luhn_ok(d):
        return False
    if kind in ("eponym", "nameword") and re.search(r"\d", v):
        return False
    if kind == "orgreg" and v.startswith("ABN "):
        return ids.abn_ok(d)
    return True
