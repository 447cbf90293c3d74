"""Look-alikes for the twentyeighth set: strings that resemble PII but are not.

Order/invoice/tracking/reference numbers, prices, dates, times, versions,
ISBN-13 (valid check), flight numbers, rooms, measurements, percentages,
bank BIC/SWIFT codes, US ABA routing numbers (valid checksum; a bank's
public number), Indian IFSC branch codes, and companies / landmarks named
after people.  Long order numbers are forced to FAIL Luhn.
"""

from __future__ import annotations

import random

from . import twentyeighth_ids as ids

LOOK_KINDS = [
    "ORDER",
    "INVOICE",
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
    "BIC",
    "ORG",
    "PLACE",
]

CUR = {
    "en_US": lambda r: f"${r.randrange(80, 9000):,}" + r.choice(["", ".00", ".50"]),
    "en_IN": lambda r: f"₹{r.randrange(2, 90)},{r.randrange(0, 1000):03d}" + r.choice(["", "/-"]),
    "de_DE": lambda r: (
        f"{r.randrange(80, 9000):,}".replace(",", ".") + r.choice([",00 €", " €", " EUR"])
    ),
    "fr_FR": lambda r: (
        f"{r.randrange(80, 9000):,}".replace(",", "\u202f") + r.choice([" €", ",00 € HT", " € TTC"])
    ),
    "pt_BR": lambda r: "R$ " + f"{r.randrange(80, 9000):,}".replace(",", ".") + ",00",
    "nl_NL": lambda r: (
        "€ " + f"{r.randrange(80, 9000):,}".replace(",", ".") + r.choice([",-", ",00", ",50"])
    ),
    "fr_SN": lambda r: (
        f"{r.randrange(15, 900) * 1000:,}".replace(",", " ")
        + r.choice([" FCFA", " F CFA", " francs"])
    ),
    "fr_CI": lambda r: (
        f"{r.randrange(15, 900) * 1000:,}".replace(",", " ") + r.choice([" FCFA", " F"])
    ),
    "en_UG": lambda r: "UGX " + f"{r.randrange(50, 4000) * 1000:,}",
    "en_ZM": lambda r: "K" + f"{r.randrange(150, 25000):,}" + r.choice(["", ".00"]),
    "es_PY": lambda r: "Gs. " + f"{r.randrange(80, 9000) * 1000:,}".replace(",", "."),
    "es_GT": lambda r: "Q" + f"{r.randrange(150, 25000):,}" + r.choice(["", ".00"]),
}

BIC = {
    "en_US": ["CHASUS33", "BOFAUS3N", "WFBIUS6S"],
    "en_IN": ["HDFCINBB", "SBININBB", "ICICINBB"],
    "de_DE": ["COBADEFFXXX", "DEUTDEBBXXX", "GENODEM1GLS", "BYLADEM1001"],
    "fr_FR": ["BNPAFRPPXXX", "AGRIFRPP882", "PSSTFRPPPAR", "SOGEFRPP"],
    "pt_BR": ["BRASBRRJ", "ITAUBRSP", "NUPGBRS1"],
    "nl_NL": ["INGBNL2A", "RABONL2U", "ABNANL2A", "BUNQNL2A"],
    "fr_SN": ["CBAOSNDA", "ECOCSNDA", "SGSNSNDA"],
    "fr_CI": ["SGCICIAB", "ECOCCIAB", "BICICIAB"],
    "en_UG": ["SBICUGKX", "CERBUGKA", "BARCUGKX"],
    "en_ZM": ["ZNCOZMLU", "SBICZMLX", "FIRNZMLX"],
    "es_PY": ["ITAUPYPX", "BCNAPYPA", "UENOPYPA"],
    "es_GT": ["INDLGTGC", "BRRLGTGC", "AGROGTGC"],
}

ORGS = {
    "en_US": ["Ford", "Johnson & Johnson", "Dell", "Ben & Jerry's", "Wendy's", "Trader Joe's"],
    "en_IN": ["Tata Motors", "Mahindra", "Birla Opus", "Godrej Interio", "Bajaj Finserv"],
    "de_DE": ["Bosch", "Porsche", "Siemens", "Dr. Oetker", "Melitta", "Goethe-Institut"],
    "fr_FR": ["Peugeot", "Michelin", "Leroy Merlin", "Lycée Victor Hugo", "Renault", "Dassault"],
    "pt_BR": [
        "Casas Bahia",
        "Hospital Albert Einstein",
        "Colégio Dante Alighieri",
        "Magazine Luiza",
    ],
    "nl_NL": ["Philips", "Albert Heijn", "Van Gogh Museum", "Erasmus MC", "Hema"],
    "fr_SN": ["Université Cheikh Anta Diop", "Lycée Blaise Diagne", "Hôpital Aristide Le Dantec"],
    "fr_CI": [
        "Lycée Sainte-Marie",
        "CHU Félix Houphouët-Boigny",
        "Fondation Félix Houphouët-Boigny",
    ],
    "en_UG": ["Mandela National Stadium", "Speke Resort Munyonyo", "Sheraton Kampala"],
    "en_ZM": [
        "Levy Mwanawasa Stadium",
        "Kenneth Kaunda International Airport",
        "Levy Junction Mall",
    ],
    "es_PY": ["Aeropuerto Silvio Pettirossi", "Mariscal López Shopping", "Hospital Ángel Moreno"],
    "es_GT": ["Universidad Rafael Landívar", "Universidad Francisco Marroquín", "Pollo Campero"],
}

PLACES = {
    "en_US": ["Lincoln Center", "Washington Square", "Hoover Dam"],
    "en_IN": ["Indira Gandhi International Airport", "Nehru Place", "Chhatrapati Shivaji Terminus"],
    "de_DE": ["Karl-Marx-Allee", "Willy-Brandt-Platz", "Kaiser-Wilhelm-Gedächtniskirche"],
    "fr_FR": ["Centre Pompidou", "Gare Saint-Lazare", "Place Charles de Gaulle"],
    "pt_BR": ["Aeroporto Santos Dumont", "Ponte Rio-Niterói", "Estádio Mané Garrincha"],
    "nl_NL": ["Rembrandtplein", "Museumplein", "Johan Cruijff ArenA"],
    "fr_SN": ["Aéroport Blaise Diagne", "Stade Léopold Sédar Senghor", "Place de l'Indépendance"],
    "fr_CI": [
        "Pont Henri Konan Bédié",
        "Boulevard Valéry Giscard d'Estaing",
        "Stade Félix Houphouët-Boigny",
    ],
    "en_UG": ["Lake Victoria", "Kololo Independence Grounds", "Nakasero Market"],
    "en_ZM": ["Victoria Falls", "Cairo Road", "Freedom Statue"],
    "es_PY": ["Palacio de López", "Panteón de los Héroes", "Costanera de Asunción"],
    "es_GT": ["Plaza de la Constitución", "Torre del Reformador", "Paseo Cayalá"],
}

FLIGHTS = {
    "en_US": ["UA", "DL", "AA", "WN"],
    "en_IN": ["AI", "6E", "UK"],
    "de_DE": ["LH", "EW", "DE"],
    "fr_FR": ["AF", "TO", "U2"],
    "pt_BR": ["LA", "G3", "AD"],
    "nl_NL": ["KL", "HV"],
    "fr_SN": ["HC", "AF", "SN"],
    "fr_CI": ["HF", "AF", "ET"],
    "en_UG": ["UR", "KQ", "ET"],
    "en_ZM": ["QZ", "KQ", "ET"],
    "es_PY": ["PZ", "LA", "H2"],
    "es_GT": ["CM", "AV", "TA"],
}


def _date(r: random.Random, loc: str) -> str:
    d, m = r.randrange(1, 29), r.randrange(1, 13)
    if loc == "en_US":
        return r.choice([f"{m}/{d}/2027", f"{m}/{d}", f"{m:02d}/{d:02d}/2026"])
    if loc in ("de_DE",):
        return r.choice([f"{d:02d}.{m:02d}.2027", f"{d}.{m}.", f"{d:02d}.{m:02d}."])
    if loc == "nl_NL":
        return r.choice([f"{d}-{m}-2027", f"{d:02d}-{m:02d}"])
    if loc == "en_IN":
        return r.choice([f"{d:02d}/{m:02d}/2027", f"{d:02d}-{m:02d}-2026"])
    return r.choice([f"{d:02d}/{m:02d}/2027", f"{d:02d}/{m:02d}", f"{d}/{m}"])


def _time(r: random.Random, loc: str) -> str:
    h, mi = r.randrange(7, 20), r.choice([0, 15, 30, 45])
    if loc.startswith("en_") and loc != "en_IN":
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
    if loc.startswith("fr"):
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    if loc == "de_DE":
        return f"{h}:{mi:02d} Uhr"
    return f"{h}:{mi:02d}"


def _order(r: random.Random) -> str:
    if r.random() < 0.2:
        while True:
            n = ids.digits(r, 16, "123456789")
            if not ids.luhn_ok(n):
                return n
    return r.choice(
        [
            f"#{r.randrange(10000, 99999)}",
            f"PO-2026-{r.randrange(100, 9999):04d}",
            f"ORD-{r.randrange(100000, 999999)}",
            f"{r.randrange(1000, 9999)}-{r.randrange(100, 999)}",
        ]
    )


def make_look(r: random.Random, loc: str, kind: str) -> str:
    if kind == "ORDER":
        return _order(r)
    if kind == "INVOICE":
        return r.choice(
            [
                f"INV-2026-{r.randrange(1, 999):03d}",
                f"F2026-{r.randrange(1, 400):04d}",
                f"RE-{r.randrange(2025, 2028)}-{r.randrange(1, 999):03d}",
                f"NF {r.randrange(100, 99999)}",
            ]
        )
    if kind == "TRACKING":
        cc = {"pt_BR": "BR", "fr_FR": "FR", "de_DE": "DE", "nl_NL": "NL"}.get(loc, loc[-2:])
        return r.choice(
            [
                f"{r.choice(['LB', 'RR', 'CP', 'QB'])}{ids.digits(r, 9)}{cc}",
                f"1Z{''.join(r.choice('0123456789ABCDEFX') for _ in range(16))}",
                f"JJD{ids.digits(r, 18)}"
                if loc == "de_DE"
                else f"TRK-{r.randrange(100000, 999999)}",
            ]
        )
    if kind == "PRICE":
        return CUR[loc](r)
    if kind == "DATE":
        return _date(r, loc)
    if kind == "TIME":
        return _time(r, loc)
    if kind == "VERSION":
        return f"v{r.randrange(1, 9)}.{r.randrange(0, 20)}.{r.randrange(0, 30)}"
    if kind == "ISBN":
        n = ids.isbn13_complete("978" + ids.digits(r, 9))
        return r.choice([f"{n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}", n])
    if kind == "FLIGHT":
        return f"{r.choice(FLIGHTS[loc])} {r.randrange(100, 1999)}"
    if kind == "ROOM":
        return r.choice(
            [
                f"{r.randrange(1, 6)}{r.choice('ABC')}",
                f"{r.randrange(1, 9)}.{r.randrange(1, 30):02d}",
                f"{r.randrange(101, 520)}",
            ]
        )
    if kind == "MEASURE":
        if loc == "en_US":
            return r.choice(
                [
                    f"{r.randrange(2, 40)} x {r.randrange(2, 40)} ft",
                    f"{r.randrange(5, 200)} lbs",
                    f"{r.randrange(6, 96)} in",
                ]
            )
        return r.choice(
            [
                f"{r.randrange(2, 40)} m²",
                f"{r.randrange(2, 90)} kg",
                f"{r.randrange(1, 5)},{r.randrange(10, 99)} m",
                f"{r.randrange(10, 300)} x {r.randrange(10, 300)} cm",
            ]
        )
    if kind == "PERCENT":
        return r.choice(
            [f"{r.randrange(5, 60)}%", f"{r.randrange(5, 60)} %", f"{r.randrange(1, 20)},5 %"]
        )
    if kind == "REF":
        return r.choice(
            [
                f"QT-{r.randrange(100, 9999):04d}",
                f"REF{r.randrange(10000, 99999)}",
                f"DV-{r.randrange(2026, 2028)}-{r.randrange(1, 300):03d}",
                f"OS {r.randrange(100, 9999)}/26",
            ]
        )
    if kind == "BIC":
        if loc == "en_US" and r.random() < 0.5:
            while True:
                n = ids.digits(r, 9, "0123")
                if ids.aba_ok(n):
                    return n
        if loc == "en_IN" and r.random() < 0.5:
            return r.choice(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK"]) + "0" + ids.digits(r, 6)
        return r.choice(BIC[loc])
    if kind == "ORG":
        return r.choice(ORGS[loc])
    return r.choice(PLACES[loc])
