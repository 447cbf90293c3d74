"""Roster names written joined to other text, which the word-bounded rules cannot see; each
form has a trigger that costs a post without it one C-level scan or substring test:

* camel case glued to other words ("KwameBoatengHelper", "kwameBoateng_bot",
  "helloMarenOyelaran"): trigger a lower-case letter before a capital. The token is cut at
  its case changes, "_" and digits; consecutive parts that are roster given names or surnames
  go (two or more, or one no word list holds), and so do parts whose glued form is a roster
  full-name key. A particle before a capital is part of the surname ("McDonald", "DeLuca").
* a double-barrelled or hyphenated surname with a roster name on either side
  ("Oyelaran-Boateng", "Smith-Oyelaran"): trigger "-" beside a capital; the whole compound
  goes when one side is a roster name and that side is no listed word, or both are roster
  names.
* a roster name hyphenated across a line break ("Oye-\\nlaran"): trigger "-\\n".
* a roster name spelled out letter by letter ("K W A M E", "K-w-a-m-e", "K.W.A.M.E"):
  trigger three single letters in a row, one separator between them.
* the account segment of a home-directory path ("/home/mboateng/", "C:\\\\Users\\\\MarenO\\\\"):
  trigger "home" or "users" before a slash; the segment goes when it is a roster name, a given
  name and a surname glued, a given name and an initial, or an initial and a surname.

Only roster keys (``MemberNames.given``, ``surnames`` and the full-name keys) are looked up:
no word of the text is taken for being capitalised or glued alone.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.member_words import is_word
from trainer.redact.name_keys import fold
from trainer.redact.names import MemberNames

_CAMEL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
_PARTS = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-zß-ÿ])")
# Particles written before a capital inside one surname ("McDonald", "DeLuca", "LeBlanc").
_PARTICLES = frozenset("mc mac de le la di da du van von o d".split())
_BROKEN = re.compile(r"([^\W\d_]{2,})-[ \t]*\r?\n[ \t]*([a-zß-ÿ]{2,})(?![\w])")
# A separator, a letter, the same separator and a letter that ends a word: one pattern per
# separator, each opening with its literal (``re`` finds a literal prefix at C speed; a
# pattern that opens with a set is tried at every character).
_SPELL_GATES = tuple(
    (sep, re.compile(rf"{re.escape(sep)}[^\W\d_]{re.escape(sep)}[^\W\d_](?![^\W\d_])"))
    for sep in " -."
)
_HOME = re.compile(r"(?:home|users)[/\\]+([\w.\-]{3,40})", re.I)
_CASES = bytes(
    97 if 97 <= c <= 122 or c >= 128 else 65 if 65 <= c <= 90 else 35 for c in range(256)
)
_SHAPES = bytes(
    97 if 97 <= c <= 122 or 65 <= c <= 90 or c >= 128 else c if c in b" -." else 35
    for c in range(256)
)
# Two single letters in a row on the shapes: " a a" not followed by a letter.
_SHAPE_GATES = {sep: re.compile(re.escape(f"{sep}a{sep}a".encode()) + rb"(?!a)") for sep in " -."}
# The shapes with the three separators as one byte ("s"): one scan of "sasa" finds where any of
# the three gates above can match (each of their sites is one of its), instead of three scans.
_ANY_SEP_SHAPES = bytes(115 if c in b" -." else shape for c, shape in enumerate(_SHAPES))
_ANY_SEP_GATE = re.compile(rb"sasa(?!a)")
# A lower-case letter before a capital on the cases: the capital first, which re jumps to in C
# (a substring search for "aA" tried every lower-case letter of the text).
_CAMEL_GATE = re.compile(rb"A(?<=aA)")
_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_MIN_PART = 3  # a glued part shorter than this is an initial or a syllable, never a name alone
_MIN_RARE = 4  # a roster name standing alone in a glued token: no word of any list, this long


def joined_hits(text: str, folded: str, members: MemberNames) -> list[Hit]:
    """NAME hits of the joined forms of the module docstring (each behind its own trigger)."""
    if not members.given and not members.surnames:
        return []
    names = roster_names(members)
    hits: list[Hit] = []
    # One C pass each: the text's UTF-8 bytes as letter cases and as letter shapes (a byte of a
    # non-ASCII character counts as a lower-case letter), so the triggers below are substring
    # or literal-prefix searches, not a regex tried at every character.
    data = text.encode("utf-8", "surrogatepass")
    if _CAMEL_GATE.search(data.translate(_CASES)):
        hits += _camel(text, members, names)
    if "-" in text:
        hits += _hyphenated(text, names)
        if "-\n" in text or "-\r\n" in text:
            hits += _broken(text, names)
    if _ANY_SEP_GATE.search(data.translate(_ANY_SEP_SHAPES)):
        shapes = data.translate(_SHAPES)
        for sep, gate in _SPELL_GATES:
            if _SHAPE_GATES[sep].search(shapes):
                hits += _spelled(text, names, sep, gate)
    low = folded.find("users") if "sers" in folded else -1
    if (low != -1 or "home" in folded) and ("/" in text or "\\" in text):
        hits += _home(text, members, names)  # "/home/jdoe", "C:\\Users\\jdoe": a slash needed
    return hits


def roster_names(members: MemberNames) -> frozenset[str]:
    """The roster's given names and surnames as one set, built once per roster."""
    if (names := _NAMES.get(members)) is None:
        names = _NAMES[members] = members.given | members.surnames
    return names


def _word_at(text: str, pos: int) -> tuple[int, int]:
    """The maximal run of letters, digits and "_" around ``pos``."""
    start = end = pos
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return start, end


def _camel(text: str, members: MemberNames, names: frozenset[str]) -> list[Hit]:
    out: list[Hit] = []
    reach = -1
    for m in _CAMEL.finditer(text):
        if m.start() < reach:
            continue
        start, end = _word_at(text, m.start())
        reach = end
        if start and text[start - 1] == "#":
            continue  # a hashtag: ``member_hashtags``
        token = text[start:end]
        parts = [(start + p.start(), start + p.end()) for p in _PARTS.finditer(token)]
        out += _name_parts(text, parts, members, names)
    return out


def _name_parts(
    text: str, parts: list[tuple[int, int]], members: MemberNames, names: frozenset[str]
) -> list[Hit]:
    """Runs of consecutive ``parts`` that are roster names (two or more, or one no list holds
    as a word), and pairs whose glued form is a full-name key."""
    out: list[Hit] = []
    keys = [fold(text[s:e]) for s, e in parts]
    i = 0
    while i < len(parts):
        j = i
        while j < len(parts) and keys[j] in names and len(keys[j]) >= _MIN_PART:
            j += 1
        if j > i:
            single = keys[i]
            after_particle = i and keys[i - 1] in _PARTICLES and parts[i - 1][1] == parts[i][0]
            if (j - i > 1 or (len(single) >= _MIN_RARE and not is_word(single))) and not (
                j - i == 1 and after_particle
            ):
                out.append(("NAME", parts[i][0], parts[j - 1][1]))
            i = j
            continue
        i += 1
    for i in range(len(parts) - 1):  # "KwameBoateng" as the roster writes it, glued or spaced
        pair = keys[i] + keys[i + 1]
        if members._has_key(pair) or members._has_key(f"{keys[i]} {keys[i + 1]}"):
            out.append(("NAME", parts[i][0], parts[i + 1][1]))
    return out


def _hyphenated(text: str, names: frozenset[str]) -> list[Hit]:
    """Each "-" between a letter and a capital, read from the hyphen (no scan of every word):
    the compound of the words either side goes when one is a roster name no list holds as a
    word, or both are roster names."""
    out: list[Hit] = []
    n = len(text)
    reach = 0
    at = text.find("-")
    while at != -1:
        if at >= reach and at and text[at - 1].isalpha() and at + 1 < n and text[at + 1].isupper():
            start = at
            while start and (text[start - 1].isalpha() or text[start - 1] in "'’"):
                start -= 1
            end = at + 1
            while end < n and (text[end].isalpha() or text[end] in "'’"):
                end += 1
            if text[start].isupper() and not (
                start and (text[start - 1].isalnum() or text[start - 1] in "_-")
            ):
                sides = (fold(text[start:at]).strip("'’"), fold(text[at + 1 : end]).strip("'’"))
                roster = [side in names and len(side) >= _MIN_PART for side in sides]
                if all(roster) or any(
                    r and not is_word(side) for r, side in zip(roster, sides, strict=True)
                ):
                    out.append(("NAME", start, end))
            reach = end
        at = text.find("-", at + 1)
    return out


def _broken(text: str, names: frozenset[str]) -> list[Hit]:
    out: list[Hit] = []
    for m in _BROKEN.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        key = fold(m.group(1) + m.group(2))
        if key in names and len(key) >= _MIN_RARE:
            out.append(("NAME", m.start(), m.end()))
    return out


def _spelled(text: str, names: frozenset[str], sep: str, gate: re.Pattern) -> list[Hit]:
    """Runs of single letters, one separator between them ("K W A M E", "K-w-a-m-e"), that
    spell a roster name. Found from a separator, a letter, the separator and a letter
    (``_SPELL_GATES``), then walked both ways in Python; a single-letter word before the run
    ("a K W A M E") is tried with and without."""
    out: list[Hit] = []
    n = len(text)
    pos = 0
    while m := gate.search(text, pos):
        end = m.end()
        while (
            end + 1 < n
            and text[end] == sep
            and text[end + 1].isalpha()
            and (end + 2 == n or not text[end + 2].isalnum())
        ):
            end += 2
        start = m.start() - 1  # the run's first letter, before the separator
        if start >= 0 and text[start].isalpha():
            while (
                start >= 2
                and text[start - 1] == sep
                and text[start - 2].isalpha()
                and (start == 2 or not text[start - 3].isalnum())
            ):
                start -= 2
            if start and text[start - 1].isalnum():
                start += 2  # "is T O B Y": the word's last letter opens no run
        else:
            start = m.start() + 1
        for first in (start, start + 2):
            key = fold(text[first:end:2])
            if len(key) >= _MIN_PART and key in names:
                out.append(("NAME", first, end))
                break
        pos = end
    return out


def _home_starts(text: str) -> Iterator[int]:
    """Where a ``_HOME`` match can start: four or five characters ("home", "users": ``re.I``
    folds one character to one) before a slash or a backslash, ascending."""
    for slash in prefilter.char_offsets(text, "/\\"):
        if slash >= 5:
            yield slash - 5
        if slash >= 4:
            yield slash - 4


def _home(text: str, members: MemberNames, names: frozenset[str]) -> list[Hit]:
    out: list[Hit] = []
    for m in prefilter.finditer_at(_HOME, text, _home_starts(text)):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        segment = m.group(1).rstrip(".-")
        key = fold(segment)
        pieces = [p for p in re.split(r"[._\-]+", key) if p]
        glued = "".join(pieces)
        if (
            any(p in names and len(p) >= _MIN_PART for p in pieces)
            or _glued_name(glued, members)
            or (members._has_key(" ".join(pieces)) and len(pieces) > 1)
        ):
            out.append(("NAME", m.start(1), m.start(1) + len(segment)))
    return out


def _glued_name(key: str, members: MemberNames) -> bool:
    """A given name and a surname glued ("kwameboateng"), a given name and an initial
    ("mareno"), an initial and a surname ("mboateng")."""
    given, surnames = members.given, members.surnames
    if key[1:] in surnames and len(key) > _MIN_RARE or key[:-1] in given and len(key) > _MIN_RARE:
        return True
    return any(key[:i] in given and key[i:] in surnames for i in range(_MIN_PART, len(key) - 1))
