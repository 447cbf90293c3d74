"""Round 5 address forms from the postal standards, made-up values:

- AS 4590 units written "U5" / "U 5" before the street number; a locality after a comma with a
  four-digit postcode that closes the line even when the digits could be a year ("Mascot 2020").
- La Poste's number-first line typed in lower case ("au 22 rue nationale à lille").
- PostNL street names that open with an adjective, a title or a given name ("Nieuwe Binnenweg",
  "Burgemeester de Withstraat"), and code letters that are also abbreviations ("5011 BC") when a
  place name or the bracket follows them after a street line.
"""

from __future__ import annotations

import pytest

GONE = [
    ("Address: U5 14 Wattle St Fitzroy 3065", ["14 Wattle", "3065", "U5"]),
    ("Post to U 3, 8 Gum Tree Rd, ASCOT VALE VIC 3032", ["8 Gum", "3032"]),
    ("Address: 22 Kent Road, Mascot 2020", ["22 Kent", "2020"]),
    ("we're at 9 Banksia Way in Bondi, 2026", ["9 Banksia", "2026"]),
    ("Delivery: 4 Coral Ave, Palm Beach 4221.\nThanks", ["4 Coral", "4221"]),
    ("j'habite au 22 rue nationale à lille", ["22 rue nationale"]),
    ("rdv au 12 bis allée des pins, merci", ["12 bis allée des pins"]),
    ("on se retrouve au 7 impasse du lavoir.", ["impasse du lavoir"]),
    ("c'est au 31 quai des chartrons 33000 bordeaux", ["quai des chartrons", "33000"]),
    ("Adres: Nieuwe Leliestraat 40-1, Amsterdam", ["Nieuwe", "40-1"]),
    ("Adres: Burgemeester van Haarenlaan 5, 3121 AB Schiedam", ["Burgemeester", "3121"]),
    ("Wij zitten op de Lange Nieuwstraat 9.", ["Lange", "Nieuwstraat 9"]),
    ("wij wonen aan de Kerkweg 3 in Breda (4811 BC)", ["4811", "BC"]),
    ("wij wonen op Esdoornlaan 8 te 5011 CE Tilburg", ["5011", "CE Tilburg"]),
]

KEPT = [
    ("We met at 12 Main Street, Springfield 2024 was a great year.", "2024 was"),
    ("We met at 12 Main Street in 2024.", "in 2024."),
    ("on a 2 avenue ideas", "2 avenue ideas"),
    ("il y a 3 rue barrées ce soir", "3 rue barrées"),
    ("I got U2 12 Greatest Hits on vinyl", "U2 12 Greatest Hits"),
    ("De Kade 3 is mooi vandaag", "De Kade 3"),
    ("Sinds 2024 AI Summit nog niets gehoord", "2024 AI Summit"),
]


@pytest.mark.parametrize(("text", "fragments"), GONE)
def test_form_goes(redactor, text, fragments):
    out = redactor.redact(text).text
    for fragment in fragments:
        assert fragment not in out, out


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_lookalike_kept(redactor, text, kept):
    out = redactor.redact(text).text
    assert kept in out, out


# A count or unit after the number: the street is a place in prose, no house number follows it.
COUNTS_KEPT = [
    "Wir waren auf der Schillerstraße 3 Tage lang unterwegs.",
    "Abbiamo girato per Via dei Fiori 3 giorni.",
    "Corremos pela Avenida Atlântida 10 km ontem.",
    "On a flâné rue des Martyrs 3 heures durant.",
    "We cycled along the Keizersgracht 2 hours.",
    "Fietsen langs de Lijnbaansgracht 2 uur lang",
    "Caminamos por la calle Alcalá 5 kilómetros",
]


@pytest.mark.parametrize("text", COUNTS_KEPT)
def test_count_after_street_is_no_house_number(redactor, text):
    assert "[ADDRESS]" not in redactor.redact(text).text


def test_italian_time_after_address_keeps_the_address(redactor):
    out = redactor.redact("Concerto in Via Rossini 12 ore 21:00").text
    assert "Rossini" not in out and "ore 21:00" in out, out


# A postcode and its town after a preposition: the town's article or title is part of its name,
# and a count after the number is no town.
TOWNS_GONE = [
    ("Je vis à 24620 Les Eyzies depuis mai.", ["24620", "Eyzies"]),
    ("Ich wohne in 56130 Bad Ems.", ["56130", "Ems"]),
    ("Ik woon in 5211 CK 's-Hertogenbosch.", ["5211", "Hertogenbosch"]),
]
TOWN_COUNTS_KEPT = [
    "Ich wohne hier seit 2000 und in 12000 Jahren nicht mehr.",
    "Das Museum zählte in 45000 Besucher Führungen",
]


@pytest.mark.parametrize(("text", "fragments"), TOWNS_GONE)
def test_postcode_town_with_article(redactor, text, fragments):
    out = redactor.redact(text).text
    for fragment in fragments:
        assert fragment not in out, out


@pytest.mark.parametrize("text", TOWN_COUNTS_KEPT)
def test_count_after_preposition_code_kept(redactor, text):
    assert "[ADDRESS]" not in redactor.redact(text).text


# La Poste's address words without a street type: "Le Bourg", "ZA/ZI/ZAC" (business zones),
# "Grande-Rue".
LA_POSTE_GONE = [
    ("Adresse : Le Bourg, 19320 Marcillac", ["19320", "Bourg"]),
    ("Livraison : 8 ZA du Moulin, 44470 Carquefou", ["44470", "ZA du Moulin"]),
    ("Siège : ZAC des Champs, 2 allée Verte, 35510 Cesson", ["35510", "allée Verte"]),
    ("On se voit au 9 Grande-Rue, 25000 Besançon", ["25000", "9 Grande-Rue"]),
]


@pytest.mark.parametrize(("text", "fragments"), LA_POSTE_GONE)
def test_la_poste_words(redactor, text, fragments):
    out = redactor.redact(text).text
    for fragment in fragments:
        assert fragment not in out, out


# Before a weak suffix, a number that belongs to the noun before it, or a year after a time
# preposition, is no house number: the street used as a place stays. A strong suffix ("Street",
# "Road", "Lane") wins over both (tests/redact/test_addresses_negative.py).
NOT_HOUSE_NUMBERS = [
    "Top 10 Carnaby Meadows shops to visit",
    "Took bus 38 Camden Bridge bound.",
    "Chapter 4 Willow Creek mysteries",
    "Gate 22 Terminal Junction is closed",
    "In 2019 Henley Green was packed.",
    "Since 1998 Church Meadows has hosted the fair",
]
STILL_ADDRESSES = [
    ("Send it to 2019 Henley Street, Austin TX 78701", "Henley"),
    ("Visit us: 1998 Church Street", "Church"),
    ("Level 3, 100 Pitt St, Sydney NSW 2000", "Pitt"),
]


@pytest.mark.parametrize("text", NOT_HOUSE_NUMBERS)
def test_number_of_the_word_before_is_no_house_number(redactor, text):
    assert "[ADDRESS]" not in redactor.redact(text).text


@pytest.mark.parametrize(("text", "fragment"), STILL_ADDRESSES)
def test_house_numbers_still_go(redactor, text, fragment):
    assert fragment not in redactor.redact(text).text


def test_compound_street_with_a_year_is_a_place(redactor):
    assert "[ADDRESS]" not in redactor.redact("Die Schadowstraße 2024 war wieder voll.").text
    assert "[ADDRESS]" not in redactor.redact("De Lijnbaansgracht 2019 was druk.").text


def test_compound_street_with_a_year_after_a_label_goes(redactor):
    assert "Schadowstraße" not in redactor.redact("Anschrift: Schadowstraße 1999").text


# A five-digit code grouped like a number ("35 000 Rennes"), after the street or its comma.
GROUPED_CODES = [
    ("Adresse : 8 rue des Ormes 29 200 Brest", ["29 200", "Ormes"]),
    ("Adresse : 8 rue des Ormes, 29 200 Brest", ["29 200", "Ormes"]),
    ("Anschrift: Ringstraße 5, 10 115 Berlin", ["10 115"]),
]


@pytest.mark.parametrize(("text", "fragments"), GROUPED_CODES)
def test_grouped_five_digit_code(redactor, text, fragments):
    out = redactor.redact(text).text
    for fragment in fragments:
        assert fragment not in out, out


def test_grouped_count_after_street_kept(redactor):
    assert "500 Persone" in redactor.redact("Concerto in Via Verdi 12 500 Persone").text


# Australia Post's state written with full stops, or after the code.
AU_STATE_FORMS = [
    ("Address: 9 Fig Tree Lane, Paddington N.S.W. 2021", ["2021", "Fig Tree"]),
    ("9 Fig Tree Lane, Paddington 2021 NSW", ["2021"]),
]


@pytest.mark.parametrize(("text", "fragments"), AU_STATE_FORMS)
def test_au_state_forms(redactor, text, fragments):
    out = redactor.redact(text).text
    for fragment in fragments:
        assert fragment not in out, out
