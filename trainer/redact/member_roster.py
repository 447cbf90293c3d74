"""The roster's own keyword matcher: the given names and surnames of the roster that the
given-name gazetteer (the prefilter's "member_middle" keywords) lacks, with their German and
Dutch genitive -s and their declined forms (``member_inflections``), found as whole words by a
small automaton per roster. The process-wide prefilter is never extended per roster.

Keys are written by ``member_words.word_key``, the one way the member rules write them.
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from trainer.redact import prefilter
from trainer.redact.member_inflections import inflected_forms
from trainer.redact.member_lists import given_names
from trainer.redact.member_words import word_key
from trainer.redact.name_keys import fold
from trainer.redact.names import MemberNames

# A name ending so takes an apostrophe for its genitive ("Klaus'", "Ines'"), no -s.
_NO_GENITIVE_S = frozenset("sxzß")


@cache
def gazetteer_keys() -> frozenset[str]:
    """The given-name gazetteer as the prefilter's "member_middle" keywords."""
    return frozenset(word_key(fold(name)) for name in given_names())


def roster_keys(members: MemberNames) -> frozenset[str]:
    """The roster's given names and surnames that the given-name gazetteer (the prefilter's
    "member_middle" keywords) lacks, as the prefilter writes keywords; and every one with the
    German and Dutch genitive -s ("Brauckmanns Team", "Ottolines Idee", "Vidigals voorstel"),
    which ``given_alone`` reads back to the name (the English "'s" splits off by itself); and
    their declined forms ("Novákovi", "Kovácsnak"), read back through ``inflected_forms``."""
    names = members.given | members.surnames | genitive_forms(members)
    extra = (names | inflected_forms(members).keys()) - gazetteer_keys()
    keys = (" ".join(prefilter.spaced(word).split()) for word in extra)
    return frozenset(key for key in keys if key)


def genitive_forms(members: MemberNames) -> frozenset[str]:
    """The German and Dutch genitive -s of the roster's given names and surnames (folded keys;
    a name ending in s, x, z or ß takes an apostrophe instead)."""
    names = members.given | members.surnames
    return frozenset(f"{name}s" for name in names if name[-1:] not in _NO_GENITIVE_S)


def _roster_matcher(members: MemberNames) -> ahocorasick.Automaton | None:
    """A small keyword automaton of ``roster_keys``, built once per roster on first use and kept
    on ``members`` (the process-wide prefilter stays as it is: no rebuild per roster)."""
    matcher = members.given_matcher
    if matcher is False:
        keys = roster_keys(members)
        matcher = None
        if keys:
            matcher = ahocorasick.Automaton()
            for key in keys:
                matcher.add_word(f" {key} ", len(key))
            matcher.make_automaton()
        members.given_matcher = matcher
    return matcher


def roster_spans(text: str, members: MemberNames) -> list[tuple[int, int]]:
    """(start, end) of every ``roster_keys`` key in ``text`` as a whole word, in the order the
    prefilter reports keywords (by end)."""
    matcher = _roster_matcher(members)
    if matcher is None:
        return []
    spans = []
    for last, length in matcher.iter(prefilter.spaced(text)):  # cached: keywords() read it
        start = last - length - 1  # `last` is the key's trailing space in the padded copy
        spans.append((start, start + length))
    return spans
