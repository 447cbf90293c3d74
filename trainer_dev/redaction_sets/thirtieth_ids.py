"""National ids and local bank accounts for the thirtieth set (checks computed here)."""

from __future__ import annotations

from trainer_dev.redaction_sets.thirtieth_values import _nd, rib_key

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def _verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def steuer_ok(num: str) -> bool:
    prod = 10
    for ch in num[:10]:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    chk = 11 - prod
    return (0 if chk == 10 else chk) == int(num[10])


def cpf_ok(num: str) -> bool:
    d = [int(c) for c in num]
    for n in (9, 10):
        s = sum(d[i] * (n + 1 - i) for i in range(n)) % 11
        if d[n] != (0 if s < 2 else 11 - s):
            return False
    return len(set(num)) > 1


def bsn_ok(num: str) -> bool:
    return (sum(int(num[i]) * (9 - i) for i in range(8)) - int(num[8])) % 11 == 0


def nir_ok(num: str) -> bool:
    return 97 - int(num[:13]) % 97 == int(num[13:])


def dni_ok(v: str) -> bool:
    body = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23] == v[-1]


def cui_ok(num: str) -> bool:
    return (
        sum(int(num[i]) * (i + 2) for i in range(8)) % 11 == int(num[8])
        and 1 <= int(num[9:11]) <= 22
    )


def aba_ok(num: str) -> bool:
    return sum(int(c) * w for c, w in zip(num, [3, 7, 1] * 3, strict=False)) % 10 == 0


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def make_id(rng, locale: str) -> tuple[str, str, str]:
    """Return (value, form, check-name)."""
    if locale == "en_US":
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return (
            (v, "ssn_dashed", "ssn")
            if rng.random() < 0.7
            else (v.replace("-", " "), "ssn_spaced", "ssn")
        )
    if locale == "en_IN":
        if rng.random() < 0.7:
            body = str(rng.randint(2, 9)) + _nd(rng, 10)
            n = body + _verhoeff_digit(body)
            return (
                (n[:4] + " " + n[4:8] + " " + n[8:], "aadhaar_spaced", "verhoeff")
                if rng.random() < 0.7
                else (n, "aadhaar_plain", "verhoeff")
            )
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        v = (
            "".join(rng.choice(letters) for _ in range(3))
            + "P"
            + rng.choice(letters)
            + _nd(rng, 4)
            + rng.choice(letters)
        )
        return v, "pan", "format"
    if locale == "de_DE":
        while True:
            d = rng.sample(range(10), 9)
            if d[0] == 0:
                continue
            d.insert(rng.randint(1, 9), rng.choice(d))
            body = "".join(map(str, d))
            for c in "0123456789":
                if steuer_ok(body + c):
                    n = body + c
                    break
            return (
                (n, "steuer_id_plain", "steuer")
                if rng.random() < 0.5
                else (f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", "steuer_id_spaced", "steuer")
            )
    if locale == "fr_FR":
        sex, yy, mm = rng.randint(1, 2), rng.randint(50, 99), rng.randint(1, 12)
        dep = rng.choice(["75", "69", "13", "33", "59", "44", "31"])
        body = f"{sex}{yy:02d}{mm:02d}{dep}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        n = body + f"{key:02d}"
        sp = f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
        return (sp, "nir_spaced", "nir") if rng.random() < 0.7 else (n, "nir_plain", "nir")
    if locale == "pt_BR":
        while True:
            d = [rng.randrange(10) for _ in range(9)]
            for n in (9, 10):
                s = sum(d[i] * (n + 1 - i) for i in range(n)) % 11
                d.append(0 if s < 2 else 11 - s)
            n = "".join(map(str, d))
            if cpf_ok(n):
                break
        return (
            (f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", "cpf_dotted", "cpf")
            if rng.random() < 0.7
            else (n, "cpf_plain", "cpf")
        )
    if locale == "nl_NL":
        while True:
            n = str(rng.randint(1, 9)) + _nd(rng, 8)
            if bsn_ok(n):
                break
        return (
            (n, "bsn_plain", "bsn")
            if rng.random() < 0.7
            else (f"{n[:4]}.{n[4:6]}.{n[6:]}", "bsn_dotted", "bsn")
        )
    if locale == "ca_ES":
        if rng.random() < 0.75:
            body = _nd(rng, 8)
            return body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23], "dni", "dni"
        p = rng.choice("XYZ")
        body = _nd(rng, 7)
        return (
            p + body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + body) % 23],
            "nie",
            "dni",
        )
    if locale == "es_GT":
        while True:
            b = _nd(rng, 8)
            c = sum(int(b[i]) * (i + 2) for i in range(8)) % 11
            if c < 10 and b[0] != "0":
                break
        n = b + str(c) + f"{rng.randint(1, 22):02d}" + f"{rng.randint(1, 17):02d}"
        return (
            (f"{n[:4]} {n[4:9]} {n[9:]}", "cui_spaced", "cui")
            if rng.random() < 0.7
            else (n, "cui_plain", "cui")
        )
    if locale == "en_ZM":
        return f"{rng.randint(100000, 999999)}/{rng.randint(10, 99)}/1", "nrc", "format"
    if locale == "fr_CM":
        if rng.random() < 0.6:
            return str(rng.randint(100000000, 999999999)), "cni", "format"
        return (
            rng.choice("MP") + _nd(rng, 12) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"),
            "niu",
            "format",
        )
    if locale == "es_BO":
        dep = rng.choice(["LP", "SC", "CB", "OR", "PT", "CH", "TJ"])
        n = str(rng.randint(1000000, 9999999))
        return (
            (n + " " + dep, "ci_dept", "format")
            if rng.random() < 0.6
            else (n + "-" + dep, "ci_dash", "format")
        )
    # sq_AL: NID letter (decade) + yy + mm (+50 women) + dd + 3 digits + letter
    dec = rng.choice("HIJKL")
    mm = rng.randint(1, 12) + rng.choice([0, 50])
    yy, dd, serial = rng.randint(0, 99), rng.randint(1, 28), rng.randint(0, 999)
    v = f"{dec}{yy:02d}{mm:02d}{dd:02d}{serial:03d}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVW')}"
    return v, "nid", "format"


def make_bank_account(rng, locale: str) -> tuple[str, str, str]:
    """Local bank value for non-IBAN countries, labelled ID."""
    if locale == "en_US":
        while True:
            r = rng.choice(["0210", "0260", "1110", "0110", "1210", "0711"]) + _nd(rng, 5)
            if aba_ok(r):
                break
        return f"{r} / {_nd(rng, 10)}", "routing_account", "aba"
    if locale == "en_IN":
        return str(rng.randint(1, 9)) + _nd(rng, 13), "account_14", "format"
    if locale == "en_ZM":
        return str(rng.randint(1, 9)) + _nd(rng, 12), "account_13", "format"
    if locale == "fr_CM":
        bank, branch, acct = (
            rng.choice(["10005", "10001", "10002", "10029"]),
            _nd(rng, 5),
            str(rng.randint(1, 9)) + _nd(rng, 10),
        )
        return f"{bank} {branch} {acct} {rib_key(bank, branch, acct)}", "rib", "rib"
    return "1" + _nd(rng, 9), "cuenta_10", "format"  # es_BO
