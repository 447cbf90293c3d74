"""Forty-seventh set: contact values, cards, IBANs, local bank values and national ids, each built
from its published standard (checks in fortyseventh_checks)."""

from __future__ import annotations

import ipaddress
import re
import unicodedata

import phonenumbers

from trainer_dev.redaction_sets import fortyseventh_checks as C

REGION = {"en_IE": "IE", "en_AU": "AU", "en_BB": "BB", "fr_FR": "FR", "fr_CA": "CA",
          "fr_MC": "MC", "pt_BR": "BR", "pt_PT": "PT", "pt_TL": "TL", "de_DE": "DE",
          "de_AT": "AT", "es_ES": "ES"}
IBAN_LOCALES = ("en_IE", "fr_FR", "fr_MC", "pt_PT", "pt_TL", "de_DE", "de_AT", "es_ES")


def ascii_slug(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("'", "").replace("’", ""))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "", t)


def digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------- e-mail, web

MAIL_DOMAINS = {
    "en_IE": ["eircom.net", "gmail.com", "outlook.ie", "iol.ie"],
    "en_AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "iinet.net.au"],
    "en_BB": ["caribsurf.net", "gmail.com", "hotmail.com", "sunbeach.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "fr_CA": ["videotron.ca", "sympatico.ca", "gmail.com", "globetrotter.net"],
    "fr_MC": ["monaco.mc", "libello.com", "gmail.com", "orange.fr"],
    "pt_BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "pt_PT": ["sapo.pt", "gmail.com", "netcabo.pt", "clix.pt"],
    "pt_TL": ["gmail.com", "yahoo.com", "telkomcel.tl", "outlook.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "a1.net"],
    "es_ES": ["telefonica.net", "yahoo.es", "gmail.com", "ono.com"],
}
TLD = {"en_IE": "ie", "en_AU": "com.au", "en_BB": "bb", "fr_FR": "fr", "fr_CA": "ca",
       "fr_MC": "mc", "pt_BR": "com.br", "pt_PT": "pt", "pt_TL": "tl", "de_DE": "de",
       "de_AT": "at", "es_ES": "es"}
WEB_WORD = {"en": ["dogwalks", "petsitting", "catcare", "puppyclass"],
            "fr": ["chatsitting", "promenades", "educanin", "pension"],
            "pt": ["petsitter", "passeios", "adestramento", "gatil"],
            "de": ["gassiservice", "katzensitter", "hundeschule", "tierbetreuung"],
            "es": ["paseos", "canguro-gatos", "adiestramiento", "cuidados"]}


def email(rng, locale: str, given: str, surname: str):
    g, s = ascii_slug(given), ascii_slug(surname.split()[-1])
    local = rng.choice((f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{rng.randint(1, 99)}", f"{s}.{g}",
                        f"{g}_{s[:4]}"))
    value = f"{local}@{rng.choice(MAIL_DOMAINS[locale])}"
    return value, local, rng.choice(("plain", "plain", "angle", "mailto"))


def url(rng, locale: str, lang: str, given: str, surname: str):
    g, s = ascii_slug(given), ascii_slug(surname.split()[-1])
    form = rng.choice(("https_host", "https_slug", "www", "bare"))
    word = rng.choice(WEB_WORD[lang])
    if form == "https_slug":
        token = f"{g}-{s}"
        return f"https://{word}.{TLD[locale]}/{token}", token, form
    host = rng.choice((f"{g}{s}", f"{s}-{word}", f"{g}-{word}"))
    if form == "https_host":
        return f"https://{host}.{TLD[locale]}", host, form
    if form == "www":
        return f"www.{host}.{TLD[locale]}", host, form
    return f"{host}.{TLD[locale]}", host, form


def ip(rng):
    form = rng.choice(("v4", "v4_private", "v4_port", "v6", "v6_full"))
    if form in ("v6", "v6_full"):
        while True:
            groups = [0x2001, rng.choice((0x0db9, 0x0470, 0x4860, 0x67c)), rng.randint(1, 0xffff),
                      0, 0, rng.randint(0, 0xff), rng.randint(1, 0xffff), rng.randint(1, 0xffff)]
            addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
            if addr.is_global:
                break
        text = addr.compressed if form == "v6" else addr.exploded
        return text, text, form
    if form == "v4_private":
        a = rng.choice((f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"))
        return a, a, form
    while True:
        a = ".".join(str(rng.randint(1, 223) if k == 0 else rng.randint(0, 255)) for k in range(4))
        if ipaddress.IPv4Address(a).is_global and a.split(".")[-1] not in ("0", "255"):
            break
    if form == "v4_port":
        return f"{a}:{rng.choice((8080, 8443, 3389, 5060, 22))}", a, form
    return a, a, form


# ----------------------------------------------------------------------------- phones

PHONE_PLANS = {  # (national significant number prefix, its length) from each numbering plan
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9), ("1", 8), ("21", 9),
           ("91", 8), ("61", 8), ("51", 8)],
    "AU": [("4", 9), ("29", 9), ("39", 9), ("73", 9), ("89", 9), ("26", 9), ("88", 9)],
    "BB": [("2462", 10), ("2464", 10), ("2468", 10), ("24642", 10), ("24643", 10)],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("2", 9), ("4", 9), ("5", 9)],
    "CA": [("514", 10), ("438", 10), ("418", 10), ("450", 10), ("819", 10), ("581", 10)],
    "MC": [("93", 8), ("97", 8), ("98", 8), ("6", 9), ("4", 8)],
    "BR": [("119", 11), ("219", 11), ("319", 11), ("819", 11), ("713", 10), ("513", 10),
           ("413", 10), ("859", 11)],
    "PT": [("91", 9), ("92", 9), ("93", 9), ("96", 9), ("21", 9), ("22", 9), ("239", 9)],
    "TL": [("77", 8), ("78", 8), ("76", 8), ("33", 7)],
    "DE": [("151", 11), ("160", 10), ("170", 10), ("176", 11), ("30", 10), ("40", 10),
           ("89", 10), ("221", 10), ("341", 10)],
    "AT": [("664", 10), ("676", 10), ("699", 11), ("650", 10), ("1", 8), ("316", 9),
           ("662", 9), ("512", 9)],
    "ES": [("6", 9), ("71", 9), ("91", 9), ("93", 9), ("954", 9), ("96", 9)],
}
PHONE_FORMS = ("intl", "national", "e164", "intl_00", "grouped")


def _nsn(rng, region: str) -> phonenumbers.PhoneNumber:
    code = phonenumbers.country_code_for_region(region)
    while True:
        prefix, length = rng.choice(PHONE_PLANS[region])
        for _ in range(30):
            nsn = prefix + digits(rng, length - len(prefix))
            num = phonenumbers.parse(f"+{code}{nsn}", region)
            if phonenumbers.is_valid_number_for_region(num, region):
                return num


def phone(rng, locale: str):
    region = REGION[locale]
    num = _nsn(rng, region)
    # the "00" form only where 00 is the plan's international prefix (not 0011 in Australia,
    # 011 in the North American plan, 00 + carrier code in Brazil)
    intl = phonenumbers.PhoneMetadata.metadata_for_region(region).international_prefix
    form = rng.choice(PHONE_FORMS if intl == "00" else PHONE_FORMS[:3] + PHONE_FORMS[4:])
    fmt = phonenumbers.PhoneNumberFormat
    if form == "intl":
        text = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    elif form == "national":
        text = phonenumbers.format_number(num, fmt.NATIONAL)
    elif form == "e164":
        text = phonenumbers.format_number(num, fmt.E164)
    elif form == "intl_00":
        text = "00" + phonenumbers.format_number(num, fmt.INTERNATIONAL)[1:]
    else:  # local habit: dots in France and Monaco, dashes in Brazil and Quebec, else spaces
        nat = phonenumbers.format_number(num, fmt.NATIONAL)
        groups = re.findall(r"\d+", nat)
        sep = "." if region in ("FR", "MC") else "-" if region in ("BR", "CA", "BB") else " "
        text = sep.join(groups)
    return text, form


# ----------------------------------------------------------------------------- cards


def card(rng):
    kind = rng.choice(("visa", "mc", "amex"))
    if kind == "amex":
        body = rng.choice(("34", "37")) + digits(rng, 12)
        d = body + C.luhn_digit(body)
        return f"{d[:4]} {d[4:10]} {d[10:]}", "amex"
    head = "4" if kind == "visa" else rng.choice(("51", "52", "53", "54", "55", "2221", "2720"))
    body = head + digits(rng, 15 - len(head))
    d = body + C.luhn_digit(body)
    style = rng.choice(("grouped", "dashed", "compact"))
    text = {"grouped": " ".join(d[k:k + 4] for k in range(0, 16, 4)),
            "dashed": "-".join(d[k:k + 4] for k in range(0, 16, 4)), "compact": d}[style]
    return text, f"{kind}_{style}"


# ----------------------------------------------------------------------------- IBANs

IE_BANKS = ("AIBK", "BOFI", "IPBS", "ULSB")
DE_BLZ = ("10070000", "20050550", "70150000", "37040044", "43060967", "86055592")
AT_BANKS = ("12000", "20111", "32000", "14000", "38000")
ES_BANKS = ("2100", "0049", "0182", "2080", "0081", "3058")
PT_BANKS = ("0035", "0007", "0033", "0010", "0036")
FR_BANKS = ("30004", "30002", "20041", "10278", "16275", "30066")
MC_BANKS = ("12739", "11408", "30003", "17579")
TL_BANKS = ("008", "001", "002", "003")


def bban(rng, locale: str) -> str:
    if locale == "en_IE":
        return rng.choice(IE_BANKS) + digits(rng, 6) + digits(rng, 8)
    if locale in ("fr_FR", "fr_MC"):
        bank = rng.choice(FR_BANKS if locale == "fr_FR" else MC_BANKS)
        branch, account = digits(rng, 5), digits(rng, 11)
        return bank + branch + account + C.rib_key(bank, branch, account)
    if locale == "pt_PT":
        body = rng.choice(PT_BANKS) + digits(rng, 4) + digits(rng, 11)
        return body + C.mod97_10_key(body)
    if locale == "pt_TL":
        body = rng.choice(TL_BANKS) + digits(rng, 14)
        return body + C.mod97_10_key(body)
    if locale == "de_DE":
        return rng.choice(DE_BLZ) + digits(rng, 10)
    if locale == "de_AT":
        return rng.choice(AT_BANKS) + digits(rng, 11)
    bank, branch, account = rng.choice(ES_BANKS), digits(rng, 4), digits(rng, 10)
    return bank + branch + C.es_account_dc(bank, branch, account) + account


def iban(rng, locale: str):
    country = REGION[locale]
    b = bban(rng, locale)
    compact = country + C.iban_check(country, b) + b
    if rng.random() < 0.6:
        return " ".join(compact[k:k + 4] for k in range(0, len(compact), 4)), "iban_print"
    return compact, "iban_compact"


def iban_national_ok(value: str) -> bool:
    s = value.replace(" ", "")
    country, b = s[:2], s[4:]
    if country in ("FR", "MC"):
        return C.rib_key(b[:5], b[5:10], b[10:21]) == b[21:]
    if country in ("PT", "TL"):
        return C.mod97_10_key(b[:-2]) == b[-2:]
    if country == "ES":
        return C.es_account_dc(b[:4], b[4:8], b[10:]) == b[8:10]
    return True


# ----------------------------------------------------------------------------- local bank values


def bank_value(rng, locale: str):
    if locale == "en_AU":  # BSB (bank-state-branch) and account
        bsb = rng.choice(("062", "033", "083", "012", "484", "633")) + digits(rng, 3)
        acct = str(rng.randint(1, 9)) + digits(rng, rng.choice((5, 7, 8)))
        return f"BSB {bsb[:3]}-{bsb[3:]} account {acct}", "au_bsb"
    if locale == "en_BB":  # transit and account of a Barbadian bank (format only)
        return f"{digits(rng, 3)}{rng.randint(1, 9)}{digits(rng, 6)}", "bb_account"
    if locale == "fr_CA":  # transit-institution-account (Payments Canada)
        inst = rng.choice(("815", "006", "003", "001", "002", "004"))
        return f"{rng.randint(1, 9)}{digits(rng, 4)}-{inst}-{digits(rng, 7)}", "ca_transit_account"
    # pt_BR: Banco do Brasil agency and account, each with its mod-11 digit
    ag = f"{rng.randint(1, 9)}{digits(rng, 3)}"
    acct = f"{rng.randint(1, 9)}{digits(rng, rng.choice((4, 5, 7)))}"
    value = f"ag. {ag}-{C.bb_agency_digit(ag)} c/c {acct}-{br_account_digit(acct)}"
    return value, "br_agencia_conta"


def br_account_digit(acct: str) -> str:
    """Banco do Brasil account digit: weights 9 down to 2 from the right, 11 - r; X, 0."""
    s = sum(int(d) * w for d, w in zip(reversed(acct), range(2, 10), strict=False))
    r = 11 - s % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def bank_ok(locale: str, value: str, form: str) -> bool:
    if form == "au_bsb":
        return re.fullmatch(r"BSB \d{3}-\d{3} account \d{6,9}", value) is not None
    if form == "bb_account":
        return re.fullmatch(r"\d{10}", value) is not None
    if form == "ca_transit_account":
        return re.fullmatch(r"[1-9]\d{4}-\d{3}-\d{7}", value) is not None
    m = re.fullmatch(r"ag\. (\d{4})-([\dX]) c/c (\d{5,8})-([\dX])", value)
    return bool(m) and C.bb_agency_digit(m[1]) == m[2] and br_account_digit(m[3]) == m[4]


# ----------------------------------------------------------------------------- national ids

ID_TYPES = {
    "en_IE": ("pps",), "en_AU": ("tfn", "medicare"), "en_BB": ("bb_nrn", "bb_tin"),
    "fr_FR": ("nir",), "fr_CA": ("sin", "ramq"), "fr_MC": ("ccss", "nir"),
    "pt_BR": ("cpf", "cns"), "pt_PT": ("nif", "niss"), "pt_TL": ("tl_bi", "tl_eleitor"),
    "de_DE": ("steuer_id", "rvnr"), "de_AT": ("svnr",), "es_ES": ("dni", "nie", "nuss"),
}


def _birth(rng) -> tuple[int, int, int]:
    return rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)


def national_id(rng, locale: str, spaced: bool):
    typ = rng.choice(ID_TYPES[locale])
    y, m, d = _birth(rng)
    if typ == "pps":
        seven = digits(rng, 7)
        second = rng.choice(("", "", "A", "W"))
        return seven + C.pps_check(seven, second) + second, typ
    if typ == "tfn":
        while True:
            t = str(rng.randint(1, 9)) + digits(rng, 8)
            if C.tfn_ok(t):
                return (f"{t[:3]} {t[3:6]} {t[6:]}" if spaced else t), typ
    if typ == "medicare":
        eight = str(rng.randint(2, 6)) + digits(rng, 7)
        ten = eight + C.medicare_digit(eight) + str(rng.randint(1, 9))
        return (f"{ten[:4]} {ten[4:9]} {ten[9]}" if spaced else ten), typ
    if typ == "bb_nrn":
        return f"{y % 100:02d}{m:02d}{d:02d}-{digits(rng, 4)}", typ
    if typ == "bb_tin":
        return "1000" + digits(rng, 9), typ
    if typ == "nir":
        dept = rng.choice(("75", "69", "44", "35", "13", "06", "99", "59", "33"))
        thirteen = f"{rng.randint(1, 2)}{y % 100:02d}{m:02d}{dept}{rng.randint(1, 990):03d}" \
                   f"{rng.randint(1, 999):03d}"
        key = C.nir_key(thirteen)
        t = thirteen
        if spaced:
            return f"{t[0]} {t[1:3]} {t[3:5]} {t[5:7]} {t[7:10]} {t[10:13]} {key}", typ
        return t + key, typ
    if typ == "sin":
        body = str(rng.randint(1, 7)) + digits(rng, 7)
        s = body + C.luhn_digit(body)
        return (f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else f"{s[:3]}-{s[3:6]}-{s[6:]}"), typ
    if typ == "ramq":
        letters = "".join(rng.choice("BCDGLMPRST") for _ in range(3)) + rng.choice("AJMNS")
        mm = m + (50 if rng.random() < 0.5 else 0)
        return f"{letters} {y % 100:02d}{mm:02d} {d:02d}{digits(rng, 2)}", typ
    if typ == "ccss":
        return str(rng.randint(100000, 999999)), typ
    if typ == "cpf":
        nine = digits(rng, 9)
        dv = C.cpf_digits(nine)
        return (f"{nine[:3]}.{nine[3:6]}.{nine[6:]}-{dv}" if spaced or rng.random() < 0.7
                else nine + dv), typ
    if typ == "cns":
        while True:
            c = rng.choice("12") + digits(rng, 14)
            if C.cns_ok(c):
                return (f"{c[:3]} {c[3:7]} {c[7:11]} {c[11:]}" if spaced else c), typ
    if typ == "nif":
        eight = rng.choice("123") + digits(rng, 7)
        n = eight + C.nif_pt_digit(eight)
        return (f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n), typ
    if typ == "niss":
        ten = rng.choice("12") + digits(rng, 9)
        return ten + C.niss_digit(ten), typ
    if typ == "tl_bi":
        return f"{rng.randint(1, 13):02d}-{digits(rng, 6)}", typ
    if typ == "tl_eleitor":
        return digits(rng, 2) + "-" + digits(rng, 6) + "-" + digits(rng, 1), typ
    if typ == "steuer_id":
        while True:
            ten = str(rng.randint(1, 9)) + digits(rng, 9)
            counts = sorted((ten.count(c) for c in set(ten)), reverse=True)
            if counts[0] in (2, 3) and counts[1] == 1:
                t = ten + C.steuer_id_digit(ten)
                return (f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}" if spaced else t), typ
    if typ == "rvnr":
        area = rng.choice(("12", "13", "15", "24", "28", "53", "65", "66"))
        letter = rng.choice("ABDFGHKLMNPRSTW")
        eleven = f"{area}{d:02d}{m:02d}{y % 100:02d}{letter}{rng.randint(0, 49):02d}"
        r = eleven + C.rvnr_digit(eleven)
        return (f"{r[:2]} {r[2:8]} {r[8]} {r[9:]}" if spaced else r), typ
    if typ == "svnr":
        while True:
            serial = str(rng.randint(1, 9)) + digits(rng, 2)
            date6 = f"{d:02d}{m:02d}{y % 100:02d}"
            ck = C.svnr_digit(serial, date6)
            if ck is not None:
                return (f"{serial}{ck} {date6}" if spaced else f"{serial}{ck}{date6}"), typ
    if typ == "dni":
        n = rng.randint(1000000, 79999999)
        return f"{n:08d}{C.dni_letter(n)}" if not spaced else f"{n:08d}-{C.dni_letter(n)}", typ
    if typ == "nie":
        p, seven = rng.choice("XYZ"), digits(rng, 7)
        return f"{p}{seven}{C.nie_letter(p, seven)}", typ
    prov = rng.choice(("28", "08", "41", "46", "48", "50", "15"))
    eight = digits(rng, 8)
    return f"{prov}/{eight}/{C.nuss_check(prov + eight)}", "nuss"


def id_ok(typ: str, value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if typ == "pps":
        m = re.fullmatch(r"(\d{7})([A-W])([AW]?)", value)
        return bool(m) and C.pps_check(m[1], m[3]) == m[2]
    if typ == "tfn":
        return C.tfn_ok(d)
    if typ == "medicare":
        return len(d) == 10 and d[0] in "23456" and C.medicare_digit(d[:8]) == d[8]
    if typ == "bb_nrn":
        return re.fullmatch(r"\d{6}-\d{4}", value) is not None and 1 <= int(d[2:4]) <= 12
    if typ == "bb_tin":
        return re.fullmatch(r"1000\d{9}", value) is not None
    if typ == "nir":
        return len(d) == 15 and C.nir_key(d[:13]) == d[13:]
    if typ == "sin":
        return C.sin_ok(d)
    if typ == "ramq":
        return re.fullmatch(r"[A-Z]{4} \d{4} \d{4}", value) is not None
    if typ == "ccss":
        return re.fullmatch(r"\d{6}", value) is not None
    if typ == "cpf":
        return len(d) == 11 and C.cpf_digits(d[:9]) == d[9:]
    if typ == "cns":
        return C.cns_ok(d)
    if typ == "nif":
        return len(d) == 9 and C.nif_pt_digit(d[:8]) == d[8]
    if typ == "niss":
        return len(d) == 11 and C.niss_digit(d[:10]) == d[10]
    if typ == "tl_bi":
        return re.fullmatch(r"\d{2}-\d{6}", value) is not None
    if typ == "tl_eleitor":
        return re.fullmatch(r"\d{2}-\d{6}-\d", value) is not None
    if typ == "steuer_id":
        return C.steuer_id_ok(d)
    if typ == "rvnr":
        s = value.replace(" ", "")
        return len(s) == 12 and C.rvnr_digit(s[:11]) == s[11]
    if typ == "svnr":
        return len(d) == 10 and C.svnr_digit(d[:3], d[4:]) == d[3]
    if typ == "dni":
        return len(d) == 8 and C.dni_letter(int(d)) == value[-1]
    if typ == "nie":
        return C.nie_letter(value[0], value[1:8]) == value[8]
    if typ == "nuss":
        return len(d) == 12 and C.nuss_check(d[:10]) == d[10:]
    raise KeyError(typ)
