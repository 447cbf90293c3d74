"""Round-4 name classes (issue 10), from naming conventions with made-up people: office titles
("Adv.", "Hon.", "Cr", "Cllr"), gender-inclusive Spanish and Portuguese titles ("Dr/a.",
"Sr(a)."), Catalan double surnames joined by "i" and French lower-case elided particles
("d'Argenson"). Words after such forms that are not names stay.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor(redactor_for) -> Redactor:
    return redactor_for(("Greta Solvangen",))  # shared with test_names6_classes.py


NAMES = [
    ("Please call Adv. Kharbanda tomorrow.", "Please call Adv. [NAME] tomorrow."),
    ("Obituary: Adv. Deshpande, founder.", "Obituary: Adv. [NAME], founder."),
    ("Contact Hon. Thibodeau for details.", "Contact Hon. [NAME] for details."),
    ("Panel: Cr Papadakis is our guest.", "Panel: Cr [NAME] is our guest."),
    ("Agenda: Cllr Mulcahy opens.", "Agenda: Cllr [NAME] opens."),
    ("Le agradezco a Dr/a. Ibarrola su ayuda.", "Le agradezco a Dr/a. [NAME] su ayuda."),
    ("Falei com Dr(a). Figueiredo ontem.", "Falei com Dr(a). [NAME] ontem."),
    ("Presentación de Itziar Vila i Roca sobre datos.", "Presentación de [NAME] sobre datos."),
    ("Merci à Clémence d'Argenson pour tout.", "Merci à [NAME] pour tout."),
    ("Des nouvelles de Margaux d’Estrées ?", "Des nouvelles de [NAME] ?"),
    ("Ich danke Anna zur Linde für alles.", "Ich danke [NAME] für alles."),
    # An honorific that is also a South Asian family name, after a given name.
    ("Hello Kavita Pandit, your refund is on its way.", "Hello [NAME], your refund is on its way."),
    ("Regards,\nShirin Begum", "Regards,\n[NAME]"),
]

KEPT = [
    "Le vin d'Alsace est bon.",
    "Hon, can you pick up milk?",
    "The CR value was low.",
    "Adv settings are in the menu.",
    # A preposition or noun at a sentence start is no given name before a listed company.
    "Chez Michelin depuis 2014, toujours ravie.",
    "In Ferrero dal 2016 e sempre contenta.",
    "En El Corte Inglés desde 2012.",
    "Koffie op de Meent was prima.",
    # A listed company's name takes no particle tail.
    "Glückwunsch an das Team von Robert Bosch zum Jubiläum!",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_round4_name_class(redactor: Redactor, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_round4_words_stay(redactor: Redactor, assert_kept, text: str) -> None:
    assert_kept(redactor, text)
