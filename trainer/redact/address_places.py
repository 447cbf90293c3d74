"""A street named as a place in prose, with no house number, is no person: "coffee on Brigade
Road", "moved off Lakeview Avenue", "Thee op de Marktsingel". The documented rule is that a
numberless street used as a place is kept, while a street with a house number or a postcode
goes (``addresses`` finds those). ``find_people`` asks ``street_place`` about each of its hits,
because a street's first word is often a given name too ("Connaught", "Brigade") and a Dutch
"op de" / "aan de" reads like a surname particle ("Jan op de Beeck").

Fail closed: any digit just before or after the span keeps the hit (an address detector takes
the numbered street as well), and only street types that are no common surname count ("Lane",
"Way", "Park", "Court" are surnames: "Diane Lane" stays a name).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_anchors import spaced_numbers
from trainer.redact.address_mentions import walked_street
from trainer.redact.address_numbers import count_after, residence_word
from trainer.redact.address_words import COMPOUND_ENDINGS_IN_BLOCK, MONTHS, ROMANCE_TYPES
from trainer.redact.names import given_names, word_list

# Written-out street types that end an English-style street name and are (almost) never a
# surname. Not: lane, way, park, court, close, grove, row, walk, hill, green, gardens.
_TYPE_LAST = frozenset(
    """road street avenue place boulevard marg nagar chowk bazaar square terrace crescent drive
    parade promenade embankment esplanade highway salai""".split()
)
# The prepositions that put a place after them in prose (en): "on", "off", "at", "near" ...
_PLACE_BEFORE = re.compile(
    r"(?i)(?:^|\s)(?:on|off|at|in|near|along|down|up|from|to|past|around|via|opposite|behind|"
    r"outside|towards?|across|into|onto)\s$"
)
# A Dutch place phrase that reads like a surname particle: "<noun> op de <Street>".
_DUTCH_PLACE = re.compile(
    r"(?P<word>[A-Z][a-z]+) (?:op|aan|in|bij|uit|naar|langs) (?:de|den|het|'t|’t) "
    r"(?P<street>[A-Z][a-z]+)$"
)
_TYPES_FIRST = frozenset(ROMANCE_TYPES) | frozenset("via avenue alameda ladeira largo".split())
_DIGIT_NEAR_AFTER = re.compile(r"[ \t]{0,2}[,.]?[ \t]{0,2}\d").match
_DIGIT_NEAR_BEFORE = re.compile(r"\d[A-Za-z]?[,.]?[ \t]{1,2}$").search


def _type_first_before(text: str, start: int) -> int | None:
    """Start of a type-first street's type before ``start``, with at most three capitalised
    words of the street's name between them ("Rua", "Calle", "via"; "Rua Helena | Prado Lima")."""
    if start < 3 or text[start - 1] not in " \t":
        return None
    pos = start - 1
    for _ in range(4):
        word_start = pos
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:pos]
        if word.lower() in _TYPES_FIRST:
            return word_start
        if not word[:1].isupper() or word_start < 2 or text[word_start - 1] not in " \t":
            return None
        pos = word_start - 1
    return None


def street_place(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a person hit) is a numberless street used as a place."""
    span = text[start:end]
    if any(c.isdigit() for c in span):
        return False
    if _DIGIT_NEAR_AFTER(text, end):
        return False  # "Brigade Road 12", "Marktsingel 4": an address, never kept
    type_start = _type_first_before(text, start)
    if type_start is not None:
        # "andamos pela Rua Maria Clara Marques": a street named after a person, walked through
        return walked_street(text, type_start)
    words = span.split()
    if 2 <= len(words) <= 4 and words[-1].lower() in _TYPE_LAST:
        return (
            all(w[:1].isupper() for w in words)
            and not _DIGIT_NEAR_BEFORE(text, max(0, start - 8), start)  # "12 Brigade Road"
            and _PLACE_BEFORE.search(text, max(0, start - 12), start) is not None
        )
    m = _DUTCH_PLACE.fullmatch(span)
    if m is None:
        return False
    word, street = m.group("word"), m.group("street")
    # A real given name keeps the particle reading ("Mirte op de Beek"); a street name that
    # a surname list holds does too.
    if word in given_names() or street in word_list("surnames.txt"):
        return False
    return word.lower() in word_list("common_words.txt") or street.lower().endswith(
        COMPOUND_ENDINGS_IN_BLOCK
    )


# "aan de Heuvelseind 71", "op het Kerkplein 4": a Dutch place phrase whose street name has no
# compound ending the other rules know, with a house number after it. The number must end the
# phrase (a count is followed by a word: "op de Veluwe 3 dagen"); a year is no house number.
_DUTCH_NUMBERED = re.compile(
    r"\b(?:aan|op|in|bij|naar|langs|Aan|Op|In|Bij|Naar|Langs) (?:de|het|'t|’t) "
    r"(?P<street>[A-Z][a-zé]+(?:[ -][A-Z][a-zé]+)?) (?P<number>[1-9]\d{0,3}[a-zA-Z]?)"
    r"(?=[ \t]*(?:$|[\n,.;:!?)]))"
)
_DUTCH_ARTICLES = ("de", "het", "'t", "’t")
_DUTCH_GATE = re.compile(r" (?:" + "|".join(_DUTCH_ARTICLES) + r") [A-Z]").search
_ARTICLE_NEEDLES = tuple(f" {article} " for article in _DUTCH_ARTICLES)


def _may_hold_article(text: str) -> bool:
    """False only where ``_DUTCH_GATE`` cannot match: no article of ``_DUTCH_ARTICLES`` stands
    between two spaces (case as written: the gate is case-sensitive); substring tests."""
    return any(needle in text for needle in _ARTICLE_NEEDLES)
# Nouns that take a number and are no street: "in de Top 40", "op het Perron 3", "Fase 2".
_NUMBERED_NOUNS = frozenset(
    """Top Fase Ronde Stap Week Dag Hoofdstuk Editie Versie Level Sprint Pagina Kwartaal Niveau
    Groep Klas Jaar Lijn Zaal Hal Tafel Kamer Verdieping Etage Afdeling Bus Tram Spoor Perron
    Gate Seizoen Aflevering Deel Release Universiteit Hogeschool School Vak Module Blok Team
    Poort Terminal Halte Ingang Uitgang Stand Tent Podium Veld Baan Zone Sectie""".split()
)


# "Ophalen op Kerkbrink 3", "Bezichtiging aan Noordeinde 64": no article, so only after a word
# of residence, delivery, pickup or viewing earlier on the line (a Dutch street often has no
# type word: "Heuvel", "Noordeinde", "Vismarkt").
_DUTCH_BARE = re.compile(
    r"\b(?:op|aan|Op|Aan) (?P<street>[A-Z][a-zé]+(?:[ -][A-Z][a-zé]+)?) "
    r"(?P<number>[1-9]\d{0,3}[a-zA-Z]?)(?=[ \t]*(?:$|[\n,.;:!?)]|[ \t][a-z]))"
)
_DUTCH_CUE = re.compile(
    r"(?i:\b(?:ophal\w*|afhal\w*|bezichtig\w*|bezorg\w*|langskomen|bezoekadres))"
).search
# A day or a month before the number is a date: "op Zaterdag 14", "op Maart 3".
_DAYS = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()) | MONTHS
_BARE_GATE = re.compile(r"(?:op|aan) [A-Z]").search
# _DUTCH_BARE needs "op"/"aan" as a whole word: without the keyword it cannot match (speed:
# the gate's regex scans the whole text).
prefilter.register("nl_bare", {"op", "aan"})


def _numbered_capital_word(text: str) -> bool:
    """Whether a " <1-9>" of the text (``address_anchors``) follows a capitalised word led by a
    blank or a hyphen: the last street word and house number of ``_DUTCH_NUMBERED`` and
    ``_DUTCH_BARE`` ("de Heuvelseind 71"), without which neither can match."""
    for space in spaced_numbers(text):
        if "1" <= text[space + 1] <= "9":
            i = space - 1
            while i > 0 and ("a" <= text[i] <= "z" or text[i] == "é"):
                i -= 1
            if i < space - 1 and "A" <= text[i] <= "Z" and i and text[i - 1] in " -":
                return True
    return False


def dutch_numbered_streets(text: str) -> list[tuple[str, int, int]]:
    """ADDRESS hits for "aan de Heuvelseind 71" (street name and house number), and for "op
    Kerkbrink 3" after a residence, delivery, pickup or viewing word on the line."""
    if not _numbered_capital_word(text):
        return []
    gate = _may_hold_article(text) and _DUTCH_GATE(text)
    found = list(_DUTCH_NUMBERED.finditer(text)) if gate else []
    if "nl_bare" in prefilter.keywords(text) and _BARE_GATE(text):
        for m in _DUTCH_BARE.finditer(text):
            line = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
            if residence_word(text, line, m.start()) or _DUTCH_CUE(text, line, m.start()):
                # "op Texel 3 dagen": a count; "op Zaterdag 14": a date
                if not count_after(text, m.end()) and m.group("street").lower() not in _DAYS:
                    found.append(m)
    hits = []
    for m in found:
        number = m.group("number")
        if m.group("street").split()[0].split("-")[0] in _NUMBERED_NOUNS:
            continue
        if len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099:
            continue  # "op de Olympische Spelen 2024."
        hits.append(("ADDRESS", m.start("street"), m.end("number")))
    return hits
