"""The keyword automaton of ``prefilter`` shares one value object per (length, categories):
a few thousand objects for every registered key instead of two tuples per key, and the
keywords it finds are those of an automaton built with a value per key (the old build)."""

from __future__ import annotations

import random
from collections import defaultdict

import ahocorasick

from trainer.redact import Redactor, prefilter


def _registered() -> None:
    """Every category registered, the lazily added member ones too."""
    Redactor.from_members(["Jane Doe"], name_tagger=False).redact("Hi Jane, thanks")


def _keywords_of_old_build(texts: list[str]) -> list[dict[str, list[tuple[int, int]]]]:
    categories: dict[str, list[str]] = defaultdict(list)
    for category, keys in prefilter._REGISTRY.items():
        for key in keys:
            categories[key].append(category)
    automaton = ahocorasick.Automaton()
    for key, cats in categories.items():
        automaton.add_word(f" {key} ", (len(key), tuple(cats)))
    automaton.make_automaton()
    out = []
    for text in texts:
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for last, (length, cats) in automaton.iter(prefilter.spaced(text)):
            for category in cats:
                found[category].append((last - length - 1, last - 1))
        out.append(dict(found))
    return out


def test_values_are_shared():
    _registered()
    automaton = prefilter._automaton()
    values = list(automaton.values())
    assert len(values) > 100_000  # the given-name lists are in
    assert len({id(value) for value in values}) < len(values) // 20


def test_same_keywords_as_a_value_per_key():
    _registered()
    rng = random.Random(47)
    keys = sorted({key for keys in prefilter._REGISTRY.values() for key in keys})
    glue = [" ", "  ", ", ", "-", "'", "\n", ".", "é", "🔥", "\u00a0", "_", "İ", " the "]
    texts = ["Thanks Maria Liisa and Jean-Pierre, call me on 0791 at the Rue de la Paix."]
    for _ in range(1500):
        words = []
        for _ in range(rng.randint(1, 10)):
            word = rng.choice(keys)
            words += [word.title() if rng.random() < 0.4 else word, rng.choice(glue)]
        texts.append("".join(words))
    prefilter.keywords.cache_clear()
    new = [dict(prefilter.keywords(text)) for text in texts]
    assert new == _keywords_of_old_build(texts)
    assert sum(map(len, new)) > 3000  # the comparison is not vacuous
