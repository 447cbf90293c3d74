"""PostNL codes typed in lower case ("1234 ab"), made-up addresses: after a street line with its
town, or as the locality line first ("1234 ab plaats, straat 12"). Two lower-case letters that
are a word ("2040 is", "1500 nu") or digits that are a year are no code, and a count after the
street word ("net 3 dagen") is no house number."""

from __future__ import annotations

import pytest

GONE = [
    ("adres: molenstraat 14-hs, 3512 pk utrecht", ["3512", "utrecht", "molenstraat"]),
    ("stuur het naar Kerkweg 7, 7411xb Deventer", ["7411xb", "Deventer"]),
    ("Woonadres: Beukenlaan 3\n9712 rt groningen\nTel: onbekend", ["9712", "groningen"]),
    ("stuur naar Havenkade 2, 1013 vd 's-gravenhage.", ["1013", "gravenhage"]),
    ("📍 5611 ek eindhoven, stratumseind 31 Tot dan!", ["5611", "eindhoven", "stratumseind"]),
    ("nieuw adres: 2312 bc leiden, breestraat 88-2", ["2312", "leiden", "breestraat"]),
]

# the street goes, the number after it is no code
KEPT_AFTER = [
    ("stuur naar Dorpsstraat 4, 2040 is goed genoeg", "2040 is goed"),
    ("Office at Kerkweg 4, 2024 en verder", "2024 en verder"),
]

KEPT = [
    "in 1500 nu meer, net 3 dagen",
    "het kost 3000 eu per jaar, straks 12 keer",
    "we verkochten 1200 xl shirts, maat 42 vooral",
]


@pytest.mark.parametrize(("text", "fragments"), GONE)
def test_lower_case_postnl_goes(redactor, text, fragments):
    out = redactor.redact(text).text
    for fragment in fragments:
        assert fragment not in out, out


@pytest.mark.parametrize("text", KEPT)
def test_lower_case_lookalikes_kept(redactor, text):
    assert "[ADDRESS]" not in redactor.redact(text).text


@pytest.mark.parametrize(("text", "kept"), KEPT_AFTER)
def test_number_after_street_is_no_lower_case_code(redactor, text, kept):
    out = redactor.redact(text).text
    assert "[ADDRESS]" in out and kept in out, out


def test_lower_case_code_and_town_after_a_place_preposition(redactor):
    out = redactor.redact("we verhuizen naar 9722 rt groningen, gezellig").text
    assert "9722" not in out and "groningen" not in out, out
    assert "[ADDRESS]" not in redactor.redact("we gaan in 1200 xl maat").text


# A listed town typed in lower case after a five-digit code whose leading digits are the town's
# (La Poste département, Poste Italiane CAP block, Deutsche Post Leitregion).
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("adresse : 5 rue Solférino, 59000 lille", "lille"),
        ("indirizzo: via Po 3, 10124 torino", "torino"),
        ("Anschrift: Torstraße 9, 10119 berlin", "berlin"),
    ],
)
def test_listed_town_in_lower_case_after_code(redactor, text, town):
    out = redactor.redact(text).text
    assert town not in out and "[ADDRESS]" in out, out


def test_word_after_code_that_is_no_listed_town_stays(redactor):
    out = redactor.redact("Adresse: 5 rue Solférino, 59000 merci beaucoup").text
    assert out.endswith("merci beaucoup"), out
