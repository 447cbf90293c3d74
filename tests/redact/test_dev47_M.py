"""Session 47's M: mending without changing output. Every compiled pattern of trainer.redact is
the same string whatever the hash seed (words of equal length in code-point order,
``literal_alternation.longest_first``). Made-up values only."""

import json
import os
import subprocess
import sys
from pathlib import Path

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
