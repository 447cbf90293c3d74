"""Person names: a member-name dictionary matched with Aho-Corasick, plus best-effort offline
heuristics for people who are not members.

Matching runs on a *folded* copy of the text that has the same length as the text (lower case,
accents stripped, curly apostrophes straightened), so a hit's offsets are offsets into the text
and "José Núñez", "jose nunez" and "JOSE NUNEZ" all match one key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

import ahocorasick

from trainer.redact.hits import Hit

_EXTRA_FOLDS = {
    "\n": " ",
    "\t": " ",
    "\r": " ",
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ı": "i",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
}
# Spellings people use when their keyboard lacks a letter: Müller -> Mueller, Søren -> Soeren.
_TRANSLITERATIONS = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "ß": "ss",
    "ø": "oe",
    "æ": "ae",
    "å": "aa",
    "œ": "oe",
    "þ": "th",
}
# Display-name decoration that never appears when people write the name: "(she/her)",
# "Dr.", "Prof.", ", PhD", "Jr.".
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|[|•·].*$")
_TITLES = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?\s+)+|"
    r"(?:,?\s+(?:Jr|Sr|II|III|IV|PhD|Ph\.D|MD|MBA|MSc|BSc|CPA|PE|Esq)\.?)+$",
    re.IGNORECASE,
)
_PARTICLE_SET = frozenset(
    "van von de der den da di del della dos das du la le bin ibn al el ter ten zu y".split()
)


def _build_fold_table() -> dict[int, str]:
    # Complete over the range (identity included): a missing key costs str.translate an
    # exception per character, which is slower than the lookup itself.
    table: dict[int, str] = {}
    for cp in range(0x2100):
        ch = chr(cp)
        low = ch.lower()
        base = "".join(
            c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != ch:
            table[cp] = base
        elif len(low) == 1:
            table[cp] = low
        else:
            table[cp] = ch
    table.update({ord(k): v for k, v in _EXTRA_FOLDS.items()})
    return table


_FOLD = _build_fold_table()
_WHITESPACE = str.maketrans("\n\t\r", "   ")


def fold(text: str) -> str:
    """Lower-case and strip accents without changing the length of ``text``."""
    if not text.isascii():
        return text.translate(_FOLD)
    lowered = text.lower()
    return lowered.translate(_WHITESPACE) if "\n" in lowered or "\t" in lowered else lowered


def name_keys(display_name: str) -> set[str]:
    """Folded spellings under which a member's name may appear in a post.

    Full name, first + last, hyphens as spaces, German/Nordic transliterations, initial +
    surname (J. Doe, jdoe), surname-comma-first (Doe, Jane) and handle or slug forms (janedoe,
    jane.doe, jane_doe, jane-doe). Keys shorter than four characters, and single-token names
    shorter than four, are skipped: they would match ordinary words.
    """
    untitled = _BRACKETED.sub(" ", unicodedata.normalize("NFKC", display_name))
    titled = " ".join(untitled.split()).lstrip("@").strip(" ,")  # "Dr Jane Doe" as written too
    name = " ".join(_TITLES.sub("", untitled).split()).lstrip("@").strip(" ,")
    if not name:
        return set()
    spellings = {name}
    lowered = name.lower()
    if any(ch in lowered for ch in _TRANSLITERATIONS):
        spellings.add("".join(_TRANSLITERATIONS.get(ch, ch) for ch in lowered))
    spellings |= {spelling.replace("-", " ") for spelling in spellings}
    keys: set[str] = set()
    for spelling in spellings:
        tokens = fold(spelling).split()
        if len(tokens) == 1:
            if len(tokens[0]) >= 4:
                keys.add(tokens[0])
            continue
        keys.add(" ".join(tokens))
        pairs = [tokens]
        if len(tokens) > 2:
            pairs += [[tokens[0], t] for t in tokens[1:] if t not in _PARTICLE_SET]
            pairs.append([tokens[0], "".join(tokens[1:])])  # da Silva -> jane.dasilva
        first, last = tokens[0], tokens[-1]
        if len(last) >= 3:  # "J. Doe", "jdoe", "Doe, Jane" (not "Young Will": words)
            keys |= {f"{first[0]}. {last}", f"{first[0]}.{last}", f"{first[0]}{last}"}
            keys.add(f"{last}, {first}")
        if len(tokens) > 2:
            # "S. te Pas", "P. Ruiz Picasso", and a particle surname on its own ("te Pas",
            # "van den Broek"): the surname as written, with every token.
            rest = " ".join(tokens[1:])
            keys |= {f"{first[0]}. {rest}", f"{first[0]} {rest}", f"{rest}, {first}"}
            if tokens[1] in _PARTICLE_SET:
                keys.add(rest)
        for parts in pairs:
            keys.add(" ".join(parts))
            slug_parts = [part.replace("'", "") for part in parts]  # O'Connell -> oconnell
            for sep in ("", ".", "_", "-"):
                keys.add(sep.join(parts))
                keys.add(sep.join(slug_parts))
    keys.add(" ".join(fold(titled).split()))  # "Dr Jane Doe" as written, title and all
    return {key for key in keys if len(key) >= 4}


class MemberNames:
    """Aho-Corasick automaton over the folded name keys of every member."""

    def __init__(self, display_names: Iterable[str] | None) -> None:
        keys: set[str] = set()
        members = 0
        for display_name in display_names or ():
            if not isinstance(display_name, str):
                raise TypeError("display names must be strings")
            members += 1
            keys |= name_keys(display_name)
        self.members = members
        self.keys = sorted(keys)
        self._automaton = _build_automaton(self.keys)

    def __reduce__(self):
        # Rebuild the automaton on unpickling (datasets.map with num_proc ships it to workers).
        return (_from_keys, (self.members, self.keys))

    def find(self, text: str, folded: str | None = None) -> list[Hit]:
        """Dictionary hits that start and end on word boundaries."""
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


def _build_automaton(keys: list[str]) -> ahocorasick.Automaton | None:
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def _from_keys(members: int, keys: list[str]) -> MemberNames:
    obj = MemberNames.__new__(MemberNames)
    obj.members, obj.keys = members, keys
    obj._automaton = _build_automaton(keys)
    return obj


@cache
def word_list(filename: str) -> frozenset[str]:
    """A shipped list (one entry per line, ``#`` comments): given names, surnames ..."""
    text = resources.files("trainer.redact").joinpath(filename).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def given_names() -> frozenset[str]:
    """The shipped gazetteer of common given names (title case)."""
    return word_list("given_names.txt")


@cache
def name_list_source() -> str:
    """Where the shipped name lists come from (the "Source:" header line of the lists)."""
    text = resources.files("trainer.redact").joinpath("given_names.txt").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("# Source: "):
            return line.removeprefix("# Source: ").rstrip(".")
        if not line.startswith("#"):
            break
    return "unknown"
