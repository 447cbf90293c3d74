"""Non-member names (t8 names): lower-case runs grown from a NAME hit and lower-case name lists
(``name_runs``), Albanian and Romanian honorifics (``person_words``), the hand-written name
supplements, and brand names that are also a person's full name. Made-up names and posts."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.name_runs import extend_name_runs


def _grown(text: str, word: str) -> list[str]:
    """The NAME spans after growing a NAME hit on ``word`` (as the tagger gives one half)."""
    at = text.index(word)
    hits = extend_name_runs(text, [("NAME", at, at + len(word))])
    return sorted(text[h[1] : h[2]] for h in hits if h[0] == "NAME")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a lower-case given name before a lower-case surname hit, and a surname after a given one
        ("Heute fährt jörg brandt nach Kiel.", "brandt", ["jörg brandt"]),
        ("Heute fährt jörg brandt nach Kiel.", "jörg", ["jörg brandt"]),
        # a particle joins the surname after it, and two hits across it
        ("Ik sprak femke de bruijn gisteren.", "femke", ["femke de bruijn"]),
        # a given name that is also a word opens a one-word surname hit
        ("the adjuster is crystal mwakyusa now.", "mwakyusa", ["crystal mwakyusa"]),
        # listed with a conjunction or a comma: each name alone or as a pair
        ("i met okonkwo and wendt at the depot.", "okonkwo", ["okonkwo", "wendt"]),
        (
            "thanks to priya raman and lukas wendt for the help",
            "priya raman",
            ["lukas wendt", "priya raman"],
        ),
        ("on the rota: ferreira, okonkwo and kowalski.", "okonkwo",
         ["ferreira", "kowalski", "okonkwo"]),
    ],
)
def test_lower_case_runs_grow(text, word, expected):
    assert _grown(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # frequent words of any language never join ("petit", "said", "will", "rose")
        ("loïc petit frère est là.", "loïc", ["loïc"]),
        ("priya said it was fine.", "priya", ["priya"]),
        # a word before a given-name hit is no given name ("ping", a verb)
        ("set it up; ping keisha.", "keisha", ["keisha"]),
        ("ask okonkwo and rose about it.", "okonkwo", ["okonkwo"]),
        ("ask priya raman and the team.", "priya raman", ["priya raman"]),
        # "van school": a word after a particle is no surname
        ("vraag het anna van school morgen.", "anna", ["anna"]),
        # a capitalised hit grows by the capitalised rules only
        ("Ask Priya about crystal glasses.", "Priya", ["Priya"]),
    ],
)
def test_lower_case_runs_stop(text, word, expected):
    assert _grown(text, word) == expected


def test_a_word_like_given_name_does_not_join_a_rare_capitalised_hit():
    """Decision at the merge: a capitalised word that is also a given name ("Crystal", "Haus",
    "Casa") stays outside a one-word hit; German and Portuguese nouns are capitalised
    mid-sentence ("im Haus Quistorp", "na Casa Vidigal"), and no list tells them apart."""
    assert _grown("The contact is Crystal Mayweatherby today.", "Mayweatherby") == ["Mayweatherby"]
    assert _grown("Abendessen im Haus Quistorp am Samstag.", "Quistorp") == ["Quistorp"]
    assert _grown("we had Hope Frost today", "Frost") == ["Frost"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thanks to priya raman and lukas wendt for the help",
         "thanks to [NAME] and [NAME] for the help"),
        ("Fole me zoti Berisha sot.", "Fole me zoti [NAME] sot."),
        ("Kam folur me znj. Kelmendi dje.", "Kam folur me znj. [NAME] dje."),
        ("Kontakti është zonja Dervishi.", "Kontakti është zonja [NAME]."),
        ("Vorbiți cu dl. Ciobanu mâine.", "Vorbiți cu dl. [NAME] mâine."),
        # Caribbean/Central American "Licda.", a kitchen's "Chef" before a surname
        ("Hablé con la Licda. Barrientos ayer.", "Hablé con la Licda. [NAME] ayer."),
        ("Chef Moreau runs the pass tonight.", "Chef [NAME] runs the pass tonight."),
        # the supplements: Swahili, Romanian (comma below), Dominican names
        ("Jumanne Swai covered the night shift.", "[NAME] covered the night shift."),
        ("The driver today is Godlisten Mrema.", "The driver today is [NAME]."),
        ("Met with Nikauris Almánzar at the dock.", "Met with [NAME] at the dock."),
        # a person verb or cue next to a brand that is a full name: a person (fail closed)
        ("Tom Ford called me about the rota.", "[NAME] called me about the rota."),
        ("Thanks to Tom Ford for covering.", "Thanks to [NAME] for covering."),
    ],
)
def test_redacted(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # "Zoti" is also God: only a capitalised name after it; "dl" without a stop, decilitres
        "Zoti ju bekoftë të gjithëve.",
        "Man nehme 2 dl Milch und Mehl.",
        "Man nehme 2 dl. Milch und Mehl.",
        # a brand that is a full name, in a product context: kept
        "I bought a Tom Ford jacket at the outlet.",
        "The new Tom Ford collection is out.",
        # "met Hugo Boss at the fair": the brand's stand at a trade fair as often as the man;
        # decided as the brand (no person cue or person verb beside it), kept
        "I met Hugo Boss at the fair.",
        # kitchen ranks and dishes after "Chef", "chef" before a verb
        "Our Chef de Partie is off today.",
        "The chef de rang will seat you.",
        "Try the Chef Salad and the Chef Special.",
        "The chef recommends the fish.",
        "Je vois mon chef Lyon demain.",
        # a Romanian given name that is a word ("hope") stays unlisted
        "Mulțumim pentru speranța noastră.",
        "La Licda. en derecho termina hoy.",
        # lower-case words that are listed names but frequent words stay
        "we will rose the dough and said grace.",
    ],
)
def test_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)


@pytest.fixture(scope="module")
def tagged() -> Redactor:
    return Redactor.from_members([], name_tagger=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heute fährt jörg brandt nach Kiel.", "Heute fährt [NAME] nach Kiel."),
        ("i met okonkwo and wendt at the depot.", "i met [NAME] and [NAME] at the depot."),
        ("Tom Ford called me about the rota.", "[NAME] called me about the rota."),
    ],
)
def test_default_path(tagged, assert_exact, text, expected):
    assert_exact(tagged, text, expected)


@pytest.mark.parametrize(
    "text",
    ["I bought a Tom Ford jacket at the outlet.", "Zoti ju bekoftë të gjithëve."],
)
def test_default_path_kept(tagged, assert_kept, text):
    assert_kept(tagged, text)
