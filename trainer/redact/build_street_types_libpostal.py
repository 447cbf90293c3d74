"""Rebuild ``street_types_libpostal.txt``: the street-type words of the languages that write the
type before the name ("Camí de la Grau 62", "Kaya Grandi 12", "Jalan Ampang 5"), from
libpostal's dictionaries.

    git clone https://github.com/openvenues/libpostal /tmp/libpostal   # build time only
    python -m trainer.redact.build_street_types_libpostal /tmp/libpostal/.git

libpostal (MIT) keeps ``resources/dictionaries/<lang>/street_types.txt`` for 60 languages, each
line a type and its abbreviations ("avinguda|av|avda|avgda"). Written here: every word of four
letters or more of the type-first languages ``LANGUAGES``, lower case, one a line, less

- what the engine's own lists already hold (``address_words.ROMANCE_TYPES``,
  ``street_types``' own words and the ``street_abbr`` keywords), and
- words of English (``language_words.txt`` marks them "en": "portal", "circular"), which open
  English sentences before a number ("Portal 2 is out"), and the 40,000 most frequent words
  of each of en de fr es it pt nl (``common_words.txt``: "monte", "costa", "pour", "presso",
  "zona"): the main types of those languages are in the engine's own lists, and what is left
  of them in libpostal is mostly a word of prose first ("Monte Bianco 4808" is a height).

The reader (``street_types``) takes a word only capitalised or in capitals, before a
capitalised name and a house number. The header names the source, commit, licence and date.
"""

from __future__ import annotations

import argparse
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from trainer.redact import prefilter
from trainer.redact import street_types as st  # registers the ``street_abbr`` keywords
from trainer.redact.address_words import ROMANCE_TYPES
from trainer.redact.member_lists import word_list

OUT = Path(__file__).with_name("street_types_libpostal.txt")
# Catalan, Spanish, Galician, Portuguese, Italian, French, Romanian, Papiamento, Asturian,
# Occitan, Indonesian, Malay, Maltese: the type opens the street's name.
LANGUAGES = "ca es gl pt it fr ro pap ast oc id ms mt".split()


def _prose_words() -> frozenset[str]:
    path = Path(__file__).with_name("language_words.txt")
    words = set(word_list("common_words.txt"))
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word, _, langs = line.partition(" ")
        if "en" in langs.split(","):
            words.add(word)
    return frozenset(words)


def words(git_dir: Path, known: frozenset[str]) -> dict[str, set[str]]:
    """word -> the languages whose street types list it."""
    out: dict[str, set[str]] = {}
    prose = _prose_words()
    for lang in LANGUAGES:
        path = f"HEAD:resources/dictionaries/{lang}/street_types.txt"
        text = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", path],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for line in text.splitlines():
            for word in line.split("|"):
                word = word.strip().lower()
                if len(word) >= 4 and word.isalpha() and word not in known | prose:
                    out.setdefault(word, set()).add(lang)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("git_dir", type=Path, help="a clone of openvenues/libpostal (its .git)")
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", f"--git-dir={args.git_dir}", "rev-parse", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    known = frozenset(
        {w.lower() for w in ROMANCE_TYPES}
        | set(st._OWN_WORDS)
        | set(prefilter._REGISTRY.get("street_abbr", ()))
    )
    found = words(args.git_dir, known)
    header = [
        "# Street types written before the name, from libpostal's street_types.txt of "
        f"{' '.join(LANGUAGES)}: words of 4+ letters the engine's own lists lack, less English"
        " words (language_words.txt) and the words of common_words.txt. Lines: word lang,lang.",
        f"# Source: libpostal {commit[:12]} (github.com/openvenues/libpostal; MIT); built"
        f" {datetime.now(UTC):%Y-%m-%d} by python -m trainer.redact.build_street_types_libpostal.",
    ]
    body = [f"{w} {','.join(sorted(langs))}" for w, langs in sorted(found.items())]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(body)} words -> {OUT}")


if __name__ == "__main__":
    main()
