"""Look-alikes for the twentyseventh set: values that look like PII but are not.

They must survive redaction verbatim.
"""

from __future__ import annotations

from .twentyseventh_values import digs, luhn_ok

LOOK_KINDS = [
    "ORDER",
    "INVOICE",
    "TICKET",
    "TRACKING",
    "PRICE",
    "DATE",
    "TIME",
    "VERSION",
    "ISBN",
    "FLIGHT",
    "ROOM",
    "MEASURE",
    "PERCENT",
    "REF",
    "COMPANY",
]
COMPANIES = {
    "en_US": [
        "Johns Hopkins University",
        "Carnegie Mellon",
        "the Ford Foundation",
        "the Walt Disney Company",
        "the Smithsonian",
    ],
    "en_GB": [
        "the Alan Turing Institute",
        "Marks & Spencer",
        "the Wellcome Trust",
        "John Lewis",
        "Rolls-Royce",
    ],
    "de_DE": [
        "Goethe-Institut",
        "Max-Planck-Institut",
        "Fraunhofer-Institut",
        "Hasso-Plattner-Institut",
        "Robert Bosch Stiftung",
    ],
    "fr_FR": [
        "l'Institut Pasteur",
        "le lycée Victor-Hugo",
        "la Fondation Louis Vuitton",
        "le Centre Pompidou",
        "les Galeries Lafayette",
    ],
    "es_ES": [
        "la Universidad Carlos III",
        "el Museo Thyssen-Bornemisza",
        "la Fundación Juan March",
        "el Hospital Gregorio Marañón",
        "el Estadio Santiago Bernabéu",
    ],
    "it_IT": [
        "l'Università Bocconi",
        "la Fondazione Agnelli",
        "l'aeroporto Leonardo da Vinci",
        "la Fondazione Prada",
        "il Teatro Verdi",
    ],
    "is_IS": [
        "Hallgrímskirkja",
        "Listasafn Einars Jónssonar",
        "Stofnun Árna Magnússonar",
        "Jónshús",
        "Listasafn Sigurjóns Ólafssonar",
    ],
    "en_JM": [
        "the Bob Marley Museum",
        "Norman Manley International Airport",
        "Edna Manley College",
        "Sangster International Airport",
        "the Michael Lee-Chin building",
    ],
    "es_CR": [
        "el Teatro Melico Salazar",
        "el Aeropuerto Juan Santamaría",
        "el Hospital Calderón Guardia",
        "el Museo Rafael Ángel Calderón Guardia",
        "el Liceo José Joaquín Vargas Calvo",
    ],
    "sr_RS": [
        "Muzej Nikole Tesle",
        "Aerodrom Nikola Tesla",
        "Kolarčeva zadužbina",
        "Zadužbina Ilije M. Kolarca",
        "Biblioteka Milutin Bojić",
    ],
    "ca_ES": [
        "la Fundació Joan Miró",
        "el Palau Güell",
        "la Universitat Pompeu Fabra",
        "la Fundació Antoni Tàpies",
        "la Casa Batlló",
    ],
    "en_TT": [
        "the Brian Lara Cricket Academy",
        "the Hasely Crawford Stadium",
        "the Ato Boldon Stadium",
        "the Lloyd Best Institute",
        "the Naparima Bowl",
    ],
}
CUR = {
    "en_US": "${:,}",
    "en_GB": "£{:,}",
    "de_DE": "{} €",
    "fr_FR": "{} €",
    "es_ES": "{} €",
    "it_IT": "€ {}",
    "is_IS": "{} kr.",
    "en_JM": "J${:,}",
    "es_CR": "₡{}",
    "sr_RS": "{} RSD",
    "ca_ES": "{} €",
    "en_TT": "TT${:,}",
}
AIR = {
    "en_US": ["AA", "UA", "DL"],
    "en_GB": ["BA", "U2", "VS"],
    "de_DE": ["LH", "EW"],
    "fr_FR": ["AF", "U2"],
    "es_ES": ["IB", "VY", "UX"],
    "it_IT": ["AZ", "FR"],
    "is_IS": ["FI", "OG"],
    "en_JM": ["BW", "AA", "JB"],
    "es_CR": ["CM", "AV"],
    "sr_RS": ["JU"],
    "ca_ES": ["VY", "IB"],
    "en_TT": ["BW", "CM"],
}
ROOMS = {
    "en": ["Room {a}.{b}", "Lecture Hall {c}", "Room B{a}{b:02d}"],
    "de": ["Raum {a}.{b:02d}", "Hörsaal {c}", "Raum B{a}{b:02d}"],
    "fr": ["salle {a}.{b:02d}", "amphi {c}", "salle B{a}{b:02d}"],
    "es": ["el aula {a}.{b}", "la sala {c}", "el aula B{a}{b:02d}"],
    "it": ["aula {a}.{b}", "aula magna {c}", "aula B{a}{b:02d}"],
    "is": ["stofu V-{a}{b:02d}", "sal {c}", "stofu {a}{b:02d}"],
    "sr": ["učionici {a}{b:02d}", "sali {c}", "amfiteatru {c}"],
    "ca": ["l'aula {a}.{b}", "la sala {c}", "l'aula B{a}{b:02d}"],
}
PFX = {
    "en": ("ORD", "INV", "TCK"),
    "de": ("BST", "RE", "TKT"),
    "fr": ("CMD", "FA", "TK"),
    "es": ("PED", "FAC", "INC"),
    "it": ("ORD", "FT", "TK"),
    "is": ("P", "RK", "BE"),
    "sr": ("PR", "FAK", "TK"),
    "ca": ("COM", "FRA", "INC"),
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "September",
        "October",
        "November",
    ],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "September", "Oktober", "November"],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "septembre",
        "octobre",
        "novembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "septiembre",
        "octubre",
        "noviembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "settembre",
        "ottobre",
        "novembre",
    ],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "september", "október", "nóvember"],
    "sr": [
        "januara",
        "februara",
        "marta",
        "aprila",
        "maja",
        "juna",
        "septembra",
        "oktobra",
        "novembra",
    ],
    "ca": [
        "de gener",
        "de febrer",
        "de març",
        "d'abril",
        "de maig",
        "de juny",
        "de setembre",
        "d'octubre",
        "de novembre",
    ],
}


def s10(rng, country):
    """UPU S10 tracking number with its mod-11 check digit."""
    d = digs(rng, 8)
    c = 11 - sum(int(a) * w for a, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7], strict=False)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{rng.choice(['RR', 'CP', 'LX', 'RA', 'EE'])}{d}{c}{country}"


def s10_ok(s):
    d, c = s[2:10], int(s[10])
    k = 11 - sum(int(a) * w for a, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7], strict=False)) % 11
    return (0 if k == 10 else 5 if k == 11 else k) == c


def isbn(rng, locale):
    grp = {
        "en_US": "1",
        "en_GB": "1",
        "de_DE": "3",
        "fr_FR": "2",
        "es_ES": "84",
        "it_IT": "88",
        "is_IS": "9979",
        "en_JM": "976",
        "es_CR": "9968",
        "sr_RS": "86",
        "ca_ES": "84",
        "en_TT": "976",
    }[locale]
    while True:
        pub = digs(rng, 3 if len(grp) < 3 else 2)
        body = "978" + grp + pub + digs(rng, 9 - len(grp) - len(pub))
        chk = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
        if not luhn_ok(body + str(chk)):  # never readable as a card number
            break
    return f"978-{grp}-{pub}-{body[3 + len(grp) + len(pub) :]}-{chk}"


def look(rng, locale, lang, kind, variant=0):
    y = rng.choice([2026, 2027])
    if kind == "ORDER":
        while True:
            v = rng.choice(
                [
                    f"{PFX[lang][0]}-{digs(rng, 8)}",
                    f"#{rng.randrange(100000, 9999999)}",
                    f"{PFX[lang][0]}{y}{digs(rng, 5)}",
                ]
            )
            if not luhn_ok(v):
                return v
    if kind == "INVOICE":
        return rng.choice(
            [
                f"{PFX[lang][1]}-{y}-{rng.randrange(1, 9999):04d}",
                f"{PFX[lang][1]}{y}/{rng.randrange(1, 999):03d}",
            ]
        )
    if kind == "TICKET":
        return rng.choice(
            [
                f"#{rng.randrange(10000, 999999)}",
                f"{PFX[lang][2]}-{rng.randrange(1000, 99999)}",
                f"INC{digs(rng, 7)}",
            ]
        )
    if kind == "TRACKING":
        return s10(
            rng,
            {
                "en_US": "US",
                "en_GB": "GB",
                "de_DE": "DE",
                "fr_FR": "FR",
                "es_ES": "ES",
                "it_IT": "IT",
                "is_IS": "IS",
                "en_JM": "JM",
                "es_CR": "CR",
                "sr_RS": "RS",
                "ca_ES": "ES",
                "en_TT": "TT",
            }[locale],
        )
    if kind == "PRICE":
        n = rng.choice([49, 95, 120, 249, 399, 450, 890, 1200, 1490, 2500]) * (
            100 if locale in ("is_IS", "sr_RS", "es_CR", "en_JM") else 1
        )
        s = CUR[locale].format(n)
        if lang in ("de", "fr", "es", "it", "is", "sr", "ca") and n >= 1000:
            s = s.replace(str(n), f"{n:,}".replace(",", "." if lang != "fr" else "\u202f"))
        return s
    if kind == "DATE":
        d, m = rng.randrange(1, 29), rng.randrange(1, 10)
        if rng.random() < 0.5:
            mn = MONTHS[lang][m - 1]
            return (
                f"{mn} {d}, {y}"
                if lang == "en" and locale == "en_US"
                else f"{d}. {mn} {y}"
                if lang in ("de", "is", "sr")
                else f"{d} {mn} {y}"
            )
        mm = [1, 2, 3, 4, 5, 6, 9, 10, 11][m - 1]
        return (
            f"{mm:02d}/{d:02d}/{y}"
            if locale == "en_US"
            else f"{d:02d}.{mm:02d}.{y}"
            if lang in ("de", "is", "sr")
            else f"{d:02d}/{mm:02d}/{y}"
        )
    if kind == "TIME":
        h, mi = rng.randrange(8, 20), rng.choice([0, 15, 30, 45])
        if lang == "en" and rng.random() < 0.6:
            return f"{h % 12 or 12}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return (
            f"{h}:{mi:02d}" if lang not in ("de", "is") or rng.random() < 0.5 else f"{h}.{mi:02d}"
        )
    if kind == "VERSION":
        return rng.choice(
            [
                f"Python 3.{rng.randrange(10, 14)}",
                f"v{rng.randrange(1, 6)}.{rng.randrange(0, 12)}.{rng.randrange(0, 9)}",
                f"Node.js {rng.choice([18, 20, 22])}",
                f"Java {rng.choice([17, 21])}",
                f"PostgreSQL {rng.randrange(13, 18)}",
            ]
        )
    if kind == "ISBN":
        return isbn(rng, locale)
    if kind == "FLIGHT":
        return f"{rng.choice(AIR[locale])} {rng.randrange(100, 2999)}"
    if kind == "ROOM":
        return rng.choice(ROOMS[lang]).format(
            a=rng.randrange(1, 6), b=rng.randrange(1, 30), c=rng.randrange(1, 9)
        )
    if kind == "MEASURE":
        dec = "." if lang == "en" else ","
        if variant == 0:
            return rng.choice(
                [
                    f"{rng.randrange(1, 4)}{dec}{rng.randrange(1, 10)} km",
                    f"{rng.randrange(3, 9)}00 m",
                ]
            )
        return rng.choice(
            [
                f"{rng.randrange(2, 9)}{dec}{rng.randrange(1, 10)} GB",
                f"{rng.randrange(120, 900)} MB",
            ]
        )
    if kind == "PERCENT":
        p = rng.randrange(61, 99)
        return (
            f"{p} %" if lang in ("de", "fr", "is", "sr", "ca") and rng.random() < 0.6 else f"{p}%"
        )
    if kind == "REF":
        return rng.choice(
            [
                f"{rng.choice(['DA', 'PM', 'UX', 'CS', 'ML'])}-{rng.randrange(100, 400)}",
                f"Ref. {y}/{rng.randrange(1, 9999):04d}",
            ]
        )
    if kind == "COMPANY":
        return rng.choice(COMPANIES[locale])
    raise KeyError(kind)


def isbn13_ok_alias(s):
    from .twentyseventh_values import isbn13_ok

    return isbn13_ok(s)
