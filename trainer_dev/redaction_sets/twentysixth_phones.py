"""Phone numbers of the twenty-sixth set, in the forms people really type per
country; every generated number is validated with `phonenumbers` for its region.
"""

from __future__ import annotations

import random

import phonenumbers

from trainer_dev.redaction_sets import twentysixth_checks as ck
from trainer_dev.redaction_sets.twentysixth_values import NBSP, REGION, _group, _r, dwin


def _national(rng: random.Random, loc: str) -> tuple[str, str, str]:
    """(country code, national significant number, national trunk prefix)."""
    c = rng.choice
    if loc == "en_US":
        return (
            "1",
            c(["415", "312", "617", "206", "512", "303", "404", "646", "720", "614"])
            + c("23456789")
            + _r(rng, 6),
            "",
        )
    if loc == "en_IN":
        return "91", c(["98", "97", "99", "88", "70", "63", "81"]) + _r(rng, 8), "0"
    if loc == "de_DE":
        return (
            "49",
            c(
                [
                    c(["151", "152", "157", "160", "176", "179"]) + _r(rng, 8),
                    "30" + c("2345689") + _r(rng, 7),
                    "40" + c("2345689") + _r(rng, 7),
                ]
            ),
            "0",
        )
    if loc == "fr_FR":
        return "33", c("6671234") + _r(rng, 8), "0"
    if loc == "pt_BR":
        return (
            "55",
            c(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            + "9"
            + c("6789")
            + _r(rng, 7),
            "0",
        )
    if loc == "nl_NL":
        return (
            "31",
            c(
                [
                    "6" + c("1234") + _r(rng, 7),
                    "20" + c("3456789") + _r(rng, 6),
                    "30" + c("2356") + _r(rng, 6),
                ]
            ),
            "0",
        )
    if loc == "en_GH":
        return "233", c(["20", "24", "26", "27", "50", "54", "55", "59", "53"]) + _r(rng, 7), "0"
    if loc == "fr_LU":
        return (
            "352",
            c([c(["621", "628", "661", "671", "691"]) + _r(rng, 6), "2" + c("4678") + _r(rng, 6)]),
            "",
        )
    if loc == "es_EC":
        return (
            "593",
            c(
                [
                    "9" + c("6789") + _r(rng, 7),
                    "2" + c("2345") + _r(rng, 6),
                    "4" + c("2356") + _r(rng, 6),
                ]
            ),
            "0",
        )
    if loc == "fr_SN":
        return "221", c(["77", "78", "76", "70", "75"]) + _r(rng, 7), ""
    if loc == "en_UG":
        return "256", c(["772", "782", "701", "752", "756", "776", "704", "392"]) + _r(rng, 6), "0"
    return "595", c(["981", "982", "983", "971", "972", "991", "994", "961"]) + _r(rng, 6), "0"


def make_phone(rng: random.Random, loc: str) -> tuple[str, list[str], str]:
    for _ in range(50):
        v, frag, form = _make_phone(rng, loc)
        try:
            num = phonenumbers.parse(phone_e164(v, loc))
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.region_code_for_number(num) == REGION[loc]
        ):
            return v, frag, form
    raise RuntimeError(loc)


def _make_phone(rng: random.Random, loc: str) -> tuple[str, list[str], str]:
    cc, nsn, trunk = _national(rng, loc)
    n = len(nsn)
    if loc == "en_US":
        forms = {
            "parens": f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}",
            "dashed": f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            "intl": f"+1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            "dotted": f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
            "e164": f"+1{nsn}",
        }
    elif loc == "fr_FR" or loc == "fr_SN":
        g = [2, 3, 2, 2] if loc == "fr_SN" else [1, 2, 2, 2, 2]
        nat = ("0" + nsn) if loc == "fr_FR" else nsn
        forms = {
            "national_pairs": _group(nat, [2, 2, 2, 2, 2] if loc == "fr_FR" else g),
            "intl": f"+{cc} " + _group(nsn, g),
            "nbsp": _group(nat, [2, 2, 2, 2, 2] if loc == "fr_FR" else g, NBSP),
            "e164": f"+{cc}{nsn}",
            "dotted": _group(nat, [2, 2, 2, 2, 2] if loc == "fr_FR" else g, "."),
        }
    elif loc == "pt_BR":
        forms = {
            "ddd_parens": f"({nsn[:2]}) {nsn[2:7]}-{nsn[7:]}",
            "intl": f"+55 {nsn[:2]} {nsn[2:7]}-{nsn[7:]}",
            "compact": f"{nsn[:2]}{nsn[2:]}",
            "whatsapp": f"+55 ({nsn[:2]}) 9 {nsn[3:7]}-{nsn[7:]}",
        }
    else:
        sizes = {
            "en_IN": [5, 5],
            "en_GH": [2, 3, 4],
            "en_UG": rng.choice([[3, 6], [3, 3, 3]]),
            "es_PY": rng.choice([[3, 6], [3, 3, 3]]),
            "es_EC": [2, 3, 4] if nsn[0] == "9" else [1, 3, 4],
            "fr_LU": [3, 3, 3] if n == 9 else [2, 2, 2, 2],
            "de_DE": [3 if nsn[0] == "1" else 2, 9],
            "nl_NL": [1 if nsn[0] == "6" else 2, 9],
        }[loc]
        sep = "-" if loc == "nl_NL" else " "
        nat_g = _group(nsn, sizes, sep)
        if loc == "es_EC" and nsn[0] != "9":
            nat_g = f"({trunk}{nsn[0]}) {nsn[1:4]}-{nsn[4:]}"
        forms = {
            "national": nat_g if nat_g.startswith("(") else trunk + nat_g,
            "intl": f"+{cc} " + _group(nsn, sizes),
            "e164": f"+{cc}{nsn}",
            "intl_00": f"00{cc} " + _group(nsn, sizes),
            "national_compact": trunk + nsn if trunk else nsn,
        }
        if loc == "de_DE":
            forms["slash"] = f"0{nsn[: sizes[0]]}/{nsn[sizes[0] :]}"
        if loc == "en_IN":
            forms["dash91"] = f"+91-{nsn}"
    form = rng.choice(sorted(forms))
    v = forms[form]
    return v, dwin(v), form


def phone_e164(value: str, loc: str) -> str:
    """Best-effort E.164 view of a generated phone (for the tests)."""
    d = ck.digits(value)
    cc = {
        "en_US": "1",
        "en_IN": "91",
        "de_DE": "49",
        "fr_FR": "33",
        "pt_BR": "55",
        "nl_NL": "31",
        "en_GH": "233",
        "fr_LU": "352",
        "es_EC": "593",
        "fr_SN": "221",
        "en_UG": "256",
        "es_PY": "595",
    }[loc]
    if value.strip().startswith("+"):
        return "+" + d
    if d.startswith("00" + cc):
        return "+" + d[2:]
    return "+" + cc + d.lstrip("0") if loc not in ("en_US", "fr_LU", "fr_SN") else "+" + cc + d
