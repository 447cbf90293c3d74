"""A roster name that is also a word, written alone, in the places people put a person (issue
10, round mem11): after a verb of dealing with someone ("swapped with X", "hablar con X"), a
praise of work ("Nice work X"), a thanks in Catalan, Portuguese or Albanian, a cleft ("C'est X
qui"), a Catalan or Albanian form of address ("senyora X", "znj. X"), a role noun ("Maklerin
X"), a label written in both genders or for a candidacy ("Helfer/in: X", "Candidatura: X"), the
value of a label followed by the next sentence without its full stop, a checklist item's
subject, and a signature block ("--\\nTel: ...\\nX", "X, Office Manager"). Each rule has a
same-shape text that keeps its word. Names and texts are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

ROSTER = [
    "Tilda Stone",  # a word (tier 3)
    "Rui Rocha",  # a word (tier 3)
    "Mira Fox",  # a word (tier 3)
    "Hope Adair",  # a given name that is a word (tier 3)
    "Dora Lobo",  # a word (tier 3)
    "Ilir Mason",  # a word (tier 3)
    "Jonas Prado",  # a frequent word only (tier 2)
    "Kai Hunter",  # a word (tier 3)
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


@pytest.mark.parametrize(
    "text, want",
    [
        # a verb of dealing with someone, then the name
        ("I swapped with Stone for the late shift.", "I swapped with [NAME] for the late shift."),
        ("We rented from Rocha last year.", "We rented from [NAME] last year."),
        ("Voy a hablar con Lobo mañana.", "Voy a hablar con [NAME] mañana."),
        ("Vou falar com Rocha amanhã.", "Vou falar com [NAME] amanhã."),
        ("J'ai dû parler à Mason hier.", "J'ai dû parler à [NAME] hier."),
        ("Ho scambiato con Fox il turno.", "Ho scambiato con [NAME] il turno."),
        ("Pergunta à Lobo, ela sabe.", "Pergunta à [NAME], ela sabe."),
        # praise of someone's work, a thanks
        ("Great work Stone, the table is done.", "Great work [NAME], the table is done."),
        ("Bom trabalho Rocha, ficou ótimo.", "Bom trabalho [NAME], ficou ótimo."),
        ("Gràcies Fox per l'ajuda!", "Gràcies [NAME] per l'ajuda!"),
        ("Obrigadão a Lobo pelo carro.", "Obrigadão a [NAME] pelo carro."),
        ("Faleminderit Mason për ndihmën.", "Faleminderit [NAME] për ndihmën."),
        ("Pyete Hunter për çelësat.", "Pyete [NAME] për çelësat."),
        # a cleft puts a person in focus
        ("C'est Hope qui a les clés.", "C'est [NAME] qui a les clés."),
        ("C'est rocha qui gère ça.", "C'est [NAME] qui gère ça."),
        # forms of address and role nouns before the name
        ("Ho va dir la senyora Fox ahir.", "Ho va dir la senyora [NAME] ahir."),
        ("E tha znj. Lobo dje.", "E tha znj. [NAME] dje."),
        ("E konfirmoi zonja Mason sot.", "E konfirmoi zonja [NAME] sot."),
        ("Unsere Vermieterin Fox ist nett.", "Unsere Vermieterin [NAME] ist nett."),
        # labels: both genders, a candidacy; a label's value before the next sentence
        ("Danke.\nHelfer/in: Stone", "Danke.\nHelfer/in: [NAME]"),
        ("Voluntário/a: rocha\nObrigado.", "Voluntário/a: [NAME]\nObrigado."),
        ("Vorstandskandidatur: Hunter\nBis bald.", "Vorstandskandidatur: [NAME]\nBis bald."),
        ("Candidatura: Prado\nGracias.", "Candidatura: [NAME]\nGracias."),
        # (the next capitalised word may go with it: another rule reads "X Word" as a name)
        ("Candidatura: Prado Reunión a las diez.", "Candidatura: [NAME] a las diez."),
        # a checklist item opens a sentence
        ("To do:\n[ ] Stone is booking the van.", "To do:\n[ ] [NAME] is booking the van."),
        # signature blocks
        ("See you.\n--\nTel: +44 20 7946 0000\nRocha", "See you.\n--\nTel: [PHONE]\n[NAME]"),
        ("See you.\n--\nMason, Office Manager", "See you.\n--\n[NAME], Office Manager"),
        (
            "Adjunto el acta.\n\nPrado, Jefe de Compras",
            "Adjunto el acta.\n\n[NAME], Jefe de Compras",
        ),
    ],
)
def test_name_in_a_person_place_is_redacted(redactor: Redactor, text: str, want: str) -> None:
    assert redactor.redact(text).text == want


@pytest.mark.parametrize(
    "text",
    [
        "The stone wall swapped with the old one.",  # a word, no roster name after the verb
        "We rented a fox costume.",
        "C'est Paris qui gagne.",  # a cleft on a name no roster holds
        "Helfer/in: bitte melden",  # a label whose value is no name
        "Great work everyone, the table is done.",
        "See you.\n--\nFacilities Team",  # a signature of a team
        "Zonja e shtëpisë erdhi.",  # the noun, no name after it
    ],
)
def test_same_shape_without_a_roster_name_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
