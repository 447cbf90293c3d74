"""Thirty-first set: look-alike values (not PII) per locale, written by hand."""

from __future__ import annotations

from trainer_dev.redaction_sets.thirtyfirst_values import _d, luhn_ok


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


LOOK_KINDS = [
    "order",
    "invoice",
    "price",
    "date",
    "time",
    "version",
    "isbn",
    "flight",
    "room",
    "measure",
    "percent",
    "orgreg",
    "ticket",
    "tracking",
    "eponym",
    "wordname",
]

CUR = {
    "en_US": ("${}", ".", ","),
    "en_GB": ("£{}", ".", ","),
    "de_DE": ("{} €", ",", "."),
    "fr_FR": ("{} €", ",", "\u202f"),
    "es_ES": ("{} €", ",", "."),
    "it_IT": ("€ {}", ",", "."),
    "es_DO": ("RD${}", ".", ","),
    "pt_AO": ("{} Kz", ",", " "),
    "en_TZ": ("TSh {}", ".", ","),
    "es_PA": ("B/. {}", ".", ","),
    "fr_MA": ("{} DH", ",", " "),
    "en_BW": ("P{}", ".", ","),
}
AIRLINES = {
    "en_US": ["DL", "UA", "AA", "WN"],
    "en_GB": ["BA", "VS", "U2"],
    "de_DE": ["LH", "EW"],
    "fr_FR": ["AF", "TO"],
    "es_ES": ["IB", "VY", "UX"],
    "it_IT": ["AZ", "FR"],
    "es_DO": ["B6", "DM", "CM"],
    "pt_AO": ["DT", "TP"],
    "en_TZ": ["TC", "PW", "KQ"],
    "es_PA": ["CM", "AV"],
    "fr_MA": ["AT", "3O"],
    "en_BW": ["BP", "SA"],
}
ROOMS = {
    "en": _s("Room {n}|Suite {n}|table {n}|Gate {n}|the {n} Lounge"),
    "de": _s("Zimmer {n}|Saal {n}|Tisch {n}|Raum {n}"),
    "fr": _s("chambre {n}|salle {n}|table {n}|suite {n}"),
    "es": _s("habitación {n}|mesa {n}|salón {n}|suite {n}"),
    "it": _s("camera {n}|sala {n}|tavolo {n}|suite {n}"),
    "pt": _s("quarto {n}|mesa {n}|sala {n}|suite {n}"),
}
EPONYMS = {
    "en": _s(
        "Eggs Benedict|Beef Wellington|Caesar salad|Peach Melba|the Savoy Grill|"
        "Earl Grey|Lincoln Center|the Ritz-Carlton|Waldorf salad|Shirley Temple|"
        "Victoria sponge|the Hilton ballroom|Tom Collins|Nelson's Column"
    ),
    "de": _s(
        "Sachertorte|Fürst-Pückler-Eis|Bismarckhering|Goethe-Institut|Prinzregententorte|"
        "Leibniz-Kekse|Humboldt-Forum|Kaiserschmarrn|Schiller-Theater|Hotel Adlon"
    ),
    "fr": _s(
        "tarte Tatin|pêches Melba|crêpes Suzette|sauce béchamel|pommes Anna|"
        "le lycée Victor-Hugo|gare Saint-Lazare|poire Belle-Hélène|le musée Rodin|"
        "la brasserie Lipp|boulevard Haussmann|café Procope"
    ),
    "es": _s(
        "ensalada César|bacalao a la Vizcaína|el Hotel Alfonso XIII|Museo Sorolla|"
        "teatro Lope de Vega|el Paseo de Colón|el estadio Santiago Bernabéu|"
        "la calle Miguel Servet|el Palacio Duarte|el Canal de Panamá Miraflores"
    ),
    "it": _s(
        "carpaccio|pizza Margherita|spaghetti alla Nerano|Bellini|"
        "il teatro Verdi|piazza Garibaldi|la Galleria Vittorio Emanuele|"
        "il museo Ferragamo|fettuccine Alfredo|il liceo Manzoni|torta Sacher"
    ),
    "pt": _s(
        "Largo Agostinho Neto|bitoque à Brás|o Hotel Presidente|o Memorial Dr. António "
        "Agostinho Neto|a Marginal Amílcar Cabral|o Cine Karl Marx|bacalhau à Gomes de Sá|"
        "o Museu da Escravatura|a ilha do Mussulo"
    ),
}
WORDNAMES = {
    "en": _s(
        "a bottle of rosé|sage butter|the summer menu|a grace period|will call|"
        "ivy on the terrace|hazelnut praline|frost on the patio|hope it helps|"
        "grant funding|a fair chance"
    ),
    "de": _s(
        "mit dem nötigen Ernst|frank und frei|die Lüneburger Heide|der Koch|"
        "beim Bäcker|ein Engel von Kollegin|Stein im Brett|roter Hahn"
    ),
    "fr": _s(
        "four à pierre|eau claire|le menu de Noël|huile d'olive|une rose|"
        "le boulanger du coin|à l'aurore|un plat marchand"
    ),
    "es": _s(
        "vino rosado|dolores de cabeza|el pilar del salón|la paz del patio|"
        "con esperanza|los remedios caseros|la mesa del pastor|el consuelo"
    ),
    "it": _s(
        "pizza margherita|una serata serena|benvenuto a bordo|un cuoco bravo|"
        "la speranza è l'ultima|vino rosato|il fornaio sotto casa"
    ),
    "pt": _s("de graça|a luz do salão|com esperança|a vitória da equipa|uma rosa|amparo técnico"),
}
ORGREG = {
    "en_US": lambda r: f"EIN {r.randint(10, 98)}-{_d(r, 7)}",
    "en_GB": lambda r: f"Company No. {r.choice(['0', '1', 'SC'])}{_d(r, 6)}",
    "de_DE": lambda r: f"HRB {r.randint(10000, 250000)} {r.choice(['B', 'HH', 'M', 'K'])}",
    "fr_FR": lambda r: f"RCS Lyon {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
    "es_ES": lambda r: f"CIF {r.choice('ABJ')}{_d(r, 8)}",
    "it_IT": lambda r: f"P.IVA {_d(r, 11)}",
    "es_DO": lambda r: f"RNC 1-{_d(r, 2)}-{_d(r, 5)}-{_d(r, 1)}",
    "pt_AO": lambda r: f"NIF 54{_d(r, 8)}",
    "en_TZ": lambda r: f"BRELA reg. {r.randint(100000, 199999)}",
    "es_PA": lambda r: (
        f"RUC {r.randint(1000000, 2999999)}-1-{r.randint(600000, 899999)} DV {_d(r, 2)}"
    ),
    "fr_MA": lambda r: f"ICE 00{_d(r, 13)}",
    "en_BW": lambda r: f"BW000{_d(r, 8)}",
}


def _money(r, loc: str) -> str:
    pat, dec, th = CUR[loc]
    n = r.choice([r.randint(12, 95), r.randint(100, 990), r.randint(1000, 48000)])
    if loc in ("pt_AO", "en_TZ"):
        n *= 50
    s = f"{n:,}".replace(",", th)
    if r.random() < 0.6 and loc not in ("pt_AO", "en_TZ"):
        s += dec + r.choice(["00", "50", "90", "95"])
    return pat.format(s)


def _date(r, loc: str) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])
    if loc == "en_US":
        return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"])
    if loc == "de_DE":
        return f"{d:02d}.{m:02d}.{y}"
    if loc in ("en_GB", "en_TZ", "en_BW"):
        mon = _s(
            "January|February|March|April|May|June|July|August|September|October|November|December"
        )[m - 1]
        return r.choice([f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}"])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"])


def _isbn(r) -> str:
    body = "978" + r.choice(["0", "1", "2", "3", "84", "88", "85"])
    body += _d(r, 12 - len(body))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return r.choice([full, f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"])


def _order16(r) -> str:
    while True:
        d = r.choice(["4", "5", "3"]) + _d(r, 15)
        if not luhn_ok(d):
            break
    if r.random() < 0.5:
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    return d


def lookalike(r, loc: str, kind: str) -> str:
    lang = loc[:2]
    if kind == "order":
        if r.random() < 0.45:
            return _order16(r)
        return r.choice(["PO-", "ORD-", "#", "BK-"]) + f"{r.choice([2025, 2026])}-{_d(r, 4)}"
    if kind == "invoice":
        pre = {"de": "RE-", "fr": "FA-", "es": "FAC-", "it": "FT ", "pt": "FT "}.get(lang, "INV-")
        return f"{pre}{r.choice([2025, 2026])}/{r.randint(10, 9999):04d}"
    if kind == "price":
        return _money(r, loc)
    if kind == "date":
        return _date(r, loc)
    if kind == "time":
        h, m = r.randint(7, 23), r.choice([0, 15, 30, 45])
        if loc == "en_US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        if lang == "fr":
            return f"{h}h{m:02d}"
        return f"{h}:{m:02d}"
    if kind == "version":
        return r.choice(["v", "POS ", "app v", "firmware "]) + (
            f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
        )
    if kind == "isbn":
        return _isbn(r)
    if kind == "flight":
        return f"{r.choice(AIRLINES[loc])} {r.randint(12, 2999)}"
    if kind == "room":
        return r.choice(ROOMS[lang]).format(
            n=r.choice([str(r.randint(2, 40)), str(r.randint(101, 512))])
        )
    if kind == "measure":
        u = r.choice(
            ["kg", "l", "g", "ml", "m²", "cl"]
            if loc != "en_US"
            else ["lb", "oz", "gal", "sq ft", "qt"]
        )
        n = r.choice([str(r.randint(2, 250)), f"{r.randint(1, 9)}{',' if lang != 'en' else '.'}5"])
        return f"{n} {u}"
    if kind == "percent":
        n = r.choice([str(r.randint(2, 30)), f"{r.randint(5, 20)}{',' if lang != 'en' else '.'}5"])
        return f"{n} %" if lang in ("fr", "de") else f"{n}%"
    if kind == "orgreg":
        return ORGREG[loc](r)
    if kind == "ticket":
        return r.choice(["TKT-", "INC-", "REQ-", "#"]) + str(r.randint(1000, 99999))
    if kind == "tracking":
        if r.random() < 0.5:
            return f"1Z{_d(r, 3)}E{_d(r, 2)}{r.randint(1000000000, 9999999999)}"
        return f"{r.choice(['RR', 'LX', 'CP', 'EE'])}{_d(r, 9)}{loc[3:]}"
    if kind == "eponym":
        return r.choice(EPONYMS[lang])
    if kind == "wordname":
        return r.choice(WORDNAMES[lang])
    raise KeyError(kind)
