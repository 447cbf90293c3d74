"""Round-3 name classes (issue 10), each written from naming conventions with made-up people:
Gaelic patronymics whose stem ends like a derived word ("McHarkness"), "Surname, Given" when
the surname is also a word or another rule already took the given name, elided surnames after
a given name that is a word, Spanish and Portuguese compound surnames on a signature line,
feminine abbreviated titles ("Prof.ª"), and a surname repeated after the full name. Plain
prose with determiners and companies named after people must stay.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor(redactor_for) -> Redactor:
    return redactor_for(("Greta Solvangen",))  # shared with test_names6_classes.py


NAMES = [
    # Mc/Mac/O' make a surname of any stem, even one ending like "-ness" or "-ing".
    ("Mrs McHarkness opened the session.", "Mrs [NAME] opened the session."),
    ("Keynote: Dr. MacKinnessing", "Keynote: Dr. [NAME]"),
    ("Our treasurer is P. McFarrowness.", "Our treasurer is [NAME]."),
    ("Chair: McBrinness, Aoife", "Chair: [NAME]"),
    # "Surname, Given": a census surname that is also a word, a word before it, a line break.
    ("Talavera, Priyanka passed away last week.", "[NAME] passed away last week."),
    ("Speaker: Jefferson, Marisol (data team)", "Speaker: [NAME] (data team)"),
    # A place before the comma stays; the name before a verb of saying goes (round 5).
    (
        "In Washington, Marisol said the talks went well.",
        "In Washington, [NAME] said the talks went well.",
    ),
    ("Ook Brouwersma, Femke was erbij.", "Ook [NAME] was erbij."),
    (
        "Sprecher: Weißhaupt, Jörg\nAnmeldung bis Freitag.",
        "Sprecher: [NAME]\nAnmeldung bis Freitag.",
    ),
    # "Surname, Given" before a capitalised derived noun (round 5: the noun is no surname).
    (
        "Abertura: Quintanilha, Raimundo Inscrições abertas.",
        "Abertura: [NAME] Inscrições abertas.",
    ),
    # An elided surname after a given name that is also a word.
    ("La relatrice è Assunta D'Avenzano.", "La relatrice è [NAME]."),
    ("1. Serena D'Ambrusio", "1. [NAME]"),
    # Signature lines: the title on the next line is no part of (nor a company after) the name.
    ("Saludos\nBegoña Ibarrola Lorca\nDirectora Comercial", "Saludos\n[NAME]\nDirectora Comercial"),
    ("--\nMaite Arrieta-Almeida\nDirector Comercial", "--\n[NAME]\nDirector Comercial"),
    ("--\nMaite de la Fuente\nJefa de Ventas", "--\n[NAME]\nJefa de Ventas"),
    ("Abraços,\nRaimundo Tavares\nDiretor Comercial", "Abraços,\n[NAME]\nDiretor Comercial"),
    # Feminine abbreviated titles in Spanish and Portuguese.
    ("11:00 – Prof.ª Quintanilha: Lições", "11:00 – Prof.ª [NAME]: Lições"),
    ("Ponencia de D.ª Arrieta sobre datos", "Ponencia de D.ª [NAME] sobre datos"),
    ("A Dr.ª Vasconcelos chegou.", "A Dr.ª [NAME] chegou."),
    # The surname first, in capitals (French and Italian administrative order).
    ("Badge : VERNOUILLET Clémence, arrivée 9h", "Badge : [NAME], arrivée 9h"),
    ("Grazie a BRUSACORTI Ilaria per il lavoro.", "Grazie a [NAME] per il lavoro."),
    ("1. HALLORANE Siobhan\n2. Mr Smith", "1. [NAME]\n2. Mr [NAME]"),
    # A line that holds only a name (a list item, a signature): a given name that is also a
    # word counts before a surname no list holds.
    ("Jury:\n- Sienna Vollantheim (chair)\n- Our CTO", "Jury:\n- [NAME] (chair)\n- Our CTO"),
    ("Sprekers:\n1. Lotte Brouwenhuyzen\n2. TBA", "Sprekers:\n1. [NAME]\n2. TBA"),
    ("--\nMACARENA ZUBILLETA · Consultora", "--\n[NAME] · Consultora"),
    # Saint-surnames after a name, an initial or a title; the French "Maître".
    ("Met Tyler St. Clairmont at the fair.", "Met [NAME] at the fair."),
    ("Board:\n- Prof. St. Aubyn\n", "Board:\n- Prof. [NAME]\n"),
    ("- Maître Garnier-Roussel (présidence)", "- Maître [NAME] (présidence)"),
    # A role announcement names a person after the verb.
    ("Our new managing director is Phoebe Quarrendell.", "Our new managing director is [NAME]."),
    (
        "Unser neuer Geschäftsführer heißt Till Brauckhoff.",
        "Unser neuer Geschäftsführer heißt [NAME].",
    ),
    ("La nuova direttrice è Vittoria Scarpellini.", "La nuova direttrice è [NAME]."),
    # A surname repeated after the full name in the same post.
    (
        "Nos visitou Thiago Quintanilha. Quintanilha contou tudo.",
        "Nos visitou [NAME]. [NAME] contou tudo.",
    ),
]

KEPT = [
    # Determiners and quantifiers never open a name, in any case.
    "Grazie per i tanti messaggi affettuosi.",
    "Diese Referentinnen und Referenten sind dabei:",
    "Wat het Malieveld vindt, doet er niet toe.",
    "Muchos saludos a todos.",
    "El buen software nace de conversaciones, no de tickets.",
    # "Capitalised, Given" after a place preposition, a greeting or in an enumeration.
    "Canada, Germany, Anna and I travelled.",
    "We flew to St. Louis and Ste. Foy.",
    # A list item that is a phrase, not a name.
    "- Grace Period: 30 days",
    "- Will Terraform support it?",
    # Capitals that are acronyms or words before a given name.
    "Our CEO Anna spoke first.",
    "TEAM Anna won the quiz.",
    # A neutral "together with" before a listed company named after a person.
    "De pilot liep samen met Albert Heijn.",
    "We ran the pilot together with Philips.",
    "Proyecto junto con Loewe.",
    # New entries of the company list.
    "Tien jaar bij Douwe Egberts.",
    "Shares of Kotak Mahindra rose.",
    "Lunch at Wegmans again.",
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_name_classes(redactor: Redactor, assert_exact, text: str, expected: str) -> None:
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_plain_text_kept(redactor: Redactor, assert_kept, text: str) -> None:
    assert_kept(redactor, text)


def test_person_cue_still_wins_over_a_listed_company(redactor: Redactor) -> None:
    """Fail closed: a cue said of people makes a listed name a person's."""
    assert redactor.redact("Bedankt aan Albert Heijn!").text == "Bedankt aan [NAME]!"
    assert redactor.redact("Thanks to Paul Smith.").text == "Thanks to [NAME]."
