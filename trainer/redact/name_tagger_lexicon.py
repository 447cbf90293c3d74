"""The word lists whose membership is a feature of the opt-in name tagger
(``name_tagger_features``): the redactor's shipped name, word, town and company lists, lower-cased,
as one flag letter per list, and one digest over them (a model fits the lists it was trained
with: ``name_tagger.lexicon_status``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

# the shipped lists whose membership is a feature: (flag letter, files)
LEXICON_FILES = (
    ("G", ("given_names.txt", "given_names_oceania.txt")),
    ("A", ("given_names_ambiguous.txt",)),
    ("S", ("surnames.txt", "surnames_in.txt")),
    ("U", ("surnames_words.txt",)),
    ("W", ("common_words.txt",)),
    ("T", ("common_words_top.txt",)),
    ("P", ("address_towns.txt",)),
    ("C", ("eponymous_companies.txt",)),
    ("N", ("name_tagger_words.txt",)),  # commonest words of pl sv fi tr cs ro da nb ms
)


def _read_list(name: str) -> set[str]:
    text = resources.files("trainer.redact").joinpath(name).read_text(encoding="utf-8")
    return {s.lower() for line in text.splitlines() if (s := line.strip()) and s[0] != "#"}


def _list_words(flag: str, name: str) -> set[str]:
    words = _read_list(name)
    if flag == "P":  # "DE Köln: 50 51" -> "köln"; every word of a multi-word town
        return {w for line in words for w in line.split(":")[0].split()[1:]}
    if flag in "CA":  # every word of an eponymous company name; first field of a list line
        return {w for line in words for w in line.split()[:None if flag == "C" else 1]}
    return words


@dataclass
class Lexicon:
    """The redactor's name and word lists, lower-cased, as token-membership flags."""

    sets: tuple[tuple[str, set[str]], ...]

    @classmethod
    def load(cls, files: tuple = LEXICON_FILES) -> Lexicon:
        return cls(
            tuple(
                (flag, set().union(*(_list_words(flag, f) for f in names)))
                for flag, names in files
            )
        )

    def flags(self, lower: str) -> str:
        return "".join(flag for flag, words in self.sets if lower in words)


def lexicon_sha256(files: tuple = LEXICON_FILES) -> str:
    """One digest over the lists the features read (a model fits the lists it was trained with)."""
    h = hashlib.sha256()
    for _flag, names in files:
        for name in names:
            h.update(resources.files("trainer.redact").joinpath(name).read_bytes())
    return h.hexdigest()
