"""An identity scheme we have no cue for, named by its acronym beside the word "number" in the
post's language: "FNPF number: 123456", "número de DIP: 1234567", "numéro de CNIB : B1234567",
"číslo OP 123456789", "nomor KTA 12345678".

Pattern (general, not one country's): a country's id, pension or tax scheme is asked for by
its acronym, and whatever the acronym, a person writes it next to the number word of their
language, before it (en, de, nl, pl) or after it with "de/du/of" (es, pt, fr, it, cs, ro, id,
sw). So an acronym of two to six capitals next to a number word, then the value after the id
link words (``national_ids`` reads it with its own value reader), is an id: fail closed. The
acronyms that name a thing's number (an order, a product, a meter, a register, a lot) are left
to their own rules (``THING_ACRONYMS``), as are dictionary words written in capitals ("ORDER
NO"); a reference's cue right before the value still keeps it (``national_ids``).
"""

from __future__ import annotations

import re
from functools import cache

from trainer.redact import prefilter
from trainer.redact.member_lists import word_list

# the number word, folded (en, de/nl, pl, es/pt/it/fr "número/numéro/numero", "n°/nº/no",
# cs/sk "číslo", id/ms "nomor/nombor", sw "namba/nambari", ro "numărul", hr/bs/sr "broj",
# hu "szám")
NUMBER_WORDS = (
    "number", "no", "nr", "nummer", "numer", "numero", "n", "cislo", "nomor", "nombor",
    "namba", "nambari", "numar", "numarul", "broj", "szam",
)  # fmt: skip
prefilter.register("number_word", frozenset(NUMBER_WORDS))
# acronyms that number a thing, not a person: orders and invoices, products and books, goods
# and customs, registers and taxes of firms, meters and lines, devices, lots and tags,
# standards, tickets and faults
THING_ACRONYMS = frozenset(
    """PO SO INV REF RE SKU EAN UPC GTIN ISBN ISSN ISMN DOI HS CN NC HSN SAC VAT GST GSTIN TVA
    IVA MWST BTW ABN ACN ARBN CRN EIN KVK SIRET SIREN RCCM RC NACE SIC NAICS LEI DUNS IMO MMSI
    MPAN MPRN NMI ICP MPR EIC POD PDR CUPS MSN IMEI ICCID MEID MAC IP SN BL AWB HAWB MAWB LOT TAG
    NDC ATC CAS UN EC CE FDA ISO DIN EN IEC ASTM BS NF UNE IATA ICAO FAULT INC CASE TICKET JOB
    WO RMA CRM ERP API SMS PDF USB SIM PUK VIN BIC SWIFT IBAN ID URL TV BP CP""".split()
)
_ACRONYM = r"([A-Z][A-Z0-9]{1,5})"
_BEFORE = re.compile(r"(?<![\w/-])" + _ACRONYM + r"[ \t]+\Z")
_AFTER = re.compile(
    r"[°º.]?[ \t]+(?:(?i:de|du|do|da|del|di|of(?:[ \t]+(?:the|your|my|his|her|their))?)[ \t]+)?"
    + _ACRONYM + r"(?![\w-])"
)
# Both labels hold ``_ACRONYM``, so a text without it has none: the number words ("no", "n",
# "nr") are common words, and this one scan spares a search at each of them (speed).
_ANY_ACRONYM = re.compile(_ACRONYM)


@cache
def _dictionary() -> frozenset[str]:
    return word_list("common_words.txt")


def _is_acronym(word: str) -> bool:
    """Capitals (a digit may follow the first), not a thing's acronym, and no dictionary word
    written in capitals (three letters or fewer may be both: "DIP", "OP")."""
    if word in THING_ACRONYMS or not any(ch.isalpha() for ch in word[1:] + word[0]):
        return False
    return len(word) <= 3 or word.lower() not in _dictionary()


def acronym_number_ends(text: str) -> list[int]:
    """Where the acronym-and-number-word label ends, for each one in ``text`` (the id link
    words and the value follow; ``national_ids`` reads them)."""
    found = prefilter.keywords(text).get("number_word")
    if not found or _ANY_ACRONYM.search(text) is None:
        return []
    ends: list[int] = []
    for start, end in found:
        m = _BEFORE.search(text, max(0, start - 8), start)
        if m is not None and _is_acronym(m.group(1)):
            ends.append(end + (text[end : end + 1] in ".°º"))
            continue
        m = _AFTER.match(text, end)
        if m is not None and _is_acronym(m.group(1)):
            ends.append(m.end())
    return ends
