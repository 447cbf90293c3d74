"""dev54 L: look-alikes kept by their standards, the PII beside them still redacted.

Measures and amounts written as a number and a unit of the SI, IEC 80000-13 or ISO 4217
(``lookalike_quantities``): a name rule read the unit letter as an initial ("415 V. Maintenance"),
an address rule read the unit as a street type ("62 cl. The") or the number as a house number
("Check 212 300 FCFA"). Made-up values only. Both directions: a house number's letter, a phone,
a person's surname and an address beside the same units stay redacted.

An ISBN-13 printed in its manual's five parts ("978-1-84356-241-2": prefix, one-digit check part,
GS1 check) is kept with no label (``lookalike_books``); a failed check or a phone word in its
sentence keeps it redacted.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_quantities import degree_unit, keep_quantities, unit_after_number

_RULES = Redactor.from_members([], name_tagger=False)
_DEFAULT = Redactor.from_members([], name_tagger=True)


def _both(text: str) -> list[str]:
    return [_RULES.redact(text).text, _DEFAULT.redact(text).text]


@pytest.mark.parametrize(
    "text",
    [
        "The syrup bottle holds 62 cl. The bar opens at six.",
        "Die Flasche fasst 7,5 cl. Die Gläser stehen bereit.",
        "La bouteille contient 33 cl.\nAttention au verre.",
        "Stamattina il cane aveva 39,4 °C.\nProprietario: grazie.",
        "Heute Abend hatte er 38,1 °C. Futter frisst er normal.",
        "Prévoir 212 300 FCFA avant la réunion.",
        "Pack 650 ml of water for the walk.",
        "Bitte 2,5 kWh ablesen und melden.",
    ],
)
def test_quantity_is_kept_whole(text: str) -> None:
    assert _both(text) == [text, text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit survives; the word the name rule read as a surname is still judged alone
        (
            "Der Kompressor braucht 415 V. Das Inkassobüro ruft an.",
            "Der Kompressor braucht 415 V. [NAME] ruft an.",
        ),
        # a real address after the quantity stays redacted, the quantity does not
        (
            "Le gâteau pèse 175 cl. Livraison au 41, rue des Tanneurs, 67000 Strasbourg",
            "Le gâteau pèse 175 cl. [ADDRESS]",
        ),
    ],
)
def test_quantity_is_cut_off_the_hit(text: str, expected: str) -> None:
    assert _RULES.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a house number's one-letter suffix is no unit in an address
        ("Schick es an Lindenweg 7 A, 04109 Leipzig.", "Schick es an [ADDRESS]."),
        # a phone's digits stay redacted whatever unit follows them
        ("Ring 0161 496 0738 kr tomorrow.", "Ring [PHONE] kr tomorrow."),
        # a listed surname after a unit letter is still a name
        ("Desk 4 J. Smith will attend.", "Desk 4 J. [NAME] will attend."),
        # and so is an unlisted one: only a degree's letter is never an initial
        ("Desk 4 K. Oyelaran will attend.", "Desk 4 K. [NAME] will attend."),
    ],
)
def test_pii_beside_a_unit_stays_redacted(text: str, expected: str) -> None:
    assert _RULES.redact(text).text == expected


def test_unit_after_number() -> None:
    text = "rated 230 V. Then 40,2 °C. Then A. Smith and 4A. B"
    assert unit_after_number(text, text.index("V.")) is True
    assert unit_after_number(text, text.index("C.")) is True
    assert unit_after_number(text, text.index("A. Smith")) is False  # no number before
    assert unit_after_number(text, text.index("A. B")) is False  # glued: a code, not a unit


def test_keep_quantities_spans() -> None:
    text = "Bring 500 ml now. Call 0161 496 0738 ml"
    hits = [("ADDRESS", 0, 9), ("PHONE", 23, 36), ("MEMBER", 6, 9)]
    # the address hit held only the quantity's number; other kinds are never changed
    assert keep_quantities(text, hits) == [("PHONE", 23, 36), ("MEMBER", 6, 9)]
    villa = "Villa 12, Oakfield\nDeposit of 430 000 XOF. Thanks"
    assert keep_quantities(villa, [("ADDRESS", 0, 40)]) == [("ADDRESS", 0, 29)]


def test_degree_unit() -> None:
    text = "It read 38,6 °C. Then 4 K. Oyelaran"
    assert degree_unit(text, text.index("C.")) is True
    assert degree_unit(text, text.index("K.")) is False


def test_a_word_after_a_number_is_no_unit() -> None:
    text = "Wi-Fi box 7590 Brandt"
    assert unit_after_number(text, text.index("Brandt")) is False
    assert keep_quantities(text, [("NAME", 15, 21)]) == [("NAME", 15, 21)]


@pytest.mark.parametrize(
    "text",
    [
        "Per the handbook, 978-2-204-07215-1.",
        "It was logged as 978-1-84356-241-2.",
        "Marked as 978 1 84356 241 2 in the file.",
    ],
)
def test_isbn13_in_its_five_parts_is_kept_without_a_label(text: str) -> None:
    assert _both(text) == [text, text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the check digit fails: no ISBN, a number like any other
        ("It was logged as 978-1-84356-241-3.", "It was logged as [PHONE]."),
        # a phone word in its sentence keeps it redacted (fail closed)
        ("Call me on 978-1-84356-241-2 tonight.", "Call me on [PHONE] tonight."),
        ("Mi teléfono: 979-1-234-56789-6", "Mi teléfono: [PHONE]"),
    ],
)
def test_isbn13_shape_without_its_proof_stays_redacted(text: str, expected: str) -> None:
    assert _both(text) == [expected, expected]
