"""Look-alikes of the forty-fifth set: strings that must survive redaction verbatim."""

from __future__ import annotations

import re

from trainer_dev.redaction_sets import fortyfifth_checks as C

LOOK_KINDS = ["order", "serial", "lot", "part", "price", "date", "time", "measure", "percent",
              "orgreg", "isbn", "ean", "standard", "ticket", "bic", "eponym", "nameword"]


def _n(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def _not_luhn16(rng):
    while True:
        d = rng.choice("3456789") + _n(rng, 15)
        if not C.luhn_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


PRICE = {
    "en_GB": lambda r: f"£{r.randint(2, 48)},{r.randint(100, 999)}.{r.choice(['00', '50', '95'])}",
    "en_NZ": lambda r: f"NZ${r.randint(12, 9999)}.{r.choice(['00', '90', '50'])}",
    "en_ZA": lambda r: f"R{r.randint(1, 98)} {r.randint(100, 999)},{r.choice(['00', '50'])}",
    "de_AT": lambda r: f"€ {r.randint(1, 48)}.{r.randint(100, 999)},{r.choice(['00', '50'])}",
    "fr_CA": lambda r: f"{r.randint(1, 48)} {r.randint(100, 999)},{r.choice(['00', '95'])} $",
    "es_AR": lambda r: f"$ {r.randint(1, 980)}.{r.randint(100, 999)},00",
    "pt_PT": lambda r: f"{r.randint(1, 48)} {r.randint(100, 999)},{r.choice(['00', '50'])} €",
    "da_DK": lambda r: f"{r.randint(1, 98)}.{r.randint(100, 999)},00 kr.",
    "hu_HU": lambda r: f"{r.randint(1, 980)} {r.randint(100, 999)} Ft",
    "fr_MG": lambda r: f"{r.randint(1, 98)} {r.randint(100, 999)} 000 Ar",
    "en_PG": lambda r: f"K{r.randint(1, 48)},{r.randint(100, 999)}.00",
    "de_LU": lambda r: f"{r.randint(1, 48)}.{r.randint(100, 999)},{r.choice(['00', '50'])} €",
}

DATE_ORDER = {"en_GB": "d/m", "en_NZ": "d/m", "en_ZA": "y/m/d", "de_AT": "d.m", "fr_CA": "y-m-d",
              "es_AR": "d/m", "pt_PT": "d/m", "da_DK": "d.m", "hu_HU": "y.m.d", "fr_MG": "d/m",
              "en_PG": "d/m", "de_LU": "d.m"}


def _date(rng, locale):
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    o = DATE_ORDER[locale]
    if o == "d/m":
        return f"{d:02d}/{m:02d}/{y}"
    if o == "d.m":
        return f"{d}.{m}.{y}" if locale == "da_DK" else f"{d:02d}.{m:02d}.{y}"
    if o == "y-m-d":
        return f"{y}-{m:02d}-{d:02d}"
    if o == "y.m.d":
        return f"{y}. {m:02d}. {d:02d}."
    return f"{y}/{m:02d}/{d:02d}"


def _time(rng, locale):
    h, m = rng.randint(5, 22), rng.choice([0, 15, 30, 45])
    if locale in ("en_GB", "en_NZ", "en_PG") and rng.random() < .5:
        return f"{(h - 1) % 12 + 1}.{m:02d} {'am' if h < 12 else 'pm'}"
    if locale in ("fr_CA", "fr_MG"):
        return f"{h} h {m:02d}" if locale == "fr_CA" else f"{h}h{m:02d}"
    if locale == "da_DK":
        return f"kl. {h:02d}.{m:02d}"
    if locale == "de_AT":
        return f"{h}:{m:02d} Uhr"
    return f"{h:02d}:{m:02d}"


MEASURES = ["{a} Nm", "{a} bar", "{v} V", "{a} kN", "{a} dB(A)", "{a} °C", "{a} mm", "{a} kW",
            "{b} µm", "{a} l/min", "{a} kg"]
DECIMAL_COMMA = {"de_AT", "fr_CA", "es_AR", "pt_PT", "da_DK", "hu_HU", "fr_MG", "de_LU",
                 "en_ZA"}


def _measure(rng, locale):
    t = rng.choice(MEASURES)
    a = f"{rng.randint(2, 480)}"
    if rng.random() < .3:
        a += ("," if locale in DECIMAL_COMMA else ".") + str(rng.randint(1, 9))
    return t.format(a=a, v=rng.choice(["24", "230", "400", "690"]), b=rng.randint(2, 60))


def _percent(rng, locale):
    v = str(rng.randint(1, 99))
    if rng.random() < .3:
        v += ("," if locale in DECIMAL_COMMA else ".") + str(rng.randint(1, 9))
    if locale in ("en_GB", "en_NZ", "en_PG", "en_ZA"):
        return f"{v}%"
    return f"{v} %"


def _gtin(rng, prefix, k=13):
    body = prefix + _n(rng, k - 1 - len(prefix))
    return body + C.gtin_digit(body)


def _orgreg(rng, locale):
    r = rng.random()
    if locale == "en_GB":
        if r < .5:
            while True:
                d = str(rng.randint(1, 9)) + _n(rng, 6)
                s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1), strict=False))
                ck = (-s) % 97
                v = f"GB {d[:3]} {d[3:]}{ck:02d}"
                v = f"GB {d[:3]} {d[3:7]} {ck:02d}"
                if C.gb_vat_ok(v):
                    return v
        return rng.choice(["SC", "0", "1", "NI"]) + _n(rng, 6)
    if locale == "en_NZ":
        return _gtin(rng, "94290")
    if locale == "en_ZA":
        if r < .5:
            return f"{rng.randint(1998, 2024)}/{_n(rng, 6)}/{rng.choice(['07', '06', '08'])}"
        body = "4" + _n(rng, 8)
        return body + C.luhn_digit(body)
    if locale == "de_AT":
        if r < .6:
            while True:
                v = "ATU" + _n(rng, 8)
                if C.at_uid_ok(v):
                    return v
        return f"FN {rng.randint(10000, 599999)} {rng.choice('abdfghikmpstvwxyz')}"
    if locale == "fr_CA":
        if r < .6:
            body = str(rng.randint(1, 9)) + _n(rng, 7)
            return f"{body}{C.luhn_digit(body)} RT0001"
        return "11" + _n(rng, 8)
    if locale == "es_AR":
        while True:
            head = rng.choice(["30", "33"]) + str(rng.randint(50_000_000, 71_999_999))
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            ck = 11 - sum(int(c) * x for c, x in zip(head, w, strict=False)) % 11
            ck = 0 if ck == 11 else ck
            if ck != 10:
                return f"{head[:2]}-{head[2:]}-{ck}"
    if locale == "pt_PT":
        body = rng.choice(["50", "51", "508", "513"]) + ""
        body = (body + _n(rng, 8))[:8]
        ck = 11 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
        return body + str(0 if ck >= 10 else ck)
    if locale == "da_DK":
        while True:
            d = str(rng.randint(1, 9)) + _n(rng, 7)
            if C.cvr_ok(d):
                return f"DK{d}" if r < .5 else f"DK-{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    if locale == "hu_HU":
        body = _n(rng, 7)
        w = [9, 7, 3, 1, 9, 7, 3]
        ck = (10 - sum(int(c) * x for c, x in zip(body, w, strict=False)) % 10) % 10
        return f"{body}{ck}-{rng.choice('2345')}-{rng.randint(2, 44):02d}"
    if locale == "fr_MG":
        if r < .5:
            return f"NIF {rng.randint(1, 5)}{_n(rng, 9)}"
        return f"STAT {_n(rng, 5)} {_n(rng, 2)} {rng.randint(2005, 2024)} 0 {_n(rng, 5)}"
    if locale == "en_PG":
        return f"1-{rng.randint(10000, 99999)}" if r < .5 else f"C{rng.randint(10000, 99999)}"
    if r < .5:  # de_LU
        d = _n(rng, 6)
        return f"LU{d}{int(d) % 89:02d}"
    return f"B{rng.randint(10000, 299999)}"


def orgreg_ok(locale: str, v: str) -> bool:
    checks = {
        "en_GB": lambda s: C.gb_vat_ok(s) if s.startswith("GB") else bool(
            re.fullmatch(r"(SC|NI|0|1)\d{6}", s)),
        "en_NZ": lambda s: C.gtin_ok(s) and s.startswith("94"),
        "en_ZA": lambda s: C.za_vat_ok(s) if "/" not in s else bool(
            re.fullmatch(r"\d{4}/\d{6}/0[678]", s)),
        "de_AT": lambda s: C.at_uid_ok(s) if s.startswith("ATU") else bool(
            re.fullmatch(r"FN \d{5,6} [a-z]", s)),
        "fr_CA": lambda s: C.ca_bn_ok(s) if "RT" in s else bool(re.fullmatch(r"11\d{8}", s)),
        "es_AR": C.cuil_ok,
        "pt_PT": lambda s: C.nif_pt_ok(s) and s[0] == "5",
        "da_DK": lambda s: C.cvr_ok(s[2:]),
        "hu_HU": C.hu_adoszam_ok,
        "fr_MG": lambda s: bool(re.fullmatch(r"NIF [1-5]\d{9}|STAT \d{5} \d\d \d{4} 0 \d{5}", s)),
        "en_PG": lambda s: bool(re.fullmatch(r"1-\d{5}|C\d{5}", s)),
        "de_LU": lambda s: C.lu_tva_ok(s) if s.startswith("LU") else bool(
            re.fullmatch(r"B\d{5,6}", s)),
    }
    return checks[locale](v)


ISBN_GROUP = {"en_GB": "1", "en_NZ": "0", "en_ZA": "0", "de_AT": "3", "fr_CA": "2",
              "es_AR": "987", "pt_PT": "972", "da_DK": "87", "hu_HU": "963", "fr_MG": "2",
              "en_PG": "1", "de_LU": "3"}
EAN_PREFIX = {"en_GB": "50", "en_NZ": "94", "en_ZA": "600", "de_AT": "90", "fr_CA": "754",
              "es_AR": "779", "pt_PT": "560", "da_DK": "57", "hu_HU": "599", "fr_MG": "20",
              "en_PG": "93", "de_LU": "54"}


def _isbn(rng, locale):
    g = ISBN_GROUP[locale]
    pub = _n(rng, 4 if len(g) < 3 else 3)
    title = _n(rng, 12 - 3 - len(g) - len(pub))
    body = "978" + g + pub + title
    return f"978-{g}-{pub}-{title}-{C.gtin_digit(body)}"


STANDARDS = {
    "en_GB": ["BS EN ISO 3834-2", "BS 7671", "ISO 45001", "BS EN 1090-2", "ISO 9001:2015",
              "PUWER 1998", "LOLER 1998"],
    "en_NZ": ["AS/NZS 4024.1", "AS/NZS 1554.1", "ISO 45001", "AS/NZS 3000", "ISO 9001:2015"],
    "en_ZA": ["SANS 10400", "SANS 347", "ISO 45001", "SANS 10142-1", "ISO 9001:2015"],
    "de_AT": ["ÖNORM EN 1090-2", "EN ISO 13849-1", "ISO 45001", "ÖVE E 8101", "IATF 16949"],
    "fr_CA": ["CSA Z462", "CSA W47.1", "ISO 45001", "CSA Z432", "ISO 9001:2015"],
    "es_AR": ["IRAM 3800", "IRAM-ISO 9001", "ISO 45001", "IRAM 3517", "IATF 16949"],
    "pt_PT": ["NP EN ISO 9001", "NP EN 1090-2", "ISO 45001", "NP 4397", "IATF 16949"],
    "da_DK": ["DS/EN ISO 3834-2", "DS/EN 1090-2", "ISO 45001", "DS/EN 60204-1",
              "ISO 9001:2015"],
    "hu_HU": ["MSZ EN ISO 14001", "MSZ EN 1090-2", "ISO 45001", "MSZ 1585", "IATF 16949"],
    "fr_MG": ["ISO 22000", "ISO 9001:2015", "ISO 45001", "NF EN 1090-2", "ISO 14001"],
    "en_PG": ["AS/NZS 1554.1", "ISO 45001", "AS/NZS 4801", "ISO 9001:2015", "AS 1418"],
    "de_LU": ["ILNAS EN 1090-2", "EN ISO 13849-1", "ISO 45001", "ISO 50001", "IATF 16949"],
}

BICS = {
    "en_GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2L", "HBUKGB4B", "MIDLGB22"],
    "en_NZ": ["ANZBNZ22", "BKNZNZ22", "WPACNZ2W", "ASBBNZ2A", "KIWINZ22"],
    "en_ZA": ["SBZAZAJJ", "FIRNZAJJ", "ABSAZAJJ", "NEDSZAJJ", "CABLZAJJ"],
    "de_AT": ["BKAUATWW", "RZBAATWW", "GIBAATWW", "OBKLAT2L", "RZOOAT2L"],
    "fr_CA": ["ROYCCAT2", "TDOMCATTTOR", "BNDCCAMMINT", "CCDQCAMM", "BOFMCAM2"],
    "es_AR": ["NACNARBA", "GABAARBA", "BFRPARBA", "BSCHARBA", "BMACARBA"],
    "pt_PT": ["CGDIPTPL", "BCOMPTPL", "TOTAPTPL", "BESCPTPL", "CAGLPTPL"],
    "da_DK": ["DABADKKK", "NDEADKKK", "JYBADKKK", "SYBKDK22", "SPNODK22"],
    "hu_HU": ["OTPVHUHB", "GIBAHUHB", "MKKBHUHB", "OKHBHUHB", "UBRTHUHB"],
    "fr_MG": ["BFAVMGMG", "BMOIMGMG", "SBMMMGMG", "BNIMMGMG", "AFRIMGMG"],
    "en_PG": ["BOSPPGPM", "ANZBPGPX", "WPACPGPM", "KINIPGPM"],
    "de_LU": ["BCEELULL", "BGLLLULL", "CCRALULL", "BILLLULL", "CELLLULL"],
}

EPONYMS = {
    "en": ["Gantt chart", "Pareto analysis", "Ishikawa diagram", "Allen key",
           "Phillips screwdriver", "Vickers hardness test", "Rockwell C scale",
           "Charpy impact test", "Kaplan turbine", "Pelton wheel", "Venturi nozzle",
           "Deming cycle", "Shewhart chart", "Bessemer converter", "Wheatstone bridge"],
    "de": ["Gantt-Diagramm", "Pareto-Analyse", "Ishikawa-Diagramm", "Inbusschlüssel",
           "Phillips-Schraubendreher", "Vickers-Härteprüfung", "Rockwell-Härte",
           "Kerbschlagversuch nach Charpy", "Kaplan-Turbine", "Pelton-Turbine", "Venturi-Düse",
           "Deming-Kreis", "Bunsenbrenner", "Wheatstone-Brücke", "Siemens-Martin-Ofen"],
    "fr": ["diagramme de Gantt", "loi de Pareto", "diagramme d'Ishikawa", "clé Allen",
           "tournevis Phillips", "dureté Vickers", "essai Charpy", "turbine Kaplan",
           "roue Pelton", "tube de Venturi", "roue de Deming", "bec Bunsen",
           "pont de Wheatstone", "cycle de Carnot", "moteur Diesel"],
    "es": ["diagrama de Gantt", "análisis de Pareto", "diagrama de Ishikawa", "llave Allen",
           "destornillador Phillips", "dureza Vickers", "ensayo Charpy", "turbina Kaplan",
           "rueda Pelton", "tubo de Venturi", "ciclo de Deming", "mechero Bunsen",
           "puente de Wheatstone", "ciclo de Carnot", "motor Diesel"],
    "pt": ["diagrama de Gantt", "análise de Pareto", "diagrama de Ishikawa", "chave Allen",
           "chave Phillips", "dureza Vickers", "ensaio Charpy", "turbina Kaplan",
           "roda Pelton", "tubo de Venturi", "ciclo de Deming", "bico de Bunsen",
           "ponte de Wheatstone", "ciclo de Carnot", "motor Diesel"],
    "da": ["Gantt-diagram", "Pareto-analyse", "Ishikawa-diagram", "Phillips-skruetrækker",
           "Vickers-hårdhed", "Charpy-prøvning", "Kaplan-turbine", "Pelton-hjul",
           "Venturi-rør", "Deming-cirkel", "bunsenbrænder", "Wheatstone-bro",
           "Carnot-proces", "Rockwell-hårdhed", "Brinell-hårdhed"],
    "hu": ["Gantt-diagram", "Pareto-elemzés", "Ishikawa-diagram", "Phillips-csavarhúzó",
           "Vickers-keménység", "Charpy-féle ütővizsgálat", "Bánki-turbina", "Pelton-turbina",
           "Venturi-cső", "Deming-ciklus", "Bunsen-égő", "Wheatstone-híd", "Jedlik-dinamó",
           "Kandó-mozdony", "Brinell-keménység"],
}

NAMEWORDS = {
    "en": ["summer shutdown", "grace period", "rose gold finish", "baker's dozen",
           "amber warning light", "ruby laser", "a lucky break", "a gift voucher",
           "hope for the best", "marsh gas", "a precious metals assay", "joy of a clean audit",
           "hunter green paint", "mason's line", "faith in the process"],
    "de": ["im Ernst", "im Winter", "der schlaue Fuchs", "ein einsamer Wolf",
           "der Koch der Kantine", "der Bauer nebenan", "rosa Warnweste", "der Huber-Hof",
           "zum Wohl", "der Moser Bach", "Glück auf", "Rupert-Tag", "eine Leitner-Leiter",
           "vom Winter-Fahrplan", "ein Egger-Brett"],
    "fr": ["de l'autre côté", "la racine du problème", "le boulanger du coin",
           "chevalier servant", "à l'aurore", "morin de bois", "un simple caron",
           "le poirier de la cour", "une doucette de fin de quart", "bon racine",
           "la lavoie du retour", "une bergère rouge", "un gosselin de papier",
           "la fortune du pot", "un rousseau de métier"],
    "es": ["luz verde", "paz social", "lobo solitario", "pilar de hormigón",
           "pintura celeste", "rocío salino", "soledad del turno noche", "medina del campo",
           "funes el memorioso", "la gran cabrera", "olmos del camino", "romero seco",
           "bustos de bronce", "un ibarra de lujo", "cabrera de montaña"],
    "pt": ["rocha dura", "costa norte", "um coelho na linha", "lobo solitário",
           "pinto amarelo", "graça de Deus", "vieira grelhada", "fonseca da serra",
           "barros vermelhos", "almeida do mar", "cunha de madeira", "nunes e sempre",
           "mendes da feira", "correia de transmissão", "cardoso do campo"],
    "da": ["held og lykke", "en bonde fra egnen", "en fisker fra havnen", "tur i skov og eng",
           "en lille lund", "bo på stedet", "dahl og bakke", "holm i fjorden",
           "en brandt pande", "krogh til krogen", "bach i baggrunden", "vinterens winther",
           "kjær og nær", "bech og sort", "dam og damgaard"],
    "hu": ["fekete doboz", "fehér zaj", "vörös riasztás", "a kovács műhelye", "katonás rend",
           "király teljesítmény", "magyar szabvány", "a bíró döntése", "szabó mérték",
           "molnár legény", "farkas étvágy", "kiss and fly parkoló", "papp-féle hiba",
           "fodor haj", "gál-féle ajánlat"],
}

TICKETS = ["INC{a}", "CAPA-{y}-{b}", "8D-{b}", "NCR-{b}", "MOC-{y}-{c}", "WO-{a}", "RFQ-{y}-{b}"]


def _ticket(rng):
    return rng.choice(TICKETS).format(a=_n(rng, 7), b=_n(rng, 4), c=_n(rng, 3),
                                      y=rng.randint(2024, 2027))


def look_value(rng, locale: str, lang: str, kind: str) -> str:
    if kind == "order":
        r = rng.random()
        if r < .2:
            return _not_luhn16(rng)
        return rng.choice(["PO-{y}-{a}", "PO {b}", "SO-{a}", "BE-{c}", "INV-{y}-{a}",
                           "45{c}"]).format(y=rng.randint(2024, 2027), a=_n(rng, 5),
                                            b=_n(rng, 6), c=_n(rng, 8))
    if kind == "serial":
        return rng.choice(["SN {a}-{b}", "S/N {L}{b}", "SN{y}{c}", "Ser.-Nr. {L}{a}-{b}"]).format(
            a=_n(rng, 3), b=_n(rng, 5), c=_n(rng, 6), y=rng.randint(18, 26),
            L="".join(rng.choice("ABCDEFGHKLMNPRSTXZ") for _ in range(2)))
    if kind == "lot":
        return rng.choice(["LOT {y}{L}{a}", "Batch {y}{m:02d}-{b}", "Ch.-B. {c}",
                           "LOT-{c}{L}"]).format(
            y=rng.randint(24, 27), m=rng.randint(1, 12), a=_n(rng, 4), b=_n(rng, 2),
            c=_n(rng, 6), L=rng.choice("ABCDEFGHJK"))
    if kind == "part":
        return rng.choice(["P/N {a}-{b}", "6ES7 {c}-{d}", "Art. {a}.{b}", "{e} 62{f}-2RS",
                           "M{g}x{h} DIN 912"]).format(
            a=_n(rng, 4), b=_n(rng, 3), c=_n(rng, 3), d="1AG40-0XB0",
            e=rng.choice(["SKF", "FAG", "NSK"]), f=rng.randint(0, 9),
            g=rng.choice([6, 8, 10, 12, 16]), h=rng.choice([20, 25, 30, 40, 50]))
    if kind == "price":
        return PRICE[locale](rng)
    if kind == "date":
        return _date(rng, locale)
    if kind == "time":
        return _time(rng, locale)
    if kind == "measure":
        return _measure(rng, locale)
    if kind == "percent":
        return _percent(rng, locale)
    if kind == "orgreg":
        return _orgreg(rng, locale)
    if kind == "isbn":
        return _isbn(rng, locale)
    if kind == "ean":
        return _gtin(rng, EAN_PREFIX[locale])
    if kind == "standard":
        return rng.choice(STANDARDS[locale])
    if kind == "ticket":
        return _ticket(rng)
    if kind == "bic":
        return rng.choice(BICS[locale])
    if kind == "eponym":
        return rng.choice(EPONYMS[lang])
    return rng.choice(NAMEWORDS[lang])
