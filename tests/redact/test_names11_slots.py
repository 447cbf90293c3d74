"""Names in the slots that only a person fills (``person_relation``, the sentence-opening
``person_alone.opens_clause``), with a same-shape text kept for each rule. Made-up values."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([], name_tagger=False)


def _text(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


# --- a relation noun the writer owns, then the name ------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My former manager Castellucci recommended this group.", "Castellucci"),
        ("Mi antiguo jefe Brandvold me recomendó este grupo.", "Brandvold"),
        ("Minha ex-gestora Abernethy me indicou o grupo.", "Abernethy"),
        ("Il mio ex responsabile Rosalind Haugland mi ha parlato di questo corso.", "Haugland"),
        ("Mentoren min Haugland sier alltid det samme.", "Haugland"),
        ("Min tidligere leder ingrid brandvold anbefalte gruppa.", "brandvold"),
        ("Bekas bos saya Leopold yang cadangkan group ni.", "Leopold"),
        ("Mentor saya HENRIETTA BINTI ABERNETHY cakap benda sama.", "ABERNETHY"),
        ("Mantan atasan saya Cosima Lindqvist yang merekomendasikan.", "Lindqvist"),
    ],
)
def test_relation_noun_names(redactor: Redactor, text: str, name: str) -> None:
    assert name not in _text(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "My manager said no to the plan.",
        "My colleague and I wrote the report.",
        "Our lead time is two weeks.",
        "Mentor saya cakap benda sama.",
    ],
)
def test_relation_noun_without_a_name_is_kept(redactor: Redactor, text: str) -> None:
    assert _text(redactor, text) == text


# --- a verb whose object is a person ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I met Castellucci at the conference.", "Castellucci"),
        ("Credit to Abernethy for the original idea.", "Abernethy"),
        ("Could you forward it to Brandvold before noon?", "Brandvold"),
        ("Se lo paso a Ximena para que lo revise.", "Ximena"),
        ("Ho conosciuto Castellucci al convegno.", "Castellucci"),
        ("Møtte Haugland på konferansen.", "Haugland"),
        ("Jumpa Leopold masa konferens.", "Leopold"),
    ],
)
def test_object_slot_names(redactor: Redactor, text: str, name: str) -> None:
    assert name not in _text(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "We met Innsbruck fans on the way.",  # a listed town
        "We met at noon and talked.",
        "HALO, KAMI JUMPA IKLAN INI SEMALAM",
        "Terima kasih untuk bengkel yang menarik.",
    ],
)
def test_object_slot_without_a_name_is_kept(redactor: Redactor, text: str) -> None:
    assert _text(redactor, text) == text


# --- a name that opens a sentence before a lower-case clause ---------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Morning. Henrietta from the supplier team is coming too.", "Henrietta"),
        ("Hi.\nAurelio (away today) drafted the first manual.", "Aurelio"),
        ("Hi.\nRosalind Haugland ran the numbers last year.", "Haugland"),
        ("Hi.\nCOSIMA LINDQVIST ran the numbers last year.", "LINDQVIST"),
    ],
)
def test_sentence_subject_names(redactor: Redactor, text: str, name: str) -> None:
    assert name not in _text(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Salut. Apartament de 103 m2.",  # a noun before a particle-shaped preposition
        "Hei.\nMoikka ryhmä, kiitos.",  # a clause no word list knows
        "Rose Garden is open today.",  # a word-like given name before a street word
        "New York is big.",
    ],
)
def test_sentence_openers_kept(redactor: Redactor, text: str) -> None:
    assert _text(redactor, text) == text


# --- honorifics ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Credit to Atty. Brandvold for the idea.", "Brandvold"),
        ("Welcome Engr. Castellucci to the team.", "Castellucci"),
        ("Pak Haugland dari pihak vendor akan ikut.", "Haugland"),
        ("Alhaji Okonkwo will come on Friday.", "Okonkwo"),
    ],
)
def test_new_honorifics(redactor: Redactor, text: str, name: str) -> None:
    assert name not in _text(redactor, text)


def test_dotted_honorific_needs_its_stop(redactor: Redactor) -> None:
    text = "The bb gun and the engr team were late."
    assert _text(redactor, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Morning.\nHenrietta  from the supplier team is coming too.",
        "Morning.\nHenrietta \tfrom the supplier team is coming too.",
    ],
)
def test_sentence_subject_with_odd_spacing(redactor: Redactor, text: str) -> None:
    assert "Henrietta" not in _text(redactor, text)


def test_odd_spacing_after_a_sentence_opener_does_not_raise(redactor: Redactor) -> None:
    odd = ("Hi.\nHenrietta  (x) y", "Hi.\nHenrietta \t\tfrom", "Hi.\nHenrietta  ", "Hi. Ida ,a")
    for text in odd:
        assert isinstance(_text(redactor, text), str)
