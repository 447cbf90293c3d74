"""A member's name inside a hashtag: ``#KatharinaObermaier``, ``#katharina_obermaier``,
``#OBERMAIER``, ``#ThanksKatharina``, ``#katharinaobermaier``. Fail closed, as every member rule.

The hashtag is cut into words as ``person_hashtags`` cuts it (camel case, ``_``); a word that
is one of the roster's given names or surnames (folded: case and accents aside) makes the tag a
member's name. A glued one-case run counts when it opens with a roster given name and the rest is
a roster name or a listed given name or surname, opens with a greeting word before a roster
given name, or ends with a roster surname ("#teamobermaier"). Names of two letters or fewer are
never looked for inside a run (too many words hold them). ``person_hashtags`` cuts camel case
by Latin-1 capitals only, so a tag with letters beyond them ("#Kamińska", "#ŁucjaŻabińska") is
cut again here by Unicode case before it is judged.
"""

from __future__ import annotations

from trainer.redact import prefilter
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.member_joined import roster_names
from trainer.redact.names import MemberNames
from trainer.redact.person_hashtags import (
    CUE_KEYS,
    HASHTAG,
    folded_given,
    folded_surnames,
    hashtag_parts,
)

_MIN_KEY = 3  # a roster key this long or longer is searched for inside a glued run


def member_hashtags(text: str, members: MemberNames) -> list[Hit]:
    """NAME hits over every hashtag of ``text`` that holds a member's name (call only when "#"
    is in the text)."""
    names = roster_names(members)  # built once per roster (member_joined)
    if not names:
        return []
    hits: list[Hit] = []
    # every hashtag opens with its only "#": tried there alone, not at every character
    for m in prefilter.finditer_at(HASHTAG, text, prefilter.char_offsets(text, "#")):
        body, base = m.group("body"), m.start("body")
        spans = hashtag_parts(body)
        keys = [fold(body[s:e]) for s, e in spans]
        if not any(key in names for key in keys) and not body.isascii():
            spans = _unicode_parts(body)  # "#Kamińska": a capital beyond Latin-1 opens no word
            keys = [fold(body[s:e]) for s, e in spans]
        if any(key in names for key in keys):
            first = next(i for i, key in enumerate(keys) if key in names or key not in CUE_KEYS)
            hits.append(("NAME", base + spans[first][0], m.end()))
        elif len(spans) == 1 and _glued_member(keys[0], members):
            hits.append(("NAME", base, m.end()))
    return hits


def _unicode_parts(body: str) -> list[tuple[int, int]]:
    """(start, end) of a hashtag body's words for any script: ``_`` separates words, and an
    upper-case letter after a lower-case one opens a word ("ŁucjaŻabińska" -> two words)."""
    parts: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(body):
        if ch == "_" or (ch.isupper() and i and body[i - 1].islower()):
            if i > start:
                parts.append((start, i))
            start = i + (ch == "_")
    if len(body) > start:
        parts.append((start, len(body)))
    return parts


def _glued_member(run: str, members: MemberNames) -> bool:
    """A glued run that opens with a roster given name and goes on with a listed or roster name,
    opens with a greeting before a roster given name, or ends with a roster surname."""
    names = roster_names(members)  # built once per roster (member_joined)
    for i in range(_MIN_KEY, len(run) - 1):
        head, tail = run[:i], run[i:]
        if head in members.given and (
            tail in names or tail in folded_surnames() or tail in folded_given()
        ):
            return True  # "#katharinaobermaier", "#katharinamueller"
        if head in CUE_KEYS and tail in members.given:
            return True  # "#dankekatharina"
        if len(tail) >= _MIN_KEY and tail in members.surnames and len(head) >= _MIN_KEY:
            return True  # "#teamobermaier"
    return False
