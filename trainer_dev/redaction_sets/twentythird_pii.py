"""Contact and address value generators (phones, e-mails, URLs, IPs, addresses) for the twentythird set."""

import random
import re
import unicodedata

import phonenumbers

from .twentythird_names import STREET_TYPES, STREETS, TOWNS

REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "en_MT": "MT",
    "fr_CH": "CH",
    "es_UY": "UY",
    "lt_LT": "LT",
    "lv_LV": "LV",
    "et_EE": "EE",
}
CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "MT": "356",
    "CH": "41",
    "UY": "598",
    "LT": "370",
    "LV": "371",
    "EE": "372",
}
US_AREA = ["512", "206", "614", "303", "919", "612", "503", "718", "312", "404", "208", "608"]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _national(region: str, rng: random.Random) -> tuple[str, list[int], bool]:
    """National significant number, its usual grouping, and whether a trunk 0 is dialled."""
    if region == "US":
        ex = str(rng.randint(201, 989))
        while ex.endswith("11") or ex == "555":
            ex = str(rng.randint(201, 989))
        return rng.choice(US_AREA) + ex + _d(rng, 4), [3, 3, 4], False
    if region == "GB":
        if rng.random() < 0.6:
            return "7" + rng.choice("45789") + _d(rng, 8), [4, 6], True
        pre = rng.choice(["20 7", "20 8", "113 2", "117 9", "161 4", "131 2", "29 20"]).replace(
            " ", ""
        )
        grp = [2, 4, 4] if pre.startswith("2") else [3, 3, 4]
        return pre + _d(rng, 10 - len(pre)), grp, True
    if region == "DE":
        if rng.random() < 0.6:
            p = rng.choice(["151", "152", "160", "170", "171", "172", "176", "157", "162"])
            return p + _d(rng, 8 if p != "160" else 7), [3, 8], True
        p = rng.choice(["30", "40", "89", "221", "341", "69", "711"])
        return p + _d(rng, 10 - len(p) - (1 if len(p) == 3 else 0)), [len(p), 8], True
    if region == "FR":
        return (
            rng.choice("1234567")[0] + _d(rng, 8)
            if rng.random() < 0.3
            else rng.choice("67") + _d(rng, 8),
            [1, 2, 2, 2, 2],
            True,
        )
    if region == "ES":
        first = rng.choice(["6", "6", "7", "91", "93", "96", "95"])
        return first + _d(rng, 9 - len(first)), [3, 3, 3], False
    if region == "IT":
        if rng.random() < 0.65:
            return (
                rng.choice(["333", "335", "338", "340", "345", "347", "349", "320", "328", "366"])
                + _d(rng, 7),
                [3, 7],
                False,
            )
        p = rng.choice(["02", "06", "011", "051", "055", "081"])
        return p + _d(rng, 10 - len(p)), [len(p), 8 - len(p) + 2], False
    if region == "MT":
        return rng.choice(["79", "99", "77", "21", "27", "23"]) + _d(rng, 6), [4, 4], False
    if region == "CH":
        return (
            rng.choice(["79", "78", "76", "77", "22", "21", "32", "26"]) + _d(rng, 7),
            [2, 3, 2, 2],
            True,
        )
    if region == "UY":
        if rng.random() < 0.65:
            return "9" + rng.choice("1345789") + _d(rng, 6), [2, 3, 3], True
        return "2" + rng.choice("4567") + _d(rng, 6), [4, 4], False
    if region == "LT":
        if rng.random() < 0.7:
            return "6" + _d(rng, 7), [3, 5], False
        return "5" + _d(rng, 7), [1, 3, 4], False
    if region == "LV":
        return (
            (("2" + rng.choice("0123456789")) if rng.random() < 0.75 else "67") + _d(rng, 6),
            [4, 4],
            False,
        )
    if region == "EE":
        if rng.random() < 0.75:
            return "5" + _d(rng, 7), [4, 4], False
        return rng.choice(["6", "7"]) + _d(rng, 6), [3, 4], False
    raise KeyError(region)


def _group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def phone(loc: str, rng: random.Random) -> tuple[str, str]:
    region = REGION[loc]
    for _ in range(60):
        nsn, grp, trunk = _national(region, rng)
        if phonenumbers.is_valid_number(phonenumbers.parse("+" + CC[region] + nsn)):
            break
    cc = CC[region]
    dom = ("0" + nsn) if trunk else nsn
    dgrp = [grp[0] + (1 if trunk else 0)] + grp[1:]
    if region == "LT":
        dom, dgrp = "8 " + _group(nsn, grp), [99]
    form = rng.choice(
        ["intl", "intl", "national", "national", "odd"]
        + (["paren_trunk"] if trunk else [])
        + (["us_paren", "us_dots"] if region == "US" else [])
        + (["slash"] if region == "DE" else [])
    )
    if form == "intl":
        v = f"+{cc} " + _group(nsn, grp)
    elif form == "national":
        v = dom if region == "LT" else _group(dom, dgrp)
    elif form == "paren_trunk":
        v = f"+{cc} (0)" + _group(nsn, grp)
    elif form == "us_paren":
        v = f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
    elif form == "us_dots":
        v = f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
    elif form == "slash":
        v = f"{dom[: grp[0] + 1]}/{dom[grp[0] + 1 :]}"
    else:  # split or spaced oddly, the way people really type
        raw = ("00" + cc + nsn) if rng.random() < 0.3 and region != "US" else dom.replace(" ", "")
        sizes, left = [], len(raw)
        while left > 0:
            k = min(left, rng.choice([2, 2, 3, 4]))
            sizes.append(k)
            left -= k
        v = _group(raw, sizes, rng.choice([" ", " ", "-", " - ", "."]))
    if not phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
        v, form = f"+{cc} " + _group(nsn, grp), "intl"
    return v, form


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("Ø", "O").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(s).lower())


DOMAINS = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com"],
    "en_GB": ["gmail.com", "btinternet.com", "outlook.com"],
    "de_DE": ["web.de", "gmx.de", "posteo.de", "t-online.de"],
    "fr_FR": ["orange.fr", "free.fr", "gmail.com"],
    "es_ES": ["gmail.com", "yahoo.es", "hotmail.es"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it"],
    "en_MT": ["gmail.com", "onvol.net", "outlook.com"],
    "fr_CH": ["bluewin.ch", "gmail.com", "hispeed.ch"],
    "es_UY": ["adinet.com.uy", "gmail.com", "hotmail.com"],
    "lt_LT": ["gmail.com", "delfi.lt", "inbox.lt"],
    "lv_LV": ["inbox.lv", "gmail.com", "apollo.lv"],
    "et_EE": ["gmail.com", "mail.ee", "hot.ee"],
}
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "en_MT": "com.mt",
    "fr_CH": "ch",
    "es_UY": "com.uy",
    "lt_LT": "lt",
    "lv_LV": "lv",
    "et_EE": "ee",
}


def email(loc: str, given: str, sur: str, rng: random.Random) -> tuple[str, str, str]:
    g, s = slugify(given), slugify(sur)
    form = rng.choice(
        ["first.last", "first.last", "flast", "first_last", "firstlast_digits", "work_first.last"]
    )
    local = {
        "first.last": f"{g}.{s}",
        "flast": f"{g[0]}{s}",
        "first_last": f"{g}_{s}",
        "firstlast_digits": f"{g}{s}{rng.randint(70, 99)}",
        "work_first.last": f"{g}.{s}",
    }[form]
    dom = (
        f"{rng.choice(['nordvale', 'brightwork', 'kestrel-labs', 'amberline'])}.{TLD[loc]}"
        if form.startswith("work")
        else rng.choice(DOMAINS[loc])
    )
    if rng.random() < 0.15:
        form += "_upper"
        return f"{local[0].upper()}{local[1:]}@{dom}", form, local
    return f"{local}@{dom}", form, local


def url(loc: str, given: str, sur: str, rng: random.Random) -> tuple[str, str, str]:
    g, s = slugify(given), slugify(sur)
    form = rng.choice(
        ["linkedin", "linkedin", "personal_site", "github", "calendly", "github_io", "aboutme"]
    )
    if form == "linkedin":
        slug = f"{g}-{s}-{rng.choice(['', '', f'{rng.randint(1, 99)}', 'a' + str(rng.randint(10, 9999))])}".rstrip(
            "-"
        )
        v = rng.choice(["https://www.", "", "www."]) + f"linkedin.com/in/{slug}"
        return v + rng.choice(["", "/"]), form, slug
    if form == "personal_site":
        host = f"{g}{s}.{rng.choice([TLD[loc], 'com', 'dev', 'eu'])}"
        return (
            rng.choice(["https://", "www.", "https://www."])
            + host
            + rng.choice(["", "/portfolio", "/blog"]),
            form,
            host,
        )
    if form == "github":
        h = f"{g[0]}{s}{rng.choice(['', 'dev', str(rng.randint(1, 99))])}"
        return f"github.com/{h}", form, h
    if form == "calendly":
        slug = f"{g}-{s}"
        return (
            f"https://calendly.com/{slug}/{rng.choice(['30min', 'coffee-chat', 'intro'])}",
            form,
            slug,
        )
    if form == "github_io":
        h = f"{g}{s[0]}"
        return f"https://{h}.github.io", form, f"{h}.github.io"
    slug = f"{g}{s}"
    return f"about.me/{slug}", form, slug


def ip(rng: random.Random) -> tuple[str, str, str]:
    form = rng.choice(["ipv4", "ipv4", "ipv4_port", "ipv6"])
    if form == "ipv6":
        v = (
            "2a02:"
            + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3))
            + "::"
            + f"{rng.randint(1, 65535):x}"
        )
        return v, form, v
    while True:
        a = rng.randint(23, 223)
        if a not in (127, 100, 169, 172, 192):
            break
    v = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return (v + f":{rng.choice([8080, 8443, 3389, 22])}" if form == "ipv4_port" else v), form, v


def street_tokens(street: str) -> list[str]:
    return [
        w
        for w in re.findall(r"\w+", street)
        if not w.isdigit() and w.lower() not in STREET_TYPES and len(w) > 1
    ]


def address(loc: str, rng: random.Random) -> tuple[str, str, list[str]]:
    town, st, pc = rng.choice(TOWNS[loc])
    street = rng.choice(STREETS[loc])[0]
    n = str(rng.randint(1, 180))
    form = rng.choice(["full", "full", "full", "street_only", "multiline", "unit"])
    if loc == "en_US":
        num = str(rng.randint(100, 9800))
        typ = dict(STREETS[loc])[street]
        line = f"{num} {street} {typ}"
        unit = f", {rng.choice(['Apt', 'Suite', 'Unit'])} {rng.randint(2, 40)}{rng.choice(['', 'B', 'C'])}"
        tail = f"{town}, {st} {pc}"
    elif loc == "en_GB":
        typ = dict(STREETS[loc])[street]
        line = f"{n} {street} {typ}"
        unit = f"Flat {rng.randint(1, 30)}, "
        tail = f"{town} {pc}"
    elif loc == "en_MT":
        line = f"{n}, {street}"
        unit = f"{rng.choice(['Flat', 'Apt'])} {rng.randint(1, 12)}, {rng.choice(['Villa Rosa', 'Block B', 'Ta Ġużeppi', 'Sea Breeze Court'])}, "
        tail = f"{town} {pc}"
    elif loc in ("fr_FR",):
        line = (
            f"{n}{rng.choice(['', '', ' bis'])} {street}"
            if rng.random() < 0.7
            else f"{n}, {street}"
        )
        unit = f", {rng.choice(['bât. B', 'esc. 2', '3e étage'])}"
        tail = f"{pc} {town}"
    elif loc == "es_ES":
        line = f"{street}, {n}" if rng.random() < 0.6 else f"{street} {n}"
        unit = f", {rng.randint(1, 9)}º {rng.choice('ABCD')}"
        tail = f"{pc} {town}"
    elif loc == "it_IT":
        line = f"{street} {n}" if rng.random() < 0.5 else f"{street}, {n}"
        unit = f", scala {rng.choice('ABC')}, interno {rng.randint(1, 20)}"
        tail = f"{pc} {town} ({st})"
    elif loc == "es_UY":
        line = f"{street} {rng.randint(100, 3999)}"
        unit = f" apto. {rng.randint(1, 12)}0{rng.randint(1, 4)}"
        tail = f"{pc} {town}" if rng.random() < 0.5 else f"CP {pc}, {town}"
    elif loc in ("lt_LT", "lv_LV", "et_EE"):
        line = f"{street} {n}"
        unit = f"-{rng.randint(1, 80)}"
        tail = f"{pc} {town}" if loc != "lv_LV" else f"{town}, {pc}"
    else:  # de_DE, fr_CH
        line = f"{street} {n}{rng.choice(['', '', 'a'])}"
        unit = (
            f", {rng.choice(['3. OG', 'Hinterhaus', 'c/o Büro'])}"
            if loc == "de_DE"
            else f", {rng.choice(['2e étage', 'case postale 12'])}"
        )
        if loc == "fr_CH":
            unit = f", {rng.choice(['2e étage', '3e étage', 'app. 14'])}"
        tail = f"{pc} {town}"
    frags = [f"t:{w}" for w in street_tokens(street)]
    if form == "street_only":
        return line, form, frags
    if form == "unit":
        if loc in ("en_GB", "en_MT"):
            v = f"{unit}{line}, {tail}"
        else:
            v = f"{line}{unit}, {tail}"
    elif form == "multiline":
        v = f"{line}\n{tail}"
    else:
        v = f"{line}, {tail}"
    return v, form, frags + [f"p:{pc}"]
# ruff: noqa: E501
