"""Rebuild ``given_names_alone.txt`` (the given names that name a person written alone) and
``common_words_top_nodict.txt`` (sentence words of pl sv fi tr that no name list holds).

    pip install names-dataset==3.3.1 wordfreq==3.1.1
    python -m trainer.redact.build_alone_names

A given name with no surname ("Ravi: ok", "I had lunch with Lorcan") is only as good as the
list says. names-dataset is crowd-sourced: past its first ranks a country's list holds words
("Harika", "Poika"), and for pl sv fi tr, which have no dictionary split in ``build_names``,
even its first ranks do ("Kobieta", "Visar"). So a name of ``given_names.txt`` counts alone when
it is ranked within ``ALONE_RANK`` in a country whose languages we redact, and is not among
the ``NEW_WORDS`` most frequent words of pl sv fi tr unless it is a top-``OWN_RANK`` name of
that language's own country ("Erik", "Mehmet", "Deniz") or of a country of the seven
dictionaried languages ("Louis", "Jan": frequent in Swedish text as names).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from trainer.redact.build_names import (
    _NAME,
    HOME_COUNTRIES,
    OUT,
    PROXY_COUNTRIES,
    TOP_WORDS,
    _load,
    write_list,
)
from trainer.redact.member_lists import given_names, word_list

# The languages with no Hunspell dictionary here. Unfiltered, wordfreq's lists hold names past
# their first few hundred words ("mehmet", "matti"), and names-dataset lists their commonest
# words as given names ("det", "bir", "jak") and surnames ("uzun"), so only their top words that
# no name list holds are written, to a list of their own that only lower-case rules read.
NODICT_LANGUAGES = ("pl", "sv", "fi", "tr")
ALONE_RANK = 2000
NEW_WORDS = 5000
OWN_RANK = 200
# The languages with no Hunspell split in build_names, and the country that speaks each.
NEW_LANGUAGES = {"pl": "PL", "sv": "SE", "fi": "FI", "tr": "TR"}
COUNTRIES = HOME_COUNTRIES | PROXY_COUNTRIES | frozenset(NEW_LANGUAGES.values())


def alone_names(ranks: dict[str, dict[str, int]], given: frozenset[str]) -> list[str]:
    """The names of ``given`` that count written alone (see the module docstring)."""
    from wordfreq import top_n_list

    words: dict[str, set[str]] = {}  # name -> countries whose language uses it as a word
    for language, country in NEW_LANGUAGES.items():
        for w in top_n_list(language, NEW_WORDS):
            words.setdefault(w.title(), set()).add(country)
    keep = []
    for name in given:
        rank = ranks.get(name) or {}
        if min((r for c, r in rank.items() if c in COUNTRIES), default=10**9) > ALONE_RANK:
            continue
        if any(rank.get(c, 10**9) > OWN_RANK for c in words.get(name, ())) and min(
            (r for c, r in rank.items() if c in HOME_COUNTRIES), default=10**9
        ) > OWN_RANK:
            continue  # "Visar", "Kobieta": a word there; "Louis", "Jan": a top name elsewhere
        keep.append(name)
    return sorted(keep)


def write_nodict_top_words(out: Path) -> int:
    """``common_words_top_nodict.txt``: the ``TOP_WORDS`` most frequent words of pl sv fi tr
    that no shipped name list holds ("någon", "också", "jeszcze"; not "aina", "mutlu", "det")."""
    from wordfreq import top_n_list

    names = frozenset().union(
        *(
            word_list(f)
            for f in (
                "given_names.txt",
                "given_names_ambiguous.txt",
                "given_names_oceania.txt",
                "surnames.txt",
                "surnames_words.txt",
                "surnames_in.txt",
            )
        )
    )
    words = {
        w
        for language in NODICT_LANGUAGES
        for w in top_n_list(language, TOP_WORDS)
        if _NAME.fullmatch(w) and w.title() not in names and w.upper() not in names
    }
    write_list(
        out / "common_words_top_nodict.txt",
        [
            f"The {TOP_WORDS} most frequent words of each of {' '.join(NODICT_LANGUAGES)}, lower "
            "case, that no shipped name list holds (these languages have no Hunspell split here).",
            f"Source: wordfreq {metadata.version('wordfreq')} (PyPI; Apache-2.0 code, data "
            f"CC-BY-SA 4.0); built {datetime.now(UTC):%Y-%m-%d} by python -m "
            "trainer.redact.build_alone_names.",
        ],
        sorted(words),
    )
    return len(words)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder of the name lists")
    args = parser.parse_args(argv)
    ranks = {k: (v or {}).get("rank") or {} for k, v in _load("first").items()}
    names = alone_names(ranks, given_names())
    write_list(
        args.out / "given_names_alone.txt",
        [
            f"Given names of given_names.txt ranked within the top {ALONE_RANK} of a country "
            f"whose languages we redact, less the {NEW_WORDS} most frequent words of "
            f"{' '.join(NEW_LANGUAGES)} that are no top-{OWN_RANK} name in that language's "
            "country: they name a person written alone.",
            f"Source: names-dataset {metadata.version('names-dataset')} and wordfreq "
            f"{metadata.version('wordfreq')} (PyPI); built {datetime.now(UTC):%Y-%m-%d} by "
            "python -m trainer.redact.build_alone_names.",
        ],
        names,
    )
    print(f"{len(names)} names, {write_nodict_top_words(args.out)} words of pl sv fi tr")


if __name__ == "__main__":
    main()
