"""Full names in one case after a person cue, as informal posts write them: "hi ivy thomas",
"cc chloe white", "spoke to madison brown", "REFERRED BY GRACE BAILEY", "grazie a carmen gil",
and the same pair reversed after a comma ("hi chen, harrison") or with an initial ("ask m.
white").

Capitalisation is the main evidence the other name rules use; text written all in lower case
(chat, DMs) or all in capitals (shouting) has none, so a name there needs two other kinds of
evidence at once:
1. both words are in the name lists: a given name (also one that is a word: "ivy", "grace")
   and a listed surname (one that is also a word only after a given name that is none: "chloe
   white", not "rose garden"); an initial stands for a given name;
2. a person cue right before the pair: a greeting, thanks, "cc", a verb of meeting, asking or
   referring (with its preposition: "referred by", "recomendado por"; a bare preposition is no
   cue: "fare da mentore resta"), or a sign-off dash at a line start, in each language we
   redact.
A surname that is a sentence word ("white", "will") must end the phrase (punctuation, line
end or a symbol after it): "cc chloe white -" is a name, "hi chloe will you" is not.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    FUNCTION_WORDS,
    GIVEN,
    GIVEN_AMBIGUOUS,
    PLACE_SURNAMES,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
)

# Cues before a name, lower case; a name follows after ", " / " " / ": ". From how posts greet,
# thank, copy, meet, ask and credit people in en de fr es it nl pt.
_CUES = r"""
hi|hey|hello|hiya|dear|yo|hallo|hoi|moin|servus|ciao|hola|salut|coucou|bonjour|olá|ola|oi|
thanks|thank\syou|thx|ty|cheers|danke|merci|grazie|gracias|obrigad[oa]|bedankt|dank\sje|
thanks\sto|many\sthanks\sto|big\sthanks\sto|huge\sthanks\sto|thank\syou\sto|danke\san|
merci\sà|grazie\sa|grazie\smille\sa|gracias\sa|mil\sgracias\sa|obrigad[oa]\sa|bedankt\saan|
dank\saan|cc|ping|congrats|congrats\sto|congratulations|congratulations\sto|kudos\sto|
props\sto|shout-?out\sto|welcome|welcome\sto\sthe\steam|willkommen|bienvenue|bienvenid[oa]|
benvenut[oa]|bem-vind[oa]|welkom|bravo|félicitations|felicidades|enhorabuena|complimenti|
parabéns|gefeliciteerd|proficiat|glückwunsch|
met|meet|spoke\sto|spoke\swith|talked\sto|talk\sto|talk\sby|talk\swith|ask|asking|
reach\sout\sto|referred\sby|recommended\sby|introducing|say\shi\sto|working\swith|
frag|frag\smal|empfohlen\svon|getroffen|arbeiten\smit|
demande\sà|de\sla\spart\sde|recommandé\spar|recommandée\spar|rencontré|rencontrée|animé\spar|
pregúntale\sa|pregunta\sa|recomendado\spor|recomendada\spor|conocí\sa|charla\sde|
chiedi\sa|chiedete\sa|consigliato\sda|consigliata\sda|ho\sincontrato|
vraag|vraag\saan|aanbevolen\sdoor|ontmoet|
fala\scom|pergunta\spro|pergunta\sao|indicado\spor|indicada\spor|conheci|palestra\sde
"""
_CUE_BEFORE = re.compile(
    # a symbol or emoji may stand between the cue and the name ("thanks 🙌ivy thomas")
    rf"(?:(?<![^\W\d_])(?:{''.join(_CUES.split())})[,:]?\s+|(?:^|\n)[ \t]*[-–—][ \t]?)"
    r"[^\w\s]{0,3}$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]{2,})(?P<end>(?:['’]s?)?)")
_COMMA_BEFORE = re.compile(r"(?P<word>[^\W\d_]{3,}),[ \t]$")
_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$|\n)")


def _one_case(word: str, upper: bool) -> bool:
    return word.isupper() if upper else word.islower()


def _surname(word: str, *, strict: bool) -> bool:
    """A listed surname in one case; after a given name that is also a word (``strict``), one
    that is no word or place ("ivy thomas", not "rose garden")."""
    title = word.title()
    if title not in SURNAMES or word.lower() in FUNCTION_WORDS:
        return False
    return not strict or (title not in SURNAME_WORDS and title not in PLACE_SURNAMES)


def _ends_phrase(text: str, end: int) -> bool:
    return _PHRASE_END.match(text, end) is not None


def _cued(text: str, start: int) -> bool:
    return _CUE_BEFORE.search(text, max(0, start - 32), start) is not None


def informal_pairs(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """NAME hits over one-case given name + surname pairs after a cue. ``spans``: the given-name
    keywords the prefilter found (lower or upper case ones are looked at)."""
    hits: list[Hit] = []
    for start, end in spans:
        token = text[start:end]
        upper = token.isupper() and len(token) > 1
        if not (upper or token.islower()) or token.lower() in TOP or len(token) < 3:
            continue  # "obrigado pela paciência": a sentence word, whatever lists hold it
        strict = token.title() not in GIVEN
        if strict and token.title() not in GIVEN_AMBIGUOUS:
            continue
        if hit := _pair_after(text, start, end, upper=upper, strict=strict):
            hits.append(hit)
        elif hit := _pair_before(text, start, end, upper=upper):
            hits.append(hit)
    return hits


def _pair_after(text: str, start: int, end: int, *, upper: bool, strict: bool) -> Hit | None:
    """ "hi ivy thomas", "CC DALE WRIGHT": given name, then surname, after a cue."""
    m = _WORD_AFTER.match(text, end)
    if m is None or not _one_case(m.group("word"), upper):
        return None
    word = m.group("word")
    if not _surname(word, strict=strict) or not _cued(text, start):
        return None
    if word.lower() in TOP and not _ends_phrase(text, m.end()):
        return None  # "hi chloe will you": a sentence word after the given name
    return ("NAME", start, m.end())


def _pair_before(text: str, start: int, end: int, *, upper: bool) -> Hit | None:
    """ "hi chen, harrison", "ask m. white" read from the given name's side: a surname and a
    comma before it, or (for the surname rule) nothing: initials are ``initial_pairs``."""
    m = _COMMA_BEFORE.search(text, max(0, start - 32), start)
    if m is None or not _one_case(m.group("word"), upper) or not _ends_phrase(text, end):
        return None
    word = m.group("word")
    if not _surname(word, strict=True) or not _cued(text, m.start()):
        return None
    return ("NAME", m.start(), end)


_INITIAL_SURNAME = re.compile(r"(?<![\w.])(?P<init>[^\W\d_]\.[ \t]?)(?P<last>[^\W\d_]{2,})")


def initial_pairs(text: str) -> list[Hit]:
    """ "spoke to b. brown", "ASK M. WHITE": an initial and a listed surname in one case after
    a cue (call only when ". " is in the text)."""
    hits: list[Hit] = []
    for m in _INITIAL_SURNAME.finditer(text):
        last = m.group("last")
        if not (last.islower() or last.isupper()) or m.group("init")[0].isupper() != last.isupper():
            continue
        if not _surname(last, strict=False) or not _cued(text, m.start()):
            continue
        if last.lower() not in TOP or _ends_phrase(text, m.end()):  # "ask m. white -"
            hits.append(("NAME", m.start(), m.end()))
    return hits
