"""Member-name forms that a scan for whole keys cannot see, found by looking keys up in context:

- a surname alone after an honorific of any locale we redact ("Frau Koch", "Sig.ra Ferri",
  "M. d'Aubigné", "Dña. García"): the surname is a ``CONTEXT_KEY`` key, valid only there;
- a middle name or initial the roster lacks ("Liam Alexander O'Connor", "Jane Q. Doe"): the
  words either side of a capitalised given name or initial are looked up as "given surname";
- runs of spaces ("Jane\\r\\nDoe", "Jane  Doe"): the scan runs on a copy with single spaces.

It also drops a hit of a dotless one-letter initial key ("S Baker") unless the letter is a
capital that does not follow an apostrophe ("it's baker" is no name).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from trainer.redact.hit_index import INDEX_MIN, SpanIndex
from trainer.redact.name_keys import CONTEXT_KEY, SURNAME_PARTICLES

# Honorifics as folded (lower case, no accents), by locale: en, de, fr, it, es, pt, nl, India.
_TITLES_ANY_CASE = frozenset(
    """mr mrs ms mx mister missus madam dr doctor prof professor herr herrn frau hr
    mme mlle madame mademoiselle monsieur messieurs sig signor signora signorina dott avv
    geom senor senora senorita sr sra srta dra dna dona profa senhor senhora srs dhr mevr
    mevrouw meneer mw mej drs shri smt shrimati kumari sri thiru tmt selvi""".split()
)
# Also words or abbreviations of words: they count only capitalised ("Me Dupont", "Fr. Koch",
# "Don Ferri", "Miss Baker"); "M" and "D" also need their full stop ("M. Koch", "D. García").
_TITLES_CAPITALISED = frozenset(
    """me fr pr m d don sir dame lady lord miss ing arch rag eng lic rev seu capt coach
    mgr mons ir ds adv hon revd cllr er""".split()
)
_NEEDS_DOT = frozenset({"m", "d"})
TITLES = _TITLES_ANY_CASE | _TITLES_CAPITALISED
# After the keyword: the rest of a dotted Italian title ("Sig.ra", "Dott.ssa"), a full stop,
# then the name.
_TITLE_TAIL = re.compile(r"(?:\.(?:ra|na|ssa|sa))?(?P<dot>\.)?\s+")
# A written token: word characters, apostrophes, hyphens and inner full stops, ending in a
# word character ("o'connor", "dell'acqua", "muller-schmidt").
_TOKEN = re.compile(r"[\w'.-]*\w")
_SPACE_RUN = re.compile(r"  +")
_PARTICLE_AHEAD = tuple(f"{p} " for p in SURNAME_PARTICLES)


def title_hits(
    text: str, folded: str, titles: list[tuple[int, int]], has_key: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Spans of a member's surname after an honorific keyword at each of ``titles``."""
    hits = []
    for start, end in titles:
        word = folded[start:end]
        if word in _TITLES_CAPITALISED and not text[start].isupper():
            continue
        tail = _TITLE_TAIL.match(folded, end)
        if tail is None or (word in _NEEDS_DOT and tail.group("dot") is None):
            continue
        if span := longest_key(folded, tail.end(), CONTEXT_KEY, has_key):
            hits.append(span)
    return hits


def middle_hits(
    text: str,
    folded: str,
    middles: list[tuple[int, int]],
    has_key: Callable[[str], bool],
    covered: list,
) -> list[tuple[int, int]]:
    """ "Liam Alexander O'Connor": a capitalised middle word at each of ``middles`` skipped
    between a given name and a surname that form a member key (not inside a ``covered`` hit:
    "María José García López" is already one key)."""
    hits = []
    inside = SpanIndex(covered) if len(covered) >= INDEX_MIN else None
    for start, end in middles:
        if not text[start].isupper():
            continue  # most keywords are lower-case words ("the", "new"): the cheapest test
        if covered and (
            inside.contains(start) if inside else any(h[1] <= start < h[2] for h in covered)
        ):
            continue
        # Cheap tests first: a capitalised word between two capitalised words, single spaces.
        if (
            start < 2
            or folded[start - 1] != " "
            or folded[end : end + 1] != " "
            or not (
                text[end + 1 : end + 2].isupper()
                or folded[end + 2 : end + 3] in ("'", "’")  # "d'Aubigné"
                or folded.startswith(_PARTICLE_AHEAD, end + 1)  # "van den Berg"
            )
        ):
            continue
        before = folded.rfind(" ", 0, start - 1) + 1
        given = folded[before : start - 1]
        if not text[before].isupper() or not given.replace("-", "").isalpha():
            continue  # "Grazie a Akosua Mensah": a lower-case "a" is no initial
        if span := longest_key(folded, end + 1, f"{given} ", has_key):
            hits.append((before, span[1]))
    return hits


def initials(text: str, folded: str) -> list[tuple[int, int]]:
    """Capital one-letter initials followed by a full stop and a space (" Q. ")."""
    spans = []
    dot = folded.find(". ", 2)  # str.find over the few full stops beats a regex pass
    while dot != -1:
        if folded[dot - 2] == " " and text[dot - 1].isupper():
            spans.append((dot - 1, dot + 1))
        dot = folded.find(". ", dot + 2)
    return spans


def longest_key(
    folded: str, pos: int, prefix: str, has_key: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The longest run of up to three tokens from ``pos`` that, after ``prefix``, is a key;
    a possessive "'s" may follow it."""
    best = None
    first = pos
    words: list[str] = []
    for _ in range(3):
        m = _TOKEN.match(folded, pos)
        if m is None:
            break
        token = m.group()
        candidates = [(token, m.end())]
        if token.endswith("'s"):
            candidates.append((token[:-2], m.end() - 2))
        for candidate, end in candidates:
            if has_key(prefix + " ".join([*words, candidate])):
                best = (first, end)
        words.append(token)
        pos = m.end()
        if folded[pos : pos + 1] != " ":
            break
        pos += 1
    return best


def collapse_spaces(folded: str) -> tuple[str, Callable[[int, int], tuple[int, int]]]:
    """``folded`` with every run of spaces as one space, and a map of spans back to it."""
    starts = [0]  # collapsed offsets where a new shift begins
    shifts = [0]
    pieces = []
    pos = removed = 0
    for m in _SPACE_RUN.finditer(folded):
        pieces.append(folded[pos : m.start() + 1])
        removed += m.end() - m.start() - 1
        pos = m.end()
        starts.append(pos - removed)
        shifts.append(removed)
    pieces.append(folded[pos:])

    def back(start: int, end: int) -> tuple[int, int]:
        return (
            start + shifts[bisect_right(starts, start) - 1],
            end - 1 + shifts[bisect_right(starts, end - 1) - 1] + 1,
        )

    return "".join(pieces), back


def initial_ok(text: str, folded: str, start: int) -> bool:
    """A hit that opens with a dotless one-letter token ("s baker") needs a capital letter that
    follows no apostrophe ("S Baker", not "it's baker")."""
    if folded[start + 1 : start + 2] != " ":
        return True
    return text[start].isupper() and (start == 0 or text[start - 1] not in "'’")
