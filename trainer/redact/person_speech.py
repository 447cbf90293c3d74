"""Reported speech: a verb of saying or "according to" next to a name, which in news style is
often the surname alone ("said Kennard", "according to Yamamoto", "laut Müller", "secondo
Esposito", "Dubois a précisé", "disse Vasconcelos"). ``reported_names``.

The rule is gated on the verbs the prefilter found, so posts without them cost nothing. A
single word counts when a census list holds it and it is no word there, or when it is
capitalised mid-sentence right after the verb and closes the clause; a longer run must pass
``person_roles.name_item``.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.companies import company_follows, is_company_token
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.person_roles import CAP_TOKEN, as_title, name_item, name_token
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    HONORIFIC_SET,
    NOT_SURNAME,
    ORTHOGRAPHIC_CAPITALS,
    PLACE_SURNAMES,
    STREET_WORDS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    UPPER,
    patronymic,
)

# Verbs of saying and "according to" in each language: the name comes after them ("said
# Kennard", "laut Müller", "secondo Esposito") or, for the verbs, before them ("Dubois a
# précisé", "Santoro ha aggiunto", "Rößler erklärte").
SPEECH_BEFORE = (
    "said says added explained noted told according to stressed commented "
    "sagte sagt erklärte erklärt betonte ergänzte laut "
    "a dit a déclaré a précisé a expliqué a ajouté a souligné selon d'après explique précise "
    "déclare souligne ajoute "
    "dijo explicó afirmó añadió declaró señaló comentó según "
    "ha detto ha dichiarato ha spiegato ha aggiunto ha sottolineato secondo spiega dice "
    "afferma sottolinea come spiega "
    "disse afirmou explicou acrescentou declarou comentou segundo de acordo com diz afirma "
    "zei zegt vertelde aldus volgens legde uit"
)
_SPEECH_PHRASES = (
    "according to|d'après|de acordo com|come spiega|legde uit|a dit|a déclaré|a précisé|"
    "a expliqué|a ajouté|a souligné|ha detto|ha dichiarato|ha spiegato|ha aggiunto|"
    "ha sottolineato"
).split("|")
_SPEECH_WORDS = [
    w for w in SPEECH_BEFORE.split() if not any(w in p.split() for p in _SPEECH_PHRASES)
]
_SPEECH = frozenset(_SPEECH_WORDS) | frozenset(_SPEECH_PHRASES)
# Verbs that also follow a name ("Kennard said", "Dubois a précisé", "Rößler erklärte"); the
# prepositions ("laut", "secondo", "according to") only come before one.
_SPEECH_AFTER = _SPEECH - frozenset(
    "according to|laut|selon|d'après|según|secondo|segundo|de acordo com|volgens|aldus|"
    "come spiega|so".split("|")
)
prefilter.register("speech_cue", _SPEECH | {"so"})
# German "so Zimmermann," (the reporting "so"), only after the end of a quote or a sentence.
_SO = re.compile(r"[.,”\"«»“]\s+so\s", re.IGNORECASE)

_AFTER_VERB = re.compile(
    rf"[ \t]+(?P<name>(?:{CAP}|[{UPPER}]{{2,}})(?:[ \t](?:[a-z]{{1,3}}[ \t]){{0,2}}"
    rf"(?:{CAP}|[{UPPER}]{{2,}})){{0,2}})(?![\w@'’-])"
)
# "according to Okonkwo's report", "laut Heinemanns Bericht": the surname with a possessive.
# German and Dutch write the genitive without an apostrophe, after "laut" and "volgens" only.
_POSSESSIVE_AFTER_VERB = re.compile(rf"[ \t]+(?P<name>[{UPPER}][^\W\d_]+?)['’]s?[ \t]")
_GENITIVE_AFTER_VERB = re.compile(rf"[ \t]+(?P<name>[{UPPER}][^\W\d_]+?)s[ \t]")
_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[\s.,;:!?”\"»(]))(?P<name>(?:{CAP}|[{UPPER}]{{2,}})(?:[ \t](?:[a-z]{{1,3}}[ \t])"
    rf"{{0,2}}(?:{CAP}|[{UPPER}]{{2,}})){{0,2}})[ \t]+$"
)


def _lone_surname(word: str) -> bool:
    """A single word after or before a verb of saying is a surname when a census list holds it
    and it is no common word there ("said Washington" yes; "said Google" no), or it is
    invented ("according to Thériault")."""
    word = as_title(word)
    if word in SURNAME_WORDS or word in PLACE_SURNAMES:
        return False
    if word.lower() in COMMON and word in GIVEN_AMBIGUOUS:
        return False  # "Lima", "Sales": a word as often as a surname
    # A brand no list holds ("said Deloitte") is no surname; an Irish or Scots one is.
    return word in SURNAMES or word in GIVEN or patronymic(word)


def reported_names(text: str, found: dict) -> list[Hit]:
    """Names next to a verb of saying (see the module docstring)."""
    hits: list[Hit] = []
    for start, end in found.get("speech_cue", ()):
        phrase = " ".join(text[start:end].lower().split())
        if phrase == "so" and not _SO.search(text, max(0, start - 4), end + 1):
            continue
        if m := _AFTER_VERB.match(text, end):
            if (hit := _reported(text, m.start("name"), m.end("name"), after=True)) is not None:
                hits.append(hit)
            elif (
                p := _POSSESSIVE_AFTER_VERB.match(text, end)
                or (phrase in ("laut", "volgens") and _GENITIVE_AFTER_VERB.match(text, end))
            ) and (hit := _reported(text, p.start("name"), p.end("name"), after=True)):
                hits.append(("NAME", hit[1], p.end() - 1))
        if phrase in _SPEECH_AFTER and (b := _BEFORE_VERB.search(text, max(0, start - 60), start)):
            if (hit := _reported(text, b.start("name"), b.end("name"), after=False)) is not None:
                hits.append(hit)
    return hits


_WORD = re.compile(r"\S+")
_WHO = re.compile(r",?\s(?:who|whose|whom)\b")


def who_follows(text: str, end: int) -> bool:
    """English "who" right after ``end``: said of people only ("Bose, who leads ...")."""
    return _WHO.match(text, end) is not None


# Departments that "say" things as people do ("according to Sales", "laut Vertrieb").
_SPEAKING_BODIES = frozenset(
    "sales marketing finance legal support security operations engineering management research "
    "design production purchasing compliance accounting procurement vertrieb einkauf".split()
)
# Companies, media and agencies whose names are census surnames and words too: they are
# quoted as sources as often as people ("according to Apple", "laut Spiegel", "selon Le Monde").
_WORD_SOURCES = frozenset(
    """Apple Orange Amazon Shell Target Oracle Puma Mango Visa Sky Virgin Subway Dove Nest Square
    Slack Zoom Signal Notion Meta Alphabet Tesla Forbes Gartner Spiegel Stern Welt Focus Bild Zeit
    Monde Figaro Pais Standard Sun Nature Science Times Guardian Mirror Express Independent
    Economist Corriere Stampa Sole Globo Folha Estado Mundo Tribune Post Herald Journal Gazette
    Chronicle Telegraph Observer Record Wired Vogue Fortune Billboard Variety Lancet Which Kicker
    Marca Libero Giornale Avvenire Parool Trouw Volkskrant Telegraaf Nos Bbc Cnn Fox Sage
    Barclays Lloyds Nationwide Halifax Allianz
    Munich Generali Mapfre Santander Caixa Bradesco Itau Unicredit Intesa""".split()
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)”\"»]|$)")


def _said_surname(text: str, a: int, b: int) -> bool:
    """ "said Washington.", "laut Zimmermann,", "secondo Vitale.": a census surname that is also
    a word, capitalised mid-sentence right after a verb of saying and closing the clause, is a
    person's surname; never a sentence word, place, weekday, month, listed company or
    department, nor an acronym."""
    word = text[a:b]
    if word.isupper() or CAP_TOKEN.match(word) is None or word not in SURNAMES:
        return False
    low = word.lower()
    return (
        low not in TOP
        and low not in _SPEAKING_BODIES
        and word not in _WORD_SOURCES
        and not is_eponymous_company(text, a, b)
        and word not in PLACE_SURNAMES
        and word not in ORTHOGRAPHIC_CAPITALS
        and word not in STREET_WORDS
        and word not in NOT_SURNAME
        and word not in HONORIFIC_SET
        and not is_company_token(word)
        and _CLAUSE_END.match(text, b) is not None
        and not company_follows(text, b)
    )


def _reported(text: str, start: int, end: int, *, after: bool) -> Hit | None:
    """The name of the run ``text[start:end]`` next to the verb: the whole run or, dropping
    words away from the verb, its part nearest the verb ("Die Sprecherin Anna Müller
    erklärte": "Anna Müller")."""
    spans = [m.span() for m in _WORD.finditer(text, start, end)]
    while spans:
        a, b = spans[0][0], spans[-1][1]
        if len(spans) == 1:
            word = text[a:b]
            if name_token(word) and _lone_surname(word) and not company_follows(text, b):
                return ("NAME", a, b)
            # "said Stroud, who leads the project": English "who" is said of people only, so
            # a census surname that is also a word is one there.
            if after and _said_surname(text, a, b):
                return ("NAME", a, b)
            if (
                after
                and _WHO.match(text, b)
                and CAP_TOKEN.match(as_title(word))
                and as_title(word) in SURNAMES
                and word.lower() not in TOP
            ):
                return ("NAME", a, b)
            return None
        if (hit := name_item(text, a, b)) is not None:
            return hit
        spans = spans[:-1] if after else spans[1:]
    return None
