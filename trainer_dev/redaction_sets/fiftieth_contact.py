"""Phones, e-mail domains, URL hosts, IP addresses and personal ids per locale (fiftieth set).

Phone numbers follow each country's numbering plan as I know it; the self-test checks a sample
of them with ``phonenumbers``. Ids return (value, cue words per language).
"""

from __future__ import annotations

import random
import unicodedata

from trainer_dev.redaction_sets import fiftieth_numbers as num


def _d(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


UK_MOBILE = ["400", "412", "447", "450", "468", "481", "507", "534", "552", "703", "712", "734",
             "745", "766", "787", "802", "813", "825", "866", "877", "903", "921", "944", "958",
             "966", "980"]


def phone(rng: random.Random, locale: str) -> tuple[str, str]:
    """(number as written, form): national and international forms of the locale's plan."""
    r = rng.random()
    if locale == "en_US":
        area = rng.choice(["617", "614", "520", "608", "919", "503", "512", "415", "312"])
        ex, ln = _d(rng, 3, "23456789"), _d(rng, 4)
        if r < 0.3:
            return f"({area}) {ex}-{ln}", "national"
        if r < 0.5:
            return f"{area}.{ex}.{ln}", "dotted"
        if r < 0.75:
            return f"{area}-{ex}-{ln}", "dashed"
        return f"+1 {area} {ex} {ln}", "intl"
    if locale in ("en_GB", "cy_GB"):
        if locale == "cy_GB":
            area = rng.choice(["029 20", "01792 ", "01970 ", "01248 ", "01267 ", "01286 "])
        else:
            area = rng.choice(["0113 ", "0117 ", "01603 ", "0116 ", "01904 ", "0118 ", "0161 "])
        if r < 0.35:
            mob = "07" + rng.choice(UK_MOBILE) + " " + _d(rng, 6)
            return (mob, "mobile") if r < 0.2 else ("+44 " + mob[1:], "intl")
        rest_len = 10 - len(area.replace(" ", "")) + 1
        rest = _d(rng, rest_len, "234" if len(area.strip()) == 4 else "2345678")
        if area.startswith("029"):
            return f"{area}{rest[:2]} {rest[2:]}", "national"
        if len(area.strip()) == 4:
            return f"{area}{rest[:3]} {rest[3:]}", "national"
        if r < 0.7:
            return f"{area}{rest}", "national"
        return f"+44 {area[1:]}{rest}", "intl"
    if locale == "en_IM":
        if r < 0.45:
            mob = "07624 " + _d(rng, 6, "234689")
            return (mob, "mobile") if r < 0.3 else ("+44 7624 " + mob[6:], "intl")
        rest = _d(rng, 6, "678")
        return (f"01624 {rest}", "national") if r < 0.8 else (f"+44 1624 {rest}", "intl")
    if locale == "en_GI":
        if r < 0.4:
            n = rng.choice(["54", "56", "57", "58"]) + _d(rng, 6)
        else:
            n = "200" + _d(rng, 5, "4567")
        return (n, "bare") if r < 0.2 or 0.4 <= r < 0.7 else (f"+350 {n}", "intl")
    if locale == "en_IN":
        if r < 0.6:
            m = _d(rng, 10, "6789")
            if r < 0.25:
                return f"+91 {m[:5]} {m[5:]}", "intl"
            if r < 0.45:
                return f"{m[:5]} {m[5:]}", "mobile"
            return f"+91-{m}", "intl"
        std, ln = rng.choice([("080", 8), ("022", 8), ("044", 8), ("020", 8), ("040", 8)])
        sub = _d(rng, ln, "2346")
        return (f"{std}-{sub[:4]} {sub[4:]}", "national") if r < 0.85 else (
            f"+91 {std[1:]} {sub}", "intl")
    if locale == "de_AT":
        if r < 0.4:
            pre = rng.choice(["0664", "0676", "0660", "0699", "0650"])
            sub = _d(rng, 7, "123456789")
            if r < 0.2:
                return f"{pre} {sub[:3]} {sub[3:]}", "mobile"
            return f"+43 {pre[1:]} {sub}", "intl"
        pre, ln = rng.choice([("01", 7), ("0316", 6), ("0732", 6), ("0662", 6), ("0512", 6)])
        sub = _d(rng, ln, "2345789")
        if r < 0.7:
            return f"{pre} {sub}", "national"
        if r < 0.85:
            return f"{pre}/{sub}", "slash"
        return f"+43 {pre[1:]} {sub}", "intl"
    if locale == "fr_CH":
        pre = rng.choice(["022", "021", "032", "026", "027", "078", "079", "076"])
        s = _d(rng, 7, "2345678")
        if r < 0.6:
            return f"{pre} {s[:3]} {s[3:5]} {s[5:]}", "national"
        return f"+41 {pre[1:]} {s[:3]} {s[3:5]} {s[5:]}", "intl"
    if locale == "es_AR":
        if r < 0.35:
            s = _d(rng, 8, "234567")
            return (f"11 {s[:4]}-{s[4:]}", "national") if r < 0.15 else (
                f"+54 9 11 {s[:4]}-{s[4:]}", "intl")
        if r < 0.55:
            s = _d(rng, 8, "2345")
            return f"(011) {s[:4]}-{s[4:]}", "national"
        area, ln = rng.choice([("351", 7), ("341", 7), ("221", 7), ("261", 7), ("381", 7)])
        s = _d(rng, ln, "2345")
        if r < 0.8:
            return f"(0{area}) {s[:3]}-{s[3:]}", "national"
        return f"+54 {area} {s[:3]}-{s[3:]}", "intl"
    if locale == "it_IT":
        if r < 0.45:
            m = rng.choice(["333", "347", "328", "340", "393", "366"]) + _d(rng, 7)
            if r < 0.2:
                return f"{m[:3]} {m[3:6]} {m[6:]}", "mobile"
            if r < 0.3:
                return f"{m[:3]}.{m[3:]}", "dotted"
            return f"+39 {m[:3]} {m[3:]}", "intl"
        pre, ln = rng.choice([("02", 8), ("06", 8), ("011", 7), ("051", 7), ("055", 7)])
        s = _d(rng, ln, "2345678")
        return (f"{pre} {s}", "national") if r < 0.8 else (f"+39 {pre} {s}", "intl")
    if locale == "pt_PT":
        if r < 0.5:
            m = rng.choice(["91", "92", "93", "96"]) + _d(rng, 7)
            if r < 0.2:
                return f"{m[:3]} {m[3:6]} {m[6:]}", "mobile"
            if r < 0.3:
                return f"{m[:3]}.{m[3:6]}.{m[6:]}", "dotted"
            return f"+351 {m[:3]} {m[3:6]} {m[6:]}", "intl"
        m = rng.choice(["21", "22", "239", "253", "289"])
        m += _d(rng, 9 - len(m), "2345678")
        return (f"{m[:3]} {m[3:6]} {m[6:]}", "national") if r < 0.8 else (
            f"+351 {m}", "intl")
    if locale == "lb_LU":
        if r < 0.5:
            m = rng.choice(["621", "661", "691", "628"]) + _d(rng, 6)
            if r < 0.2:
                return f"{m[:3]} {m[3:6]} {m[6:]}", "mobile"
            if r < 0.3:
                return f"{m[:3]}.{m[3:6]}.{m[6:]}", "dotted"
            return f"+352 {m[:3]} {m[3:6]} {m[6:]}", "intl"
        s = rng.choice(["22", "23", "24", "25", "26", "27", "28", "29", "40", "42", "43", "44",
                        "45", "47", "48", "49"]) + _d(rng, 4)
        if r < 0.75:
            return f"{s[:2]} {s[2:4]} {s[4:]}", "national"
        return f"(+352) {s[:2]} {s[2:4]} {s[4:]}", "intl"
    raise ValueError(locale)


PHONE_REGION = {
    "en_US": "US", "en_GB": "GB", "cy_GB": "GB", "en_IM": "IM", "en_GI": "GI", "en_IN": "IN",
    "de_AT": "AT", "fr_CH": "CH", "es_AR": "AR", "it_IT": "IT", "pt_PT": "PT", "lb_LU": "LU",
}

MAIL_DOMAINS: dict[str, list[str]] = {
    "en_US": ["brightlatch.io", "keelstone.com", "harborgrid.net", "tallpine-it.com",
              "gmail.com", "outlook.com"],
    "en_GB": ["fernleaf.co.uk", "quayside-support.co.uk", "marlowbyte.uk", "btinternet.com"],
    "en_IN": ["kaveriinfotech.in", "tejasoft.co.in", "nilgiricloud.com", "rediffmail.com"],
    "de_AT": ["bergwerk-it.at", "donaucloud.at", "alpenstack.at", "gmx.at", "aon.at"],
    "fr_CH": ["lemanix.ch", "jura-informatique.ch", "lavaux-cloud.swiss", "bluewin.ch"],
    "es_AR": ["pampa-sistemas.com.ar", "rioplatatech.com.ar", "yahoo.com.ar", "hotmail.com"],
    "it_IT": ["lagunasoft.it", "dolomitidata.it", "brennero-it.it", "libero.it", "tiscali.it"],
    "pt_PT": ["tagusnet.pt", "douro-sistemas.pt", "alfamacloud.pt", "sapo.pt"],
    "en_GI": ["rockhosting.gi", "straitsdigital.gi", "gibtelecom.net", "europapoint-it.com"],
    "en_IM": ["manxgrid.im", "snaefell-it.im", "manx.net", "ellanvannin-tech.com"],
    "cy_GB": ["cymorth-tg.cymru", "dyfi-digital.wales", "taffnet.co.uk", "menai-it.cymru"],
    "lb_LU": ["kirchberg-it.lu", "moselle-cloud.lu", "alzette-data.lu", "pt.lu", "post.lu"],
}

URL_TLDS: dict[str, list[str]] = {
    "en_US": ["dev", "io", "us", "name", "tech"], "en_GB": ["co.uk", "uk", "dev", "me"],
    "en_IN": ["in", "co.in", "dev", "io"], "de_AT": ["at", "wien", "tirol", "dev"],
    "fr_CH": ["ch", "swiss", "dev", "net"], "es_AR": ["com.ar", "ar", "dev", "io"],
    "it_IT": ["it", "dev", "me", "eu"], "pt_PT": ["pt", "com.pt", "dev", "eu"],
    "en_GI": ["gi", "com.gi", "dev", "me"], "en_IM": ["im", "co.im", "dev", "tel"],
    "cy_GB": ["cymru", "wales", "dev", "co.uk"], "lb_LU": ["lu", "dev", "eu", "name"],
}
PLATFORMS = ["github.com/{s}", "gitlab.com/{s}", "www.linkedin.com/in/{s}", "calendly.com/{s}",
             "about.me/{s}", "keybase.io/{s}", "bitbucket.org/{s}", "codeberg.org/{s}"]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def slugify(text: str) -> str:
    return "".join(c for c in fold(text).lower() if c.isalnum())


def email_local(rng: random.Random, given: str, surname: str) -> str:
    g, s = slugify(given), slugify(surname)
    return rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g[0]}{s}", f"{g}_{s}", f"{s}.{g}",
                       f"{g}{rng.randint(2, 98)}", f"{s}{g[0]}"])


def url(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str, str]:
    """(url as written, fragment: host or platform slug, form)."""
    g, s = slugify(given), slugify(surname)
    if rng.random() < 0.45:
        slug = rng.choice([f"{g}-{s}", f"{g}{s}", f"{g[0]}{s}", f"{s}-{g}",
                           f"{g}-{s}-{_d(rng, 3)}"])
        host = rng.choice(PLATFORMS).format(s=slug)
        pre = rng.choice(["https://", "", "https://"])
        return pre + host, slug, "platform"
    host = rng.choice([f"{g}{s}", f"{g}-{s}", f"{s}", f"{s}-{g[0]}"]) + "." + rng.choice(
        URL_TLDS[locale])
    r = rng.random()
    if r < 0.3:
        return host, host, "bare"
    if r < 0.5:
        return "www." + host, host, "www"
    path = rng.choice(["", "/cv", "/contact", "/blog/laptop-setup", "/pgp.txt", "/uses", "/"])
    return f"https://{host}{path}", host, "https"


def ip(rng: random.Random) -> tuple[str, str, str]:
    """(ip as written, the address whole, form)."""
    r = rng.random()
    if r < 0.3:
        a = f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
        return a, a, "private"
    if r < 0.45:
        a = f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
        return a, a, "private"
    if r < 0.55:
        a = f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
        port = rng.choice(["3389", "8443", "22", "5900"])
        return f"{a}:{port}", a, "port"
    if r < 0.85:
        first = rng.choice([31, 46, 62, 77, 81, 85, 89, 91, 93, 109, 176, 185, 188, 195, 213])
        a = f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
        return a, a, "public"
    groups = [f"{rng.randint(0, 65535):x}" for _ in range(6)]
    head = f"2a02:{rng.choice(['8388', '1210', '120b', '2f0e'])}"
    if rng.random() < 0.5:
        a = f"{head}:{':'.join(groups)}"
    else:
        a = f"{head}:{':'.join(groups[:2])}::{groups[5]}"
    return a, a, "ipv6"


def _pick(rng: random.Random, options: list) -> tuple:
    return rng.choice(options)


def person_id(rng: random.Random, locale: str, given: str, surname: str) -> tuple[str, str]:
    """(id value, id type) for the locale; cue words live with the language templates."""
    if locale == "en_US":
        kind = _pick(rng, [("ssn",), ("ssn",), ("passport",), ("aba",), ("dl",)])[0]
        if kind == "ssn":
            return num.ssn_us(rng), "ssn"
        if kind == "passport":
            return _d(rng, 9, "5"), "passport"
        if kind == "aba":
            return f"{num.aba(rng)} / {_d(rng, 10, '123456789')}", "bank"
        return "S" + _d(rng, 8), "licence"
    if locale in ("en_GB", "cy_GB", "en_IM"):
        r = rng.random()
        if r < 0.4:
            pre = ["MA", "MW", "MX"] if locale == "en_IM" and r < 0.2 else None
            return num.ni_uk(rng, pre), "ni"
        if r < 0.6 and locale != "en_IM":
            return num.nhs(rng), "nhs"
        if r < 0.8:
            return _d(rng, 9, "1256"), "passport"
        return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)} {_d(rng, 8)}", "bank"
    if locale == "en_GI":
        r = rng.random()
        if r < 0.4:
            return _d(rng, 6, "0123"), "gi_id"
        if r < 0.65:
            return _d(rng, 9, "1256"), "passport"
        if r < 0.85:
            return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)} {_d(rng, 8)}", "bank"
        return "G" + _d(rng, 7), "gi_ss"
    if locale == "en_IN":
        r = rng.random()
        if r < 0.45:
            return num.aadhaar(rng), "aadhaar"
        if r < 0.7:
            letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
            pan = f"{letters}P{fold(surname)[0].upper()}{_d(rng, 4, '123456789')}"
            return pan + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), "pan"
        if r < 0.85:
            return rng.choice("JKLMNPRSTUVZ") + _d(rng, 7, "123456789"), "passport"
        ifsc = rng.choice(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"]) + "0" + _d(rng, 6)
        return f"{_d(rng, 12, '123456789')} (IFSC {ifsc})", "bank"
    if locale == "de_AT":
        r = rng.random()
        if r < 0.55:
            return num.svnr_at(rng), "svnr"
        if r < 0.8:
            return rng.choice("PU") + _d(rng, 7), "passport"
        return _d(rng, 8, "1234"), "licence"
    if locale == "fr_CH":
        r = rng.random()
        if r < 0.65:
            return num.ahv_ch(rng), "ahv"
        return rng.choice("XSF") + _d(rng, 7), "passport"
    if locale == "es_AR":
        r = rng.random()
        if r < 0.35:
            d = _d(rng, 8, "1234")
            return f"{d[:2]}.{d[2:5]}.{d[5:]}", "dni"
        if r < 0.75:
            return num.cuil_ar(rng), "cuil"
        return num.cbu_ar(rng), "cbu"
    if locale == "it_IT":
        r = rng.random()
        if r < 0.6:
            return num.codice_fiscale(rng, surname, given), "cf"
        if r < 0.8:
            return rng.choice(["YA", "YB", "AA"]) + _d(rng, 7), "passport"
        letters = "ABCDEFGHLMNP"
        return "U1" + rng.choice(letters) + _d(rng, 6) + rng.choice(letters), "licence"
    if locale == "pt_PT":
        r = rng.random()
        if r < 0.6:
            return num.nif_pt(rng), "nif"
        if r < 0.8:
            return _d(rng, 8, "1"), "cc"
        return "C" + _d(rng, 6), "passport"
    if locale == "lb_LU":
        r = rng.random()
        if r < 0.6:
            m = num.matricule_lu(rng)
            return (m if r < 0.4 else f"{m[:4]} {m[4:8]} {m[8:11]} {m[11:]}"), "matricule"
        if r < 0.8:
            return _d(rng, 2, "0123456789") + rng.choice("A0") + _d(rng, 5), "passport"
        return _d(rng, 6, "123456789"), "licence"
    raise ValueError(locale)


IBAN_COUNTRIES = {
    "en_US": ["DE", "NL", "IE", "BE"], "en_IN": ["DE", "NL", "GB", "BE"],
    "es_AR": ["DE", "NL", "IE", "BE"], "en_GB": ["GB"], "cy_GB": ["GB"], "en_IM": ["GB"],
    "en_GI": ["GI", "GI", "GB"], "de_AT": ["AT"], "fr_CH": ["CH"], "it_IT": ["IT"],
    "pt_PT": ["PT"], "lb_LU": ["LU", "LU", "BE"],
}
