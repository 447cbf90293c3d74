"""fp11: a listed company named after a person as a client's or customer's value, and places
named after people after a preposition with an article; each with a same-shape person."""

import pytest

from trainer.redact import Redactor

R = Redactor.from_members([], name_tagger=False)


def _out(text: str) -> str:
    return R.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Client: Goldman Sachs.",
        "Client: Johnson & Johnson.",
        "Kunde: Dr. Oetker.",
        "Customer: Dell",
        "Cliente: Lamborghini",
    ],
)
def test_listed_company_under_a_client_key_is_kept(text):
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client: Mr Ford", "Client: Mr [NAME]"),  # an honorific makes a person
        ("Client: Anna Ford", "Client: [NAME]"),  # not the listed name
        ("Name: Ford", "Name: [NAME]"),  # a name key: a person whatever the list says
        ("Guest: Ford", "Guest: [NAME]"),  # guests are people only
        ("Client: Maren Lindqvist", "Client: [NAME]"),
    ],
)
def test_same_shape_person_under_a_key_is_redacted(text, expected):
    assert _out(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jumpa di depan Masjid Sultan Salahuddin.",
        # pin changed at 1.33.0: a listed public namesake right beside the place's head noun is
        # the place's name (namesake_places); the made-up names below stay redacted
        "Ci vediamo vicino all'aeroporto Guglielmo Marconi.",
        "El hotel está junto al Aeropuerto Adolfo Suárez.",
        "Di fronte a Scuola Maria Montessori.",
        "Stadium Tun Razak",
        "On se retrouve en face du Lycée Louis Pasteur.",
        "Landing at Aeroportul Internațional Traian Vuia.",
        "Previously at Aeroportul Traian Vuia.",
        "Auparavant chez Lycée Louis Pasteur.",
        "Queda al lado de el Aeropuerto Adolfo Suárez.",
    ],
)
def test_place_named_after_a_person_is_kept(text):
    assert _out(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Ci vediamo vicino all'aeroporto Guglielmo Bianchetti.",
        "El hotel está junto al Aeropuerto Adolfo Olazábal.",
        "Di fronte a Scuola Maria Ferrantelli.",
    ],
)
def test_place_named_after_a_person_without_a_title_is_redacted(text):
    # pin changed: a place noun before a full personal name no longer keeps it (place_keep,
    # session 7 privacy decision: the same words put a person beside a place)
    assert "[NAME]" in _out(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vicino all'avvocato Guglielmo Bianchi.", "Guglielmo Bianchi"),  # no place noun
        ("Vicino all'aeroporto Guglielmo Bianchi 5", "Guglielmo Bianchi"),  # a house number
        ("Aeropuerto Adolfo Suárez 12", "Adolfo Suárez"),  # no preposition, a number
        ("Stadium Tun Azlan Mokhtar", "Mokhtar"),  # no preposition of place
    ],
)
def test_same_shape_person_near_a_place_word_is_redacted(text, name):
    assert name not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "On se retrouve en face du Lycée Louis Pastorel.",  # a preposition of place
        "Landing at Aeroportul Internațional Traian Vulpescu.",  # an adjective between
        "Sraz naproti Národní divadlo Karla Čapka.",  # an adjective before the noun
        "Client: Linnea Dahl Institutet.",  # a client key over a place closed by its noun
    ],
)
def test_institution_named_after_a_person_is_redacted(text):
    # pin changed: a full personal name beside a place noun is redacted, whatever the
    # preposition, adjective or key (place_keep, session 7 privacy decision)
    assert "[NAME]" in _out(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chez Louis Pasteur.", "Louis Pasteur"),  # no place noun
        ("Tidligere hos Anna Holm.", "Anna Holm"),
        ("Landing at Aeroportul Internațional Traian Vuia 12.", "Traian Vuia"),  # a number
        ("Guest: Linnea Dahl Institutet", "Linnea Dahl"),  # guests are people
        # review R7: a bare "at"/"chez"/"u", an article, a Malay/Indonesian preposition
        ("Previously at Aeroportul Traian Vulpescu.", "Traian Vulpescu"),
        ("Auparavant chez Lycée Louis Pastorel.", "Louis Pastorel"),
        ("Prije u Tehnički muzej Ivana Horvat.", "Horvat"),
        ("Queda al lado de el Aeropuerto Adolfo Olazábal.", "Adolfo Olazábal"),
        ("Tunggu di seberang Stasiun Dewi Lestari.", "Dewi Lestari"),
    ],
)
def test_same_shape_person_after_an_employer_preposition_is_redacted(text, name):
    assert name not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adresse:\nLejlighed på 131 m2.",  # an area
        "Adresse:\nWorkload 100 %.",  # a percentage
        "Adresse:\nJahresgehalt bis CHF 5'000.",  # money
        "Updated résumé, feedback welcome: Client: Dell.",  # a key inside a line
    ],
)
def test_amount_under_an_address_key_and_inner_client_key_are_kept(text):
    assert _out(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Adresse:\nHauptstrasse 5\n8001 Zürich",
        "Address:\nFlat 3, 12 Main St\nLeeds LS2 9JT",
        "Notes: Client: Mr Ford",
    ],
)
def test_same_shape_address_block_and_person_are_redacted(text):
    out = _out(text)
    assert "[ADDRESS]" in out or "[NAME]" in out
    assert "Hauptstrasse 5" not in out and "12 Main St" not in out and "Ford" not in out
