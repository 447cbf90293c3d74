"""Negative tests for the address keep-rules (review r5 items 2, 3, 20, 23, 24): fail closed.

A keep-rule stops an address from being redacted, so each is tested in both directions:
- a number before a street is a count only after a noun that takes a number ("Top 10", "bus 38",
  "Kapitel 3"), and only before a weak suffix: number words ("No. 10", "number 12"), articles,
  possessives and verbs precede real house numbers, and a strong suffix ("Street") always wins;
- a count after a street's number ("Keizersgracht 2 hours") keeps the street only for a plural
  count noun with no residence cue before the street; ambiguous words ("ora" = now, "mal",
  "ans", "ore 21" = at 9 pm, "hora") never do;
- a year-like number after a compound street ("Hauptstraße 1998") is a house number after a
  residence cue;
- a street walked through ("pela Rua ...") is a place only without a number.
All sentences and names are made up.
"""

from __future__ import annotations

import pytest

STILL_REDACTED = [
    # number words, possessives, articles and verbs before a house number (en)
    ("I live at No. 10 Pembroke Street", "Pembroke"),
    ("moved to number 12 Elm Road", "Elm Road"),
    ("Send it to my 14 Oak Avenue flat", "Oak Avenue"),
    ("Our 22 Birch Lane house is for sale", "Birch Lane"),
    ("at the 5 Park Avenue office", "Park Avenue"),
    ("She walked 12 Harrow Road to get home", "Harrow"),
    ("Parcel for Nr. 7 Quillfeather Street, please", "Quillfeather"),
    ("They bought the 41 Marlowe Crescent place", "Marlowe"),
    ("Your 9 Tamsin Way flat is ready", "Tamsin"),
    ("We ran 3 Fenwick Drive to the corner", "Fenwick"),
    # a strong suffix wins over a noun that takes a number
    ("Meet me at Top 10 Orchard Street", "Orchard Street"),
    ("Deliver to Gate 4 Harbour Road", "Harbour Road"),
    # a year after a time preposition, but a strong suffix
    ("In 2019 Henley Street was packed.", "Henley"),
    # count words with another reading after a residence (it, de, pt, fr, es, nl)
    ("Abito in Via Garibaldi 5 ora, vieni pure", "Garibaldi"),
    ("Mi trovi in Via Roma 7 ora di pranzo", "Via Roma 7"),
    ("Ich wohne in der Lindenstraße 4 mal sehen", "Lindenstraße"),
    ("Moro na Rua Augusta 45 anos atrás", "Augusta"),
    ("Concerto in Via Rossini 12 ore 21:00", "Rossini"),
    ("Wir wohnen in der Bergerstraße 8 Jahre schon", "Bergerstraße"),
    ("J'habite 14 rue des Coquelicots depuis 3 ans", "Coquelicots"),
    ("Vivo en la calle Olmedilla 5 años ya", "Olmedilla"),
    ("Wij wonen op de Brouwersgracht 12 jaar al", "Brouwersgracht"),
    ("Moramos na Rua Tomé Valadares 30 anos", "Valadares"),
    ("Ik woon in de Ruysdaelkade 9 uur lang al", "Ruysdaelkade"),
    ("Abitiamo in Via Vespucci 3 anni fa", "Vespucci"),
    ("I've lived at 7 Marston Close 2 years now", "Marston"),
    ("Siamo in Via dei Tigli 4 ore 18 per la riunione", "Tigli"),
    ("Nos vemos en la calle Ortigosa 9 hora punta", "Ortigosa"),
    # an article before a French street number is no count
    ("Les 10 rue Mouffetard sont à vendre", "Mouffetard"),
    # walked through, but with a house number
    ("Passamos pela Rua Helena Prado Lima 45 para pegar a encomenda", "Helena Prado Lima 45"),
    ("pela Rua Helena Prado Lima 45", "Prado Lima 45"),
    # a year-like house number after a compound street and a residence cue
    ("Ich wohne Hauptstraße 1998, komm vorbei", "Hauptstraße 1998"),
    ("Wij wonen op de Lijnbaansgracht 2019, kom langs", "Lijnbaansgracht 2019"),
]


@pytest.mark.parametrize(("text", "fragment"), STILL_REDACTED)
def test_address_is_still_redacted(redactor, text, fragment):
    out = redactor.redact(text).text
    assert fragment not in out and "[ADDRESS]" in out, out


# The legitimate look-alikes: a noun that takes a number before a weak suffix, a plural count
# with no residence cue, a year after a compound street in prose.
LOOKALIKES_KEPT = [
    "Top 10 tips for Rome.",
    "Took bus 38 Camden Bridge bound.",
    "Kapitel 3 Willow Creek ist spannend",
    "We cycled along the Keizersgracht 2 hours.",
    "Wir waren auf der Schillerstraße 3 Tage lang unterwegs.",
    "Fietsen langs de Lijnbaansgracht 2 uur lang",
    "Die Schadowstraße 2024 war wieder voll.",
    "Hauptstraße 1998, komm vorbei",
]


@pytest.mark.parametrize("text", LOOKALIKES_KEPT)
def test_lookalike_is_kept(redactor, text):
    assert "[ADDRESS]" not in redactor.redact(text).text


def test_count_after_an_address_with_other_digits_is_trimmed(redactor):
    """A count after the street's number without a residence cue: the count stays, the rest of
    the address (a flat number) still goes."""
    out = redactor.redact("Flat 2, 18 Quillon Meadows 3 days later").text
    assert "Quillon" not in out, out


def test_residence_preposition_on_a_later_line(redactor):
    """A place preposition opening a later line is a cue too."""
    out = redactor.redact("Hallo!\nin der Kastanienstraße 6 Jahre gewohnt").text
    assert "Kastanienstraße" not in out, out
