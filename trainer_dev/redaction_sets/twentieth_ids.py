"""National ids (with their own checks) and look-alike values for the twentieth set."""

from __future__ import annotations

from .twentieth_values import digs, luhn_ok

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


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def cpf_ok(d: str) -> bool:
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
        if (s * 10 % 11) % 10 != int(d[n]):
            return False
    return True


def bsn_ok(d: str) -> bool:
    return (
        len(d) == 9
        and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0
        and d[0] != "0"
    )


def pesel_ok(d: str) -> bool:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(d) == 11 and (10 - sum(int(d[i]) * w[i] for i in range(10)) % 10) % 10 == int(d[10])


def rut_dv(body: str) -> str:
    s, m = 0, 2
    for ch in reversed(body):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    v = 11 - s % 11
    return "0" if v == 11 else "K" if v == 10 else str(v)


def s10_check(eight: str) -> str:
    v = 11 - sum(int(a) * b for a, b in zip(eight, [8, 6, 4, 2, 3, 5, 9, 7], strict=False)) % 11
    return "5" if v == 10 else "0" if v == 11 else str(v)


def isbn13_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 13 and sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


def national_id(r, loc):
    """Return (form, value) -- form names the scheme, tests re-check it."""
    if loc == "en_US":
        a = r.choice([x for x in range(1, 900) if x != 666])
        v = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return "ssn", v if r.random() < 0.7 else v.replace("-", " ")
    if loc == "en_IN":
        while True:
            b = str(r.randint(2, 9)) + digs(r, 10)
            for c in "0123456789":
                if verhoeff_ok(b + c):
                    n = b + c
                    return "aadhaar", r.choice(
                        [f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}", n]
                    )
    if loc == "pt_BR":
        while True:
            b = digs(r, 9)
            for c in range(100):
                n = b + f"{c:02d}"
                if cpf_ok(n):
                    return "cpf", r.choice([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", n])
    if loc == "nl_NL":
        while True:
            n = str(r.randint(1, 6)) + digs(r, 8)
            if bsn_ok(n):
                return "bsn", r.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}"])
    if loc == "pl_PL":
        y = r.randint(58, 105)
        mm = r.randint(1, 12) + (20 if y >= 100 else 0)
        b = f"{y % 100:02d}{mm:02d}{r.randint(1, 28):02d}{digs(r, 4)}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return "pesel", b + str((10 - sum(int(b[i]) * w[i] for i in range(10)) % 10) % 10)
    if loc == "sv_SE":
        b = f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digs(r, 3)}"
        for c in "0123456789":
            if luhn_ok(b + c):
                return "personnummer", f"{b[:6]}{r.choice(['-', '-', ''])}{b[6:]}{c}"
    if loc == "es_CO":
        n = str(r.randint(10000000, 1099999999))
        return "cedula", r.choice([n, f"{int(n):,}".replace(",", ".")])
    if loc == "id_ID":
        reg = r.choice(["3174", "3171", "3273", "3471", "3578", "3374", "5171", "1271"])
        dd = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
        return (
            "nik",
            f"{reg}{digs(r, 2)}{dd:02d}{r.randint(1, 12):02d}"
            f"{r.randint(70, 99):02d}{r.randint(1, 40):04d}",
        )
    if loc == "en_PH":
        if r.random() < 0.5:
            return "sss", f"{r.randint(1, 34):02d}-{digs(r, 7)}-{r.randint(0, 9)}"
        return "tin", f"{r.randint(100, 999)}-{digs(r, 3)}-{digs(r, 3)}-000"
    if loc == "es_CL":
        b = str(r.randint(6000000, 24999999))
        dv = rut_dv(b)
        return "rut", r.choice([f"{int(b):,}".replace(",", ".") + f"-{dv}", f"{b}-{dv}"])
    if loc == "es_PE":
        return "dni", f"{r.randint(10000000, 79999999)}"
    return "ke_id", f"{r.randint(20000000, 39999999)}"


# ---------------------------------------------------------------- look-alikes
CURRENCY = {
    "en_US": "$",
    "en_IN": "₹",
    "pt_BR": "R$ ",
    "nl_NL": "€ ",
    "pl_PL": "zł",
    "sv_SE": "kr",
    "es_CO": "$",
    "id_ID": "Rp",
    "en_PH": "₱",
    "es_CL": "$",
    "es_PE": "S/ ",
    "en_KE": "KSh ",
}
NAMED_PLACES = {
    "en_US": ["Johnson & Johnson", "Walt Disney World", "Lincoln Center", "Ford", "Carnegie Hall"],
    "en_IN": [
        "Tata Motors",
        "Indira Gandhi International Airport",
        "Godrej",
        "Bajaj Finserv",
        "Mahindra",
    ],
    "pt_BR": [
        "Aeroporto Santos Dumont",
        "Fundação Getulio Vargas",
        "Ponte Rio-Niterói",
        "Estádio Mané Garrincha",
    ],
    "nl_NL": ["Philips", "Albert Heijn", "Van Gogh Museum", "Johan Cruijff ArenA", "Fokker"],
    "pl_PL": [
        "Lotnisko Chopina",
        "Uniwersytet Jagielloński",
        "Fundacja Mikołaja Kopernika",
        "Wedel",
    ],
    "sv_SE": [
        "Ericsson",
        "Karolinska Institutet",
        "Astrid Lindgrens Värld",
        "Nobelmuseet",
        "Hasselblad",
    ],
    "es_CO": [
        "Estadio Atanasio Girardot",
        "Universidad Jorge Tadeo Lozano",
        "Aeropuerto José María Córdova",
    ],
    "id_ID": ["Bandara Soekarno-Hatta", "Universitas Gadjah Mada", "Stadion Gelora Bung Karno"],
    "en_PH": [
        "Ninoy Aquino International Airport",
        "Ayala Malls",
        "Rizal Park",
        "Ateneo de Manila",
    ],
    "es_CL": [
        "Aeropuerto Arturo Merino Benítez",
        "Universidad Adolfo Ibáñez",
        "Museo Violeta Parra",
    ],
    "es_PE": [
        "Aeropuerto Jorge Chávez",
        "Universidad Ricardo Palma",
        "Estadio Nacional Alianza Lima",
    ],
    "en_KE": [
        "Jomo Kenyatta International Airport",
        "Moi University",
        "Kenyatta National Hospital",
    ],
}
AIRLINE = {
    "en_US": ["UA", "DL", "AA"],
    "en_IN": ["6E", "AI", "UK"],
    "pt_BR": ["LA", "G3", "AD"],
    "nl_NL": ["KL", "HV"],
    "pl_PL": ["LO", "FR"],
    "sv_SE": ["SK", "DY"],
    "es_CO": ["AV", "LA"],
    "id_ID": ["GA", "JT", "QG"],
    "en_PH": ["PR", "5J"],
    "es_CL": ["LA", "JA", "H2"],
    "es_PE": ["LA", "H2"],
    "en_KE": ["KQ", "JM"],
}
US_DATES = {"en_US", "en_PH"}


def _money(r, loc):
    c = CURRENCY[loc]
    if loc in ("en_US", "en_PH", "en_KE", "en_IN"):
        v = f"{r.randint(12, 4999):,}.{r.choice(['00', '99', '50'])}"
    elif loc in ("id_ID", "es_CO", "es_CL"):
        v = f"{r.randint(15, 899) * 1000:,}".replace(",", ".")
    else:
        v = f"{r.randint(9, 2499)},{r.choice(['00', '90', '99', '50'])}"
    return (c + v) if not c.endswith("ł") and c != "kr" else f"{v} {c}"


def lookalike(r, loc, kind):
    if kind == "ORDER":
        return r.choice(
            [
                f"#{r.randint(10000, 9999999)}",
                f"ORD-{r.randint(100000, 999999)}",
                f"{r.randint(2024, 2026)}-{r.randint(10000, 99999)}",
            ]
        )
    if kind == "INVOICE":
        n = r.randint(1, 9999)
        if loc == "pt_BR":
            return r.choice([f"NF {r.randint(1000, 99999)}", f"NF-e {n:06d}"])
        if loc == "pl_PL":
            return f"FV/{r.randint(1, 999)}/{r.randint(1, 12):02d}/2026"
        return r.choice([f"INV-{r.randint(2025, 2026)}-{n:04d}", f"INV{n:05d}", f"F-{n:04d}/26"])
    if kind == "TICKET":
        return r.choice(
            [
                f"#{r.randint(100000, 999999)}",
                f"CS-{r.randint(10000, 99999)}",
                f"SR{r.randint(1000000, 9999999)}",
            ]
        )
    if kind == "TRACKING":
        e = digs(r, 8)
        pre, cc = r.choice(["LB", "RR", "CP", "EE", "RX"]), r.choice(["BR", "NL", "PL", "SE", "CN"])
        return f"{pre}{e}{s10_check(e)}{cc}"
    if kind == "ISBN":
        while True:
            b = r.choice(
                ["97885", "97890", "97883", "97891", "97884", "97893", "97860", "97897"]
            ) + digs(r, 7)
            for c in "0123456789":
                if isbn13_ok(b + c) and not luhn_ok(b + c):
                    n = b + c
                    return f"ISBN {n[:3]}-{n[3:5]}-{n[5:9]}-{n[9:12]}-{n[12]}"
    if kind == "PRICE":
        return _money(r, loc)
    if kind == "DATE":
        d, m = r.randint(1, 28), r.randint(1, 12)
        if loc in US_DATES:
            return f"{m}/{d}/{r.choice([2025, 2026])}"
        return r.choice([f"{d:02d}/{m:02d}/2026", f"{d:02d}.{m:02d}.2026", f"2026-{m:02d}-{d:02d}"])
    if kind == "TIME":
        return r.choice(
            [
                f"{r.randint(8, 20)}:{r.choice(['00', '15', '30', '45'])}",
                f"{r.randint(1, 11)}:{r.choice(['00', '30'])} {r.choice(['AM', 'PM'])}",
            ]
        )
    if kind == "FLIGHT":
        return f"{r.choice(AIRLINE[loc])} {r.randint(100, 9899)}"
    if kind == "VERSION":
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(1, 4)}.{r.randint(0, 9)}",
            ]
        )
    if kind == "ROOM":
        return r.choice([f"{r.randint(1, 9)}.{r.randint(1, 40):02d}", f"B{r.randint(101, 420)}"])
    if kind == "MEASURE":
        return r.choice(
            [
                f"{r.randint(20, 200)} x {r.randint(20, 120)} cm",
                f"{r.randint(1, 40)} kg",
                f"{r.randint(2, 64)} GB",
            ]
        )
    if kind == "PERCENT":
        return f"{r.choice([5, 10, 12, 15, 20, 25, 30, 40, 50])}%"
    return r.choice(NAMED_PLACES[loc])


LOOK_KINDS = [
    "ORDER",
    "INVOICE",
    "TICKET",
    "TRACKING",
    "ISBN",
    "PRICE",
    "DATE",
    "TIME",
    "FLIGHT",
    "VERSION",
    "ROOM",
    "MEASURE",
    "PERCENT",
    "NAMED",
]
