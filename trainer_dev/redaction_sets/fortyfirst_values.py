"""Forty-first set: drawing every labelled value (with its written form and fragments)."""

from __future__ import annotations

import datetime
import ipaddress
import re
import unicodedata

import phonenumbers

from trainer_dev.redaction_sets import fortyfirst_checks as ck
from trainer_dev.redaction_sets.fortyfirst_core import digit_windows, norm
from trainer_dev.redaction_sets.fortyfirst_people import PARTICLES
from trainer_dev.redaction_sets.fortyfirst_places import (
    BOX,
    LOCALES,
    QUARTERS,
    STREET_TYPES,
    STREETS,
    TLD,
    TOWNS,
    WEB,
)

PF = phonenumbers.PhoneNumberFormat


def fold(s: str) -> str:
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ß": "ss"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rnd(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---- phones -----------------------------------------------------------------------------------
PLANS = {
    "en_US": [("212 646 718 415 312 512 615 503 404 303 206 504 612", 7)],
    "en_CA": [("416 647 604 778 403 587 613 902 204 306 780 250", 7)],
    "fr_CA": [("514 438 418 581 819 450 873", 7)],
    "es_PR": [("787 939", 7)],
    "de_DE": [("151 152 157 160 162 170 171 172 173 175 176 177 178 179", 8),
              ("30 40 89 69", 8), ("221 341 711 351 421", 7)],
    "es_CO": [("300 301 302 304 310 311 312 313 315 316 317 318 320 321 350", 7),
              ("601 604 602 605", 7)],
    "pt_BR": [("119 219 319 719 819 519 419 859 619", 8), ("113 213 313 713 413", 7)],
    "pl_PL": [("50 51 53 57 60 66 69 72 73 78 79 88", 7), ("22 12 58 71 61 42", 7)],
    "en_NZ": [("21 22 27", 7), ("93 94 95 48 38 33 63 73", 6)],
    "hu_HU": [("20 30 70", 7), ("1", 7), ("52 62 72 96", 6)],
    "fr_ML": [("66 76 70 79 90 91 65 82", 6), ("202 203", 5)],
    "en_SL": [("76 77 78 79 30 33 88 99 25", 6), ("22", 6)],
}
INTL_ZERO = {"de_DE", "en_NZ"}


def phone(rng, loc: str):
    region = LOCALES[loc][1]
    while True:
        prefixes, n = rng.choice(PLANS[loc])
        nsn = rng.choice(prefixes.split()) + rnd(rng, n)
        if nsn[len(nsn) - n] == "0" and region in ("US", "CA", "PR"):
            continue
        num = phonenumbers.parse(nsn, region)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == \
                region:
            break
    forms = ["intl", "national", "e164", "dotted", "dashed"]
    if loc in INTL_ZERO:
        forms.append("intl_zero")
    form = rng.choice(forms)
    intl = phonenumbers.format_number(num, PF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PF.NATIONAL)
    if form == "intl":
        value = intl
    elif form == "national":
        value = nat
    elif form == "e164":
        value = phonenumbers.format_number(num, PF.E164)
    elif form == "intl_zero":
        cc, rest = intl.split(" ", 1)
        value = f"{cc} (0){rest}"
    else:
        sep = "." if form == "dotted" else "-"
        value = sep.join(re.sub(r"[()]", "", nat).replace("-", " ").split())
    if not ck.check_phone(region, value):
        value, form = intl, "intl"
    return value, form, digit_windows(value)


# ---- cards, ibans, banks ----------------------------------------------------------------------
def card(rng):
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "visa":
        body = "4" + rnd(rng, 14)
    elif brand == "mc":
        body = (rng.choice(["51", "52", "53", "54", "55"]) + rnd(rng, 13) if rng.random() < 0.7
                else str(rng.randint(2221, 2720)) + rnd(rng, 11))
    else:
        body = rng.choice(["34", "37"]) + rnd(rng, 12)
    d = body + ck.luhn_digit(body)
    if brand == "amex":
        return f"{d[:4]} {d[4:10]} {d[10:]}", "amex", digit_windows(d)
    style = rng.choice(["grouped", "dashed", "compact"])
    groups = [d[i : i + 4] for i in range(0, 16, 4)]
    value = {"grouped": " ".join(groups), "dashed": "-".join(groups), "compact": d}[style]
    return value, f"{brand}_{style}", digit_windows(d)


BLZ = ["10070000", "20040000", "37040044", "50010517", "70150000", "12030000", "43060967",
       "10010010", "76050101", "86055592", "30050110", "60050101"]
ISPB = ["00000000", "00360305", "60701190", "60746948", "90400888", "18236120"]
PL_BANKS = ["102", "105", "109", "114", "116", "124", "175", "249"]
HU_BANKS = ["117", "116", "104", "107", "120", "109", "101"]


def iban(rng, loc: str):
    cc = LOCALES[loc][0]
    if cc == "DE":
        bban = rng.choice(BLZ) + rnd(rng, 10)
    elif cc == "BR":
        bban = rng.choice(ISPB) + rnd(rng, 5) + rnd(rng, 10) + rng.choice(["C1", "P1", "C2"])
    elif cc == "PL":
        sort = rng.choice(PL_BANKS) + rnd(rng, 4)
        bban = sort + str(ck.weighted10(sort, ck.PL_SORT_W)) + rnd(rng, 16)
    elif cc == "HU":
        a = rng.choice(HU_BANKS) + rnd(rng, 4)
        b = rnd(rng, 15)
        bban = a + str(ck.weighted10(a, ck.HU_W)) + b + str(ck.weighted10(b, ck.HU_W))
    else:  # ML
        bban = rng.choice("CD") + rnd(rng, 23)
    value = ck.iban_from(cc, bban)
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4)), "iban_print", \
            digit_windows(value)
    return value, "iban_compact", digit_windows(value)


def aba(rng) -> str:
    while True:
        d = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31]):02d}" + rnd(rng, 7)
        for c in "0123456789":
            if ck.aba_ok(d[:8] + c):
                return d[:8] + c


def bank(rng, loc: str):
    if loc in ("en_US", "es_PR"):
        value, form = f"{aba(rng)} / {rnd(rng, rng.choice([8, 10, 12]))}", "bank_us"
    elif loc in ("en_CA", "fr_CA"):
        inst = rng.choice(["001", "002", "003", "004", "006", "010", "815"])
        value, form = f"{rnd(rng, 5)}-{inst}-{rnd(rng, 7)}", "bank_ca"
    elif loc == "es_CO":
        value, form = f"{rnd(rng, 3)}-{rnd(rng, 6)}-{rnd(rng, 2)}", "bank_co"
    elif loc == "en_NZ":
        b = rng.choice(["01", "02", "03", "06", "12", "38"])
        value, form = f"{b}-{rnd(rng, 4)}-{rnd(rng, 7)}-{rng.choice(['00', '01', '000'])}", \
            "bank_nz"
    else:
        value, form = f"{rnd(rng, 3)}-{rnd(rng, 9)}-{rnd(rng, 2)}", "bank_sl"
    return value, form, digit_windows(value)


# ---- national ids -----------------------------------------------------------------------------
def _date(rng, lo=1950, hi=2004) -> datetime.date:
    return datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def gen_id(rng, kind: str, person=None) -> str:
    while True:
        v = _gen_id(rng, kind, person)
        if ck.check_id(kind, v):
            return v


def _gen_id(rng, kind, person):
    if kind == "ssn":
        a = rng.randint(1, 899)
        return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    if kind == "itin":
        g = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 99])
        return f"9{rnd(rng, 2)}-{g}-{rnd(rng, 4)}"
    if kind == "sin":
        b = str(rng.randint(1, 7)) + rnd(rng, 7)
        d = b + ck.luhn_digit(b)
        sep = rng.choice([" ", "-"])
        return f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"
    if kind == "ohip":
        b = str(rng.randint(1, 9)) + rnd(rng, 8)
        d = b + ck.luhn_digit(b)
        tail = rng.choice(["", "-" + rng.choice(["AB", "KT", "XM", "HP"])])
        return f"{d[:4]}-{d[4:7]}-{d[7:]}{tail}"
    if kind == "ramq":
        sur, given, female = person
        s = re.sub(r"[^A-Z]", "", fold(sur).upper()) + "XXX"
        g = fold(given).upper()[0]
        dt = _date(rng)
        mm = dt.month + (50 if female else 0)
        return f"{s[:3]}{g} {dt.year % 100:02d}{mm:02d} {dt.day:02d}{rnd(rng, 2)}"
    if kind == "steuer_id":
        ds = rng.sample("0123456789", 9)
        if ds[0] == "0":
            ds[0], ds[1] = ds[1], ds[0]
        pos = rng.randint(1, 9)
        ds.insert(pos, ds[rng.randint(0, len(ds) - 1)])
        if ds[0] == "0":
            return "0"
        d = "".join(ds[:10])
        d += str(ck.mod11_10(d))
        return d if rng.random() < 0.5 else f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    if kind == "rvnr":
        dt = _date(rng)
        letter = rng.choice("ABDFGHKLMNPRSTWZ")
        serial = f"{rng.randint(0, 99):02d}"
        body = f"{rng.choice(['12', '13', '15', '24', '38', '53', '65', '04'])}" \
               f"{dt.day:02d}{dt.month:02d}{dt.year % 100:02d}"
        for c in "0123456789":
            cand = f"{body}{letter}{serial}{c}"
            if ck.rvnr_ok(cand):
                return cand if rng.random() < 0.5 else \
                    f"{cand[:2]} {cand[2:8]} {cand[8]} {cand[9:]}"
        return "0"
    if kind == "cpf":
        d = rnd(rng, 9)
        for n in (9, 10):
            s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
            d += str((s * 10 % 11) % 10)
        return d if rng.random() < 0.3 else f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"
    if kind == "pesel":
        dt = _date(rng, 1950, 2006)
        mm = dt.month + (20 if dt.year >= 2000 else 0)
        d = f"{dt.year % 100:02d}{mm:02d}{dt.day:02d}{rnd(rng, 4)}"
        return d + str(ck.weighted10(d, (1, 3, 7, 9) * 3))
    if kind == "dowod":
        letters = rng.choice("ACDEF") + rng.choice("ABCDEFGHKLMNPRSTWXYZ") + \
            rng.choice("ABCDEFGHKLMNPRSTWXYZ")
        tail = rnd(rng, 5)
        weights = (7, 3, 1, 7, 3, 1, 7, 3)
        s = sum(int(c, 36) * w for c, w in zip(letters + tail, weights, strict=True))
        v = f"{letters}{s % 10}{tail}"
        return v if rng.random() < 0.6 else f"{v[:3]} {v[3:]}"
    if kind == "cedula":
        if rng.random() < 0.5:
            d = "10" + rnd(rng, 8)
            return d if rng.random() < 0.4 else f"{d[0]}.{d[1:4]}.{d[4:7]}.{d[7:]}"
        d = rng.choice(["79", "80", "52", "43", "71", "16", "31"]) + rnd(rng, 6)
        return d if rng.random() < 0.4 else f"{d[:2]}.{d[2:5]}.{d[5:]}"
    if kind == "ird":
        n = rng.randint(1_000_000, 14_999_999)
        base = f"{n:08d}"
        for w in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
            r = sum(int(a) * b for a, b in zip(base, w, strict=False)) % 11
            c = 0 if r == 0 else 11 - r
            if c != 10:
                d = str(n) + str(c)
                d = d.zfill(9)
                return f"{d[:3]}-{d[3:6]}-{d[6:]}" if rng.random() < 0.6 else d
        return "0"
    if kind == "nhi":
        letters = "".join(rng.choice(ck.NHI_LETTERS) for _ in range(3))
        d3 = rnd(rng, 3)
        vals = [ck.NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in d3]
        r = sum(a * b for a, b in zip(vals, (7, 6, 5, 4, 3, 2), strict=False)) % 11
        return f"{letters}{d3}{(11 - r) % 10}" if r else "0"
    if kind == "adoazonosito":
        days = ck.days_since_1867(_date(rng))
        d = f"8{days:05d}{rnd(rng, 3)}"
        r = sum(int(d[i]) * (i + 1) for i in range(9)) % 11
        return d + str(r) if r < 10 else "0"
    if kind == "taj":
        d = rnd(rng, 8)
        d += str(sum(int(d[i]) * (3 if i % 2 == 0 else 7) for i in range(8)) % 10)
        return f"{d[:3]} {d[3:6]} {d[6:]}" if rng.random() < 0.6 else d
    if kind == "nina":
        return f"{rng.choice('12')}{rnd(rng, 13)} {rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    if kind == "passport_ml":
        return rng.choice("AB") + rnd(rng, 7)
    if kind == "nin_sl":
        pool = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(rng.choice(pool) for _ in range(7))
    if kind == "passport_sl":
        return "E" + rnd(rng, 7)
    if kind == "licencia_pr":
        return rnd(rng, 7)
    raise ValueError(kind)


# id types per locale: (type, cue word by language)
ID_TYPES = {
    "en_US": [("ssn", "SSN"), ("itin", "ITIN")],
    "en_CA": [("sin", "SIN"), ("ohip", "OHIP number")],
    "fr_CA": [("sin", "NAS"), ("ramq", "numéro RAMQ")],
    "de_DE": [("steuer_id", "Steuer-ID"), ("rvnr", "Rentenversicherungsnummer")],
    "es_CO": [("cedula", "cédula")],
    "pt_BR": [("cpf", "CPF")],
    "pl_PL": [("pesel", "PESEL"), ("dowod", "numer dowodu osobistego")],
    "en_NZ": [("ird", "IRD number"), ("nhi", "NHI number")],
    "hu_HU": [("adoazonosito", "adóazonosító jel"), ("taj", "TAJ-szám")],
    "fr_ML": [("nina", "NINA"), ("passport_ml", "numéro de passeport")],
    "en_SL": [("nin_sl", "NIN"), ("passport_sl", "passport number")],
    "es_PR": [("ssn", "seguro social"), ("licencia_pr", "licencia de conducir")],
}
IBAN_LOCALES = {"de_DE", "pt_BR", "pl_PL", "hu_HU", "fr_ML"}


# ---- names ------------------------------------------------------------------------------------
def name_tokens(written: str, skip=()) -> list[str]:
    out, skipped = [], {norm(s).rstrip(".") for s in skip}
    for tok in re.split(r"[\s\-]+", written):
        tok = tok.strip(".,")
        if not tok or len(tok) <= 1 or norm(tok) in PARTICLES or norm(tok) in skipped:
            continue
        if tok.endswith("'s"):
            tok = tok[:-2]
        if "t:" + tok not in out:
            out.append("t:" + tok)
    return out


# ---- address ----------------------------------------------------------------------------------
_TYPES = {norm(t) for t in STREET_TYPES}


def street_tokens(street: str) -> list[str]:
    out = []
    for tok in re.split(r"[\s\-]+", street):
        low = norm(tok)
        if low.startswith(("l'", "d'")):
            tok, low = tok[2:], low[2:]
        if low in _TYPES or low in PARTICLES or len(low) < 2:
            continue
        out.append("t:" + tok)
    return out


def postcode(rng, loc: str, spec) -> str:
    if loc in ("en_CA", "fr_CA"):
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{rng.choice(spec.split())} {rng.randint(0, 9)}{rng.choice(letters)}" \
               f"{rng.randint(0, 9)}"
    n = rng.randint(*spec)
    if loc == "pt_BR":
        return f"{n:05d}-{rnd(rng, 3)}"
    if loc == "pl_PL":
        s = f"{n:05d}"
        return f"{s[:2]}-{s[2:]}"
    if loc in ("en_NZ", "hu_HU"):
        return f"{n:04d}"
    if loc == "es_CO":
        return f"{n:06d}"
    z = f"{n:05d}"
    if loc in ("en_US", "es_PR") and rng.random() < 0.25:
        z += "-" + rnd(rng, 4)
    return z


def address(rng, loc: str):
    street = rng.choice(STREETS[loc])
    town, region, spec = rng.choice(TOWNS[loc])
    num = str(rng.randint(2, 2400) if loc in ("en_US", "en_CA", "fr_CA") else rng.randint(1, 180))
    forms = ["one_line", "multi_line", "street_town", "box"]
    form = rng.choice(forms)
    pc = postcode(rng, loc, spec) if spec else ""
    box_no = (rng.choice(["", "E "]) if loc == "fr_ML" else "") + str(rng.randint(100, 9999))
    box = BOX[loc].format(n=box_no)
    q = rng.choice(QUARTERS[loc]) if loc in QUARTERS else ""
    if loc in ("en_US", "en_CA", "en_NZ", "en_SL"):
        line1 = f"{num} {street}"
    elif loc == "fr_CA":
        line1 = f"{num}, {street}"
    elif loc == "es_CO":
        line1 = f"{street} # {rng.randint(1, 120)}-{rng.randint(2, 99)}"
    elif loc == "pt_BR":
        line1 = f"{street}, {num}"
    elif loc == "pl_PL":
        line1 = f"{street} {num}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.5 else "")
    elif loc == "hu_HU":
        line1 = f"{street} {num}."
    elif loc == "fr_ML":
        line1 = f"{street}, porte {num}"
    else:
        line1 = f"{street} {num}"
    if loc in ("en_US", "es_PR", "en_CA"):
        place = f"{town}, {region} {pc}"
    elif loc == "fr_CA":
        place = f"{town} (Québec) {pc}"
    elif loc == "pt_BR":
        place = f"{town} - {region}, {pc}"
    elif loc in ("fr_ML", "en_SL"):
        place = f"{q}, {town}"
    elif loc == "en_NZ":
        place = f"{town} {pc}"
    elif loc == "es_CO":
        place = f"{town} {pc}"
    else:
        place = f"{pc} {town}"
    town_only = town if loc not in ("fr_ML", "en_SL") else f"{q}, {town}"
    frags = street_tokens(street)
    if form == "street_town":
        value = f"{line1}, {town_only}"
    elif form == "box":
        value = f"{line1}, {box}, {place}"
        frags = frags + ["p:" + box_no]
        if pc:
            frags.append("p:" + pc)
    else:
        sep = "\n" if form == "multi_line" else ", "
        value = f"{line1}{sep}{place}"
        if pc:
            frags.append("p:" + pc)
    return value, form, frags, (LOCALES[loc][0], pc)


# ---- e-mail, url, ip --------------------------------------------------------------------------
MAIL = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
    "en_CA": ["gmail.com", "outlook.com", "rogers.com", "shaw.ca", "telus.net"],
    "fr_CA": ["videotron.ca", "gmail.com", "outlook.com", "sympatico.ca"],
    "de_DE": ["web.de", "gmx.de", "posteo.de", "t-online.de"],
    "es_CO": ["gmail.com", "hotmail.com", "outlook.com", "une.net.co"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br"],
    "pl_PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "en_NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.com"],
    "hu_HU": ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu"],
    "fr_ML": ["orangemali.ml", "gmail.com", "yahoo.fr", "afribonemali.net"],
    "en_SL": ["gmail.com", "yahoo.com", "sierratel.sl", "outlook.com"],
    "es_PR": ["gmail.com", "hotmail.com", "prtc.net", "yahoo.com"],
}


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(s).lower())


def host(rng, loc: str, surname: str) -> str:
    word = _slug(rng.choice(WEB[LOCALES[loc][2]]))
    sur = _slug(surname)
    pat = rng.randint(0, 2)
    base = [f"{word}{sur}", f"{sur}-{word}", f"{sur}{word}"][pat]
    return f"{base}.{rng.choice(TLD[loc])}"


def email(rng, loc: str, given: str, surname: str):
    g, s = _slug(given), _slug(surname)
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{rng.randint(70, 99)}",
                        f"{g}_{s}", f"{_slug(rng.choice(WEB[LOCALES[loc][2]]))}.{s}"])
    domain = rng.choice(MAIL[loc]) if rng.random() < 0.5 else host(rng, loc, surname)
    addr = f"{local}@{domain}"
    form = rng.choice(["plain", "plain", "angle", "mailto"])
    value = {"plain": addr, "angle": f"<{addr}>", "mailto": f"mailto:{addr}"}[form]
    return value, form, ["t:" + local]


SLUGS = {
    "en": ["backstage-pass", "summer-lineup", "press-kit", "episode-notes", "media-accreditation",
           "fan-club", "tour-diary", "behind-the-scenes"],
    "de": ["pressebereich", "sommerprogramm", "backstage-bericht", "folgen-archiv",
           "akkreditierung", "fanpost", "tourtagebuch"],
    "fr": ["espace-presse", "programmation-ete", "coulisses-du-festival", "notes-episode",
           "accreditation-media", "courrier-des-fans", "carnet-de-tournee"],
    "es": ["sala-de-prensa", "cartel-verano", "detras-de-camaras", "notas-del-episodio",
           "acreditacion-medios", "club-de-fans", "diario-de-gira"],
    "pt": ["sala-de-imprensa", "line-up-verao", "bastidores", "notas-do-episodio",
           "credenciamento", "fa-clube", "diario-de-turne"],
    "pl": ["biuro-prasowe", "program-lata", "za-kulisami", "notatki-odcinka",
           "akredytacja", "klub-fanow", "dziennik-trasy"],
    "hu": ["sajtoszoba", "nyari-program", "kulisszak-mogott", "epizod-jegyzet",
           "akkreditacio", "rajongoi-klub", "turnenaplo"],
}


def url(rng, loc: str, surname: str):
    h = host(rng, loc, surname)
    slug = f"{rng.choice(SLUGS[LOCALES[loc][2]])}-{rng.randint(2, 999)}"
    form = rng.choice(["https_host", "https_slug", "www", "bare"])
    if form == "https_host":
        return f"https://{h}", form, ["t:" + h]
    if form == "https_slug":
        return f"https://{h}/{rng.choice(['p', 'e', 'ep', 'news'])}/{slug}", form, \
            ["t:" + h, "t:" + slug]
    if form == "www":
        return f"www.{h}", form, ["t:" + h]
    return f"{h}/{slug}", form, ["t:" + h, "t:" + slug]


def ip(rng):
    form = rng.choice(["v4", "v4", "v4_private", "v4_port", "v6", "v6_full"])
    while True:
        if form == "v4_private":
            a = rng.choice([f"10.{rng.randint(0, 255)}", "192.168",
                            f"172.{rng.randint(16, 31)}"])
            v = ipaddress.ip_address(f"{a}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        elif form.startswith("v6"):
            head = rng.choice(["2a01", "2a02", "2600", "2800", "2c0f", "2406", "2001:4860"])
            groups = head.split(":") + [f"{rng.randint(0, 0xffff):x}" for _ in range(3)]
            tail = [f"{rng.randint(0, 0xffff):x}" if rng.random() < 0.5 else "0"
                    for _ in range(8 - len(groups))]
            v = ipaddress.ip_address(":".join(groups + tail))
        else:
            v = ipaddress.ip_address(".".join(str(rng.randint(1, 254)) for _ in range(4)))
        if form == "v4_private" or v.is_global:
            break
    text = v.exploded if form == "v6_full" else str(v)
    value = f"{text}:{rng.choice([8080, 8443, 1935, 554, 3000, 9000])}" if form == "v4_port" \
        else text
    return value, form, ["p:" + text]
