"""Personal items of the fifteenth set: one builder per kind, each returning
(kind, fragments, value, form). Fragments follow the rule in fifteenth_core.matches."""

from __future__ import annotations

import random
import re
import unicodedata

import phonenumbers

from . import fifteenth_num as num
from .fifteenth_core import digit_windows, matches, tail_windows, words

PARTICLES = {"van", "von", "de", "da", "di", "del", "della", "der", "den", "la", "le", "du",
             "des", "dos", "das", "y", "e", "al", "el", "zu", "af"}
NAME_FORMS = ["full"] * 6 + ["lower"] * 2 + ["surname_first", "surname_comma", "upper_surname",
                                              "initial", "given", "given", "titled", "hashtag",
                                              "handle"]

# Hand-written short forms people really use for these given names.
NICKS = {
    "Robert": "Bob", "William": "Bill", "Michael": "Mike", "James": "Jim", "Daniel": "Danny",
    "Jennifer": "Jen", "Jessica": "Jess", "Oliver": "Ollie", "Archie": "Arch", "Callum": "Cal",
    "Maximilian": "Max", "Alexander": "Alex", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
    "Wojciech": "Wojtek", "Tomasz": "Tomek", "Krzysztof": "Krzysiek", "Aleksander": "Olek",
    "Jakub": "Kuba", "Kateřina": "Káťa", "Jiří": "Jirka", "Giuseppe": "Peppe",
    "Salvatore": "Totò", "Alessandro": "Ale", "Dolores": "Lola", "Concepción": "Concha",
    "Javier": "Javi", "Inmaculada": "Inma", "Alejandro": "Álex", "Sébastien": "Seb",
    "Nicolas": "Nico", "Alexandru": "Alex", "Constantin": "Costi", "Ștefan": "Fane",
    "Mustafa": "Musti", "Hüseyin": "Hüso", "Frederik": "Frede", "Aleksandra": "Ola",
    "Zuzanna": "Zuzia", "Lăcrămioara": "Lăcri",
}

_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                       "ı": "i", "İ": "I", "đ": "d", "ð": "d", "þ": "th"})


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c) and c.isascii())


def lower(loc: dict, s: str) -> str:
    if loc.get("turkish"):
        s = s.replace("I", "ı").replace("İ", "i")
    return s.lower()


def upper(loc: dict, s: str) -> str:
    if loc.get("turkish"):
        s = s.replace("i", "İ").replace("ı", "I")
    return s.upper()


def name_frags(written: str, titles: list[str]) -> list[str]:
    tl = {t.lower().rstrip(".") for t in titles}
    for t in sorted(titles, key=len, reverse=True):
        if written.startswith(t + " "):
            written = written[len(t) + 1:]
            break
    out = []
    for w in words(written):
        lw = w.lower()
        if len(w) < 2 or lw in PARTICLES or lw in tl or lw == "s" and written.endswith("'s"):
            continue
        if f"t:{w}" not in out:
            out.append(f"t:{w}")
    return out


def write_name(loc: dict, rng: random.Random, given: str, surname: str, form: str) -> str:
    sur_tokens = surname.split()
    core = [t for t in sur_tokens if t.lower() not in PARTICLES]
    if form == "full":
        return f"{given} {surname}"
    if form == "lower":
        return lower(loc, f"{given} {surname}")
    if form == "surname_first":
        return f"{surname} {given}"
    if form == "surname_comma":
        return f"{surname}, {given}"
    if form == "upper_surname":
        return f"{upper(loc, surname)} {given}" if rng.random() < 0.5 else \
            f"{given} {upper(loc, surname)}"
    if form == "initial":
        return f"{given[0]}. {surname}" if rng.random() < 0.7 else f"{given} {surname[0]}."
    if form == "given":
        return given
    if form == "titled":
        return f"{rng.choice(loc['titles'])} {surname}"
    if form == "hashtag":
        return "#" + given + "".join(core) if rng.random() < 0.6 else "#" + "".join(core)
    if form == "handle":
        g, s = lower(loc, ascii_fold(given)), lower(loc, ascii_fold("".join(core)))
        return "@" + rng.choice([f"{g}_{s}", f"{g}{s}", f"{g}.{s}", f"{s}_{g[0]}",
                                 f"{g}{rng.randint(1, 99)}"])
    if form == "nickname":
        nick = NICKS[given]
        return f"{nick} {surname}" if rng.random() < 0.5 else nick
    if form == "possessive":
        return f"{given} {surname}'s" if rng.random() < 0.6 else f"{given}'s"
    raise ValueError(form)


def name_item(loc, rng, kind, person, allow_poss):
    given, surname = person
    forms = NAME_FORMS + (["possessive", "possessive"] if allow_poss else [])
    if given in NICKS:
        forms = forms + ["nickname"] * 3
    form = rng.choice(forms)
    value = write_name(loc, rng, given, surname, form)
    frags = name_frags(value, loc["titles"])
    if form == "initial" and value.endswith("."):
        frags = [f for f in frags if len(f) > 3]
    return kind, frags, value, form


def _local_part(loc, rng, person):
    g, s = (re.sub(r"[^a-z-]", "", ascii_fold(x).lower()) for x in person)
    pat = rng.choice(["{g}.{s}", "{g}{s}{n}", "{g0}{s}", "{s}.{g}", "{g}_{s}{yy}", "{g}.{s}{n}",
                      "{s}{g0}", "{g}{yy}", "{s}.{t}", "{g}-{s}"])
    return pat.format(g=g, s=s, g0=g[0], n=rng.randint(1, 99), yy=rng.randint(60, 99),
                      t=rng.choice(loc["trades"]))


def email_item(loc, rng, person):
    local = _local_part(loc, rng, person)
    dom = rng.choice(loc["email_domains"])
    form = rng.choice(["plain"] * 4 + ["caps", "at_word", "at_bracket", "mailto"])
    if form == "caps":
        local = ".".join(p[:1].upper() + p[1:] for p in local.split("."))
        value = f"{local}@{dom}"
    elif form == "at_word":
        value = f"{local} at {dom.replace('.', ' dot ')}"
    elif form == "at_bracket":
        value = f"{local} [at] {dom}" if rng.random() < 0.5 else f"{local}(at){dom}"
    elif form == "mailto":
        value = f"mailto:{local}@{dom}"
    else:
        value = f"{local}@{dom}"
    return "EMAIL", [f"t:{local}"], value, form


def make_phone(loc, rng):
    prefixes, nsn_len, templates = rng.choice(loc["phones"])
    for _ in range(200):
        p = rng.choice(prefixes)
        nsn = p + "".join(rng.choice("0123456789") for _ in range(nsn_len - len(p)))
        num_ = phonenumbers.parse("+" + loc["intl"] + nsn)
        if phonenumbers.is_valid_number_for_region(num_, loc["region"]):
            return nsn, templates
    raise AssertionError(f"no valid phone for {loc['code']}")


def fill(template: str, digits: str) -> str:
    assert template.count("#") == len(digits), (template, digits)
    it = iter(digits)
    return "".join(next(it) if c == "#" else c for c in template)


def phone_item(loc, rng):
    nsn, templates = make_phone(loc, rng)
    label, _, tpl = rng.choice(templates).partition("=")
    value = fill(tpl, nsn)
    return "PHONE", tail_windows(nsn, 2), value, label


def url_item(loc, rng, person):
    g, s = (re.sub(r"[^a-z-]", "", ascii_fold(x).lower()) for x in person)
    tld = loc["tld"]
    r = rng.random()
    if r < 0.15:
        nsn, _ = make_phone(loc, rng)
        value = f"https://wa.me/{loc['intl']}{nsn}"
        return "URL", tail_windows(nsn, 2), value, "wa_me"
    choices = [
        ("facebook", "https://www.facebook.com/{slug}", f"{g}.{s}.{rng.randint(1, 99)}"),
        ("facebook_bare", "facebook.com/{slug}", f"{g}.{s}"),
        ("instagram", "instagram.com/{slug}", f"{g}_{s}_{rng.choice(loc['trades'])}"),
        ("own_site", "https://www.{slug}." + tld, f"{s}-{rng.choice(loc['trades'])}"),
        ("own_site_bare", "{slug}." + tld, f"{g}{s}"),
        ("linkedin", "https://www.linkedin.com/in/{slug}", f"{g}-{s}-{rng.randint(100, 999)}"),
        ("telegram", "t.me/{slug}", f"{g}_{s}{rng.randint(1, 99)}"),
        ("blog", "https://{slug}.wordpress.com", f"{g}{s}"),
    ]
    form, tpl, slug = rng.choice(choices)
    return "URL", [f"t:{slug}"], tpl.format(slug=slug), form


def ip_item(rng):
    r = rng.random()
    if r < 0.6 or r >= 0.85:
        v = num.ipv4(rng)
        octs = v.split(".")
        frags = [f"p:{octs[0]}.{octs[1]}", f"p:{octs[2]}.{octs[3]}"]
        if r >= 0.85:
            return "IP", frags, f"{v}:{rng.choice([8080, 8443, 3389, 554, 8123])}", "v4_port"
        return "IP", frags, v, "v4"
    v = num.ipv6(rng)
    groups = v.split(":")
    return "IP", [f"p:{':'.join(groups[-2:])}"], v, "v6"


def card_item(rng):
    _, digits = num.make_card(rng)
    form, value = num.card_layout(rng, digits)
    n = len(digits)
    frags = digit_windows(digits, [(6, 10), (n - 8, n - 4), (n - 4, n)])
    return "CARD", frags, value, form


def iban_item(loc, rng):
    cc = rng.choice(loc["iban_cc"])
    iban = num.make_iban(rng, cc)
    form, value = num.iban_layout(rng, iban)
    digits = "".join(c for c in iban[4:] if c.isdigit())
    return "IBAN", tail_windows(digits, 3), value, form + ("" if cc == loc["cc"] else "_foreign")


def id_item(loc, rng, person):
    form, value = loc["ids"](rng, person)
    digits = "".join(c for c in value if c.isdigit())
    n = len(digits)
    frags = digit_windows(digits, [(0, 4), (n - 8, n - 4), (n - 4, n)])
    frags = [f for f in frags if matches(f, value)]
    if any(c.isalpha() for c in value) or not frags:
        frags.append(f"p:{value}")
    return "ID", frags, value, form


def _pc(rng, pattern):
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return "".join(rng.choice("0123456789") if c == "#" else rng.choice(letters) if c == "@"
                   else c for c in pattern)


def address_item(loc, rng):
    full, abbr = rng.choice(loc["streets"])
    town, pcs = rng.choice(loc["towns"])
    pc = _pc(rng, rng.choice(pcs))
    form = rng.choice(["full", "full", "unit", "unit", "street", "abbr", "abbr_unit", "lower"])
    street = abbr if form.startswith("abbr") else full
    tpl = rng.choice(loc["addr"]["unit" if "unit" in form else "street" if form == "street"
                                  else "full"])
    unit = rng.choice(loc["units"]).format(n=rng.randint(1, 48), f=rng.randint(1, 9),
                                           l=rng.choice("ABCD"), n2=rng.randint(1, 30))
    no = str(rng.randint(1, 160)) + (rng.choice("abcAB") if rng.random() < 0.1 else "")
    value = tpl.format(s=street, no=no, u=unit, pc=pc, town=town, n2=rng.randint(1, 60),
                       cp=rng.randint(100, 2999))
    if form == "lower":
        value = lower(loc, value)
        street, pc = lower(loc, street), lower(loc, pc)
    stop = loc["stop"]
    frags = [f"t:{w}" for w in words(street)
             if len(w) > 1 and not w.isdigit() and w.lower() not in stop | PARTICLES]
    if "{pc}" in tpl:
        frags.append(f"p:{pc}")
    return "ADDRESS", frags, value, form


def build_item(loc, rng, kind, person, allow_poss=False):
    if kind in ("PERSON", "MEMBER"):
        return name_item(loc, rng, kind, person, allow_poss)
    if kind == "EMAIL":
        return email_item(loc, rng, person)
    if kind == "PHONE":
        return phone_item(loc, rng)
    if kind == "URL":
        return url_item(loc, rng, person)
    if kind == "IP":
        return ip_item(rng)
    if kind == "CARD":
        return card_item(rng)
    if kind == "IBAN":
        return iban_item(loc, rng)
    if kind == "ID":
        return id_item(loc, rng, person)
    if kind == "ADDRESS":
        return address_item(loc, rng)
    raise ValueError(kind)
