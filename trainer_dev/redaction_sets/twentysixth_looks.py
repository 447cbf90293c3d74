"""Look-alikes: strings that resemble PII but are not, and must survive redaction.

make_look(rng, slot, locale) returns (text, kind). Slots are the {names} used in
the phrase banks. Long all-digit order numbers are made to FAIL Luhn, ISBNs and
S10 tracking numbers carry their VALID check digits.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import twentysixth_checks as ck

_HEX = "0123456789abcdef"
PLACES = {
    "en_US": [
        "Johnson & Johnson",
        "Hewlett Packard Enterprise",
        "Lincoln Center",
        "JFK Terminal 4",
        "Walgreens",
        "Ford Motor Credit",
        "Dell Technologies",
        "the Carnegie Library",
    ],
    "en_IN": [
        "Indira Gandhi International Airport",
        "Tata Consultancy Services",
        "Mahindra Logistics",
        "Nehru Place",
        "Chhatrapati Shivaji Maharaj Terminus",
        "Birla Sun Life",
        "Rajiv Chowk",
    ],
    "de_DE": [
        "Siemens Healthineers",
        "Robert Bosch GmbH",
        "Carl Zeiss AG",
        "Max-Planck-Institut",
        "Fraunhofer IIS",
        "Porsche Consulting",
        "Helmholtz-Zentrum",
        "Dr. Oetker",
    ],
    "fr_FR": [
        "Michelin",
        "Peugeot",
        "l'aéroport Charles-de-Gaulle",
        "l'hôpital Georges-Pompidou",
        "Lacoste",
        "la gare Montparnasse",
        "Dassault Systèmes",
        "le lycée Victor-Duruy",
    ],
    "pt_BR": [
        "Aeroporto Santos Dumont",
        "Hospital Albert Einstein",
        "Fundação Getulio Vargas",
        "Estádio Mané Garrincha",
        "Avenida Getúlio Vargas",
        "Instituto Oswaldo Cruz",
        "Casas Bahia",
    ],
    "nl_NL": [
        "Philips",
        "Heineken",
        "Albert Heijn",
        "Johan Cruijff ArenA",
        "Van Gogh Museum",
        "Fokker Services",
        "Erasmus MC",
        "Anton de Komplein",
    ],
    "en_GH": [
        "Kotoka International Airport",
        "Kwame Nkrumah Interchange",
        "Komfo Anokye Teaching Hospital",
        "Kofi Annan ICT Centre",
        "Kwame Nkrumah University of Science and Technology",
        "Jubilee House",
    ],
    "fr_LU": [
        "la Cour Grand-Ducale",
        "le bâtiment Jean Monnet",
        "le Pont Grande-Duchesse Charlotte",
        "la Fondation Robert Krieps",
        "le Centre Robert Schuman",
        "Ferrero",
        "la Maison Jean Bech",
    ],
    "es_EC": [
        "Aeropuerto Mariscal Sucre",
        "Hospital Carlos Andrade Marín",
        "Estadio Rodrigo Paz Delgado",
        "la Universidad Andina Simón Bolívar",
        "el Malecón Simón Bolívar",
        "la Clínica Kennedy",
    ],
    "fr_SN": [
        "l'aéroport Blaise Diagne",
        "l'université Cheikh Anta Diop",
        "le stade Léopold Sédar Senghor",
        "l'hôpital Aristide Le Dantec",
        "la place Soweto",
        "le lycée Lamine Guèye",
    ],
    "en_UG": [
        "Nelson Mandela National Stadium",
        "Sir Albert Cook Memorial",
        "Mutesa I Royal University",
        "Kabaka Anjagala Road",
        "Hotel Africana",
        "Speke Resort Munyonyo",
    ],
    "es_PY": [
        "Aeropuerto Silvio Pettirossi",
        "el estadio General Pablo Rojas",
        "el Shopping Mariscal López",
        "el Hospital Ingavi",
        "la Universidad Católica Nuestra Señora de la Asunción",
        "Colegio Goethe",
    ],
}
_CUR = {
    "en_US": ("$", "{:,.2f}", ""),
    "en_IN": ("₹", "{:,.0f}", ""),
    "de_DE": ("", "{:,.2f}", " €"),
    "fr_FR": ("", "{:,.2f}", " €"),
    "pt_BR": ("R$ ", "{:,.2f}", ""),
    "nl_NL": ("€ ", "{:,.2f}", ""),
    "en_GH": ("GH₵ ", "{:,.2f}", ""),
    "fr_LU": ("", "{:,.2f}", " EUR"),
    "es_EC": ("USD ", "{:,.2f}", ""),
    "fr_SN": ("", "{:,.0f}", " FCFA"),
    "en_UG": ("UGX ", "{:,.0f}", ""),
    "es_PY": ("Gs. ", "{:,.0f}", ""),
}
_COMMA_DEC = {"de_DE", "fr_FR", "pt_BR", "nl_NL", "fr_LU", "fr_SN", "es_PY"}


def s10(rng: random.Random, country: str) -> str:
    d = ck.rnd_digits(rng, 8)
    c = 11 - sum(int(x) * w for x, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7], strict=False)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{rng.choice(['RR', 'CP', 'EE', 'LX', 'RB'])}{d}{c}{country}"


def s10_ok(s: str) -> bool:
    d = s[2:10]
    c = 11 - sum(int(x) * w for x, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7], strict=False)) % 11
    return int(s[10]) == (0 if c == 10 else 5 if c == 11 else c)


def long_order(rng: random.Random) -> str:
    while True:
        n = rng.choice("123456789") + ck.rnd_digits(rng, rng.choice([12, 13, 15]))
        if not ck.luhn_ok(n):
            return n


def _amount(rng: random.Random, loc: str) -> str:
    pre, fmt, post = _CUR[loc]
    big = loc in ("en_UG", "es_PY", "fr_SN")
    x = rng.randrange(10000, 9000000) if big else rng.randrange(1200, 900000) / 100
    if big:
        x = round(x, -3)
    s = fmt.format(x)
    if loc in _COMMA_DEC:
        s = (
            s.replace(",", "X")
            .replace(".", ",")
            .replace("X", " " if loc in ("fr_FR", "fr_SN", "fr_LU") else ".")
        )
    return f"{pre}{s}{post}"


def make_look(rng: random.Random, slot: str, loc: str) -> tuple[str, str]:
    c = rng.choice
    r = ck.rnd_digits
    y = c(["2025", "2026"])
    mo, da = f"{rng.randrange(1, 13):02d}", f"{rng.randrange(1, 29):02d}"
    hh, mm, ss = f"{rng.randrange(24):02d}", f"{rng.randrange(60):02d}", f"{rng.randrange(60):02d}"
    if slot == "ver":
        v = f"{rng.randrange(0, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"
        return c([v, "v" + v, v + c(["-rc.1", "-beta.2", "+build." + r(rng, 3), ""])]), "VERSION"
    if slot == "build":
        return c(["#" + r(rng, 4), f"{y}.{mo}.{rng.randrange(1, 9)}", "b" + r(rng, 5)]), "BUILD"
    if slot == "ticket":
        return c(["INC", "CHG", "PLAT-", "OPS-", "SUP-", "SEC-", "DATA-", "REQ"]) + r(
            rng, c([4, 5, 7])
        ), "TICKET"
    if slot == "commit":
        return "".join(c(_HEX) for _ in range(c([7, 8, 10, 12]))), "COMMIT"
    if slot == "uuid":
        h = "".join(c(_HEX) for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c('89ab')}{h[17:20]}-{h[20:]}", "UUID"
    if slot == "port":
        return str(
            c([443, 8080, 8443, 5432, 6379, 9092, 3306, 27017, 5672, 9200, 2379, 22])
        ), "PORT"
    if slot == "ts":
        return c(
            [
                f"{y}-{mo}-{da}T{hh}:{mm}:{ss}Z",
                f"{y}-{mo}-{da} {hh}:{mm}:{ss}.{r(rng, 3)}",
                f"{da}/{mo}/{y} {hh}:{mm}",
                f"[{y}-{mo}-{da} {hh}:{mm}:{ss}]",
            ]
        ), "TIMESTAMP"
    if slot == "err":
        return c(
            [
                "HTTP 503",
                "HTTP 429",
                "0x8007" + r(rng, 4),
                "ORA-" + r(rng, 5),
                "E" + r(rng, 4),
                "exit code 137",
                "SQLSTATE 40001",
                "ERR_SSL_PROTOCOL_ERROR",
                "HTTP 502",
                "errno 111",
            ]
        ), "ERROR_CODE"
    if slot == "host":
        return c(
            [
                "pay-gw",
                "auth-svc",
                "db-replica",
                "kafka-broker",
                "ingest-worker",
                "ldap",
                "vpn-edge",
                "ci-runner",
                "grafana",
                "etl-batch",
            ]
        ) + f"-{rng.randrange(1, 20):02d}" + c(
            [".internal", ".prod.local", "", ".eu-west-1", ".corp"]
        ), "HOSTNAME"
    if slot == "size":
        return (
            f"{rng.randrange(1, 999)}{c(['', '.' + r(rng, 1)])} "
            + c(["MB", "GB", "MiB", "GiB", "kB", "TB"]),
            "SIZE",
        )
    if slot == "dur":
        return c(
            [
                f"{rng.randrange(2, 59)} min",
                f"{rng.randrange(1, 9)}h{rng.randrange(10, 59)}",
                f"{rng.randrange(20, 999)} ms",
                f"{rng.randrange(2, 90)}s",
            ]
        ), "DURATION"
    if slot == "cve":
        return f"CVE-{c(['2023', '2024', '2025'])}-{rng.randrange(1000, 52000)}", "CVE"
    if slot == "amount":
        return _amount(rng, loc), "AMOUNT"
    if slot == "order":
        return c([long_order(rng), f"ORD-{y}-{r(rng, 6)}", "PO " + "45" + r(rng, 8)]), "ORDER"
    if slot == "invoice":
        return c(
            [f"INV-{y}-{r(rng, 4)}", f"F{y}/{r(rng, 4)}", f"FAC-{r(rng, 6)}", f"{y}-{r(rng, 5)}"]
        ), "INVOICE"
    if slot == "tracking":
        return s10(
            rng, c(["DE", "FR", "NL", "BR", "LU", "GH", "SN", "EC", "PY", "UG", "IN", "US"])
        ), "TRACKING"
    if slot == "isbn":
        return ck.isbn13_make(rng), "ISBN"
    if slot == "flight":
        return (
            c(["LH", "AF", "KL", "ET", "KQ", "LA", "AV", "SN", "LX", "AI", "UA", "TP"])
            + f" {rng.randrange(100, 1999)}",
            "FLIGHT",
        )
    if slot == "room":
        return c(
            [
                f"{rng.randrange(1, 9)}.{rng.randrange(1, 40):02d}",
                f"B-{rng.randrange(100, 450)}",
                f"{rng.randrange(1, 6)}0{rng.randrange(1, 9)}",
            ]
        ), "ROOM"
    if slot == "pct":
        x = c(
            [
                f"{rng.randrange(90, 100)}.{r(rng, 2)}",
                str(rng.randrange(1, 99)),
                f"{rng.randrange(0, 9)}.{r(rng, 1)}",
            ]
        )
        if loc in _COMMA_DEC:
            x = x.replace(".", ",")
        return x + c(["%", " %"]) if loc.startswith("fr") else x + "%", "PERCENT"
    if slot == "date":
        if loc == "en_US":
            return f"{mo}/{da}/{y}", "DATE"
        return c(
            [
                f"{da}/{mo}/{y}",
                f"{y}-{mo}-{da}",
                f"{da}.{mo}.{y}" if loc in ("de_DE", "fr_LU") else f"{da}-{mo}-{y}",
            ]
        ), "DATE"
    if slot == "time":
        return c(
            [
                f"{hh}:{mm}",
                f"{hh}:{mm} UTC",
                f"{hh}h{mm}" if loc.startswith("fr") else f"{hh}:{mm} GMT",
            ]
        ), "TIME"
    if slot == "ref":
        return c(
            [
                f"REF-{r(rng, 5)}",
                f"RFC-{r(rng, 3)}",
                f"KB{r(rng, 7)}",
                f"SR {r(rng, 2)}-{r(rng, 6)}",
            ]
        ), "REFERENCE"
    if slot == "place":
        return c(PLACES[loc]), "NAMED_PLACE"
    if slot == "count":
        return (
            f"{rng.randrange(2, 99999):,}"
            if loc not in _COMMA_DEC
            else f"{rng.randrange(2, 99999):,}".replace(",", "."),
            "COUNT",
        )
    raise KeyError(slot)


SLOTS = [
    "ver",
    "build",
    "ticket",
    "commit",
    "uuid",
    "port",
    "ts",
    "err",
    "host",
    "size",
    "dur",
    "cve",
    "amount",
    "order",
    "invoice",
    "tracking",
    "isbn",
    "flight",
    "room",
    "pct",
    "date",
    "time",
    "ref",
    "place",
    "count",
]
