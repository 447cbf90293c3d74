"""Document numbers in the passport layout, and Quebec's health-card number by its date, with or
without a cue.

Pattern (general, not one set's countries): ICAO Doc 9303 leaves a passport's number to its
issuer, and most issuers write one or two capital letters and seven or eight digits
("A12345678", "N1234567", "YC1234567": the US, Mexico, Austria, Italy, Ecuador, Mali, Sierra
Leone, Liberia ... and many national identity cards the same way). The same shape is also an
order's, a claim's, a policy's, a ticket's or a lot's reference ("A nota R7716507 já foi paga",
"Claim file LN2567580 is reopened", "Polizze VN2002701"), written with no cue as often as a
passport number, so a number of that shape is redacted only where ``ids_bare_runs`` reads a
value as handed over bare (alone on its line, after a clause-opening colon or comma, opening a
sentence; ``handed``), and not where a reference cue names it ("order A1234567":
``national_ids.is_reference``), a patent or number noun stands right before it, or a look-alike
keep takes it after its own cue. A passport number after a verb in running text ("The clerk
wrote A01234567 on the receipt") is not read: there it is as often a reference (engine 1.25.0
first read it everywhere and lost 63 references of eleven development sets, and HS codes whose
dots the dotted pass joins). Six digits are left out: two letters and six digits is also a job
requisition's, a UK company's ("SC123456") and many an order's code, written bare as often as
an id.

The RAMQ number (Régie de l'assurance maladie du Québec): four letters (three of the surname,
one of the given name), the birth date as YYMMDD with fifty added to a woman's month, and two
digits, printed 4-4-4 ("ABCD 8501 1234"). The date is the check that transfers: about one in
three random digit groups passes it, and four capitals and two groups of four digits, spaced
as the card prints them, are no other code's print (written solid, "ABCD85011234" is also an
ISRC's layout and needs the "RAMQ" cue).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from trainer.redact import prefilter
from trainer.redact.hits import Hit

# a whole token: no letter, digit or code character glued on either side
_PASSPORT = re.compile(r"(?<![\w.,/:+#@&=%'’-])[A-Z]{1,2}\d{7,8}(?![\w'’%]|[.,/:-]\w|[-/]\d)")
_RAMQ = re.compile(
    r"(?<![\w.,/:+#@&=%'’-])[A-Z]{4} (?P<yy>\d\d)(?P<mm>\d\d) (?P<dd>\d\d)\d\d"
    r"(?![\w'’%]|[.,/:-]\w)"
)
# a patent's number is its office's letters and digits ("EP1234567", "US7654321")
_PATENT_BEFORE = re.compile(
    r"(?i)\b(?:patent\w*|brevet\w*|patente\w*|octrooi\w*|pat\.)[ \t:#.-]*(?:n[o°º.]*[ \t]*)?$"
)
# a number noun or "code" right before names the code as a thing's ("Szkoda nr EM1472051",
# "Code CI10458392"): a personal document is asked for by its document's name (``ids_cues``)
_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:nr|no|n[°º]|number|nummer|num[ée]ro|n[úu]mero|numer|code|codice|c[óo]digo|kod|"
    r"k[óo]d|ref\w*)\.?[ \t:#.]*$"
)
# most posts have no capital touching six digits: the scans are skipped
_GATE = re.compile(r"[A-Z]\d{6}|[A-Z]{4} ?\d{4}")
# ``_GATE``'s two shapes over the ASCII class mask (``prefilter.ascii_classes``: a capital is
# a letter "a", a digit "d", the space a separator "s"): "a" + 6 "d", 4 "a" + 4 "d", 4 "a" + "s"
# + 4 "d". One search for their shared "dddd" (a literal the engine jumps to), its letters then
# looked up behind it; a match starts where the shape's digits open.
_GATE_MASKS = re.compile(rb"dddd(?:(?<=adddd)dd|(?<=aaaadddd)|(?<=aaaasdddd))")


def _scans(text: str) -> tuple[Iterable[re.Match[str]], Iterable[re.Match[str]]]:
    """``_PASSPORT.finditer(text)`` and ``_RAMQ.finditer(text)``. On ASCII text each is tried
    only where a ``_GATE_MASKS`` shape's digits open (a passport's capitals one or two before
    them, a RAMQ's five): every match holds such a shape there, and no two matches share one.
    Other text: both scans, when ``_GATE`` matches at all."""
    classes = prefilter.ascii_classes(text)
    if classes is None:
        if _GATE.search(text) is None:
            return (), ()
        return _PASSPORT.finditer(text), _RAMQ.finditer(text)
    opens = [m.start() for m in _GATE_MASKS.finditer(classes)]  # most posts: none
    if not opens:
        return (), ()
    passports = [
        m
        for p in opens
        if (m := (p >= 2 and _PASSPORT.match(text, p - 2)) or _PASSPORT.match(text, p - 1))
    ]
    return passports, [m for p in opens if p >= 5 and (m := _RAMQ.match(text, p - 5))]


def find_letter_codes(
    text: str,
    *,
    gives_way: Callable[[str, int], bool],
    handed: Callable[[str, int, int], bool],
) -> list[Hit]:
    """NATIONAL_ID hits: passport-layout numbers where ``handed`` reads a value as handed over,
    and RAMQ numbers (see above)."""
    passports, ramqs = _scans(text)
    hits: list[Hit] = []
    for m in passports:
        a = m.start()
        if _PATENT_BEFORE.search(text, max(0, a - 24), a) or _NAMED_BEFORE.search(
            text, max(0, a - 16), a
        ):
            continue
        if len(set(m.group()[-6:])) >= 3 and handed(text, a, m.end()) and not gives_way(text, a):
            hits.append(("NATIONAL_ID", a, m.end()))
    for m in ramqs:
        month, day = int(m["mm"]), int(m["dd"])
        if (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31:
            if not gives_way(text, m.start()):
                hits.append(("NATIONAL_ID", m.start(), m.end()))
    return hits
