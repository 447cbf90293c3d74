"""Forty-third set: drawing phones, cards, IBANs and bank values, national ids, IPs, e-mails, URLs.

Every drawer returns (value, form); every value passes its checker in fortythird_checks.
"""

from __future__ import annotations

import ipaddress

import phonenumbers

from trainer_dev.redaction_sets import fortythird_checks as C

REGION = {"en_GB": "GB", "en_CA": "CA", "en_IN": "IN", "de_CH": "CH", "fr_BE": "BE",
          "fr_BJ": "BJ", "en_FJ": "FJ", "es_MX": "MX", "es_GQ": "GQ", "pl_PL": "PL",
          "cs_CZ": "CZ", "sv_SE": "SE"}
D = "0123456789"

# region -> (prefixes, national significant length), mobile first then landline
PHONE_PLAN = {
    "GB": ((("74", "75", "77", "78", "79"), 10), (("20", "121", "161", "113", "117", "131",
                                                     "141", "29"), 10)),
    "CA": ((("416", "647", "437", "604", "778", "514", "438", "613", "343", "403", "587", "780",
             "902", "204", "306", "709", "905"), 10), (("416", "613", "514", "604"), 10)),
    "IN": ((("98", "99", "97", "94", "90", "88", "70", "81", "63"), 10),
           (("11", "22", "80", "44", "33"), 10)),
    "CH": ((("76", "77", "78", "79"), 9), (("44", "43", "31", "61", "21", "22", "41", "71"), 9)),
    "BE": ((("470", "472", "475", "477", "478", "479", "484", "485", "486", "488", "491", "494",
             "495", "496", "497", "499"), 9), (("2", "4", "9", "81", "71", "65", "10"), 8)),
    "BJ": ((("0190", "0191", "0194", "0195", "0196", "0197", "0161", "0162", "0166", "0167",
             "0151", "0152"), 10), (("0120", "0121", "0122"), 10)),
    "FJ": ((("7", "8", "9"), 7), (("33", "34", "66", "67", "88"), 7)),
    "MX": ((("55", "33", "81", "222", "442", "999", "951", "664", "477", "998", "443"), 10),
           (("55", "33", "81"), 10)),
    "GQ": ((("222", "551", "555", "550"), 9), (("3330", "3330"), 9)),
    "PL": ((("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"), 9),
           (("22", "12", "42", "71", "61", "58"), 9)),
    "CZ": ((("60", "72", "73", "77", "79"), 9), (("2", "5", "38", "47", "49", "55"), 9)),
    "SE": ((("70", "72", "73", "76", "79"), 9), (("8", "31", "40", "18", "90"), 9)),
}
PHONE_FORMS = ("intl", "national", "compact", "dotted", "dashed", "intl_zero")
INTL_ZERO = {"GB", "CH", "BE", "SE"}


def draw_phone_number(rng, region: str):
    plans = PHONE_PLAN[region]
    prefixes, length = plans[0] if rng.random() < 0.65 else plans[1]
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(80):
        p = rng.choice(prefixes)
        nsn = p + "".join(rng.choice(D) for _ in range(length - len(p)))
        try:
            num = phonenumbers.parse(f"+{cc}{nsn}")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(num, region):
            return num
    raise AssertionError(region)


def phone(rng, locale: str):
    region = REGION[locale]
    num = draw_phone_number(rng, region)
    forms = list(PHONE_FORMS)
    if region not in INTL_ZERO:
        forms.remove("intl_zero")
    form = rng.choice(forms)
    F = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(num, F.NATIONAL)
    intl = phonenumbers.format_number(num, F.INTERNATIONAL)
    if form == "intl":
        value = intl
    elif form == "national":
        value = nat
    elif form == "compact":
        value = phonenumbers.format_number(num, F.E164)
    elif form in ("dotted", "dashed"):
        sep = "." if form == "dotted" else "-"
        flat = nat.replace("(", "").replace(")", "").replace("-", " ")
        value = sep.join(flat.split())
    else:
        cc = str(num.country_code)
        value = f"+{cc} (0)" + intl[len(cc) + 2:]
    assert C.phone_valid(value, region), (value, region)
    return value, form


# ----------------------------------------------------------------------------- cards


def card(rng):
    brand = rng.choice(("visa", "visa", "mc", "mc", "amex"))
    if brand == "amex":
        body = rng.choice(("34", "37")) + "".join(rng.choice(D) for _ in range(12))
        num = body + C.luhn_digit(body)
        return f"{num[:4]} {num[4:10]} {num[10:]}", "amex"
    head = "4" if brand == "visa" else rng.choice(("51", "52", "53", "54", "55", "2221", "2720"))
    body = head + "".join(rng.choice(D) for _ in range(15 - len(head)))
    num = body + C.luhn_digit(body)
    style = rng.choice(("grouped", "dashed", "compact"))
    groups = [num[k:k + 4] for k in range(0, 16, 4)]
    value = {"grouped": " ".join(groups), "dashed": "-".join(groups), "compact": num}[style]
    return value, f"{brand}_{style}"


# ----------------------------------------------------------------------------- IBAN and banks

IBAN_LOCALES = ("en_GB", "de_CH", "fr_BE", "pl_PL", "cs_CZ", "sv_SE", "fr_BJ")


def _digits(rng, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def iban(rng, locale: str):
    cc = REGION[locale]
    if cc == "GB":
        bank = rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"))
        bban = bank + _digits(rng, 6) + _digits(rng, 8)
    elif cc == "CH":
        bban = rng.choice(("00700", "09000", "00230", "00762", "80808")) + _digits(rng, 12)
    elif cc == "BE":
        ten = rng.choice(("001", "068", "734", "363", "143")) + _digits(rng, 7)
        bban = ten + C.be_account_key(ten)
    elif cc == "PL":
        seven = rng.choice(("102", "105", "114", "124", "109")) + _digits(rng, 4)
        bban = seven + C.pl_branch_digit(seven) + _digits(rng, 16)
    elif cc == "CZ":
        while True:
            acct = _digits(rng, 10)
            if acct[0] != "0" and C.cz_account_ok(acct):
                break
        bban = rng.choice(("0100", "0800", "0300", "2010", "0600", "5500")) + "000000" + acct
    elif cc == "SE":
        bban = rng.choice(("500", "800", "300", "600")) + _digits(rng, 17)
    else:  # BJ: bank (BJ + 3 digits), branch 5, account 12, RIB key 2
        bank = "BJ" + rng.choice(("061", "066", "080", "104", "188"))
        branch, acct = _digits(rng, 5), _digits(rng, 12)
        bban = bank + branch + acct + C.rib_key(bank, branch, acct)
    raw = cc + C.iban_digits(cc, bban) + bban
    assert C.iban_ok(raw)
    if rng.random() < 0.6:
        return " ".join(raw[k:k + 4] for k in range(0, len(raw), 4)), "iban_print"
    return raw, "iban_compact"


def bank_value(rng, locale: str):
    """Local bank values for locales without IBAN (labelled ID in the IBAN slot)."""
    if locale == "en_CA":
        inst = rng.choice(("001", "002", "003", "004", "006", "010"))
        return f"{_digits(rng, 5)}-{inst}-{_digits(rng, 7)}", "ca_transit_account"
    if locale == "en_IN":
        return rng.choice(("3", "5", "6")) + _digits(rng, rng.choice((10, 11, 13))), "in_account"
    if locale == "es_MX":
        seventeen = rng.choice(("002", "012", "014", "021", "072")) + _digits(rng, 14)
        clabe = seventeen + C.clabe_digit(seventeen)
        if rng.random() < 0.5:
            return clabe, "clabe"
        return f"{clabe[:3]} {clabe[3:6]} {clabe[6:17]} {clabe[17]}", "clabe_spaced"
    if locale == "en_FJ":
        return rng.choice(("2", "9")) + _digits(rng, rng.choice((7, 8, 9))), "fj_account"
    bank, branch, acct = rng.choice(("50002", "50003", "50004")), _digits(rng, 5), _digits(rng, 11)
    return f"{bank} {branch} {acct} {C.rib_key(bank, branch, acct)}", "gq_rib"


def bank_ok(locale: str, value: str, form: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    if form.startswith("clabe"):
        return len(d) == 18 and C.clabe_digit(d[:17]) == d[17]
    if form == "gq_rib":
        return len(d) == 23 and C.rib_key(d[:5], d[5:10], d[10:21]) == d[21:]
    if form == "ca_transit_account":
        return len(d) == 15
    if form == "in_account":
        return len(d) in (11, 12, 14)
    return len(d) in (8, 9, 10)


# ----------------------------------------------------------------------------- national ids


def _date(rng, lo: int = 1950, hi: int = 2004):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def national_id(rng, locale: str, female: bool):
    """(value, type) for one of the locale's personal ids."""
    if locale == "en_GB":
        if rng.random() < 0.6:
            while True:
                a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
                if C.nino_ok(a + b + "000000A"):
                    break
            d6 = _digits(rng, 6)
            v = f"{a}{b} {d6[:2]} {d6[2:4]} {d6[4:]} {rng.choice('ABCD')}"
            return (v if rng.random() < 0.5 else v.replace(" ", "")), "nino"
        while True:
            d = rng.choice("4689") + _digits(rng, 8)
            s = sum(int(x) * w for x, w in zip(d, range(10, 1, -1), strict=True))
            c = (11 - s % 11) % 11
            if c != 10:
                d += str(c)
                return f"{d[:3]} {d[3:6]} {d[6:]}", "nhs"
    if locale == "en_CA":
        body = rng.choice("1234567") + _digits(rng, 7)
        d = body + C.luhn_digit(body)
        sep = rng.choice((" ", "-", ""))
        return sep.join((d[:3], d[3:6], d[6:])), "sin"
    if locale == "en_IN":
        if rng.random() < 0.6:
            body = rng.choice("23456789") + _digits(rng, 10)
            d = body + C.verhoeff_digit(body)
            return (f"{d[:4]} {d[4:8]} {d[8:]}" if rng.random() < 0.7 else d), "aadhaar"
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        pan = ("".join(rng.choice(up) for _ in range(3)) + "P" + rng.choice(up) + _digits(rng, 4)
               + rng.choice(up))
        return pan, "pan"
    if locale == "de_CH":
        body = "756" + _digits(rng, 9)
        d = body + C.ean_digit(body)
        return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}", "ahv"
    if locale == "fr_BE":
        y, m, dd = _date(rng)
        body = f"{y % 100:02d}{m:02d}{dd:02d}{rng.randint(1, 997):03d}"
        key = 97 - int(("2" if y >= 2000 else "") + body) % 97
        d = body + f"{key:02d}"
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", "rrn"
    if locale == "es_MX":
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        y, m, dd = _date(rng)
        head = (rng.choice(up) + rng.choice("AEIOU") + rng.choice(up) + rng.choice(up)
                + f"{y % 100:02d}{m:02d}{dd:02d}")
        if rng.random() < 0.55:
            cons = "BCDFGHJKLMNPRSTVZ"
            body = (head + ("M" if female else "H")
                    + rng.choice(("DF", "JC", "NL", "PL", "QT", "YN", "OC", "BC", "GT", "MC"))
                    + "".join(rng.choice(cons) for _ in range(3))
                    + (rng.choice(D) if y < 2000 else rng.choice(up)))
            return body + C.curp_digit(body), "curp"
        body = head + rng.choice(up + D) + rng.choice(up + D)
        return body + C.rfc_digit(body), "rfc"
    if locale == "pl_PL":
        if rng.random() < 0.65:
            y, m, dd = _date(rng)
            mm = m + (20 if y >= 2000 else 0)
            serial = _digits(rng, 3) + rng.choice("02468" if female else "13579")
            body = f"{y % 100:02d}{mm:02d}{dd:02d}{serial}"
            s = sum(int(a) * b for a, b in zip(body, (1, 3, 7, 9) * 3, strict=False))
            return body + str((10 - s % 10) % 10), "pesel"
        up = "ABCDEFGHIJKLMNOPRSTUVWXYZ"
        letters = "".join(rng.choice(up) for _ in range(3))
        rest = _digits(rng, 5)
        vals = [int(c, 36) for c in letters + "0" + rest]
        w = (7, 3, 1, 0, 7, 3, 1, 7, 3)
        chk = sum(v * k for v, k in zip(vals, w, strict=True)) % 10
        v = f"{letters}{chk}{rest}"
        return (v if rng.random() < 0.6 else f"{letters} {chk}{rest}"), "dowod"
    if locale == "cs_CZ":
        if rng.random() < 0.7:
            while True:
                y, m, dd = _date(rng, 1954, 2004)
                nine = f"{y % 100:02d}{m + (50 if female else 0):02d}{dd:02d}{_digits(rng, 3)}"
                c = int(nine) % 11
                if c != 10:
                    return f"{nine[:6]}/{nine[6:]}{c}", "rodne_cislo"
        return rng.choice("12") + _digits(rng, 8), "op"
    if locale == "sv_SE":
        y, m, dd = _date(rng)
        samord = rng.random() < 0.25
        body = f"{y % 100:02d}{m:02d}{dd + (60 if samord else 0):02d}{_digits(rng, 2)}"
        body += rng.choice("02468" if female else "13579")
        d = body + C.luhn_digit(body)
        sep = "+" if y < 1925 else "-"
        if rng.random() < 0.3:
            return f"{y // 100}{d[:6]}{sep}{d[6:]}", "samordningsnummer" if samord else "pnr12"
        return f"{d[:6]}{sep}{d[6:]}", "samordningsnummer" if samord else "personnummer"
    if locale == "fr_BJ":
        if rng.random() < 0.6:
            return rng.choice("123456789") + _digits(rng, 9), "npi"
        return rng.choice("0123") + _digits(rng, 12), "ifu"
    if locale == "en_FJ":
        if rng.random() < 0.55:
            return rng.choice("123456") + _digits(rng, 8), "tin"
        return rng.choice("1234") + _digits(rng, 5), "fnpf"
    return rng.choice("0123456789") + _digits(rng, rng.choice((5, 6, 7))), "dip"


def id_ok(kind: str, value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    checks = {
        "nino": lambda: C.nino_ok(value.replace(" ", "")),
        "nhs": lambda: C.nhs_ok(value),
        "sin": lambda: C.sin_ok(value),
        "aadhaar": lambda: C.aadhaar_ok(value),
        "pan": lambda: C.pan_ok(value),
        "ahv": lambda: C.ahv_ok(value),
        "rrn": lambda: C.be_rrn_ok(value),
        "curp": lambda: C.curp_ok(value),
        "rfc": lambda: C.rfc_ok(value),
        "pesel": lambda: C.pesel_ok(value),
        "dowod": lambda: C.pl_idcard_ok(value),
        "rodne_cislo": lambda: C.cz_rc_ok(value),
        "op": lambda: len(d) == 9,
        "personnummer": lambda: C.se_pnr_ok(value),
        "pnr12": lambda: C.se_pnr_ok(value),
        "samordningsnummer": lambda: C.se_pnr_ok(value),
        "npi": lambda: len(d) == 10,
        "ifu": lambda: len(d) == 13,
        "tin": lambda: len(d) == 9,
        "fnpf": lambda: len(d) == 6,
        "dip": lambda: 6 <= len(d) <= 8,
    }
    return checks[kind]()


# ----------------------------------------------------------------------------- IP


def ip(rng):
    form = rng.choice(("v4", "v4", "v4_private", "v4_port", "v6", "v6_full"))
    if form in ("v4", "v4_port"):
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global and str(a).split(".")[-1] not in ("0", "255"):
                break
        value = str(a)
        if form == "v4_port":
            value += ":" + rng.choice(("8080", "443", "8443", "3389", "51820", "1194"))
        return value, str(a), form
    if form == "v4_private":
        base = rng.choice(("10.", "192.168.", "172.16."))
        parts = 4 - base.count(".") + (1 if base.count(".") == 1 else 0)
        parts = {"10.": 3, "192.168.": 2, "172.16.": 2}[base]
        value = base + ".".join(str(rng.randint(1, 254)) for _ in range(parts))
        if base == "172.16.":
            value = f"172.{rng.randint(16, 31)}." + value.split(".", 2)[2]
        return value, value, form
    while True:
        head = rng.choice((0x2A00, 0x2A02, 0x2001, 0x2A01, 0x2C0F, 0x2405, 0x2800, 0x2A0E))
        low = rng.getrandbits(112)
        if rng.random() < 0.6:
            low &= ~((1 << 64) - 1)
            low |= rng.getrandbits(16)
        a = ipaddress.IPv6Address((head << 112) | low)
        if a.is_global:
            break
    value = a.exploded if form == "v6_full" else str(a)
    return value, value, form


# ----------------------------------------------------------------------------- e-mail and URLs

MAIL_DOMAINS = {
    "en_GB": ("btinternet.com", "sky.com", "outlook.com", "gmail.com", "yahoo.co.uk"),
    "en_CA": ("rogers.com", "shaw.ca", "sympatico.ca", "gmail.com", "telus.net"),
    "en_IN": ("rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "sify.com"),
    "de_CH": ("bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "proton.me"),
    "fr_BE": ("skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.com"),
    "fr_BJ": ("gmail.com", "yahoo.fr", "outlook.fr", "hotmail.fr", "intnet.bj"),
    "en_FJ": ("connect.com.fj", "gmail.com", "yahoo.com", "outlook.com", "kidanet.net.fj"),
    "es_MX": ("prodigy.net.mx", "gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"),
    "es_GQ": ("gmail.com", "yahoo.es", "hotmail.com", "getesa.gq", "outlook.es"),
    "pl_PL": ("wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"),
    "cs_CZ": ("seznam.cz", "email.cz", "centrum.cz", "post.cz", "gmail.com"),
    "sv_SE": ("telia.com", "bredband.net", "gmail.com", "outlook.com", "hotmail.se"),
}
for _k, _v in list(MAIL_DOMAINS.items()):
    MAIL_DOMAINS[_k] = tuple(d if d.split(".")[-1] in C.TLDS else "gmail.com" for d in _v)

WEB_TLD = {"en_GB": "co.uk", "en_CA": "ca", "en_IN": "in", "de_CH": "ch", "fr_BE": "be",
           "fr_BJ": "bj", "en_FJ": "com.fj", "es_MX": "com.mx", "es_GQ": "gq", "pl_PL": "pl",
           "cs_CZ": "cz", "sv_SE": "se"}
WEB_WORDS = {
    "en": ("solar", "electrical", "heating", "plumbing", "renewables", "wiring"),
    "de": ("solar", "elektro", "haustechnik", "waermepumpen", "energie", "installationen"),
    "fr": ("solaire", "electricite", "chauffage", "energie", "installations", "renov"),
    "es": ("solar", "electricidad", "instalaciones", "energia", "paneles", "clima"),
    "pl": ("fotowoltaika", "elektryk", "instalacje", "energia", "pompy", "serwis"),
    "cs": ("solar", "elektro", "instalace", "energie", "topeni", "servis"),
    "sv": ("sol", "el", "vvs", "energi", "installation", "varmepump"),
}

PATHS = {"en": ("/contact", "/quote", "/about"), "de": ("/kontakt", "/offerte", "/team"),
         "fr": ("/contact", "/devis", "/equipe"), "es": ("/contacto", "/cotizacion", "/nosotros"),
         "pl": ("/kontakt", "/oferta", "/o-nas"), "cs": ("/kontakt", "/nabidka", "/o-nas"),
         "sv": ("/kontakt", "/offert", "/om-oss")}


def ascii_slug(text: str) -> str:
    t = C.normalise(text)
    t = t.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    return "".join(c for c in t if c.isalnum() and c.isascii())


def email(rng, locale: str, given: str, surname: str):
    g, s = ascii_slug(given), ascii_slug(surname.split()[-1])
    local = rng.choice((f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{s}.{g}", f"{g}_{s}",
                        f"{g}.{s}{rng.randint(2, 99)}", f"{s}{g[0]}{rng.randint(60, 99)}"))
    value = f"{local}@{rng.choice(MAIL_DOMAINS[locale])}"
    assert C.email_ok(value), value
    return value, local, rng.choice(("plain", "plain", "angle", "mailto"))


def url(rng, locale: str, lang: str, given: str, surname: str):
    g, s = ascii_slug(given), ascii_slug(surname.split()[-1])
    form = rng.choice(("https_host", "https_slug", "www", "bare"))
    if form == "https_slug":
        slug = rng.choice((f"{g}-{s}-{rng.randint(10, 999)}", f"{g}.{s}", f"{s}{g}"))
        host = rng.choice(("www.linkedin.com/in/", "www.facebook.com/", "github.com/",
                           "about.me/"))
        value = f"https://{host}{slug}"
        token = slug
    else:
        word = rng.choice(WEB_WORDS[lang])
        host = rng.choice((f"{s}-{word}.{WEB_TLD[locale]}", f"{g}{s}.{WEB_TLD[locale]}",
                           f"{word}-{s}.{WEB_TLD[locale]}"))
        token = host
        if form == "https_host":
            value = "https://www." + host + rng.choice(("",) + PATHS[lang])
        elif form == "www":
            value = "www." + host
        else:
            value = host + rng.choice(PATHS[lang])
    assert C.url_ok(value), value
    return value, token, form


def iban_national_ok(value: str) -> bool:
    """The national key inside the BBAN, where the country has one (BE PL CZ BJ)."""
    raw = value.replace(" ", "")
    cc, bban = raw[:2], raw[4:]
    if cc == "BE":
        return C.be_account_key(bban[:10]) == bban[10:]
    if cc == "PL":
        return C.pl_branch_digit(bban[:7]) == bban[7]
    if cc == "CZ":
        return C.cz_account_ok(bban[4:10]) and C.cz_account_ok(bban[10:])
    if cc == "BJ":
        return C.rib_key(bban[:5], bban[5:10], bban[10:22]) == bban[22:]
    return True
