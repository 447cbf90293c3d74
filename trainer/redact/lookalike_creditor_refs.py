"""An ISO 11649 structured creditor reference ("RF18 5390 0754 7034"): it names an invoice.

Standard: ISO 11649 writes a creditor's payment reference as "RF", two check digits and one to
21 letters or digits, printed in groups of four separated by single spaces (the last group may
be shorter). The check is ISO 7064 MOD 97-10, as for an IBAN: move "RF" and the check digits to
the end, turn letters into numbers (A = 10 ... Z = 35), and the whole number mod 97 is 1.
European banks print it on invoices and payment slips, and payers quote it ("Zahlungsreferenz",
"Kenmerk", "Sklic", "Tytuł przelewu", "Communication"). The creditor issues it per invoice; it
is no phone or national id, whatever digits it holds, once its check digits hold.

Fail closed: the digits at ``start`` are kept only when they lie inside such a reference: "RF"
in capitals glued to its two check digits, opening a word, within the 30 characters before
``start``; the groups from there up to ``start`` and on form one reference of at most 21
characters after the check digits whose MOD 97-10 check holds; no digit, "+" or "(" follows it
(a phone written right after it could be read as one run with its last group); and no contact
word follows it on its line ("... is my mobile").
"""

from __future__ import annotations

import re

from trainer.redact.keep_veto import personal_value_at
from trainer.redact.personal_numbers import CONTACT_WORD_AFTER

_REACH = 30  # "RF" opens the reference at most this far before the digits asked about
# "RF", the two check digits, then groups of one to four capitals or digits split by one space.
_REFERENCE = re.compile(r"RF\d\d(?:[ ]?[0-9A-Z]{1,4})+")
_NO_MORE = re.compile(r"(?![0-9A-Za-z])(?!\s*[\d+(])")


def mod97_ok(compact: str) -> bool:
    """ISO 7064 MOD 97-10 over ``RFcc...`` written without spaces: the rearranged number mod 97
    is 1 (letters count A = 10 ... Z = 35)."""
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def creditor_reference(text: str, start: int) -> bool:
    """The digits at ``start`` lie inside an ISO 11649 creditor reference whose check holds."""
    rf = text.rfind("RF", max(0, start - _REACH), start)
    if rf < 0 or (rf > 0 and text[rf - 1].isalnum()):
        return False
    m = _REFERENCE.match(text, rf)
    if m is None or m.end() <= start:
        return False
    # the longest reading that ends on a word boundary and passes its check; a shorter one when
    # a word in capitals follows ("RF18 5390 0754 7034 OK")
    groups = m.group().split(" ")
    for n in range(len(groups), 0, -1):
        end = rf + len(" ".join(groups[:n]))
        if end <= start:
            break
        compact = "".join(groups[:n])
        if not 5 <= len(compact) <= 25 or _NO_MORE.match(text, end) is None:
            continue
        if mod97_ok(compact):
            # its mod 97 proves the reference, so only a card, an IBAN or a phone with its "+"
            # or written solid with its trunk 0 vetoes it (``keep_veto``)
            return CONTACT_WORD_AFTER.match(text, end) is None and not personal_value_at(
                text, start, checked=True
            )
    return False
