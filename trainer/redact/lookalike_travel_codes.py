"""A ticket's or a booking's number right after its cue word: an airline e-ticket number (IATA:
a three-digit airline accounting code and a ten-digit document number, "E-ticket number
057-1234567890", "Ticketnummer 220-...", "Numéro de billet ...", an optional fourteenth digit
its check, the document number mod 7) and a booking reference (a record locator: six capitals
and digits, at least one a letter, "Booking reference K7Q2ZP", "Buchungscode ...", "Référence du
dossier ..."). They name a sale, not a person, so ``keep_named_codes`` drops the hits (a phone
read in the thirteen digits, a postcode read in "A1B2C3") lying inside one.

Cue words are written for many languages at once (word stems: "billet", "biljett", "bilet",
"jegy", "lippu" ...), and the keep is read only around the hits a rule already made, so it
costs nothing on a post with none. Fail closed: a possessive or a person's name right before the
cue ("my ticket number", "su reserva", "Maren's booking code") keeps the value redacted, and so
does a ticket value whose fourteenth digit fails its check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.redact.hits import Hit
from trainer.redact.ids_cues import ID_CUE
from trainer.redact.literal_alternation import literal_alternation

# the stems of "ticket" (airline, rail, event), any language; a compound may follow
# ("Ticketnummer", "Biljettnummer", "jegyszám")
TICKET_STEMS = (
    "ticket", "e-ticket", "eticket", "etkt", "tkt", "billet", "billete", "boleto", "bilhete",
    "bigliett", "biljett", "billett", "bilet", "jegy", "lippu", "pilet", "letenk", "jízdenk",
    "jizdenk", "vozovnic", "tiket", "flugschein", "karcis", "vé",
)  # fmt: skip
# the stems of a booking or its reference, any language ("Buchungscode", "prenotazione")
BOOKING_STEMS = (
    "booking", "reservation", "pnr", "record locator", "confirmation code", "buchung",
    "reservierung", "réservation", "dossier", "reserva", "localizador", "prenotazion",
    "boeking", "reservering", "bokning", "bestilling", "rezerwacj", "foglalás",
    "rezervac", "varaus", "broneering", "rezervare", "rezervasyon", "rezervacij", "đặt chỗ",
)  # fmt: skip


# up to two short words between the cue and the value ("number", "electrónico", "du", "is")
_BETWEEN = r"(?:[ \t]+[^\W\d_]{1,14}\.?){0,2}[ \t]*(?:[:#]|n[°º]\.?)?[ \t]*"
_TICKET = re.compile(
    r"(?i:\b(?:" + literal_alternation(set(TICKET_STEMS)) + r")\w*)" + _BETWEEN
    + r"(?P<value>\d{3}[ \t-]?\d{10}(?:[ \t-]?(?P<check>\d))?)(?![\w-])"
)
_BOOKING = re.compile(
    r"(?i:\b(?:" + literal_alternation(set(BOOKING_STEMS)) + r")\w*)" + _BETWEEN
    + r"(?P<value>(?=[A-Z0-9]{0,5}[A-Z])[A-Z0-9]{6})(?![\w-])"
)
# a possessive (or a name's 's) right before the cue: the person's own ticket or booking
_OWNER = re.compile(
    r"(?i)(?:\b(?:my|his|her|their|your|our|mein\w*|sein\w*|ihr\w*|unser\w*|mon|ma|mes|son|sa|"
    r"ses|ton|ta|notre|votre|leur|mi|mis|su|sus|tu|tus|nuestr[oa]s?|meu|minha|seu|sua|teu|tua|"
    r"noss[oa]|mio|mia|suo|tuo|nostr[oa]|mijn|zijn|haar|jouw|uw|onze|min|mitt|sin|sitt|hans|"
    r"hennes|din|ditt|vår|vårt|m[óo]j\w*|moj\w*|jego|jej|tw[óo]j\w*|twoj\w*|nasz\w*)|"
    r"\w['’]s?)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}$"
)
_NEVER_DROPPED = frozenset({"NAME", "MEMBER"})
_LOCATOR = re.compile(r"(?<![A-Z0-9])[A-Z0-9]{6}(?![A-Z0-9])")  # the gate of the booking cue
_REACH = 64  # the cue and the words before the value: "Numéro de billet électronique "


def _ticket_ok(m: re.Match[str]) -> bool:
    """A fourteenth digit is the document number's check (mod 7); thirteen digits pass."""
    if m.group("check") is None:
        return True
    digits = "".join(ch for ch in m.group("value") if ch.isdigit())
    return int(digits[3:13]) % 7 == int(digits[13])


def _owned(text: str, start: int, people: Sequence[tuple[int, int]]) -> bool:
    """A possessive or a name hit right before the cue at ``start``."""
    if _OWNER.search(text, max(0, start - 40), start):
        return True
    return any(start - 4 <= p_end <= start for _, p_end in people)


def travel_code_spans(text: str, hits: Sequence[Hit]) -> list[tuple[int, int, int]]:
    """(cue start, value end, value start) of each e-ticket number or booking reference after
    its cue that a rule's hit reaches; read only around those hits."""
    people = [(h[1], h[2]) for h in hits if h[0] in _NEVER_DROPPED]
    spans: list[tuple[int, int, int]] = []
    for hit in sorted(hits, key=lambda h: h[1]):
        if hit[0] in _NEVER_DROPPED or (spans and hit[1] < spans[-1][1]):
            continue
        digits = sum(map(str.isdigit, text[hit[1] : hit[2]]))
        if digits >= 10:
            pattern = _TICKET
        elif hit[2] - hit[1] <= 12 and _LOCATOR.search(text, hit[1], hit[2]):
            pattern = _BOOKING
        else:
            continue  # neither shape: no cue is looked for (most hits)
        lo = max(0, hit[1] - _REACH)
        stems = TICKET_STEMS if pattern is _TICKET else BOOKING_STEMS
        window = text[lo : hit[1]].lower()
        if not any(stem in window for stem in stems):
            continue  # the gate: no cue's stem before the hit, derived from the cue tuples
        for m in pattern.finditer(text, lo, min(len(text), hit[2] + 2)):
            if not (m.start("value") <= hit[2] and hit[1] < m.end("value")):
                continue
            if pattern is _TICKET and not _ticket_ok(m):
                continue
            if _owned(text, m.start(), people):
                continue
            if ID_CUE.search(text, m.start(), m.start("value")):
                continue  # "booking under passport number ...": an id's cue
            spans.append((m.start(), m.end(), m.start("value")))
            break
    return sorted(set(spans))
