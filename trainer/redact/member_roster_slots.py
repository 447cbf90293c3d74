"""A member's given name or surname written alone in two positions that make it a person's,
whatever word it also is (dev38 N: members are known, so every written form must go):

1. the owner after a noun and the Romance "of" ("la commande de Christian", "les retours de
   Désiré", "o saldo de férias da Vanda", "la carta de referencia de Agustín"); an article
   between makes it a noun phrase ("de la Cruz Roja") and is left;
2. a possessive glued on: the English apostrophe ("Miles' probation review") and the German,
   Dutch and Nordic genitive -s before a capitalised noun ("Mehmets Retourenstapel", "Selinas
   Arbeitszeugnis"), and the Slavic possessive adjective before a lower-case noun (Czech,
   Slovak, Slovene, Croatian: "Radčin seznam" of Radka, "Hanin stůl", "Petrův návrh", "Anin
   predlog"), with the stem's consonant alternation undone (č→k, ž→g/h, š→ch).

Only the roster's own words are read (``MemberNames.given`` and ``.surnames``, folded), so the
rule names nobody the roster does not hold.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from trainer.redact.companies import company_follows
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.member_slot_index import slot_runs
from trainer.redact.names import MemberNames

_CAP = r"[^\W\d_a-z][^\W\d_]*"
_LOWER_FIRST = r"[a-zß-öø-ÿą-žș-ț]"
_LOWER = _LOWER_FIRST + r"[^\W\d_]*"
# The words and endings each pattern is built from; each pattern's gate is built from them too.
# 1. the Romance "of" between a lower-case noun and the roster word
_OWNER_OF = ("de", "da", "do", "di", "du", "des", "del", "della", "dello", "dos", "das")
# 2. what follows a glued possessive: an apostrophe and a lower-case word, or an "s" and a
# capitalised one
_APOSTROPHE_MARKS = ("'", "’")
_APOSTROPHES = f"[{''.join(_APOSTROPHE_MARKS)}]"
_NEXT_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿ]"
# 3. the Slavic possessive adjective's endings (-in of a feminine stem, -ův/-ov of a masculine)
_SLAVIC_ENDINGS = tuple("in ina ino iny inu inou ův ova ovo ovy ovu ovou".split())

# 1. a lower-case noun, the Romance "of", the roster word, no capital word after
_OWNER = re.compile(
    rf"(?<![^\W\d_]){_LOWER}[ \t]+(?:{'|'.join(_OWNER_OF)})[ \t]+"
    rf"(?P<name>{_CAP})(?![\w'’-])(?![ \t]+[^\W\d_a-z])"
)
# 2. "Miles' probation", "Mehmets Retourenstapel"
_GLUED = re.compile(
    rf"(?<![\w'’-])(?<!(?i:des|der|dem|den|die|das|the|het) )(?<!(?i:de) )(?P<name>{_CAP})"
    rf"(?={_APOSTROPHES}[ \t]{_LOWER}|s[ \t]{_NEXT_CAPITAL})s?"
)


# "Radčin seznam", "Petrův návrh": the possessive adjective before a lower-case noun
_SLAVIC_POSSESSIVE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP}?(?:{'|'.join(_SLAVIC_ENDINGS)}))"
    rf"(?=[ \t]{_LOWER})"
)
_ALTERNATIONS = (("c", "k"), ("z", "g"), ("z", "h"), ("s", "ch"))

# Cheap gates, scanned first, built from the same words: a site every match of the pattern
# above holds. Each match is one letter run (``_LETTER``) that starts at a word boundary, so a
# gate site names its run and the pattern is tried at that run's start alone (as ``finditer``
# would reach it). The Slavic gate matches each ending's last two letters (every ending has at
# least two).
# The owner gate opens each branch with the first letter of its words (a literal: re skips to
# it in C) and looks behind for the blank; a class first ("[ \t]") tried the alternation at
# every blank (~15x the scan).
_OWNER_GATE = re.compile(
    "|".join(
        rf"{re.escape(first)}(?<=[ \t]{re.escape(first)})"
        rf"(?:{'|'.join(re.escape(w[1:]) for w in words)})[ \t]"
        for first, words in groupby(sorted(_OWNER_OF), key=itemgetter(0))
    )
)
# Each branch opens with a literal, so that re skips to the sites' first characters in C (a
# branch that opens with a class disables that: every position was tried, ~2x the scan).
_GLUED_GATE = re.compile(
    "|".join(rf"{re.escape(mark)}(?=[ \t]{_LOWER_FIRST})" for mark in _APOSTROPHE_MARKS)
    + rf"|s(?=[ \t]{_NEXT_CAPITAL})"
)
_SLAVIC_TAILS = tuple(dict.fromkeys(e[-2:] for e in _SLAVIC_ENDINGS))
# The Slavic gate: a tail, then a blank and a lower-case letter; a site is the blank (the
# match's end). The tails first: a pattern that opens with the blank ("[ \t](?<=tail[ \t])")
# was tried at every blank of the text, most of them before a lower-case letter (~1.7x the scan).
_SLAVIC_GATE = re.compile(
    rf"(?:{'|'.join(map(re.escape, _SLAVIC_TAILS))})(?=[ \t]{_LOWER_FIRST})"
)
_LETTER = re.compile(r"[^\W\d_]")


def _run_start(text: str, end: int) -> int:
    """Where the letter run ending at ``end`` starts."""
    start = end
    while start and (text[start - 1].isalpha() or _LETTER.match(text, start - 1)):
        start -= 1
    return start


@lru_cache(maxsize=4096)
def _slavic_keys(word: str) -> tuple[str, ...]:
    """The roster keys a Slavic possessive adjective may come from (folded). Pure in the word,
    so kept across posts (most sites are the same few capitalised words: "Anna", "Berlin")."""
    folded = fold(word)
    keys = []
    for ending in ("inou", "ina", "ino", "iny", "inu", "in"):
        if folded.endswith(ending):
            stem = folded[: -len(ending)]
            keys += [stem + "a", stem]
            keys += [stem[: -len(a)] + b + "a" for a, b in _ALTERNATIONS if stem.endswith(a)]
            break
    for ending in ("ovou", "ova", "ovo", "ovy", "ovu", "uv"):
        if folded.endswith(ending):
            keys.append(folded[: -len(ending)])
            break
    return tuple(keys)


def may_own(text: str) -> bool:
    """False only when ``_OWNER`` cannot match in ``text`` (a gate: the same hits)."""
    return _OWNER_GATE.search(text) is not None


def glued_candidates(text: str) -> list[re.Match[str]]:
    """The ``_GLUED`` matches of ``text`` that can be a hit (a capital first), tried only at
    the gate's sites: the same as ``_GLUED.finditer`` (the matches are letter runs, which do
    not overlap) filtered the same way."""
    out = []
    for g in _GLUED_GATE.finditer(text):
        start = _run_start(text, g.start() + (g.group() == "s"))
        if text[start].isupper() and (m := _GLUED.match(text, start)):
            out.append(m)
    return out


def slavic_candidates(text: str) -> list[re.Match[str]]:
    """The ``_SLAVIC_POSSESSIVE`` matches of ``text`` that can be a hit, at the gate's sites
    (as ``glued_candidates``)."""
    out = []
    for g in _SLAVIC_GATE.finditer(text):
        start = _run_start(text, g.end())
        if text[start].isupper() and (m := _SLAVIC_POSSESSIVE.match(text, start)):
            out.append(m)
    return out


def roster_slot_names(text: str, members: MemberNames) -> list[Hit]:
    """Roster given names and surnames alone in the two positions of the docstring."""
    if not members.given and not members.surnames:
        return []
    hits: list[Hit] = []
    owners = _OWNER.finditer(text) if may_own(text) else ()
    if (starts := slot_runs(text, members, _slavic_keys)) is None:  # not ASCII: the gates
        glued, slavic = glued_candidates(text), slavic_candidates(text)
    else:  # the capitalised runs that can be a roster name (``member_slot_index``)
        glued = [m for s in starts[0] if (m := _GLUED.match(text, s))]
        slavic = [m for s in starts[1] if (m := _SLAVIC_POSSESSIVE.match(text, s))]
    for m in (*owners, *glued):
        if m is None or not m.group("name")[0].isupper():
            continue
        key = fold(m.group("name"))
        if (key in members.given or key in members.surnames) and not company_follows(
            text, m.end()
        ):  # "Adams PLC", "Smith and Sons": a company's name
            hits.append(("NAME", m.start("name"), m.end()))
    for m in slavic:
        if m and m.group("name")[0].isupper() and any(
            k in members.given or k in members.surnames for k in _slavic_keys(m.group("name"))
        ):
            hits.append(("NAME", m.start("name"), m.end("name")))
    return hits
