"""The fresh held-out redaction set: deterministic for a seed, labelled in the schema the
evaluation scores, with valid check digits and a leak rule that sees what survives."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

from trainer_dev.redaction_sets import fresh_numbers as num
from trainer_dev.redaction_sets.fresh import KINDS, leaked, make_fresh_set
from trainer_dev.redaction_sets.fresh_people import LOCALES


def _small(seed: int):
    return make_fresh_set(seed=seed, per_locale=20, free_per_locale=5, members_per_locale=8)


def test_same_seed_same_set_and_another_seed_another():
    members_a, posts_a = _small(11)
    members_b, posts_b = _small(11)
    assert members_a == members_b
    assert [(p.text, p.locale, p.items, p.spans, p.lookalikes) for p in posts_a] == [
        (p.text, p.locale, p.items, p.spans, p.lookalikes) for p in posts_b
    ]
    _, posts_c = _small(12)
    assert [p.text for p in posts_c] != [p.text for p in posts_a]


def test_same_seed_same_set_across_processes():
    """No dependence on string hashing (PYTHONHASHSEED) or anything else of the process."""
    code = (
        "import hashlib\n"
        "from trainer_dev.redaction_sets.fresh import make_fresh_set\n"
        "m, p = make_fresh_set(seed=11, per_locale=20, free_per_locale=5, members_per_locale=8)\n"
        "print(hashlib.sha256(repr((m, [(x.text, x.items) for x in p])).encode()).hexdigest())\n"
    )
    repo = Path(__file__).resolve().parents[2]
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=repo,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(repo)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_labelled_schema():
    members, posts = _small(3)
    assert len(members) == 8 * len(LOCALES) and all(isinstance(m, str) for m in members)
    assert {p.locale for p in posts} == set(LOCALES) and len(LOCALES) == 11
    assert sum(p.pii_free for p in posts) == 5 * len(LOCALES)
    for post in posts:
        assert post.pii_free == (not post.items)
        assert len(post.items) == len(post.spans)
        for (kind, fragments, value), (span_kind, start, end) in zip(
            post.items, post.spans, strict=True
        ):
            assert kind in KINDS and span_kind == kind
            assert post.text[start:end] == value
            assert fragments and all(f[:2] in {"d:", "s:", "t:", "p:"} for f in fragments)
            background = post.text.replace(value, " ")
            assert leaked(post.text, fragments, background), (kind, value)
            assert not leaked(post.text.replace(value, "[X]"), fragments, background)
        assert len(post.lookalikes) == len(post.lookalike_kinds)
        assert all(v in post.text for v in post.lookalikes)


def test_default_size_meets_the_issue():
    _, posts = make_fresh_set()
    free = sum(p.pii_free for p in posts)
    assert len(posts) - free >= 4500 and free >= 900


def test_check_digits():
    rng = random.Random(5)
    for _ in range(200):
        assert num.luhn_ok(num.card(rng))
        assert num.iban_ok(num.iban(rng, rng.choice(["GB", "DE", "FR", "IT", "ES", "NL", "BR"])))
        assert num.verhoeff_ok(num.in_aadhaar(rng).replace(" ", ""))
        assert num.luhn_ok(num.ca_sin(rng))
        bsn = re.sub(r"\D", "", num.nl_bsn(rng))
        assert (
            sum(int(c) * w for c, w in zip(bsn[:8], range(9, 1, -1), strict=True)) - int(bsn[8])
        ) % 11 == 0
        cpf = re.sub(r"\D", "", num.br_cpf(rng))
        for n in (9, 10):
            s = sum(int(d) * w for d, w in zip(cpf[:n], range(n + 1, 1, -1), strict=True))
            assert int(cpf[n]) == (0 if s % 11 < 2 else 11 - s % 11)
        nir = num.fr_nir(rng).replace(" ", "")
        assert int(nir[13:]) == 97 - int(nir[:13]) % 97


def test_leak_rule_digit_windows_and_words():
    assert leaked("call 030 [PHONE] 4567", ["d:1234", "d:2345", "d:3456", "d:4567"], "call ")
    assert not leaked("call [PHONE]", ["d:1234"], "call ")
    # a fragment the post holds anyway (apart from the value) is no leak
    assert not leaked("Order 1234 [PHONE]", ["d:1234"], "Order 1234  ")
    assert leaked("thanks Vogelkamp!", ["t:Vogelkamp"], "thanks !")
    assert not leaked("thanks Vogelkampf!", ["t:Vogelkamp"], "thanks !")
