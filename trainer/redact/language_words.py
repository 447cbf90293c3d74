"""The words of each language (``language_words.txt``) and the languages a text is written in.

``language_words.txt`` (built from wordfreq by ``build_language_words``) holds the words that
belong to one language: frequent there and rare in the 23 others, as no given name or surname
is ("she", "hacen", "guida"; never "john" or "maria"). A text is written in the languages
whose words it uses most (``text_languages``). Loaded on first use, not at import: most texts
never need it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

_TOKEN = re.compile(r"[^\W\d_]{2,}")
_MAX_TOKENS = 200  # enough to tell a post's language; a long text is not read to its end
_MIN_EVIDENCE = 3  # words of a language before a text counts as written in it


@cache
def language_words() -> dict[str, frozenset[str]]:
    """Word (lower case) -> the languages it belongs to."""
    text = resources.files("trainer.redact").joinpath("language_words.txt").read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    interned: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, langs = line.partition(" ")
            out[word] = interned.setdefault(langs, frozenset(langs.split(",")))
    return out


def text_languages(text: str) -> frozenset[str]:
    """The languages whose words ``text`` uses most: each with at least half the count of the
    first, which needs ``_MIN_EVIDENCE`` words; none when no language has that many (a short
    text, or one in a language the list lacks: Romanian, Vietnamese, Estonian, Irish ...)."""
    words = language_words()
    counts: Counter[str] = Counter()
    for i, m in enumerate(_TOKEN.finditer(text)):
        if i >= _MAX_TOKENS:
            break
        langs = words.get(m.group().lower())
        if langs:
            counts.update(langs)
    if not counts:
        return frozenset()
    top = max(counts.values())
    if top < _MIN_EVIDENCE:
        return frozenset()
    return frozenset(lang for lang, n in counts.items() if 2 * n >= top)


def word_of(word: str, languages: frozenset[str]) -> bool:
    """``word`` (any case) belongs to one of ``languages``."""
    langs = language_words().get(word.lower())
    return langs is not None and not langs.isdisjoint(languages)
