"""Integrity of the sixth held-out redaction set (never scores the redactor: stand-ins only)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from trainer_dev.redaction_sets import sixth_ids as ids
from trainer_dev.redaction_sets.digest import set_digest
from trainer_dev.redaction_sets.sixth import KINDS, LOCALES, _count, leaked, make_sixth_set
from trainer_dev.redaction_sets.sixth_looks import gs1_ok
from trainer_dev.redaction_sets.sixth_names import NAMES, surname_tokens
from trainer_dev.redaction_sets.sixth_national import national_id_ok
from trainer_dev.redaction_sets.sixth_places import GENERIC


@pytest.fixture(scope="module")
def sixth():
    return make_sixth_set()


def test_sizes_per_locale(sixth):
    members, posts = sixth
    assert len(members) == len(set(members)) == 24 * 12
    sizes = Counter(
        (
            p.locale,
            "plain" if p.pii_free and not p.lookalikes else "looks" if p.pii_free else "labelled",
        )
        for p in posts
    )
    for loc in LOCALES:
        assert (
            sizes[loc, "labelled"] == 300
            and sizes[loc, "looks"] == 60
            and sizes[loc, "plain"] == 30
        )
    per_kind = Counter((p.locale, k) for p in posts for k, _, _ in p.items)
    assert all(per_kind[loc, k] >= 45 for loc in LOCALES for k in KINDS)


def test_spans_match_values_and_fragments_present(sixth):
    _, posts = sixth
    for p in posts:
        assert len(p.items) == len(p.spans)
        assert bool(p.items) != p.pii_free
        for (kind, frags, value), (s, e) in zip(p.items, p.spans, strict=True):
            assert p.text[s:e] == value and value.strip() == value, (kind, value)
            assert frags, (kind, value)
            for f in frags:
                assert _count(p.text, f) >= 1 and _count(value, f) >= 1, (kind, f, value)
                word = f.split(":", 1)[-1].lower()
                assert word not in GENERIC and len(word) >= 3, (kind, f)
            if kind == "ADDRESS":
                assert any(f[:2] in ("t:", "p:") for f in frags)
        shared = [{f.casefold() for f in frags} for _, frags, _ in p.items]
        assert sum(len(x) for x in shared) == len(set().union(*shared)), p.items  # one owner each
        for i, (_, frags, _) in enumerate(p.items):  # no fragment hides inside another value
            others = [v for j, (_, _, v) in enumerate(p.items) if j != i]
            assert not any(_count(v, f) for f in frags for v in others), p.items


def test_check_digits(sixth):
    _, posts = sixth
    seen = Counter()
    for p in posts:
        for kind, _, value in p.items:
            if kind == "CARD":
                assert ids.luhn_ok(value), value
            elif kind == "IBAN":
                assert (
                    ids.iban_ok(value) and len(value.replace(" ", "")) == ids.IBAN_LENGTH[value[:2]]
                ), value
            elif kind == "SSN":
                assert national_id_ok(p.locale, value), (p.locale, value)
            elif kind == "IP" and ":" not in value:
                assert all(0 <= int(x) <= 255 for x in value.split("."))
            seen[kind] += 1
        for kind, value in zip(p.lookalike_kinds, p.lookalikes, strict=True):
            if kind in ("ISBN", "EAN"):
                assert gs1_ok(value), value
    assert seen["SSN"] > 500


def test_postcodes_follow_each_standard(sixth):
    shapes = {
        "de_DE": r"\d{5}",
        "en_AU": r"\d{4}",
        "en_CA": r"[A-Z]\d[A-Z] \d[A-Z]\d",
        "en_GB": r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}",
        "en_IE": r"[A-Z]\d[\dW] [0-9A-Z]{4}",
        "en_IN": r"[1-8]\d{5}",
        "en_US": r"\d{5}(-\d{4})?",
        "es_ES": r"(0[1-9]|[1-4]\d|5[0-2])\d{3}",
        "fr_FR": r"\d{5}",
        "it_IT": r"\d{5}",
        "nl_NL": r"[1-9]\d{3} [A-Z]{2}",
        "pt_BR": r"\d{5}-\d{3}",
    }
    _, posts = sixth
    for p in posts:
        for _kind, frags, _ in p.items:
            for f in frags:
                if f.startswith("p:"):
                    assert re.fullmatch(shapes[p.locale], f[2:]), (p.locale, f)


def test_lookalikes_present_and_plain_posts_clean(sixth):
    _, posts = sixth
    kinds = Counter()
    for p in posts:
        assert len(p.lookalikes) == len(p.lookalike_kinds)
        for value, kind in zip(p.lookalikes, p.lookalike_kinds, strict=True):
            assert value in p.text
            kinds[kind] += 1
        if p.pii_free and not p.lookalikes:
            sentences = re.findall(r"[.!?]", p.text)
            assert 2 <= len(sentences) <= 6 and not re.search(r"\d|@|http", p.text)
            names = {
                n
                for g, s in [NAMES[p.locale]]
                for n in g + [t for x in s for t in surname_tokens(x)]
            }
            assert not names & set(re.findall(r"\w+", p.text)), p.text
    assert len(kinds) == 19 and min(kinds.values()) >= 100


def test_the_scored_build_is_pinned(sixth):
    """The default-seed build every score was read from, pinned across processes and edits."""
    assert set_digest(sixth[0], sixth[1]) == "635b80f0d9ba5d45"


def _score(posts, redact):
    caught = total = kept = looks = 0
    for p in posts:
        out = redact(p.text)
        for _, frags, value in p.items:
            total += 1
            caught += not leaked(out, frags, p.text.replace(value, " "))
        for value in p.lookalikes:
            looks += 1
            kept += value in out
    return caught / total, kept / looks


def test_stand_in_redactors(sixth):
    _, posts = sixth
    assert _score(posts, lambda t: t) == (0.0, 1.0)
    recall, kept = _score(posts, lambda t: re.sub(r"\w", "X", t))
    assert recall == 1.0 and kept < 0.05


def test_address_parts_split_like_the_scorer(sixth):
    _, posts = sixth
    parts = Counter(
        f[:2]
        for p in posts
        for k, frags, _ in p.items
        if k == "ADDRESS"
        for f in frags
        if f[:2] in ("t:", "p:")
    )
    assert parts["t:"] > 400 and parts["p:"] > 300
