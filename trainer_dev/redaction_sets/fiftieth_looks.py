"""Look-alikes of the fiftieth set: numbers and names a redactor must keep, in the forms an IT
help desk writes them. ``lookalike(rng, locale, group)`` returns (value, kind)."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fiftieth_numbers as num

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de_AT": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
           "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    "lb": ["Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}

# companies named after people, kept verbatim
COMPANIES = {
    "en_US": ["Dell Technologies", "Hewlett Packard Enterprise", "Johnson Controls",
              "Morgan Stanley", "Jacobs Engineering", "Kelly Services"],
    "en_GB": ["Marks & Spencer", "Sainsbury's", "John Lewis", "Lloyds Bank", "Rolls-Royce"],
    "en_IN": ["Tata Consultancy Services", "Mahindra Logistics", "Godrej Interio",
              "Bajaj Finserv", "Birla Soft"],
    "de_AT": ["Swarovski", "Julius Meinl", "Porsche Holding", "Robert Bosch AG", "Siemens"],
    "fr_CH": ["Nestlé", "Logitech", "Hilti", "Firmenich", "Louis Widmer"],
    "es_AR": ["Bagley", "Techint", "Ledesma SAA", "Mastellone Hermanos", "Pérez Companc"],
    "it_IT": ["Olivetti", "Ferrero", "Barilla", "Piaggio", "Benetton"],
    "pt_PT": ["Jerónimo Martins", "Amorim", "Salvador Caetano", "Vieira de Almeida"],
    "en_GI": ["Saccone & Speed", "Bassadone Motors", "Marks & Spencer", "Morrisons"],
    "en_IM": ["Okell's", "Heron & Brearley", "Dandara", "Manx Telecom"],
    "cy_GB": ["Laura Ashley", "Brains", "Lloyds Bank", "Admiral"],
    "lb_LU": ["Paul Wurth", "Villeroy & Boch", "Banque Raiffeisen", "Cactus", "Ceratizit"],
}
# places and rooms named after people, or words that are also names
PLACES = {
    "en": ["the Turing room", "the Lovelace room", "Hopper Hall", "the Babbage suite"],
    "en_GB": ["Victoria Station", "King's Cross"], "en_US": ["JFK Terminal 4", "Lincoln Center"],
    "en_IN": ["Chhatrapati Shivaji Terminus", "Indira Gandhi International"],
    "en_GI": ["John Mackintosh Square", "Grand Casemates Square"],
    "en_IM": ["Noble's Hospital", "the Sea Terminal"],
    "cy_GB": ["Adeilad Hugh Owen", "Canolfan Mileniwm Cymru"],
    "de_AT": ["Franz-Josefs-Bahnhof", "Raum Hedy Lamarr", "Karlsplatz"],
    "fr_CH": ["salle Le Corbusier", "gare Cornavin", "salle Jean Piaget"],
    "es_AR": ["Aeroparque Jorge Newbery", "sala Borges", "Plaza de Mayo"],
    "it_IT": ["sala Marconi", "aeroporto Leonardo da Vinci", "stazione Garibaldi"],
    "pt_PT": ["aeroporto Humberto Delgado", "sala Amália", "Cais do Sodré"],
    "lb_LU": ["Place Guillaume II", "Pont Adolphe", "salle Robert Schuman"],
}
# words that are also given names, as UI options and colours
WORDS = {
    "en": ["Rose Gold", "Grant Access", "Mark as Resolved", "Will Call", "Sandy Beige"],
    "de": ["Rosé", "Ernstfall-Modus", "Sommerzeit"], "fr": ["Rose poudré", "Claire"],
    "es": ["Rosa pastel", "Clara"], "it": ["Rosa antico", "Chiara"],
    "pt": ["Rosa dourado", "Clara"], "cy": ["Gwyn", "Glas Tywyll"], "lb": ["Rose", "Bordeaux"],
}
EAN_PREFIX = {"en_US": "0", "en_GB": "50", "en_IN": "890", "de_AT": "90", "fr_CH": "76",
              "es_AR": "779", "it_IT": "80", "pt_PT": "560", "en_GI": "50", "en_IM": "50",
              "cy_GB": "50", "lb_LU": "54"}
DECIMAL_COMMA = {"de_AT", "fr_CH", "es_AR", "it_IT", "pt_PT", "lb_LU"}


def _d(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def lang_of(locale: str) -> str:
    return {"de_AT": "de", "fr_CH": "fr", "es_AR": "es", "it_IT": "it", "pt_PT": "pt",
            "cy_GB": "cy", "lb_LU": "lb"}.get(locale, "en")


def date(rng: random.Random, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2027])
    lang = lang_of(locale)
    months = MONTHS.get(locale) or MONTHS[lang]
    r = rng.random()
    if r < 0.25:
        return f"{y}-{m:02d}-{d:02d}"
    if locale == "en_US":
        return f"{m:02d}/{d:02d}/{y}" if r < 0.6 else f"{months[m - 1]} {d}, {y}"
    if locale in ("de_AT", "fr_CH", "lb_LU"):
        if r < 0.6:
            return f"{d:02d}.{m:02d}.{y}"
        return f"{d}. {months[m - 1]} {y}" if lang != "fr" else f"{d} {months[m - 1]} {y}"
    if lang in ("es", "pt"):
        return f"{d:02d}/{m:02d}/{y}" if r < 0.6 else f"{d} de {months[m - 1]} de {y}"
    if locale == "en_IN" and r < 0.45:
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}" if r < 0.6 else f"{d} {months[m - 1]} {y}"


def time_of(rng: random.Random, locale: str) -> str:
    h, m = rng.randint(0, 23), rng.choice([0, 5, 14, 15, 30, 45, 50])
    if locale == "en_US":
        return f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"
    if locale in ("fr_CH", "lb_LU") and rng.random() < 0.5:
        return f"{h}h{m:02d}"
    if locale == "de_AT" and rng.random() < 0.5:
        return f"{h}.{m:02d} Uhr"
    return f"{h:02d}:{m:02d}" + rng.choice(["", " UTC", " CET", ""])


def amount(rng: random.Random, locale: str) -> str:
    whole, cents = rng.randint(12, 48000), rng.choice([0, 50, 99, 90, 25])
    if locale in DECIMAL_COMMA:
        grouped = f"{whole:,}".replace(",", "'" if locale == "fr_CH" else ".")
        if locale == "fr_CH":
            return f"CHF {grouped}.{cents:02d}"
        if locale == "es_AR":
            return rng.choice([f"$ {grouped},{cents:02d}", f"USD {grouped}", f"ARS {grouped}"])
        return rng.choice([f"€ {grouped},{cents:02d}", f"{grouped},{cents:02d} €",
                           f"EUR {grouped},{cents:02d}"])
    cur = {"en_US": "$", "en_IN": "₹", "en_GI": "£", "en_IM": "£"}.get(locale, "£")
    if locale == "en_IN" and whole > 99999:
        return f"₹{whole:,}"
    return f"{cur}{whole:,}.{cents:02d}" + (" + VAT" if cur == "£" and rng.random() < 0.3 else "")


def measure(rng: random.Random, locale: str) -> str:
    comma = locale in DECIMAL_COMMA
    w = f"{rng.randint(1, 2)}{',' if comma else '.'}{rng.randint(1, 9)} kg"
    return rng.choice([f"{rng.choice([8, 16, 32, 64])} GB RAM", f"{rng.choice([256, 512])} GB SSD",
                       f"{rng.choice([14, 15.6, 16])}\" display".replace(".",
                                     "," if comma else "."),
                       f"{rng.choice([45, 65, 90, 100])} W USB-C", w, "1 TB NVMe",
                       f"{rng.choice([2, 3, 5])} m Cat6"])


SUBGROUPS = {"ticket": [0, 1, 2], "order": [3], "invoice": [4], "part": [5], "serial": [6],
             "version": [7]}


def ref(rng: random.Random, locale: str, want: str = "") -> tuple[str, str]:
    r = rng.choice(SUBGROUPS[want]) if want else rng.randint(0, 15)
    if r == 0:
        return f"INC{_d(rng, 7, '0')}", "ticket"
    if r == 1:
        return rng.choice(["REQ", "RITM", "CHG"]) + _d(rng, 7, "0"), "ticket"
    if r == 2:
        return f"{rng.choice(['OPS', 'ITSD', 'SEC', 'NET'])}-{rng.randint(100, 9999)}", "ticket"
    if r == 3:
        return f"PO {_d(rng, 10, '4')[:1]}5{_d(rng, 8)}", "order"
    if r == 4:
        if locale == "es_AR":
            return f"Factura {rng.choice('ABC')} {_d(rng, 4, '0')}-{_d(rng, 8, '0')}", "invoice"
        if locale == "pt_PT":
            return f"FT {rng.choice([2025, 2026])}A/{rng.randint(10, 999)}", "invoice"
        return f"INV-{rng.choice([2025, 2026])}-{rng.randint(10, 99999):05d}", "invoice"
    if r == 5:
        return rng.choice(["20XW00KBUK", "21HD003LGE", "MX3Y2LL/A", "6G9R8EA#ABU", "P2723DE",
                           "U2724D", "MQKP3D/A", "82SJ0048MZ"]), "part"
    if r == 6:
        return "SN " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                               for _ in range(10)), "serial"
    if r == 7:
        build = rng.choice([19045, 22621, 22631, 26100])
        versions = [f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                    f"10.0.{build}.{rng.randint(1000, 4999)}",
                    f"macOS 14.{rng.randint(1, 7)}", f"iOS 17.{rng.randint(1, 6)}.1"]
        return rng.choice(versions), "version"
    if r == 8:
        return f"CVE-{rng.choice([2023, 2024, 2025])}-{rng.randint(1000, 49999)}", "cve"
    if r == 9:
        return f"KB{_d(rng, 7, '5')}", "kb"
    if r == 10:
        return num.ean13(rng, EAN_PREFIX[locale]), "ean"
    if r == 11:
        return (num.isbn13(rng) if rng.random() < 0.6 else num.isbn10(rng)), "isbn"
    if r == 12:
        return f"0x8{_d(rng, 7)}", "error_code"
    if r == 13:
        return f"ISO/IEC {rng.choice(['27001', '27701', '20000-1', '22301'])}", "standard"
    return company_number(rng, locale), "vat"


def company_number(rng: random.Random, locale: str) -> str:
    if locale == "en_US":
        return f"EIN {_d(rng, 2, '1234')}-{_d(rng, 7)}"
    if locale in ("en_GB", "cy_GB"):
        return num.vat_gb(rng) if rng.random() < 0.6 else f"Company No. 0{_d(rng, 7)}"
    if locale == "en_IN":
        state = rng.choice(["29", "27", "33"])
        return f"GSTIN {state}AAB{rng.choice('CF')}{_d(rng, 4)}K1Z{rng.choice('0123456789')}"
    if locale == "de_AT":
        if rng.random() < 0.7:
            return num.uid_at(rng)
        return f"FN {_d(rng, 6, '1234')}{rng.choice('abkmpst')}"
    if locale == "fr_CH":
        return num.uid_ch(rng) + rng.choice(["", " TVA", " MWST"])
    if locale == "es_AR":
        return "CUIT " + num.cuil_ar(rng, prefix="30")
    if locale == "it_IT":
        return "P.IVA " + num.piva_it(rng)
    if locale == "pt_PT":
        return "NIPC " + num.nif_pt(rng, first="5")
    if locale == "en_GI":
        return f"Company No. {_d(rng, 6, '1')}"
    if locale == "en_IM":
        return f"Company No. {_d(rng, 6, '01')}{rng.choice('CV')}"
    if locale == "lb_LU":
        return num.vat_lu(rng) if rng.random() < 0.6 else f"RCS B{_d(rng, 6, '12')}"
    raise ValueError(locale)


def lookalike(rng: random.Random, locale: str, group: str) -> tuple[str, str]:
    lang = lang_of(locale)
    if group == "ref":
        return ref(rng, locale)
    if group in SUBGROUPS:
        return ref(rng, locale, group)
    if group == "when":
        return (date(rng, locale), "date") if rng.random() < 0.65 else (time_of(rng, locale),
        "time")
    if group == "money":
        return amount(rng, locale), "amount"
    if group == "measure":
        return measure(rng, locale), "measure"
    if group == "company":
        return rng.choice(COMPANIES[locale]), "company"
    if group == "place":
        return rng.choice(PLACES[locale] + PLACES["en"] * (lang == "en")), "place"
    return rng.choice(WORDS[lang]), "word"
