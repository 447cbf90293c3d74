"""Canary secrets: formats the redactor removes (PII) or keeps (passphrases); exposure math."""

from __future__ import annotations

import math
import random

import pytest

from trainer.audit.canaries import (
    FORMATS,
    PII_FORMATS,
    WORDS,
    chance_mean_bits,
    draw_secret,
    exposure_bits,
    make_canaries,
    table_rows,
)
from trainer.redact import Redactor


@pytest.mark.parametrize("fmt", FORMATS)
def test_redaction_removes_pii_secrets_and_keeps_passphrases(fmt):
    redactor = Redactor.from_members(["Canary 0001"], name_tagger=False)
    canaries = make_canaries(m=40, formats=[fmt], rng=random.Random(3),
                             in_training_split=lambda ids: ids)
    survived = [c.secret in redactor.redact(c.text).text for c in canaries]
    assert all(survived) if fmt not in PII_FORMATS else not any(survived)
    # the prefix (the extraction prompt) survives redaction in every format
    assert all(redactor.redact(c.text).text.startswith(c.prefix) for c in canaries)


def test_every_passphrase_word_survives_in_every_position_of_the_prompt():
    # a word the redactor takes (as a password, name or place) would make a passphrase canary's
    # survival a matter of luck, and the audit's slow test flaky; the default path is checked
    redactor = Redactor.from_members(["Canary 0001"])
    assert len(set(WORDS)) == 256
    taken = [w for w in WORDS for text in (f"ab-cd: my passphrase is {w} apple basket kiwi",
                                           f"ab-cd: my passphrase is apple {w} basket kiwi",
                                           f"ab-cd: my passphrase is apple basket kiwi {w}")
             if text not in redactor.redact(text).text]
    assert taken == []


def test_iban_check_digits_are_valid():
    rng = random.Random(0)
    for _ in range(50):
        iban = draw_secret("iban", rng)
        moved = iban[4:] + iban[:4]
        assert int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def test_canaries_are_unique_on_the_training_side_and_coins_fair():
    train_side = lambda ids: [i for i in ids if int(i[-1], 16) % 2 == 0]  # noqa: E731
    cs = make_canaries(m=400, formats=list(FORMATS), rng=random.Random(1),
                       in_training_split=train_side)
    assert len({c.member_id for c in cs}) == 400 and len({c.prefix for c in cs}) == 400
    assert all(int(c.member_id[-1], 16) % 2 == 0 for c in cs)
    assert 160 < sum(c.included for c in cs) < 240
    rows = table_rows(cs, setting="generative_ai_training", region="US", repeats=2)
    n_in = sum(c.included for c in cs)
    assert len(rows["members"]) == len(rows["consent"]) == n_in and len(rows["posts"]) == 2 * n_in


def test_exposure_bits():
    assert exposure_bits(1.0, [0.0] * 127) == pytest.approx(7.0)  # ranked first of 128
    assert exposure_bits(-1.0, [0.0] * 127) == pytest.approx(0.0)  # ranked last
    assert exposure_bits(0.0, [0.0] * 3) == pytest.approx(2 - math.log2(2.5))  # ties: half
    # the chance level is the mean over uniform ranks
    n = 15
    mean = sum(exposure_bits(-r + 0.5, [-i for i in range(n)]) for r in range(n + 1)) / (n + 1)
    assert chance_mean_bits(n) == pytest.approx(mean)
