"""Eighth set: postal records per locale, rendered by each country's postal conventions
(USPS Pub. 28, Royal Mail PAF, An Post/Eircode, India Post PIN, AusPost, Canada Post,
Deutsche Post, La Poste NF Z 10-011, Correos, Poste Italiane, PostNL, Correios)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from trainer_dev.redaction_sets.eighth_towns import DISTRICTS, STREETS, TOWNS

_TYPES = {
    "en_US": ["St", "Street", "Ave", "Avenue", "Blvd", "Dr", "Rd", "Ln", "Ct", "Way"],
    "en_GB": ["Road", "Street", "Lane", "Close", "Crescent", "Gardens", "Terrace", "Mews"],
    "en_IE": ["Road", "Avenue", "Park", "Grove", "Street", "Heights", "Drive"],
    "en_IN": ["Road", "Marg", "Main Road", "Cross Road", "Nagar Road"],
    "en_AU": ["Street", "St", "Road", "Avenue", "Parade", "Crescent", "Place"],
    "en_CA": ["Street", "St W", "Avenue", "Boulevard", "Road", "Crescent"],
}


@dataclass
class Address:
    locale: str
    street: str  # the full street line part that names the street (type word included)
    name_tokens: list[str]
    number: str
    unit: str
    postcode: str
    town: str
    region: str
    district: str = ""


_STOP = set(
    """
    de la du des del di dei della delle las los do da dos das e st street ave avenue road rd
    lane ln blvd dr ct way close crescent gardens terrace mews park grove heights drive marg
    main cross nagar parade place boulevard w an jr ii san sant saint sainte rue via viale calle
    c rua avenida av straße strasse str weg allee platz piazza corso paseo plaza travessa
    alameda largo doctor dom padre barão visconde marechal duque mahatma sardar netaji gran
    nuova nieuwe x xv sete setembro novembro impasse allée bis ter gasse ring martin luther king
    giuseppe giacomo vittorio emanuele camillo benso dante alessandro marco victor jean émile
    faubourg
    """.split()
)


def _tokens(street_name: str) -> list[str]:
    words = street_name.replace("-", " ").split()
    toks = [w for w in words if w.lower() not in _STOP and len(w) > 2]
    return toks or [max(words, key=len)]


def make_address(rng: random.Random, locale: str) -> Address:
    name = rng.choice(STREETS[locale].split("|"))
    t_index = rng.randrange(len(TOWNS[locale]))
    town, region, pc = TOWNS[locale][t_index]
    number = str(rng.randint(1, 240))
    unit = ""
    if locale in _TYPES:
        t = rng.choice(_TYPES[locale])
        street = f"{name} {t}"
        if rng.random() < 0.3:
            unit = rng.choice(
                {
                    "en_US": ["Apt 4B", "Unit 12", "Suite 210", "#7"],
                    "en_GB": ["Flat 3", "Flat 2B"],
                    "en_IE": ["Apt 14", "No. 3"],
                    "en_IN": ["Flat 402", "Flat B-12"],
                    "en_AU": ["Unit 5", "Unit 12"],
                    "en_CA": ["Apt 1204", "Unit 8"],
                }[locale]
            )
    elif locale == "de_DE":
        street = (
            name + ("straße" if not name.endswith("-") else "Straße")
            if rng.random() < 0.7
            else name.rstrip("-") + rng.choice(["weg", "allee", "gasse", "ring"])
        )
        if rng.random() < 0.25:
            number += rng.choice("abc")
    elif locale == "fr_FR":
        street = f"{rng.choice(['rue', 'rue', 'avenue', 'boulevard', 'allée', 'place', 'impasse'])} {name}"
        if rng.random() < 0.2:
            number += rng.choice([" bis", " ter", "bis"])
        if rng.random() < 0.2:
            unit = rng.choice(["Bât. B", "Appt 12", "Résidence Les Tilleuls"])
    elif locale == "es_ES":
        street = f"{rng.choice(['Calle', 'C/', 'Avda.', 'Paseo', 'Plaza', 'Calle'])} {name}"
        if rng.random() < 0.5:
            unit = rng.choice(["3º B", "2.º izq.", "1º 2ª", "bajo", "5º D"])
    elif locale == "it_IT":
        street = f"{rng.choice(['Via', 'Via', 'Viale', 'Corso', 'Piazza', 'Largo'])} {name}"
        if rng.random() < 0.2:
            number += rng.choice(["/A", "/B", " bis"])
        if rng.random() < 0.2:
            unit = rng.choice(["scala C, int. 5", "int. 12", "piano 3"])
    elif locale == "nl_NL":
        street = name
        if rng.random() < 0.3:
            number += rng.choice(["-II", " hs", "A", "-3", " bis"])
    else:  # pt_BR
        street = f"{rng.choice(['Rua', 'Rua', 'Av.', 'Avenida', 'Alameda', 'Travessa'])} {name}"
        number = str(rng.randint(10, 4200))
        if rng.random() < 0.4:
            unit = rng.choice(["apto 32", "ap. 1201", "sala 504", "casa 2", "bloco B"])
    tokens = _tokens(street)
    district = DISTRICTS[locale][t_index] if locale in DISTRICTS else ""
    return Address(locale, street, tokens, number, unit, pc(rng), town, region, district)


_PROSE = {
    "en": ["{n} {s} in {t} ({p})", "{n} {s}, {t} {p}", "{n} {s} over in {t}, {p}"],
    "de": ["{s} {n} in {p} {t}", "{s} {n} ({p} {t})", "{s} {n}, also {p} {t}"],
    "fr": ["{n} {s} à {t} ({p})", "{n} {s}, {p} {t}", "{n} {s} dans le {p}"],
    "es": ["{s} {n}, en {t} (CP {p})", "{s} {n}, {p} {t}", "{s} número {n} de {t}, CP {p}"],
    "it": ["{s} {n} a {t} (CAP {p})", "{s} {n}, {p} {t}", "{s} {n}, CAP {p}"],
    "nl": ["{s} {n} in {t} ({p})", "{s} {n}, {p} {t}", "{s} {n} te {t}, postcode {p}"],
    "pt": ["{s}, {n}, em {t} (CEP {p})", "{s} {n} - {t}, CEP {p}", "{s} nº {n}, CEP {p}"],
}


def render(rng: random.Random, a: Address, shape: str) -> str:
    """shape: 'line' (one line), 'lines' (postal block), 'prose' (inside a sentence)."""
    L = a.locale
    if shape == "prose":
        frame = rng.choice(_PROSE[L[:2]])
        return frame.format(n=a.number, s=a.street, t=a.town, p=a.postcode)
    sep = "\n" if shape == "lines" else ", "
    if L in ("en_US", "en_CA"):
        line1 = f"{a.number} {a.street}" + (f" {a.unit}" if a.unit and L == "en_US" else "")
        if a.unit and L == "en_CA":
            line1 = f"{a.unit.split()[-1]}-{line1}" if rng.random() < 0.5 else f"{line1}, {a.unit}"
        last = (
            f"{a.town}, {a.region} {a.postcode}"
            if L == "en_US"
            else f"{a.town} {a.region}  {a.postcode}"
        )
        return f"{line1}{sep}{last}"
    if L == "en_GB":
        line1 = (f"{a.unit}, " if a.unit else "") + f"{a.number} {a.street}"
        parts = (
            [line1, a.town] + ([a.region] if a.region and shape == "lines" else []) + [a.postcode]
        )
        return sep.join(parts)
    if L == "en_IE":
        line1 = (f"{a.unit}, " if a.unit else "") + f"{a.number} {a.street}"
        return sep.join([line1, a.town] + ([a.region] if a.region else []) + [a.postcode])
    if L == "en_IN":
        line1 = (f"{a.unit}, " if a.unit else "") + f"{a.number}, {a.street}"
        return sep.join(
            [
                line1,
                a.district,
                f"{a.town} - {a.postcode}"
                if rng.random() < 0.5
                else f"{a.town}, {a.region} {a.postcode}",
            ]
        )
    if L == "en_AU":
        line1 = (f"{a.unit}, " if a.unit else "") + f"{a.number} {a.street}"
        return f"{line1}{sep}{a.town} {a.region} {a.postcode}"
    if L == "de_DE":
        return f"{a.street} {a.number}{sep}{a.postcode} {a.town}"
    if L == "fr_FR":
        parts = ([a.unit] if a.unit else []) + [
            f"{a.number}, {a.street}" if rng.random() < 0.3 else f"{a.number} {a.street}",
            f"{a.postcode} {a.town}",
        ]
        return sep.join(parts)
    if L == "es_ES":
        line1 = f"{a.street}, {a.number}" + (f", {a.unit}" if a.unit else "")
        return f"{line1}{sep}{a.postcode} {a.town}" + (
            f" ({a.region})" if a.region != a.town and rng.random() < 0.5 else ""
        )
    if L == "it_IT":
        line1 = f"{a.street}, {a.number}" if rng.random() < 0.5 else f"{a.street} {a.number}"
        if a.unit:
            line1 += f", {a.unit}"
        return f"{line1}{sep}{a.postcode} {a.town} {a.region if rng.random() < 0.6 else '(' + a.region + ')'}"
    if L == "nl_NL":
        pc = a.postcode if rng.random() < 0.8 else a.postcode.replace(" ", "")
        return f"{a.street} {a.number}{sep}{pc}{'  ' if shape == 'lines' else ' '}{a.town}"
    # pt_BR
    line1 = f"{a.street}, {a.number}" + (f", {a.unit}" if a.unit else "")
    if shape == "lines":
        return f"{line1}\n{a.district}\n{a.town} - {a.region}\n{a.postcode}"
    return (
        f"{line1} - {a.district}, {a.town} - {a.region}, {a.postcode}"
        if rng.random() < 0.5
        else f"{line1}, {a.district}, CEP {a.postcode}, {a.town}/{a.region}"
    )


def address_fragments(a: Address) -> list[str]:
    return [f"t:{t}" for t in a.name_tokens] + [f"p:{a.postcode}"]


# streets named as places (no number): look-alikes that must survive
PLACE_STREETS = {
    "en_US": [
        "Wall Street",
        "Bourbon Street",
        "Rodeo Drive",
        "Pennsylvania Avenue",
        "Beale Street",
    ],
    "en_GB": ["Oxford Street", "Downing Street", "Carnaby Street", "Abbey Road", "Baker Street"],
    "en_IE": ["Grafton Street", "O'Connell Street", "Shop Street", "Henry Street"],
    "en_IN": ["Marine Drive", "Park Street", "MG Road", "Linking Road", "Chandni Chowk"],
    "en_AU": ["George Street", "Chapel Street", "Rundle Mall", "Collins Street", "Oxford Street"],
    "en_CA": ["Yonge Street", "Rue Sainte-Catherine", "Robson Street", "Spring Garden Road"],
    "de_DE": [
        "Kurfürstendamm",
        "Königsallee",
        "Reeperbahn",
        "Maximilianstraße",
        "Unter den Linden",
    ],
    "fr_FR": ["les Champs-Élysées", "la rue de Rivoli", "la Canebière", "la rue Mouffetard"],
    "es_ES": ["la Gran Vía", "las Ramblas", "la calle Preciados", "la calle Larios"],
    "it_IT": ["via Montenapoleone", "via del Corso", "via Toledo", "Piazza Navona"],
    "nl_NL": ["de Kalverstraat", "de Coolsingel", "de Oudegracht", "het Damrak"],
    "pt_BR": [
        "a Avenida Paulista",
        "a Rua Oscar Freire",
        "a Avenida Atlântica",
        "a Rua 25 de Março",
    ],
}
