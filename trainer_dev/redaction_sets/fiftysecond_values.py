"""Value makers for the fifty-second set: e-mail, phone, URL, IP, card, IBAN and personal ids.

Each maker returns (value, form) or, for ids, (value, cue, form); check digits come from
fiftysecond_checks. Phone numbers are checked (only checked) with ``phonenumbers``.
"""

from __future__ import annotations

import random
import unicodedata

import phonenumbers

from trainer_dev.redaction_sets import fiftysecond_checks as ck

DIG = "0123456789"


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


# --- e-mail ---------------------------------------------------------------------------------

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "outlook.com", "bluecrestair.com", "prairiejet.us", "yahoo.com"],
    "en_GB": ["btinternet.com", "gmail.com", "northfieldaviation.co.uk", "skylane-mro.co.uk"],
    "en_KY": ["gmail.com", "candw.ky", "islandhopper.ky", "seagrapecharters.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "rheinmain-cargo.de", "flugschule-taunus.de"],
    "de_IT": ["rolmail.net", "gmail.com", "dolomitenflug.it", "brennercargo.it"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "aeroclub-vexin.fr", "fret-roissy.fr"],
    "fr_PF": ["mail.pf", "gmail.com", "vini.pf", "atollfret.pf", "motuair.pf"],
    "es_ES": ["gmail.com", "hotmail.es", "telefonica.net", "handling-barajas.es"],
    "eu_ES": ["euskalnet.net", "gmail.com", "loiuhandling.eus", "txorierri-aero.eus"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "malpensafreight.it", "aeroclubpavia.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "haarlemmermeerfreight.nl"],
    "pt_PT": ["sapo.pt", "gmail.com", "netcabo.pt", "handling-lisboa.pt", "aeroclube-evora.pt"],
}
ROLES = ["crewcontrol", "rostering", "lostandfound", "mro.planning", "ops.desk", "cargo.export",
         "charter.sales", "dispatch", "training.records", "claims"]


def make_email(loc: str, rng: random.Random, given: str, sur: str) -> tuple[str, str]:
    g = fold(given).lower().replace(" ", "")
    s = fold(sur).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(MAIL_DOMAINS[loc])
    style = rng.randrange(6)
    local = [f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}", f"{g}{s}{rng.randint(1, 99)}",
             f"{g}_{s}", f"{rng.choice(ROLES)}.{s}{rng.randint(2, 9)}"][style]
    addr = f"{local}@{dom}"
    form = rng.choice(["plain", "plain", "plain", "angle", "mailto", "upper"])
    if form == "angle":
        return f"<{addr}>", form
    if form == "mailto":
        return f"mailto:{addr}", form
    if form == "upper":
        return addr.replace(local, local.capitalize()), form
    return addr, form


# --- phone ----------------------------------------------------------------------------------

# country code, trunk prefix, [(leading digits, national significant length)]
PHONE_PLANS = {
    "en_US": ("1", "", [(a, 10) for a in ("404", "734", "310", "847", "206", "972", "316")]),
    "en_KY": ("1", "", [("345949", 10), ("345945", 10), ("345916", 10), ("345926", 10),
                        ("345947", 10), ("345938", 10)]),
    "en_GB": ("44", "0", [("208", 10), ("207", 10), ("1293", 10), ("161", 10), ("7911", 10),
                          ("7823", 10), ("7403", 10)]),
    "de_DE": ("49", "0", [("69", 10), ("89", 10), ("211", 10), ("40", 10), ("151", 11),
                          ("171", 10), ("176", 11), ("160", 10)]),
    "de_IT": ("39", "", [("0471", 10), ("0473", 10), ("0472", 10), ("0474", 10), ("347", 10),
                         ("335", 10), ("340", 10)]),
    "it_IT": ("39", "", [("06", 10), ("02", 10), ("035", 10), ("081", 10), ("041", 10),
                         ("328", 10), ("339", 10), ("366", 10)]),
    "fr_FR": ("33", "0", [("1", 9), ("4", 9), ("5", 9), ("6", 9), ("7", 9)]),
    "fr_PF": ("689", "", [("40", 8), ("87", 8), ("89", 8)]),
    "es_ES": ("34", "", [("91", 9), ("93", 9), ("95", 9), ("96", 9), ("6", 9), ("7", 9)]),
    "eu_ES": ("34", "", [("944", 9), ("946", 9), ("943", 9), ("945", 9), ("6", 9)]),
    "nl_NL": ("31", "0", [("20", 9), ("10", 9), ("40", 9), ("6", 9), ("23", 9)]),
    "pt_PT": ("351", "", [("21", 9), ("22", 9), ("289", 9), ("291", 9), ("91", 9), ("93", 9),
                          ("96", 9)]),
}


def _groups(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def _split(loc: str, lead: str, nsn: str) -> list[str]:
    if loc in ("fr_FR",):
        return [nsn[0]] + _groups(nsn[1:], [2, 2, 2, 2])
    if loc == "fr_PF":
        return _groups(nsn, [2, 2, 2, 2])
    if loc in ("en_US", "en_KY"):
        return _groups(nsn, [3, 3, 4])
    if loc in ("es_ES", "eu_ES", "pt_PT"):
        return _groups(nsn, [3, 3, 3])
    if loc == "nl_NL":
        return ([nsn[0]] + _groups(nsn[1:], [4, 4])) if nsn[0] == "6" else _groups(nsn, [2, 3, 4])
    rest = nsn[len(lead):]
    half = (len(rest) + 1) // 2
    return [lead, rest] if len(rest) <= 7 and len(lead) > 2 else [lead, rest[:half], rest[half:]]


def make_phone(loc: str, rng: random.Random) -> tuple[str, str]:
    cc, trunk, plans = PHONE_PLANS[loc]
    for _ in range(200):
        lead, length = rng.choice(plans)
        nsn = lead + _d(rng, length - len(lead))
        if loc in ("en_US", "en_KY") and (nsn[3] in "01" or nsn[3:6] == "555"):
            continue
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num):
            break
    else:
        raise AssertionError(loc)
    parts = _split(loc, lead, nsn)
    form = rng.choice(["intl", "intl", "national", "national", "dotted", "bare", "e164"])
    if loc in ("en_US", "en_KY"):
        if form == "national":
            return f"({parts[0]}) {parts[1]}-{parts[2]}", form
        if form == "dotted":
            return ".".join(parts), form
        if form == "bare":
            return f"{parts[0]}-{parts[1]}-{parts[2]}", form
        if form == "e164":
            return f"+1{nsn}", form
        return f"+1 {parts[0]} {parts[1]} {parts[2]}" if rng.random() < 0.5 else \
            f"+1 ({parts[0]}) {parts[1]}-{parts[2]}", form
    if form == "e164":
        return f"+{cc}{nsn}", form
    if form == "intl":
        if trunk and rng.random() < 0.3:
            return f"+{cc} ({trunk}){' '.join(parts)}", form
        return f"+{cc} {' '.join(parts)}", form
    if form == "dotted":
        return trunk + ".".join(parts), form
    if form == "bare":
        return trunk + nsn, form
    if loc == "de_DE":
        return f"{trunk}{parts[0]} {''.join(parts[1:])}" if rng.random() < 0.5 else \
            f"{trunk}{parts[0]}/{''.join(parts[1:])}", form
    if loc == "nl_NL" and nsn[0] == "6":
        return f"06-{nsn[1:]}", form
    return trunk + " ".join(parts), form


# --- URL --------------------------------------------------------------------------------------

URL_TLDS = {
    "en_US": ["com", "net", "aero", "blog", "us", "nyc"],
    "en_GB": ["co.uk", "uk", "scot", "wales", "london", "blog"],
    "en_KY": ["ky", "com.ky", "com", "travel"],
    "de_DE": ["de", "berlin", "hamburg", "bayern", "aero", "net"],
    "de_IT": ["it", "bz.it", "tirol", "eu", "com"],
    "fr_FR": ["fr", "bzh", "paris", "aero", "net"],
    "fr_PF": ["pf", "com.pf", "fr", "travel"],
    "es_ES": ["es", "com.es", "cat", "gal", "aero"],
    "eu_ES": ["eus", "es", "net", "org"],
    "it_IT": ["it", "eu", "net", "aero", "com"],
    "nl_NL": ["nl", "amsterdam", "frl", "eu", "aero"],
    "pt_PT": ["pt", "com.pt", "eu", "aero"],
}
HOST_WORDS = ["vliegt", "flies", "wings", "cockpit", "hangar", "skylog", "dronepix", "taxiway",
              "aerofoto", "pilotlog", "propwash", "glider", "vuela", "hegan", "vola", "voa",
              "vole", "fliegt", "rotor", "tailwheel"]
PLATFORMS = ["linkedin.com/in/", "instagram.com/", "x.com/", "youtube.com/@", "flickr.com/photos/",
             "github.com/", "vimeo.com/"]


def make_url(loc: str, rng: random.Random, given: str, sur: str) -> tuple[str, str, str]:
    """(value, fragment, form)."""
    g, s = fold(given).lower(), fold(sur).lower().replace(" ", "").replace("'", "")
    roll = rng.random()
    if roll < 0.3:
        slug = rng.choice([f"{g}-{s}", f"{g}{s}", f"{g}.{s}{rng.randint(1, 99)}",
                           f"{s}-{g}-{_d(rng, 3)}", f"{g}_{rng.choice(HOST_WORDS)}"])
        plat = rng.choice(PLATFORMS)
        pre = rng.choice(["https://www.", "https://", "www.", ""])
        return f"{pre}{plat}{slug}", f"s:{slug}", "platform"
    host = rng.choice([f"{g}-{rng.choice(HOST_WORDS)}", f"{s}{rng.choice(HOST_WORDS)}",
                       f"{g}{s}", f"{rng.choice(HOST_WORDS)}-{s}"])
    host = f"{host}.{rng.choice(URL_TLDS[loc])}"
    path = rng.choice(["", "", "/", "/logbook", "/fotos", "/cv.pdf", "/blog/2026/solo-flight",
                       "/contact", "/portfolio"])
    form = rng.choice(["https", "https", "www", "bare", "http"])
    pre = {"https": "https://", "www": "www.", "bare": "", "http": "http://www."}[form]
    return f"{pre}{host}{path}", f"h:{host}", form


# --- IP, card, IBAN ---------------------------------------------------------------------------


def make_ip(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.12:
        groups = [rng.choice(["2a02", "2a01", "2001", "2a00"])]
        groups += [f"{rng.randint(0, 0xffff):x}" for _ in range(3)]
        return ":".join(groups) + "::" + f"{rng.randint(1, 0xfff):x}", "v6"
    first = rng.choice([31, 46, 62, 77, 81, 85, 89, 93, 109, 141, 176, 185, 193, 212, 217])
    ip = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if roll < 0.25:
        return ip.replace(f"{first}.", f"{rng.choice([10, 172, 192])}.", 1), "private"
    return ip, "v4"


def make_card(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if kind == "amex":
        num = ck.luhn_complete(rng.choice(["34", "37"]) + _d(rng, 12))
        return (f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num), "amex"
    stem = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720))}[kind]
    num = ck.luhn_complete(stem + _d(rng, 15 - len(stem)))
    form = rng.choice(["spaced", "spaced", "dashed", "bare"])
    if form == "bare":
        return num, form
    sep = " " if form == "spaced" else "-"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)), form


def _bban(country: str, rng: random.Random) -> str:
    if country == "DE":
        return rng.choice(["50010517", "37040044", "70150000", "20050550"]) + _d(rng, 10)
    if country == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 14)
    if country == "FR":
        bank, branch, acct = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        return f"{bank}{branch}{acct}{ck.rib_key(bank, branch, acct):02d}"
    if country == "ES":
        bb, acct = _d(rng, 8), _d(rng, 10)
        return f"{bb}{ck.es_dc(bb, acct)}{acct}"
    if country == "IT":
        abi, cab, acct = rng.choice(["06045", "08081", "03069", "02008"]), _d(rng, 5), _d(rng, 12)
        return f"{ck.it_cin(abi, cab, acct)}{abi}{cab}{acct}"
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + _d(rng, 10)
    if country == "PT":
        stem = rng.choice(["0035", "0033", "0007", "0010"]) + _d(rng, 15)
        return stem + ck.pt_nib_check(stem)
    raise AssertionError(country)


IBAN_COUNTRY = {"en_US": "DE", "en_GB": "GB", "en_KY": "GB", "de_DE": "DE", "de_IT": "IT",
                "fr_FR": "FR", "fr_PF": "FR", "es_ES": "ES", "eu_ES": "ES", "it_IT": "IT",
                "nl_NL": "NL", "pt_PT": "PT"}


def make_iban(loc: str, rng: random.Random) -> tuple[str, str]:
    country = IBAN_COUNTRY[loc]
    if loc in ("en_US", "en_KY") and rng.random() < 0.4:
        country = rng.choice(["FR", "NL", "DE"])
    iban = ck.iban_complete(country, _bban(country, rng))
    if rng.random() < 0.65:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), "grouped"
    return iban, "compact"
