"""Look-alikes for the forty-ninth set: strings that are not personal data and must survive.

``lookalike(rng, locale, kind)`` returns the value; ``LOOK_KINDS`` lists the kinds (NAME_WORD
values come with their sentence from the text modules). Numbers with a check (VIN, EAN, ISBN,
company VAT/register) are computed, never copied.
"""

from __future__ import annotations

import random

from trainer_dev.redaction_sets import fortyninth_checks as ck

LOOK_KINDS = ["REFERENCE", "DATE", "TIME", "AMOUNT", "MEASURE", "PART", "VIN", "EAN", "ISBN",
              "COMPANY_ID", "MODEL", "PLACE", "NAMED_AFTER", "NAME_WORD"]

MONTHS = {
    "en": "January February March April May June July August September October November "
          "December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
          "december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
          "december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
          "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November "
          "Desember",
    "ga": "Eanáir Feabhra Márta Aibreán Bealtaine Meitheamh Iúil Lúnasa Meán Fómhair "
          "Deireadh Fómhair Samhain Nollaig",
}
LANG = {"en_AU": "en", "en_CA": "en", "nl_NL": "nl", "sv_SE": "sv", "fi_FI": "fi",
        "es_MX": "es", "fr_BE": "fr", "de_CH": "de", "nl_CW": "nl", "en_LS": "en",
        "af_ZA": "af", "ga_IE": "ga"}

REF_PREFIX = {
    "en_AU": ["WO-", "INV-", "CLM", "RWC-", "Infringement no. "],
    "en_CA": ["RO#", "INV-", "CLM-", "TKT-"],
    "nl_NL": ["WO-", "FACT-", "SCH-", "APK-", "ORD-"], "sv_SE": ["AO-", "FAKT-", "SKD-", "BES-"],
    "fi_FI": ["TM-", "LASKU-", "VAH-", "KAT-"], "es_MX": ["OS-", "FAC-", "SIN-", "FOLIO "],
    "fr_BE": ["OR-", "FACT-", "SIN-", "CT-"], "de_CH": ["AUF-", "RE-", "SCH-", "MFK-"],
    "nl_CW": ["WO-", "FACT-", "CLM-", "BON "], "en_LS": ["JOB-", "INV-", "CLM-", "RCPT "],
    "af_ZA": ["WK-", "FAKT-", "EIS-", "RWC-"], "ga_IE": ["NCT-", "INV-", "CLM-", "SON-"],
}

MODELS = {
    "en_AU": ["Toyota HiLux", "Ford Ranger", "Mazda CX-5", "Holden Commodore", "Subaru Outback",
              "Isuzu D-Max", "Kia Sportage"],
    "en_CA": ["Ford F-150", "Honda Civic", "Toyota RAV4", "Ram 1500", "Hyundai Elantra",
              "Chevrolet Silverado"],
    "nl_NL": ["Kia Picanto", "Volkswagen Golf", "Tesla Model Y", "Peugeot 208", "Opel Corsa",
              "Škoda Octavia", "Toyota Yaris"],
    "sv_SE": ["Volvo XC60", "Volvo V70", "Saab 9-3", "Volkswagen Passat", "Tesla Model 3",
              "Kia Niro"],
    "fi_FI": ["Škoda Octavia", "Toyota Corolla", "Volkswagen Golf", "Volvo V60", "Kia Ceed"],
    "es_MX": ["Nissan Versa", "Nissan Tsuru", "Volkswagen Jetta", "Chevrolet Aveo", "Kia Rio",
              "Mazda 3"],
    "fr_BE": ["Renault Clio", "Peugeot 3008", "Citroën C3", "Dacia Sandero", "BMW X1"],
    "de_CH": ["Škoda Octavia Combi", "Tesla Model Y", "VW Tiguan", "Audi A4 Avant",
              "Subaru Forester"],
    "nl_CW": ["Toyota Hilux", "Kia Picanto", "Suzuki Swift", "Hyundai Tucson", "Nissan Note"],
    "en_LS": ["Toyota Quantum", "Toyota Hilux", "VW Polo Vivo", "Nissan NP200", "Isuzu KB"],
    "af_ZA": ["Toyota Hilux", "VW Polo Vivo", "Ford Ranger", "Nissan NP200", "Suzuki Swift"],
    "ga_IE": ["Toyota Corolla", "Hyundai Tucson", "Škoda Octavia", "VW ID.4", "Ford Focus"],
}

PLACES = {
    "en_AU": ["Mount Panorama", "Phillip Island circuit", "the Nullarbor", "Bathurst"],
    "en_CA": ["the Trans-Canada", "Highway 401", "Mosport", "the Gardiner"],
    "nl_NL": ["Circuit Zandvoort", "de Afsluitdijk", "knooppunt Oudenrijn", "de A2"],
    "sv_SE": ["Essingeleden", "Mantorp Park", "Öresundsbron", "E4:an"],
    "fi_FI": ["Kehä III", "Ahvenisto", "Länsiväylä", "Keimola"],
    "es_MX": ["el Periférico", "Autódromo Hermanos Rodríguez", "la México-Puebla",
              "el Circuito Interior"],
    "fr_BE": ["Spa-Francorchamps", "le ring de Bruxelles", "l'E411", "Zolder"],
    "de_CH": ["Gotthardtunnel", "Hockenheimring", "Sustenpass", "A1 bei Härkingen"],
    "nl_CW": ["Ringweg", "Juliana-brug", "Hato", "Seru Loraweg"],
    "en_LS": ["Sani Pass", "Moshoeshoe I International Airport", "Mohale's Hoek",
              "Maseru Bridge"],
    "af_ZA": ["Chapmanspiek", "die N1", "Huguenot-tonnel", "Kyalami"],
    "ga_IE": ["an M50", "Mondello Park", "Conair", "Droichead Uí Bhriain"],
}

NAMED = {
    "en_AU": ["Bob Jane T-Marts", "Ford", "Ferrari", "Holden"],
    "en_CA": ["Chevrolet", "Ford", "Dodge", "Chrysler"],
    "nl_NL": ["Louwman", "Van Mossel", "Porsche", "Citroën"],
    "sv_SE": ["Hedin Bil", "Porsche", "Ferrari", "Bröderna Brandt"],
    "fi_FI": ["Laakkonen", "Porsche", "Citroën", "Ferrari"],
    "es_MX": ["Chevrolet", "Ford", "Ferrari", "Mercedes-Benz"],
    "fr_BE": ["D'Ieteren", "Citroën", "Peugeot", "Renault"],
    "de_CH": ["Emil Frey", "Porsche", "Ferrari", "Mercedes-Benz"],
    "nl_CW": ["Ford", "Mercedes-Benz", "Chevrolet", "Porsche"],
    "en_LS": ["Ford", "Mercedes-Benz", "Porsche", "Chevrolet"],
    "af_ZA": ["McCarthy Toyota", "Porsche", "Ford", "Mercedes-Benz"],
    "ga_IE": ["Ford", "Porsche", "Citroën", "Aston Martin"],
}

ISBN_GROUP = {"en": "978-0-646", "nl": "978-90-", "sv": "978-91-", "fi": "978-951-",
              "es": "978-607-", "fr": "978-2-", "de": "978-3-", "af": "978-0-627-",
              "ga": "978-1-85791-"}


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def date(rng: random.Random, locale: str) -> str:
    lang = LANG[locale]
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[lang].split() if lang != "ga" else [
        "Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa",
        "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"]
    style = rng.randrange(3)
    if style == 0:
        if locale == "en_CA":
            return f"{y}-{m:02d}-{d:02d}"
        sep = {"nl": "-", "sv": "-", "fi": ".", "de": ".", "af": "/", "es": "/", "fr": "/",
               "en": "/", "ga": "/"}[lang]
        if lang == "sv":
            return f"{y}-{m:02d}-{d:02d}"
        return f"{d:02d}{sep}{m:02d}{sep}{y}" if lang != "fi" else f"{d}.{m}.{y}"
    if lang == "en" and locale == "en_CA":
        return f"{month[m - 1]} {d}, {y}"
    if lang == "ga":
        return f"{d} {month[m - 1]} {y}"
    if lang == "de":
        return f"{d}. {month[m - 1]} {y}"
    if lang == "fi":
        return f"{d}. {month[m - 1]} {y}" if style == 1 else f"{d}.{m}."
    return f"{d} {month[m - 1]} {y}" if style == 1 else f"{d} {month[m - 1]}"


def time_(rng: random.Random, locale: str) -> str:
    h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 50])
    lang = LANG[locale]
    if lang == "fr":
        return f"{h}h{mi:02d}"
    if lang == "fi":
        return f"klo {h}.{mi:02d}"
    if lang == "sv":
        return f"kl. {h}.{mi:02d}"
    if lang == "nl":
        return f"{h}.{mi:02d} uur" if rng.random() < 0.5 else f"{h:02d}:{mi:02d}"
    if locale in ("en_AU", "en_CA") and rng.random() < 0.5:
        return f"{h % 12 or 12}:{mi:02d} {'am' if h < 12 else 'pm'}"
    return f"{h:02d}:{mi:02d}"


def amount(rng: random.Random, locale: str) -> str:
    n = rng.choice([rng.randint(45, 990), rng.randint(1000, 38000)])
    c = rng.choice(["00", "50", "95", "99"])
    th = f"{n:,}"
    return {
        "en_AU": f"${th}.{c}", "en_CA": f"${th}.{c}", "nl_NL": f"€ {th.replace(',', '.')},{c}",
        "sv_SE": f"{th.replace(',', ' ')} kr", "fi_FI": f"{th.replace(',', ' ')},{c} €",
        "es_MX": f"${th}.{c} MXN", "fr_BE": f"{th.replace(',', '.')},{c} €",
        "de_CH": f"CHF {th.replace(',', chr(39))}.{c}", "nl_CW": f"NAf {th.replace(',', '.')},{c}",
        "en_LS": f"M{th}.{c}", "af_ZA": f"R{th.replace(',', ' ')},{c}",
        "ga_IE": f"€{th}.{c}",
    }[locale]


def measure(rng: random.Random, locale: str) -> str:
    lang = LANG[locale]
    dec = "," if lang not in ("en", "ga") else "."
    km = f"{rng.randint(12, 289)}{'.' if dec == ',' else ','}{rng.randint(0, 999):03d} km"
    opts = [km, f"{rng.choice([185, 195, 205, 215, 225])}/{rng.choice([55, 60, 65])} "
                f"R{rng.choice([15, 16, 17])}",
            f"{rng.randint(5, 9)}{dec}{rng.randint(1, 9)} l/100 km", f"{rng.randint(55, 180)} kW",
            f"{rng.randint(2, 3)}{dec}{rng.randint(0, 9)} bar", f"{rng.randint(95, 180)} g/km"]
    if locale == "en_CA":
        opts[0] = f"{rng.randint(12, 289)},{rng.randint(0, 999):03d} km"
    return rng.choice(opts)


def part(rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:  # VAG-style part number
        return f"{rng.choice(['1K0', '5Q0', '3C0', '8W0'])} {_d(rng, 3)} {_d(rng, 3)} " \
               f"{rng.choice(['A', 'B', 'AA', 'C'])}"
    if style == 1:  # Toyota-style
        return f"{_d(rng, 5)}-{_d(rng, 5)}"
    return f"{rng.choice(['BP', 'OC', 'WF', 'TR'])}-{_d(rng, 4)}{rng.choice('ABCDX')}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["WVW", "WBA", "VF1", "YV1", "JTD", "KNA", "TMB", "1FA", "2HG", "3VW",
                      "SAL", "ZFA"])
    rest = "".join(rng.choice(VIN_CHARS) for _ in range(14))
    body = wmi + rest[:5] + "0" + rest[6:]
    return body[:8] + ck.vin_digit(body) + body[9:]


def ean(rng: random.Random) -> str:
    body = rng.choice(["40", "87", "73", "64", "54", "76", "60", "50"]) + _d(rng, 10)
    return body + ck.ean13_digit(body)


def isbn(rng: random.Random, locale: str) -> str:
    group = ISBN_GROUP[LANG[locale]]
    digits = ck.digits(group)
    pub_len = 12 - len(digits) - 4
    pub = _d(rng, pub_len) if pub_len > 0 else ""
    title = _d(rng, 12 - len(digits) - len(pub))
    body = digits + pub + title
    chk = ck.ean13_digit(body)
    lead = group if group.endswith("-") else group + "-"
    return f"{lead}{pub}{'-' if pub else ''}{title}-{chk}"


def company_id(rng: random.Random, locale: str) -> str:
    if locale in ("nl_NL", "nl_CW"):
        if rng.random() < 0.5:
            return f"KvK {_d(rng, 8)}" if locale == "nl_NL" else f"KvK {_d(rng, 6)}"
        while True:
            d = str(rng.randint(8, 8)) + _d(rng, 8)
            if ck.bsn_ok(d):
                return f"NL{d}B01"
    if locale == "fr_BE":
        head = "0" + str(rng.randint(2, 8)) + _d(rng, 6)
        key = 97 - int(head) % 97
        return f"BE {head[:4]}.{head[4:7]}.{head[7:]}{key:02d}"
    if locale == "de_CH":
        w = [5, 4, 3, 2, 7, 6, 5, 4]
        while True:
            d = _d(rng, 8)
            r = 11 - sum(int(c) * x for c, x in zip(d, w, strict=True)) % 11
            if r != 10:
                d += str(0 if r == 11 else r)
                return f"CHE-{d[:3]}.{d[3:6]}.{d[6:]} MWST"
    if locale == "sv_SE":
        body = "556" + _d(rng, 6)
        d = body + ck.luhn_digit(body)
        return f"org.nr {d[:6]}-{d[6:]}"
    if locale == "fi_FI":
        w = [7, 9, 10, 5, 8, 4, 2]
        while True:
            d = str(rng.randint(1, 3)) + _d(rng, 6)
            r = sum(int(c) * x for c, x in zip(d, w, strict=True)) % 11
            if r != 1:
                return f"Y-tunnus {d}-{0 if r == 0 else 11 - r}"
    if locale == "en_AU":
        w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        while True:
            d = str(rng.randint(1, 9)) + str(rng.randint(1, 9)) + _d(rng, 9)
            t = [int(d[0]) - 1] + [int(c) for c in d[1:]]
            if sum(a * b for a, b in zip(t, w, strict=True)) % 89 == 0:
                return f"ABN {d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    if locale == "en_CA":
        body = str(rng.randint(1, 8)) + _d(rng, 7)
        d = body + ck.luhn_digit(body)
        return f"BN {d} RT0001"
    if locale == "af_ZA":
        return f"Reg. {rng.randint(1998, 2022)}/{_d(rng, 6)}/07"
    if locale == "es_MX":
        return "RFC " + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + \
            f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + \
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(3))
    if locale == "en_LS":
        return f"Reg. No. {rng.randint(2001, 2023)}/{_d(rng, 4)}"
    return f"CRO {rng.randint(100000, 749999)}"


def lookalike(rng: random.Random, locale: str, kind: str) -> str:
    if kind == "REFERENCE":
        return rng.choice(REF_PREFIX[locale]) + rng.choice(
            [f"{rng.randint(2024, 2026)}-{_d(rng, 5)}", _d(rng, 6), _d(rng, 7)])
    if kind == "DATE":
        return date(rng, locale)
    if kind == "TIME":
        return time_(rng, locale)
    if kind == "AMOUNT":
        return amount(rng, locale)
    if kind == "MEASURE":
        return measure(rng, locale)
    if kind == "PART":
        return part(rng)
    if kind == "VIN":
        return vin(rng)
    if kind == "EAN":
        return ean(rng)
    if kind == "ISBN":
        return isbn(rng, locale)
    if kind == "COMPANY_ID":
        return company_id(rng, locale)
    if kind == "MODEL":
        return rng.choice(MODELS[locale])
    if kind == "PLACE":
        return rng.choice(PLACES[locale])
    if kind == "NAMED_AFTER":
        return rng.choice(NAMED[locale])
    raise ValueError(f"{kind}: words that are also names come with their sentence (texts)")
