"""Look-alikes for the thirtyfourth set: values that must survive redaction (never PII)."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets import thirtyfourth_ids as ids

LOOK_KINDS = [
    "order", "invoice", "price", "date", "time", "version", "isbn", "measure", "percent",
    "orgreg", "permit", "ticket", "tracking", "spec", "eponym", "nameword",
]  # fmt: skip

CUR = {
    "en_US": ("${n}", ","), "en_IE": ("€{n}", ","), "de_CH": ("CHF {n}.–", "'"),
    "it_CH": ("CHF {n}.–", "'"), "fr_CA": ("{n} $", " "), "pt_BR": ("R$ {n},00", "."),
    "nl_BE": ("€ {n},00", "."), "ro_MD": ("{n} lei", " "), "es_HN": ("L {n}.00", ","),
    "pt_MZ": ("{n},00 MT", "."), "vi_VN": ("{n} đ", "."), "bs_BA": ("{n},00 KM", "."),
}  # fmt: skip
S10_CC = {"en_US": "US", "en_IE": "IE", "de_CH": "CH", "it_CH": "CH", "fr_CA": "CA",
          "pt_BR": "BR", "nl_BE": "BE", "ro_MD": "MD", "es_HN": "HN", "pt_MZ": "MZ",
          "vi_VN": "VN", "bs_BA": "BA"}  # fmt: skip

EPONYMS = {
    "en": [
        "Allen key",
        "Phillips head",
        "Hoover Dam",
        "Pritzker Prize",
        "Bessemer process",
        "Stanley knife",
        "Otis elevator",
        "Fresnel lens",
        "Pascal's law",
        "Ames taper",
        "Vitruvius Hall",
        "Hilti anchor",
    ],
    "de": [
        "Inbusschlüssel",
        "Kärcher",
        "Hilti-Dübel",
        "Schindler-Lift",
        "Fischer-Dübel",
        "Würth-Katalog",
        "Le-Corbusier-Haus",
        "Pestalozzi-Schulhaus",
        "Liebherr-Kran",
        "Gotthard-Basistunnel",
        "Eiffelturm",
        "Zwicky-Areal",
    ],
    "fr": [
        "clé Allen",
        "vis Robertson",
        "pont Jacques-Cartier",
        "prix Gérin-Lajoie",
        "grue Liebherr",
        "tour Eiffel",
        "pavillon Lassonde",
        "échangeur Turcot",
        "centrale Beauharnois",
        "boulevard René-Lévesque",
        "scie Makita",
        "chaire Hydro",
    ],
    "pt": [
        "chave Allen",
        "parafuso Phillips",
        "ponte Rio-Niterói",
        "prêmio Pritzker",
        "estádio Mané Garrincha",
        "furadeira Bosch",
        "guindaste Liebherr",
        "Avenida Eduardo Mondlane",
        "Palácio Capanema",
        "Ponte Armando Guebuza",
        "viaduto do Chá",
        "hospital Albert Einstein",
    ],
    "nl": [
        "inbussleutel",
        "Phillips-schroef",
        "Atomium",
        "Boerentoren",
        "Hilti-boor",
        "Liebherr-kraan",
        "Kennedytunnel",
        "Horta-museum",
        "Plantin-Moretus",
        "Leopold II-laan",
        "Van Gogh-prijs",
        "Belfort",
    ],
    "ro": [
        "cheie Allen",
        "șurub Phillips",
        "Palatul Republicii",
        "Catedrala Nașterea Domnului",
        "Arcul de Triumf",
        "bormașina Bosch",
        "macaraua Liebherr",
        "Premiul Eminescu",
        "liceul Mihai Eminescu",
        "parcul Valea Morilor",
        "Casa Herța",
        "Piața Marii Adunări",
    ],
    "it": [
        "chiave Allen",
        "vite Phillips",
        "galleria del Gottardo",
        "ponte Diga di Melide",
        "premio Pritzker",
        "gru Liebherr",
        "trapano Hilti",
        "Villa Ciani",
        "Palazzo Riva",
        "liceo Franscini",
        "Teatro Sociale",
        "passo del San Bernardino",
    ],
    "es": [
        "llave Allen",
        "tornillo Phillips",
        "estadio Olímpico Metropolitano",
        "puente Juan Ramón Molina",
        "represa Francisco Morazán",
        "taladro Makita",
        "grúa Liebherr",
        "Premio Ramón Rosa",
        "Instituto Central Vicente Cáceres",
        "Hospital Escuela",
        "Parque Central",
        "Cerro Juana Laínez",
    ],
    "vi": [
        "cầu Long Biên",
        "lăng Chủ tịch Hồ Chí Minh",
        "chợ Bến Thành",
        "cầu Rồng",
        "nhà hát Lớn",
        "máy khoan Bosch",
        "cần cẩu Liebherr",
        "tua vít Phillips",
        "giải thưởng Hồ Chí Minh",
        "trường Lê Quý Đôn",
        "tháp Bitexco",
        "cảng Cát Lái",
    ],
    "bs": [
        "imbus ključ",
        "Phillips odvijač",
        "Stari most",
        "Vijećnica",
        "Avaz Twist Tower",
        "Hilti bušilica",
        "Liebherr dizalica",
        "most Mehmed-paše Sokolovića",
        "Gazi Husrev-begova džamija",
        "Sebilj",
        "Vrelo Bosne",
        "tunel Ivan",
    ],
}
NAMEWORDS = {
    "en": [
        "mason crew",
        "bishop's crook hanger",
        "summer hours",
        "hunter green trim",
        "price list",
        "brewer's yard",
        "carpenter ants",
        "jack stands",
        "dolly",
        "porta-john",
        "April showers",
        "autumn shutdown",
    ],
    "de": [
        "der Maurer",
        "vom Zimmermann",
        "beim Glaser",
        "Egli-Filet",
        "Maurerkelle",
        "Zimmermannsnagel",
        "Glaserkitt",
        "Gerberei",
        "Brunnenbau",
        "Wagnerei",
        "Zimmerei",
        "Ammannamt",
    ],
    "fr": [
        "charbonnier",
        "le carrier",
        "le mercier du coin",
        "un pelletier",
        "côté cour",
        "le poirier du voisin",
        "un bois vert",
        "la chance",
        "le four",
        "un rousseau",
        "la lavoie",
        "un morin",
    ],
    "pt": [
        "pedreira",
        "rocha firme",
        "campos de futebol",
        "ramos de fio",
        "pinheiro",
        "machado novo",
        "nogueira",
        "oliveira",
        "carvalho",
        "nascimento",
        "bezerra",
        "graça",
    ],
    "nl": [
        "timmerman",
        "bakker",
        "smid",
        "visser",
        "molenaar",
        "metselaar",
        "schilder",
        "kuiper",
        "jacobsladder",
        "de wouw",
        "koster",
        "mulder",
    ],
    "ro": [
        "cioban",
        "cojocar",
        "croitor",
        "rotar",
        "morar",
        "lung",
        "urs",
        "bivol",
        "gros",
        "popa",
        "speranța",
        "doina",
    ],
    "it": [
        "fontana",
        "muratore",
        "ferrari",
        "galli",
        "bianchi",
        "maggi",
        "quadri",
        "soldati",
        "della casa",
        "storni",
        "lepori",
        "togni",
    ],
    "es": [
        "paz",
        "reina",
        "lagos",
        "canales",
        "amaya",
        "funes",
        "dolores",
        "iris",
        "matamoros",
        "pineda",
        "padilla",
        "varela",
    ],
    "vi": [
        "mai",
        "đinh",
        "trần",
        "hồng",
        "thanh",
        "kim",
        "lâm",
        "hải",
        "sơn",
        "lan",
        "phương",
        "thu",
    ],
    "bs": [
        "kovač",
        "zidar",
        "sanela",
        "jasna",
        "vesna",
        "maja",
        "amra",
        "selma",
        "babić",
        "mujić",
        "karić",
        "marić",
    ],
}


def _s10(cc: str, r) -> str:
    body = "".join(r.choice("0123456789") for _ in range(8))
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = 11 - sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11
    chk = {10: 0, 11: 5}.get(s, s)
    return f"{r.choice(['RR', 'CP', 'EE', 'LX', 'RA'])}{body}{chk}{cc}"


def s10_ok(v: str) -> bool:
    m = re.fullmatch(r"[A-Z]{2}(\d{8})(\d)[A-Z]{2}", v)
    if not m:
        return False
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = 11 - sum(int(c) * x for c, x in zip(m[1], w, strict=True)) % 11
    return {10: 0, 11: 5}.get(s, s) == int(m[2])


def _isbn(r) -> str:
    body = "978" + r.choice(["0", "3", "2", "85", "90", "606", "88", "84", "604", "9958"])
    body += "".join(r.choice("0123456789") for _ in range(12 - len(body)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    d = body + str((10 - s % 10) % 10)
    return f"{d[:3]}-{d[3]}-{d[4:8]}-{d[8:12]}-{d[12]}"


def _num(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def _che(r) -> str:
    while True:
        d = "".join(r.choice("0123456789") for _ in range(8))
        for c in "0123456789":
            if ids.che_ok(d + c):
                return f"CHE-{d[:3]}.{d[3:6]}.{d[6:]}{c}"


def _orgreg(r, loc) -> str:
    R = r.randint
    if loc == "en_US":
        return r.choice([f"USDOT {R(1000000, 3999999)}", f"CSLB Lic. {R(700000, 1099999)}",
                         f"DUNS {R(10, 99)}-{R(100, 999)}-{R(1000, 9999)}"])  # fmt: skip
    if loc == "en_IE":
        return r.choice([f"CRO {R(100000, 799999)}", f"CIF reg. {R(1000, 9999)}"])
    if loc in ("de_CH", "it_CH"):
        return _che(r) + r.choice(["", " MWST", " IVA" if loc == "it_CH" else " HR"])
    if loc == "fr_CA":
        return r.choice([f"NEQ {r.choice(['11', '22', '33'])}{R(10000000, 99999999)}",
                         f"RBQ {R(1000, 5999)}-{R(1000, 9999)}-{R(10, 99)}"])  # fmt: skip
    if loc == "pt_BR":
        return r.choice([f"NIRE {R(31, 35)}{R(200000000, 299999999)}",
                         f"CREA-{r.choice(['SP', 'MG', 'PR'])} {R(100000, 999999)}/D"])  # fmt: skip
    if loc == "nl_BE":
        while True:
            b = f"0{R(2000000, 9999999)}"
            d = b + f"{97 - int(b) % 97:02d}"
            if ids.be_ent_ok(d):
                return f"BE {d[:4]}.{d[4:7]}.{d[7:]}"
    if loc == "ro_MD":
        while True:
            d = "100" + "".join(r.choice("0123456789") for _ in range(9))
            s = sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(d))
            d += str(s % 10)
            if not ids.luhn_ok(d):
                return f"IDNO {d}"
    if loc == "es_HN":
        return r.choice([f"Matrícula CCIT {R(10000, 99999)}", f"CICH {R(1000, 9999)}"])
    if loc == "pt_MZ":
        return r.choice([f"Alvará de Empreiteiro {R(100, 999)}/{r.choice('ABCD')}",
                         f"NUEL {R(100000, 999999)}"])  # fmt: skip
    if loc == "vi_VN":
        return f"MST {r.choice(['01', '03', '04', '18'])}{R(10000000, 99999999)}"
    return f"JIB {R(4200000000000, 4299999999999)}"


def _permit(r, loc) -> str:
    R, y = r.randint, r.choice([2023, 2024, 2025])
    return {
        "en_US": f"BLD-{y}-{R(1000, 99999):05d}", "en_IE": f"{y % 100}/{R(100, 9999)}",
        "de_CH": f"BG {y}-{R(100, 999)}", "it_CH": f"LE {y}/{R(10, 999)}",
        "fr_CA": f"PC-{y}-{R(1000, 9999)}", "pt_BR": f"{R(1000, 99999)}/{y}",
        "nl_BE": f"OMV_{y}{R(100000, 999999)}", "ro_MD": f"{R(10, 999)}/{y}",
        "es_HN": f"PC-{y}-{R(100, 9999):04d}", "pt_MZ": f"{R(10, 999)}/CMM/{y}",
        "vi_VN": f"{R(10, 999)}/GPXD", "bs_BA": f"05-23-{R(100, 9999)}/{y % 100}",
    }[loc]  # fmt: skip


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _date(r, loc) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
    if loc == "en_US":
        return r.choice(
            [
                f"{m}/{d}/{y}",
                f"{MONTHS[m - 1]} {d}",
            ]
        )
    if loc == "fr_CA":
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d}/{m:02d}/{y}"])
    if loc in ("de_CH", "ro_MD", "bs_BA", "it_CH"):
        return f"{d:02d}.{m:02d}.{y}" if r.random() < 0.7 else f"{d}.{m}."
    return f"{d:02d}/{m:02d}/{y}" if r.random() < 0.7 else f"{d}/{m}"


def look_value(r, loc: str, lang: str, k: str) -> str:
    R = r.randint
    if k == "order":
        if r.random() < 0.35:
            while True:
                d = str(R(1, 9)) + "".join(r.choice("0123456789") for _ in range(15))
                if not ids.luhn_ok(d):
                    return d
        return r.choice([f"PO-{R(2023, 2026)}-{R(100, 9999):04d}", f"#{R(10000, 999999)}",
                         f"WO-{R(1000, 99999)}", f"SO{R(100000, 999999)}"])  # fmt: skip
    if k == "invoice":
        return r.choice([f"INV-{R(1000, 99999):05d}", f"{R(2024, 2026)}-{R(1, 999):04d}",
                         f"F{R(10000, 99999)}", f"FA/{R(100, 999)}/{R(24, 26)}"])  # fmt: skip
    if k == "price":
        tpl, sep = CUR[loc]
        n = R(1, 99) * (1000 if loc in ("vi_VN",) else 10) + R(0, 9) * (
            100 if loc == "vi_VN" else 1
        )
        n = n * (1000 if loc == "vi_VN" else 1)
        return tpl.replace("{n}", _num(n, sep))
    if k == "date":
        return _date(r, loc)
    if k == "time":
        h, m = R(6, 19), r.choice([0, 15, 30, 45, 10, 50])
        if loc == "en_US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        if loc == "vi_VN":
            return r.choice([f"{h}h{m:02d}", f"{h}:{m:02d}"])
        return r.choice(
            [f"{h}:{m:02d}", f"{h:02d}.{m:02d}" if loc in ("de_CH", "bs_BA") else f"{h}h{m:02d}"]
        )
    if k == "version":
        return r.choice([f"v{R(1, 9)}.{R(0, 20)}.{R(0, 9)}", f"{R(2019, 2025)}.{R(1, 4)}",
                         f"Rev. {r.choice('ABCDEFG')}", f"{R(1, 5)}.{R(0, 9)}{R(0, 9)}"])  # fmt: skip  # noqa: E501
    if k == "isbn":
        return _isbn(r)
    if k == "measure":
        if loc == "en_US":
            return r.choice([f"{R(2, 40)} ft", f"{R(1, 9)}/{r.choice([2, 4, 8])} in",
                             f"{R(100, 2400)} sq ft", f"{R(2, 30)} yd³", f"{R(50, 900)} lb"])  # fmt: skip  # noqa: E501
        return r.choice([f"{R(2, 300)} m²", f"{R(10, 999)} mm", f"{R(1, 40)},{R(1, 9)} m",
                         f"{R(2, 30)} m³", f"{R(25, 900)} kg", f"{R(1, 9)},{R(0, 9)} t"])  # fmt: skip  # noqa: E501
    if k == "percent":
        sp = "" if loc in ("en_US", "en_IE", "pt_BR", "es_HN", "vi_VN") else " "
        return f"{R(1, 35)}{r.choice(['', ',5', ',7'] if sp else ['', '.5'])}{sp}%"
    if k == "orgreg":
        return _orgreg(r, loc)
    if k == "permit":
        return _permit(r, loc)
    if k == "ticket":
        return r.choice([f"TKT-{R(10000, 99999)}", f"#{R(1000, 9999)}-{R(10, 99)}",
                         f"SR{R(100000, 999999)}", f"CS-{R(1000, 99999)}"])  # fmt: skip
    if k == "tracking":
        return _s10(S10_CC[loc], r)
    if k == "spec":
        grade = r.choice(["25/30", "30/37", "35/45"])
        return r.choice([f"C{grade}", f"DN {r.choice([50, 80, 100, 150])}",
                         f"Ø{r.choice([8, 10, 12, 16, 20])}", f"IP{r.choice([54, 65, 67])}",
                         f"M{r.choice([8, 10, 12, 16])}x{r.choice([60, 80, 120])}",
                         f"EN {r.choice(['1090-2', '13501-1', '12810', '206'])}"])  # fmt: skip
    if k == "eponym":
        return r.choice(EPONYMS[lang])
    return r.choice(NAMEWORDS[lang])


def look_ok(k: str, v: str) -> bool:
    d = ids.digits(v)
    if k == "isbn":
        return ids.isbn13_ok(d)
    if k == "tracking":
        return s10_ok(v)
    if k in ("eponym", "nameword"):
        return not re.search(r"\d", v)
    if v.startswith("CHE-"):
        return ids.che_ok(d)
    if v.startswith("BE 0"):
        return ids.be_ent_ok(d)
    if 13 <= len(d) <= 19 and ids.luhn_ok(d):
        return False
    return bool(v)
