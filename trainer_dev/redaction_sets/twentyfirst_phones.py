"""Phone numbers per country numbering plan, written in local habits; validated by phonenumbers."""

from __future__ import annotations

import phonenumbers

REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_MT": "MT",
    "de_DE": "DE",
    "fr_FR": "FR",
    "fr_CH": "CH",
    "es_MX": "MX",
    "es_CL": "CL",
    "es_UY": "UY",
    "it_IT": "IT",
    "sl_SI": "SI",
    "nl_BE": "BE",
}
IBAN_LOCALES = {"en_GB", "en_MT", "de_DE", "fr_FR", "fr_CH", "it_IT", "sl_SI", "nl_BE"}


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone_raw(loc: str, rng) -> tuple[str, str, str]:
    """(country code, national prefix incl. trunk, subscriber digits)."""
    c = rng.choice
    if loc == "en_US":
        a = c(
            [
                "212",
                "312",
                "415",
                "512",
                "617",
                "206",
                "303",
                "404",
                "614",
                "919",
                "503",
                "646",
                "718",
                "773",
                "612",
                "215",
                "615",
                "412",
            ]
        )
        return "1", a, c("23456789") + _d(rng, 2) + _d(rng, 4)
    if loc == "en_GB":
        if rng.random() < 0.7:
            return "44", "07" + c(["4", "5", "7", "8", "9"]) + _d(rng, 2), _d(rng, 6)
        return "44", c(["020 7", "020 8", "0161 ", "0117 ", "0131 ", "0121 ", "0113 "]), _d(rng, 7)
    if loc == "en_MT":
        return "356", c(["79", "99", "77", "21", "27"]) + _d(rng, 2), _d(rng, 4)
    if loc == "de_DE":
        if rng.random() < 0.7:
            p = c(
                [
                    "0151",
                    "0152",
                    "0157",
                    "0160",
                    "0162",
                    "0170",
                    "0171",
                    "0172",
                    "0176",
                    "0177",
                    "0179",
                ]
            )
            return (
                "49",
                p,
                _d(rng, 8 if p in ("0151", "0152", "0157", "0176", "0177", "0179") else 7),
            )
        return (
            "49",
            c(["030", "089", "040", "069", "0221", "0711", "0341"]),
            c("2345789") + _d(rng, 6),
        )
    if loc == "fr_FR":
        return "33", c(["06", "07", "01", "04", "05", "02"]), c("123456789") + _d(rng, 7)
    if loc == "fr_CH":
        return (
            "41",
            c(["079", "078", "076", "077", "022", "021", "032", "026", "027"]),
            c("23456789") + _d(rng, 6),
        )
    if loc == "es_MX":
        a = c(["55", "55", "33", "81", "222", "442", "999", "951"])
        return "52", a, c("123456789") + _d(rng, 9 - len(a))
    if loc == "es_CL":
        if rng.random() < 0.8:
            return "56", "9", c("5678") + _d(rng, 7)
        return "56", "2", "2" + _d(rng, 7)
    if loc == "es_UY":
        if rng.random() < 0.8:
            return "598", "09" + c("1345689"), _d(rng, 6)
        return "598", "2", c("4679") + _d(rng, 6)
    if loc == "it_IT":
        if rng.random() < 0.75:
            return (
                "39",
                c(
                    [
                        "320",
                        "328",
                        "333",
                        "335",
                        "338",
                        "339",
                        "340",
                        "347",
                        "348",
                        "349",
                        "366",
                        "380",
                        "392",
                    ]
                ),
                _d(rng, 7),
            )
        return (
            "39",
            c(["06", "02", "011", "055", "051"]),
            c("2345689") + _d(rng, 6 if rng.random() < 0.5 else 7),
        )
    if loc == "sl_SI":
        if rng.random() < 0.75:
            return (
                "386",
                c(["030", "031", "040", "041", "051", "064", "068", "070", "071"]),
                c("1234567") + _d(rng, 5),
            )
        return "386", c(["01", "02", "03", "04", "05"]), c("2345") + _d(rng, 6)
    if loc == "nl_BE":
        if rng.random() < 0.7:
            return "32", "04" + c("789") + _d(rng, 1), _d(rng, 6)
        return "32", c(["03", "09", "02"]), c("2345") + _d(rng, 6)
    raise ValueError(loc)


def _pairs(s: str) -> str:
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def phone(loc: str, rng) -> tuple[str, str]:
    """Return (value, form); only numbers that phonenumbers validates for the region."""
    for _ in range(200):
        cc, pre, sub = _phone_raw(loc, rng)
        pre_c = pre.replace(" ", "")
        trunk = pre_c.startswith("0") and loc not in ("it_IT",)
        intl_pre = pre_c[1:] if trunk else pre_c
        if loc == "es_UY" and pre_c == "2":
            intl_pre = "2"
        form = rng.choice(["intl", "national", "national", "compact", "intl_trunk", "grouped"])
        full_nat = pre_c + sub
        if loc == "en_US":
            v = {
                "intl": f"+1 {pre} {sub[:3]} {sub[3:]}",
                "national": f"({pre}) {sub[:3]}-{sub[3:]}",
                "compact": f"{pre}{sub}",
                "intl_trunk": f"+1-{pre}-{sub[:3]}-{sub[3:]}",
                "grouped": f"{pre}.{sub[:3]}.{sub[3:]}",
            }[form]
        elif loc in ("fr_FR",):
            v = {
                "intl": f"+33 {pre_c[1]} {_pairs(sub)}",
                "national": _pairs(full_nat),
                "compact": full_nat,
                "intl_trunk": f"+33 (0){pre_c[1]} {_pairs(sub)}",
                "grouped": ".".join(_pairs(full_nat).split()),
            }[form]
        elif loc == "fr_CH" or (loc == "nl_BE" and len(sub) == 7):
            a, b, c2 = sub[:3], sub[3:5], sub[5:]
            grouped = f"{pre_c}/{a}.{b}.{c2}" if loc == "nl_BE" else f"{pre_c}/{a} {b} {c2}"
            v = {
                "intl": f"+{cc} {intl_pre} {a} {b} {c2}",
                "national": f"{pre_c} {a} {b} {c2}",
                "compact": full_nat,
                "intl_trunk": f"+{cc} (0){intl_pre} {a} {b} {c2}",
                "grouped": grouped,
            }[form]
        elif loc == "nl_BE":
            v = {
                "intl": f"+32 {intl_pre} {_pairs(sub)}",
                "national": f"{pre_c} {_pairs(sub)}",
                "compact": full_nat,
                "intl_trunk": f"+32 (0){intl_pre} {_pairs(sub)}",
                "grouped": f"{pre_c}/{'.'.join(_pairs(sub).split())}",
            }[form]
        elif loc == "de_DE":
            v = {
                "intl": f"+49 {intl_pre} {sub}",
                "national": f"{pre_c} {sub}",
                "compact": full_nat,
                "intl_trunk": f"+49 (0){intl_pre} {sub}",
                "grouped": f"{pre_c}/{sub[:3]} {sub[3:]}",
            }[form]
        elif loc == "es_UY":
            v = {
                "intl": f"+598 {intl_pre} {sub[:3]} {sub[3:]}"
                if trunk
                else f"+598 {pre_c}{sub[:3]} {sub[3:]}",
                "national": f"{pre_c} {sub[:3]} {sub[3:]}"
                if trunk
                else f"{pre_c}{sub[:3]} {sub[3:]}",
                "compact": full_nat,
                "intl_trunk": f"+598{intl_pre}{sub}" if trunk else f"+598{full_nat}",
                "grouped": f"{pre_c}-{sub[:3]}-{sub[3:]}"
                if trunk
                else f"{pre_c}{sub[:3]}-{sub[3:]}",
            }[form]
        else:
            half = len(sub) // 2
            ip = intl_pre
            v = {
                "intl": f"+{cc} {ip} {sub[:half]} {sub[half:]}",
                "national": f"{pre_c} {sub[:half]} {sub[half:]}",
                "compact": full_nat if not loc.startswith("es_CL") else f"+{cc}{full_nat}",
                "intl_trunk": f"+{cc}{ip}{sub}",
                "grouped": f"{pre_c}-{sub[:half]}-{sub[half:]}",
            }[form]
            if loc == "en_MT" and form in ("national", "grouped"):
                v = f"{pre_c}{sub[:0]} {sub}" if form == "national" else f"{pre_c}{sub}"
            if loc == "es_CL" and form == "national":
                v = f"{pre_c} {sub[:4]} {sub[4:]}"
        try:
            num = phonenumbers.parse(v, REGION[loc])
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.region_code_for_number(num) == REGION[loc]
        ):
            return v, form
    raise RuntimeError(loc)
