"""Sixteenth set: phone numbers in the layouts people write, validated with `phonenumbers`."""

from __future__ import annotations

import random

import phonenumbers

from .sixteenth_ids import ARABIC_INDIC, ENDASH, FULLWIDTH, NBSP, _digits

PHONE_PLANS = {
    "en_US": ("US", "1", lambda r: r.choice(["212", "415", "512", "312", "206", "617", "713",
                                             "404", "305", "646", "732", "248"])
              + r.choice("23456789") + _digits(r, 6)),
    "en_GB": ("GB", "44", lambda r: r.choice(["77", "79", "74", "75", "78"]) + _digits(r, 8)
              if r.random() < 0.7 else r.choice(["2079", "2083", "1614", "1214", "1132"])
              + _digits(r, 6)),
    "en_IN": ("IN", "91", lambda r: r.choice("6789") + _digits(r, 9)),
    "en_ZA": ("ZA", "27", lambda r: r.choice(["82", "83", "71", "72", "73", "76", "84", "11",
                                             "21", "31"]) + _digits(r, 7)),
    "sv_SE": ("SE", "46", lambda r: r.choice(["70", "72", "73", "76", "8"]) + _digits(r, 7)),
    "fi_FI": ("FI", "358", lambda r: r.choice(["40", "44", "45", "50"]) + _digits(r, 7)),
    "es_MX": ("MX", "52", lambda r: r.choice(["55", "33", "81", "222", "442"]) + _digits(r, 8)),
    "pt_BR": ("BR", "55", lambda r: r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
              + "9" + r.choice("6789") + _digits(r, 7)),
    "en_SG": ("SG", "65", lambda r: r.choice("89") + _digits(r, 7)),
    "ms_MY": ("MY", "60", lambda r: r.choice(["12", "13", "16", "17", "19", "11"])
              + _digits(r, 7)),
    "en_PK": ("PK", "92", lambda r: "3" + r.choice(["00", "01", "21", "33", "45", "12"])
              + _digits(r, 7)),
    "es_AR": ("AR", "54", lambda r: r.choice(["11", "351", "341", "261"]) + _digits(r, 8)),
}


def _split(nsn: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(nsn[i:i + s])
        i += s
    if i < len(nsn):
        out[-1] += nsn[i:]
    return [p for p in out if p]


def _layout(locale: str, nsn: str) -> list[str]:
    if locale == "en_US":
        return [nsn[:3], nsn[3:6], nsn[6:]]
    if locale == "sv_SE" and nsn.startswith("8"):
        return _split(nsn, [1, 3, 2, 2])
    if locale in ("en_GB", "sv_SE", "fi_FI"):
        return _split(nsn, [2, 3, 2, 2] if locale != "en_GB" else [4, 6])
    if locale == "en_IN":
        return [nsn[:5], nsn[5:]]
    if locale == "es_AR":
        a = 2 if nsn.startswith("11") else 3
        return [nsn[:a], nsn[a:-4], nsn[-4:]]
    if locale == "es_MX":
        a = 2 if nsn[:2] in ("55", "33", "81") else 3
        return [nsn[:a], nsn[a:-4], nsn[-4:]]
    if locale == "pt_BR":
        return [nsn[:2], nsn[2:7], nsn[7:]]
    if locale == "en_SG":
        return [nsn[:4], nsn[4:]]
    if locale == "en_PK":
        return [nsn[:3], nsn[3:]]
    return [nsn[:2], nsn[2:5], nsn[5:]]


def valid_phone(value: str, region: str) -> bool:
    folded = "".join(str(int(c)) if c.isdecimal() else c for c in value)
    folded = folded.replace(ENDASH, "-").replace("\u2014", "-")
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(folded, region))
    except phonenumbers.NumberParseException:
        return False


PHONE_FORMS = ["national", "national", "intl", "intl", "intl_compact", "dots", "dashes",
               "parens", "endash", "nbsp", "fullwidth", "arabic_indic"]


def make_phone(rng: random.Random, locale: str) -> tuple[str, str]:
    region, cc, gen = PHONE_PLANS[locale]
    while True:
        nsn = gen(rng)
        if phonenumbers.is_valid_number(phonenumbers.parse(f"+{cc}{nsn}", region)):
            break
    parts = _layout(locale, nsn)
    trunk = {"en_US": "", "en_SG": "", "es_MX": "", "pt_BR": "0", "es_AR": "0"}.get(locale, "0")
    form = rng.choice(PHONE_FORMS)
    if form == "arabic_indic" and locale not in ("en_PK", "en_IN", "ms_MY", "en_GB", "sv_SE"):
        form = "intl"
    mob9 = "9 " if locale == "es_AR" else ""
    if form == "national":
        if locale == "en_US":
            v = f"({parts[0]}) {parts[1]}-{parts[2]}"
        elif locale == "pt_BR":
            v = f"({parts[0]}) {parts[1]}-{parts[2]}"
        elif locale == "es_AR":
            v = f"{trunk}{parts[0]} 15-{parts[1]}-{parts[2]}"
        else:
            v = trunk + " ".join(parts)
    elif form == "intl":
        v = f"+{cc} {mob9}" + " ".join(parts)
    elif form == "intl_compact":
        v = f"+{cc}{'9' if locale == 'es_AR' else ''}{nsn}"
    elif form == "dots":
        v = f"+{cc}." + ".".join(parts) if locale != "es_AR" else trunk + ".".join(parts)
    elif form == "dashes":
        v = f"{trunk}" + "-".join(parts) if locale != "es_AR" else f"+54-9-{'-'.join(parts)}"
    elif form == "parens":
        v = f"+{cc} ({parts[0]}) " + " ".join(parts[1:]) if locale != "es_AR" else (
            f"+54 9 ({parts[0]}) " + "-".join(parts[1:]))
    elif form == "endash":
        v = f"+{cc} {mob9}" + ENDASH.join(parts)
    elif form == "nbsp":
        v = f"+{cc}{NBSP}{mob9}" + NBSP.join(parts)
    elif form == "fullwidth":
        v = (f"+{cc} {mob9}" + " ".join(parts)).translate(FULLWIDTH)
    else:
        v = (f"+{cc} {mob9}" + " ".join(parts)).translate(ARABIC_INDIC)
    if not valid_phone(v, region):
        v, form = f"+{cc} {mob9}" + " ".join(parts), "intl"
    return v, form


def phone_region(locale: str) -> str:
    return PHONE_PLANS[locale][0]
