"""The compact member-name index (digest table) finds exactly what the Aho-Corasick automaton
finds.

The oracle below is the automaton ``MemberNames`` used for every member list before the table
existed (an automaton over every folded name key, hits kept where they start and end on word
boundaries), kept here as the reference; ``MemberNames(..., compact=True)`` forces the table.
"""

from __future__ import annotations

import json
import pickle
import random
from pathlib import Path

import ahocorasick
import pytest

from trainer.redact import names as names_module
from trainer.redact.names import MemberNames, fold, name_keys
from trainer_dev import demo
from trainer_dev.redaction_sets.heldout import make_heldout
from trainer_dev.redaction_sets.synthetic import make_examples

REPO = Path(__file__).resolve().parents[2]


class OracleMemberNames:
    """The automaton-based matcher (trainer/redact/names.py before the compact index)."""

    def __init__(self, display_names) -> None:
        keys: set[str] = set()
        for display_name in display_names:
            keys |= name_keys(display_name)
        self.keys = sorted(keys)
        self._automaton = None
        if self.keys:
            self._automaton = ahocorasick.Automaton()
            for key in self.keys:
                self._automaton.add_word(key, len(key))
            self._automaton.make_automaton()

    def find(self, text: str) -> list:
        if self._automaton is None:
            return []
        folded = fold(text)
        hits = []
        n = len(folded)
        for last, length in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if (start == 0 or not folded[start - 1].isalnum()) and (
                end == n or not folded[end].isalnum()
            ):
                hits.append(("NAME", start, end))
        return hits


# Display names no generator makes: keys that start or end with punctuation, digits, other
# scripts, titles and decoration, apostrophes, particles, lone marks.
ODD_NAMES = [
    "'Jane Doe",
    ".Net Guru",
    "-Dash- Rider",
    "(Anon",
    "Ann-Marie O'Neil-Smith",
    "Dr. Jane Doe, PhD",
    "Jean-Luc Picard (he/him)",
    "Anna van der Berg",
    "Sjoerd te Pas",
    "J.R.R. Tolkien",
    "Zoë d'Arc",
    "R2 D2",
    "李 小龍",
    "Алексей Смирнов",
    "محمد علي",
    "Ömer Çelik",
    "Þór Ægisson",
    "x_y_z__",
    "!!Bang Bang!!",
    "Mary  Ann  Lee",
    "Bob",
    "Christopher",
    "O'",
    "@handle_only",
    "Nguyễn Thị Minh Khai",
    "Dame Judi Dench",
    "A. B. C. Dee",
    "e.e. cummings",
    "**Star** Person",
    "Jo-Jo",
    "ß ẞ Straße",
]

_SEPARATORS = [" ", ". ", ", ", "-", "'", "(", ")", "@", "", "x", "\n", "’", "..", " - ", "_", "é"]


def _members(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names = [demo._member(rng, i)["display_name"] for i in range(count)]
    synthetic, _ = make_examples(seed=seed, n=5)
    heldout, _ = make_heldout(seed=seed, n=5)
    return names + list(synthetic) + list(heldout) + ODD_NAMES


def _variants(rng: random.Random, name: str) -> list[str]:
    tokens = name.split()
    forms = [name, name.lower(), name.upper(), fold(name)]
    forms += [rng.choice(_SEPARATORS).join(tokens), "".join(tokens)]
    if len(tokens) > 1:
        forms += [f"{tokens[0][0]}. {tokens[-1]}", f"{tokens[-1]}, {tokens[0]}"]
    forms += sorted(name_keys(name))
    return forms


def corpus(members: list[str], seed: int, *, random_texts: int) -> list[str]:
    """Demo posts, the eval generators' posts, and names (and near-names) in random contexts."""
    rng = random.Random(seed)
    texts: list[str] = []
    posts = REPO / "data" / "demo" / "posts.jsonl"
    if posts.exists():
        for line in posts.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                texts.append(row["text"])
    texts += [ex.text for ex in make_examples(seed=seed, n=300)[1]]
    texts += [ex.text for ex in make_heldout(seed=seed, n=300)[1]]
    for _ in range(random_texts):
        pieces = []
        for _ in range(rng.randint(1, 4)):
            form = rng.choice(_variants(rng, rng.choice(members)))
            if rng.random() < 0.2 and len(form) > 2:  # a truncated or extended near-name
                cut = rng.randrange(1, len(form))
                form = form[:cut] if rng.random() < 0.5 else form + form[cut:]
            pieces += [rng.choice(_SEPARATORS), form]
        pieces.append(rng.choice(_SEPARATORS))
        texts.append("".join(pieces))
    return texts


def assert_same_hits(members: list[str], texts: list[str]) -> int:
    oracle, index = OracleMemberNames(members), MemberNames(members, compact=True)
    automaton = MemberNames(members, compact=False)
    assert len(index.keys) == len(oracle.keys)
    total = 0
    for text in texts:
        expected = oracle.find(text)
        assert index.find_keys(text) == expected, text
        assert index.find_keys(text, fold(text)) == expected
        # The written forms found in context (name_context) look keys up: same answers.
        assert index.find(text) == automaton.find(text), text
        total += len(expected)
    return total


def test_same_hits_as_the_automaton():
    members = _members(5000, seed=3)
    texts = corpus(members, seed=3, random_texts=4000)
    assert assert_same_hits(members, texts) > 4000  # the corpus does exercise the index


@pytest.mark.parametrize(
    "text",
    [
        "",
        "'jane doe",
        "x'jane doe",
        "hi .net guru!",
        "a.net guru",
        "(anon said",
        "((anon",
        "-dash- rider --dash- rider-",
        "J.R.R. Tolkien and j.r.r tolkien",
        "jane doe\ud800 and \ud800jane doe",
        "emoji 🙂jane doe🙂",
        "李 小龍 said; 李小龍",
        "ALEKSEI Алексей Смирнов, смирнов, алексей",
        "mary ann lee / mary  ann  lee",
        "christopher christophers xchristopher",
        "straße strasse ss",
        "**star** person and star person",
    ],
)
def test_edge_texts(text):
    assert_same_hits(ODD_NAMES + ["Jane Doe", "Jane Doe-Smith"], [text])


@pytest.mark.parametrize("compact", [True, False, None])
def test_no_members_and_pickle(compact):
    assert MemberNames([], compact=compact).find("jane doe") == []
    assert MemberNames(None, compact=compact).find("") == []
    names = MemberNames(ODD_NAMES, compact=compact)
    clone = pickle.loads(pickle.dumps(names))
    text = "'jane doe met Sjoerd te Pas and te pas, sjoerd"
    assert clone.find(text) == names.find(text)
    assert clone.find_keys(text) == OracleMemberNames(ODD_NAMES).find(text)
    assert clone.keys == names.keys and len(names.keys) == len(OracleMemberNames(ODD_NAMES).keys)


def test_table_above_the_automaton_threshold(monkeypatch):
    monkeypatch.setattr(names_module, "AUTOMATON_MAX_KEYS", 120)
    monkeypatch.setattr(names_module, "_BUILD_BATCH", 100)  # several digest batches, merged
    members = _members(200, seed=5)
    index = MemberNames(members)
    assert index._table is not None and index._automaton is None
    assert MemberNames(members[:3])._automaton is not None  # few keys: the automaton
    oracle = OracleMemberNames(members)
    automaton = MemberNames(members, compact=False)
    assert len(index.keys) == len(oracle.keys)
    for text in corpus(members, seed=5, random_texts=300)[-300:]:
        assert index.find_keys(text) == oracle.find(text)
        assert index.find(text) == automaton.find(text)
