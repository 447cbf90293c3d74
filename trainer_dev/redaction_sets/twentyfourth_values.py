"""Writers for the contact, payment and id values of each locale.

Every writer returns (value, fragments, form). Check digits are computed here.
"""

from __future__ import annotations

import random
import re

import phonenumbers

from .twentyfourth_core import (
    cpf_digits,
    digit_windows,
    iban_check,
    luhn_digit,
    verhoeff_digit,
)
from .twentyfourth_places import STREET_NAMES, STREET_TYPES, TOWNS, street_tokens

REGION = {
    "en_US": "US",
    "en_CA": "CA",
    "pt_BR": "BR",
    "nl_NL": "NL",
    "de_AT": "AT",
    "pl_PL": "PL",
    "es_PE": "PE",
    "sl_SI": "SI",
    "en_KE": "KE",
    "en_GH": "GH",
    "es_EC": "EC",
    "fr_LU": "LU",
}
IBAN_LOCALES = {"pt_BR", "nl_NL", "de_AT", "pl_PL", "sl_SI", "fr_LU"}

# (country code, national trunk prefix, national significant prefixes, NSN length)
_PHONE = {
    "US": ("1", "", ["212", "312", "415", "512", "617", "206", "303", "404", "612"], 10),
    "CA": ("1", "", ["416", "647", "604", "514", "403", "613", "902", "780"], 10),
    "BR": ("55", "0", ["119", "219", "319", "419", "519", "479", "619"], 11),
    "NL": ("31", "0", ["6"], 9),
    "AT": ("43", "0", ["664", "676", "699", "650"], 10),
    "PL": ("48", "", ["50", "60", "69", "72", "79", "88", "51"], 9),
    "PE": ("51", "", ["9"], 9),
    "SI": ("386", "0", ["41", "31", "40", "51", "70"], 8),
    "KE": ("254", "0", ["7", "11"], 9),
    "GH": ("233", "0", ["24", "54", "20", "55", "27", "50"], 9),
    "EC": ("593", "0", ["99", "98", "96", "97"], 9),
    "LU": ("352", "", ["621", "661", "691"], 9),
}


def _grp(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def phone(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    reg = REGION[locale]
    cc, trunk, prefs, sub = _PHONE[reg]
    while True:
        pre = rng.choice(prefs)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(sub - len(pre)))
        if reg in ("US", "CA"):
            nsn = pre + rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(6))
            if nsn[3:6] == "555":
                continue
        num = phonenumbers.parse("+" + cc + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg:
            break
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    forms = ["intl", "national", "compact", "dotted", "split_lines"]
    form = rng.choice(forms)
    if form == "intl":
        value = intl
    elif form == "national":
        value = nat
    elif form == "compact":
        value = rng.choice(["+" + cc + nsn, trunk + nsn if trunk else nsn])
    elif form == "dotted":
        digits = trunk + nsn if trunk else nsn
        if reg in ("US", "CA"):
            value = rng.choice(
                [
                    f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
                    f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                    f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                ]
            )
        else:
            value = _grp(digits, [3, 3, 2, 2] if len(digits) == 10 else [3, 3, 3], rng.choice("-."))
    else:
        parts = intl.split(" ")
        k = max(1, len(parts) // 2)
        value = " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
    return value, digit_windows(value), form


def card(rng: random.Random) -> tuple[str, list[str], str]:
    brand = rng.choice(["visa", "visa", "mc", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        full = body + luhn_digit(body)
        groups = [4, 6, 5]
    else:
        head = "4" if brand == "visa" else rng.choice(["51", "52", "53", "54", "55"])
        body = head + "".join(rng.choice("0123456789") for _ in range(15 - len(head)))
        full = body + luhn_digit(body)
        groups = [4, 4, 4, 4]
    form = rng.choice(["spaced", "dashed", "compact", "split_lines"])
    if form == "spaced":
        value = _grp(full, groups)
    elif form == "dashed":
        value = _grp(full, groups, "-")
    elif form == "compact":
        value = full
    else:
        g = _grp(full, groups).split(" ")
        value = " ".join(g[:2]) + "\n" + " ".join(g[2:])
    return value, digit_windows(value), form


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def iban(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    cc = REGION[locale]
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "BUNQ", "SNSB"]) + _digits(
            rng, 10
        )
    elif cc == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000", "38000", "19043"]) + _digits(rng, 11)
    elif cc == "PL":
        sort7 = rng.choice(["1020", "1140", "1050", "1090", "1240", "1160"]) + _digits(rng, 3)
        w = [3, 9, 7, 1, 3, 9, 7]
        chk = (10 - sum(int(a) * b for a, b in zip(sort7, w, strict=False)) % 10) % 10
        bban = sort7 + str(chk) + _digits(rng, 16)
    elif cc == "SI":
        bban = rng.choice(["02010", "19100", "04515", "05100", "10100"]) + _digits(rng, 10)
    elif cc == "LU":
        bban = rng.choice(["001", "002", "003", "014", "019", "025"]) + _digits(rng, 13)
    else:  # BR
        bban = _digits(rng, 8) + _digits(rng, 5) + _digits(rng, 10) + "C1"
    full = cc + iban_check(cc, bban) + bban
    form = rng.choice(["spaced", "spaced", "compact", "spaced_lower_label"])
    value = _grp(full, [4] * 9) if form != "compact" else full
    return value, digit_windows(value), form


def bank_account(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    """Non-IBAN countries: the local account details people paste (labelled ID)."""
    reg = REGION[locale]
    if reg == "US":
        r8 = rng.choice(["02100002", "12100035", "07100001", "32207022", "11100061"])
        for c in "0123456789":
            r = r8 + c
            if sum(int(a) * b for a, b in zip(r, [3, 7, 1] * 3, strict=False)) % 10 == 0:
                break
        value = rng.choice(
            [f"Routing {r} / Acct {_digits(rng, 10)}", f"ABA {r}, account {_digits(rng, 12)}"]
        )
        value = value.split(" ", 1)[1] if rng.random() < 0.3 else value
    elif reg == "CA":
        value = (
            f"{_digits(rng, 5)}-{rng.choice(['001', '002', '003', '004', '006', '815'])}-"
            f"{_digits(rng, 7)}"
        )
    elif reg == "PE":
        value = (
            rng.choice(["002", "011", "003", "009"])
            + "-"
            + _digits(rng, 3)
            + "-"
            + _digits(rng, 12)
            + "-"
            + _digits(rng, 2)
        )
    elif reg == "EC":
        value = rng.choice(["22", "21", "10", "02"]) + _digits(rng, 8)
    elif reg == "KE":
        value = rng.choice(["01", "11", "12"]) + _digits(rng, 11)
    else:  # GH
        value = "1" + _digits(rng, 12)
    return value, digit_windows(value), "bank_account"


def national_id(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    reg = REGION[locale]
    if reg == "US":
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        value, form = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", "ssn"
        if rng.random() < 0.3:
            value, form = f"{rng.randint(10, 88)}-{_digits(rng, 7)}", "ein"
    elif reg == "CA":
        body = rng.choice("1234567") + _digits(rng, 7)
        full = body + luhn_digit(body)
        value, form = rng.choice([_grp(full, [3, 3, 3]), _grp(full, [3, 3, 3], "-"), full]), "sin"
    elif reg == "BR":
        full = cpf_digits(_digits(rng, 9))
        value = rng.choice([f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}", full])
        form = "cpf"
    elif reg == "NL":
        while True:
            d = _digits(rng, 8)
            s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1), strict=False))
            last = s % 11
            if last < 10 and d[0] != "0":
                break
        full = d + str(last)
        value, form = rng.choice([full, _grp(full, [4, 2, 3], ".")]), "bsn"
    elif reg == "AT":
        while True:
            serial = rng.choice("123456789") + _digits(rng, 2)
            dob = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(55, 99):02d}"
            w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
            c = sum(int(a) * b for a, b in zip(serial + dob, w, strict=False)) % 11
            if c < 10:
                break
        full = serial + str(c) + dob
        value, form = rng.choice([full, full[:4] + " " + full[4:]]), "svnr"
    elif reg == "PL":
        if rng.random() < 0.7:
            yy, mm = rng.randint(60, 99), rng.randint(1, 12)
            if rng.random() < 0.3:
                yy, mm = rng.randint(0, 5), rng.randint(1, 12) + 20
            body = f"{yy:02d}{mm:02d}{rng.randint(1, 28):02d}" + _digits(rng, 4)
            w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
            value = body + str(
                (10 - sum(int(a) * b for a, b in zip(body, w, strict=False)) % 10) % 10
            )
            form = "pesel"
        else:
            while True:
                body = rng.choice("123456789") + _digits(rng, 8)
                c = (
                    sum(int(a) * b for a, b in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7], strict=False))
                    % 11
                )
                if c < 10:
                    break
            full = body + str(c)
            value = rng.choice([full, f"{full[:3]}-{full[3:6]}-{full[6:8]}-{full[8:]}"])
            form = "nip"
    elif reg == "PE":
        if rng.random() < 0.6:
            value, form = rng.choice("1234567") + _digits(rng, 7), "dni"
        else:
            body = rng.choice(["10", "20"]) + _digits(rng, 8)
            k = (
                11
                - sum(
                    int(a) * b for a, b in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=False)
                )
                % 11
            )
            value, form = body + str(k % 10), "ruc"
    elif reg == "SI":
        if rng.random() < 0.65:
            while True:
                body = (
                    f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}"
                    f"{rng.choice(['9', '0'])}{rng.randint(0, 99):02d}"
                    f"50{rng.choice(['0', '5'])}{_digits(rng, 2)}"
                )
                w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
                m = sum(int(a) * b for a, b in zip(body, w, strict=False)) % 11
                k = 0 if m == 0 else 11 - m
                if k < 10:
                    break
            value, form = body + str(k), "emso"
        else:
            while True:
                body = rng.choice("123456789") + _digits(rng, 6)
                k = 11 - sum(int(a) * b for a, b in zip(body, range(8, 1, -1), strict=False)) % 11
                if k != 11:
                    break
            value, form = body + str(0 if k == 10 else k), "davcna"
    elif reg == "KE":
        if rng.random() < 0.55:
            value, form = rng.choice("123") + _digits(rng, 7), "national_id"
        else:
            value = (
                rng.choice("AP") + "0" + _digits(rng, 8) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            )
            form = "kra_pin"
    elif reg == "GH":
        nine = rng.choice("127") + _digits(rng, 8)
        value, form = f"GHA-{nine}-{luhn_digit(nine)}", "ghana_card"
    elif reg == "EC":
        body = f"{rng.randint(1, 24):02d}{rng.randint(0, 5)}" + _digits(rng, 6)
        s = 0
        for i, d in enumerate(body):
            p = int(d) * (2 if i % 2 == 0 else 1)
            s += p - 9 if p > 9 else p
        full = body + str((10 - s % 10) % 10)
        value, form = (full, "cedula") if rng.random() < 0.7 else (full + "001", "ruc_ec")
    else:  # LU
        y = rng.randint(1955, 2002)
        body = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 3)}"
        full = body + luhn_digit(body) + verhoeff_digit(body)
        value = rng.choice([full, f"{full[:4]} {full[4:8]} {full[8:11]} {full[11:]}"])
        form = "matricule"
    return value, digit_windows(value), form


def ip(rng: random.Random) -> tuple[str, list[str], str]:
    form = rng.choice(["v4", "v4", "v4_port", "v6"])
    if form == "v6":
        value = (
            "2a02:"
            + ":".join(f"{rng.randint(0x100, 0xFFFF):x}" for _ in range(3))
            + "::"
            + f"{rng.randint(1, 0xFFF):x}"
        )
        return value, ["p:" + value], form
    a = rng.choice([31, 45, 62, 77, 81, 89, 91, 102, 146, 151, 176, 185, 188, 190, 200, 213])
    v = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    value = v + (f":{rng.choice(['8080', '3000', '8443', '2222'])}" if form == "v4_port" else "")
    return value, ["p:" + v], form


def address(rng: random.Random, locale: str) -> tuple[str, list[str], str]:
    town, pc, reg = rng.choice(TOWNS[locale])
    sname = rng.choice(STREET_NAMES[locale])
    stype, pos = rng.choice(STREET_TYPES.get(locale, [("", "pre")]))
    if pos == "glue":
        street = sname + stype
    elif pos == "pre":
        street = f"{stype} {sname}"
    else:
        street = f"{sname} {stype}"
    toks = street_tokens(street)
    toks = [t for t in toks if t.lower() != stype.lower().strip(".")]
    no = str(rng.randint(2, 240))
    form = rng.choice(["one_line", "one_line", "multi_line"])
    sep = "\n" if form == "multi_line" else ", "
    frags = ["t:" + t for t in toks]
    if locale in ("en_US", "en_CA"):
        unit = rng.choice(["", f" Apt {rng.randint(1, 12)}{rng.choice('ABC')}", f" Unit {no[-1]}0"])
        if stype == "Rue":
            street = f"{stype} {sname}"
        value = f"{no} {street}{unit}{sep}{town}, {reg} {pc}"
    elif locale == "pt_BR":
        value = (
            f"{street}, {no}{rng.choice(['', ' - apto 42', ' - sala 1203', ', cj. 71'])}"
            f"{sep}{town} - {reg}{sep}CEP {pc}"
        )
    elif locale in ("nl_NL", "de_AT", "sl_SI"):
        extra = {"de_AT": f"/{rng.randint(1, 9)}/{rng.randint(1, 20)}", "nl_NL": "-II"}
        value = f"{street} {no}{rng.choice(['', extra.get(locale, 'a')])}{sep}{pc} {town}"
    elif locale == "pl_PL":
        value = (
            f"{street} {no}{rng.choice(['', f'/{rng.randint(1, 60)}', ' lok. 4'])}{sep}{pc} {town}"
        )
    elif locale == "es_PE":
        value = (
            f"{street} {no}{rng.choice(['', ', dpto. 501', ', of. 302', ' int. 4'])}"
            f"{sep}{town} {pc}, {reg}"
        )
    elif locale == "es_EC":
        if town == "Quito" and stype != "Pasaje":
            no = f"{rng.choice('NS')}{rng.randint(20, 45)}-{rng.randint(10, 180)}"
        value = (
            f"{street} {no} y {rng.choice(['Wilson', 'Orellana', 'Portugal', 'Colón'])}"
            f"{sep}{reg}, {town} {pc}"
        )
    elif locale == "fr_LU":
        value = f"{no}, {street}{sep}{pc} {town}"
    elif locale == "en_KE":
        box = rng.randint(100, 99999)
        value = (
            f"{rng.choice(['', 'Hse ', 'Apt '])}{no}, {street}, {reg}{sep}"
            f"P.O. Box {box}-{pc}, {town}"
        )
        value = value.replace("Hse ", "House ") if rng.random() < 0.3 else value
    else:  # en_GH
        gps = f"{pc}-{rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"
        value = f"{rng.choice(['House No. ', 'Hse ', ''])}{no} {street}, {reg}{sep}{town}"
        if rng.random() < 0.85:
            value += f"{sep}{rng.choice(['', 'GPS: ', 'Digital address: '])}{gps}"
            frags.append("p:" + gps)
        else:
            form = form + "_no_gps"
        return value, frags, form
    frags.append("p:" + pc)
    return value, frags, form


def email_url_base(rng: random.Random, given: str, surname: str) -> str:
    import unicodedata

    g = unicodedata.normalize("NFKD", given).encode("ascii", "ignore").decode().lower()
    s = unicodedata.normalize("NFKD", surname).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z]", "", s)
    return rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:1]}", f"{g}_{s}", f"{s}.{g[0]}"])
