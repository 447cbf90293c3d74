"""Real town/postcode pairs and plausible streets per country; address values with fragments."""

from __future__ import annotations

import random

from .twentyfifth_ids import digits

_GB_IN = "ABDEFGHJLNPQRSTUWXYZ"

# town, postcode prefix or full postcode; streets are (name tokens, type word)
TOWNS = {
    "en_US": [("Portland, OR", "97214"), ("Austin, TX", "78704"), ("Denver, CO", "80206"),
              ("Chicago, IL", "60614"), ("Brooklyn, NY", "11215"), ("Seattle, WA", "98103"),
              ("Madison, WI", "53703"), ("Boston, MA", "02116"), ("Atlanta, GA", "30306"),
              ("Minneapolis, MN", "55408"), ("Ann Arbor, MI", "48104"), ("Raleigh, NC", "27601")],
    "en_GB": [("Leeds", "LS6"), ("Manchester", "M20"), ("Bristol", "BS7"), ("Edinburgh", "EH10"),
              ("Cardiff", "CF24"), ("Glasgow", "G12"), ("Sheffield", "S11"), ("York", "YO10"),
              ("Nottingham", "NG7"), ("Brighton", "BN1"), ("Norwich", "NR2"), ("Oxford", "OX4")],
    "de_DE": [("Berlin", "10969"), ("Hamburg", "20357"), ("München", "80469"), ("Köln", "50667"),
              ("Frankfurt am Main", "60311"), ("Leipzig", "04109"), ("Dresden", "01067"),
              ("Stuttgart", "70173"), ("Bremen", "28195"), ("Nürnberg", "90402"),
              ("Münster", "48143"), ("Heidelberg", "69117")],
    "fr_FR": [("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13006"),
              ("Toulouse", "31000"), ("Bordeaux", "33000"), ("Nantes", "44000"),
              ("Lille", "59000"), ("Strasbourg", "67000"), ("Rennes", "35000"),
              ("Montpellier", "34000"), ("Nice", "06000"), ("Dijon", "21000")],
    "es_ES": [("Madrid", "28005"), ("Barcelona", "08012"), ("Valencia", "46001"),
              ("Sevilla", "41003"), ("Bilbao", "48001"), ("Zaragoza", "50001"),
              ("Málaga", "29001"), ("A Coruña", "15003"), ("Granada", "18001"),
              ("Oviedo", "33003"), ("Salamanca", "37002"), ("Pamplona", "31001")],
    "it_IT": [("Roma", "00184"), ("Milano", "20121"), ("Torino", "10122"), ("Bologna", "40121"),
              ("Firenze", "50122"), ("Napoli", "80134"), ("Genova", "16121"),
              ("Padova", "35121"), ("Verona", "37121"), ("Palermo", "90133"), ("Bari", "70122"),
              ("Trieste", "34121")],
    "lt_LT": [("Vilnius", "LT-01"), ("Vilnius", "LT-08"), ("Vilnius", "LT-10"),
              ("Kaunas", "LT-44"), ("Kaunas", "LT-50"), ("Klaipėda", "LT-92"),
              ("Šiauliai", "LT-76"), ("Panevėžys", "LT-35"), ("Alytus", "LT-62"),
              ("Utena", "LT-28")],
    "lv_LV": [("Rīga", "LV-1010"), ("Rīga", "LV-1050"), ("Rīga", "LV-1011"),
              ("Rīga", "LV-1048"), ("Jelgava", "LV-3001"), ("Liepāja", "LV-3401"),
              ("Daugavpils", "LV-5401"), ("Valmiera", "LV-4201"), ("Ventspils", "LV-3601"),
              ("Jūrmala", "LV-2015"), ("Cēsis", "LV-4101"), ("Ogre", "LV-5001")],
    "et_EE": [("Tallinn", "10111"), ("Tallinn", "10117"), ("Tallinn", "10412"),
              ("Tallinn", "13516"), ("Tartu", "50090"), ("Tartu", "51004"),
              ("Pärnu", "80010"), ("Narva", "20308"), ("Viljandi", "71020"),
              ("Rakvere", "44307"), ("Haapsalu", "90502"), ("Kuressaare", "93815")],
    "is_IS": [("Reykjavík", "101"), ("Reykjavík", "105"), ("Reykjavík", "107"),
              ("Kópavogur", "200"), ("Garðabær", "210"), ("Hafnarfjörður", "220"),
              ("Akureyri", "600"), ("Selfoss", "800"), ("Reykjanesbær", "230"),
              ("Ísafjörður", "400"), ("Egilsstaðir", "700"), ("Borgarnes", "310")],
}

STREETS = {
    "en_US": ["Maple Avenue", "Juniper Street", "Alder Lane", "Hawthorne Boulevard",
              "Clement Drive", "Riverside Avenue", "Kettle Creek Road", "Magnolia Court",
              "Osage Street", "Whitfield Place", "Larkspur Way", "Fulton Terrace"],
    "en_GB": ["Elm Grove", "Ashbourne Road", "Kelso Street", "Marlowe Crescent",
              "Heathfield Avenue", "Quarry Lane", "Belvoir Terrace", "Thornbury Close",
              "Wellgate Road", "Primrose Hill Gardens", "Cotswold Mews", "Lark Rise"],
    "de_DE": ["Lindenstraße", "Am Kirschgarten", "Buchenweg", "Schillerplatz",
              "Holunderweg", "Gneisenaustraße", "Ulmenallee", "Brunnenstraße",
              "Wiesengrund", "Kastanienallee", "Birkenhof", "Auf dem Hügel"],
    "fr_FR": ["rue des Lilas", "avenue de la Tranchée", "rue du Faubourg Bonnefoy",
              "boulevard des Tilleuls", "impasse des Glycines", "rue de la Verrerie",
              "allée des Acacias", "chemin des Vignes", "rue Lamartine", "quai de la Fosse",
              "place des Halles", "rue du Moulin Vert"],
    "es_ES": ["Calle de Toledo", "Calle Mayor", "Avenida de los Almendros",
              "Calle del Olivar", "Paseo de la Alameda", "Calle Alcalá Galiano",
              "Calle de las Huertas", "Ronda de Valencia", "Calle Zurbano",
              "Plaza de la Merced", "Calle Jazmín", "Travesía del Pinar"],
    "it_IT": ["Via Garibaldi", "Via dei Mille", "Corso Vittorio Emanuele", "Via Mazzini",
              "Viale dei Tigli", "Via delle Rose", "Piazza della Pace", "Via San Donato",
              "Vicolo del Pozzo", "Via Cavour", "Via dei Glicini", "Largo Ghiberti"],
    "lt_LT": ["Gedimino pr.", "Pylimo g.", "Savanorių pr.", "Laisvės al.", "Taikos pr.",
              "Žalgirio g.", "Antakalnio g.", "Ukmergės g.", "Vilniaus g.", "Liepų g.",
              "Kalvarijų g.", "Ąžuolyno g."],
    "lv_LV": ["Brīvības iela", "Tērbatas iela", "Dzirnavu iela", "Lāčplēša iela",
              "Miera iela", "Brīvības gatve", "Kalnciema iela", "Aspazijas bulvāris",
              "Raiņa bulvāris", "Ganību dambis", "Ozolu iela", "Skolas iela"],
    "et_EE": ["Narva mnt", "Telliskivi tn", "Tartu mnt", "Rüütli tn", "Kaarli pst",
              "Vene tn", "Aia põik", "Kalda tn", "Pärnu mnt", "Lille tn", "Männi põik",
              "Sõpruse pst"],
    "is_IS": [("Laugavegur", "Laugavegi"), ("Hverfisgata", "Hverfisgötu"),
              ("Skólavörðustígur", "Skólavörðustíg"), ("Bankastræti", "Bankastræti"),
              ("Suðurgata", "Suðurgötu"), ("Njálsgata", "Njálsgötu"),
              ("Grettisgata", "Grettisgötu"), ("Lindargata", "Lindargötu"),
              ("Bergstaðastræti", "Bergstaðastræti")],
}

TYPE_WORDS = {"avenue", "street", "lane", "boulevard", "drive", "road", "court", "place", "way",
              "terrace", "grove", "crescent", "close", "mews", "gardens", "rise", "rue",
              "impasse", "allée", "chemin", "quai", "calle", "paseo", "ronda", "plaza",
              "travesía", "via", "viale", "corso", "piazza", "vicolo", "largo", "pr.", "g.",
              "al.", "iela", "gatve", "bulvāris", "dambis", "mnt", "tn", "pst", "põik", "am",
              "auf", "dem", "de", "des", "du", "la", "le", "del", "dei", "delle", "della",
              "los", "las", "avenida", "hill", "creek", "ielā", "gatvē", "bulvārī", "dambī",
              "street,", "road,", "main", "residencial", "condominio", "urbanización",
              "barrio", "colonia"}

# streets found in many Icelandic towns, used outside Reykjavík
IS_TOWN_STREETS = [("Hringbraut", "Hringbraut"), ("Hafnarstræti", "Hafnarstræti"),
                   ("Austurvegur", "Austurvegi"), ("Aðalgata", "Aðalgötu"),
                   ("Kirkjuvegur", "Kirkjuvegi"), ("Hlíðarvegur", "Hlíðarvegi"),
                   ("Strandgata", "Strandgötu")]

JM = [("Hope Road", "Kingston 6"), ("Barbican Road", "Kingston 8"),
      ("Constant Spring Road", "Kingston 10"), ("Red Hills Road", "Kingston 19"),
      ("Lady Musgrave Road", "Kingston 5"), ("Mannings Hill Road", "Kingston 8"),
      ("Gloucester Avenue", "Montego Bay, St. James"), ("Graham Street", "Ocho Rios, St. Ann"),
      ("Caledonia Road", "Mandeville, Manchester"), ("Old Hope Road", "Kingston 6"),
      ("Hagley Park Road", "Kingston 11"), ("Waltham Park Road", "Kingston 13")]

CR_TOWNS = [("San Pedro, Montes de Oca", "11501"), ("Sabanilla, Montes de Oca", "11502"),
            ("Barrio Escalante, San José", "10101"), ("Rohrmoser, Pavas", "10901"),
            ("Escazú centro", "10201"), ("Heredia centro", "40101"),
            ("San Francisco de Dos Ríos", "10107"), ("Curridabat", "11801"),
            ("Cartago centro", "30101"), ("Alajuela centro", "20101"),
            ("Santa Ana", "10901"), ("Tibás", "11301")]
CR_PLACES = ["Residencial Los Almendros", "Condominio Vista Real", "Urbanización La Arboleda",
             "Residencial Monterrosa", "Condominio Los Guayabos", "Barrio La Granadilla",
             "Urbanización Las Magnolias", "Residencial El Roble", "Condominio Cipreses",
             "Barrio Los Yoses", "Urbanización Colonia Kennedy", "Residencial Lomas del Sol"]
CR_LANDMARKS = ["la iglesia católica", "el Palí", "la plaza de deportes", "el Más x Menos",
                "la escuela", "el antiguo cine", "la bomba", "el parque central"]
LV_LOC = {"iela": "ielā", "gatve": "gatvē", "bulvāris": "bulvārī", "dambis": "dambī"}


def _postcode(rng: random.Random, locale: str, pc: str) -> str:
    if locale == "en_GB":
        return f"{pc} {rng.randint(1, 9)}{rng.choice(_GB_IN)}{rng.choice(_GB_IN)}"
    if locale == "lt_LT":
        return pc + digits(rng, 3)
    return pc


def _frags(street: str, pc: str) -> list[str]:
    out = []
    for tok in street.replace(",", " ").split():
        if tok.lower() not in TYPE_WORDS and not tok[0].isdigit() and len(tok) > 2:
            out.append("t:" + tok)
    if pc:
        out.append("p:" + pc)
    return out


def address(rng: random.Random, locale: str, case: str = "nom") -> tuple[str, str, list[str]]:
    """(value as written, written form, fragments)."""
    n = str(rng.randint(1, 140))
    if locale == "en_JM":
        street, district = rng.choice(JM)
        lot = rng.choice(["", "", "Lot ", "Apt 3, ", "Shop 12, "])
        value = f"{lot}{rng.randint(2, 96)} {street}, {district}"
        return value, "jm_district", _frags(street, "")
    if locale == "es_CR":
        town, pc = rng.choice(CR_TOWNS)
        place = rng.choice(CR_PLACES)
        if rng.random() < 0.5:
            mark = rng.choice(CR_LANDMARKS)
            m = rng.choice(["100", "200", "300", "150", "50"])
            way = rng.choice(["norte", "sur", "este", "oeste"])
            value = f"{town}, de {mark} {m} metros al {way}, {place}, casa {n}"
            if rng.random() < 0.5:
                value += f", {pc}"
                return value, "cr_senas_pc", _frags(place, pc)
            return value, "cr_senas", _frags(place, "")
        value = f"{place}, casa {n}, {town} {pc}"
        return value, "cr_place_pc", _frags(place, pc)
    town, pc0 = rng.choice(TOWNS[locale])
    pc = _postcode(rng, locale, pc0)
    street = rng.choice(STREETS[locale])
    town_words = set(town.lower().replace(",", " ").split())
    while locale != "is_IS" and town_words & set(street.lower().split()):
        street = rng.choice(STREETS[locale])  # no street named after its own town
    if locale == "is_IS":
        nom, dat = street if town == "Reykjavík" else rng.choice(IS_TOWN_STREETS)
        street = dat if case == "dat" else nom
        value = f"{street} {n}, {pc} {town}"
        return value, "is_dat" if case == "dat" else "is_nom", _frags(street, pc)
    if locale == "lv_LV" and case == "loc":
        words = street.split()
        street = " ".join(words[:-1] + [LV_LOC[words[-1]]])
        value = f"{street} {n}, {town}, {pc}"
        return value, "lv_locative", _frags(street, pc)
    form = rng.choice(["full", "full", "full", "street"])
    if locale == "en_US":
        apt = rng.choice(["", "", f", Apt {rng.randint(1, 9)}{rng.choice('ABC')}",
                          f", Suite {rng.randint(100, 450)}"])
        value = f"{rng.randint(100, 9899)} {street}{apt}"
        if form == "full":
            value += f", {town} {pc}"
    elif locale == "en_GB":
        value = f"{n} {street}"
        if form == "full":
            value += f", {town} {pc}"
    elif locale == "fr_FR":
        value = f"{n}{rng.choice(['', '', ' bis'])} {street}"
        if form == "full":
            value += f", {pc} {town}"
    elif locale == "es_ES":
        floor = rng.choice(["", f", {rng.randint(1, 7)}º {rng.choice('ABCD')}",
                            f", {rng.randint(1, 5)}.º izq."])
        value = f"{street}, {n}{floor}"
        if form == "full":
            value += f", {pc} {town}"
    elif locale == "lv_LV":
        value = f"{street} {n}"
        if form == "full":
            value += f", {town}, {pc}"
    elif locale == "lt_LT":
        value = f"{street} {n}{rng.choice(['', '', '-' + str(rng.randint(1, 60))])}"
        if form == "full":
            value += f", {pc} {town}"
    elif locale == "et_EE":
        value = f"{street} {n}{rng.choice(['', '', 'a', '-' + str(rng.randint(1, 40))])}"
        if form == "full":
            value += f", {pc} {town}"
    else:  # de_DE, it_IT
        value = f"{street} {n}"
        if form == "full":
            value += f", {pc} {town}"
    if form == "street":
        return value, "street_only", _frags(street, "")
    return value, "full", _frags(street, pc)
