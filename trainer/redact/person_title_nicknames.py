"""A title said alone to someone is their nickname: "thanks Doc, see you Monday", "cheers
Capt!" (rev22 D, a regression of tagger v9).

``name_title_edges`` leaves a hit of titles alone standing when no name follows it ("thanks
Doc" stays a name, fail closed): used this way the title is how the writer calls one person.
Here the rules find it too: right after a word of thanks or greeting, a capitalised title that
the name lists also hold as a surname ("Doc", "Capt", "Chef"), without its dot and with the
clause ending after it. A title before a name ("thanks Dr. Okafor", "hi Doc Brown") is left to
the name's own rules; "Sir" and "Madam", no one's name, are no surnames.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import longest_first
from trainer.redact.person_words import SURNAMES, TITLES, TOP

_ADDRESSED = re.compile(
    r"(?<![\w'’-])(?i:thanks|thank\syou|thx|cheers|hi|hey|hello|morning|evening|night|bye)"
    r",?[ \t]+([A-Z][a-z]+)(?=[ \t]*(?:[,!?;]|\.(?!\w)|\n|$))"
)
# The titles the rule can return, and a gate over them: a post with none of them written
# whole ("Doc" not followed by a lower-case letter) skips the scan above, which is tried at
# every position of every post (the same hits: a hit is one of these words, so it is there).
_NICKNAMES = frozenset(
    t for t in TITLES if t in SURNAMES and t.lower() not in TOP and re.fullmatch(r"[A-Z][a-z]+", t)
)
_GATE = re.compile("(?:" + "|".join(longest_first(_NICKNAMES)) + ")(?![a-z])")


def may_have_title(text: str) -> bool:
    """False only when no title of ``_NICKNAMES`` is written whole in ``text`` (a gate)."""
    return _GATE.search(text) is not None


def title_nicknames(text: str) -> list[Hit]:
    """NAME hits of titles used as nicknames (module docstring)."""
    if not may_have_title(text):
        return []
    return [("NAME", m.start(1), m.end(1)) for m in _ADDRESSED.finditer(text) if m[1] in _NICKNAMES]
