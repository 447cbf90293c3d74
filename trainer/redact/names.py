"""Person names: a member-name dictionary (an Aho-Corasick automaton, or for many members a
compact table of key digests), plus best-effort offline heuristics for people who are not members.

Matching runs on a *folded* copy of the text that has the same length as the text (lower case,
accents stripped, curly apostrophes straightened), so a hit's offsets are offsets into the text
and "José Núñez", "jose nunez" and "JOSE NUNEZ" all match one key.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import ahocorasick
import numpy as np

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.member_digests import (
    _ASCII_ALNUM_BYTES,
    _BASE,
    _FLAGS,
    _HIGH,
    _HIGH_INT,
    _KEY,
    _MASK,
    _TWO,
    _alnum_table,
    _digest_batch,
    _KeyDigests,
    _merge,
    _powers,
)
from trainer.redact.member_glued import glued_hits, glued_keys, key_automaton
from trainer.redact.member_lists import (  # noqa: F401  (this module's API, as before)
    given_names,
    list_source,
    name_list_source,
    word_list,
)
from trainer.redact.member_marks import roster_spellings
from trainer.redact.member_unkeyed import has_key
from trainer.redact.name_context import (
    TITLES,
    collapse_spaces,
    initial_ok,
    initials,
    middle_hits,
    title_hits,
)
from trainer.redact.name_keys import (  # noqa: F401  (fold, name_keys: this module's API)
    CONTEXT_KEY,
    SURNAME_PARTICLES,
    fold,
    given_keys,
    name_keys,
    surname_keys,
)
from trainer.redact.person_initials import initial_dots


class MemberNames:
    """Every member's folded name keys: an Aho-Corasick automaton while the keys are few, a
    compact sorted table of 64-bit digests above ``AUTOMATON_MAX_KEYS`` (both find the same).

    The automaton costs about 540 bytes per key (some 5 KB per member), so it is kept only
    below the threshold (at most ~55 MB), where it is the faster of the two. The table costs
    8 bytes per key and per distinct *boundary prefix* (``key[:m]`` with ``key[m]`` not
    alphanumeric; ~50 bytes per member). A key is matched only where it starts and ends on a
    word boundary, so the table is probed with the spans of the text that do: every maximal
    alphanumeric run (vectorised), then, while a span is a boundary prefix, the span extended
    to the next boundary; and spans that start with a non-alphanumeric character some key
    starts with. That is a dictionary lookup of every boundary-to-boundary span, i.e. the
    automaton's hits. A 62-bit digest collision can only *add* a hit or an extension (fail
    closed), never lose one.
    """

    members: int
    given: frozenset[str]  # folded given-name keys, for member_given (a name written alone)
    surnames: frozenset[str]  # folded surname keys, same rule ("Our treasurer Blackwood asks")
    given_matcher: ahocorasick.Automaton | None | Literal[False]  # member_given's, per roster
    glued: frozenset[str]  # keys in scripts written without spaces, matched as substrings
    unkeyed: int  # display names that yield no key at all: such a member is never found
    marked: frozenset[str]  # roster words written with Vietnamese marks, lower case
    plain: frozenset[str]  # roster words written without them, folded (member_marks)

    def __init__(self, display_names: Iterable[str] | None, *, compact: bool | None = None) -> None:
        """``compact``: None picks by the number of keys; True/False forces the table/automaton."""
        members = 0
        longest = 0
        lead: set[str] = set()
        parts: list[np.ndarray] = []
        batch: set[str] = set()
        use_table = compact is True
        limit = _BUILD_BATCH if use_table else AUTOMATON_MAX_KEYS
        given: set[str] = set()
        surnames: set[str] = set()
        glued: set[str] = set()
        unkeyed = 0
        spelled: list[str] = []  # the names as written, for their Vietnamese marks
        for display_name in display_names or ():
            if not isinstance(display_name, str):
                raise TypeError("display names must be strings")
            members += 1
            spelled.append(display_name)
            keys, glued_now = name_keys(display_name), glued_keys(display_name)
            batch |= keys
            glued |= glued_now
            given_now, surnames_now = given_keys(display_name), surname_keys(display_name)
            unkeyed += not has_key(keys, glued_now, given_now, surnames_now)  # no rule finds it
            given |= given_now
            surnames |= surnames_now
            if len(batch) > limit and compact is not False:
                use_table, limit = True, _BUILD_BATCH  # bounded memory at any member count
                longest = max(longest, _digest_batch(batch, parts, lead))
                batch = set()
        self.members = members
        self.unkeyed = unkeyed
        self._set_glued(frozenset(glued))
        # Members' given names, for the rule that redacts one written alone (member_given).
        self.given = frozenset(given)
        # and surnames, written alone ("Our treasurer Blackwood asks"), same rule.
        self.surnames = frozenset(surnames)
        # member_given's small automaton of the roster's names the gazetteer lacks (False: not
        # built yet; None: no such name); per roster, never in the process-wide prefilter.
        self.given_matcher = False
        # the roster's words as written: a Vietnamese word with other marks is another word
        self.marked, self.plain = roster_spellings(spelled)
        if use_table:
            if batch:
                longest = max(longest, _digest_batch(batch, parts, lead))
            self._set_table(longest, "".join(sorted(lead)), _merge(parts))
        else:
            self._set_automaton(sorted(batch))

    def _set_glued(self, glued: frozenset[str]) -> None:
        self.glued = glued
        self._glued = key_automaton(glued)

    def _set_automaton(self, keys: list[str]) -> None:
        self._keys = keys
        self._table = None
        self._automaton = key_automaton(keys)

    def _set_table(self, longest: int, lead: str, table: np.ndarray) -> None:
        self._keys = None
        self._automaton = None
        self._longest = longest
        self._lead = lead  # non-alphanumeric characters some key starts with
        self._lead_ascii = None
        if lead.isascii():
            self._lead_ascii = np.zeros(256, dtype=bool)
            self._lead_ascii[[ord(c) for c in lead]] = True
        self._table = table

    @property
    def keys(self) -> list[str] | _KeyDigests:
        """The folded keys (automaton) or their digests (table); ``len`` counts the keys."""
        if self._table is None:
            return self._keys
        return _KeyDigests(self._table[(self._table & _KEY) != 0])

    def __reduce__(self):
        # datasets.map with num_proc ships it to workers: the keys (automaton, rebuilt there)
        # or the table (one buffer).
        if self._table is None:
            state = (self.members, self._keys, self.given, self.surnames)
            return (_from_keys, (*state, self.glued, self.unkeyed))
        state = (self.members, self._longest, self._lead, self._table, self.given, self.surnames)
        return (_from_table, (*state, self.glued, self.unkeyed))

    def find(self, text: str, folded: str | None = None) -> list[Hit]:
        """Member-name hits, ordered by (end, start): whole keys on word boundaries
        (``find_keys``, over single spaces) and the forms ``name_context`` finds in context
        (a surname after an honorific, a middle name the roster lacks)."""
        if not self.members:
            return []
        folded = fold(text) if folded is None else folded
        if "  " in folded:  # "Jane\r\nDoe", "Jane  Doe"
            collapsed, back = collapse_spaces(folded)
            hits = [("NAME", *back(s, e)) for _, s, e in self.find_keys(collapsed, collapsed)]
        else:
            hits = self.find_keys(text, folded)
        if hits:
            hits = [hit for hit in hits if initial_ok(text, folded, hit[1])]
        if self._glued is not None and (glued := glued_hits(folded, self._glued)):
            hits = sorted(hits + glued, key=_hit_by_end)  # "恭喜欧阳娜娜升职"
        found = _keywords(text)
        extra = []
        if titles := found.get("member_title"):
            extra += title_hits(text, folded, titles, self._has_key)
        # A middle name or initial follows a given name, which the gazetteer mostly knows.
        if middles := found.get("member_middle"):
            if ". " in folded:
                middles = [*middles, *_initials(text, folded)]
            extra += middle_hits(text, folded, middles, self._has_key, hits)
        if extra:
            hits += [("NAME", s, e) for s, e in extra]
            hits.sort(key=_hit_by_end)
        return hits

    def _has_key(self, key: str) -> bool:
        """Whether ``key`` (folded) is one of the keys."""
        if self._table is None:
            return self._automaton is not None and self._automaton.exists(key)
        digest = 0
        power = 1
        for ch in key:
            digest = (digest + (ord(ch) + 1) * power) & _MASK
            power = power * _BASE & _MASK
        digest = digest << 2 & _HIGH_INT
        found = self._table.item(int(self._table.searchsorted(np.uint64(digest))))
        return found & _HIGH_INT == digest and bool(found & 1)

    def find_keys(self, text: str, folded: str | None = None) -> list[Hit]:
        """Dictionary hits that start and end on word boundaries, ordered by (end, start)."""
        if self._table is None:
            return self._find_automaton(text, folded)
        if not len(self._table):
            return []
        folded = fold(text) if folded is None else folded
        n = len(folded)
        if not n:
            return []
        # Padded with a space each side, so that edges[k] below is an offset into ``folded``.
        padded = f" {folded} "
        if padded.isascii():
            raw = padded.encode("ascii")
            codes = np.frombuffer(raw, dtype=np.uint8)
            alnum = np.frombuffer(raw.translate(_ASCII_ALNUM_BYTES), dtype=bool)
        else:
            codes = np.frombuffer(padded.encode("utf-32-le", "surrogatepass"), dtype="<u4")
            alnum = _alnum_table()[codes]
        # Maximal alphanumeric runs [starts[i], ends[i]) of ``folded``: they start on a word start.
        edges = np.flatnonzero(alnum[1:] != alnum[:-1])
        starts, ends = edges[0::2], edges[1::2]
        lead = self._lead and any(c in folded for c in self._lead)
        if not len(starts) and not lead:
            return []
        power, inverse = _powers(n + 2)
        inverse = inverse[1:]  # folded[s:e] is padded[s + 1 : e + 1]
        terms = np.multiply(codes, power[: n + 2], dtype=np.uint64)
        terms += power[: n + 2]
        table = self._table
        # Sums over [edges[k], edges[k + 1]) of folded; the even k are the runs.
        sums = np.add.reduceat(terms[1:], edges)[0::2]
        digests = sums * inverse[starts] << _TWO
        found = table[table.searchsorted(digests)]  # the table ends with a sentinel
        marked = np.flatnonzero((found & _HIGH) == digests)
        if not len(marked) and not lead:
            return []
        # A span is (start, end, j): j indexes the first run that starts after ``end``.
        hits: list[tuple[int, int]] = []
        frontier: list[tuple[int, int, int]] = []
        for i, f in zip(marked.tolist(), (found[marked] & _FLAGS).tolist(), strict=True):
            if f & 1:
                hits.append((starts.item(i), ends.item(i)))
            if f & 2:
                frontier.append((starts.item(i), ends.item(i), i + 1))
        runs = len(starts)
        pending: list[tuple[int, int, int]] = []
        if lead:  # keys that start with a non-alphanumeric character, after a boundary
            ascii_lead = self._lead_ascii is not None and codes.dtype == np.uint8
            at = self._lead_ascii[codes[1:-1]] if ascii_lead else ~alnum[1:-1]
            at &= ~alnum[:-2]  # the character before is not alphanumeric either
            positions = np.flatnonzero(at)
            if not ascii_lead:
                positions = positions[[folded[p] in self._lead for p in positions.tolist()]]
            after = starts.searchsorted(positions).tolist()  # the first run after each
            for p, j in zip(positions.tolist(), after, strict=True):
                if j < runs and starts.item(j) == p + 1:
                    pending.append((p, ends.item(j), j + 1))
                else:
                    pending.append((p, p + 1, j))
        # Extend boundary prefixes to the next boundary until no key can continue them.
        longest = self._longest
        if frontier or pending:
            prefix = terms.cumsum()  # prefix[e] - prefix[s]: the terms of folded[s:e]
        while frontier or pending:
            for s, e, j in frontier:
                if e < n:
                    if j < runs and starts.item(j) == e + 1:
                        e, j = ends.item(j), j + 1
                    else:
                        e += 1
                    if e - s <= longest:
                        pending.append((s, e, j))
            frontier = []
            for s, e, j in pending:
                digest = (prefix.item(e) - prefix.item(s)) * inverse.item(s) << 2 & _HIGH_INT
                f = table.item(int(table.searchsorted(np.uint64(digest))))
                if f & _HIGH_INT == digest:
                    if f & 1:
                        hits.append((s, e))
                    if f & 2:
                        frontier.append((s, e, j))
            pending = []
        if len(hits) > 1:
            hits.sort(key=_by_end)
        return [("NAME", s, e) for s, e in hits]

    def _find_automaton(self, text: str, folded: str | None) -> list[Hit]:
        if self._automaton is None:
            return []
        folded = fold(text) if folded is None else folded
        hits: list[Hit] = []
        n = len(folded)
        for last, length in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if (start == 0 or not folded[start - 1].isalnum()) and (
                end == n or not folded[end].isalnum()
            ):
                hits.append(("NAME", start, end))
        return hits


AUTOMATON_MAX_KEYS = 100_000  # more keys: the digest table (an automaton would be > ~55 MB)
_BUILD_BATCH = 50_000  # keys digested at a time while building (~30 MB transient)


# Characters that fold to "." or to a space although they are no full stop, or are a letter:
# the full stops ``initial_dots`` reads would miss an initial they make (NFKC, which detection
# reads, leaves neither: one dot leader, Greek ypogegrammeni).
_ODD_FOLDS = ("\u2024", "\u037a")


def _initials(text: str, folded: str) -> list[tuple[int, int]]:
    """``name_context.initials`` (" Q. ") read at the full stops that may close an initial, which
    the person rules find once per text (``person_initials.initial_dots``: no letter or digit
    two back), instead of a walk over every ". " of the text (most end a sentence)."""
    if _ODD_FOLDS[0] in text or _ODD_FOLDS[1] in text:
        return initials(text, folded)
    return [
        (dot - 1, dot + 1)
        for dot in initial_dots(text)
        if dot > 1
        and folded[dot - 2] == " "
        and folded[dot + 1 : dot + 2] == " "
        and text[dot - 1].isupper()
    ]


def _by_end(span: tuple[int, int]) -> tuple[int, int]:
    return span[1], span[0]


def _hit_by_end(hit: Hit) -> tuple[int, int]:
    return hit[2], hit[1]


def _from_keys(
    members: int,
    keys: list[str],
    given: frozenset[str],
    surnames: frozenset[str] = frozenset(),
    glued: frozenset[str] = frozenset(),
    unkeyed: int = 0,
) -> MemberNames:
    obj = MemberNames.__new__(MemberNames)
    obj.members, obj.given, obj.given_matcher = members, given, False
    obj.surnames, obj.unkeyed = surnames, unkeyed
    obj.marked, obj.plain = frozenset(), frozenset()  # digests: no spelling to compare with
    obj._set_glued(glued)
    obj._set_automaton(keys)
    return obj


def _from_table(
    members: int,
    longest: int,
    lead: str,
    table: np.ndarray,
    given: frozenset[str],
    surnames: frozenset[str] = frozenset(),
    glued: frozenset[str] = frozenset(),
    unkeyed: int = 0,
) -> MemberNames:
    obj = MemberNames.__new__(MemberNames)
    obj.members, obj.given, obj.given_matcher = members, given, False
    obj.surnames, obj.unkeyed = surnames, unkeyed
    obj._set_glued(glued)
    obj._set_table(longest, lead, table)
    return obj


_REGISTERED: list[bool] = []  # the member categories are given to the prefilter on first use


def _keywords(text: str) -> dict[str, list[tuple[int, int]]]:
    """The prefilter's keywords of ``text`` (cached there: the name rules ask for the same
    text), with the member categories registered on first use (the given-name list loads
    lazily)."""
    if not _REGISTERED:
        prefilter.register("member_title", TITLES)
        prefilter.register("member_middle", given_names())
        _REGISTERED.append(True)
    return prefilter.keywords(text)
