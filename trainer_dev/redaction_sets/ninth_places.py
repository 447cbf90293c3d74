"""Addresses of the ninth set, one formatter per country's postal standard (USPS Pub. 28,
Royal Mail PAF, An Post Eircode, India Post PIN, Australia Post, Canada Post, Deutsche Post,
La Poste NF Z10-011, Correos, Poste Italiane, PostNL, Correios CEP).

``address(rng, locale)`` returns ``(value, form, fragments)``: ``t:`` street tokens (house
number and the street-name words, street types and particles left out) and ``p:`` postcode
parts (see ``ninth.py``)."""

from __future__ import annotations

import random
import string

from trainer_dev.redaction_sets.ninth_towns import (
    DE_TOWN_ADJECTIVES,
    NOT_STREET_TOKENS,
    STREET_NAMES,
    STREET_TYPES,
    TOWNS,
)


# town, region, postcode stem (the rest of the postcode is drawn)
def _words(text: str) -> list[str]:
    return [w for w in text.replace(",", " ").replace("/", " ").replace(".", " ").split()]


def street_fragments(street: str, number: str) -> list[str]:
    out = ["t:" + number]
    for w in _words(street):
        core = w.strip("'’")
        if len(core) >= 3 and core.lower() not in NOT_STREET_TOKENS and not core.isdigit():
            out.append("t:" + core)
    return list(dict.fromkeys(out))


def postcode_fragments(postcode: str) -> list[str]:
    parts = postcode.replace("-", " ").split()
    out = ["p:" + p for p in parts if len(p) >= 3]
    if not out:
        out = ["p:" + postcode.replace(" ", "")]
    return out


_GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "0123456789ACDEFHKNPRTVWXY"
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def _postcode(rng: random.Random, locale: str, stem: str) -> str:
    d = string.digits
    if locale == "en_US":
        zip5 = stem + "".join(rng.choice(d) for _ in range(2))
        return zip5 + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.25 else "")
    if locale == "en_GB":
        return (
            f"{stem}{rng.randint(1, 19)} {rng.randint(1, 9)}"
            f"{rng.choice(_GB_LETTERS)}{rng.choice(_GB_LETTERS)}"
        )
    if locale == "en_IE":
        return stem + " " + "".join(rng.choice(_EIR) for _ in range(4))
    if locale == "en_IN":
        pin = stem + f"{rng.randint(1, 99):03d}"
        return rng.choice([pin, pin, f"{pin[:3]} {pin[3:]}"])
    if locale == "en_AU":
        return stem
    if locale == "en_CA":
        return (
            f"{stem}{rng.randint(1, 9)}{rng.choice(_CA_LETTERS)} "
            f"{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)}{rng.randint(0, 9)}"
        )
    if locale == "nl_NL":
        letters = rng.choice(_GB_LETTERS) + rng.choice(_GB_LETTERS)
        while letters in ("SA", "SD", "SS"):
            letters = rng.choice(_GB_LETTERS) + rng.choice(_GB_LETTERS)
        return f"{stem}{rng.randint(11, 99)} {letters}"
    if locale == "pt_BR":
        body = stem + "".join(rng.choice(d) for _ in range(5 - len(stem)))
        return f"{body}-{rng.randint(0, 999):03d}"
    return stem + "".join(rng.choice(d) for _ in range(5 - len(stem)))


def _number(rng: random.Random, locale: str) -> str:
    n = str(
        rng.choice(
            [rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9899)]
            if locale in ("en_US", "en_CA")
            else [rng.randint(2, 60), rng.randint(61, 240)]
        )
    )
    if rng.random() < 0.15 and locale in ("de_DE", "nl_NL", "en_GB", "en_IE", "it_IT"):
        n += rng.choice("abcAB")
    return n


def address(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    town, region, stem = rng.choice(TOWNS[locale])
    pc = _postcode(rng, locale, stem)
    names = STREET_NAMES[locale]
    name = rng.choice(names.split("|") if "|" in names else names.split())
    typ = rng.choice(STREET_TYPES[locale])
    num = _number(rng, locale)
    form = rng.choice(["full", "full", "full", "street", "postcode+town"])
    extra = ""
    if locale in ("en_US", "en_CA", "en_AU"):
        street = f"{name} {typ}"
        extra = rng.choice(["", "", f"Apt {rng.randint(2, 40)}", f"Suite {rng.randint(100, 900)}"])
        line = f"{num} {street}" + (f", {extra}" if extra and locale != "en_AU" else "")
        if locale == "en_AU" and extra:
            line = f"{rng.randint(1, 20)}/{num} {street}"
        tail = {
            "en_US": f"{town}, {region} {pc}",
            "en_CA": f"{town} {region}  {pc}".replace("  ", " "),
            "en_AU": f"{town} {region} {pc}",
        }[locale]
    elif locale in ("en_GB", "en_IE"):
        street = f"{name} {typ}"
        line = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, "]) + f"{num} {street}"
        tail = (
            f"{town} {pc}"
            if locale == "en_GB"
            else (f"{town}, {region}, {pc}" if region else f"{town}, {pc}")
        )
        if locale == "en_GB" and rng.random() < 0.4:
            tail = f"{town.upper()}\n{pc}" if rng.random() < 0.3 else f"{town}, {pc}"
    elif locale == "en_IN":
        street = f"{name} {typ}"
        line = rng.choice(
            [
                f"No. {num}, {street}",
                f"{num}, {street}",
                f"Flat {rng.randint(101, 904)}, {name} Residency, {street}",
            ]
        )
        if "Residency" in line:
            num = line.split(",")[0].split()[1]
        tail = rng.choice([f"{town} - {pc}", f"{town} {pc}, {region}", f"{town}, {region} {pc}"])
    elif locale == "de_DE":
        if rng.random() < 0.3:  # a town adjective and the street type as its own word
            adjective = rng.choice(DE_TOWN_ADJECTIVES)
            street = (
                f"{adjective} {rng.choice(['Straße', 'Platz', 'Ufer', 'Allee', 'Ring', 'Damm'])}"
            )
        else:
            street = name + typ
        line = f"{street} {num}"
        tail = f"{pc} {town}"
    elif locale == "fr_FR":
        street = f"{typ} {name}"
        line = f"{num}{rng.choice(['', '', ' bis', ' ter'])} {street}"
        if stem == "750":
            pc = f"750{rng.randint(1, 20):02d}"
        tail = f"{pc} {town.upper() if rng.random() < 0.4 else town}"
    elif locale == "es_ES":
        street = f"{typ} {name}" if typ != "C/" else f"C/ {name}"
        line = rng.choice(
            [
                f"{street}, {num}",
                f"{street} {num}",
                f"{street}, {num}, {rng.randint(1, 8)}º {rng.choice('ABCD')}",
            ]
        )
        tail = f"{pc} {town}" + (f" ({region})" if region else "")
    elif locale == "it_IT":
        if typ == "Via dei":
            name = rng.choice(["Coronari", "Calzaiuoli", "Serragli", "Banchi", "Mille", "Neri"])
        street = f"{typ} {name}"
        line = rng.choice([f"{street} {num}", f"{street}, {num}"])
        tail = f"{pc} {town} ({region})" if rng.random() < 0.5 else f"{pc} {town} {region}"
    elif locale == "nl_NL":
        street = name + typ if rng.random() < 0.7 else name + rng.choice(["straat", "plantsoen"])
        line = f"{street} {num}" + rng.choice(["", "", "-H", " 2", "-III"])
        tail = f"{pc} {town.upper() if rng.random() < 0.3 else town}"
    else:  # pt_BR
        street = f"{typ} {name}"
        line = f"{street}, {num}" + rng.choice(
            ["", "", f", apto {rng.randint(11, 182)}", f", conj. {rng.randint(11, 99)}"]
        )
        tail = rng.choice(
            [f"{town} - {region}, {pc}", f"CEP {pc}, {town}/{region}", f"{pc} {town} - {region}"]
        )
    sep = rng.choice([", ", ", ", "\n"]) if locale != "en_GB" or "\n" not in tail else "\n"
    if form == "street":
        value = line
        frags = street_fragments(street, num)
    elif form == "postcode+town":
        value = tail
        frags = postcode_fragments(pc)
    else:
        value = line + sep + tail
        frags = street_fragments(street, num) + postcode_fragments(pc)
    return value, form, frags
