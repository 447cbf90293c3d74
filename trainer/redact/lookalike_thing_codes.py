"""Codes of things: a number directly governed by the noun of a thing it identifies (an
animal's ear tag, an order or an invoice, a meter, a machine's serial), and a rating in units
that an address rule read as a house number ("230 V.", "16 A.", "56652 MWh.").

No country list: the structure decides. The noun comes from one tuple written for many
languages at once (``THING_NOUNS``: "ear tag", "Ohrmarke", "boucle", "brinco", "crotal",
"kolczyk", "order", "invoice", "Rechnung", "facture", "pedido", "meter", "Zähler", ...), and
stands right before the value (only "no.", "nr", "n°", "#", ":" between); the value has a
thing code's own shape:

- an ear tag: an ISO 3166 country code (any region ``phonenumbers`` knows) then eight to
  fourteen digits in groups ("DE 01 234 56789"), or the ISO 11784 animal code, three digits of
  country or maker and twelve of the national number ("250 001 234 567 890");
- a grouped or solid number of thirteen to twenty digits ("Order 1234 5678 9012 3456", an
  eighteen-digit metering point), longer than any national phone number; one of thirteen to
  nineteen digits passing Luhn is a card and stays redacted.

Fail closed: a personal or possessive word ("my", "his", "mein", "mijn" ...:
``lookalike_company_words.PERSONAL_WORD``) or a person's name (a NAME or MEMBER hit) in the
three words that govern the noun, a personal id's cue in the sentence before it, a name right
after the value ("... of Anna"), or a leading 0 (a phone's trunk or international prefix; not
in a fifteen-digit ISO 11784 tag) keeps the value redacted. Only the governing words are
read, and only for a possessive or a personal adjective: a subject pronoun governs a verb
("je" is also the Czech "is"). The keep is read only around the hits a rule already made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

from trainer.redact import prefilter
from trainer.redact.checksums import luhn_ok
from trainer.redact.hits import Hit
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.literal_alternation import literal_alternation
from trainer.redact.lookalike_company_words import governed_by_person
from trainer.redact.sentence_window import sentence_start

# The nouns of things a code identifies, many languages at once (lower case; matched
# case-insensitively as whole words).
THING_NOUNS = (
    # an animal's ear tag or transponder (en de fr it nl pt es pl cs sv da nb fi ro hu hr sl)
    "tag", "ear tag", "eartag", "ear-tag", "ohrmarke", "boucle", "boucle auriculaire",
    "marca auricolare", "marchio auricolare", "oormerk", "brinco", "brinco auricular", "crotal",
    "crotal auricular", "arete", "kolczyk", "ušní známka", "öronmärke", "øremærke",
    "øremerke", "korvamerkki", "crotalie", "krotalia", "füljelző", "ušesna znamka",
    "ušna markica", "transponder", "bolus",
    # an order, an invoice, a delivery note, a receipt
    "order", "invoice", "inv", "receipt", "purchase order", "bestellung", "rechnung",
    "auftrag", "lieferschein", "commande", "facture", "bon de livraison", "pedido", "factura",
    "fatura", "nota fiscal", "albarán", "ordine", "fattura", "bolla", "bestelling", "factuur",
    "pakbon", "zamówienie", "faktura", "objednávka", "beställning", "ordre", "tilaus",
    "lasku", "comandă", "factură", "sipariş", "rendelés", "számla", "narudžba", "račun",
    # a meter, a machine, an appliance's serial
    "meter", "zähler", "zählernummer", "compteur", "contador", "contatore", "medidor",
    "licznik", "elektroměr", "plynoměr", "elmätare", "måler", "mittari", "serial",
    "serial number", "seriennummer", "numéro de série", "número de serie", "número de série",
    "numero di serie", "serienummer", "numer seryjny", "sériové číslo",
)  # fmt: skip
prefilter.register("thing_code", frozenset(THING_NOUNS))


_REGIONS = "|".join(sorted(phonenumbers.SUPPORTED_REGIONS))
_GAP = r"(?:[ \t]*(?i:no\b\.?|nr\b\.?|n[°º]\.?|number|num[ée]ro|n[úu]mero|#|:))*[ \t]*"
_CODE = re.compile(
    r"(?i:" + literal_alternation(set(THING_NOUNS), hyphen=r"[ \t-]?") + r")" + _GAP
    + r"(?P<value>"
    # an ear tag: a country code, then eight to fourteen digits in groups
    r"(?:" + _REGIONS + r")[ \t]?\d{1,6}(?:[ \t]\d{1,6}){0,4}"
    # ISO 11784: three digits of country or maker, twelve of the animal's number
    r"|\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}"
    # an order's, an invoice's, a meter's number: grouped by spaces, or solid (not a date's
    # dots or dashes)
    r"|\d{2,6}(?:[ \t]\d{2,6}){0,5}"
    r")(?![\w-]|[.,/]\d)"
)
# the first digit of a payment card's number (its issuer's industry: 2-6)
_CARD_FIRST = frozenset("23456")
# a noun glued to a word before it is part of a compound ("Geburts-Tag", "Zeit-Zähler")
_GLUED = re.compile(r"[\w-]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_NEVER_DROPPED = frozenset({"NAME", "MEMBER"})
# a person's name right after the value owns it ("... of Anna", "de Marie", "von Jan")
_OWNER_AFTER = re.compile(r"(?i)[ \t,]+(?:of|de|do|da|di|del|du|von|van|för|til)[ \t]+")


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _shape_ok(value: str) -> bool:
    digits = _digits(value)
    if not 8 <= len(digits) <= 20:
        return False
    if value[0].isdigit() and len(digits) < 13:
        return False  # a phone's length ("Commande n° 77 123 45 67"): digits alone need 13+
    if value[0] in _CARD_FIRST and 13 <= len(digits) <= 19 and luhn_ok(digits):
        return False  # a card's number
    # a national phone's trunk 0 ("Order 0171 234 5678": call it); an ISO 11784 tag may open
    # with its country's 0 ("032 ...", Argentina) and has fifteen digits, as few phones do
    return not value.startswith("0") or len(digits) == 15


# the three words before the noun: the ones that govern it ("my", "seine alte", "Anna's")
_THREE_WORDS = re.compile(r"(?:[^\s]+\s+){1,3}$")


# subject pronouns govern a verb, not a noun ("je" is also Czech and Slovene for "is")
_SUBJECTS = frozenset({"je", "j'", "j’", "i", "yo", "eu", "moi", "me", "myself", "tôi"})


def _governing(text: str, lo: int, noun: int) -> int:
    """Where the (up to) three words before ``noun`` in its sentence start."""
    m = _THREE_WORDS.search(text, max(lo, noun - 60), noun)
    return m.start() if m is not None else noun


def _owned(
    text: str, lo: int, noun: int, value_end: int, people: Sequence[tuple[int, int]]
) -> bool:
    """A person or a personal word owns the code: an id cue in the sentence before the noun, a
    possessive or a name in the three words before it, a name right after the value."""
    near = _governing(text, lo, noun)
    if ID_CUE.search(text, lo, noun) or governed_by_person(
        text, near, noun, people, except_words=_SUBJECTS, names_start_inside=True
    ):
        return True
    after = _OWNER_AFTER.match(text, value_end)
    return after is not None and any(p_start == after.end() for p_start, _ in people)


def thing_code_spans(text: str, hits: Sequence[Hit]) -> list[tuple[int, int, int]]:
    """(noun start, value end, value start) of each thing's code that a rule's hit reaches."""
    found = prefilter.keywords(text).get("thing_code")
    if not found:
        return []
    people = [(h[1], h[2]) for h in hits if h[0] in _NEVER_DROPPED]
    spans: list[tuple[int, int, int]] = []
    for start, _ in found:
        if (spans and start < spans[-1][1]) or (start and _GLUED.match(text, start - 1)):
            continue
        m = _CODE.match(text, start)
        if m is None or not _shape_ok(m.group("value")):
            continue
        if not any(m.start("value") < h[2] and h[1] < m.end() for h in hits):
            continue
        lo = sentence_start(text, start, ends=_SENTENCE_END, reach=120)
        if _owned(text, lo, start, m.end(), people):
            continue
        spans.append((m.start(), m.end(), m.start("value")))
    return spans
