"""Numbers beside a street: is it a house number, or a count ("Königsallee 3 Tage", "Top 10")?
And the final tidy of every address hit (``finish_hits``): no run across a full stop into the
next sentence, no trailing comma, and a count after the street's number handled here.
``addresses``, ``address_romance``, ``address_tail`` and ``postal`` ask these.
"""

from __future__ import annotations

import re

from trainer.redact.address_words import ABBREVIATIONS
from trainer.redact.hits import Hit

# A counted noun or unit after a number (en, de, nl, fr, es, it, pt): the number is a quantity,
# not a house number ("along the Prinsengracht 2 hours", "Königsallee 3 Tage", "Via del Corso 2
# ore"), unless a number follows the word ("Via Roma 12 ore 21": Italian for "at 9 pm").
_COUNT_WORDS = (
    r"days?|times?|weeks?|hours?|hrs?|minutes?|mins?|months?|years?|seconds?|secs?|km|kms|"
    r"kilometres?|kilometers?|miles?|metres?|meters?|people|steps|"
    r"tage|tagen|stunden?|minuten|wochen|monate|monaten|jahre|jahren|mal|sekunden|kilometer|"
    r"leute|menschen|besucher|euro|"
    r"uur|uren|dagen|weken|maanden|jaar|jaren|keer|seconden|mensen|"
    r"jours?|heures?|semaines|mois|ans|fois|secondes|personnes|"
    r"días|dias|horas?|semanas|meses|años|anos|veces|minutos|segundos|personas|pessoas|vezes|"
    r"giorni|ore|ora|settimane|mesi|anni|volte|minuti|secondi|persone|"
    r"kilómetros|kilometros|quilômetros|quilometros|chilometri|kilomètres|kilometres|metros|metri"
)
_COUNT_AFTER = re.compile(rf"[ \t]?(?i:{_COUNT_WORDS})\b(?![ \t]*\d)").match


def count_after(text: str, pos: int) -> bool:
    """A counted noun or unit follows the number that ends at ``pos`` ("3 Tage", "2 hours")."""
    return _COUNT_AFTER(text, pos) is not None


# Nouns that take the number after them ("Top 10", "Chapter 4", "bus 73", "Gate 22"), and
# articles or determiners that make it a count ("Les 10 rue ...", "the 5 Park Avenue blocks"):
# a street after such a number has no house number. Unit words (Flat, Suite, Level, Room) are
# not here: "Level 3, 100 Pitt St" is an address.
_NUMBER_TAKERS = frozenset(
    """top day days chapter page pages gate bus buses tram route platform track episode part
    season week weeks round stage step volume vol issue line act scene phase sprint grade
    class seat table rank no. nr. number nummer numéro número numero jour tag dag giorno día dia
    les des ces mes nos vos leurs los las unos unas gli die the these those my our your
    around about over nearly almost only spent ran walked""".split()
)
# Time prepositions before a year: "In 2019 Grafton Street was packed", "Since 1998 High St".
_TIME_BEFORE_YEAR = frozenset(
    "in by since until till before after from during around circa seit bis ab vor nach depuis "
    "avant après desde hasta antes después dal fino prima dopo até sinds tot voor na".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.'’-]*)[ \t]+$")


def not_house_number(text: str, start: int, number: str) -> bool:
    """The number at ``start`` (before a street) belongs to the word before it or is a year
    after a time preposition: no house number."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _NUMBER_TAKERS:
        return True
    digits = "".join(ch for ch in number if ch.isdigit())
    return len(digits) == 4 and digits[:2] in ("19", "20") and word in _TIME_BEFORE_YEAR


def _short_number_end(text: str, end: int) -> bool:
    """The hit ends in a number of one to four digits (a house number's length, not a code's)."""
    return text[end - 1 : end].isdigit() and not text[max(0, end - 5) : end].isdigit()


_SENTENCE_END = re.compile(r"([^\s.]{4,})\.\s+(?=[A-Z#@])")


def _tidy_end(text: str, start: int, end: int) -> int:
    """An address never runs across a full stop into the next sentence ("... Lodge. #AI"), and
    its own trailing full stop or comma is left to the sentence."""
    for m in _SENTENCE_END.finditer(text, start, end):
        word = m.group(1).strip(",").lower()
        if word not in ABBREVIATIONS and not word.endswith("str"):
            end = m.end(1)
            break
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return end


def tidy_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """Every hit with its end tidied (``_tidy_end``)."""
    return [(kind, start, _tidy_end(text, start, end)) for kind, start, end in hits]


def finish_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits tidied; a street whose "house number" is a count is a place in prose
    ("Königsallee 3 Tage")."""
    return [
        (kind, start, _tidy_end(text, start, end))
        for kind, start, end in hits
        if not (_short_number_end(text, end) and count_after(text, end))
    ]
