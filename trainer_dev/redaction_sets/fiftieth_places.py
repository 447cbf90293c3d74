"""Streets, towns, postcodes and postal formats of the fiftieth set, typed per locale.

Each street is (name, type, order): order "after" writes "Name Type", "before" writes
"Type Name", "compound" writes one word (its type word is then part of the name token).
Each town is (town, postcode pattern or list, extra): "9" a digit, "A" a letter.
"""

from __future__ import annotations

import random

STREETS: dict[str, list[tuple[str, str, str]]] = {
    "en_US": [("Wexford", "Avenue", "after"), ("Larkspur", "Lane", "after"),
              ("Mulberry Creek", "Drive", "after"), ("Ashbury", "Street", "after"),
              ("Tamarack", "Court", "after"), ("Cloverdale", "Road", "after"),
              ("Hollister", "Boulevard", "after"), ("Brookhaven", "Parkway", "after"),
              ("Quincy", "St.", "after"), ("Sycamore Ridge", "Rd", "after")],
    "en_GB": [("Cavendish", "Road", "after"), ("Tenterden", "Street", "after"),
              ("Greyfriars", "Walk", "after"), ("Ladysmith", "Avenue", "after"),
              ("Holloway", "Crescent", "after"), ("Wharncliffe", "Gardens", "after"),
              ("Penrhyn", "Close", "after"), ("Kingsmead", "Terrace", "after"),
              ("Bramall", "Lane", "after"), ("Sandringham", "Mews", "after")],
    "en_IN": [("Sarjapur", "Road", "after"), ("Bannerghatta", "Road", "after"),
              ("Karve", "Road", "after"), ("Aurobindo", "Marg", "after"),
              ("Kasturba Gandhi", "Marg", "after"), ("Nungambakkam High", "Road", "after"),
              ("Lokhandwala", "Road", "after"), ("Residency", "Road", "after"),
              ("Jubilee Hills", "Road No. 36", "after"), ("Prabhat", "Road", "after")],
    "de_AT": [("Mariahilfer", "Straße", "after"), ("Ungargasse", "", "compound"),
              ("Kaiserfeldgasse", "", "compound"), ("Schönbrunner", "Straße", "after"),
              ("Herrengasse", "", "compound"), ("Landhausgasse", "", "compound"),
              ("Wiedner", "Hauptstraße", "after"), ("Linzer", "Gasse", "after"),
              ("Elisabethstraße", "", "compound"), ("Rennweg", "", "compound"),
              ("Kärntner", "Ring", "after"), ("Museumstraße", "", "compound")],
    "fr_CH": [("Carouge", "rue de", "before"), ("Mésanges", "chemin des", "before"),
              ("Beaulieu", "avenue de", "before"), ("Simplon", "rue du", "before"),
              ("Parcs", "rue des", "before"), ("Pécolat", "rue", "before"),
              ("Tivoli", "avenue de", "before"), ("Vignettaz", "route de la", "before"),
              ("Montbenon", "allée de", "before"), ("Cité-Jardin", "chemin de la", "before")],
    "es_AR": [("Corrientes", "Av.", "before"), ("Gurruchaga", "", "compound"),
              ("Cabildo", "Avenida", "before"), ("Billinghurst", "", "compound"),
              ("Humahuaca", "", "compound"), ("Oroño", "Bv.", "before"),
              ("Ituzaingó", "", "compound"), ("Uriarte", "", "compound"),
              ("Rivadavia", "Av.", "before"), ("Colectora Panamericana", "", "compound")],
    "it_IT": [("Scipioni", "via degli", "before"), ("Mille", "via dei", "before"),
              ("Monza", "viale", "before"), ("Spiga", "via della", "before"),
              ("Nizza", "via", "before"), ("Cavour", "piazza", "before"),
              ("Porta Romana", "corso", "before"), ("Saragozza", "via", "before"),
              ("Tribunali", "via dei", "before"), ("Lungarno Acciaiuoli", "", "compound")],
    "pt_PT": [("Augusta", "Rua", "before"), ("Liberdade", "Avenida da", "before"),
              ("Santa Catarina", "Rua de", "before"), ("Carvalho", "Travessa do", "before"),
              ("Garrett", "Rua", "before"), ("Aliados", "Avenida dos", "before"),
              ("Rato", "Largo do", "before"), ("Sá da Bandeira", "Rua", "before"),
              ("Boavista", "Avenida da", "before"), ("Fanqueiros", "Rua dos", "before")],
    "en_GI": [("Line Wall", "Road", "after"), ("Irish Town", "", "compound"),
              ("Governor's", "Street", "after"), ("Cornwall's", "Lane", "after"),
              ("Europa", "Road", "after"), ("Engineer", "Lane", "after"),
              ("Devil's Tower", "Road", "after"), ("Rosia", "Road", "after"),
              ("Flat Bastion", "Road", "after"), ("City Mill", "Lane", "after")],
    "en_IM": [("Athol", "Street", "after"), ("Prospect", "Hill", "after"),
              ("Bucks", "Road", "after"), ("Finch", "Road", "after"),
              ("Glencrutchery", "Road", "after"), ("Ballaquayle", "Road", "after"),
              ("Ballabrooie", "Drive", "after"), ("Parliament", "Street", "after"),
              ("Tromode", "Road", "after"), ("Ballakermeen", "Road", "after")],
    "cy_GB": [("y Frenhines", "Heol", "before"), ("Penglais", "Ffordd", "before"),
              ("Fawr", "Stryd", "before"), ("Las", "Lôn", "before"),
              ("Eglwys", "Heol", "before"), ("Caernarfon", "Ffordd", "before"),
              ("Deiniol", "Road", "after"), ("Cathedral", "Road", "after"),
              ("Glyndŵr", "Rhodfa", "before"), ("Pendinas", "Teras", "before"),
              ("Walter", "Road", "after"), ("Gwenfro", "Cilgant", "before")],
    "lb_LU": [("Hollerich", "rue de", "before"), ("Arlon", "route d'", "before"),
              ("Liberté", "avenue de la", "before"), ("Kierchewee", "", "compound"),
              ("Haaptstrooss", "", "compound"), ("Fossé", "rue du", "before"),
              ("Michel Rodange", "rue", "before"), ("Prince-Henri", "boulevard", "before"),
              ("Millewee", "", "compound"), ("Strassen", "rue de", "before")],
}

# (town, postcode patterns, region or "")
TOWNS: dict[str, list[tuple[str, list[str], str]]] = {
    "en_US": [("Boston", ["021"], "MA"), ("Columbus", ["432"], "OH"), ("Tucson", ["857"], "AZ"),
              ("Madison", ["537"], "WI"), ("Raleigh", ["276"], "NC"),
              ("Portland", ["972"], "OR"), ("Austin", ["787"], "TX")],
    "en_GB": [("Leeds", ["LS6 9AA", "LS2 9AA"], ""), ("Bristol", ["BS8 9AA", "BS1 9AA"], ""),
              ("Norwich", ["NR2 9AA"], ""), ("Leicester", ["LE1 9AA"], ""),
              ("York", ["YO31 9AA"], ""), ("Reading", ["RG1 9AA"], ""),
              ("Manchester", ["M14 9AA", "M1 9AA"], "")],
    "en_IN": [("Bengaluru", ["5600"], "Karnataka"), ("Pune", ["4110"], "Maharashtra"),
              ("Chennai", ["6000"], "Tamil Nadu"), ("Mumbai", ["4000"], "Maharashtra"),
              ("New Delhi", ["1100"], ""), ("Hyderabad", ["5000"], "Telangana"),
              ("Kolkata", ["7000"], "West Bengal")],
    "de_AT": [("Wien", ["1030", "1060", "1040", "1150", "1090"], ""), ("Graz", ["8010"], ""),
              ("Linz", ["4020"], ""), ("Salzburg", ["5020"], ""), ("Innsbruck", ["6020"], ""),
              ("Klagenfurt am Wörthersee", ["9020"], ""), ("St. Pölten", ["3100"], "")],
    "fr_CH": [("Genève", ["1205", "1204", "1201"], "GE"), ("Lausanne", ["1003", "1004"], "VD"),
              ("Neuchâtel", ["2000"], "NE"), ("Fribourg", ["1700"], "FR"),
              ("Sion", ["1950"], "VS"), ("La Chaux-de-Fonds", ["2300"], "NE"),
              ("Yverdon-les-Bains", ["1400"], "VD")],
    "es_AR": [("CABA", ["C1414AAA", "C1425AAA", "C1043AAA"], ""),
              ("Córdoba", ["X5000AAA"], "Córdoba"), ("Rosario", ["S2000AAA"], "Santa Fe"),
              ("La Plata", ["B1900AAA"], "Buenos Aires"), ("Mendoza", ["M5500AAA"], "Mendoza"),
              ("Mar del Plata", ["B7600AAA"], "Buenos Aires")],
    "it_IT": [("Milano", ["20121", "20129", "20135"], "MI"), ("Roma", ["00186", "00192"], "RM"),
              ("Torino", ["10128"], "TO"), ("Bologna", ["40126", "40123"], "BO"),
              ("Firenze", ["50122"], "FI"), ("Napoli", ["80134"], "NA"),
              ("Padova", ["35121"], "PD")],
    "pt_PT": [("Lisboa", ["1100-999", "1250-999"], ""), ("Porto", ["4000-999", "4050-999"], ""),
              ("Coimbra", ["3000-999"], ""), ("Braga", ["4700-999"], ""),
              ("Faro", ["8000-999"], ""), ("Aveiro", ["3810-999"], "")],
    "en_GI": [("Gibraltar", ["GX11 1AA"], "")],
    "en_IM": [("Douglas", ["IM1 9AA", "IM2 9AA"], ""), ("Onchan", ["IM3 9AA"], ""),
              ("Ramsey", ["IM8 9AA"], ""), ("Peel", ["IM5 9AA"], ""),
              ("Castletown", ["IM9 9AA"], ""), ("Port Erin", ["IM9 9AA"], "")],
    "cy_GB": [("Caerdydd", ["CF10 9AA", "CF11 9AA"], "Cardiff"),
              ("Abertawe", ["SA1 9AA"], "Swansea"), ("Aberystwyth", ["SY23 9AA"], ""),
              ("Bangor", ["LL57 9AA"], ""), ("Caerfyrddin", ["SA31 9AA"], "Carmarthen"),
              ("Caernarfon", ["LL55 9AA"], ""), ("Casnewydd", ["NP20 9AA"], "Newport")],
    "lb_LU": [("Luxembourg", ["L-1330", "L-2449", "L-1855"], ""),
              ("Esch-sur-Alzette", ["L-4002", "L-4130"], ""), ("Ettelbruck", ["L-9004"], ""),
              ("Strassen", ["L-8010"], ""), ("Walferdange", ["L-7201"], ""),
              ("Dudelange", ["L-3401"], ""), ("Diekirch", ["L-9201"], ""),
              ("Munsbach", ["L-5365"], "")],
}

# Post-office boxes in the local form ({n} the box number)
PO_BOX: dict[str, list[str]] = {
    "en_US": ["PO Box {n}", "P.O. Box {n}"],
    "en_GB": ["PO Box {n}"],
    "en_IN": ["Post Box No. {n}", "P.B. No. {n}"],
    "de_AT": ["Postfach {n}"],
    "fr_CH": ["Case postale {n}", "CP {n}"],
    "es_AR": ["Casilla de Correo {n}", "C.C. {n}"],
    "it_IT": ["Casella Postale {n}", "C.P. {n}"],
    "pt_PT": ["Apartado {n}"],
    "en_GI": ["PO Box {n}"],
    "en_IM": ["PO Box {n}"],
    "cy_GB": ["Blwch Post {n}", "PO Box {n}"],
    "lb_LU": ["B.P. {n}", "Boîte postale {n}", "Postfach {n}"],
}

_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # the inward-code letters of UK-style postcodes


def postcode(rng: random.Random, pattern: str) -> str:
    """Fill a pattern: in UK-style codes only the inward part varies; elsewhere 9 and A."""
    if pattern in ("GX11 1AA",):
        return pattern  # Gibraltar has one postcode for the whole territory
    if pattern.startswith("L-") or pattern.isdigit() and len(pattern) == 4:
        return pattern
    out = []
    uk = " " in pattern
    for i, c in enumerate(pattern):
        if c == "9" and (not uk or i > pattern.index(" ")):
            out.append(str(rng.randint(1, 9)))
        elif c == "A" and (not uk or i > pattern.index(" ")):
            out.append(rng.choice(_LETTERS))
        else:
            out.append(c)
    return "".join(out)


def local_postcode(rng: random.Random, locale: str, pat: str) -> str:
    if locale == "en_US":
        return pat + f"{rng.randint(1, 99):02d}"
    if locale == "en_IN":
        return pat + f"{rng.randint(1, 99):02d}"
    if locale == "es_AR":
        return pat[:5] + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return postcode(rng, pat)


def street_line(rng: random.Random, locale: str, street: tuple[str, str, str]) -> str:
    name, typ, order = street
    num = str(rng.randint(1, 240))
    if order == "compound":
        base = name
    elif order == "after":
        base = f"{name} {typ}"
    elif typ.endswith("'"):
        base = f"{typ}{name}"
    else:
        base = f"{typ} {name}"
    if locale in ("en_US", "en_GB", "en_GI", "en_IM") or locale == "cy_GB" and order == "after":
        return f"{num} {base}"
    if locale == "cy_GB":
        return f"{num} {base}"
    if locale == "en_IN":
        return f"No. {num}, {base}"
    if locale == "lb_LU":
        return f"{num}, {base}"
    if locale == "es_AR" and rng.random() < 0.4:
        door = f"piso {rng.randint(1, 9)} {rng.choice('ABCD')}"
        return f"{base} {int(num) * 10 + rng.randint(0, 9)}, {door}"
    if locale == "pt_PT" and rng.random() < 0.5:
        return f"{base}, {num}, {rng.randint(1, 6)}.º {rng.choice(['Esq.', 'Dto.', 'A', 'B'])}"
    if locale == "de_AT" and rng.random() < 0.4:
        return f"{base} {num}/{rng.randint(1, 4)}/{rng.randint(1, 30)}"
    if locale == "it_IT" and rng.random() < 0.3:
        return f"{base}, {num}"
    return f"{base} {num}"


def town_line(locale: str, town: str, code: str, region: str) -> str:
    if locale == "en_US":
        return f"{town}, {region} {code}"
    if locale in ("en_GB", "en_IM"):
        return f"{town} {code}" if locale == "en_GB" else f"{town}, Isle of Man {code}"
    if locale == "en_GI":
        return f"Gibraltar {code}"
    if locale == "cy_GB":
        return f"{town} {code}"
    if locale == "en_IN":
        return f"{town} - {code[:3]} {code[3:]}" if region == "" else f"{town}, {region} {code}"
    if locale == "it_IT":
        return f"{code} {town} ({region})"
    if locale == "es_AR":
        return f"{code} {town}" + (f", {region}" if region else "")
    return f"{code} {town}"
