"""Seventeenth set: e-mail and URL values, and look-alikes (numbers that are not PII)."""

from __future__ import annotations

from .seventeenth_core import ean_check, luhn_ok
from .seventeenth_people import fold, pools

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"],
    "en_GB": ["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk", "sky.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "cs_CZ": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "volny.cz"],
    "sk_SK": ["azet.sk", "centrum.sk", "gmail.com", "post.sk", "zoznam.sk"],
    "da_DK": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk", "live.dk"],
    "ro_RO": ["yahoo.com", "gmail.com", "yahoo.ro", "outlook.com", "rdslink.ro"],
    "de_CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com"],
    "hu_HU": ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu", "indamail.hu"],
    "hr_HR": ["gmail.com", "net.hr", "t-com.hr", "yahoo.com", "hotmail.com"],
}
WORK_DOMAINS = [
    "northwind-talent",
    "brightpath-hr",
    "kestrel-labs",
    "orbitalsoft",
    "meridian-group",
    "bluefin-logistics",
    "lumen-analytics",
    "harbourline",
    "nordlicht-consulting",
    "vectorworks",
]


def _slugbits(rng, locale):
    given, surnames = pools(locale)
    g = fold(rng.choice(given)).lower()
    s = fold(rng.choice(surnames)).lower().replace(" ", "").replace("'", "").replace("-", "")
    return g, s


def email(rng, locale):
    g, s = _slugbits(rng, locale)
    r = rng.random()
    if r < 0.7:
        local = rng.choice(
            [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{rng.randint(70, 99)}", f"{s}.{g}", f"{g}_{s}"]
        )
        dom = rng.choice(MAIL_DOMAINS[locale])
        form = "personal"
    else:
        local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}"])
        tld = {"en_US": "com", "en_GB": "co.uk"}.get(locale, locale.split("_")[1].lower())
        dom = f"{rng.choice(WORK_DOMAINS)}.{tld}"
        form = "work"
    v = f"{local}@{dom}"
    if rng.random() < 0.08:
        return (
            v.replace("@", " [at] ").replace(".", " [dot] ", 1),
            ["t:" + local.split(".")[0]],
            "obfuscated",
        )
    return v, ["t:" + local], form


def url(rng, locale):
    g, s = _slugbits(rng, locale)
    r = rng.random()
    if r < 0.4:
        slug = rng.choice(
            [
                f"{g}-{s}",
                f"{g}{s}",
                f"{g}-{s}-{rng.randint(10, 99)}{rng.choice('abcdef')}{rng.randint(1, 9)}",
            ]
        )
        pre = rng.choice(["https://www.", "https://", "", "www."])
        cc = rng.choice(["", "", locale.split("_")[1].lower() + "."]) if pre.endswith("//") else ""
        return f"{pre}{cc}linkedin.com/in/{slug}", ["t:" + slug], "linkedin"
    if r < 0.55:
        slug = rng.choice([f"{g}{s[:3]}", f"{g[0]}{s}", f"{s}-{g}"])
        return f"https://github.com/{slug}", ["t:" + slug], "github"
    if r < 0.7:
        slug = f"{g}-{s}"
        return (
            f"https://calendly.com/{slug}/{rng.choice(['30min', 'intro-call', 'interview'])}",
            ["t:" + slug],
            "calendly",
        )
    if r < 0.85:
        host = f"{g}{s}.{rng.choice(['com', 'dev', 'design', 'me', 'eu'])}"
        return (
            rng.choice(["https://", "", "www."]) + host + rng.choice(["", "/portfolio", "/cv"]),
            ["t:" + host],
            "personal_site",
        )
    slug = f"{g}{s}"
    site = rng.choice(["behance.net", "dribbble.com", "xing.com/profile"])
    return f"https://www.{site}/{slug}", ["t:" + slug], "portfolio"


# ---------------------------------------------------------------- look-alikes
COMPANIES = {
    "en_US": [
        "Johnson & Johnson",
        "Ford",
        "Dell",
        "Hewlett-Packard",
        "the Walt Disney Company",
        "Goldman Sachs",
    ],
    "en_GB": ["Sainsbury's", "Marks & Spencer", "Rolls-Royce", "Cadbury", "John Lewis", "Dyson"],
    "de_DE": [
        "Siemens",
        "Bosch",
        "Porsche",
        "Max-Planck-Institut",
        "Goethe-Institut",
        "Dr. Oetker",
    ],
    "fr_FR": [
        "Michelin",
        "Peugeot",
        "Renault",
        "Lycée Victor Hugo",
        "Louis Vuitton",
        "Institut Pasteur",
    ],
    "nl_NL": ["Philips", "Heineken", "Albert Heijn", "het Van Gogh Museum", "Fokker", "C&A"],
    "cs_CZ": ["Baťa", "Škoda", "Masarykova univerzita", "Karlova univerzita", "Křižík", "Kolben"],
    "sk_SK": [
        "Univerzita Komenského",
        "Štefánikovo letisko",
        "Tatra banka",
        "ESET",
        "Slovnaft",
        "Baťa",
    ],
    "da_DK": [
        "Maersk",
        "Carlsberg",
        "Bang & Olufsen",
        "Niels Bohr Institutet",
        "Novo Nordisk",
        "Ørsted",
    ],
    "ro_RO": [
        "Universitatea Babeș-Bolyai",
        "Aeroportul Henri Coandă",
        "Colegiul Național Mihai Viteazul",
        "Dacia",
        "Universitatea Alexandru Ioan Cuza",
        "Teatrul Odeon",
    ],
    "de_CH": [
        "Nestlé",
        "Lindt & Sprüngli",
        "Hoffmann-La Roche",
        "Victorinox",
        "Oerlikon",
        "Migros",
    ],
    "hu_HU": [
        "Richter Gedeon",
        "Zwack Unicum",
        "Széchenyi fürdő",
        "Semmelweis Egyetem",
        "Ganz",
        "Zsolnay",
    ],
    "hr_HR": [
        "Rimac Automobili",
        "Franck",
        "Tehnički muzej Nikola Tesla",
        "Podravka",
        "Kraš",
        "Pliva",
    ],
}
CURRENCY = {
    "en_US": "${:,}",
    "en_GB": "£{:,}",
    "de_DE": "{:,} €",
    "fr_FR": "{:,} €",
    "nl_NL": "€ {:,}",
    "cs_CZ": "{:,} Kč",
    "sk_SK": "{:,} €",
    "da_DK": "{:,} kr.",
    "ro_RO": "{:,} lei",
    "de_CH": "CHF {:,}",
    "hu_HU": "{:,} Ft",
    "hr_HR": "{:,} €",
}
MONTHS_EN = (
    "January February March April May June July August September October November December".split()
)


def _money(rng, locale):
    amount = rng.choice([rng.randint(28, 140) * 1000, rng.randint(35, 95) * 100])
    if locale == "hu_HU":
        amount *= 300
    if locale == "cs_CZ":
        amount *= 20
    s = CURRENCY[locale].format(amount)
    if locale in ("de_DE", "nl_NL", "da_DK", "ro_RO", "sk_SK", "hr_HR"):
        s = s.replace(",", ".")
    elif locale in ("fr_FR", "cs_CZ", "hu_HU"):
        s = s.replace(",", "\u00a0")
    elif locale == "de_CH":
        s = s.replace(",", "'")
    return s


def _date(rng, locale):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2026, 2027])
    if locale == "en_US":
        return rng.choice([f"{m}/{d}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}"])
    if locale == "en_GB":
        return rng.choice([f"{d}/{m:02d}/{y}", f"{d} {MONTHS_EN[m - 1]} {y}"])
    if locale in ("fr_FR", "ro_RO"):
        return f"{d:02d}/{m:02d}/{y}" if locale == "fr_FR" else f"{d:02d}.{m:02d}.{y}"
    if locale == "nl_NL":
        return f"{d}-{m}-{y}"
    if locale == "hu_HU":
        return f"{y}. {m:02d}. {d:02d}."
    return f"{d}. {m}. {y}" if locale in ("cs_CZ", "sk_SK", "hr_HR") else f"{d:02d}.{m:02d}.{y}"


def _isbn(rng):
    body = rng.choice(["978", "979"]) + "".join(rng.choice("0123456789") for _ in range(9))
    full = body + str(ean_check(body))
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def _order(rng):
    while True:
        n = "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10, 16])))
        if n[0] != "0" and not luhn_ok(n):
            return rng.choice(["#", "", "Nr. "]) + n if len(n) < 16 else n


def lookalike(rng, locale, kind=None):
    kinds = [
        "REF",
        "ORDER",
        "INVOICE",
        "DATE",
        "TIME",
        "MONEY",
        "VERSION",
        "ISBN",
        "FLIGHT",
        "ROOM",
        "PERCENT",
        "MEASURE",
        "COMPANY",
        "TRACKING",
    ]
    kind = kind or rng.choice(kinds)
    y = rng.choice([2026, 2027])
    if kind == "REF":
        v = rng.choice(
            [
                f"REQ-{rng.randint(1000, 99999)}",
                f"JR{rng.randint(100000, 999999)}",
                f"HR-{y}-{rng.randint(100, 9999):04d}",
                f"VAC-{rng.randint(100, 999)}/{y % 100}",
            ]
        )
    elif kind == "ORDER":
        v = _order(rng)
    elif kind == "INVOICE":
        v = f"{rng.choice(['INV', 'RE', 'FA', 'F'])}-{y}-{rng.randint(1, 9999):04d}"
    elif kind == "DATE":
        v = _date(rng, locale)
    elif kind == "TIME":
        v = rng.choice(
            [
                f"{rng.randint(8, 17)}:{rng.choice(['00', '15', '30', '45'])}",
                f"{rng.randint(8, 17)}.{rng.choice(['00', '30'])} h",
            ]
        )
        if locale == "en_US":
            v = f"{rng.randint(1, 11)}:{rng.choice(['00', '30'])} {rng.choice(['AM', 'PM'])}"
    elif kind == "MONEY":
        v = _money(rng, locale)
    elif kind == "VERSION":
        v = rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
            ]
        )
    elif kind == "ISBN":
        v = _isbn(rng)
    elif kind == "FLIGHT":
        v = f"{rng.choice(['LH', 'KL', 'AF', 'BA', 'OS', 'LX', 'SK', 'OK', 'RO', 'OU', 'W6', 'UA'])}{rng.choice(['', ' '])}{rng.randint(100, 2999)}"  # noqa: E501
    elif kind == "ROOM":
        v = rng.choice(
            [
                f"{rng.choice('ABCE')}{rng.randint(1, 5)}.{rng.randint(1, 40):02d}",
                f"{rng.randint(1, 6)}.{rng.randint(10, 60)}",
            ]
        )
    elif kind == "PERCENT":
        v = f"{rng.choice([10, 20, 40, 60, 80, 90, 100, 5, 15])}{rng.choice(['%', ' %'])}"
    elif kind == "MEASURE":
        v = rng.choice(
            [
                f"{rng.randint(20, 140)} m²",
                f"{rng.randint(20, 140)}m²",
                f"{rng.randint(20, 140)} m2",
            ]
        )
    elif kind == "COMPANY":
        v = rng.choice(COMPANIES[locale])
    else:
        v = (
            "1Z"
            + "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(6))
            + "".join(rng.choice("0123456789") for _ in range(10))
        )
    return v, kind
