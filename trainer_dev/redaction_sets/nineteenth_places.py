"""Places for the nineteenth set: real postcode/town pairs, streets, address writing."""

from __future__ import annotations

import random
import re

from .nineteenth_locales import PARTICLES

# (postcode, town) pairs that really go together; en_US also carries the state
TOWNS = {
    "en_US": [
        ("78701", "Austin, TX"),
        ("98101", "Seattle, WA"),
        ("80202", "Denver, CO"),
        ("02108", "Boston, MA"),
        ("60601", "Chicago, IL"),
        ("97204", "Portland, OR"),
        ("30303", "Atlanta, GA"),
        ("53703", "Madison, WI"),
        ("27601", "Raleigh, NC"),
    ],
    "en_GB": [
        ("LS6", "Leeds"),
        ("M14", "Manchester"),
        ("BS6", "Bristol"),
        ("EH10", "Edinburgh"),
        ("CF24", "Cardiff"),
        ("OX4", "Oxford"),
        ("BN2", "Brighton"),
        ("NR2", "Norwich"),
        ("G12", "Glasgow"),
    ],
    "de_DE": [
        ("10115", "Berlin"),
        ("80331", "München"),
        ("50667", "Köln"),
        ("20095", "Hamburg"),
        ("60311", "Frankfurt am Main"),
        ("70173", "Stuttgart"),
        ("04109", "Leipzig"),
        ("01067", "Dresden"),
        ("90402", "Nürnberg"),
        ("28195", "Bremen"),
    ],
    "de_CH": [
        ("8001", "Zürich"),
        ("3011", "Bern"),
        ("4051", "Basel"),
        ("6003", "Luzern"),
        ("9000", "St. Gallen"),
        ("8400", "Winterthur"),
        ("5000", "Aarau"),
        ("6300", "Zug"),
    ],
    "fr_FR": [
        ("75011", "Paris"),
        ("69003", "Lyon"),
        ("13006", "Marseille"),
        ("31000", "Toulouse"),
        ("33000", "Bordeaux"),
        ("44000", "Nantes"),
        ("59000", "Lille"),
        ("67000", "Strasbourg"),
        ("35000", "Rennes"),
    ],
    "fr_BE": [
        ("1000", "Bruxelles"),
        ("4000", "Liège"),
        ("5000", "Namur"),
        ("6000", "Charleroi"),
        ("7000", "Mons"),
        ("1348", "Louvain-la-Neuve"),
        ("1050", "Ixelles"),
        ("1300", "Wavre"),
    ],
    "nl_BE": [
        ("2000", "Antwerpen"),
        ("9000", "Gent"),
        ("3000", "Leuven"),
        ("8000", "Brugge"),
        ("2800", "Mechelen"),
        ("3500", "Hasselt"),
        ("8500", "Kortrijk"),
        ("9300", "Aalst"),
    ],
    "es_ES": [
        ("28014", "Madrid"),
        ("08007", "Barcelona"),
        ("46002", "Valencia"),
        ("41001", "Sevilla"),
        ("48001", "Bilbao"),
        ("50001", "Zaragoza"),
        ("29015", "Málaga"),
        ("15001", "A Coruña"),
    ],
    "it_IT": [
        ("20121", "Milano"),
        ("00185", "Roma"),
        ("10121", "Torino"),
        ("40121", "Bologna"),
        ("50122", "Firenze"),
        ("80132", "Napoli"),
        ("16121", "Genova"),
        ("35122", "Padova"),
    ],
    "hu_HU": [
        ("1052", "Budapest"),
        ("6720", "Szeged"),
        ("4026", "Debrecen"),
        ("7621", "Pécs"),
        ("9021", "Győr"),
        ("3525", "Miskolc"),
        ("8000", "Székesfehérvár"),
        ("6000", "Kecskemét"),
    ],
    "hr_HR": [
        ("10000", "Zagreb"),
        ("21000", "Split"),
        ("51000", "Rijeka"),
        ("31000", "Osijek"),
        ("23000", "Zadar"),
        ("20000", "Dubrovnik"),
        ("52100", "Pula"),
        ("42000", "Varaždin"),
    ],
    "sl_SI": [
        ("1000", "Ljubljana"),
        ("2000", "Maribor"),
        ("3000", "Celje"),
        ("4000", "Kranj"),
        ("6000", "Koper"),
        ("8000", "Novo mesto"),
        ("5000", "Nova Gorica"),
        ("9000", "Murska Sobota"),
    ],
}

# (street name tokens, full street) -- type word kept out of the token list
STREETS = {
    "en_US": [
        ("Maple", "Maple Avenue"),
        ("Cedar Ridge", "Cedar Ridge Road"),
        ("Lincoln", "Lincoln Street"),
        ("Willow Creek", "Willow Creek Drive"),
        ("Harrison", "Harrison Blvd"),
        ("Juniper", "Juniper Lane"),
        ("Oakmont", "Oakmont Ct"),
        ("Sycamore", "Sycamore St"),
    ],
    "en_GB": [
        ("Elm", "Elm Grove"),
        ("Chapel", "Chapel Street"),
        ("Ashby", "Ashby Road"),
        ("Kingsway", "Kingsway"),
        ("Belvoir", "Belvoir Terrace"),
        ("Station", "Station Road"),
        ("Marlborough", "Marlborough Crescent"),
        ("Hawthorn", "Hawthorn Close"),
    ],
    "de_DE": [
        ("Lindenstraße", "Lindenstraße"),
        ("Am Mühlbach", "Am Mühlbach"),
        ("Goethestr", "Goethestr."),
        ("Kastanienallee", "Kastanienallee"),
        ("Schillerplatz", "Schillerplatz"),
        ("Friedrich-Ebert", "Friedrich-Ebert-Straße"),
        ("Gartenweg", "Gartenweg"),
        ("Bergstraße", "Bergstraße"),
    ],
    "de_CH": [
        ("Bahnhofstrasse", "Bahnhofstrasse"),
        ("Seefeldstrasse", "Seefeldstrasse"),
        ("Kramgasse", "Kramgasse"),
        ("Rosenweg", "Rosenweg"),
        ("Pilatusstrasse", "Pilatusstrasse"),
        ("Dorfstrasse", "Dorfstrasse"),
        ("Spalenberg", "Spalenberg"),
        ("Zeughausgasse", "Zeughausgasse"),
    ],
    "fr_FR": [
        ("Lilas", "rue des Lilas"),
        ("Jean Jaurès", "avenue Jean Jaurès"),
        ("Tanneurs", "quai des Tanneurs"),
        ("Victor Hugo", "boulevard Victor Hugo"),
        ("Paix", "rue de la Paix"),
        ("Marronniers", "allée des Marronniers"),
        ("Gambetta", "cours Gambetta"),
        ("Moulin", "chemin du Moulin"),
    ],
    "fr_BE": [
        ("Neuve", "Rue Neuve"),
        ("Louise", "Avenue Louise"),
        ("Vinâve", "Rue Vinâve d'Île"),
        ("Fosses", "Rue des Fosses"),
        ("Tervueren", "Avenue de Tervueren"),
        ("Marais", "Rue du Marais"),
        ("Sainte-Walburge", "Rue Sainte-Walburge"),
        ("Louvain", "Chaussée de Louvain"),
    ],
    "nl_BE": [
        ("Meir", "Meir"),
        ("Veldstraat", "Veldstraat"),
        ("Bondgenotenlaan", "Bondgenotenlaan"),
        ("Kortrijksesteenweg", "Kortrijksesteenweg"),
        ("Lange Nieuwstraat", "Lange Nieuwstraat"),
        ("Vlamingstraat", "Vlamingstraat"),
        ("Kapucijnenvoer", "Kapucijnenvoer"),
        ("Kouter", "Kouter"),
    ],
    "es_ES": [
        ("Alcalá", "Calle de Alcalá"),
        ("Gràcia", "Passeig de Gràcia"),
        ("Colón", "Avenida de Colón"),
        ("Larios", "Calle Marqués de Larios"),
        ("Sierpes", "Calle Sierpes"),
        ("Ercilla", "Calle Ercilla"),
        ("Independencia", "Paseo de la Independencia"),
        ("Olivos", "Calle de los Olivos"),
    ],
    "it_IT": [
        ("Garibaldi", "Via Garibaldi"),
        ("Torino", "Corso Torino"),
        ("Mazzini", "Via Mazzini"),
        ("Indipendenza", "Piazza Indipendenza"),
        ("Tiziano", "Viale Tiziano"),
        ("Ghibellina", "Via Ghibellina"),
        ("Vittorio Emanuele", "Corso Vittorio Emanuele II"),
        ("Rose", "Vicolo delle Rose"),
    ],
    "hu_HU": [
        ("Váci", "Váci utca"),
        ("Andrássy", "Andrássy út"),
        ("Kossuth Lajos", "Kossuth Lajos u."),
        ("Rákóczi", "Rákóczi út"),
        ("Dózsa György", "Dózsa György út"),
        ("Király", "Király utca"),
        ("Tisza Lajos", "Tisza Lajos krt."),
        ("Petőfi", "Petőfi tér"),
    ],
    "hr_HR": [
        ("Ilica", "Ilica"),
        ("Vukovarska", "Vukovarska ulica"),
        ("Savska", "Savska cesta"),
        ("Marmontova", "Marmontova ulica"),
        ("Korzo", "Korzo"),
        ("Zrinjevac", "Trg Zrinjevac"),
        ("Frankopanska", "Frankopanska ulica"),
        ("Branimira", "Ulica kneza Branimira"),
    ],
    "sl_SI": [
        ("Slovenska", "Slovenska cesta"),
        ("Trubarjeva", "Trubarjeva ulica"),
        ("Gosposvetska", "Gosposvetska cesta"),
        ("Partizanska", "Partizanska cesta"),
        ("Čopova", "Čopova ulica"),
        ("Koroška", "Koroška cesta"),
        ("Vegova", "Vegova ulica"),
        ("Tržaška", "Tržaška cesta"),
    ],
}


# ---------------------------------------------------------------- address
_PROV = {
    "Milano": "MI",
    "Roma": "RM",
    "Torino": "TO",
    "Bologna": "BO",
    "Firenze": "FI",
    "Napoli": "NA",
    "Genova": "GE",
    "Padova": "PD",
}


STREET_TOWN = {
    "Passeig de Gràcia": "Barcelona",
    "Calle Marqués de Larios": "Málaga",
    "Calle Sierpes": "Sevilla",
    "Calle Ercilla": "Bilbao",
    "Paseo de la Independencia": "Zaragoza",
    "Calle de Alcalá": "Madrid",
    "Ilica": "Zagreb",
    "Marmontova ulica": "Split",
    "Korzo": "Rijeka",
    "Trg Zrinjevac": "Zagreb",
    "Meir": "Antwerpen",
    "Veldstraat": "Gent",
    "Bondgenotenlaan": "Leuven",
    "Vlamingstraat": "Brugge",
    "Kapucijnenvoer": "Leuven",
    "Kouter": "Gent",
    "Váci utca": "Budapest",
    "Andrássy út": "Budapest",
    "Király utca": "Budapest",
    "Tisza Lajos krt.": "Szeged",
    "Kramgasse": "Bern",
    "Spalenberg": "Basel",
    "Seefeldstrasse": "Zürich",
    "Pilatusstrasse": "Luzern",
    "Avenue Louise": "Ixelles",
    "Rue Vinâve d'Île": "Liège",
    "Rue Sainte-Walburge": "Liège",
    "Rue Neuve": "Bruxelles",
    "Slovenska cesta": "Ljubljana",
    "Trubarjeva ulica": "Ljubljana",
    "Čopova ulica": "Ljubljana",
    "Gosposvetska cesta": "Maribor",
    "Koroška cesta": "Maribor",
    "Via Ghibellina": "Firenze",
    "Viale Tiziano": "Roma",
    "Corso Vittorio Emanuele II": "Torino",
}


def address(r: random.Random, locale: str) -> tuple[str, str, list[str]]:
    toks, street = r.choice(STREETS[locale])
    pc, town = r.choice(TOWNS[locale])
    if street in STREET_TOWN:  # streets that exist in one town only
        pc, town = next(pt for pt in TOWNS[locale] if pt[1] == STREET_TOWN[street])
    no = str(r.randint(1, 180))
    if r.random() < 0.2:
        no += r.choice(["a", "b", "A"]) if locale not in ("en_US",) else ""
    if locale == "en_GB":
        inward = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{pc} {r.randint(1, 9)}{r.choice(inward)}{r.choice(inward)}"
    form = "street-first"
    if locale == "en_US":
        value = (
            f"{r.randint(100, 9899)} {street}"
            + (f", Apt {r.randint(2, 40)}" if r.random() < 0.3 else "")
            + f", {town} {pc}"
        )
    elif locale == "en_GB":
        value = f"{no} {street}, {town} {pc}"
    elif locale == "fr_FR":
        value = f"{no}{r.choice(['', ' bis'])} {street}, {pc} {town}"
    elif locale == "hu_HU":
        if r.random() < 0.5:
            value, form = f"{pc} {town}, {street} {no}.", "postcode-first"
        else:
            value = f"{town}, {street} {no}., {pc}"
    elif locale == "es_ES":
        value = (
            f"{street} {no}, {r.randint(1, 8)}º {r.choice('ABCD')}, {pc} {town}"
            if r.random() < 0.5
            else f"{street}, {no}, {pc} {town}"
        )
    elif locale == "it_IT":
        value = f"{street} {no}, {pc} {town}" + (f" ({_PROV[town]})" if r.random() < 0.5 else "")
    elif locale == "de_DE" and r.random() < 0.3:
        value, form = f"{street} {no} · {pc} {town}", "dot-separated"
    else:
        value = f"{street} {no}, {pc} {town}"
    frags = [
        f"t:{t}" for t in re.split(r"[\s\-]+", toks) if t.lower() not in PARTICLES and len(t) > 2
    ]
    frags.append(f"p:{pc}")
    return value, form, frags
