"""Seeded synthetic posts with labelled PII and look-alikes, for evaluation and benchmarks.

Written apart from the detectors and on purpose with other word lists and formats than the
tests, so the evaluation is not a replay of the rules. Every value is fake: names are
recombined from lists, numbers are random (with valid checksums where the type has one).
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass, field

FIRST = (
    "Amélie Bjørn Chiara Dmitri Efua Farhan Greta Hyun-woo Ingrid Jorge Kalani Lucía Mateus "
    "Nasrin Olúwadámilọ́lá Pieter Quentin Rosalind Siddharth Thuy Ulrike Valentín Wiremu "
    "Xóchitl Yusuf Zofia Renée Søren Zoë Ángel Björn François Małgorzata Tomás"
).split()
LAST = (
    "Abernathy|Brännström|Castellanos|Dufresne|Eze|Fitzgerald|Gruber|Halvorsen|Iyer|Jiménez|"
    "Kowalczyk|Lindqvist|Moreau|Nakamura|Oyelaran|Pellegrini|Quiñones|Rasmussen|Szabó|"
    "Tremblay|Ueda|Vasquez|Wójcik|Xu|Yilmaz|Zimmermann|O'Connell|Müller|Nørgaard|da Silva"
).split("|")
# Non-member people: a different pool again, to measure the heuristics on names they never saw.
OTHER_FIRST = (
    "Michael Sarah Ananya Kenji Fatima Olivia Lukas Camille Rajesh Emily Carlos Hannah "
    "Mohammed Sophie David Aisha"
).split()
OTHER_LAST = (
    "Thompson Okonkwo Raman Tanaka Haddad Bennett Schneider Laurent Menon Gallagher Ferreira "
    "Novak Rahman Dubois Park"
).split()
WORDS = ["orbit", "lumen", "pixel", "harbor", "quartz", "maple", "nimbus", "cobalt", "ember"]
STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lake", "Hillcrest", "Sunset", "Highland"]
US_SUFFIX = ["Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Boulevard", "Blvd", "Drive", "Lane"]
CITIES = [("Portland", "OR"), ("Austin", "TX"), ("Columbus", "OH"), ("Raleigh", "NC")]
UK_STREETS = ["Station Road", "Church Lane", "Victoria Street", "Mill Close", "Park Crescent"]
UK_TOWNS = [("Leeds", "LS1 4AP"), ("Bristol", "BS8 1TH"), ("Manchester", "M14 5RB")]
DE_STREETS = (
    "Lindenstraße Goethestr. Bahnhofstraße Schillerweg Marktplatz Rosenallee Kirchgasse"
).split()
DE_CITIES = [("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("01067", "Dresden")]

LOOKALIKES = (
    "in {year}|Q{q} {year}|FY{yy}|{pct}%|up {pct}.{d}%|${m}.{d}M|€{k}k|£{k},{ddd}|"
    "v{d}.{d}.{dd}|Python 3.{dd}|Node 2{d}|#{tag}|{k} attendees|{k},{ddd} downloads|9-to-5|"
    "24/7|{h}:{mm}|{h}:{mm} am|{year}-{mo}-{day}|{day}.{mo}.{year}|{mo}/{day}/{year}|"
    "ISBN 978-0-306-40615-7|10^{d}|{d}x faster|1 000 000 users|{year}-{year2}|GPT-{d}|"
    "iPhone 1{d}|Windows 11|AWS|Kubernetes|Microsoft Teams|Google Docs|Salesforce|Series B|"
    "top {dd}|ranked #{d}|{d}/{dd} split|Figma|Stripe|3M|7-Eleven|RTX {d}090|p < 0.0{d}|"
    "HTTP 404|room {ddd}|chapter {dd}|{k} km|PR #{ddd}{d}"
).split("|")
TAGS = ["hiring", "OpenToWork", "leadership", "DataScience", "remotework", "AI", "careers"]


@dataclass
class Example:
    """One synthetic post: labelled PII spans and look-alike spans that must survive."""

    text: str = ""
    pii: list[tuple[str, int, int]] = field(default_factory=list)
    lookalikes: list[tuple[int, int]] = field(default_factory=list)
    locale: str = ""

    def add(self, piece: str, label: str | None = None) -> None:
        start = len(self.text)
        self.text += piece
        if label == "LOOKALIKE":
            self.lookalikes.append((start, len(self.text)))
        elif label:
            self.pii.append((label, start, len(self.text)))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for check in string.digits:
        total = 0
        for i, ch in enumerate(reversed(body + check)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return body + check
    raise AssertionError("unreachable")


def email(rng: random.Random, person: tuple[str, str]) -> str:
    first, last = (_ascii(p).lower().replace(" ", "").replace("'", "") for p in person)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first}+news",
            f"{last}.{first[0]}",
        ]
    )
    domain = rng.choice(WORDS) + rng.choice(["mail", "labs", "", "-co"])
    tld = rng.choice(["com", "io", "co.uk", "de", "org", "fr", "com.br", "in"])
    style = rng.randrange(7)
    if style == 0:
        return f"{local}@{domain}.{tld}".upper()
    if style == 1:
        return f"{local} [at] {domain} [dot] {tld.replace('.', ' [dot] ')}"
    if style == 2:
        return f"{local}(at){domain}.{tld}"
    if style == 3:
        return f"{local} at {domain} dot {tld.replace('.', ' dot ')}"
    if style == 4:
        return f"{local}@{domain}\u200b.{tld}"
    return f"{local}@{domain}.{tld}"


def phone(rng: random.Random) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    a = str(rng.randint(2, 9)) + d(2)
    return rng.choice(
        [
            f"({a}) {rng.randint(2, 9)}{d(2)}-{d(4)}",
            f"{a}-{rng.randint(2, 9)}{d(2)}-{d(4)}",
            f"+1 {a} {rng.randint(2, 9)}{d(2)} {d(4)}",
            f"1.{a}.{rng.randint(2, 9)}{d(2)}.{d(4)}",
            f"+44 7{d(3)} {d(6)}",
            f"07{d(3)} {d(3)} {d(3)}",
            f"+44 (0)20 {d(4)} {d(4)}",
            f"+49 30 {d(8)}",
            f"0171 {d(7)}",
            f"+49 (0) 89 {d(3)} {d(4)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            f"+91 9{d(4)} {d(5)}",
            f"+91-98{d(3)}-{d(5)}",
            f"+55 11 9{d(4)}-{d(4)}",
            f"(21) 9{d(4)}-{d(4)}",
            f"+61 4{d(2)} {d(3)} {d(3)}",
            f"+1-{a}-{rng.randint(2, 9)}{d(2)}-{d(4)} ext. {d(3)}",
        ]
    )


def url(rng: random.Random, handle: str) -> str:
    w = rng.choice(WORDS)
    return rng.choice(
        [
            f"https://www.linkedin.com/in/{handle}/",
            f"linkedin.com/in/{handle}",
            f"https://{w}.dev/blog/{rng.randint(2019, 2026)}/{w}-{rng.choice(WORDS)}?utm_source=li",
            f"http://{w}-{rng.choice(WORDS)}.co.uk/about",
            f"www.{w}{rng.randint(1, 9)}.net",
            f"github.com/{handle}",
            f"{w}.io/team/{handle}",
            f"https://calendly.com/{handle}/30min",
        ]
    )


def ip(rng: random.Random) -> str:
    if rng.random() < 0.5:
        v4 = ".".join(str(rng.randint(0, 255)) for _ in range(4))
        return v4 + (f"/{rng.choice([8, 16, 24])}" if rng.random() < 0.2 else "")
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    style = rng.randrange(3)
    if style == 0:
        return ":".join(groups)
    if style == 1:
        return f"2001:db8::{groups[0]}:{groups[1]}"
    return f"fe80::{groups[2]}:{groups[3]}:{groups[4]}"


def card(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 3:
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    n = _luhn_complete(["4", "51", "55", "6011"][kind if kind < 2 else rng.choice([2, 3])], 16, rng)
    sep = rng.choice([" ", "-", ""])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random) -> str:
    country, length = rng.choice(
        [
            ("DE", 22),
            ("GB", 22),
            ("FR", 27),
            ("ES", 24),
            ("NL", 18),
            ("IT", 27),
            ("BE", 16),
            ("CH", 21),
            ("AT", 20),
            ("PL", 28),
        ]
    )
    bban = _digits(rng, length - 4)
    if country in ("GB", "NL"):
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + bban[4:]
    numeric = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    compact = f"{country}{98 - numeric % 97:02d}{bban}"
    if rng.random() < 0.4:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ssn(rng: random.Random) -> tuple[str, str]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    style = rng.randrange(3)
    if style == 2:
        return "SSN ", "".join(value)
    return rng.choice(["SSN: ", "social security number ", "my ssn is "]), (
        "-" if style == 0 else " "
    ).join(value)


def address(rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        city, state = rng.choice(CITIES)
        unit = rng.choice(["", f", Apt {rng.randint(1, 30)}", f" Suite {rng.randint(100, 999)}"])
        return (
            f"{rng.randint(1, 9999)} {rng.choice(STREETS)} {rng.choice(US_SUFFIX)}{unit}, "
            f"{city}, {state} {_digits(rng, 5)}"
        )
    if style == 1:
        town, postcode = rng.choice(UK_TOWNS)
        return f"{rng.randint(1, 250)} {rng.choice(UK_STREETS)}, {town} {postcode}"
    plz, city = rng.choice(DE_CITIES)
    return (
        f"{rng.choice(DE_STREETS)} {rng.randint(1, 120)}{rng.choice(['', 'a', 'b'])}, {plz} {city}"
    )


def _ascii(text: str) -> str:
    table = str.maketrans({"ø": "o", "ł": "l", "Ø": "O", "Ł": "L", "ọ": "o"})
    decomposed = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def member_variant(rng: random.Random, person: tuple[str, str]) -> str:
    """A member's name as people type it: case, accents dropped, slug handles."""
    first, last = person
    full = f"{first} {last}"
    slug_first, slug_last = (_ascii(p).lower().replace(" ", "").replace("'", "") for p in person)
    return rng.choice(
        [
            full,
            full.lower(),
            full.upper(),
            _ascii(full),
            _ascii(full).lower(),
            f"{slug_first}.{slug_last}",
            f"{slug_first}-{slug_last}",
            full.title(),
        ]
    )


def lookalike(rng: random.Random) -> str:
    return rng.choice(LOOKALIKES).format(
        year=rng.randint(1990, 2030),
        year2=rng.randint(2031, 2040),
        yy=rng.randint(19, 30),
        q=rng.randint(1, 4),
        pct=rng.randint(1, 99),
        d=rng.randint(1, 9),
        dd=rng.randint(10, 99),
        ddd=rng.randint(100, 999),
        m=rng.randint(1, 99),
        k=rng.randint(2, 950),
        tag=rng.choice(TAGS),
        h=rng.randint(1, 12),
        mm=f"{rng.randint(0, 59):02d}",
        mo=f"{rng.randint(1, 12):02d}",
        day=f"{rng.randint(1, 28):02d}",
    )


# (lead-in, label, tail): the PII value goes between lead-in and tail.
_TEMPLATES = {
    "EMAIL": ["Drop me a line at ", "Questions? Write to ", "Reach our recruiter: "],
    "PHONE": ["Call me on ", "WhatsApp: ", "You can reach the front desk at ", "Ring "],
    "URL": ["My portfolio is ", "Details here: ", "Connect with me (", "Slides: "],
    "IP": ["Our staging box sits at ", "Blocked traffic from ", "ssh into "],
    "CARD": ["Someone charged my card ", "Pay with ", "Card on file: "],
    "IBAN": ["Send the deposit to ", "Bank details: ", "IBAN "],
    "ADDRESS": ["Our new office is at ", "Ship it to ", "Come by "],
    "MEMBER": ["Huge thanks to ", "Great session with ", "Loved working with ", "Kudos "],
    "MENTION": ["Shout-out to ", "As ", "Ask "],
    "PERSON": ["Thrilled to welcome ", "Our keynote speaker is ", "Had coffee with "],
}
_TAILS = [" this week.", "!", " if you are interested.", ", it was great.", ". ", " - anyway."]
_FILLER = [
    "We shipped the new onboarding flow",
    "Revenue grew",
    "Our team hit",
    "The release notes cover",
    "Hiring is open",
    "I spent the weekend refactoring",
    "Benchmarks improved",
    "Meetup recap",
]


def make_members(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Distinct (first, last) member names, accents and all."""
    people = {(rng.choice(FIRST), rng.choice(LAST)) for _ in range(n * 3)}
    return sorted(people)[:n]


def make_examples(*, seed: int, n: int) -> tuple[list[str], list[Example]]:
    """``n`` labelled posts and the member directory (display names) they refer to."""
    rng = random.Random(seed)
    members = make_members(rng, 60)
    kinds = list(_TEMPLATES)
    examples: list[Example] = []
    for i in range(n):
        ex = Example()
        ex.add(f"{rng.choice(_FILLER)} ")
        ex.add(lookalike(rng), "LOOKALIKE")
        ex.add(". ")
        kind = kinds[i % len(kinds)]
        person = rng.choice(members)
        handle = _ascii(f"{person[0]}-{person[1]}").lower().replace(" ", "").replace("'", "")
        ex.add(rng.choice(_TEMPLATES[kind]))
        if kind == "EMAIL":
            ex.add(email(rng, person), "EMAIL")
        elif kind == "PHONE":
            ex.add(phone(rng), "PHONE")
        elif kind == "URL":
            ex.add(url(rng, handle), "URL")
        elif kind == "IP":
            ex.add(ip(rng), "IP")
        elif kind == "CARD":
            ex.add(card(rng), "CARD")
        elif kind == "IBAN":
            ex.add(iban(rng), "IBAN")
        elif kind == "ADDRESS":
            ex.add(address(rng), "ADDRESS")
        elif kind == "MEMBER":
            ex.add(member_variant(rng, person), "MEMBER")
        elif kind == "MENTION":
            ex.add(
                "@" + rng.choice([handle, handle.replace("-", "_"), rng.choice(WORDS) + "_hq"]),
                "MENTION",
            )
        else:
            ex.add(f"{rng.choice(OTHER_FIRST)} {rng.choice(OTHER_LAST)}", "PERSON")
        ex.add(rng.choice(_TAILS))
        if i % 3 == 0:
            cue, value = ssn(rng)
            ex.add(f" {cue}")
            ex.add(value, "SSN")
            ex.add(" on the form")
        ex.add(f" {rng.choice(_FILLER).lower()} ")
        ex.add(lookalike(rng), "LOOKALIKE")
        ex.add(".")
        examples.append(ex)
    return [f"{first} {last}" for first, last in members], examples
