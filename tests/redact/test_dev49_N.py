"""dev49 N: a name hit grows over the other half of the name written beside it
(``name_runs``): lower-case given names that are names only, lower-case surnames no list holds,
elided and double-barrelled surnames, a second surname, capitalised words no list holds, and
surname-first names written with a comma. Made-up names and posts only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.name_runs import extend_name_runs


def _grown(text: str, word: str) -> list[str]:
    """The NAME spans after growing a NAME hit on ``word`` (as a rule or the tagger gives one
    half of a name)."""
    at = text.index(word)
    hits = extend_name_runs(text, [("NAME", at, at + len(word))])
    return sorted(text[h[1] : h[2]] for h in hits if h[0] == "NAME")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a lower-case given name that only names write ("esteban", "salvatore") before a
        # lower-case surname hit
        ("the fixer was esteban quintavalle today", "quintavalle", ["esteban quintavalle"]),
        ("il referente è salvatore brancovizzi.", "brancovizzi", ["salvatore brancovizzi"]),
        # elided particles and double-barrelled surnames in lower case
        ("grazie a lorenzo d'angelo per tutto", "lorenzo", ["lorenzo d'angelo"]),
        ("LG\nanke meyer-lüdenbrock\nTeam", "anke", ["anke meyer-lüdenbrock"]),
        # a second listed surname after a two-word hit (Spanish and Portuguese write two)
        ("yo: hugo alonso suárez 22:41", "hugo alonso", ["hugo alonso suárez"]),
        # capitalised: a word no list holds after a one-word hit, before a surname hit
        ("agent: Ask for Blessing Zayquoyah at the desk.", "Blessing", ["Blessing Zayquoyah"]),
        ("Pregunten por Lenín Moncayo en recepción", "Moncayo", ["Lenín Moncayo"]),
        # a listed given name that is no word-like name, before a lower-case hit
        ("en familia. santiago pazmiño, de la", "pazmiño", ["santiago pazmiño"]),
        # both halves join a one-word hit, a given name before and a surname after (fail
        # closed: "ima" is a Slovene verb as well as a given name)
        ("Predavanje ima tomaž kovačič danes.", "tomaž", ["ima tomaž kovačič"]),
        # surname first with a comma
        ("El chofer, Salvador, Germán, esperó", "Salvador", ["Salvador, Germán"]),
        ("The interview is with Bangura, Kombayah. Track 2", "Bangura", ["Bangura, Kombayah"]),
        ("Talk to Sawadogo, Zénabo about the trailer", "Sawadogo", ["Sawadogo, Zénabo"]),
    ],
)
def test_the_other_half_joins(text, word, expected):
    assert _grown(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a word after an elided particle ("d'accordo") or a frequent word stays
        ("paolo d'accordo con te", "paolo", ["paolo"]),
        ("marie n'est pas là", "marie", ["marie"]),
        ("loïc petit frère est là.", "loïc", ["loïc"]),
        ("anna kommt morgen", "anna", ["anna"]),
        # a given name that is also a word, or a verb, before a lower-case hit
        ("set it up; ping keisha.", "keisha", ["keisha"]),
        # no unlisted word before a given-name hit, at a sentence start, or after a full name
        ("I am Obwarezi Brian.", "Brian", ["Brian"]),
        ("Ketemu Leopold di kantin.", "Leopold", ["Leopold"]),
        (
            "Abertura: Quintanilha, Raimundo Inscrições abertas.",
            "Quintanilha, Raimundo",
            ["Quintanilha, Raimundo"],
        ),
        # brands' shapes, other scripts and towns are no unlisted name word
        ("Ping Anna GitHub today", "Anna", ["Anna"]),
        ("Meet Anna Kraków", "Anna", ["Anna"]),
        # a comma: a frequent word, a greeting or a town before the name, a title after it
        ("Thanks, Anna for the help", "Anna", ["Anna"]),
        ("Hello, Anna", "Anna", ["Anna"]),
        ("Berlin, Anna said", "Anna", ["Anna"]),
        ("Thanks Smith, Director of Sales", "Smith", ["Smith"]),
        # a wrong hit grows over nothing: a frequent word read as a name ("sam", Bosnian "am"),
        # a word no list holds as a name, a phrase that is no name
        ("Juče sam dobio listić 14.", "sam", ["sam"]),
        # a lower-case word no list holds after a given name may be a verb's form the lists
        # lack ("[maria] consertou"): it stays (so does a surname no list holds: measured)
        ("al tavolo: raffaele tagliozzetti e due", "raffaele", ["raffaele"]),
        ("Ugovor — Zorvak Istrana d.o.o.", "Zorvak", ["Zorvak"]),
        ("dia pergi ke kantor yang baru", "ke kantor", ["ke kantor"]),
        # after a two-word hit only a surname the frequent-word list holds as a name only
        # (Indonesian words the lists hold as names and no list as words: "hari ini beres")
        ("kata dia hari ini beres semua", "hari ini", ["hari ini"]),
        ("Ask Smith, Will you call?", "Smith", ["Smith"]),
        # an unlisted word before a given-name hit at a line start (a verb of some language)
        ("- Kpotayah, Anna from the airline", "Anna", ["Anna"]),
        # a word before a colon is a field's label, not the given name after a surname
        ("Kontakt: Okafor, Telefon: 0301234567", "Okafor", ["Okafor"]),
    ],
)
def test_words_stay_outside(text, word, expected):
    assert _grown(text, word) == expected


@pytest.fixture(scope="module")
def tagged() -> Redactor:
    return Redactor.from_members([], name_tagger=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger finds one half, the walk the other (before dev49: half of each stayed)
        ("The interview is with Bangura, Kombayah today.", "The interview is with [NAME] today."),
        ("Grazie a lorenzo d'angelo per il catering.", "Grazie a [NAME] per il catering."),
    ],
)
def test_redacted_end_to_end(tagged, assert_exact, text, expected):
    assert_exact(tagged, text, expected)


def test_rules_alone_end_to_end(redactor, assert_exact):
    # the cue rule finds "lorenzo", the walk the elided surname after it
    assert_exact(
        redactor,
        "Grazie a lorenzo d'angelo per il catering.",
        "Grazie a [NAME] per il catering.",
    )


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # German capitalises every noun: a word no list holds is no name part there
        ("Unsere Vermieterin Fox ist nett.", "Fox", ["Fox"]),
        ("Wiebkes Retourenstapel ist leer.", "Wiebkes", ["Wiebkes"]),
    ],
)
def test_no_unlisted_join_in_german(text, word, expected):
    assert _grown(text, word) == expected


def test_greeting_word_as_surname_first(redactor_for, assert_exact):
    # "Asante" (Swahili "thanks") is the member's surname, written first with a comma: the
    # whole name goes, and no span opens at the comma
    members = redactor_for(["Kwabena Asante"])
    assert_exact(
        members,
        "Fellow member Asante, Kwabena just published a piece.",
        "Fellow member [NAME] just published a piece.",
    )
