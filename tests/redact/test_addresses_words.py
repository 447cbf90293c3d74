"""The type-first street rules take their shared words and the posts' abbreviations from
``address_words``: one list, so a type added there reaches ``street_types`` and
``address_romance`` alike."""

from __future__ import annotations

import re

from trainer.redact import address_romance, street_types
from trainer.redact.address_words import ROMANCE_TYPES, TYPE_ABBREVIATIONS, abbreviation_pattern


def test_shared_types_reach_both_rules():
    for word in ROMANCE_TYPES:
        assert word in street_types._WORDS.split("|")
        assert word in address_romance._TYPE_ANY_CASE.split("|")
        assert word in address_romance._TYPE_WORDS


def test_abbreviations_keep_their_full_stop():
    pattern = re.compile(rf"(?:{abbreviation_pattern(list(TYPE_ABBREVIATIONS))})\Z")
    assert pattern.match("prom.") and not pattern.match("prom")  # "." belongs to it
    assert pattern.match("avda.") and pattern.match("avda")  # optional full stop
    assert pattern.match("v.le") and pattern.match("c/")  # written without one
    assert street_types._ABBREVIATED == abbreviation_pattern(list(TYPE_ABBREVIATIONS))


def test_abbreviated_types_find_streets():
    for text in ("Oficina en C/ Mayor, 12, 3º B", "Sede in P.za Navona 5", "Av. Paulista, 1578"):
        assert street_types.find_typed_streets(text), text
