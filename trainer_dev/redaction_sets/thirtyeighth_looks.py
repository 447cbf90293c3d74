"""Look-alikes of the thirty-eighth set: retail numbers and words that must survive redaction.

LOOK_KINDS (17): order, price, date, time, version, isbn, gtin, percent, orgreg, ticket,
tracking, sku, locker, voucher, bic, nameword, measure. isbn, gtin, tracking (UPU S10) and the
orgreg values with a public check (ABN, SIREN/SIRET, CIF, CNPJ, IČO) are valid, BICs have
the 8/11-character layout with the locale's country; look_ok re-checks them.
"""

from __future__ import annotations

import re

from . import thirtyeighth_checks as ck

LOOK_KINDS = ["order", "price", "date", "time", "version", "isbn", "gtin", "percent", "orgreg",
              "ticket", "tracking", "sku", "locker", "voucher", "bic", "nameword", "measure"]


def _d(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


ORDER_PREFIX = {"en": "ORD-|#|PO-|INV-|RMA-", "de": "BE-|#|RE-|RMA-|AU-",
                "fr": "CMD-|#|FAC-|RET-|BL-", "es": "PED-|#|FAC-|DEV-|ALB-",
                "nl": "BST-|#|FAC-|RET-|ORD-", "pt": "PED-|#|NF-|DEV-|OS-",
                "cs": "OBJ-|#|FA-|RMA-|DL-"}


def order(rng, lang: str, locale: str) -> str:
    r = rng.random()
    if r < 0.2:  # a 16-digit order number that fails Luhn, next to real cards
        while True:
            n = str(rng.randint(1, 9)) + _d(rng, 15)
            if not ck.luhn_ok(n):
                return n
    prefix = rng.choice(ORDER_PREFIX[lang].split("|"))
    if r < 0.6:
        return f"{prefix}{rng.randint(2019, 2026)}-{_d(rng, 6)}"
    return f"{prefix}{_d(rng, rng.randint(5, 9))}"


def price(rng, lang: str, locale: str) -> str:
    a, c = rng.randint(2, 899), rng.choice(["00", "49", "50", "95", "99"])
    return {
        "en_US": f"${a}.{c}", "en_GB": f"£{a}.{c}", "en_AU": f"A${a}.{c}",
        "en_MW": f"MK{rng.randint(2, 950)},{rng.choice(['000', '500', '250'])}",
        "de_DE": f"{a},{c} €", "fr_FR": f"{a},{c} €", "es_ES": f"{a},{c} €",
        "nl_NL": f"€ {a},{c}", "pt_BR": f"R$ {a},{c}", "cs_CZ": f"{a * 10 + 9} Kč",
        "fr_CD": f"{rng.randint(2, 95)} {rng.choice(['000', '500'])} FC",
        "nl_SR": f"SRD {a},{c}",
    }[locale]


MONTHS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|"
          "December",
    "de": "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
          "diciembre",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
          "december",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
          "dezembro",
    "cs": "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|"
          "prosince",
}


def date(rng, lang: str, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
    if rng.random() < 0.3:
        month = MONTHS[lang].split("|")[m - 1]
        if locale == "en_US":
            return f"{month} {d}, {y}"
        if lang == "en":
            return f"{d} {month} {y}"
        return f"{d}. {month} {y}" if lang in ("de", "cs") else f"{d} {month} {y}" \
            if lang != "es" and lang != "pt" else f"{d} de {month} de {y}"
    if locale == "en_US":
        return f"{m}/{d}/{y}"
    if lang in ("de", "cs"):
        return f"{d:02d}.{m:02d}.{y}" if lang == "de" else f"{d}. {m}. {y}"
    if lang == "nl":
        return f"{d}-{m}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


def time(rng, lang: str, locale: str) -> str:
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
    if locale in ("en_US", "en_AU", "en_MW") or (locale == "en_GB" and rng.random() < 0.5):
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if lang == "fr":
        return f"{h}h{mi:02d}"
    if lang == "nl" and rng.random() < 0.5:
        return f"{h}.{mi:02d} uur"
    return f"{h}:{mi:02d}"


def version(rng, lang: str, locale: str) -> str:
    a, b, c = rng.randint(1, 19), rng.randint(0, 30), rng.randint(0, 12)
    return rng.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"iOS {rng.randint(15, 18)}.{b % 7}",
                       f"Android {rng.randint(11, 15)}", f"build {a}.{b}.{c}{rng.randint(10, 99)}"])


ISBN_GROUP = {"en": ["0", "1"], "de": ["3"], "fr": ["2"], "es": ["84"], "nl": ["90", "94"],
              "pt": ["85", "65"], "cs": ["80"]}


def isbn(rng, lang: str, locale: str) -> str:
    group = rng.choice(ISBN_GROUP[lang])
    pub_len = rng.randint(2, 4)
    rest = 9 - len(group)
    body = "978" + group + _d(rng, rest)
    for c in "0123456789":
        if ck.ean13_ok(body + c):
            pub = body[3 + len(group):3 + len(group) + pub_len]
            title = body[3 + len(group) + pub_len:]
            return f"978-{group}-{pub}-{title}-{c}"
    raise AssertionError


GS1 = {"en_US": ["0", "1"], "en_GB": ["50"], "en_AU": ["93"], "en_MW": ["600", "601"],
       "de_DE": ["400", "401", "426"], "fr_FR": ["300", "340", "376"], "fr_CD": ["600", "300"],
       "es_ES": ["84"], "nl_NL": ["87"], "nl_SR": ["87"], "pt_BR": ["789"], "cs_CZ": ["859"]}


def gtin(rng, lang: str, locale: str) -> str:
    body = rng.choice(GS1[locale])
    body += _d(rng, 12 - len(body))
    for c in "0123456789":
        if ck.ean13_ok(body + c):
            return body + c
    raise AssertionError


def percent(rng, lang: str, locale: str) -> str:
    p = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 70])
    if lang == "en":
        return rng.choice([f"{p}%", f"-{p}%", f"{p}% off"])
    return rng.choice([f"{p} %", f"-{p} %", f"{p}%"])


def _abn(rng) -> str:
    while True:
        d = str(rng.randint(1, 9)) + _d(rng, 10)
        if ck.abn_ok(d):
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


def _cnpj(rng) -> str:
    d = _d(rng, 8) + "0001"
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11
        d += str(0 if r < 2 else 11 - r)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"


def _ico(rng) -> str:
    while True:
        b = _d(rng, 7)
        r = sum(int(c) * w for c, w in zip(b, range(8, 1, -1), strict=True)) % 11
        s = b + str((11 - r) % 10)
        if ck.ico_ok(s) and r != 1:
            return s


def _siren(rng) -> str:
    b = str(rng.randint(3, 9)) + _d(rng, 7)
    s = b + ck.luhn_digit(b)
    if rng.random() < 0.5:
        siret = s + _d(rng, 4)
        siret += ck.luhn_digit(siret)
        return f"SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"
    return f"SIREN {s[:3]} {s[3:6]} {s[6:]}"


def _cif(rng) -> str:
    while True:
        body = _d(rng, 7)
        even = sum(int(body[i]) for i in (1, 3, 5))
        odd = sum(sum(divmod(int(body[i]) * 2, 10)) for i in (0, 2, 4, 6))
        c = (10 - (even + odd) % 10) % 10
        s = rng.choice("ABB") + body + str(c)
        if ck.cif_ok(s):
            return s


def orgreg(rng, lang: str, locale: str) -> str:
    if locale == "en_US":
        return f"EIN {rng.randint(10, 98)}-{_d(rng, 7)}"
    if locale == "en_GB":
        return "Company No. " + rng.choice(["0" + _d(rng, 7), "1" + _d(rng, 7),
                                            "SC" + _d(rng, 6), "NI" + _d(rng, 6)])
    if locale == "en_AU":
        return f"ABN {_abn(rng)}"
    if locale == "de_DE":
        return f"HRB {rng.randint(1000, 250000)}" + rng.choice(["", " B"])
    if locale == "fr_FR":
        return _siren(rng)
    if locale == "es_ES":
        return f"CIF {_cif(rng)}"
    if locale == "nl_NL":
        return f"KvK {rng.randint(10, 99)}{_d(rng, 6)}"
    if locale == "pt_BR":
        return f"CNPJ {_cnpj(rng)}"
    if locale == "cs_CZ":
        return f"IČO {_ico(rng)}"
    if locale == "en_MW":
        return f"Business Reg. No. MBRS{rng.randint(100000, 999999)}"
    if locale == "fr_CD":
        return f"RCCM CD/{rng.choice(['KNG', 'LSH', 'GOM'])}/RCCM/{rng.randint(14, 24)}-" \
               f"{rng.choice('AB')}-{_d(rng, 5)}"
    return f"KKF {rng.randint(10000, 99999)}"


TICKET_WORD = {"en": "Case|Ticket|Support case|Claim", "de": "Ticket|Vorgang|Fall|Anfrage",
               "fr": "Ticket|Dossier|Demande|Réclamation", "es": "Ticket|Caso|Incidencia|Solicitud",
               "nl": "Ticket|Zaak|Melding|Klacht", "pt": "Protocolo|Chamado|Ticket|Atendimento",
               "cs": "Tiket|Požadavek|Reklamace|Případ"}


def ticket(rng, lang: str, locale: str) -> str:
    w = rng.choice(TICKET_WORD[lang].split("|"))
    return rng.choice([f"{w} #{_d(rng, 6)}", f"{w} CS-{_d(rng, 6)}", f"{w} {_d(rng, 8)}",
                       f"{w} SR-{rng.randint(2024, 2026)}-{_d(rng, 5)}"])


S10_CC = {"en_US": "US", "en_GB": "GB", "en_AU": "AU", "en_MW": "MW", "de_DE": "DE",
          "fr_FR": "FR", "fr_CD": "CD", "es_ES": "ES", "nl_NL": "NL", "nl_SR": "SR",
          "pt_BR": "BR", "cs_CZ": "CZ"}


def tracking(rng, lang: str, locale: str) -> str:
    b = _d(rng, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * x for a, x in zip(b, w, strict=True)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{rng.choice(['RR', 'CP', 'LX', 'RB', 'EE', 'CX'])}{b}{c}{S10_CC[locale]}"


def sku(rng, lang: str, locale: str) -> str:
    colour = rng.choice(["BLK", "WHT", "NVY", "RED", "GRN", "GRY"])
    word = {"en": "SKU", "de": "Art.-Nr.", "fr": "Réf.", "es": "Ref.", "nl": "Art.nr.",
            "pt": "Cód.", "cs": "Kód"}[lang]
    return rng.choice([f"{word} {rng.randint(10, 99)}-{_d(rng, 3)}-{colour}",
                       f"{word} {_d(rng, 7)}", f"SKU {colour}-{rng.randint(100, 999)}"])


LOCKER = {"en_US": "Hub Locker {L}{n}", "en_GB": "InPost locker {L}{L}{n}",
          "en_AU": "Parcel Locker {n}", "en_MW": "PostDotNet box {n}",
          "de_DE": "Packstation {n}", "fr_FR": "Consigne Pickup n° {n}",
          "fr_CD": "casier {L}{n}", "es_ES": "Citypaq {n}", "nl_NL": "pakketautomaat {n}",
          "nl_SR": "afhaalkluis {L}{n}", "pt_BR": "Armário {L}{n}", "cs_CZ": "Z-BOX {n}"}


def locker(rng, lang: str, locale: str) -> str:
    s = LOCKER[locale].replace("{n}", str(rng.randint(10, 899)), 1)
    while "{L}" in s:
        s = s.replace("{L}", rng.choice("ABCDEFGHKLMNPRS"), 1)
    return s


VOUCHER = {"en": "SPRING|WELCOME|THANKS|BLACKFRIDAY|SAVE|FREESHIP",
           "de": "FRUEHLING|WILLKOMMEN|DANKE|SOMMER|SPAREN|GRATISVERSAND",
           "fr": "SOLDES|BIENVENUE|MERCI|PRINTEMPS|PROMO|LIVRAISON",
           "es": "REBAJAS|BIENVENIDA|GRACIAS|VERANO|AHORRA|ENVIOGRATIS",
           "nl": "KORTING|WELKOM|BEDANKT|ZOMER|ACTIE|GRATISBEZORGD",
           "pt": "DESCONTO|BEMVINDO|OBRIGADO|VERAO|PROMO|FRETEGRATIS",
           "cs": "SLEVA|VITEJTE|DEKUJEME|LETO|AKCE|DOPRAVAZDARMA"}


def voucher(rng, lang: str, locale: str) -> str:
    w = rng.choice(VOUCHER[lang].split("|"))
    return rng.choice([f"{w}{rng.choice([10, 15, 20, 25, 30])}", f"{w}-{rng.randint(5, 50)}",
                       f"{w}{rng.randint(2024, 2026)}"])


BIC = {"en_US": "CHASUS33|BOFAUS3N|CITIUS33|WFBIUS6S", "en_GB": "BARCGB22|NWBKGB2L|LOYDGB2L|"
       "HBUKGB4B", "en_AU": "CTBAAU2S|NATAAU33|ANZBAU3M|WPACAU2S",
       "en_MW": "NBMAMWMW|SBICMWMX|FDHFMWMW|NBSTMWMW",
       "de_DE": "DEUTDEFF|COBADEFFXXX|MARKDEFF|GENODEM1GLS",
       "fr_FR": "BNPAFRPP|SOGEFRPP|AGRIFRPP|CRLYFRPP", "fr_CD": "RAWBCDKI|BCDCCDKI|EQBLCDKI|"
       "TMBLCDKI", "es_ES": "CAIXESBBXXX|BBVAESMM|BSCHESMM|SABBESBB",
       "nl_NL": "ABNANL2A|INGBNL2A|RABONL2U|SNSBNL2A", "nl_SR": "DSBBSRPA|HAKRSRPA|RBTTSRPA|"
       "FINBSRPA", "pt_BR": "ITAUBRSP|BRASBRRJ|BRADBRSP|CEFXBRSP",
       "cs_CZ": "KOMBCZPP|GIBACZPX|CEKOCZPP|FIOBCZPP"}


def bic(rng, lang: str, locale: str) -> str:
    return rng.choice(BIC[locale].split("|"))


NAMEWORD = {
    "en": "rose gold|Summer sale|Mark as received|Hope you like it|in good Faith|the Hunter "
          "boots|a Sweet deal|Fields marked with a star|Banks holiday hours|Chase the courier|"
          "Brooks running shoes|Autumn collection|Ruby red|Holly wreath|Daisy print|Amber glass|"
          "Castle Rock mug|Young adult fiction|a Lamb's wool scarf|Marsh green",
    "de": "im Ernst|Fuchs-Motiv|Vogelhaus|Wolf Garten|Sommerschlussverkauf|Winterjacke|"
          "Stein-Optik|Koch-Set|Lange Nacht des Shoppings|Jäger-Grün|Hahn für die Küche|"
          "Brandt Zwieback",
    "fr": "Petit Bateau|pain de mie Harrys|Rose poudré|eau de Violette|le Blanc de janvier|"
          "Lebrun doré|Fontaine à eau|Chevalier Noir|Mercier hors série|Marchand de sable|"
          "Boulanger électroménager|Roux clair",
    "es": "luz verde|paz y calma|Blanco roto|Rubio platino|Moreno intenso|Lobo de mar|"
          "Bravo por el servicio|Cruz Roja|Rey de reyes|Vega del Duero|Campos de Castilla|"
          "Soledad del paquete",
    "nl": "Vos-print|Roos van Jericho|Zwart-wit|Prins Heerlijk|de Boer-sjaal|Bakker Bart|"
          "Visser-jas|Floor lamp|Koster-tas|Kok-schort|de Wit-collectie|Bos-groen",
    "pt": "Rocha Forte|Pinto de Mel|Coelho da Páscoa|Leão-marinho|Graça divina|Vitória-régia|"
          "Campos do Jordão|Fontes de energia|Pacheco de linha|Vasconcelos Plus|Cardoso verde|"
          "Nogueira escura",
    "cs": "Černý pátek|Veselé Vánoce|Král Šumavy|Zima je tady|Holub na střeše|Liška Bystrouška|"
          "Malý princ|Fiala vonná|Kovář kolekce|Zeman a syn|Novák nábytek|Růžička sušená",
}


def nameword(rng, lang: str, locale: str) -> str:
    return rng.choice(NAMEWORD[lang].split("|"))


def measure(rng, lang: str, locale: str) -> str:
    dec = "," if lang in ("de", "fr", "es", "nl", "pt", "cs") else "."
    return rng.choice([
        f"{rng.randint(10, 60)} x {rng.randint(10, 40)} x {rng.randint(5, 30)} cm",
        f"{rng.randint(0, 9)}{dec}{rng.randint(1, 9)} kg",
        f"EU {rng.randint(36, 46)}", f"size {rng.choice(['XS', 'S', 'M', 'L', 'XL'])}"
        if lang == "en" else f"{rng.randint(36, 46)} EU",
        f"{rng.randint(1, 3)}{dec}{rng.randint(1, 9)} m",
        f"{rng.choice([250, 500, 750, 1000])} ml",
    ])


MAKERS = {"order": order, "price": price, "date": date, "time": time, "version": version,
          "isbn": isbn, "gtin": gtin, "percent": percent, "orgreg": orgreg, "ticket": ticket,
          "tracking": tracking, "sku": sku, "locker": locker, "voucher": voucher, "bic": bic,
          "nameword": nameword, "measure": measure}


def look(rng, kind: str, lang: str, locale: str) -> str:
    return MAKERS[kind](rng, lang, locale)


def look_ok(kind: str, value: str) -> bool:
    """The check of look-alikes that carry one (the rest pass)."""
    if kind == "isbn":
        return ck.ean13_ok(value)
    if kind == "gtin":
        return ck.ean13_ok(value)
    if kind == "tracking":
        return ck.s10_ok(value)
    if kind == "order" and re.fullmatch(r"\d{16}", value):
        return not ck.luhn_ok(value)
    if kind == "bic":
        return bool(re.fullmatch(r"[A-Z]{4}(US|GB|AU|MW|DE|FR|CD|ES|NL|SR|BR|CZ)[A-Z0-9]{2}"
                                 r"([A-Z0-9]{3})?", value))
    if kind == "orgreg":
        if value.startswith("ABN "):
            return ck.abn_ok(value[4:])
        if value.startswith(("SIREN ", "SIRET ")):
            return ck.siren_ok(value[6:])
        if value.startswith("CIF "):
            return ck.cif_ok(value[4:])
        if value.startswith("CNPJ "):
            return ck.cnpj_ok(value[5:])
        if value.startswith("IČO "):
            return ck.ico_ok(value[4:])
    return True
