"""A roster member's name token written alone (trainer/redact/member_given.py, member_cues.py):
a name no list holds as a word goes wherever it stands as a whole word; the German and Dutch
genitive -s; person cues for names that are also words (two-word greetings, name labels,
"¡Hola", a thanks with an adverb, an interview, a byline's affiliation or pronouns). Names,
companies and sentences are made up for these tests, in several locales and written forms."""

from __future__ import annotations

import pytest

ROSTER = [
    "Jane Doe",
    "Ottoline Brauckmann",
    "Eberhard Quistorp",
    "Rosalind Vidigal",
    "Hunter Okafor",
    "Isla Merriweather",
    "Tobias Koch",
    "Mark Ellery",
    "Rose Lindqvist",
    "Chase Abernethy",
    "Ngaio Tremewan",
]


@pytest.fixture
def redactor(redactor_for):
    return redactor_for(ROSTER)


# A name no list holds as a word (not a frequent word, not a company): after a place
# preposition, before a digit, next to another capitalised word, in lower case.
RARE = [
    ("Looping in Quistorp on the budget.", "Looping in [NAME] on the budget."),
    ("Wir treffen Brauckmann 2 Mal pro Woche.", "Wir treffen [NAME] 2 Mal pro Woche."),
    ("Ottoline Email me the deck.", "[NAME] Email me the deck."),
    ("reunión con quistorp el lunes", "reunión con [NAME] el lunes"),
    ("On a déjeuné chez Vidigal hier.", "On a déjeuné chez [NAME] hier."),
    ("Ngaio 3 slides left", "[NAME] 3 slides left"),
    ("Seen at BRAUCKMANN yesterday", "Seen at [NAME] yesterday"),
]

# The genitive: German and Dutch -s, English 's, curly or straight, the s' of a name in -s.
GENITIVE = [
    ("Brauckmanns Vortrag war stark.", "[NAME] Vortrag war stark."),
    ("Ottolines Idee hat uns gerettet.", "[NAME] Idee hat uns gerettet."),
    ("Vidigals voorstel is aangenomen.", "[NAME] voorstel is aangenomen."),
    ("Het plan van Ngaio's team", "Het plan van [NAME]'s team"),
    ("Quistorp's team shipped it.", "[NAME]'s team shipped it."),
    ("Ottoline’s slides are up.", "[NAME]’s slides are up."),
    ("la idea de brauckmanns equipo", "la idea de [NAME] equipo"),
    ("Das ist Quistorps Team.", "Das ist [NAME] Team."),
    ("Brauckmann Avenue is closed today.", "[NAME] Avenue is closed today."),
]

# A name that is also a word, with a person cue.
CUED = [
    ("Guten Tag Koch,\nanbei die Unterlagen.", "Guten Tag [NAME],\nanbei die Unterlagen."),
    ("Good morning Hunter! Coffee?", "Good morning [NAME]! Coffee?"),
    ("Bom dia Isla, tudo bem?", "Bom dia [NAME], tudo bem?"),
    ("¡Hola Isla! ¿Qué tal el viaje?", "¡Hola [NAME]! ¿Qué tal el viaje?"),
    ("Buongiorno Rose, ecco il verbale.", "Buongiorno [NAME], ecco il verbale."),
    ("Thanks again Hunter for the review.", "Thanks again [NAME] for the review."),
    ("Merci beaucoup Isla pour ton aide.", "Merci beaucoup [NAME] pour ton aide."),
    ("Danke nochmal Koch!", "Danke nochmal [NAME]!"),
    ("Name: Hunter\nRole: QA", "Name: [NAME]\nRole: QA"),
    ("Nombre: Isla\nCargo: ventas", "Nombre: [NAME]\nCargo: ventas"),
    ("Nom : Rose", "Nom : [NAME]"),
    ("Naam: Chase", "Naam: [NAME]"),
    ("Interview with Chase is up on the blog.", "Interview with [NAME] is up on the blog."),
    ("Entrevista con Isla en el pódcast.", "Entrevista con [NAME] en el pódcast."),
    ("Das Interview mit Koch erscheint morgen.", "Das Interview mit [NAME] erscheint morgen."),
    ("Great panel.\nHunter (Northwind Labs)", "Great panel.\n[NAME] (Northwind Labs)"),
    ("Mark (he/him) leads QA now.", "[NAME] (he/him) leads QA now."),
]

# Words that are also roster names, with no person cue: kept.
KEPT = [
    "Does anyone know if he is coming?",  # "Doe"+s is a word: never a genitive
    "Marks are due. He said so.",
    "Marks & Spencer opened a store.",  # "Mark": the genitive form is a word of its own
    "Roses are red.",
    "Des Kochs Rezept ist gut.",  # "Koch" is a word: a genitive needs a cue as the name does
    "Name: Hunter Valley wines",  # a label's value must end at the name
    "Interview with a hunter about the season.",
    "The results of Chase (the bank) are out.",  # a bracket after a name mid-sentence
    "Good morning, team!",
    "We chase the deadline again.",
    "Thanks again for the rose bouquet.",
]


@pytest.mark.parametrize(("text", "expected"), RARE + GENITIVE + CUED)
def test_member_written_alone(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_words_that_are_roster_names_kept_without_a_cue(redactor, assert_kept, text):
    assert_kept(redactor, text)


def test_a_listed_company_word_still_needs_a_cue(redactor_for, assert_exact, assert_kept):
    # "Desjardins" is a listed company: alone it stays; an interview makes it a person.
    redactor = redactor_for(["Amélie Desjardins"])
    assert_kept(redactor, "Desjardins annonce ses résultats.")
    assert_exact(
        redactor, "Interview de Desjardins sur le blog.", "Interview de [NAME] sur le blog."
    )


@pytest.mark.parametrize(
    "text",
    ["Brauckmann GmbH sucht Entwickler.", "Vidigal Ltda. contrata.", "Quistorp B.V. groeit."],
)
def test_only_a_legal_form_makes_a_rare_name_a_company(redactor, assert_kept, text):
    assert_kept(redactor, text)


# A business opener or word is no proof: the member's house, practice, shop or family firm.
OPENERS = [
    ("Abendessen im Haus Quistorp am Samstag.", "Abendessen im Haus [NAME] am Samstag."),
    ("Almoço na Casa Vidigal no domingo.", "Almoço na Casa [NAME] no domingo."),
    ("ALMOÇO NA CASA VIDIGAL NO DOMINGO", "ALMOÇO NA CASA [NAME] NO DOMINGO"),
    ("Sprechstunde in der Praxis Brauckmann ab 8.", "Sprechstunde in der Praxis [NAME] ab 8."),
    ("Sprechstunde in der Praxis BRAUCKMANN ab 8.", "Sprechstunde in der Praxis [NAME] ab 8."),
    ("On se retrouve au Cabinet Quistorp lundi.", "On se retrouve au Cabinet [NAME] lundi."),
    ("Coffee at Café Ngaio after work?", "Coffee at Café [NAME] after work?"),
    ("Studio Tremewan opens on Friday.", "Studio [NAME] opens on Friday."),
    ("Quistorp and Sons sent the invoice.", "[NAME] and Sons sent the invoice."),
    ("Ottoline Email me the deck.", "[NAME] Email me the deck."),
]


@pytest.mark.parametrize(("text", "expected"), OPENERS)
def test_a_business_opener_keeps_no_rare_roster_name(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


def test_a_genitive_before_a_capitalised_noun_is_no_brand(redactor_for, assert_exact):
    redactor = redactor_for(["Hauke Wessendorps", *ROSTER])
    assert_exact(redactor, "Wessendorps' Team hat geliefert.", "[NAME]' Team hat geliefert.")
    assert_exact(redactor, "Brauckmann's Bakery opened.", "[NAME]'s Bakery opened.")


LIST_ROSTER = ["Marta Delgado", "Amélie Desjardins", "Sienna Walsh", "Jan Peters", "Jane Doe"]

# A list of people (a bullet item next to a member's item, a panel label), recommending, a
# an RSVP.
LISTS_AND_VERBS = [
    ("Board:\n• Jane Doe (chair)\n• Delgado\n", "Board:\n• [NAME] (chair)\n• [NAME]\n"),
    ("Sprecher:\n1. Delgado\n2. Jane Doe", "Sprecher:\n1. [NAME]\n2. [NAME]"),
    ("Panel: Desjardins, Jane Doe et Léa Moreau", "Panel: [NAME] et [NAME]"),  # spans merge
    ("RSVP to Sienna by Friday.", "RSVP to [NAME] by Friday."),
    ("Je recommande Delgado sans hésiter.", "Je recommande [NAME] sans hésiter."),
]

LISTS_KEPT = [
    "Shopping:\n• Delgado brand olive oil\n• bread",  # no member item next to it
    "• Sienna\n• Umber\n• Ochre",  # colour names, no member's name in the list
    "Desjardins annonce un partenariat.",  # a listed company, no list of people
    "Gran encuentro con el equipo de Delgado Moda.",  # someone's team may be a brand's
    "Write to Desjardins about the card.",  # a listed company: writing to it is no cue
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_VERBS)
def test_lists_of_people_and_verbs(redactor_for, assert_exact, text, expected):
    assert_exact(redactor_for(LIST_ROSTER), text, expected)


@pytest.mark.parametrize("text", LISTS_KEPT)
def test_lists_without_a_person_kept(redactor_for, assert_kept, text):
    assert_kept(redactor_for(LIST_ROSTER), text)
