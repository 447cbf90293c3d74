"""Personal numbers handed over bare: a run of seven to thirteen digits, or a code of capitals
and digits, that nothing names, standing where a value is handed over. Fail closed.

Pattern (general, not a set's phrasing): about four in ten personal numbers in posts carry no
cue word ("For the file: 12345678", "As requested, AB123456.", "12345678 is what I have on
the card", a value alone on a form's line), and many countries' identity, tax and social
security numbers have no check digit, so neither a cue nor a check can find them. What tells
them from the numbers that must survive is that those are named: an order, ticket, invoice or
tracking number has its cue right before it (``national_ids.is_reference``), an amount its
currency or unit, a count its noun, a date its calendar shape, a barcode or book its GS1/ISBN
check, a form field its own label ("Requisition: ...", "BIC: ..."), and any number a number
noun before it in its clause ("Het artikelnummer is ...", "Ref. ..."). A value none of these
names, standing alone on its line, after a colon or a comma that opens its clause, or opening
a sentence that goes on in lower case, is a NATIONAL_ID whatever its country. A value after a
verb in running text ("We had 1234567 visitors", "I bought the WH1000XM4") is not read: there
it is as often a count or a model as a number handed over; but a run of digits a record's noun
follows ("Noted 12345678 on the sheet", "Agregué ... al expediente") is put on a form or a
file, as a person's number is. Digits in dotted groups of three ("1.234.567.890") are read only
after a hand-over phrase or before such a record noun (dots group amounts too). Phones of those
lengths stay phones (``phones.find_phones_and_bare_numbers`` reads the runs no phone took).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers

from trainer.redact import ids_handover as _ids_handover  # noqa: F401 (its phrases' keywords)
from trainer.redact import prefilter
from trainer.redact.checksums import gs1_ok, isbn_ok
from trainer.redact.hits import Hit
from trainer.redact.quantities import (
    CURRENCY_AFTER,
    MONEY_BEFORE,
    UNIT_AFTER,
    calendar_date,
)
from trainer.redact.sentence_window import sentence_start

# a whole token of digits: no letter, sign or other number glued on either side
_RUN = re.compile(r"(?<![\w.,/:+#$€£¥₹@&=%'-])\d{7,13}(?![\w'’%+*]|[.,/:-]\d|-\w)")
# ... or written with dots between groups of three, as many countries print an identity
# number ("1.234.567.890", "12.345.678"): the same value, read where the solid one is
_DOTTED_RUN = re.compile(
    r"(?<![\w.,/:+#$€£¥₹@&=%'-])\d{1,3}(?:\.\d{3}){2,3}(?![\w'’%+*]|[.,/:-]\d|-\w)"
)
# a number noun in the clause before it names the number ("Het artikelnummer is ...", "the
# code was ...", "número de serie: ..."): a thing's, as an id's cue would have said otherwise
_NUMBER_NOUN = re.compile(
    r"(?i)(?:number|nummer|num[ée]ro|n[uú]mero|numer|[čc][íi]slo|code|codice|c[óo]digo|kod|"
    r"k[óo]d|referen\w*|\br[ée]f\b|\brif\b|\bno\b|\bnr\b|\bn[°º.])[\w'’-]*\.?"
    r"(?:[ \t]+[^\W\d_]+){0,2}[ \t:#.]*$"
)
# a sentence's end: a dot after a lower-case word of three letters or more, a digit or a
# bracket ("... the best number. He ..."), not an abbreviation's ("Reg. no. ...", "Art.nr. ...")
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=[\d)\]]))[.!?][ \t]+(?=\S)")
# a form field's label: one or two words at the line's start, no lower-case function word among
# them ("Requisition:", "BIC:", "Nr ogłoszenia:", "Rif. annuncio:"), names its value; a phrase
# of the clause ("For the form:", "Copied from the starter form:") hands it over
_FIELD_LABEL = re.compile(
    r"^[ \t>*•-]*[A-Z][\w.’'/-]*(?:[ \t]+(?![a-z]{1,4}[ \t:])[\w.’'/-]+)?[ \t]*:[ \t]*$",
    re.MULTILINE,
)
_AMOUNT_CODE = re.compile(r"\d{3,}[A-Z]{1,3}")
# three letters or more and a number of two to four digits: a model's or a thing's name and
# its number ("RTX4090 is ...", "COVID19 is ..."); ids of this length carry six digits or more
# ("KB730215") or mix them ("RT7KQ2XW")
_MODEL_CODE = re.compile(r"[A-Z]{3,}\d{2,4}")
# a bank's BIC (ISO 9362): bank, a country code, location (and branch); a bank's, not a person's
_BIC = re.compile(r"[A-Z]{4}(?P<country>[A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?")


_YMD = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_DMY = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d")


def find_bare_runs(
    text: str, runs: tuple[tuple[int, int], ...], *, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """NATIONAL_ID hits: bare digit runs nothing names, handed over (see above)."""
    hits: list[Hit] = []
    for a, b in runs:
        if not 7 <= b - a <= 13:
            continue  # a run with separators inside is longer than its digits
        m = _RUN.match(text, a)  # (not fullmatch: its lookahead must see past the run)
        if m is None and (m := _DOTTED_RUN.match(text, a)) is not None:
            # dots also group an amount or a count ("Ventas: 1.234.567"): a dotted run only
            # where a hand-over phrase or a record noun names what it is given for
            m = m if _handover_before(text, a) or ONTO_RECORD.match(text, m.end()) else None
        if m is None or m.end() != b or len(set(m.group())) < 3:
            continue  # glued to more, or one or two digits repeated ("22222222")
        if not _unnamed(text, a, b) or not handed_over(text, a, b, onto_record=True):
            continue
        if not gives_way(text, a):
            hits.append(("NATIONAL_ID", a, b))
    return hits


# A code of capitals and digits, seven to twelve characters (eight with a single digit), two
# letters at least, standing as a whole token ("SKNZQMY8", "FN486996", "A8251119K"): many
# countries' identity and tax numbers have this shape and no check a detector could test.
_CODE = re.compile(
    r"(?<![\w.,/:+#@&=%'’-])(?=[A-Z0-9]{7,12}(?![\w'’%]|[.,/:-]\w))"
    r"(?=(?:[A-Z]*\d){2}|[A-Z0-9]{8})(?=[A-Z]*\d)(?=(?:\d*[A-Z]){2})[A-Z0-9]{7,12}"
)
# where a code is handed over: alone on its line, after a colon or a comma that opens the
# clause ("For the form: ...", "As requested, ..."), or opening a sentence that goes on in lower
# case ("... is what I have on the card", "... heb ik in het dossier gezet"). A model name in
# running text ("I bought the WH1000XM4") or a code after its noun ("Lote D02X285", "IFSC
# ...") stands in none of these places.
_CODE_OPEN = re.compile(r"(?:^|[:,;>•*]|^[ \t]*[-–—])[ \t]*$", re.MULTILINE)
_SENTENCE_START = re.compile(
    r"(?:^|(?:(?<=[a-z]{3})|(?<=[\d)\]]))[.!?][ \t]+|^[ \t]*[-–—•*>][ \t]+)$", re.MULTILINE
)  # (not after an abbreviation's dot: "Ch.-B. T65A160 wurde ...")
_LINE_END = re.compile(r"[.;]?[ \t]*$", re.MULTILINE)
_GOES_ON_LOWER = re.compile(r"[ \t]*,?[ \t]+[a-z]|[ \t]*$", re.MULTILINE)


def find_bare_codes(
    text: str, *, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """NATIONAL_ID hits: capital-and-digit codes handed over bare (see above)."""
    hits: list[Hit] = []
    codes = prefilter.finditer_in(_CODE, text, _code_regions(text)) if _may_hold_code(text) else ()
    for m in codes:
        a, b = m.span()
        if (a, b) == (0, len(text)) or not handed_over(text, a, b) or gives_way(text, a):
            continue  # (a code alone, with no text around it, is handed over by nothing)
        if _AMOUNT_CODE.fullmatch(m.group()):
            continue  # "2400029000TL", "500000MK": an amount and its currency or unit, glued
        if _MODEL_CODE.fullmatch(m.group()):
            continue  # "GTX1080", "COVID19": a product's or a thing's name and its number
        bic = _BIC.fullmatch(m.group())
        if bic is not None and bic.group("country") in phonenumbers.SUPPORTED_REGIONS:
            continue  # a bank's BIC
        hits.append(("NATIONAL_ID", a, b))
    return hits


# A value put on a record: a preposition and its article (or "that's the one for the", "c'est
# celui pour le"), up to five short words, then a record's noun, in the languages covered
# ("Added ... to the file", "Noted ... on the sheet", "Agregué ... al expediente", "J'ai
# ajouté ... au dossier", "... in die Akte eingetragen", "Dopisałem ... do akt"). A count or a
# model ("We had 1234567 visitors", "I bought the WH1000XM4") is put on no record.
_RECORD_NOUNS = (
    "file|form|sheet|record|release|paperwork|application|"  # en
    "expediente|planilla|formulario|autorizaci[óo]n|impreso|ficha|hoja|"  # es
    "planilha|formul[áa]rio|autoriza[çc][ãa]o|"  # pt
    "dossier|feuille|formulaire|autorisation|fiche|"  # fr
    "akte|formular|freigabe|"  # de
    "modulo|scheda|fascicolo|pratica|"  # it
    "formulier|"  # nl
    "akt|formularza|formularzu|arkusz|arkuszu|"  # pl
    "akt[áa]ba|[űu]rlapra|[űu]rlapon"  # hu
)
ONTO_RECORD = re.compile(
    r"(?:[ \t]+|[ \t]*[-–—][ \t]*)"
    r"(?:[^\W\d_]{1,6}(?:['’][^\W\d_]{1,3})?[ \t]+|[^\W\d_]{1,2}['’]){1,6}?"
    r"(?i:" + _RECORD_NOUNS + r")(?![\w-])"
)


def _handover_before(text: str, a: int) -> bool:
    """A hand-over phrase (``ids_handover``) ends within three characters before ``a``
    ("Le voici : ...", "As requested, ...")."""
    return any(
        a - 4 <= end <= a and not text[end:a].strip(" \t:,-–—")
        for _, end in prefilter.keywords(text).get("id_handover", ())
    )


def _line_start(text: str, a: int) -> int:
    """The start of ``a``'s line, looked for in the 160 characters before it (a long line is
    not scanned back to its start for every value on it)."""
    lo = max(0, a - 160)
    return max(text.rfind("\n", lo, a) + 1, lo)


# most posts have no capital touching a digit: the code scan is skipped
_CODE_GATE = re.compile(r"[A-Z]\d|\d[A-Z]")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may_hold_code(text: str) -> bool:
    """``_CODE_GATE.search(text)`` (a gate: the same hits), read off the cached letter-digit
    contacts (each a digit touching an ASCII letter) instead of a scan of the whole text."""
    return any(
        (a and text[a - 1] in _CAPITALS) or text[b : b + 1] in _CAPITALS
        for a, b in prefilter.letter_digit_contacts(text)
    )


# A code is one run of capitals and digits of at most this many characters (``_CODE``)
_CODE_MOST = 12


def _code_regions(text: str) -> list[tuple[int, int]]:
    """Where ``_CODE`` can match: a code mixes capitals and digits in one run, so some digit of
    it touches a capital of it (a cached letter-digit contact), and the code lies within
    ``_CODE_MOST`` characters of that digit; the regions end at a blank (``prefilter.windows``),
    which no code crosses, and lookbehinds still see the whole text: the same matches as a scan
    of the whole text, read around the contacts only."""
    touching = [
        (a, b)
        for a, b in prefilter.letter_digit_contacts(text)
        if (a and text[a - 1] in _CAPITALS) or text[b : b + 1] in _CAPITALS
    ]
    return prefilter.windows(text, touching, before=_CODE_MOST, after=_CODE_MOST)


def handed_over(text: str, a: int, b: int, *, onto_record: bool = False) -> bool:
    """The value at [a, b) stands where a value is handed over bare (``_CODE_OPEN`` ...), or
    with ``onto_record`` is put on a record after a verb ("Noted ... on the sheet"), no form
    field's label or number noun names it, and no amount word labels it (also read by
    ``ids_letter_codes`` for passport-layout numbers, on no record: a letter code after a verb
    is as often an order's or a claim's)."""
    line = _line_start(text, a)
    handed = _CODE_OPEN.search(text, line, a)
    if not handed and _SENTENCE_START.search(text, line, a):
        handed = _GOES_ON_LOWER.match(text, b)
    if not handed and onto_record:
        handed = ONTO_RECORD.match(text, b)
    if not handed:
        return False
    if (
        _FIELD_LABEL.search(text, line, a)
        and _LINE_END.match(text, b)
        and not _handover_before(text, a)
    ):
        return False  # a form field's label names it ("Requisition: ..."; not a chat's speaker,
        # nor a hand-over phrase: "Le voici : ...", "Comme demandé : ...")
    # the clause: after the last sentence end within 40 characters, on the value's line (an
    # end never spans a newline, so the line bound is applied after the shared walk)
    clause = max(line, sentence_start(text, a, ends=_SENTENCE_END, reach=40))
    return not (_NUMBER_NOUN.search(text, clause, a) or _AMOUNT_WORD.search(text, clause, a))


# a label that names an amount or a count ("Account balance on Monday: ...", "Population in
# 2023: ...", "Visitors last year: ...")
_AMOUNT_WORD = re.compile(
    r"(?i)\b(?:balance|amount|total|sum|fee|price|cost|count|saldo|solde|montant|importe|"
    r"bedrag|betrag|kwota|bakiye|baki|jumlah|preis|prix|precio|pre[çc]o|prezzo|"
    r"population|inhabitants|residents|visitors|subscribers|followers|views|users|"
    r"einwohner\w*|besucher\w*|habitantes|visitantes|poblaci[óo]n|popula[çc][ãa]o|"
    r"abitanti|popolazione|habitants|visiteurs|inwoners|bezoekers|populacj\w*|"
    r"mieszka[ńn]c\w*|ludno[śs][ćc]\w*|obyvatel\w*)\b"
)


def _unnamed(text: str, a: int, b: int) -> bool:
    value = text[a:b].replace(".", "")  # (a dotted run is read as its digits)
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
    return True
