"""Numbers of the tenth set: check digits written here from the published algorithms, phones
from each national numbering plan, cards, IBANs, national ids, IPs, e-mails and URLs.

Every function takes a ``random.Random`` and a locale and returns the value as written."""

from __future__ import annotations

import random
import re
import string
import unicodedata

from .tenth_checks import digits, iban_make, luhn_complete


def phone(rng: random.Random, locale: str) -> str:
    r = rng.random()
    if locale in ("en_US", "en_CA"):
        area = digits(rng, 3, "23456789")
        ex = digits(rng, 3, "23456789")
        while ex[1:] == "11" or ex == "555":
            ex = digits(rng, 3, "23456789")
        line = digits(rng, 4)
        forms = [
            f"({area}) {ex}-{line}",
            f"{area}-{ex}-{line}",
            f"+1 {area} {ex} {line}",
            f"{area}.{ex}.{line}",
            f"1-{area}-{ex}-{line}",
        ]
    elif locale == "en_GB":
        if r < 0.5:
            m = "7" + digits(rng, 9, "45789")
            forms = [f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}"]
        else:
            n = digits(rng, 8, "2378")
            code = rng.choice(["20", "161", "113", "131", "117"])
            n = n[: 10 - len(code)]
            forms = [f"0{code} {n[:-4]} {n[-4:]}", f"+44 {code} {n[:-4]} {n[-4:]}"]
    elif locale == "en_IE":
        if r < 0.6:
            p, n = rng.choice(["83", "85", "86", "87", "89"]), digits(rng, 7, "2345689")
            forms = [f"0{p} {n[:3]} {n[3:]}", f"+353 {p} {n[:3]} {n[3:]}", f"0{p}-{n}"]
        else:
            code = rng.choice(["1", "21", "91", "61"])
            n = digits(rng, 7 if code == "1" else 6, "2456789")
            forms = [f"(0{code}) {n[:3]} {n[3:]}", f"+353 {code} {n[:3]} {n[3:]}"]
    elif locale == "en_IN":
        if r < 0.7:
            m = digits(rng, 10, "6789")
            forms = [f"+91 {m[:5]} {m[5:]}", f"0{m[:5]} {m[5:]}", m, f"+91-{m}"]
        else:
            code = rng.choice(["80", "22", "44", "40", "11"])
            n = digits(rng, 8, "2346")
            forms = [f"0{code}-{n[:4]} {n[4:]}", f"+91 {code} {n[:4]} {n[4:]}"]
    elif locale == "en_AU":
        if r < 0.6:
            m = "4" + digits(rng, 8)
            forms = [f"0{m[:3]} {m[3:6]} {m[6:]}", f"+61 {m[:3]} {m[3:6]} {m[6:]}"]
        else:
            code, n = rng.choice("2378"), digits(rng, 8, "3456789")
            forms = [f"(0{code}) {n[:4]} {n[4:]}", f"+61 {code} {n[:4]} {n[4:]}"]
    elif locale == "de_DE":
        if r < 0.5:
            p, n = (
                rng.choice(["151", "160", "171", "176", "157"]),
                digits(rng, 7 + rng.randint(0, 1), "123456789"),
            )
            forms = [
                f"0{p} {n}",
                f"+49 {p} {n}",
                f"+49 (0){p} {n}",
                f"0{p}/{n}",
                f"0{p}-{n[:3]} {n[3:]}",
            ]
        else:
            code, n = rng.choice(["30", "40", "89", "221", "69", "711"]), digits(rng, 7, "2345789")
            forms = [f"0{code} {n}", f"+49 {code} {n}", f"0{code}/{n[:3]} {n[3:]}", f"0{code}-{n}"]
    elif locale == "fr_FR":
        n = rng.choice("1234567") + digits(rng, 8)
        pairs = [n[1:3], n[3:5], n[5:7], n[7:9]]
        forms = [
            "0" + n[0] + " " + " ".join(pairs),
            "+33 " + n[0] + " " + " ".join(pairs),
            "0" + n[0] + "." + ".".join(pairs),
            "+33 (0)" + n[0] + " " + " ".join(pairs),
        ]
    elif locale == "es_ES":
        n = rng.choice("6789") + digits(rng, 8)
        forms = [
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"+34 {n[:3]} {n[3:6]} {n[6:]}",
            f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
            f"(+34) {n}",
            f"{n[:3]}.{n[3:6]}.{n[6:]}",
        ]
    elif locale == "it_IT":
        if r < 0.6:
            m = "3" + digits(rng, 9)
            forms = [
                f"{m[:3]} {m[3:6]} {m[6:]}",
                f"+39 {m[:3]} {m[3:]}",
                f"{m[:3]}-{m[3:]}",
                f"(+39) {m[:3]} {m[3:6]} {m[6:]}",
            ]
        else:
            code, n = rng.choice(["02", "06", "011", "055", "081"]), digits(rng, 7, "23456789")
            forms = [f"{code} {n[:4]} {n[4:]}", f"+39 {code} {n}", f"{code}/{n}"]
    elif locale == "nl_NL":
        if r < 0.5:
            n = digits(rng, 8, "12345678")
            forms = [f"06-{n}", f"+31 6 {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"(06) {n}"]
        else:
            code, n = rng.choice(["20", "10", "30", "70", "50"]), digits(rng, 7, "2345678")
            forms = [f"0{code}-{n}", f"+31 {code} {n[:3]} {n[3:]}", f"0{code} {n[:3]} {n[3:]}"]
    elif locale == "pt_BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48"])
        if r < 0.65:
            n = "9" + digits(rng, 8, "6789")
            forms = [
                f"({ddd}) {n[:5]}-{n[5:]}",
                f"+55 {ddd} {n[:5]}-{n[5:]}",
                f"{ddd} {n[:5]} {n[5:]}",
                f"+55 ({ddd}) {n}",
            ]
        else:
            n = digits(rng, 8, "2345")
            forms = [f"({ddd}) {n[:4]}-{n[4:]}", f"+55 {ddd} {n[:4]}-{n[4:]}"]
    else:
        raise KeyError(locale)
    return rng.choice(forms)


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    prefix = "4" if kind < 0.6 else rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    n = luhn_complete(prefix + digits(rng, 15 - len(prefix)))
    sep = rng.choice([" ", "-", "", " "])
    return sep.join([n[:4], n[4:8], n[8:12], n[12:]])


IBAN_COUNTRY = {
    "de_DE": "DE",
    "en_GB": "GB",
    "en_IE": "IE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}


def iban(rng: random.Random, locale: str) -> str:
    country = IBAN_COUNTRY.get(locale) or rng.choice(sorted(IBAN_COUNTRY.values()))
    up = string.ascii_uppercase
    bban = {
        "DE": lambda: digits(rng, 18, "123456789"),
        "GB": lambda: "".join(rng.choice(up) for _ in range(4)) + digits(rng, 14),
        "IE": lambda: "".join(rng.choice(up) for _ in range(4)) + digits(rng, 14),
        "FR": lambda: digits(rng, 10, "123") + digits(rng, 11) + digits(rng, 2),
        "ES": lambda: digits(rng, 20, "0123"),
        "IT": lambda: rng.choice(up) + digits(rng, 10, "0") + digits(rng, 12),
        "NL": lambda: "".join(rng.choice(up) for _ in range(4)) + digits(rng, 10, "0123456789"),
        "BR": lambda: digits(rng, 23) + rng.choice("CP") + rng.choice("12"),
    }[country]()
    value = iban_make(country, bban)
    if rng.random() < 0.65:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if r < 0.5:
        return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    first = rng.choice([23, 31, 45, 62, 77, 81, 89, 91, 109, 141, 151, 176, 185, 203, 212])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}"


WEBMAIL = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net"],
    "en_GB": ["gmail.com", "btinternet.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "en_IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
    "en_IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "en_AU": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
    "en_CA": ["gmail.com", "shaw.ca", "rogers.com", "videotron.ca"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "es_ES": ["gmail.com", "telefonica.net", "yahoo.es", "hotmail.es"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl", "hetnet.nl"],
    "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br", "yahoo.com.br"],
}
ODD_TLDS = [
    "name",
    "tel",
    "berlin",
    "amsterdam",
    "cologne",
    "scot",
    "wales",
    "blog",
    "studio",
    "design",
    "photography",
    "coach",
    "dev",
    "app",
    "xyz",
    "page",
    "rio",
    "paris",
    "barcelona",
    "nyc",
    "me",
    "io",
]
CC_TLD = {
    "en_US": "us",
    "en_GB": "co.uk",
    "en_IE": "ie",
    "en_IN": "in",
    "en_AU": "com.au",
    "en_CA": "ca",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "pt_BR": "com.br",
}


_COMBINING = re.compile("[\u0300-\u036f]")


def ascii_fold(s: str) -> str:
    """Accents dropped (NFKD, combining marks removed), ß as ss."""
    if s.isascii():
        return s
    return _COMBINING.sub("", unicodedata.normalize("NFKD", s)).replace("ß", "ss")


def _slug(s: str) -> str:
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def email(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str]:
    """(address, local part)."""
    g, s = _slug(given), _slug(surname.split()[-1])
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g}-{s}",
            f"{g}.{s}{rng.randint(1, 99)}",
            f"{g[0]}{s}{rng.randint(70, 99)}",
            f"{s}{g[0]}",
            f"{g}+news",
        ]
    )
    if rng.random() < 0.25:
        host = f"{s}{rng.choice(['-family', 'home', '-mail', ''])}.{rng.choice(ODD_TLDS)}"
    elif rng.random() < 0.3:
        firm = rng.choice(
            ["brightmoor", "kestrel-works", "northpier", "ovenbird", "talmadge", "quillon"]
        )
        host = f"{firm}.{CC_TLD[locale]}"
    else:
        host = rng.choice(WEBMAIL[locale])
    value = f"{local}@{host}"
    if rng.random() < 0.08:
        value = value.upper() if rng.random() < 0.5 else f"<{value}>"
    return value, local


def url(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, list[str]]:
    """(url as written, distinctive substrings: host core and slug)."""
    g, s = _slug(given), _slug(surname.split()[-1])
    tag = f"{rng.randint(1000, 9999)}"
    r = rng.random()
    if r < 0.3:
        host = f"{g}{s}.{rng.choice(ODD_TLDS)}"
        path = rng.choice(
            ["", "/", "/about", "/portfolio", f"/blog/{rng.randint(2019, 2026)}/notes-{tag}"]
        )
        value = rng.choice(["https://", "http://", "", "www."]) + host + path
        return value, [host]
    if r < 0.6:
        host = rng.choice(
            [
                "linkedin.com/in",
                "github.com",
                "instagram.com",
                "xing.com/profile",
                "behance.net",
                "about.me",
            ]
        )
        slug = f"{g}-{s}-{tag}" if "linkedin" in host or "xing" in host else f"{g}{s}{tag[:2]}"
        value = rng.choice(["https://", "https://www.", "", "www."]) + f"{host}/{slug}"
        return value, [slug]
    trade = rng.choice(["atelier", "fotografie", "consulting", "studio", "tutoring", "bakes"])
    host = f"{s}-{trade}.{CC_TLD[locale]}"
    value = (
        rng.choice(["https://", "https://www.", "www.", ""])
        + host
        + rng.choice(["", "/contact", f"/p/{tag}"])
    )
    return value, [host]
