"""Session 48 (lead): repeated_surnames reads its forms in a fixed order.

person_comma.repeated_surnames kept one flag per lower-cased form (surname or given name) in a
dict built from a set: where two spellings of one form were found, one a surname and one a given
name only ("Anna MacAuly", "Macauly Jones"), which flag won depended on PYTHONHASHSEED, and with
the given name's flag the lower-case "macaulys" was left in the text. The hits' order depended
on the seed too. Both are checked in fresh interpreters under two fixed seeds (seed 1 lost the
name before the fix, seed 0 kept it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from trainer.redact.person_comma import repeated_surnames

TEXT = "Macauly Jones came. Anna MacAuly spoke. See macaulys notes. Jones and MacAuly left."
HITS = [("NAME", 0, 13), ("NAME", 20, 32)]

_PROBE = (
    "import json, sys; from trainer.redact.person_comma import repeated_surnames; "
    "text, hits = json.loads(sys.argv[1]); "
    "print(json.dumps(repeated_surnames(text, [tuple(h) for h in hits])))"
)


def _hits_under_seed(seed: int) -> list[list]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps([TEXT, HITS])],
        env=env, capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout)


def test_a_form_that_is_a_surname_in_any_spelling_reads_as_one():
    found = [TEXT[a:b] for _, a, b in repeated_surnames(TEXT, HITS)]
    assert "macaulys" in found


def test_hits_and_their_order_are_the_same_under_every_hash_seed():
    runs = [_hits_under_seed(seed) for seed in (0, 1)]
    assert runs[0] == runs[1]
    assert [TEXT[a:b] for _, a, b in runs[0]] == ["Jones", "macaulys", "MacAuly"]
