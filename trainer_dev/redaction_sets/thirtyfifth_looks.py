"""Thirty-fifth set: look-alikes a careful redactor must keep, drawn per locale. Company
numbers with public check digits are computed here (KBO, CIF, CNPJ, partita IVA, vergi no,
RUT, PZN, ISBN-13)."""

from __future__ import annotations

from trainer_dev.redaction_sets.thirtyfifth_ids import _num, luhn_digit, luhn_ok, uy_rut

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
    "drugcode",
    "icd",
    "lot",
    "room",
    "bic",
    "eponym",
    "nameword",
]


def isbn13(prefix: str, rng) -> str:
    """prefix like '978-3-': fills to 12 digits, then the check digit."""
    need = 12 - sum(c.isdigit() for c in prefix)
    pub = _num(rng, need)
    cut = max(2, need // 2)
    body = prefix + pub[:cut] + "-" + pub[cut:]
    ds = [int(c) for c in body if c.isdigit()]
    check = (10 - sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(ds)) % 10) % 10
    return f"{body}-{check}"


def isbn13_ok(v: str) -> bool:
    ds = [int(c) for c in v if c.isdigit()]
    return len(ds) == 13 and sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(ds)) % 10 == 0


ISBN_PREFIX = {"en_US": "978-1-", "en_GB": "978-0-", "de_DE": "978-3-", "fr_BE": "978-2-",
               "es_ES": "978-84-", "pt_BR": "978-85-", "it_IT": "978-88-", "nl_NL": "978-90-",
               "en_ZA": "978-0-620-", "tr_TR": "978-605-", "en_KE": "978-9966-",
               "es_UY": "978-9974-"}  # fmt: skip


def order16(rng) -> str:
    """A 16-digit order/invoice number that fails Luhn."""
    body = str(rng.randrange(1, 10)) + _num(rng, 14)
    bad = (luhn_digit(body) + rng.randrange(1, 10)) % 10
    s = body + str(bad)
    assert not luhn_ok(s)
    return s


def kbo(rng) -> str:
    eight = "0" + str(rng.randrange(2, 10)) + _num(rng, 6)
    c = 97 - int(eight) % 97
    s = f"{eight}{c:02d}"
    return f"{s[:4]}.{s[4:7]}.{s[7:]}"


def kbo_ok(v: str) -> bool:
    s = "".join(c for c in v if c.isdigit())
    return len(s) == 10 and 97 - int(s[:8]) % 97 == int(s[8:])


def cif(rng) -> str:
    letter = rng.choice("ABFGJ")
    seven = _num(rng, 7)
    c = cif_control(seven)
    return f"{letter}{seven}{c}"


def cif_control(seven: str) -> int:
    even = sum(int(seven[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        odd += d // 10 + d % 10
    return (10 - (even + odd) % 10) % 10


def cif_ok(v: str) -> bool:
    return len(v) == 9 and v[0] in "ABCDEFGHJUV" and cif_control(v[1:8]) == int(v[8])


def _cnpj_digits(twelve: str) -> str:
    s = twelve
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(int(c) * x for c, x in zip(s, w, strict=True)) % 11
        s += str(0 if r < 2 else 11 - r)
    return s


def cnpj(rng) -> str:
    s = _cnpj_digits(_num(rng, 8) + "0001")
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cnpj_ok(v: str) -> bool:
    s = "".join(c for c in v if c.isdigit())
    return len(s) == 14 and _cnpj_digits(s[:12]) == s


def piva(rng) -> str:
    body = _num(rng, 7) + rng.choice(["015", "037", "058", "063", "001"])
    return body + str(luhn_digit(body))


def vergi_check(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine, start=1):
        t = (int(ch) + 10 - i) % 10
        total += 9 if t == 9 else (t * 2 ** (10 - i)) % 9
    return (10 - total % 10) % 10


def vergi(rng) -> str:
    nine = _num(rng, 9)
    return nine + str(vergi_check(nine))


def vergi_ok(v: str) -> bool:
    return len(v) == 10 and v.isdigit() and vergi_check(v[:9]) == int(v[9])


def pzn(rng) -> str:
    while True:
        seven = _num(rng, 7)
        c = sum(int(d) * (i + 1) for i, d in enumerate(seven)) % 11
        if c < 10:
            return seven + str(c)


def pzn_ok(v: str) -> bool:
    s = v.replace("PZN", "").strip(" -")
    return len(s) == 8 and sum(int(d) * (i + 1) for i, d in enumerate(s[:7])) % 11 == int(s[7])


def orgreg(rng, locale: str) -> str:
    if locale == "en_US":
        return f"EIN {rng.choice(['13', '20', '27', '46', '81', '94'])}-{_num(rng, 7)}"
    if locale == "en_GB":
        num = rng.choice(["0", "1"]) + _num(rng, 7) if rng.random() < 0.7 else "SC" + _num(rng, 6)
        return rng.choice(["Company No. ", "Companies House no. "]) + num
    if locale == "de_DE":
        return f"HRB {rng.randrange(10000, 240000)} {rng.choice(['B', ''])}".strip()
    if locale == "fr_BE":
        return f"BCE {kbo(rng)}"
    if locale == "es_ES":
        return f"CIF {cif(rng)}"
    if locale == "pt_BR":
        return f"CNPJ {cnpj(rng)}"
    if locale == "it_IT":
        return f"P.IVA {piva(rng)}"
    if locale == "nl_NL":
        return f"KvK {_num(rng, 8)}"
    if locale == "en_ZA":
        return f"CIPC {rng.randrange(1998, 2024)}/{_num(rng, 6)}/{rng.choice(['07', '08', '23'])}"
    if locale == "tr_TR":
        return f"Vergi No: {vergi(rng)}"
    if locale == "en_KE":
        return f"KRA PIN P05{_num(rng, 7)}{rng.choice('ABCDHKLMRTX')}"
    return f"RUT {uy_rut(rng)}"


PRICE = {
    "en_US": ("${}", "USD {}"),
    "en_GB": ("£{}", "GBP {}"),
    "de_DE": ("{} €", "EUR {}"),
    "fr_BE": ("{} €", "{} EUR"),
    "es_ES": ("{} €", "{} euros"),
    "pt_BR": ("R$ {}", "BRL {}"),
    "it_IT": ("€ {}", "{} euro"),
    "nl_NL": ("€ {}", "EUR {}"),
    "en_ZA": ("R{}", "ZAR {}"),
    "tr_TR": ("{} TL", "₺{}"),
    "en_KE": ("KSh {}", "KES {}"),
    "es_UY": ("$U {}", "UYU {}"),
}
COMMA_DECIMAL = {"de_DE", "fr_BE", "es_ES", "pt_BR", "it_IT", "nl_NL", "tr_TR", "es_UY"}
BIC = {"en_US": ["CHASUS33", "BOFAUS3N", "CITIUS33"], "en_GB": ["NWBKGB2L", "BARCGB22",
       "LOYDGB2L"], "de_DE": ["DEUTDEFF", "COBADEFFXXX", "GENODEF1M04"], "fr_BE": ["GEBABEBB",
       "BBRUBEBB", "KREDBEBB"], "es_ES": ["CAIXESBBXXX", "BSCHESMM", "BBVAESMM"],
       "pt_BR": ["BRASBRRJ", "ITAUBRSP", "BRADBRSP"], "it_IT": ["BCITITMM", "UNCRITMM",
       "BPMOIT22"], "nl_NL": ["ABNANL2A", "RABONL2U", "INGBNL2A"], "en_ZA": ["FIRNZAJJ",
       "SBZAZAJJ", "ABSAZAJJ"], "tr_TR": ["TCZBTR2A", "ISBKTRIS", "AKBKTRIS"],
       "en_KE": ["KCBLKENX", "EQBLKENA", "SCBLKENX"], "es_UY": ["BROUUYMM", "ITAUUYMM",
       "BSCHUYMM"]}  # fmt: skip
EPONYM = {
    "en": [
        "Alzheimer's",
        "Parkinson's",
        "Hodgkin lymphoma",
        "Crohn's disease",
        "Down syndrome",
        "the Heimlich manoeuvre",
        "Guy's and St Thomas'",
        "Addenbrooke's",
        "Johns Hopkins",
        "Mayo Clinic",
        "Groote Schuur",
        "Chris Hani Baragwanath",
        "Kenyatta National Hospital",
        "Aga Khan University Hospital",
        "Tygerberg",
        "the Karolinska Institute",
    ],
    "de": [
        "Alzheimer",
        "Morbus Parkinson",
        "Charité",
        "Hashimoto-Thyreoiditis",
        "Morbus Crohn",
        "Asperger-Syndrom",
        "Robert Koch-Institut",
        "Virchow-Klinikum",
        "Karolinska-Institut",
    ],
    "fr": [
        "maladie d'Alzheimer",
        "maladie de Parkinson",
        "Institut Bordet",
        "Saint-Luc",
        "Institut Pasteur",
        "syndrome de Gilles de la Tourette",
        "Érasme",
        "CHU Brugmann",
    ],
    "es": [
        "el alzhéimer",
        "la enfermedad de Parkinson",
        "Hospital Gregorio Marañón",
        "La Paz",
        "Vall d'Hebron",
        "Hospital de Clínicas",
        "Hospital Maciel",
        "el síndrome de Down",
    ],
    "pt": [
        "Alzheimer",
        "doença de Chagas",
        "Hospital das Clínicas",
        "Albert Einstein",
        "Sírio-Libanês",
        "Instituto Butantan",
        "Fiocruz",
        "doença de Parkinson",
    ],
    "it": [
        "morbo di Alzheimer",
        "Policlinico Gemelli",
        "Niguarda",
        "Rizzoli",
        "morbo di Parkinson",
        "Spallanzani",
        "Besta",
        "linfoma di Hodgkin",
    ],
    "nl": [
        "ziekte van Alzheimer",
        "Antoni van Leeuwenhoek",
        "Erasmus MC",
        "ziekte van Crohn",
        "Prinses Máxima Centrum",
        "Radboudumc",
        "Wilhelmina Kinderziekenhuis",
        "ziekte van Parkinson",
    ],
    "tr": [
        "Alzheimer",
        "Parkinson hastalığı",
        "Hacettepe",
        "Cerrahpaşa",
        "Behçet hastalığı",
        "Çapa",
        "Acıbadem",
        "Haseki",
    ],
}
NAMEWORD = {
    "en": [
        "the summer rota",
        "a baker's dozen",
        "hunter-gatherer",
        "the marsh road",
        "rose garden",
        "the crystal display",
        "amber alert",
        "summer hours",
    ],
    "de": ["im Ernst", "Fuchs und Hase", "im Grünen", "wie ein Fuchs", "Rosenmontag"],
    "fr": ["un vin rosé", "la pierre angulaire", "au renard", "couleur aurore"],
    "es": ["luz verde", "paz social", "a lobo", "con esperanza", "de consuelo"],
    "pt": ["luz verde", "a rocha firme", "pinto amarelo", "coelho da Páscoa"],
    "it": ["in santa pace", "il russo", "il bel paese", "vittoria di squadra"],
    "nl": ["de roos in bloei", "het bos", "vos en haas", "een dekker"],
    "tr": ["kara kış", "koç burcu", "kurt gibi", "doğan güneş", "demir kapı"],
}
ATC = ["N02BE01", "J01CA04", "C10AA05", "A10BA02", "C09AA05", "N06AB06", "R03AC02", "B01AC06",
       "A02BC01", "M01AE01", "H03AA01", "C07AB07"]  # fmt: skip
ICD = ["E11.9", "I10", "J45.9", "M54.5", "F32.1", "K21.0", "N39.0", "J06.9", "E78.5",
       "Z00.0", "R51", "S93.4"]  # fmt: skip


def _amount(rng, locale: str) -> str:
    whole = rng.choice([12, 18, 24, 35, 48, 60, 75, 95, 120, 145, 180, 240, 310, 450, 890])
    cents = rng.choice(["00", "50", "90", "95", "40"])
    if locale in ("en_KE", "tr_TR", "es_UY", "en_ZA"):
        whole *= rng.choice([10, 20, 50])
    if locale in COMMA_DECIMAL:
        return f"{whole},{cents}"
    return f"{whole}.{cents}"


def draw_lookalike(rng, locale: str, kind: str) -> str:
    lang = locale[:2]
    if kind == "order":
        r = rng.random()
        if r < 0.4:
            return order16(rng)
        return (
            rng.choice(["PO-", "INV-", "ORD-", "RX-"])
            + str(rng.randrange(2023, 2027))
            + "-"
            + _num(rng, 5)
        )
    if kind == "price":
        return rng.choice(PRICE[locale]).format(_amount(rng, locale))
    if kind == "date":
        d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2024, 2027)
        if locale == "en_US":
            return f"{m:02d}/{d:02d}/{y}"
        if locale in ("de_DE", "tr_TR"):
            return f"{d:02d}.{m:02d}.{y}"
        if locale == "nl_NL":
            return f"{d:02d}-{m:02d}-{y}"
        if locale in ("en_ZA",):
            return f"{y}/{m:02d}/{d:02d}"
        return f"{d:02d}/{m:02d}/{y}"
    if kind == "time":
        h, mi = rng.randrange(6, 23), rng.choice([0, 15, 30, 45])
        if locale == "en_US":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        if locale == "fr_BE":
            return f"{h}h{mi:02d}"
        return f"{h:02d}:{mi:02d}"
    if kind == "version":
        return (
            rng.choice(["v", "version ", "build "])
            + f"{rng.randrange(1, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}"
        )
    if kind == "isbn":
        return isbn13(ISBN_PREFIX[locale], rng)
    if kind == "measure":
        return rng.choice(MEASURE[lang] + MEASURE_ANY)
    if kind == "percent":
        v = rng.choice(["12", "7.5", "98", "35", "2.4", "60", "15"])
        if locale in COMMA_DECIMAL:
            v = v.replace(".", ",")
        return f"%{v}" if locale == "tr_TR" else (f"{v} %" if lang in ("de", "fr") else f"{v}%")
    if kind == "orgreg":
        return orgreg(rng, locale)
    if kind == "ticket":
        return (
            rng.choice(["INC", "REQ", "CHG", "SR", "HD", "TKT"])
            + rng.choice(["", "-", "#"])
            + _num(rng, rng.choice([5, 6, 7]))
        )
    if kind == "drugcode":
        if locale == "de_DE" and rng.random() < 0.5:
            return f"PZN {pzn(rng)}"
        if locale == "en_US" and rng.random() < 0.5:
            return f"NDC {rng.randrange(1000, 9999):04d}-{_num(rng, 4)}-{_num(rng, 2)}"
        return "ATC " + rng.choice(ATC)
    if kind == "icd":
        return rng.choice(["ICD-10 ", "", "ICD "]) + rng.choice(ICD)
    if kind == "lot":
        return (
            rng.choice(["LOT ", "Lot ", "Batch ", "Ch.-B. " if lang == "de" else "LOT "])
            + rng.choice("ABCDKMRT")
            + _num(rng, 2)
            + rng.choice("ABCDEFGH")
            + _num(rng, 3)
        )
    if kind == "room":
        return rng.choice(ROOM[lang]).format(rng.randrange(1, 40), rng.choice("ABCDE"))
    if kind == "bic":
        return rng.choice(BIC[locale])
    if kind == "eponym":
        pool = EPONYM[lang]
        if locale == "en_ZA":
            pool = [
                "Groote Schuur",
                "Chris Hani Baragwanath",
                "Tygerberg",
                "Alzheimer's",
                "Steve Biko Academic Hospital",
                "Charlotte Maxeke",
            ]
        elif locale == "en_KE":
            pool = [
                "Kenyatta National Hospital",
                "Aga Khan University Hospital",
                "Parkinson's",
                "Moi Teaching and Referral Hospital",
                "Gertrude's Children's Hospital",
            ]
        return rng.choice(pool)
    if kind == "nameword":
        return rng.choice(NAMEWORD[lang])
    raise ValueError(kind)


MEASURE_ANY = ["500 mg", "10 ml", "1 g", "20 mg", "5 ml", "75 µg", "250 mg", "40 IU"]
MEASURE = {
    "en": ["2x daily", "3x daily", "0.5 mg/kg", "twice daily", "1 tablet at night"],
    "de": ["2x täglich", "1-0-1", "2,5 mg", "0-0-1", "3x tgl."],
    "fr": ["3x par jour", "2 cp le soir", "2,5 mg", "1 sachet matin et soir"],
    "es": ["cada 8 horas", "2 comprimidos al día", "2,5 mg", "1 cada 12 h"],
    "pt": ["de 8 em 8 horas", "2x ao dia", "2,5 mg", "1 comprimido à noite"],
    "it": ["2 volte al giorno", "1 compressa la sera", "2,5 mg", "ogni 8 ore"],
    "nl": ["3dd1", "2x per dag", "2,5 mg", "1 tablet voor de nacht"],
    "tr": ["günde 2 kez", "tok karnına 1 tablet", "2,5 mg", "12 saatte bir"],
}
ROOM = {
    "en": ["Ward {0}{1}", "Room {0}", "Bay {0}, bed {1}", "Bed {0}"],
    "de": ["Station {0}{1}", "Zimmer {0}", "Bett {0}", "Raum {0}{1}"],
    "fr": ["salle {0}", "chambre {0}", "unité {0}{1}", "lit {0}"],
    "es": ["planta {0}", "habitación {0}", "cama {0}{1}", "box {0}"],
    "pt": ["leito {0}", "sala {0}", "quarto {0}{1}", "ala {1}"],
    "it": ["stanza {0}", "letto {0}", "reparto {1}", "ambulatorio {0}"],
    "nl": ["kamer {0}", "afdeling {0}{1}", "bed {0}", "spreekkamer {0}"],
    "tr": ["{0} numaralı oda", "servis {0}{1}", "yatak {0}", "poliklinik {0}"],
}
