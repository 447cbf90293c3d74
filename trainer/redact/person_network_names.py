"""A household's name in its Wi-Fi network's name: "Wi-Fi: FRITZ!Box 7590 Brandt", "SSID:
Vodafone Familie Kowalczyk" (rev22 B, a regression of tagger v9).

People rename their router's network after their family, so a network name given after its
label (Wi-Fi, WLAN, SSID, network name) holds the surname of whoever lives there where the
router's model number or a family word stood: a capitalised word of the value right after a
number ("7590 Brandt") or after "Familie", "Family", "Famille" that the name lists hold as a
surname or a given name is redacted, unless it is a frequent word or a network's or a
model's word ("7590 Guest", "5G Plus"). A brand's words
("Telekom Speedport Smart") stay.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.literal_gates import case_odd_for, has_case_odd
from trainer.redact.person_words import GIVEN, SURNAMES, TOP

_LABEL = re.compile(
    r"(?<![\w-])(?i:wi-?fi|wlan|ssid|network\sname|netzwerk(?:name)?|nom\sdu\sréseau|réseau|"
    r"red\swi-?fi|rete\swi-?fi)[ \t]*[:=][ \t]*([^,;\n]{1,60})"
)
_WORD = re.compile(
    r"(?:\d|(?i:familie|family|famille|famiglia|familia|rodzina))[ \t]+([A-Z][a-zà-ÿ]+)(?![\w'’-])"
)

_NETWORK_WORDS = frozenset("guest gast invité home office plus pro max mini lite ultra".split())
# Each label of ``_LABEL`` ends in one of these words, a whole word (no word character or
# hyphen before it, a blank, ":" or "=" after it): the keyword pass (``prefilter``) finds them
# as it reads the post for every rule. A post holding a letter that matches an ASCII one only
# under the pattern's ignore-case (dotless and dotted I, long s: ``literal_gates``) skips the
# gate, and one holding the Kelvin sign, which that pass keeps as it is (``prefilter.spaced``:
# no folding from U+2100 on; ``normalize`` makes it a K before the engine's detectors run).
_LABEL_WORDS = ("network name", *"wi-fi wifi wlan ssid netzwerk netzwerkname réseau".split())
prefilter.register("network_label", frozenset(_LABEL_WORDS))
_LABEL_CASE_ODD = case_odd_for(_LABEL_WORDS)
_GATE_OPENERS = _LABEL_CASE_ODD + "\u212a"


def _may_have_label(text: str) -> bool:
    """False only when no label of ``_LABEL`` can be in ``text`` (a gate: the same hits)."""
    return has_case_odd(text, _GATE_OPENERS) or "network_label" in prefilter.keywords(text)


def network_owner_names(text: str) -> list[Hit]:
    """NAME hits of the names in labelled Wi-Fi network names (module docstring)."""
    hits: list[Hit] = []
    if not _may_have_label(text):
        return hits
    for m in _LABEL.finditer(text):
        for w in _WORD.finditer(text, m.start(1), m.end(1)):
            word = w.group(1)
            key = word.lower()
            if (word in SURNAMES or word in GIVEN) and key not in TOP and key not in _NETWORK_WORDS:
                hits.append(("NAME", w.start(1), w.end(1)))
    return hits
