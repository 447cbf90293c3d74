"""pl sv fi tr sentence words that no name list holds end a lower-case "name" (the name lists
hold many words of these languages: names-dataset is crowd-sourced); words that are names there
("aina", "mutlu") never join that list, and capitalised text and members do not read it; a
member whose given name is a frequent word without its accents ("Gia" / it "già") is still
redacted. Examples made up here."""

from __future__ import annotations

import pytest

from trainer.redact.person_words import TOP, TOP_NODICT


@pytest.mark.parametrize(
    "text",
    [
        "Jag\nhar någon läst protokollet än?",  # sv
        "Support\ndet blev inget av det",  # sv
        "Ja\nale jeszcze nie wiem",  # pl
    ],
)
def test_chat_lines_of_the_new_locales_are_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)


def test_the_nodict_list_holds_no_name_and_stays_apart():
    for name in ("aina", "mutlu", "uzun", "det", "har", "ana"):
        assert name not in TOP_NODICT  # listed as a given name or a surname somewhere
    for word in ("någon", "också", "jeszcze"):
        assert word in TOP_NODICT and word not in TOP


@pytest.mark.parametrize(
    ("roster", "text", "expected"),
    [
        (["Aina Lindholm", "Mutlu Demirci"], "Aina was here and Mutlu called twice.",
         "[NAME] was here and [NAME] called twice."),
        # it "già" folds to "gia": a member written without the accent is named
        (["Gia Lombardi"], "the file Gia sent is here", "the file [NAME] sent is here"),
    ],
)
def test_members(redactor_for, assert_exact, roster, text, expected):
    assert_exact(redactor_for(roster), text, expected)


# A non-member's given name alone after a greeting or a thanks is redacted (person_alone); the
# greeting stays. These replace the "kept" cases of earlier sessions (test_people_generic,
# test_names2/3/6/7: "Guten Morgen, Sanne!", "Obrigado, João!", "HAPPY BIRTHDAY Anna!" ...),
# written when a lone given name counted only after an English cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guten Morgen, Sanne!", "Guten Morgen, [NAME]!"),
        ("Danke, Anna!", "Danke, [NAME]!"),
        ("Merci, Marie.", "Merci, [NAME]."),
        ("HAPPY BIRTHDAY Anna!", "HAPPY BIRTHDAY [NAME]!"),
        ("Obrigado, João!", "Obrigado, [NAME]!"),
        ("Gracias, María, por todo.", "Gracias, [NAME], por todo."),
        ("Morgen, Sanne, begint de cursus.", "Morgen, [NAME], begint de cursus."),
        ("Kiitos Aino!", "Kiitos [NAME]!"),
        ("Teşekkürler Elif!", "Teşekkürler [NAME]!"),
        ("I talked to Lorcan about it", "I talked to [NAME] about it"),
        ("Customer (Odile): the invoice is wrong", "Customer ([NAME]): the invoice is wrong"),
        ("Ingeborg, [03.02.2024 10:11]\nbis gleich", "[NAME], [03.02.2024 10:11]\nbis gleich"),
        ("Hamish (3/14/2024 9:02 AM): noted", "[NAME] (3/14/2024 9:02 AM): noted"),
        ("Me  08:01\nok\n\nOrlagh  09:14\nsee you", "Me  08:01\nok\n\n[NAME]  09:14\nsee you"),
        ("Mettez Ludivine en copie svp", "Mettez [NAME] en copie svp"),
        ("Zet Wiebke in de cc aub", "Zet [NAME] in de cc aub"),
    ],
)
def test_lone_given_names_in_person_slots(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


# Honorifics of pl sv fi tr before a surname (Polish declines them and writes them in lower
# case mid-sentence); English "pan" is a noun and is not one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wczoraj dzwoniła pani Wierzbicka", "wczoraj dzwoniła pani [NAME]"),
        ("spotkanie u pana Wierzbickiego", "spotkanie u pana [NAME]"),
        ("Fru Lindqvist kommer", "Fru [NAME] kommer"),
        ("Rouva Kettunen soitti", "Rouva [NAME] soitti"),
        ("Sayın Karaduman, merhaba", "Sayın [NAME], merhaba"),
        ("I fried it in a pan Tuesday", "I fried it in a pan Tuesday"),
    ],
)
def test_new_locale_honorifics(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


# A given name alone that is a tool, a town, a product or a shop stays (made-up shapes).
@pytest.mark.parametrize(
    "text",
    [
        "We migrated from Jenkins to GitLab CI",
        "Our Denver team shipped it",
        "Release notes: Django 5.1 support",
        "Aino-sovellus ja Ilmari-palvelu",
        "Mollie opens a second office",
        "grabbed lunch at Kellogg's stand",
        "We flew in Austin last week",
    ],
)
def test_lone_given_names_elsewhere_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)
