"""Where ``member_roster_slots``' glued possessive ("Miles' review", "Mehmets Akte") and Slavic
possessive adjective ("Radčin seznam") can name a roster member: one C scan for the capitalised
letter runs in a slot's shape, then a roster lookup per run, so that the cost is per
capitalised word in that shape rather than a scan of every "s", apostrophe and "-in"/"-ov"
tail of the text, and the same whatever the roster's size (a set lookup per candidate).

Only for ASCII texts, where a slot's name is an ASCII letter run that opens with a capital and
its folded key is the run lower-cased: the run itself before an apostrophe, the run less its
"s" before a blank (glued), or a key ``member_roster_slots._slavic_keys`` reads from a run that
ends in an ending before a blank (Slavic). A run found here is only a place to try the slot's
own pattern; any other text takes the patterns' gates.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.names import MemberNames

# The Slavic possessive's endings as an ASCII text can write them (no "ův"): their last two
# letters, which the scan looks behind for.
_ENDINGS = ("in", "ina", "ino", "iny", "inu", "inou", "ova", "ovo", "ovy", "ovu", "ovou")
_TAILS = tuple(dict.fromkeys(e[-2:] for e in _ENDINGS))
# A capitalised ASCII letter run before an apostrophe, or before a blank when it ends in "s" or
# in an ending's last two letters.
_SLOT_RUN = re.compile(
    rf"[A-Z][A-Za-z]*+(?:(?=')|(?=[ \t])(?:(?<=s)|(?<={'|'.join(_TAILS)})))"
)
# The same read over the text's bytes with every capital as "A", a tab as a space and any other
# byte but a lower-case letter or an apostrophe as "#": the pattern then opens with a literal,
# which re jumps to from capital to capital, where a class opening it was tried at every
# character (the same matches: a lower-case letter, the apostrophe and the blank are as written).
_SLOT_CLASSES = bytes(
    65 if 65 <= c <= 90 else c if 97 <= c <= 122 or c in b"' " else 32 if c == 9 else 35
    for c in range(256)
)
_SLOT_RUN_CLASSES = re.compile(
    rb"A[a-zA]*+(?:(?=')|(?= )(?:(?<=s)|(?<=" + "|".join(_TAILS).encode() + rb")))"
)


def slot_runs(
    text: str, members: MemberNames, slavic_keys: Callable[[str], tuple[str, ...]]
) -> tuple[list[int], list[int]] | None:
    """The starts of the capitalised runs in ``text`` where a glued and a Slavic slot can name
    a roster member (each ascending), or None where the text is not ASCII (the gates decide).
    ``slavic_keys``: the roster keys a Slavic possessive adjective may come from."""
    if not text.isascii():
        return None
    given, surnames = members.given, members.surnames
    glued: list[int] = []
    slavic: list[int] = []
    for m in _SLOT_RUN_CLASSES.finditer(text.encode("ascii").translate(_SLOT_CLASSES)):
        start, end = m.span()
        key = text[start:end].lower()
        if text[end] == "'":  # the run itself is the name
            if key in given or key in surnames:
                glued.append(start)
            continue
        if key[-1] == "s" and (key[:-1] in given or key[:-1] in surnames):
            glued.append(start)  # "Mehmets Akte": the name less its "s"
        if key.endswith(_ENDINGS) and any(
            k in given or k in surnames for k in slavic_keys(text[start:end])
        ):
            slavic.append(start)
    return glued, slavic
