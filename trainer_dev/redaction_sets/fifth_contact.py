"""Phones (each country's numbering plan and grouping), e-mails, URLs and IPs for the fifth set.

E-mail and URL writers return (value, fragments): the local part, and the personal host labels
and path slugs (never a platform's own label such as 'linkedin' or a TLD).
"""

# ruff: noqa: E501  (hand-written data tables read best one row per line)

from __future__ import annotations

import random
import unicodedata


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    """n digits whose first is 2-9 (subscriber numbers never start with 0 or 1)."""
    return rng.choice("23456789") + _d(rng, n - 1)


def phone(rng: random.Random, locale: str) -> str:
    r = rng.random
    if locale == "de_DE":
        if r() < 0.5:
            pre, sub = rng.choice(["151", "152", "160", "162", "170", "171", "176", "179"]), _nz(rng, 8)
            return rng.choice([f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}/{sub[:4]} {sub[4:]}",
                               f"+49 (0){pre} {sub[:4]} {sub[4:]}"])  # fmt: skip
        area, n = rng.choice([("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("341", 7)])
        sub = _nz(rng, n)
        return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"(0{area}) {sub[:3]} {sub[3:]}",
                           f"0{area} {sub[:-2]}-{sub[-2:]}"])  # fmt: skip
    if locale == "en_AU":
        if r() < 0.5:
            s = "4" + _d(rng, 8)
            return rng.choice([f"0{s[:3]} {s[3:6]} {s[6:]}", f"+61 {s[:3]} {s[3:6]} {s[6:]}", f"0{s}"])
        area = rng.choice(["2", "3", "7", "8"])
        s = _nz(rng, 8)
        return rng.choice([f"(0{area}) {s[:4]} {s[4:]}", f"+61 {area} {s[:4]} {s[4:]}", f"0{area} {s[:4]} {s[4:]}",
                           f"1300 {_d(rng, 3)} {_d(rng, 3)}"])  # fmt: skip
    if locale in ("en_CA", "en_US"):
        codes = (["416", "647", "604", "514", "613", "403", "780", "902", "204", "306"] if locale == "en_CA"
                 else ["212", "415", "312", "617", "206", "512", "303", "404", "503", "608"])  # fmt: skip
        a = rng.choice(codes)
        while True:
            ex = _nz(rng, 3)
            if ex[1:] != "11" and ex != "555":
                break
        ln = _d(rng, 4)
        return rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"{a}.{ex}.{ln}",
                           f"+1 ({a}) {ex}-{ln}", f"1-{a}-{ex}-{ln}"])  # fmt: skip
    if locale == "en_GB":
        kind = rng.randrange(3)
        if kind == 0:
            s = rng.choice(["7", "8", "3"]) + _d(rng, 7)
            return rng.choice([f"020 {s[:4]} {s[4:]}", f"+44 20 {s[:4]} {s[4:]}", f"(020) {s[:4]} {s[4:]}"])
        if kind == 1:
            area = rng.choice(["161", "113", "117", "131", "141", "121", "191"])
            s = _nz(rng, 7)
            return rng.choice([f"0{area} {s[:3]} {s[3:]}", f"+44 {area} {s[:3]} {s[3:]}", f"0{area} {s}"])
        s = rng.choice(["7", "8", "9"]) + _d(rng, 8)
        return rng.choice([f"07{s[:3]} {s[3:]}", f"+44 7{s[:3]} {s[3:]}", f"07{s[:3]}{s[3:]}", f"+44 (0)7{s[:3]} {s[3:]}"])
    if locale == "en_IE":
        if r() < 0.5:
            pre, s = rng.choice(["83", "85", "86", "87", "89"]), _nz(rng, 7)
            return rng.choice([f"0{pre} {s[:3]} {s[3:]}", f"+353 {pre} {s[:3]} {s[3:]}", f"0{pre}-{s}"])
        area = rng.choice(["1", "21", "91", "61", "51"])
        s = _nz(rng, 7 if area == "1" else 6)
        return rng.choice([f"(0{area}) {s[:3]} {s[3:]}", f"+353 {area} {s[:3]} {s[3:]}", f"0{area} {s[:3]} {s[3:]}"])
    if locale == "en_IN":
        if r() < 0.65:
            s = rng.choice("6789") + _d(rng, 9)
            return rng.choice([f"+91 {s[:5]} {s[5:]}", f"{s[:5]} {s[5:]}", f"+91-{s}", f"0{s[:5]} {s[5:]}"])
        area = rng.choice(["80", "22", "11", "40", "44", "20"])
        s = _nz(rng, 8)
        return rng.choice([f"0{area} {s[:4]} {s[4:]}", f"+91 {area} {s[:4]} {s[4:]}", f"0{area}-{s}"])
    if locale == "es_ES":
        if r() < 0.5:
            s = "6" + _d(rng, 8) if r() < 0.8 else "7" + rng.choice("1234") + _d(rng, 7)
            return rng.choice([f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"+34 {s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
        a = rng.choice(["91", "93", "96", "95", "94", "976"])
        s = a + _nz(rng, 9 - len(a))
        return rng.choice([f"{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"+34 {s[:3]} {s[3:6]} {s[6:]}", f"(+34) {s}"])
    if locale == "fr_FR":
        s = rng.choice(["1", "2", "3", "4", "5", "6", "7", "9"]) + _d(rng, 8)
        pairs = " ".join(s[i : i + 2] for i in range(1, 9, 2))
        return rng.choice([f"0{s[0]} {pairs}", f"+33 {s[0]} {pairs}", f"0{s[0]}.{pairs.replace(' ', '.')}",
                           f"+33 (0){s[0]} {pairs}", f"0{s}"])  # fmt: skip
    if locale == "it_IT":
        if r() < 0.5:
            pre = rng.choice(["320", "328", "333", "338", "340", "347", "349", "366", "393"])
            s = _d(rng, 7)
            return rng.choice([f"{pre} {s[:3]} {s[3:]}", f"+39 {pre} {s}", f"+39 {pre} {s[:3]} {s[3:]}", f"{pre}/{s}"])
        area = rng.choice(["02", "06", "011", "051", "055", "081"])
        s = _nz(rng, 10 - len(area))
        return rng.choice([f"{area} {s[:4]} {s[4:]}", f"+39 {area} {s}", f"{area}-{s}", f"+39 {area} {s[:4]} {s[4:]}"])
    if locale == "nl_NL":
        if r() < 0.5:
            s = _nz(rng, 8)
            return rng.choice([f"06-{s}", f"+31 6 {s}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+31 (0)6 {s}"])
        area = rng.choice(["20", "10", "30", "70", "40", "50"])
        s = _nz(rng, 7)
        return rng.choice([f"0{area}-{s}", f"0{area} {s[:3]} {s[3:]}", f"+31 {area} {s[:3]} {s[3:]}",
                           f"+31 (0){area} {s[:3]} {s[3:]}"])  # fmt: skip
    if locale == "pt_BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        s = ("9" + _nz(rng, 8)) if r() < 0.6 else _nz(rng, 8)
        head, tail = s[:-4], s[-4:]
        return rng.choice([f"({ddd}) {head}-{tail}", f"+55 {ddd} {head}-{tail}", f"+55 ({ddd}) {head}-{tail}",
                           f"{ddd} {head} {tail}"])  # fmt: skip
    raise ValueError(locale)


def fold(text: str) -> str:
    """Without accents, as people type names on ASCII keyboards ('Weißenborn' -> 'Weissenborn')."""
    text = text.replace("ß", "ss").replace("Ø", "O").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_MAIL = {
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
    "en_AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au", "icloud.com"],
    "en_CA": ["shaw.ca", "videotron.ca", "sympatico.ca", "gmail.com", "rogers.com"],
    "en_GB": ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com"],
    "en_IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com", "tcd.ie"],
    "en_IN": ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "iitb.ac.in"],
    "en_US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "proton.me"],
    "es_ES": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es", "movistar.es"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it", "pec.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl"],
    "pt_BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com"],
}
# Own domains: a label made from the name plus a TLD (ccTLD, generic or a new gTLD).
_TLDS = {
    "de_DE": [".de", ".berlin", ".consulting", ".com"], "en_AU": [".com.au", ".net.au", ".io"],
    "en_CA": [".ca", ".com", ".dev"], "en_GB": [".co.uk", ".uk", ".london", ".design"],
    "en_IE": [".ie", ".com", ".studio"], "en_IN": [".in", ".co.in", ".tech", ".com"],
    "en_US": [".com", ".us", ".io", ".app"], "es_ES": [".es", ".cat", ".eus", ".com"],
    "fr_FR": [".fr", ".paris", ".bzh", ".eu"], "it_IT": [".it", ".eu", ".studio"],
    "nl_NL": [".nl", ".amsterdam", ".frl", ".com"], "pt_BR": [".com.br", ".net.br", ".adv.br", ".dev"],
}  # fmt: skip
_TRADE = {
    "de_DE": ["kanzlei", "design", "beratung"], "en_AU": ["consulting", "studio"], "en_CA": ["law", "cpa"],
    "en_GB": ["associates", "studio"], "en_IE": ["consulting", "design"], "en_IN": ["associates", "ca"],
    "en_US": ["law", "creative"], "es_ES": ["abogados", "estudio"], "fr_FR": ["avocat", "conseil"],
    "it_IT": ["studio", "avvocato"], "nl_NL": ["advies", "ontwerp"], "pt_BR": ["advocacia", "arquitetura"],
}  # fmt: skip


def _slug(text: str, sep: str = "") -> str:
    return sep.join("".join(c for c in fold(w).lower() if c.isalnum()) for w in text.replace("-", " ").split())


def email(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, list[str]]:
    g, s = _slug(given), _slug(surname)
    keep_accents = rng.random() < 0.15 and fold(given + surname) != given + surname
    if keep_accents:  # internationalized local parts (RFC 6531)
        g, s = given.lower().replace(" ", ""), surname.lower().replace(" ", "").replace("'", "")
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}", f"{g}_{s}{rng.randint(1, 99)}",
                        f"{g[0]}{s}", f"{g}.{s}{rng.randint(70, 99)}", f"{s}"])  # fmt: skip
    if len(local) < 5:
        local = f"{g}.{s}"
    frags = [f"c:{local}"]
    if rng.random() < 0.3:
        label = f"{_slug(surname, '-')}-{rng.choice(_TRADE[locale])}"
        domain = label + rng.choice(_TLDS[locale])
        frags.append(f"c:{label}")
    else:
        domain = rng.choice(_MAIL[locale])
    value = f"{local}@{domain}"
    if rng.random() < 0.1:
        value = value.upper() if not keep_accents else value
        frags = ["c:" + f[2:].upper() for f in frags]
    return value, frags


def url(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, list[str]]:
    g, s = _slug(given), _slug(surname)
    tag = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([0, 4, 6])))
    slug = f"{g}-{s}" + (f"-{tag}" if tag else "")
    kind = rng.randrange(7)
    scheme = rng.choice(["https://", "https://www.", "www.", ""])
    if kind == 0:
        return f"{scheme.replace('www.', '') or 'https://'}{rng.choice(['www.', ''])}linkedin.com/in/{slug}", [f"c:{slug}"]
    if kind == 1:
        own = f"{g}{s}" if rng.random() < 0.5 else f"{g}-{s}"
        tld = rng.choice(_TLDS[locale])
        path = rng.choice(["", "/", "/about", "/portfolio", "/blog/2025/hello-world"])
        return f"{scheme}{own}{tld}{path}", [f"c:{own}"]
    if kind == 2:
        handle = f"{g[0]}{s}" + rng.choice(["", str(rng.randint(1, 99))])
        return f"https://github.com/{handle}", [f"c:{handle}"]
    if kind == 3:
        return f"https://calendly.com/{g}-{s}/{rng.choice(['30min', 'intro', 'kennenlernen', 'cafe'])}", [f"c:{g}-{s}"]
    if kind == 4:
        label = f"{s}-{rng.choice(_TRADE[locale])}"
        return f"{scheme}{label}{rng.choice(_TLDS[locale])}/{rng.choice(['team', 'kontakt', 'contact', 'chi-siamo', 'equipo'])}", [f"c:{label}"]
    if kind == 5:
        return f"{g}{s}.substack.com", [f"c:{g}{s}"]
    handle = f"{g}.{s}" if rng.random() < 0.5 else f"{g}_{s}"
    return f"https://www.instagram.com/{handle}/", [f"c:{handle}"]


def ip(rng: random.Random) -> tuple[str, list[str]]:
    if rng.random() < 0.2:
        groups = [rng.choice(["2a02", "2001", "2a01", "2600", "2804"]), f"{rng.randrange(1, 0xFFFF):x}",
                  f"{rng.randrange(0x1000, 0xFFFF):x}", f"{rng.randrange(0x1000, 0xFFFF):x}"]  # fmt: skip
        tail = f"{rng.randrange(0x100, 0xFFFF):x}"
        value = ":".join(groups) + "::" + tail
        return value, [f"x:{g}" for g in groups[2:] + [tail] if len(g) >= 3]
    while True:
        a = rng.choice([31, 37, 46, 62, 77, 78, 80, 81, 84, 85, 88, 91, 93, 95, 109, 151, 176, 185, 188,
                        203, 212, 213, 217])  # fmt: skip
        value = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if sum(c.isdigit() for c in value) >= 8:
            return value, []
