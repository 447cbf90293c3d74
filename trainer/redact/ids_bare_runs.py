"""A bare run of seven to thirteen digits that nothing names: a personal number, fail closed.

Pattern (general, not a set's phrasing): about four in ten personal numbers in posts carry no
cue word ("Use 1234567 when you set up the record", "For the file: 12345678", "12345678 is
what I have on the card"), and many countries' identity, tax and social-security numbers have
no check digit, so neither a cue nor a check can find them. What tells them from the numbers
that must survive is that those are named: an order, ticket, invoice or tracking number has
its cue right before it (``national_ids.is_reference``), an amount its currency or unit, a
count its noun, a date its calendar shape, a barcode or book its GS1/ISBN check, and a thing's
number follows the thing's name ("Ticket 24060301", "KKF 65499", "Room 1234567": a word in
capitals right before it). So a solid run of seven to thirteen digits, standing alone, with
none of these, at a line or clause start, after a colon or comma, or after a lower-case word
(a verb or preposition of the clause: "use", "confirmed", "queda", "usá"), is a NATIONAL_ID
whatever its country. Phones of that length are redacted either way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.checksums import gs1_ok, isbn_ok
from trainer.redact.hits import Hit
from trainer.redact.quantities import (
    CURRENCY_AFTER,
    MONEY_BEFORE,
    UNIT_AFTER,
    calendar_date,
)

# a whole token of digits: no letter, sign or other number glued on either side
_RUN = re.compile(r"(?<![\w.,/:+#$€£¥₹@&=%'-])\d{7,13}(?![\w'’%]|[.,/:-]\d|-\w)")
# what stands before it on its line: a lower-case word, or a colon, comma, dash, quote, bracket
# or line start after optional spaces
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[.:]?[ \t]*$")
# (a dot after a capitalised word ends an abbreviation, "Réf.", "Art.", not a sentence)
_OPEN_BEFORE = re.compile(
    r"(?:^|[:,;(\[>\"'“‘–—-]|(?:(?<![^\W\d_])|(?<=[^\W\d_]{4})(?<![A-Z]...))[.!?])[ \t]*$",
    re.MULTILINE,
)
# a capitalised word that opens its line or sentence ("Use ...", "Noted ...") is the clause's
# verb, not a thing's name
_OPENING_WORD = re.compile(r"(?:^|[.!?>\-–—•*][ \t]+|^[ \t]+)[^\W\d_]+[ \t]+$", re.MULTILINE)
# a number noun in the clause before it names the number ("Het artikelnummer is ...", "the
# code was ...", "número de serie: ..."): a thing's, as an id's cue would have said otherwise
_NUMBER_NOUN = re.compile(
    r"(?i)(?:number|nummer|num[ée]ro|n[uú]mero|numer|[čc][íi]slo|code|codice|c[óo]digo|kod|"
    r"k[óo]d|referen\w*)[\w'’-]*[ \t:#]*(?:[^\W\d_]+[ \t]+){0,2}$|"
    r"\b(?:r[ée]f|no|nr|n[°º])\b[ \t:#.]*$"
)
_YMD = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_DMY = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d")


def find_bare_runs(
    text: str, runs: tuple[tuple[int, int], ...], *, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """NATIONAL_ID hits: bare digit runs nothing names (see above)."""
    hits: list[Hit] = []
    for a, b in runs:
        if not 7 <= b - a <= 13:
            continue  # a run with separators inside is longer than its digits: checked below
        m = _RUN.fullmatch(text, a, b)
        if m is None or not _unnamed(text, a, b) or gives_way(text, a):
            continue
        hits.append(("NATIONAL_ID", a, b))
    return hits


def _unnamed(text: str, a: int, b: int) -> bool:
    value = text[a:b]
    n = len(value)
    if _YMD.fullmatch(value) or _DMY.fullmatch(value):
        return False  # "20240315", "15032024": a date written solid
    if calendar_date(value) or (value[0] != "0" and len(value.rstrip("0")) <= 3):
        return False  # a date, a round number ("12000000")
    if (n == 13 and (gs1_ok(value) or isbn_ok(value))) or (n == 10 and isbn_ok(value)):
        return False  # a barcode or a book, by its check
    if MONEY_BEFORE.search(text, max(0, a - 8), a) or CURRENCY_AFTER.match(text, b):
        return False
    if UNIT_AFTER.match(text, b):
        return False
    line = text.rfind("\n", 0, a) + 1
    clause = max(line, a - 40, text.rfind(". ", 0, a) + 1)
    if _NUMBER_NOUN.search(text, clause, a):
        return False
    if _OPEN_BEFORE.search(text, line, a) or _OPENING_WORD.search(text, max(line, a - 30), a):
        return True
    word = _WORD_BEFORE.search(text, max(line, a - 30), a)
    return word is not None and word.group(1).islower()
