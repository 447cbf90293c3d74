"""National ids, tax, social and health numbers, passports and bank values, by locale.

``national_id(rng, locale)`` returns (value, cue labels, id name); every value with a
published check is built with it (fortyeighth_checks) and ``ID_CHECKS`` recomputes it.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fortyeighth_checks as ck


def _d(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def nhs(rng):
    while True:
        nine = str(rng.randint(4, 6)) + _d(rng, 8)
        c = ck.nhs_digit(nine)
        if c is not None:
            n = nine + c
            return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def nino(rng):
    pre = rng.choice(["AB", "JC", "NR", "PX", "SK", "TW", "WL", "YH", "ZE", "HT"])
    body = _d(rng, 6)
    return rng.choice(
        [
            f"{pre} {body[:2]} {body[2:4]} {body[4:]} {rng.choice('ABCD')}",
            f"{pre}{body}{rng.choice('ABCD')}",
        ]
    )


def ssn(rng):
    while True:
        s = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ck.ssn_ok(s):
            return rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s])


def us_passport(rng):
    return rng.choice(["A", "C", "E"]) + _d(rng, 8)


def steuerid(rng):
    while True:
        ten = str(rng.randint(1, 9)) + _d(rng, 9)
        counts = sorted((ten.count(c) for c in set(ten)), reverse=True)
        if counts[0] == 2 and counts[1] == 1:
            n = ten + ck.steuerid_digit(ten)
            return rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])


def kvnr(rng):
    nine = rng.choice(ck.LETTERS) + str(rng.randint(1, 9)) + _d(rng, 7)
    return nine + ck.kvnr_digit(nine)


def icao_doc(rng, letters: str, k: int):
    """A document number with the ICAO 7-3-1 check digit appended (German ID card style)."""
    body = (
        rng.choice(letters)
        + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(k - 2))
        + str(rng.randint(0, 9))
    )
    return body + ck.icao_digit(body)


def nir(rng):
    sex, yy, mm = rng.choice("12"), rng.randint(55, 99), rng.randint(1, 12)
    dept, commune, order = (
        rng.choice(["69", "44", "31", "35", "59", "75", "13"]),
        f"{rng.randint(1, 399):03d}",
        f"{rng.randint(1, 899):03d}",
    )
    thirteen = f"{sex}{yy:02d}{mm:02d}{dept}{commune}{order}"
    key = ck.nir_key(thirteen)
    return rng.choice(
        [
            f"{sex} {yy:02d} {mm:02d} {dept} {commune} {order} {key}",
            thirteen + key,
            f"{thirteen} {key}",
        ]
    )


def fr_passport(rng):
    return f"{rng.randint(10, 24)}{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}{_d(rng, 5)}"


def dni(rng):
    n = rng.randint(10_000_000, 79_999_999)
    v = f"{n:08d}{ck.DNI_LETTERS[n % 23]}"
    return rng.choice([v, f"{v[:8]}-{v[8]}", f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}"])


def nie(rng):
    p = rng.choice("XYZ")
    n = rng.randint(1_000_000, 9_999_999)
    v = f"{p}{n:07d}{ck.DNI_LETTERS[int('XYZ'.index(p) * 10_000_000 + n) % 23]}"
    return rng.choice([v, f"{v[0]}-{v[1:8]}-{v[8]}"])


def nss(rng):
    prov = rng.choice(["28", "08", "46", "41", "48", "29"])
    body = prov + _d(rng, 8)
    v = f"{body}{int(body) % 97:02d}"
    return rng.choice([v, f"{v[:2]}/{v[2:10]}/{v[10:]}", f"{v[:2]} {v[2:10]} {v[10:]}"])


CF_MONTHS = "ABCDEHLMPRST"
CF_TOWNS = ["F205", "L219", "A944", "L781", "F839", "C351", "D612", "A794", "H501"]


def codice_fiscale(rng):
    cons = "BCDFGHJKLMNPQRSTVZ"
    head = "".join(rng.choice(cons) for _ in range(3)) + "".join(rng.choice(cons) for _ in range(2))
    head = head[:4] + rng.choice("AEIOU") + head[4:5]
    day = rng.randint(1, 28) + rng.choice([0, 40])
    body = f"{head}{rng.randint(55, 99)}{rng.choice(CF_MONTHS)}{day:02d}{rng.choice(CF_TOWNS)}"
    return (
        body + ck.cin_letter(body) if rng.random() < 0.8 else (body + ck.cin_letter(body)).lower()
    )


def carta_identita(rng):
    return (
        f"C{rng.choice('ABCDEF')}{_d(rng, 5)}{rng.choice('ABCDEFGHJKL')}{rng.choice('ABCDEFGHJKL')}"
    )


def pesel(rng):
    yy, mm, dd = rng.randint(55, 99), rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.3:
        yy, mm = rng.randint(0, 9), mm + 20
    ten = f"{yy:02d}{mm:02d}{dd:02d}{_d(rng, 4)}"
    return ten + ck.pesel_digit(ten)


def nip(rng):
    while True:
        nine = str(rng.randint(1, 9)) + _d(rng, 8)
        c = ck.nip_digit(nine)
        if c is not None:
            n = nine + c
            return rng.choice(
                [n, f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}", f"{n[:3]}-{n[3:5]}-{n[5:7]}-{n[7:]}"]
            )


def dowod(rng):
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
    rest = _d(rng, 5)
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    vals = [int(c, 36) for c in letters + rest]
    check = sum(v * w for v, w in zip(vals, weights, strict=True)) % 10
    v = f"{letters}{check}{rest}"
    return rng.choice([v, f"{letters} {check}{rest}"])


def cpf(rng):
    nine = _d(rng, 9)
    n = nine + ck.cpf_digits(nine)
    return rng.choice([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", n])


def cns(rng):
    while True:
        body = rng.choice("789") + _d(rng, 13)
        r = sum(int(c) * (15 - i) for i, c in enumerate(body)) % 11
        last = (11 - r) % 11
        if last < 10:
            n = body + str(last)
            return rng.choice([f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}", n])


def pis(rng):
    ten = "1" + _d(rng, 9)
    n = ten + ck.pis_digit(ten)
    return rng.choice([f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}", n])


def ahv(rng):
    twelve = "756" + _d(rng, 9)
    n = twelve + ck.ean_digit(twelve)
    return rng.choice([f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}", n])


def hetu(rng):
    dd, mm = rng.randint(1, 28), rng.randint(1, 12)
    if rng.random() < 0.7:
        yy, sign = rng.randint(55, 99), rng.choice("--Y")
    else:
        yy, sign = rng.randint(0, 9), rng.choice("AAB")
    ind = rng.randint(2, 899)
    core = f"{dd:02d}{mm:02d}{yy:02d}"
    return f"{core}{sign}{ind:03d}{ck.HETU_CHARS[int(core + f'{ind:03d}') % 31]}"


def bs_nib(rng):
    return _d(rng, 8) if rng.random() < 0.5 else f"{_d(rng, 4)}-{_d(rng, 4)}"


def bs_passport(rng):
    return "AA" + _d(rng, 7) if rng.random() < 0.5 else "BP" + _d(rng, 7)


def mt_idcard(rng):
    n = rng.randint(1000, 999999)
    letter = rng.choice("MMMGAPLH")
    return rng.choice([f"{n}{letter}", f"{n:07d}{letter}", f"{n} {letter}"])


def uk_account(rng):
    return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)} {_d(rng, 8)}"


def us_account(rng):
    while True:
        eight = _d(rng, 8)
        for c in "0123456789":
            if ck.aba_ok(eight + c):
                return f"{eight}{c} {_d(rng, 10)}"


# (generator, cue labels in the locale's language(s), id name, check name or "")
IDS = {
    "en_GB": [
        (nhs, ["NHS number", "NHS no."], "nhs", "nhs"),
        (nino, ["NI number", "National Insurance no."], "nino", ""),
        (lambda r: _d(r, 9), ["passport no.", "passport number"], "passport_gb", ""),
        (uk_account, ["sort code and account", "bank details"], "bank_gb", ""),
    ],
    "en_US": [
        (ssn, ["SSN", "social security number"], "ssn", "ssn"),
        (us_passport, ["passport #", "passport number"], "passport_us", ""),
        (us_account, ["routing and account", "bank info (ABA, acct)"], "bank_us", "aba"),
    ],
    "de_DE": [
        (steuerid, ["Steuer-ID", "Steueridentifikationsnummer"], "steuerid", "steuerid"),
        (kvnr, ["Versichertennummer", "KVNR"], "kvnr", "kvnr"),
        (
            lambda r: icao_doc(r, "LMNPRTVWXY", 9),
            ["Ausweisnummer", "Personalausweis-Nr."],
            "ausweis",
            "icao",
        ),
    ],
    "fr_FR": [
        (nir, ["numéro de sécu", "n° de sécurité sociale"], "nir", "nir"),
        (fr_passport, ["passeport n°", "numéro de passeport"], "passport_fr", ""),
    ],
    "es_ES": [
        (dni, ["DNI", "D.N.I."], "dni", "dni"),
        (nie, ["NIE"], "nie", "dni"),
        (nss, ["nº de la Seguridad Social", "NSS"], "nss", "nss"),
    ],
    "it_IT": [
        (codice_fiscale, ["codice fiscale", "C.F."], "cf", "cf"),
        (carta_identita, ["carta d'identità n.", "CIE"], "cie", ""),
    ],
    "pl_PL": [
        (pesel, ["PESEL", "nr PESEL"], "pesel", "pesel"),
        (nip, ["NIP"], "nip", "nip"),
        (dowod, ["nr dowodu", "dowód osobisty"], "dowod", "dowod"),
    ],
    "pt_BR": [
        (cpf, ["CPF", "CPF nº"], "cpf", "cpf"),
        (cns, ["cartão SUS", "CNS"], "cns", "cns"),
        (pis, ["PIS", "PIS/PASEP"], "pis", "pis"),
    ],
    "de_LI": [
        (ahv, ["AHV-Nr.", "AHV-Nummer"], "ahv", "ahv"),
        (
            lambda r: icao_doc(r, "ABCDEFGHJKL", 8),
            ["Passnummer", "Pass-Nr."],
            "passport_li",
            "icao",
        ),
    ],
    "sv_FI": [(hetu, ["personbeteckning", "hetu", "personbet."], "hetu", "hetu")],
    "en_BS": [
        (bs_nib, ["NIB number", "National Insurance #"], "nib", ""),
        (bs_passport, ["passport no.", "passport number"], "passport_bs", ""),
    ],
    "mt_MT": [(mt_idcard, ["ID card", "karta tal-identità", "ID no."], "mt_id", "")],
}

ID_CHECKS = {
    "nhs": ck.nhs_ok,
    "ssn": ck.ssn_ok,
    "steuerid": ck.steuerid_ok,
    "kvnr": ck.kvnr_ok,
    "nir": ck.nir_ok,
    "dni": ck.dni_ok,
    "nss": ck.nss_ok,
    "cf": ck.cf_ok,
    "pesel": ck.pesel_ok,
    "nip": ck.nip_ok,
    "dowod": ck.dowod_ok,
    "cpf": ck.cpf_ok,
    "cns": ck.cns_ok,
    "pis": ck.pis_ok,
    "ahv": ck.ahv_ok,
    "hetu": ck.hetu_ok,
    "aba": lambda v: ck.aba_ok(v.split()[0]),
    "icao": lambda v: ck.icao_digit(v[:-1]) == v[-1],
}


def national_id(rng: random.Random, locale: str) -> tuple[str, list[str], str, str]:
    """(value, cue labels, id name, check name)."""
    gen, labels, name, check = rng.choice(IDS[locale])
    return gen(rng), labels, name, check
