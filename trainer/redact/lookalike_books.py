"""A book's ISBN as the ISBN Users' Manual prints it: it names a book, not a person.

An ISBN-13 is "978" or "979", the registration group, the registrant, the publication and a
check digit (the GS1 check of an EAN-13), printed with hyphens or spaces between those five
parts, as "978" and the other ten, or solid; an ISBN-10 is the four parts without the prefix
and its check character (mod 11, 0-9 or X). Kept (the whole span, label and value):

- after its label in any of its spellings ("ISBN", "ISBN-13:", "ISBN13", "ISBN-Nummer",
  "ISBN-nummer", "ISBN number", "ISBN-Nr.", "numéro ISBN", "número ISBN", "numer ISBN",
  "codice ISBN"), whatever phone word the label holds ("Nummer"): an ISBN-13's prefix and
  check, or an ISBN-10's printed parts, prove it, so the keep asks ``keep_veto`` as a checked
  value (only a card, an IBAN, an id with its check letter or a "+" phone stays redacted); an
  ISBN-10 written solid is asked the full veto (a phone with its trunk 0 stays redacted);
- with no label, an ISBN-13 printed in its five parts ("978-2-204-07215-3": prefix, one-digit
  check part and check, which no phone plan prints), asked as below;
- with no label, after a book noun right before it ("Das Buch", "le livre", "il libro", "het
  boek", "książka", "boken", "the book", "paperback") or as the last item of a citation
  ("(Penguin, 2019, 0-14-303943-X)"): the check holds for one random number in eleven, so the
  full veto is asked (a phone as its plan prints it, solid with its trunk 0, stays redacted),
  a phone word anywhere in the sentence keeps it redacted, and so does an ISBN-10 written
  solid that is a valid number as North America or India writes them ("4155550123").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.redact.checksums import isbn_ok
from trainer.redact.lookalike_digit_groups import Printed
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE
from trainer.redact.personal_numbers import valid_in
from trainer.redact.sentence_window import sentence_start, sentence_stop

_GAP = r"[ \t]*(?:(?:no\.?|nr\.?|n[°º]\.?|#)[ \t]*)?[:#]?[ \t]*"
_LABEL = re.compile(
    r"(?:\b(?:[ep]-?)?ISBN(?:[ \t-]?1[03])?(?:[ \t-]?(?:Nummer|nummer|number|Number|numero|"
    r"kod|koodi|Nr\.?|nr\.?|no\.?))?|"
    r"\b(?i:num[ée]ro|n[úu]mero|numer|codice|c[óo]digo|code)[ \t]+(?:de[ \t]+l'|d'|de[ \t]+)?ISBN"
    r"(?:[ \t-]?1[03])?)" + _GAP + r"$"
)
_BOOK = re.compile(
    r"(?i:\b(?:buch|taschenbuch|livre|libro|boek|ksi[ąa][żz]k[aię]|boken?|bogen|kirja|kniha|"
    r"livro|the[ \t]+book|this[ \t]+book|paperback|hardcover|hardback|novel))"
    r"[ \t]*:?[ \t]*$"
)
# "(Penguin, 2019, " or "Penguin, 2019, ": a publisher and year before the number
_CITATION = re.compile(r"[A-Z][\w&.'’ \t-]{1,40},[ \t]*(?:1[5-9]|20)\d\d[,;][ \t]*$")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def isbn_layout(number: Printed) -> bool:
    """``number`` is an ISBN as its manual prints it: length, prefix, parts and check."""
    groups, compact = number.groups, number.compact
    if len(compact) == 13:
        if compact[:3] not in ("978", "979") or not compact.isdigit():
            return False
        shape = len(groups) in (1, 2, 5) and groups[0] in (3, 13)
        return shape and (len(groups) != 5 or groups[-1] == 1) and isbn_ok(compact)
    if len(compact) == 10:
        return (len(groups) == 1 or (len(groups) == 4 and groups[-1] == 1)) and isbn_ok(compact)
    return False


def _printed_parts(number: Printed) -> bool:
    """An ISBN-13 printed in its manual's five parts ("978-2-204-07215-3"): the "978"/"979"
    prefix, a one-digit check part and the GS1 check (``isbn_layout``) make it one with no
    label; no phone plan ends on a one-digit group, and the full veto is still asked."""
    return len(number.compact) == 13 and len(number.groups) == 5 and number.groups[0] == 3


def _solid_phone(digits: str) -> bool:
    """Ten digits with no trunk 0 that North America or India writes solid for a valid number
    (a trunk 0 is the veto's: ``keep_veto``)."""
    return valid_in(digits, ("US", "IN"))


def _book_before(text: str, start: int) -> bool:
    window = text[max(0, start - 60) : start]
    return _BOOK.search(window) is not None or _CITATION.search(window) is not None


def book_number_span(text: str, numbers: Sequence[Printed]) -> tuple[int, int, int, bool] | None:
    """(label or value start, value end, value start, labelled) of the ISBN among ``numbers``
    (``printed_numbers``, longest first), or None: after its label, else after a book noun or
    in a citation with no phone word in its sentence."""
    for number in numbers:
        if not isbn_layout(number):
            continue
        label = _LABEL.search(text, max(0, number.start - 30), number.start)
        if label is not None:
            # an ISBN-13's prefix and check prove it; a solid ISBN-10's check holds for one
            # number in eleven, so it is asked the full veto ("ISBN-Nummer 0612345678")
            return label.start(), number.end, number.start, number.groups != (10,)
        if not (_book_before(text, number.start) or _printed_parts(number)):
            return None
        if number.groups == (10,) and _solid_phone(number.compact):
            return None  # a phone as North America or India writes it: a noun proves no book
        opens = sentence_start(text, number.start, ends=_SENTENCE_END, reach=120)
        closes = sentence_stop(text, number.end, ends=_SENTENCE_END, reach=len(text))
        if PHONE_WORD_BEFORE.search(text, opens, closes):
            return None
        return number.start, number.end, number.start, False
    return None
