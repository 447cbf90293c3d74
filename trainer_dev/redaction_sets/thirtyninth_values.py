"""Thirty-ninth set: values of every kind with their written form and fragments.

Every maker returns (value, fragments, form); every value passes its checker (CHECKS).
"""

from __future__ import annotations

import ipaddress
import re

import phonenumbers

from trainer_dev.redaction_sets import thirtyninth_checks as C
from trainer_dev.redaction_sets import thirtyninth_places as P
from trainer_dev.redaction_sets.thirtyninth_people import PARTICLES

PARTICLES_ALL = PARTICLES | {"dei", "degli", "los", "las", "el", "al", "du"}


def name_tokens(text: str) -> list[str]:
    """t: fragments of a written name: words, no titles, particles or initials."""
    out: list[str] = []
    for tok in re.split(r"[\s\-'’]+", text):
        tok = tok.strip(".,;:()@")
        if tok.endswith("'s"):
            tok = tok[:-2]
        low = C.norm(tok)
        if len(low) < 2 or low in PARTICLES_ALL or f"t:{low}" in out:
            continue
        out.append(f"t:{low}")
    return out


def digits_frags(value: str) -> list[str]:
    wins = C.windows(value)
    return [f"d:{w}" for w in wins] if wins else [f"s:{C.norm(value)}"]


# ------------------------------------------------------------------ phones

def phone(rng, loc: str):
    region = P.REGION[loc]
    for _ in range(200):
        pre = rng.choice(P.PHONE_PLAN[loc])
        length = P.NSN_LEN[region]
        if region == "BE" and len(pre) == 3:
            length = 9
        if region == "AR" and pre.startswith("9"):
            length = 11
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        num = phonenumbers.parse("+" + P.CALLING[region] + nsn)
        if not (phonenumbers.is_valid_number(num)
                and phonenumbers.region_code_for_number(num) == region):
            continue
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        forms = [("intl", intl), ("national", nat), ("compact", e164)]
        groups = re.findall(r"\d+", nat)
        if len(groups) >= 2:
            forms.append(("dotted", ".".join(groups)))
            forms.append(("dashed", "-".join(groups)))
        if region in ("GB", "CH", "BE") and nat.startswith("0"):
            forms.append(("intl_zero", intl.replace(" ", " (0)", 1)))
        form, value = rng.choice(forms)
        if not C.phone_ok(value, region):
            continue
        return value, digits_frags(value), form
    raise AssertionError(loc)


# ------------------------------------------------------------------ e-mail, URL, IP

def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", C.norm(text))


def email(rng, loc: str, given: str, surname: str):
    g, s = _slugify(given), _slugify(surname)
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{rng.randint(2, 99)}",
                        f"{s}.{g}", f"{g}_{s}", f"{g}.{s}{rng.randint(70, 99)}"])
    value = f"{local}@{rng.choice(P.MAIL[loc])}"
    form = rng.choice(["plain", "plain", "angle", "mailto"])
    shown = {"plain": value, "angle": f"<{value}>", "mailto": f"mailto:{value}"}[form]
    return shown, [f"t:{local}"], form, value


def url(rng, loc: str, given: str, surname: str):
    g, s = _slugify(given), _slugify(surname)
    form = rng.choice(["https_host", "https_slug", "www", "bare"])
    if form == "https_slug":
        site = rng.choice(P.SLUG_SITES)
        slug = rng.choice([f"{g}-{s}", f"{g}{s}", f"{g}-{s}-{rng.randint(10, 999)}",
                           f"{g[0]}{s}"])
        sep = "" if site.endswith("@") else "/"
        value = f"https://{site}{sep}{slug}"
        return value, [f"t:{slug}"], form
    host = rng.choice([f"{g}{s}", f"{g}-{s}", f"{s}{g[0]}", f"cv-{g}{s}"]) + "." + rng.choice(
        [P.SITE_TLD[loc], P.SITE_TLD[loc], "com", "dev", "me"])
    path = rng.choice(["", "/cv", "/portfolio", "/cv.pdf", "/references"])
    value = {"https_host": f"https://{host}{path}", "www": f"www.{host}{path}",
             "bare": f"{host}{path}"}[form]
    return value, [f"t:{host}"], form


def ip(rng):
    form = rng.choice(["v4", "v4_private", "v4_port", "v6", "v6_full"])
    while True:
        if form.startswith("v4"):
            if form == "v4_private":
                a = rng.choice(["10.{}.{}.{}", "192.168.{}.{}", "172.{}.{}.{}"])
                parts = [rng.randint(16, 31)] if a.startswith("172") else []
                parts += [rng.randint(1, 254) for _ in range(a.count("{}") - len(parts))]
                text = a.format(*parts)
            else:
                text = ".".join(str(rng.randint(1, 223) if k == 0 else rng.randint(0, 254))
                                for k in range(4))
            addr = ipaddress.ip_address(text)
            if form != "v4_private" and not addr.is_global:
                continue
            value = f"{text}:{rng.choice([8080, 8443, 3389, 22, 5432])}" if form == "v4_port" \
                else text
        else:
            words = [rng.choice(["2a02", "2001", "2a01", "2c0f", "2800", "2405"]),
                     f"{rng.randint(0, 0xffff):x}"] + [f"{rng.randint(0, 0xffff):x}"
                                                       for _ in range(2)]
            addr = ipaddress.ip_address(":".join(words) + "::" + f"{rng.randint(1, 0xfff):x}")
            if not addr.is_global:
                continue
            text = str(addr) if form == "v6" else addr.exploded
            value = text
        return value, [f"p:{text}"], form


# ------------------------------------------------------------------ cards, IBANs, banks

def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        n = body + C.luhn_digit(body)
        return f"{n[:4]} {n[4:10]} {n[10:]}", None, "amex"
    pre = "4" if kind == "visa" else rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    body = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre)))
    n = body + C.luhn_digit(body)
    style = rng.choice(["grouped", "dashed", "compact"])
    sep = {"grouped": " ", "dashed": "-", "compact": ""}[style]
    return sep.join(n[k:k + 4] for k in range(0, 16, 4)), None, f"{kind}_{style}"


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def iban(rng, loc: str) -> tuple[str, str]:
    cc = {"en_GB": "GB", "de_CH": "CH", "fr_BE": "BE", "it_IT": "IT", "pl_PL": "PL",
          "ro_RO": "RO", "pt_CV": "CV"}[loc]
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 14)
    elif cc == "CH":
        bban = rng.choice(["00230", "00700", "00762", "00235", "08390", "00767"]) + _d(rng, 12)
    elif cc == "BE":
        acc = rng.choice(["001", "068", "310", "363", "732", "063"]) + _d(rng, 7)
        bban = acc + f"{(int(acc) % 97) or 97:02d}"
    elif cc == "IT":
        rest = rng.choice(["03069", "02008", "05034", "01030"]) + _d(rng, 5) + _d(rng, 12)
        bban = C.it_control(rest) + rest
    elif cc == "PL":
        code = rng.choice(["1020", "1050", "1140", "1240", "1090"]) + _d(rng, 3)
        w = [3, 9, 7, 1, 3, 9, 7]
        code += str((10 - sum(int(a) * b for a, b in zip(code, w, strict=True)) % 10) % 10)
        bban = code + _d(rng, 16)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR"]) + rng.choice(
            ["RONCRT0", "0000V0", "RONCRT0", "000"]).ljust(7, "0")[:7] + _d(rng, 9)
    else:
        bban = rng.choice(["0003", "0005", "0004", "0008"]) + _d(rng, 17)
    s = C.iban_make(cc, bban)
    style = rng.choice(["iban_print", "iban_print", "iban_compact"])
    if style == "iban_print":
        s = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
    return s, style


def bank(rng, loc: str) -> tuple[str, str, str]:
    """Local bank value (labelled ID) for locales without IBAN: value, form, public code."""
    if loc == "en_US":
        while True:
            r = rng.choice(["02", "03", "04", "06", "07", "11", "12", "21", "22", "26", "31"])
            r += _d(rng, 6)
            r += str((10 - sum(int(a) * b for a, b in zip(r, [3, 7, 1, 3, 7, 1, 3, 7],
                                                           strict=True)) % 10) % 10)
            if C.aba_ok(r):
                return _d(rng, rng.choice([10, 11, 12])), "us_account", r
    if loc == "es_AR":
        b1 = rng.choice(["011", "007", "072", "017", "285", "191"]) + _d(rng, 4)
        w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
        c1 = (10 - sum(int(a) * b for a, b in zip(b1, w1, strict=True)) % 10) % 10
        b2 = _d(rng, 13)
        c2 = (10 - sum(int(a) * b for a, b in zip(b2, w2, strict=True)) % 10) % 10
        v = f"{b1}{c1}{b2}{c2}"
        return (v if rng.random() < 0.6 else f"{v[:8]} {v[8:]}"), "cbu", ""
    if loc == "en_IN":
        code = rng.choice(["SBIN", "HDFC", "ICIC", "UTIB", "KKBK", "PUNB"]) + "0" + _d(rng, 6)
        return _d(rng, rng.choice([11, 12, 14])), "in_account", code
    if loc == "es_CU":
        v = rng.choice(["0598", "0526", "0600", "0524"]) + _d(rng, 12)
        return (" ".join(v[k:k + 4] for k in range(0, 16, 4)) if rng.random() < 0.5 else v,
                "cu_account", "")
    v = _d(rng, rng.choice([10, 12, 13]))
    return v, "gy_account", ""


# ------------------------------------------------------------------ national ids

def _date(rng, y0: int = 1962, y1: int = 2004) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


_CF_CITY = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "A662", "D969",
            "C351", "B157", "G224", "L781"]


def _cf_part(word: str, given: bool) -> str:
    w = re.sub(r"[^A-Z]", "", C.norm(word).upper())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def national_id(rng, loc: str, given: str, surname: str, female: bool) -> tuple[str, str]:
    """One personal id for the locale: (value, form)."""
    y, m, d = _date(rng)
    if loc == "en_US":
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return (v, "ssn") if rng.random() < 0.8 else (v.replace("-", " "), "ssn_spaced")
    if loc == "en_GB":
        while True:
            p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        n = _d(rng, 6)
        s = rng.choice("ABCD")
        if rng.random() < 0.6:
            return f"{p} {n[:2]} {n[2:4]} {n[4:]} {s}", "nino"
        return f"{p}{n}{s}", "nino_compact"
    if loc == "de_CH":
        body = "756" + _d(rng, 9)
        full = body + str((10 - sum(int(x) * (3 if k % 2 else 1)
                                    for k, x in enumerate(body)) % 10) % 10)
        if rng.random() < 0.7:
            return f"{full[:3]}.{full[3:7]}.{full[7:11]}.{full[11:]}", "ahv"
        return full, "ahv_plain"
    if loc == "fr_BE":
        serial = rng.randrange(2 if female else 1, 998, 2)
        body = f"{y % 100:02d}{m:02d}{d:02d}{serial:03d}"
        chk = 97 - int(("2" if y >= 2000 else "") + body) % 97
        v = body + f"{chk:02d}"
        if rng.random() < 0.6:
            return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", "niss"
        return v, "niss_plain"
    if loc == "es_AR":
        dni = rng.randint(18_000_000, 46_999_999)
        if rng.random() < 0.45:
            return f"{dni:,}".replace(",", "."), "dni"
        while True:
            pre = "27" if female else "20"
            body = f"{pre}{dni:08d}"
            r = 11 - sum(int(a) * b for a, b in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2],
                                                     strict=True)) % 11
            if r != 10:
                return f"{pre}-{dni:08d}-{0 if r == 11 else r}", "cuil"
            dni += 1
    if loc == "it_IT":
        day = d + (40 if female else 0)
        body = (_cf_part(surname, False) + _cf_part(given, True) + f"{y % 100:02d}"
                + "ABCDEHLMPRST"[m - 1] + f"{day:02d}" + rng.choice(_CF_CITY))
        return body + C.it_control(body), "cf"
    if loc == "pl_PL":
        if rng.random() < 0.3:
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
            digs = _d(rng, 5)
            vals = [ord(c) - 55 for c in letters] + [int(c) for c in digs]
            chk = sum(a * b for a, b in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
            v = f"{letters}{chk}{digs}"
            return (v if rng.random() < 0.5 else f"{letters} {chk}{digs}"), "dowod"
        mm = m + (20 if y >= 2000 else 0)
        sex = rng.choice("02468" if female else "13579")
        body = f"{y % 100:02d}{mm:02d}{d:02d}{_d(rng, 3)}{sex}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return body + str((10 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 10) % 10
                          ), "pesel"
    if loc == "en_IN":
        r = rng.random()
        if r < 0.45:
            body = rng.choice("23456789") + _d(rng, 10)
            v = body + C.verhoeff_digit(body)
            return (f"{v[:4]} {v[4:8]} {v[8:]}" if rng.random() < 0.7 else v), "aadhaar"
        if r < 0.8:
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
            v = letters + "P" + C.norm(surname)[0].upper() + _d(rng, 4) + rng.choice(
                "ABCDEFGHJKLMNPRSTUVWXYZ")
            return v, "pan"
        return "10" + _d(rng, 10), "uan"
    if loc == "ro_RO":
        while True:
            s = ("6" if female else "5") if y >= 2000 else ("2" if female else "1")
            county = rng.choice(list(range(1, 47)) + [51, 52])
            body = f"{s}{y % 100:02d}{m:02d}{d:02d}{county:02d}{_d(rng, 3)}"
            r = sum(int(a) * int(b) for a, b in zip(body, "279146358279", strict=True)) % 11
            return body + str(1 if r == 10 else r), "cnp"
    if loc == "pt_CV":
        body = "1" + _d(rng, 7)
        v = body + C.mod11_pt(body)
        if rng.random() < 0.6:
            return v, "nif"
        return f"{v[:3]} {v[3:6]} {v[6:]}", "nif_spaced"
    if loc == "es_CU":
        cent = rng.choice("012345") if y < 2000 else rng.choice("678")
        sex = rng.choice("13579" if female else "02468")
        return f"{y % 100:02d}{m:02d}{d:02d}{cent}{_d(rng, 2)}{sex}{_d(rng, 1)}", "ci_cu"
    # en_GY: TIN (9 digits) or NIS number (7 digits, often written with a space)
    if rng.random() < 0.5:
        return _d(rng, 9), "tin_gy"
    v = rng.choice("123456789") + _d(rng, 6)
    return v, "nis_gy"


CHECKS = {
    "ssn": C.ssn_ok, "ssn_spaced": C.ssn_ok, "nino": C.nino_ok, "nino_compact": C.nino_ok,
    "ahv": C.ahv_ok, "ahv_plain": C.ahv_ok, "niss": C.niss_ok, "niss_plain": C.niss_ok,
    "dni": lambda v: re.fullmatch(r"\d{2}\.\d{3}\.\d{3}", v) is not None,
    "cuil": C.cuil_ok, "cf": C.cf_ok, "dowod": C.pl_idcard_ok, "pesel": C.pesel_ok,
    "aadhaar": C.aadhaar_ok, "pan": C.pan_ok,
    "uan": lambda v: re.fullmatch(r"10\d{10}", v) is not None,
    "cnp": C.cnp_ok, "nif": C.nif_cv_ok, "nif_spaced": C.nif_cv_ok, "ci_cu": C.ci_cu_ok,
    "tin_gy": lambda v: re.fullmatch(r"\d{9}", v) is not None,
    "nis_gy": lambda v: re.fullmatch(r"[1-9]\d{6}", v) is not None,
    "us_account": lambda v: re.fullmatch(r"\d{10,12}", v) is not None,
    "cbu": C.cbu_ok,
    "in_account": lambda v: re.fullmatch(r"\d{11,14}", v) is not None,
    "cu_account": lambda v: re.fullmatch(r"\d{16}", v.replace(" ", "")) is not None,
    "gy_account": lambda v: re.fullmatch(r"\d{10,13}", v) is not None,
}


def check_value(kind: str, value: str, form: str, locale: str) -> bool:
    """Re-validate one labelled value by its checker (used by the self-test)."""
    base = form.removesuffix("_bare")
    if kind == "EMAIL":
        return C.email_ok(value.removeprefix("mailto:").strip("<>"))
    if kind == "URL":
        return C.url_ok(value)
    if kind == "IP":
        return C.ip_ok(value.rsplit(":", 1)[0] if base == "v4_port" else value)
    if kind == "PHONE":
        return C.phone_ok(value, P.REGION[locale])
    if kind == "CARD":
        return C.luhn_ok(value) and len(re.sub(r"\D", "", value)) in (15, 16)
    if kind == "IBAN":
        return C.iban_ok(value)
    if kind == "ID":
        return CHECKS[base](value)
    return True
