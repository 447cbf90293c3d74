"""A compound street with its house number and a listed town after a comma, no postcode:
"Koemarkt 30, Amsterdam", "Paardenmarkt 56 bus 3, Aalst", "Fischmarkt 4, Hamburg".

Street words whose ending names a street only inside an address block ("...markt", "...graben",
"...zeile", "...kamp": ``address_words.COMPOUND_ENDINGS_IN_BLOCK``) are also ordinary nouns
("Supermarkt"), so alone with a number they stay. A town of the German, Dutch, Belgian, Austrian,
Swiss or Luxembourg lists (``address_towns``) right after, closing the clause, makes the line an
address (Deutsche Post, PostNL and bpost write street and town so when the code is left out);
bpost's box ("bus 3") may follow the number. A number that reads as a year is no house number.
A plain name ("Meir 220, Leuven") counts after a dwelling word in its sentence, or on a line
of its own or after a place preposition when it is no dictionary word ("Sprint 14, Gent" stays).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_anchors import spaced_numbers
from trainer.redact.address_numbers import number_taker
from trainer.redact.address_towns import postal_towns
from trainer.redact.address_words import COMPOUND_ENDINGS_IN_BLOCK
from trainer.redact.hits import Hit
from trainer.redact.person_words import COMMON
from trainer.redact.quantities import year_like
from trainer.redact.sentence_window import sentence_start

_COUNTRIES = frozenset({"DE", "NL", "BE", "AT", "CH", "LU"})
# The number and what follows it, led by the space before the digit (a literal the scan skips
# to); the street word before it is read in code.
_NUMBER_TOWN = re.compile(
    r" (?P<num>\d{1,4})(?:[ \t]?[a-zA-Z]\b)?(?:[-/]\d{1,4}[a-z]?)?"
    r"(?:[ \t](?i:bus)[ \t]\d{1,4}[A-Za-z]?)?"
    # (a town's particle may stand before its last name: "Frankfurt am Main", "Neuilly-sur-Seine")
    r",[ \t](?P<town>[A-ZÀ-Þ][\w'’-]*"
    r"(?:[ \t-](?:(?:am|an[ \t]der|an|im|ob|bei|sur|sous|upon)[ \t-])?[A-ZÀ-Þ][\w'’-]*){0,2}?)"
    # the clause closes after the town, or after one final verb ("an Kirchrain 175, Chur senden.")
    r"(?=[ \t]*(?:[.;,!?)|#]|\r?\n|$)|[ \t][a-zäöüßë]{3,}[.!?](?:\s|$))"
)
_WORD_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß'-]+$")


# A dwelling or residence word earlier in the sentence makes a plain street name one too ("de
# woning Meir 220, Leuven", "Wohnung Zeil 12, Frankfurt"): bpost and Deutsche Post streets
# need no type word.
_DWELLING = re.compile(
    r"(?i:\b(?:woning|wohnung|huis|haus|pand|appartement|adres\w*|anschrift|wohn\w*|woon\w*|"
    r"wonen|verhuis\w*|umgez\w*))\b"
).search
_SENTENCE_START = re.compile(r"[.!?:][ \t]+|\n")


def _dwelling_before(text: str, start: int) -> bool:
    """A ``_DWELLING`` word between the sentence's start (at most 80 characters back) and
    ``start``."""
    lo = sentence_start(text, start, ends=_SENTENCE_START, reach=80)
    return _DWELLING(text, lo, start) is not None


# A place preposition right before the street ("gebucht für Hasenheide 45, Köln", "naar Meir
# 220, Antwerpen"); in a sending clause (``_SENDING``) more of them: "send to ...", "envoyer à
# ...", "trimite la ...", "kirim ke ..." (alone "to" and "at" are too common: "We lost at
# Hoffenheim 3, Bremen").
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:für|an|nach|bei|naar|aan|op|in)[ \t]$")
_SEND_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:für|an|nach|bei|naar|aan|op|in|to|at|à|au|a|para|per|la|na|do|till|til|ke|"
    r"på|em|en|i)[ \t]$"
)
# A verb of sending or delivering (or of lying somewhere) earlier in the sentence, in many
# languages at once (English, Dutch, German, French, Spanish, Portuguese, Italian, Romanian,
# Polish, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Turkish, Malay, Indonesian): with
# a place preposition right before the street, the clause names where something goes, so
# "<name> <number>, <town>" is a street line and its town, whatever the town and whether or
# not the name is also a word ("naar Waterkant 56, Nieuw-Amsterdam").
_SENDING = re.compile(
    r"(?i:\b(?:send\w*|sent|ship\w*|deliver\w*|mail(?:ed)?|post(?:ed)?|forward\w*|stuur\w*|"
    r"verstuur\w*|opsturen|sturen|bezorg\w*|lever\w*|schick\w*|versend\w*|zustell\w*|liefer\w*|"
    r"envo[iy]\w*|exp[ée]di\w*|livr\w*|envi[aeo]\w*|mand[ae]\w*|entreg\w*|invi[ao]\w*|"
    r"spedi\w*|consegn\w*|trimit\w*|wy[sś]l\w*|dostarcz\w*|po[sš]l\w*|doru[cč]\w*|skicka\w*|"
    r"sende\w*|toimit\w*|l[äa]het\w*|g[öo]nder\w*|kirim\w*|hantar\w*|"
    # or of where something lies: "ligger på Kokholm 16, Vejle", "fica em ...", "liegt in ..."
    r"ligger|liegt|ligt|located|situated|befindet|sijaitsee|fica|queda|encuentra|trouve|trova)\b)"
).search


# Rooms and parts of a building take a number too ("send it to Room 12, Building C").
_ROOMS = frozenset(
    """room rooms suite office desk building floor level hall wing unit locker box zimmer raum
    büro gebäude halle etage stock bureau salle bâtiment aile sala edificio planta oficina
    despacho ufficio stanza aula piano kamer lokaal gebouw verdieping vleugel pokój budynek
    piętro místnost budova kancelář rum kontor huone toimisto oda ofis bilik pejabat""".split()
)


def _sent_before(text: str, start: int) -> bool:
    """A ``_SENDING`` verb between the sentence's start (at most 80 characters back) and
    ``start``."""
    lo = sentence_start(text, start, ends=_SENTENCE_START, reach=80)
    return _SENDING(text, lo, start) is not None


def _place_name(town: str) -> bool:
    """Some word of ``town`` (a hyphenated one whole) is no dictionary word and no single
    letter: a place's own name ("Nieuw-Amsterdam", "Dili"), not "Production" or "Model Y" after
    a product or a team."""
    return any(len(w) > 1 and w.lower() not in COMMON for w in town.split())


def _after_place_preposition(text: str, start: int) -> bool:
    """A place preposition ends right before ``start``."""
    return _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start) is not None


def _own_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a line of its own (a list's dash may lead it): "Holzhafen 58,
    Duisburg" closing a signature."""
    line = text.rfind("\n", 0, start) + 1
    return text[line:start].strip(" \t-–•*") == "" and text[end : end + 1] in ("", "\n", "\r")


def town_streets(text: str) -> list[Hit]:
    """ADDRESS hits for "<compound street> <number>, <listed town>"."""
    if ", " not in text:
        return []
    hits: list[Hit] = []
    towns = postal_towns()
    folded = prefilter.folded(text)
    for m in number_towns(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word is None:
            continue
        compound = folded.endswith(COMPOUND_ENDINGS_IN_BLOCK, word.start(), m.start())
        named = word.group().lower() not in COMMON  # no dictionary word: a street's own name
        placed = _own_line(text, word.start(), m.end()) or _after_place_preposition(
            text, word.start()
        )
        plain_ok = (named and placed) or _dwelling_before(text, word.start())
        town = towns.get(m.group("town").casefold())
        sent = (
            _SEND_PREPOSITION_BEFORE.search(text, max(0, word.start() - 6), word.start())
            and not number_taker(word.group())
            and word.group().lower() not in _ROOMS
            and (named or town is not None or _place_name(m.group("town")))
            and _sent_before(text, word.start())
        )
        if (not compound and not plain_ok and not sent) or year_like(m.group("num")):
            continue
        if not sent and (town is None or town[0] not in _COUNTRIES):
            continue
        hits.append(("ADDRESS", word.start(), m.end()))
    return hits


def number_towns(text: str) -> list[re.Match[str]]:
    """``_NUMBER_TOWN.finditer(text)``: the pattern opens with a blank and a digit, so it is
    tried only at the text's " <digit>" (``address_anchors``), each past the last match as
    ``finditer`` goes on, instead of at every blank of the text."""
    found: list[re.Match[str]] = []
    done = 0
    for space in spaced_numbers(text):
        if space >= done and (m := _NUMBER_TOWN.match(text, space)) is not None:
            found.append(m)
            done = m.end()
    return found
