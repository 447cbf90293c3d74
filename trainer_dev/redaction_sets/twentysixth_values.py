"""Builders for the contact, network, payment and id values of the twenty-sixth set.

Each builder returns (value, fragments, form). Phones are checked with
`phonenumbers` by the tests; every check digit is computed in twentysixth_checks.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import twentysixth_checks as ck
from trainer_dev.redaction_sets.twentysixth_people import fold, handle, name_tokens

REGION = {
    "en_US": "US",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "pt_BR": "BR",
    "nl_NL": "NL",
    "en_GH": "GH",
    "fr_LU": "LU",
    "es_EC": "EC",
    "fr_SN": "SN",
    "en_UG": "UG",
    "es_PY": "PY",
}
IBAN_LOCALES = {"de_DE", "fr_FR", "nl_NL", "fr_LU", "pt_BR", "fr_SN"}
NBSP = "\u00a0"


def dwin(value: str) -> list[str]:
    """Every window of four digits in a row (only non-word characters between them)."""
    runs, cur = [], ""
    for ch in value:
        if ch.isdigit():
            cur += ch
        elif ch.isalnum() or ch == "_":
            runs.append(cur)
            cur = ""
    runs.append(cur)
    out: list[str] = []
    for d in runs:
        for i in range(len(d) - 3):
            f = "d:" + d[i : i + 4]
            if f not in out:
                out.append(f)
    return out


def _group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _r(rng: random.Random, n: int) -> str:
    return ck.rnd_digits(rng, n)


# ------------------------------------------------------------------ e-mail and urls
MAIL = {
    "en_US": "gmail.com yahoo.com outlook.com icloud.com protonmail.com",
    "en_IN": "gmail.com rediffmail.com yahoo.co.in outlook.com",
    "de_DE": "gmx.de web.de t-online.de posteo.de gmail.com",
    "fr_FR": "orange.fr free.fr laposte.net gmail.com sfr.fr",
    "pt_BR": "gmail.com uol.com.br bol.com.br hotmail.com terra.com.br",
    "nl_NL": "ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl",
    "en_GH": "gmail.com yahoo.com outlook.com",
    "fr_LU": "pt.lu internet.lu gmail.com hotmail.com",
    "es_EC": "gmail.com hotmail.com yahoo.es outlook.com",
    "fr_SN": "orange.sn gmail.com yahoo.fr hotmail.fr",
    "en_UG": "gmail.com yahoo.com outlook.com",
    "es_PY": "gmail.com hotmail.com tigo.com.py outlook.com",
}


def _local(rng: random.Random, name: str) -> str:
    t = [fold(x).lower().replace("'", "") for x in name_tokens(name)]
    g, s = t[0], t[-1]
    return rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}{rng.randrange(70, 100)}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{g}.{s}{rng.randrange(1, 9)}",
            f"{g[0]}{s}",
        ]
    )


def make_email(rng: random.Random, loc: str, name: str) -> tuple[str, list[str], str]:
    local = _local(rng, name)
    dom = rng.choice(MAIL[loc].split())
    form = rng.choice(["plain", "plain", "angle", "mailto", "obfuscated", "upper"])
    if form == "obfuscated":
        v = (
            f"{local} [at] {dom.replace('.', ' [dot] ', 1)}"
            if rng.random() < 0.5
            else f"{local}(at){dom}"
        )
    elif form == "upper":
        v = f"{local[0].upper()}{local[1:]}@{dom}"
    else:
        v = f"{local}@{dom}"
    frag = [f"t:{local}"]
    return v, frag, form


def make_url(rng: random.Random, loc: str, name: str) -> tuple[str, list[str], str]:
    h = handle(rng, name)
    slug = h.replace(".", "-").replace("_", "-")
    kind = rng.choice(["linkedin", "github", "site", "calendly", "ghpages", "gitlab", "medium"])
    if kind == "linkedin":
        slug = (
            f"{slug}-{rng.choice('abcdef0123456789')}{_r(rng, 2)}{rng.choice('abcdef')}{_r(rng, 2)}"
        )
        v, tok = f"linkedin.com/in/{slug}", slug
    elif kind == "github":
        v, tok = f"github.com/{h.replace('.', '')}", h.replace(".", "")
    elif kind == "site":
        host = h.replace(".", "").replace("_", "") + rng.choice([".dev", ".me", ".io", ".com"])
        v, tok = host + rng.choice(["", "/cv", "/about"]), host
    elif kind == "calendly":
        v, tok = f"calendly.com/{slug}/30min", slug
    elif kind == "ghpages":
        host = h.replace(".", "").replace("_", "-") + ".github.io"
        v, tok = host, host
    elif kind == "gitlab":
        v, tok = f"gitlab.com/{h}", h
    else:
        v, tok = f"medium.com/@{h}", h
    form = (
        rng.choice(["https", "bare", "www"])
        if kind in ("linkedin", "site")
        else rng.choice(["https", "bare"])
    )
    if form == "https":
        v = "https://" + v
    elif form == "www":
        v = "https://www." + v if rng.random() < 0.5 else "www." + v
    return v, [f"t:{tok}"], f"{kind}_{form}"


_PUB = [
    41,
    45,
    62,
    77,
    78,
    81,
    84,
    89,
    91,
    102,
    105,
    154,
    177,
    179,
    181,
    186,
    187,
    189,
    190,
    196,
    197,
    200,
    201,
    213,
]


def make_ip(rng: random.Random, loc: str) -> tuple[str, list[str], str]:
    if rng.random() < 0.2:
        groups = [
            rng.choice(["2a02", "2a01", "2001", "2c0f", "2800", "2804"]),
            f"{rng.randrange(0x1000, 0xFFFF):x}",
            f"{rng.randrange(0x10, 0xFFFF):x}",
            f"{rng.randrange(0x10, 0xFFFF):x}",
        ]
        v = ":".join(groups) + "::" + f"{rng.randrange(1, 0xFFF):x}"
        return v, [f"p:{v}"], "ipv6"
    a, b = rng.randrange(0, 256), rng.randrange(0, 256)
    v = f"{rng.choice(_PUB)}.{a}.{b}.{rng.randrange(1, 255)}"
    return v, [f"p:{v}"], "ipv4"


# ------------------------------------------------------------------ cards and banks
def make_card(rng: random.Random, loc: str) -> tuple[str, list[str], str]:
    brand = rng.choice(
        ["visa", "visa", "mc", "amex", "mc2"]
        + (["rupay"] if loc == "en_IN" else [])
        + (["elo"] if loc == "pt_BR" else [])
    )
    pre, n = {
        "visa": ("4", 16),
        "mc": (rng.choice(["51", "52", "53", "54", "55"]), 16),
        "mc2": ("2" + rng.choice(["221", "3", "5", "7"]), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "rupay": (rng.choice(["6521", "6522", "6080"]), 16),
        "elo": ("6362", 16),
    }[brand]
    body = pre + _r(rng, n - 1 - len(pre))
    num = body + ck.luhn_digit(body)
    form = rng.choice(["spaced", "dashed", "compact"])
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    v = num if form == "compact" else _group(num, sizes, " " if form == "spaced" else "-")
    return v, dwin(v), f"{brand}_{form}"


def make_iban(rng: random.Random, loc: str) -> tuple[str, list[str], str]:
    if loc == "de_DE":
        ib = ck.iban_make(
            "DE",
            rng.choice(["10010010", "37040044", "50010517", "20041133", "12030000"]) + _r(rng, 10),
        )
    elif loc == "fr_FR":
        b, g, a = rng.choice(["30004", "30003", "10278", "20041", "16006"]), _r(rng, 5), _r(rng, 11)
        ib = ck.iban_make("FR", b + g + a + ck.fr_rib_key(b, g, a))
    elif loc == "nl_NL":
        ib = ck.iban_make(
            "NL",
            rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ", "KNAB"]) + "0" + _r(rng, 9),
        )
    elif loc == "fr_LU":
        ib = ck.iban_make(
            "LU", rng.choice(["001", "002", "003", "014", "019", "025"]) + _r(rng, 13)
        )
    elif loc == "pt_BR":
        ib = ck.iban_make(
            "BR",
            rng.choice(["00000000", "00360305", "60701190", "90400888"])
            + _r(rng, 5)
            + _r(rng, 10)
            + rng.choice("CP")
            + "1",
        )
    else:
        ib = ck.iban_make(
            "SN", rng.choice(["SN010", "SN012", "SN039", "SN048", "SN094"]) + _r(rng, 19)
        )
    form = rng.choice(["grouped", "grouped", "compact"])
    v = _group(ib, [4] * 9) if form == "grouped" else ib
    return v, dwin(v), form
