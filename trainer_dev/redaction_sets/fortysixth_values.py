"""Forty-sixth set: personal values built from published formats, check digits computed.

Phones come from each national numbering plan's prefixes and are kept only when
`phonenumbers.is_valid_number_for_region` holds; ids and bank values use fortysixth_checks.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

import phonenumbers

from trainer_dev.redaction_sets import fortysixth_checks as C

REGION = {"en_IE": "IE", "en_AU": "AU", "en_NZ": "NZ", "en_MU": "MU", "de_AT": "AT",
          "de_DE": "DE", "de_BE": "BE", "fr_FR": "FR", "fr_MC": "MC", "it_IT": "IT",
          "it_SM": "SM", "ca_AD": "AD"}
IBAN_LOCALES = ("en_IE", "en_MU", "de_AT", "de_DE", "de_BE", "fr_FR", "fr_MC", "it_IT",
                "it_SM", "ca_AD")
D = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(rng, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def ascii_slug(text: str) -> str:
    t = unicodedata.normalize("NFD", text.lower().replace("ß", "ss").replace("æ", "ae"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in t if not unicodedata.combining(c)))


# ----------------------------------------------------------------------------- phones

# national significant number prefixes and total NSN length, from each numbering plan
PHONE_PLAN = {
    "en_IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9), ("1", 8), ("21", 9),
              ("91", 9), ("61", 9), ("65", 9), ("71", 9)],
    "en_AU": [("4", 9), ("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "en_NZ": [("21", 9), ("22", 9), ("27", 9), ("9", 8), ("4", 8), ("3", 8), ("7", 8),
              ("6", 8)],
    "en_MU": [("5", 8), ("2", 7), ("4", 7), ("6", 7)],
    "de_AT": [("664", 10), ("660", 10), ("676", 10), ("650", 10), ("699", 10), ("1", 9),
              ("316", 10), ("732", 10), ("662", 10), ("512", 10)],
    "de_DE": [("151", 11), ("160", 10), ("170", 10), ("176", 11), ("30", 10), ("40", 10),
              ("89", 10), ("221", 10), ("431", 10)],
    "de_BE": [("470", 9), ("471", 9), ("475", 9), ("485", 9), ("496", 9), ("87", 8),
              ("80", 8)],
    "fr_FR": [("6", 9), ("7", 9), ("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "fr_MC": [("6", 9), ("92", 8), ("93", 8), ("97", 8), ("98", 8), ("99", 8)],
    "it_IT": [("3", 10), ("06", 10), ("02", 10), ("051", 10), ("081", 10), ("011", 10),
              ("055", 10)],
    "it_SM": [("05498", 10), ("05499", 10), ("66", 8)],
    "ca_AD": [("3", 6), ("6", 6), ("7", 6), ("8", 6)],
}
PHONE_FORMS = ("intl", "national", "e164", "double_zero", "trunk_zero", "spaced_local")
TRUNK = {"en_IE", "en_AU", "en_NZ", "de_AT", "de_DE", "de_BE", "fr_FR"}  # have a 0 trunk prefix


def phone(rng, locale: str) -> tuple[str, str]:
    region = REGION[locale]
    while True:
        prefix, length = rng.choice(PHONE_PLAN[locale])
        nsn = prefix + digits(rng, length - len(prefix))
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if not phonenumbers.is_valid_number_for_region(num, region):
            continue
        forms = [f for f in PHONE_FORMS if f != "trunk_zero" or locale in TRUNK]
        form = rng.choice(forms)
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if form == "intl":
            value = intl
        elif form == "national":
            value = nat
        elif form == "e164":
            value = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        elif form == "double_zero":
            value = "00" + intl[1:]
        elif form == "trunk_zero":
            cc, rest = intl.split(" ", 1)
            value = f"{cc} (0){rest}"
        else:
            value = _by_hand(locale, nat)
        if not C.phone_valid(value, region):  # never an invalid number: the printed form
            value, form = intl, "intl"
        return value, form


def _by_hand(locale: str, nat: str) -> str:
    """The national digits grouped the way people there write them by hand."""
    d = re.sub(r"\D", "", nat)
    if locale in ("de_DE", "de_AT"):
        return nat.replace(" ", "/", 1)  # 030/12345678, 0664/1234567
    if locale in ("fr_FR", "fr_MC"):
        head, rest = (d[0], d[1:]) if len(d) % 2 else ("", d)
        return " ".join(([head] if head else []) + [rest[k:k + 2] for k in range(0, len(rest), 2)])
    if locale == "de_BE":
        head = d[:4] if d.startswith("04") else d[:3]
        rest = d[len(head):]
        return " ".join([head] + [rest[k:k + 2] for k in range(0, len(rest), 2)])
    if locale == "en_MU":
        return f"{d[:-4]} {d[-4:]}"
    if locale == "ca_AD":
        return f"{d[:3]} {d[3:]}"
    if locale == "it_SM":
        return f"{d[:4]} {d[4:]}" if d.startswith("0549") else f"{d[:2]} {d[2:]}"
    if locale == "en_AU":
        return f"{d[:4]} {d[4:7]} {d[7:]}" if d.startswith("04") else f"{d[:2]} {d[2:6]} {d[6:]}"
    if locale == "it_IT" and d.startswith("0"):
        head, rest = nat.split(" ", 1)
        return f"{head} {rest.replace(' ', '')}"  # 06 12622388, 055 8974007
    if len(d) == 10:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    return f"{d[:-7]} {d[-7:-4]} {d[-4:]}"



# ----------------------------------------------------------------------------- contact

MAIL_DOMAINS = {
    "en_IE": ["eircom.net", "gmail.com", "outlook.ie", "iol.ie"],
    "en_AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "iinet.net.au"],
    "en_NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "orcon.net.nz"],
    "en_MU": ["intnet.mu", "gmail.com", "myt.mu", "yahoo.com"],
    "de_AT": ["gmx.at", "aon.at", "a1.net", "chello.at"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "de_BE": ["skynet.be", "proximus.be", "telenet.be", "gmx.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "fr_MC": ["monaco.mc", "gmail.com", "orange.fr", "libello.mc"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "it_SM": ["omniway.sm", "libero.it", "gmail.com", "tin.it"],
    "ca_AD": ["andorra.ad", "gmail.com", "mypic.ad", "outlook.com"],
}
EMAIL_FORMS = ("plain", "angle", "mailto")


def email(rng, locale: str, given: str, surname: str) -> tuple[str, str, str]:
    g, s = ascii_slug(given), ascii_slug(surname.split()[-1])
    local = rng.choice((f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{rng.randint(2, 99)}", f"{s}.{g}",
                        f"{g}_{s[:4]}", f"{s}{g[0]}"))
    return f"{local}@{rng.choice(MAIL_DOMAINS[locale])}", local, rng.choice(EMAIL_FORMS)


URL_TLD = {"en_IE": "ie", "en_AU": "com.au", "en_NZ": "co.nz", "en_MU": "mu", "de_AT": "at",
           "de_DE": "de", "de_BE": "be", "fr_FR": "fr", "fr_MC": "mc", "it_IT": "it",
           "it_SM": "sm", "ca_AD": "ad"}
URL_WORDS = {"en": ("dogs", "paws", "cats", "vet"), "de": ("hunde", "pfoten", "katzen", "tierarzt"),
             "fr": ("chiens", "chats", "pattes", "veto"), "it": ("cani", "gatti", "zampe", "vet"),
             "ca": ("gossos", "gats", "potes", "veterinari")}
URL_HOSTS = ("petbook.net", "pawprofile.com", "kennelclub.info", "catcafe.blog")


def url(rng, locale: str, lang: str, given: str, surname: str) -> tuple[str, str, str]:
    g, s = ascii_slug(given), ascii_slug(surname.split()[-1])
    word = rng.choice(URL_WORDS[lang])
    form = rng.choice(("https_host", "https_slug", "www", "bare"))
    tld = URL_TLD[locale]
    if form == "https_slug":
        slug = rng.choice((f"{g}-{s}", f"{g}{s}", f"{s}-{word}"))
        return f"https://{rng.choice(URL_HOSTS)}/{slug}", slug, form
    host = rng.choice((f"{g}{s}", f"{s}-{word}", f"{g}-{s}", f"{word}-{s}"))
    if form == "https_host":
        return f"https://{host}.{tld}", host, form
    if form == "www":
        return f"www.{host}.{tld}", host, form
    return f"{host}.{tld}/{rng.choice(('about', 'contact', 'litter', 'adopt'))}", host, form


def ip(rng) -> tuple[str, str, str]:
    form = rng.choice(("v4", "v4_private", "v4_port", "v6", "v6_full"))
    if form in ("v4", "v4_port"):
        while True:
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                break
        s = str(a)
        if form == "v4_port":
            return f"{s}:{rng.choice((8080, 443, 3389, 8443, 22))}", s, form
        return s, s, form
    if form == "v4_private":
        s = rng.choice((f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                        f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"))
        return s, s, form
    groups = [0x2001, rng.choice((0x0db8, 0x4860, 0x0470, 0x67c)), rng.getrandbits(16), 0, 0,
              rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16)]
    a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    s = a.exploded if form == "v6_full" else a.compressed
    return s, s, form


def card(rng) -> tuple[str, str]:
    brand = rng.choice(("visa", "visa", "mc", "mc", "amex"))
    if brand == "amex":
        body = rng.choice(("34", "37")) + digits(rng, 12)
        d = body + C.luhn_digit(body)
        return f"{d[:4]} {d[4:10]} {d[10:]}", "amex"
    body = "4" if brand == "visa" else str(rng.choice((51, 52, 53, 54, 55, 2221, 2720)))
    body = body + digits(rng, 15 - len(body))
    d = body + C.luhn_digit(body)
    style = rng.choice(("grouped", "dashed", "compact"))
    sep = {"grouped": " ", "dashed": "-", "compact": ""}[style]
    return sep.join(d[k:k + 4] for k in range(0, 16, 4)), f"{brand}_{style}"


# ----------------------------------------------------------------------------- IBAN


def _bban(rng, locale: str) -> str:
    if locale == "en_IE":  # bank code (BIC letters), sort code, account
        return rng.choice(("AIBK", "BOFI", "IPBS", "ULSB")) + digits(rng, 6) + digits(rng, 8)
    if locale == "en_MU":  # bank letters, branch, account, 000, currency
        bank = rng.choice(("MCBL", "STCB", "BARC", "BOMM"))
        return bank + digits(rng, 2) + digits(rng, 2) + digits(rng, 12) + "000MUR"
    if locale == "de_AT":
        return rng.choice(("12000", "20111", "32000", "14000", "60000")) + digits(rng, 11)
    if locale == "de_DE":
        return str(rng.randint(1, 8)) + digits(rng, 7) + digits(rng, 10)  # BLZ starts 1-8
    if locale == "de_BE":
        ten = rng.choice(("001", "068", "363", "732", "091")) + digits(rng, 7)
        return ten + C.be_account_key(ten)
    if locale in ("fr_FR", "fr_MC"):
        bank = rng.choice(("30004", "30003", "20041", "10278")) if locale == "fr_FR" else (
            rng.choice(("12739", "11808", "18069")))
        branch, acct = digits(rng, 5), digits(rng, 11)
        return bank + branch + acct + C.rib_key(bank, branch, acct)
    if locale in ("it_IT", "it_SM"):
        abi = rng.choice(("03069", "02008", "05034", "03062")) if locale == "it_IT" else (
            rng.choice(("03225", "06067", "08540")))
        rest = abi + digits(rng, 5) + digits(rng, 12)
        return C.cf_char(rest) + rest
    # ca_AD: bank, branch, 12-digit account
    return rng.choice(("0001", "0004", "0006", "0007")) + digits(rng, 4) + digits(rng, 12)


def iban(rng, locale: str) -> tuple[str, str]:
    cc = REGION[locale]
    bban = _bban(rng, locale)
    s = cc + C.iban_check(cc, bban) + bban
    if rng.random() < 0.55:
        return " ".join(s[k:k + 4] for k in range(0, len(s), 4)), "iban_print"
    return s, "iban_compact"


def iban_national_ok(value: str) -> bool:
    """The national key inside the IBAN, where the country has one (BE, FR, MC, IT, SM)."""
    s = value.replace(" ", "")
    cc, bban = s[:2], s[4:]
    if cc == "BE":
        return C.be_account_key(bban[:10]) == bban[10:]
    if cc in ("FR", "MC"):
        return C.rib_key(bban[:5], bban[5:10], bban[10:21]) == bban[21:]
    if cc in ("IT", "SM"):
        return C.cf_char(bban[1:]) == bban[0]
    return True


def bank_value(rng, locale: str) -> tuple[str, str]:
    """Australia (BSB + account) and New Zealand (bank-branch-account-suffix): no IBAN."""
    if locale == "en_AU":
        bsb = rng.choice(("062", "063", "033", "082", "012", "484")) + digits(rng, 3)
        acct = digits(rng, rng.choice((6, 8, 9)))
        if rng.random() < 0.5:
            return f"BSB {bsb[:3]}-{bsb[3:]} account {acct}", "au_bsb_account"
        return f"{bsb[:3]}-{bsb[3:]} {acct}", "au_bsb_account"
    bank = rng.choice(("01", "02", "03", "06", "12", "38"))
    value = f"{bank}-{digits(rng, 4)}-{digits(rng, 7)}-{rng.choice(('00', '01', '25', '50'))}"
    return value, "nz_account"


def bank_ok(locale: str, value: str, form: str) -> bool:
    if form == "au_bsb_account":
        return re.search(r"\d{3}-\d{3}(?: account)? \d{6,9}$", value) is not None
    return re.fullmatch(r"\d{2}-\d{4}-\d{7}-\d{2}", value) is not None


# ----------------------------------------------------------------------------- national ids

ID_TYPES = {
    "en_IE": ("pps",), "en_AU": ("tfn", "medicare"), "en_NZ": ("ird", "nhi"),
    "en_MU": ("mu_nic",), "de_AT": ("svnr",), "de_DE": ("steuer_id", "ausweis"),
    "de_BE": ("rrn",), "fr_FR": ("nir",), "fr_MC": ("nir",), "it_IT": ("cf",),
    "it_SM": ("cf",), "ca_AD": ("nrt",),
}
_BELFIORE = ("H501", "F205", "A944", "F839", "L219", "D612", "G273", "Z130", "C573", "H294")
_CF_MONTHS = "ABCDEHLMPRST"


def _date(rng) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2006)


def _cf_code(name: str, given: bool) -> str:
    letters = [c for c in ascii_slug(name).upper() if c.isalpha()]
    cons = [c for c in letters if c not in "AEIOU"]
    vow = [c for c in letters if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vow + ["X"] * 3)[:3]


def national_id(rng, locale: str, given: str, surname: str, female: bool) -> tuple[str, str]:
    typ = rng.choice(ID_TYPES[locale])
    day, month, year = _date(rng)
    if typ == "pps":
        seven = digits(rng, 7)
        second = rng.choice(("", "A", "W")) if rng.random() < 0.6 else ""
        second = "A" if second == "W" else second
        return seven + C.pps_letter(seven, second) + second, typ
    if typ == "tfn":
        while True:
            d = digits(rng, 9)
            if d[0] != "0" and C.tfn_ok(d):
                break
        return (f"{d[:3]} {d[3:6]} {d[6:]}" if rng.random() < 0.7 else d), typ
    if typ == "medicare":
        eight = rng.choice("23456") + digits(rng, 7)
        d = eight + C.medicare_digit(eight) + rng.choice("123456789")
        return (f"{d[:4]} {d[4:9]} {d[9]}" if rng.random() < 0.7 else d), typ
    if typ == "ird":
        while True:
            base = f"{rng.randint(10_000_000, 149_999_999):09d}"[:8]
            c = C.ird_digit(base)
            if c is not None and C.ird_ok(base + c):
                d = base + c
                break
        d = d.lstrip("0") if d.startswith("0") else d
        return (f"{d[:-6]}-{d[-6:-3]}-{d[-3:]}" if rng.random() < 0.7 else d), typ
    if typ == "nhi":
        while True:
            six = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + digits(rng, 3)
            c = C.nhi_digit(six)
            if c is not None:
                return six + c, typ
    if typ == "mu_nic":
        initial = ascii_slug(surname)[0].upper()
        return (f"{initial}{day:02d}{month:02d}{year % 100:02d}{digits(rng, 6)}"
                f"{rng.choice(UP + D)}"), typ
    if typ == "svnr":
        birth = f"{day:02d}{month:02d}{year % 100:02d}"
        while True:
            serial = str(rng.randint(100, 999))
            c = C.svnr_digit(serial, birth)
            if c is not None:
                break
        d = serial + c + birth
        return (f"{d[:4]} {d[4:]}" if rng.random() < 0.7 else d), typ
    if typ == "steuer_id":
        while True:
            pool = rng.sample(D, 9)
            body = pool + [rng.choice(pool)]
            rng.shuffle(body)
            ten = "".join(body)
            if ten[0] != "0":
                break
        d = ten + C.mod11_10_digit(ten)
        return (f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}" if rng.random() < 0.6 else d), typ
    if typ == "ausweis":
        first = rng.choice("CFGHJKLMNPRTVWXYZ")
        rest = "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        return first + rest + C.ausweis_digit(first + rest), typ
    if typ == "rrn":
        yy, seq = year % 100, rng.randint(1, 997)
        seq += (seq % 2 == 0) != female  # odd for men, even for women
        seq = min(seq, 998)
        body = f"{yy:02d}{month:02d}{day:02d}{seq:03d}"
        key = 97 - int(("2" if year >= 2000 else "") + body) % 97
        return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{key:02d}", typ
    if typ == "nir":
        dept = rng.choice(("75", "69", "13", "06", "29", "59", "33", "44", "99"))
        body = (f"{2 if female else 1}{year % 100:02d}{month:02d}{dept}"
                f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}")
        key = 97 - int(body) % 97
        d = body + f"{key:02d}"
        if rng.random() < 0.6:
            return f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}", typ
        return d, typ
    if typ == "cf":
        dd = day + (40 if female else 0)
        body = (_cf_code(surname, False) + _cf_code(given, True) + f"{year % 100:02d}"
                + _CF_MONTHS[month - 1] + f"{dd:02d}" + rng.choice(_BELFIORE))
        return body + C.cf_char(body), typ
    return f"{rng.choice('FE')}-{digits(rng, 6)}-{rng.choice(UP)}", "nrt"


def id_ok(typ: str, value: str) -> bool:
    return {
        "pps": C.pps_ok, "tfn": C.tfn_ok, "medicare": C.medicare_ok, "ird": C.ird_ok,
        "nhi": C.nhi_ok, "mu_nic": C.mu_nic_ok, "svnr": C.svnr_ok, "steuer_id": C.steuer_id_ok,
        "ausweis": C.ausweis_ok, "rrn": C.be_rrn_ok, "nir": C.nir_ok, "cf": C.cf_ok,
        "nrt": C.nrt_ok,
    }[typ](value)
