"""Value generators of the thirty-eighth set: phones, e-mails, URLs, IPs, cards, IBANs, local
bank values, national ids and addresses. Each returns (value, form, fragments) and is checked
in code (thirtyeighth_checks) before use; CHECKERS maps every form to its checker.
"""

from __future__ import annotations

import ipaddress
import re

import phonenumbers

from . import thirtyeighth_checks as ck
from .thirtyeighth_people import fold
from .thirtyeighth_places import (
    MAIL,
    SHOP_TLD,
    SHOP_WORDS,
    SHOPS,
    SHOPS_LOCALE,
    STREET_WORDS,
    STREETS,
    TOWNS,
)

LANG = {"en_US": "en", "en_GB": "en", "en_AU": "en", "en_MW": "en", "de_DE": "de",
        "fr_FR": "fr", "fr_CD": "fr", "es_ES": "es", "nl_NL": "nl", "nl_SR": "nl",
        "pt_BR": "pt", "cs_CZ": "cs"}
REGION = {loc: loc[3:] for loc in LANG}

# national number plans: (prefix, digits after the prefix), national significant numbers
PLANS = {
    "US": [(a, 7) for a in ("212", "312", "415", "617", "713", "206", "303", "404", "512",
                            "602", "614", "919")],
    "GB": [("74", 8), ("75", 8), ("77", 8), ("78", 8), ("79", 8), ("207", 7), ("208", 7),
           ("161", 7), ("113", 7), ("117", 7), ("141", 7), ("29", 8)],
    "AU": [("4", 8), ("2", 8), ("3", 8), ("7", 8), ("8", 8)],
    "DE": [("151", 8), ("152", 8), ("160", 7), ("170", 7), ("176", 8), ("30", 8), ("89", 8),
           ("40", 8), ("221", 7), ("341", 7)],
    "FR": [("6", 8), ("7", 8), ("1", 8), ("4", 8), ("5", 8), ("2", 8), ("3", 8)],
    "ES": [("6", 8), ("7", 8), ("91", 7), ("93", 7), ("95", 7), ("96", 7)],
    "NL": [("6", 8), ("20", 7), ("10", 7), ("30", 7), ("40", 7), ("50", 7)],
    "BR": [("119", 8), ("219", 8), ("319", 8), ("519", 8), ("113", 7), ("213", 7), ("713", 7)],
    "CZ": [("60", 7), ("72", 7), ("73", 7), ("77", 7), ("2", 8), ("5", 8)],
    "MW": [("88", 7), ("99", 7), ("98", 7), ("1", 6)],
    "CD": [("81", 7), ("82", 7), ("84", 7), ("85", 7), ("89", 7), ("97", 7), ("99", 7)],
    "SR": [("7", 6), ("8", 6), ("4", 5), ("5", 5)],
}
PHONE_FORMS = ["intl", "national", "compact", "dashed", "dotted", "intl_zero"]
ZERO_OK = {"GB", "DE", "NL", "AU"}


def _digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng, locale: str, form: str | None = None):
    region = REGION[locale]
    while True:
        prefix, n = rng.choice(PLANS[region])
        nsn = prefix + str(rng.randint(2, 9)) + _digits(rng, n - 1)
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if phonenumbers.is_valid_number(num) and \
                phonenumbers.region_code_for_number(num) == region:
            break
    f = form or rng.choice(PHONE_FORMS)
    if f == "intl_zero" and region not in ZERO_OK:
        f = "intl"
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    nat = phonenumbers.format_number(num, fmt.NATIONAL)
    if f == "intl":
        value = intl
    elif f == "national":
        value = nat
    elif f == "compact":
        value = phonenumbers.format_number(num, fmt.E164)
    elif f == "intl_zero":
        cc, rest = intl.split(" ", 1)
        value = f"{cc} (0){rest}"
    else:
        sep = "-" if f == "dashed" else "."
        value = sep.join(re.sub(r"[()]", "", nat).replace("-", " ").split())
    return value, f, [f"d:{w}" for w in ck.windows(value)]


def phone_ok(value: str, locale: str) -> bool:
    region = REGION[locale]
    raw = value.replace("(0)", "").replace(".", " ")
    try:
        num = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and \
        phonenumbers.region_code_for_number(num) == region


# ------------------------------------------------------------------ e-mail, URL, IP

def _slugs(given: str, surname: str, rng) -> str:
    g, s = fold(given).lower(), fold(surname).lower()
    g = re.sub(r"[^a-z]", "", g)
    s = re.sub(r"[^a-z]", "", s)
    pick = rng.randrange(6)
    if pick == 0:
        return f"{g}.{s}"
    if pick == 1:
        return f"{g[0]}{s}"
    if pick == 2:
        return f"{g}_{s}{rng.randint(1, 99)}"
    if pick == 3:
        return f"{s}.{g}"
    if pick == 4:
        return f"{g}{s[:3]}{rng.randint(70, 99)}"
    return f"{g}-{s}"


EMAIL_FORMS = ["plain", "angle", "mailto", "mixed_case"]


def email(rng, locale: str, given: str, surname: str, form: str | None = None):
    local = _slugs(given, surname, rng).replace("-", ".")
    domain = rng.choice(MAIL[locale].split("|"))
    f = form or rng.choice(EMAIL_FORMS)
    value = f"{local}@{domain}"
    if f == "mixed_case":
        value = ".".join(p.capitalize() for p in local.split(".")) + "@" + domain
    return value, f, [f"t:{local}"]


URL_FORMS = ["https_slug", "https_host", "www", "bare", "http_slug"]


def url(rng, locale: str, given: str, surname: str, form: str | None = None):
    lang = LANG[locale]
    f = form or rng.choice(URL_FORMS)
    slug = _slugs(given, surname, rng).replace(".", "").replace("_", "")
    if f in ("https_slug", "http_slug"):
        host, path = rng.choice(SHOPS_LOCALE.get(locale, SHOPS[lang]).split("|")).split(";")
        scheme = "https" if f == "https_slug" else "http"
        if path and path != "@":
            path += "/"
        value = f"{scheme}://{host}/{path}{slug}"
        return value, f, [f"t:{slug}"]
    word = rng.choice(SHOP_WORDS[lang].split("|"))
    host = f"{slug}{word}.{SHOP_TLD[locale]}" if rng.random() < 0.5 else \
        f"{slug}-{word}.{SHOP_TLD[locale]}"
    value = {"https_host": f"https://{host}", "www": f"www.{host}", "bare": host}[f]
    return value, f, [f"t:{host}"]


IP_FORMS = ["v4", "v4_private", "v4_port", "v6", "v6_full"]


def ip(rng, form: str | None = None):
    f = form or rng.choice(IP_FORMS)
    while True:
        if f == "v4_private":
            a = rng.choice([f"10.{rng.randint(0, 255)}", "192.168",
                            f"172.{rng.randint(16, 31)}"])
            addr = ipaddress.ip_address(f"{a}.{rng.randint(0, 255)}.{rng.randint(2, 254)}")
        elif f.startswith("v4"):
            addr = ipaddress.ip_address(".".join(str(rng.randint(1, 223)) for _ in range(1))
                                        + "." + ".".join(str(rng.randint(0, 255))
                                                         for _ in range(2))
                                        + "." + str(rng.randint(2, 254)))
        else:
            head = rng.choice(["2a02", "2001:4860", "2a00:1450", "2604", "2c0f", "2800",
                               "2a01"])
            groups = head.split(":")
            groups += [f"{rng.randint(0, 65535):x}" for _ in range(8 - len(groups))]
            for i in rng.sample(range(3, 7), rng.randint(0, 3)):
                groups[i] = "0"
            addr = ipaddress.ip_address(":".join(groups))
        if f == "v4_private" or addr.is_global:
            break
    if f == "v6_full":
        value = addr.exploded
    elif f == "v4_port":
        value = f"{addr}:{rng.choice([8080, 443, 3389, 8443, 22, 5000])}"
    else:
        value = str(addr)
    return value, f, [f"p:{str(addr) if f != 'v6_full' else value}"]


# ------------------------------------------------------------------ cards, IBANs, bank values

CARD_FORMS = ["visa_grouped", "visa_dashed", "visa_compact", "mc_grouped", "mc_dashed",
              "mc_compact", "amex"]


def card(rng, form: str | None = None):
    f = form or rng.choice(CARD_FORMS)
    if f == "amex":
        body = rng.choice(["34", "37"]) + _digits(rng, 12)
        d = body + ck.luhn_digit(body)
        value = f"{d[:4]} {d[4:10]} {d[10:]}"
    else:
        head = "4" if f.startswith("visa") else rng.choice(
            [str(rng.randint(51, 55)), str(rng.randint(2221, 2720))])
        body = head + _digits(rng, 15 - len(head))
        d = body + ck.luhn_digit(body)
        groups = [d[i:i + 4] for i in range(0, 16, 4)]
        value = {"grouped": " ".join(groups), "dashed": "-".join(groups),
                 "compact": d}[f.split("_")[1]]
    return value, f, [f"d:{w}" for w in ck.windows(value)]


def _iban(cc: str, bban: str) -> str:
    check = 98 - ck.mod97(bban + cc + "00")
    return f"{cc}{check:02d}{bban}"


def _bban(rng, cc: str) -> str:
    if cc == "GB":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"])
        return bank + _digits(rng, 14)
    if cc == "DE":
        blz = rng.choice(["10010010", "37040044", "50010517", "70150000", "20050550",
                          "12030000", "43060967"])
        return blz + _digits(rng, 10)
    if cc == "FR":
        bank, branch = rng.choice(["30004", "30003", "20041", "10278", "30002", "18206"]), \
            _digits(rng, 5)
        acct = _digits(rng, 11)
        return bank + branch + acct + ck.fr_rib_key(bank, branch, acct)
    if cc == "ES":
        bb = rng.choice(["2100", "0049", "0182", "2080", "0081", "1465"]) + _digits(rng, 4)
        acct = _digits(rng, 10)
        return bb + ck.es_dc(bb, acct) + acct
    if cc == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB"]) + \
            _digits(rng, 10)
    if cc == "BR":
        return rng.choice(["00000000", "00360305", "60701190", "90400888"]) + \
            _digits(rng, 15) + rng.choice("CP") + rng.choice("123")
    if cc == "CZ":
        bank = rng.choice(["0100", "0300", "0800", "2010", "5500", "0600", "3030"])
        while True:
            prefix = rng.choice(["000000", "000019", "000035", "000107"])
            acct = str(rng.randint(10**8, 10**10 - 1)).zfill(10)
            if ck.cz_account_ok(prefix) and ck.cz_account_ok(acct):
                return bank + prefix + acct
    raise KeyError(cc)


IBAN_CC = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "nl_NL": "NL",
           "pt_BR": "BR", "cs_CZ": "CZ"}


def bank(rng, locale: str, form: str | None = None):
    """IBAN where the country has one; a local bank value (kind ID) elsewhere."""
    if locale in IBAN_CC:
        iban = _iban(IBAN_CC[locale], _bban(rng, IBAN_CC[locale]))
        f = form or rng.choice(["iban_print", "iban_compact"])
        value = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) \
            if f == "iban_print" else iban
        return "IBAN", value, f, [f"d:{w}" for w in ck.windows(value)]
    if locale == "en_US":
        while True:
            routing = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 8)
            if ck.aba_ok(routing):
                break
        value = f"routing {routing}, account {_digits(rng, rng.randint(9, 12))}"
        f = "aba_account"
    elif locale == "en_AU":
        bsb = rng.choice(["062", "063", "033", "083", "013", "732", "484"]) + "-" + \
            _digits(rng, 3)
        value = f"BSB {bsb}, account {_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
        f = "bsb_account"
    elif locale == "en_MW":
        value = rng.choice(["1000", "1003", "2001", "0130"]) + _digits(rng, 9)
        f = "mw_account"
    elif locale == "fr_CD":
        value = f"{rng.choice(['00011', '00018', '00021', '00026'])}-{_digits(rng, 5)}-" \
                f"{_digits(rng, 11)}-{_digits(rng, 2)}"
        f = "cd_rib"
    else:
        value = rng.choice(["10", "20", "37", "62"]) + _digits(rng, rng.randint(6, 8))
        f = "sr_account"
    value = value.strip()
    return "ID", value, f, [f"d:{w}" for w in ck.windows(value)]


# ------------------------------------------------------------------ national ids

def _ssn(rng) -> str:
    while True:
        s = f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ck.ssn_ok(s):
            return s


def _nino(rng) -> str:
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        d = _digits(rng, 6)
        s = f"{p} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"
        if ck.nino_ok(s):
            return s


def _nhs(rng) -> str:
    while True:
        d = str(rng.randint(4, 6)) + _digits(rng, 8)
        for c in "0123456789":
            if ck.nhs_ok(d + c):
                return f"{d[:3]} {d[3:6]} {d[6:]}{c}"


def _steuer(rng) -> str:
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        body = digits[:9]
        body.append(rng.choice(body))
        rng.shuffle(body)
        b = "".join(body)
        if b[0] != "0":
            d = b + ck.steuer_id_check(b)
            if ck.steuer_id_ok(d):
                return d


def _nir(rng) -> str:
    while True:
        b = f"{rng.randint(1, 2)}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}" \
            f"{rng.choice([1, 6, 13, 33, 35, 44, 59, 69, 75, 92, 93, 94]):02d}" \
            f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(b) % 97
        s = f"{b}{key:02d}"
        if ck.nir_ok(s):
            return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"


def _dni(rng) -> str:
    n = rng.randint(10**7, 10**8 - 1)
    return f"{n}{ck._DNI[n % 23]}"


def _nie(rng) -> str:
    p = rng.choice("XYZ")
    n = _digits(rng, 7)
    return f"{p}{n}{ck._DNI[int(str('XYZ'.index(p)) + n) % 23]}"


def _bsn(rng) -> str:
    while True:
        d = str(rng.randint(1, 9)) + _digits(rng, 8)
        if ck.bsn_ok(d):
            return d


def _tfn(rng) -> str:
    while True:
        d = _digits(rng, 9)
        if d[0] != "0" and ck.tfn_ok(d):
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def _medicare(rng) -> str:
    b = str(rng.randint(2, 6)) + _digits(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(x) * y for x, y in zip(b, w, strict=True)) % 10
    d = f"{b}{c}{rng.randint(1, 9)}"
    return f"{d[:4]} {d[4:9]} {d[9]}"


def _cpf(rng) -> str:
    while True:
        d = _digits(rng, 9)
        for n in (9, 10):
            d += str(sum(int(d[i]) * (n + 1 - i) for i in range(n)) * 10 % 11 % 10)
        if ck.cpf_ok(d):
            return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def _rodne(rng) -> str:
    while True:
        yy = rng.randint(55, 99) if rng.random() < 0.6 else rng.randint(0, 5)
        mm = rng.randint(1, 12) + (50 if rng.random() < 0.5 else 0)
        body = f"{yy:02d}{mm:02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        c = int(body) % 11
        if c < 10:
            s = f"{body[:6]}/{body[6:]}{c}"
            if ck.rodne_ok(s):
                return s


_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _mw_id(rng) -> str:
    while True:
        s = "".join(rng.choice(_ALNUM) for _ in range(8))
        if not re.search(r"\d{4}", s) and re.search(r"\d", s) and re.search(r"[A-Z]", s):
            return s


def _mw_tpin(rng) -> str:
    return str(rng.randint(2, 7)) + _digits(rng, 7)


def _cd_voter(rng) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, 10)


def _cd_nif(rng) -> str:
    return f"A{_digits(rng, 7)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def _sr_id(rng) -> str:
    return rng.choice(["FA", "FB", "FC", "FL", "FN", "FR"]) + _digits(rng, 6)


# locale -> [(id type, generator, checker or None for format only, plain variant)]
IDS = {
    "en_US": [("ssn", _ssn, ck.ssn_ok)],
    "en_GB": [("nino", _nino, ck.nino_ok), ("nhs", _nhs, ck.nhs_ok)],
    "en_AU": [("tfn", _tfn, ck.tfn_ok), ("medicare", _medicare, ck.medicare_ok)],
    "de_DE": [("steuer_id", _steuer, ck.steuer_id_ok)],
    "fr_FR": [("nir", _nir, ck.nir_ok)],
    "es_ES": [("dni", _dni, ck.dni_ok), ("nie", _nie, ck.dni_ok)],
    "nl_NL": [("bsn", _bsn, ck.bsn_ok)],
    "pt_BR": [("cpf", _cpf, ck.cpf_ok)],
    "cs_CZ": [("rodne_cislo", _rodne, ck.rodne_ok)],
    "en_MW": [("mw_national_id", _mw_id, None), ("mw_tpin", _mw_tpin, None)],
    "fr_CD": [("cd_voter_card", _cd_voter, None), ("cd_nif", _cd_nif, None)],
    "nl_SR": [("sr_id", _sr_id, None)],
}

ID_CHECK = {name: chk for rows in IDS.values() for name, _, chk in rows}
ID_FORMAT = {"mw_national_id": r"[A-Z2-9]{8}", "mw_tpin": r"[2-7]\d{7}",
             "cd_voter_card": r"[1-9]\d{10}", "cd_nif": r"A\d{7}[A-Z]",
             "sr_id": r"F[ABCLNR]\d{6}"}


def national_id(rng, locale: str):
    """(value, id type); about a third written compact (spaces, dots, dashes dropped)."""
    name, gen, _ = rng.choice(IDS[locale])
    value = gen(rng)
    if name in ("nino", "nhs", "tfn", "cpf", "nir", "ssn", "rodne_cislo") and \
            rng.random() < 0.35:
        value = re.sub(r"[ .\-/]", "", value)
    elif name == "bsn" and rng.random() < 0.4:
        value = f"{value[:4]}.{value[4:6]}.{value[6:]}"
    return value, name


def id_fragments(value: str) -> list[str]:
    wins = ck.windows(value)
    return [f"d:{w}" for w in wins] if wins else [f"s:{value}"]


def id_ok(value: str, name: str) -> bool:
    chk = ID_CHECK[name]
    if chk is None:
        return bool(re.fullmatch(ID_FORMAT[name], value))
    if name == "bsn":
        return chk(value.replace(".", ""))
    if name == "rodne_cislo":
        return chk(value.replace("/", ""))
    if name in ("nino", "nhs", "tfn", "nir", "medicare"):
        return chk(value.replace(" ", ""))
    if name == "ssn":
        return chk(value.replace("-", ""))
    return chk(value)


# ------------------------------------------------------------------ addresses

def street_tokens(street: str) -> list[str]:
    out = []
    for w in street.replace("-", " ").split():
        if w.lower() not in STREET_WORDS and len(w) > 2 and w not in out:
            out.append(w)
    return out


BOX = {"en_US": "PO Box", "en_GB": "PO Box", "en_AU": "PO Box", "en_MW": "P.O. Box",
       "de_DE": "Postfach", "fr_FR": "BP", "fr_CD": "B.P.", "es_ES": "Apartado de Correos",
       "nl_NL": "Postbus", "nl_SR": "Postbus", "pt_BR": "Caixa Postal", "cs_CZ": "P. O. Box"}
ADDRESS_FORMS = ["one_line", "multi_line", "street_town", "box"]


def address(rng, locale: str, form: str | None = None):
    f = form or rng.choice(ADDRESS_FORMS)
    street = rng.choice(STREETS[locale].split("|"))
    town = rng.choice(TOWNS[locale].split("|")).split(";")
    n = rng.randint(2, 240)
    if locale in ("en_US", "en_GB", "en_AU", "fr_FR", "en_MW"):
        line = f"{n}, {street}" if locale == "fr_FR" else f"{n} {street}"
        if locale == "en_MW":
            line = f"Plot {n}, {street}"
    elif locale == "cs_CZ":
        line = f"{street} {rng.randint(100, 2800)}/{n}"
    elif locale in ("es_ES", "pt_BR"):
        line = f"{street}, {n}"
    elif locale == "fr_CD":
        line = f"{n}, {street}"
    else:
        line = f"{street} {n}"
    pc = ""
    if locale in ("en_US", "en_AU", "pt_BR"):
        name, region, pc = town
        if locale == "en_US" and rng.random() < 0.3:
            pc = f"{pc}-{rng.randint(1, 9999):04d}"
        place = {"en_US": f"{name}, {region} {pc}", "en_AU": f"{name} {region} {pc}",
                 "pt_BR": f"{name} - {region}, {pc}"}[locale]
        bare = {"en_US": f"{name}, {region}", "en_AU": f"{name} {region}",
                "pt_BR": f"{name} - {region}"}[locale]
    elif locale == "fr_CD":
        name, commune = town
        de = "d'" if commune[0] in "AEIOU" else "de "
        place = bare = f"commune {de}{commune}, {name}"
    elif len(town) == 2:
        name, pc = town
        place = f"{name} {pc}" if locale == "en_GB" else f"{pc} {name}"
        bare = name
    else:
        place = bare = town[0]
    frags = [f"t:{t}" for t in street_tokens(street)]
    if f == "street_town":
        value = f"{line}, {bare}"
    elif f == "box":
        box = str(rng.randint(10, 9999))
        if locale == "de_DE":
            box = f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        value = f"{line}, {BOX[locale]} {box}, {place}"
        frags.append(f"p:{box}")
    elif f == "multi_line":
        value = f"{line}\n{place}"
    else:
        value = f"{line}, {place}"
    if pc and f != "street_town":
        frags.append(f"p:{pc}")
    return value, f, frags, pc


def postcode_ok(pc: str, locale: str) -> bool:
    return bool(re.fullmatch(ck.POSTCODE[locale], pc))
