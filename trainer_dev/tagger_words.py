"""Rebuild ``trainer/redact/name_tagger_words.txt``: the commonest words of the languages we
redact that have no dictionary here (pl sv fi tr cs ro da nb ms), a feature of the opt-in name
tagger (flag N of ``name_tagger_features``) and its test of a lower-case listed surname.

    pip install --target /tmp/wf wordfreq==3.1.1
    PYTHONPATH=/tmp/wf python -m trainer_dev.tagger_words

Why: the redactor's surname lists hold nearly every short word of these languages as somebody's
surname, and ``common_words.txt`` (Hunspell, seven languages) does not say that they are words,
so a lower-case "sentence word" of Czech or Turkish looked to the tagger like a listed name and
was scored as one. The source is a frequency list (wordfreq, the ``TOP`` commonest words of each
language), not any evaluation set, less the given names that ``given_names_alone.txt`` vets as
naming a person written alone ("mehmet", "deniz": frequent words of the lists, yet names, so a
lower-case one stays a candidate; fail closed). A listed name that this list holds is treated
as one that the dictionaries' ``common_words.txt`` holds ("rose", "mark"): in lower case it is a
weak name, scored where names stand (beside another name, opening a line, before a comma, after an
emoji or a greeting: ``name_tagger_candidates.weak_names``); capitalised it is scored as before.
"""

from __future__ import annotations

import argparse
import re
from importlib import metadata
from pathlib import Path

LANGUAGES = ("pl", "sv", "fi", "tr", "cs", "ro", "da", "nb", "ms")
TOP = 2000  # per language: a learner's core vocabulary; surnames grow past it
OUT = Path(__file__).resolve().parent.parent / "trainer" / "redact" / "name_tagger_words.txt"
ALONE = OUT.parent / "given_names_alone.txt"  # given names vetted to name a person alone
_WORD = re.compile(r"[^\W\d_]{2,}")


def top_words(alone: Path = ALONE) -> list[str]:
    """The ``TOP`` commonest words of each of ``LANGUAGES``, lower case, letters only (two or
    more), less the given names of ``alone``; sorted."""
    from wordfreq import top_n_list

    lines = alone.read_text(encoding="utf-8").splitlines()
    names = {s.lower() for line in lines if (s := line.strip()) and s[0] != "#"}
    words = {w for language in LANGUAGES for w in top_n_list(language, TOP) if _WORD.fullmatch(w)}
    return sorted(words - names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    words = top_words()
    header = [
        f"The {TOP} most frequent words of each of {' '.join(LANGUAGES)}, lower case, less the "
        "names of given_names_alone.txt: a feature of the opt-in name tagger (flag N); a "
        "lower-case listed name here is a weak one.",
        f"Source: wordfreq {metadata.version('wordfreq')} (PyPI; Apache-2.0 code, data "
        "CC-BY-SA 4.0); built by python -m trainer_dev.tagger_words; no evaluation set read.",
    ]
    text = "\n".join([f"# {h}" for h in header] + words) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
