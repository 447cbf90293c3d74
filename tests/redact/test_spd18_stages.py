"""The rules run stage by stage over a group of texts (``Redactor._rule_hits_many``): the same
hits, in the same order, as each text on its own, and ``redact_batch`` gives what ``redact``
gives, with and without the name tagger, whatever the group size."""

from __future__ import annotations

import pytest

from trainer.redact import engine
from trainer.redact.engine import Redactor

MEMBERS = ["Jane Doe", "Ólafur Sigurðsson", "Marta Kowalska"]
TEXTS = [
    "Hi all, Jane Doe here: mail me at jane.doe@example.com or call +44 7700 900123.",
    "Ólafur Sigurðsson býr á Laugavegi 12, 101 Reykjavík.",
    "my number is zero seven seven double zero nine zero zero one two three",
    "Order #123456789 shipped; IBAN DE89 3704 0044 0532 0130 00 for the refund.",
    "",
    "Meet Marta at 10 Downing Street, London SW1A 2AA, ask for Dr. Smith.",
    "Nothing personal in this post, just a release note for v2.4.1.",
    "ssn: 078-05-1120, card 4111 1111 1111 1111, ip 192.168.0.1",
    "Name: Kowalska, Marta\nPhone: 0791 123 4567\nEmail: marta (at) example (dot) org",
]


@pytest.mark.parametrize(
    "enabled", [None, ["NAME", "PHONE", "EMAIL"], ["PHONE", "ADDRESS", "IBAN"]]
)
def test_stage_by_stage_is_text_by_text(enabled):
    redactor = Redactor.from_members(MEMBERS, enabled_types=enabled, name_tagger=False)
    together = redactor._rule_hits_many(TEXTS)
    alone = [redactor._rule_hits_many((text,))[0] for text in TEXTS]
    assert together == alone
    assert any(together)  # the texts hold PII: an empty result would prove nothing


@pytest.mark.parametrize("tagger", [False, True])
@pytest.mark.parametrize("size", [1, 3, 64])
def test_batch_is_redact(monkeypatch, tagger, size):
    monkeypatch.setattr(engine, "_TAGGED_GROUP", size)
    redactor = Redactor.from_members(MEMBERS, name_tagger=tagger)
    texts, counts = redactor.redact_batch(TEXTS)
    results = [redactor.redact(text) for text in TEXTS]
    assert texts == [r.text for r in results]
    assert sum(counts.values()) == sum(len(r.spans) for r in results)
    assert texts[0] != TEXTS[0]


def test_batch_refuses_a_non_string_without_the_tagger():
    with pytest.raises(TypeError, match="takes a str"):
        Redactor.from_members(MEMBERS, name_tagger=False).redact_batch(["fine", b"bytes"])
