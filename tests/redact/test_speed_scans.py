"""Scans replaced for speed find exactly what the regexes they replace find.

Each shortcut (``prefilter.triples``, the Eircode candidates, the Irish street-type gate, the
ASCII runs copied whole by ``normalize``) is compared with the code it replaces on random
strings made of the characters those rules look at, ASCII and not.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from trainer.redact import (
    address_ie,
    address_romance,
    address_words,
    addresses,
    normalize,
    prefilter,
)

_ALPHABET = "aZxD0126W9 \n-./,_ACEFKXY٣éáÓSsCcALIRDárdnAh"


def _texts(seed: int, n: int, max_len: int) -> list[str]:
    rng = random.Random(seed)
    ascii_only = "".join(chr(c) for c in range(32, 128)) + "\n"
    texts = []
    for i in range(n):
        pool = _ALPHABET if i % 2 else ascii_only
        texts.append("".join(rng.choice(pool) for _ in range(rng.randint(0, max_len))))
    return texts


@pytest.mark.parametrize("seed", [0, 1])
def test_digit_scans_equal_their_regexes(seed: int) -> None:
    for text in _texts(seed, 6000, 30):
        assert [m.span() for m in prefilter.triples(text)] == [
            m.span() for m in re.finditer(r"[0-9][0-9][0-9]", text)
        ], text


def _old_irish(text: str) -> list:
    if text.isascii():
        if "scaill" not in text and "SCAILL" not in text:
            return []
    elif not address_ie._IRISH_GATE(text):
        return []
    return [("ADDRESS", m.start(), m.end()) for m in address_ie._IRISH_STREET.finditer(text)]


@pytest.mark.parametrize("seed", [0, 1])
def test_eircode_candidates_equal_the_full_scan(seed: int) -> None:
    rng = random.Random(seed)
    parts = "D02 X285|A65F4E2|D6W|T12 9876|Sráid |SRÁID |Ascaill |Plás |Mór|x|1| |-|C1|6W|é|Uí |\n"
    parts = parts.split("|")
    texts = _texts(seed, 3000, 20)
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in address_ie._eircode_matches(text)] == [
            m.span() for m in address_ie._EIRCODE.finditer(text)
        ], text
        assert address_ie.irish_streets(text) == _old_irish(text), text


def _old_normalize(text: str) -> tuple[str, tuple[int, ...] | None, tuple[int, ...] | None]:
    """``normalize`` before its ASCII-run shortcut: one cluster at a time."""
    if text.isascii() or (
        unicodedata.is_normalized("NFKC", text) and not normalize._INVISIBLE_RE.search(text)
    ):
        return text, None, None
    out, starts, ends = [], [], []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = "".join(ch for ch in text[i:j] if ch not in normalize.INVISIBLE)
        piece = unicodedata.normalize("NFKC", cluster) if cluster else ""
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(out), tuple(starts), tuple(ends)


@pytest.mark.parametrize("seed", [0, 1])
def test_normalize_ascii_runs_equal_the_cluster_loop(seed: int) -> None:
    rng = random.Random(seed)
    pool = "ab Z1.\n\u00a0\u0301\u0327\u200b\u00adﬁ１＠º\u2066é\u1100\u1161가ẞ\u0345\u0300e"
    for _ in range(6000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        new = normalize.normalize(text)
        assert (new.text, new.starts, new.ends) == _old_normalize(text), ascii(text)


_OLD_IN_PIN = re.compile(
    r"(?<![\w/.,-])\d{1,4}(?:/\d{1,4})?,\s(?:[A-Z][\w'-]*\s){0,2}[A-Z][\w'-]*,\s"
    r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?[-\s][1-9]\d{5}(?!\d)"
)


@pytest.mark.parametrize("seed", [0, 1])
def test_digit_led_pin_pattern_equals_the_lookbehind_led_one(seed: int) -> None:
    rng = random.Random(seed)
    bases = ["08/10, Sachdev, Howrah 351419", "H 12, Mg Road, Pune-411001", "7, A B, C D 560034"]
    alphabet = "0123456789aZ ,./-\n_"
    hits = 0
    for _ in range(6000):
        chars = list(rng.choice(["", "x", ".", "a ", "1", "/"]) + rng.choice(bases))
        for _ in range(rng.randint(0, 3)):  # a few random edits
            i = rng.randint(0, len(chars))
            chars[i : i + rng.randint(0, 1)] = rng.choice(alphabet) * rng.randint(0, 1)
        text = "".join(chars)
        pos = rng.randint(0, 2)
        new = [m.span() for m in addresses._IN_PIN.finditer(text, pos)]
        assert new == [m.span() for m in _OLD_IN_PIN.finditer(text, pos)], (text, pos)
        hits += bool(new)
    assert hits > 1000  # the edits leave many matches


@pytest.mark.parametrize("seed", [0, 1])
def test_suffixes_grouped_by_letter_match_as_the_flat_alternation(seed: int) -> None:
    words = sorted(addresses._STRONG | addresses._WEAK, key=len, reverse=True)
    old = re.compile(addresses._EN_STREET.pattern.replace(addresses._SUFFIX, "|".join(words)))
    assert old.pattern != addresses._EN_STREET.pattern
    rng = random.Random(seed)
    parts = ["12 ", "350 ", "Flat 3, ", "H.No. 4 ", "Norman ", "Blake ", "5th ", "N ", ", ", "x"]
    parts += [w.capitalize() + " " for w in rng.sample(words, 60)] + [
        "Ways",
        "St.",
        "Rd",
        "NY 10118",
    ]
    hits = 0
    for _ in range(6000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        new = [(m.span(), m.groupdict()) for m in addresses._EN_STREET.finditer(text)]
        assert new == [(m.span(), m.groupdict()) for m in old.finditer(text)], text
        hits += bool(new)
    assert hits > 500


@pytest.mark.parametrize("seed", [0, 1])
def test_street_types_grouped_by_letter_match_as_the_flat_alternations(seed: int) -> None:
    a, c = address_romance._TYPE_ANY_CASE, address_romance._TYPE_CAPITALISED
    grouped = address_romance._ROMANCE_STREET.pattern
    flat = grouped.replace(address_words.by_first_letter(a.split("|"), ignore_case=True), a)
    old = re.compile(flat.replace(address_words.by_first_letter(c.split("|")), c))
    assert old.pattern != grouped
    rng = random.Random(seed)
    types = a.replace("\\", "").replace("?", "").split("|") + c.replace("\\", "").split("|")
    parts = ["12 ", "Mayor ", "de la ", "Paix ", "5", ", ", "75002 Paris", "s/n", " - RJ", "x"]
    parts += [t + " " for t in rng.sample(types, 50)] + [t.upper() + " " for t in types[:20]]
    hits = 0
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 7)))
        new = [(m.span(), m.groupdict()) for m in address_romance._ROMANCE_STREET.finditer(text)]
        assert new == [(m.span(), m.groupdict()) for m in old.finditer(text)], text
        hits += bool(new)
    assert hits > 500
