"""dev38 review rv2: rule-level fixes of tagger v9's six regressions and of engineer N's person
and member change (exact outputs on the default path, both ways: the defect now handled and
the rule's intended case still working)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.person_network_names import network_owner_names
from trainer.redact.person_signers import after_signing_verb
from trainer.redact.person_title_nicknames import title_nicknames
from trainer.redact.person_vietnamese_words import middle_and_given

ROSTER = ["Maren Oyelaran", "Kwame Boateng", "Jan Kowalski", "Sofia Marchetti"]


@pytest.fixture(scope="module")
def default_path() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=True)


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


# (input, exact output) on the default path and the rules alone alike
CASES = [
    # person_signers: the signer after a signing verb, the company word stays
    ("Smlouvu podepsal Petr Dvořák Holding ve Brně.", "Smlouvu podepsal [NAME] Holding ve Brně."),
    ("Signed by Vincent Germain et Fils.", "Signed by [NAME] et Fils."),
    # no signing verb: a firm named after its founder stays
    ("Vincent Germain et Fils livre demain.", "Vincent Germain et Fils livre demain."),
    # person_vietnamese_words.middle_and_given: a middle name before a place-like given syllable
    ("Khắc Vinh gọi hỏi về giấy báo trúng tuyển.", "[NAME] gọi hỏi về giấy báo trúng tuyển."),
    ("Xe về. Hữu Long gọi lại.", "Xe về. [NAME] gọi lại."),
    ("| Thứ Ba | Cố vấn học tập | — |", "| Thứ Ba | Cố vấn học tập | — |"),
    # name_runs: a listed given name glued to a code's digits joins the surname after it
    ("Ref 12Anna Kowalska", "Ref 12[NAME]"),
    ("AR 2024/925/A", "AR 2024/925/A"),
    # person_network_names: the household's name in a labelled Wi-Fi network name
    (
        "Wi-Fi: FRITZ!Box 7590 Brandt, Passwort: sommer2024",
        "Wi-Fi: FRITZ!Box 7590 [NAME], Passwort: [SECRET]",
    ),
    ("SSID: Vodafone Familie Kowalczyk", "SSID: Vodafone Familie [NAME]"),
    ("WLAN: FRITZ!Box 7590 Guest", "WLAN: FRITZ!Box 7590 Guest"),
    ("WLAN: Home Guest", "WLAN: Home Guest"),
    # person_title_nicknames: a title said alone to someone is a nickname
    ("thanks Doc, see you Monday", "thanks [NAME], see you Monday"),
    ("thank you Sir, see you", "thank you Sir, see you"),
    ("Hi Dr. Okafor,", "Hi Dr. [NAME],"),
    # review: a verb after a name in a quoted title makes it a person's clause
    ("Title: Kwame called", "Title: [NAME] called"),
    ("The title reads: Anna Kowalska signed it", "The title reads: [NAME] signed it"),
    ("Le titre de l'annonce dit : Fontaine à eau", "Le titre de l'annonce dit : Fontaine à eau"),
    (
        "In der Artikelbeschreibung steht Brandt Zwieback",
        "In der Artikelbeschreibung steht Brandt Zwieback",
    ),
    # review: a form's letter before a surname is an initial; before a word, the form's letter
    ("Form G. Brzezinska", "Form [NAME]"),
    ("Small win: Series C. Requests came in.", "Small win: Series C. Requests came in."),
    ("Form G. Right-to-work documents", "Form G. Right-to-work documents"),
    ("sala konferencyjna B. Lista płac", "sala konferencyjna B. Lista płac"),
    # review: person_slots keeps common words that qualify the noun after them
    ("we hired Summer interns", "we hired Summer interns"),
    ("interviewed Rose Garden staff", "interviewed Rose Garden staff"),
    ("we hired Rose today", "we hired [NAME] today"),
    ("The agency put forward Rose Miller today", "The agency put forward [NAME] today"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_default_path_exact(default_path: Redactor, text: str, expected: str) -> None:
    assert default_path.redact(text).text == expected


# person_tagger_drops: a season word before a noun is the season (the tagger's hit dropped)
TAGGER_CASES = [
    (
        "Sunny day, Summer vibes, Autumn leaves, Winter is coming.",
        "Sunny day, Summer vibes, Autumn leaves, Winter is coming.",
    ),
    ("Autumn said hi.", "[NAME] said hi."),
    ("Autumn Jones leaves today", "[NAME] leaves today"),
]


@pytest.mark.parametrize(("text", "expected"), TAGGER_CASES)
def test_season_words(default_path: Redactor, text: str, expected: str) -> None:
    assert default_path.redact(text).text == expected


RULES_CASES = [
    ("Smlouvu podepsal Petr Dvořák Holding ve Brně.", "Smlouvu podepsal [NAME] Holding ve Brně."),
    ("Khắc Vinh gọi hỏi về giấy báo trúng tuyển.", "[NAME] gọi hỏi về giấy báo trúng tuyển."),
    ("Ref 12Anna Kowalska", "Ref 12[NAME]"),
    ("thanks Doc, see you Monday", "thanks [NAME], see you Monday"),
    ("Title: Kwame called", "Title: [NAME] called"),
    ("Form G. Brzezinska", "Form [NAME]"),
]


@pytest.mark.parametrize(("text", "expected"), RULES_CASES)
def test_rules_alone_exact(rules: Redactor, text: str, expected: str) -> None:
    assert rules.redact(text).text == expected


def test_finders_directly() -> None:
    assert after_signing_verb("Smlouvu podepsal Petr", 17)
    assert not after_signing_verb("Smlouvu viděl Petr", 14)
    text = "Wi-Fi: FRITZ!Box 7590 Brandt"
    assert network_owner_names(text) == [("NAME", 22, 28)]
    assert network_owner_names("Wi-Fi: Telekom Speedport Smart") == []
    assert title_nicknames("thanks Doc, bye") == [("NAME", 7, 10)]
    assert title_nicknames("thanks Doc Brown") == []
    assert middle_and_given("Khắc Vinh gọi hỏi về giấy báo.") == [("NAME", 0, 9)]
    assert middle_and_given("Khắc Vinh gọi") == [("NAME", 0, 9)]
