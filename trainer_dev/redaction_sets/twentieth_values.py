"""Contact, payment and identity values for the twentieth set (own generators).

Every check digit is computed here (Luhn, IBAN mod 97, Verhoeff, CPF, BSN,
PESEL, personnummer, RUT, UPU S10).  `phonenumbers` is used only to validate.
"""

from __future__ import annotations

import phonenumbers

IBAN_LOCALES = {"pt_BR", "nl_NL", "pl_PL", "sv_SE"}
REGION = {
    "en_US": "US",
    "en_IN": "IN",
    "pt_BR": "BR",
    "nl_NL": "NL",
    "pl_PL": "PL",
    "sv_SE": "SE",
    "es_CO": "CO",
    "id_ID": "ID",
    "en_PH": "PH",
    "es_CL": "CL",
    "es_PE": "PE",
    "en_KE": "KE",
}


def digs(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise ValueError(body)


# ---------------------------------------------------------------- phones
def _phone_raw(r, loc):
    """Return (written form name, text)."""
    if loc == "en_US":
        a = r.choice(["212", "415", "312", "617", "206", "512", "303", "404", "971", "614"])
        e, n = str(r.randint(201, 989)), digs(r, 4)
        return r.choice(
            [
                ("paren", f"({a}) {e}-{n}"),
                ("dashed", f"{a}-{e}-{n}"),
                ("intl", f"+1 {a} {e} {n}"),
                ("dotted", f"{a}.{e}.{n}"),
            ]
        )
    if loc == "en_IN":
        m = r.choice("9876") + digs(r, 9)
        return r.choice(
            [
                ("intl", f"+91 {m[:5]} {m[5:]}"),
                ("trunk", f"0{m}"),
                ("plain", m),
                ("intl_dash", f"+91-{m}"),
            ]
        )
    if loc == "pt_BR":
        d = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48"])
        m = "9" + str(r.randint(6, 9)) + digs(r, 7)
        return r.choice(
            [
                ("paren", f"({d}) {m[:5]}-{m[5:]}"),
                ("intl", f"+55 {d} {m[:5]}-{m[5:]}"),
                ("plain", f"{d} {m}"),
                ("whats", f"+55 ({d}) {m[:5]}-{m[5:]}"),
            ]
        )
    if loc == "nl_NL":
        m = str(r.randint(1, 9)) + digs(r, 7)
        if r.random() < 0.3:
            a = r.choice(["20", "10", "30", "70", "40", "50"])
            l7 = str(r.randint(2, 8)) + digs(r, 6)
            return ("landline", f"0{a}-{l7[:3]} {l7[3:]}")
        return r.choice(
            [
                ("mobile_dash", f"06-{m}"),
                ("intl", f"+31 6 {m}"),
                ("spaced", f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"),
            ]
        )
    if loc == "pl_PL":
        p = r.choice(
            ["501", "512", "535", "570", "601", "609", "664", "691", "723", "784", "797", "885"]
        )
        m = p + digs(r, 6)
        return r.choice(
            [
                ("intl", f"+48 {m[:3]} {m[3:6]} {m[6:]}"),
                ("dashed", f"{m[:3]}-{m[3:6]}-{m[6:]}"),
                ("spaced", f"{m[:3]} {m[3:6]} {m[6:]}"),
                ("plain", m),
            ]
        )
    if loc == "sv_SE":
        p = r.choice(["70", "72", "73", "76", "79"])
        m = digs(r, 7)
        return r.choice(
            [
                ("national", f"0{p}-{m[:3]} {m[3:5]} {m[5:]}"),
                ("intl", f"+46 {p} {m[:3]} {m[3:5]} {m[5:]}"),
                ("compact", f"0{p}{m}"),
                ("dash", f"0{p}-{m}"),
            ]
        )
    if loc == "es_CO":
        m = str(r.randint(300, 321)) + digs(r, 7)
        return r.choice(
            [
                ("intl", f"+57 {m[:3]} {m[3:6]} {m[6:]}"),
                ("spaced", f"{m[:3]} {m[3:]}"),
                ("plain", m),
                ("dashed", f"{m[:3]}-{m[3:6]}-{m[6:]}"),
            ]
        )
    if loc == "id_ID":
        p = r.choice(["811", "812", "813", "821", "822", "852", "857", "878", "896", "815"])
        m = p + digs(r, 8)
        return r.choice(
            [
                ("dashed", f"0{m[:3]}-{m[3:7]}-{m[7:]}"),
                ("intl", f"+62 {m[:3]}-{m[3:7]}-{m[7:]}"),
                ("plain", f"0{m}"),
                ("wa", f"62{m}"),
            ]
        )
    if loc == "en_PH":
        p = r.choice(["905", "915", "917", "918", "920", "927", "939", "947", "977", "995"])
        m = p + digs(r, 7)
        return r.choice(
            [
                ("spaced", f"0{m[:3]} {m[3:6]} {m[6:]}"),
                ("intl", f"+63 {m[:3]} {m[3:6]} {m[6:]}"),
                ("plain", f"0{m}"),
                ("dashed", f"0{m[:3]}-{m[3:6]}-{m[6:]}"),
            ]
        )
    if loc == "es_CL":
        m = "9" + str(r.randint(3, 9)) + digs(r, 7)
        return r.choice(
            [
                ("intl", f"+56 9 {m[1:5]} {m[5:]}"),
                ("spaced", f"9 {m[1:5]} {m[5:]}"),
                ("compact", f"+569{m[1:]}"),
                ("paren", f"(+56) 9 {m[1:5]} {m[5:]}"),
            ]
        )
    if loc == "es_PE":
        m = "9" + digs(r, 8)
        return r.choice(
            [
                ("intl", f"+51 {m[:3]} {m[3:6]} {m[6:]}"),
                ("spaced", f"{m[:3]} {m[3:6]} {m[6:]}"),
                ("plain", m),
                ("dashed", f"{m[:3]}-{m[3:6]}-{m[6:]}"),
            ]
        )
    p = r.choice(
        ["701", "705", "710", "712", "715", "720", "722", "728", "110", "113", "741", "757"]
    )
    m = p + digs(r, 6)
    return r.choice(
        [
            ("intl", f"+254 {m[:3]} {m[3:]}"),
            ("trunk", f"0{m[:3]} {m[3:]}"),
            ("plain", f"0{m}"),
            ("intl_spaced", f"+254 {m[:3]} {m[3:6]} {m[6:]}"),
        ]
    )


def phone_valid(text: str, loc: str) -> bool:
    try:
        num = phonenumbers.parse(text, REGION[loc])
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(num)
        and phonenumbers.region_code_for_number(num) == REGION[loc]
    )


def phone(r, loc):
    while True:
        form, text = _phone_raw(r, loc)
        if phone_valid(text, loc):
            return form, text


# ---------------------------------------------------------------- email / url / ip
MAIL_DOMAINS = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net"],
    "en_IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "pt_BR": ["gmail.com", "uol.com.br", "hotmail.com", "bol.com.br", "terra.com.br"],
    "nl_NL": ["gmail.com", "ziggo.nl", "hotmail.nl", "kpnmail.nl", "xs4all.nl"],
    "pl_PL": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl"],
    "sv_SE": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
    "es_CO": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es"],
    "id_ID": ["gmail.com", "yahoo.co.id", "ymail.com", "outlook.co.id"],
    "en_PH": ["gmail.com", "yahoo.com.ph", "outlook.com", "ymail.com"],
    "es_CL": ["gmail.com", "hotmail.cl", "outlook.com", "vtr.net"],
    "es_PE": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es"],
    "en_KE": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
}
WORK_TLD = {
    "en_US": "com",
    "en_IN": "in",
    "pt_BR": "com.br",
    "nl_NL": "nl",
    "pl_PL": "pl",
    "sv_SE": "se",
    "es_CO": "com.co",
    "id_ID": "co.id",
    "en_PH": "com.ph",
    "es_CL": "cl",
    "es_PE": "pe",
    "en_KE": "co.ke",
}


def email(r, loc, given, surname, company):
    g, s = given.lower(), surname.lower().replace(" ", "")
    local = r.choice(
        [
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s}{r.randint(1, 99)}",
            f"{g}_{s}",
            f"{s}.{g}",
            f"{g}{r.choice(['', '.'])}{s[:3]}",
        ]
    )
    dom = r.choice(MAIL_DOMAINS[loc]) if r.random() < 0.6 else f"{company}.{WORK_TLD[loc]}"
    val = f"{local}@{dom}"
    form = r.choice(["plain", "plain", "plain", "mailto", "angle", "spelled"])
    if form == "mailto":
        val = "mailto:" + val
    elif form == "angle":
        val = f"<{val}>"
    elif form == "spelled":
        val = f"{local} [at] {dom.replace('.', ' [dot] ')}"
    return form, val, local


def url(r, loc, given, surname):
    g, s = given.lower(), surname.lower().replace(" ", "")
    slug = r.choice([f"{g}-{s}", f"{g}{s}", f"{g}-{s}-{r.randint(10, 9999):x}", f"{g[0]}{s}"])
    form = r.choice(["linkedin", "linkedin_bare", "site", "github", "calendly", "portfolio"])
    if form == "linkedin":
        return form, f"https://www.linkedin.com/in/{slug}/", slug
    if form == "linkedin_bare":
        return form, f"linkedin.com/in/{slug}", slug
    if form == "github":
        return form, f"github.com/{slug}", slug
    if form == "calendly":
        return form, f"https://calendly.com/{slug}/30min", slug
    host = f"{g}{s}.{WORK_TLD[loc]}"
    if form == "site":
        return form, f"www.{host}", host
    return form, f"https://{host}/portfolio", host


def ip(r):
    form = r.choice(["v4", "v4", "v4_port", "v6"])
    if form == "v6":
        v = (
            "2001:db8:"
            + ":".join(f"{r.randint(1, 0xFFFF):x}" for _ in range(4))
            + "::"
            + f"{r.randint(1, 0xFFF):x}"
        )
        return form, v, v
    a = r.choice([31, 45, 62, 77, 81, 89, 91, 103, 117, 154, 177, 186, 190, 201])
    v = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if form == "v4_port":
        return form, f"{v}:{r.choice([8080, 3389, 22, 8443])}", v
    return form, v, v


# ---------------------------------------------------------------- cards / iban
def card(r):
    kind = r.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]) + digs(r, 12))
        return "amex", f"{n[:4]} {n[4:10]} {n[10:]}"
    n = luhn_complete(
        (r.choice(["4"]) + digs(r, 14))
        if kind == "visa"
        else (str(r.randint(51, 55)) + digs(r, 13))
    )
    form = r.choice(["spaced", "dashed", "plain", "spaced"])
    if form == "plain":
        return form, n
    sep = " " if form == "spaced" else "-"
    return form, sep.join(n[i : i + 4] for i in range(0, 16, 4))


def iban_check(cc: str, bban: str) -> str:
    s = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{98 - int(s) % 97:02d}"


def iban_ok(iban: str) -> bool:
    x = iban.replace(" ", "")
    s = "".join(str(int(c, 36)) for c in (x[4:] + x[:4]))
    return int(s) % 97 == 1


def iban(r, loc):
    if loc == "nl_NL":
        cc, bban = (
            "NL",
            r.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB"]) + "0" + digs(r, 9),
        )
    elif loc == "pl_PL":
        cc, bban = "PL", r.choice(["1020", "1140", "1090", "1050", "2490"]) + digs(r, 20)
    elif loc == "sv_SE":
        cc, bban = "SE", r.choice(["500", "800", "300", "600", "120"]) + digs(r, 17)
    else:
        cc, bban = (
            "BR",
            r.choice(["00360305", "60701190", "00000000", "34141962"]) + digs(r, 15) + "C1",
        )
    full = cc + iban_check(cc, bban) + bban
    form = r.choice(["spaced", "spaced", "compact"])
    if form == "compact":
        return form, full
    return form, " ".join(full[i : i + 4] for i in range(0, len(full), 4))


def bank_account(r, loc):
    """Local account values for non-IBAN countries (labelled ID)."""
    if loc == "en_US":
        return (
            "bank_us",
            f"routing {r.choice(['021000021', '026009593', '121000248'])}, account {digs(r, 10)}",
        )
    if loc == "en_IN":
        return (
            "bank_in",
            f"A/c {r.choice(['5010', '3021', '9120'])}{digs(r, 10)}, "
            f"IFSC {r.choice(['HDFC', 'SBIN', 'ICIC'])}000{digs(r, 4)}",
        )
    if loc == "es_CO":
        return "bank_co", f"{digs(r, 3)}-{digs(r, 6)}-{digs(r, 2)}"
    if loc == "id_ID":
        return "bank_id", digs(r, 10)
    if loc == "en_PH":
        return "bank_ph", f"{digs(r, 4)} {digs(r, 4)} {digs(r, 4)}"
    if loc == "es_CL":
        return "bank_cl", f"{r.randint(10, 25)}{digs(r, 6)}"
    if loc == "es_PE":
        return "bank_pe", f"{r.choice(['191', '193', '194'])}-{digs(r, 8)}-0-{digs(r, 2)}"
    return "bank_ke", f"{r.choice(['0110', '1180', '0150'])}{digs(r, 9)}"
