"""Streets, towns, postcodes and PO boxes per locale, typed by hand, and the address maker.

Fragments: "t:" a street-name token (no street-type word, no particle), "p:" the postcode whole,
"b:" a PO-box number whole.
"""

from __future__ import annotations

import random
import re

STREETS: dict[str, list[str]] = {
    "en_US": ["Wrightwood Ave", "Sullenberger Drive", "Buckeye Lane", "Hangar Road",
              "Persimmon Street", "Pinecrest Blvd", "Sassafras Court", "Bitterroot Way",
              "Redbud Avenue", "Quail Hollow Rd", "Pawpaw St", "Mesquite Ridge Drive"],
    "en_GB": ["Cranford Lane", "Bath Road", "Poyle Close", "Scylla Road", "Northolt Crescent",
              "Bramblewood Gardens", "Hazelbury Road", "Wellesley Terrace", "Kestrel Way",
              "Cowley Mill Road", "Orchard Mews", "Ashgrove Avenue"],
    "en_KY": ["Crewe Road", "Shedden Road", "Walkers Road", "Elgin Avenue", "Mary Street",
              "Eastern Avenue", "Smith Road", "North Church Street", "Frank Sound Road",
              "Hirst Road", "Anton Bodden Drive", "Bronze Road", "Sparky Drive"],
    "de_DE": ["Kelsterbacher Straße", "Hahnstraße", "Am Flughafen", "Lilienthalweg",
              "Gutenbergstraße", "Mönchhofallee", "Tränkgasse", "Ringstraße", "Fasanenweg",
              "Nordring", "Schwanheimer Ufer", "Bertha-Benz-Platz", "Kranichsteiner Allee"],
    "de_IT": ["Romstraße", "Mendelstraße", "Rittner Straße", "Gampenstraße",
              "Sparkassenstraße", "Lauben", "Dominikanerplatz", "Freiheitsstraße",
              "Via Resia", "Via Claudia Augusta", "Reschenstraße", "Brennerstraße"],
    "fr_FR": ["rue des Aviateurs", "avenue de l'Europe", "allée des Vergers",
              "impasse Mermoz", "boulevard Lavoisier", "chemin des Gravières", "rue Mozart",
              "place des Tilleuls", "venelle des Pêcheurs", "rue de la Croix-Rouge",
              "square Montsouris", "voie des Sureaux"],
    "fr_PF": ["rue des Remparts", "avenue Prince Hinoi", "boulevard Pomare",
              "rue Jeanne d'Arc", "servitude Teriinohorai", "rue du Commandant Destremau",
              "chemin de la Mission", "route de Tipaerui", "allée des Tiare",
              "rue Afarerii", "servitude Vaitarua"],
    "es_ES": ["Calle de Arturo Soria", "Avenida de la Hispanidad", "C/ Sierra de Gredos",
              "Paseo de los Olmos", "Plaza del Pilar", "Camino de la Fuensanta",
              "Calle de los Tintoreros", "Travesía de Velarde", "Ronda de Segovia",
              "Avda. de Andalucía", "Calle del Almendro"],
    "eu_ES": ["Iparragirre kalea", "Sabino Arana etorbidea", "Zamakola kalea",
              "Loiola hiribidea", "Askatasuna pasealekua", "Txorierri etorbidea",
              "Calle Licenciado Poza", "Errota bidea", "Ibaiondo plaza", "Kale Nagusia",
              "Lehendakari Agirre etorbidea"],
    "it_IT": ["Via dei Coronari", "Via degli Orti", "Viale delle Magnolie", "Via Gramsci",
              "Corso Sempione", "Piazza della Repubblica", "Via del Lavoro",
              "Vicolo Stretto", "Via Cristoforo Colombo", "Largo dei Falegnami",
              "Via della Dogana", "Strada Provinciale Malpensata"],
    "nl_NL": ["Scheltemastate", "Evert van de Beekstraat", "Kruisweg", "Jan Tooropstraat",
              "Oude Vaartkade", "Nieuwemeerdijk", "Bellsingel", "Spoorlaan", "Dorpsplein",
              "Vlielandstraat", "Rijnlanderweg", "Tulpenlaan"],
    "pt_PT": ["Rua dos Correeiros", "Avenida da Liberdade", "Rua do Comércio", "Travessa do Carmo",
              "Largo do Rato", "Alameda dos Oceanos", "Rua Dom João V", "Estrada da Circunvalação",
              "Praceta Aviador Plácido de Abreu", "Rua Alfredo Cunha", "Avenida Boavista"],
}

# words that are street types (dropped from fragments), per locale family
STREET_TYPES = {
    "ave", "avenue", "drive", "lane", "road", "street", "blvd", "court", "way", "rd", "st",
    "close", "crescent", "gardens", "terrace", "mews", "am", "straße", "allee", "platz",
    "ufer", "weg", "via", "rue", "allée", "impasse", "boulevard", "chemin", "place",
    "venelle", "square", "voie", "servitude", "route", "calle", "avenida", "c", "paseo",
    "plaza", "camino", "travesía", "ronda", "avda", "kalea", "etorbidea", "hiribidea",
    "pasealekua", "bidea", "kale", "viale", "corso", "piazza", "vicolo", "largo", "strada",
    "rua", "travessa", "alameda", "estrada", "praceta", "dom", "provinciale", "l", "d",
}
STREET_PARTICLES = {"de", "des", "du", "la", "le", "l'", "dei", "degli", "delle", "della",
                    "del", "di", "das", "do", "dos", "da", "van", "las", "los", "d"}

TOWNS: dict[str, list[tuple[str, str]]] = {
    "en_US": [("Hapeville, GA", "30354"), ("Romulus, MI", "48174"), ("Inglewood, CA", "90301"),
              ("Des Plaines, IL", "60018"), ("SeaTac, WA", "98158"), ("Irving, TX", "75063"),
              ("Erlanger, KY", "41018"), ("Jamaica, NY", "11430"), ("Wichita, KS", "67209")],
    "en_GB": [("Hounslow", "TW6"), ("Crawley", "RH6"), ("Luton", "LU2"), ("Manchester", "M90"),
              ("Bristol", "BS48"), ("Edinburgh", "EH12"), ("Stansted", "CM24"),
              ("Belfast", "BT3"), ("Prestwick", "KA9"), ("Bournemouth", "BH23")],
    "en_KY": [("George Town", "KY1-1104"), ("George Town", "KY1-1201"), ("West Bay", "KY1-1302"),
              ("Bodden Town", "KY1-1601"), ("East End", "KY1-1701"), ("Savannah", "KY1-1501"),
              ("Cayman Brac", "KY2-2001"), ("Little Cayman", "KY3-2501"),
              ("Camana Bay", "KY1-9006")],
    "de_DE": [("Frankfurt am Main", "60549"), ("Freising", "85356"), ("Kelsterbach", "65451"),
              ("Düsseldorf", "40474"), ("Stuttgart", "70629"), ("Hamburg", "22335"),
              ("Schönefeld", "12529"), ("Köln", "51147"), ("Schkeuditz", "04435"),
              ("Langenhagen", "30855"), ("Bremen", "28199")],
    "de_IT": [("Bozen", "39100"), ("Meran", "39012"), ("Brixen", "39042"), ("Bruneck", "39031"),
              ("Eppan", "39057"), ("Leifers", "39055"), ("Schlanders", "39028"),
              ("Sterzing", "39049"), ("Bolzano", "39100"), ("Merano", "39012")],
    "fr_FR": [("Roissy-en-France", "95700"), ("Orly", "94310"), ("Blagnac", "31700"),
              ("Colombier-Saugnieu", "69125"), ("Marignane", "13700"), ("Nice", "06200"),
              ("Mérignac", "33700"), ("Bouguenais", "44340"), ("Entzheim", "67960"),
              ("Lesquin", "59810")],
    "fr_PF": [("Papeete", "98714"), ("Papeete", "98713"), ("Faa'a", "98702"),
              ("Punaauia", "98718"), ("Pirae", "98716"), ("Arue", "98701"),
              ("Moorea", "98728"), ("Bora Bora", "98730"), ("Uturoa", "98735")],
    "es_ES": [("Madrid", "28042"), ("El Prat de Llobregat", "08820"), ("Málaga", "29004"),
              ("Manises", "46940"), ("Palma", "07611"), ("Sevilla", "41020"),
              ("Alicante", "03195"), ("Zaragoza", "50011"), ("Vigo", "36318")],
    "eu_ES": [("Bilbo", "48009"), ("Bilbao", "48012"), ("Loiu", "48180"), ("Hondarribia", "20280"),
              ("Donostia", "20018"), ("Vitoria-Gasteiz", "01010"), ("Leioa", "48940"),
              ("Durango", "48200"), ("Arrasate", "20500"), ("Galdakao", "48960")],
    "it_IT": [("Fiumicino (RM)", "00054"), ("Ferno (VA)", "21010"), ("Orio al Serio (BG)", "24050"),
              ("Napoli", "80144"), ("Venezia Tessera", "30173"), ("Bologna", "40132"),
              ("Caselle Torinese (TO)", "10072"), ("Catania", "95121"), ("Elmas (CA)", "09067")],
    "nl_NL": [("Schiphol", "1118"), ("Schiphol-Oost", "1117"), ("Hoofddorp", "2132"),
              ("Eindhoven", "5657"), ("Rotterdam", "3045"), ("Maastricht-Airport", "6199"),
              ("Eelde", "9761"), ("Badhoevedorp", "1171"), ("Aalsmeer", "1431")],
    "pt_PT": [("Lisboa", "1700"), ("Maia", "4470"), ("Faro", "8005"), ("Santa Cruz", "9100"),
              ("Porto", "4100"), ("Prior Velho", "2685"), ("Ponta Delgada", "9500"),
              ("Loures", "2670")],
}

_GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(loc: str, base: str, rng: random.Random) -> str:
    if loc == "en_GB":
        return f"{base} {rng.randint(1, 9)}{rng.choice(_GB_INWARD)}{rng.choice(_GB_INWARD)}"
    if loc == "nl_NL":
        letters = "ABCEGHJKLMNPRTVWXZ"
        return f"{base} {rng.choice(letters)}{rng.choice(letters)}"
    if loc == "pt_PT":
        return f"{base}-{rng.randint(0, 999):03d}"
    if loc == "en_US" and rng.random() < 0.3:
        return f"{base}-{rng.randint(1000, 9999)}"
    return base


def street_tokens(street: str) -> list[str]:
    out = []
    for tok in re.findall(r"[^\W\d_]+", street):
        low = tok.lower()
        if low in STREET_TYPES or low in STREET_PARTICLES or len(tok) < 3:
            continue
        out.append(tok)
    return out


def _house(loc: str, street: str, rng: random.Random) -> str:
    no = str(rng.randint(1, 180))
    if loc in ("en_US", "en_GB", "en_KY"):
        return f"{no} {street}"
    if loc in ("fr_FR", "fr_PF"):
        suffix = rng.choice(["", "", " bis", " ter"])
        return f"{no}{suffix}, {street}" if rng.random() < 0.2 else f"{no}{suffix} {street}"
    if loc in ("es_ES", "eu_ES", "pt_PT"):
        floor = {"es_ES": ["", ", 3.º B", ", 1.º izda.", ", bajo"],
                 "eu_ES": ["", ", 3. ezk.", ", 2. esk.", ", behea"],
                 "pt_PT": ["", ", 2.º Esq.", ", 4.º Dto.", ", r/c"]}[loc]
        return f"{street}, {no}{rng.choice(floor)}" if rng.random() < 0.6 else f"{street} {no}"
    if loc == "it_IT":
        return f"{street}, {no}" if rng.random() < 0.5 else f"{street} {no}"
    return f"{street} {no}"


_BOX = {
    "en_US": "PO Box {n}", "en_GB": "PO Box {n}", "en_KY": "P.O. Box {n}",
    "de_DE": "Postfach {n}", "de_IT": "Postfach {n}", "fr_FR": "BP {n}", "fr_PF": "BP {n}",
    "es_ES": "Apartado de Correos {n}", "eu_ES": "Posta-kutxa {n}", "it_IT": "Casella postale {n}",
    "nl_NL": "Postbus {n}", "pt_PT": "Apartado {n}",
}


def make_address(loc: str, rng: random.Random) -> tuple[str, list[str], str]:
    """(value, fragments, form): form is one of one-line, multi-line, pobox, no-postcode."""
    street = rng.choice(STREETS[loc])
    town, base = rng.choice(TOWNS[loc])
    pc = postcode(loc, base, rng)
    line1 = _house(loc, street, rng)
    frags = [f"t:{t}" for t in street_tokens(street)]
    roll = rng.random()
    if roll < 0.18:
        n = str(rng.randint(100, 99999))
        if loc == "de_DE":
            n = f"{rng.randint(10, 99)} 0{rng.randint(1, 9)} {rng.randint(10, 99)}"
        box = _BOX[loc].format(n=n)
        tail = _town_line(loc, town, pc)
        sep = ", " if rng.random() < 0.6 else "\n"
        return f"{box}{sep}{tail}", [f"b:{n}", f"p:{pc}"], "pobox"
    if roll < 0.35 or not frags:
        if not frags:
            return make_address(loc, rng)
        extra = {"en_KY": ", Grand Cayman", "fr_PF": ", Tahiti"}.get(loc, "")
        if rng.random() < 0.5:
            return f"{line1}{extra}", frags, "no-postcode"
        return f"{line1}, {town.split(',')[0]}", frags, "no-postcode"
    tail = _town_line(loc, town, pc)
    frags.append(f"p:{pc}")
    if roll < 0.7:
        return f"{line1}, {tail}", frags, "one-line"
    return f"{line1}\n{tail}", frags, "multi-line"


def _town_line(loc: str, town: str, pc: str) -> str:
    if loc in ("en_US",):
        return f"{town} {pc}"
    if loc == "en_GB":
        return f"{town.upper()} {pc}" if len(town) < 9 else f"{town} {pc}"
    if loc == "en_KY":
        island = "Grand Cayman" if pc.startswith("KY1") else town
        return f"{town}, {island} {pc}" if town != island else f"{town} {pc}"
    if loc == "fr_FR" and town == "Roissy-en-France":
        return f"{pc} {town}"
    if loc == "de_IT":
        return f"I-{pc} {town}" if town in ("Bozen", "Meran") else f"{pc} {town} (BZ)"
    return f"{pc} {town}"
