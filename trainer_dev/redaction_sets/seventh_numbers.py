"""Phones, cards, IBANs, national ids and IPs of the seventh set, per locale (national formats)."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import seventh_checks as ck


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return rng.choice("23456789") + _d(rng, n - 1)


# ------------------------------------------------------- phones (ITU-T E.164 national plans)
_NANP_US = ("212", "312", "415", "617", "206", "512", "303", "404", "713", "919", "801", "614")
_NANP_CA = ("416", "604", "514", "403", "613", "902", "780", "204", "306", "709", "647", "250")


def _nanp(rng: random.Random, areas: tuple[str, ...]) -> str:
    a, x, s = rng.choice(areas), _nz(rng, 3), _d(rng, 4)
    return rng.choice(
        [
            f"({a}) {x}-{s}",
            f"{a}-{x}-{s}",
            f"+1 {a} {x} {s}",
            f"{a}.{x}.{s}",
            f"1-{a}-{x}-{s}",
            f"+1 ({a}) {x}-{s}",
            f"{a} {x} {s}",
        ]
    )


def phone(rng: random.Random, locale: str) -> str:
    r = rng
    if locale == "en_US":
        return _nanp(r, _NANP_US)
    if locale == "en_CA":
        return _nanp(r, _NANP_CA)
    if locale == "en_GB":
        m = "7" + r.choice("123456789") + _d(r, 2)
        forms = [
            f"0{m} {_d(r, 6)}",
            f"+44 {m} {_d(r, 6)}",
            f"+44 (0){m} {_d(r, 3)} {_d(r, 3)}",
            f"020 {r.choice('378')}{_d(r, 3)} {_d(r, 4)}",
            f"0161 {_nz(r, 3)} {_d(r, 4)}",
            f"0113 {_nz(r, 3)} {_d(r, 4)}",
            f"+44 131 {_nz(r, 3)} {_d(r, 4)}",
            f"(0117) {_nz(r, 3)} {_d(r, 4)}",
        ]
        return r.choice(forms)
    if locale == "en_IE":
        m = "8" + r.choice("35679")
        forms = [
            f"0{m} {_d(r, 3)} {_d(r, 4)}",
            f"+353 {m} {_d(r, 3)} {_d(r, 4)}",
            f"0{m}-{_d(r, 7)}",
            f"(01) {_nz(r, 3)} {_d(r, 4)}",
            f"+353 1 {_nz(r, 3)} {_d(r, 4)}",
            f"021 {_nz(r, 3)} {_d(r, 4)}",
            f"091-{_nz(r, 6)}",
            f"+353 (0){m} {_d(r, 7)}",
        ]
        return r.choice(forms)
    if locale == "en_IN":
        m = r.choice("6789") + _d(r, 4)
        s = _d(r, 5)
        forms = [
            f"+91 {m} {s}",
            f"+91-{m}{s}",
            f"{m} {s}",
            f"0{m}{s}",
            f"+91 {m[:3]} {m[3:]}{s[:2]} {s[2:]}",
            f"011-2{_d(r, 3)} {_d(r, 4)}",
            f"022 {r.choice('26')}{_d(r, 3)} {_d(r, 4)}",
            f"080-{r.choice('24')}{_d(r, 3)}{_d(r, 4)}",
            f"(044) 2{_d(r, 3)} {_d(r, 4)}",
        ]
        return r.choice(forms)
    if locale == "en_AU":
        m = "4" + _d(r, 2)
        forms = [
            f"0{m} {_d(r, 3)} {_d(r, 3)}",
            f"+61 {m} {_d(r, 3)} {_d(r, 3)}",
            f"0{m}{_d(r, 6)}",
            f"(02) {r.choice('89')}{_d(r, 3)} {_d(r, 4)}",
            f"03 9{_d(r, 3)} {_d(r, 4)}",
            f"+61 7 3{_d(r, 3)} {_d(r, 4)}",
            f"(08) 9{_d(r, 3)} {_d(r, 4)}",
        ]
        return r.choice(forms)
    if locale == "de_DE":
        mob = r.choice(("151", "152", "160", "170", "171", "172", "176", "157", "162"))
        city = r.choice(("30", "40", "89", "221", "69", "711", "211", "341", "351", "511"))
        forms = [
            f"0{mob} {_d(r, 8)}",
            f"+49 {mob} {_d(r, 4)} {_d(r, 4)}",
            f"0{mob}/{_d(r, 7)}",
            f"0{city} {_nz(r, 3)} {_d(r, 4)}",
            f"+49 (0){city} {_nz(r, 7)}",
            f"0{city}-{_nz(r, 6)}",
            f"+49 {city} {_nz(r, 4)}-{_d(r, 2)}",
            f"0{city} / {_nz(r, 6)}",
        ]
        return r.choice(forms)
    if locale == "fr_FR":
        lead = r.choice(("6", "7", "1", "2", "3", "4", "5", "9"))
        p = [_d(r, 2) for _ in range(4)]
        forms = [
            f"0{lead} {' '.join(p)}",
            f"+33 {lead} {' '.join(p)}",
            f"0{lead}.{'.'.join(p)}",
            f"+33 (0){lead} {' '.join(p)}",
            f"0{lead}{''.join(p)}",
            f"0{lead}-{'-'.join(p)}",
        ]
        return r.choice(forms)
    if locale == "es_ES":
        first = r.choice(("6", "7", "91", "93", "96", "95", "94", "98"))
        rest = _d(r, 9 - len(first))
        num = first + rest
        forms = [
            f"{num[:3]} {num[3:6]} {num[6:]}",
            f"+34 {num[:3]} {num[3:5]} {num[5:7]} {num[7:]}",
            f"{num[:3]} {num[3:5]} {num[5:7]} {num[7:]}",
            f"+34 {num}",
            f"{num}",
            f"(+34) {num[:3]} {num[3:6]} {num[6:]}",
            f"{num[:2]} {num[2:5]} {num[5:7]} {num[7:]}",
        ]
        return r.choice(forms)
    if locale == "it_IT":
        mob = r.choice(("320", "328", "333", "338", "340", "347", "349", "366", "380", "392"))
        forms = [
            f"{mob} {_d(r, 3)} {_d(r, 4)}",
            f"+39 {mob} {_d(r, 7)}",
            f"{mob}.{_d(r, 7)}",
            f"02 {_nz(r, 4)} {_d(r, 4)}",
            f"06 {_nz(r, 8)}",
            f"+39 011 {_nz(r, 7)}",
            f"055-{_nz(r, 6)}",
            f"+39 {mob} {_d(r, 3)} {_d(r, 4)}",
        ]
        return r.choice(forms)
    if locale == "nl_NL":
        forms = [
            f"06-{_nz(r, 8)}",
            f"+31 6 {_d(r, 4)} {_d(r, 4)}",
            f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            f"020-{_nz(r, 7)}",
            f"010 {_nz(r, 3)} {_d(r, 4)}",
            f"+31 (0)30 {_nz(r, 3)} {_d(r, 4)}",
            f"070 - {_nz(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            f"0031 6 {_nz(r, 8)}",
        ]
        return r.choice(forms)
    if locale == "pt_BR":
        ddd = r.choice(("11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48", "27"))
        cel = "9" + _nz(r, 4)
        fix = r.choice("2345") + _d(r, 3)
        s = _d(r, 4)
        forms = [
            f"({ddd}) {cel}-{s}",
            f"+55 {ddd} {cel}-{s}",
            f"{ddd} {cel}-{s}",
            f"({ddd}) {fix}-{s}",
            f"+55 ({ddd}) {cel[0]} {cel[1:]}-{s}",
            f"0{ddd} {fix}-{s}",
            f"{ddd}{cel}{s}",
        ]
        return r.choice(forms)
    raise ValueError(locale)


# ---------------------------------------------------------------- cards (ISO/IEC 7812 IIN ranges)
_CARD_PREFIXES = {
    "visa": ("4",),
    "mc": ("51", "52", "53", "54", "55", "2221", "2300", "2490", "2720"),
    "amex": ("34", "37"),
    "discover": ("6011", "644", "65"),
    "jcb": ("3528", "3540", "3589"),
    "elo": ("636368", "438935", "504175", "451416", "627780"),
    "hipercard": ("606282",),
    "rupay": ("6080", "6521", "8174", "5085"),
    "maestro": ("6759", "5018", "5020"),
}
_CARD_BRANDS = {
    "en_US": ("visa", "mc", "amex", "discover", "visa"),
    "en_CA": ("visa", "mc", "amex"),
    "en_GB": ("visa", "mc", "amex", "maestro"),
    "en_IE": ("visa", "mc"),
    "en_IN": ("visa", "mc", "rupay", "rupay"),
    "en_AU": ("visa", "mc", "amex"),
    "de_DE": ("visa", "mc", "maestro"),
    "fr_FR": ("visa", "mc", "amex"),
    "es_ES": ("visa", "mc"),
    "it_IT": ("visa", "mc", "amex"),
    "nl_NL": ("visa", "mc", "maestro"),
    "pt_BR": ("visa", "mc", "elo", "hipercard", "elo"),
}


def card(rng: random.Random, locale: str) -> str:
    brand = rng.choice(_CARD_BRANDS[locale])
    prefix = rng.choice(_CARD_PREFIXES[brand])
    length = 15 if brand == "amex" else (19 if brand == "maestro" and rng.random() < 0.3 else 16)
    digits = ck.luhn_complete(prefix + _d(rng, length - len(prefix) - 1))
    if length == 15:
        return rng.choice(
            [
                f"{digits[:4]} {digits[4:10]} {digits[10:]}",
                f"{digits[:4]}-{digits[4:10]}-{digits[10:]}",
                digits,
            ]
        )
    groups = [digits[i : i + 4] for i in range(0, length, 4)]
    return rng.choice([" ".join(groups), "-".join(groups), digits, " ".join(groups)])


# ---------------------------------------------------------------- IBANs (ISO 13616 BBAN layouts)
def _bban(rng: random.Random, country: str) -> str:
    r = rng
    if country == "DE":
        return r.choice(("10070000", "37040044", "20050550", "50010517", "70150000")) + _d(r, 10)
    if country == "FR":
        bank, branch, acct = r.choice(("30004", "20041", "30003", "10278")), _d(r, 5), _d(r, 11)
        return bank + branch + acct + ck.rib_key(bank, branch, acct)
    if country == "ES":
        bank, branch, acct = r.choice(("2100", "0049", "0182", "2038", "0081")), _d(r, 4), _d(r, 10)
        return bank + branch + ck.es_account_dc(bank, branch, acct) + acct
    if country == "IT":
        return (
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            + r.choice(("03069", "02008", "05034"))
            + _d(r, 5)
            + _d(r, 12)
        )
    if country == "NL":
        return r.choice(("ABNA", "RABO", "INGB", "TRIO", "SNSB", "BUNQ")) + _d(r, 10)
    if country == "IE":
        return (
            r.choice(("AIBK", "BOFI", "IPBS")) + r.choice(("931152", "900017", "990510")) + _d(r, 8)
        )
    if country == "GB":
        return r.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + _d(r, 6) + _d(r, 8)
    if country == "BR":
        return _d(r, 8) + _d(r, 5) + _d(r, 10) + r.choice("CP") + r.choice("12")
    if country == "PT":
        return _d(r, 21)
    if country == "BE":
        first = _d(r, 10)
        return first + f"{int(first) % 97 or 97:02d}"
    raise ValueError(country)


_IBAN_COUNTRY = {
    "en_GB": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
}


def iban(rng: random.Random, locale: str) -> str:
    country = _IBAN_COUNTRY.get(locale) or rng.choice(("DE", "GB", "FR", "NL", "IE"))
    if rng.random() < 0.08:
        country = rng.choice(("DE", "FR", "ES", "NL", "BE", "PT"))
    value = ck.iban_make(country, _bban(rng, country))
    if rng.random() < 0.7:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# ---------------------------------------------------------------- national ids
def _steuer_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample("0123456789", 9)
        twice = rng.choice(digits)
        body = digits + [twice]
        rng.shuffle(body)
        if body[0] == "0":
            continue
        first10 = "".join(body)
        return first10 + ck.steuer_id_check(first10)


_CF_MONTHS = "ABCDEHLMPRST"
_BELFIORE = ("H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736", "D969", "A662", "L424")


def _cf_part(word: str, given: bool) -> str:
    up = "".join(c for c in word.upper() if c.isalpha() and c.isascii())
    cons = [c for c in up if c not in "AEIOU"]
    vows = [c for c in up if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(rng: random.Random, given: str, surname: str) -> str:
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    first15 = (
        _cf_part(surname, False)
        + _cf_part(given, True)
        + f"{rng.randint(50, 99):02d}"
        + rng.choice(_CF_MONTHS)
        + f"{day:02d}"
        + rng.choice(_BELFIORE)
    )
    return first15 + ck.cf_check(first15)


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def national_id(
    rng: random.Random, locale: str, given: str = "Maria", surname: str = "Rossi"
) -> str:
    r = rng
    if locale == "en_US":
        area = r.choice([a for a in range(1, 900) if a != 666 and a % 7 == 3])
        v = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return v if r.random() < 0.8 else v.replace("-", " ")
    if locale == "en_GB":
        if r.random() < 0.35:
            while True:
                d = _d(r, 9)
                for c in "0123456789":
                    if ck.nhs_ok(d + c):
                        return f"{d[:3]} {d[3:6]} {d[6:]}{c}"
        while True:
            pre = r.choice(_NINO_FIRST) + r.choice(_NINO_SECOND)
            if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        six = _d(r, 6)
        suf = r.choice("ABCD")
        return r.choice([f"{pre}{six}{suf}", f"{pre} {six[:2]} {six[2:4]} {six[4:]} {suf}"])
    if locale == "en_IE":
        seven = _d(r, 7)
        second = "A" if r.random() < 0.4 else ""
        return seven + ck.ppsn_check(seven, second) + second
    if locale == "en_IN":
        if r.random() < 0.65:
            a = ck.verhoeff_complete(r.choice("23456789") + _d(r, 10))
            return r.choice([f"{a[:4]} {a[4:8]} {a[8:]}", f"{a[:4]}-{a[4:8]}-{a[8:]}", a])
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return (
            "".join(r.choice(letters) for _ in range(3))
            + "P"
            + (surname[0].upper() if surname[0].isascii() else "K")
            + _d(r, 4)
            + r.choice(letters)
        )
    if locale == "en_AU":
        if r.random() < 0.3:
            while True:
                first8 = r.choice("23456") + _d(r, 7)
                c = (
                    sum(int(x) * w for x, w in zip(first8, (1, 3, 7, 9, 1, 3, 7, 9), strict=True))
                    % 10
                )
                v = first8 + str(c) + r.choice("123456789")
                return f"{v[:4]} {v[4:9]} {v[9]}"
        while True:
            d = _d(r, 9)
            if ck.tfn_ok(d):
                return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])
    if locale == "en_CA":
        d = ck.luhn_complete(r.choice("1234567") + _d(r, 7))
        return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d])
    if locale == "de_DE":
        s = _steuer_id(r)
        return r.choice(
            [s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}", f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"]
        )
    if locale == "fr_FR":
        dept = r.choice([f"{x:02d}" for x in range(1, 96) if x != 20])
        body = (
            r.choice("12")
            + f"{r.randint(40, 99):02d}"
            + f"{r.randint(1, 12):02d}"
            + dept
            + f"{r.randint(1, 990):03d}"
            + f"{r.randint(1, 999):03d}"
        )
        key = f"{97 - int(body) % 97:02d}"
        if r.random() < 0.6:
            return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key}"
        return body + key
    if locale == "es_ES":
        if r.random() < 0.3:
            p = r.choice("XYZ")
            seven = _d(r, 7)
            letter = ck.DNI_LETTERS[int(str("XYZ".index(p)) + seven) % 23]
            return r.choice([f"{p}{seven}{letter}", f"{p}-{seven}-{letter}"])
        eight = _d(r, 8)
        letter = ck.DNI_LETTERS[int(eight) % 23]
        return r.choice(
            [
                f"{eight}{letter}",
                f"{eight}-{letter}",
                f"{eight[:2]}.{eight[2:5]}.{eight[5:]}-{letter}",
            ]
        )
    if locale == "it_IT":
        return codice_fiscale(r, given, surname)
    if locale == "nl_NL":
        while True:
            d = _nz(r, 9)
            if ck.bsn_ok(d):
                return r.choice([d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])
    if locale == "pt_BR":
        c = ck.cpf_complete(_d(r, 9))
        while len(set(c)) == 1:
            c = ck.cpf_complete(_d(r, 9))
        return r.choice(
            [f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", c, f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"]
        )
    raise ValueError(locale)


def id_valid(value: str, locale: str) -> bool:
    """The check that applies to an id this module writes (True where the id has no check)."""
    s = value.replace(" ", "").replace("-", "").replace(".", "")
    if locale == "en_GB":
        return ck.nhs_ok(s) if s.isdigit() else len(s) == 9
    if locale == "en_IE":
        return ck.ppsn_ok(s)
    if locale == "en_IN":
        return ck.aadhaar_ok(s) if s.isdigit() else len(s) == 10 and s[3] == "P"
    if locale == "en_AU":
        return ck.medicare_ok(s) if len(s) == 10 else ck.tfn_ok(s)
    if locale == "en_CA":
        return ck.sin_ok(s)
    if locale == "de_DE":
        return ck.steuer_id_ok(s)
    if locale == "fr_FR":
        return ck.nir_ok(s)
    if locale == "es_ES":
        return ck.dni_ok(s)
    if locale == "it_IT":
        return ck.cf_ok(s)
    if locale == "nl_NL":
        return ck.bsn_ok(s)
    if locale == "pt_BR":
        return ck.cpf_ok(s)
    if locale == "en_US":
        area = int(s[:3])
        return len(s) == 9 and 0 < area < 900 and area != 666 and s[3:5] != "00" and s[5:] != "0000"
    raise ValueError(locale)


# ---------------------------------------------------------------- IPs
def ip(rng: random.Random) -> str:
    r = rng
    roll = r.random()
    if roll < 0.15:
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if roll < 0.25:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if roll < 0.37:
        groups = ["2001", "db8" if r.random() < 0.3 else f"{r.randint(0x400, 0xFFF):x}"]
        groups += [f"{r.randint(0x100, 0xFFFF):x}" for _ in range(r.choice((2, 6)))]
        if len(groups) == 4:
            return ":".join(groups) + "::" + f"{r.randint(0x10, 0xFFF):x}"
        return ":".join(groups)
    while True:
        a = r.randint(2, 223)
        if a not in (10, 127, 100, 169, 172, 192):
            break
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
