"""Polish street lines, as Poczta Polska writes them: the street type first ("ul." ulica,
"al." aleja, "pl." plac, "os." osiedle, or written out), an honorific or rank that may lead the
patron's name ("ul. gen. Józefa Bema", "al. ks. Popiełuszki"), the name, the house number with
the flat after a slash or "m."/"lok." ("12/4", "12 m. 4", "7 lok. 2"), then "NN-NNN Town".

The abbreviations are also letters and words of other languages ("os" is Portuguese, "al" in
"et al."), so each counts only with its full stop, a capitalised name and a house number. A
written-out type opening a sentence is often a noun of prose ("Plac Budowy 3 jest zamknięty":
a building site), so capitalised it needs the flat part or the postcode line too.
"""

from __future__ import annotations

import re
from itertools import chain

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.quantities import year_like

_TYPE = (
    r"(?:[uU]l\.|[aA]l\.|[pP]l\.|[oO]s\.|[uU]lica|[aA]leja|[pP]lac|[oO]siedle|[rR]ondo|[sS]kwer|"
    r"[bB]ulwar)"
)
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_NAME_WORD = rf"(?:[{_UPPER}][\w'’-]*\.?|[IVX]{{1,4}}\b|\d{{1,2}}(?=\s[{_UPPER}]))"
_PL_STREET = re.compile(
    rf"(?<![\w.])(?<!et\s)(?P<type>{_TYPE})\s?"
    r"(?:(?:gen|ks|św|marsz|prof|dr|im|bp|abp|kard|płk|mjr|kpt|por|hetm|kr|gm)\.\s?)*"
    rf"(?P<name>{_NAME_WORD}(?:\s(?:{_NAME_WORD}|i|z|w|nad|pod|na|ze)){{0,3}})"
    r",?\s(?:nr\s)?(?P<num>\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?)"
    r"(?P<unit>\s?(?:m\.?|lok\.?|mieszk\.?)\s?\d{1,4}[A-Za-z]?)?"
    r"(?![\w]|[.,/-]\d)"
    rf"(?P<code>,?[ \t]*\n?[ \t]*\d{{2}}-\d{{3}}[ \t]+[{_UPPER}][\w-]*(?:[ -][{_UPPER}][\w-]*)?)?"
)
# In a chat the name may be typed in lower case after "ul." or "os." ("ul. leśna 5 m. 2"):
# the two abbreviations that are no other word, one or two name words, a house number.
_PL_LOWER = re.compile(
    r"(?<![\w.])(?:ul|os)\.\s?(?P<name>[a-ząćęłńóśźż][\w-]+(?:\s[a-ząćęłńóśźż][\w-]+)?)"
    r"\s(?P<num>\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?)(?P<unit>\s?(?:m\.?|lok\.?)\s?\d{1,4})?"
    r"(?![\w]|[.,/-]\d)(?P<code>,?\s\d{2}-\d{3}\s[\w-]+)?"
)
# The types' keywords as ``prefilter`` folds them; the short ones need their full stop.
_KEYS = {"ul", "al", "pl", "os", "ulica", "aleja", "plac", "osiedle", "rondo", "skwer", "bulwar"}
_SHORT = frozenset({"ul", "al", "pl", "os"})
prefilter.register("pl_street", _KEYS)


def polish_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Polish street lines whose type keyword is at ``spans``."""
    near = [
        (s, e)
        for s, e in spans
        if text[e : e + 1] == "." or text[s:e].lower() not in _SHORT
    ]
    hits: list[Hit] = []
    regions = prefilter.windows(text, near, before=0, after=90)
    typed = prefilter.finditer_in(_PL_STREET, text, regions)
    for m in chain(typed, prefilter.finditer_in(_PL_LOWER, text, regions)):
        framed = m.group("unit") or m.group("code")
        kind = m.groupdict().get("type") or "ul."
        if not framed and (year_like(m.group("num")) or (kind[0].isupper() and kind[-1] != ".")):
            continue  # "plac Zamkowy 2024": a year; "Plac Budowy 3": prose
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits
