"""Thirtysecond set: look-alike values (not PII) per locale, by kind."""

from __future__ import annotations

from trainer_dev.redaction_sets.thirtysecond_ids import (
    _d,
    break_luhn,
    che_number,
    digits,
    ean_digit,
    idno_digit,
    luhn_ok,
)
from trainer_dev.redaction_sets.thirtysecond_people import _s

LOOK_KINDS = [
    "order", "price", "date", "time", "version", "isbn", "flight", "dock", "measure",
    "percent", "orgreg", "ticket", "tracking", "hscode", "eponym", "nameword",
]  # fmt: skip

EPONYMS = {
    "en_US": _s(
        "Lincoln Tunnel|Hudson Yards|John F. Kennedy International Airport|Johnson & Johnson|"
        "the Eisenhower Expressway|Ford dealership|Hershey plant|Walgreens on the corner|"
        "George Washington Bridge|Ben Franklin Bridge"
    ),
    "en_IN": _s(
        "Chhatrapati Shivaji Maharaj International Airport|Jawaharlal Nehru Port|Tata Motors|"
        "Indira Gandhi International Airport|Mahindra Logistics|Sardar Patel Stadium|"
        "Netaji Subhas Chandra Bose airport|Bajaj Auto|Rajiv Gandhi Salai"
    ),
    "de_DE": _s(
        "Flughafen Franz Josef Strauß|Bosch|Konrad-Adenauer-Brücke|Goethe-Institut|"
        "Mercedes-Benz-Werk|Kaiser-Wilhelm-Kanal|Otto Versand|Max-Planck-Institut|"
        "Carl-Zeiss-Werk|Ludwig-Erhard-Allee"
    ),
    "fr_FR": _s(
        "aéroport Charles-de-Gaulle|gare Saint-Lazare|Renault|Michelin|Peugeot|"
        "lycée Jean-Moulin|hôpital Édouard-Herriot|pont Gustave-Flaubert|"
        "place Jean-Jaurès|Citroën"
    ),
    "pt_BR": _s(
        "Aeroporto Santos Dumont|Rodovia Presidente Dutra|Avenida Getúlio Vargas|"
        "Rodovia Anhanguera|Porto Rubens Lutz|Ponte Costa e Silva|Colégio Dom Pedro II|"
        "Aeroporto Tom Jobim|Estádio Mané Garrincha"
    ),
    "nl_NL": _s(
        "Philips|Albert Heijn|Van Gogh Museum|Johan Cruijff ArenA|Prins Clausplein|"
        "Erasmusbrug|Willem-Alexanderhaven|Beatrixhaven|Juliana Kanaal|Maxima Medisch Centrum"
    ),
    "fr_CM": _s(
        "stade Ahmadou-Ahidjo|lycée Leclerc|boulevard Ahmadou-Ahidjo|hôpital Laquintinie|"
        "collège Libermann|pont Joss|marché Mokolo|rond-point Deido|stade Omnisports Paul-Biya"
    ),
    "es_BO": _s(
        "Aeropuerto Jorge Wilstermann|Plaza Murillo|Avenida Busch|Colegio San Calixto|"
        "Estadio Hernando Siles|Aeropuerto Viru Viru|Puerto Busch|Plaza Abaroa|"
        "Mercado Rodríguez"
    ),
    "sq_AL": _s(
        "Aeroporti Nënë Tereza|Sheshi Skënderbej|Universiteti Aleksandër Xhuvani|"
        "Bulevardi Gjergj Fishta|Stadiumi Loro Boriçi|Porti i Durrësit|Ura e Tabakëve|"
        "Spitali Mbretëresha Geraldinë|Piramida e Tiranës"
    ),
    "ro_MD": _s(
        "Bulevardul Ștefan cel Mare|Universitatea Alecu Russo|Teatrul Mihai Eminescu|"
        "Parcul Valea Morilor|Liceul Gheorghe Asachi|Strada Alexei Mateevici|"
        "Palatul Republicii|Piața Centrală|Gara Feroviară"
    ),
    "it_CH": _s(
        "Villa Ciani|Parco Ciani|Museo Vincenzo Vela|Nestlé|Lindt|Galleria Vedeggio-Cassarate|"
        "Piazza Dante|Liceo Lugano|Ospedale San Giovanni|Fondazione Marguerite Arp"
    ),
    "es_HN": _s(
        "Aeropuerto Ramón Villeda Morales|Bulevar Morazán|Estadio Francisco Morazán|"
        "Universidad José Cecilio del Valle|Puerto Cortés|Hospital Mario Catarino Rivas|"
        "Parque Central|Mercado Guamilito|Colonia Kennedy"
    ),
}

NAMEWORDS = {
    "en": _s("bill of lading|Will call|Grace period|Dawn shift|Summer schedule|Hunter green"),
    "de": _s("Wolf im Schafspelz|Fuchs und Hase|Kaiserwetter|Sommerfahrplan|Engelsgeduld"),
    "fr": _s("petit colis|blanc de la palette|rose des vents|Marchand de sable|fontaine à eau"),
    "pt": _s("rosa dos ventos|luz de alerta|graça de Deus|leão de chácara|vitória parcial"),
    "nl": _s("kok van de kantine|de vos in het hok|roos op de deur|smit van het bedrijf"),
    "es": _s("paz del día|cruz roja|luz verde|flores del patio|la esperanza de todos"),
    "sq": _s("drita e kuqe|bora e parë|shpresa e fundit|lule në zyrë|mali i Dajtit"),
    "ro": _s("lupul din pădure|speranța noastră|ciobanul din curte|doina de la radio"),
    "it": _s("porta carraia|fontana del cortile|gatti del magazzino|aurora boreale"),
}

CUR = {
    "en_US": ("${}", "."), "en_IN": ("₹{}", "."), "de_DE": ("{} €", ","),
    "fr_FR": ("{} €", ","), "pt_BR": ("R$ {}", ","), "nl_NL": ("€ {}", ","),
    "fr_CM": ("{} FCFA", ""), "es_BO": ("Bs {}", ","), "sq_AL": ("{} lekë", ""),
    "ro_MD": ("{} lei", ","), "it_CH": ("CHF {}", "."), "es_HN": ("L {}", "."),
}  # fmt: skip
DOCK = {
    "en": _s("Dock|Door|Bay|Gate"), "de": _s("Tor|Rampe|Halle|Gate"),
    "fr": _s("quai|porte|cellule|travée"), "pt": _s("doca|box|portão|galpão"),
    "nl": _s("dock|laadperron|hal|poort"), "es": _s("andén|muelle|bodega|portón"),
    "sq": _s("porta|rampa|hangari|depoja"), "ro": _s("rampa|poarta|hala|depozitul"),
    "it": _s("rampa|porta|capannone|baia"),
}  # fmt: skip
AIRLINES = {
    "en_US": "AA DL UA FX 5X", "en_IN": "AI 6E SG", "de_DE": "LH LX EW", "fr_FR": "AF TO",
    "pt_BR": "LA G3 AD", "nl_NL": "KL HV", "fr_CM": "QC AF ET", "es_BO": "OB Z8",
    "sq_AL": "W6 TK", "ro_MD": "9U H4", "it_CH": "LX LH", "es_HN": "CM AV",
}  # fmt: skip


def _group(n: int, sep: str) -> str:
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def _price(r, loc: str) -> str:
    fmt, dec = CUR[loc]
    n = r.randint(12, 48000)
    if loc == "en_IN":
        s, groups = str(n), []
        head, tail = s[:-3], s[-3:]
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        body = ",".join([g for g in [head, *groups] if g] + [tail])
        return fmt.format(body + f".{r.randint(0, 99):02d}")
    th = {".": ",", ",": ".", "": " "}[dec]
    if loc == "it_CH":
        th = "'"
    body = _group(n, th)
    if dec:
        body += f"{dec}{r.randint(0, 99):02d}"
    return fmt.format(body)


def _date(r, loc: str, lang: str) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
    if loc == "en_US":
        return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"])
    if lang == "de" or lang == "ro" or loc == "it_CH":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "nl":
        return f"{d}-{m}-{y}"
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"])


def _time(r, lang: str) -> str:
    h, mi = r.randint(5, 22), r.choice([0, 15, 30, 45, 10, 50])
    if lang == "en" and r.random() < 0.5:
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
    if lang == "fr":
        return f"{h}h{mi:02d}"
    if lang == "de" and r.random() < 0.4:
        return f"{h}.{mi:02d} Uhr"
    return f"{h:02d}:{mi:02d}"


def _long_digits(r, n: int) -> str:
    v = r.choice("123456789") + _d(r, n - 1)
    return break_luhn(v)


def _isbn(r) -> str:
    b = r.choice(["978", "979"]) + _d(r, 9)
    v = b + ean_digit(b)
    return f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}"


def _container(r) -> str:
    owner = r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU", "CSNU"])
    num = _d(r, 6)
    vals = []
    for c in owner:
        v = 10 + ord(c) - 65
        v += (v - 1) // 10 if v > 10 else 0
        vals.append(v)
    vals += [int(c) for c in num]
    chk = sum(v * 2**i for i, v in enumerate(vals)) % 11 % 10
    return f"{owner} {num} {chk}"


def _orgreg(r, loc: str) -> str:
    if loc == "en_US":
        return r.choice([f"USDOT {r.randint(1000000, 3999999)}", f"MC-{r.randint(100000, 999999)}"])
    if loc == "en_IN":
        st = r.choice(["MH", "KA", "TN", "DL", "WB"])
        return f"U{r.choice(['63090', '60231', '52100'])}{st}{r.randint(1995, 2022)}PTC{_d(r, 6)}"
    if loc == "de_DE":
        return f"HRB {r.randint(1000, 99999)}"
    if loc == "fr_FR":
        town = r.choice(["Lyon", "Créteil", "Le Havre", "Lille"])
        return f"RCS {town} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"
    if loc == "pt_BR":
        while True:
            v = _d(r, 8) + "0001" + _d(r, 2)
            if not luhn_ok(v):
                return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"
    if loc == "nl_NL":
        return f"KvK {r.randint(10000000, 99999999)}"
    if loc == "fr_CM":
        return (
            f"RC/{r.choice(['DLA', 'YAO', 'BFS'])}/{r.randint(2008, 2024)}/B/{r.randint(100, 9999)}"
        )
    if loc == "es_BO":
        return f"NIT {r.randint(100000, 999999)}0{r.randint(10, 29)}"
    if loc == "sq_AL":
        return f"NIPT {r.choice('KLM')}{_d(r, 8)}{r.choice('ABCDEFGHIJ')}"
    if loc == "ro_MD":
        while True:
            b = "100" + _d(r, 9)
            v = b + idno_digit(b)
            if not luhn_ok(v):
                return f"IDNO {v}"
    if loc == "it_CH":
        return che_number(r)
    if loc == "es_HN":
        return f"RTN {_long_digits(r, 14)}"
    raise KeyError(loc)


def look_value(r, loc: str, lang: str, kind: str) -> str:
    if kind == "order":
        k = r.random()
        if k < 0.35:
            return _long_digits(r, 16)
        if k < 0.7:
            return f"{r.choice(['PO', 'SO', 'INV', 'DN', 'WO'])}-{r.randint(2024, 2026)}-{_d(r, 5)}"
        return f"{r.choice(['A', 'B', 'R'])}{_d(r, 7)}"
    if kind == "price":
        return _price(r, loc)
    if kind == "date":
        return _date(r, loc, lang)
    if kind == "time":
        return _time(r, lang)
    if kind == "version":
        return (
            r.choice(["v", "v", "", "build "])
            + f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 30)}"
        )
    if kind == "isbn":
        return _isbn(r)
    if kind == "flight":
        return f"{r.choice(AIRLINES[loc].split())} {r.randint(10, 9899)}"
    if kind == "dock":
        w = r.choice(DOCK[lang])
        return f"{w} {r.choice(['', 'A', 'B', 'C'])}{r.randint(1, 48)}"
    if kind == "measure":
        dec = "." if lang == "en" else ","
        return r.choice(
            [
                f"{r.randint(120, 24000)} kg",
                f"{r.randint(1, 80)}{dec}{r.randint(1, 9)} m³",
                f"{r.choice([120, 100, 80])} x {r.choice([80, 100, 120])} cm",
                f"{r.choice([20, 40, 45])} ft",
                f"{r.randint(2, 33)} {'pallets' if lang == 'en' else 'EPAL'}",
            ]
        )
    if kind == "percent":
        dec = "." if lang == "en" else ","
        v = (
            f"{r.randint(1, 40)}{dec}{r.randint(1, 9)}"
            if r.random() < 0.5
            else str(r.randint(1, 99))
        )
        return v + (" %" if lang in ("de", "fr") and r.random() < 0.7 else "%")
    if kind == "orgreg":
        return _orgreg(r, loc)
    if kind == "ticket":
        return r.choice(
            [
                f"#{r.randint(10000, 99999)}",
                f"INC{_d(r, 7)}",
                f"TKT-{r.randint(1000, 99999)}",
                f"CLM-{_d(r, 6)}",
            ]
        )
    if kind == "tracking":
        k = r.random()
        if k < 0.4:
            return _container(r)
        if k < 0.7:
            p, s = r.choice(["020", "057", "074", "176", "618", "125"]), r.randint(1000000, 9999999)
            return f"{p}-{s}{s % 7}"
        return r.choice(["1Z", "JJD", "CP", "RR"]) + _long_digits(r, 18)
    if kind == "hscode":
        v = r.choice(["8471", "0901", "6403", "8708", "3004", "9403", "8517", "2204", "6109"])
        return f"{v}.{_d(r, 2)}" + r.choice(["", f".{_d(r, 2)}"])
    if kind == "eponym":
        return r.choice(EPONYMS[loc])
    if kind == "nameword":
        return r.choice(NAMEWORDS[lang])
    raise KeyError(kind)


def look_ok(kind: str, value: str) -> bool:
    d = digits(value)
    return kind == "isbn" or not (13 <= len(d) <= 19 and luhn_ok(d))
