"""Thirty-sixth set: phones (kept only when phonenumbers says valid), e-mails, URLs and IPs."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as F

REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES",
          "pt_BR": "BR", "en_IN": "IN", "pt_PT": "PT", "vi_VN": "VN", "es_VE": "VE",
          "en_ZW": "ZW", "fr_DZ": "DZ"}
TRUNK = {"GB", "DE", "FR", "IN", "VN", "VE", "ZW", "DZ"}

# national significant number drafts: (prefix choices, digits to add)
_PLANS = {
    "US": [(["212", "312", "415", "617", "713", "404", "206", "303", "512", "614", "919",
             "608", "520", "734", "208", "912"], 7)],
    "GB": [(["7700", "7711", "7723", "7745", "7766", "7788", "7812", "7834", "7901", "7956"], 6),
           (["20 7", "20 8", "113 4", "161 4", "117 9", "131 5"], 6)],
    "DE": [(["151", "152", "160", "162", "170", "171", "172", "176", "177", "179"], 7),
           (["30", "89", "40", "221"], 7)],
    "FR": [(["6", "7"], 8), (["1", "2", "3", "4", "5"], 8)],
    "ES": [(["6", "71", "72", "73"], 8), (["91", "93", "95", "96"], 7)],
    "BR": [(["119", "219", "319", "419", "519", "619", "719", "819", "859"], 8),
           (["113", "213", "313", "413"], 7)],
    "IN": [(["98", "97", "99", "91", "88", "87", "79", "70", "63", "62"], 8),
           (["1123", "2226", "8025", "4428"], 6)],
    "PT": [(["91", "92", "93", "96"], 7), (["21", "22", "239"], 7)],
    "VN": [(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "38", "70",
             "77", "79", "83", "85", "88"], 7), (["24", "28"], 8)],
    "VE": [(["412", "414", "416", "424", "426"], 7), (["212", "241", "261", "251"], 7)],
    "ZW": [(["77", "78", "71", "73"], 7), (["242"], 6)],
    "DZ": [(["55", "56", "66", "69", "77", "79", "540", "661"], 7), (["21", "23"], 6)],
}


def _nsn(rng, region: str) -> str:
    prefixes, n = rng.choice(_PLANS[region])
    return rng.choice(prefixes).replace(" ", "") + "".join(rng.choice("0123456789")
                                                           for _ in range(n))


def phone_valid(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


def phone(rng, locale: str, form: str) -> str:
    """A valid number of the locale's region in one written form."""
    region = REGION[locale]
    cc = phonenumbers.country_code_for_region(region)
    while True:
        num = phonenumbers.parse("+" + str(cc) + _nsn(rng, region))
        if not phonenumbers.is_valid_number(num) or \
                phonenumbers.region_code_for_number(num) != region:
            continue
        intl = phonenumbers.format_number(num, F.INTERNATIONAL)
        nat = phonenumbers.format_number(num, F.NATIONAL)
        groups = re.split(r"[ -]", intl)[1:]
        trunk = "0" if region in TRUNK else ""
        if form == "intl":
            value = intl
        elif form == "national":
            value = nat
        elif form == "compact":
            value = phonenumbers.format_number(num, F.E164)
        elif form == "dotted":
            value = trunk + ".".join(groups)
        elif form == "dashed":
            value = trunk + "-".join(groups)
        else:  # intl_zero
            value = f"+{cc} (0){' '.join(groups)}"
        if phone_valid(value, region):
            return value


def phone_forms(locale: str) -> list[str]:
    forms = ["intl", "national", "compact", "dotted", "dashed"]
    if REGION[locale] in TRUNK:
        forms.append("intl_zero")
    return forms


DELEGATED_TLDS = ("com", "org", "net", "edu", "uk", "de", "fr", "es", "br", "in", "pt", "vn",
                  "ve", "zw", "dz", "io", "info", "eu", "school", "academy", "education",
                  "college", "university", "me", "online")
_EMAIL = re.compile(r"[a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?@(?:[a-z0-9-]+\.)+([a-z]{2,})")
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})")


def email_ok(value: str) -> bool:
    m = _EMAIL.fullmatch(value)
    return bool(m) and m.group(1) in DELEGATED_TLDS


def host_ok(host: str) -> bool:
    m = _HOST.fullmatch(host)
    return bool(m) and m.group(1) in DELEGATED_TLDS


def url_ok(value: str) -> bool:
    v = re.sub(r"^https?://", "", value)
    host = v.split("/")[0]
    return host_ok(host)


def ip_value(rng, form: str) -> tuple[str, str]:
    """(written value, address for the p: fragment)."""
    if form == "v4_private":
        a = rng.choice([ipaddress.IPv4Address(f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
                                              f"{rng.randint(2, 254)}"),
                        ipaddress.IPv4Address(f"192.168.{rng.randint(0, 255)}."
                                              f"{rng.randint(2, 254)}"),
                        ipaddress.IPv4Address(f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}."
                                              f"{rng.randint(2, 254)}")])
        assert a.is_private
        return str(a), str(a)
    if form in ("v4", "v4_port"):
        while True:
            a = ipaddress.IPv4Address(f"{rng.randint(11, 223)}.{rng.randint(0, 255)}."
                                      f"{rng.randint(0, 255)}.{rng.randint(2, 254)}")
            if a.is_global:
                break
        if form == "v4_port":
            return f"{a}:{rng.choice([8080, 8443, 3389, 2222, 5432, 993, 587])}", str(a)
        return str(a), str(a)
    while True:
        head = rng.choice(["2001:4860", "2a00:1450", "2a02:810", "2604:a880", "2405:4800",
                           "2c0f:f248", "2800:3f0", "2a01:cb00"])
        tail = [f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 3, 4]))]
        a = ipaddress.IPv6Address(head + "::" + ":".join(tail))
        if a.is_global:
            break
    s = a.exploded if form == "v6_full" else str(a)
    return s, s


def ip_ok(value: str) -> bool:
    v = value
    if re.fullmatch(r"[\d.]+:\d+", v):
        v = v.split(":")[0]
    try:
        ipaddress.ip_address(v)
    except ValueError:
        return False
    return True
