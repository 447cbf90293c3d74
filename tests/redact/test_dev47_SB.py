"""Session 47, task SB: rules of the person-name stage read what is found once per post (the
full stops that may close an initial, the keyword pass's spans) instead of each scanning the
post. Each must hand its readers every candidate their own patterns can match, so the hits are
the rules' own; these compare each reader with the scan it replaced over random strings built
from the pieces those patterns read."""

import random
import re

from trainer.redact import person_network_names as net
from trainer.redact import person_title_nicknames as nick
from trainer.redact import prefilter
from trainer.redact.person_initials import initial_dots
from trainer.redact.person_words import GIVEN, GIVEN_AMBIGUOUS, SURNAMES, TITLES, TOP

_PIECES = (
    sorted(GIVEN)[::401]
    + sorted(GIVEN_AMBIGUOUS)[::29]
    + sorted(SURNAMES)[::907]
    + sorted(TITLES)
    + sorted(w for w in TOP if w.isalpha())[:300]
    + ["the", "to", "new", "me", "The", "TO", "Doc", "Docs", "Capt", "Chef", "thanks", "Hi"]
    + ["A.", "b.", "É.", "Ⓐ.", "_.", "1.", "..", "J.-P.", "ǅ."]
    + ["Wi-Fi:", "wifi =", "WLAN:", "SSID:", "network name:", "Netzwerkname:", "réseau :"]
    + ["WİFİ:", "ſſid:", "wlan0:", "Wi‐Fi:", "_wifi:", "Netzwer\u212a:", "Box 7590", "7590"]
    + ["und", "and", "y", "(", ")", "'", "’", "-", "—", ",", ":", "#", "@", "&", "/"]
    # whole hits of the readers, for the random context around them to break
    + ["thanks Doc,", "hi Capt!", "cheers Chef", "Wi-Fi: FRITZ!Box 7590 Brandt", "SSID: Familie"]
    + ["Linda und Horst Baumgartner", "Gloria y Carlos Ortega", "Oluwaseun (Seun) Adeyemi"]
    + ["hi hazel lindgren", "cc maeve green", "ask t. green", "thanks D. Lindgren", "Kowalczyk"]
)
_SEPARATORS = [" ", " ", " ", "", "\n", ". ", ", ", "  ", "\t", "."]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 20)))
        for _ in range(n)
    ]


def _walked_dots(text: str) -> tuple[int, ...]:
    """The walk the initial rules each did: every full stop after the first character whose
    character two back is no letter or digit."""
    out = []
    dot = text.find(".", 1)
    while dot != -1:
        if dot == 1 or not text[dot - 2].isalnum():
            out.append(dot)
        dot = text.find(".", dot + 1)
    return tuple(out)


def test_initial_dots_are_the_walk_over_every_full_stop():
    rng = random.Random(47)
    alphabet = "aB. \n\t_-'’1²½ÀéŁⒶǅ\u0301😀."
    texts = ["", ".", "A.", " A.", "U.S. Army", "plan B. Next", "J.-P. Durand", "work. Next"]
    for _ in range(50_000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))))
    for text in texts:
        assert initial_dots(text) == _walked_dots(text), text


_OLD_TITLE_GATE = re.compile(
    "(?:" + "|".join(sorted(nick._NICKNAMES, key=len, reverse=True)) + ")(?![a-z])"
)
_OLD_LABEL_PARTS = ("wi-fi", "wifi", "wlan", "ssid", "network", "netzwerk", "réseau")


def test_keyword_gates_skip_only_posts_the_scans_cannot_hit():
    # the nickname and network rules now open on the keyword pass's spans; the ungated scans
    # (the rule with the old literal gates) give the same hits
    for text in _texts(20_000, 1):
        ungated = [
            ("NAME", m.start(1), m.end(1))
            for m in nick._ADDRESSED.finditer(text)
            if m[1] in nick._NICKNAMES
        ]
        assert nick.title_nicknames(text) == ungated, text
        if ungated:
            assert nick.may_have_title(text) and _OLD_TITLE_GATE.search(text)
        low = text.lower()
        old_gate = any(part in low for part in _OLD_LABEL_PARTS) or not text.isascii()
        if net._LABEL.search(text):
            assert net._may_have_label(text) and old_gate, text


def test_label_letters_fold_in_the_keyword_pass_as_the_pattern_ignores_case():
    # the Wi-Fi gate reads the keyword pass: outside the gate's odd letters (which open it), a
    # letter the label pattern's ignore-case matches is read there as the label word's letter
    letters = sorted({c for w in net._LABEL_WORDS for c in w if c.isalpha()})
    any_letter = re.compile("[" + re.escape("".join(letters)) + "]", re.IGNORECASE)
    for cp in range(0x110000):
        ch = chr(cp)
        if ch in net._GATE_OPENERS or not any_letter.fullmatch(ch):
            continue
        for letter in letters:
            if re.fullmatch(re.escape(letter), ch, re.IGNORECASE):
                assert prefilter.spaced(ch) == prefilter.spaced(letter), (ch, letter)
