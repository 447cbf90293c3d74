"""Forty-third set: look-alikes (strings that must survive), drawn per locale.

Kinds with a check (orgreg, ean, order-failing-Luhn) pass or fail it in code as stated.
"""

from __future__ import annotations

from trainer_dev.redaction_sets import fortythird_checks as C

LOOK_KINDS = ("reading", "price", "date", "time", "percent", "power", "speed", "orgreg",
              "ticket", "bic", "version", "ean", "eponym", "nameword", "order")
D = "0123456789"


def _d(rng, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


LANG = {"en_GB": "en", "en_CA": "en", "en_IN": "en", "en_FJ": "en", "de_CH": "de",
        "fr_BE": "fr", "fr_BJ": "fr", "es_MX": "es", "es_GQ": "es", "pl_PL": "pl",
        "cs_CZ": "cs", "sv_SE": "sv"}


def group(n: int, locale: str) -> str:
    s = f"{n:,}"
    if locale == "de_CH":
        return s.replace(",", "'")
    if locale in ("fr_BE", "fr_BJ", "pl_PL", "cs_CZ", "sv_SE"):
        return s.replace(",", " ")
    if locale == "es_GQ":
        return s.replace(",", ".")
    return s


def _dec(locale: str, whole: str, cents: int) -> str:
    comma = LANG[locale] in ("de", "fr", "es", "pl", "cs", "sv") and locale not in (
        "de_CH", "es_MX")
    return f"{whole}{',' if comma else '.'}{cents:02d}"


def reading(rng, locale):
    n = rng.randint(120, 98000)
    unit = rng.choice(("kWh", "kWh", "m³", "MWh"))
    if rng.random() < 0.3:
        return f"{_d(rng, 5)} {unit}"
    return f"{group(n, locale)} {unit}"


def price(rng, locale):
    n, c = rng.randint(8, 4800), rng.randint(0, 99)
    w = group(n, locale)
    return {
        "en_GB": f"£{w}.{c:02d}", "en_CA": f"${w}.{c:02d}", "en_IN": f"₹{w}",
        "en_FJ": f"FJ${w}.{c:02d}", "de_CH": f"CHF {w}.{c:02d}", "fr_BE": f"{_dec(locale, w, c)} €",
        "fr_BJ": f"{group(n * 50, locale)} FCFA", "es_MX": f"${w}.{c:02d} MXN",
        "es_GQ": f"{group(n * 50, locale)} FCFA", "pl_PL": f"{_dec(locale, w, c)} zł",
        "cs_CZ": f"{w} Kč", "sv_SE": f"{w} kr",
    }[locale]


def date(rng, locale):
    y, m, d = rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    if locale in ("en_CA",) and rng.random() < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    if locale == "sv_SE":
        return f"{y}-{m:02d}-{d:02d}"
    if locale in ("de_CH", "pl_PL", "cs_CZ"):
        return f"{d}.{m}.{y}" if locale == "cs_CZ" else f"{d:02d}.{m:02d}.{y}"
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    if locale.startswith("en") and rng.random() < 0.5:
        return f"{d} {months[m - 1]} {y}"
    return f"{d:02d}/{m:02d}/{y}"


def time(rng, locale):
    h, m = rng.randint(6, 21), rng.choice((0, 15, 30, 45, 10, 50))
    if locale in ("en_CA", "en_IN", "en_FJ", "en_GB") and rng.random() < 0.5:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
    if locale.startswith("fr"):
        return f"{h}h{m:02d}"
    if locale == "sv_SE":
        return f"kl. {h:02d}.{m:02d}"
    return f"{h:02d}:{m:02d}"


def percent(rng, locale):
    v = rng.choice((5, 7.5, 10, 12, 15, 19.5, 20, 25, 33, 40, 50, 8.1, 21))
    s = str(v)
    if LANG[locale] not in ("en",) and locale != "es_MX":
        s = s.replace(".", ",")
    return f"{s} %" if LANG[locale] in ("de", "fr", "pl", "cs", "sv") else f"{s}%"


def power(rng, locale):
    v = rng.choice(("3.6 kWp", "4.2 kWp", "6.4 kWp", "9.8 kWp", "7 kW", "11 kW", "22 kW",
                    "16 A", "25 A", "63 A", "230 V", "400 V", "5 kVA", "13.5 kWh", "8 kW"))
    if LANG[locale] not in ("en",) and locale != "es_MX":
        v = v.replace(".", ",")
    return v


def speed(rng, locale):
    return rng.choice(("100 Mbit/s", "300 Mbit/s", "500 Mbit/s", "1 Gbit/s", "10 Gbit/s",
                       "80 Mbps", "150 Mbps", "900 Mbps", "2.5 Gbps", "50 GB", "100 GB",
                       "20 GB", "5G", "4G+", "FTTH 1000"))


def orgreg(rng, locale):
    while True:
        if locale == "en_GB":
            if rng.random() < 0.3:
                return "Company No. SC" + _d(rng, 6)
            return rng.choice(("Company No. ", "Companies House ")) + _d(rng, 8)
        if locale == "en_CA":
            body = rng.choice("1789") + _d(rng, 7)
            return f"BN {body}{C.luhn_digit(body)} RT0001"
        if locale == "en_IN":
            up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            pan = "".join(rng.choice(up) for _ in range(3)) + "C" + rng.choice(up) + _d(rng, 4)
            pan += rng.choice(up)
            body = rng.choice(("27", "29", "07", "33", "19", "24")) + pan + "1Z"
            return "GSTIN " + body + C.gstin_char(body)
        if locale == "de_CH":
            eight = _d(rng, 8)
            c = C.ch_uid_digit(eight)
            if c is None:
                continue
            n = eight + c
            return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}" + rng.choice(("", " MWST", " HR"))
        if locale == "fr_BE":
            eight = rng.choice("01") + _d(rng, 7)
            n = eight + f"{97 - int(eight) % 97:02d}"
            return f"BCE {n[:4]}.{n[4:7]}.{n[7:]}"
        if locale == "es_MX":
            up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            body = ("".join(rng.choice(up) for _ in range(3))
                    + f"{rng.randint(90, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                    + rng.choice(up) + rng.choice(D))
            return "RFC " + body + C.rfc_digit(body)
        if locale == "pl_PL":
            nine = rng.choice("123456789") + _d(rng, 8)
            c = C.nip_digit(nine)
            if c is None:
                continue
            n = nine + c
            return f"NIP {n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"
        if locale == "cs_CZ":
            seven = _d(rng, 7)
            return f"IČO {seven}{C.ico_digit(seven)}"
        if locale == "sv_SE":
            body = rng.choice(("55", "56", "71", "76", "80")) + _d(rng, 7)
            n = body + C.luhn_digit(body)
            return f"org.nr {n[:6]}-{n[6:]}"
        if locale == "fr_BJ":
            court = rng.choice(("COT", "PNO", "PKO"))
            return f"RCCM RB/{court}/{rng.randint(15, 25)} B {_d(rng, 5)}"
        if locale == "en_FJ":
            return f"Company No. {rng.choice(('C', 'BC'))}{_d(rng, 5)}"
        return f"NIF {_d(rng, 9)}{rng.choice('ABCDEFG')}"


def orgreg_ok(locale: str, v: str) -> bool:
    digits = "".join(c for c in v if c.isdigit())
    if locale == "en_CA":
        return C.luhn_ok(digits[:9])
    if locale == "en_IN":
        body = v.split()[-1]
        return C.gstin_char(body[:14]) == body[14]
    if locale == "de_CH":
        return C.ch_uid_digit(digits[:8]) == digits[8]
    if locale == "fr_BE":
        return C.kbo_ok(digits)
    if locale == "es_MX":
        return C.rfc_ok(v.split()[-1])
    if locale == "pl_PL":
        return C.nip_digit(digits[:9]) == digits[9]
    if locale == "cs_CZ":
        return C.ico_digit(digits[:7]) == digits[7]
    if locale == "sv_SE":
        return C.luhn_ok(digits)
    return True


def ticket(rng, locale):
    return rng.choice((f"INC{_d(rng, 7)}", f"CASE-{_d(rng, 5)}", f"SR-{_d(rng, 6)}",
                       f"WO-{_d(rng, 5)}", f"#{_d(rng, 6)}", f"CHG{_d(rng, 6)}",
                       f"FAULT/{_d(rng, 4)}"))


BICS = {
    "en_GB": ("BARCGB22", "LOYDGB2L", "NWBKGB2L", "HBUKGB4B", "MIDLGB22", "NAIAGB21"),
    "en_CA": ("ROYCCAT2", "TDOMCATTTOR", "BOFMCAM2", "NOSCCATT", "CIBCCATT"),
    "en_IN": ("SBININBB", "HDFCINBB", "ICICINBB", "UTIBINBB", "IFSC SBIN0000300",
              "IFSC HDFC0000001"),
    "de_CH": ("UBSWCHZH80A", "ZKBKCHZZ80A", "POFICHBEXXX", "RAIFCH22", "BCGECHGGXXX"),
    "fr_BE": ("GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB", "BPOTBEB1"),
    "fr_BJ": ("ECOCBJBJ", "UNAFBJBJ", "SGBEBJBJ", "BOABBJBJ"),
    "en_FJ": ("ANZBFJFX", "WPACFJFX", "BSPFFJFJ", "HFCBFJFJ"),
    "es_MX": ("BNMXMXMM", "BCMRMXMM", "BMSXMXMM", "BIMEMXMM", "MENOMXMT"),
    "es_GQ": ("CCEIGQGQ", "SGGQGQGQ", "BGFIGQGQ", "ECOCGQGQ"),
    "pl_PL": ("BPKOPLPW", "INGBPLPW", "BREXPLPW", "PKOPPLPW", "WBKPPLPP"),
    "cs_CZ": ("KOMBCZPP", "CEKOCZPP", "GIBACZPX", "FIOBCZPP", "RZBCCZPP"),
    "sv_SE": ("ESSESESS", "NDEASESS", "HANDSESS", "SWEDSESS"),
}


def bic(rng, locale):
    return rng.choice(BICS[locale])


def version(rng, locale):
    return rng.choice((f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                       f"firmware {rng.randint(1, 8)}.{rng.randint(10, 99)}",
                       f"FW {rng.randint(2, 7)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
                       f"SMETS{rng.randint(1, 2)}", f"DOCSIS 3.{rng.randint(0, 1)}",
                       f"Wi-Fi {rng.choice(('5', '6', '6E', '7'))}",
                       f"build {rng.randint(100, 999)}{rng.choice('abc')}"))


GS1 = {"en_GB": "50", "en_CA": "754", "en_IN": "890", "de_CH": "76", "fr_BE": "54",
       "fr_BJ": "30", "en_FJ": "93", "es_MX": "750", "es_GQ": "84", "pl_PL": "590",
       "cs_CZ": "859", "sv_SE": "73"}


def ean(rng, locale):
    body = GS1[locale] + _d(rng, 12 - len(GS1[locale]))
    return "EAN " + body + C.ean_digit(body)


EPONYMS = {
    "en": ("Ohm's law", "Hinkley Point C", "Sizewell B", "the Tesla Powerwall", "Churchill Falls",
           "Ampère's rule", "the Edison bulb", "Tata Power", "Adani Green", "the Kelvin scale",
           "Sir Adam Beck station", "Faraday cage", "Monasavu Dam", "Nadarivatu scheme",
           "Joule heating"),
    "de": ("Ohmsches Gesetz", "Grande Dixence", "Kernkraftwerk Gösgen", "Kirchhoffsche Regel",
           "Tesla Powerwall", "Linth-Limmern", "Faradayscher Käfig", "Nant de Drance",
           "Siemens-Zähler", "Kelvin-Skala"),
    "fr": ("loi d'Ohm", "centrale de Doel", "centrale de Tihange", "barrage de Nangbéto",
           "effet Joule", "pile Volta", "règle d'Ampère", "Tesla Powerwall",
           "barrage de l'Eau d'Heure", "cage de Faraday", "centrale de Maria-Gléta"),
    "es": ("ley de Ohm", "presa Chicoasén", "Laguna Verde", "central de Djibloho",
           "efecto Joule", "pila de Volta", "Tesla Powerwall", "presa Manuel Moreno Torres",
           "jaula de Faraday", "central de Sendje", "regla de Kirchhoff"),
    "pl": ("prawo Ohma", "Elektrownia Bełchatów", "Elektrownia Kozienice", "efekt Joule'a",
           "klatka Faradaya", "Tesla Powerwall", "prawa Kirchhoffa", "Elektrownia Opole",
           "Żarnowiec", "ogniwo Volty"),
    "cs": ("Ohmův zákon", "Temelín", "Dukovany", "Jouleovo teplo", "Faradayova klec",
           "Tesla Powerwall", "Kirchhoffovy zákony", "Dlouhé stráně", "Mělník", "Voltův článek"),
    "sv": ("Ohms lag", "Forsmark", "Ringhals", "Oskarshamn", "Jouleeffekten", "Faradays bur",
           "Tesla Powerwall", "Harsprånget", "Kirchhoffs lagar", "Stornorrfors"),
}

NAMEWORDS = {
    "en": ("the summer peak", "will be read", "your bill", "a rose-gold router", "the hunter app",
           "marsh gas", "a baker's dozen", "the frank reply", "holly green cable",
           "a new hope", "the joy of fibre", "jack socket", "the moss roof", "a bright spark",
           "the grace period", "dawn reading", "the fox bracket", "hazel-coloured casing"),
    "de": ("im Sommer", "im Winter", "im Ernst", "der Fuchsbau", "die Sonnenhalde",
           "ein frommer Wunsch", "die Graf-Zählung", "der Brunnen", "mit Ernst und Sorgfalt",
           "heidi-sicher", "der Wenger-Stecker"),
    "fr": ("la rose des vents", "un renard argenté", "la fontaine du square",
           "un délai de grâce", "l'espérance de vie", "par prudence", "la marine marchande",
           "la reine des abeilles", "en toute félicité", "le loup blanc", "la justice de paix"),
    "es": ("luz verde", "paz social", "esperanza de vida", "las mercedes", "el socorro",
           "dolores de cabeza", "la victoria", "pilar de carga", "a la medina",
           "rosario de fallas", "los remedios"),
    "pl": ("Król Internetu", "lis w kurniku", "baran energetyczny", "sikora na liczniku",
           "dudek z pilotem", "mazur w grafiku", "wróbel na kablu", "w marcu", "na baranie"),
    "cs": ("král úspor", "liška podšitá", "holub na střeše", "malý odběr", "veselý účet",
           "černý odběr", "fiala barva", "zeman zemí", "kříž na mapě", "na marku"),
    "sv": ("falk-logga", "björk-parkett", "lind-allé", "strand-linjen", "berg-värme",
           "dahl-dalen", "palm-söndag", "blom-kruka", "saga-stund", "frida-dag"),
}


def eponym(rng, locale):
    return rng.choice(EPONYMS[LANG[locale]])


def nameword(rng, locale):
    return rng.choice(NAMEWORDS[LANG[locale]])


def order(rng, locale):
    if rng.random() < 0.5:
        while True:
            n = rng.choice("3456789") + _d(rng, 15)
            if not C.luhn_ok(n):
                break
        return rng.choice(("Invoice ", "INV ", "Order ")) + " ".join(
            n[k:k + 4] for k in range(0, 16, 4))
    return rng.choice(("INV-", "PO-", "ORD-", "BILL-")) + f"{rng.randint(2024, 2026)}-" + _d(rng, 5)


DRAW = {"reading": reading, "price": price, "date": date, "time": time, "percent": percent,
        "power": power, "speed": speed, "orgreg": orgreg, "ticket": ticket, "bic": bic,
        "version": version, "ean": ean, "eponym": eponym, "nameword": nameword, "order": order}
