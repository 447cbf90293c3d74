"""Phone numbers in the forms people type, per locale; validity is checked with phonenumbers."""

from __future__ import annotations

import random

import phonenumbers

from .twentyfifth_ids import digits

REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES",
          "it_IT": "IT", "lt_LT": "LT", "lv_LV": "LV", "et_EE": "EE", "is_IS": "IS",
          "en_JM": "JM", "es_CR": "CR"}
CC = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "LT": "370",
      "LV": "371", "EE": "372", "IS": "354", "JM": "1", "CR": "506"}


def _nanp(rng: random.Random, areas: list[str]) -> tuple[str, str]:
    area = rng.choice(areas)
    exch = str(rng.randint(2, 9)) + digits(rng, 2)
    while exch[1:] == "11" or exch == "555":
        exch = str(rng.randint(2, 9)) + digits(rng, 2)
    line = digits(rng, 4)
    form = rng.choice(["paren", "dash", "dot", "intl", "intl_dash"])
    if form == "paren":
        return f"({area}) {exch}-{line}", "national"
    if form == "dash":
        return f"{area}-{exch}-{line}", "national"
    if form == "dot":
        return f"{area}.{exch}.{line}", "dotted"
    if form == "intl":
        return f"+1 {area} {exch} {line}", "international"
    return f"+1-{area}-{exch}-{line}", "international"


def _raw(rng: random.Random, region: str) -> tuple[str, str]:
    """(national significant number, mobile or landline)."""
    if region == "GB":
        if rng.random() < 0.6:
            return "7" + rng.choice("4578") + digits(rng, 8), "mobile"
        return rng.choice(["20" + rng.choice("378") + digits(rng, 7),
                           "161" + rng.choice("2489") + digits(rng, 6),
                           "113" + rng.choice("2469") + digits(rng, 6),
                           "131" + rng.choice("2456") + digits(rng, 6)]), "landline"
    if region == "DE":
        if rng.random() < 0.6:
            return rng.choice(["151", "160", "170", "171", "176", "157"]) + digits(rng, 8), \
                "mobile"
        return rng.choice(["30", "40", "89", "221", "69"]) + str(rng.randint(2, 9)) \
            + digits(rng, 6), "landline"
    if region == "FR":
        if rng.random() < 0.6:
            return rng.choice("67") + digits(rng, 8), "mobile"
        return rng.choice("12345") + digits(rng, 8), "landline"
    if region == "ES":
        if rng.random() < 0.6:
            return rng.choice("67") + digits(rng, 8), "mobile"
        return rng.choice(["91", "93", "96", "95", "94"]) + digits(rng, 7), "landline"
    if region == "IT":
        if rng.random() < 0.6:
            return "3" + rng.choice(["20", "28", "33", "35", "39", "40", "47", "49"]) \
                + digits(rng, 7), "mobile"
        return rng.choice(["06", "02", "011", "051", "055"]) + digits(rng, 7), "landline"
    if region == "LT":
        if rng.random() < 0.7:
            return "6" + digits(rng, 7), "mobile"
        return "5" + rng.choice("2"), "landline"  # completed below
    if region == "LV":
        return "2" + rng.choice("0123456789") + digits(rng, 6), "mobile"
    if region == "EE":
        if rng.random() < 0.7:
            return "5" + digits(rng, 7), "mobile"
        return "6" + digits(rng, 6), "landline"
    if region == "IS":
        return rng.choice("678") + digits(rng, 6), "mobile"
    if region == "CR":
        if rng.random() < 0.7:
            return rng.choice("678") + digits(rng, 7), "mobile"
        return "2" + rng.choice("2245") + digits(rng, 6), "landline"
    raise ValueError(region)


def _fmt(rng: random.Random, region: str, nsn: str) -> tuple[str, str]:
    cc = CC[region]
    intl = rng.random() < 0.4
    if region == "GB":
        nat = "0" + nsn
        if nsn.startswith("7"):
            parts = [nat[:5], nat[5:]]
            ip = [nsn[:4], nsn[4:]]
        elif nsn.startswith("20"):
            parts = [nat[:3], nat[3:7], nat[7:]]
            ip = [nsn[:2], nsn[2:6], nsn[6:]]
        else:
            parts = [nat[:4], nat[4:7], nat[7:]]
            ip = [nsn[:3], nsn[3:6], nsn[6:]]
    elif region == "DE":
        cut = 3 if nsn[0] == "1" or len(nsn) > 9 and nsn[:3] in ("221",) else 2
        nat = "0" + nsn
        parts = [nat[: cut + 1], nat[cut + 1 :]]
        ip = [nsn[:cut], nsn[cut:]]
    elif region == "FR":
        nat = "0" + nsn
        parts = [nat[i : i + 2] for i in range(0, 10, 2)]
        ip = [nsn[0]] + [nsn[i : i + 2] for i in range(1, 9, 2)]
        if not intl and rng.random() < 0.3:
            return ".".join(parts), "dotted"
    elif region == "ES":
        parts = [nsn[:3], nsn[3:6], nsn[6:]]
        ip = parts
    elif region == "IT":
        if nsn.startswith("3"):
            parts = [nsn[:3], nsn[3:6], nsn[6:]]
        else:
            cut = 2 if nsn[:2] in ("06", "02") else 3
            parts = [nsn[:cut], nsn[cut:]]
        ip = parts
    elif region == "LT":
        if nsn.startswith("6"):
            parts, ip = ["8", nsn[:3], nsn[3:]], [nsn[:3], nsn[3:]]
        else:
            parts, ip = ["8", nsn[:1], nsn[1:4], nsn[4:]], [nsn[:1], nsn[1:4], nsn[4:]]
    elif region in ("LV", "EE", "CR"):
        if len(nsn) == 8:
            parts = [nsn[:4], nsn[4:]] if region != "LV" else [nsn[:2], nsn[2:5], nsn[5:]]
        else:
            parts = [nsn[:3], nsn[3:]]
        ip = parts
        if region == "CR" and not intl:
            return "-".join(parts), "dashed"
    elif region == "IS":
        parts = [nsn[:3], nsn[3:]]
        ip = parts
        if not intl and rng.random() < 0.3:
            return nsn, "compact"
    else:
        raise ValueError(region)
    if intl:
        if rng.random() < 0.25:
            return f"+{cc}{nsn}", "e164"
        return f"+{cc} " + " ".join(ip), "international"
    if rng.random() < 0.15:
        return "".join(parts), "compact"
    return " ".join(parts), "national"


def phone(rng: random.Random, locale: str) -> tuple[str, str]:
    """(number as written, written form); always a valid number for the locale's region."""
    region = REGION[locale]
    for _ in range(200):
        if region == "US":
            text, form = _nanp(rng, ["212", "312", "415", "617", "206", "512", "303", "404",
                                     "713", "646", "503", "612"])
        elif region == "JM":
            text, form = _nanp(rng, ["876", "876", "658"])
        else:
            nsn, _ = _raw(rng, region)
            if region == "LT" and nsn.startswith("5"):
                nsn = "5" + rng.choice("2") + digits(rng, 6)
            text, form = _fmt(rng, region, nsn)
        if "7700 900" in text or "7700900" in text:
            continue
        try:
            if phone_ok(text, locale):
                return text, form
        except phonenumbers.NumberParseException:
            continue
    raise AssertionError(f"no valid phone for {locale}")


def phone_ok(text: str, locale: str) -> bool:
    num = phonenumbers.parse(text, REGION[locale])
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) \
        == REGION[locale]
