"""Invoice, receipt and order numbers printed as a year and a serial ("Rechnung 2026-0412").

``invoice_year_serial``: right after an invoice, receipt or order word of a language we redact
(and an optional "no."/"nr."/"n.º"/"n.o"/"núm."), a number written as a plausible year
(19xx/20xx), one hyphen or slash and a 3-6 digit serial is the document's number, not a phone.
Fail closed: no keep when a phone or calling word stands within 40 characters either side, when a
contact word or "call me" follows, when the digits are a valid phone written in the national
layout of a region whose language the cue is (the hyphen read as that layout's space; "2026-4439"
is one in a region that prints 4-4 numbers), or when they pass an id check
(``lookalike_orders.national_id``). ``references.reference_before`` asks here.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.lookalike_orders import national_id
from trainer.redact.personal_numbers import CONTACT_WORD_AFTER
from trainer.redact.phone_layouts import national_layout
from trainer.redact.phone_words import CALL_ME, PHONE_WORDS_ANYWHERE

# Invoice / receipt / order nouns, their common inflections (Baltic and Icelandic cases), as
# written (accents optional). Longer forms first where one is the other's prefix.
_CUE = (
    r"reikning(?:ur|i|s|num)?|kvittun(?:in)?|p[öo]ntun(?:in)?|"  # is
    r"s[ąa]skait(?:a|os|oje)(?:\s+fakt[ūu]r(?:a|os))?|fakt[ūu]r(?:a|os)|u[žz]sakym(?:as|o)|"  # lt
    r"r[ēe][ķk]in(?:s|a|u)|pas[ūu]t[īi]jum(?:s|a|u)|"  # lv
    r"arve(?:l|t|s)?|tellimus(?:e|t)?|"  # et
    r"factura|pedido|albar[áa]n|comanda|"  # es ca
    r"ra[čc]un(?:a)?|faktura|porud[žz]bin(?:a|e)|"  # sr hr bs
    r"fatura|nota|ordine|fattura|facture|commande|"  # pt it fr
    r"rechnung|bestellung|factuur|bestelling|invoice|receipt|order"  # de nl en
)
_NUMBER_WORD = r"(?i:\s*(?:br\.?|nr\.?|no\.?|n\.\s?[º°o]\.?|n[º°]\.?|n[úu]m\.?|num\.?|n\.|#))?"
_INVOICE_NUMBER = re.compile(
    r"(?i:\b(?P<cue>" + _CUE + r"))"
    + _NUMBER_WORD
    + r"\s*[:#]?\s*(?P<num>(?:19|20)\d\d[-/]\d{3,6})(?![\d/-])"
)
# The regions whose posts write each cue's language (folded cue prefix -> region codes).
_ES = ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV",
       "NI", "CR", "PA", "UY", "PR")  # fmt: skip
_EN = ("GB", "US", "CA", "IE", "AU", "NZ", "ZA", "IN", "SG", "HK", "MT", "PH", "NG", "KE", "GH")
_REGIONS = (
    (("reikn", "kvittun", "pontun"), ("IS",)),
    (("saskait", "faktur", "uzsakym"), ("LT", "RS", "HR", "BA", "ME", "PL", "CZ", "SK", "SI")),
    (("rekin", "pasutijum"), ("LV",)),
    (("arve", "tellimus"), ("EE",)),
    (("factura", "pedido", "albaran"), _ES + ("PT", "BR", "AD")),
    (("comanda",), ("ES", "AD", "RO")),
    (("racun", "porudzbin"), ("RS", "HR", "BA", "ME", "SI")),
    (("fatura", "nota"), ("PT", "BR", "TR")),
    (("ordine", "fattura"), ("IT", "CH", "SM")),
    (("facture", "commande"), ("FR", "BE", "CH", "LU", "CA", "MA", "SN", "CI")),
    (("rechnung", "bestellung"), ("DE", "AT", "CH", "LI", "LU")),
    (("factuur", "bestelling"), ("NL", "BE")),
    (("invoice", "receipt", "order"), _EN),
)
_ALL_REGIONS = frozenset(r for _, rs in _REGIONS for r in rs)
_CUE_REGIONS: dict[str, frozenset[str]] = {}  # folded cue -> its regions, as first looked up
_CALL_ME = re.compile(r"(?i)\b(?:" + CALL_ME + r")\b")
_WORD = re.compile(r"\w+")
_CUE_WORDS = frozenset(
    """reikningur reikning reikningi reiknings reikningnum kvittun kvittunin pontun pontunin
    saskaita saskaitos saskaitoje faktura fakturos uzsakymas uzsakymo rekins rekina rekinu
    pasutijums pasutijuma pasutijumu arve arvel arvet arves tellimus tellimuse tellimust
    factura pedido albaran comanda racun racuna porudzbina porudzbine fatura nota ordine
    fattura facture commande rechnung bestellung factuur bestelling invoice receipt order""".split()
)
prefilter.register("invoice_cue", _CUE_WORDS)


def _phone_word_near(text: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    window = prefilter.folded(text[lo:hi])
    if any(w in PHONE_WORDS_ANYWHERE for w in _WORD.findall(window)):
        return True
    return _CALL_ME.search(text, lo, hi) is not None


def _phone_as_written(cue: str, value: str) -> bool:
    """``value``'s digits are a valid phone of a region of ``cue``'s language, printed there
    in the groups ``value`` has (a region we cannot tell: every region of the table)."""
    folded = prefilter.folded(cue).lower()
    regions = _CUE_REGIONS.get(folded)
    if regions is None:
        found = frozenset(r for prefixes, rs in _REGIONS if folded.startswith(prefixes) for r in rs)
        regions = _CUE_REGIONS[folded] = found or _ALL_REGIONS
    # the slash read as the layout's separator, as the hyphen is
    return national_layout(value.replace("/", "-"), year_serial=True, regions=regions)


def invoice_year_serial(text: str, start: int) -> bool:
    """The year-serial number at ``start`` follows an invoice/order word and is none of a phone
    (cue near, national layout) or id: keep it."""
    lo = start - 40
    if not any(s >= lo and e <= start for s, e in prefilter.keywords(text).get("invoice_cue", ())):
        return False
    match = None
    for m in _INVOICE_NUMBER.finditer(text, max(0, lo), min(len(text), start + 12)):
        if m.start("num") == start:
            match = m
            break
    if match is None:
        return False
    value = match.group("num")
    if CONTACT_WORD_AFTER.match(text, match.end("num")):
        return False
    if _phone_word_near(text, match.start(), match.end("num")):
        return False
    if _phone_as_written(match.group("cue"), value):
        return False  # the digits are a phone laid out as the cue's regions print it
    return not national_id(text, start, value, any_checked=True)
