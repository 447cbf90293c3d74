"""Look-alikes for the fifty-third set: numbers and names a redactor must keep, in the forms the
arts trades use (ISBN, ISMN, ISWC, ISRC, EAN/UPC on releases, ISO 6346 containers for touring
freight, company numbers with check digits, booking and invoice numbers, dates, times, amounts,
measures, seats, catalogue numbers of works, venues and makers named after people)."""

from __future__ import annotations

import random
import string

from trainer_dev.redaction_sets import fiftythird_checks as ck
from trainer_dev.redaction_sets.fiftythird_locales import POOLS
from trainer_dev.redaction_sets.fiftythird_pools_en import WORD_LOOKS
from trainer_dev.redaction_sets.fiftythird_pools_euro import (
    DE_WORD_LOOKS,
    ES_WORD_LOOKS,
    FR_WORD_LOOKS,
)
from trainer_dev.redaction_sets.fiftythird_pools_far import (
    AZ_WORD_LOOKS,
    RM_WORD_LOOKS,
    SW_WORD_LOOKS,
)
from trainer_dev.redaction_sets.fiftythird_pools_north import (
    CS_WORD_LOOKS,
    FY_WORD_LOOKS,
    SV_WORD_LOOKS,
)

WORDS = {
    "en_GB": WORD_LOOKS,
    "en_US": WORD_LOOKS,
    "en_CA": WORD_LOOKS,
    "de_DE": DE_WORD_LOOKS,
    "fr_BE": FR_WORD_LOOKS,
    "es_MX": ES_WORD_LOOKS,
    "sv_SE": SV_WORD_LOOKS,
    "cs_CZ": CS_WORD_LOOKS,
    "fy_NL": FY_WORD_LOOKS,
    "rm_CH": RM_WORD_LOOKS,
    "sw_KE": SW_WORD_LOOKS,
    "az_AZ": AZ_WORD_LOOKS,
}

EAN_PREFIX = {
    "en_GB": "50",
    "en_US": "0",
    "en_CA": "06",
    "de_DE": "40",
    "fr_BE": "54",
    "es_MX": "750",
    "sv_SE": "73",
    "cs_CZ": "859",
    "fy_NL": "87",
    "rm_CH": "76",
    "sw_KE": "616",
    "az_AZ": "476",
}

ISRC_CC = {
    "en_GB": "GB",
    "en_US": "US",
    "en_CA": "CA",
    "de_DE": "DE",
    "fr_BE": "BE",
    "es_MX": "MX",
    "sv_SE": "SE",
    "cs_CZ": "CZ",
    "fy_NL": "NL",
    "rm_CH": "CH",
    "sw_KE": "KE",
    "az_AZ": "AZ",
}

MONTHS = {
    "en": ["January", "March", "April", "June", "September", "October", "November"],
    "de": ["Januar", "März", "April", "Juni", "September", "Oktober"],
    "fr": ["janvier", "mars", "avril", "juin", "septembre", "octobre"],
    "es": ["enero", "marzo", "abril", "junio", "septiembre", "octubre"],
    "sv": ["januari", "mars", "april", "juni", "september", "oktober"],
    "cs": ["ledna", "března", "dubna", "června", "září", "října"],
    "fy": ["jannewaris", "maart", "april", "juny", "septimber", "oktober"],
    "rm": ["schaner", "mars", "avrigl", "zercladur", "settember", "october"],
    "sw": ["Januari", "Machi", "Aprili", "Juni", "Septemba", "Oktoba"],
    "az": ["yanvar", "mart", "aprel", "iyun", "sentyabr", "oktyabr"],
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _date(rng: random.Random, loc: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2027])
    lang = loc[:2]
    month = rng.choice(MONTHS[lang])
    return {
        "en_GB": rng.choice([f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}"]),
        "en_US": rng.choice([f"{month} {d}, {y}", f"{m}/{d}/{y}"]),
        "en_CA": rng.choice([f"{y}-{m:02d}-{d:02d}", f"{month} {d}, {y}"]),
        "de_DE": rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}"]),
        "fr_BE": rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}"]),
        "es_MX": rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}"]),
        "sv_SE": rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}"]),
        "cs_CZ": rng.choice([f"{d}. {m}. {y}", f"{d}. {month} {y}"]),
        "fy_NL": rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}"]),
        "rm_CH": rng.choice([f"{d:02d}.{m:02d}.{y}", f"ils {d} da {month} {y}"]),
        "sw_KE": rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}"]),
        "az_AZ": rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}"]),
    }[loc]


def _amount(rng: random.Random, loc: str) -> str:
    n = rng.choice([rng.randint(40, 990), rng.randint(1000, 48000)])
    c = rng.choice(["00", "50", "90"])
    th = f"{n:,}"
    return {
        "en_GB": f"£{th}.{c}",
        "en_US": f"${th}",
        "en_CA": f"CA${th}.{c}",
        "de_DE": f"{th.replace(',', '.')},{c} €",
        "fr_BE": f"{th.replace(',', ' ')},{c} €",
        "es_MX": f"${th} MXN",
        "sv_SE": f"{th.replace(',', ' ')} kr",
        "cs_CZ": f"{th.replace(',', ' ')} Kč",
        "fy_NL": f"€ {th.replace(',', '.')},{c}",
        "rm_CH": f"CHF {th.replace(',', chr(39))}.–",
        "sw_KE": f"KSh {th}",
        "az_AZ": f"{th.replace(',', ' ')} AZN",
    }[loc]


def _company_number(rng: random.Random, loc: str) -> str:
    return {
        "en_GB": lambda: ck.gb_vat(rng),
        "en_US": lambda: f"EIN {_d(rng, 2)}-{_d(rng, 7)}",
        "en_CA": lambda: f"{_d(rng, 9)} RT0001",
        "de_DE": lambda: ck.de_vat(rng),
        "fr_BE": lambda: "BE " + ck.be_enterprise(rng),
        "es_MX": lambda: (
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(3))
            + f"{rng.randint(90, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
        ),
        "sv_SE": lambda: ck.se_orgnr(rng),
        "cs_CZ": lambda: "IČO " + ck.cz_ico(rng),
        "fy_NL": lambda: f"KvK {_d(rng, 8)}",
        "rm_CH": lambda: ck.ch_uid(rng),
        "sw_KE": lambda: "P05" + _d(rng, 7) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"),
        "az_AZ": lambda: "VÖEN " + rng.choice(["1", "9", "2"]) + _d(rng, 9),
    }[loc]()


def _ref(rng: random.Random, loc: str) -> str:
    return rng.choice(
        [
            f"PO {rng.choice(['45', '47'])}{_d(rng, 8)}",
            f"{rng.choice(['BK', 'TKT', 'INV', 'ORD', 'SUB'])}-{rng.randint(2025, 2027)}-"
            f"{_d(rng, 5)}",
            f"#{_d(rng, 6)}",
            f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
            f"{_d(rng, 4)}/{_d(rng, 2)}",
        ]
    )


def _work(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Op. {rng.randint(2, 130)} No. {rng.randint(1, 6)}",
            f"BWV {rng.randint(772, 1080)}",
            f"K. {rng.randint(100, 626)}",
            f"Hob. XVI:{rng.randint(20, 52)}",
            f"D {rng.randint(100, 960)}",
            f"RV {rng.randint(100, 580)}",
        ]
    )


def _measure(rng: random.Random, loc: str) -> str:
    dec = "." if loc[:2] == "en" else ","
    return rng.choice(
        [
            f"{rng.randint(6, 18)} x {rng.randint(4, 12)} m",
            f"{rng.randint(2, 9)}{dec}5 kW",
            f"{rng.choice([44, 48, 96])} kHz / 24 bit",
            f"{rng.choice([16, 35, 70])} mm",
            f"{rng.choice([440, 442, 443])} Hz",
            f"{rng.randint(60, 180)} BPM",
        ]
    )


def _seat(rng: random.Random, loc: str) -> str:
    row, n = rng.choice("ABCDEFGHJKLMN"), rng.randint(1, 38)
    return {
        "en": f"Row {row}, seat {n}",
        "de": f"Reihe {row}, Platz {n}",
        "fr": f"rang {row}, place {n}",
        "es": f"fila {row}, butaca {n}",
        "sv": f"rad {row}, plats {n}",
        "cs": f"řada {row}, místo {n}",
        "fy": f"rige {row}, stoel {n}",
        "rm": f"retscha {row}, sez {n}",
        "sw": f"safu {row}, kiti {n}",
        "az": f"{row} sırası, {n} yer",
    }[loc[:2]]


def look(rng: random.Random, loc: str) -> tuple[str, str]:
    """One look-alike (value, kind) for the locale."""
    kind = rng.choice(
        [
            "isbn",
            "ismn",
            "ean",
            "isrc",
            "iswc",
            "container",
            "company",
            "ref",
            "date",
            "time",
            "amount",
            "measure",
            "seat",
            "work",
            "venue",
            "word",
            "ref",
            "venue",
            "date",
            "amount",
        ]
    )
    if kind == "isbn":
        v = ck.isbn13(rng) if rng.random() < 0.6 else ck.isbn10(rng)
    elif kind == "ismn":
        v = ck.ismn(rng)
    elif kind == "ean":
        p = EAN_PREFIX[loc]
        v = ck.ean13(rng, p) if p != "0" else ck.ean13(rng, "0")[1:]
    elif kind == "isrc":
        v = (
            f"{ISRC_CC[loc]}-{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}-"
            f"{rng.randint(19, 26)}-{_d(rng, 5)}"
        )
    elif kind == "iswc":
        v = ck.iswc(rng)
    elif kind == "container":
        v = ck.container(rng)
    elif kind == "company":
        v = _company_number(rng, loc)
    elif kind == "ref":
        v = _ref(rng, loc)
    elif kind == "date":
        v = _date(rng, loc)
    elif kind == "time":
        h, m = rng.randint(9, 23), rng.choice([0, 15, 30, 45])
        v = (
            f"{h}:{m:02d}"
            if loc != "en_US"
            else f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}"
        )
    elif kind == "amount":
        v = _amount(rng, loc)
    elif kind == "measure":
        v = _measure(rng, loc)
    elif kind == "seat":
        v = _seat(rng, loc)
    elif kind == "work":
        v = _work(rng)
    elif kind == "venue":
        v = rng.choice(POOLS[loc]["venues"])
    else:
        v = rng.choice(WORDS[loc])
    return v, kind
