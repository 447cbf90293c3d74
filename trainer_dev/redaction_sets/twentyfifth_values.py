"""Item values (contacts, payment, ids) in the written forms people paste, with fragments."""

from __future__ import annotations

import random

from . import twentyfifth_ids as ids
from .twentyfifth_core import digit_windows
from .twentyfifth_people import fold, random_person
from .twentyfifth_phones import phone

MAIL = {"en_US": ["gmail.com", "comcast.net", "yahoo.com", "outlook.com"],
        "en_GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com"],
        "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
        "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
        "es_ES": ["telefonica.net", "yahoo.es", "gmail.com", "hotmail.es"],
        "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
        "lt_LT": ["gmail.com", "inbox.lt", "one.lt"],
        "lv_LV": ["inbox.lv", "apollo.lv", "gmail.com"],
        "et_EE": ["hot.ee", "mail.ee", "gmail.com"],
        "is_IS": ["simnet.is", "internet.is", "gmail.com"],
        "en_JM": ["yahoo.com", "gmail.com", "hotmail.com"],
        "es_CR": ["hotmail.com", "racsa.co.cr", "gmail.com", "ice.co.cr"]}
TLD = {"en_US": "com", "en_GB": "co.uk", "de_DE": "de", "fr_FR": "fr", "es_ES": "es",
       "it_IT": "it", "lt_LT": "lt", "lv_LV": "lv", "et_EE": "ee", "is_IS": "is",
       "en_JM": "com", "es_CR": "cr"}
FUND = {"en_US": "https://www.gofundme.com/f/", "en_GB": "https://www.justgiving.com/page/",
        "de_DE": "https://www.betterplace.me/", "fr_FR": "https://www.leetchi.com/c/",
        "es_ES": "https://www.migranodearena.org/reto/", "it_IT": "https://www.retedeldono.it/",
        "lt_LT": "https://www.aukok.lt/", "lv_LV": "https://www.ziedot.lv/",
        "et_EE": "https://www.annetame.ee/", "is_IS": "https://www.hlaupastyrkur.is/einstaklingar/",
        "en_JM": "https://www.gofundme.com/f/", "es_CR": "https://www.vaki.co/es/"}
IBAN_CC = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT",
           "lt_LT": "LT", "lv_LV": "LV", "et_EE": "EE", "is_IS": "IS", "es_CR": "CR"}


def _ascii(s: str) -> str:
    return fold(s).lower().replace(" ", "").replace("'", "").replace("-", "")


def email(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    p = random_person(rng, locale)
    g, s = _ascii(p.given), _ascii(p.surname)
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}{rng.randint(70, 99)}", f"{s}.{g}",
                        f"{g}_{s}", f"{g}.{s}{rng.randint(1, 99)}"])
    dom = rng.choice(MAIL[locale])
    form = rng.choice(["plain", "plain", "plain", "angle", "spelled", "upper"])
    if form == "angle":
        value = f"<{local}@{dom}>"
    elif form == "spelled":
        name, tld = dom.split(".", 1)
        value = f"{local} (at) {name} (dot) {tld}" if rng.random() < 0.5 else \
            f"{local} [at] {dom}"
    elif form == "upper":
        local = local.capitalize()
        value = f"{local}@{dom}"
    else:
        value = f"{local}@{dom}"
    return value, form, ["t:" + local]


def url(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    p = random_person(rng, locale)
    g, s = _ascii(p.given), _ascii(p.surname)
    form = rng.choice(["profile", "fundraiser", "homepage", "bare"])
    if form == "profile":
        slug = f"{g}-{s}-{rng.choice(['', str(rng.randint(10, 99)), ids.digits(rng, 3) + 'a'])}"
        slug = slug.rstrip("-")
        value = rng.choice(["https://www.linkedin.com/in/", "linkedin.com/in/"]) + slug
        return value, form, ["t:" + slug]
    if form == "fundraiser":
        slug = f"{g}-{s}-{rng.choice(['run', 'marathon', 'ride', 'swim', str(rng.randint(2, 9))])}"
        value = FUND[locale] + slug
        return value, form, ["t:" + slug]
    host = f"{g}{s}" if rng.random() < 0.5 else f"{g}-{s}"
    if form == "homepage":
        page = rng.choice(["blog", "about", "cv", ""])
        value = f"https://{host}.{TLD[locale]}/{page}".rstrip("/")
    else:
        value = f"www.{host}.{TLD[locale]}"
    return value, form, ["t:" + host]


def ip(rng: random.Random) -> tuple[str, str, list[str]]:
    form = rng.choice(["v4", "v4", "v4_port", "v4_private", "v6"])
    if form == "v6":
        parts = [rng.choice(["2a02", "2001", "2a01", "2600"]), f"{rng.randint(0x1000, 0xffff):x}",
                 f"{rng.randint(0x10, 0xffff):x}", f"{rng.randint(0x10, 0xffff):x}"]
        addr = ":".join(parts) + f"::{rng.randint(1, 0xfff):x}"
        return addr, form, ["p:" + addr]
    if form == "v4_private":
        addr = rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}",
                           f"10.{rng.randint(0, 40)}.{rng.randint(0, 250)}.{rng.randint(2, 250)}"])
        return addr, form, ["p:" + addr]
    addr = f"{rng.choice([81, 85, 88, 91, 176, 185, 212, 62, 78, 94])}." \
        f"{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if form == "v4_port":
        return f"{addr}:{rng.choice([8080, 8443, 3000, 5000])}", form, ["p:" + addr]
    return addr, form, ["p:" + addr]


def card(rng: random.Random) -> tuple[str, str, list[str]]:
    num, brand = ids.card(rng)
    form = rng.choice(["spaced", "spaced", "dashed", "compact"])
    if brand == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, 16, 4)]
    value = {"spaced": " ".join(parts), "dashed": "-".join(parts), "compact": num}[form]
    return value, f"{brand}_{form}", digit_windows(value)


def iban(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    cc = IBAN_CC[locale]
    value = ids.iban(rng, cc, ids.kennitala(rng) if cc == "IS" else "")
    if rng.random() < 0.6:
        value, form = ids.group4(value), "print"
    else:
        form = "compact"
    return value, form, digit_windows(value)


def bank(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    """Local bank values where IBAN is not used (labelled ID)."""
    if locale == "en_US":
        r, a = ids.aba_routing(rng), ids.digits(rng, rng.choice([9, 10, 12]))
        value = rng.choice([f"{r} / {a}", f"routing {r}, account {a}", f"ABA {r} acct {a}"])
        return value, "us_routing_account", digit_windows(value)
    acct = ids.digits(rng, 9)
    bank_name = rng.choice(["NCB", "Scotiabank", "JN Bank", "Sagicor Bank"])
    value = rng.choice([f"{bank_name} account {acct[:3]}-{acct[3:6]}-{acct[6:]}",
                        f"{bank_name} savings {acct}", f"{acct[:3]} {acct[3:]} ({bank_name})"])
    return value, "jm_account", digit_windows(value)


def national_id(rng: random.Random, locale: str) -> tuple[str, str, list[str]]:
    female = rng.random() < 0.5
    if locale == "en_US":
        v = ids.ssn(rng)
        form = rng.choice(["ssn_dashed", "ssn_spaced", "ssn_compact"])
        v = {"ssn_dashed": v, "ssn_spaced": v.replace("-", " "),
             "ssn_compact": v.replace("-", "")}[form]
    elif locale == "en_GB":
        v = ids.nino(rng)
        form = rng.choice(["nino_spaced", "nino_compact"])
        if form == "nino_compact":
            v = v.replace(" ", "")
    elif locale == "de_DE":
        v = ids.steuer_id(rng)
        form = rng.choice(["steuerid_compact", "steuerid_spaced"])
        if form == "steuerid_spaced":
            v = f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    elif locale == "fr_FR":
        v = ids.nir(rng, female)
        form = rng.choice(["nir_spaced", "nir_compact"])
        if form == "nir_spaced":
            v = f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    elif locale == "es_ES":
        if rng.random() < 0.7:
            v, form = ids.dni(rng), "dni"
            if rng.random() < 0.3:
                v, form = f"{v[:-1]}-{v[-1]}", "dni_dashed"
        else:
            v, form = ids.nie(rng), "nie"
    elif locale == "it_IT":
        p = random_person(rng, locale)
        v = ids.codice_fiscale(rng, p.surname, p.given, p.gender == "f")
        form = "codice_fiscale"
        return v, form, ["s:" + v] + digit_windows(v)
    elif locale == "lt_LT":
        v, form = ids.lt_asmens_kodas(rng, female), "asmens_kodas"
    elif locale == "lv_LV":
        new = rng.random() < 0.4
        v = ids.lv_personas_kods(rng, new)
        form = "personas_kods_new" if new else "personas_kods_old"
        if rng.random() < 0.3:
            v, form = v.replace("-", ""), form + "_compact"
    elif locale == "et_EE":
        v, form = ids.ee_isikukood(rng, female), "isikukood"
    elif locale == "is_IS":
        v = ids.kennitala(rng)
        form = "kennitala"
        if rng.random() < 0.3:
            v, form = v.replace("-", ""), "kennitala_compact"
    elif locale == "en_JM":
        v = ids.trn(rng)
        form = rng.choice(["trn_dashed", "trn_compact"])
        if form == "trn_compact":
            v = v.replace("-", "")
    else:
        v = ids.cedula_cr(rng)
        form = rng.choice(["cedula_dashed", "cedula_compact", "cedula_spaced"])
        v = {"cedula_dashed": v, "cedula_compact": v.replace("-", ""),
             "cedula_spaced": v.replace("-", " ")}[form]
    return v, form, digit_windows(v)


def contact(rng: random.Random, locale: str, kind: str) -> tuple[str, str, list[str]]:
    if kind == "EMAIL":
        return email(rng, locale)
    if kind == "PHONE":
        v, form = phone(rng, locale)
        return v, form, digit_windows(v)
    if kind == "URL":
        return url(rng, locale)
    if kind == "IP":
        return ip(rng)
    if kind == "CARD":
        return card(rng)
    if kind == "IBAN":
        return iban(rng, locale)
    if kind == "BANK":
        return bank(rng, locale)
    if kind == "ID":
        return national_id(rng, locale)
    raise ValueError(kind)
