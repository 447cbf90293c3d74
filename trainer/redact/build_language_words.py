"""Rebuild ``language_words.txt``: the words that belong to one language, from wordfreq.

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1 names-dataset==3.3.1
    # (build time only; names-dataset takes about 20 s and 2 GB to load)
    PYTHONPATH=.:/tmp/wf/lib/python3.11/site-packages python -m trainer.redact.build_language_words

A name lists gathered from the web hold many words ("Con", "Hacen", "Sebut", "bana", "guida"),
and a word list gathered from the web holds many names ("john", "maria"). What tells them
apart is how a word spreads over languages: a given name or surname is written in the text of
every language at about the same frequency (Zipf of "john": 5.4 in English, 4.3 to 5.5 in the
23 others; "maria" 4.3 to 5.2), while a word of a language is frequent there and rare elsewhere
("she": 6.3 in English, median 3.7; "hacen" 5.4 in Spanish, absent elsewhere; "floh" 3.7 in
German). So a word is written here for language L when

- its Zipf frequency in L is at least ``MIN_ZIPF`` (once per 300,000 words), and
- it exceeds its median Zipf frequency over the other ``LANGUAGES`` by at least ``MARGIN``,

keeping the ``PER_LANGUAGE`` most frequent such words of each language. A name of one country
passes that test as a word of its language does ("benoît" in French, "mads" in Danish, "jiří"
in Czech), so a word names-dataset ranks within ``OWN_NAME_RANK`` as a first name or a surname
in a country of L or of a neighbour whose names cross into L's text (``COUNTRIES``: "mads", 9th
in Denmark; "côté", 252nd surname in Canada; "anis" in Malaysia, for Indonesian too), or within
``ANY_NAME_RANK`` in any country ("said": 3rd in Morocco), is left out, and so is a given name
of the shipped lists that count a name written alone (``NEVER_LISTS``). A word names-dataset
holds only deep or far away stays a word of L ("pede" in Portuguese, "tamam" in Turkish, "she"
in English: 247th in the Philippines). The reader (``person_language_words``) uses the list
only where the text's language is L and no person cue, honorific, greeting or name frames it.

Each line is ``word lang,lang`` (lower case); the header names the source, version, thresholds
and date.
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from trainer.redact.build_names import _load
from trainer.redact.member_lists import word_list

# The languages of the locales we redact that wordfreq covers ("sh" is its Serbo-Croatian:
# bs, hr, sr; "fil" Filipino). Estonian, Albanian, Swahili, Irish and Basque it lacks;
# Vietnamese is left out (its names are written with its most frequent syllables: "Thị"), and
# so are Romanian and Latvian: names-dataset has no Romania or Latvia to tell their surnames
# from their words ("Enache", "Zamfir").
LANGUAGES = "en de fr es it pt nl sv fi pl tr da nb cs sk sl sh hu ca id ms lt is fil".split()
MIN_ZIPF = 3.0
MARGIN = 1.5
PER_LANGUAGE = 10000
OWN_NAME_RANK = 1000
ANY_NAME_RANK = 200  # a top name of any country below: never a word of any language
# names-dataset's countries where each language, or a close neighbour whose names cross into
# its text, is written (it has no AU, NZ, AD or KE): Malay and Indonesian, the Scandinavian
# languages, Czech and Slovak, the Romance languages, German and Dutch share their names.
COUNTRIES = {
    "en": "US GB IE CA ZA NG GH JM MT FJ BW NA",
    "de": "DE AT CH LU BE NL",
    "nl": "NL BE DE",
    "fr": "FR BE CH CA LU MU HT CM BF DJ BI ES IT PT",
    "es": "ES MX AR CL CO PE EC BO CR GT HN SV PA PR UY PT IT FR",
    "ca": "ES FR",
    "it": "IT CH ES FR PT",
    "pt": "PT BR AO ES IT",
    "sv": "SE FI DK NO IS",
    "da": "DK NO SE IS",
    "nb": "NO DK SE IS",
    "is": "IS DK NO SE",
    "fi": "FI SE",
    "pl": "PL",
    "tr": "TR CY",
    "cs": "CZ",
    "sk": "CZ",
    "sl": "SI HR RS",
    "sh": "HR RS SI",
    "hu": "HU",
    "id": "ID MY BN SG",
    "ms": "MY BN SG ID",
    "lt": "LT",
    "fil": "PH",
}
# The shipped given names that count written alone: never a word here, whatever the language.
NEVER_LISTS = (
    "given_names_alone.txt",
    "given_names_customs.txt",
    "given_names_oceania.txt",
    "names_kenya.txt",
)
CANDIDATES = 40000  # the most frequent entries of each language read
_WORD = re.compile(r"[^\W\d_]{2,}")
OUT = Path(__file__).resolve().parent / "language_words.txt"


def language_words(
    frequencies: dict[str, dict[str, float]],
    ranked: dict[str, list[str]],
    *,
    names: dict[str, frozenset[str]] | None = None,
    min_zipf: float = MIN_ZIPF,
    margin: float = MARGIN,
    per_language: int = PER_LANGUAGE,
) -> dict[str, set[str]]:
    """word -> the languages it belongs to (module docstring); ``frequencies``: language ->
    word -> frequency (a fraction), ``ranked``: language -> its words, most frequent first;
    ``names``: a lower-cased name -> the languages it is a name of ("*": all)."""
    names = names or {}

    def zipf(word: str, language: str) -> float:
        f = frequencies[language].get(word, 0.0)
        return math.log10(f) + 9 if f > 0 else 0.0

    out: dict[str, set[str]] = {}
    for language in frequencies:
        kept = 0
        for word in ranked[language]:
            if kept >= per_language:
                break
            if not _WORD.fullmatch(word):
                continue
            own = zipf(word, language)
            if own < min_zipf:
                break
            others = [zipf(word, other) for other in frequencies if other != language]
            named = names.get(word, frozenset())
            if language in named or "*" in named:
                continue
            if own - statistics.median(others) >= margin:
                out.setdefault(word, set()).add(language)
                kept += 1
    return out


def _own_names(first: dict, last: dict) -> dict[str, frozenset[str]]:
    """Lower-cased name -> the languages in whose countries names-dataset ranks it within
    ``OWN_NAME_RANK`` (first name or surname), and "*" for a name ranked within
    ``ANY_NAME_RANK`` anywhere and for the ``NEVER_LISTS`` names."""
    by_country: dict[str, set[str]] = {}
    for language, countries in COUNTRIES.items():
        for country in countries.split():
            by_country.setdefault(country, set()).add(language)
    out: dict[str, set[str]] = {}
    for names in (first, last):
        for name, info in names.items():
            for country, rank in ((info or {}).get("rank") or {}).items():
                if rank <= ANY_NAME_RANK:
                    out.setdefault(name.lower(), set()).add("*")
                elif rank <= OWN_NAME_RANK and country in by_country:
                    out.setdefault(name.lower(), set()).update(by_country[country])
    for filename in NEVER_LISTS:
        for name in word_list(filename):
            out.setdefault(name.lower(), set()).add("*")
    return {name: frozenset(langs) for name, langs in out.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    from wordfreq import get_frequency_dict, top_n_list

    frequencies = {lang: get_frequency_dict(lang) for lang in LANGUAGES}
    ranked = {lang: top_n_list(lang, CANDIDATES) for lang in LANGUAGES}
    names = _own_names(_load("first"), _load("last"))
    words = language_words(frequencies, ranked, names=names)
    header = [
        f"Words of one language: Zipf >= {MIN_ZIPF} there and >= {MARGIN} above the word's "
        f"median Zipf over the other languages; the {PER_LANGUAGE} most frequent of each of "
        f"{' '.join(LANGUAGES)}; less the names names-dataset "
        f"{metadata.version('names-dataset')} ranks within {OWN_NAME_RANK} in a country of the "
        f"language or its neighbours, or within {ANY_NAME_RANK} anywhere, and the given names "
        f"of {', '.join(NEVER_LISTS)}. "
        "Lines: word lang,lang.",
        f"Source: wordfreq {metadata.version('wordfreq')} (PyPI; Apache-2.0 code, data CC-BY-SA "
        f"4.0) and names-dataset {metadata.version('names-dataset')} (PyPI; Apache-2.0); built "
        f"{datetime.now(UTC):%Y-%m-%d} by python -m trainer.redact.build_language_words.",
    ]
    lines = [f"# {line}" for line in header]
    lines += [f"{w} {','.join(sorted(langs))}" for w, langs in sorted(words.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words)} words to {args.out}")


if __name__ == "__main__":
    main()
