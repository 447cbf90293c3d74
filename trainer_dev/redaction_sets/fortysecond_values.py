"""Forty-second set: values of every kind per locale, their written forms and fragments."""

from __future__ import annotations

import ipaddress
import re
import unicodedata

import phonenumbers

from trainer_dev.redaction_sets import fortysecond_checks as ck
from trainer_dev.redaction_sets.fortysecond_people import TITLES, name_tokens
from trainer_dev.redaction_sets.fortysecond_places import (
    CCTLD,
    FARM_WORDS,
    MAIL_DOMAINS,
    STREETS,
    TOWNS,
    TYPE_WORDS,
)

LOCALES = ["en_US", "en_AU", "en_IE", "fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL", "pt_BR",
           "fr_BF", "en_RW", "pt_GW"]
LANG = {loc: loc[:2] for loc in LOCALES}
REGION = {loc: loc[3:] for loc in LOCALES}
IBAN_LOCALES = {"en_IE": "IE", "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "it_IT": "IT",
                "nl_NL": "NL", "pt_BR": "BR"}


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ascii_word(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def digit_runs(s: str) -> list[str]:
    return [re.sub(r"\D", "", m) for m in re.findall(r"\d(?:[ \-./()+]{0,3}\d)*", s)]


def digit_frags(value: str) -> list[str]:
    out: list[str] = []
    for run in digit_runs(value):
        for i in range(len(run) - 3):
            frag = "d:" + run[i:i + 4]
            if frag not in out:
                out.append(frag)
    return out or ["s:" + value]


def _d(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---- phones ---------------------------------------------------------------------------------

PHONE_PLANS = {
    "en_US": [(a, 7) for a in ("515", "402", "559", "785", "319", "701", "605", "209", "509",
                               "806", "563", "308")],
    "en_AU": [("4", 8), ("4", 8), ("350", 6), ("269", 6), ("746", 6), ("885", 6)],
    "en_IE": [("83", 7), ("85", 7), ("86", 7), ("87", 7), ("89", 7), ("21", 7), ("61", 6),
              ("91", 6)],
    "fr_FR": [("6", 8), ("7", 8), ("2", 8), ("3", 8), ("5", 8)],
    "de_DE": [("151", 8), ("160", 7), ("170", 7), ("171", 7), ("175", 7), ("4441", 6),
              ("4471", 6), ("89", 8)],
    "es_ES": [("6", 8), ("7", 8), ("950", 6), ("968", 6), ("973", 6), ("959", 6)],
    "it_IT": [("347", 7), ("338", 7), ("329", 7), ("333", 7), ("0521", 6), ("059", 7),
              ("045", 7), ("0372", 6)],
    "nl_NL": [("6", 8), ("6", 8), ("317", 6), ("77", 7), ("58", 7), ("174", 6)],
    "pt_BR": [(d + "9", 8) for d in ("34", "64", "66", "49", "87", "43", "16", "67", "54",
                                     "74")] + [("343", 7), ("163", 7)],
    "fr_BF": [(p, 6) for p in ("70", "71", "72", "74", "75", "76", "78", "79", "60", "61",
                               "64", "65", "66", "51", "52", "56", "57")] + [("2530", 4),
                                                                              ("2097", 4)],
    "en_RW": [("78", 7), ("79", 7), ("72", 7), ("73", 7)],
    "pt_GW": [("95", 7), ("96", 7), ("955", 6), ("966", 6)],
}

PHONE_FORMS = {
    "en_US": ["intl", "national", "e164", "dotted", "dashed"],
    "en_AU": ["intl", "national", "e164", "intl_zero", "compact_national"],
    "en_IE": ["intl", "national", "e164", "intl_zero", "dashed"],
    "fr_FR": ["intl", "national", "e164", "dotted", "intl_zero"],
    "de_DE": ["intl", "national", "e164", "intl_zero", "slashed"],
    "es_ES": ["intl", "national", "e164", "compact_national", "intl_00"],
    "it_IT": ["intl", "national", "e164", "compact_national", "intl_00"],
    "nl_NL": ["intl", "national", "e164", "intl_zero", "dashed"],
    "pt_BR": ["intl", "national", "e164", "compact_national", "dashed"],
    "fr_BF": ["intl", "national", "e164", "dotted", "intl_00"],
    "en_RW": ["intl", "national", "e164", "compact_national", "intl_00"],
    "pt_GW": ["intl", "national", "e164", "compact_national", "intl_00"],
}


def phone(rng, loc: str) -> tuple[str, str]:
    region = REGION[loc]
    while True:
        prefix, rest = rng.choice(PHONE_PLANS[loc])
        nsn = prefix + _d(rng, rest)
        if loc == "en_US":
            nsn = prefix + str(rng.randrange(2, 10)) + _d(rng, 2) + _d(rng, 4)
            if nsn[4:6] == "11" or nsn[3:6] == "555":
                continue
        try:
            num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region))
                                     + nsn)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num):
            continue
        form = rng.choice(PHONE_FORMS[loc])
        fmt = phonenumbers.PhoneNumberFormat
        intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
        nat = phonenumbers.format_number(num, fmt.NATIONAL)
        if form == "intl":
            value = intl
        elif form == "national":
            value = nat
        elif form == "e164":
            value = phonenumbers.format_number(num, fmt.E164)
        elif form == "dotted":
            value = re.sub(r"[\s\-]+", ".", nat.replace("(", "").replace(")", ""))
        elif form == "dashed":
            value = re.sub(r"[\s\-]+", "-", nat.replace("(", "").replace(")", ""))
        elif form == "slashed":
            head, _, tail = nat.partition(" ")
            value = head + "/" + tail.replace(" ", "")
        elif form == "compact_national":
            value = re.sub(r"[\s\-()]", "", nat)
        elif form == "intl_00":
            value = "00" + intl[1:]
        else:  # intl_zero: +353 (0)87 123 4567
            cc, _, rest_ = intl.partition(" ")
            value = f"{cc} (0){rest_}"
        check = value.replace("(0)", "") if form == "intl_zero" else value
        if check.startswith("00"):
            check = "+" + check[2:]
        if not ck.phone_ok(region, check):
            continue
        return value, form


# ---- e-mail and URL -------------------------------------------------------------------------

def email(rng, loc: str, given: str, surname: str) -> tuple[str, str, list[str]]:
    g, s = ascii_word(given), ascii_word(surname.split()[-1])
    n = str(rng.randrange(1, 99))
    pattern = rng.choice(["{g}.{s}", "{g}{s}", "{gi}{s}", "{s}.{g}", "{g}_{s}{n}",
                          "{g}.{s}{n}", "{gi}.{s}", "{s}{gi}", "{g}-{s}"])
    local = pattern.format(g=g, s=s, gi=g[0], n=n)
    if rng.random() < 0.3:
        word = rng.choice(FARM_WORDS[LANG[loc]])
        domain = f"{s}{word}.{rng.choice([CCTLD[loc], 'farm', 'coop', 'com'])}"
    else:
        domain = rng.choice(MAIL_DOMAINS[loc])
    value = f"{local}@{domain}"
    form = rng.choice(["plain", "plain", "angle", "mailto"])
    return value, form, ["t:" + local]


def url(rng, loc: str, given: str, surname: str) -> tuple[str, str, list[str]]:
    g, s = ascii_word(given), ascii_word(surname.split()[-1])
    word = rng.choice(FARM_WORDS[LANG[loc]])
    tld = rng.choice([CCTLD[loc], CCTLD[loc], "farm", "com"])
    host = rng.choice([f"{s}{word}.{tld}", f"{word}{s}.{tld}", f"{g}{s}.{tld}",
                       f"{s}-{word}.{tld}"])
    form = rng.choice(["https_host", "https_slug", "www", "bare"])
    if form == "https_host":
        return f"https://{host}", form, ["t:" + host]
    if form == "www":
        return f"www.{host}", form, ["t:" + host]
    if form == "bare":
        return f"{host}/{rng.choice(['shop', 'contact', 'about', 'news'])}", form, ["t:" + host]
    slug = f"{g}-{s}"
    org = rng.choice(["marketplace", "growers", "coopnet", "agrimarket", "farmhub"])
    path = rng.choice(["sellers", "members", "profile", "u", "stall"])
    return f"https://{org}.{CCTLD[loc]}/{path}/{slug}", form, ["t:" + slug]


# ---- IP -------------------------------------------------------------------------------------

def ip(rng) -> tuple[str, str, list[str]]:
    form = rng.choice(["v4", "v4", "v4_private", "v4_port", "v6", "v6_full"])
    if form == "v4_private":
        base = rng.choice(["10", "192.168", "172"])
        if base == "10":
            value = f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(2, 255)}"
        elif base == "172":
            value = f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(2, 255)}"
        else:
            value = f"192.168.{rng.randrange(256)}.{rng.randrange(2, 255)}"
        assert ipaddress.ip_address(value).is_private
        return value, form, ["p:" + value]
    if form.startswith("v4"):
        while True:
            addr = ipaddress.IPv4Address(
                f"{rng.randrange(11, 224)}.{rng.randrange(256)}.{rng.randrange(256)}"
                f".{rng.randrange(1, 255)}")
            if addr.is_global:
                break
        if form == "v4_port":
            return f"{addr}:{rng.choice([8080, 8443, 2222, 5000, 9090, 1883])}", form, [
                f"p:{addr}"]
        return str(addr), form, [f"p:{addr}"]
    while True:
        groups = [f"2a0{rng.randrange(1, 10)}", f"{rng.randrange(0x1000, 0xffff):x}"] + [
            f"{rng.randrange(0, 0xffff):x}" if rng.random() < 0.7 else "0" for _ in range(6)]
        addr6 = ipaddress.IPv6Address(":".join(groups))
        if addr6.is_global:
            break
    value = addr6.exploded if form == "v6_full" else str(addr6)
    return value, form, ["p:" + value]


# ---- cards and banks ------------------------------------------------------------------------

def card(rng) -> tuple[str, str, list[str]]:
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + _d(rng, 12)
        num = body + ck.luhn_digit(body)
        return f"{num[:4]} {num[4:10]} {num[10:]}", "amex", digit_frags(num)
    head = "4" if brand == "visa" else rng.choice(
        [str(rng.randrange(51, 56)), str(rng.randrange(2221, 2721))])
    body = head + _d(rng, 15 - len(head))
    num = body + ck.luhn_digit(body)
    style = rng.choice(["grouped", "dashed", "compact"])
    sep = {"grouped": " ", "dashed": "-", "compact": ""}[style]
    value = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return value, f"{brand}_{style}", digit_frags(num)


def uemoa_key(bank: str, branch: str, account: str) -> str:
    num = "".join(c if c.isdigit() else "12345678912345678923456789"[ord(c) - 65]
                  for c in bank)
    return f"{97 - (89 * int(num) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def uemoa_ok(s: str) -> bool:
    m = re.fullmatch(r"([A-Z]{2}\d{3}) (\d{5}) (\d{12}) (\d\d)", s)
    return bool(m) and uemoa_key(m.group(1), m.group(2), m.group(3)) == m.group(4)


def bank_value(rng, loc: str) -> tuple[str, str, str]:
    """(value, form, kind): an IBAN where the country has one, a local bank value (ID) else."""
    cc = IBAN_LOCALES.get(loc)
    if cc:
        if cc == "IE":
            bban = rng.choice(["AIBK93", "BOFI90", "IPBS99"]) + _d(rng, 4) + _d(rng, 8)
        elif cc == "FR":
            bank, branch, acc = rng.choice(["30004", "11006", "13906", "17906"]), _d(rng, 5), \
                _d(rng, 11)
            bban = bank + branch + acc + ck.fr_rib_key(bank, branch, acc)
        elif cc == "DE":
            bban = rng.choice(["28050100", "28062165", "25090500", "70169333"]) + _d(rng, 10)
        elif cc == "ES":
            ent, off, acc = rng.choice(["3058", "2100", "3187", "0049"]), _d(rng, 4), \
                _d(rng, 10)
            bban = ent + off + ck.es_dc(ent, off, acc) + acc
        elif cc == "IT":
            abi, cab, conto = rng.choice(["05034", "08327", "03069", "06230"]), _d(rng, 5), \
                "0000" + _d(rng, 8)
            bban = ck.it_cin(abi, cab, conto) + abi + cab + conto
        elif cc == "NL":
            bban = rng.choice(["RABO", "INGB", "ABNA", "TRIO", "SNSB"]) + _d(rng, 10)
        else:  # BR
            bban = rng.choice(["00000000", "00360305", "60746948", "90400888"]) + _d(rng, 5) \
                + _d(rng, 10) + "C" + str(rng.randrange(1, 10))
        iban = cc + ck.iban_check(cc, bban) + bban
        assert ck.iban_ok(iban), iban
        if rng.random() < 0.6:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), "iban_print", "IBAN"
        return iban, "iban_compact", "IBAN"
    if loc == "en_US":
        while True:
            routing8 = f"{rng.choice([rng.randrange(1, 13), rng.randrange(21, 33)]):02d}" + _d(
                rng, 6)
            for last in range(10):
                if ck.aba_ok(routing8 + str(last)):
                    return f"{routing8}{last} {_d(rng, rng.randrange(8, 12))}", "aba_account", \
                        "ID"
    if loc == "en_AU":
        bsb = f"{rng.choice(['06', '08', '03', '73', '63'])}{_d(rng, 1)}-{_d(rng, 3)}"
        return f"{bsb} {_d(rng, rng.choice([8, 9]))}", "bsb_account", "ID"
    if loc == "en_RW":
        return f"{_d(rng, 5)}-{_d(rng, 7)}-{_d(rng, 2)}", "rw_account", "ID"
    prefix = "BF" if loc == "fr_BF" else "GW"
    bank = prefix + rng.choice(["084", "043", "148", "200"] if prefix == "BF" else
                               ["154", "163", "192"])
    branch, acc = _d(rng, 5), _d(rng, 12)
    return f"{bank} {branch} {acc} {uemoa_key(bank, branch, acc)}", "rib_uemoa", "ID"


BANK_CHECKS = {
    "iban_print": ck.iban_ok, "iban_compact": ck.iban_ok,
    "aba_account": lambda v: ck.aba_ok(v.split()[0]),
    "bsb_account": lambda v: bool(re.fullmatch(r"\d{3}-\d{3} \d{8,9}", v)),
    "rw_account": lambda v: bool(re.fullmatch(r"\d{5}-\d{7}-\d{2}", v)),
    "rib_uemoa": uemoa_ok,
}


# ---- national ids ---------------------------------------------------------------------------

def _steuer(rng) -> str:
    while True:
        pool = rng.sample("0123456789", 9)
        if pool[0] == "0":
            continue
        dup = rng.choice(pool)
        ten = pool + [dup]
        head = ten[0]
        rest = ten[1:]
        rng.shuffle(rest)
        ten_s = head + "".join(rest)
        if ten_s[0] == "0":
            continue
        return ten_s + ck.steuer_id_digit(ten_s)


CONS = "BCDFGHJKLMNPQRSTVWXYZ"
BELFIORE = ["G337", "F257", "D150", "L781", "D643", "B111", "E897", "H223", "E472", "H163",
            "M088", "A124"]


def _cf_part(word: str, given: bool) -> str:
    w = re.sub(r"[^A-Z]", "", fold(word).upper())
    cons = [c for c in w if c in CONS]
    vows = [c for c in w if c not in CONS]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(rng, given: str, surname: str, female: bool) -> str:
    day = rng.randrange(1, 29) + (40 if female else 0)
    body = (_cf_part(surname, False) + _cf_part(given, True) + f"{rng.randrange(50, 100):02d}"
            + rng.choice(ck.MONTH_LETTERS) + f"{day:02d}" + rng.choice(BELFIORE))
    return body + ck.cf_check(body)


def national_id(rng, loc: str, given: str, surname: str, female: bool) -> tuple[str, str]:
    if loc == "en_US":
        while True:
            if rng.random() < 0.75:
                v = f"{rng.randrange(1, 900):03d}-{rng.randrange(1, 100):02d}-" \
                    f"{rng.randrange(1, 10000):04d}"
                if ck.ssn_ok(v):
                    return v, "ssn"
            else:
                v = f"9{_d(rng, 2)}-{rng.randrange(70, 89)}-{_d(rng, 4)}"
                if ck.itin_ok(v):
                    return v, "itin"
    if loc == "en_AU":
        if rng.random() < 0.5:
            while True:
                n = _d(rng, 9)
                if n[0] != "0" and ck.tfn_ok(n):
                    return f"{n[:3]} {n[3:6]} {n[6:]}", "tfn"
        first8 = str(rng.randrange(2, 7)) + _d(rng, 7)
        w = [1, 3, 7, 9, 1, 3, 7, 9]
        chk = sum(int(c) * k for c, k in zip(first8, w, strict=True)) % 10
        n = first8 + str(chk) + str(rng.randrange(1, 10))
        return f"{n[:4]} {n[4:9]} {n[9]}", "medicare"
    if loc == "en_IE":
        seven = _d(rng, 7)
        second = rng.choice(["", "", "A"])
        return seven + ck.ppsn_letter(seven, second) + second, "ppsn"
    if loc == "fr_FR":
        sex = "2" if female else "1"
        dept = rng.choice(["35", "49", "21", "47", "53", "22", "84", "15", "29", "12"])
        body = (sex + f"{rng.randrange(50, 100):02d}" + f"{rng.randrange(1, 13):02d}" + dept
                + f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 1000):03d}")
        key = f"{97 - int(body) % 97:02d}"
        return (f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} "
                f"{key}"), "nir"
    if loc == "de_DE":
        n = _steuer(rng)
        if rng.random() < 0.5:
            return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", "steuer_id"
        return n, "steuer_id"
    if loc == "es_ES":
        if rng.random() < 0.65:
            n = f"{rng.randrange(10 ** 7, 10 ** 8):08d}"
            return n + ck.DNI_LETTERS[int(n) % 23], "dni"
        lead = rng.choice("XYZ")
        n = _d(rng, 7)
        return f"{lead}{n}{ck.DNI_LETTERS[int(str('XYZ'.index(lead)) + n) % 23]}", "nie"
    if loc == "it_IT":
        return codice_fiscale(rng, given, surname, female), "codice_fiscale"
    if loc == "nl_NL":
        while True:
            n = str(rng.randrange(1, 10)) + _d(rng, 8)
            if ck.bsn_ok(n):
                return (n if rng.random() < 0.6 else f"{n[:4]}.{n[4:6]}.{n[6:]}"), "bsn"
    if loc == "pt_BR":
        nine = _d(rng, 9)
        n = nine + ck.cpf_digits(nine)
        if len(set(n)) == 1:
            n = "1" + n[1:]
            return national_id(rng, loc, given, surname, female)
        return (f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if rng.random() < 0.7 else n), "cpf"
    if loc == "fr_BF":
        return "B" + _d(rng, 8), "cnib"
    if loc == "en_RW":
        n = ("1" + str(rng.randrange(1950, 2006)) + ("7" if female else "8") + _d(rng, 7)
             + str(rng.randrange(0, 3)) + _d(rng, 2))
        return (n if rng.random() < 0.5 else
                f"{n[0]} {n[1:5]} {n[5]} {n[6:13]} {n[13]} {n[14:]}"), "rw_nid"
    if rng.random() < 0.5:
        return _d(rng, 9), "bi_gw"
    return "5" + _d(rng, 8), "nif_gw"


ID_CHECKS = {
    "ssn": ck.ssn_ok, "itin": ck.itin_ok, "tfn": ck.tfn_ok, "medicare": ck.medicare_au_ok,
    "ppsn": ck.ppsn_ok, "nir": ck.nir_ok, "steuer_id": ck.steuer_id_ok, "dni": ck.dni_ok,
    "nie": ck.nie_ok, "codice_fiscale": ck.cf_ok, "bsn": ck.bsn_ok, "cpf": ck.cpf_ok,
    "cnib": ck.cnib_ok, "rw_nid": ck.rw_nid_ok, "bi_gw": ck.gw_bi_ok, "nif_gw": ck.nif_gw_ok,
}


# ---- addresses ------------------------------------------------------------------------------

EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
NL_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def street_tokens(street: str) -> list[str]:
    out = []
    for tok in re.split(r"[\s]+", street):
        low = fold(tok).lower()
        if low in TYPE_WORDS or low.isdigit() or len(tok) < 3:
            continue
        if low.startswith("l'"):
            tok = tok[2:]
        out.append(tok)
    return out


def postcode(rng, loc: str, seed: str) -> str:
    if loc == "en_US":
        return seed if rng.random() < 0.7 else f"{seed}-{_d(rng, 4)}"
    if loc == "en_AU":
        return seed
    if loc == "en_IE":
        return seed + " " + "".join(rng.choice(EIRCODE_CHARS) for _ in range(4))
    if loc == "nl_NL":
        while True:
            letters = rng.choice(NL_LETTERS) + rng.choice(NL_LETTERS)
            if letters not in ("SA", "SD", "SS"):
                return f"{int(seed) + rng.randrange(0, 8)} {letters}"
    if loc == "pt_BR":
        return f"{seed}-{_d(rng, 3)}"
    if loc in ("fr_FR", "de_DE", "es_ES", "it_IT"):
        if seed.endswith("00") and loc in ("fr_FR", "it_IT"):
            return seed
        return seed[:-2] + f"{rng.randrange(int(seed[-2:]), int(seed[-2:]) + 30):02d}"[:2]
    return seed


def address(rng, loc: str) -> tuple[str, str, list[str]]:
    street = rng.choice(STREETS[loc])
    town, region, seed = rng.choice(TOWNS[loc])
    n = str(rng.randrange(1, 240))
    box = str(rng.randrange(100, 9999))
    toks = ["t:" + t for t in street_tokens(street)]
    form = rng.choice(["one_line", "one_line", "multi_line", "street_town", "box"])
    pc = postcode(rng, loc, seed) if seed and loc not in ("fr_BF",) else ""
    if loc == "fr_BF":
        zone = seed
        boxline = f"{zone} BP {box} {town} {zone}"
        if form == "box":
            return boxline, form, [f"p:{box}"]
        sect = f"secteur {rng.randrange(1, 30)}"
        if form == "multi_line":
            return f"{street}, {sect}\n{boxline}", form, toks + [f"p:{box}"]
        return f"{n}, {street}, {sect}, {town}", form, toks
    if loc in ("en_RW", "pt_GW"):
        boxline = (f"P.O. Box {box}, {town}" if loc == "en_RW"
                   else f"{rng.choice(['C.P.', 'Caixa Postal'])} {box}, {town}")
        if form == "box":
            return boxline, form, [f"p:{box}"]
        line = f"{n} {street}" if loc == "en_RW" else f"{street}, n.º {n}"
        if form == "multi_line":
            return f"{line}\n{boxline}", form, toks + [f"p:{box}"]
        return f"{line}, {town}", form, toks
    pfr = [f"p:{pc}"]
    if loc == "en_US":
        line, tail = f"{n} {street}", f"{town}, {region} {pc}"
        boxl = f"PO Box {box}"
    elif loc == "en_AU":
        line, tail = f"{n} {street}", f"{town} {region} {pc}"
        boxl = f"PO Box {box}"
    elif loc == "en_IE":
        line, tail = f"{n} {street}", f"{town}, {region}, {pc}"
        boxl = f"PO Box {box}"
    elif loc == "fr_FR":
        line, tail = f"{n} {street}", f"{pc} {town}"
        boxl = f"BP {box}"
    elif loc == "de_DE":
        line, tail = f"{street} {n}", f"{pc} {town}"
        boxl = f"Postfach {box}"
    elif loc == "es_ES":
        line, tail = f"{street}, {n}", f"{pc} {town}"
        boxl = f"Apartado de Correos {box}"
    elif loc == "it_IT":
        line, tail = f"{street} {n}", f"{pc} {town} ({region})"
        boxl = f"Casella Postale {box}"
    elif loc == "nl_NL":
        line, tail = f"{street} {n}", f"{pc} {town}"
        boxl = f"Postbus {box}"
    else:  # pt_BR
        line, tail = f"{street}, {n}", f"{town} - {region}, CEP {pc}"
        boxl = f"Caixa Postal {box}"
    if form == "one_line":
        return f"{line}, {tail}", form, toks + pfr
    if form == "multi_line":
        return f"{line}\n{tail}", form, toks + pfr
    if form == "street_town":
        return f"{line}, {town}", form, toks
    return f"{boxl}, {tail}", form, [f"p:{box}"] + pfr


def address_postcode(loc: str, value: str) -> str | None:
    """The postcode written in an address value (for the self-test), or None."""
    pats = {"en_US": r"\b\d{5}(?:-\d{4})?$", "en_AU": r"\b\d{4}$",
            "en_IE": r"[A-Z]\d[\dW] [0-9A-Z]{4}$", "fr_FR": r"\b\d{5}(?= )",
            "de_DE": r"\b\d{5}(?= )", "es_ES": r"\b\d{5}(?= )", "it_IT": r"\b\d{5}(?= )",
            "nl_NL": r"\b\d{4} [A-Z]{2}\b", "pt_BR": r"\d{5}-\d{3}$",
            "fr_BF": r"\d{2} BP \d+", "en_RW": r"P\.O\. Box \d+",
            "pt_GW": r"(?:C\.P\.|Caixa Postal) \d+"}
    m = re.search(pats[loc], value)
    return m.group(0) if m else None


# ---- names ----------------------------------------------------------------------------------

POSSESSIVE = {"en": "{x}'s", "fr": "de {x}", "de": "von {x}", "es": "de {x}", "it": "di {x}",
              "nl": "van {x}", "pt": "de {x}"}
PERSON_FORMS = ["full", "full", "title", "lower", "initial", "surname_given", "given"]
MEMBER_FORMS = ["full", "given", "surname", "initial", "handle", "possessive", "lower",
                "folded", "title"]


def name_value(rng, lang: str, given: str, surname: str, female: bool,
               form: str) -> tuple[str, list[str]]:
    g_toks = name_tokens(given)
    s_toks = name_tokens(surname)
    both = g_toks + s_toks
    cap_s = surname[0].upper() + surname[1:]
    if form == "full":
        return f"{given} {surname}", both
    if form == "lower":
        return f"{given} {surname}".lower(), both
    if form == "folded":
        return fold(f"{given} {surname}"), both
    if form == "given":
        return given, g_toks
    if form == "surname":
        return cap_s, s_toks
    if form == "initial":
        return f"{given[0]}. {cap_s}", s_toks
    if form == "title":
        title = rng.choice(TITLES[lang]["f" if female else "m"])
        if rng.random() < 0.3:
            return f"{title} {given} {surname}", both
        return f"{title} {cap_s}", s_toks
    if form == "surname_given":
        if rng.random() < 0.5:
            return f"{surname.upper()} {given}", both
        return f"{cap_s}, {given}", both
    if form == "possessive":
        x = given if rng.random() < 0.6 else f"{given} {surname}"
        if lang == "fr" and fold(x)[0].lower() in "aeiouy":
            return f"d'{x}", name_tokens(x)
        if lang == "pt":
            return f"{'da' if female else 'do'} {x}", name_tokens(x)
        return POSSESSIVE[lang].format(x=x), name_tokens(x)
    # handle
    g = ascii_word(given)
    s = ascii_word(surname.replace(" ", ""))
    handle = rng.choice([f"{g}.{s}", f"{g}-{s}", f"{g}{s}", f"{g[0]}{s}", f"{s}.{g}"])
    return "@" + handle, [p for p in re.split(r"[.\-]", handle) if p]
