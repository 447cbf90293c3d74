"""Phones, IPs, e-mails, URLs and the id table of the thirty-seventh set."""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata

import phonenumbers

from . import thirtyseventh_ids as ids
from .thirtyseventh_places import DELEGATED_TLDS, PLATFORMS, PROVIDERS, WEB_TLD, WEB_WORD

REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "de_AT": "AT",
    "fr_FR": "FR",
    "es_MX": "MX",
    "it_IT": "IT",
    "nl_BE": "BE",
    "pl_PL": "PL",
    "en_KE": "KE",
    "bs_BA": "BA",
    "fr_HT": "HT",
    "es_NI": "NI",
}

# national-number prefixes and total national length (without trunk 0), from each number plan
PHONE_PLAN = {
    "US": [
        ("212", 10),
        ("312", 10),
        ("415", 10),
        ("617", 10),
        ("503", 10),
        ("720", 10),
        ("404", 10),
        ("512", 10),
        ("206", 10),
        ("305", 10),
    ],
    "GB": [
        ("74", 10),
        ("75", 10),
        ("77", 10),
        ("78", 10),
        ("79", 10),
        ("207", 10),
        ("203", 10),
        ("161", 10),
        ("131", 10),
        ("113", 10),
    ],
    "AT": [
        ("664", 10),
        ("676", 10),
        ("650", 10),
        ("699", 11),
        ("660", 10),
        ("1", 8),
        ("316", 9),
        ("732", 10),
        ("662", 9),
    ],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("4", 9), ("5", 9), ("2", 9)],
    "MX": [("55", 10), ("33", 10), ("81", 10), ("222", 10), ("999", 10), ("442", 10)],
    "IT": [("320", 10), ("333", 10), ("347", 10), ("339", 10), ("06", 10), ("02", 10), ("081", 10)],
    "BE": [("47", 9), ("48", 9), ("49", 9), ("2", 8), ("3", 8), ("9", 8)],
    "PL": [("50", 9), ("60", 9), ("69", 9), ("72", 9), ("79", 9), ("88", 9), ("22", 9), ("12", 9)],
    "KE": [("70", 9), ("71", 9), ("72", 9), ("74", 9), ("79", 9), ("11", 9), ("20", 9)],
    "BA": [("61", 8), ("62", 8), ("63", 8), ("33", 8), ("35", 8), ("36", 8)],
    "HT": [("3", 8), ("4", 8), ("22", 8), ("28", 8)],
    "NI": [("8", 8), ("7", 8), ("22", 8), ("5", 8)],
}
TRUNK_ZERO = {"GB", "AT", "FR", "BE", "KE", "BA"}


def phone(rng: random.Random, locale: str) -> tuple[str, str]:
    """(written phone, form); drawn from the plan, kept only when phonenumbers says valid."""
    region = REGION[locale]
    while True:
        pre, length = rng.choice(PHONE_PLAN[region])
        nat = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if region == "US" and (nat[3] in "01" or nat[3:6] == "555" or nat[4:6] == "11"):
            continue
        try:
            num = phonenumbers.parse(nat if region == "IT" else nat, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.region_code_for_number(num) != region:
            continue
        break
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    national = phonenumbers.format_number(num, fmt.NATIONAL)
    forms = ["intl", "national", "e164", "dotted", "dashed"]
    if region in TRUNK_ZERO:
        forms.append("intl_zero")
    form = rng.choice(forms)
    if form == "intl":
        return intl, form
    if form == "national":
        return national, form
    if form == "e164":
        return phonenumbers.format_number(num, fmt.E164), form
    if form == "intl_zero":
        cc, rest = intl.split(" ", 1)
        return f"{cc} (0){rest}", form
    plain = re.sub(r"[()]", "", national).strip()
    parts = re.split(r"[\s\-]+", plain)
    return (".".join(parts) if form == "dotted" else "-".join(parts)), form


def phone_ok(text: str, locale: str) -> bool:
    region = REGION[locale]
    clean = text.replace("(0)", "")
    try:
        num = phonenumbers.parse(clean, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region


# ---------------------------------------------------------------- IPs
def ip(rng: random.Random) -> tuple[str, str, str]:
    """(written value, form, the IP as scored)."""
    form = rng.choice(["v4", "v4", "v4_private", "v4_port", "v6", "v6_full"])
    if form in ("v4", "v4_port"):
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDFFFFFFF))
            if a.is_global and not a.is_multicast:
                break
        s = str(a)
        if form == "v4_port":
            return f"{s}:{rng.choice([8080, 8443, 3389, 2222, 9000, 5060])}", form, s
        return s, form, s
    if form == "v4_private":
        net = rng.choice(["10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12"])
        n = ipaddress.IPv4Network(net)
        a = n[rng.randint(2, n.num_addresses - 3)]
        return str(a), form, str(a)
    while True:
        a6 = ipaddress.IPv6Address(
            (rng.choice([0x2A02, 0x2A01, 0x2001, 0x2C0F, 0x2800, 0x2605]) << 112)
            | (rng.getrandbits(48) << 64)
            | rng.getrandbits(16)
        )
        if a6.is_global:
            break
    s = a6.compressed if form == "v6" else a6.exploded
    return s, form, s


def ip_ok(text: str) -> bool:
    try:
        a = ipaddress.ip_address(text)
    except ValueError:
        return False
    return a.is_global or a.is_private


# ---------------------------------------------------------------- e-mail and URL
def ascii_fold(text: str) -> str:
    t = text.translate(str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"}))
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c))


def _slugname(name: str) -> list[str]:
    return [
        re.sub(r"[^a-z]", "", w)
        for w in ascii_fold(name).lower().replace("-", " ").split()
        if re.sub(r"[^a-z]", "", w)
    ]


def email(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str, str]:
    """(address, form, local part)."""
    g, s = _slugname(given), _slugname(surname)
    gj, sj = "".join(g), "".join(s)
    local = rng.choice(
        [
            f"{gj}.{sj}",
            f"{gj[0]}{sj}",
            f"{sj}.{gj}{rng.randint(60, 99)}",
            f"{gj}_{sj[:3]}",
            f"{gj}{sj}{rng.randint(1, 9)}",
            f"{sj}{gj[0]}",
        ]
    )
    addr = f"{local}@{rng.choice(PROVIDERS[locale])}"
    form = rng.choice(["plain", "plain", "angle", "mailto", "upper"])
    if form == "upper":
        addr = addr.upper()
        local = local.upper()
    return addr, form, local


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+([A-Za-z]{2,})")


def email_ok(text: str) -> bool:
    m = EMAIL_RE.fullmatch(text)
    return m is not None and m.group(2).lower() in DELEGATED_TLDS


def url(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str, str]:
    """(written URL, form, scored host or slug)."""
    g, s = "".join(_slugname(given)), "-".join(_slugname(surname))
    form = rng.choice(["https_host", "https_slug", "www", "bare", "http_path"])
    if form == "https_slug":
        slug = f"{g}-{s}"
        plat = rng.choice(PLATFORMS)
        if plat == "github.io":
            return f"https://{slug}.github.io", form, slug
        return f"https://{plat}/{slug}", form, slug
    word = rng.choice(WEB_WORD[locale])
    host = (
        f"{word}-{s}.{WEB_TLD[locale]}" if rng.random() < 0.6 else f"{s}-{word}.{WEB_TLD[locale]}"
    )
    if form == "https_host":
        return f"https://{host}", form, host
    if form == "www":
        return f"www.{host}", form, host
    if form == "bare":
        return host, form, host
    return (
        f"http://www.{host}/{rng.choice(WEB_PATHS[locale[:2]])}",
        form,
        host,
    )


WEB_PATHS = {
    "en": ["contact", "appointments", "about"],
    "de": ["kontakt", "termine", "impressum"],
    "fr": ["contact", "rendez-vous", "cabinet"],
    "es": ["contacto", "citas", "servicios"],
    "it": ["contatti", "appuntamenti", "studio"],
    "nl": ["contact", "afspraak", "over-ons"],
    "pl": ["kontakt", "wizyty", "o-nas"],
    "bs": ["kontakt", "termini", "usluge"],
}
URL_RE = re.compile(r"(https?://)?(www\.)?([a-z0-9-]+\.)+([a-z]{2,})(/[A-Za-z0-9/_-]*)?")


def url_ok(text: str) -> bool:
    m = URL_RE.fullmatch(text)
    return m is not None and m.group(4) in DELEGATED_TLDS


# ---------------------------------------------------------------- ids by locale
# locale -> [(id type, label by cue, generator(rng, given, surname, gender), checker)]
def _g(fn):
    return lambda rng, given, surname, gender: fn(rng)


ID_TYPES = {
    "en_US": [("ssn", "SSN", _g(ids.ssn), ids.ssn_ok), ("itin", "ITIN", _g(ids.itin), ids.itin_ok)],
    "en_GB": [
        ("nino", "National Insurance number", _g(ids.nino), ids.nino_ok),
        ("nhs", "NHS number", _g(ids.nhs), ids.nhs_ok),
    ],
    "de_AT": [
        ("svnr", "SV-Nummer", _g(ids.svnr), ids.svnr_ok),
        ("steuernr", "Steuernummer", _g(ids.at_steuernr), ids.at_steuernr_ok),
    ],
    "fr_FR": [
        ("nir", "numéro de sécurité sociale", _g(ids.nir), ids.nir_ok),
        ("spi", "numéro fiscal", _g(ids.spi), ids.spi_ok),
    ],
    "es_MX": [
        ("curp", "CURP", lambda r, g, s, x: ids.curp(r, x), ids.curp_ok),
        ("nss", "NSS del IMSS", _g(ids.nss_mx), ids.nss_mx_ok),
    ],
    "it_IT": [
        ("cf", "codice fiscale", lambda r, g, s, x: ids.codice_fiscale(r, g, s, x), ids.cf_ok),
        ("cie", "numero della carta d'identità", _g(ids.cie), ids.cie_ok),
    ],
    "nl_BE": [
        ("rrn", "rijksregisternummer", _g(ids.rrn), ids.rrn_ok),
        ("eid", "kaartnummer van de eID", _g(ids.be_eid), ids.be_eid_ok),
    ],
    "pl_PL": [
        ("pesel", "PESEL", lambda r, g, s, x: ids.pesel(r, x), ids.pesel_ok),
        ("dowod", "numer dowodu osobistego", _g(ids.dowod), ids.dowod_ok),
    ],
    "en_KE": [
        ("ke_id", "ID number", _g(ids.ke_id), ids.ke_id_ok),
        ("kra_pin", "KRA PIN", _g(ids.kra_pin), ids.kra_ok),
    ],
    "bs_BA": [("jmbg", "JMBG", lambda r, g, s, x: ids.jmbg(r, x), ids.jmbg_ok)],
    "fr_HT": [
        ("nif", "NIF", _g(ids.ht_nif), ids.ht_nif_ok),
        ("cin", "numéro de CIN", _g(ids.ht_cin), ids.ht_cin_ok),
    ],
    "es_NI": [
        ("cedula", "cédula", _g(ids.ni_cedula), ids.ni_cedula_ok),
        ("inss", "número INSS", _g(ids.ni_inss), ids.ni_inss_ok),
    ],
}
IBAN_COUNTRY = {
    "en_GB": "GB",
    "de_AT": "AT",
    "fr_FR": "FR",
    "it_IT": "IT",
    "nl_BE": "BE",
    "pl_PL": "PL",
    "bs_BA": "BA",
}
