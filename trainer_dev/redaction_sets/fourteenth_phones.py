"""Mobile phone numbers per locale; `phonenumbers` is used only to validate them."""

from __future__ import annotations

import random

import phonenumbers


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


PHONE_SPEC = {
    "en_US": (
        "US",
        "1",
        ["212", "312", "415", "503", "617", "720", "404", "512", "614", "919", "206", "303"],
        (10,),
        "",
    ),
    "en_CA": (
        "CA",
        "1",
        ["416", "604", "514", "403", "613", "902", "780", "204", "306", "647"],
        (10,),
        "",
    ),
    "en_GB": ("GB", "44", ["74", "75", "77", "78", "79"], (10,), "0"),
    "en_IE": ("IE", "353", ["83", "85", "86", "87", "89"], (9,), "0"),
    "de_DE": (
        "DE",
        "49",
        [
            "151",
            "152",
            "157",
            "160",
            "162",
            "170",
            "171",
            "172",
            "173",
            "175",
            "176",
            "177",
            "178",
            "179",
        ],
        (10, 11),
        "0",
    ),
    "es_ES": ("ES", "34", ["6", "71", "72", "73"], (9,), ""),
    "nl_NL": ("NL", "31", ["61", "62", "63", "64", "65"], (9,), "0"),
    "fr_FR": ("FR", "33", ["6", "73", "75", "76", "77", "78"], (9,), "0"),
    "sv_SE": ("SE", "46", ["70", "72", "73", "76", "79"], (9,), "0"),
    "pl_PL": (
        "PL",
        "48",
        ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"],
        (9,),
        "",
    ),
    "fi_FI": ("FI", "358", ["40", "41", "44", "45", "46", "50"], (9,), "0"),
    "tr_TR": (
        "TR",
        "90",
        ["530", "532", "533", "535", "536", "541", "542", "544", "505", "506", "551", "553"],
        (10,),
        "0",
    ),
}


def phone_valid(cc: str, nsn: str, region: str) -> bool:
    try:
        n = phonenumbers.parse("+" + cc + nsn, None)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number_for_region(n, region):
        return False
    t = phonenumbers.number_type(n)
    return t in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def make_nsn(rng: random.Random, locale: str) -> str:
    region, cc, prefixes, lengths, _ = PHONE_SPEC[locale]
    for _ in range(200):
        p = rng.choice(prefixes)
        n = rng.choice(lengths)
        if region in ("US", "CA"):
            nsn = p + rng.choice("23456789") + _digits(rng, 6)
            if nsn[3:6] == "555" or nsn[4:6] == "11":
                continue
        else:
            nsn = p + _digits(rng, n - len(p))
        if phone_valid(cc, nsn, region):
            return nsn
    raise RuntimeError(f"no valid phone for {locale}")


def _grp(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def format_phone(rng: random.Random, locale: str, nsn: str, intl: bool) -> str:
    """Customary national or international (+cc) written form."""
    region, cc, _, _, trunk = PHONE_SPEC[locale]
    if region in ("US", "CA"):
        if intl:
            return f"+1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        return rng.choice(
            [
                f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}",
                f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
            ]
        )
    body = {
        "GB": [4, 6],
        "IE": [2, 3, 4],
        "DE": [3],
        "ES": [3, 2, 2, 2],
        "NL": [1, 8],
        "FR": [1, 2, 2, 2, 2],
        "SE": [2, 3, 2, 2],
        "PL": [3, 3, 3],
        "FI": [2, 3, 4],
        "TR": [3, 3, 2, 2],
    }[region]
    if intl:
        return f"+{cc} " + _grp(nsn, body)
    nat = trunk + nsn
    if region == "DE":
        return rng.choice([_grp(nat, [4]), _grp(nat, [4], "/"), _grp(nat, [4], "-")])
    if region == "SE":
        return f"{nat[:3]}-{_grp(nat[3:], [3, 2, 2])}"
    if region == "NL":
        return rng.choice([f"06-{nsn[1:]}", f"06 {nsn[1:]}", f"06 {_grp(nsn[1:], [2, 2, 2, 2])}"])
    if region == "FR":
        return _grp(nat, [2, 2, 2, 2, 2], rng.choice([" ", ".", ""]))
    sizes = {
        "GB": [5, 6],
        "IE": [3, 3, 4],
        "ES": [3, 2, 2, 2],
        "PL": [3, 3, 3],
        "FI": [3, 3, 4],
        "TR": [4, 3, 2, 2],
    }[region]
    return _grp(nat, sizes)
