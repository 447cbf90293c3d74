"""dev55 N: names read by structure and maintained lists, both ways.

Places are not people: a GeoNames town in a place's position ("en Santiago de Compostela",
"nach Visby": ``places``) is kept; the same name with no place's position, or a possessive,
stays a person's. A business named by a trade compound ("Hundesalon", "Tierklinik", "Dierenkliniek":
``name_business``) and a word no name list holds is the business's name, kept on the rules'
path, the tagger's and a record's value; a listed given name or surname after the same trade
noun is a sole trader's, a person's name, and stays redacted (fail closed). Made-up values and
posts only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.name_business import business_name, trade_compound
from trainer.redact.places import place_name


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: Katzensalon Federwolke",
        "Ansprechpartner: Fahrschule Sonnenhang",
    ],
)
def test_business_after_a_trade_compound_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sole trader's business carries a person's name: the name goes
        ("Kontakt: Katzensalon Brandhuber", "Kontakt: [NAME]"),
        ("Termin beim Friseursalon Anna Brandhuber.", "Termin beim [NAME]."),
        ("Kontakt: Tierpension Heidrun Obermaier", "Kontakt: [NAME]"),
    ],
)
def test_personal_name_after_a_trade_compound_is_redacted(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_trade_compound_needs_a_first_part() -> None:
    assert trade_compound("Hundesalon") and trade_compound("Kleintierpraxis")
    assert not trade_compound("Salon")  # the head alone is companies' trade noun, if any
    assert not trade_compound("salonfähig")  # lower case: no business's name
    assert not trade_compound("Absalon")  # "Ab|salon": a first part of two letters


def test_business_name_spans() -> None:
    text = "Kontakt: Hundesalon Federwolke"
    assert business_name(text, 9, len(text))
    assert business_name(text, 20, len(text))  # the tagger's hit after the trade noun
    person = "Kontakt: Hundesalon Maria"
    assert not business_name(person, 9, len(person))


@pytest.mark.parametrize(
    "text",
    [
        "La reunión se hizo en Santiago de Compostela.",
        "Mañana vuelo a Santiago de Compostela con mi hermana.",
    ],
)
def test_town_of_geonames_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's name with no place's position, or a possessive, is a person's
        ("Galway told me the news.", "[NAME] told me the news."),
        ("I was in Wilson's office yesterday.", "I was in [NAME]'s office yesterday."),
    ],
)
def test_town_name_without_a_place_position_is_redacted(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_place_name_spans() -> None:
    text = "Er wohnt jetzt in Maria Enzersdorf."
    assert place_name(text, 18, 23)  # the tagger's "Maria", inside the town's name
    assert place_name(text, 18, 34)
    assert not place_name("Maria Enzersdorf", 0, 5)  # no place's position
    near = "We sat near John Day."
    assert not place_name(near, 12, 20)  # a small town that reads as a given name and surname
    assert place_name("Wir wohnen im Visby Hotel.", 14, 19)
    assert not place_name("Wir sind mit Visby gegangen.", 13, 18)  # "mit": no locative


def test_place_name_vetoes_people() -> None:
    both = "Sanne en Florence kwamen langs."
    assert not place_name(both, 9, 17)  # Dutch "en" is "and": a given name stays a person's
    assert place_name("Wij wonen nu in Florence.", 16, 24)
    person = "Confío en Juan de Acosta para esto."
    assert not place_name(person, 10, 24)  # a town that reads as a given name and a surname


def test_loose_locative_keeps_no_surname() -> None:
    text = "Donne-le à Wilson demain."
    assert not place_name(text, 11, 17)  # French "à" is also "to": a surname stays a person's


def test_trade_compound_by_suffix_look_up_equals_the_endswith_definition():
    # the look-up per head length (speed) answers as "ends in a trade head after 3+ letters" does
    import random
    import string

    from trainer.redact import name_business as nb

    def by_endswith(word: str) -> bool:
        low = word.lower()
        if not word[:1].isupper() or not low.isalpha():
            return False
        return any(low.endswith(h) and len(low) - len(h) >= 3 for h in nb.TRADE_HEADS)

    rng = random.Random(55)
    words = []
    for head in nb.TRADE_HEADS:
        for k in range(6):
            stem = "".join(rng.choice("abcäöü") for _ in range(k))
            words += [(stem + head).capitalize(), (stem + head).upper(), stem + head]
    words += ["".join(rng.choice(string.ascii_letters) for _ in range(rng.randrange(1, 14)))
              for _ in range(5000)]
    assert sum(map(nb.trade_compound, words)) > 300  # both answers occur often
    assert [nb.trade_compound(w) for w in words] == [by_endswith(w) for w in words]


@pytest.mark.parametrize("window", [5, 12, 40, 120])
def test_place_words_from_a_window_equal_the_whole_lines(monkeypatch, window):
    # places reads the words around a hit from a window that opens and closes at a character no
    # word holds (speed); the two words either side of the hit are the whole line's
    import random

    from trainer.redact import places

    monkeypatch.setattr(places, "_WINDOW", window)
    rng = random.Random(window)
    pieces = ["Word", "in", "near", "São", "Paulo", "x1", "a.b", "l'Eau", "—", ",", "12", "\n",
              "Santiago", "de", "Compostela", "aa-bb", "ΔΕ", "’s", "\t", "\u00a0"]
    checked = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", " ", "\n", ", "])
                       for _ in range(rng.randrange(1, 90)))
        spans = [m.span() for m in places._WORD.finditer(text)]
        if not spans:
            continue
        (a, b), (c, d) = rng.choice(spans), rng.choice(spans)
        start, end = min(a, c), max(b, d)
        if "\n" in text[start:end]:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
        whole, w_in = places._tokens(text, line_start, line_end, start, end)
        near, n_in = places._words_around(text, start, end, line_start, line_end)
        assert bool(w_in) == bool(n_in)
        if w_in:
            checked += 1
            assert (whole[max(0, w_in[0] - 2) : w_in[-1] + 3]
                    == near[max(0, n_in[0] - 2) : n_in[-1] + 3])
    assert checked > 300
