"""Item generation, written forms, fragments and matching for the thirtythird set."""

from __future__ import annotations

import functools
import ipaddress
import re
import unicodedata

import phonenumbers

from trainer_dev.redaction_sets import thirtythird_ids as ids
from trainer_dev.redaction_sets.thirtythird_people import (
    BOX,
    DOMAINS,
    PARTICLES,
    STREETS,
    TOWNS,
    URL_SLUGS,
    fold,
)

STREET_STOP = {
    "des",
    "du",
    "de",
    "la",
    "l",
    "le",
    "les",
    "los",
    "las",
    "el",
    "da",
    "das",
    "do",
    "dos",
    "al",
}


# ---- matching -----------------------------------------------------------------------
def normalise(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in s)
    s = s.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_SEP = re.compile(r"(?<=\d)[\s\-./()+]+(?=\d)")


@functools.lru_cache(maxsize=4096)
def digit_runs(s: str) -> list[str]:
    return re.findall(r"\d+", _SEP.sub("", s))


@functools.lru_cache(maxsize=65536)
def _rx(frag: str) -> re.Pattern:
    kind, body = frag[:2], normalise(frag[2:])
    if kind == "t:":
        return re.compile(r"(?<![a-z0-9])" + re.escape(body) + r"(?![a-z0-9])")
    core = r"\s*".join(re.escape(c) for c in body.replace(" ", ""))
    return re.compile(r"(?<![a-z0-9])" + core + r"(?![a-z0-9])")


def frag_matches(frag: str, text: str) -> bool:
    """text must already be normalised."""
    if frag.startswith("d:"):
        return any(frag[2:] in run for run in digit_runs(text))
    return _rx(frag).search(text) is not None


def d_frags(value: str) -> list[str]:
    out = []
    for run in digit_runs(value):
        out += [f"d:{run[i : i + 4]}" for i in range(len(run) - 3)]
    return list(dict.fromkeys(out))


def name_tokens(name: str) -> list[str]:
    out = []
    for t in re.split(r"[\s\-]+", name):
        t = t.strip(",()")
        if not t or t.endswith(".") or t.lower() in PARTICLES or len(t) < 2 or t.startswith("@"):
            continue
        out.append(t)
    return out


def t_frags(tokens) -> list[str]:
    return list(dict.fromkeys(f"t:{normalise(t)}" for t in tokens))


# ---- phones ---------------------------------------------------------------------------
MOBILE = {
    "GB": ["07700 9", "07911 ", "07432 ", "07588 ", "07852 ", "07123 "],
    "AU": ["0412 ", "0423 ", "0438 ", "0401 ", "0455 "],
    "AT": ["0664 ", "0676 ", "0650 ", "0699 ", "0660 "],
    "FR": ["06 ", "07 "],
    "MX": ["55 ", "33 ", "81 ", "222 ", "442 ", "999 "],
    "PT": ["91", "92", "93", "96"],
    "PA": ["6"],
    "MA": ["06", "07"],
    "BW": ["71", "72", "73", "74", "75", "76", "77"],
    "SV": ["7", "6"],
    "TN": ["2", "5", "9"],
    "NA": ["081 ", "085 "],
}
LAND = {
    "GB": ["020 7", "0161 4", "0113 2", "0131 5", "029 20", "0117 9"],
    "AU": ["02 9", "03 9", "07 3", "08 9", "08 8"],
    "AT": ["01 ", "0316 ", "0662 ", "0512 ", "0732 "],
    "FR": ["01 ", "02 ", "03 ", "04 ", "05 "],
    "MX": ["55 5", "33 3", "81 8"],
    "PT": ["21", "22", "239", "253"],
    "PA": ["2", "3"],
    "MA": ["0522", "0537", "0524"],
    "BW": ["39", "31", "24"],
    "SV": ["22", "25"],
    "TN": ["71", "74", "73"],
    "NA": ["061 2", "064 4"],
}
TRUNK = {"GB", "AU", "AT", "FR", "MA", "NA"}
_LEN = {
    "GB": 11,
    "AU": 10,
    "AT": 11,
    "FR": 10,
    "MX": 10,
    "PT": 9,
    "PA": 8,
    "MA": 10,
    "BW": 8,
    "SV": 8,
    "TN": 8,
    "NA": 10,
}


def _phone_number(r, reg):
    for _ in range(200):
        pre = r.choice(MOBILE[reg] if r.random() < 0.65 else LAND[reg]).replace(" ", "")
        n = _LEN[reg] if not (reg == "PA" and pre in "23") else 7
        if reg == "AT" and pre != "01":
            n = len(pre) + r.choice([7, 7, 6]) if pre.startswith("06") else len(pre) + 6
        if reg == "AT" and pre == "01":
            n = 9
        s = pre + ids.rd(r, n - len(pre))
        num = phonenumbers.parse(s, reg)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg:
            return num
    raise AssertionError(reg)


PHONE_FORMS = ["intl", "trunk", "compact", "dotted", "dashed", "slash", "intl_zero", "intl_compact"]


def phone_value(r, loc):
    reg = ids.REGION[loc]
    num = _phone_number(r, reg)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    groups = re.split(r"[\s\-]+", nat)
    forms = PHONE_FORMS[:]
    r.shuffle(forms)
    for form in forms:
        if form == "intl":
            v = intl
        elif form == "trunk":
            v = nat
        elif form == "compact":
            v = "".join(groups)
        elif form == "dotted":
            v = ".".join(groups)
        elif form == "dashed":
            v = "-".join(groups)
        elif form == "slash":
            v = groups[0] + "/" + "".join(groups[1:]) if len(groups) > 1 else ""
        elif form == "intl_zero":
            if reg not in TRUNK:
                continue
            cc, rest = intl.split(" ", 1)
            v = f"{cc} (0){rest}"
        else:
            v = e164 if r.random() < 0.5 else "00" + e164[1:]
        if len(groups) < 2 and form in ("dotted", "dashed", "slash"):
            continue
        if v and ids.phone_valid(loc, v):
            return form, v
    raise AssertionError(loc)


# ---- emails, urls, ips, cards -----------------------------------------------------------
def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


EMAIL_RX = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@(?:[a-z0-9-]+\.)+([a-z]{2,})")


def email_ok(v: str) -> bool:
    v = v.removeprefix("mailto:")
    m = EMAIL_RX.fullmatch(v)
    return m is not None and m.group(1) in ids.TLDS and ".." not in v


URL_RX = re.compile(r"(?:https://)?(?:[a-z0-9-]+\.)+([a-z]{2,})(?:/[a-z0-9\-_/]*)?")


def url_ok(v: str) -> bool:
    m = URL_RX.fullmatch(v)
    return m is not None and m.group(1) in ids.TLDS


def email_value(r, loc, g, s):
    gs, ss = _slug(g), _slug(s.split()[-1] if s.split()[-1].lower() not in PARTICLES else s)
    local = r.choice(
        [f"{gs}.{ss}", f"{gs[0]}.{ss}", f"{gs}{ss}", f"{ss}.{gs}", f"{gs}_{ss}", f"{gs[0]}{ss}"]
    )
    v = f"{local}@{r.choice(DOMAINS[loc])}"
    form = r.choice(["plain", "plain", "angle", "mailto"])
    if form == "mailto":
        v = "mailto:" + v
    assert email_ok(v), v
    return form, v, [f"t:{local}"]


HOST_SUFFIX = ["finance", "tax", "accounts", "advisory", "cover", "ledger", "audit", "broker"]


def url_value(r, loc, g, s):
    dom = r.choice(DOMAINS[loc])
    tld = dom.split(".", 1)[1]
    form = r.choice(["https_host", "https_slug", "www", "bare"])
    sl = f"{_slug(g)}-{_slug(s)}"
    if form == "https_slug":
        slug = r.choice([sl, sl + ids.rd(r, 2), _slug(s) + "-" + r.choice(HOST_SUFFIX)])
        v = f"https://{dom}/{r.choice(URL_SLUGS)}/{slug}"
        frags = [f"t:{slug}"]
    else:
        host = (
            f"{_slug(s)}-{r.choice(HOST_SUFFIX)}.{tld}"
            if r.random() < 0.6
            else f"{_slug(g)}{_slug(s)}.{tld}"
        )
        if form == "https_host":
            v = f"https://{host}" + r.choice(["", "/", "/" + r.choice(URL_SLUGS)])
        elif form == "www":
            host = "www." + host
            v = host
        else:
            v = host
        frags = [f"t:{host}"]
    assert url_ok(v), v
    return form, v, frags


V6_PREFIX = [
    "2a02:c7f",
    "2a01:4f8",
    "2001:41d0",
    "2c0f:f8f0",
    "2400:cb00",
    "2a00:23c6",
    "2c0f:fe38",
    "2806:10a6",
]


def ip_value(r):
    form = r.choice(["v4", "v4_private", "v4_port", "v6", "v6_full"])
    if form in ("v4", "v4_port"):
        while True:
            a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDF000000))
            if a.is_global and not a.is_multicast:
                break
        v = str(a)
        frags = [f"p:{v}"]
        if form == "v4_port":
            v = f"{v}:{r.choice([8080, 8443, 3389, 443, 5432, 1433, 22])}"
    elif form == "v4_private":
        v = r.choice(
            [
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
            ]
        )
        frags = [f"p:{v}"]
    else:
        pre = r.choice(V6_PREFIX)
        tail = [
            f"{r.randint(0, 0xFFFF):x}" if r.random() < 0.7 else "0"
            for _ in range(8 - pre.count(":") - 1)
        ]
        a = ipaddress.IPv6Address(pre + ":" + ":".join(tail))
        v = str(a) if form == "v6" else a.exploded
        frags = [f"p:{v}"]
    assert ids.ip_ok(v), v
    return form, v, frags


def card_value(r):
    form = r.choice(
        [
            "visa_grouped",
            "visa_dashed",
            "visa_compact",
            "mc_grouped",
            "mc_dashed",
            "mc_compact",
            "amex",
        ]
    )
    if form == "amex":
        d = ids.luhn_complete(r.choice(["34", "37"]) + ids.rd(r, 12))
        v = f"{d[:4]} {d[4:10]} {d[10:]}"
    else:
        pre = (
            "4"
            if form.startswith("visa")
            else r.choice(["51", "52", "53", "54", "55", "2221", "2367", "2720"])
        )
        d = ids.luhn_complete(pre + ids.rd(r, 15 - len(pre)))
        g = [d[i : i + 4] for i in range(0, 16, 4)]
        v = (
            " ".join(g)
            if form.endswith("grouped")
            else "-".join(g)
            if form.endswith("dashed")
            else d
        )
    assert ids.card_ok(ids.digits(v), form), v
    return form, v, d_frags(v)


def iban_value(r, loc):
    v = ids.gen_iban(r, loc)
    if r.random() < 0.6:
        return "iban_print", " ".join(v[i : i + 4] for i in range(0, len(v), 4)), d_frags(v)
    return "iban_compact", v, d_frags(v)


# ---- national ids and bank values ------------------------------------------------------
def _grp(d, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(d[i : i + n])
        i += n
    return sep.join(out)


ID_FORMS = {
    "en_GB": ["nino", "nino_compact"],
    "en_AU": ["tfn", "tfn_compact", "medicare", "bsb_acct"],
    "de_AT": ["svnr", "svnr_compact"],
    "fr_FR": ["nir", "nir_compact"],
    "es_MX": ["curp", "rfc", "clabe"],
    "pt_PT": ["nif", "nif_compact", "cc"],
    "es_PA": ["cedula", "cuenta_pa"],
    "fr_MA": ["cin_ma", "rib_ma"],
    "en_BW": ["omang", "acct_bw"],
    "es_SV": ["dui", "dui"],
    "fr_TN": ["cin_tn", "cin_tn"],
    "en_NA": ["na_id", "acct_na"],
}


def id_raw(r, loc, form):
    if form.startswith("nino"):
        v = ids.gen_nino(r)
        return v if form == "nino_compact" else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
    if form.startswith("tfn"):
        d = ids.gen_tfn(r)
        return d if form == "tfn_compact" else _grp(d, (3, 3, 3))
    if form == "medicare":
        return _grp(ids.gen_medicare(r), (4, 5, 1))
    if form == "bsb_acct":
        bsb = r.choice(["062", "082", "033", "013", "732", "484"])
        return f"{bsb}-{ids.rd(r, 3)} {r.randint(1, 9)}{ids.rd(r, 7)}"
    if form.startswith("svnr"):
        d = ids.gen_svnr(r)
        return d if form == "svnr_compact" else f"{d[:4]} {d[4:]}"
    if form.startswith("nir"):
        d = ids.gen_nir(r)
        return d if form == "nir_compact" else _grp(d, (1, 2, 2, 2, 3, 3, 2))
    if form == "curp":
        return ids.gen_curp(r)
    if form == "rfc":
        return ids.gen_rfc(r)
    if form == "clabe":
        d = ids.gen_clabe(r)
        return d if r.random() < 0.5 else _grp(d, (3, 3, 11, 1))
    if form.startswith("nif"):
        d = ids.gen_nif_pt(r)
        return d if form == "nif_compact" else _grp(d, (3, 3, 3))
    if form == "cc":
        return ids.gen_cc_pt(r)
    if form == "cedula":
        return ids.gen_cedula_pa(r)
    if form == "cuenta_pa":
        bank = r.choice(["03", "04", "10", "01"])
        return f"{bank}-{ids.rd(r, 2)}-{ids.rd(r, 2)}-{ids.rd(r, 6)}-{r.randint(0, 9)}"
    if form == "cin_ma":
        return ids.gen_cin_ma(r)
    if form == "rib_ma":
        d = ids.gen_ma_rib(r)
        return _grp(d, (3, 3, 16, 2)) if r.random() < 0.6 else d
    if form == "omang":
        return ids.gen_omang(r)
    if form == "acct_bw":
        return f"{r.choice(['1', '2', '6'])}{ids.rd(r, 9)}" + r.choice(["", ids.rd(r, 2)])
    if form == "dui":
        return ids.gen_dui(r)
    if form == "cin_tn":
        return ids.gen_cin_tn(r)
    if form == "na_id":
        return ids.gen_na_id(r)
    if form == "acct_na":
        return f"{r.choice(['62', '80', '24', '10'])}{ids.rd(r, 9)}"
    raise KeyError(form)


ID_PATTERNS = {
    "bsb_acct": r"\d{3}-\d{3} [1-9]\d{7}",
    "cedula": r"(?:[1-9]-\d{1,3}-\d{1,4}|[248]-AV-\d{1,3}-\d{1,3}|(?:E|PE|N)-\d{1,2}-\d{3,4})",
    "cuenta_pa": r"\d{2}-\d{2}-\d{2}-\d{6}-\d",
    "cin_ma": r"(?:[A-Z]{2}\d{5,6}|[A-Z]\d{5})",
    "omang": r"\d{4}[12]\d{4}",
    "acct_bw": r"[126]\d{9}(?:\d{2})?",
    "cin_tn": r"[01]\d{7}",
    "na_id": r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d)\d{5}",
    "acct_na": r"(?:62|80|24|10)\d{9}",
}


def id_valid(loc: str, form: str, value: str) -> bool:
    d = ids.digits(value)
    if form.startswith("nino"):
        return ids.nino_ok(value)
    if form.startswith("tfn"):
        return ids.tfn_ok(d)
    if form == "medicare":
        return ids.medicare_ok(d)
    if form.startswith("svnr"):
        return ids.svnr_ok(d)
    if form.startswith("nir"):
        return ids.nir_ok(d)
    if form == "curp":
        return ids.curp_ok(value)
    if form == "rfc":
        return ids.rfc_ok(value)
    if form == "clabe":
        return ids.clabe_ok(d)
    if form.startswith("nif"):
        return ids.nif_pt_ok(d) and d[0] in "123"
    if form == "cc":
        return ids.cc_pt_ok(value)
    if form == "dui":
        return re.fullmatch(r"\d{8}-\d", value) is not None and ids.dui_ok(d)
    if form == "rib_ma":
        return ids.ma_rib_ok(d)
    return re.fullmatch(ID_PATTERNS[form], value) is not None


def id_frags(value: str) -> list[str]:
    fr = d_frags(value)
    return fr if fr else [f"s:{normalise(value)}"]


# ---- postcodes and addresses ------------------------------------------------------------
POSTCODE_RX = {
    "en_GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}",
    "en_AU": r"\d{4}",
    "de_AT": r"[1-9]\d{3}",
    "fr_FR": r"\d{5}",
    "es_MX": r"\d{5}",
    "pt_PT": r"[1-9]\d{3}-\d{3}",
    "fr_MA": r"\d{5}",
    "es_SV": r"\d{4}",
    "fr_TN": r"\d{4}",
}


def postcode_ok(loc: str, pc: str) -> bool:
    return re.fullmatch(POSTCODE_RX[loc], pc) is not None


def _postcode(r, loc, base):
    if loc == "en_GB":
        unit = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{base} {r.randint(1, 9)}{r.choice(unit)}{r.choice(unit)}"
    if loc == "pt_PT":
        return f"{base[:2]}{r.randint(0, 9)}{r.randint(0, 9)}-{r.randint(1, 999):03d}"
    if loc == "fr_FR" and base.startswith("750"):
        return base
    return base


def street_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s']+", name) if t and t.lower() not in STREET_STOP]


def address_value(r, loc):
    names, types = STREETS[loc]
    name, typ = r.choice(names), r.choice(types)
    town, base = r.choice(TOWNS[loc])
    pc = _postcode(r, loc, base) if base else ""
    if loc == "es_SV" and r.random() < 0.5:
        pc = ""
    if pc:
        assert postcode_ok(loc, pc), (loc, pc)
    no = str(r.randint(1, 240))
    if loc in ("en_GB", "en_AU", "en_NA"):
        line = f"{no} {name} {typ}"
        if loc == "en_AU" and r.random() < 0.3:
            line = f"Unit {r.randint(1, 30)}/{line}"
    elif loc == "en_BW":
        line = f"Plot {r.randint(100, 59999)}, {name} {typ}"
    elif loc == "de_AT":
        st = f"{name} {typ.capitalize()}" if name.endswith("er") else f"{name}{typ}"
        line = f"{st} {no}" + r.choice(
            ["", f"/{r.randint(1, 20)}", f"/{r.randint(1, 9)}/{r.randint(1, 30)}"]
        )
    elif loc in ("fr_FR", "fr_MA", "fr_TN"):
        line = f"{no}{r.choice(['', ' bis', ','])} {typ} {name}"
    elif loc == "pt_PT":
        line = f"{typ} {name}, {no}" + r.choice(
            ["", f", {r.randint(1, 9)}.º Esq.", f", {r.randint(1, 9)}.º Dto."]
        )
    elif loc == "es_MX":
        line = f"{typ} {name} {no}" + r.choice(
            ["", f" Int. {r.randint(1, 12)}", f", Depto. {r.randint(101, 804)}"]
        )
    elif loc == "es_PA":
        line = f"{typ} {name}, " + r.choice(
            [f"Casa {no}", f"Edificio Torre {r.choice('ABC')}, Piso {r.randint(2, 30)}"]
        )
    else:  # es_SV
        line = (
            f"{typ} {name} #{no}"
            if typ in ("Calle", "Avenida", "Pasaje")
            else f"{typ} {name}, Casa {no}"
        )
    toks = street_tokens(name)
    frags = t_frags(toks)
    if pc:
        frags.append(f"p:{pc}")
    if loc in ("en_GB",):
        place = f"{town} {pc}"
    elif loc == "en_AU":
        place = f"{town} {pc}"
    elif loc == "es_MX":
        place = f"C.P. {pc}, {town}" if r.random() < 0.5 else f"{pc} {town}"
    elif loc == "es_SV":
        place = f"{town}" + (f", CP {pc}" if pc else "")
    elif pc:
        place = f"{pc} {town}"
    else:
        place = town
    form = r.choice(["one", "one", "multi", "street_town", "box"])
    if form == "one":
        v = f"{line}, {place}"
    elif form == "multi":
        v = f"{line}\n{place}"
    elif form == "street_town":
        v = f"{line}, {town}"
        frags = [f for f in frags if not f.startswith("p:")]
    else:
        if loc == "es_PA":
            box = f"{r.choice(['0816', '0819', '0823', '0830', '0843'])}-{r.randint(1, 9999):05d}"
        else:
            box = str(r.randint(10, 99999))
        bl = f"{BOX[loc]} {box}"
        if loc == "en_BW" and r.random() < 0.3:
            bl = f"Private Bag {r.choice(['BO', 'BR', 'F'])} {r.randint(1, 399)}"
            box = bl.split()[-1]
        tail = place + (" Cedex" if loc == "fr_FR" and pc else "")
        v = f"{line}\n{bl}\n{tail}" if r.random() < 0.6 else f"{line}, {bl}, {tail}"
        frags.append(f"p:{box}")
    return form, v, list(dict.fromkeys(frags))


# ---- people ------------------------------------------------------------------------------
def person_value(r, loc, g, s, titles, gender="m"):
    form = r.choice(["full", "full", "title", "lower", "initial", "surname_given", "given"])
    tm, tf = titles
    title = r.choice(tm if gender == "m" else tf)
    if form == "full":
        v = f"{g} {s}"
    elif form == "title":
        v = f"{title} {s}" if r.random() < 0.6 else f"{title} {g} {s}"
    elif form == "lower":
        v = f"{g} {s}".lower()
    elif form == "initial":
        v = f"{g[0]}. {s}"
    elif form == "surname_given":
        v = f"{s.upper()}, {g}" if r.random() < 0.5 else f"{s}, {g}"
    else:
        v = g
    return form, v, _present(g, s, v)


def _present(g, s, v):
    nv = normalise(v)
    toks = [t for t in name_tokens(g) + name_tokens(s) if _rx(f"t:{t}").search(nv)]
    return t_frags(toks)


POSS = {"en": "{x}'s", "de": "von {x}", "fr": "de {x}", "es": "de {x}", "pt": "de {x}"}


def member_value(r, loc, lang, g, s, titles, gender="m"):
    form = r.choice(
        ["full", "given", "surname", "initial", "handle", "possessive", "lower", "folded", "title"]
    )
    if form == "full":
        v = f"{g} {s}"
    elif form == "given":
        v = g
    elif form == "surname":
        v = s
    elif form == "initial":
        v = f"{g[0]}. {s}"
    elif form == "handle":
        toks = [
            t for t in re.split(r"[\s\-]+", f"{g} {s}") if t.lower() not in PARTICLES and len(t) > 2
        ]
        v = "@" + _slug(r.choice(toks))
    elif form == "possessive":
        v = POSS[lang].replace("{x}", r.choice([g, f"{g} {s}"]))
    elif form == "lower":
        v = f"{g} {s}".lower()
    elif form == "folded":
        v = fold(f"{g} {s}")
    else:
        v = f"{r.choice(titles[0] if gender == 'm' else titles[1])} {s}"
    if form == "handle":
        return form, v, [f"t:{v[1:]}"]
    return form, v, _present(g, s, v)


def make_item(r, loc, lang, kind, roster, persons, titles, pool):
    """Return (kind, fragments, value, form)."""
    if kind == "EMAIL":
        g, s, _ = r.choice(pool)
        form, v, fr = email_value(r, loc, g, s)
    elif kind == "PHONE":
        form, v = phone_value(r, loc)
        fr = d_frags(v)
    elif kind == "URL":
        g, s, _ = r.choice(pool)
        form, v, fr = url_value(r, loc, g, s)
    elif kind == "IP":
        form, v, fr = ip_value(r)
    elif kind == "CARD":
        form, v, fr = card_value(r)
    elif kind == "IBAN":
        form, v, fr = iban_value(r, loc)
    elif kind == "ID":
        form = r.choice(ID_FORMS[loc])
        v = id_raw(r, loc, form)
        assert id_valid(loc, form, v), (loc, form, v)
        fr = id_frags(v)
        form = form + ("_bare" if r.random() < 0.4 else "")
    elif kind == "PERSON":
        g, s, gen = r.choice(persons)
        form, v, fr = person_value(r, loc, g, s, titles, gen)
    elif kind == "MEMBER":
        g, s, gen = r.choice(roster)
        form, v, fr = member_value(r, loc, loc.split("_")[0], g, s, titles, gen)
    else:
        form, v, fr = address_value(r, loc)
    return kind, fr, v, form
