"""Roster names joined to other text (``member_joined``) and declined by the Polish, Finnish,
Turkish and Romanian grammars (``member_suffix_forms``): exact outputs, and look-alikes that
must survive. Every name and sentence is made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.member_inflections import declined_base
from trainer.redact.member_suffix_forms import suffix_forms
from trainer.redact.names import MemberNames

ROSTER = [
    "Tobiah Quennell",
    "Ysolde Marrack",
    "Halvard Eskeland",
    "Wiktoria Brzęczyk",
    "Teppo Kaarlonen",
    "Ilkay Dumanlı",
    "Sorin Vlădescu",
    "Jarek Podgórny",
    "Hilkka Ruotsala",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    "text, want",
    [
        # camel case and glued handles
        ("Ping TobiahQuennellBot when done", "Ping [NAME]Bot when done"),
        ("the tobiahQuennell account", "the [NAME] account"),
        ("Deploy by HalvardEskelandDev today", "Deploy by [NAME]Dev today"),
        ("see MarrackNotes folder", "see [NAME]Notes folder"),
        # double-barrelled and hyphenated
        ("Mrs Marrack-Quennell called", "Mrs [NAME] called"),
        ("Dr Pennywhistle-Eskeland signed it", "Dr [NAME] signed it"),
        ("Thanks to Quen-\nnell for the notes", "Thanks to [NAME] for the notes"),
        # spelled out
        ("name is T O B I A H ok", "name is [NAME] ok"),
        ("it was y-s-o-l-d-e again", "it was [NAME] again"),
        ("M.A.R.R.A.C.K signed", "[NAME] signed"),
        # paths
        ("log at /home/tquennell/app.log", "log at /home/[NAME]/app.log"),
        ("C:\\Users\\YsoldeM\\Desktop\\x.txt", "C:\\Users\\[NAME]\\Desktop\\x.txt"),
        ("under /Users/halvard.eskeland/tmp", "under /Users/[NAME]/tmp"),
    ],
)
def test_joined_roster_names_are_redacted(redactor: Redactor, text: str, want: str) -> None:
    assert redactor.redact(text).text == want


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Wczoraj oddałem klucze Wiktorii i Brzęczykowi.",
            "Wczoraj oddałem klucze [NAME] i [NAME].",
        ),
        ("Rozmawiałem o Jarku wczoraj.", "Rozmawiałem o [NAME] wczoraj."),
        ("Kiitos Kaarloselle avusta.", "Kiitos [NAME] avusta."),
        ("Puhuin eilen Kaarlosen kanssa.", "Puhuin eilen [NAME] kanssa."),
        ("Soitin Hilkalle eilen.", "Soitin [NAME] eilen."),
        ("Dün Ilkaynin dosyasını aldım.", "Dün [NAME] dosyasını aldım."),
        ("Am dat cheile Vlădescului ieri.", "Am dat cheile [NAME] ieri."),
    ],
)
def test_declined_roster_names_are_redacted(redactor: Redactor, text: str, want: str) -> None:
    assert redactor.redact(text).text == want


@pytest.mark.parametrize(
    "text",
    [
        "The CamelCase parser handles JavaScript and PowerPoint files.",
        "Our McDonald order and the DeLuca account are ready.",
        "A well-known Coca-Cola truck parked on the North-West side.",
        "Plan A B C was approved; U.S.A. trip booked.",
        "Files live in /home/deploy/app and C:\\Users\\Public\\Desktop.",
        "Re-\nsults are in, the pre-\nliminary ones too.",
        "We ordered pasta at the Marinara place in Turku.",
    ],
)
def test_look_alikes_survive(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_suffix_forms_follow_the_grammars() -> None:
    assert {"monice", "marcie"} <= suffix_forms("monika") | suffix_forms("marta")
    assert "piotrze" in suffix_forms("piotr")
    assert {"jukan", "jukalle", "jukkaa"} <= suffix_forms("jukka")
    assert {"virtasen", "virtaselle", "virtasta"} <= suffix_forms("virtanen")
    assert {"erikin", "erikille"} <= suffix_forms("erik")
    assert {"kwamenin", "kwameye"} <= suffix_forms("kwame")
    assert "popescului" in suffix_forms("popescu")


def test_forms_are_read_back_only_to_roster_names() -> None:
    members = MemberNames(["Teppo Kaarlonen", "Wiktoria Brzęczyk"])
    assert declined_base("kaarloselle", members.given, members.surnames) == "kaarlonen"
    assert declined_base("wiktorii", members.given, members.surnames) == "wiktoria"
    assert declined_base("virtaselle", members.given, members.surnames) is None  # no member
