"""Addresses of the tenth set, in each locale's postal format (order and punctuation as the
national post prescribes), multi-line, on one line, or partial (street + number only, postcode +
town only). ``address`` returns the written value, its street tokens and its postcode."""

from __future__ import annotations

import random
import string

from .tenth_data import DATA
from .tenth_numbers import digits

# street-name cores (own lists); types are added per locale
STREET_CORES = {loc: "|".join(v) for loc, v in DATA["street"].items()}
TYPES = DATA["type"]
TOWNS = {loc: [tuple(t.split(";")) for t in v] for loc, v in DATA["town"].items()}
# words of a street name that are never fragments (types, particles, ordinals)
_GENERIC = (
    "de del des du la le les los las dei degli delle della dos das do da van main cross nagar "
    "hills "
    "park bazaar town lines lake saint sainte san santa ridge creek hill bank mayor rue jean jacob "
    "barão marquês conselheiro"
)
STREET_STOP = {t.lower().rstrip(".") for ts in TYPES.values() for t in ts} | set(_GENERIC.split())
CA_LETTERS = "ABCEGHJKLMNPRSTVXY"
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"


def postcode(rng: random.Random, locale: str, prefix: str) -> str:
    if locale == "en_US":
        z = prefix + digits(rng, 2)
        return z if rng.random() < 0.8 else f"{z}-{digits(rng, 4)}"
    if locale == "en_GB":
        inward = "ABDEFGHJLNPQRSTUWXYZ"
        unit = f"{rng.randint(1, 9)}{rng.choice(inward)}{rng.choice(inward)}"
        return f"{prefix}{rng.randint(1, 19)} {unit}"
    if locale == "en_IE":
        return f"{prefix} {''.join(rng.choice(EIRCODE_CHARS) for _ in range(4))}"
    if locale in ("en_IN", "fr_FR", "es_ES", "it_IT"):
        return prefix + digits(rng, 6 - len(prefix) if locale == "en_IN" else 5 - len(prefix))
    if locale == "en_AU":
        return prefix + digits(rng, 1)
    if locale == "en_CA":
        return f"{prefix} {rng.randint(1, 9)}{rng.choice(CA_LETTERS)}{rng.randint(0, 9)}"
    if locale == "de_DE":
        return prefix + digits(rng, 3)
    if locale == "nl_NL":
        letters = rng.choice(string.ascii_uppercase.replace("S", "")) + rng.choice(
            string.ascii_uppercase
        )
        return (
            f"{prefix}{digits(rng, 2)} {letters}"
            if rng.random() < 0.85
            else f"{prefix}{digits(rng, 2)}{letters}"
        )
    if locale == "pt_BR":
        return f"{prefix}{digits(rng, 3)}-{digits(rng, 3)}"
    raise KeyError(locale)


def street(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    """(street name as written, house number, fragment tokens)."""
    core = rng.choice(STREET_CORES[locale].split("|"))
    typ = rng.choice(TYPES[locale])
    if locale == "de_DE":
        name = (
            core + typ
            if rng.random() < 0.6 or typ in ("str.", "weg")
            else f"{core}er {typ.capitalize()}"
        )
        if rng.random() < 0.12:
            name = f"Am {core}hof" if not core.endswith("berg") else f"Am {core}"
    elif locale == "nl_NL":
        name = core + typ if " " not in core else f"{core}{typ}"
    elif locale in ("fr_FR", "es_ES", "it_IT", "pt_BR"):
        name = f"{typ} {core}"
    elif locale == "en_IN":
        name = f"{rng.randint(1, 18)}th {typ}, {core}" if typ == "Cross" else f"{core} {typ}"
    else:
        name = f"{core} {typ}"
    number = str(rng.randint(1, 240))
    if rng.random() < 0.15:
        number += (
            rng.choice(["a", "B", " bis", "-1", "/3"])
            if locale not in ("en_US", "en_CA", "en_AU")
            else rng.choice(["A", "B"])
        )
    toks = []
    for w in core.replace("-", " ").split():
        if len(w) >= 3 and w.lower() not in STREET_STOP:
            toks.append(w)
    if locale in ("de_DE", "nl_NL"):
        toks = [t.strip(".,") for t in name.replace("-", " ").split()]
        toks = [t for t in toks if len(t) >= 4 and t.lower() not in STREET_STOP]
    return name, number, toks


def address(rng: random.Random, locale: str) -> tuple[str, list[str], str | None, str]:
    """(written address, street tokens, postcode or None, shape)."""
    town, region, prefix = rng.choice(TOWNS[locale])
    pc = postcode(rng, locale, prefix)
    name, num, toks = street(rng, locale)
    r = rng.random()
    shape = (
        "full"
        if r < 0.55
        else "one_line"
        if r < 0.8
        else "street_only"
        if r < 0.9
        else "postcode_town"
    )
    sep = "\n" if shape == "full" else ", "
    if locale == "en_US":
        unit = rng.choice(
            [
                "",
                "",
                f" Apt {rng.randint(1, 30)}{rng.choice('ABC')}",
                f", Unit {rng.randint(1, 12)}",
            ]
        )
        line1, line2 = f"{num} {name}{unit}", f"{town}, {region} {pc}"
    elif locale == "en_GB":
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 9)}, "])
        line1, line2 = (
            f"{flat}{num} {name}",
            f"{town}{sep}{pc}" if shape == "full" else f"{town.title()} {pc}",
        )
    elif locale == "en_IE":
        line1, line2 = f"{num} {name}", f"{town}{sep}{pc}"
    elif locale == "en_IN":
        flat = rng.choice(
            [
                f"Flat {rng.randint(101, 904)}, ",
                f"No. {rng.randint(1, 99)}, ",
                f"Plot No. {rng.randint(1, 300)}, ",
                "",
            ]
        )
        line1 = f"{flat}{name}" if "Cross" in name else f"{flat}{num}, {name}"
        line2 = rng.choice([f"{town} {pc}, {region}", f"{town} - {pc}", f"{town}, {region} {pc}"])
    elif locale == "en_AU":
        unit = rng.choice(["", "", f"Unit {rng.randint(1, 20)}, ", f"{rng.randint(1, 20)}/"])
        line1 = f"{unit}{num} {name}"
        line2 = f"{town}  {region}  {pc}" if rng.random() < 0.5 else f"{town.title()} {region} {pc}"
    elif locale == "en_CA":
        line1 = rng.choice([f"{num} {name}", f"{rng.randint(1, 40)}-{num} {name}"])
        line2 = f"{town} {region}  {pc}" if rng.random() < 0.6 else f"{town.title()}, {region} {pc}"
    elif locale == "de_DE":
        line1, line2 = f"{name} {num}", f"{pc} {town}"
    elif locale == "fr_FR":
        extra = rng.choice(["", "", f"Bât. {rng.choice('ABC')}, ", "Résidence les Pins, "])
        line1, line2 = (
            f"{extra}{num}{',' if rng.random() < 0.2 else ''} {name}",
            f"{pc} {town}" + rng.choice(["", "", " CEDEX"]),
        )
    elif locale == "es_ES":
        floor = rng.choice(
            [
                "",
                f", {rng.randint(1, 8)}º {rng.choice('ABCD')}",
                f", {rng.randint(1, 6)}.º izda.",
                ", bajo",
            ]
        )
        line1 = f"{name}, {num}{floor}" if rng.random() < 0.7 else f"{name} {num}{floor}"
        line2 = f"{pc} {town}" + (f" ({region})" if region else "")
    elif locale == "it_IT":
        line1 = f"{name}{',' if rng.random() < 0.5 else ''} {num}"
        line2 = f"{pc} {town} {region}" if rng.random() < 0.6 else f"{pc} {town} ({region})"
    elif locale == "nl_NL":
        line1, line2 = f"{name} {num}", f"{pc}  {town}" if rng.random() < 0.3 else f"{pc} {town}"
    elif locale == "pt_BR":
        comp = rng.choice(
            [
                "",
                f", apto {rng.randint(11, 184)}",
                f" - sala {rng.randint(1, 40)}",
                f", bloco {rng.choice('AB')}",
            ]
        )
        line1 = f"{name}, {num}{comp}" + rng.choice(["", " – Bairro Jardim América", " - Centro"])
        line2 = rng.choice(
            [f"{town} – {region}{sep}CEP {pc}", f"{pc} {town}/{region}", f"{town} - {region}, {pc}"]
        )
    else:
        raise KeyError(locale)
    if shape == "street_only":
        return line1, toks, None, shape
    if shape == "postcode_town":
        return (
            (f"{pc} {town}" if locale in ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL") else line2),
            [],
            pc,
            shape,
        )
    return f"{line1}{sep}{line2}", toks, pc, shape


FAMOUS_STREETS = DATA["famous"]
