"""Speed gates never skip a match: each gated check equals its ungated form (issue #10).

Every gate here skips work only where a match is impossible; these tests compare the gated
function with the plain scan it replaced, on made-up text and on random strings over the
characters that matter.
"""

from __future__ import annotations

import random

from trainer.redact import detectors


def _ipv6_hint_ungated(text: str) -> bool:
    """The hint tried around every colon (before the gap gate)."""
    pos = text.find(":")
    while pos != -1:
        if detectors._IPV6_HINT.search(text, max(0, pos - 5), pos + 7):
            return True
        pos = text.find(":", pos + 1)
    return False


def test_ipv6_hint_gate_equals_the_scan_around_every_colon():
    made_up = [
        "fe80::1%eth0",
        "2001:db8:0:0:1:0:0:1",
        "Note: meet at 10:30, room: B",
        "ratio 3:2:1 and a:b:c",
        "abcd:ef01: x",
        "x: y: z:",
        "::",
        "a::b",
        "12345:6789:",
        "v6:2001:db8::1",
    ]
    rng = random.Random(10)
    alphabet = "0123456789abcdefg:: .x"
    randoms = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20000)
    ]
    positives = 0
    for text in made_up + randoms:
        expected = _ipv6_hint_ungated(text)
        assert detectors._ipv6_hint(text) is expected, text
        positives += expected
    assert positives > 1000  # the comparison is not vacuous
