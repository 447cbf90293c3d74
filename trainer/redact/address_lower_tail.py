"""A locality typed in lower case and its postcode after a street line: "14 kings road, durban
4001", "12 mall road, lahore 54000" (UPU S42: the locality line, then the code, as SAPO, Pakistan
Post and most posts with a code after the town write it).

``address_tail`` walks from a street hit over capitalised place names; a chat line in lower case
stops that walk at its first word. Here, right after the street line's comma, up to three
lower-case words and a four- to six-digit code extend the hit. A code that reads as a year
("14 kings road, since 2019.") counts only when no word before it is a dictionary word; a code
that does not close the clause only when none is a frequent word; a counted noun or unit after
the digits makes them a quantity.
"""

from __future__ import annotations

import re

from trainer.redact.address_numbers import count_after
from trainer.redact.names import word_list
from trainer.redact.quantities import UNIT_AFTER, is_year

_LOWER_TOWN_CODE = re.compile(
    r"(?P<town>[a-zà-ÿ][a-zà-ÿ'’-]+(?:[ \t][a-zà-ÿ][a-zà-ÿ'’-]+){0,2}),?[ \t]+"
    r"(?P<code>\d{4,6})(?![\w-]|[.,]\d)"
)
_CLOSES = re.compile(r"[ \t]*(?:$|[\r\n]|[.,;:!?)](?:\s|$))").match


def lower_town_code_end(text: str, p: int) -> int | None:
    """End of a lower-case locality and its code starting at ``p``, or None."""
    m = _LOWER_TOWN_CODE.match(text, p)
    if m is None or UNIT_AFTER.match(text, m.end()) or count_after(text, m.end()):
        return None
    words = m.group("town").split()
    if is_year(m.group("code")):
        common = word_list("common_words.txt")
        if any(word in common for word in words):
            return None  # "..., since 2019": a year after prose
    elif _CLOSES(text, m.end()) is None:
        top = word_list("common_words_top.txt")
        if any(word in top for word in words):
            return None  # "..., about 3500 visitors came": prose goes on after a number
    return m.end()
