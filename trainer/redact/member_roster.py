"""The roster's own keyword matcher: the given names and surnames of the roster that the
given-name gazetteer (the prefilter's "member_middle" keywords) lacks, with their German and
Dutch genitive -s, found as whole words by a small automaton per roster; and in the same walk
the words that start with a name's stem prefix (``member_inflections.stem_prefix``) and end in
one of its case endings, read back to the name at match time ("Novákovi", "Kovácsnak"). The
process-wide prefilter is never extended per roster.

Keys are written by ``member_words.word_key``, the one way the member rules write them.
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from trainer.redact import prefilter
from trainer.redact.member_gaelic_forms import gaelic_prefixes, mutation_capital
from trainer.redact.member_inflections import declined_base, stem_prefixes, umlaut_prefixes
from trainer.redact.member_lists import given_names
from trainer.redact.member_lower_forms import MIN_NAME, governed, long_name
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
    which ``given_alone`` reads back to the name (the English "'s" splits off by itself)."""
    names = members.given | members.surnames | genitive_forms(members)
    keys = (" ".join(prefilter.spaced(word).split()) for word in names - gazetteer_keys())
    return frozenset(key for key in keys if key)


def genitive_forms(members: MemberNames) -> frozenset[str]:
    """The German and Dutch genitive -s of the roster's given names and surnames (folded keys;
    a name ending in s, x, z or ß takes an apostrophe instead)."""
    names = members.given | members.surnames
    return frozenset(
        f"{name}s" for name in names if name[-1:] not in _NO_GENITIVE_S and len(name) >= 3
    )


def _roster_matcher(members: MemberNames) -> ahocorasick.Automaton | None:
    """A small keyword automaton, built once per roster on first use and kept on ``members``
    (the process-wide prefilter stays as it is: no rebuild per roster): each ``roster_keys`` key
    as a whole word (" key ", value its length) and each stem prefix as a word's start (" stem",
    value its length and the endings allowed after it). A stem prefix lies on the path of its
    name's own key, so it costs the trie no new nodes but for gazetteer names."""
    matcher = members.given_matcher
    if matcher is False:
        keys = roster_keys(members)
        names = members.given | members.surnames
        prefixes = stem_prefixes(names)
        more = umlaut_prefixes(names)  # "Önnu" (``member_icelandic``)
        # "Sheáin", "hAoife", "Bhriain" (``member_gaelic_forms``): whole words
        for stem, rests in (*more.items(), *gaelic_prefixes(names, members.surnames).items()):
            prefixes[stem] = prefixes[stem] | rests if stem in prefixes else rests
        matcher = None
        if keys or prefixes:
            matcher = ahocorasick.Automaton()
            for key in keys:
                matcher.add_word(f" {key} ", len(key))
            values: dict[tuple[int, frozenset[str]], tuple[int, frozenset[str]]] = {}
            for prefix, rests in prefixes.items():
                value = (len(prefix), rests)
                matcher.add_word(f" {prefix}", values.setdefault(value, value))  # shared
            matcher.make_automaton()
        members.given_matcher = matcher
    return matcher


def roster_spans(
    text: str,
    members: MemberNames,
    declined: dict[str, str] | None = None,
    beside: list[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """(start, end) of every ``roster_keys`` key in ``text`` as a whole word, in the order the
    prefilter reports keywords (by end). With ``declined``, also every declined form of a
    roster name that no other keyword pass reports (the gazetteer's names are the prefilter's),
    and ``declined`` gets folded form -> name for each; ``member_given`` redacts a form in lower
    case only beside another name (alone it may be a word we do not list), so only one beside
    a roster word or a word of ``beside`` (member hits, gazetteer names) is read back, or one
    after a word that governs its case (``member_lower_forms``)."""
    matcher = _roster_matcher(members)
    if matcher is None:
        return []
    spaced = prefilter.spaced(text)  # cached: keywords() read it
    spans = []
    lower: list[tuple[int, int]] = []  # declined-looking words in lower case
    done = -1  # the start of the last word read back (several stems may start one word)
    for last, value in matcher.iter(spaced):
        if value.__class__ is int:
            start = last - value - 1  # `last` is the key's trailing space in the padded copy
            spans.append((start, start + value))
            continue
        length, rests = value
        start = last - length  # the stem's first letter, as an offset into the text
        if declined is None or start == done:
            continue
        end = spaced.find(" ", last + 1) - 1  # the word's end in the text
        if spaced[last + 1 : end + 1] not in rests:
            continue  # no ending of this stem: "Annual" after "Anna"
        done = start
        if not text[start].isupper() and not mutation_capital(text[start:end]):
            lower.append((start, end))  # read back below, only beside another name
        elif _read_back(text, start, end, members, declined) and (
            spaced[start + 1 : end + 1] not in gazetteer_keys()  # else the prefilter's span
        ):
            spans.append((start, end))
    if lower:
        # A lower-case form counts beside another roster word, or alone when its name is long
        # and no word, after a word that governs its case (``member_lower_forms``;
        # ``member_given`` asks the same).
        ends = {e for _, e in spans} | {e for _, e in lower} | {e for _, e in beside}
        starts = {s for s, _ in spans} | {s for s, _ in lower} | {s for s, _ in beside}
        for start, end in lower:
            near = start - 1 in ends or end + 1 in starts
            if _read_back(text, start, end, members, declined, alone=not near):
                if spaced[start + 1 : end + 1] not in gazetteer_keys():
                    spans.append((start, end))
    return spans


def _read_back(
    text: str,
    start: int,
    end: int,
    members: MemberNames,
    declined: dict[str, str],
    *,
    alone: bool = False,
) -> bool:
    """Whether the word text[start:end] is a declined roster name (``alone``: a lower-case one
    with no name beside it, whose name must pass ``lower_form_alone``); if so ``declined``
    maps its folded key (as ``member_given`` writes it) to the name."""
    key = prefilter.folded(text)[start:end]
    if not key.isalnum():
        key = word_key(key)
    if alone and (len(key) < MIN_NAME or not governed(text, start)):
        return False  # a form of a long name has five letters or more
    base = declined_base(key, members.given, members.surnames, capital=text[start].isupper())
    if base is None or (alone and not long_name(base)):
        return False
    declined[key] = base
    return True
