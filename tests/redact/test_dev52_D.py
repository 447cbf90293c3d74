"""dev52 D: names by structure in legal and workplace posts (made-up examples only): the
parties and witnesses of a matter, signing verbs, speaking "with" a person, signature blocks
above an organisation's line, and Malagasy family names by their shape."""

from __future__ import annotations

import pytest

from trainer.redact.engine import Redactor
from trainer.redact.person_malagasy import malagasy_names, malagasy_surname


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other party, a witness, a signer (slots of a legal matter)
        ("The other party is Petunia.", "The other party is [NAME]."),
        ("Other party: glenda hartwick\nNotes: none.", "Other party: [NAME]\nNotes: none."),
        (
            "Partie adverse : Foucart, Lucien\nRemarque : rien.",
            "Partie adverse : [NAME]\nRemarque : rien.",
        ),
        ("Hallo. Gislaine tritt als Zeuge auf.", "Hallo. [NAME] tritt als Zeuge auf."),
        (
            "| 9h | salle 3 | Ottavio farà da testimone. |",
            "| 9h | salle 3 | [NAME] farà da testimone. |",
        ),
        ("The notary confirmed Marisol signed.", "The notary confirmed [NAME] signed."),
        ("Ditte har underskrevet planen.", "[NAME] har underskrevet planen."),
        # speaking with a person a few words after the verb
        ("Nous avons parlé du bail avec Ignace.", "Nous avons parlé du bail avec [NAME]."),
        ("J'ai parlé du devis avec romane girard.", "J'ai parlé du devis avec [NAME]."),
        # signature block: name, role, organisation with its legal form
        (
            "Noted.\n\nThanks in advance.\nWiremu\nSafety advisor\nKauri Fabrication Ltd",
            "Noted.\n\nThanks in advance.\n[NAME]\nSafety advisor\nKauri Fabrication Ltd",
        ),
    ],
)
def test_person_slots(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft signed. The contract signed yesterday. Contract signed.",
        "We talked about it with Vodafone. We spoke with Deutsche Telekom today.",
        "Noted.\nNext steps\nBoard meeting\nAcme Holdings Ltd",
        "Le Rappresentante parla di ragionamento e di Rassemblement.",
    ],
)
def test_no_person(redactor: Redactor, text: str) -> None:
    assert "[NAME]" not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Rakotovelo", True),
        ("RANDRIAMANANA", True),
        ("andrianavalo", True),
        ("Rajaoberison", True),
        ("Ragionamento", False),  # a common word
        ("Rasmussen", False),  # consonant clusters Malagasy does not have
        ("Radiotherapy", False),
        ("Rakotobe", False),  # eight letters: too short to tell
    ],
)
def test_malagasy_surname(word: str, expected: bool) -> None:
    assert malagasy_surname(word) is expected


def test_malagasy_names() -> None:
    text = "Merci à RAZAFIMAHEFA Toky. Ravelomanana, Tiana\nVoahangy Rakotoarisoa a appelé."
    assert [text[a:b] for _, a, b in malagasy_names(text)] == [
        "RAZAFIMAHEFA Toky",
        "Ravelomanana, Tiana",
        "Voahangy Rakotoarisoa",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| 9h | Saal 2 | Kpotogbe, Bernd tritt als Zeuge auf. |",
            "| 9h | Saal 2 | [NAME] tritt als Zeuge auf. |",
        ),
        ("Note. GENTRY Rose will host the panel.", "Note. [NAME] will host the panel."),
        (
            "Das Interview führen wir mit KÜHNE Nele heute.",
            "Das Interview führen wir mit [NAME] heute.",
        ),
    ],
)
def test_surname_lead(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_surname_lead_keeps_words_and_towns() -> None:
    from trainer.redact.person_surname_lead import surname_lead

    for text in (
        "Thanks, Anna will call.",
        "Lyon, Anna et Paul.",
        "Hi Tom, Anna here.",
        "Obrigado, Anna!",
        "Morgen, Anna, begint de cursus.",
    ):
        at = text.index("Anna")
        assert surname_lead(text, [("NAME", at, at + 4)]) == [("NAME", at, at + 4)]


def test_malagasy_lower_case_alone_is_a_word() -> None:
    assert malagasy_names("L'acqua è di nuovo razionata oggi.") == []
    assert malagasy_names("ho parlato con lova rakotonirina ieri.") != []
