"""A postcode beside its town with no street goes (``address_towns``: a listed town whose
postcode prefix matches, an Italian town with its province in brackets, an Eircode after a town
and a comma); numbers before ordinary capitalised words stay. Examples are made up from the
national posts' formats."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.address_ie import ROUTING_KEYS, eircodes
from trainer.redact.address_towns import town_after, town_before, towns

REDACTOR = Redactor.from_members([], name_tagger=False)


def _redacted(text: str) -> str:
    return REDACTOR.redact(text).text


GONE = [
    # Deutsche Post: code and town in prose, with or without a comma or a preposition
    ("Die Lesung ist im Saal, 01067 Dresden, um acht.", "01067 Dresden"),
    ("Bitte schickt alles an 30159 Hannover.", "30159 Hannover"),
    ("Neue Anschrift ab Mai 68159 Mannheim", "68159 Mannheim"),
    ("Treffpunkt 79098 Freiburg im Breisgau, danach Essen.", "79098 Freiburg im Breisgau"),
    ("Versand aus 06108 Halle (Saale) heute", "06108 Halle (Saale)"),
    # Poste Italiane: CAP, town, province in brackets (any town, the sigla anchors it)
    ("La cerimonia sarà presso 40121 Bologna (BO).", "40121 Bologna (BO)"),
    ("Ritiro presso 20090 Segrate (MI) dalle nove.", "20090 Segrate (MI)"),
    ("Spedire a 00184 Roma entro venerdì.", "00184 Roma"),
    # La Poste: prefecture towns have round codes
    ("Rendez-vous : 31000 Toulouse", "31000 Toulouse"),
    ("Envoyez vos dons à 69003 Lyon avant lundi.", "69003 Lyon"),
    ("Siège 13100 Aix-en-Provence CEDEX 1", "13100 Aix-en-Provence CEDEX 1"),
    # Correos
    ("Oficina nueva en 46002 Valencia desde hoy.", "46002 Valencia"),
    # India Post: the town before its PIN at a line end
    ("Regards,\nPriya\nBengaluru 560038", "Bengaluru 560038"),
    ("Courier to: Navi Mumbai 400703.", "Navi Mumbai 400703"),
]


@pytest.mark.parametrize(("text", "pair"), GONE)
def test_postcode_with_listed_town_goes(text, pair):
    out = _redacted(text)
    assert pair not in out and pair.split()[0] not in out.replace(pair, "")


KEPT = [
    "Wir haben 12000 Euro gesammelt.",
    "Über 50000 Besucher kamen zum Fest.",
    "Rund 20000 Hamburger Fans jubelten.",
    "In 2019 Berlin was the venue.",
    "Mit 40000 Paris-Touristen pro Tag",
    "Paris 75000 visitors came.",
    "Nearly 10000 Berlin runners finished.",  # a round number, not a German postcode
    "Score: 33104 Points in Hamburg",
    "Il biglietto costa 20000 Lire (vecchie).",
    "Order 560038 shipped from Pune yesterday.",
    "Mumbai 400001 is our base",
]


@pytest.mark.parametrize("text", KEPT)
def test_numbers_before_words_stay(text):
    assert _redacted(text) == text


def test_prefix_must_match_the_town():
    text = "Lieferung an 80331 Hamburg"  # 80xxx is München's Leitregion, not Hamburg's
    assert town_after(text, 13, 18) is None
    assert town_after("an 20095 Hamburg", 3, 8) == len("an 20095 Hamburg")
    assert town_before("Delhi 560001", 6, 12) is None


def test_towns_table_is_well_formed():
    table = towns()
    assert len(table) > 300
    for name, (country, prefixes) in table.items():
        assert country in {"DE", "FR", "IT", "ES", "IN", "NL"}, name
        assert prefixes and all(len(p) == 2 and p.isdigit() for p in prefixes), name


def test_dutch_towns_take_postnl_codes_only():
    # PostNL codes have four digits: a listed Dutch town never makes five digits a postcode
    assert town_after("naar 35120 Utrecht", 5, 10) is None
    assert town_before("Utrecht 35120", 8, 13) is None


def test_routing_keys_are_the_139():
    assert len(ROUTING_KEYS) == 139
    assert {"D6W", "A94", "X91", "F91", "T12"} <= ROUTING_KEYS


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Collection point is Galway, H91 4821, at the side door.", "H91 4821"),
        ("Parcel to Limerick, V94 KCTA today", "V94 KCTA"),
        ("Ms Lynch\nKilkenny, R95 2047", "R95 2047"),
    ],
)
def test_eircode_after_town_and_comma_goes(text, code):
    strong = [(s, e) for s, e, sure in eircodes(text) if sure]
    assert [text[s:e] for s, e in strong] == [code]
    assert code not in _redacted(text)


def test_eircode_unknown_routing_key_stays_weak():
    text = "Galway, B12 4821 was the score"  # B12 is no routing key
    assert all(not sure for _, _, sure in eircodes(text))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # An Post: a county town or a Dublin district without a comma before the Eircode
        ("Our new office in Galway H91 7720 opens Monday", "H91 7720"),
        ("Post to: Dublin 4 D04 AKDH\nThanks", "D04 AKDH"),
        # India Post: a state between the town and the PIN
        ("New branch in Chennai, Tamil Nadu 600017 🎉", "600017"),
        # Poste Italiane: lungarno, lungotevere are street types
        ("Sede: Lungarno Vespucci 12/B, 50123 Firenze (FI).", "Vespucci"),
        ("LUNGOTEVERE DEI MELLINI, 44, 00193 ROMA", "MELLINI"),
        # Deutsche Post: Cologne's "-gürtel" ring roads; a place adjective before the street
        ("Neue Adresse: Sachsenringgürtel 12\n50677 Köln", "Sachsenringgürtel"),
        ("Wir sind umgezogen, jetzt Altonaer Hauptstraße 12!", "Altonaer"),
        # PostNL: house-number suffixes "-III", "-hs" and two spaces before the town
        ("Borrel op Korte Vijverberg 12-III, 2513 AB  DEN HAAG, tot dan.", "2513 AB"),
        ("Open huis op Lange Nieuwstraat 88-hs, 3512PH  UTRECHT, welkom.", "3512PH"),
    ],
)
def test_more_postal_forms_go(text, gone):
    assert gone not in _redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sprint T12 9876 done",  # a routing key after a word that is no town
        "Gate A41 2210 closed",
        "Immer Hauptstraße 5 entlang",  # "Immer" is no place adjective... and no address
    ],
)
def test_irish_and_adjective_lookalikes(text):
    out = _redacted(text)
    assert text.split()[0] in out


def test_presso_before_code_and_unlisted_town_goes():
    # Italian nouns are lower case: after "presso" a code and a capitalised word are a place
    assert "25030" not in _redacted("Ritiro presso 25030 Castrezzato oggi.")
    assert _redacted("Consegna presso 20000 persone") == "Consegna presso 20000 persone"
