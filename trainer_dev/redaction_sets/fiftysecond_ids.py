"""Personal ids per locale for the fifty-second set: (value, cue words, form).

Ids with a published check rule are made valid; the others are format-only (see the data card).
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fiftysecond_checks as ck

DIG = "0123456789"
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _l(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = _d(rng, 6)
    if rng.random() < 0.5:
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"
    return f"{pre}{d}{rng.choice('ABCD')}"


def nhs(rng: random.Random) -> str:
    while True:
        stem = _d(rng, 9)
        c = ck.nhs_check(stem)
        if c is not None and stem[0] != "0":
            n = stem + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.6 else n


def steuer_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample(DIG, 9)
        twice = rng.choice(digits)
        ten = digits + [twice]
        rng.shuffle(ten)
        if ten[0] != "0":
            break
    stem = "".join(ten)
    n = stem + str(ck.steuer_id_check(stem))
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if rng.random() < 0.5 else n


def ausweis(rng: random.Random, first: str = "") -> str:
    alpha = "CFGHJKLMNPRTVWXYZ0123456789"
    serial = (first or rng.choice("CFGHJKLMNPRTVWXYZ")) + "".join(
        rng.choice(alpha) for _ in range(8)
    )
    return serial + str(ck.ausweis_check(serial))


_MONTHS = "ABCDEHLMPRST"
_COMUNI = {"de_IT": ["A952", "F132", "B160", "B220", "A332", "I729"],
           "it_IT": ["H501", "F205", "L219", "F839", "A944", "D612", "C351"]}


def _cf_part(name: str, given: bool) -> str:
    up = "".join(c for c in name.upper() if c.isalpha() and c.isascii())
    cons = [c for c in up if c not in "AEIOU"]
    vows = [c for c in up if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(loc: str, rng: random.Random, given: str, sur: str) -> str:
    from trainer_dev.redaction_sets.fiftysecond_values import fold

    head = _cf_part(fold(sur), False) + _cf_part(fold(given), True)
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    body = f"{head}{rng.randint(50, 99)}{rng.choice(_MONTHS)}{day:02d}{rng.choice(_COMUNI[loc])}"
    return body + ck.codice_fiscale_char(body)


def dni(rng: random.Random) -> str:
    n = rng.randint(10000000, 79999999)
    return f"{n}{ck.dni_letter(n)}" if rng.random() < 0.7 else f"{n}-{ck.dni_letter(n)}"


def nie(rng: random.Random) -> str:
    pre = rng.choice("XYZ")
    n = _d(rng, 7)
    return f"{pre}{n}{ck.dni_letter(int(str('XYZ'.index(pre)) + n))}"


def naf(rng: random.Random, provinces: list[str]) -> str:
    prov = rng.choice(provinces)
    num = str(rng.randint(10000000, 99999999))
    ctrl = int(prov + num) % 97
    return f"{prov}/{num}/{ctrl:02d}" if rng.random() < 0.5 else f"{prov} {num} {ctrl:02d}"


def nir(rng: random.Random, pf: bool) -> str:
    sex = rng.choice("12")
    yy, mm = f"{rng.randint(55, 99):02d}", f"{rng.randint(1, 12):02d}"
    if pf:
        place = "987" + rng.choice(["11", "35", "36", "41", "43", "50", "55", "57"])
    else:
        place = rng.choice(["75", "95", "31", "69", "13", "33", "44", "67"]) + _d(rng, 3)
    stem = sex + yy + mm + place + _d(rng, 3)
    key = ck.nir_key(stem)
    if rng.random() < 0.6:
        return f"{stem[0]} {stem[1:3]} {stem[3:5]} {stem[5:7]} {stem[7:10]} {stem[10:]} {key:02d}"
    return f"{stem}{key:02d}"


def bsn(rng: random.Random) -> str:
    while True:
        stem = _d(rng, 8)
        total = sum(int(c) * w for c, w in zip(stem, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and stem[0] != "0":
            n = stem + str(last)
            return f"{n[:4]}.{n[4:6]}.{n[6:]}" if rng.random() < 0.3 else n


def nif_pt(rng: random.Random) -> str:
    stem = rng.choice("123") + _d(rng, 7)
    n = stem + str(ck.mod11_pt_check(stem))
    return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.4 else n


def cartao_cidadao(rng: random.Random) -> str:
    """Civil number, one digit, two version letters, a last digit making the whole valid."""
    stem = _d(rng, 8) + rng.choice(DIG) + _l(rng, 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for last in DIG:
        if cc_ok(stem + last):
            return f"{stem[:8]} {stem[8]} {stem[9:]}{last}"
    raise AssertionError(stem)


def cc_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    total = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch, 36)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def _uas(rng: random.Random, iso3: str) -> str:
    return iso3 + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(12))


def make_id(loc: str, rng: random.Random, given: str, sur: str) -> tuple[str, list[str], str]:
    """(value, cue words for this id in the post's language, id name for the data card)."""
    pick = rng.random()
    if loc == "en_US":
        opts = [(ssn(rng), ["SSN", "Social Security no.", "social"], "ssn"),
                (_d(rng, 9), ["passport no.", "passport number"], "passport"),
                (str(rng.randint(1000000, 9999999)), ["FAA certificate no.", "airman cert #"],
                 "faa-cert"),
                ("FA3" + _l(rng, 7, "ABCDEFGHJKLMNPRTUVWXY0123456789"),
                 ["FAA drone registration", "registration"], "faa-uas")]
    elif loc == "en_GB":
        opts = [(nino(rng), ["NI number", "National Insurance no."], "nino"),
                (nhs(rng), ["NHS number", "NHS no."], "nhs"),
                (_d(rng, 9), ["passport number", "passport no."], "passport"),
                (f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)} {_d(rng, 8)}",
                 ["sort code and account", "bank details (sort code, account)"], "sortcode")]
    elif loc == "en_KY":
        opts = [(_d(rng, 9), ["Cayman passport no.", "passport number"], "ky-passport"),
                (f"{rng.choice('DL')}{_d(rng, 6)}", ["driver's licence", "DL no."], "ky-dl"),
                (f"WP{_d(rng, 7)}", ["work permit no.", "permit number"], "ky-permit")]
    elif loc == "de_DE":
        opts = [(steuer_id(rng), ["Steuer-ID", "Steueridentifikationsnummer", "IdNr."], "stid"),
                (ausweis(rng), ["Personalausweisnummer", "Ausweis-Nr."], "ausweis"),
                (ausweis(rng, "C"), ["Reisepassnummer", "Pass-Nr."], "reisepass"),
                (_uas(rng, "DEU"), ["UAS-Betreibernummer", "eID"], "uas")]
    elif loc in ("de_IT", "it_IT"):
        opts = [(codice_fiscale(loc, rng, given, sur), ["Steuernummer", "codice fiscale", "C.F."]
                 if loc == "de_IT" else ["codice fiscale", "C.F.", "CF"], "cf"),
                (f"C{rng.choice('ABCDE')}{_d(rng, 5)}{_l(rng, 2)}",
                 ["carta d'identità", "Identitätskarte"] if loc == "de_IT"
                 else ["carta d'identità", "CIE n."], "cie"),
                (f"Y{rng.choice('ABCD')}{_d(rng, 7)}", ["passaporto n.", "Reisepass"], "passport"),
                (_uas(rng, "ITA"), ["codice operatore UAS", "UAS-Betreiber"], "uas")]
    elif loc == "fr_FR":
        opts = [(nir(rng, False), ["n° de sécu", "NIR", "numéro de sécurité sociale"], "nir"),
                (f"{_d(rng, 2)}{_l(rng, 2)}{_d(rng, 5)}", ["passeport n°", "n° de passeport"],
                 "passport"),
                (rng.choice("0123") + _d(rng, 12), ["numéro fiscal", "n° fiscal"], "spi"),
                (_uas(rng, "FRA"), ["n° d'exploitant UAS", "AlphaTango"], "uas")]
    elif loc == "fr_PF":
        opts = [(nir(rng, True), ["n° de sécu", "NIR", "numéro de sécurité sociale"], "nir-pf"),
                (_d(rng, 7), ["numéro DN", "n° CPS"], "cps-dn"),
                (f"{_d(rng, 2)}{_l(rng, 2)}{_d(rng, 5)}", ["passeport n°"], "passport")]
    elif loc in ("es_ES", "eu_ES"):
        provs = ["48", "20", "01"] if loc == "eu_ES" else ["28", "08", "29", "46", "41"]
        opts = [(dni(rng), ["DNI", "NAN"] if loc == "eu_ES" else ["DNI", "D.N.I."], "dni"),
                (nie(rng), ["NIE", "AIZ"] if loc == "eu_ES" else ["NIE"], "nie"),
                (naf(rng, provs), ["nº de afiliación", "Gizarte Segurantzako zenbakia"]
                 if loc == "eu_ES" else ["nº de la Seguridad Social", "NAF"], "naf"),
                (_uas(rng, "ESP"), ["n.º de operador UAS"], "uas")]
    elif loc == "nl_NL":
        opts = [(bsn(rng), ["BSN", "burgerservicenummer"], "bsn"),
                (f"N{_l(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_d(rng, 2)}{_l(rng, 2)}{_d(rng, 3)}",
                 ["paspoortnummer", "paspoort nr."], "passport"),
                (_d(rng, 10), ["rijbewijsnummer", "rijbewijs nr."], "rijbewijs"),
                (_uas(rng, "NLD"), ["exploitantnummer", "UAS-registratie"], "uas")]
    else:  # pt_PT
        opts = [(nif_pt(rng), ["NIF", "contribuinte n.º"], "nif"),
                (cartao_cidadao(rng), ["cartão de cidadão", "CC n.º"], "cc"),
                (_d(rng, 9), ["nº de utente", "utente SNS"], "utente"),
                (_uas(rng, "PRT"), ["n.º de operador UAS"], "uas")]
    return opts[int(pick * len(opts))]
