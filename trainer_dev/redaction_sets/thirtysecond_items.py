"""Thirtysecond set: labelled items (value, written form, fragments) per kind."""

from __future__ import annotations

import re
import unicodedata

from trainer_dev.redaction_sets.thirtysecond_ids import (
    card_value,
    iban_value,
    national_id,
    phone_value,
)
from trainer_dev.redaction_sets.thirtysecond_people import (
    DOMAINS,
    PARTICLES,
    PLACES,
    PLATFORMS,
    TLD,
    URL_PATH,
    fold,
)


# ---- normalisation and fragments (shared with the main module) ---------------------------
def normalise(s: str) -> str:
    """NFKC, any Unicode decimal digit to ASCII, case-fold, accents dropped, spaces collapsed."""
    s = unicodedata.normalize("NFKC", s)
    s = "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in s)
    s = fold(s.casefold())
    return re.sub(r"\s+", " ", s)


def collapse(s: str) -> str:
    """Separators between two digits removed (spaces, dots, dashes, slashes, brackets)."""
    return re.sub(r"(?<=\d)[\s./()\-]+(?=\d)", "", s)


def frag_matches(frag: str, ntext: str) -> bool:
    kind, body = frag[:2], frag[2:]
    if kind == "d:":
        return body in collapse(ntext)
    pat = r"\s*".join(re.escape(p) for p in normalise(body).split(" "))
    return re.search(r"(?<!\w)" + pat + r"(?!\w)", ntext) is not None


def digit_windows(value: str) -> list[str]:
    out: list[str] = []
    for run in re.findall(r"\d+", collapse(normalise(value))):
        for i in range(len(run) - 3):
            w = run[i : i + 4]
            if "d:" + w not in out:
                out.append("d:" + w)
    return out


def name_tokens(name: str, titles: tuple[str, ...] = ()) -> list[str]:
    out = []
    for t in re.split(r"[\s\-]+", name):
        t = t.strip(".,;:()")
        if not t or t.lower() in PARTICLES or (len(t) <= 2 and t.endswith(".")) or len(t) == 1:
            continue
        if t in titles or t.rstrip(".") in {x.rstrip(".") for x in titles}:
            continue
        out.append(t)
    return out


def tfrags(name: str, titles: tuple[str, ...] = ()) -> list[str]:
    return ["t:" + normalise(t) for t in name_tokens(name, titles)]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", normalise(s))


# ---- people ------------------------------------------------------------------------
POSSESSIVE = {
    "en": "{x}'s", "nl": "{x}'s", "de": "von {x}", "fr": "de {x}", "pt": "de {x}",
    "es": "de {x}", "it": "di {x}", "ro": "lui {x}", "sq": "nga {x}",
}  # fmt: skip


def _core_surname(sur: str) -> str:
    toks = name_tokens(sur)
    return toks[-1] if toks else sur


def person_value(r, name: tuple[str, str, str], titles, lang: str, member: bool):
    """name = (given, surname, gender). Returns (value, form, fragments)."""
    g, s, gen = name
    tl = titles[0] if gen == "m" else titles[1]
    forms = ["full", "title", "lower", "initial", "surname_given", "given"]
    if member:
        forms = ["full", "given", "surname", "initial", "handle", "possessive", "lower",
                 "folded", "title"]  # fmt: skip
    form = r.choice(forms)
    if form == "folded" and fold(f"{g} {s}") == f"{g} {s}":
        form = "lower"
    full = f"{g} {s}"
    if form == "full":
        v = full
    elif form == "title":
        v = f"{r.choice(tl)} {s}"
    elif form == "lower":
        v = full.lower()
    elif form == "initial":
        v = f"{g[0]}. {s}"
    elif form == "surname_given":
        v = f"{s.upper()}, {g}"
    elif form == "given":
        v = g
    elif form == "surname":
        v = s
    elif form == "handle":
        v = "@" + _slug(g) + "." + _slug(_core_surname(s))
        return v, form, ["t:" + normalise(_slug(g)), "t:" + normalise(_slug(_core_surname(s)))]
    elif form == "possessive":
        base = r.choice([g, full])
        v = POSSESSIVE[lang].replace("{x}", base)
        if lang not in ("en", "nl"):
            v = base
        return v, form, tfrags(base)
    else:  # folded
        v = fold(full)
    alltitles = tuple(tl)
    return v, form, tfrags(v, alltitles)


# ---- contact values -------------------------------------------------------------------
def email_value(r, loc: str, name: tuple[str, str, str]):
    g, s = _slug(name[0]), _slug(_core_surname(name[1]))
    local = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}", f"{g}{s}{r.randint(70, 99)}",
                      f"{g}_{s}", f"{s}.{g}"])  # fmt: skip
    dom = r.choice(DOMAINS[loc])
    k = r.random()
    if k < 0.45:
        v, f = f"{local}@{dom}", "plain"
    elif k < 0.65:
        v, f = f"<{local}@{dom}>", "angle"
    elif k < 0.85:
        host, _, tld = dom.partition(".")
        v = r.choice([f"{local} [at] {host} [dot] {tld}", f"{local}(at){dom}",
                      f"{local} at {host} dot {tld}"])  # fmt: skip
        f = "obfuscated"
    else:
        v, f = f"mailto:{local}@{dom}", "mailto"
    return v, f, ["t:" + normalise(local)]


def url_value(r, loc: str, lang: str, name: tuple[str, str, str]):
    g, s = _slug(name[0]), _slug(_core_surname(name[1]))
    tld = TLD[loc]
    k = r.random()
    slug = r.choice([f"{g}-{s}", f"{g}{s}", f"{g}-{s}-{r.randint(10, 99)}", f"{s}.{g}"])
    if k < 0.25:
        host = r.choice([f"{g}{s}", f"{s}-transport", f"{g}-{s}"])
        v, f, tok = f"https://www.{host}.{tld}/{URL_PATH[lang]}", "https_host", host
    elif k < 0.45:
        v, f, tok = f"https://{r.choice(PLATFORMS)}{slug}", "https_slug", slug
    elif k < 0.7:
        host = r.choice([f"{g}{s}", f"{s}trans", f"{s}-cargo"])
        v, f, tok = f"www.{host}.{tld}", "www", host
    else:
        v, f, tok = f"{r.choice(PLATFORMS)}{slug}", "bare", slug
    return v, f, ["t:" + normalise(tok)]


def ip_value(r):
    k = r.random()
    if k < 0.35:
        a = r.choice([31, 46, 62, 77, 85, 91, 178, 185, 188, 201, 203, 213, 217])
        v, f = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "v4"
    elif k < 0.6:
        b, c, d = r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)
        v = r.choice(
            [f"192.168.{b % 41}.{d}", f"10.{b % 100}.{c}.{d}", f"172.{16 + b % 16}.{c}.{d}"]
        )
        f = "v4_private"
    elif k < 0.75:
        a = r.choice([81, 94, 109, 151, 190])
        ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        v, f = f"{ip}:{r.choice([8080, 443, 3389, 9100, 22])}", "v4_port"
        return v, f, ["p:" + ip]
    else:
        hx = [f"{r.randint(1, 65535):x}" for _ in range(6)]
        pre = r.choice(["2a02", "2001:16b8", "2a01:c23", "2800:bf0", "2c0f:f8f0"])
        v = r.choice([f"{pre}:{hx[0]}:{hx[1]}::{hx[2]}", f"{pre}:{':'.join(hx[:5])}"])
        f = "v6"
    return v, f, ["p:" + normalise(v)]


# ---- addresses -----------------------------------------------------------------------
def street_tokens(street: str, types: set[str]) -> list[str]:
    out = []
    for t in re.split(r"[\s\-]+", street):
        t = t.strip(".,")
        low = t.lower()
        if not t or low in types or low + "." in types or low in PARTICLES or t.isdigit():
            continue
        if t.lower().startswith("l'"):
            t = t[2:]
        out.append("t:" + normalise(t))
    return out


def address_value(r, loc: str):
    streets, towns, types = PLACES[loc]
    st = r.choice(streets)
    town, pc, reg = r.choice(towns)
    n = str(r.randint(1, 240))
    box = str(r.randint(100, 9999))
    box_f = box
    f = r.choice(["one", "one", "multi", "street_town", "box"])
    if loc == "en_US":
        sl, tl = f"{r.randint(100, 9899)} {st}", f"{town}, {reg} {pc}"
        bl = f"PO Box {box}"
    elif loc == "en_IN":
        sl = f"{r.choice(['No. ', 'Plot ', 'Unit ', 'Shed '])}{n}, {st}"
        tl, bl = r.choice([f"{town} {pc}", f"{town} - {pc}"]), f"Post Box No. {box}"
    elif loc == "de_DE":
        sl, tl = f"{st} {n}", f"{pc} {town}"
        box_f = f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        bl = f"Postfach {box_f}"
    elif loc == "fr_FR":
        sl = f"{n}{r.choice(['', '', ' bis'])} {st}"
        tl = r.choice([f"{pc} {town.upper()}", f"{pc} {town}"])
        bl = f"BP {box}"
        if f == "box":
            tl = f"{pc} {town.upper()} CEDEX"
    elif loc == "pt_BR":
        sl = f"{st}, {n}"
        tl = r.choice([f"{town} - {reg}, {pc}", f"CEP {pc} – {town}/{reg}"])
        bl = f"Caixa Postal {box}"
    elif loc == "nl_NL":
        sl, tl = f"{st} {n}", r.choice([f"{pc} {town.upper()}", f"{pc} {town}"])
        bl = f"Postbus {box}"
    elif loc == "fr_CM":
        sl, tl = st, f"{reg}, {town}" if r.random() < 0.3 else town
        bl = f"BP {box} {town}"
    elif loc == "es_BO":
        sl = r.choice([f"{st} N° {n}", f"{st} #{n}", f"{st} Nro. {n}"])
        tl, bl = f"{reg}, {town}", f"Casilla {box}"
    elif loc == "sq_AL":
        sl, tl = r.choice([f"{st}, Nr. {n}", f"{st} {n}"]), f"{pc} {town}"
        bl = f"Kutia Postare {box}"
    elif loc == "ro_MD":
        sl = f"{st} {n}"
        tl = r.choice([f"MD-{pc}, {town}", f"MD-{pc} mun. {town}", f"{town} MD-{pc}"])
        bl = f"C.P. {box}"
    elif loc == "it_CH":
        sl, tl = f"{st} {n}", r.choice([f"{pc} {town}", f"CH-{pc} {town}"])
        bl = f"Casella postale {box}"
    elif loc == "es_HN":
        sl = f"{st}, {r.choice(['casa', 'bodega', 'local'])} {n}"
        if r.random() < 0.45:
            tl = f"{town} {pc}, {reg}"
        else:
            tl, pc = f"{town}, {reg}", ""
        bl = f"Apartado Postal {box}"
    else:
        raise KeyError(loc)
    if f == "one":
        v = f"{sl}, {tl}"
    elif f == "multi":
        v = f"{sl}\n{tl}"
    elif f == "street_town":
        v = f"{sl}, {town}"
        pc = pc if pc and pc in sl else ""
    else:
        v = f"{sl}\n{bl}\n{tl}"
    frags = street_tokens(st, types)
    if pc:
        frags.append("p:" + normalise(pc))
    if f == "box":
        frags.append("p:" + box_f)
    return v, f, frags


def make_item(r, loc: str, lang: str, kind: str, roster, persons, titles, pool):
    """Returns (kind, fragments, value, form)."""
    if kind == "EMAIL":
        v, f, fr = email_value(r, loc, r.choice(pool))
    elif kind == "PHONE":
        v, f = phone_value(r, loc)
        fr = digit_windows(v)
    elif kind == "URL":
        v, f, fr = url_value(r, loc, lang, r.choice(pool))
    elif kind == "IP":
        v, f, fr = ip_value(r)
    elif kind == "CARD":
        v, f = card_value(r)
        fr = digit_windows(v)
    elif kind == "IBAN":
        v, f = iban_value(r, loc)
        fr = digit_windows(v)
    elif kind == "ID":
        v, f = national_id(r, loc)
        fr = digit_windows(v) or ["s:" + normalise(v)]
    elif kind == "PERSON":
        v, f, fr = person_value(r, r.choice(persons), titles, lang, member=False)
    elif kind == "MEMBER":
        v, f, fr = person_value(r, r.choice(roster), titles, lang, member=True)
    elif kind == "ADDRESS":
        v, f, fr = address_value(r, loc)
    else:
        raise KeyError(kind)
    return kind, fr, v, f
