"""Forty-second set: look-alikes (strings a redactor must leave alone), per kind and locale."""

from __future__ import annotations

from trainer_dev.redaction_sets import fortysecond_checks as ck

LOOK_KINDS = ["order", "price", "date", "time", "measure", "percent", "orgreg", "isbn", "lot",
              "eartag", "hscode", "vetdrug", "bic", "nameword", "variety"]


def _d(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _bad_luhn16(rng) -> str:
    while True:
        n = str(rng.randrange(1, 10)) + _d(rng, 15)
        if not ck.luhn_ok(n):
            return n


CURRENCY = {
    "en_US": ["${a}.{c}/lb", "${a}.{c} a bushel", "${a},{k}00"],
    "en_AU": ["A${a}.{c}/kg", "${a}.{c} a head", "AUD {a}.{c}"],
    "en_IE": ["€{a}.{c}/kg", "€{a}.{c} per litre", "EUR {a}"],
    "fr_FR": ["{a},{c} €/kg", "{a},{c} € le plateau", "{a} € HT"],
    "de_DE": ["{a},{c} €/kg", "{a},{c} EUR je dt", "{a} € netto"],
    "es_ES": ["{a},{c} €/kg", "{a},{c} € la caja", "{a} € sin IVA"],
    "it_IT": ["€ {a},{c}/kg", "{a},{c} euro al quintale", "{a} € + IVA"],
    "nl_NL": ["€ {a},{c} per kilo", "€{a},{c}/kg", "{a} euro excl. btw"],
    "pt_BR": ["R$ {a},{c}", "R$ {a},{c} a saca", "R$ {a},{c}/arroba"],
    "fr_BF": ["{a} {k}00 FCFA", "{a}00 F CFA le sac", "{a} {k}00 XOF"],
    "en_RW": ["RWF {a},{k}00", "{a},{k}00 Rwf per kg", "Frw {a}00"],
    "pt_GW": ["{a} {k}00 FCFA", "{a}00 XOF o quilo", "{a} {k}00 francos CFA"],
}

DATE = {
    "en_US": "{m}/{d}/{y}", "en_AU": "{d}/{m}/{y}", "en_IE": "{d}/{m}/{y}",
    "fr_FR": "{d}/{m}/{y}", "de_DE": "{d}.{m}.{y}", "es_ES": "{d}/{m}/{y}",
    "it_IT": "{d}/{m}/{y}", "nl_NL": "{d}-{m}-{y}", "pt_BR": "{d}/{m}/{y}",
    "fr_BF": "{d}/{m}/{y}", "en_RW": "{d}/{m}/{y}", "pt_GW": "{d}/{m}/{y}",
}

MEASURE = {
    "en": ["{a} bushels", "{a} acres", "{a} head of cattle", "{a}.{c} t", "{a} lb",
           "{a} gallons", "{a} kg", "{a} ha", "4 °C", "{a} bales"],
    "fr": ["{a} quintaux", "{a} ha", "{a},{c} t", "{a} litres", "{a} têtes", "4 °C",
           "{a} kg"],
    "de": ["{a} dt/ha", "{a} ha", "{a},{c} t", "{a} Liter", "{a} Stück Vieh", "4 °C",
           "{a} kg"],
    "es": ["{a} ha", "{a},{c} t", "{a} litros", "{a} cabezas", "{a} kg", "4 °C",
           "{a} fanegas"],
    "it": ["{a} quintali", "{a} ha", "{a},{c} t", "{a} litri", "{a} capi", "4 °C", "{a} kg"],
    "nl": ["{a} ha", "{a},{c} ton", "{a} liter", "{a} stuks vee", "{a} kg", "4 °C"],
    "pt": ["{a} sacas", "{a} ha", "{a},{c} t", "{a} litros", "{a} cabeças", "{a} arrobas",
           "4 °C"],
}

ORDER = ["PO-{n5}", "INV-2026-{n4}", "ORD {n5}", "#{n6}", "{bad16}", "DN-{n5}", "BL {n6}"]

BICS = {
    "en_US": ["CHASUS33", "BOFAUS3N", "WFBIUS6S", "CITIUS33"],
    "en_AU": ["CTBAAU2S", "NATAAU33", "WPACAU2S", "ANZBAU3M"],
    "en_IE": ["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"],
    "fr_FR": ["AGRIFRPP", "BNPAFRPP", "SOGEFRPP", "CCBPFRPP"],
    "de_DE": ["GENODEF1S10", "COBADEFFXXX", "DEUTDEFF", "BRLADE21LZO"],
    "es_ES": ["CCRIES2A", "CAIXESBB", "BSCHESMM", "BBVAESMM"],
    "it_IT": ["BAPPIT21", "BCITITMM", "UNCRITMM", "ICRAITRR"],
    "nl_NL": ["RABONL2U", "INGBNL2A", "ABNANL2A", "TRIONL2U"],
    "pt_BR": ["BRASBRRJ", "ITAUBRSP", "BCOBBRSP", "CEFXBRSP"],
    "fr_BF": ["ECOCBFBF", "CORIBFBF", "BICIBFBF", "SGBFBFBF"],
    "en_RW": ["BKIGRWRW", "EQBLRWRW", "IMRWRWRW", "COBRRWRW"],
    "pt_GW": ["ECOCGWGW", "ORBKGWGW", "BAOBGWGW", "BDUGGWGW"],
}

HS = ["0901.11", "0803.10", "1001.99", "0406.90", "0201.30", "0805.10", "1801.00", "0702.00",
      "1201.90", "5201.00", "0713.40", "0808.10", "0409.00", "1207.40", "0801.32"]

ATCVET = ["QJ01CA04", "QP52AC09", "QJ01AA06", "QI02AD01", "QP54AA01", "QJ51CE09", "QM01AE01",
          "QP53AC11", "QJ01XQ01", "QI09AD02"]

NAMEWORD = {
    "en": ["rose hips", "heather honey", "holly hedges", "basil seedlings", "sage cuttings",
           "pearl barley", "sweet william", "clementine crates", "ivy on the barn",
           "hazel whips", "the hunter's moon", "a baker's dozen"],
    "fr": ["la reine-claude", "les pommes d'api", "le coq au vin", "la saint-jean",
           "une marguerite", "les capucines", "la rose trémière", "du romarin"],
    "de": ["das Gänseblümchen", "Ernst der Lage", "im Ernst", "die Rosenkohlernte",
           "frische Petersilie", "der Fuchsbau", "der Vogelschutz", "den Bauernhof"],
    "es": ["la paz social", "luz verde", "el rocío del alba", "un lobo solitario",
           "la esperanza de lluvia", "el pastor alemán", "romero fresco", "el consuelo"],
    "it": ["la rosa canina", "un leone di razza", "la stella alpina", "il gallo cedrone",
           "l'amato orto", "testa di rapa", "la fontana del borgo", "il pellegrino"],
    "nl": ["de boer op", "roos en distel", "visser van beroep", "het groen", "een vos",
           "de prins van de polder", "de bakker op de hoek", "een mulder"],
    "pt": ["a rocha do morro", "um pinto no terreiro", "coelho na toca", "a glória da safra",
           "vitória-régia", "o prado verde", "a fonseca seca", "uma raquete"],
}

VARIETY = {
    "en": ["Granny Smith", "Golden Delicious", "Cox's Orange Pippin", "Bramley",
           "Aberdeen Angus", "Hereford", "Jersey", "Santa Gertrudis", "Russet Burbank",
           "Pink Lady"],
    "fr": ["Charlotte", "Bintje", "Mara des Bois", "Reine des Reinettes", "Charolaise",
           "Limousine", "Prim'Holstein", "Belle de Fontenay", "Williams", "Conférence"],
    "de": ["Boskoop", "Elstar", "Linda", "Sieglinde", "Holstein-Friesian", "Fleckvieh",
           "Braunvieh", "Gala", "Annabelle", "Hereford"],
    "es": ["Blanca de Aranjuez", "Hojiblanca", "Picual", "Arbequina", "Tempranillo",
           "Retinta", "Avileña", "Monastrell", "Conferencia", "Rojo Brillante"],
    "it": ["Abate Fetel", "Chianina", "Piemontese", "Frisona", "Sangiovese", "Nebbiolo",
           "Annurca", "Taggiasca", "San Marzano", "Pachino"],
    "nl": ["Elstar", "Conference", "Jonagold", "Bintje", "Santana", "Blonde d'Aquitaine",
           "Holstein-Friesian", "Lakenvelder", "Groninger Blaarkop", "Doyenné du Comice"],
    "pt": ["Nelore", "Gir", "Girolando", "Tommy Atkins", "Catuaí", "Mundo Novo",
           "Bourbon Amarelo", "Palmer", "Senepol", "Santa Inês"],
}
VARIETY_LOCAL = {"fr_BF": ["Kouri", "Zébu Peul", "Taurin Lobi", "Kent", "Amélie", "Mossi"],
                 "en_RW": ["Ankole", "Inyambo", "Kinigi", "Victoria", "Sahiwal", "Kirundo"],
                 "pt_GW": ["Ndama", "Caju Cajeiro", "Kent", "Keitt", "Djalonké",
                           "Arroz Nerica"]}

ISBN_GROUP = {"en": "1", "fr": "2", "de": "3", "es": "84", "it": "88", "nl": "90", "pt": "85"}


def _isbn(rng, lang: str) -> str:
    grp = ISBN_GROUP[lang]
    pub = _d(rng, 3)
    title = _d(rng, 12 - 3 - len(grp) - 3)
    twelve = "978" + grp + pub + title
    return f"978-{grp}-{pub}-{title}-{ck.isbn13_digit(twelve)}"


def _orgreg(rng, loc: str) -> tuple[str, str]:
    """(look-alike, its checker name or '')."""
    if loc == "en_US":
        return f"EIN {_d(rng, 2)}-{_d(rng, 7)}", ""
    if loc == "en_AU":
        while True:
            n = str(rng.randrange(1, 10)) + _d(rng, 10)
            if ck.abn_ok(n):
                return f"ABN {n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", "abn"
    if loc == "en_IE":
        return f"CRO {rng.randrange(100000, 799999)}", ""
    if loc == "fr_FR":
        eight = str(rng.randrange(1, 10)) + _d(rng, 7)
        n = eight + ck.luhn_digit(eight)
        return f"SIREN {n[:3]} {n[3:6]} {n[6:]}", "siren"
    if loc == "de_DE":
        return f"HRB {rng.randrange(1000, 99999)}", ""
    if loc == "es_ES":
        seven = _d(rng, 7)
        return f"F{seven}{ck.cif_control(seven)}", "cif"
    if loc == "it_IT":
        ten = _d(rng, 7) + rng.choice(["034", "035", "036", "037", "058", "026"])
        n = ten + ck.luhn_digit(ten)
        return f"P.IVA {n}", "piva"
    if loc == "nl_NL":
        return f"KvK {rng.randrange(10000000, 99999999)}", ""
    if loc == "pt_BR":
        twelve = _d(rng, 8) + "0001"
        n = twelve + ck.cnpj_digits(twelve)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}", "cnpj"
    if loc == "fr_BF":
        return f"IFU {_d(rng, 8)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}", ""
    if loc == "en_RW":
        return f"TIN 10{_d(rng, 7)}", ""
    return f"NIF 51{_d(rng, 7)}", ""


def look(rng, loc: str, kind: str) -> tuple[str, str]:
    """One look-alike of the kind for the locale: (text, checker name or '')."""
    lang = loc[:2]
    a, c, k = rng.randrange(2, 95), f"{rng.randrange(0, 100):02d}", rng.randrange(1, 10)
    if kind == "order":
        return rng.choice(ORDER).format(n5=_d(rng, 5), n4=_d(rng, 4), n6=_d(rng, 6),
                                        bad16=_bad_luhn16(rng)), ""
    if kind == "price":
        return rng.choice(CURRENCY[loc]).format(a=a, c=c, k=k), ""
    if kind == "date":
        return DATE[loc].format(d=f"{rng.randrange(1, 29):02d}", m=f"{rng.randrange(1, 13):02d}",
                                y=rng.choice(["2025", "2026", "2027"])), ""
    if kind == "time":
        h, mi = rng.randrange(5, 20), rng.choice(["00", "15", "30", "45"])
        if loc == "en_US":
            return f"{h % 12 or 12}:{mi} {'AM' if h < 12 else 'PM'}", ""
        if lang == "fr":
            return f"{h}h{mi}", ""
        return f"{h}:{mi}", ""
    if kind == "measure":
        return rng.choice(MEASURE[lang]).format(a=a * rng.choice([1, 10]), c=k), ""
    if kind == "percent":
        sep = "," if lang in ("fr", "de", "es", "it", "nl", "pt") else "."
        space = " " if lang in ("fr", "de") else ""
        return f"{a}{sep}{k}{space}%", ""
    if kind == "orgreg":
        return _orgreg(rng, loc)
    if kind == "isbn":
        return _isbn(rng, lang), "isbn"
    if kind == "lot":
        word = {"en": "LOT", "fr": "Lot", "de": "Charge", "es": "Lote", "it": "Lotto",
                "nl": "Partij", "pt": "Lote"}[lang]
        return f"{word} {rng.choice('ABCDKLMP')}{_d(rng, 2)}-{_d(rng, 3)}", ""
    if kind == "eartag":
        cc = loc[3:]
        if loc == "en_US":
            return f"840 003 {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}", ""
        if loc == "en_AU":
            return f"NLIS 982 {_d(rng, 12)}", ""
        return f"{cc} {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 5)}", ""
    if kind == "hscode":
        return f"HS {rng.choice(HS)}", ""
    if kind == "vetdrug":
        if loc == "de_DE" and rng.random() < 0.5:
            while True:
                seven = _d(rng, 7)
                r = sum(int(ch) * (i + 1) for i, ch in enumerate(seven)) % 11
                if r != 10:
                    return f"PZN {seven}{r}", "pzn"
        return f"ATCvet {rng.choice(ATCVET)}", ""
    if kind == "bic":
        return rng.choice(BICS[loc]), ""
    if kind == "nameword":
        return rng.choice(NAMEWORD[lang]), ""
    pool = VARIETY[lang] + VARIETY_LOCAL.get(loc, [])
    return rng.choice(pool), ""
