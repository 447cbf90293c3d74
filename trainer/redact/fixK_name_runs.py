"""The last pass over NAME hits (rules, members and the tagger alike), fail closed (review rev16
F11): a hit covers the whole run of capitalised name words it sits in, and an Icelandic
patronymic is a surname.

Run: "Ion Popescu mi-a zis" once redacted only "Popescu", "I am Okello Brian Mukasa" only
"Brian Mukasa". A capitalised word joined to a NAME hit by a space alone (no punctuation, no
line break) extends it when it is a listed given name or surname that is no common word, or a
listed given name at a sentence's start (where every word is capitalised; one the ambiguous
list holds too, unless it is among the most frequent words: "Ion", not "Met"), or, mid-sentence, a
word that is in no list at all and no common word (a name the lists lack: "Okello").

Patronymic: a capitalised word ending in -dóttir or -dóttur (or ASCII -dottir, -dottur), or in
-sson, -ssonar, -ssyni (or -son, -sonar, -syni with an Icelandic letter in it), that is no
common word is a surname by the Icelandic naming convention, in
every case ("Sigríði Jónsdóttur", "Ólaf Þórsson"): it is a NAME hit, with the capitalised word
before it (the given name, declined or not) when one is there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.redact.hits import Hit

_CAP_WORD = r"[^\W\d_a-z][\w'’-]*"
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])({_CAP_WORD})[ \t]+$")
_WORD_AFTER = re.compile(rf"[ \t]+({_CAP_WORD})(?![\w'’-])")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n][\"”»)]?[ \t]*|^[\"“«(][ \t]*)$")
_PATRONYMIC = re.compile(
    r"(?<![\w'’-])(?:(?P<given>[^\W\d_a-z][^\W\d_]+)[ \t]+)?"
    r"(?P<last>[^\W\d_a-z][^\W\d_]{2,}(?:son|sonar|syni|dóttir|dóttur|dottir|dottur))(?![\w'’-])"
)
_ICELANDIC_HINT = ("son", "syni", "ttir", "ttur")
_ICELANDIC_LETTER = re.compile("[áéíóúýþæöðÁÉÍÓÚÝÞÆÖÐ]")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    from trainer.redact.eponyms import _COMMON
    from trainer.redact.person_words import (
        GIVEN,
        GIVEN_AMBIGUOUS,
        HONORIFIC_SET,
        SURNAMES,
        TITLES,
        TOP,
    )
    from trainer.redact.place_roles import ROLES

    titles = frozenset(t.lower().rstrip(".") for t in (*HONORIFIC_SET, *TITLES, *ROLES))
    return GIVEN, SURNAMES, GIVEN_AMBIGUOUS, _COMMON, titles, TOP


def _joins(word: str, *, sentence_start: bool, left: bool) -> bool:
    """Whether the capitalised ``word`` next to a NAME hit is part of the name."""
    given, surnames, ambiguous, common, titles, top = _lists()
    if word.rstrip(".").lower() in titles:
        return False  # "Dr", "Coach", "Director": a title stays outside the name
    if word.isupper() and len(word) > 1:
        word = word.title()
        return word in given or (word in surnames and word.lower() not in common)
    if sentence_start or word.lower() in common:
        # "Ion Popescu", not "Met Anna at the meetup": the most frequent words stay out
        return word in given or (left and word in ambiguous and word.lower() not in top)
    return True  # mid-sentence, capitalised, no common word: a name, listed or not


def extend_name_runs(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with each NAME hit grown over the name words joined to it, and the patronymic
    hits added (see the module docstring)."""
    hits = hits + patronymic_hits(text)
    out: list[Hit] = []
    for hit in hits:
        if hit[0] != "NAME":
            out.append(hit)
            continue
        start, end = hit[1], hit[2]
        while (m := _WORD_BEFORE.search(text, max(0, start - 40), start)) is not None:
            if not m[1][:1].isupper():
                break
            first = _SENTENCE_END.search(text, max(0, m.start() - 4), m.start()) is not None
            if not _joins(m[1], sentence_start=first, left=True):
                break
            start = m.start(1)
        while (m := _WORD_AFTER.match(text, end)) is not None and m[1][:1].isupper():
            if not _joins(m[1], sentence_start=False, left=False):
                break
            end = m.end(1)
        out.append(hit if (start, end) == (hit[1], hit[2]) else ("NAME", start, end))
    return out


def patronymic_hits(text: str) -> list[Hit]:
    """Icelandic patronymic surnames, with the given name before them."""
    if not any(h in text for h in _ICELANDIC_HINT):
        return []
    common = _lists()[3]
    hits: list[Hit] = []
    for m in _PATRONYMIC.finditer(text):
        last = m["last"]
        if (
            not last[:1].isupper()
            or last.lower() in common
            or not (
                last.endswith(("ttir", "ttur", "sson", "ssonar", "ssyni"))
                or _ICELANDIC_LETTER.search(last)
            )
        ):
            continue  # "Lesson", "Person"; "Jackson", "Madison": English -son, no patronymic
        given = m["given"]
        start = m.start("last")
        if given and given[:1].isupper() and given.lower() not in common:
            start = m.start("given")
        hits.append(("NAME", start, m.end("last")))
    return hits
