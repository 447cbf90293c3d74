"""Bank accounts named by a flow of money that goes into or comes out of them: "The export
payments go into 12345678", "Please set the direct debit from 12345678", "los pagos van a
...", "le prélèvement depuis ...".

Pattern (general, not one country's): a domestic account number has no check and no fixed
length, and a post need not call it an account; what names it is the money's flow. A flow
noun (payments, a direct debit, wages, a pension, in many languages at once), a verb of
going at most, a preposition of destination (``ids_destinations``) or of source, and seven
digits or more, solid or in groups, with no currency beside them and no date; a reference's
cue right before the value keeps it (``gives_way``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.ids_destinations import DESTINATION_PREPOSITIONS
from trainer.redact.quantities import CURRENCY_AFTER, MONEY_BEFORE, calendar_date

# flow nouns, folded as ``prefilter.keywords`` folds them: en, es, pt, fr, de, nl, it, sw
FLOW_NOUNS = (
    "payments", "direct debit", "debit order", "wages", "salary", "pension", "pagos",
    "domiciliacion", "pagamentos", "debito direto", "paiements", "prelevement", "prelevements",
    "zahlungen", "lastschrift", "betalingen", "incasso", "pagamenti", "addebito", "malipo",
)  # fmt: skip
prefilter.register("payment_flow", frozenset(FLOW_NOUNS))
# where money comes from: en, es, pt, fr, de, sw
SOURCE_PREPOSITIONS = ("from", "desde", "depuis", "vom", "von", "kutoka")
_FLOW = re.compile(
    r"(?i:[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)"  # the noun as found (one or two words)
    r"(?i:[ \t]+(?:go|goes|went|will[ \t]go|van|va|vão|vont|gehen|gaan|vanno|huenda))?"
    r"[ \t]+(?i:" + "|".join(DESTINATION_PREPOSITIONS + SOURCE_PREPOSITIONS) + r")[ \t]+"
    r"(?P<value>\d{7,22}|\d{2,8}(?:[ -]\d{2,12}){1,4})(?![\w]|[.,/-]\d)"
)

_YEARS = re.compile(r"(?:(?:19|20)\d\d[ -]?)+").fullmatch


def find_payment_flows(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """IBAN hits: the account a flow of money goes into or comes from (``_FLOW``)."""
    nouns = prefilter.keywords(text).get("payment_flow")
    if not nouns:
        return []
    hits: list[Hit] = []
    for start, end in nouns:
        m = _FLOW.match(text, start)
        if m is None or m.start("value") < end:
            continue
        a, b = m.span("value")
        value = m.group("value")
        if sum(ch.isdigit() for ch in value) < 7 or calendar_date(value) or _YEARS(value):
            continue  # a date, years ("payments from 2019 2020")
        if MONEY_BEFORE.search(text, max(0, a - 8), a) or CURRENCY_AFTER.match(text, b):
            continue  # an amount: "payments go to 1 250 000 XOF"
        if not gives_way(text, a):
            hits.append(("IBAN", a, b))
    return hits
