"""National ids per country, with their check digits computed from the published rules."""

from __future__ import annotations

from . import twentyfirst_checks as ck
from .twentyfirst_people import fold
from .twentyfirst_values import _d, dwindows

CURP_STATES = ["DF", "JC", "NL", "PL", "QT", "YN", "OC", "MC", "GT", "BC", "VZ", "CH"]
BELFIORE = [
    "H501",
    "F205",
    "L219",
    "F839",
    "A944",
    "D612",
    "D969",
    "G273",
    "A662",
    "L781",
    "G224",
    "L424",
]


def _date(rng, y0=1968, y1=2003):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def _cf_part(word: str, is_name: bool) -> str:
    w = "".join(c for c in fold(word).upper() if c.isalpha())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join(cons + vow + ["X", "X", "X"])[:3]


def _curp_part(surname: str) -> str:
    w = "".join(c for c in fold(surname).upper() if c.isalpha())
    vow = next((c for c in w[1:] if c in "AEIOU"), "X")
    return w[0] + vow


def _curp_cons(word: str) -> str:
    w = "".join(c for c in fold(word).upper() if c.isalpha())
    return next((c for c in w[1:] if c not in "AEIOU"), "X")


def national_id(loc: str, rng, person: dict) -> tuple[str, list[str], str]:
    """Return (value, fragments, form)."""
    y, m, d = _date(rng)
    f = person["gender"] == "f"
    if loc == "en_US":
        area = rng.choice([n for n in range(1, 900) if n != 666])
        s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        form = rng.choice(["ssn_dashed", "ssn_dashed", "ssn_spaced", "ssn_compact"])
        v = {
            "ssn_dashed": f"{s[:3]}-{s[3:5]}-{s[5:]}",
            "ssn_spaced": f"{s[:3]} {s[3:5]} {s[5:]}",
            "ssn_compact": s,
        }[form]
        return v, dwindows(v), form
    if loc == "en_GB":
        if rng.random() < 0.6:
            while True:
                pre = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
                if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                    break
            dd = _d(rng, 6)
            v = rng.choice(
                [
                    f"{pre} {dd[:2]} {dd[2:4]} {dd[4:]} {rng.choice('ABCD')}",
                    f"{pre}{dd}{rng.choice('ABCD')}",
                ]
            )
            return v, dwindows(v), "ni_number"
        while True:
            first = _d(rng, 9)
            k = ck.nhs_check(first)
            if k is not None:
                break
        n = first + str(k)
        v = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])
        return v, dwindows(v), "nhs_number"
    if loc == "en_MT":
        v = f"{rng.randint(1000, 999999):d}{rng.choice('MMMGLA')}"
        v = rng.choice([v, v.zfill(8)])
        return v, dwindows(v) or ["s:" + v], "id_card"
    if loc == "de_DE":
        while True:
            digs = rng.sample("0123456789", 9)
            digs.append(rng.choice(digs))
            rng.shuffle(digs)
            if digs[0] != "0":
                break
        first = "".join(digs)
        n = first + ck.steuer_id_check(first)
        v = rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])
        return v, dwindows(v), "steuer_id"
    if loc == "fr_FR":
        dept = rng.choice(["75", "69", "13", "33", "59", "44", "31", "92", "93", "35", "67", "38"])
        commune, order = rng.randint(1, 999), rng.randint(1, 999)
        n13 = f"{2 if f else 1}{y % 100:02d}{m:02d}{dept}{commune:03d}{order:03d}"
        n = n13 + f"{97 - int(n13) % 97:02d}"
        v = rng.choice([f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n])
        return v, dwindows(v), "nir"
    if loc == "fr_CH":
        first = "756" + _d(rng, 9)
        n = first + ck.ean13_check(first)
        v = rng.choice([f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}", n])
        return v, dwindows(v), "avs"
    if loc == "es_MX":
        s1, s2 = (
            person["surname"].split()[-1],
            rng.choice(["López", "Ortega", "Ramos", "Ibarra", "Solís"]),
        )
        g = person["given"].split()[0]
        head = _curp_part(s1) + fold(s2)[0].upper() + fold(g)[0].upper()
        body = f"{y % 100:02d}{m:02d}{d:02d}{'M' if f else 'H'}{rng.choice(CURP_STATES)}"
        body += _curp_cons(s1) + _curp_cons(s2) + _curp_cons(g) + ("0" if y < 2000 else "A")
        v17 = head + body
        v = v17 + ck.curp_check(v17)
        return v, ["s:" + v], "curp"
    if loc == "es_CL":
        body = str(rng.randint(8_000_000, 26_999_999))
        dv = ck.rut_dv(body)
        fmt = f"{int(body):,}".replace(",", ".")
        v = rng.choice([f"{fmt}-{dv}", f"{body}-{dv}", f"{fmt}-{dv}"])
        return v, dwindows(v), "rut"
    if loc == "es_UY":
        body = str(rng.randint(1_500_000, 6_499_999))
        dv = ck.ci_uy_dv(body)
        v = rng.choice(
            [
                f"{body[0]}.{body[1:4]}.{body[4:]}-{dv}",
                f"{body}-{dv}",
                f"{body}{dv}",
                f"{body[0]}.{body[1:4]}.{body[4:]}-{dv}",
            ]
        )
        return v, dwindows(v), "cedula"
    if loc == "it_IT":
        sur = person["surname"].replace(" ", "").replace("'", "")
        cf15 = _cf_part(sur, False) + _cf_part(person["given"].split()[0], True)
        cf15 += (
            f"{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{d + (40 if f else 0):02d}{rng.choice(BELFIORE)}"
        )
        v = cf15 + ck.cf_check(cf15)
        return v, ["s:" + v], "codice_fiscale"
    if loc == "sl_SI":
        if rng.random() < 0.55:
            while True:
                serial = rng.randint(500, 999) if f else rng.randint(0, 499)
                first = f"{d:02d}{m:02d}{y % 1000:03d}5{rng.randint(0, 9)}{serial:03d}"
                k = ck.emso_check(first)
                if k is not None:
                    break
            v = first + str(k)
            return v, dwindows(v), "emso"
        while True:
            first = str(rng.randint(1, 9)) + _d(rng, 6)
            k = ck.davcna_check(first)
            if k is not None:
                break
        v = rng.choice(["", "SI", "SI "]) + first + str(k)
        return v, dwindows(v), "davcna"
    if loc == "nl_BE":
        serial = rng.randrange(2 if f else 1, 998, 2)
        first = f"{y % 100:02d}{m:02d}{d:02d}{serial:03d}"
        n = first + ck.rrn_check(first, y >= 2000)
        v = rng.choice(
            [f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n, f"{n[:6]} {n[6:9]} {n[9:]}"]
        )
        return v, dwindows(v), "rijksregister"
    raise ValueError(loc)
