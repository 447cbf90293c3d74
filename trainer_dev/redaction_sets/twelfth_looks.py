"""Look-alikes for the twelfth set: things in pasted text that are NOT personal data.

Booking references (PNR), flight and train numbers, order / invoice / PO / ticket numbers,
hotel confirmations, parcel numbers (UPU S10 with its check digit), ISBN-13 (valid), versions,
model numbers, dates, times, amounts, seats and gates, rooms, and companies / places named
after people (per locale).
"""

from __future__ import annotations

import random

S = str.split

_AIR = {
    "en_US": ["UA", "AA", "DL", "B6", "AS"],
    "en_GB": ["BA", "U2", "VS", "LS"],
    "en_IN": ["AI", "6E", "UK", "SG"],
    "de_DE": ["LH", "EW", "DE"],
    "fr_FR": ["AF", "TO", "U2"],
    "es_ES": ["IB", "VY", "UX"],
    "en_NZ": ["NZ", "JQ", "QF"],
    "en_ZA": ["SA", "FA", "4Z"],
    "de_AT": ["OS", "W6", "LH"],
    "fr_CA": ["AC", "TS", "WS"],
    "es_MX": ["AM", "Y4", "VB"],
    "pt_PT": ["TP", "FR", "S4"],
}
_TRAIN = {
    "de_DE": ["ICE", "IC", "RE"],
    "de_AT": ["RJ", "RJX", "NJ"],
    "fr_FR": ["TGV INOUI", "TER"],
    "es_ES": ["AVE", "Alvia", "Avlo"],
    "pt_PT": ["Alfa Pendular", "IC"],
    "en_GB": ["Avanti", "LNER"],
    "en_IN": ["Rajdhani Exp", "Shatabdi Exp"],
    "fr_CA": ["VIA"],
    "en_US": ["Amtrak"],
    "en_NZ": ["Northern Explorer"],
    "en_ZA": ["Gautrain"],
    "es_MX": ["Tren Maya"],
}
_CUR = {
    "en_US": ("$", "en"),
    "en_GB": ("£", "en"),
    "en_IN": ("₹", "in"),
    "de_DE": ("€", "de"),
    "fr_FR": ("€", "fr"),
    "es_ES": ("€", "de"),
    "en_NZ": ("NZ$", "en"),
    "en_ZA": ("R", "za"),
    "de_AT": ("€", "de"),
    "fr_CA": ("$", "fr"),
    "es_MX": ("$", "en"),
    "pt_PT": ("€", "fr"),
}

EPONYMS = {
    "en": S(
        "Marks_&_Spencer Johnson_&_Johnson Ben_&_Jerry's Sainsbury's Hewlett-Packard "
        "Procter_&_Gamble Kellogg's Macy's Trader_Joe's Dr_Martens Ford_Mustang "
        "Walt_Disney_World Tesla_Model_3 Wendy's McDonald's Boots_Advantage_Card"
    ),
    "en_IN": S(
        "Tata_Consultancy_Services Mahindra_Thar Bajaj_Pulsar Godrej_Interio "
        "Haldiram's Indira_Gandhi_International_Airport Chhatrapati_Shivaji_Terminus"
    ),
    "en_NZ": S(
        "Fisher_&_Paykel Whittaker's Harvey_Norman Noel_Leeming Hillary_Commons Kate_Sheppard_Place"
    ),
    "en_ZA": S(
        "Nando's Mr_Price OR_Tambo_International Nelson_Mandela_Bay Chris_Hani_Baragwanath "
        "Rhodes_University Steve_Biko_Academic_Hospital"
    ),
    "de": S(
        "Dr._Oetker Mercedes-Benz Porsche_Taycan Carl_Zeiss Hugo_Boss Max-Planck-Institut "
        "Robert_Koch-Institut Goethe-Institut Fraunhofer-Gesellschaft Bosch-Siemens_Hausgeräte"
    ),
    "de_AT": S(
        "Julius_Meinl Swarovski Mozarteum Franz-Josefs-Bahnhof Kaiser-Franz-Josef-Spital "
        "Mozarthaus_Vienna Sigmund-Freud-Museum"
    ),
    "fr": S(
        "Louis_Vuitton Yves_Saint_Laurent Peugeot_208 Michelin Christian_Dior Lacoste "
        "Citroën_C3 Gare_Saint-Lazare Aéroport_Charles-de-Gaulle Hôpital_Georges-Pompidou "
        "Centre_Pompidou Lycée_Victor-Duruy"
    ),
    "fr_CA": S(
        "Tim_Hortons Jean_Coutu Desjardins Aéroport_Montréal-Trudeau Cégep_Marie-Victorin "
        "pont_Jacques-Cartier Hôpital_Maisonneuve-Rosemont"
    ),
    "es": S(
        "Massimo_Dutti Loewe Balenciaga Aeropuerto_Adolfo_Suárez_Madrid-Barajas "
        "Hospital_Gregorio_Marañón Museo_Reina_Sofía Casa_Batlló Hospital_Ramón_y_Cajal "
        "Fundació_Joan_Miró"
    ),
    "es_MX": S(
        "Aeropuerto_Internacional_Benito_Juárez Museo_Frida_Kahlo Sanborns "
        "Estadio_Akron Hospital_Manuel_Gea_González Metro_Miguel_Ángel_de_Quevedo"
    ),
    "pt": S(
        "Aeroporto_Humberto_Delgado Fundação_Calouste_Gulbenkian Estádio_José_Alvalade "
        "Ponte_Vasco_da_Gama Livraria_Bertrand Estação_de_Santa_Apolónia "
        "Hospital_Pulido_Valente"
    ),
}

_MODELS = [
    "SM-S918B",
    "WH-1000XM5",
    "iPhone 15 Pro",
    "ThinkPad X1 Carbon Gen 11",
    "Dyson V15",
    "Pixel 8a",
    "EOS R6 Mark II",
    "XPS 13 9340",
    "MacBook Air M2",
    "Galaxy Tab S9 FE",
    "Kindle Paperwhite",
    "PS5 CFI-2016",
    "RTX 4070",
    "Roomba j7+",
]
_S10_W = (8, 6, 4, 2, 3, 5, 9, 7)


def _d(r: random.Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def s10(r: random.Random, country: str) -> str:
    serial = _d(r, 8)
    c = 11 - sum(int(a) * w for a, w in zip(serial, _S10_W, strict=True)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{r.choice(['RR', 'CP', 'LX', 'EE', 'RB'])}{serial}{c}{country}"


def isbn13(r: random.Random) -> str:
    body = "978" + str(r.randint(0, 3)) + _d(r, 8)
    c = (10 - sum(int(a) * (3 if i % 2 else 1) for i, a in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{c}"


def amount(r: random.Random, loc: str, v: int | None = None) -> str:
    """An amount in the locale's currency format; `v` in cents (random when None)."""
    sym, style = _CUR[loc]
    v = r.randint(300, 250000) if v is None else v
    whole, cents = divmod(v, 100)
    if style == "en":
        w = f"{whole:,}"
        return f"{sym}{w}.{cents:02d}"
    if style == "in":
        return f"{sym} {whole:,}.{cents:02d}"
    if style == "de":
        w = f"{whole:,}".replace(",", ".")
        return f"{w},{cents:02d} {sym}" if r.random() < 0.6 else f"{sym} {w},{cents:02d}"
    if style == "za":
        return f"R{whole:,}.{cents:02d}".replace(",", " ")
    w = f"{whole:,}".replace(",", "\u202f" if r.random() < 0.2 else " ")
    return f"{w},{cents:02d} {sym}"


def date(r: random.Random, loc: str) -> str:
    y, m, d = r.choice([2025, 2026, 2027]), r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.25:
        return f"{y}-{m:02d}-{d:02d}"
    if loc == "en_US":
        return f"{m}/{d}/{y}"
    if loc.startswith("de"):
        return f"{d:02d}.{m:02d}.{y}"
    if loc == "pt_PT" and r.random() < 0.5:
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


def clock(r: random.Random, loc: str) -> str:
    h, m = r.randint(6, 21), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if loc == "en_US" or (loc in ("en_IN", "en_NZ") and r.random() < 0.5):
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if loc.startswith("fr") and r.random() < 0.5:
        return f"{h}h{m:02d}"
    return f"{h:02d}:{m:02d}"


def eponym(r: random.Random, loc: str) -> str:
    pool = list(EPONYMS.get(loc, [])) + list(EPONYMS.get(loc[:2], []))
    if loc.startswith("en") and loc != "en_IN":
        pool += EPONYMS["en"]
    return r.choice(pool).replace("_", " ")


_PNR = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def look(r: random.Random, loc: str, kind: str) -> str:
    """One look-alike of `kind` for `loc` (a verbatim substring to keep)."""
    if kind == "booking_ref":
        return "".join(r.choice(_PNR) for _ in range(6))
    if kind == "flight":
        return f"{r.choice(_AIR[loc])}{r.choice(['', ' '])}{r.randint(10, 2999)}"
    if kind == "train":
        return f"{r.choice(_TRAIN[loc])} {r.randint(100, 9999)}"
    if kind == "order":
        return r.choice(
            [
                f"{r.randint(100, 999)}-{_d(r, 7)}-{_d(r, 7)}",
                f"#{r.randint(100000, 999999)}",
                f"ORD-{r.choice([2025, 2026])}-{_d(r, 5)}",
                f"A{_d(r, 8)}",
            ]
        )
    if kind == "invoice":
        return r.choice(
            [
                f"INV-{r.choice([2025, 2026])}-{_d(r, 5)}",
                f"RE-{_d(r, 6)}",
                f"F{r.choice([2025, 2026])}-{_d(r, 4)}",
                f"FT {r.randint(2025, 2026)}/{_d(r, 4)}",
            ]
        )
    if kind == "po":
        return f"PO-{_d(r, 5)}"
    if kind == "ticket":
        return r.choice(
            [f"INC{_d(r, 7)}", f"HR-{r.randint(100, 9999)}", f"CASE-{_d(r, 6)}", f"REQ{_d(r, 6)}"]
        )
    if kind == "hotel_conf":
        return _d(r, 10)
    if kind == "tracking":
        cc = {
            "en_US": "US",
            "en_GB": "GB",
            "en_IN": "IN",
            "de_DE": "DE",
            "fr_FR": "FR",
            "es_ES": "ES",
            "en_NZ": "NZ",
            "en_ZA": "ZA",
            "de_AT": "AT",
            "fr_CA": "CA",
            "es_MX": "MX",
            "pt_PT": "PT",
        }[loc]
        return (
            s10(r, cc)
            if r.random() < 0.6
            else f"1Z{_d(r, 3)}{r.choice(['AA', 'E2', 'X4'])}{_d(r, 11)}"
        )
    if kind == "isbn":
        return isbn13(r)
    if kind == "version":
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
                f"build {r.randint(20, 26)}{r.choice('ABCDEF')}{r.randint(10, 999)}",
            ]
        )
    if kind == "model":
        return r.choice(_MODELS)
    if kind == "date":
        return date(r, loc)
    if kind == "time":
        return clock(r, loc)
    if kind == "amount":
        return amount(r, loc)
    if kind == "seat":
        return f"{r.randint(1, 45)}{r.choice('ABCDEF')}"
    if kind == "gate":
        return f"{r.choice('ABCDEFK')}{r.randint(1, 60)}"
    if kind == "room":
        return r.choice([f"{r.randint(0, 5)}.{r.randint(1, 40):02d}", f"B{r.randint(100, 499)}"])
    if kind == "eponym":
        return eponym(r, loc)
    if kind == "meeting_code":
        a = "".join(r.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(10))
        return f"meet.google.com/{a[:3]}-{a[3:7]}-{a[7:]}"
    raise ValueError(kind)
