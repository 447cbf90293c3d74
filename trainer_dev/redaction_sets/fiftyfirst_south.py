"""Locale pools of the fifty-first set, second half: es_CL, fr_CA, pl_PL, gl_ES, fr_RE.
Phones, addresses and ids in each country's own forms, typed by hand."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fiftyfirst_numbers as n
from trainer_dev.redaction_sets.fiftyfirst_north import _pick

R = random.Random


# --- phones ---------------------------------------------------------------------------------


def phone_cl(rng: R) -> tuple[str, str]:
    if rng.random() < 0.55:
        nat = "9" + n.digits(rng, 8, "58")
        style = rng.random()
        if style < 0.5:
            return f"+56 9 {nat[1:5]} {nat[5:]}", "intl"
        return f"9 {nat[1:5]} {nat[5:]}", "national"
    area = _pick(rng, ["32", "41", "65", "61", "2"])
    rest = ("2" + n.digits(rng, 7)) if area == "2" else ("2" + n.digits(rng, 6))
    if rng.random() < 0.6:
        return f"+56 {area} {rest[:3]} {rest[3:]}", "intl"
    return f"({area}) {rest[:3]} {rest[3:]}", "national"


def phone_ca(rng: R) -> tuple[str, str]:
    area = _pick(rng, ["418", "581", "514", "438", "450", "819", "873", "367"])
    ex = _pick(rng, "23456789") + n.digits(rng, 2)
    while ex[1:] == "11" or ex == "555":
        ex = _pick(rng, "23456789") + n.digits(rng, 2)
    line = n.digits(rng, 4)
    style = rng.random()
    if style < 0.35:
        return f"({area}) {ex}-{line}", "national"
    if style < 0.6:
        return f"{area}-{ex}-{line}", "dashed"
    if style < 0.8:
        return f"{area}.{ex}.{line}", "dotted"
    return f"+1 {area} {ex} {line}", "intl"


def phone_pl(rng: R) -> tuple[str, str]:
    if rng.random() < 0.6:
        nat = _pick(rng, ["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + (
            n.digits(rng, 7)
        )
        g = [3, 3, 3]
    else:
        nat = _pick(rng, ["58", "91", "94", "59"]) + n.digits(rng, 7, "3456")
        g = [2, 3, 2, 2]
    if rng.random() < 0.55:
        return n.group(nat, g), "national"
    return "+48 " + n.group(nat, g), "intl"


def phone_es(rng: R) -> tuple[str, str]:
    if rng.random() < 0.5:
        nat = _pick(rng, ["6", "7"]) + n.digits(rng, 8, "0123456789")
        if nat[0] == "7":
            nat = "6" + nat[1:]
        g = [3, 3, 3]
    else:
        nat = _pick(rng, ["981", "986", "982", "988"]) + n.digits(rng, 6, "2345678")
        g = [3, 2, 2, 2]
    style = rng.random()
    if style < 0.4:
        return n.group(nat, g), "national"
    if style < 0.6:
        return n.group(nat, [3, 3, 3], "."), "dotted"
    return "+34 " + n.group(nat, [3, 3, 3]), "intl"


def phone_re(rng: R) -> tuple[str, str]:
    mobile = rng.random() < 0.55
    nat = ("0692" if mobile else "0262") + n.digits(rng, 6, "123456789")
    style = rng.random()
    if style < 0.4:
        return f"{nat[:4]} {n.group(nat[4:], [2, 2, 2])}", "national"
    if style < 0.55:
        return n.group(nat, [2, 2, 2, 2, 2], "."), "dotted"
    return f"+262 {nat[1:4]} {n.group(nat[4:], [2, 2, 2])}", "intl"


# --- addresses ------------------------------------------------------------------------------

CL_STREETS = [("Avenida", "Errázuriz"), ("calle", "Blanco"), ("Avenida", "Altamirano"),
              ("calle", "Serrano"), ("pasaje", "Los Albatros"), ("calle", "Cochrane"),
              ("Avenida", "Angamos"), ("calle", "Tenglo"), ("camino", "Chinquihue"),
              ("calle", "Piloto Pardo"), ("Avenida", "Colón"), ("calle", "Antonio Varas")]
CL_TOWNS = [("Valparaíso", "2340000"), ("Talcahuano", "4260000"), ("Puerto Montt", "5480000"),
            ("Punta Arenas", "6200000"), ("San Antonio", "2660000"), ("Coquimbo", "1780000"),
            ("Castro", "5700000"), ("Iquique", "1100000"), ("Antofagasta", "1240000")]


def address_cl(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, pc = _pick(rng, CL_TOWNS)
    if rng.random() < 0.15:
        box = str(rng.randint(100, 9999))
        return f"Casilla {box}, {town}", "", [box], "pobox"
    typ, name = _pick(rng, CL_STREETS)
    typ = _pick(rng, ["Av.", "Avenida", "avenida"]) if typ == "Avenida" else typ
    num = f"{rng.randint(10, 2999)}"
    office = _pick(rng, ["", "", f", of. {rng.randint(101, 905)}",
                         f", depto. {rng.randint(11, 88)}"])
    street = f"{typ} {name} {num}{office}" if typ != "calle" or rng.random() < 0.5 else (
        f"{name} {num}{office}"
    )
    if multiline and rng.random() < 0.5:
        return f"{street}\n{town}\nCódigo postal {pc}", name, [pc], "multiline"
    if rng.random() < 0.4:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {town}, código postal {pc}", name, [pc], "oneline"


CA_STREETS = [("rue", "Dalhousie"), ("rue", "Saint-Pierre"), ("boulevard", "Champlain"),
              ("rue", "des Navigateurs"), ("chemin", "du Fleuve"), ("rue", "de la Marina"),
              ("avenue", "des Goélands"), ("rue", "Sous-le-Cap"), ("boulevard", "Perron"),
              ("route", "des Pionniers"), ("rue", "des Chaloupes"), ("chemin", "des Caps")]
CA_TOWNS = [("Québec", "Québec", "G1K"), ("Lévis", "Québec", "G6V"), ("Rimouski", "Québec", "G5L"),
            ("Gaspé", "Québec", "G4X"), ("Tadoussac", "Québec", "G0T"), ("Sept-Îles", "Québec",
            "G4R"), ("Cap-aux-Meules", "Québec", "G4T"), ("Montréal", "Québec", "H2Y"),
            ("Matane", "Québec", "G4W")]


def _ca_postcode(rng: R, fsa: str) -> str:
    return f"{fsa} {rng.randint(1, 9)}{_pick(rng, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"


def address_ca(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, prov, fsa = _pick(rng, CA_TOWNS)
    pc = _ca_postcode(rng, fsa)
    if rng.random() < 0.15:
        box = str(rng.randint(100, 9999))
        return f"C.P. {box}, succ. Bureau-chef, {town} ({prov})  {pc}", "", [box, pc], "pobox"
    typ, name = _pick(rng, CA_STREETS)
    num = rng.randint(10, 2999)
    apt = _pick(rng, ["", "", f"{rng.randint(1, 40)}-"])
    street = f"{apt}{num}, {typ} {name}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{town} ({prov})  {pc}", name, [pc], "multiline"
    if rng.random() < 0.15:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {town} (Québec) {pc}", name, [pc], "oneline"


PL_STREETS = [("ul.", "Portowa"), ("ul.", "Rybacka"), ("ul.", "Kapitańska"), ("ul.", "Bosmańska"),
              ("ul.", "Żeglarska"), ("al.", "Zjednoczenia"), ("ul.", "Nabrzeżna"),
              ("ul.", "Kutrowa"), ("ul.", "Mew"), ("ul.", "Jachtowa"), ("ul.", "Sztormowa"),
              ("ul.", "Latarników"), ("ul.", "Wydmowa")]
PL_TOWNS = [("Gdynia", "81-3"), ("Gdańsk", "80-5"), ("Szczecin", "71-6"), ("Świnoujście", "72-6"),
            ("Kołobrzeg", "78-1"), ("Władysławowo", "84-1"), ("Hel", "84-1"), ("Ustka", "76-2"),
            ("Darłowo", "76-1"), ("Łeba", "84-3")]


def address_pl(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, pre = _pick(rng, PL_TOWNS)
    pc = pre + n.digits(rng, 2)
    if rng.random() < 0.15:
        box = str(rng.randint(10, 999))
        return f"skr. poczt. {box}, {pc} {town}", "", [box, pc], "pobox"
    typ, name = _pick(rng, PL_STREETS)
    num = f"{rng.randint(1, 120)}" + _pick(rng, ["", "", f"/{rng.randint(1, 40)}", "A"])
    street = f"{typ} {name} {num}" if rng.random() < 0.8 else f"{name} {num}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{pc} {town}", name, [pc], "multiline"
    if rng.random() < 0.15:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {pc} {town}", name, [pc], "oneline"


GL_STREETS = [("Rúa", "do Areal"), ("Rúa", "da Ribeira"), ("Avenida", "de Beiramar"),
              ("Rúa", "dos Cordoeiros"), ("Praza", "da Peixería"), ("Rúa", "Pescadería"),
              ("Rúa", "do Berbés"), ("Rúa", "das Redeiras"), ("Avenida", "da Mariña"),
              ("Calle", "Rosalía"), ("Rúa", "Xoán XXIII"), ("Paseo", "do Malecón"),
              ("Rúa", "da Estrela Polar")]
GL_TOWNS = [("Vigo", "362"), ("A Coruña", "150"), ("Ferrol", "154"), ("Ribeira", "159"),
            ("Burela", "278"), ("Marín", "369"), ("Cangas", "369"), ("Bueu", "369"),
            ("Vilagarcía de Arousa", "366"), ("O Grove", "369"), ("Muros", "152"),
            ("Fisterra", "151"), ("Baiona", "363")]


def address_gl(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, pre = _pick(rng, GL_TOWNS)
    pc = pre + n.digits(rng, 2)
    if rng.random() < 0.15:
        box = str(rng.randint(100, 9999))
        word = _pick(rng, ["Apartado de correos", "Apdo.", "Apartado"])
        return f"{word} {box}, {pc} {town}", "", [box, pc], "pobox"
    typ, name = _pick(rng, GL_STREETS)
    typ = typ.lower() if rng.random() < 0.2 else typ
    floor = _pick(rng, ["", "", ", 2º B", ", 1º esq.", ", baixo", ", 3º D"])
    street = f"{typ} {name}, {rng.randint(1, 140)}{floor}"
    if rng.random() < 0.4:
        street = f"{typ} {name} {rng.randint(1, 140)}{floor}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{pc} {town}", name, [pc], "multiline"
    if rng.random() < 0.15:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {pc} {town}", name, [pc], "oneline"


RE_STREETS = [("rue", "des Flamboyants"), ("chemin", "des Goyaviers"), ("allée", "des Lataniers"),
              ("impasse", "des Vacoas"), ("rue", "des Filaos"), ("allée", "des Tamarins"),
              ("chemin", "Badamier"), ("rue", "du Four à Chaux"), ("boulevard", "Lancastel"),
              ("ruelle", "des Bichiques"), ("sentier", "des Songes"), ("rue", "Labourdonnais"),
              ("chemin", "Bois de Pomme"), ("impasse", "des Zembrocals")]
RE_TOWNS = [("Le Port", "97420"), ("Saint-Denis", "97400"), ("Saint-Pierre", "97410"),
            ("Saint-Gilles-les-Bains", "97434"), ("Saint-Leu", "97436"), ("Sainte-Marie",
            "97438"), ("Saint-Philippe", "97442"), ("La Possession", "97419"), ("L'Étang-Salé",
            "97427"), ("Sainte-Rose", "97439"), ("Saint-Benoît", "97470")]


def address_re(rng: R, multiline: bool) -> tuple[str, str, list[str], str]:
    town, pc = _pick(rng, RE_TOWNS)
    if rng.random() < 0.15:
        box = str(rng.randint(10, 999))
        word = _pick(rng, ["BP", "Boîte postale", "B.P."])
        return f"{word} {box}, {pc} {town} Cedex", "", [box, pc], "pobox"
    typ, name = _pick(rng, RE_STREETS)
    lieu = _pick(rng, ["", "", ", lotissement Les Jamroses", ", ZA Ravine à Marquet"])
    street = f"{rng.randint(1, 98)}{_pick(rng, ['', '', ' bis'])} {typ} {name}{lieu}"
    if multiline and rng.random() < 0.5:
        return f"{street}\n{pc} {town.upper()}", name, [pc], "multiline"
    if rng.random() < 0.15:
        return f"{street}, {town}", name, [], "nopostcode"
    return f"{street}, {pc} {town}", name, [pc], "oneline"


# --- ids ------------------------------------------------------------------------------------


def _ramq(rng: R) -> str:  # format only: 4 letters, birth digits, 2 digits
    y, m, d = n.birth(rng)
    m += _pick(rng, [0, 50])
    letters = "".join(_pick(rng, "BCDFGHJKLMNPRSTV") for _ in range(4))
    return f"{letters} {y % 100:02d}{m:02d} {d:02d}{n.digits(rng, 2)}"


def _nir_spaced(rng: R) -> str:
    v = n.nir(rng)
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:8]} {v[8:10]} {v[10:13]} {v[13:]}"


def _rib(rng: R) -> str:
    bank, branch, acct, key = n.rib(rng)
    return f"{bank} {branch} {acct} {key}"


IDS = {
    "es_CL": [("rut", n.rut, ["RUT", "RUN", "cédula"]),
              ("passport", lambda r: _pick(r, ["F", "P"]) + n.digits(r, 8), ["pasaporte"]),
              ("account", lambda r: f"{n.digits(r, 2, '0')}-{n.digits(r, 3)}-{n.digits(r, 5)}-"
               + n.digits(r, 2), ["cuenta corriente"])],
    "fr_CA": [("nas", lambda r: n.group(n.luhn_complete(n.digits(r, 8, "1234579")), [3, 3, 3]),
               ["NAS", "numéro d'assurance sociale"]),
              ("ramq", _ramq, ["carte RAMQ", "assurance maladie"]),
              ("permis", lambda r: f"{_pick(r, 'BCDGLMPT')}{n.digits(r, 4)}-{n.digits(r, 6)}-"
               + n.digits(r, 2), ["permis de conduire"]),
              ("passport", lambda r: _pick(r, ["AB", "GA", "HP"]) + n.digits(r, 6), ["passeport"])],
    "pl_PL": [("pesel", n.pesel, ["PESEL"]),
              ("dowod", lambda r: (lambda v: f"{v[:3]} {v[3:]}")(n.dowod(r)),
               ["dowód osobisty", "nr dowodu"]),
              ("nip", lambda r: (lambda v: f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}")(n.nip(r)),
               ["NIP"]),
              ("passport", lambda r: _pick(r, ["EA", "EC", "ER"]) + n.digits(r, 7),
               ["paszport"])],
    "gl_ES": [("dni", n.dni, ["DNI"]), ("nie", n.nie, ["NIE"]),
              ("nss", lambda r: (lambda v: f"{v[:2]}/{v[2:10]}/{v[10:]}")(n.nss(r)),
               ["NSS", "número da Seguridade Social"]),
              ("passport", lambda r: _pick(r, ["PAA", "PAB", "PAC"]) + n.digits(r, 6),
               ["pasaporte"])],
    "fr_RE": [("nir", _nir_spaced, ["n° de sécu", "NIR"]),
              ("passport", lambda r: n.digits(r, 2, "12") + "".join(
               _pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + n.digits(r, 5),
               ["passeport"]),
              ("rib", _rib, ["RIB"])],
}
