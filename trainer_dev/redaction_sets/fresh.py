"""A third, fresh held-out redaction set (issue 10): its own generator, never used for tuning.

    members, posts = make_fresh_set(seed=2026)

Eleven locales (en_US, en_GB, en_AU, en_CA, en_IN, de_DE, fr_FR, it_IT, es_ES, pt_BR, nl_NL).
Values are drawn from tables written for this set from the postal standards (fresh_places),
the national numbering plans and check-digit rules (fresh_numbers) and each locale's naming
conventions (fresh_people); posts are built from sentences in a professional-network register in
each locale's language (fresh_text). No other evaluation set and no redactor code was read to
write it, and Faker is not used.

Each post is a ``FreshPost``: ``text``; ``locale``; ``items``, a list of ``(kind, fragments,
value)`` (the schema ``scripts/eval_redaction.evaluate_standards`` scores); ``spans``, the same
items as ``(kind, start, end)``; ``lookalikes``, strings that must survive verbatim; and
``pii_free``. A value counts as leaked when any of its fragments survives in the redacted text
(and was not in the post apart from the value): ``d:`` a 4-digit window of its digits, ``s:`` a
substring (e-mail local part, URL host label or profile slug, alphanumeric id chunk), ``t:`` a
word (surname token, street-name token) and ``p:`` a postcode, both case as written.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fresh_numbers as num
from trainer_dev.redaction_sets.fresh_people import (
    GIVEN,
    LOCALES,
    PARTICLES,
    draw_surname,
    member_display_names,
    member_mention,
    person,
    strip_accents,
)
from trainer_dev.redaction_sets.fresh_places import ADDRESS
from trainer_dev.redaction_sets.fresh_text import LANG, LOOK, OPENERS, SENTENCES

KINDS = (
    "PERSON",
    "MEMBER",
    "PHONE",
    "EMAIL",
    "EMAIL_OBFUSCATED",
    "URL",
    "ADDRESS",
    "CARD",
    "IBAN",
    "SSN",
    "NATIONAL_ID",
    "IP",
)


@dataclass
class FreshPost:
    text: str
    locale: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    spans: list = field(default_factory=list)  # (kind, start, end)
    lookalikes: list = field(default_factory=list)
    pii_free: bool = False
    lookalike_kinds: list = field(default_factory=list)  # ref, book, date, price, version, ...


# --- leak scoring --------------------------------------------------------------------------------

_RUN = re.compile(r"\d(?:[ \u00a0.\-/()]{0,2}\d)*")


def _digit_runs(text: str) -> list[str]:
    return [re.sub(r"\D", "", m.group()) for m in _RUN.finditer(text)]


def digit_windows(value: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    return sorted({digits[i : i + 4] for i in range(len(digits) - 3)})


def _present(fragment: str, text: str, runs: list[str]) -> bool:
    kind, frag = fragment[:2], fragment[2:]
    if kind == "d:":
        return any(frag in run for run in runs)
    if kind == "s:":
        return frag in text
    return re.search(rf"(?<!\w){re.escape(frag)}(?!\w)", text) is not None


def leaked(redacted: str, fragments, background: str) -> bool:
    """True when a fragment of the value survives in ``redacted`` that ``background`` (the post
    with the value cut out) does not hold by itself."""
    runs, bg_runs = _digit_runs(redacted), _digit_runs(background)
    return any(
        _present(f, redacted, runs) and not _present(f, background, bg_runs) for f in fragments
    )


# --- contacts -----------------------------------------------------------------------------------

GTLDS = [
    "com",
    "net",
    "org",
    "io",
    "co",
    "ai",
    "dev",
    "app",
    "studio",
    "design",
    "tech",
    "xyz",
    "consulting",
    "agency",
    "photography",
    "law",
    "shop",
    "online",
    "site",
    "name",
    "tel",
    "me",
    "bio",
    "coach",
    "legal",
    "blog",
    "club",
    "page",
    "works",
    "gallery",
    "coffee",
    "eu",
    "cologne",
    "berlin",
    "hamburg",
    "bayern",
    "amsterdam",
    "frl",
    "paris",
    "quebec",
    "melbourne",
    "sydney",
    "london",
    "scot",
    "wales",
    "madrid",
    "barcelona",
    "rio",
    "tirol",
    "swiss",
    "nrw",
    "ruhr",
    "moda",
    "vin",
    "pizza",
    "futbol",
    "capital",
    "energy",
    "health",
]
CCTLDS = {
    "en_US": ["us", "com"],
    "en_GB": ["co.uk", "org.uk", "uk"],
    "en_AU": ["com.au", "net.au", "au"],
    "en_CA": ["ca", "qc.ca"],
    "en_IN": ["in", "co.in", "org.in"],
    "de_DE": ["de", "at", "ch"],
    "fr_FR": ["fr", "be", "lu"],
    "it_IT": ["it", "sm"],
    "es_ES": ["es", "cat", "eus", "gal"],
    "pt_BR": ["com.br", "net.br", "org.br", "br"],
    "nl_NL": ["nl", "be"],
}
PROVIDERS = {
    "en_US": ["gmail.com", "outlook.com", "icloud.com", "comcast.net", "proton.me"],
    "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"],
    "en_AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au"],
    "en_CA": ["rogers.com", "shaw.ca", "gmail.com", "videotron.ca"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "pec.it"],
    "es_ES": ["telefonica.net", "gmail.com", "yahoo.es", "hotmail.es"],
    "pt_BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "globo.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl"],
}
BUSINESS = [
    "atelier",
    "studio",
    "werkplaats",
    "bureau",
    "lab",
    "collective",
    "works",
    "partners",
    "advisory",
    "makers",
    "insights",
    "craft",
    "ventures",
    "analytics",
]
PLATFORMS = [
    "linkedin.com/in/",
    "github.com/",
    "medium.com/@",
    "behance.net/",
    "calendly.com/",
    "substack.com/@",
    "xing.com/profile/",
    "malt.fr/profile/",
]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")


def _name_bits(rng: random.Random, locale: str) -> tuple[str, str]:
    """(given, surname) folded to ASCII lower case, for e-mail local parts and URL labels."""
    given = strip_accents(rng.choice(GIVEN[locale])).lower().replace(" ", "")
    surname = strip_accents(draw_surname(rng, locale)).lower()
    words = [w for w in surname.split() if len(w) > 2 and w not in PARTICLES]
    last = re.sub(r"[^a-z-]", "", words[0] if words else "marwood").strip("-") or "marwood"
    return re.sub(r"[^a-z]", "", given) or "contact", last


def email(rng: random.Random, locale: str) -> tuple[str, list[str], bool]:
    first, last = _name_bits(rng, locale)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{last}.{first[0]}",
            f"{first}{last[:3]}",
            f"{first}-{last}",
            f"{first}.{last}+jobs",
        ]
    )
    if len(local) < 5:
        local += str(rng.randint(10, 99))
    if rng.random() < 0.45:
        domain = rng.choice(PROVIDERS[locale])
    else:
        label = rng.choice(
            [f"{last}-{rng.choice(BUSINESS)}", f"{rng.choice(BUSINESS)}{last}", f"{first}{last}"]
        )
        tld = rng.choice(GTLDS + CCTLDS[locale] * 3)
        domain = rng.choice(["", "", "mail.", "team."]) + label + "." + tld
    if rng.random() < 0.1:
        shown = (
            local
            + rng.choice([" [at] ", " (at) ", " at "])
            + domain.replace(".", rng.choice([" [dot] ", " (dot) ", " dot "]))
        )
        return shown, [f"s:{local}"], True
    if rng.random() < 0.1:
        local = local.capitalize()
        domain = domain.upper() if rng.random() < 0.3 else domain
    value = f"{local}@{domain}"
    wrap = rng.random()
    if wrap < 0.07:
        value = f"mailto:{value}"
    elif wrap < 0.12:
        value = f"<{value}>"
    return value, [f"s:{local}"], False


def url(rng: random.Random, locale: str) -> tuple[str, list[str]]:
    first, last = _name_bits(rng, locale)
    frags: list[str] = []
    if rng.random() < 0.3:
        handle = rng.choice(
            [
                f"{first}-{last}",
                f"{first}{last}",
                f"{first}-{last}-{rng.randint(10, 999)}",
                f"{first[0]}{last}",
            ]
        )
        value = (
            rng.choice(["https://www.", "https://", "", "www."]) + rng.choice(PLATFORMS) + handle
        )
        if value.startswith("www.") and "linkedin" not in value:
            value = value[4:]
        frags.append(f"s:{handle}")
    else:
        label = rng.choice(
            [
                f"{first}{last}",
                f"{last}-{rng.choice(BUSINESS)}",
                f"{first}-{last}",
                f"{rng.choice(BUSINESS)}-{last}",
                f"{last}{rng.randint(2, 99)}",
            ]
        )
        tld = rng.choice(GTLDS * 2 + CCTLDS[locale] * 3)
        host = rng.choice(["", "", "www.", "blog.", "shop.", "jobs.", "en."]) + label + "." + tld
        scheme = rng.choice(["https://", "https://", "http://", "", ""])
        path = rng.choice(
            [
                "",
                "",
                "/",
                "/about",
                "/portfolio/" + _slug(last + " case"),
                f"/{rng.randint(2023, 2026)}/{_slug(first)}-talk",
                "/contact?ref=li",
                "/events/meetup-" + str(rng.randint(3, 40)),
                "/#team",
            ]
        )
        value = scheme + host + path
        frags.append(f"s:{label}")
    if rng.random() < 0.05:
        value = value.upper() if not value.startswith("http") else value
        frags = [f"s:{f[2:].upper()}" if value.isupper() else f for f in frags]
    return value, frags


# --- look-alikes that must survive -------------------------------------------------------------

COMPANIES = {
    "en_US": [
        "Johnson & Johnson",
        "Ben & Jerry's",
        "Tiffany & Co.",
        "Procter & Gamble",
        "Charles Schwab",
        "Ralph Lauren",
        "Estée Lauder",
        "Goldman Sachs",
        "Morgan Stanley",
        "Harley-Davidson",
        "Dow Jones",
        "Walt Disney",
    ],
    "en_GB": [
        "Marks & Spencer",
        "John Lewis",
        "Clifford Chance",
        "Rolls-Royce",
        "Laura Ashley",
        "Paul Smith",
        "Ted Baker",
        "Arnold Clark",
        "Ernst & Young",
        "Rothschild & Co",
    ],
    "en_AU": [
        "Harvey Norman",
        "David Jones",
        "R.M. Williams",
        "Dick Smith",
        "Peter Alexander",
        "Carla Zampatti",
        "Lowy Institute",
        "Arnott's",
    ],
    "en_CA": [
        "Tim Hortons",
        "Molson Coors",
        "Holt Renfrew",
        "Thomson Reuters",
        "Irving Oil",
        "McCain Foods",
        "Jean Coutu",
        "Rogers Communications",
    ],
    "en_IN": [
        "Tata Consultancy Services",
        "Mahindra & Mahindra",
        "Bajaj Finserv",
        "Godrej Industries",
        "Larsen & Toubro",
        "Kirloskar Brothers",
        "Birla Corporation",
        "Murugappa Group",
    ],
    "de_DE": [
        "Boehringer Ingelheim",
        "Dr. Oetker",
        "Hugo Boss",
        "Carl Zeiss",
        "Robert Bosch",
        "Werner & Mertz",
        "Knorr-Bremse",
        "Adolf Würth",
        "Max Bahr",
        "Heinrich Deichmann",
    ],
    "fr_FR": [
        "Louis Vuitton",
        "Christian Dior",
        "Yves Saint Laurent",
        "Pierre Fabre",
        "Jean Patou",
        "Guy Degrenne",
        "Michel et Augustin",
        "Paul Bocuse",
    ],
    "it_IT": [
        "Giorgio Armani",
        "Salvatore Ferragamo",
        "Ermenegildo Zegna",
        "Luisa Spagnoli",
        "Dolce & Gabbana",
        "Guido Gobino",
        "Pietro Barilla",
        "Nino Cerruti",
    ],
    "es_ES": [
        "Massimo Dutti",
        "Adolfo Domínguez",
        "Pedro del Hierro",
        "Roberto Verino",
        "Agatha Ruiz de la Prada",
        "Miguel Torres",
        "Jesús del Pozo",
        "Emilio Moro",
    ],
    "pt_BR": [
        "Casas Bahia",
        "Magazine Luiza",
        "Lojas Renner",
        "Ricardo Eletro",
        "Alexandre Herchcovitch",
        "Fernando Pimentel",
        "Oscar Niemeyer Foundation",
    ],
    "nl_NL": [
        "Albert Heijn",
        "Jan Linders",
        "Van Lanschot Kempen",
        "Douwe Egberts",
        "Van der Valk",
        "Jacob Hooy",
        "Piet Zoomers",
        "Van Haren",
    ],
}
BOOKS = {
    "en": "ISBN",
    "de": "ISBN",
    "fr": "ISBN",
    "it": "ISBN",
    "es": "ISBN",
    "pt": "ISBN",
    "nl": "ISBN",
}


def _isbn13(rng: random.Random, hyphens: bool) -> str:
    body = "978" + rng.choice("0123456789") + num._d(rng, 8)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    full = body + str(check)
    if not hyphens:
        return full
    return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"


def _isbn10(rng: random.Random) -> str:
    body = rng.choice("0123") + num._d(rng, 8)
    check = (11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11) % 11
    full = body + ("X" if check == 10 else str(check))
    return f"{full[0]}-{full[1:4]}-{full[4:9]}-{full[9]}"


def _ean13(rng: random.Random) -> str:
    body = rng.choice(["400", "300", "800", "840", "789", "871", "500"]) + num._d(rng, 9)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def _date(rng: random.Random, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2027)
    months = {
        "en": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "de": [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        "fr": [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        "it": [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        "es": [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        "pt": [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        "nl": [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
    }[LANG[locale]]
    if locale == "en_US":
        forms = [f"{m:02d}/{d:02d}/{y}", f"{months[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"]
    elif locale.startswith("en"):
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif locale in {"de_DE"}:
        forms = [f"{d:02d}.{m:02d}.{y}", f"{d}. {months[m - 1]} {y}", f"{d}.{m}.{y}"]
    elif locale == "nl_NL":
        forms = [f"{d:02d}-{m:02d}-{y}", f"{d} {months[m - 1]} {y}"]
    else:
        forms = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {'de ' if locale in {'es_ES', 'pt_BR'} else ''}"
            f"{months[m - 1]}{' de' if locale in {'es_ES', 'pt_BR'} else ''} {y}",
        ]
    return rng.choice(forms)


def _price(rng: random.Random, locale: str) -> str:
    whole, cents = rng.randint(9, 24999), rng.randint(0, 99)
    eu = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    us = f"{whole:,}.{cents:02d}"
    return {
        "en_US": f"${us}",
        "en_GB": f"£{us}",
        "en_AU": f"A${us}",
        "en_CA": f"CA${us}",
        "en_IN": f"₹{rng.randint(499, 99999):,}",
        "de_DE": f"{eu} €",
        "fr_FR": f"{eu} €",
        "it_IT": f"€ {eu}",
        "es_ES": f"{eu} €",
        "pt_BR": f"R$ {eu}",
        "nl_NL": f"€ {eu}",
    }[locale]


def lookalike(rng: random.Random, locale: str) -> tuple[str, str]:
    """(category, value) of a string that must survive redaction."""
    kind = rng.randrange(14)
    if kind == 0:
        return "ref", f"PO {rng.choice(['45', '47', '48'])}{num._d(rng, 8)}"
    if kind == 1:  # marketplace order number, Luhn-valid on purpose
        body = f"{rng.randint(100, 999)}{num._d(rng, 13)}"
        full = body + num.luhn_check_digit(body)
        return "ref", f"{full[:3]}-{full[3:10]}-{full[10:]}"
    if kind == 2:
        return "book", f"ISBN {_isbn13(rng, True)}" if rng.random() < 0.5 else _isbn13(rng, True)
    if kind == 3:
        return "book", _isbn10(rng)
    if kind == 4:
        return "date", _date(rng, locale)
    if kind == 5:
        return "price", _price(rng, locale)
    if kind == 6:
        return "version", rng.choice(["v", "v", ""]) + (
            f"{rng.randint(1, 19)}.{rng.randint(0, 40)}.{rng.randint(0, 12)}"
            + rng.choice(["", "", "-rc1", "-beta.2"])
        )
    if kind in (7, 8, 9):
        return "company", rng.choice(COMPANIES[locale])
    if kind == 10:
        return "tag", "#" + rng.choice(
            [
                "OpenToWork",
                "MachineLearning",
                "Hiring2026",
                "WomenInTech",
                "Q3Results",
                "DevOpsDays",
                "Cloud4Good",
            ]
        )
    if kind == 11:
        return "ref", rng.choice(
            [
                f"SKU {rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.choice('ABCX')}",
                f"EAN {_ean13(rng)}",
                f"Art.-Nr. {rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
                f"Ref. {rng.randint(1000, 9999)}-XL",
                f"WH-{rng.randint(100, 999)}0XM5",
                f"RTX {rng.choice(['4070', '4090', '5080'])}",
            ]
        )
    if kind == 12:
        return "ref", rng.choice(
            [
                f"ISO {rng.choice(['9001:2015', '27001', '14001', '45001:2018'])}",
                f"Order #{rng.choice('ABCDK')}-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}",
                f"INV-{rng.randint(2023, 2026)}-{rng.randint(1000, 99999):05d}",
                f"{rng.choice(['JIRA', 'OPS', 'HR'])}-{rng.randint(100, 9999)}",
            ]
        )
    return "date", rng.choice(["Q1", "Q2", "Q3", "Q4", "H1", "H2"]) + " " + str(
        rng.randint(2024, 2027)
    )


# --- posts --------------------------------------------------------------------------------------

ITEM_WEIGHTS = [
    ("P", 16),
    ("M", 12),
    ("PH", 15),
    ("E", 10),
    ("U", 11),
    ("A", 15),
    ("F", 5),
    ("ID", 4),
    ("IP", 3),
]


def _pick_slot(rng: random.Random) -> str:
    total = sum(w for _, w in ITEM_WEIGHTS)
    r = rng.uniform(0, total)
    for slot, w in ITEM_WEIGHTS:
        r -= w
        if r <= 0:
            return slot
    return ITEM_WEIGHTS[-1][0]


def _value(rng, locale, slot, members, person_surnames_banned):
    """(kind, value, fragments) for one slot."""
    if slot == "P":
        for _ in range(20):
            text, frags = person(rng, locale)
            if frags and not any(f.lower() in person_surnames_banned for f in frags):
                return "PERSON", text, [f"t:{f}" for f in frags]
        return "PERSON", text, [f"t:{f}" for f in frags]
    if slot == "M":
        display, given, surname = rng.choice(members[locale])
        text, frags = member_mention(rng, locale, given, surname)
        return "MEMBER", text, [f"t:{f}" for f in frags]
    if slot == "PH":
        value = num.PHONE[locale](rng)
        return "PHONE", value, [f"d:{w}" for w in num_windows(value)]
    if slot == "E":
        value, frags, obf = email(rng, locale)
        return ("EMAIL_OBFUSCATED" if obf else "EMAIL"), value, frags
    if slot == "U":
        value, frags = url(rng, locale)
        return "URL", value, frags
    if slot == "A":
        text, street, postcode = ADDRESS[locale](rng)
        frags = [f"t:{t}" for t in street]
        if postcode:
            frags.append(f"p:{postcode}")
        return "ADDRESS", text, frags
    if slot == "F":
        if (
            rng.random() < 0.5
            or locale in {"en_US", "en_AU", "en_CA", "en_IN"}
            and rng.random() < 0.6
        ):
            value = num.card(rng)
            return "CARD", value, [f"d:{w}" for w in num_windows(value)]
        value = num.iban(rng, num.IBAN_COUNTRY[locale])
        return "IBAN", value, [f"d:{w}" for w in num_windows(value)]
    if slot == "ID":
        value = num.NATIONAL_ID[locale](rng)
        kind = "SSN" if locale == "en_US" else "NATIONAL_ID"
        if locale == "it_IT":
            return kind, value, [f"s:{value[:6]}", f"s:{value[6:11]}", f"s:{value[11:]}"]
        return kind, value, [f"d:{w}" for w in num_windows(value)]
    value = num.ipv4(rng) if rng.random() < 0.8 else num.ipv6(rng)
    if ":" in value:
        return "IP", value, [f"s:{g}" for g in value.split(":") if len(g) == 4]
    return "IP", value, [f"d:{w}" for w in num_windows(value)]


def num_windows(value: str) -> list[str]:
    return digit_windows(value)


def _decorate(rng: random.Random, sentence: str) -> str:
    r = rng.random()
    if r < 0.08:
        return "• " + sentence
    if r < 0.12:
        return "→ " + sentence
    if r < 0.15:
        return sentence + " " + rng.choice(["✅", "🙌", "💡", "👀"])
    return sentence


def _post(rng, locale, members, banned, *, n_items: int, n_look: int) -> FreshPost:
    lang = LANG[locale]
    table = SENTENCES[lang]
    # (sentence template, slot, value, item) with item = (kind, fragments) for labelled values
    parts: list[tuple[str, str | None, str | None, tuple | None]] = []
    used: set[str] = set()
    for _ in range(n_items):
        for _attempt in range(30):
            slot = _pick_slot(rng)
            kind, value, frags = _value(rng, locale, slot, members, banned)
            if frags and not used & set(frags):
                break
        used |= set(frags)
        template = rng.choice(table["EO" if kind == "EMAIL_OBFUSCATED" else slot])
        parts.append((_decorate(rng, template), "{" + slot + "}", value, (kind, tuple(frags))))
    looks, look_kinds = [], []
    for _ in range(n_look):
        category, look = lookalike(rng, locale)
        if any(look in v or v in look for v in looks):
            continue
        looks.append(look)
        look_kinds.append(category)
        parts.append((_decorate(rng, rng.choice(LOOK[lang][category])), "{L}", look, None))
    for _ in range(rng.randint(0 if n_items else 2, 2)):
        parts.append((_decorate(rng, rng.choice(table["FILLER"])), None, None, None))
    rng.shuffle(parts)
    opener = rng.choice(OPENERS[lang])
    if opener and rng.random() < 0.35:
        parts.insert(0, (opener, None, None, None))
    if rng.random() < 0.4:
        tags = " ".join(rng.sample(table["HASHTAGS"], rng.randint(1, 3)))
        parts.append((tags, None, None, None))
    text = ""
    items, spans = [], []
    for i, (template, slot, value, item) in enumerate(parts):
        if i:
            text += rng.choice([" ", " ", "\n", "\n\n", "\n"])
        if slot is None:
            text += template
            continue
        before, after = template.split(slot, 1)
        text += before
        start = len(text)
        text += value + after
        if item is not None:
            spans.append((item[0], start, start + len(value)))
            items.append((item[0], item[1], value))
    return FreshPost(
        text=text,
        locale=locale,
        items=items,
        spans=spans,
        lookalikes=looks,
        pii_free=not items,
        lookalike_kinds=look_kinds,
    )


def make_fresh_set(
    seed: int = 2026, per_locale: int = 420, free_per_locale: int = 90, members_per_locale: int = 60
):
    """(member display names, posts): ``per_locale`` labelled and ``free_per_locale`` PII-free
    posts in each of the eleven locales (defaults: 4,620 + 990)."""
    rng = random.Random(seed)
    members: dict[str, list] = {}
    for locale in LOCALES:
        members[locale] = member_display_names(rng, locale, members_per_locale)
    banned = {
        tok.lower()
        for loc in LOCALES
        for _, _, s in members[loc]
        for tok in s.replace("-", " ").split()
    }
    posts: list[FreshPost] = []
    for locale in LOCALES:
        for _ in range(per_locale):
            n_items = rng.choices([1, 2, 3], weights=[5, 4, 1])[0]
            posts.append(
                _post(
                    rng,
                    locale,
                    members,
                    banned,
                    n_items=n_items,
                    n_look=rng.choices([0, 1, 2], weights=[4, 4, 2])[0],
                )
            )
        for _ in range(free_per_locale):
            posts.append(
                _post(
                    rng,
                    locale,
                    members,
                    banned,
                    n_items=0,
                    n_look=rng.choices([0, 1, 2], weights=[3, 4, 3])[0],
                )
            )
    rng.shuffle(posts)
    display = [d for loc in LOCALES for d, _, _ in members[loc]]
    return display, posts
