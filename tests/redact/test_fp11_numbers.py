"""fp11: version/build numbers after their cue, order numbers by the cue's language, and order
numbers that ship or arrive; each with a same-shape value that stays redacted."""

import pytest

from trainer.redact import Redactor

R = Redactor.from_members([], name_tagger=False)


def _out(text: str) -> str:
    return R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Ojo: el fallo sigue en la compilación 10.0.24001.2002.",
        "Feilen kom tilbake i bygg 10.0.21987.4012.",
        "Tambem funciona na compilação 10.0.20111.3005.",
        "Gira sulla compilazione 10.0.22222.1111.",
        "Sürüm 10.0.24680.1357 ile çalışıyor.",
    ],
)
def test_dotted_build_after_its_cue_is_kept(text):
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a dotted phone layout (two to four digits a group) after the same cue stays a phone
        ("Forresten, versjon 22.33.44.55 hos meg.", "22.33.44.55"),
        # the same build number with a phone word after it
        ("compilación 10.0.24001.2002 es mi móvil", "10.0.24001.2002"),
        ("bygg 10.0.21987.4012 er telefonen min", "10.0.21987.4012"),
        # no cue word: read as before
        ("Ring 10.0.21987.4012", "10.0.21987.4012"),
    ],
)
def test_same_shape_without_the_guard_is_redacted(text, kept):
    assert kept not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # review R6: a valid phone as its plan writes it stays a phone even when "not shipped"
        "Side note: order 0612345678 still hasn't shipped.",
        "Aparte: el pedido 0611223344 sigue sin llegar.",
        "Também: o pedido 0612345670 ainda não chegou.",
        "Juga, pesanan 0812345678 belum dikirim.",
        "Hei, ordren 0612345678 har ikke kommet ennå.",
    ],
)
def test_order_number_that_ships_but_is_a_written_phone_is_redacted(text):
    digits = next(t for t in text.split() if t[:1].isdigit()).strip(",.?")
    assert digits not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order 0612345678, call me when it ships.",  # a contact word after it
        "order 0612345678 is my mobile, it still hasn't shipped",
        "Side note: my number 0612345678 still hasn't shipped?",  # no order cue
        "order 4111111111111111 hasn't shipped",  # a card stays a card
    ],
)
def test_same_shape_phone_or_card_is_redacted(text):
    digits = next(t for t in text.split() if t[:1].isdigit()).strip(",.?")
    assert digits not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # a 10-digit run that only a foreign plan would read as a phone (not the cue language's)
        "Objednávka 4268100005 na notebook.",
        "Ordre 5637600001 på din computer.",
        "Comanda 5095300002.",
    ],
)
def test_order_number_checked_against_the_cue_languages_plans(text):
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zamówienie 601 234 567", "601 234 567"),  # a Polish mobile after a Polish cue
        ("Ordre 41 23 45 67 ring", "41 23 45 67"),  # a phone word after it
        ("Narudžba 091 234 5678.", "091 234 5678"),  # a Croatian mobile with its trunk 0
        ("Rendelés 06 30 123 4567", "06 30 123 4567"),  # a Hungarian mobile with "06"
    ],
)
def test_local_phone_after_an_order_cue_is_redacted(text, value):
    assert value not in _out(text)
