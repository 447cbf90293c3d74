"""A fourth held-out redaction set (issue 10): its own generator, for scoring only.

    members, posts = make_fourth_set(seed=4242)

Twelve locales (en_US, en_GB, en_AU, en_CA, en_IN, en_IE, de_DE, fr_FR, it_IT, es_ES, pt_BR,
nl_NL), 400 labelled and 100 PII-free posts each (80 of them carry look-alikes: dates, prices,
versions, order/invoice numbers, ISBNs, EAN-13 barcodes, hashtags, companies named after
people, product codes, times, percentages, street-like phrases that are not addresses).
Values come from this set's own tables: numbering plans and postal standards
(``fourth_places``), check-digit rules (``fourth_ids``), naming conventions with surnames
composed from syllables so that no name list holds them (``fourth_people``), and templates in
each locale's language (``fourth_text``). It was written without reading the redactor, the
other sets' generators or any evaluation result, and Faker is not used.

Each post is a ``FourthPost`` with the fields that
``scripts/eval_redaction_scoring.evaluate_fresh`` reads: ``text``, ``locale``, ``items``
(``(kind, fragments, value)``), ``spans`` (``(kind, start, end)``, the same items),
``lookalikes`` and ``lookalike_kinds`` (strings that must survive verbatim) and ``pii_free``.
Kinds: PERSON, MEMBER (names from the member list in any shape, and @handles), PHONE, EMAIL,
URL, ADDRESS, CARD, IBAN, SSN (national ids), IP.

``leaked(redacted, fragments, background)``: a value leaks when one of its fragments is in the
redacted text and not in ``background`` (the post with the value blanked out). Fragments:
``d:`` four consecutive digits of the value, matched in the digits of a number written with
spaces, dots, dashes, slashes or brackets; ``s:`` a substring, case as written (e-mail local
part chunk, URL host label or path slug chunk, @handle chunk, letter run of an id); ``t:`` a
whole word, case as written (surname token, street-name token); ``p:`` a postcode as written,
not inside a longer word or number.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from trainer_dev.redaction_sets import fourth_ids as ids
from trainer_dev.redaction_sets import fourth_people as people
from trainer_dev.redaction_sets.fourth_places import ADDRESSES, PHONES
from trainer_dev.redaction_sets.fourth_text import LABELLED, LOOKALIKE, PLAIN, ROADS

LOCALES = people.LOCALES
LABELLED_PER_LOCALE = 400
LOOKALIKE_POSTS_PER_LOCALE = 80
PLAIN_POSTS_PER_LOCALE = 20
MEMBERS_PER_LOCALE = 30
KINDS = ("PERSON", "MEMBER", "PHONE", "EMAIL", "URL", "ADDRESS", "CARD", "IBAN", "SSN", "IP")
# primary kind of each labelled post, in turn (names and addresses weigh more)
_CYCLE = [
    "PERSON",
    "MEMBER",
    "PHONE",
    "ADDRESS",
    "EMAIL",
    "CARD",
    "IBAN",
    "SSN",
    "IP",
    "MIXED",
    "URL",
    "MEMBER",
    "CARD",
    "IBAN",
    "SSN",
    "IP",
    "PERSON",
    "ADDRESS",
    "PHONE",
    "MIXED",
]


@dataclass
class FourthPost:
    text: str
    locale: str
    items: list = field(default_factory=list)  # (kind, fragments, value)
    spans: list = field(default_factory=list)  # (kind, start, end)
    lookalikes: list = field(default_factory=list)
    lookalike_kinds: list = field(default_factory=list)
    pii_free: bool = False


# --- the leak rule ---------------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"\d(?:[\s\-./()\u00a0\u202f]{0,3}\d)*")


def _digit_runs(text: str) -> list[str]:
    return [re.sub(r"\D", "", m.group()) for m in _DIGIT_RUN.finditer(text)]


def _present(text: str, fragment: str, runs: list[str]) -> bool:
    tag, body = fragment[:2], fragment[2:]
    if tag == "d:":
        return any(body in run for run in runs)
    if tag == "s:":
        return body in text
    if tag in ("t:", "p:"):
        return re.search(rf"(?<![^\W_]){re.escape(body)}(?![^\W_])", text) is not None
    raise ValueError(f"unknown fragment {fragment!r}")


def leaked(redacted: str, fragments, background: str) -> bool:
    """True when a fragment of the value survives in ``redacted`` and is not in ``background``."""
    red_runs, bg_runs = _digit_runs(redacted), _digit_runs(background)
    return any(
        _present(redacted, f, red_runs) and not _present(background, f, bg_runs) for f in fragments
    )


def digit_windows(value: str) -> list[str]:
    """Four-digit windows of each number in the value, as the leak rule reads numbers."""
    return sorted(
        {f"d:{run[i : i + 4]}" for run in _digit_runs(value) for i in range(len(run) - 3)}
    )


def _chunks(text: str, minimum: int = 3) -> list[str]:
    return [c for c in re.split(r"[^0-9A-Za-zÀ-ÿ]+", text) if len(c) >= minimum]


# --- names -----------------------------------------------------------------------------------


def surname_tokens(surname: str) -> list[str]:
    words = re.split(r"[\s\-'’]+", surname)
    return [w for w in words if len(w) >= 3 and w.lower() not in people.PARTICLES]


def _particle_split(surname: str) -> tuple[str, str]:
    words = surname.split()
    i = 0
    while i < len(words) - 1 and words[i].lower() in people.PARTICLES:
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def render_name(
    rng: random.Random, locale: str, given: str, surname: str, female: bool, member: bool
):
    """A name as a post would write it; returns (text, t: fragments)."""
    lang = people.LANG[locale]
    fem, male, neutral = people.HONORIFICS[lang]
    shape = rng.random()
    if shape < 0.36:
        text = f"{given} {surname}"
    elif shape < 0.46:
        text = f"{given[0]}. {surname}"
    elif shape < 0.54:
        particle, core = _particle_split(surname)
        text = (
            f"{core}, {given} {particle}".rstrip()
            if lang == "nl" and particle
            else f"{surname}, {given}"
        )
    elif shape < 0.66:
        title = rng.choice((fem if female else male) + neutral)
        text = f"{title} {surname}" if rng.random() < 0.6 else f"{title} {given} {surname}"
    elif shape < 0.74:
        text = f"{given} {surname}".upper()
    elif shape < 0.80:
        text = f"{given} {surname}".lower()
    elif shape < 0.86:
        text = f"{surname.upper()} {given}"  # the administrative order of French and Italian forms
    elif shape < 0.93 and lang in ("en", "pt", "es") and not member:
        middle = rng.choice("ABCDEJKLMRST")
        text = f"{given} {middle}. {surname}"
    else:
        text = f"{given} {surname}"
    if text.isupper():
        toks = [t.upper() for t in surname_tokens(surname)]
    elif text.islower():
        toks = [t.lower() for t in surname_tokens(surname)]
    elif surname.upper() in text and surname.upper() != surname:
        toks = [t.upper() for t in surname_tokens(surname)]
    else:
        toks = surname_tokens(surname)
    toks = [t for t in toks if re.search(rf"(?<![^\W_]){re.escape(t)}(?![^\W_])", text)]
    return text, [f"t:{t}" for t in toks]


def _handle(rng: random.Random, given: str, surname: str) -> str:
    g = re.sub(r"[^a-z]", "", people.ascii_fold(given).lower())
    s = re.sub(r"[^a-z]", "", people.ascii_fold(surname).lower())
    style = rng.randrange(6)
    if style == 0:
        return g.capitalize() + s.capitalize()
    if style == 1:
        return f"{g}.{s}"
    if style == 2:
        return f"{g}_{s}"
    if style == 3:
        return f"{g[0]}{s}"
    if style == 4:
        return f"{s}.{g}"
    return f"{g}{s}{rng.randint(1, 99)}"


# --- e-mail and URLs -------------------------------------------------------------------------

_PLATFORM_WORDS = {
    "www",
    "https",
    "http",
    "com",
    "github",
    "linkedin",
    "calendly",
    "behance",
    "net",
    "medium",
    "substack",
    "about",
    "min",
    "30min",
    "in",
    "blog",
    "portfolio",
    "talks",
    "slides",
    "consulting",
    "design",
    "studio",
    "legal",
    "data",
    "photo",
    "coaching",
    "lab",
}


def email(rng: random.Random, locale: str, given: str, surname: str):
    g = re.sub(r"[^a-z]", "", people.ascii_fold(given).lower())
    s = re.sub(r"[^a-z]", "", people.ascii_fold(surname).lower())
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{s}.{g}",
            f"{g}{s}{rng.randint(70, 99)}",
            f"{g}_{s[0]}{s[1]}",
            f"{s}{g[0]}",
            f"{g}-{s}",
            f"{s}.{rng.randint(1, 9)}",
        ]
    )
    personal = rng.random() < 0.35
    if personal:
        label = rng.choice(
            [s, f"{s}-{rng.choice(['consulting', 'design', 'studio', 'legal', 'data'])}", f"{g}{s}"]
        )
        domain = f"{label}.{rng.choice(people.COUNTRY_TLD[locale] + people.ODD_TLDS[:6])}"
    else:
        label, domain = "", rng.choice(people.MAIL_PROVIDERS[locale])
    if rng.random() < 0.1:
        local = ".".join(p.capitalize() for p in local.split("."))
    frags = [f"s:{c}" for c in _chunks(local) if not c.isdigit()]
    if personal:
        frags += [f"s:{c}" for c in _chunks(label, 4) if c not in _PLATFORM_WORDS]
    frags = sorted(set(frags))
    if rng.random() < 0.15:
        at, dot = rng.choice(people.OBFUSCATION[people.LANG[locale]])
        return local + at + domain.replace(".", dot), frags
    return f"{local}@{domain}", frags


def url(rng: random.Random, locale: str, given: str, surname: str):
    g = re.sub(r"[^a-z]", "", people.ascii_fold(given).lower())
    s = re.sub(r"[^a-z]", "", people.ascii_fold(surname).lower())
    tld = rng.choice(people.COUNTRY_TLD[locale] + people.ODD_TLDS)
    hexpart = f"{rng.randint(0x1000, 0xFFFFFF):x}"
    style = rng.randrange(9)
    if style == 0:
        value = f"https://www.{g}{s}.{tld}"
    elif style == 1:
        value = f"{g}{s}.{tld}"
    elif style == 2:
        value = f"https://github.com/{g[0]}{s}"
    elif style == 3:
        value = f"linkedin.com/in/{g}-{s}-{hexpart}"
    elif style == 4:
        value = f"https://calendly.com/{g}-{s}/30min"
    elif style == 5:
        value = f"https://{s}-{rng.choice(['photo', 'design', 'coaching', 'lab'])}.{tld}/portfolio"
    elif style == 6:
        value = f"{g}{s}.substack.com"
    elif style == 7:
        value = f"https://www.behance.net/{g}_{s}"
    else:
        value = f"http://{s}.{tld}/talks/{rng.randint(2019, 2026)}-slides"
    host_and_path = re.sub(r"^https?://", "", value)
    frags = []
    for part in re.split(r"[/.]", host_and_path):
        for c in _chunks(part):
            if (
                c not in _PLATFORM_WORDS
                and not c.isdigit()
                and c not in tld.split(".")
                and c not in people.ODD_TLDS
            ):
                frags.append(f"s:{c}")
    return value, sorted(set(frags))


# --- look-alikes -----------------------------------------------------------------------------

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}

COMPANIES = {
    "en_US": [
        "Johnson & Johnson",
        "Procter & Gamble",
        "Walt Disney",
        "Hewlett-Packard",
        "Goldman Sachs",
        "Morgan Stanley",
        "Wells Fargo",
        "Ben & Jerry's",
    ],
    "en_GB": [
        "Marks & Spencer",
        "Sainsbury's",
        "Rolls-Royce",
        "Dyson",
        "Barclays",
        "Clarks",
        "Whitbread",
    ],
    "en_AU": ["Woolworths", "Harvey Norman", "David Jones", "Lowes Menswear", "Cotton On"],
    "en_CA": ["Tim Hortons", "Molson", "Bombardier", "Sobeys", "Irving Oil"],
    "en_IN": ["Tata Consultancy Services", "Mahindra", "Godrej", "Bajaj Auto", "Birla Carbon"],
    "en_IE": ["Guinness", "Jameson", "Smurfit Kappa", "Kerry Group", "Dunnes Stores"],
    "de_DE": [
        "Robert Bosch",
        "Siemens",
        "Porsche",
        "Dr. Oetker",
        "Miele",
        "Kärcher",
        "Faber-Castell",
    ],
    "fr_FR": ["Michelin", "Peugeot", "Renault", "Christian Dior", "Lacoste", "Citroën", "Hermès"],
    "it_IT": [
        "Ferrero",
        "Barilla",
        "Lamborghini",
        "Benetton",
        "Lavazza",
        "Giorgio Armani",
        "Olivetti",
    ],
    "es_ES": ["Mahou", "Puig", "Roca", "Loewe", "Freixenet", "Cola Cao"],
    "pt_BR": ["Gerdau", "Lojas Renner", "Odebrecht", "Klabin", "Ultrapar", "Marisa"],
    "nl_NL": ["Philips", "Heineken", "Albert Heijn", "Douwe Egberts", "Van Houten", "Verkade"],
}
_TAGS = {
    "en": ["#OpenToWork", "#Hiring", "#Leadership", "#DevOps", "#WomenInTech", "#FutureOfWork"],
    "de": ["#Nachhaltigkeit", "#Digitalisierung", "#Fachkräftemangel", "#NewWork", "#Ausbildung"],
    "fr": ["#Recrutement", "#TransformationDigitale", "#RSE", "#Alternance", "#Innovation"],
    "it": ["#Innovazione", "#LavoroAgile", "#Sostenibilità", "#Assunzioni", "#MadeInItaly"],
    "es": ["#Empleo", "#TransformaciónDigital", "#Liderazgo", "#Sostenibilidad", "#TalentoJoven"],
    "pt": ["#Vagas", "#Inovação", "#Diversidade", "#Liderança", "#Tecnologia"],
    "nl": ["#Vacature", "#Duurzaamheid", "#Innovatie", "#Werkgeluk", "#Techniek"],
}
_PRODUCTS = [
    "ThinkPad X1 Carbon Gen 11",
    "XPS 9530",
    "Model AX-4471-B",
    "SKU 88-2041-XL",
    "RTX 4090",
    "Series 7 controller",
    "Pixel 8 Pro",
    "Galaxy S24",
    "M2 Pro",
    "Model 3 Highland",
    "EX-220 router",
]
_EAN_PREFIX = {
    "en_US": "0",
    "en_CA": "06",
    "en_GB": "50",
    "en_IE": "539",
    "en_AU": "93",
    "en_IN": "890",
    "de_DE": "40",
    "fr_FR": "30",
    "it_IT": "80",
    "es_ES": "84",
    "pt_BR": "789",
    "nl_NL": "87",
}
_ISBN_GROUP = {"en": "1", "de": "3", "fr": "2", "it": "88", "es": "84", "pt": "85", "nl": "90"}


def _date(rng: random.Random, locale: str) -> str:
    lang = people.LANG[locale]
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    month = _MONTHS[lang].split()[m - 1]
    if locale == "en_US":
        return rng.choice(
            [
                f"{month} {d}, {y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{y % 100:02d}",
                f"{y}-{m:02d}-{d:02d}",
            ]
        )
    if lang == "en":
        return rng.choice(
            [
                f"{d} {month} {y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}th of {month}" if d in (4, 5, 6, 7, 8, 9) else f"{d} {month[:3]} {y}",
            ]
        )
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{d}.{m}.{y}"])
    if lang == "nl":
        return rng.choice([f"{d} {month} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"])
    if lang in ("es", "pt"):
        return rng.choice([f"{d} de {month} de {y}", f"{d:02d}/{m:02d}/{y}"])
    return rng.choice(
        [
            f"{d} {month} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}" if lang == "it" else f"{d} {month}",
        ]
    )


def _price(rng: random.Random, locale: str) -> str:
    whole = rng.choice([19, 49, 89, 149, 349, 1299, 2500, 12500])
    cents = rng.choice(["00", "90", "95", "99"])
    big = f"{whole:,}"
    if locale == "en_US":
        return rng.choice([f"${big}", f"${big}.{cents}", f"USD {big}"])
    if locale == "en_GB":
        return rng.choice([f"£{big}", f"£{big}.{cents}"])
    if locale == "en_AU":
        return rng.choice([f"A${big}", f"${big} AUD"])
    if locale == "en_CA":
        return rng.choice([f"${big} CAD", f"C${big}"])
    if locale == "en_IN":
        lakh = f"{whole * 40:,}"
        return rng.choice([f"₹{lakh}", f"Rs. {lakh}", f"INR {lakh}"])
    if locale == "en_IE":
        return rng.choice([f"€{big}", f"€{big}.{cents}"])
    eu = big.replace(",", ".")
    if locale == "fr_FR":
        return rng.choice([f"{big.replace(',', ' ')} €", f"{big.replace(',', ' ')},{cents} €"])
    if locale == "pt_BR":
        return rng.choice([f"R$ {eu},{cents}", f"R$ {eu}"])
    if locale == "nl_NL":
        return rng.choice([f"€ {eu},-", f"€ {eu},{cents}"])
    if locale == "it_IT":
        return rng.choice([f"€ {eu},{cents}", f"{eu} euro"])
    return rng.choice([f"{eu},{cents} €", f"{eu} €", f"EUR {eu}"])


def _version(rng: random.Random) -> str:
    a, b, c = rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 20)
    return rng.choice(
        [
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}",
            f"{rng.randint(2022, 2026)}.{b % 12 + 1}.{c}",
            f"v{a}.0.0-rc.{c % 4 + 1}",
        ]
    )


def _order(rng: random.Random, locale: str) -> str:
    y = rng.randint(2022, 2026)
    forms = [
        f"INV-{y}-{ids.digits(rng, 5)}",
        f"PO-{ids.digits(rng, 6)}",
        f"4500{ids.digits(rng, 6)}",
        f"{y}/{ids.digits(rng, 6)}",
        f"SO-{ids.digits(rng, 5)}-{rng.choice('ABC')}",
    ]
    if locale == "it_IT":
        forms.append(f"FT {ids.digits(rng, 3)}/{y}")
    if locale == "pt_BR":
        forms.append(f"{ids.digits(rng, 3)}.{ids.digits(rng, 3)}.{ids.digits(rng, 3)}")
    if locale == "de_DE":
        forms.append(f"RE-{y}-{ids.digits(rng, 4)}")
    return rng.choice(forms)


def _isbn(rng: random.Random, locale: str) -> str:
    group = _ISBN_GROUP[people.LANG[locale]]
    if rng.random() < 0.2 and len(group) == 1:
        body = group + ids.digits(rng, 8)
        check = ids.isbn10_digit(body)
        return f"{body[0]}-{body[1:4]}-{body[4:]}-{check}"
    body = "978" + group + ids.digits(rng, 9 - len(group))
    check = ids.ean13_digit(body)
    pub = 3 if len(group) == 1 else 2
    rest = body[3 + len(group) :]
    if rng.random() < 0.25:
        return body + check
    return f"978-{group}-{rest[:pub]}-{rest[pub:]}-{check}"


def _ean(rng: random.Random, locale: str) -> str:
    pre = _EAN_PREFIX[locale]
    body = pre + ids.digits(rng, 12 - len(pre))
    n = body + ids.ean13_digit(body)
    return n if rng.random() < 0.7 else f"{n[0]} {n[1:7]} {n[7:]}"


def _time(rng: random.Random, locale: str) -> str:
    h, m = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
    lang = people.LANG[locale]
    if locale == "en_US":
        return f"{h - 12 if h > 12 else h}:{m:02d} {'pm' if h >= 12 else 'am'}"
    if lang == "fr":
        return f"{h} h {m:02d}" if m else f"{h} h"
    if lang == "de":
        return f"{h}:{m:02d} Uhr"
    if lang == "nl":
        return f"{h}.{m:02d} uur"
    return f"{h}:{m:02d}"


def _pct(rng: random.Random, locale: str) -> str:
    whole, tenth = rng.randint(2, 48), rng.randint(1, 9)
    if people.LANG[locale] == "en":
        return f"{whole}.{tenth}%"
    if people.LANG[locale] in ("de", "fr"):
        return f"{whole},{tenth} %"
    return f"{whole},{tenth}%"


def lookalike(rng: random.Random, locale: str, slot: str) -> tuple[str, str]:
    lang = people.LANG[locale]
    if slot == "DATE":
        return _date(rng, locale), "DATE"
    if slot == "PRICE":
        return _price(rng, locale), "PRICE"
    if slot == "VER":
        return _version(rng), "VERSION"
    if slot == "ORD":
        return _order(rng, locale), "ORDER"
    if slot == "ISBN":
        return _isbn(rng, locale), "ISBN"
    if slot == "EAN":
        return _ean(rng, locale), "EAN"
    if slot == "TAG":
        return rng.choice(_TAGS[lang]), "HASHTAG"
    if slot == "CO":
        return rng.choice(COMPANIES[locale]), "COMPANY"
    if slot == "PROD":
        return rng.choice(_PRODUCTS), "PRODUCT"
    if slot == "ROAD":
        return rng.choice(ROADS[lang]), "STREETLIKE"
    if slot == "TIME":
        return _time(rng, locale), "TIME"
    if slot == "PCT":
        return _pct(rng, locale), "PERCENT"
    raise ValueError(slot)


# --- ids -------------------------------------------------------------------------------------


def national_id(
    rng: random.Random, locale: str, given: str, surname: str, female: bool
) -> tuple[str, str]:
    """(value, name of the id as the post calls it)."""
    names = people.ID_NAMES[locale]
    if locale == "en_US":
        return ids.us_ssn(rng), rng.choice(names)
    if locale == "en_GB":
        return ids.gb_nino(rng), rng.choice(names)
    if locale == "en_IE":
        return ids.ie_ppsn(rng), rng.choice(names)
    if locale == "en_AU":
        return ids.au_tfn(rng), rng.choice(names)
    if locale == "en_CA":
        return ids.ca_sin(rng), rng.choice(names)
    if locale == "en_IN":
        if rng.random() < 0.4:
            return ids.in_pan(rng, surname), "PAN"
        return ids.in_aadhaar(rng), rng.choice(names)
    if locale == "de_DE":
        return ids.de_steuer_id(rng), rng.choice(names)
    if locale == "fr_FR":
        return ids.fr_nir(rng), rng.choice(names)
    if locale == "it_IT":
        return ids.it_codice_fiscale(rng, surname, given, female), rng.choice(names)
    if locale == "es_ES":
        value = ids.es_dni(rng)
        return value, ("NIE" if value[0] in "XYZ" else "DNI")
    if locale == "pt_BR":
        return ids.br_cpf(rng), "CPF"
    if locale == "nl_NL":
        return ids.nl_bsn(rng), rng.choice(names)
    raise ValueError(locale)


def id_fragments(value: str) -> list[str]:
    frags = digit_windows(value)
    frags += [f"s:{run}" for run in re.findall(r"[A-Za-z]{4,}", value)]
    for chunk in re.findall(
        r"[0-9A-Za-z]{5,}", value
    ):  # letters and digits mixed: codice fiscale, PAN
        if not chunk.isdigit() and not chunk.isalpha():
            frags += [f"s:{chunk[i : i + 5]}" for i in range(len(chunk) - 4)]
    return sorted(set(frags))


def ip_fragments(value: str) -> list[str]:
    if ":" in value:
        groups = [g for g in value.split(":") if len(g) >= 3]
        return [f"s:{g}" for g in groups[1:]]
    if value.startswith("192.168."):  # the private prefix identifies no one: the host part does
        host = value.split(".", 2)[2]
        return [f"s:{host}"] + digit_windows(host)
    return digit_windows(value)


# --- assembly --------------------------------------------------------------------------------


class _Locale:
    """Per-locale draws: member names, non-member names, values."""

    def __init__(self, rng: random.Random, locale: str, member_tokens: set[str]):
        self.rng, self.locale, self.lang = rng, locale, people.LANG[locale]
        self.female, self.male = people.given_names(locale)
        self.member_surnames, self.person_surnames = people.surnames(locale)
        self.member_tokens = member_tokens
        self.members: list[tuple[str, str, bool]] = []

    def given(self) -> tuple[str, bool]:
        female = self.rng.random() < 0.5
        return self.rng.choice(self.female if female else self.male), female

    def make_members(self, taken: set[str]) -> list[str]:
        names = []
        while len(self.members) < MEMBERS_PER_LOCALE:
            given, female = self.given()
            if self.rng.random() < 0.25:
                surname = people.invented_surname(self.rng, self.locale)
            else:
                surname = self.rng.choice(self.member_surnames)
            display = f"{given} {surname}"
            if display in taken:
                continue
            taken.add(display)
            self.members.append((given, surname, female))
            names.append(display)
        return names

    def person(self) -> tuple[str, str, bool]:
        while True:
            given, female = self.given()
            if self.rng.random() < 0.35:
                surname = people.invented_surname(self.rng, self.locale)
            else:
                surname = self.rng.choice(self.person_surnames)
            toks = {t.lower() for t in surname_tokens(surname)}
            if toks and not toks & self.member_tokens:
                return given, surname, female


def _fill(loc: _Locale, template: str, items: list, lookalikes: list) -> str:
    """Fill the template's slots left to right; record (kind, fragments, value, start, end)."""
    rng, locale = loc.rng, loc.locale
    out: list[str] = []
    pos = 0
    for m in re.finditer(r"\{([A-Z0-9]+)\}", template):
        out.append(template[pos : m.start()])
        pos = m.end()
        slot = m.group(1)
        start = sum(len(s) for s in out)
        kind, frags = None, []
        if slot in ("P", "P2"):
            given, surname, female = loc.person()
            value, frags = render_name(rng, locale, given, surname, female, member=False)
            kind = "PERSON"
        elif slot in ("M", "M2"):
            given, surname, female = rng.choice(loc.members)
            value, frags = render_name(rng, locale, given, surname, female, member=True)
            kind = "MEMBER"
        elif slot in ("H", "H2"):
            given, surname, _ = rng.choice(loc.members)
            handle = _handle(rng, given, surname)
            value = "@" + handle
            frags = [f"s:{c}" for c in _chunks(handle)]
            kind = "MEMBER"
        elif slot == "PH":
            value = PHONES[locale](rng)
            frags, kind = digit_windows(value), "PHONE"
        elif slot == "E":
            given, surname, _ = loc.person()
            value, frags = email(rng, locale, given, surname)
            kind = "EMAIL"
        elif slot == "U":
            given, surname, _ = loc.person()
            value, frags = url(rng, locale, given, surname)
            kind = "URL"
        elif slot in ("A", "AL"):
            value, toks, postcode = ADDRESSES[locale](rng)
            if slot == "A":
                value = value.replace("\n", ", ")
            frags = [f"t:{t}" for t in toks] + [f"p:{postcode}"]
            kind = "ADDRESS"
        elif slot == "C":
            value = ids.card(rng)
            frags, kind = digit_windows(value), "CARD"
        elif slot == "IB":
            value = ids.iban(rng, rng.choice(people.IBAN_COUNTRIES[locale]))
            frags, kind = digit_windows(value), "IBAN"
        elif slot == "IP":
            value = ids.ip(rng)
            frags, kind = ip_fragments(value), "IP"
        else:
            value, la_kind = lookalike(rng, locale, slot)
            lookalikes.append((value, la_kind))
        out.append(value)
        if kind is not None:
            items.append((kind, frags, value, start, start + len(value)))
    out.append(template[pos:])
    return "".join(out)


def _labelled_post(loc: _Locale, kind: str) -> FourthPost:
    """A post whose primary kind is ``kind``; drawn again when two of its items share a
    fragment (two people of one surname), since such an item could never be scored as leaked."""
    while True:
        post = _draw_labelled_post(loc, kind)
        if all(
            leaked(post.text, frags, post.text.replace(value, " "))
            for _, frags, value in post.items
        ):
            return post


def _draw_labelled_post(loc: _Locale, kind: str) -> FourthPost:
    rng = loc.rng
    template = rng.choice(LABELLED[loc.lang][kind])
    items: list = []
    looks: list = []
    if "{ID}" in template:  # draw the id first: its name ({IDN}) depends on the value drawn
        given, surname, female = loc.person()
        value, id_name = national_id(rng, loc.locale, given, surname, female)
        head, tail = template.replace("{IDN}", id_name).split("{ID}")
        text_head = _fill(loc, head, items, looks)
        start = len(text_head)
        items.append(("SSN", id_fragments(value), value, start, start + len(value)))
        tail_items: list = []
        text_tail = _fill(loc, tail, tail_items, looks)
        offset = start + len(value)
        items += [(k, f, v, s + offset, e + offset) for k, f, v, s, e in tail_items]
        text = text_head + value + text_tail
    else:
        text = _fill(loc, template, items, looks)
    if rng.random() < 0.15:  # a look-alike sentence next to the PII
        extra_items: list = []
        extra = _fill(loc, rng.choice(LOOKALIKE[loc.lang]), extra_items, looks)
        text = text + rng.choice(["\n\n", " "]) + extra
    return _post(text, loc.locale, items, looks, pii_free=False)


def _post(text: str, locale: str, items: list, looks: list, pii_free: bool) -> FourthPost:
    post = FourthPost(text=text, locale=locale, pii_free=pii_free)
    for kind, frags, value, start, end in items:
        assert text[start:end] == value, (text, value)
        post.items.append((kind, list(frags), value))
        post.spans.append((kind, start, end))
    for value, kind in looks:
        post.lookalikes.append(value)
        post.lookalike_kinds.append(kind)
    return post


def make_fourth_set(seed: int = 4242) -> tuple[list[str], list[FourthPost]]:
    """Members (display names) and posts of every locale, deterministic in ``seed``."""
    locs = {}
    members: list[str] = []
    taken: set[str] = set()
    for locale in LOCALES:
        loc = _Locale(random.Random(f"fourth:{seed}:{locale}"), locale, set())
        members += loc.make_members(taken)
        locs[locale] = loc
    member_tokens = {t.lower() for name in members for t in surname_tokens(name.split(" ", 1)[1])}
    member_tokens |= {t.lower() for name in members for t in name.split()}
    posts: list[FourthPost] = []
    for locale, loc in locs.items():
        loc.member_tokens = member_tokens
        rng = loc.rng
        for i in range(LABELLED_PER_LOCALE):
            posts.append(_labelled_post(loc, _CYCLE[i % len(_CYCLE)]))
        for _ in range(LOOKALIKE_POSTS_PER_LOCALE):
            looks: list = []
            text = _fill(loc, rng.choice(LOOKALIKE[loc.lang]), [], looks)
            posts.append(_post(text, locale, [], looks, pii_free=True))
        for _ in range(PLAIN_POSTS_PER_LOCALE):
            plain = PLAIN[loc.lang]
            text = " ".join(rng.sample(plain, rng.choice([1, 2])))
            posts.append(_post(text, locale, [], [], pii_free=True))
    return members, posts
