"""Postcodes mentioned with their town but without a street, and the street names that are
places of prose rather than addresses.

A postcode narrows a member down to a few streets (India Post's PIN to one post office's area,
a French or German code to a district), so "Koramangala, Bengaluru 560034", "Siège : 75008
Paris" and "(10115 Berlin)" go even without a street line. The shapes are the national posts'
(India Post: six digits, the first 1-8, also written "560 034"; La Poste, Deutsche Post,
Correos, Poste Italiane: five digits before the town), and the places where an address fragment
stands in a post: after a label's colon, inside brackets, at a line start, after a place list or
" - ". A capitalised word before six digits is usually an id ("Order 400001"), so a PIN needs
one of those marks too.

A street named without a house number or postcode and used in running prose ("Investors in
Piazza Affari cheered", "Rua Augusta's shops", "Avenida Paulista is the business district") is
a place, not a member's address: ``prose_street`` tells ``addresses`` to keep it.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_intl import pair_framed, plain_four_digits
from trainer.redact.address_numbers import residence_word
from trainer.redact.address_towns import postal_towns, town_after, town_before
from trainer.redact.address_tr import province_after
from trainer.redact.address_world import pl_se_code_span
from trainer.redact.hits import Hit
from trainer.redact.names import given_names
from trainer.redact.quantities import COUNTED_AFTER, UNIT_AFTER, is_year

_TOWN = r"[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*(?:[ -](?:am|an|im|sur|de|del|di|la|le|en)[ -][A-ZÀ-Þ][\w'’-]*)?"
# India Post: "Koramangala, Bengaluru 560034", "in Bengaluru - 560 034", "Erode-638001".
_PIN_AFTER_TOWN = re.compile(
    rf"(?P<lead>(?<![\w-])(?:{_TOWN}(?: [A-Z][a-z]+)?,[ \t])?)"
    rf"(?P<town>{_TOWN}(?: (?:East|West|North|South|Nagar|City))?)"
    r"(?P<sep>[ \t]?-[ \t]?|,?[ \t])(?P<pin>[1-8]\d{2}[ \t]?\d{3})(?![\w-]|[.,]\d|[ \t]?\d)"
)
_PREPOSITION_BEFORE = re.compile(r"(?:^|[\s(])(?:in|at|to|near|from|of)[ \t]$").search
# Capitalised words before a number that make it an id or a count, not a place and a PIN.
_ID_WORDS = frozenset(
    """Order Orders Invoice Ticket Ref Reference Case Account Acct Version Build Room Flight
    Batch Serial Customer Employee Member Code Id Number Booking Reservation Transaction Policy
    Tracking Item Model Part Article Total Page Chapter Rs Inr Usd Eur Amount Balance Phone Tel
    Mobile Fax Call Pin Otp Emp Roll Reg Registration Application Claim Loan Card Folio Bill
    Receipt Voucher Token Job Req Issue Pr Sku Lot Score Rank Year Years Population Salary
    Price Revenue Sales Budget Users Views Step Level Season Episode Block Sector Plot
    Door Tickets Support Reviews Ratings Votes Stars Likes Comments Shares Points
    Punkte Entries Results Hits Units Pieces Copies Players Fans Signatures Downloads Followers
    Subscribers Visitors Members Students Employees Jobs Projects Attendees Participants
    Teilnehmer Mitarbeiter Stimmen Bewertungen Seiten Euro Dollar Reais Rupees Key Keys Ranking
    Signups Registrations Friends Global Local Subtotal""".split()
)


def _pin_mentions(text: str, regions: list[tuple[int, int]]) -> list[Hit]:
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_PIN_AFTER_TOWN, text, regions):
        town = m.group("town").split()[0]
        if town in _ID_WORDS or UNIT_AFTER.match(text, m.end()):
            continue
        marked = (
            "-" in m.group("sep")
            or m.group("lead")
            or " " in m.group("pin")
            or "\t" in m.group("pin")
            or _PREPOSITION_BEFORE(text, max(0, m.start() - 6), m.start())
        )
        if marked:
            hits.append(("ADDRESS", m.start(), m.end()))
    return hits


# A five-digit postcode and its town where an address fragment stands: after a label and a
# colon ("Siège : 75008 Paris"), in brackets ("(10115 Berlin)"), at a line start, after a
# post-box number's comma; with La Poste's CEDEX and a province ("20121 Milano (MI)").
_CODE_TOWN = re.compile(
    r"(?P<mark>(?:^|(?<=\n))[ \t]*|(?<=[:(])[ \t]*|(?<=,)[ \t]+)"
    rf"(?P<code>(?:[DFIEAB]-)?\d{{5}}|\d{{5}}-\d{{3}})[ \t]+"
    rf"(?P<town>{_TOWN}(?:[ -](?!(?i:cedex)\b){_TOWN})?)"
    r"(?:[ \t]+(?i:cedex)(?:[ \t]+\d{1,2})?)?(?:[ \t]*\([A-Z]{2}\))?"
)
_LABEL_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]*[:(]?[ \t]*$").search
# "Madrid, 28013." or "Madrid (28013)": the town, then its code closing the sentence or line.
_TOWN_CODE = re.compile(
    rf"(?<![\w-])(?P<town>{_TOWN}),?[ \t]\(?(?P<code>\d{{5}})\)?(?=[ \t]*(?:[.;!?\n]|$))"
)


def _code_mentions(
    text: str, after_mark: list[tuple[int, int]], closing: list[tuple[int, int]]
) -> list[Hit]:
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_CODE_TOWN, text, after_mark):
        code = m.group("code")
        if code.endswith("000") or UNIT_AFTER.match(text, m.end("code")):
            continue  # "10000 Users", "(25000 Besucher)"
        if COUNTED_AFTER.match(text, m.end("code")) or m.group("town") in _ID_WORDS:
            continue
        label = _LABEL_BEFORE(text, max(0, m.start() - 24), m.start())
        if label and label.group(1) in _ID_WORDS:
            continue  # "Ticket: 12345 Support"
        hits.append(("ADDRESS", m.start("code"), m.end()))
    for m in prefilter.finditer_in(_TOWN_CODE, text, closing):
        if m.group("town") in _ID_WORDS or m.group("code").endswith("000"):
            continue
        if m.group("town") in given_names():
            continue  # "Hello Anna, 12345."
        hits.append(("ADDRESS", m.start("town"), m.end()))
    return hits


# PostNL: "Lange Voorhout 91A, 8027CE Zwolle", a street line with a house number, then the
# postcode and town; the letters may read as an abbreviation ("CE", "AI") there.
_POSTNL_LINE = re.compile(
    r"(?<![\w-])[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|van|de|der|den|het|op|aan)){0,3} "
    r"\d{1,4}(?:[ -]?[A-Za-z]\b|-\d{1,3}\b|[ -]?hs\b|[ -]?bis\b|-[IVX]{1,4}\b)?, ?"
    # PostNL writes two spaces between the postcode and the town: "2511 CV  DEN HAAG"
    r"(?P<code>[1-9]\d{3}) ?[A-Z]{2},? {1,2}[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?"
)


_PIN_SECOND_HALF = re.compile(r"[ \t]?\d{3}(?!\d)").match
# The digit runs a postcode can be. Led by a digit, with the lookbehind after it, so the engine
# jumps from digit to digit; on ASCII text over ``prefilter``'s class mask ("d" = a digit).
_RUN = re.compile(r"\d(?<!\d\d)\d{2,5}(?!\d)")
_CLASS_RUN = re.compile(rb"d(?<!dd)d{2,5}(?!d)")


def town_mentions(text: str) -> list[Hit]:
    """ADDRESS hits for postcodes written with their town and no street line (marked by a
    label, bracket or line start, or beside a town of ``address_towns``), and PostNL
    street-and-postcode lines whose letters read as an abbreviation. Each digit run is first
    checked by its length and the characters around it; the patterns run only there."""
    pins: list[tuple[int, int]] = []  # "Bengaluru 560034", "Erode-638001", "Pune - 411 001"
    after_mark: list[tuple[int, int]] = []  # "Siège : 75008 Paris", "(10115 Berlin)"
    closing: list[tuple[int, int]] = []  # "Madrid, 28013."
    postnl: list[tuple[int, int]] = []  # "Lange Gracht 91A, 8011CE Zwolle"
    listed: list[Hit] = []  # "an 20525 Hamburg", "20198 Milano (MI)", "New Delhi 110090"
    hits: list[Hit] = []
    bounds = prefilter.digit_bounds(text)
    if bounds is None:
        return []
    classes = prefilter.ascii_classes(text)
    runs = _CLASS_RUN.finditer(classes, *bounds) if classes else _RUN.finditer(text, *bounds)
    for m in runs:
        s, e = m.span()
        if e - s >= 4 and (hit := _listed_town(text, s, e)):
            listed.append(hit)
        elif e - s == 5 and text[e : e + 2].istitle() and (end := province_after(text, e)):
            listed.append(("ADDRESS", s, end))  # PTT: "34710 Kadıköy/İstanbul"
        elif e - s == 3 and text[e : e + 1] in " -" and (code := pl_se_code_span(text, s, e)):
            end = town_after(text, *code)  # "00-950 Warszawa", "114 55 Stockholm"
            country = "PL" if text[code[0] + 2] == "-" else "SE"
            if end and postal_towns().get(text[code[1] + 1 : end].casefold(), "")[:1] == (country,):
                listed.append(("ADDRESS", code[0], end))
        if text[s] in "12345678" and s and text[s - 1] in " -\t":
            if e - s == 6 or (e - s == 3 and _PIN_SECOND_HALF(text, e)):
                pins.append((s, e))
        if e - s == 5:
            j = s - 2 if s >= 2 and text[s - 1] == "-" and text[s - 2] in "DFIEAB" else s
            k = j
            while k and text[k - 1] in " \t":
                k -= 1
            before = text[k - 1] if k else "\n"
            # after a comma only behind a number ("BP 123, 75008 Paris Cedex 08"), never
            # behind a word ("Welcome, 12345 Friends!")
            if before in ":(\n" or (before == "," and k < j and text[k - 2 : k - 1].isdigit()):
                after_mark.append((k, e))
            rest = text[e : e + 3].lstrip(" \t)")
            if not rest or rest[0] in ".;!?\n":
                closing.append((s, e))
        elif e - s == 4 and text[max(0, s - 2) : s].endswith((",", ", ")):
            letters = text[e + 1 : e + 3] if text[e : e + 1] == " " else text[e : e + 2]
            if len(letters) == 2 and letters.isupper() and letters.isalpha():
                postnl.append((s, e))
    if pins:
        hits += _pin_mentions(text, prefilter.windows(text, pins, before=50, after=5))
    if after_mark or closing:
        hits += _code_mentions(
            text,
            prefilter.windows(text, after_mark, before=0, after=50),
            prefilter.windows(text, closing, before=40, after=3),
        )
    if postnl:
        hits += [
            ("ADDRESS", m.start(), m.end())
            for m in prefilter.finditer_in(
                _POSTNL_LINE, text, prefilter.windows(text, postnl, before=70, after=40)
            )
            if not is_year(m.group("code"))
        ]
    # a listed town's pair goes unless a wider mention already holds it
    return hits + [h for h in listed if not any(o[1] <= h[1] and h[2] <= o[2] for o in hits)]


def _listed_town(text: str, s: int, e: int) -> Hit | None:
    """A four- to six-digit code beside a listed town (``address_towns``), or None."""
    if s and (text[s - 1].isalnum() or text[s - 1] in "€$£#.,/_"):
        return None
    four = e - s == 4
    if four and (not plain_four_digits(text, s, e) if _town_beside(text, s, e) else True):
        return None  # no capitalised word beside it; "2024 Wien", "1500 Euro": a year, a count
    if e - s in (4, 5) and text[e : e + 1] == " " and text[e + 1 : e + 2].isupper():
        if (end := town_after(text, s, e)) and (not four or pair_framed(text, s, end)):
            return ("ADDRESS", s, end)
    # the town before: the code ends the line or the sentence ("New Delhi 110090", "Madrid,
    # 28013."), never before a counted word ("Paris 75000 visitors")
    rest = text[e : e + 2].lstrip(" \t")
    closes = not rest or not rest[0].isalnum()
    if s >= 2 and text[s - 1] in " -" and (closes or four):
        letter = text[max(0, s - 4) : s].rstrip(" -,")[-1:]
        if not letter.isalpha():
            return None  # "+49 30 12345": a number, not a town, before the code
        start = town_before(text, s, e)
        # NZ Post, SAPO: "Delivery to Tauranga 3112 please", led by a preposition or label
        if start is not None and (closes or pair_framed(text, start, start)):
            return ("ADDRESS", start, e)
    return None


def _town_beside(text: str, s: int, e: int) -> bool:
    """A capitalised word right after ``text[s:e]``, or a letter right before it."""
    if text[e : e + 1] == " " and text[e + 1 : e + 2].isupper():
        return True
    return s >= 2 and text[s - 1] in " -" and text[max(0, s - 4) : s].strip(" -,")[-1:].isalpha()


# After a street named without a number: prose, not an address line.
_PROSE_AFTER = re.compile(
    r"(?:['’]s\b|[ \t]+(?:is|are|was|were|has|had|will|and|or|with|where|which|that|for|e|é|"
    r"era|foi|tem|est|sont|était|è|ha|era|es|está|son|fue|ist|war|hat|und|is|was|en|y|et|"
    r"ed|o|ou|oder|of|no|ne|non|se|si|ya|lo|só|já|ci|va|vi)\b|[ \t]+[a-zß-ÿ]{3,})"
).match
# Before it: a preposition or article of prose ("in Piazza Affari", "along Avenida Brasil").
# Prepositions of going through or along (pt "pela", es "por", it "per", "lungo", fr "par",
# de "durch", "entlang", nl "langs", "door") and the definite articles of each language
# (pt "a", "o"): an address line takes neither before its street type.
_PROSE_BEFORE = re.compile(
    r"(?:^|[\s(\"“«])(?:in|on|near|along|from|down|up|through|across|past|around|pela|pelo|"
    r"pelas|pelos|por|per|lungo|attraverso|par|sur|dans|durch|entlang|langs|door|sulla|della|"
    r"the|die|der|la|el|le|il|lo|a|o|as|os)[ \t]$",
    re.IGNORECASE,
).search
# Before it: a preposition of going through or along, with an article ("caminhamos pela",
# "corrimos por la", "girato per", "flâné par la", "along the"): the street is walked, a
# place in prose, even when it is named after a person ("pela Rua Tomás Ribeiro").
_WALKED_BEFORE = re.compile(
    r"(?:^|\s)(?:pela|pelo|pelas|pelos|por|per|lungo|attraverso|par|along|through|across|"
    r"down|up|durch|entlang|langs|door)(?:[ \t](?:a|o|as|os|la|el|le|il|lo|les|the|die|der|"
    r"de|het))?[ \t]$",
    re.IGNORECASE,
).search


def walked_street(text: str, start: int) -> bool:
    """A going-through preposition (and its article) right before ``start``."""
    return _WALKED_BEFORE(text, max(0, start - 16), start) is not None


# Before it: where a letter goes ("send it to", "envoyez à", "schick es nach").
_ADDRESS_BEFORE = re.compile(
    r"(?:^|\s)(?:to|à|au|chez|nach|naar|para(?: [ao])?|in der|an der)[ \t]$", re.IGNORECASE
).search


_LEFT_BEFORE = re.compile(r"(?:^|\s)(?:off|from|de|du|des|da|do|del|von|aus|uit|van)[ \t]$").search


def prose_street(text: str, start: int, end: int) -> bool:
    """A street matched without a house number or postcode (``text[start:end]``) that is a
    place in prose: possessive, or prose after it ("Protesto na Avenida Brasil reuniu
    milhares"), unless a word of sending comes before it ("send it to rue Astrid Blot please");
    never an address line ("Rua Augusta, Centro", "Rua Augusta\nSão Paulo") nor a street that
    ends the sentence after "na", "em", "at" ("Moramos na Rua Ana Silva.") nor one named after
    a person ("Visit us at boulevard Philippe Dupont yesterday")."""
    if text[max(start, end - 2) : end] in ("'s", "’s"):
        return True  # "Rua Augusta's shops"
    before = text[max(0, start - 8) : start]
    if _ADDRESS_BEFORE(before):
        return False
    if residence_word(
        text, max(text.rfind("\n", 0, start) + 1, start - 80), start
    ) and not _LEFT_BEFORE(before):
        return False  # "Nos mudamos a la calle Alcalá.": moved house (not "moved off"), an address
    words = text[start:end].split()[1:]
    if len(words) >= 2 and words[0] in given_names() and words[1][:1].isupper():
        return False  # "boulevard Philippe Dupont": a person's full name, an address's street
    if end < len(text) and _PROSE_AFTER(text, end):
        return True
    after = text[end : end + 2]
    closes = end >= len(text) or (after[:1] in ".!?" and (len(after) < 2 or after[1].isspace()))
    return closes and bool(_PROSE_BEFORE(before))
