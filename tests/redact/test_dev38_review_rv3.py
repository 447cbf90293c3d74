"""Review of the 38th/39th address rules (engineer A): each narrowed rule keeps its ordinary
look-alike as written and still redacts the case it was made for (exact outputs)."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members(
        ["Maren Oyelaran", "Kwame Boateng", "Jan Kowalski", "Sofia Marchetti"], name_tagger=True
    )
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        # a sending clause to a product, a version or a team: no dictionary-free word anywhere
        "We sent the file to Version 2, Production.",
        "Please send it to Team 4, Finance.",
        "We shipped 300 units to Tesla 3, Model Y.",
    ],
)
def test_sending_clause_to_numbered_words_stays(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rule's own cases: a word street and an unlisted town, a named street
        (
            "Stuur de vervanging naar Kerkplein 9, Nieuw-Nickerie. Dank.",
            "Stuur de vervanging naar [ADDRESS]. Dank.",
        ),
        ("Please send the parcel to Tanjung 45, Dili.", "Please send the parcel to [ADDRESS]."),
        # a dictionary word street and a listed town
        ("Ship the order to Warehouse 3, Rotterdam.", "Ship the order to [ADDRESS]."),
    ],
)
def test_sending_clause_streets_still_go(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thanks or a clause word after the street is no town
        ("Ich wohne in der Hauptstraße 5, Danke.", "Ich wohne in der [ADDRESS], Danke."),
        ("Adresse: Rue de la Paix 12, Merci.", "Adresse: [ADDRESS], Merci."),
        ("Ik woon op Kerkstraat 12, Verder niets.", "Ik woon op [ADDRESS], Verder niets."),
        ("Ich wohne in der Hauptstraße 5, Dank Ihnen!", "Ich wohne in der [ADDRESS], Dank Ihnen!"),
        # the rule's own cases: the town goes with the street line
        ("Adresse: Chaussée de Louvain 77, Louvain", "Adresse: [ADDRESS]"),
        ("Envie para Rua Amílcar Cabral 12, Bissau.", "Envie para [ADDRESS]."),
        ("I live at Kerkstraat 12, New York.", "I live at [ADDRESS]."),
        ("Ich wohne in der Hauptstraße 5, Berlin.", "Ich wohne in der [ADDRESS]."),
    ],
)
def test_town_after_number_is_no_sentence_word(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Locked bag 3 of the gym.", "Locked bag 3 of the gym."),  # prose, no post's box
        ("Send it to Locked Bag 12, Sydney NSW 2001.", "Send it to [ADDRESS]."),
    ],
)
def test_locked_bag_only_as_australia_post_writes_it(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a destination address is often postal: "Ziel" is no non-postal prefix
        ("Die Zieladresse lautet: Kirchrain 9", "Die Zieladresse lautet: [ADDRESS]"),
        # non-postal compounds still make no street of the value
        ("Meine E-Mail-Adresse: Support 24, bitte.", "Meine E-Mail-Adresse: Support 24, bitte."),
        ("IP-Adresse: 192.168.10.12", "IP-Adresse: [IP]"),
    ],
)
def test_compound_labels(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blood pressure in prose or as a reading is no "B.P." box
        ("His B.P. 120 over 80 was fine.", "His B.P. 120 over 80 was fine."),
        ("B.P. 140/90 measured this morning.", "B.P. 140/90 measured this morning."),
        # the rule's own case: a box line after a street line (DR Congo), or a line of its own
        (
            "Le colis doit partir au 14, avenue des Palmiers, B.P. 317, commune de Lemba, "
            "Kinshasa.",
            "Le colis doit partir au [ADDRESS], commune de Lemba, Kinshasa.",
        ),
        ("Société Kivu\nB.P. 241\nBukavu", "Société Kivu\n[ADDRESS]\nBukavu"),
    ],
)
def test_bp_box_only_as_an_address_line(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weight or volume line after a record-key address is no postcode line
        (
            "Lieferadresse: Kirchrain 9\nDas Paket wog 750 g.",
            "Lieferadresse: [ADDRESS]\nDas Paket wog 750 g.",
        ),
        (
            "Lieferadresse: Kirchrain 9\nDie Flasche hat 500 ml.",
            "Lieferadresse: [ADDRESS]\nDie Flasche hat 500 ml.",
        ),
        # the postcode line still continues the address
        ("Lieferadresse: Kirchrain 9\n7000 Chur", "Lieferadresse: [ADDRESS]"),
    ],
)
def test_record_address_stops_before_a_measure_line(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Romanian "IBAN-ul" holds Czech "ul": a law numbered by its year is no Czech street
        (
            "IBAN-ul ei: RO18 BRDE RONC RT01 5027 2729. Marcat ca Legea 53/2003. Mulțumesc.",
            "IBAN-ul ei: [IBAN]. Marcat ca Legea 53/2003. Mulțumesc.",
        ),
        # a Czech house number with its orientation number still goes, and after a label a
        # year-like part too
        ("Podle ul. Husova 12/3 v Brně.", "Podle [ADDRESS] v Brně."),
        ("Sídlo: Vinohradská 12/2003", "Sídlo: [ADDRESS]"),
    ],
)
def test_czech_slash_year_is_an_act(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to"/"at" without a sending verb: a match report, no street line
        ("We lost at Hoffenheim 3, Bremen.", "We lost at Hoffenheim 3, Bremen."),
        ("Welcome to Hogwarts 3, Zürich.", "Welcome to Hogwarts 3, Zürich."),
        # with a sending verb the wider prepositions still read the street line
        ("Please mail it to Hoffenheim 3, Bremen.", "Please mail it to [ADDRESS]."),
    ],
)
def test_wider_prepositions_only_in_sending_clauses(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swedish web and mail compounds make no postal label
        ("Webbadress: Version 12, klar.", "Webbadress: Version 12, klar."),
        ("Mejladress: Support 12", "Mejladress: Support 12"),
        ("Hemsideadress: Sida 12", "Hemsideadress: Sida 12"),
        # the postal compound still does
        ("Leveransadress: Storgatan 12, Umeå", "Leveransadress: [ADDRESS]"),
    ],
)
def test_nordic_web_and_mail_compounds_are_no_postal_label(redact, text, expected):
    assert redact(text) == expected


def test_sending_clause_hyphenated_town_of_dictionary_words(redact):
    # Suriname (38th set): "Nieuw-Amsterdam" whole is no dictionary word, though its parts are
    assert (
        redact("Stuur de vervanging naar Waterkant 56, Nieuw-Amsterdam. Dank.")
        == "Stuur de vervanging naar [ADDRESS]. Dank."
    )
