"""Thirty-first set: streets, towns/postcodes, addresses and national ids, written by hand."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets.thirtyfirst_people import PARTICLES
from trainer_dev.redaction_sets.thirtyfirst_values import (
    _DE_ID,
    _d,
    aba_ok,
    de_id_check,
    dni_letter,
    it_check_char,
    luhn_complete,
    ma_rib_key,
    steuer_complete,
    steuer_ok,
    windows,
)


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


STREET_TYPES = {
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "drive",
    "dr",
    "way",
    "place",
    "court",
    "blvd",
    "boulevard",
    "close",
    "crescent",
    "row",
    "terrace",
    "hill",
    "square",
    "rue",
    "allée",
    "chemin",
    "impasse",
    "quai",
    "cours",
    "bd",
    "av",
    "calle",
    "avenida",
    "av.",
    "paseo",
    "plaza",
    "camino",
    "carrera",
    "vía",
    "carrer",
    "rúa",
    "via",
    "viale",
    "vicolo",
    "piazza",
    "corso",
    "largo",
    "rua",
    "travessa",
    "estrada",
    "plot",
    "derb",
    "zanka",
    "straße",
    "strasse",
    "weg",
    "platz",
    "allee",
    "ring",
    "gasse",
    "damm",
}

# streets per locale (names written whole; tokens other than type words and particles are
# the street fragments)
STREETS = {
    "en_US": _s(
        "Maple Grove Rd|Wadsworth Ave|Bellflower Street|Cranberry Lane|Tamarack Dr|"
        "Pinecrest Blvd|Old Mill Road|Larkspur Court|Quarry Hill Rd|Harbison Way|"
        "Sycamore Bend Dr|Riverside Terrace|Greenbriar Ln|Copperfield Ave"
    ),
    "en_GB": _s(
        "Holloway Lane|Tanner's Row|Mill Hill Road|Brunswick Terrace|Kettlewell Close|"
        "Abbeydale Road|Farrier Street|Cobden Crescent|Marlowe Place|Thistlewood Drive|"
        "Gorsey Lane|Whitehorse Street|Lavender Hill|Carrow Road"
    ),
    "de_DE": _s(
        "Lindenstraße|Am Kupfergraben|Mühlenweg|Rosenthaler Straße|Kastanienallee|"
        "Holzmarktstraße|Hafenstraße|Brunnengasse|Schlossplatz|Eichendorffweg|"
        "Königsberger Ring|Auf dem Kamp|Weinbergsweg|Fischerdamm"
    ),
    "fr_FR": _s(
        "rue des Tanneurs|avenue des Tilleuls|rue du Pressoir|quai de la Fosse|"
        "allée des Vignerons|rue Mercière|impasse du Four|boulevard Voltaire|"
        "chemin des Oliviers|rue de la Charité|cours Julien|place du Marché-aux-Herbes|"
        "rue des Capucins|avenue de Saxe"
    ),
    "es_ES": _s(
        "Calle de Alcalá|Calle del Pez|Avenida de la Albufera|Calle Ruzafa|"
        "Paseo de la Castellana|Calle Laurel|Carrer de Blai|Calle Tetuán|"
        "Avenida Menéndez Pelayo|Calle Pintor Sorolla|Calle Almirante|Calle Jovellanos|"
        "Rúa do Franco|Calle Cuchilleros"
    ),
    "it_IT": _s(
        "Via dei Fossi|Via San Gallo|Corso Buenos Aires|Via Toledo|Vicolo del Cedro|"
        "Via della Spiga|Piazza delle Erbe|Via Indipendenza|Viale Monza|"
        "Via dei Coronari|Via Garibaldi|Largo Argentina|Via Po|Via Pignolo"
    ),
    "es_DO": _s(
        "Calle El Conde|Avenida Abraham Lincoln|Calle Arzobispo Meriño|"
        "Avenida Winston Churchill|Calle Hostos|Avenida Sarasota|Calle Padre Billini|"
        "Avenida Tiradentes|Calle Las Damas|Avenida Gustavo Mejía Ricart|"
        "Calle Beller|Avenida Venezuela|Calle Isabel la Católica"
    ),
    "pt_AO": _s(
        "Rua Major Kanhangulo|Rua Rainha Ginga|Avenida Lenine|Rua Amílcar Cabral|"
        "Rua dos Coqueiros|Avenida Comandante Valódia|Rua Direita da Samba|"
        "Rua Frederico Welwitsch|Rua Marien Ngouabi|Rua Che Guevara|"
        "Travessa da Sorte|Avenida Ho Chi Minh"
    ),
    "en_TZ": _s(
        "Samora Avenue|Ali Hassan Mwinyi Road|Haile Selassie Road|Kaunda Drive|"
        "Toure Drive|Msasani Road|Mikocheni Road|Bibi Titi Mohamed Street|"
        "Makongoro Road|Boma Road|Sokoine Road|Nyerere Road|Chole Road"
    ),
    "es_PA": _s(
        "Calle Uruguay|Avenida Balboa|Vía España|Calle Aquilino de la Guardia|"
        "Avenida Samuel Lewis|Vía Argentina|Calle Eusebio A. Morales|Avenida Perú|"
        "Calle Manuel María Icaza|Vía Porras|Avenida Cuba|Calle Elvira Méndez"
    ),
    "fr_MA": _s(
        "rue Abou Bakr Seddik|boulevard d'Anfa|avenue Mohammed Ben Abdellah|"
        "rue Tarik Ibn Ziad|boulevard Zerktouni|rue Ibn Battouta|avenue de France|"
        "rue Oued Ziz|boulevard Moulay Youssef|rue Sebou|avenue Al Araar|rue Jbel Toubkal"
    ),
    "en_BW": _s(
        "Nelson Mandela Drive|Khama Crescent|Independence Avenue|Queens Road|"
        "Botswana Road|Kudumatse Drive|Nyerere Drive|Limpopo Drive|Molepolole Road|"
        "Chuma Drive|Lekgarapa Crescent|Mmaraka Road"
    ),
}

# towns with postcode (or "" where postcodes are not used) and a third field (state, region)
TOWNS = {
    "en_US": [
        ("Columbus", "43215", "OH"),
        ("Savannah", "31401", "GA"),
        ("Boise", "83702", "ID"),
        ("Tucson", "85701", "AZ"),
        ("Portland", "04101", "ME"),
        ("Madison", "53703", "WI"),
        ("Asheville", "28801", "NC"),
        ("Spokane", "99201", "WA"),
        ("Tulsa", "74103", "OK"),
        ("Providence", "02903", "RI"),
    ],
    "en_GB": [
        ("Leeds", "LS6 2QT", ""),
        ("Bristol", "BS1 5TR", ""),
        ("Norwich", "NR2 4PD", ""),
        ("Manchester", "M4 1HN", ""),
        ("Cardiff", "CF10 1EP", ""),
        ("York", "YO1 7HU", ""),
        ("Brighton", "BN1 3FJ", ""),
        ("Edinburgh", "EH6 6QU", ""),
        ("Sheffield", "S11 8YL", ""),
        ("Belfast", "BT7 1NN", ""),
    ],
    "de_DE": [
        ("Berlin", "10115", ""),
        ("Hamburg", "20459", ""),
        ("München", "80331", ""),
        ("Köln", "50667", ""),
        ("Leipzig", "04109", ""),
        ("Freiburg im Breisgau", "79098", ""),
        ("Bremen", "28195", ""),
        ("Dresden", "01067", ""),
        ("Mainz", "55116", ""),
        ("Lübeck", "23552", ""),
    ],
    "fr_FR": [
        ("Lyon", "69002", ""),
        ("Nantes", "44000", ""),
        ("Marseille", "13001", ""),
        ("Bordeaux", "33000", ""),
        ("Lille", "59800", ""),
        ("Strasbourg", "67000", ""),
        ("Dijon", "21000", ""),
        ("Montpellier", "34000", ""),
        ("Rennes", "35000", ""),
        ("Annecy", "74000", ""),
    ],
    "es_ES": [
        ("Madrid", "28009", ""),
        ("Valencia", "46004", ""),
        ("Sevilla", "41004", ""),
        ("Bilbao", "48005", ""),
        ("Zaragoza", "50001", ""),
        ("Málaga", "29015", ""),
        ("Santiago de Compostela", "15705", ""),
        ("Barcelona", "08001", ""),
        ("Oviedo", "33003", ""),
        ("Logroño", "26001", ""),
    ],
    "it_IT": [
        ("Firenze", "50123", "FI"),
        ("Milano", "20121", "MI"),
        ("Napoli", "80134", "NA"),
        ("Bologna", "40126", "BO"),
        ("Torino", "10123", "TO"),
        ("Roma", "00186", "RM"),
        ("Bergamo", "24122", "BG"),
        ("Verona", "37121", "VR"),
        ("Palermo", "90133", "PA"),
        ("Lecce", "73100", "LE"),
    ],
    "es_DO": [
        ("Santo Domingo", "10210", "Zona Colonial"),
        ("Santiago de los Caballeros", "51000", "Los Jardines"),
        ("Punta Cana", "23000", "Bávaro"),
        ("La Romana", "22000", "Centro"),
        ("Puerto Plata", "57000", "Centro"),
        ("Santo Domingo", "10148", "Piantini"),
        ("Santo Domingo", "10135", "Naco"),
    ],
    "pt_AO": [
        ("Luanda", "", "Ingombota"),
        ("Luanda", "", "Maianga"),
        ("Luanda", "", "Talatona"),
        ("Benguela", "", "Centro"),
        ("Lubango", "", "Comercial"),
        ("Huambo", "", "Cidade Alta"),
        ("Lobito", "", "Restinga"),
    ],
    "en_TZ": [
        ("Dar es Salaam", "11101", "Ilala"),
        ("Dar es Salaam", "14111", "Kinondoni"),
        ("Arusha", "23101", "Arusha CBD"),
        ("Moshi", "25101", "Kilimanjaro"),
        ("Zanzibar", "71101", "Stone Town"),
        ("Mwanza", "33101", "Nyamagana"),
        ("Dodoma", "41101", "Dodoma Mjini"),
    ],
    "es_PA": [
        ("Panamá", "", "Bella Vista"),
        ("Panamá", "", "Obarrio"),
        ("Panamá", "", "San Francisco"),
        ("David", "", "Chiriquí"),
        ("Boquete", "", "Chiriquí"),
        ("Colón", "", "Colón"),
        ("Panamá", "", "El Cangrejo"),
    ],
    "fr_MA": [
        ("Casablanca", "20250", "Maârif"),
        ("Rabat", "10020", "Agdal"),
        ("Marrakech", "40000", "Guéliz"),
        ("Fès", "30050", "Ville Nouvelle"),
        ("Tanger", "90000", "Malabata"),
        ("Agadir", "80000", "Talborjt"),
        ("Essaouira", "44000", "Médina"),
    ],
    "en_BW": [
        ("Gaborone", "", "Main Mall"),
        ("Gaborone", "", "Broadhurst"),
        ("Francistown", "", "Blue Town"),
        ("Maun", "", "Matlapana"),
        ("Kasane", "", "Plateau"),
        ("Palapye", "", "Extension 5"),
        ("Gaborone", "", "Phakalane"),
    ],
}


def street_tokens(street: str) -> list[str]:
    toks = [t for t in re.split(r"[\s\-]+", street) if t]
    out = []
    for t in toks:
        low = t.lower().strip(".,")
        if low in STREET_TYPES or low in PARTICLES or not re.search(r"[^\W\d]", t):
            continue
        if len(low.rstrip(".")) <= 1 or low.startswith("d'"):
            t = t[2:] if low.startswith("d'") else t
            if len(t) <= 1:
                continue
        out.append(t.strip(".,"))
    return out


def address(r, loc: str) -> tuple[str, list[str], str]:
    """(written address, fragments, form)."""
    street = r.choice(STREETS[loc])
    town, pc, reg = r.choice(TOWNS[loc])
    num = str(r.randint(2, 240))
    frags = ["t:" + t for t in street_tokens(street)]
    box = r.random() < 0.18
    multi = r.random() < 0.35
    if box:
        return _box(r, loc, town, pc, reg, frags)
    if loc == "en_US":
        line1, line2 = f"{num} {street}", f"{town}, {reg} {pc}"
    elif loc == "en_GB":
        line1, line2 = f"{num} {street}", f"{town} {pc}"
    elif loc in ("de_DE",):
        line1, line2 = f"{street} {num}", f"{pc} {town}"
    elif loc == "fr_FR":
        line1, line2 = f"{num} {street}", f"{pc} {town}"
    elif loc == "fr_MA":
        line1, line2 = f"{num}, {street}, {reg}", f"{pc} {town}"
    elif loc == "es_ES":
        piso = r.choice(["", f", {r.randint(1, 6)}º {r.choice('ABCD')}", ", bajo"])
        line1, line2 = f"{street} {num}{piso}", f"{pc} {town}"
    elif loc == "it_IT":
        line1, line2 = f"{street} {num}", f"{pc} {town} {reg}"
    elif loc == "es_DO":
        line1, line2 = f"{street} #{num}, {reg}", f"{town} {pc}"
    elif loc == "en_TZ":
        line1, line2 = f"Plot {num}, {street}, {reg}", f"{town} {pc}"
    elif loc == "pt_AO":
        line1, line2 = f"{street}, n.º {num}, {reg}", f"{town}"
        pc = ""
    elif loc == "es_PA":
        bld = r.choice(
            [
                "Edificio Torre Las Américas",
                "PH Vista Marina",
                "Edificio Plaza Omega",
                "Local 3",
                "Casa",
            ]
        )
        line1, line2 = f"{street}, {bld} {num}, {reg}", f"{town}"
    elif loc == "en_BW":
        line1, line2 = f"Plot {r.randint(1000, 60000)}, {street}, {reg}", f"{town}"
    else:
        raise KeyError(loc)
    if pc:
        frags.append("p:" + pc)
    style = r.random()
    if multi:
        return f"{line1}\n{line2}", frags, "multi_line"
    if style < 0.2 and pc:
        return f"{line1} {line2}", frags, "one_line_nocomma"
    if style < 0.35 and pc:
        return f"{line1}, {town}", [f for f in frags if not f.startswith("p:")], "street_town"
    return f"{line1}, {line2}", frags, "one_line"


def _box(r, loc, town, pc, reg, street_frags):
    n = str(r.randint(100, 9999))
    if loc == "en_US":
        return f"PO Box {n}, {town}, {reg} {pc}", ["p:" + n, "p:" + pc], "po_box"
    if loc == "en_GB":
        return f"PO Box {n}\n{town} {pc}", ["p:" + n, "p:" + pc], "po_box"
    if loc == "de_DE":
        b = f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        return f"Postfach {b}, {pc} {town}", ["p:" + b, "p:" + pc], "postfach"
    if loc in ("fr_FR", "fr_MA"):
        cedex = " Cedex" if loc == "fr_FR" and r.random() < 0.5 else ""
        return f"BP {n}, {pc} {town}{cedex}", ["p:" + n, "p:" + pc], "bp"
    if loc == "es_ES":
        return f"Apartado de Correos {n}, {pc} {town}", ["p:" + n, "p:" + pc], "apartado"
    if loc == "it_IT":
        return f"Casella Postale {n}, {pc} {town}", ["p:" + n, "p:" + pc], "casella"
    if loc == "es_DO":
        return f"Apartado Postal {n}, {town}", ["p:" + n], "apartado"
    if loc == "pt_AO":
        return f"Caixa Postal {n}, {town}", ["p:" + n], "caixa_postal"
    if loc == "en_TZ":
        return f"P.O. Box {n}, {town}", ["p:" + n], "po_box"
    if loc == "es_PA":
        b = f"08{r.randint(16, 34)}-{r.randint(0, 9999):05d}"
        return f"Apartado {b}, {town}", ["p:" + b], "apartado"
    if loc == "en_BW":
        if r.random() < 0.5:
            return f"Private Bag {int(n):05d}, {town}", [f"p:{int(n):05d}"], "private_bag"
        return f"P O Box {n}, {town}", ["p:" + n], "po_box"
    raise KeyError(loc)


# ---- national ids and local bank values ---------------------------------------------------
CF_COMUNI = ["H501", "F205", "D612", "F839", "A944", "L219", "L736", "A794", "G273", "E506"]
AO_PROV = ["LA", "BA", "HO", "HA", "CA", "BE", "ME", "UE", "ZE", "NE", "BO"]
IBAN_HAS = {"en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "es_DO", "pt_AO"}


def _frags_id(v: str) -> list[str]:
    w = windows(v)
    return w if w else ["s:" + v]


def national_id(r, loc: str) -> tuple[str, list[str], str]:
    """A person's national id in a local form: (value, fragments, form)."""
    if loc == "en_US":
        a = r.choice([r.randint(1, 665), r.randint(667, 899)])
        d = f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        f = r.choice(["ssn_dashed", "ssn_dashed", "ssn_spaced", "ssn_compact"])
        v = {
            "ssn_dashed": f"{d[:3]}-{d[3:5]}-{d[5:]}",
            "ssn_spaced": f"{d[:3]} {d[3:5]} {d[5:]}",
            "ssn_compact": d,
        }[f]
    elif loc == "en_GB":
        if r.random() < 0.55:
            p = r.choice(["AB", "CE", "JK", "NP", "SR", "WL", "HT", "PX", "RM", "ZA", "EH"])
            d = _d(r, 6)
            suf = r.choice("ABCD")
            f = r.choice(["nino", "nino_spaced"])
            v = f"{p}{d}{suf}" if f == "nino" else f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"
        else:
            while True:
                b = _d(r, 9)
                c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
                c = 0 if c == 11 else c
                if c != 10 and b[0] != "0":
                    break
            d = b + str(c)
            f = "nhs"
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
    elif loc == "de_DE":
        if r.random() < 0.6:
            while True:
                body = str(r.randint(1, 9)) + _d(r, 9)
                full = steuer_complete(body)
                if steuer_ok(full):
                    break
            f = r.choice(["steuer_id", "steuer_id_compact"])
            v = f"{full[:2]} {full[2:5]} {full[5:8]} {full[8:]}" if f == "steuer_id" else full
        else:
            body = "".join(r.choice(_DE_ID) for _ in range(1)) + "".join(
                r.choice(_DE_ID + "0123456789") for _ in range(8)
            )
            v, f = body + de_id_check(body), "personalausweis"
    elif loc == "fr_FR":
        sx, yy, mm = r.choice("12"), f"{r.randint(50, 99):02d}", f"{r.randint(1, 12):02d}"
        dep, com, ordn = r.choice(["69", "75", "13", "33", "44", "59", "67"]), _d(r, 3), _d(r, 3)
        num = int(sx + yy + mm + dep + com + ordn)
        key = f"{97 - num % 97:02d}"
        f = r.choice(["nir", "nir_compact"])
        v = (
            f"{sx} {yy} {mm} {dep} {com} {ordn} {key}"
            if f == "nir"
            else (sx + yy + mm + dep + com + ordn + key)
        )
    elif loc == "es_ES":
        if r.random() < 0.7:
            n = r.randint(10000000, 79999999)
            f = r.choice(["dni", "dni", "dni_dotted"])
            v = (
                f"{n}{dni_letter(n)}"
                if f == "dni"
                else (f"{str(n)[:2]}.{str(n)[2:5]}.{str(n)[5:]}-{dni_letter(n)}")
            )
        else:
            p = r.choice("XYZ")
            n = r.randint(1000000, 9999999)
            v, f = f"{p}{n:07d}{dni_letter(int(str('XYZ'.index(p)) + f'{n:07d}'))}", "nie"
    elif loc == "it_IT":
        cons = "BCDFGLMNPRSTVZ"
        vow = "AEIOU"
        sur = r.choice(cons) + r.choice(cons) + r.choice(cons + vow)
        nam = r.choice(cons) + r.choice(cons) + r.choice(cons)
        yy = f"{r.randint(55, 99):02d}"
        mm = r.choice("ABCDEHLMPRST")
        dd = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
        body = f"{sur}{nam}{yy}{mm}{dd:02d}{r.choice(CF_COMUNI)}"
        v, f = body + it_check_char(body), "codice_fiscale"
        if r.random() < 0.25:
            v, f = v.lower(), "codice_fiscale_lower"
    elif loc == "es_DO":
        d = luhn_complete(r.choice(["001", "402", "031", "223", "026"]) + _d(r, 7))
        f = r.choice(["cedula", "cedula", "cedula_compact"])
        v = f"{d[:3]}-{d[3:10]}-{d[10]}" if f == "cedula" else d
    elif loc == "pt_AO":
        v = f"{_d(r, 9)}{r.choice(AO_PROV)}{_d(r, 3)}"
        f = "bi"
    elif loc == "en_TZ":
        if r.random() < 0.6:
            y, m, dd = r.randint(1960, 2002), r.randint(1, 12), r.randint(1, 28)
            v = f"{y}{m:02d}{dd:02d}-{_d(r, 5)}-{_d(r, 5)}-{_d(r, 2)}"
            f = "nida"
        else:
            v, f = f"{r.randint(100, 199)}-{_d(r, 3)}-{_d(r, 3)}", "tin"
    elif loc == "es_PA":
        k = r.random()
        if k < 0.6:
            v = f"{r.randint(1, 9)}-{r.randint(100, 999)}-{r.randint(100, 2999)}"
            f = "cedula"
        elif k < 0.8:
            v, f = f"8-NT-{r.randint(1, 2)}-{r.randint(10000, 99999)}", "cedula_nt"
        else:
            v, f = f"E-8-{r.randint(100000, 199999)}", "cedula_e"
    elif loc == "fr_MA":
        p = r.choice(["BE", "BK", "A", "BJ", "J", "JB", "EE", "T", "G", "CD"])
        v, f = f"{p}{r.randint(10000, 999999)}", "cin"
    elif loc == "en_BW":
        v = f"{_d(r, 4)}{r.choice('12')}{_d(r, 4)}"
        f = "omang"
    else:
        raise KeyError(loc)
    return v, _frags_id(v), f


def bank_value(r, loc: str) -> tuple[str, list[str], str]:
    """A local bank value for countries without IBAN, labelled ID."""
    if loc == "en_US":
        while True:
            rt = r.choice(["02", "03", "04", "06", "07", "11", "12", "26"]) + _d(r, 7)
            if aba_ok(rt):
                break
        acct = _d(r, r.choice([9, 10, 12]))
        v, f = f"{rt} {acct}", "routing_account"
        if r.random() < 0.4:
            v, f = f"ABA {rt}, acct {acct}", "routing_account_cued"
    elif loc == "en_TZ":
        if r.random() < 0.5:
            v, f = f"0150{_d(r, 9)}", "crdb_account"
        else:
            v, f = f"{r.randint(20, 41)}{_d(r, 9)}", "nmb_account"
    elif loc == "es_PA":
        v, f = f"04-{_d(r, 2)}-{_d(r, 2)}-{_d(r, 6)}-{_d(r, 1)}", "cuenta_bg"
    elif loc == "fr_MA":
        body = (
            r.choice(["007", "011", "022", "145", "230"])
            + r.choice(["780", "810", "640", "450", "225"])
            + _d(r, 16)
        )
        key = ma_rib_key(body)
        if r.random() < 0.5:
            v, f = f"{body[:3]} {body[3:6]} {body[6:]} {key}", "rib"
        else:
            v, f = body + key, "rib_compact"
    elif loc == "en_BW":
        if r.random() < 0.5:
            v, f = f"62{_d(r, 9)}", "fnb_account"
        else:
            v, f = f"10{_d(r, 8)}", "absa_account"
    else:
        raise KeyError(loc)
    return v, _frags_id(v), f
