"""E-mail addresses and web sites said aloud or written out, in every project language
(trainer/redact/obfuscated.py), and prose with the same words that must survive. All addresses
and sites are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members([], name_tagger=False)


def _redacted(text: str) -> str:
    return _R.redact(text).text


@pytest.mark.parametrize(
    ("before", "said", "after"),
    [
        ("Write to ", "tilda underscore marsh7 at fastmail dot com", " soon."),
        ("Schreib an ", "k punkt hollerbach at posteo punkt de", ", danke."),
        ("Escríbeme a ", "nerea guion bajo olaizola arroba correo punto es", "."),
        ("Écris à ", "gaspard tiret bas vial arobase laposte point net", " stp."),
        ("Scrivi a ", "ottavio trattino basso ferri chiocciola libero punto it", "."),
        ("Mail naar ", "wessel punt ruitenberg apenstaartje ziggo punt nl", "."),
        ("Skicka till ", "vera understreck holm snabel-a telia punkt se", "."),
        ("Napisz na ", "igor kropka zawada małpa onet kropka pl", "."),
        ("Kirjoita ", "sanni alaviiva rautio ät kolumbus piste fi", "."),
        ("E-postam ", "deniz alt çizgi oral et yandex nokta com nokta tr", "."),
        ("Reply to ", "ab12 [at] tutanota [dot] de", "."),
    ],
)
def test_spoken_email_in_each_language(before, said, after):
    assert _redacted(before + said + after) == f"{before}[EMAIL]{after}"


@pytest.mark.parametrize(
    ("before", "said", "after"),
    [
        ("Find my work on ", "hollis-quarry dot com", "."),
        ("The gallery lives at ", "brindlewood dot co dot uk slash summer", " now."),
        ("Meine Seite: ", "atelier-wennig punkt de", "."),
        ("Mi web es ", "ceramica-ondarra punto es", "."),
        ("Mon site : ", "lucile-ferrand point fr", "."),
        ("Il mio sito è ", "bottega-vanzi punto it", "."),
        ("Mijn site is ", "atelier-dekker punt nl", "."),
        ("Moja strona to ", "pracownia-nowik kropka pl", "."),
        ("Min sida är ", "keramik-lindqvist punkt se", "."),
        ("Sivuni on ", "puuseppa-harju piste fi", "."),
        ("Sitem ", "seramik-aydin nokta com nokta tr", " adresinde."),
        ("Book at ", "harbour dash kitchen dot co dot uk", " today."),  # a hyphen said
        ("Siehe ", "www punkt bäckerei-lohmann punkt de slash kurse", "."),
        ("Compra em ", "lojadaines ponto com ponto br", " hoje."),
        ("Mira ", "taller-arrieta punto com", " y dime."),
        ("Mi página: ", "valdes-cortina punto es", " (06:03 h)"),  # a time stamp closes the line
    ],
)
def test_spoken_site_in_each_language(before, said, after):
    assert _redacted(before + said + after) == f"{before}[URL]{after}"


@pytest.mark.parametrize(
    "text",
    [
        "Du point de vue technique, c'est bon.",
        "El punto es que no vino nadie.",
        "Het punt is dat we te laat zijn.",
        "O ponto de partida foi a estação.",
        "We met at the cafe and talked about dot matrix printers.",
        "Le point fr de la réunion reste à fixer.",
        "I work at home, dot the i's and cross the t's.",
        "Il punto di vista cambia tutto.",
        "O ponto com a maior nota foi o terceiro.",
        "The polka dot dress was lovely.",
        # every dot word is a noun too (review R4)
        "The green dot in the legend marks our office.",
        "Ein zentraler Punkt in der Debatte bleibt offen.",
        "Najważniejszy punkt to termin.",
        "Yksi piste se on jo.",
        "Move the dot to the left.",
        "ASP dot NET and VB dot NET are old.",
        "The drop-off point is near the gate.",
        "Our check-in point is Terminal 2.",
        # a lone label that is one of the 300 commonest pl/sv/fi/tr words (review R16)
        "Se oli hyvä piste fi, eikö?",
    ],
)
def test_prose_with_dot_words_survives(text):
    assert _redacted(text) == text


def test_site_after_frequent_word_at():
    """'I work at acme dot com': the site goes, the prose before "at" stays."""
    assert _redacted("I work at quillfeather dot com now.") == "I work at [URL] now."
