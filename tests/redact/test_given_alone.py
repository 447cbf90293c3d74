"""A member's given name written alone (trainer/redact/member_given.py): redacted where it is no
word; a given name that is also a word, a place or a company only with a person cue. Every
sentence here is made up for these tests."""

from __future__ import annotations

import pickle
import random

import pytest

from trainer.redact.member_given import find_members
from trainer.redact.names import MemberNames

ROSTER = [
    "Siobhan Carraway",
    "Wiebke Tamsen",
    "Thibault Marchetti",
    "Joaquín Orellana",
    "Nkechi Obiora",
    "Ottavio Brunelleschi",
    "Summer Kettleworth",
    "Hunter Blaylock",
    "Will Oakhampton",
    "Rose Quennell",
    "Jasmine Trevanion",
    "Mark Ellery",
    "Brandon Tully",
    "Jan Visscher",
    "Sydney Marchbank",
    "Madison Greer",
    "Albert Quist",
    "Thomas Vellacott",
    "Anna Lindqvist",
]


@pytest.fixture
def members(members_for) -> MemberNames:
    return members_for(ROSTER)


@pytest.fixture
def alone(members_for, member_spans):
    """``alone(text, roster=ROSTER)``: the one-token spans find_members adds (full names left
    out)."""
    return lambda text, roster=ROSTER: member_spans(members_for(roster), text, alone=True)


# Tier 1: a given name that no list holds as a word goes wherever it is capitalised.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lovely write-up, Siobhan.", "Siobhan"),
        ("Wiebke sprach über Datenschutz im Verein.", "Wiebke"),
        ("Bravo Thibault pour la promotion !", "Thibault"),
        ("Gracias por todo, Joaquín, fue un placer.", "Joaquín"),
        ("The panel closed with Nkechi and two founders.", "Nkechi"),
        ("Ottavio ci ha raccontato il suo primo anno.", "Ottavio"),
        ("A note from JOAQUIN's desk.", "JOAQUIN"),  # capitals: a word's tier, with a cue
        ("joaquin said the slides are up.", "joaquin"),  # lower case, no word: a name too
    ],
)
def test_a_given_name_that_is_no_word_is_redacted(alone, text, name):
    found = alone(text)
    assert found == ([name] if name else []), found


# Tier 3: a given name that is a word needs a person cue; the same word without one stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vocative
        ("Dank je wel, Will!", ["Will"]),
        ("Great question, Summer.", ["Summer"]),
        ("Parabéns, Jasmine, pela conquista!", ["Jasmine"]),
        # thanks / congratulations before
        ("Un grazie speciale a Hunter per il supporto.", ["Hunter"]),
        ("Félicitations Rose pour ce prix !", ["Rose"]),
        ("Herzlichen Glückwunsch, Summer!", ["Summer"]),
        # greeting
        ("Hi Hunter, the slides are attached.", ["Hunter"]),
        ("Liebe Rose, anbei die Unterlagen.", ["Rose"]),
        # a verb of speaking or presenting after, or an English possessive
        ("Summer gave an excellent demo of the new tool.", ["Summer"]),
        ("Jasmine presentó los resultados del trimestre.", ["Jasmine"]),
        ("We all enjoyed Hunter's workshop on pricing.", ["Hunter"]),
        # managing / working with
        ("I spent two years managing Summer at the agency.", ["Summer"]),
        ("È stato bello lavorare con Rose in questo progetto.", ["Rose"]),
        # programme lines
        ("14:00 Wrap-up and next steps – Summer", ["Summer"]),
        ("09:15 – Will: Opening words\n09:30 – Coffee", ["Will"]),
        # no cue: the word stays
        ("Summer is finally here and the office is empty.", []),
        ("Will you join us on Friday?", []),
        ("Rose gardens bloom early this year.", []),
        ("Hunter boots are back in stock.", []),
        ("Jasmine tea and biscuits at the break.", []),
        ("WILL THIS WORK? We will see.", []),
    ],
)
def test_a_given_name_that_is_a_word_needs_a_person_cue(alone, text, expected):
    assert alone(text) == expected


# Tier 2: a frequent word of some language ("Mark", "Brandon", "Jan") goes inside a sentence,
# at its start only with a cue; a date, a place or a company around it keeps it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I chatted with Mark after the session.", ["Mark"]),
        ("Mark your calendars for the spring meetup.", []),
        ("Brandon shared the numbers with everyone.", ["Brandon"]),
        ("Bedankt, Jan!", ["Jan"]),
        ("The board meets on 12 Jan 2026.", []),
        ("Our new offices on Madison Avenue open soon.", []),
        ("The team in Sydney grew to twelve people.", []),
        ("Thanks, Sydney!", ["Sydney"]),
    ],
)
def test_a_frequent_word_is_redacted_inside_a_sentence_or_with_a_cue(alone, text, expected):
    assert alone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Weekly groceries from Albert Heijn, as always.",
        "Our trip was booked with Thomas Cook back then.",
        "Snacks from Ben & Jerry's for the whole team.",
    ],
)
def test_companies_named_after_people_are_kept(alone, text):
    assert alone(text) == []


def test_a_non_member_given_name_is_left_to_the_other_rules(alone):
    assert alone("Lovely write-up, Gwendolyn.") == []


@pytest.mark.parametrize(
    "text",
    [
        "We hiked the Annapurna circuit.",
        "Anna-Lena and the team say hi.",
        "Write to Anna.Notes@example.org for slides.",
        # A roster name inside a hashtag is a member's name (test_names8_hashtags.py).
        "The @wiebke handle is a bot.",
    ],
)
def test_a_given_name_inside_a_longer_word_is_not_touched(alone, text):
    assert alone(text) == []


def test_the_full_name_is_one_member_hit(members, member_spans):
    text = "Congrats to Siobhan Carraway and Siobhan on the stage."
    assert member_spans(members, text) == ["Siobhan Carraway", "Siobhan"]


def test_a_roster_name_outside_the_gazetteer_is_found(alone):
    assert alone("Well said, Xanthoula.", ["Xanthoula Pemberly"]) == ["Xanthoula"]


def test_pickled_members_keep_their_given_names(members, member_spans):
    again = pickle.loads(pickle.dumps(members))
    assert again.given == members.given
    assert member_spans(again, "Lovely write-up, Siobhan.", alone=True) == ["Siobhan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks for the notes. Will send mine tomorrow.", []),  # the thanks ended a sentence
        ("Merci de rappeler Rose demain.", []),  # "merci de": please, no thanks to Rose
        ("Ein großes Dankeschön an Summer für alles!", ["Summer"]),
        ("Muchas gracias de corazón a Jasmine.", ["Jasmine"]),
    ],
)
def test_a_thanks_counts_only_for_the_one_thanked(alone, text, expected):
    assert alone(text) == expected


def test_a_sharp_s_surname_in_capitals_before_the_given_name(members_for, member_spans):
    # German capitals write ß as SS ("GROSSKOPF Dörte"), the given name keeps its umlaut.
    text = "Viele Grüße\nGROSSKOPF Dörte\nEinkauf"
    assert member_spans(members_for(["Dörte Großkopf"]), text) == ["GROSSKOPF Dörte"]


def test_the_engine_redacts_a_given_name_alone(redactor_for, assert_exact):
    text = "Great question, Summer. Summer is finally here, and Siobhan agrees."
    expected = "Great question, [NAME]. Summer is finally here, and [NAME] agrees."
    assert_exact(redactor_for(ROSTER), text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("huge thanks to siobhan for the slides", ["siobhan"]),
        ("ciao, wiebke!", ["wiebke"]),
        ("wiebke said so", ["wiebke"]),  # lower case, no word: a name with or without a cue
        ("great point, will.", []),  # a word in lower case stays, cue or not
    ],
)
def test_a_lower_case_given_name_needs_no_word(alone, text, expected):
    assert alone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See you all in March.\n\nCheers,\nWill", ["Will"]),
        ("Met vriendelijke groet,\n  Rose.\n", ["Rose"]),
        ("Hunter, thank you for the intro!", ["Hunter"]),
        ("Summer, congratulations on the launch.", ["Summer"]),
        ("Rose, as a colour, is back this season.", []),
        ("Spring, Summer, Autumn and Winter collections.", []),
    ],
)
def test_a_signature_line_and_an_opening_vocative_are_cues(alone, text, expected):
    assert alone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilot ran together with Porsche this spring.", []),  # a companion cue is weak
        ("Thanks to Porsche for the venue.", []),  # thanking a company
        ("Great point, Porsche.", ["Porsche"]),  # addressed: a person
        ("Hi Porsche, the slides are attached.", ["Porsche"]),
    ],
)
def test_a_given_name_that_is_a_listed_company_needs_to_be_addressed(alone, text, expected):
    assert alone(text, ["Porsche Adeyemi"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summer did a wonderful job on the launch.", ["Summer"]),
        ("Rose a présenté la feuille de route.", ["Rose"]),
        ("Hunter hat einen Workshop zu Preisen gehalten.", ["Hunter"]),
        ("Jasmine ha condiviso i risultati.", ["Jasmine"]),
        ("Will, our new head of sales, starts in May.", ["Will"]),
        ("Slides: photo by Summer, taken on stage.", ["Summer"]),
        ("Atelier animé par Rose, ouvert à tous.", ["Rose"]),
        ("Volgens Hunter is de planning haalbaar.", ["Hunter"]),
        ("cc: Jasmine", ["Jasmine"]),
        ("Happy birthday Summer! 🎂", ["Summer"]),
        # the same words without a person
        ("Summer has arrived in the city.", []),
        ("Rose a une couleur douce.", []),
        ("Will be there at nine.", []),
    ],
)
def test_more_cues_in_each_language(alone, text, expected):
    assert alone(text) == expected


def test_spans_stay_inside_the_text_at_every_edge(members_for):
    members = members_for(["Will Ott", "Siobhan Carr", "Jean-Pierre Roux", "D'Arcy Lane"])
    pieces = ["Will", "WILL", "siobhan", "Siobhan", "Jean-Pierre", "Pierre", "D'Arcy", " ", ", "]
    pieces += ["\n", "–", "'s", ".", "¡", "Hi ", "thanks to ", "12", "@", "&", "Cheers,\n", "in "]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for _, start, end in find_members(text, members):
            assert 0 <= start < end <= len(text)
