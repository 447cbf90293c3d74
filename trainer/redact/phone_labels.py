"""Phone cues that a phone word does not open: a contact label before a colon, and the Spanish
"<verb of calling or writing> al <number>".

Pattern (general, not a word list of a set): people hand out a number as the value of a
contact label ("Emergency contact during the trip: ...", "Contacto de emergencia: ...",
"Notfallkontakt: ...") or, in Spanish, as the destination of a verb of calling, writing or
reaching ("Llamen o escriban al ...", "me ubican al ...": "al" = "to the [number]"). Both are
read only where the text right before the number has their shape (a colon; " al "), so a
number without either pays two character tests. A cue makes a number that passes the phone
layout checks a phone (``phones._is_phone``); quantities, dates and references still decide
first where they apply.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers

from trainer.redact import prefilter
from trainer.redact.personal_numbers import parsed, valid_phone

# a contact word anywhere in the label of the colon, in the languages of our posts
_CONTACT_LABEL = re.compile(
    r"(?i)\b(?:contact|contacts|contacto|contactos|contato|contatto|kontakt|kontakten|"
    r"emergency|emergencia|emergência|emergenza|urgence|urgences|notfall|noodgeval|nood|"
    r"n[oö]dsituation|acil|"
    # Icelandic, Estonian, Latvian: "emergency (number)"
    r"neyð|neyd|hädaabi|hadaabi|[aā]rk[aā]rtas)\w*"
)
# a verb of calling, writing, reaching or dialling, maybe a second one after "o"/"y", then "al"
# ("contesta al": answers at; "Llámeme al": the accented imperative)
_SPANISH_AL = re.compile(
    r"(?i)\b(?:ll[aá]m|escrib|ubic|marc|contact|comunic|avis|contest)\w*(?:\s(?:o|y)\s\w+)?"
    r"\sal\s?$"
)
# a phone word that opens a label of a few more words before its colon: "Tel. del propietario:",
# "Mi cel por si te perdés:", "Phone of the front desk:" (the phone word right before the colon
# is ``phones``' own cue); "agendar" (to book a visit or appointment by phone: "Para agendar
# visita:") likewise
_PHONE_LABEL = re.compile(
    r"(?i)\b(?:tel|tfno|telf|cel|celular|m[oó]vil|tel[eé]fono|whatsapp|phone|mobile|cell|"
    r"agendar)\b\.?(?:[ \t]+[^\W\d_]+){1,5}[ \t]*$"
)
_LABEL_REACH = 60  # the label of a colon starts at most this far before it
# "number" in the languages of our posts and beyond (en, es/pt/it, fr, de/nl/sv/da/no, pl,
# hu "szám"/"száma"/"számom", tr, id/ms, hr/bs/sr, cs/sk, lv, lt, sq, sw): a colon's label
# that holds one ("Best number for the crew:", "Mejor número para producción:", "A produkció
# legjobb száma:") hands over a number; it is a phone when the value is a valid number of some
# country's plan (phonenumbers, every region), where a reference cue does not name it
NUMBER_NOUNS = (
    "number", "numero", "número", "numéro", "nummer", "numer", "numeru", "szám", "száma",
    "számom", "számunk", "számát", "numara", "numarası", "nomor", "nombor", "broj", "číslo",
    "numurs", "numeris", "numri", "nambari",
)  # fmt: skip
# A preposition of purpose follows the noun ("for the crew", "para producción", "do
# produkcji"): not "number of ...", "número de pedido", "numer zamówienia" (a count's or a
# thing's number).
_PURPOSE = ("for", "para", "pour", "für", "fur", "per", "do", "voor", "för", "za", "na", "untuk")
# "its/my/our number" in one inflected word (hu "száma", "számom"; tr "numaram", "numarası")
# ends a label by itself; a bare "Number:" may be any thing's ("Charity Number: 1012345")
_POSSESSED = ("száma", "számom", "számunk", "numaram", "numarası")
_NUMBER_LABEL = re.compile(
    r"(?i)\b(?:(?:" + "|".join(NUMBER_NOUNS) + r")[ \t]+(?:" + "|".join(_PURPOSE) + r")\b|"
    r"(?:" + "|".join(_POSSESSED) + r")[ \t]*:)"
)
_NUMBER_NOUN_KEYS = frozenset(prefilter.folded(noun) for noun in NUMBER_NOUNS)
_NUMBER_AT = re.compile(r"\+?\d(?:[ .\-/]?\(?\d\)?)*")


def label_cue(text: str, start: int) -> bool:
    """A contact label and a colon, or a Spanish verb of calling and "al", end at ``start``."""
    pos = start
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    if pos > 0 and text[pos - 1] == ":":
        line = max(0, pos - _LABEL_REACH, text.rfind("\n", 0, pos) + 1)
        lo = max(line, text.rfind(". ", 0, pos))
        return (
            _CONTACT_LABEL.search(text, lo, pos - 1) is not None
            or _PHONE_LABEL.search(text, line, pos - 1) is not None
            or (
                _NUMBER_LABEL.search(text, lo, pos) is not None
                and not _reference_word(text, lo, pos)
                and _valid_at(text, start)
            )
        )
    if text.endswith("al", 0, pos) and pos < start:
        return _SPANISH_AL.search(text, max(0, start - 40), start) is not None
    return False


def _reference_word(text: str, lo: int, hi: int) -> bool:
    """An order, invoice, ticket or other reference word in the label ("Numer zamówienia:")."""
    return any(
        lo <= s and e <= hi and prefilter.folded(text[s:e]) not in _NUMBER_NOUN_KEYS
        for s, e in prefilter.keywords(text).get("ref_cue", ())
    )


def _valid_at(text: str, start: int) -> bool:
    """The number at ``start`` is a valid phone of a common region or, with its trunk prefix
    or its "+", of any region."""
    m = _NUMBER_AT.match(text, start)
    if m is None:
        return False
    digits = "".join(ch for ch in m.group() if ch.isdigit() or ch == "+")
    return 7 <= len(digits) <= 16 and (valid_phone(digits) or _valid_any_region(digits))


@cache
def _regions_by_length() -> dict[int, tuple[str, ...]]:
    """Digit count as written (national number, or with a one-digit or two-digit trunk
    prefix) -> the regions whose plan has such a number."""
    found: dict[int, set[str]] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None:
            continue
        trunk = len(meta.national_prefix or "")
        for n in meta.general_desc.possible_length or ():
            for written in {n, n + trunk}:
                found.setdefault(written, set()).add(region)
    return {n: tuple(sorted(regions)) for n, regions in found.items()}


@cache
def _valid_any_region(digits: str) -> bool:
    if digits.startswith("+"):
        number = parsed(digits, None)
        return number is not None and phonenumbers.is_valid_number(number)
    for region in _regions_by_length().get(len(digits), ()):
        number = parsed(digits, region)
        if number is not None and phonenumbers.is_valid_number_for_region(number, region):
            return True
    return False
