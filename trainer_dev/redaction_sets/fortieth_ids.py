"""National ids, bank values, cards, IBANs and phones of the fortieth set.

Each maker returns (value, form); ``CHECKERS[form]`` re-validates a value of that form.
"""

from __future__ import annotations

import phonenumbers

from trainer_dev.redaction_sets import fortieth_checks as ck

L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CONS = "BCDFGHJKLMNPQRSTVWXZ"


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _date(rng) -> tuple[int, int, int]:
    return rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28)


# --- national ids (value, form) ---------------------------------------------------------------
def us_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", "ssn"


def us_passport(rng):
    return rng.choice(["A", "B", "C", "E"]) + _d(rng, 8), "us_passport"


def us_ktn(rng):
    return rng.choice(["TT", "98", "15"]) + _d(rng, 7), "ktn"


def gb_nino(rng):
    while True:
        p = rng.choice(L) + rng.choice(L)
        if ck.nino_ok(p + "000000A"):
            break
    d = _d(rng, 6)
    s = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", "nino"
    return f"{p}{d}{s}", "nino"


def gb_passport(rng):
    return str(rng.randint(1, 9)) + _d(rng, 8), "gb_passport"


def gb_nhs(rng):
    while True:
        b = _d(rng, 9)
        c = ck.nhs_check(b) % 11
        if c != 10:
            v = b + str(c)
            return f"{v[:3]} {v[3:6]} {v[6:]}", "nhs"


def at_sv(rng):
    while True:
        ser = str(rng.randint(1, 9)) + _d(rng, 2)
        y, m, d = _date(rng)
        birth = f"{d:02d}{m:02d}{y % 100:02d}"
        c = ck.at_sv_check(ser + "0" + birth)
        if c < 10:
            v = ser + str(c) + birth
            return (f"{v[:4]} {v[4:]}" if rng.random() < 0.6 else v), "at_sv"


def at_passport(rng):
    return rng.choice("PUN") + _d(rng, 7), "at_passport"


def fr_nir(rng):
    y, m, _ = _date(rng)
    dep = rng.choice([1, 6, 13, 29, 31, 33, 34, 44, 59, 67, 69, 75, 92, 93, 94])
    body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{dep:02d}{rng.randint(1, 999):03d}"
    body += f"{rng.randint(1, 999):03d}"
    k = ck.nir_key(body)
    if rng.random() < 0.5:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {k}", "nir"
    return body + k, "nir"


def fr_passport(rng):
    return f"{rng.randint(10, 24)}{rng.choice(L)}{rng.choice(L)}{_d(rng, 5)}", "fr_passport"


MX_STATES = ["DF", "JC", "NL", "QR", "OC", "PL", "YN", "GT", "MC", "VZ", "CS", "BS"]


def mx_curp(rng):
    y, m, d = _date(rng)
    body = (rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(L)
            + f"{y % 100:02d}{m:02d}{d:02d}" + rng.choice("HM") + rng.choice(MX_STATES)
            + rng.choice(CONS) + rng.choice(CONS) + rng.choice(CONS)
            + (str(rng.randint(0, 9)) if y < 2000 else rng.choice(L)))
    return body + ck.curp_digit(body), "curp"


def mx_passport(rng):
    return rng.choice("GNE") + _d(rng, 8), "mx_passport"


def be_nn(rng):
    y, m, d = _date(rng)
    nine = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
    k = ck.be_nn_key(nine, y >= 2000)
    if rng.random() < 0.6:
        return f"{nine[:2]}.{nine[2:4]}.{nine[4:6]}-{nine[6:]}.{k}", "be_nn"
    return nine + k, "be_nn"


def be_passport(rng):
    return rng.choice(["EM", "EN", "EP", "ER"]) + _d(rng, 6), "be_passport"


MONTHS_CF = "ABCDEHLMPRST"


def it_cf(rng):
    y, m, d = _date(rng)
    day = d + (40 if rng.random() < 0.5 else 0)
    body = ("".join(rng.choice(CONS) for _ in range(6)) + f"{y % 100:02d}" + MONTHS_CF[m - 1]
            + f"{day:02d}" + rng.choice("ABCDEFGHLMF") + _d(rng, 3))
    return body + ck.cf_check(body), "cf"


def it_passport(rng):
    return rng.choice(["YA", "YB", "YC", "AA"]) + _d(rng, 7), "it_passport"


def it_cie(rng):
    return "C" + rng.choice("ABC") + _d(rng, 5) + rng.choice(L) + rng.choice(L), "cie"


def pt_nif(rng):
    b = rng.choice("123") + _d(rng, 7)
    v = b + ck.pt_nif_check(b)
    return (f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.4 else v), "nif"


def pt_niss(rng):
    b = rng.choice("12") + _d(rng, 9)
    return b + ck.pt_niss_check(b), "niss"


def pt_passport(rng):
    return rng.choice("CPN") + _d(rng, 6), "pt_passport"


def se_pnr(rng, coord=False):
    y, m, d = _date(rng)
    dd = d + (60 if coord else 0)
    nine = f"{y % 100:02d}{m:02d}{dd:02d}{_d(rng, 3)}"
    ten = nine + ck.luhn_digit(nine)
    form = "samordningsnr" if coord else "personnr"
    if rng.random() < 0.4:
        return f"{y}{ten[2:6]}-{ten[6:]}", form
    return f"{ten[:6]}-{ten[6:]}", form


def se_coord(rng):
    return se_pnr(rng, coord=True)


def ec_ci(rng):
    nine = f"{rng.randint(1, 24):02d}{rng.randint(0, 5)}{_d(rng, 6)}"
    v = nine + ck.ec_ci_digit(nine)
    return (f"{v[:9]}-{v[9]}" if rng.random() < 0.4 else v), "ec_cedula"


def ec_passport(rng):
    return rng.choice(["A", "AB"]) + _d(rng, 7), "ec_passport"


def ga_cni(rng):
    return f"{rng.randint(1, 9)}{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 2)}", "ga_cni"


def ga_cnamgs(rng):
    return _d(rng, 3) + "-" + _d(rng, 3) + "-" + _d(rng, 3) + "-" + _d(rng, 3), "ga_cnamgs"


def ga_passport(rng):
    return f"{rng.randint(17, 24)}GA{_d(rng, 5)}", "ga_passport"


def lr_nir(rng):
    return f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}", "lr_nid"


def lr_passport(rng):
    return rng.choice(["R", "D", "S"]) + "0" + _d(rng, 6), "lr_passport"


IDS = {
    "en_US": [us_ssn, us_ssn, us_passport, us_ktn],
    "en_GB": [gb_nino, gb_nino, gb_passport, gb_nhs],
    "de_AT": [at_sv, at_sv, at_passport],
    "fr_FR": [fr_nir, fr_nir, fr_passport],
    "es_MX": [mx_curp, mx_curp, mx_passport],
    "nl_BE": [be_nn, be_nn, be_passport],
    "it_IT": [it_cf, it_cf, it_passport, it_cie],
    "pt_PT": [pt_nif, pt_niss, pt_passport],
    "sv_SE": [se_pnr, se_pnr, se_coord],
    "es_EC": [ec_ci, ec_ci, ec_passport],
    "fr_GA": [ga_cni, ga_cnamgs, ga_passport],
    "en_LR": [lr_nir, lr_nir, lr_passport],
}


# --- bank values ------------------------------------------------------------------------------
def _print_iban(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(rng, locale):
    cc = locale[-2:]
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 14)
    elif cc == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000", "19043"]) + _d(rng, 11)
    elif cc == "FR":
        b, g, a = rng.choice(["30004", "30003", "20041", "10278"]), _d(rng, 5), _d(rng, 11)
        bban = b + g + a + ck.rib_key(b, g, a)
    elif cc == "BE":
        f = rng.choice(["001", "063", "068", "363", "735"]) + _d(rng, 7)
        bban = f + ck.be_key(f)
    elif cc == "IT":
        body = rng.choice(["03069", "02008", "05034", "01030"]) + _d(rng, 5) + _d(rng, 12)
        bban = ck.cin(body) + body
    elif cc == "PT":
        body = rng.choice(["0035", "0007", "0033", "0010", "0036"]) + _d(rng, 15)
        bban = body + ck.nib_key(body)
    else:  # SE
        bban = rng.choice(["500", "800", "600", "300", "957"]) + _d(rng, 17)
    v = ck.iban_make(cc, bban)
    if rng.random() < 0.6:
        return _print_iban(v), "iban_print"
    return v, "iban_compact"


def bank_value(rng, locale):
    """Local bank value for a locale without IBAN (labelled ID, in the IBAN slot)."""
    if locale == "en_US":
        while True:
            r = rng.choice(["021", "026", "121", "122", "061", "071", "111"]) + _d(rng, 6)
            if ck.aba_ok(r):
                break
        return f"{r} / {_d(rng, 10)}", "aba_account"
    if locale == "es_MX":
        body = rng.choice(["002", "012", "014", "072", "021"]) + rng.choice(
            ["180", "320", "580", "650"]) + _d(rng, 11)
        v = body + ck.clabe_digit(body)
        return (f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}" if rng.random() < 0.4 else v), "clabe"
    if locale == "fr_GA":
        b, g, a = rng.choice(["40001", "40003", "40005", "40022"]), _d(rng, 5), _d(rng, 11)
        return f"{b} {g} {a} {ck.rib_key(b, g, a)}", "rib_cemac"
    if locale == "es_EC":
        return rng.choice(["22", "21", "10", "30"]) + _d(rng, 8), "ec_account"
    return rng.choice(["01", "02", "05"]) + _d(rng, 8) + rng.choice(["", "01"]), "lr_account"


# --- cards ------------------------------------------------------------------------------------
def card(rng):
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + _d(rng, 12)
        v = body + ck.luhn_digit(body)
        return f"{v[:4]} {v[4:10]} {v[10:]}", "amex"
    if brand == "visa":
        body = "4" + _d(rng, 14)
    elif brand == "mc":
        body = f"5{rng.randint(1, 5)}" + _d(rng, 13)
    else:
        body = str(rng.randint(2221, 2720)) + _d(rng, 11)
    v = body + ck.luhn_digit(body)
    style = rng.choice(["grouped", "dashed", "compact"])
    name = "visa" if brand == "visa" else "mc"
    if style == "grouped":
        return " ".join(v[i:i + 4] for i in range(0, 16, 4)), f"{name}_grouped"
    if style == "dashed":
        return "-".join(v[i:i + 4] for i in range(0, 16, 4)), f"{name}_dashed"
    return v, f"{name}_compact"


# --- phones -----------------------------------------------------------------------------------
PHONE_PLAN = {
    "US": [(a, 10) for a in ["212", "312", "415", "404", "504", "808", "303", "305", "206",
                             "617", "512", "702"]],
    "GB": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10), ("207", 10),
           ("161", 10), ("141", 10), ("113", 10), ("29", 10)],
    "AT": [("664", 10), ("676", 10), ("650", 10), ("699", 11), ("1", 9), ("662", 9),
           ("316", 9), ("512", 9)],
    "FR": [("6", 9), ("7", 9), ("1", 9), ("4", 9), ("5", 9), ("2", 9)],
    "MX": [("55", 10), ("33", 10), ("81", 10), ("998", 10), ("999", 10), ("322", 10)],
    "BE": [("47", 9), ("48", 9), ("49", 9), ("3", 8), ("9", 8), ("50", 8), ("16", 8)],
    "IT": [("32", 10), ("33", 10), ("34", 10), ("38", 10), ("06", 10), ("02", 10),
           ("081", 10), ("055", 10)],
    "PT": [("91", 9), ("92", 9), ("93", 9), ("96", 9), ("21", 9), ("22", 9)],
    "SE": [("70", 9), ("72", 9), ("73", 9), ("76", 9), ("8", 9), ("31", 9), ("40", 9)],
    "EC": [("99", 9), ("98", 9), ("96", 9), ("2", 8), ("4", 8), ("7", 8)],
    "GA": [("06", 8), ("07", 8), ("011", 8), ("01", 8)],
    "LR": [("77", 9), ("88", 9), ("55", 9)],
}
TRUNK_ZERO = {"GB", "AT", "BE", "SE"}
PF = phonenumbers.PhoneNumberFormat


def phone(rng, locale):
    region = locale[-2:]
    while True:
        pre, n = rng.choice(PHONE_PLAN[region])
        nsn = pre + _d(rng, n - len(pre))
        try:
            num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region))
                                     + nsn)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(num, region):
            break
    intl = phonenumbers.format_number(num, PF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PF.NATIONAL)
    forms = ["intl", "national", "compact", "dotted", "dashed", "double_zero"]
    if region in TRUNK_ZERO:
        forms.append("intl_zero")
    form = rng.choice(forms)
    if form == "intl":
        v = intl
    elif form == "national":
        v = nat
    elif form == "compact":
        v = phonenumbers.format_number(num, PF.E164)
    elif form == "dotted":
        v = "".join(c if c.isdigit() or c == "+" else "." for c in intl.replace("-", " "))
        v = v.replace("+.", "+").replace("..", ".")
    elif form == "dashed":
        v = "-".join(intl.replace("-", " ").split())
    elif form == "double_zero":
        v = "00" + intl[1:]
    else:
        cc, rest = intl.split(" ", 1)
        v = f"{cc} (0){rest}"
    return v, form


def phone_ok(value: str, locale: str) -> bool:
    region = locale[-2:]
    s = value.replace("(0)", "") if "(0)" in value else value
    if s.startswith("00"):
        s = "+" + s[2:]
    try:
        num = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(num, region)


CHECKERS = {
    "ssn": ck.ssn_ok, "nino": ck.nino_ok, "nhs": ck.nhs_ok, "at_sv": ck.at_sv_ok,
    "nir": ck.nir_ok, "curp": ck.curp_ok, "be_nn": ck.be_nn_ok, "cf": ck.cf_ok,
    "nif": ck.pt_nif_ok, "niss": ck.pt_niss_ok, "personnr": ck.se_pnr_ok,
    "samordningsnr": ck.se_pnr_ok, "ec_cedula": ck.ec_ci_ok,
    "aba_account": lambda v: ck.aba_ok(v.split(" / ")[0]), "clabe": ck.clabe_ok,
    "rib_cemac": ck.rib_ok, "iban_print": ck.iban_ok, "iban_compact": ck.iban_ok,
}
FORMAT_RE = {
    "us_passport": r"[ABCE]\d{8}", "ktn": r"(TT|98|15)\d{7}", "gb_passport": r"[1-9]\d{8}",
    "at_passport": r"[PUN]\d{7}", "fr_passport": r"\d{2}[A-Z]{2}\d{5}",
    "mx_passport": r"[GNE]\d{8}", "be_passport": r"E[MNPR]\d{6}",
    "it_passport": r"(YA|YB|YC|AA)\d{7}", "cie": r"C[A-C]\d{5}[A-Z]{2}",
    "pt_passport": r"[CPN]\d{6}", "ec_passport": r"A[B]?\d{7}",
    "ga_cni": r"[1-9]\d{3} \d{3} \d{2}", "ga_cnamgs": r"\d{3}-\d{3}-\d{3}-\d{3}",
    "ga_passport": r"(1[7-9]|2[0-4])GA\d{5}", "lr_nid": r"\d{4}-\d{4}-\d{2}",
    "lr_passport": r"[RDS]0\d{6}", "ec_account": r"(22|21|10|30)\d{8}",
    "lr_account": r"0[125]\d{8}(01)?",
}
