"""Companies named after people stay; people do not (issue 10: look-alikes kept >= 0.995).

The list is trainer/redact/eponymous_companies.txt (hand-written, header says so). A listed name
stays in company frames; an honorific or a salutation before it makes it a person again. Company
evidence (shares of, CEO of, at ... as, legal forms, trade words) keeps names no list holds.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.names import word_list

FRAMES = [
    "Please reference {} on the invoice.",
    "Great read: {}, second edition.",
    "Order {} arrived on time.",
    "Booked the offsite through {}.",
    "We switched our supplier to {} last year.",
    # Not after a person cue ("Grazie a {}", "Merci à {}"): there a name that is also a
    # listed company is redacted, since a person of that name is as likely (fail closed).
    "{} opened a new store in Berlin.",
]
EPONYMS = sorted(word_list("eponymous_companies.txt"))


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(["Greta Solvangen", "Joost Raadsveld"], name_tagger=False)


def test_listed_companies_survive_in_company_frames(redactor):
    texts = [frame.format(name) for name in EPONYMS for frame in FRAMES]
    changed = [t for t in texts if redactor.redact(t).text != t]
    assert len(changed) / len(texts) <= 0.005, changed[:20]


@pytest.mark.parametrize(
    "text",
    [
        "Obrigado a Casas Bahia pela entrega.",
        "Drinks met Albert Heijn collega's.",
        "Bought a suit at Hugo Boss today.",
        "Please reference Thomas Cook on the invoice.",
        "Booked the offsite through Tim Hortons.",
        "Great read: Hunter Douglas, second edition.",
        "Order Del Monte Foods arrived on time.",
        "Estée Lauder launched a new serum.",
        # Company evidence, no list needed.
        "Shares of Brandt Hollister rose 5%.",
        "Maren Lindqvist shares fell 3% on Monday.",
        "She is CEO of Vaillant Coulon now.",
        "He started at Brandt Hollister as a designer.",
        "Marten Vossberg GmbH is hiring.",
        "Vaillant Coulon SARL raised €5M.",
        "Anna Schmidt & Peter Weber GmbH won the tender.",
        "Brandt Hollister & Sons opened in Leeds.",
        "Ernst & Young audited the accounts.",
    ],
)
def test_company_kept(redactor, text):
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Ralph Lauren,", "Dear [NAME],"),
        ("Hi Tommy Hilfiger!", "Hi [NAME]!"),
        ("Mr Ford said hi", "Mr [NAME] said hi"),
        ("Sehr geehrter Herr Albert Heijn", "Sehr geehrter Herr [NAME]"),
        ("I met Maria Lopez at the bar as planned", "I met [NAME] at the bar as planned"),
        ("Maria Lopez shared the slides", "[NAME] shared the slides"),
        ("Dear Mr. Hollister, the shares", "Dear Mr. [NAME], the shares"),
        ("Booked the offsite through Maria Lopez.", "Booked the offsite through [NAME]."),
        # A listed one-word company inside a person's name is the person's surname.
        ("Interview with Thomas Leclerc yesterday.", "Interview with [NAME] yesterday."),
        ("Interview with Steven Torres - cheers!", "Interview with [NAME] - cheers!"),
        ("La Sra. Torres llegó.", "La Sra. [NAME] llegó."),
        # "&" joins two people as well as two founders.
        ("Lisa Meyer & Tom Becker joined", "[NAME] & [NAME] joined"),
        ("Thanks to Maria Lopez & Jose Garcia!", "Thanks to [NAME] & [NAME]!"),
    ],
)
def test_person_cue_makes_a_person(redactor, text, expected):
    assert redactor.redact(text).text == expected


def test_member_named_like_a_company_is_redacted():
    """The member dictionary does not consult the company list: a member's name goes."""
    redactor = Redactor.from_members(["David Jones"], name_tagger=False)
    assert redactor.redact("Lunch with David Jones today").text == "Lunch with [NAME] today"


@pytest.mark.parametrize(
    "text, surname",
    [
        ("Thanks to Paul Smith for the great talk yesterday.", "Smith"),
        ("Paul Smith joined our team as CTO.", "Smith"),
        ("Congratulations to Hugo Boss on the new role!", "Boss"),
        ("Merci à Pierre Cardin pour son accueil.", "Cardin"),
        ("Grazie a Giorgio Armani per il supporto.", "Armani"),
        ("Thanks Tommy Hilfiger for the jacket deal.", "Hilfiger"),
        ("thanks Morgan Stanley", "Stanley"),
    ],
)
def test_a_person_cue_makes_a_listed_company_name_a_person(text: str, surname: str) -> None:
    # People share names with listed companies: with a person cue before or a person verb
    # after, the name is redacted (fail closed); without one it stays (documented limit).
    out = Redactor.from_members([], name_tagger=False).redact(text).text
    assert surname not in out and "[NAME]" in out, out


def test_a_listed_company_name_without_a_person_cue_stays() -> None:
    text = "Our new collection at Hugo Boss stores, and a weekend at Paul Smith."
    assert Redactor.from_members([], name_tagger=False).redact(text).text == text
