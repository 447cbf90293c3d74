"""Phones (validated with phonenumbers only), e-mails, URLs, IPs and cards.

Each maker returns (value, fragments, form).
"""

from __future__ import annotations

import random

import phonenumbers

from .twentysecond_checks import luhn_digit
from .twentysecond_core import digit_windows
from .twentysecond_names import fold

# locale: cc, [(weight, prefixes, nsn length, [templates])]; N = next digit of the NSN.
PHONES = {
    "en_US": ("1", [(1, ["212", "312", "415", "617", "734", "206", "512", "303", "404", "919",
                         "608", "412"], 10,
                     ["(NNN) NNN-NNNN", "NNN-NNN-NNNN", "NNN.NNN.NNNN", "+1 NNN NNN NNNN",
                      "+1-NNN-NNN-NNNN", "+1 (NNN) NNN-NNNN"])]),
    "en_IN": ("91", [(3, ["98", "99", "97", "96", "95", "94", "93", "90", "88", "87", "70",
                          "63"], 10,
                      ["NNNNN NNNNN", "+91 NNNNN NNNNN", "+91-NNNNNNNNNN", "0NNNNNNNNNN",
                       "+91NNNNNNNNNN", "NNNNNNNNNN"]),
                     (1, ["80", "22", "11", "44"], 10, ["0NN NNNN NNNN", "+91 NN NNNN NNNN"])]),
    "pt_PT": ("351", [(3, ["91", "92", "93", "96"], 9,
                       ["NNN NNN NNN", "+351 NNN NNN NNN", "+351NNNNNNNNN", "00351 NNN NNN NNN",
                        "NNNNNNNNN"]),
                      (1, ["21", "22", "239", "253"], 9, ["NNN NNN NNN", "+351 NNN NNN NNN"])]),
    "pl_PL": ("48", [(3, ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9,
                      ["NNN NNN NNN", "NNN-NNN-NNN", "+48 NNN NNN NNN", "+48NNNNNNNNN",
                       "+48 NNN-NNN-NNN", "NNNNNNNNN"]),
                     (1, ["22", "12", "71", "61", "58"], 9,
                      ["NN NNN NN NN", "(NN) NNN NN NN", "+48 NN NNN NN NN"])]),
    "sv_SE": ("46", [(3, ["70", "72", "73", "76", "79"], 9,
                      ["0NN-NNN NN NN", "0NN NNN NN NN", "0NNNNNNNNN", "+46 NN NNN NN NN",
                       "+46NNNNNNNNN", "+46 (0)NN-NNN NN NN"]),
                     (1, ["8"], 9, ["0N-NNN NNN NN", "0N-NN NN NN NN", "+46 N NNN NNN NN"]),
                     (1, ["31", "40", "18", "46"], 9, ["0NN-NNN NN NN", "+46 NN NNN NN NN"])]),
    "tr_TR": ("90", [(3, ["532", "533", "535", "542", "505", "555", "544", "506", "541"], 10,
                      ["0NNN NNN NN NN", "+90 NNN NNN NN NN", "0 (NNN) NNN NN NN",
                       "+90NNNNNNNNNN", "NNN NNN NNNN", "0NNNNNNNNNN"]),
                     (1, ["212", "216", "312", "232"], 10,
                      ["0NNN NNN NN NN", "(0NNN) NNN NN NN", "+90 NNN NNN NN NN"])]),
    "es_PE": ("51", [(3, ["9"], 9, ["NNN NNN NNN", "+51 NNN NNN NNN", "+51NNNNNNNNN",
                                    "NNNNNNNNN", "NNN-NNN-NNN"]),
                     (1, ["1"], 8, ["(0N) NNN-NNNN", "0N NNN NNNN", "+51 N NNN NNNN"])]),
    "en_KE": ("254", [(3, ["70", "71", "72", "74", "79", "11"], 9,
                       ["0NNN NNN NNN", "+254 NNN NNN NNN", "+254NNNNNNNNN", "0NNNNNNNNN",
                        "254 NNN NNNNNN", "+254-NNN-NNNNNN"]),
                      (1, ["20"], 9, ["0NN NNN NNNN", "+254 NN NNN NNNN"])]),
    "fr_BE": ("32", [(3, ["47", "48", "49"], 9,
                      ["0NNN NN NN NN", "+32 NNN NN NN NN", "0NNN/NN.NN.NN", "+32 (0)NNN NN NN NN",
                       "+32NNNNNNNNN", "0NNN.NN.NN.NN"]),
                     (1, ["2", "4"], 8, ["0N NNN NN NN", "+32 N NNN NN NN"]),
                     (1, ["10", "65", "81"], 8, ["0NN NN NN NN", "+32 NN NN NN NN"])]),
    "fr_CH": ("41", [(3, ["75", "76", "77", "78", "79"], 9,
                      ["0NN NNN NN NN", "+41 NN NNN NN NN", "+41NNNNNNNNN", "0041 NN NNN NN NN",
                       "+41 (0)NN NNN NN NN"]),
                     (1, ["21", "22", "27", "32", "26"], 9,
                      ["0NN NNN NN NN", "+41 NN NNN NN NN"])]),
    "es_UY": ("598", [(3, ["91", "93", "94", "95", "96", "97", "98", "99"], 8,
                       ["0NN NNN NNN", "+598 NN NNN NNN", "+598NNNNNNNN", "0NNNNNNNN",
                        "0NN-NNN-NNN"]),
                      (1, ["29", "26", "24", "27"], 8, ["NNNN NNNN", "+598 NNNN NNNN"])]),
    "en_MT": ("356", [(3, ["79", "99", "77"], 8,
                       ["NNNN NNNN", "+356 NNNN NNNN", "+356NNNNNNNN", "00356 NNNN NNNN",
                        "NNNNNNNN"]),
                      (1, ["21", "27", "22"], 8, ["NNNN NNNN", "+356 NNNN NNNN"])]),
}


def phone_region(locale: str) -> str:
    return locale.split("_")[1]


def phone(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    cc, specs = PHONES[locale]
    w, prefixes, length, templates = rng.choices(specs, weights=[s[0] for s in specs])[0]
    for _ in range(200):
        pre = rng.choice(prefixes)
        nsn = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre)))
        if locale == "en_US" and (nsn[3] in "01" or nsn[4:6] == "11" or nsn[3:6] == "555"):
            continue
        num = phonenumbers.parse("+" + cc + nsn)
        if phonenumbers.is_valid_number(num):
            break
    else:  # pragma: no cover
        raise RuntimeError(locale)
    tpl = rng.choice(templates)
    it = iter(nsn)
    value = "".join(next(it) if ch == "N" else ch for ch in tpl)
    intl = value.startswith(("+", "00"))
    if intl and not value.startswith(("+" + cc, "00" + cc)):
        raise AssertionError(value)
    bare = not any(c in value for c in " -./()")
    form = ("intl" if intl else "national") + ("_compact" if bare else "_grouped")
    if " " in value and rng.random() < 0.12:
        value, form = value.replace(" ", "\u00a0"), form + "_nbsp"
    if w == 1:
        form = "landline_" + form
    return value, digit_windows(value), form


MAIL_DOMAINS = {
    "en_US": ["gmail.com", "umich.edu", "outlook.com", "yahoo.com", "cs.cmu.edu", "icloud.com"],
    "en_IN": ["gmail.com", "iitb.ac.in", "rediffmail.com", "yahoo.co.in", "iisc.ac.in"],
    "pt_PT": ["gmail.com", "sapo.pt", "campus.ul.pt", "fe.up.pt", "hotmail.com", "uc.pt"],
    "pl_PL": ["gmail.com", "wp.pl", "o2.pl", "interia.pl", "uw.edu.pl", "pwr.edu.pl"],
    "sv_SE": ["gmail.com", "telia.com", "kth.se", "outlook.com", "lu.se", "hotmail.se"],
    "tr_TR": ["gmail.com", "hotmail.com", "boun.edu.tr", "metu.edu.tr", "yandex.com"],
    "es_PE": ["gmail.com", "hotmail.com", "pucp.edu.pe", "unmsm.edu.pe", "outlook.es"],
    "en_KE": ["gmail.com", "yahoo.com", "uonbi.ac.ke", "strathmore.edu", "outlook.com"],
    "fr_BE": ["gmail.com", "skynet.be", "uclouvain.be", "ulb.be", "hotmail.be", "uliege.be"],
    "fr_CH": ["gmail.com", "bluewin.ch", "unige.ch", "epfl.ch", "unil.ch", "gmx.ch"],
    "es_UY": ["gmail.com", "adinet.com.uy", "fing.edu.uy", "hotmail.com", "correo.um.edu.uy"],
    "en_MT": ["gmail.com", "um.edu.mt", "maltanet.net", "go.net.mt", "outlook.com"],
}


def _slug_parts(given: str, surname: str) -> tuple[str, str]:
    g = fold(given).lower().replace(" ", "").replace("'", "")
    s = fold(surname).lower().replace(" ", "").replace("'", "").replace("-", "")
    return g, s


def email(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, list[str], str]:
    g, s = _slug_parts(given, surname)
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}_{s}",
                        f"{g}{s}{rng.randint(70, 99)}", f"{s}{g[0]}", f"{g}.{s}"])
    dom = rng.choice(MAIL_DOMAINS[locale])
    form = rng.choice(["plain", "plain", "plain", "angle", "mailto", "obfuscated"])
    if form == "obfuscated":
        value = f"{local} {rng.choice(['(at)', '[at]', 'at'])} {dom.replace('.', ' dot ', 1)}"
    elif form == "angle":
        value = f"<{local}@{dom}>"
    elif form == "mailto":
        value = f"mailto:{local}@{dom}"
    else:
        value = f"{local}@{dom}"
    return value, ["t:" + local], form


TLD = {"en_US": "com", "en_IN": "in", "pt_PT": "pt", "pl_PL": "pl", "sv_SE": "se",
       "tr_TR": "com.tr", "es_PE": "pe", "en_KE": "co.ke", "fr_BE": "be", "fr_CH": "ch",
       "es_UY": "com.uy", "en_MT": "com.mt"}


def url(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, list[str], str]:
    g, s = _slug_parts(given, surname)
    form = rng.choice(["personal_site", "profile", "profile", "repo", "calendar", "slides",
                       "bare_domain"])
    hexs = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([6, 8])))
    if form == "personal_site":
        slug = rng.choice([g + s, f"{g}-{s}", s + g[0]])
        value = f"https://{rng.choice(['www.', ''])}{slug}.{TLD[locale]}" + rng.choice(
            ["", "/", "/cv", "/publications", "/en/about"])
    elif form == "bare_domain":
        slug = rng.choice([g + s, f"{g}{s[0]}"])
        value = f"{slug}.{rng.choice([TLD[locale], 'dev', 'io', 'net'])}"
    elif form == "profile":
        slug = f"{g}-{s}-{hexs}" if rng.random() < 0.6 else f"{g}{s}"
        value = f"{rng.choice(['https://www.', 'https://', ''])}linkedin.com/in/{slug}" + \
            rng.choice(["", "/"])
    elif form == "repo":
        slug = rng.choice([f"{g}{s}", f"{g[0]}{s}", f"{s}-{g}"])
        value = f"https://{rng.choice(['github.com', 'gitlab.com'])}/{slug}"
    elif form == "calendar":
        slug = rng.choice([f"{g}-{s}", f"{g}{s}"])
        value = f"https://calendly.com/{slug}/{rng.choice(['30min', 'intro-call', 'coffee'])}"
    else:
        slug = rng.choice([f"{g}{s}", f"{g[0]}{s}"])
        value = f"https://speakerdeck.com/{slug}"
    return value, ["t:" + slug], form


_V4_FIRST = [31, 46, 62, 77, 78, 81, 85, 89, 91, 95, 109, 141, 145, 176, 178, 185, 188, 193,
             194, 195, 212, 213, 217, 152, 103, 41, 102, 190, 200]


def ip(rng: random.Random) -> tuple[str, list[str], str]:
    form = rng.choice(["v4", "v4", "v4_port", "v4_cidr", "v6"])
    if form == "v6":
        head = rng.choice(["2a02", "2a01", "2001:db8", "2c0f", "2a00", "2804"])
        groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(3)]
        value = f"{head}:{':'.join(groups)}::{rng.randint(1, 0xfff):x}"
        return value, ["p:" + value], form
    addr = f"{rng.choice(_V4_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}." \
           f"{rng.randint(2, 254)}"
    value = addr + {"v4": "", "v4_port": f":{rng.choice([8080, 8443, 3389, 22, 5432])}",
                    "v4_cidr": "/32"}[form]
    return value, ["p:" + addr], form


def card(rng: random.Random) -> tuple[str, list[str], str]:
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
        n = body + luhn_digit(body)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        head = "4" if brand == "visa" else rng.choice(["51", "52", "53", "54", "55", "2221"])
        body = head + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(head)))
        n = body + luhn_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    style = rng.choice(["spaced", "spaced", "dashed", "compact"])
    value = {"spaced": " ".join(groups), "dashed": "-".join(groups), "compact": n}[style]
    return value, digit_windows(value), f"{brand}_{style}"
