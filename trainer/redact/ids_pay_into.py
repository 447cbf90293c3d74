"""Bank accounts named by the payment that goes into them: "Pay the fee into 12-3456-7890123-00",
"Paguen el cachet en 123-456789012-34", "Versez le cachet sur 00123456789012".

Pattern (general, not one country's): many countries' account numbers are printed as hyphen or
space groups of digits with no check a detector could test (New Zealand's bank-branch-account-
suffix, West and East African bank-account-key layouts, the US and Caribbean domestic numbers),
and a post need not label them "account". What names them is the payment: a verb of paying in
the post's language, a few words (the thing paid: "the appearance fee"), a preposition of
destination, and the number. Ten digits at least, grouped or solid, with no currency beside
them (an amount is paid too: "pay 1 250 000 into ..."), no date; the bank's own codes and
phones keep their own detectors.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums import luhn_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_destinations import CODE_THEN_ACCOUNT, prepositions_pattern
from trainer.redact.quantities import CURRENCY_AFTER, MONEY_BEFORE, calendar_date

# verbs of paying money in, folded (en, es, pt, fr, de, nl, it, pl, sw)
PAY_VERBS = (
    "pay", "paid", "paying", "pay in", "deposit", "pagar", "pague", "paguen", "paga", "pagad",
    "consignar", "consigne", "consignen", "depositar", "deposite", "depositen", "transferir",
    "payer", "payez", "verser", "versez", "virer", "virez", "zahlen", "zahlt", "einzahlen",
    "uberweisen", "betalen", "betaal", "storten", "stort", "overmaken", "pagare", "pagate",
    "versare", "versate", "wplac", "wplacic", "przelej", "lipa", "lipia",
)  # fmt: skip
prefilter.register("pay_verb", frozenset(PAY_VERBS))
# A nine-digit bank code (a US routing number, whatever its ABA check) and the account after a
# space, as an ACH payment's two fields are copied onto one line: no RIB's layout (5-5-11-2).
ROUTING_THEN_ACCOUNT = r"\d{9} \d{6,17}"
# the verb, up to five words (the thing paid), a preposition, "the account"-like words at
# most two, then the value: ten digits at least, solid or in hyphen groups (a space-grouped
# run is a bank's layout with its own key, read by its checked rule: ``ids_al_ao_cm``), or a
# routing number and its account
_PAY_INTO = re.compile(
    r"(?i:[^\W\d_]+)(?:[ \t]+[^\W\d_][\w'’-]{0,20}){0,5}?[ \t]+(?i:"
    + prepositions_pattern()
    + r")(?:[ \t]+[^\W\d_][\w'’-]{0,20}){0,2}?[ \t]+"
    rf"(?P<value>{CODE_THEN_ACCOUNT}|{ROUTING_THEN_ACCOUNT}|\d{{1,13}}(?:-\d{{1,13}}){{0,4}})"
    r"(?![\w]|[.,/-]\d| \d)"
)
_DIGITS = 10


def find_paid_into(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """IBAN hits: the account number a payment goes into (``_PAY_INTO``)."""
    verbs = prefilter.keywords(text).get("pay_verb")
    if not verbs or not prefilter.digit_runs(text):
        return []
    hits: list[Hit] = []
    for start, _ in verbs:
        m = _PAY_INTO.match(text, start)
        if m is None:
            continue
        value = m.group("value")
        a, b = m.span("value")
        if sum(ch.isdigit() for ch in value) < _DIGITS or calendar_date(value):
            continue
        if MONEY_BEFORE.search(text, max(0, a - 8), a) or CURRENCY_AFTER.match(text, b):
            continue  # an amount paid in: "pay 1 250 000 XOF into ..."
        if gives_way(text, a):
            continue  # "pay into order 1234567890": the reference's cue names it
        hits.append((_payment_type(value), a, b))
    return hits


def _payment_type(value: str) -> str:
    """CARD for a Luhn-valid 13-19 digit value (a card pays too: ``cards``' type), else IBAN
    (an account)."""
    digits = value.replace(" ", "").replace("-", "")
    return "CARD" if 13 <= len(digits) <= 19 and luhn_ok(digits) else "IBAN"


# A number a payment is to use: "Use 1234567890 for the overtime advance", "Utilisez ... pour
# le remboursement", "Usa ... para el anticipo". A verb of using, the value, a preposition of
# purpose, up to three words, then a noun of money paid out (a card's Luhn or an account: the
# instrument the money goes through either way). Nine digits at least, solid or in hyphen or
# space groups, and no round amount ("use 250000000 for the deposit" is a sum).
USE_VERBS = (
    "use", "utilisez", "utilise", "utiliser", "usa", "usar", "usen", "usem", "utilize",
    "utilizem", "usate", "verwende", "verwenden", "verwendet", "nutze", "nutzen", "gebruik",
    "gebruiken", "tumia",
)  # fmt: skip
prefilter.register("use_verb", frozenset(USE_VERBS))
# money paid out, folded: en, fr, es, pt, it, de, nl, sw
_PAID_NOUNS = (
    r"advance|deposit|fee|fees|payment|payments|refund|reimbursement|wages|salary|allowance|"
    r"payout|transfer|transfers|rent|stipend|avance|acompte|d[ée]p[ôo]t|frais|paiement|"
    r"remboursement|salaire|virement|loyer|anticipo|adelanto|dep[óo]sito|pago|reembolso|sueldo|"
    r"salario|transferencia|alquiler|adiantamento|pagamento|sal[áa]rio|transfer[êe]ncia|"
    r"aluguel|acconto|rimborso|stipendio|bonifico|affitto|vorschuss|anzahlung|kaution|zahlung|"
    r"erstattung|gehalt|lohn|[üu]berweisung|miete|voorschot|aanbetaling|borg|betaling|"
    r"terugbetaling|salaris|loon|overboeking|huur|malipo|mshahara|kodi"
)
_USE_FOR = re.compile(
    r"(?i:[^\W\d_]+)[ \t]+(?P<value>\d{2,22}(?:[ -]\d{2,12}){0,4})[ \t]+"
    r"(?i:for|pour|para|per|f[üu]r|voor|kwa)(?:[ \t]+[^\W\d_][\w'’-]{0,20}){0,3}?[ \t]+"
    rf"(?i:{_PAID_NOUNS})\b"
)
_ROUND = re.compile(r"\d+0{5}")


def find_used_for(text: str, *, gives_way: Callable[[str, int], bool]) -> list[Hit]:
    """IBAN (or CARD) hits: the number a payment is to use (``_USE_FOR``)."""
    verbs = prefilter.keywords(text).get("use_verb")
    # nine digits or more in blank or hyphen groups are one ``prefilter.digit_runs`` run
    if not verbs or not prefilter.digit_runs(text):
        return []
    hits: list[Hit] = []
    for start, _ in verbs:
        m = _USE_FOR.match(text, start)
        if m is None:
            continue
        value = m.group("value")
        a, b = m.span("value")
        if sum(ch.isdigit() for ch in value) < 9 or calendar_date(value) or _ROUND.fullmatch(value):
            continue
        if MONEY_BEFORE.search(text, max(0, a - 8), a) or gives_way(text, a):
            continue
        hits.append((_payment_type(value), a, b))
    return hits
