"""Generators for contact, payment and bank values of the twentyfirst set."""

from __future__ import annotations

from . import twentyfirst_checks as ck
from .twentyfirst_people import fold
from .twentyfirst_phones import IBAN_LOCALES, REGION, _d, phone

__all__ = ["IBAN_LOCALES", "REGION", "_d", "phone"]

FREEMAIL = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"],
    "en_GB": [
        "gmail.com",
        "btinternet.com",
        "outlook.com",
        "hotmail.co.uk",
        "yahoo.co.uk",
        "sky.com",
    ],
    "en_MT": ["gmail.com", "maltanet.net", "hotmail.com", "outlook.com", "yahoo.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr", "sfr.fr"],
    "fr_CH": ["bluewin.ch", "gmail.com", "hispeed.ch", "gmx.ch", "protonmail.ch"],
    "es_MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"],
    "es_CL": ["gmail.com", "hotmail.com", "vtr.net", "outlook.cl", "yahoo.es"],
    "es_UY": ["gmail.com", "adinet.com.uy", "hotmail.com", "montevideo.com.uy", "outlook.com"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"],
    "sl_SI": ["gmail.com", "siol.net", "t-2.net", "amis.net", "guest.arnes.si"],
    "nl_BE": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be"],
}
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_MT": "com.mt",
    "de_DE": "de",
    "fr_FR": "fr",
    "fr_CH": "ch",
    "es_MX": "com.mx",
    "es_CL": "cl",
    "es_UY": "com.uy",
    "it_IT": "it",
    "sl_SI": "si",
    "nl_BE": "be",
}
GENERIC_LOCAL = [
    "info",
    "hello",
    "contact",
    "kontakt",
    "hola",
    "ciao",
    "studio",
    "office",
    "pozdravljeni",
]


def _slugname(person: dict) -> tuple[str, str]:
    g = fold(person["given"]).lower().replace(" ", "").replace("'", "")
    s = fold(person["surname"]).lower().replace(" ", "").replace("'", "")
    return g, s


def email(loc: str, rng, person: dict) -> tuple[str, list[str], str]:
    g, s = _slugname(person)
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}",
            f"{g}_{s}",
            f"{s}.{g}",
            f"{g}.{s}{rng.randint(70, 99)}",
            f"{g[0]}{s}",
            f"{g}.{s[0]}{rng.randint(1, 9)}",
        ]
    )
    form = rng.choice(["freemail", "freemail", "own_domain", "obfuscated", "plus_tag", "upper"])
    if form == "own_domain":
        dom_label = rng.choice(
            [
                f"{g}{s}",
                f"{s}-{rng.choice(['design', 'consulting', 'studio', 'coaching'])}",
                f"{g}-{s}",
            ]
        )
        lp = rng.choice(GENERIC_LOCAL + [g])
        v = f"{lp}@{dom_label}.{TLD[loc]}"
        return v, ["t:" + dom_label], form
    dom = rng.choice(FREEMAIL[loc])
    if form == "obfuscated":
        name, tld = dom.split(".", 1)
        v = rng.choice(
            [
                f"{local} [at] {name} [dot] {tld}",
                f"{local} (at) {dom}",
                f"{local} at {name} dot {tld}",
            ]
        )
    elif form == "plus_tag":
        v = f"{local}+{rng.choice(['jobs', 'cv', 'work', 'freelance'])}@{dom}"
    elif form == "upper":
        v = f"{local.capitalize()}@{dom}" if rng.random() < 0.5 else f"{local}@{dom}".upper()
    else:
        v = f"{local}@{dom}"
    return v, ["t:" + local], form


def url(loc: str, rng, person: dict) -> tuple[str, list[str], str]:
    g, s = _slugname(person)
    form = rng.choice(["linkedin_full", "linkedin_bare", "own_site", "portfolio", "booking"])
    if form.startswith("linkedin"):
        slug = rng.choice(
            [f"{g}-{s}", f"{g}{s}", f"{g}-{s}-{rng.randrange(16**6, 16**7):x}", f"{g[0]}{s}"]
        )
        v = (
            f"https://www.linkedin.com/in/{slug}/"
            if form == "linkedin_full"
            else f"linkedin.com/in/{slug}"
        )
        return v, ["t:" + slug], form
    if form == "own_site":
        host = rng.choice(
            [f"{g}{s}", f"{g}-{s}", f"{s}{rng.choice(['design', 'coaching', 'lab', 'dev'])}"]
        )
        v = rng.choice(
            [
                f"www.{host}.{TLD[loc]}",
                f"https://{host}.{TLD[loc]}",
                f"{host}.{rng.choice(['com', 'net', 'io', 'dev'])}",
            ]
        )
        return v, ["t:" + host], form
    if form == "portfolio":
        h = rng.choice([f"{g}{s}", f"{g[0]}{s}", f"{g}-{s}", f"{s}{g[0]}"])
        v = rng.choice(
            [
                f"github.com/{h}",
                f"https://www.behance.net/{h}",
                f"dribbble.com/{h}",
                f"https://{h}.github.io",
            ]
        )
        return v, ["t:" + h], form
    slug = f"{g}-{s}"
    v = rng.choice(
        [
            f"https://calendly.com/{slug}/30min",
            f"calendly.com/{slug}",
            f"https://cal.com/{slug}/intro",
        ]
    )
    return v, ["t:" + slug], form


def ip(rng) -> tuple[str, list[str], str]:
    form = rng.choice(["ipv4", "ipv4", "ipv4_port", "ipv6"])
    if form == "ipv6":
        v = "2a02:" + ":".join(f"{rng.randrange(1, 0xFFFF):x}" for _ in range(7))
        return v, ["p:" + v], form
    a = rng.choice(
        [
            31,
            37,
            46,
            62,
            77,
            78,
            79,
            80,
            81,
            82,
            84,
            85,
            87,
            88,
            89,
            91,
            93,
            94,
            95,
            109,
            145,
            151,
            176,
            178,
            185,
            188,
            193,
            195,
            212,
            213,
            217,
        ]
    )
    addr = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    v = addr + (
        f":{rng.choice([8080, 8443, 3000, 5000, 2222, 8000])}" if form == "ipv4_port" else ""
    )
    return v, ["p:" + addr], form


def dwindows(value: str) -> list[str]:
    """d: fragments for every 4-digit window inside each run of digits and separators."""
    out, run = [], ""
    for ch in value + "x":
        if ch.isdigit():
            run += ch
        elif ch.isalpha() or ch == "_":
            out += [run[i : i + 4] for i in range(len(run) - 3)]
            run = ""
    return ["d:" + w for w in dict.fromkeys(out)]


def card(rng) -> tuple[str, list[str], str]:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if brand == "amex":
        n = ck.luhn_complete(rng.choice(["34", "37"]) + _d(rng, 12))
        v = rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n])
        return v, dwindows(v), "amex"
    pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720))}[brand]
    n = ck.luhn_complete(pre + _d(rng, 15 - len(pre)))
    form = rng.choice(["spaced4", "spaced4", "compact", "dashed"])
    g = [n[i : i + 4] for i in range(0, 16, 4)]
    v = {"spaced4": " ".join(g), "compact": n, "dashed": "-".join(g)}[form]
    return v, dwindows(v), form


def _bban(loc: str, rng) -> tuple[str, str]:
    if loc == "de_DE":
        return "DE", rng.choice(
            ["10010010", "37040044", "50010517", "12030000", "43060967", "70150000", "20050550"]
        ) + _d(rng, 10)
    if loc == "fr_FR":
        bank, br, acc = (
            rng.choice(["30002", "30004", "20041", "10278", "30003"]),
            _d(rng, 5),
            _d(rng, 11),
        )
        return "FR", bank + br + acc + ck.fr_rib_key(bank, br, acc)
    if loc == "it_IT":
        return "IT", rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rng.choice(
            ["03069", "02008", "05034", "03062", "01030"]
        ) + _d(rng, 5) + _d(rng, 12)
    if loc == "sl_SI":
        first = rng.choice(["02", "04", "05", "10", "19", "61"]) + _d(rng, 11)
        return "SI", first + ck.si_bban_check(first)
    if loc == "nl_BE":
        first = rng.choice(["001", "068", "363", "735", "737", "979", "143"]) + _d(rng, 7)
        return "BE", first + ck.be_account_check(first)
    if loc == "en_GB":
        return "GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 6) + _d(rng, 8)
    if loc == "en_MT":
        return "MT", rng.choice(["VALL", "MALT", "APSB"]) + _d(rng, 5) + "000" + _d(rng, 15)
    if loc == "fr_CH":
        return "CH", rng.choice(["00762", "00230", "00700", "80808", "00767"]) + _d(rng, 12)
    raise ValueError(loc)


def iban(loc: str, rng) -> tuple[str, list[str], str]:
    cc, bban = _bban(loc, rng)
    raw = ck.iban_make(cc, bban)
    form = rng.choice(["print", "print", "compact", "print_lower"])
    v = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if form.startswith("print") else raw
    if form == "print_lower":
        v = v[:2] + v[2:].lower() if cc in ("GB", "MT", "IT") else v
    return v, dwindows(v) or ["s:" + raw], form


def bank_local(loc: str, rng) -> tuple[str, list[str], str]:
    """Bank account values where IBAN is not used (labelled ID)."""
    if loc == "es_MX":
        first = (
            rng.choice(["002", "012", "014", "021", "072", "127", "044"])
            + rng.choice(["180", "320", "580", "650"])
            + _d(rng, 11)
        )
        n = first + ck.clabe_check(first)
        v = rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:17]} {n[17]}"])
        return v, dwindows(v), "clabe"
    if loc == "es_CL":
        v = rng.choice(
            [_d(rng, 2) + "-" + _d(rng, 6) + "-0" + _d(rng, 1), "000" + _d(rng, 8), _d(rng, 8)]
        )
        return v, dwindows(v), "cuenta_cl"
    if loc == "es_UY":
        v = rng.choice(
            ["00" + _d(rng, 7) + "-0000" + _d(rng, 1), _d(rng, 9) + "-" + _d(rng, 5), _d(rng, 14)]
        )
        return v, dwindows(v), "cuenta_uy"
    v = rng.choice([_d(rng, 10), _d(rng, 12), "00" + _d(rng, 9)])
    return v, dwindows(v), "us_account"
