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


def _random_texts(pieces: list[str], n: int, seed: int) -> list[str]:
    """Random concatenations of ``pieces`` (words, separators, symbols around them)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]


_SEPARATORS = [" ", " ", "\n", "\t", ",", ".", "-", "_", "'", "’", "(", "🔥", "é", "ß", "3", "14"]


def test_dutch_bare_gate_never_hides_a_match():
    """``address_places`` tries _DUTCH_BARE only when "op"/"aan" is a keyword of the text."""
    from trainer.redact import address_places, prefilter

    words = ["op", "Op", "OP", "aan", "Aan", "shop", "opaan", "Kerkbrink", "Noordeinde", "Heuvel",
             "op Kerkbrink 3", "Aan Noordeinde 64", "op Heuvel-Zuid 7a", "aan Dam 1"]  # fmt: skip
    texts = _random_texts(words + _SEPARATORS, 20000, seed=11)
    texts += [
        "Ophalen op Kerkbrink 3",
        "Bezichtiging aan Noordeinde 64.",
        "shop Berlin 12",
        "op_Texel 3",
    ]
    matched = 0
    for text in texts:
        match = address_places._DUTCH_BARE.search(text)
        matched += match is not None
        if "nl_bare" not in prefilter.keywords(text):
            assert match is None, text
    assert matched > 100


def test_german_and_gaelic_gates_never_hide_a_match():
    """``person_possessive`` tests its German words, ``person_gaelic`` its particles, only when
    the keyword pass found one of them as a whole word."""
    from trainer.redact import person_gaelic, person_possessive, prefilter

    words = ["der", "die", "für", "Für", "eine", "nicht", "Ó", "Ní", "Nic", "Mac", "iMac", "Ua",
             "Uí", "Mhic", "Floinn", "Diarmada", "Wiebkes", "Vortrag", "Ó Floinn", "Mac Diarmada",
             "Ní Bhriain", " der ", " für "]  # fmt: skip
    texts = _random_texts(words + _SEPARATORS, 12000, seed=12)
    german = gaelic = 0
    for text in texts:
        keys = prefilter.keywords(text)
        has_german = any(word in text for word in person_possessive._GERMAN_WORDS)
        has_particle = person_gaelic._PARTICLE.search(text) is not None
        german += has_german
        gaelic += has_particle
        assert not has_german or "german_common" in keys, text
        assert not has_particle or "gaelic_particle" in keys, text
    assert german > 100 and gaelic > 100


def test_informal_gates_never_hide_a_match():
    """``person_informal``: the comma-before pattern needs "," in the three characters before
    the given name, and every initial-and-surname match has its "." right after the initial,
    so trying the pattern at each "." finds what a full scan finds."""
    from trainer.redact import person_informal

    words = ["hi", "chen", "harrison", "m.", "M.", "b.", "white", "Brown", "A.B.", "x.", "é."]
    texts = _random_texts(words + _SEPARATORS + [", ", ",\t", ", \n", ". "], 1000, seed=13)
    commas = initials = 0
    for text in texts:
        scan = [m.span() for m in person_informal._INITIAL_SURNAME.finditer(text)]
        at_dots = [
            m.span()
            for dot in range(1, len(text))
            if text[dot] == "."
            and (m := person_informal._INITIAL_SURNAME.match(text, dot - 1)) is not None
        ]
        assert at_dots == scan, text
        initials += bool(scan)
        for start in range(len(text) + 1):
            m = person_informal._COMMA_BEFORE.search(text, max(0, start - 32), start)
            commas += m is not None
            if "," not in text[max(0, start - 3) : start]:
                assert m is None, (text, start)
    assert commas > 100 and initials > 50
