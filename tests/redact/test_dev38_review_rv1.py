"""Review of the thirty-eighth round's id, phone, look-alike and register keeps (rv1): each
defect's input pinned to its fixed output beside the rule's intended case. Values made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.lookalike_labelled_codes import labelled_code_spans

TAGGED = Redactor.from_members([])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article number's label names no card, IBAN, id or phone after it
        ("Ref. 4111111111111111", "Ref. [CARD]"),
        ("SKU 4111-1111-1111-1111", "SKU [CARD]"),
        ("Ref. DE89370400440532013000", "Ref. [IBAN]"),
        ("P/N 44051401359", "P/N [ID]"),
        ("Ref. 601-234-567", "Ref. [PHONE]"),
        # the rule's case: a URL rule's hit on the label "Art.nr" still goes
        ("Het artikelnummer is Art.nr. 32-517-RED. Met vriendelijke groet.", None),
    ],
)
def test_article_number_label_keeps_only_itself(text: str, expected: str | None) -> None:
    assert TAGGED.redact(text).text == (expected or text)


def test_article_number_span_is_the_label() -> None:
    assert labelled_code_spans("SKU 4111-1111-1111-1111") == [(0, 4)]
    assert labelled_code_spans("Art.nr. 32-517-RED") == [(0, 8)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English sole trader beside a Polish NIP; a Polish "ma" (has) is no possessive
        (
            "The shop belongs to a sole trader, NIP 1234563218.",
            "The shop belongs to a sole trader, NIP [ID].",
        ),
        ("Sklep ma NIP 5260250274.", None),
        # a worker's NIF or EIN beside a company word: the person named after the value
        (
            "A empresa registou o NIF 212345672 do trabalhador.",
            "A empresa registou o NIF [ID] do trabalhador.",
        ),
        (
            "The company asked for the EIN 66-1234567 of the new employee.",
            "The company asked for the EIN [PHONE] of the new employee.",
        ),
        ("Entidade empregadora: NIF 212345674", None),
        ("A empresa registou o NIF 212345672 do fornecedor.", None),
        # a Colombian person's NIT (a cédula) beside a company word; a firm's 9-opening NIT
        (
            "La empresa pidió el NIT 79123456-7 del contratista.",
            "La empresa pidió el NIT [PHONE] del contratista.",
        ),
        ("La empresa pidió el NIT 900123456-7.", None),
        ("Empleador: NIT 12345678901", None),
        # a store owner's name in the sentence: the EIN is a sole trader's
        ("Store owner Sofia Marchetti, EIN 66-1234567", "Store owner [NAME], EIN [PHONE]"),
        ("Shop: EIN 66-1234567", None),
    ],
)
def test_registers_a_person_holds_stay_redacted(text: str, expected: str | None) -> None:
    assert TAGGED.redact(text).text == (expected or text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count's label names the number; a bare value handed over still goes
        ("Population in 2023: 8336817", None),
        ("Habitantes en 2023: 3332035", None),
        ("Visitors last year: 2345678", None),
        ("For the file: 3081726", "For the file: [ID]"),
        # a model's name and its number opening a sentence; an id's code still goes
        ("GTX1080 is old but fine.", None),
        ("RTX4090 is a great card for training.", None),
        ("RT7KQ2XW is what I have on the card.", "[ID] is what I have on the card."),
        ("KB730215 is what I have on the card.", "[ID] is what I have on the card."),
    ],
)
def test_bare_values_named_by_a_count_or_a_model(text: str, expected: str | None) -> None:
    assert TAGGED.redact(text).text == (expected or text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an issue between the calling word and the number names the number
        ("Please contact support about issue 4823917.", None),
        # the rule's case: a phone word a few words of its clause before the number
        (
            "Zavolejte mi na 241.507.836, kdyby kurýr nenašel vchod.",
            "Zavolejte mi na [PHONE], kdyby kurýr nenašel vchod.",
        ),
        ("Please contact support about 4823917.", "Please contact support about [PHONE]."),
    ],
)
def test_phone_reach_stops_at_an_issue_word(text: str, expected: str | None) -> None:
    assert TAGGED.redact(text).text == (expected or text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card's brand and its last digits after a card key stay a card
        ("Card: Visa-1234", "Card: [CARD]"),
        ("Karte: MC-5678", "Karte: [CARD]"),
        # the rule's case: a lettered reference after "carta" (a letter in es/pt) survives
        ("> Figura en la carta: CASE-48820.", None),
    ],
)
def test_card_key_brand_and_last_digits(text: str, expected: str | None) -> None:
    assert TAGGED.redact(text).text == (expected or text)
