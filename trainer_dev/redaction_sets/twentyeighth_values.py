"""Value generators for the twentyeighth set: one function per kind.

Each returns (value, written_form, fragments).  Fragments follow the
set's contract: t: whole-word tokens, s: substrings, p: bounded
substrings (postcodes, IPs, boxes), d: 4-digit windows.
"""

from __future__ import annotations

import random
import re
import unicodedata

from . import twentyeighth_ids as ids
from .twentyeighth_people import tokens

IBAN_LOCALES = {"de_DE", "fr_FR", "pt_BR", "nl_NL", "fr_SN", "fr_CI"}


def dwin(value: str) -> list[str]:
    """All 4-digit windows inside digit runs joined only by non-word chars."""
    runs, cur = [], ""
    for ch in value:
        if ch.isdigit():
            cur += ch
        elif re.match(r"\w", ch):
            runs.append(cur)
            cur = ""
    runs.append(cur)
    out: list[str] = []
    for r in runs:
        for i in range(len(r) - 3):
            w = "d:" + r[i : i + 4]
            if w not in out:
                out.append(w)
    return out


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- PHONE


def phone(rng: random.Random, loc: str):
    nsn = ids.gen_nsn(rng, loc)
    f = rng.randrange(4)
    if loc == "en_US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        v = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"][f]
    elif loc == "en_IN":
        v = [f"{nsn[:5]} {nsn[5:]}", f"+91 {nsn[:5]} {nsn[5:]}", f"+91-{nsn}", f"0{nsn}"][f]
    elif loc == "de_DE":
        p = nsn[:3] if nsn[0] == "1" or nsn[:3] == "221" else nsn[:2]
        r = nsn[len(p) :]
        v = [f"0{p} {r}", f"0{p}/{r}", f"+49 {p} {r}", f"+49 (0){p} {group(r, [4, 4])}"][f]
    elif loc == "fr_FR":
        n = "0" + nsn
        v = [
            group(n, [2] * 5),
            group(n, [2] * 5, "."),
            "+33 " + nsn[0] + " " + group(nsn[1:], [2] * 4),
            n,
        ][f]
    elif loc == "pt_BR":
        d, r = nsn[:2], nsn[2:]
        v = [
            f"({d}) {r[:5]}-{r[5:]}",
            f"{d} {r[:5]}-{r[5:]}",
            f"+55 {d} {r[:5]}-{r[5:]}",
            f"+55{nsn}",
        ][f]
    elif loc == "nl_NL":
        p = nsn[:1] if nsn[0] == "6" else nsn[:2]
        r = nsn[len(p) :]
        v = [
            f"0{p}-{r}",
            f"0{p} {group(r, [4, 4]) if p == '6' else group(r, [3, 4])}",
            f"+31 {p} {r}",
            f"+31 (0){p} {group(r, [4, 4]) if p == '6' else r}",
        ][f]
    elif loc in ("fr_SN",):
        v = [
            group(nsn, [2, 3, 2, 2]),
            "+221 " + group(nsn, [2, 3, 2, 2]),
            f"+221{nsn}",
            f"00221 {nsn}",
        ][f]
    elif loc == "en_UG":
        v = [f"0{nsn[:3]} {nsn[3:]}", f"+256 {nsn[:3]} {nsn[3:]}", f"+256{nsn}", f"0{nsn}"][f]
    elif loc == "es_PY":
        p = nsn[:3] if nsn[0] == "9" else nsn[:2]
        r = nsn[len(p) :]
        v = [f"0{p} {r[:3]} {r[3:]}", f"(0{p}) {r[:3]}-{r[3:]}", f"+595 {p} {r}", f"0{p}{r}"][f]
    elif loc == "fr_CI":
        v = [
            group(nsn, [2] * 5),
            "+225 " + group(nsn, [2] * 5),
            f"+225{nsn}",
            group(nsn, [2] * 5, "."),
        ][f]
    elif loc == "es_GT":
        v = [
            f"{nsn[:4]}-{nsn[4:]}",
            f"+502 {nsn[:4]} {nsn[4:]}",
            f"(502) {nsn[:4]}-{nsn[4:]}",
            nsn,
        ][f]
    else:  # en_ZM
        v = [
            f"0{nsn[:2]} {nsn[2:]}",
            f"+260 {nsn[:2]} {nsn[2:]}",
            f"+260{nsn}",
            f"0{nsn[:3]} {nsn[3:]}",
        ][f]
    form = ["national", "national_alt", "intl", "compact_or_alt"][f]
    assert ids.phone_valid(v, loc), (loc, v)
    return v, form, dwin(v)


# ---------------------------------------------------------------- EMAIL / URL

EMAIL_DOMAINS = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "pt_BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "fr_SN": ["gmail.com", "yahoo.fr", "orange.sn", "hotmail.fr"],
    "en_UG": ["gmail.com", "yahoo.com", "outlook.com"],
    "es_PY": ["gmail.com", "hotmail.com", "tigo.com.py", "yahoo.com"],
    "fr_CI": ["gmail.com", "yahoo.fr", "outlook.fr", "aviso.ci"],
    "es_GT": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.es"],
    "en_ZM": ["gmail.com", "yahoo.com", "zamtel.zm", "outlook.com"],
}
TLD = {
    "en_US": ".com",
    "en_IN": ".in",
    "de_DE": ".de",
    "fr_FR": ".fr",
    "pt_BR": ".com.br",
    "nl_NL": ".nl",
    "fr_SN": ".sn",
    "en_UG": ".co.ug",
    "es_PY": ".com.py",
    "fr_CI": ".ci",
    "es_GT": ".com.gt",
    "en_ZM": ".co.zm",
}
TRADE = [
    "design",
    "studio",
    "fotografia",
    "foto",
    "build",
    "atelier",
    "consult",
    "events",
    "catering",
    "web",
    "digital",
    "media",
    "print",
    "decor",
    "craft",
]


def _local(rng, g: str, s: str) -> str:
    g, s = slug(g.split()[0]), slug(tokens(s)[-1] if tokens(s) else s)
    return rng.choice(
        [
            f"{g}.{s}",
            f"{g}{s}",
            f"{g[0]}{s}",
            f"{g}_{s}",
            f"{s}.{g}",
            f"{g}.{s}{rng.randrange(70, 99)}",
            f"{g}{rng.choice(TRADE)}",
        ]
    )


def email(rng: random.Random, loc: str, g: str, s: str):
    local = _local(rng, g, s)
    dom = rng.choice(EMAIL_DOMAINS[loc] + [slug(s) + rng.choice(TRADE) + TLD[loc]])
    f = rng.randrange(5)
    if f == 3:
        head, _, tail = dom.partition(".")
        v = f"{local} [at] {head} [dot] {tail}"
    elif f == 4:
        v = f"{local} (at) {dom}"
    else:
        v = f"{local}@{dom}"
    form = ["plain", "plain", "plain", "obfuscated_brackets", "obfuscated_parens"][f]
    frs = ["t:" + local]
    if f < 3:
        frs.append("s:" + f"{local}@{dom}")
    return v, form, frs


def url(rng: random.Random, loc: str, g: str, s: str):
    sl = rng.choice(
        [
            slug(g) + slug(s),
            slug(g) + "-" + slug(s),
            slug(s) + rng.choice(TRADE),
            slug(g) + "." + rng.choice(TRADE),
        ]
    )
    f = rng.randrange(6)
    if f == 0:
        v, frs = f"https://www.{sl.replace('.', '')}{TLD[loc]}", ["t:" + sl.replace(".", "")]
    elif f == 1:
        v, frs = f"{sl.replace('.', '')}{TLD[loc]}/portfolio", ["t:" + sl.replace(".", "")]
    elif f == 2:
        v, frs = (
            f"linkedin.com/in/{sl.replace('.', '-')}-{rng.randrange(100, 999)}",
            ["t:" + sl.replace(".", "-")],
        )
    elif f == 3:
        v, frs = f"https://calendly.com/{sl.replace('.', '-')}/30min", ["t:" + sl.replace(".", "-")]
    elif f == 4:
        v, frs = f"instagram.com/{sl}", ["t:" + sl]
    else:
        v, frs = f"www.behance.net/{sl.replace('.', '')}", ["t:" + sl.replace(".", "")]
    return (
        v,
        ["own_domain", "own_domain_path", "linkedin", "calendly", "instagram", "behance"][f],
        frs,
    )


# ---------------------------------------------------------------- IP


def ip(rng: random.Random, loc: str):
    f = rng.randrange(4)
    if f == 3:
        a, b, c = rng.randrange(0x4000, 0xFFF0), rng.randrange(1, 0xFFFF), rng.randrange(1, 0xFFFF)
        v = f"2001:{a:x}:{b:x}:{c:x}::{rng.randrange(2, 0xFFF):x}"
        return v, "ipv6", ["p:" + v]
    while True:
        a = rng.choice(
            [
                41,
                102,
                105,
                154,
                177,
                186,
                189,
                190,
                196,
                197,
                201,
                46,
                62,
                81,
                85,
                88,
                93,
                145,
                151,
                178,
                185,
                213,
                24,
                50,
                67,
                73,
                98,
                103,
                117,
                122,
            ]
        )
        v = f"{a}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(2, 255)}"
        break
    if f == 1:
        return v + f":{rng.choice([22, 8080, 3389, 5432, 2222, 8443])}", "ipv4_port", ["p:" + v]
    if f == 2:
        return v + "/32", "ipv4_cidr", ["p:" + v]
    return v, "ipv4", ["p:" + v]


# ---------------------------------------------------------------- CARD


def card(rng: random.Random, loc: str):
    brand = rng.choice(
        ["visa", "mc", "mc2", "amex"]
        + (["elo"] if loc == "pt_BR" else [])
        + (["rupay"] if loc == "en_IN" else [])
    )
    if brand == "amex":
        n = ids.luhn_complete(rng.choice(["34", "37"]) + ids.digits(rng, 12))
        v = rng.choice([group(n, [4, 6, 5]), n])
        return v, "amex", dwin(v)
    pre = {
        "visa": "4",
        "mc": rng.choice(["51", "52", "53", "54", "55"]),
        "mc2": str(rng.randrange(2221, 2721)),
        "elo": rng.choice(["636368", "438935", "504175", "451416"]),
        "rupay": rng.choice(["6521", "6522", "508", "607"]),
    }[brand]
    n = ids.luhn_complete(pre + ids.digits(rng, 15 - len(pre)))
    f = rng.randrange(3)
    v = [group(n, [4, 4, 4, 4]), group(n, [4, 4, 4, 4], "-"), n][f]
    return v, f"{brand}_" + ["spaced", "dashed", "compact"][f], dwin(v)


# ---------------------------------------------------------------- IBAN

DE_BLZ = [
    "10070000",
    "37040044",
    "50010517",
    "12030000",
    "43060967",
    "70150000",
    "20050550",
    "50050201",
]
FR_BANK = ["30004", "30003", "20041", "10278", "30002", "16606", "17515"]
NL_BANK = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]
BR_ISPB = ["00000000", "00360305", "60701190", "60746948", "90400888", "18236120"]
SN_BANK = ["SN010", "SN012", "SN039", "SN094", "SN100", "SN213"]
CI_BANK = ["CI008", "CI042", "CI059", "CI131", "CI112", "CI166"]


def iban(rng: random.Random, loc: str):
    if loc == "de_DE":
        raw = ids.iban_make("DE", rng.choice(DE_BLZ) + ids.digits(rng, 10))
    elif loc == "fr_FR":
        b, g, a = rng.choice(FR_BANK), ids.digits(rng, 5), ids.digits(rng, 11)
        raw = ids.iban_make("FR", f"{b}{g}{a}{ids.rib_key(b, g, a):02d}")
    elif loc == "nl_NL":
        raw = ids.iban_make("NL", rng.choice(NL_BANK) + ids.digits(rng, 10))
    elif loc == "pt_BR":
        raw = ids.iban_make(
            "BR", rng.choice(BR_ISPB) + ids.digits(rng, 5) + ids.digits(rng, 10) + "C1"
        )
    else:
        bank = rng.choice(SN_BANK if loc == "fr_SN" else CI_BANK)
        raw = ids.iban_make(
            loc[-2:], bank + ids.digits(rng, 5) + ids.digits(rng, 12) + ids.digits(rng, 2)
        )
    assert ids.iban_ok(raw)
    f = rng.randrange(3)
    v = [
        group(raw, [4] * 8),
        raw,
        group(raw, [4] * 8).lower() if loc == "nl_NL" else group(raw, [4] * 8),
    ][f]
    frs = dwin(v) + ["s:" + raw[4:12]] if f == 1 else dwin(v)
    return v, ["grouped", "compact", "grouped"][f], frs
