"""A held-out labelled set built with Faker, which the detection rules are never tuned on.

``synthetic.py`` was written beside the detectors; this generator draws names, addresses,
phones and companies from Faker's locale providers (twelve locales, seeded), with its own
sentence templates and look-alikes, so its score estimates recall on text the rules never saw.
Faker is a dev-only dependency: it is imported on first use.
"""

from __future__ import annotations

import random
from datetime import datetime

from trainer_dev.redaction_sets.synthetic import Example

_DATES_UNTIL = datetime(2026, 1, 1)  # Faker's dates run up to now unless bounded

LOCALES = (
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pt_BR",
    "en_IN",
    "en_AU",
    "en_CA",
    "fr_CA",
)

# (lead-in, tail) per type: the value goes between them. Worded apart from synthetic.py.
_TEMPLATES = {
    "EMAIL": ["For the full deck, email ", "CV to ", "Contact: "],
    "PHONE": ["Text me at ", "Hotline ", "Tel. "],
    "URL": ["Read the write-up at ", "Portfolio -> ", "Sign up via "],
    "IP": ["The server at ", "Requests came from ", "Whitelisted "],
    "CARD": ["Charged twice on ", "My card number ", "Refund to "],
    "IBAN": ["Wire it to ", "Account: ", "Transfer to IBAN "],
    "SSN": ["SSN ", "my social security number is ", "Social: "],
    "ADDRESS": ["We moved to ", "Visit us at ", "The workshop is held at ", "Deliver to "],
    "ADDRESS_FULL": ["Mail the signed forms to ", "Our office: ", "Find us at "],
    "MEMBER": ["Big thanks to ", "Paired with ", "Learned a lot from "],
    "MENTION": ["cc ", "Props to ", "Ping "],
    "PERSON": ["Today I met ", "Interview with ", "Congrats to ", "Presented with "],
}
_TAILS = [" yesterday.", ".", " - cheers!", ", let me know.", " (DM for details).", " asap."]
_LEADS = [
    "Quick update from the team",
    "Some news",
    "After a long quarter",
    "Reflecting on this year",
    "Announcement",
    "Small win today",
]
# Look-alikes in shapes synthetic.py does not use; {company} and friends come from Faker.
_LOOKALIKES = [
    "3 Simple Ways to lead",
    "10 Lessons I learned",
    "2024 Apple Park keynote",
    "7 Habits of great teams",
    "12 Rules for hiring",
    "100 Days of Code",
    "4 Key Points",
    "5 Minute Read",
    "2 Green Lights",
    "25 Best Places to Work",
    "50 Under 50 list",
    "3 Quick Wins",
    "6 Open Roles",
    "top 3 picks",
    "{company}",
    "{company} raised {money}",
    "{pct}% growth",
    "in {year}",
    "Q{q} {year}",
    "{money}",
    "v{a}.{b}.{c}",
    "{count} members",
    "#{word}",
    "at {hh}:{mm}",
    "{date}",
    "Series {series}",
]


def _faker(locale: str, seed: int):
    try:
        from faker import Faker
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit("the held-out set needs Faker: pip install -e '.[dev]'") from exc
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def _one_line(value: str) -> str:
    return ", ".join(part.strip() for part in value.splitlines() if part.strip())


def _lookalike(rng: random.Random, fake) -> str:
    template = rng.choice(_LOOKALIKES)
    return template.format(
        company=_one_line(fake.company()),
        money=rng.choice(["$", "€", "£"]) + f"{rng.randint(1, 999)}{rng.choice(['k', 'M', ''])}",
        pct=rng.randint(1, 99),
        year=rng.randint(1990, 2030),
        q=rng.randint(1, 4),
        a=rng.randint(0, 9),
        b=rng.randint(0, 30),
        c=rng.randint(0, 99),
        count=f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}",
        word=rng.choice(["buildinpublic", "Hiring", "MLOps", "womenintech", "Growth"]),
        hh=rng.randint(0, 23),
        mm=f"{rng.randint(0, 59):02d}",
        date=fake.date(end_datetime=_DATES_UNTIL),  # fixed, so the set is the same every day
        series=rng.choice("ABCD"),
    )


def _value(kind: str, fake, rng: random.Random, member: str) -> str:
    if kind == "EMAIL":
        return fake.email()
    if kind == "PHONE":
        return fake.phone_number()
    if kind == "URL":
        return rng.choice([fake.url(), fake.uri(), f"linkedin.com/in/{fake.user_name()}"])
    if kind == "IP":
        return fake.ipv4() if rng.random() < 0.6 else fake.ipv6()
    if kind == "CARD":
        return fake.credit_card_number()
    if kind == "IBAN":
        return fake.iban()
    if kind == "SSN":
        return fake.ssn()
    if kind == "ADDRESS":
        return _one_line(fake.street_address())
    if kind == "ADDRESS_FULL":
        return _one_line(fake.address())
    if kind == "MEMBER":
        return member
    if kind == "MENTION":
        return "@" + fake.user_name()
    return f"{fake.first_name()} {fake.last_name()}"


def make_heldout(*, seed: int, n: int) -> tuple[list[str], list[Example]]:
    """``n`` labelled posts and the member directory they refer to, from Faker (12 locales)."""
    rng = random.Random(seed)
    fakers = {loc: _faker(loc, seed * 100 + i) for i, loc in enumerate(LOCALES)}
    members = sorted(
        {f"{f.first_name()} {f.last_name()}" for f in fakers.values() for _ in range(8)}
    )
    kinds = list(_TEMPLATES)
    examples: list[Example] = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        locale = "en_US" if kind == "SSN" else rng.choice(LOCALES)
        fake = fakers[locale]
        ex = Example(locale=locale)
        ex.add(f"{rng.choice(_LEADS)}: ")
        ex.add(_lookalike(rng, fake), "LOOKALIKE")
        ex.add(". ")
        ex.add(rng.choice(_TEMPLATES[kind]))
        ex.add(_value(kind, fake, rng, rng.choice(members)), kind)
        ex.add(rng.choice(_TAILS))
        ex.add(" Also: ")
        ex.add(_lookalike(rng, fake), "LOOKALIKE")
        ex.add(".")
        examples.append(ex)
    return members, examples
