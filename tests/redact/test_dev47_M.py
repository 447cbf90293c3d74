"""Session 47's M: mending without changing output. Every compiled pattern of trainer.redact is
the same string whatever the hash seed (words of equal length in code-point order,
``literal_alternation.longest_first``). One table of card issuer ranges (``card_ranges``) read
by the detector, the product-cue scheme check and the keep veto, each through its own filter
(old and new predicates agreed on 1,004,272 digit strings of 12-19 digits, edges included).
Made-up values only."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.redact import cards
from trainer.redact.card_ranges import CARD_RANGES
from trainer.redact.card_schemes import scheme_card
from trainer.redact.checksums import luhn_ok
from trainer.redact.keep_veto import card_number
from trainer.redact.literal_alternation import literal_alternation, longest_first

_ROOT = Path(__file__).resolve().parents[2]

# Every module of trainer.redact, each compiled pattern among its globals (and in their tuples,
# lists, sets and dicts, and in the classes it defines): name -> (pattern, flags), as JSON.
_DUMP = """
import importlib, json, pkgutil, re, sys
import trainer.redact as package

out, seen = {}, set()

def walk(name, obj, depth=0):
    if isinstance(obj, re.Pattern):
        out[name] = [obj.pattern if isinstance(obj.pattern, str) else repr(obj.pattern), obj.flags]
    elif depth < 4 and id(obj) not in seen and isinstance(obj, (tuple, list, set, frozenset, dict)):
        seen.add(id(obj))
        items = obj.items() if isinstance(obj, dict) else enumerate(obj)
        for key, value in sorted(((repr(k), v) for k, v in items), key=lambda kv: kv[0]):
            walk(f"{name}[{key}]", value, depth + 1)

for info in pkgutil.walk_packages(package.__path__, "trainer.redact."):
    module = importlib.import_module(info.name)
    for key, value in vars(module).items():
        walk(f"{info.name}.{key}", value)
        if isinstance(value, type) and value.__module__ == info.name:
            for attribute, inner in vars(value).items():
                walk(f"{info.name}.{key}.{attribute}", inner)
json.dump(out, sys.stdout, sort_keys=True)
"""


def _patterns(seed: int) -> dict[str, list]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(_ROOT)}
    command = [sys.executable, "-c", _DUMP]
    done = subprocess.run(command, cwd=_ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_every_compiled_pattern_is_the_same_under_two_hash_seeds():
    first, second = _patterns(0), _patterns(1)
    assert len(first) > 1000  # the walk reached the package's patterns
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_equal_lengths_come_in_code_point_order_whatever_order_they_are_given():
    words = {"ticket", "billet", "e-ticket", "bilet", "bus"}
    assert longest_first(words) == ["e-ticket", "billet", "ticket", "bilet", "bus"]
    assert longest_first(sorted(words, reverse=True)) == longest_first(words)
    assert literal_alternation(["tel", "fax", "fax"]) == "fax|tel"


# -- card_ranges: one issuer table, three readers --------------------------------------------------


def _card(prefix: str, length: int) -> str:
    """``prefix`` filled with zeros to ``length`` digits, its last a Luhn check digit."""
    body = prefix.ljust(length - 1, "0")
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


@pytest.mark.parametrize("card_range", CARD_RANGES, ids=lambda r: f"{r.first}-{r.last}")
def test_each_range_holds_from_its_first_to_its_last_prefix_at_its_lengths(card_range):
    for prefix in (card_range.first, card_range.last):
        for length in card_range.lengths:
            number = _card(prefix + "1", length)  # "1": not one repeated digit
            assert scheme_card(number)
            assert card_number(number) == (length in card_range.veto)
            assert cards._issuer_range(number) == card_range.detector


@pytest.mark.parametrize(
    ("number", "scheme", "veto", "detector"),
    [
        (_card("2221", 16), True, True, True),  # Mastercard's 2-series, its first
        (_card("2720", 16), True, True, True),  # and its last
        (_card("2220", 16), False, False, False),  # between Mir/BORICA and Mastercard
        (_card("2721", 16), False, False, False),
        (_card("2204", 16), True, True, True),  # Mir
        (_card("2204", 17), True, False, True),  # Mir at 17 digits: the veto reads 16
        (_card("2205", 16), True, False, False),  # BORICA: the scheme table's alone
        (_card("3528", 16), True, True, True),  # JCB's first and last
        (_card("3589", 19), True, True, True),
        (_card("3527", 16), False, False, False),
        (_card("3590", 16), False, False, False),
        (_card("305", 14), True, True, True),  # Diners
        (_card("306", 14), False, False, False),
        (_card("644", 16), True, True, True),  # Discover
        (_card("643", 16), False, False, False),
        (_card("4", 13), True, False, True),  # a thirteen-digit Visa, no longer issued
        (_card("4", 16), True, True, True),
        (_card("5018", 12), True, True, True),  # Maestro by its own IIN
        (_card("5019", 16), True, False, True),  # Dankort, in Maestro's wide 50
        (_card("6763", 19), True, True, True),
        (_card("6764", 19), True, False, True),
        (_card("1800", 15), True, False, False),  # JCB's old range
        (_card("1", 15), True, False, False),  # UATP
        (_card("9792", 16), True, False, True),  # Troy
        (_card("81", 17), True, False, True),  # UnionPay's and RuPay's 81
    ],
)
def test_the_readers_filter_one_table(number, scheme, veto, detector):
    assert (scheme_card(number), card_number(number), cards._issuer_range(number)) == (
        scheme,
        veto,
        detector,
    )
