"""Per-locale writers for the fifty-third set: addresses, ids, phones, e-mails, URLs and
look-alikes, each returning the written value with its fragments and written form."""

from __future__ import annotations

import random
import string

from trainer_dev.redaction_sets import fiftythird_checks as ck
from trainer_dev.redaction_sets.fiftythird_pools_en import CA, GB, US
from trainer_dev.redaction_sets.fiftythird_pools_euro import BE, DE, MX
from trainer_dev.redaction_sets.fiftythird_pools_far import AZ, CH, KE
from trainer_dev.redaction_sets.fiftythird_pools_north import CZ, NL, SE

LOCALES = [
    "en_GB",
    "en_US",
    "en_CA",
    "de_DE",
    "fr_BE",
    "es_MX",
    "sv_SE",
    "cs_CZ",
    "fy_NL",
    "rm_CH",
    "sw_KE",
    "az_AZ",
]
POOLS = {
    "en_GB": GB,
    "en_US": US,
    "en_CA": CA,
    "de_DE": DE,
    "fr_BE": BE,
    "es_MX": MX,
    "sv_SE": SE,
    "cs_CZ": CZ,
    "fy_NL": NL,
    "rm_CH": CH,
    "sw_KE": KE,
    "az_AZ": AZ,
}

DIGIT_RUN = r"\d(?:[ .\-/()\u00a0]{0,2}\d)*"


def digit_fragments(value: str) -> list[str]:
    """``d:`` every 4-digit window of each digit run (separators ignored); ``p:`` the whole value
    where no run reaches four digits."""
    import re

    out: list[str] = []
    for run in re.findall(DIGIT_RUN, value):
        digits = "".join(c for c in run if c.isdigit())
        for i in range(len(digits) - 3):
            if f"d:{digits[i : i + 4]}" not in out:
                out.append(f"d:{digits[i : i + 4]}")
    return out or [f"p:{value}"]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- addresses


def _gb_postcode(rng: random.Random, outward: str) -> str:
    inward = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{outward} {rng.randint(1, 9)}{rng.choice(inward)}{rng.choice(inward)}"


def _ca_postcode(rng: random.Random, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {rng.randint(0, 9)}{rng.choice(letters)}{rng.randint(0, 9)}"


def address(rng: random.Random, loc: str) -> tuple[str, list[str], str]:
    """(written address, fragments, form): form is oneline, multiline, nopostcode or pobox."""
    pool = POOLS[loc]
    street, tokens = rng.choice(pool["streets"])
    frags = [f"t:{t}" for t in tokens]
    num = str(rng.randint(1, 180))
    form = rng.choice(["oneline", "oneline", "multiline", "nopostcode", "pobox"])
    town = rng.choice(pool["towns"])
    if loc in ("en_GB",):
        pc = _gb_postcode(rng, rng.choice(town[1]))
        lines = [f"{num} {street}", town[0], pc]
        box = f"PO Box {rng.randint(100, 9999)}"
    elif loc in ("en_US", "en_CA"):
        pc = (
            f"{rng.choice(town[2])}{_d(rng, 2)}"
            if loc == "en_US"
            else _ca_postcode(rng, rng.choice(town[2]))
        )
        unit = rng.choice(["", f", Suite {rng.randint(2, 40)}", f", Unit {rng.randint(1, 9)}"])
        lines = [f"{rng.randint(10, 4999)} {street}{unit}", f"{town[0]}, {town[1]} {pc}"]
        box = rng.choice(["P.O. Box", "PO Box"]) + f" {rng.randint(100, 99999)}"
    elif loc == "de_DE":
        pc = f"{rng.choice(town[1])}{_d(rng, 2)}"
        lines = [f"{street} {num}{rng.choice(['', 'a', 'b'])}", f"{pc} {town[0]}"]
        box = f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    elif loc == "fr_BE":
        pc = town[1][0]
        lines = [
            f"{street} {num}" + rng.choice(["", f" bte {rng.randint(1, 12)}"]),
            f"{pc} {town[0]}",
        ]
        box = f"Boîte postale {rng.randint(10, 999)}"
    elif loc == "es_MX":
        pc = rng.choice(town[2])
        inner = rng.choice(["", f" Int. {rng.randint(1, 12)}", f", Depto. {rng.randint(101, 804)}"])
        lines = [
            f"{street} {num}{inner}",
            f"Col. {rng.choice(pool['colonias'])}",
            f"{rng.choice(['C.P. ', ''])}{pc} {town[0]}, {town[1]}",
        ]
        box = f"Apartado Postal {rng.randint(10, 999)}"
    elif loc == "sv_SE":
        pc = f"{rng.choice(town[1])} {_d(rng, 2)}"
        lines = [
            f"{street} {num}" + rng.choice(["", f", {rng.randint(1, 6)} tr"]),
            f"{pc} {town[0]}",
        ]
        box = f"Box {rng.randint(100, 9999)}"
    elif loc == "cs_CZ":
        pc = rng.choice(town[1])
        lines = [f"{street} {rng.randint(100, 2999)}/{rng.randint(1, 80)}", f"{pc} {town[0]}"]
        box = f"P. O. BOX {rng.randint(10, 199)}"
    elif loc == "fy_NL":
        ab = "ABCEGHJKLMNPRTVWXZ"
        pc = f"{rng.choice(town[1])} {rng.choice(ab)}{rng.choice(ab)}"
        lines = [f"{street} {num}", f"{pc} {town[0]}"]
        box = f"Postbus {rng.randint(100, 9999)}"
    elif loc == "rm_CH":
        pc = town[1][0]
        lines = [f"{street} {num}", f"{pc} {town[0]}"]
        box = rng.choice(["Postfach", "Chascha postala"]) + f" {rng.randint(10, 999)}"
    elif loc == "sw_KE":
        pc = rng.choice(town[1])
        bld = rng.choice(["Kenya Cinema Plaza", "Uchumi House", "Jubilee Towers", "Rehema Plaza"])
        floor = rng.choice(["Ghorofa ya 3", "3rd Floor", "Ground Floor", "Ghorofa ya 5"])
        lines = [f"{bld}, {street}", floor, town[0]]
        box = rng.choice(["P.O. Box", "S.L.P."]) + f" {rng.randint(100, 99999)}-{pc}"
    else:  # az_AZ: AZ 1000 and AZ1000 both in use
        pc = rng.choice(town[1])
        pc = pc if rng.random() < 0.5 else f"AZ {pc[2:]}"
        lines = [
            f"{street} {num}" + rng.choice(["", f", mənzil {rng.randint(1, 90)}"]),
            f"{town[0]} {pc}" if rng.random() < 0.5 else f"{pc}, {town[0]}",
        ]
        box = f"Poçt qutusu {rng.randint(10, 999)}"
    pc_frag = [f"p:{pc}"]
    if form == "pobox":
        import re

        nums = re.findall(r"\d(?:[\d ]*\d)?", box)
        town_line = lines[-1] if loc not in ("sw_KE",) else town[0]
        text = f"{box}, {town_line}"
        frags = [f"p:{n}" for n in nums]
        if loc not in ("sw_KE",) and pc in town_line:
            frags += pc_frag
        return text, list(dict.fromkeys(frags)), form
    if form == "nopostcode" or pc not in lines[-1]:
        return f"{lines[0]}, {town[0]}", frags, "nopostcode"
    if form == "multiline":
        return "\n".join(lines), frags + pc_frag, form
    return ", ".join(lines), frags + pc_frag, form


# ---------------------------------------------------------------- ids


def ident(rng: random.Random, loc: str, person: tuple[str, str]) -> tuple[str, str, list[str]]:
    """(value, form, cue words) for a personal id of the locale."""
    cues = POOLS[loc]["id_cues"]
    key = rng.choice(list(cues))
    if loc == "en_GB":
        if key == "nino":
            v = ck.gb_nino(rng)
            v = rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"])
        else:
            v = _d(rng, 9)
    elif loc == "en_US":
        v = ck.us_ssn(rng) if key == "ssn" else rng.choice("ABC") + _d(rng, 8)
    elif loc == "en_CA":
        s = ck.ca_sin(rng)
        v = (
            rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])
            if key == "sin"
            else rng.choice(["AB", "GK", "HN", "PT"]) + _d(rng, 6)
        )
    elif loc == "de_DE":
        if key == "steuer":
            s = ck.de_steuer_id(rng)
            v = rng.choice([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])
        else:
            v = ck.de_ausweis(rng)
    elif loc == "fr_BE":
        if key == "rrn":
            s = ck.be_rrn(rng)
            v = rng.choice([f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}", s])
        else:
            s = ck.be_bban(rng)
            v = f"{s[:3]}-{s[3:10]}-{s[10:]}"
    elif loc == "es_MX":
        if key == "curp":
            female = rng.random() < 0.5
            v = ck.mx_curp(rng, person[1], rng.choice(MX["second"]), person[0], female)
        else:
            s = ck.mx_clabe(rng)
            v = rng.choice([s, f"{s[:3]} {s[3:6]} {s[6:17]} {s[17]}"])
    elif loc == "sv_SE":
        if key == "pnr":
            s = ck.se_personnummer(rng)
            v = rng.choice([f"{s[:6]}-{s[6:]}", f"19{s[:6]}-{s[6:]}", f"19{s}"])
        else:
            v = _d(rng, 8)
    elif loc == "cs_CZ":
        if key == "rc":
            s = ck.cz_rodne_cislo(rng, rng.random() < 0.5)
            v = rng.choice([f"{s[:6]}/{s[6:]}", s])
        else:
            v = _d(rng, 9)
    elif loc == "fy_NL":
        if key == "bsn":
            s = ck.nl_bsn(rng)
            v = rng.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}"])
        else:
            v = (
                rng.choice(["NX", "NW", "BP", "NR"])
                + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
                + _d(rng, 1)
            )
    elif loc == "rm_CH":
        if key == "ahv":
            s = ck.ch_ahv(rng)
            v = f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"
        else:
            v = rng.choice("ABCEFSX") + _d(rng, 7)
    elif loc == "sw_KE":
        v = (
            _d(rng, rng.choice([7, 8]))
            if key == "nid"
            else "A" + _d(rng, 9) + rng.choice(string.ascii_uppercase)
        )
    else:  # az_AZ
        if key == "fin":
            v = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))
        else:
            v = rng.choice(["AZE ", "AA ", "AZE"]) + _d(rng, 8 if rng.random() < 0.6 else 7)
    return v, key, cues[key]


# ---------------------------------------------------------------- phones, mail, web


def phone(rng: random.Random, loc: str) -> tuple[str, str]:
    region, nsn = ck.phone_nsn(rng, loc)
    cc = {
        "GB": "44",
        "US": "1",
        "CA": "1",
        "DE": "49",
        "BE": "32",
        "MX": "52",
        "SE": "46",
        "CZ": "420",
        "NL": "31",
        "CH": "41",
        "KE": "254",
        "AZ": "994",
    }[region]
    form = rng.choice(["national", "national", "intl", "intl", "dotted", "bare"])
    trunk = "" if region in ("US", "CA", "MX", "CZ") else "0"
    if region in ("US", "CA"):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        nat = rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}"])
        intl = f"+1 {a} {b} {c}"
        dotted = f"{a}.{b}.{c}"
    elif region == "GB":
        nat = f"0{nsn[:4]} {nsn[4:]}" if nsn[0] == "7" else f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        intl = (
            f"+44 {nsn[:4]} {nsn[4:]}"
            if nsn[0] == "7"
            else f"+44 (0){nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        )
        dotted = f"0{nsn[:4]}.{nsn[4:7]}.{nsn[7:]}"
    elif region == "DE":
        cut = 3 if nsn[0] == "1" else (2 if nsn[:2] in ("30", "40", "89") else 3)
        nat = rng.choice([f"0{nsn[:cut]} {nsn[cut:]}", f"0{nsn[:cut]}/{nsn[cut:]}"])
        intl = f"+49 {nsn[:cut]} {nsn[cut:]}"
        dotted = f"0{nsn[:cut]}.{nsn[cut:]}"
    elif region in ("BE", "CZ", "SE", "CH", "AZ", "KE"):
        head = 3 if region in ("CZ", "KE") or (region == "BE" and len(nsn) == 9) else 2
        if (region == "BE" and len(nsn) == 8 and nsn[0] in "24") or (
            region == "SE" and nsn[0] == "8"
        ):
            head = 1
        rest = nsn[head:]
        if len(rest) == 6 and region in ("CZ", "KE"):
            pairs = f"{rest[:3]} {rest[3:]}"
        elif len(rest) == 8:
            pairs = f"{rest[:3]} {rest[3:6]} {rest[6:]}"
        elif len(rest) == 7:
            pairs = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
        else:
            pairs = " ".join(rest[i : i + 2] for i in range(0, len(rest), 2))
        nat = f"0{nsn[:head]}-{pairs}" if region == "SE" else f"{trunk}{nsn[:head]} {pairs}"
        intl = f"+{cc} {nsn[:head]} {pairs}"
        dotted = f"{trunk}{nsn[:head]}.{pairs.replace(' ', '.')}"
    elif region == "MX":
        head = 2 if nsn[:2] in ("55", "33", "81") else 3
        nat = f"{nsn[:head]} {nsn[head:6]} {nsn[6:]}"
        intl = f"+52 {nat}"
        dotted = f"{nsn[:head]}.{nsn[head:6]}.{nsn[6:]}"
    else:  # NL
        head = 1 if nsn[0] == "6" else (2 if nsn[:2] == "58" else 3)
        nat = f"0{nsn[:head]}-{nsn[head:]}"
        intl = f"+31 {nsn[:head]} {nsn[head:]}"
        dotted = f"0{nsn[:head]}.{nsn[head:]}"
    bare = trunk + nsn if region not in ("US", "CA") else nsn
    if region == "MX":
        bare = nsn
    return {"national": nat, "intl": intl, "dotted": dotted, "bare": bare}[form], form


def email(rng: random.Random, loc: str, given: str, surname: str) -> tuple[str, str, str]:
    """(address, local part, form)."""
    from trainer_dev.redaction_sets.fiftythird_checks import fold_upper

    g, s = fold_upper(given).lower(), fold_upper(surname).lower().replace("-", "")
    form = rng.choice(["name", "initial", "role", "name"])
    local = {
        "name": f"{g}.{s}",
        "initial": f"{g[0]}{s}{rng.randint(1, 99)}",
        "role": rng.choice(["casting", "boxoffice", "booking", "tour", "prod", "rights"])
        + rng.choice([".", "-", ""])
        + rng.choice(["office", "desk", "team"])
        + _d(rng, 2),
    }[form]
    return f"{local}@{rng.choice(POOLS[loc]['domains'])}", local, form


PLATFORMS = ["vimeo.com", "soundcloud.com", "instagram.com", "linktr.ee", "youtube.com/@"]
SLUG_WORDS = [
    "kestrel",
    "brass",
    "velvet",
    "lantern",
    "echo",
    "paper",
    "moth",
    "harbour",
    "ember",
    "quartz",
    "willow",
    "atlas",
    "cobalt",
    "saffron",
    "tundra",
    "orbit",
]


def url(rng: random.Random, loc: str) -> tuple[str, str, str]:
    """(url, fragment, form)."""
    if rng.random() < 0.3:
        a, sep, z = rng.choice(SLUG_WORDS), rng.choice(["-", "_", ""]), rng.choice(SLUG_WORDS)
        slug = f"{a}{sep}{z}{_d(rng, 2)}"
        plat = rng.choice(PLATFORMS)
        sep = "" if plat.endswith("@") else "/"
        return f"https://{plat}{sep}{slug}", f"s:{slug}", "slug"
    host = rng.choice(POOLS[loc]["hosts"])
    path = rng.choice(["", "/apply", f"/event/{_d(rng, 4)}", "/crew-signup", f"/?id={_d(rng, 5)}"])
    sub = rng.choice(["", "www.", "", "tickets."])
    form = rng.choice(["https", "bare", "https", "www"])
    if form == "https":
        return f"https://{sub}{host}{path}", f"s:{host}", form
    if form == "www":
        return f"www.{host}{path}", f"s:{host}", form
    return f"{host}{path}", f"s:{host}", form


def ip(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.2:
        groups = ["2001", "db8"] + [f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 4]))]
        return ":".join(groups[:2]) + "::" + ":".join(groups[2:]), "v6"
    first = rng.choice([rng.randint(11, 99), rng.randint(101, 191), rng.randint(193, 223), 10, 172])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "v4"
