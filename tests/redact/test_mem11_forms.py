"""mem11: a member's name alone after the cues of threads and paperwork in more languages
(``member_mention_cues``), in a declined form (``member_inflections``), by a short form of the
newer languages (``member_nicknames``); titles stay outside the span. Made-up names only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor, member_given, member_roster
from trainer.redact.member_inflections import inflected_forms
from trainer.redact.member_nicknames import nicknames
from trainer.redact.member_roster import gazetteer_keys
from trainer.redact.member_words import word_key
from trainer.redact.names import MemberNames

# Names that are also words or places of some language (tier 3: they need a cue), and rare ones.
ROSTER = [
    "Miguel Fischer",
    "Holly Bell",
    "Ante Dobre",
    "Tomáš Novák",
    "Péter Kovács",
    "Anna Kowalska",
    "Rafael Quintela",
    "Cristina Valencia",
    "Lucía Ferreyra",
]


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members(ROSTER, name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thanks and acknowledgements in more languages, right before or before a "to" word
        ("Hvala Ante na preporuci.", "Hvala [NAME] na preporuci."),
        ("Tak til Bell for hjælpen i går!", "Tak til [NAME] for hjælpen i går!"),
        ("Mulțumesc lui Dobre pentru tot.", "Mulțumesc lui [NAME] pentru tot."),
        ("Aplausos para Lucía hoy.", "Aplausos para [NAME] hoy."),
        ("Huge props to Bell today.", "Huge props to [NAME] today."),
        # mentioning, tagging, looping in, quoting
        ("Looping in Fischer on this.", "Looping in [NAME] on this."),
        ("Menciono a Valencia porque sabe.", "Menciono a [NAME] porque sabe."),
        ("Como dijo Fischer ayer.", "Como dijo [NAME] ayer."),
        ("I used a tip from Bell yesterday.", "I used a tip from [NAME] yesterday."),
        # a relative pronoun of persons, a copy line, a role given to the reader
        ("Ask in Holly who knows.", "Ask in [NAME] who knows."),
        ("Prosím, dejte Bell do kopie.", "Prosím, dejte [NAME] do kopie."),
        ("Fischer will be your mentor this term.", "[NAME] will be your mentor this term."),
        ("Dobre vă va fi îndrumător.", "[NAME] vă va fi îndrumător."),
        ("Die Idee stammt von Fischer, vielen Dank.", "Die Idee stammt von [NAME], vielen Dank."),
        # a vocative that speaks to its reader in another language
        ("Valencia, boleh semak dokumen ini?", "[NAME], boleh semak dokumen ini?"),
        # a company named like the member, thanked: the member
        ("¡gracias Bell por la ayuda!", "¡gracias [NAME] por la ayuda!"),
    ],
)
def test_cues_make_a_word_like_roster_name_a_person(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Valencia are cheap in May.",  # a place after a place preposition
        "The bell rang twice.",  # the word in lower case
        "Der Fischer fängt Fisch.",  # a noun after an article
        "Thanks. Off to Valencia now.",  # a thanks in another sentence
        "Valencia is lovely in spring.",  # a subject, no role given to anyone
        "Tagging the release now.",  # a cue verb before no roster name
    ],
)
def test_the_same_words_without_a_cue_stay(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Děkuji panu Novákovi za pomoc.", "Děkuji panu [NAME] za pomoc."),
        ("Mluvil jsem s Tomášem včera.", "Mluvil jsem s [NAME] včera."),
        ("Köszönöm, Kovácsnak elküldtem.", "Köszönöm, [NAME] elküldtem."),
        ("Tegnap Péterrel beszéltem.", "Tegnap [NAME] beszéltem."),
        ("Rozmawiałem z Kowalską i Anną wczoraj.", "Rozmawiałem z [NAME] i [NAME] wczoraj."),
        ("Dałem to pani Kowalskiej.", "Dałem to pani [NAME]."),
    ],
)
def test_declined_forms_are_the_member(redact, text, expected):
    assert redact(text) == expected


def test_declined_forms_exclude_words_and_other_names():
    forms = inflected_forms(MemberNames(["Jan Novák", "Holly Bell", "Anna Kowalska"]))
    assert forms["novakovi"] == "novak" and forms["novakem"] == "novak"
    assert forms["jannak"] == "jan"
    assert forms["annie"] == "anna"  # someone else's given name too: a name either way
    assert "belle" not in forms  # a word
    assert inflected_forms(MemberNames([])) == {}


def test_a_declined_form_in_lower_case_stays(redact):
    assert redact("novakovi is a made-up lower-case token") == (
        "novakovi is a made-up lower-case token"
    )


def test_short_forms_of_the_newer_languages():
    assert "rafa" in nicknames("rafael")
    assert {"tin", "tina"} <= nicknames("cristina")
    assert "kuba" in nicknames("jakub")
    assert "laci" in nicknames("laszlo")
    assert nicknames("quintela") == frozenset()


def test_a_short_form_that_is_a_word_needs_a_cue(redact):
    assert redact("Marcando Rafa porque sabe.") == "Marcando [NAME] porque sabe."
    assert redact("Tin, could you send me the slides?") == "[NAME], could you send me the slides?"
    assert redact("The tin can is empty.") == "The tin can is empty."


def test_a_title_stays_outside_the_member_name(redact):
    # The same treatment as every name: a title inside only members' spans would reveal them.
    assert redact("Dr. Miguel Fischer signed it.") == "Dr. [NAME] signed it."
    assert redact("Ing. Tomáš Novák signed it.") == "Ing. [NAME] signed it."
    assert redact("PING PROF. MIGUEL FISCHER NOW") == "PING PROF. [NAME] NOW"
    assert redact("Gracias Lic. Lucía Ferreyra por todo.") == "Gracias Lic. [NAME] por todo."


def test_a_word_before_a_member_name_is_no_title(redact):
    assert redact("tell me Miguel Fischer is in") == "tell me [NAME] is in"
    assert redact("Thanks Miguel Fischer!") == "Thanks [NAME]!"
    assert redact("Don't ping Miguel Fischer.") == "Don't ping [NAME]."
    # an undotted title stays (a hospital or school named after someone keeps it), and a
    # courtesy title, which tells only a gender, stays as it does for everyone's name
    assert redact("Lunch with Dr Miguel Fischer.") == "Lunch with Dr [NAME]."
    assert redact("Lunch with Mr. Miguel Fischer.") == "Lunch with Mr. [NAME]."
    assert redact("Hola Sra. Lucía Ferreyra.") == "Hola Sra. [NAME]."


def test_one_word_key_for_the_member_rules():
    assert word_key("jean-pierre") == "jean pierre"
    assert not hasattr(member_given, "_key") and not hasattr(member_given, "_NOT_ALNUM")
    assert not hasattr(member_roster, "_key") and not hasattr(member_roster, "_NOT_ALNUM")
    assert "maria" in gazetteer_keys()


def test_possessives_and_hyphenated_case_endings(redact):
    assert redact("Novákův návrh je dobrý.") == "[NAME] návrh je dobrý."
    assert redact("To je Kowalskiej biurko.") == "To je [NAME] biurko."
    out = redact("Tegnap elküldtem Kovács-nak a levelet.")
    assert "Kovács" not in out and out.endswith("-nak a levelet.")


def test_a_short_name_declined_needs_more_at_a_sentence_start():
    redactor = Redactor.from_members(["Ivo Bek"], name_tagger=False)
    assert redactor.redact("Ja sam dao Beku knjigu.").text == "Ja sam dao [NAME] knjigu."
    assert inflected_forms(MemberNames(["Ivo Bek"]))["beku"] == "bek"


def test_the_manifest_says_how_declined_forms_are_found():
    """Declined forms are read back at match time for any roster size (no cap any more:
    test_mem12_declined covers a roster above the old one); the manifest says so."""
    from trainer.redact import Redactor

    redactor = Redactor.from_members(["Jan Novák", "Anna Kowalska"], name_tagger=False)
    forms = redactor.config_summary()["member_declined_forms"]
    assert forms == "at match time, any roster size (4 one-word names)"
