"""Item generation, fragments and matching for the thirtyfourth set."""

from __future__ import annotations

import functools
import ipaddress
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

from trainer_dev.redaction_sets import thirtyfourth_ids as ids
from trainer_dev.redaction_sets.thirtyfourth_people import (
    COMPANIES,
    PARTICLES,
    ROLE_LOCALS,
    STREET_WORDS,
    STREETS,
    TOWNS,
    fold,
)


# ---- normalising and matching -------------------------------------------------------
@functools.lru_cache(maxsize=100_000)
def normalise(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in s)
    s = unicodedata.normalize("NFD", s.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


_SEP = r"[\s.\-/()]*"


@functools.lru_cache(maxsize=200_000)
def _frag_re(f: str) -> re.Pattern:
    kind, body = f[:2], normalise(f[2:])
    if kind == "t:":
        return re.compile(r"(?<!\w)" + re.escape(body) + r"(?!\w)")
    if kind == "d:":
        return re.compile(_SEP.join(re.escape(c) for c in body))
    pat = "".join(r"\s*" if c == " " else re.escape(c) for c in body)
    return re.compile(r"(?<![a-z0-9])" + pat + r"(?![a-z0-9])")


@functools.lru_cache(maxsize=50_000)
def _dstrip(text: str) -> str:
    """Text with separator runs between two digits removed (d: matching)."""
    return re.sub(r"(?<=\d)" + _SEP.replace("*", "+") + r"(?=\d)", "", text)


def frag_matches(f: str, text: str) -> bool:
    if f.startswith("d:"):
        return normalise(f[2:]) in _dstrip(text)
    return _frag_re(f).search(text) is not None


def dfrags(value: str) -> list[str]:
    """Every 4-digit window of each digit run (separators between digits ignored)."""
    out = set()
    for run in re.split(r"[^0-9\s.\-/()]+", value):
        d = ids.digits(run)
        out |= {f"d:{d[i : i + 4]}" for i in range(len(d) - 3)}
    return sorted(out) if out else [f"s:{value}"]


def name_tokens(name: str) -> list[str]:
    out = []
    for t in re.split(r"[\s\-]+", name):
        t = t.strip(".,()")
        if not t or t.lower() in PARTICLES or (len(t) <= 2 and t.endswith(".")):
            continue
        if len(t.rstrip(".")) == 1:
            continue
        out.append(t)
    return out


def street_tokens(street: str) -> list[str]:
    out = []
    for t in re.split(r"[\s\-]+", street):
        t = t.strip(".,()")
        if t and not t.isdigit() and t.lower() not in STREET_WORDS and t.lower() not in PARTICLES:
            out.append(t)
    return out


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower().replace("đ", "d"))


def tfr(tokens) -> list[str]:
    return sorted({f"t:{normalise(t)}" for t in tokens})


# ---- phones ------------------------------------------------------------------------------
PHONE_PLAN = {
    "US": [(a, 10) for a in "212 312 415 503 617 713 720 602 404 614 512 919".split()],
    "CA": [(a, 10) for a in "514 438 418 581 819 450 579".split()],
    "IE": [(p, 9) for p in "83 85 86 87 89".split()] + [("1", 8), ("21", 9), ("91", 8)],
    "CH": [(p, 9) for p in "76 77 78 79 44 31 61 91 41".split()],
    "BR": [(p, 11) for p in "119 219 319 419 519 619 719 819 859".split()]
    + [(p, 10) for p in "113 213 313 413 513".split()],
    "BE": [(p, 9) for p in "47 48 49".split()] + [(p, 8) for p in "2 3 9".split()],
    "MD": [(p, 8) for p in "69 68 79 78 60 62 22".split()],
    "HN": [(p, 8) for p in "9 3 8 22".split()],
    "MZ": [(p, 9) for p in "82 84 85 86 87".split()] + [("21", 8)],
    "VN": [(p, 9) for p in "90 91 93 94 96 97 98 32 33 35 37 38 70 77 79 81 83 84 86 88 89".split()]
    + [("24", 10), ("28", 10)],
    "BA": [(p, 8) for p in "61 62 63 65 66 33".split()],
}
NANP = ("US", "CA")


def _nsn(r, region):
    for _ in range(200):
        pre, n = r.choice(PHONE_PLAN[region])
        nsn = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre)))
        num = phonenumbers.parse("+" + ids.CC[region] + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            if region in NANP and nsn[3:6] == "555":
                continue
            return num
    raise AssertionError(region)


def _regroup(r, d: str) -> str:
    parts, i = [], 0
    while i < len(d):
        k = min(len(d) - i, r.choice([2, 3, 3, 4]))
        if len(d) - i - k == 1:
            k += 1
        parts.append(d[i : i + k])
        i += k
    return " ".join(parts)


def phone_forms(r, loc):
    region = ids.REGION[loc]
    num = _nsn(r, region)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    nsn = phonenumbers.national_significant_number(num)
    cc = ids.CC[region]
    groups = re.sub(r"[()]", "", nat).replace("-", " ").split()
    forms = {"intl": intl, "national": nat, "compact_e164": f"+{cc}{nsn}"}
    if region in NANP:
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        forms |= {"dashed": f"{a}-{b}-{c}", "dotted": f"{a}.{b}.{c}", "trunk": f"1-{a}-{b}-{c}",
                  "compact": nsn, "intl_dashed": f"+1-{a}-{b}-{c}", "paren": f"({a}) {b}-{c}"}  # fmt: skip  # noqa: E501
    else:
        natd = ids.digits(nat)
        forms |= {"dashed": "-".join(groups), "dotted": ".".join(groups), "compact": natd,
                  "local": _regroup(r, natd), "intl00": "00" + cc + " " + intl.split(" ", 1)[1]}  # fmt: skip  # noqa: E501
        if natd.startswith("0"):
            forms["intl_zero"] = f"+{cc} (0){intl.split(' ', 1)[1]}"
            forms["trunk"] = nat
            forms["slashed"] = groups[0] + "/" + " ".join(groups[1:])
    name = r.choice(sorted(forms))
    value = forms[name]
    if not ids.phone_valid(loc, value):
        value, name = intl, "intl"
    return value, name


# ---- cards, ibans, ids ------------------------------------------------------------------
def _rd(r, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def card(r):
    brand = r.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "amex":
        body = r.choice(["34", "37"]) + _rd(r, 12)
    elif brand == "visa":
        body = "4" + _rd(r, 14)
    else:
        body = (str(r.randint(51, 55)) + _rd(r, 13)) if r.random() < 0.7 else (
            str(r.randint(2221, 2720)) + _rd(r, 11))  # fmt: skip
    d = body + ids.luhn_digit(body)
    assert ids.card_ok(d, brand)
    if brand == "amex":
        style = r.choice(["grouped", "compact", "dashed"])
        parts = [d[:4], d[4:10], d[10:]]
        v = {"grouped": " ".join(parts), "dashed": "-".join(parts), "compact": d}[style]
        return v, "amex" if style == "grouped" else f"amex_{style}"
    style = r.choice(["grouped", "dashed", "compact"])
    parts = [d[i : i + 4] for i in range(0, 16, 4)]
    v = {"grouped": " ".join(parts), "dashed": "-".join(parts), "compact": d}[style]
    return v, f"{brand}_{style}"


def _ba_bban(r):
    body = r.choice(["161", "134", "338", "141", "199", "154"]) + _rd(r, 11)
    for k in range(100):
        if int(body + f"{k:02d}") % 97 == 1:
            return body + f"{k:02d}"
    raise AssertionError


def _be_bban(r):
    b = r.choice(["001", "068", "310", "363", "735", "063", "143"]) + _rd(r, 7)
    k = int(b) % 97 or 97
    return b + f"{k:02d}"


def iban(r, loc):
    cc = ids.REGION[loc]
    if cc == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + _rd(r, 14)
    elif cc == "CH":
        bban = r.choice(["00762", "00230", "00700", "80808", "09000", "00764"]) + _rd(r, 12)
    elif cc == "BR":
        bban = r.choice(["00000000", "00360305", "60701190", "90400888"]) + _rd(r, 15) + "C1"
    elif cc == "BE":
        bban = _be_bban(r)
    elif cc == "MD":
        bban = r.choice(["AG", "ML", "VI", "MO", "EX"]) + _rd(r, 18)
    else:
        bban = _ba_bban(r)
    v = ids.make_iban(cc, bban)
    assert ids.iban_ok(v), v
    if r.random() < 0.6:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4)), "iban_print"
    return v, "iban_compact"


def _ssn(r):
    while True:
        d = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ids.ssn_ok(d):
            return d


def _ppsn(r):
    while True:
        body = _rd(r, 7)
        extra = r.choice(["", "", "A", "W"])
        for c in "ABCDEFGHIJKLMNOPQRSTUVW":
            if ids.ppsn_ok(body + c + extra):
                return body + c + extra


def _ahv(r):
    body = "756" + _rd(r, 9)
    for c in "0123456789":
        if ids.ean13_ok(body + c):
            return body + c
    raise AssertionError


def _cpf(r):
    while True:
        d = _rd(r, 9)
        for _ in range(2):
            n = len(d)
            s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
            d += str((s * 10 % 11) % 10)
        if ids.cpf_ok(d):
            return d


def _cnpj(r):
    while True:
        d = _rd(r, 8) + "0001"
        for n in (12, 13):
            w = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2][13 - n :]
            s = sum(int(c) * x for c, x in zip(d, w, strict=True)) % 11
            d += str(0 if s < 2 else 11 - s)
        if ids.cnpj_ok(d):
            return d


def _w731(r, prefix):
    body = prefix + _rd(r, 12 - len(prefix))
    s = sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(body))
    return body + str(s % 10)


def _be_nn(r):
    y = r.randint(1950, 2005)
    body = f"{y % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 997):03d}"
    k = 97 - int(("2" if y >= 2000 else "") + body) % 97
    return body + f"{k:02d}"


def _jmbg(r):
    while True:
        y = r.randint(1950, 2005)
        body = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{y % 1000:03d}"
        body += str(r.randint(10, 19)) + f"{r.randint(0, 999):03d}"
        for c in "0123456789":
            if ids.jmbg_ok(body + c):
                return body + c


def _sin(r):
    body = str(r.randint(1, 7)) + _rd(r, 7)
    return body + ids.luhn_digit(body)


def _aba(r):
    while True:
        body = r.choice(["0", "1", "2", "3"]) + _rd(r, 7)
        for c in "0123456789":
            if ids.aba_ok(body + c):
                return body + c


def _nib(r):
    body = r.choice(["0001", "0003", "0008", "0010", "0029"]) + _rd(r, 15)
    k = 98 - int(body + "00") % 97
    return body + f"{k:02d}"


CCCD_PROV = ["001", "079", "048", "031", "092", "075", "074", "036", "038", "040"]


def _cccd(r):
    y = r.randint(1955, 2004)
    g = (0 if y < 2000 else 2) + r.randint(0, 1)
    return r.choice(CCCD_PROV) + str(g) + f"{y % 100:02d}" + _rd(r, 6)


def _hn_dni(r):
    return f"{r.randint(1, 18):02d}{r.randint(1, 19):02d}", str(r.randint(1955, 2004)), _rd(r, 5)


def nat_id(r, loc):
    """-> (value, form, cue) for the locale's national/personal ids and local bank values."""
    g = r.random
    if loc == "en_US":
        c = r.choice(["ssn", "ssn", "ein", "routing_account"])
        if c == "ssn":
            d = _ssn(r)
            return (
                (f"{d[:3]}-{d[3:5]}-{d[5:]}", "ssn", "SSN")
                if g() < 0.7
                else (d, "ssn_compact", "SSN")
            )
        if c == "ein":
            d = r.choice(ids.EIN_PREFIX) + _rd(r, 7)
            return f"{d[:2]}-{d[2:]}", "ein", "EIN"
        return (
            f"{_aba(r)} {r.randint(1, 9)}{_rd(r, r.randint(7, 11))}",
            "routing_account",
            "ABA/acct",
        )
    if loc == "en_IE":
        v = _ppsn(r)
        return (v, "ppsn", "PPSN") if g() < 0.6 else (v[:7] + " " + v[7:], "ppsn_spaced", "PPS No.")
    if loc in ("de_CH", "it_CH"):
        d = _ahv(r)
        cue = "AHV-Nr." if loc == "de_CH" else "n. AVS"
        return (
            (f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}", "ahv", cue)
            if g() < 0.7
            else (d, "ahv_compact", cue)
        )
    if loc == "fr_CA":
        if g() < 0.3:
            v = f"{_rd(r, 5)}-{r.choice(['815', '001', '006', '003', '004'])}-{_rd(r, 7)}"
            return v, "bank_ca", "transit-institution-compte"
        d = _sin(r)
        return (
            (f"{d[:3]} {d[3:6]} {d[6:]}", "sin", "NAS")
            if g() < 0.6
            else (f"{d[:3]}-{d[3:6]}-{d[6:]}", "sin_dash", "NAS")
        )
    if loc == "pt_BR":
        if g() < 0.3:
            d = _cnpj(r)
            return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}", "cnpj", "CNPJ (MEI)"
        d = _cpf(r)
        return (
            (f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}", "cpf", "CPF")
            if g() < 0.7
            else (d, "cpf_compact", "CPF")
        )
    if loc == "nl_BE":
        d = _be_nn(r)
        if g() < 0.65:
            return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", "rrn", "rijksregisternr."
        return d, "rrn_compact", "INSZ"
    if loc == "ro_MD":
        return _w731(r, r.choice(["200", "0970", "0982", "201"])), "idnp", "IDNP"
    if loc == "es_HN":
        c = r.choice(["dni", "dni", "dni_compact", "rtn", "cuenta"])
        a, y, s = _hn_dni(r)
        if c == "dni":
            return f"{a}-{y}-{s}", "dni", "DNI"
        if c == "dni_compact":
            return a + y + s, "dni_compact", "identidad"
        if c == "rtn":
            return a + y + s + str(r.randint(0, 9)), "rtn", "RTN"
        return r.choice(["1", "2", "7"]) + _rd(r, r.randint(9, 11)), "cuenta", "cuenta"
    if loc == "pt_MZ":
        c = r.choice(["nuit", "nuit", "bi", "nib"])
        if c == "nuit":
            return "1" + _rd(r, 8), "nuit", "NUIT"
        if c == "bi":
            return (
                r.choice(["11", "10", "07", "06"]) + _rd(r, 10) + r.choice("ABCDFIMNPQS"),
                "bi",
                "BI",
            )
        d = _nib(r)
        return (
            (" ".join(d[i : i + 4] for i in range(0, 21, 4)), "nib", "NIB")
            if g() < 0.6
            else (d, "nib_compact", "NIB")
        )
    if loc == "vi_VN":
        if g() < 0.3:
            n = r.choice([9, 10, 12, 13, 14])
            return r.choice("0123456789"[1:]) + _rd(r, n - 1), "stk", "STK"
        d = _cccd(r)
        return (
            (d, "cccd", "CCCD")
            if g() < 0.7
            else (f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}", "cccd_spaced", "số CCCD")
        )
    d = _jmbg(r)
    return d, "jmbg", "JMBG"


def id_ok(loc: str, form: str, value: str) -> bool:
    """Real check (check digit where published, format otherwise) for every ID form."""
    d = ids.digits(value)
    f = form
    checks = {
        "ssn": lambda: ids.ssn_ok(d) and re.fullmatch(r"\d{3}-\d{2}-\d{4}", value),
        "ssn_compact": lambda: ids.ssn_ok(d) and value == d,
        "ein": lambda: ids.ein_ok(d) and re.fullmatch(r"\d{2}-\d{7}", value),
        "routing_account": lambda: (
            ids.aba_ok(d[:9]) and re.fullmatch(r"\d{9} [1-9]\d{7,11}", value)
        ),
        "ppsn": lambda: ids.ppsn_ok(value),
        "ppsn_spaced": lambda: ids.ppsn_ok(value),
        "ahv": lambda: ids.ahv_ok(d) and re.fullmatch(r"756\.\d{4}\.\d{4}\.\d{2}", value),
        "ahv_compact": lambda: ids.ahv_ok(d) and value == d,
        "sin": lambda: ids.sin_ok(d),
        "sin_dash": lambda: ids.sin_ok(d),
        "bank_ca": lambda: re.fullmatch(r"\d{5}-(815|001|006|003|004)-\d{7}", value),
        "cpf": lambda: ids.cpf_ok(d),
        "cpf_compact": lambda: ids.cpf_ok(d) and value == d,
        "cnpj": lambda: ids.cnpj_ok(d),
        "rrn": lambda: ids.be_nn_ok(d),
        "rrn_compact": lambda: ids.be_nn_ok(d) and value == d,
        "idnp": lambda: ids.w731_ok(d) and value == d,
        "dni": lambda: re.fullmatch(r"(0[1-9]|1[0-8])\d{2}-(19[5-9]\d|200[0-4])-\d{5}", value),
        "dni_compact": lambda: re.fullmatch(
            r"(0[1-9]|1[0-8])\d{2}(19[5-9]\d|200[0-4])\d{5}", value
        ),
        "rtn": lambda: re.fullmatch(r"(0[1-9]|1[0-8])\d{2}(19[5-9]\d|200[0-4])\d{6}", value),
        "cuenta": lambda: re.fullmatch(r"[127]\d{9,11}", value),
        "nuit": lambda: re.fullmatch(r"1\d{8}", value),
        "bi": lambda: re.fullmatch(r"\d{12}[A-Z]", value),
        "nib": lambda: ids.nib_ok(d),
        "nib_compact": lambda: ids.nib_ok(d) and value == d,
        "stk": lambda: re.fullmatch(r"[1-9]\d{8,13}", value),
        "cccd": lambda: _cccd_ok(d) and value == d,
        "cccd_spaced": lambda: _cccd_ok(d),
        "jmbg": lambda: ids.jmbg_ok(d) and 10 <= int(d[7:9]) <= 19,
    }
    return bool(checks[f]())


def _cccd_ok(d: str) -> bool:
    if len(d) != 12 or d[:3] not in CCCD_PROV or d[3] not in "0123":
        return False
    y = (1900 if d[3] in "01" else 2000) + int(d[4:6])
    return 1955 <= y <= 2004


# ---- ip, email, url -------------------------------------------------------------------------
def ip(r):
    form = r.choice(["v4", "v4", "v4_private", "v4_port", "v6", "v6_full"])
    while True:
        if form in ("v4", "v4_port"):
            a = ipaddress.IPv4Address(
                f"{r.choice([31, 46, 62, 81, 89, 92, 109, 151, 178, 185, 188, 195, 201])}."
                f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            )
            v = str(a) if form == "v4" else f"{a}:{r.choice([8080, 8443, 3389, 554, 2222, 9000])}"
        elif form == "v4_private":
            v = r.choice([
                f"192.168.{r.randint(0, 50)}.{r.randint(2, 254)}",
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
            ])  # fmt: skip
        else:
            pre = r.choice(["2a02", "2001:0470", "2a01", "2800", "2c0f", "2405", "2a05"])
            groups = pre.split(":")
            groups += [f"{r.randint(0, 0xFFFF):04x}" for _ in range(8 - len(groups))]
            for k in r.sample(range(2, 7), r.randint(0, 3)):
                groups[k] = "0000"
            a = ipaddress.IPv6Address(":".join(groups))
            v = a.compressed if form == "v6" else a.exploded
        if ids.ip_ok(v, form):
            return v, form


def host(r, loc):
    stems, tlds = COMPANIES[loc]
    return f"{r.choice(stems)}.{r.choice(tlds)}"


def email(r, loc, lang, pool):
    h = host(r, loc)
    if r.random() < 0.6:
        g, s, _ = r.choice(pool)
        gs, ss = slug(g.split()[-1]), slug(s.split()[-1])
        local = r.choice([f"{gs}.{ss}", f"{gs[0]}{ss}", f"{gs}", f"{ss}.{gs}", f"{gs}-{ss}"])
    else:
        local = r.choice(ROLE_LOCALS[lang])
    v = f"{local}@{h}"
    assert ids.email_ok(v), v
    form = r.choice(["plain", "plain", "angle", "obfuscated", "mailto"])
    shown = {
        "plain": v, "angle": f"<{v}>", "mailto": f"mailto:{v}",
        "obfuscated": f"{local} [at] {h.replace('.', ' [dot] ')}",
    }[form]  # fmt: skip
    return (shown if form == "obfuscated" else v), form, [f"t:{local}"], shown


def url(r, loc, pool):
    h = host(r, loc)
    form = r.choice(["https_host", "https_slug", "www", "bare"])
    if form == "https_slug":
        g, s, _ = r.choice(pool)
        sl = f"{slug(g.split()[-1])}-{slug(s.split()[-1])}"
        path = r.choice(["equipe", "team", "crew", "profil", "u", "tecnico"])
        v = f"https://{h}/{path}/{sl}"
        frags = [f"t:{h}", f"t:{sl}"]
    elif form == "https_host":
        v, frags = f"https://{h}", [f"t:{h}"]
    elif form == "www":
        v, frags = f"www.{h}", [f"t:{h}"]
    else:
        v, frags = h, [f"t:{h}"]
    assert ids.url_ok(v), v
    return v, form, frags


# ---- addresses -----------------------------------------------------------------------------------
LDU_L = "ABCEGHJKLMNPRSTVWXYZ"
EIR = "0123456789ACDEFHKNPRTVWXY"
BOX = {
    "en_US": ["PO Box", "P.O. Box"], "en_IE": ["PO Box", "P.O. Box"],
    "de_CH": ["Postfach"], "it_CH": ["Casella postale", "CP"], "fr_CA": ["C.P.", "Case postale"],
    "pt_BR": ["Caixa Postal"], "nl_BE": ["Postbus"], "ro_MD": ["c.p.", "cutia poștală"],
    "es_HN": ["Apartado Postal"], "pt_MZ": ["Caixa Postal", "C.P."], "vi_VN": ["Hộp thư số"],
    "bs_BA": ["poštanski pretinac", "p.p."],
}  # fmt: skip
HN_COL = ["Colonia Palmira", "Colonia Kennedy", "Barrio Guamilito", "Colonia Trejo",
          "Residencial Las Hadas", "Barrio El Centro", "Colonia Miramontes"]  # fmt: skip
MZ_BAIRRO = ["Bairro Polana Cimento", "Bairro Sommerschield", "Bairro do Alto Maé",
             "Bairro da Malhangalene", "Bairro Central", "Bairro da Ponta Gêa"]  # fmt: skip


def postcode(r, loc, seed: str) -> str:
    if loc == "en_US":
        return seed + f"{r.randint(1, 99):02d}"
    if loc == "en_IE":
        return seed + " " + r.choice(EIR[10:]) + "".join(r.choice(EIR) for _ in range(3))
    if loc == "fr_CA":
        fsa = r.choice(seed.split())
        return f"{fsa} {r.randint(0, 9)}{r.choice(LDU_L)}{r.randint(0, 9)}"
    if loc == "pt_BR":
        p = r.choice(seed.split())
        return p + _rd(r, 5 - len(p)) + "-" + r.choice(["000", "010", "100", "001", "120", "230"])
    if loc == "ro_MD":
        return "MD-" + r.choice(seed.split())
    return r.choice(seed.split()) if seed else ""


def address(r, loc):
    street = r.choice(STREETS[loc])
    town, reg, seed = r.choice(TOWNS[loc])
    pc = postcode(r, loc, seed)
    no = str(r.randint(1, 240))
    form = r.choice(["one", "one", "multi", "street_town", "box"])
    if loc == "pt_MZ" and form != "street_town":
        form = r.choice(["one", "multi", "box"])
    if loc == "en_US":
        st = f"{r.randint(100, 9899)} {street}" + r.choice(["", "", f", Ste {r.randint(1, 4)}00"])
        tail = f"{town}, {reg} {pc}"
    elif loc == "en_IE":
        st = r.choice([f"{no} {street}", f"Unit {r.randint(1, 30)}, {street}"])
        tail = f"{town}, {reg + ', ' if reg else ''}{pc}"
    elif loc == "fr_CA":
        st = f"{r.randint(100, 9999)}, {street}" + r.choice(
            ["", f", bureau {r.randint(1, 9)}0{r.randint(0, 9)}"]
        )
        tail = f"{town} ({reg}) {pc}"
    elif loc == "pt_BR":
        st = f"{street}, {r.randint(10, 3999)}" + r.choice(
            ["", f", sala {r.randint(1, 30)}", f", apto {r.randint(11, 150)}"]
        )
        tail = f"{town} - {reg}, {pc}"
    elif loc == "ro_MD":
        st = f"{street} nr. {no}" if r.random() < 0.6 else f"{street} {no}, ap. {r.randint(1, 90)}"
        tail = f"{pc}, {'mun. ' if r.random() < 0.4 else ''}{town}"
    elif loc == "es_HN":
        st = f"{r.choice(HN_COL)}, {street}, casa {r.randint(100, 2999)}"
        tail = f"{town}, {reg} {pc}" if r.random() < 0.5 else f"{town}, {reg}"
        if not tail.endswith(pc):
            pc = ""
    elif loc == "pt_MZ":
        st = f"{street}, n.º {r.randint(10, 2999)}" + r.choice(["", f", {r.choice(MZ_BAIRRO)}"])
        tail = town
    elif loc == "vi_VN":
        st = f"{r.choice(['Số ', 'số ', ''])}{no} {street}"
        tail = f"{reg}, {town}" + (f" {pc}" if r.random() < 0.5 else "")
        if not tail.endswith(pc):
            pc = ""
    elif loc == "bs_BA":
        st = f"{street} {r.choice([no, no, 'bb'])}"
        tail = f"{pc} {town}"
    elif loc == "nl_BE":
        st = f"{street} {no}" + r.choice(["", "", f" bus {r.randint(1, 12)}"])
        tail = f"{pc} {town}"
    else:
        st = f"{street} {no}"
        tail = f"{pc} {town}"
    frags = tfr(street_tokens(street))
    if form == "street_town":
        v = f"{st}, {town}"
        pc = ""
    elif form == "box":
        boxn = str(r.randint(100, 9999))
        box = f"{r.choice(BOX[loc])} {boxn}"
        v = f"{st}\n{box}\n{tail}" if r.random() < 0.5 else f"{st}, {box}, {tail}"
        frags.append(f"p:{boxn}")
    elif form == "multi":
        v = f"{st}\n{tail}"
    else:
        v = f"{st}, {tail}"
    if pc:
        assert ids.postcode_ok(loc, pc), (loc, pc)
        frags.append(f"p:{normalise(pc)}")
    return v, form, frags, pc


# ---- people ----------------------------------------------------------------------------------
POSS = {"en": "{g}'s", "de": "{g}'s", "nl": "{g}'s", "fr": "chez {g}", "es": "de {g}",
        "it": "di {g}", "vi": "của {g}"}  # fmt: skip
EXTRA_TITLES = {
    "en": ["Foreman", "Supt."], "de": ["Polier", "Bauleiter"], "fr": ["contremaître", "ing."],
    "pt": ["Eng.", "mestre"], "nl": ["ing.", "werfleider"], "ro": ["ing.", "maistrul"],
    "it": ["ing.", "capocantiere"], "es": ["Ing.", "maestro de obra"], "vi": ["kỹ sư", "ông"],
    "bs": ["ing.", "poslovođa"],
}  # fmt: skip


def _call(loc, g):
    """The part of the given name people are called by (Vietnamese: the last syllable)."""
    return g.split()[-1] if loc == "vi_VN" else g


def person_value(r, loc, lang, g, s, gender, titles, member):
    vi = loc == "vi_VN"
    full = f"{s} {g}" if vi else f"{g} {s}"
    opts = ["full", "title", "lower", "initial", "surname_given", "given"]
    if member:
        opts = [
            "full",
            "given",
            "surname",
            "initial",
            "handle",
            "possessive",
            "lower",
            "folded",
            "title",
        ]
    form = r.choice(opts)
    gt, st = name_tokens(g), name_tokens(s)
    call = _call(loc, g)
    if form == "full":
        return full, form, gt + st
    if form == "lower":
        return full.lower(), form, gt + st
    if form == "folded":
        if fold(full) == full:
            return full, "full", gt + st
        return fold(full), form, gt + st
    if form == "title":
        t = titles[0 if gender == "m" else 1] if r.random() < 0.7 else r.choice(EXTRA_TITLES[lang])
        if vi:
            if t in ("ông", "kỹ sư") and r.random() < 0.5:
                return f"{t} {full}", form, gt + st
            return f"{t} {call}", form, name_tokens(call)
        return f"{t} {s}", form, st
    if form == "initial":
        if vi:
            ini = ".".join(x[0] for x in s.split() + g.split()[:-1]) + "."
            return f"{ini} {call}", form, name_tokens(call)
        return f"{gt[0][0]}. {s}", form, st
    if form == "surname_given":
        if vi:
            return f"{call} {s}", form, name_tokens(call) + st
        return f"{s}, {g}", form, gt + st
    if form == "given":
        return call, form, name_tokens(call)
    if form == "surname":
        if vi:
            return f"{r.choice(titles)} {call}", "title", name_tokens(call)
        return s, form, st
    if form == "possessive":
        if lang == "pt":
            return f"{'do' if gender == 'm' else 'da'} {call}", form, name_tokens(call)
        if lang == "ro" and gender == "m":
            return f"lui {call}", form, name_tokens(call)
        if lang not in POSS:
            return call, "given", name_tokens(call)
        return POSS[lang].format(g=call), form, name_tokens(call)
    # handle
    gs, ss = slug(name_tokens(call)[0]), slug(st[-1])
    h = r.choice([f"{gs}.{ss}", f"{gs}", f"{ss}", f"{gs}-{ss}"])
    return "@" + h, form, h.split(".") if "." in h else h.split("-")


def make_item(r, loc, lang, kind, roster, persons, titles, pool):
    """-> (kind, fragments, value, form, shown)."""
    if kind == "EMAIL":
        v, form, frags, shown = email(r, loc, lang, pool)
        return kind, frags, v, form, shown
    if kind == "PHONE":
        v, form = phone_forms(r, loc)
        assert ids.phone_valid(loc, v), (loc, v)
        return kind, dfrags(v), v, form, v
    if kind == "URL":
        v, form, frags = url(r, loc, pool)
        return kind, frags, v, form, v
    if kind == "IP":
        v, form = ip(r)
        core = v.rsplit(":", 1)[0] if form == "v4_port" else v
        return kind, [f"p:{core}"], v, form, v
    if kind == "CARD":
        v, form = card(r)
        return kind, dfrags(v), v, form, v
    if kind == "IBAN":
        v, form = iban(r, loc)
        return kind, dfrags(v), v, form, v
    if kind == "ID":
        v, form, cue = nat_id(r, loc)
        assert id_ok(loc, form, v), (loc, form, v)
        if r.random() < 0.5:
            return kind, dfrags(v), v, form + "_nocue", v
        return kind, dfrags(v), v, form, f"{cue} {v}"
    if kind in ("PERSON", "MEMBER"):
        g, s, gender = r.choice(roster if kind == "MEMBER" else persons)
        v, form, toks = person_value(r, loc, lang, g, s, gender, titles, kind == "MEMBER")
        return kind, tfr(toks), v, form, v
    v, form, frags, _ = address(r, loc)
    return kind, frags, v, form, v
