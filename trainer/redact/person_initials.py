"""Where a post can write an initial ("J. Okonkwo", "Leah T.", "ask t. green"), found once per
text for the three rules that read initials (``person_shapes.initial_surnames``,
``person_roles.given_initials``, ``person_informal.initial_pairs``) instead of each walking
every full stop of the post: most full stops end a sentence ("... after months of work.") and
have a letter two characters back, which no initial has."""

from __future__ import annotations

import re
from functools import lru_cache

# A full stop whose character two back is no letter or digit (or that has fewer than two
# characters before it). The full stop leads, so the scan jumps from one to the next.
_INITIAL_DOT = re.compile(r"\.(?<![^\W_](?s:.)\.)")


@lru_cache(maxsize=256)  # the rules run one after another on the same text
def initial_dots(text: str) -> tuple[int, ...]:
    """Offsets of the full stops of ``text`` after its first character that may close an
    initial: the character before the stop stands alone, no letter or digit before it. Each
    rule's own pattern still decides (the same hits as a walk over every full stop)."""
    return tuple(m.start() for m in _INITIAL_DOT.finditer(text, 1))
