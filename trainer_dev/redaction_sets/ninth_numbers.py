"""Numbers of the ninth set: check digits written here, phones from each numbering plan,
cards, IBANs, national identifiers and IP addresses.

Every generator takes ``rng`` (random.Random) and a locale and returns ``(value, form,
fragments)``; the fragment tags are explained in ``ninth.py``."""

from __future__ import annotations

import random
import string

from trainer_dev.redaction_sets.ninth_checks import (
    _DNI_LETTERS,
    bsn_ok,
    cf_check,
    digit_windows,
    digits,
    group,
    iban_from_bban,
    luhn_complete,
    ppsn_check,
    steuer_id_ok,
    tfn_ok,
    verhoeff_complete,
)

# ---------------------------------------------------------------- phones


# (country code, [(national significant number generator, national formatter, intl formatter)])
def _nanp(rng: random.Random) -> str:
    return digits(rng, 3, "23456789") + digits(rng, 3, "23456789") + digits(rng, 4)


def phone(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    """A phone number of the locale's numbering plan; fragments: 4-digit windows of the
    national significant number (country code and trunk 0 left out)."""
    cc = locale[-2:]
    intl = rng.random() < 0.4
    if cc in ("US", "CA"):
        nsn = _nanp(rng)
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        shapes = [
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"1-{a}-{b}-{c}",
            f"{a} {b} {c}",
        ]
        value = f"+1 {a} {b} {c}" if intl else rng.choice(shapes)
        if rng.random() < 0.1:
            value += f" ext. {rng.randint(10, 999)}"
    elif cc == "GB":
        mobile = rng.random() < 0.55
        nsn = (
            ("7" + digits(rng, 9, "3456789"))
            if mobile
            else rng.choice(
                [
                    "20" + digits(rng, 8, "378"),
                    "161" + digits(rng, 7, "23456789"),
                    "113" + digits(rng, 7, "2345"),
                    "1865" + digits(rng, 6, "234567"),
                ]
            )
        )
        if mobile:
            nat, it = f"0{nsn[:4]} {nsn[4:]}", f"+44 {nsn[:4]} {nsn[4:]}"
        elif nsn.startswith("20"):
            nat, it = f"020 {nsn[2:6]} {nsn[6:]}", f"+44 20 {nsn[2:6]} {nsn[6:]}"
        else:
            k = 4 if nsn.startswith("18") else 3
            nat, it = f"0{nsn[:k]} {nsn[k:]}", f"+44 (0){nsn[:k]} {nsn[k:]}"
        value = it if intl else nat
    elif cc == "IE":
        if rng.random() < 0.6:
            nsn = "8" + rng.choice("35679") + digits(rng, 7)
            nat, it = f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}", f"+353 {nsn[:2]} {nsn[2:5]} {nsn[5:]}"
        else:
            nsn = rng.choice(["1", "21", "91", "61"]) + digits(rng, 7, "23456789")
            area = nsn[:-7]
            nat, it = f"(0{area}) {nsn[-7:-4]} {nsn[-4:]}", f"+353 {area} {nsn[-7:]}"
        value = it if intl else nat
    elif cc == "IN":
        if rng.random() < 0.7:
            nsn = rng.choice("6789") + digits(rng, 9)
            nat = rng.choice([f"0{nsn}", f"{nsn[:5]} {nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}"])
            it = rng.choice([f"+91 {nsn[:5]} {nsn[5:]}", f"+91-{nsn}", f"+91{nsn}"])
        else:
            area = rng.choice(["11", "22", "80", "44", "33", "40"])
            nsn = area + digits(rng, 8, "23456")
            nat, it = f"0{area}-{nsn[2:]}", f"+91 {area} {nsn[2:6]} {nsn[6:]}"
        value = it if intl else nat
    elif cc == "AU":
        if rng.random() < 0.6:
            nsn = "4" + digits(rng, 8)
            nat, it = f"04{nsn[1:3]} {nsn[3:6]} {nsn[6:]}", f"+61 4{nsn[1:3]} {nsn[3:6]} {nsn[6:]}"
        else:
            nsn = rng.choice("2378") + digits(rng, 8, "3456789")
            nat, it = f"(0{nsn[0]}) {nsn[1:5]} {nsn[5:]}", f"+61 {nsn[0]} {nsn[1:5]} {nsn[5:]}"
        value = it if intl else nat
    elif cc == "DE":
        if rng.random() < 0.5:
            pre = rng.choice(["151", "160", "170", "176", "157", "162"])
            nsn = pre + digits(rng, 8)
            nat = rng.choice(
                [f"0{pre} {nsn[3:]}", f"0{pre}/{nsn[3:]}", f"0{pre}-{nsn[3:7]} {nsn[7:]}"]
            )
            it = f"+49 {pre} {nsn[3:]}"
        else:
            area = rng.choice(["30", "40", "89", "221", "69", "711", "351"])
            nsn = area + digits(rng, 10 - len(area), "23456789")
            rest = nsn[len(area) :]
            nat = rng.choice(
                [f"0{area} {rest}", f"0{area}/{rest}", f"(0{area}) {rest[:3]} {rest[3:]}"]
            )
            it = rng.choice([f"+49 {area} {rest}", f"+49 (0){area} {rest}"])
        value = it if intl else nat
    elif cc == "FR":
        nsn = rng.choice("1234567") + digits(rng, 8)
        pairs = [nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:9]]
        sep = rng.choice([" ", ".", " ", "-"])
        nat = sep.join(["0" + nsn[0], *pairs])
        it = rng.choice([f"+33 {nsn[0]} " + " ".join(pairs), f"+33 (0){nsn[0]} " + " ".join(pairs)])
        value = it if intl else nat
    elif cc == "ES":
        nsn = rng.choice(["6", "7", "91", "93", "96", "95"]) + digits(rng, 8)
        nsn = nsn[:9]
        nat = rng.choice([group(nsn, (3, 3, 3)), group(nsn, (3, 2, 2, 2)), nsn])
        if nsn[0] == "9":
            nat = rng.choice([group(nsn, (2, 3, 2, 2)), group(nsn, (3, 3, 3))])
        it = f"+34 {nat}"
        value = it if intl else nat
    elif cc == "IT":
        if rng.random() < 0.6:
            nsn = "3" + rng.choice("2456789") + digits(rng, 8)
            nat = rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]} {nsn[3:]}", nsn])
        else:
            area = rng.choice(["02", "06", "011", "055", "081", "051"])
            nsn = area + digits(rng, 10 - len(area), "23456789")
            nat = rng.choice(
                [
                    f"{area} {nsn[len(area) :]}",
                    f"{area}-{nsn[len(area) :]}",
                    f"{area} {nsn[len(area) : len(area) + 4]} {nsn[len(area) + 4 :]}",
                ]
            )
        it = f"+39 {nat}"
        value = it if intl else nat
    elif cc == "NL":
        if rng.random() < 0.55:
            nsn = "6" + digits(rng, 8)
            nat = rng.choice(
                [f"06-{nsn[1:]}", f"06 {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"06 {nsn[1:]}"]
            )
            it = f"+31 6 {nsn[1:]}"
        else:
            area = rng.choice(["20", "10", "30", "70", "40", "50"])
            nsn = area + digits(rng, 7, "23456789")
            nat = rng.choice([f"0{area}-{nsn[2:]}", f"0{area} {nsn[2:5]} {nsn[5:]}"])
            it = rng.choice([f"+31 {area} {nsn[2:]}", f"+31 (0){area} {nsn[2:5]} {nsn[5:]}"])
        value = it if intl else nat
    else:  # BR
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
        if rng.random() < 0.65:
            sub = "9" + digits(rng, 8, "6789")
            nat = rng.choice(
                [
                    f"({ddd}) {sub[:5]}-{sub[5:]}",
                    f"({ddd}) {sub[0]} {sub[1:5]}-{sub[5:]}",
                    f"{ddd} {sub[:5]}-{sub[5:]}",
                ]
            )
        else:
            sub = digits(rng, 8, "2345")
            nat = rng.choice([f"({ddd}) {sub[:4]}-{sub[4:]}", f"{ddd} {sub[:4]} {sub[4:]}"])
        nsn = ddd + sub
        it = f"+55 {nat.replace('(', '').replace(')', '')}"
        value = it if intl else nat
    return value, "international" if intl else "national", ["d:" + w for w in digit_windows(nsn)]


# ---------------------------------------------------------------- cards

_CARD_PREFIXES = [
    ("visa", "4", 16),
    ("mastercard", "51", 16),
    ("mastercard2", "2221", 16),
    ("amex", "37", 15),
    ("discover", "6011", 16),
    ("visa", "49", 16),
]


def card(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    """A Luhn-valid card number; fragments: 4-digit windows."""
    brand, prefix, length = rng.choice(_CARD_PREFIXES)
    if brand == "mastercard":
        prefix = "5" + rng.choice("12345")
    number = luhn_complete(prefix + digits(rng, length - len(prefix) - 1))
    if length == 15:
        value = rng.choice([group(number, (4, 6, 5)), group(number, (4, 6, 5), "-"), number])
    else:
        value = rng.choice([group(number, (4, 4, 4, 4)), group(number, (4, 4, 4, 4), "-"), number])
    form = "grouped" if (" " in value or "-" in value) else "compact"
    return value, form, ["d:" + w for w in digit_windows(number)]


# ---------------------------------------------------------------- IBAN

_UPPER = string.ascii_uppercase


def _bban(rng: random.Random, country: str) -> str:
    if country in ("GB", "IE"):
        bank = rng.choice(
            ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
            if country == "GB"
            else ["AIBK", "BOFI", "IPBS", "ULSB"]
        )
        return bank + digits(rng, 6) + digits(rng, 8)
    if country == "DE":
        return digits(rng, 8, "123456789") + digits(rng, 10)
    if country == "FR":
        bank, branch, acct = digits(rng, 5, "123"), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if country == "ES":
        bank, branch, acct = digits(rng, 4), digits(rng, 4), digits(rng, 10)
        w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

        def ctl(s: str) -> str:
            r = 11 - sum(int(d) * x for d, x in zip(s.rjust(10, "0"), w, strict=False)) % 11
            return str({10: 1, 11: 0}.get(r, r))

        return bank + branch + ctl("00" + bank + branch) + ctl(acct) + acct
    if country == "IT":
        return rng.choice(_UPPER) + digits(rng, 5) + digits(rng, 5) + digits(rng, 12)
    if country == "NL":
        return rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]) + digits(rng, 10)
    if country == "BR":
        return digits(rng, 8) + digits(rng, 5) + digits(rng, 10) + "C" + rng.choice("12")
    if country == "PT":
        return digits(rng, 21)
    if country == "BE":
        b = digits(rng, 10)
        return b + f"{int(b) % 97 or 97:02d}"
    raise KeyError(country)


_IBAN_OF_LOCALE = {
    "en_GB": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}


def iban(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    """A valid IBAN (the locale's own, or a European one for locales without IBANs);
    fragments: 4-digit windows of its digit runs after the check digits."""
    country = _IBAN_OF_LOCALE.get(locale) or rng.choice(["DE", "NL", "IE", "FR", "BE", "PT"])
    compact = iban_from_bban(country, _bban(rng, country))
    spaced = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    value = spaced if rng.random() < 0.7 else compact
    body = "".join(ch if ch.isdigit() else " " for ch in compact[4:])
    wins: list[str] = []
    for run in body.split():
        wins += [run[i : i + 4] for i in range(len(run) - 3)]
    return (
        value,
        "grouped" if value is spaced else "compact",
        ["d:" + w for w in dict.fromkeys(wins)],
    )


# ---------------------------------------------------------------- national identifiers


def national_id(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    """The locale's national identifier with valid check digits; fragments: 4-digit windows of
    its digits, and for identifiers with letters 6-character windows of the compact value."""
    cc = locale[-2:]
    alnum = ""
    if cc == "US":
        area = rng.randint(1, 899)
        while area == 666:
            area = rng.randint(1, 899)
        d = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        value, form = rng.choice([(group(d, (3, 2, 4), "-"), "SSN"), (group(d, (3, 2, 4)), "SSN")])
    elif cc == "GB":
        first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        num = digits(rng, 6)
        alnum = first + second + num + rng.choice("ABCD")
        value = rng.choice([alnum, f"{alnum[:2]} {num[:2]} {num[2:4]} {num[4:]} {alnum[-1]}"])
        d, form = num, "NINO"
    elif cc == "IE":
        d = digits(rng, 7)
        second = rng.choice(["", "", "A", "H"])
        alnum = d + ppsn_check(d, second) + second
        value, form = alnum, "PPSN"
    elif cc == "IN":
        d = verhoeff_complete(digits(rng, 11, "23456789"))
        value, form = rng.choice([group(d, (4, 4, 4)), d, group(d, (4, 4, 4), "-")]), "Aadhaar"
    elif cc == "AU":
        while True:
            d = digits(rng, 9, "123456789")
            if tfn_ok(d):
                break
        value, form = rng.choice([group(d, (3, 3, 3)), d]), "TFN"
    elif cc == "CA":
        d = luhn_complete(digits(rng, 8, "1234567"))
        value, form = rng.choice([group(d, (3, 3, 3)), group(d, (3, 3, 3), "-")]), "SIN"
    elif cc == "DE":
        while True:
            body = digits(rng, 10, "123456789")
            for last in "0123456789":
                if steuer_id_ok(body + last):
                    d = body + last
                    break
            else:
                continue
            break
        value, form = rng.choice([group(d, (2, 3, 3, 3)), d]), "Steuer-ID"
    elif cc == "FR":
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.choice([75, 69, 13, 33, 59, 31, 44, 67]):02d}"
            + digits(rng, 3)
            + digits(rng, 3)
        )
        d = body + f"{97 - int(body) % 97:02d}"
        value = f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}"
        value, form = rng.choice([value, d]), "NIR"
    elif cc == "ES":
        if rng.random() < 0.75:
            body = digits(rng, 8)
            value = body + _DNI_LETTERS[int(body) % 23]
            form = "DNI"
        else:
            lead = rng.choice("XYZ")
            body = digits(rng, 7)
            value = lead + body + _DNI_LETTERS[int(str("XYZ".index(lead)) + body) % 23]
            form = "NIE"
        d = "".join(ch for ch in value if ch.isdigit())
        if rng.random() < 0.3:
            value = value[:-1] + "-" + value[-1]
    elif cc == "IT":
        cons = "BCDFGHLMNPRSTVZ"
        body = (
            "".join(rng.choice(cons) for _ in range(6))
            + f"{rng.randint(50, 99):02d}"
            + rng.choice("ABCDEHLMPRST")
            + f"{rng.choice([rng.randint(1, 31), rng.randint(41, 71)]):02d}"
            + rng.choice("ABCDEFGHILM")
            + digits(rng, 3)
        )
        alnum = value = body + cf_check(body)
        d, form = "", "codice fiscale"
    elif cc == "NL":
        while True:
            d = digits(rng, 9, "123456789")
            if bsn_ok(d):
                break
        value, form = rng.choice([d, group(d, (4, 2, 3), "."), group(d, (3, 3, 3))]), "BSN"
    else:  # BR
        base = digits(rng, 9)
        for n in (9, 10):
            s = sum(int(base[i]) * (n + 1 - i) for i in range(n))
            base += str(s * 10 % 11 % 10)
        d = base
        value, form = rng.choice([f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}", d]), "CPF"
    frags = ["d:" + w for w in digit_windows(d)] if d else []
    if alnum:
        frags += ["a:" + alnum[i : i + 6] for i in range(len(alnum) - 5)]
    return value, form, list(dict.fromkeys(frags))


# ---------------------------------------------------------------- IP


def ip_address(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    """An IPv4 (public or private) or IPv6 address; fragments: the whole address, its last
    two and first three IPv4 octets, or each pair of adjacent IPv6 groups."""
    if rng.random() < 0.8:
        first = rng.choice([rng.randint(11, 223), 10, 172, 192])
        octs = [first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
        if first == 192:
            octs[1] = 168
        value = ".".join(map(str, octs))
        frags = [value, f"{octs[2]}.{octs[3]}", ".".join(map(str, octs[:3]))]
        return value, "IPv4", ["i:" + f for f in frags]
    groups = ["2001", f"{rng.randint(0x400, 0xFFFF):x}"] + [
        f"{rng.randint(0x100, 0xFFFF):x}" for _ in range(6)
    ]
    if rng.random() < 0.5:
        value = ":".join(groups[:4]) + "::" + groups[7]
        used = groups[:4] + [groups[7]]
        pairs = [f"{a}:{b}" for a, b in zip(used[:3], used[1:4], strict=False)]
    else:
        value = ":".join(groups)
        pairs = [f"{a}:{b}" for a, b in zip(groups, groups[1:], strict=False)][1:]
    return value, "IPv6", ["i:" + value] + ["i:" + p for p in pairs]
