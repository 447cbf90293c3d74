"""A whole street line typed in lower case, closed by its postcode and town: "ulica lipowa 13,
40-085 katowice", "via roma 45 70121 bari", "komenského 96a, 120 00 praha 2", "fjordveien 10,
n-7010 trondheim" (UPU S42's order: street and house number, then the postcode line; each
post's code format: NN-NNN Poczta Polska, NNN NN Česká pošta and PostNord Sverige, five digits
most posts, four digits with the old European country prefix, "DK-", "N-", Correo Argentino's
CPA, a letter, four digits and three letters, "c1425dqf").

In a chat line in lower case no capital tells where the street starts, so the line counts only
where an address fragment starts: after a label's colon, at a line start, or after a place or
delivery preposition of our languages ("at", "bei", "na adrese", "w", "i", "presso"). Between
that point and the house number stand at most four words; the code must be followed by a town
in lower case, never by a counted noun or unit, a frequent word or a plural noun ("sold 43
10999 units").
``addresses._anchored`` tests ``LOWER_LINE_ANCHOR`` at each house number after a lower-case word.
"""

from __future__ import annotations

import re

from trainer.redact.address_numbers import count_after, counted_noun, frequent_or_plural
from trainer.redact.address_towns import postal_towns
from trainer.redact.hits import Hit
from trainer.redact.names import word_list
from trainer.redact.quantities import UNIT_AFTER, year_like

_LOW = r"[a-zà-ÿąćęłńśźżčďěňřšťůžăâîșşțţğışö]"
# Where an address fragment starts: after a label's colon, a line start or bullet, or one of
# these place and delivery prepositions or address labels.
_START_WORDS = frozenset(
    """at from to in bei an nach na w we do i på til en à a presso da op aan em no bij
    adrese adresie adresu adres adresse adresa address indirizzo dirección - * • –""".split()
)
# The first street word is none of the start words nor an article ("to the").
_NOT_FIRST = _START_WORDS | {"the"}
_WORDS = re.compile(r"\S+")
_LOWER_LINE = re.compile(
    rf"(?P<street>{_LOW}[\w'’.-]*(?:[ \t][\w'’.-]+){{0,3}}?)[ \t]"
    # PTT writes the number after "no:" ("lale sokak no:6 34726 kadıköy/istanbul")
    r"(?:(?i:no):?[ \t]?)?(?P<num>\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?),?[ \t]"
    r"(?P<code>\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{5}|(?i:n|dk|no)-\d{4}|[a-hj-np-z]\d{4}[a-z]{3})"
    r"(?![\w-])[ \t]"
    rf"(?P<town>{_LOW}[\w'’-]*(?:[ /-]{_LOW}[\w'’-]*)?(?:[ \t]\d{{1,2}}(?!\d))?)"
)
_FIRST = re.compile(_LOW).match


def _street_start(text: str, sp: int) -> int | None:
    """Start of the street words before the space ``sp`` (before the house number): the longest
    run of one to four words led by a start mark, or None."""
    line_start = text.rfind("\n", 0, sp) + 1
    lo = max(line_start, sp - 60)
    words = [(w.start(), w.group()) for w in _WORDS.finditer(text, lo, sp)]
    for k in range(min(4, len(words)), 0, -1):
        start, first = words[-k]
        if not _FIRST(first) or first in _NOT_FIRST:
            continue
        if len(words) == k:
            led = lo == line_start
        else:
            prev = words[-k - 1][1]
            led = prev.endswith(":") or prev.lower() in _START_WORDS
        if led:
            return start
    return None


# At a house number after a lower-case word: the number, a comma or a space, and a postcode's
# first characters (a digit, "n-", "dk-", "no-", a CPA's letter and digits); one C call, so
# ``addresses._anchored`` can test every such number cheaply before the line regex runs.
LOWER_LINE_ANCHOR = re.compile(r"\d+[a-z]?,? (?:\d|(?i:n|dk|no)-\d|[a-z]\d{4})").match


def _counted_word(word: str) -> bool:
    """A frequent word, a plural noun of the dictionary or a counted noun (``address_numbers``:
    Polish and Czech ones such as "osób" too) that is no listed town ("people", "units", not
    "berlin")."""
    if word in postal_towns():
        return False
    return counted_noun(word) or frequent_or_plural(word)


def lower_lines(text: str, anchors: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for the lower-case street lines whose house number follows the space at
    each anchor's start."""
    hits: list[Hit] = []
    for sp, _ in anchors:
        start = _street_start(text, sp)
        m = _LOWER_LINE.match(text, start) if start is not None else None
        if m is None or m.start("num") < sp:
            continue
        code_end = m.end("code")
        if UNIT_AFTER.match(text, code_end) or count_after(text, code_end):
            continue
        if year_like(m.group("num")) and m.group("num").isdigit():
            continue  # "in march 2024 12345 ...": a year, no house number
        if _counted_word(m.group("town").split()[0]):
            continue  # "sold 43 10999 units": a count, not a town
        end = m.end()
        town = m.group("town")
        if " " in town and town.split(" ")[1] in word_list("common_words_top.txt"):
            end = m.start("town") + town.index(" ")  # "53117 bonn by Friday": one word
        hits.append(("ADDRESS", start, end))
    return hits
