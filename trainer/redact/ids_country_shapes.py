"""Identifiers whose own published layout or check is strong enough to take them written bare,
and two shapes taken only where a personal-record purpose is named (``national_ids`` calls this).

- Moldova's IDNP (Law 273/1994 on identity documents and the State Register of Population):
  thirteen digits, the first 0 (assigned before 2000) or 2, the next three the year of
  assignment (0 + 9xx, 2 + 0xx), a 7-3-1 weighted check digit mod 10.
- Morocco's RIB (Bank Al-Maghrib): 3 bank + 3 locality + 16 account + 2 key digits, the key
  97 - (first 22 digits x 100 mod 97); grouped 3 3 16 2 or written solid.
- Panama's cédula in its lettered forms (Tribunal Electoral): "E-8-12345" (foreigner), "N-"
  (naturalised), "PE-" (born abroad), and the province-letters-book-entry forms "8-AV-12-345",
  "8-PI-...", "8-NT-..." (the plain "8-123-4567" is already taken as a number).
- India's IFSC (RBI: four letters, a 0, six letters or digits) directly followed by an account
  number of nine to eighteen digits: the pair is a bank account; an IFSC alone is a branch.
- Honduras's RTN: the fourteen digits of the DNI's municipality code (department 01-18), the
  year of registration 19xx/20xx, the serial, and a digit; only a solid run of exactly fourteen.

- India's GSTIN of an individual (CBIC: state code, PAN with holder type P, entity number,
  "Z", mod-36 check character); a firm's or company's GSTIN is kept.

Shapes no check protects, taken only where the sentence names a personal-record purpose
(payroll, the personnel file, the employment contract, an identity document: "la paie a besoin
de ...", "Personalakte ergänzt um ...", "dio ... para el contrato"): Morocco's CIN (one or two
capitals, five or six digits: "AB123456"), India's EPIC voter id (three capitals, seven
digits), a Bolivian CI with its complement ("4567890-1B"; with a department code it is
``ids_bo_tz``'s) and a German Personalausweis number of fewer than four
digits (its 7-3-1 check still applies). A reference cue ("commande", "order", "ticket") before
the value, or the record word naming the value itself ("contrat AB12345", "dossier n° ..."),
keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import prefilter
from trainer.redact.checksums import ausweis_ok
from trainer.redact.hits import Hit
from trainer.redact.sentence_window import sentence_start, sentence_stop

_END = r"(?![\w-]|[.,/]\d)"
_IDNP = re.compile(r"(?<![\w.,/+-])(?:09\d\d|20[0-3]\d)\d{9}" + _END)
_MA_RIB = re.compile(r"(?<![\w.,/+-])\d{3}([ ]?)\d{3}\1\d{16}\1\d{2}" + _END)
_PA_CEDULA = re.compile(
    r"(?<![\w-])(?:(?:PE|E|N)-\d{1,2}-\d{2,6}|\d{1,2}-(?:AV|PI|NT|SB)-\d{1,4}-\d{1,6})" + _END
)
_IFSC_ACCOUNT = re.compile(r"(?<![\w-])[A-Z]{4}0[A-Z0-9]{6}[ \t]*[:,/-]?[ \t]*\d{9,18}" + _END)
_RTN = re.compile(r"(?<![\w.,/+-])(?:0[1-9]|1[0-8])(?:0[1-9]|[1-2]\d)(?:19|20)\d{8}" + _END)
# Morocco's CIN, India's EPIC, a Bolivian CI with its duplicate complement ("4567890-1B")
_CIN = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}\d{5,6}|[A-Z]{3}\d{7}|\d{6,8}-\d[A-Z])" + _END)
# India's GSTIN of an individual: state code, the holder's PAN (fourth letter P), the entity
# number, "Z", a mod-36 check character. A firm's or company's GSTIN is no personal value.
_GSTIN = re.compile(
    r"(?<![\w-])(?:0[1-9]|[1-3]\d)[A-Z]{3}P[A-Z]\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![\w-])"
)
_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_AUSWEIS = re.compile(r"(?<![\w-])[CFGHJ-NPRTV-Z][CFGHJ-NPRTV-Z0-9]{8}\d(?![\w-])")

# A personal-record purpose in the line, in the languages of our posts (lower case).
_PURPOSE = re.compile(
    r"(?i)\b(?:payroll|personnel|hr[ \t]file|employee[ \t]file|employment|contract|onboarding|"
    r"paie|salaire|dossier[ \t]du[ \t]personnel|son[ \t]dossier|embauche|contrat|pi[eè]ce[ \t]"
    r"d['’]identit[ée]|identit[ée]|n[óo]minas?|expediente|ficha[ \t]de[ \t]personal|contrato|"
    r"recursos[ \t]humanos|lohnabrechnung|personalakte|vertrag|einstellungsbogen|ausweis|"
    # a form or the papers filed for a person ("stand auf dem alten Formular", "zu den
    # Unterlagen:")
    r"formular\w*|unterlagen|"
    r"busta[ \t]paga|contratto|fascicolo|folha[ \t]de[ \t]pagamento|angajare|dosar|salariu)"
)
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")
# The record word naming the value itself: "contrat AB12345", "dossier n° AB12345".
_NAMED_BY = re.compile(
    r"(?i)(?:contrat|contract|contrato|contratto|vertrag|dossier|expediente|fascicolo|dosar|"
    r"file|ticket|caso|case|cas|fall|incidencia|incident|commande|order|pedido|bestellung|facture|invoice|factura|rechnung|vol|flight|"
    r"vuelo|flug|salle|room|chambre|table|suite)[ \t]*(?:n[°º.o]?\.?|nr\.?|no\.?|#)?[ \t]*:?[ \t]*$"
)


def idnp_ok(digits: str) -> bool:
    """A Moldovan IDNP's 7-3-1 check digit over its first twelve digits."""
    total = sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(digits[:12]))
    return total % 10 == int(digits[12])


def ma_rib_ok(digits: str) -> bool:
    """A Moroccan RIB's key: 97 - (the first 22 digits x 100) mod 97."""
    return len(digits) == 24 and 97 - int(digits[:22]) * 100 % 97 == int(digits[22:])


def gstin_ok(value: str) -> bool:
    """A GSTIN's check character: alternate weights 1, 2 over base 36, digits of each product
    summed in base 36, the complement mod 36."""
    total = 0
    for i, ch in enumerate(value[:14]):
        product = _B36.index(ch) * (2 if i % 2 else 1)
        total += product // 36 + product % 36
    return _B36[(36 - total % 36) % 36] == value[14]


def _purpose_near(text: str, start: int, end: int) -> bool:
    """A purpose word in the value's sentence (at most 90 characters before it, 60 after), and
    no record word naming the value itself right before it."""
    lo = max(start - 90, 0)
    if _NAMED_BY.search(text, lo, start):  # before the sentence cut: "Vertrag Nr. ..."
        return False
    hi = sentence_stop(text, end, ends=_SENTENCE_END, reach=60)
    lo = sentence_start(text, start, ends=_SENTENCE_END, reach=90)
    return _PURPOSE.search(text, lo, hi) is not None


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may_hold_ifsc(text: str) -> bool:
    """False only when ``_IFSC_ACCOUNT`` cannot match in ``text`` (a gate: the same hits): its
    bank code's fourth capital touches its "0", a letter-digit contact the prefilter caches."""
    return any(
        a and text[a] == "0" and text[a - 1] in _CAPITALS
        for a, _ in prefilter.letter_digit_contacts(text)
    )


def find_country_shapes(
    text: str, *, longest: int, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """NATIONAL_ID and IBAN hits of the shapes above; ``longest``: the longest digit run."""
    hits: list[Hit] = []
    # the digit-led scans open at the first digit (their lookbehinds still see before it)
    first = digits[0] if longest >= 13 and (digits := prefilter.digit_bounds(text)) else 0
    if longest >= 13:
        for m in _IDNP.finditer(text, first):
            if idnp_ok(m.group()) and not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
        if longest == 14 or longest >= 16:
            for m in _RTN.finditer(text, first) if longest == 14 else ():
                if not gives_way(text, m.start()):
                    hits.append(("NATIONAL_ID", m.start(), m.end()))
            for m in _MA_RIB.finditer(text, first) if longest >= 16 else ():
                if ma_rib_ok(m.group().replace(" ", "")) and not gives_way(text, m.start()):
                    hits.append(("IBAN", m.start(), m.end()))
    if longest >= 9 and _may_hold_ifsc(text):
        for m in _IFSC_ACCOUNT.finditer(text):
            hits.append(("IBAN", m.start(), m.end()))
    return hits


# A Panamanian cédula's marks ("E-", "N-", "-AV-", "-PI-", "-NT-", "-SB-"), each holding a
# hyphen: one search jumping from hyphen to hyphen, not six substring tests over the text.
_PA_MARKS = re.compile(r"-(?:(?<=[EN]-)|(?=AV-|PI-|NT-|SB-))")


def find_lettered_shapes(
    text: str, *, mixed: bool, gives_way: Callable[[str, int], bool]
) -> list[Hit]:
    """The lettered shapes (Panamanian cédula, Moroccan CIN, short-digit Ausweis); ``mixed``:
    the text has a letter touching a digit (``prefilter.letter_digit_contacts``)."""
    hits: list[Hit] = []
    if _PA_MARKS.search(text):
        for m in _PA_CEDULA.finditer(text):
            if not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    if not mixed or not (regions := _upper_contact_windows(text)):
        return hits
    for m in prefilter.finditer_in(_GSTIN, text, regions):
        if gstin_ok(m.group()) and not gives_way(text, m.start()):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    for m in prefilter.finditer_in(_CIN, text, regions):
        if _purpose_near(text, *m.span()) and not gives_way(text, m.start()):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    for m in prefilter.finditer_in(_AUSWEIS, text, regions):
        value = m.group()
        if (
            sum(ch.isdigit() for ch in value) < 4
            and ausweis_ok(value)
            and _purpose_near(text, *m.span())
            and not gives_way(text, m.start())
        ):
            hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits


def _upper_contact_windows(text: str) -> list[tuple[int, int]]:
    """Where a GSTIN, CIN or Ausweis can be: each holds a capital A-Z beside a digit (a
    ``prefilter.letter_digit_contacts`` digit) and is at most 15 characters long, so it lies
    within 15 characters of that digit ("12cm", "v8" open no region)."""
    upper = [
        (d, e)
        for d, e in prefilter.letter_digit_contacts(text)
        if "A" <= text[d - 1 : d] <= "Z" or "A" <= text[e : e + 1] <= "Z"
    ]
    return prefilter.windows(text, upper, before=15, after=15)
