"""Which tokens the opt-in name tagger scores (``name_tagger_features``): CANDIDATES.

Every token has a kind, fixed by its string (``Featurizer._base``): not a word, a word that is
no candidate by itself, a candidate word (capitalised, or a listed name that is no common
word), a title, a weak given name or surname (listed, but also a common word: "grace", "rose"),
an emoji, or a '#'/'@'. A candidate is a candidate word, a capitalised title, a word after a
title (or after its dot), a word glued to '#'/'@', the value of a person field
(``Featurizer.rows``), or a weak name where names stand (``weak_names``); never a token inside
what the rules redact anyway (``covered_tokens``). Everything else keeps P(NAME) = 0: most of a
text, and the reason the tagger is cheap.
"""

from __future__ import annotations

from bisect import bisect_right

from trainer.redact.name_tagger_tokens import Tokens
from trainer.redact.names import SURNAME_PARTICLES
from trainer.redact.person_greetings import TAGGER_GREETINGS

NONE, WORD, CANDIDATE, TITLE, WEAK_GIVEN, WEAK_SURNAME, EMOJI, GLUE = range(8)  # token kinds
PARTICLES = frozenset(SURNAME_PARTICLES)  # "van der", "della", "de": the rules' one list
# Greetings and thanks that address someone by name in our languages ("hi rose", "danke mark",
# "kiitos aino"), lower case: a vocative's cue when the name is also a word. The list the
# tagger was trained with (person_greetings).
GREETINGS = TAGGER_GREETINGS


def cue_candidates(
    tokens: Tokens, kinds: bytes, hot: list[int]
) -> tuple[list[int], list[int]]:
    """(candidates from the token or its cue, weak names to test): a candidate word, a
    capitalised title, a word after a title (and its dot), a word glued to '#'/'@'. ``kinds``
    holds each token's kind, ``hot`` the indices of those of kind CANDIDATE or above."""
    found: list[int] = []
    weak: list[int] = []
    toks = tokens.toks
    n = len(toks)
    for i in hot:
        k = kinds[i]
        if k == CANDIDATE or (k == TITLE and toks[i][0].isupper()):
            found.append(i)
        elif k == WEAK_GIVEN or k == WEAK_SURNAME:
            weak.append(i)
        if k == TITLE:
            if i + 1 < n and WORD <= kinds[i + 1] < EMOJI:
                found.append(i + 1)
            if i + 2 < n and toks[i + 1] == "." and WORD <= kinds[i + 2] < EMOJI:
                found.append(i + 2)
        elif k == GLUE and i + 1 < n and WORD <= kinds[i + 1] < EMOJI:
            if tokens.glued(i + 1):
                found.append(i + 1)
    return found, weak


def weak_names(tokens: Tokens, kinds: bytes, weak: list[int]) -> list[int]:
    """Which lower-case names that are also common words are candidates: beside a listed
    lower-case name, or a given name then a surname ("serena bianchini"), also across name
    particles ("femke van der molen", "ottavia della rosa"); a given name before a comma (a
    vocative), opening a line, after an emoji or a greeting ("benedetta, ci vediamo",
    "🙏 serena", "thanks rose")."""
    out = []
    toks = tokens.toks
    n = len(toks)
    for i in weak:
        j = i - 1
        if j >= 0 and toks[j].lower() in PARTICLES:
            j = _skip_particles(toks, i, -1)
        prev = kinds[j] if j >= 0 else NONE
        # a listed name that is no word (lower case, or any case across a particle), the
        # given-name-then-surname order of two weak ones, or two weak names across a particle
        across_prev = j < i - 1
        if (prev == CANDIDATE and (across_prev or toks[j][0].islower())) or (
            prev == WEAK_GIVEN and (kinds[i] == WEAK_SURNAME or across_prev)
        ):
            out.append(i)
            continue
        if kinds[i] != WEAK_GIVEN:
            continue
        if prev == EMOJI or i == 0 or tokens.line_break_before(i):  # after an emoji, opening a line
            out.append(i)
            continue
        k = i + 1
        if k < n and toks[k].lower() in PARTICLES:
            k = _skip_particles(toks, i, 1)
        nxt = kinds[k] if k < n else NONE
        across_next = k > i + 1
        lower_next = (
            (nxt == CANDIDATE and (across_next or toks[k][0].islower()))
            or nxt == WEAK_SURNAME
            or (across_next and nxt == WEAK_GIVEN)
        )
        comma = i + 1 < n and toks[i + 1] == ","
        greeted = i > 0 and toks[i - 1].lower() in GREETINGS
        if lower_next or comma or greeted:
            out.append(i)
    return out


def _skip_particles(toks: list[str], i: int, step: int) -> int:
    """The index of the next token from ``i`` in direction ``step`` past up to two name
    particles ("de", "van der", "della")."""
    j = i + step
    while abs(j - i) <= 2 and 0 <= j < len(toks) and toks[j].lower() in PARTICLES:
        j += step
    return j


def covered_tokens(tokens: Tokens, covered) -> set[int]:
    """The indices of the tokens that lie inside the union of the ``covered`` spans."""
    merged: list[list[int]] = []
    for s, e in sorted(covered):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    ends, toks = tokens.ends, tokens.toks
    out: set[int] = set()
    for s, e in merged:
        lo = bisect_right(ends, s)  # the first token that ends after s ...
        if lo < len(ends) and ends[lo] - len(toks[lo]) < s:
            lo += 1  # ... unless it starts before s
        out.update(range(lo, bisect_right(ends, e)))  # and ends by e
    return out
