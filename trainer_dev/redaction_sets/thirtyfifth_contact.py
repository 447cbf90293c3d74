"""Thirty-fifth set: phones, e-mails, URLs, IPs and cards, each validated as drawn."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers

from trainer_dev.redaction_sets.thirtyfifth_ids import luhn_digit

REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_BE": "BE", "es_ES": "ES",
          "pt_BR": "BR", "it_IT": "IT", "nl_NL": "NL", "en_ZA": "ZA", "tr_TR": "TR",
          "en_KE": "KE", "es_UY": "UY"}  # fmt: skip
# national significant number prefixes and how many random digits follow
PHONE_PLAN = {
    "US": [
        ("212", 7),
        ("415", 7),
        ("617", 7),
        ("312", 7),
        ("713", 7),
        ("206", 7),
        ("404", 7),
        ("503", 7),
        ("614", 7),
        ("919", 7),
    ],
    "GB": [
        ("7700", 6),
        ("7911", 6),
        ("7828", 6),
        ("207", 7),
        ("161", 7),
        ("113", 7),
        ("117", 7),
        ("131", 7),
        ("2920", 6),
    ],
    "DE": [
        ("151", 8),
        ("160", 8),
        ("170", 8),
        ("176", 8),
        ("30", 8),
        ("89", 8),
        ("40", 8),
        ("221", 7),
        ("69", 8),
    ],
    "BE": [("470", 6), ("475", 6), ("486", 6), ("496", 6), ("2", 7), ("9", 7), ("4", 7), ("81", 6)],
    "ES": [("6", 8), ("7", 8), ("91", 7), ("93", 7), ("96", 7), ("954", 6)],
    "BR": [("119", 8), ("219", 8), ("319", 8), ("113", 7), ("213", 7), ("519", 8), ("613", 7)],
    "IT": [("33", 8), ("34", 8), ("32", 8), ("02", 8), ("06", 8), ("011", 7), ("055", 7)],
    "NL": [("6", 8), ("20", 7), ("10", 7), ("30", 7), ("70", 7), ("50", 7)],
    "ZA": [("82", 7), ("83", 7), ("72", 7), ("71", 7), ("21", 7), ("11", 7), ("31", 7), ("12", 7)],
    "TR": [("53", 8), ("54", 8), ("55", 8), ("212", 7), ("216", 7), ("312", 7), ("232", 7)],
    "KE": [("712", 6), ("722", 6), ("733", 6), ("110", 6), ("20", 7), ("41", 7)],
    "UY": [("99", 6), ("98", 6), ("94", 6), ("91", 6), ("2", 7), ("4", 7)],
}
TRUNK_ZERO = {"GB", "DE", "BE", "NL", "ZA", "TR", "KE"}  # "+44 (0)20 ..." is written there


def phone_valid(value: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and (
        phonenumbers.region_code_for_number(num) == region
    )


def draw_phone(rng, locale: str) -> phonenumbers.PhoneNumber:
    region = REGION[locale]
    cc = phonenumbers.country_code_for_region(region)
    while True:
        head, n = rng.choice(PHONE_PLAN[region])
        first = str(rng.randrange(2, 10))
        nsn = head + first + "".join(str(rng.randrange(10)) for _ in range(n - 1))
        num = phonenumbers.parse(f"+{cc}{nsn}", None)
        if phonenumbers.is_valid_number(num) and (
            phonenumbers.region_code_for_number(num) == region
        ):
            return num


PHONE_FORMS = ["intl", "national", "compact", "dotted", "dashed", "intl_zero"]


def phone_text(num, form: str, region: str) -> str:
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if form == "intl":
        return intl
    if form == "national":
        return nat
    if form == "compact":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if form in ("dotted", "dashed"):
        sep = "." if form == "dotted" else "-"
        groups = re.findall(r"\d+", nat)
        return sep.join(groups)
    if form == "intl_zero":
        if region not in TRUNK_ZERO:
            return intl
        cc, rest = intl.split(" ", 1)
        return f"{cc} (0){rest}"
    raise ValueError(form)


def phone_form(rng, locale: str) -> str:
    region = REGION[locale]
    forms = PHONE_FORMS if region in TRUNK_ZERO else PHONE_FORMS[:-1]
    return rng.choice(forms)


# ---------------------------------------------------------------- e-mail and URL

TLDS = {"com", "org", "net", "health", "care", "clinic", "de", "uk", "be", "es", "br", "it",
        "nl", "za", "tr", "ke", "uy", "us", "io", "eu", "info"}  # fmt: skip
EMAIL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?@(?:[a-z0-9-]+\.)+([a-z]{2,})$")
URL_RE = re.compile(r"^(?:https://)?(?:www\.)?((?:[a-z0-9-]+\.)+)([a-z]{2,})(/[A-Za-z0-9._~/-]*)?$")


def email_ok(v: str) -> bool:
    m = EMAIL_RE.match(v)
    return m is not None and m.group(1) in TLDS


def url_ok(v: str) -> bool:
    m = URL_RE.match(v)
    return m is not None and m.group(2) in TLDS


# ---------------------------------------------------------------- IP addresses

IP_FORMS = ["v4", "v4_private", "v4_port", "v6", "v6_full"]


def draw_ip(rng, form: str) -> tuple[str, str]:
    """(text as written, the address itself for the p: fragment)."""
    if form in ("v4", "v4_port"):
        while True:
            a = ipaddress.IPv4Address(
                f"{rng.choice([31, 62, 81, 91, 145, 151, 176, 185, 195, 212, 213, 41, 196, 102])}"
                f".{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"
            )
            if a.is_global:
                break
        s = str(a)
        return (
            f"{s}:{rng.choice([8443, 3389, 5060, 2222, 8080, 9443])}" if form == "v4_port" else s
        ), s
    if form == "v4_private":
        base = rng.choice(["10.{}.{}.{}", "192.168.{}.{}", "172.{}.{}.{}"])
        parts = [rng.randrange(16, 32)] if base.startswith("172") else []
        n = base.count("{}") - len(parts)
        parts += [rng.randrange(1, 250) for _ in range(n)]
        s = base.format(*parts)
        ipaddress.IPv4Address(s)
        return s, s
    groups = [
        rng.choice(["2a02", "2001", "2a00", "2c0f", "2800", "2a01"]),
        f"{rng.randrange(0x100, 0xFFFF):x}",
        f"{rng.randrange(0x10, 0xFFFF):x}",
        f"{rng.randrange(0, 0xFFF):x}",
        "0",
        "0",
        f"{rng.randrange(1, 0xFFFF):x}",
        f"{rng.randrange(1, 0xFFFF):x}",
    ]
    a = ipaddress.IPv6Address(":".join(groups))
    s = a.exploded if form == "v6_full" else str(a)
    return s, s


# ---------------------------------------------------------------- cards

CARD_FORMS = ["visa_grouped", "visa_dashed", "visa_compact", "mc_grouped", "mc_dashed",
              "mc_compact", "amex"]  # fmt: skip


def draw_card(rng, form: str) -> str:
    if form == "amex":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randrange(10)) for _ in range(12))
        s = body + str(luhn_digit(body))
        return f"{s[:4]} {s[4:10]} {s[10:]}"
    head = "4" if form.startswith("visa") else str(rng.randrange(51, 56))
    body = head + "".join(str(rng.randrange(10)) for _ in range(15 - len(head)))
    s = body + str(luhn_digit(body))
    if form.endswith("compact"):
        return s
    sep = " " if form.endswith("grouped") else "-"
    return sep.join(s[i : i + 4] for i in range(0, 16, 4))
