"""False positives by a general resource (dev54 F): the words of each language, from wordfreq
with the names names-dataset ranks in the language's own countries left out
(``language_words.txt``, ``build_language_words``), and the text's language read from them.

A name hit whose words are all words of the text's language, whose case says nothing of a name
(lower case, all capitals, capitalised where a sentence opens) and that no cue, honorific,
greeting or neighbouring name frames, is a word (``person_language_words``). Texts are made up;
each class has a text that is redacted as before.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.build_language_words import language_words as build_words
from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.language_words import language_words, text_languages
from trainer.redact.person_language_words import language_word_hit


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members([], name_tagger=True)
    return lambda text: redactor.redact(text).text


def _hit(text: str, word: str) -> bool:
    start = text.index(word)
    return language_word_hit(text, start, start + len(word), evidence=LanguageEvidence(text))


def test_the_list_holds_words_of_one_language_and_no_national_names():
    words = language_words()
    assert words["she"] == frozenset({"en"})
    assert words["hacen"] == frozenset({"es"})
    assert words["pede"] == frozenset({"pt", "fil"})  # a given name only deep in names-dataset
    # names of their own countries, though frequent in no other language: never words here
    for name in ("benoît", "mads", "jiří", "luz", "tim", "john", "maria"):
        assert name not in words


def test_the_builder_leaves_out_names_and_words_of_many_languages():
    # Zipf 5 in one language and 1 in the other two: a word of it; "anna" everywhere: not
    frequencies = {
        "xa": {"kelo": 1e-4, "anna": 1e-4, "rima": 1e-4},
        "xb": {"kelo": 1e-8, "anna": 1e-4, "rima": 1e-8},
        "xc": {"kelo": 1e-8, "anna": 1e-4, "rima": 1e-8},
    }
    ranked = {lang: sorted(f, key=f.get, reverse=True) for lang, f in frequencies.items()}
    out = build_words(frequencies, ranked, names={"rima": frozenset({"xa"})})
    assert out == {"kelo": {"xa"}}


def test_text_languages():
    assert text_languages(
        "Tenemos que hablar con ellos mañana porque todavía no sabemos nada."
    ) == {"es"}
    # Catalan shares some of these words, too few to count at half the evidence of Spanish
    assert text_languages("Tenemos sitio para todos en la sala nueva del fondo.") == {"es"}
    assert text_languages("Avui no podem venir perquè tenim molta feina a casa.") == {"ca"}
    assert text_languages("Wir haben morgen leider keine Zeit mehr für das Treffen.") == {"de"}
    assert text_languages("Hi Ana") == frozenset()  # too few words to tell


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # capitalised where a sentence opens: a word of the text's language
        ("Tenemos sitio para todos en la sala nueva. Con ganas de veros el jueves.", "Con", True),
        # lower case in a Turkish text
        ("Bugün hava çok güzel, bana da uyar ama yarın olmaz.", "bana", True),
        # a greeting before it, a surname after it, capitalised inside a sentence: a name
        ("Gracias Con, nos vemos el jueves en la sala nueva.", "Con", False),
        ("Con Oyelaran llega el jueves a la sala nueva de la empresa.", "Con", False),
        ("Ayer hablé con Con sobre la sala nueva para el jueves.", "Con", False),
        # a national name is no word of the list ("luz" in Spanish)
        ("Tenemos sitio para todos en la sala nueva. luz dice que sí.", "luz", False),
    ],
)
def test_language_word_hit(text, word, expected):
    assert _hit(text, word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger took "she" for a name in a clinic chat (English, no cue)
        (
            "Owner: The cast looks fine and she has stopped chewing at it.\n"
            "Owner: The groomer said to bring his lead next time.",
            "Owner: The cast looks fine and she has stopped chewing at it.\n"
            "Owner: The groomer said to bring his lead next time.",
        ),
        # a lower-case given name and surname after "Demandez à" stay redacted
        (
            "Propriétaire: Demandez à geneviève lamarche si la radio est partie au labo.",
            "Propriétaire: Demandez à [NAME] si la radio est partie au labo.",
        ),
        # a lower-case hashtag that is a word of the text's language (Slovenian "community"),
        # beside a glued name that stays redacted
        (
            "Hvala vsem za pomoč pri selitvi pisarne.\n\n#skupnost #prostovoljci",
            "Hvala vsem za pomoč pri selitvi pisarne.\n\n#skupnost #prostovoljci",
        ),
        (
            "Hvala vsem za pomoč pri selitvi pisarne.\n\n#skupnost #maja_kovacic",
            "Hvala vsem za pomoč pri selitvi pisarne.\n\n#skupnost #[NAME]",
        ),
        # the first part of a compound before a suspended hyphen; a given name there stays
        (
            "Wir möchten ein Abo für Floh- und Zeckenmittel, bitte.",
            "Wir möchten ein Abo für Floh- und Zeckenmittel, bitte.",
        ),
        (
            "Wir danken Anna- und Paul Becker für die Hilfe beim Umzug.",
            "Wir danken [NAME]- und [NAME] für die Hilfe beim Umzug.",
        ),
        # a surname's tail after a particle is no word, though "río" is one in Spanish
        (
            "Hola, por el cambio de turno del lunes. Anotado en la hoja. Preguntad a iker "
            "fernández del río por las cajas.",
            "Hola, por el cambio de turno del lunes. Anotado en la hoja. Preguntad a [NAME] "
            "del [NAME] por las cajas.",
        ),
        # an inflected given name and surname that are words of Lithuanian open a sentence
        (
            "Po metų atėjo laikas atsisveikinti. Daug juokėmės, o tai svarbiausia. Mariaus "
            "Vilko pranešimas man buvo geriausias.",
            "Po metų atėjo laikas atsisveikinti. Daug juokėmės, o tai svarbiausia. [NAME] "
            "pranešimas man buvo geriausias.",
        ),
        # a name capitalised inside a sentence stays redacted, word or not
        (
            "We met with Will yesterday about the budget for the new van.",
            "We met with [NAME] yesterday about the budget for the new van.",
        ),
    ],
)
def test_redacted_text(redact, text, expected):
    assert redact(text) == expected
