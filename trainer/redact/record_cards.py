"""Contact cards, calendar entries and airline name elements pasted into a post.

- vCard (RFC 6350), between BEGIN:VCARD and END:VCARD: FN, N and NICKNAME are names, ADR (the
  structured ``;``-separated value, postcode and town included) and LABEL addresses, TEL a
  phone, EMAIL a mail address, BDAY and ANNIVERSARY dates of birth; a NOTE holding
  ``Key: value`` is read as a record line. Property groups ("item1.TEL") and folded
  continuation lines (RFC 6350 3.2) count.
- iCalendar (RFC 5545): the CN parameter of ATTENDEE, ORGANIZER and CONTACT is a name, their
  ``mailto:`` value a mail address; a CONTACT's text value is a name.
- The IATA name element of a booking (PNR, e-ticket): ``SURNAME/GIVEN`` with a title (MR, MRS,
  MS, MSTR, MISS, DR, ...) or after a PNR line number ("1.1"), surname particles allowed
  ("DE LA CRUZ/ANA MS").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact.hits import Hit
from trainer.redact.record_values import trim, value_hits

_VCARD_KIND = {
    "FN": "NAME",
    "N": "NAME",
    "NICKNAME": "NAME",
    "SORT-STRING": "NAME",
    "ADR": "ADDRESS",
    "LABEL": "ADDRESS",
    "TEL": "PHONE",
    "EMAIL": "EMAIL",
    "BDAY": "DOB",
    "ANNIVERSARY": "DOB",
}
_CARD_BLOCK = re.compile(r"BEGIN:VCARD(.*?)(?:END:VCARD|\Z)", re.S | re.I)
# [group.]NAME[;params]:value, value running over folded continuation lines
_CONTENT = re.compile(
    r"^(?:[\w-]+\.)?(?P<name>[A-Za-z-]+)(?P<params>;[^:\n]*)?:(?P<val>[^\n]*(?:\n[ \t][^\n]*)*)",
    re.M,
)
_LABEL_PARAM = re.compile(r';LABEL=("[^"]*"|[^;:\n]*)', re.I)
_CAL_LINE = re.compile(
    r"^(?P<prop>ATTENDEE|ORGANIZER|CONTACT)(?P<params>;[^\n]*?)?:(?P<val>[^\n]*)", re.M
)
_CN = re.compile(r';CN=("[^"\n]*"|[^;:\n]*)', re.I)
_MAILTO = re.compile(r"mailto:([^\s;,>]+)", re.I)

_PARTICLES = r"(?:(?:DE|DEL|DELA|LA|LE|VAN|VON|DER|DEN|DA|DI|DOS|DAS|DO|TER|TEN|DU|ST|AL|EL|BIN) )*"
_TITLES = r"MR|MRS|MS|MSTR|MISS|DR|MX|PROF|REV|CHD|INF"
_PNR = re.compile(
    rf"(?<![A-Za-z/])(?P<name>{_PARTICLES}[A-Z][A-Z'’\-]+/[A-Z][A-Z\-]+(?: [A-Z][A-Z\-]+){{0,2}}?)"
    rf"(?: (?P<title>{_TITLES})|(?P<end>))(?![\w/])"
)
_PNR_TITLE_CASE = re.compile(
    r"(?<![\w/])[A-Z][a-zà-ÿ'’\-]+/[A-Z][a-zà-ÿ\-]+(?: [A-Z][a-zà-ÿ\-]+)?"
    r" (?:Mr|Mrs|Ms|Mstr|Miss|Dr)\b"
)
_PNR_NUMBER = re.compile(r"(?:^|\s)\d{1,2}\.\d{0,2} ?$")


def find_vcards(text: str, *, nested: Callable[[str, int, int], list[Hit]]) -> list[Hit]:
    """Hits in every vCard block; ``nested(text, start, end)`` reads a NOTE's ``Key: value``."""
    hits: list[Hit] = []
    for block in _CARD_BLOCK.finditer(text):
        for m in _CONTENT.finditer(text, block.start(1), block.end(1)):
            name = m["name"].upper()
            start, end = m.span("val")
            if name == "NOTE":
                hits += nested(text, start, end)
                continue
            label = _LABEL_PARAM.search(m["params"] or "")
            if label is not None:
                ls = m.start("params") + label.start(1)
                hits += value_hits(text, ls, ls + len(label[1]), kind="ADDRESS", strict=False)
            kind = _VCARD_KIND.get(name)
            if kind is None:
                continue
            if name in ("N", "ADR", "TEL", "EMAIL"):
                start, end = _structured(text, start, end)
            if kind in ("ADDRESS", "NAME") and start < end:
                hits.append(("ADDRESS" if kind == "ADDRESS" else "NAME", start, end))
            else:
                hits += value_hits(text, start, end, kind=kind, strict=False)
    return hits


def _structured(text: str, start: int, end: int) -> tuple[int, int]:
    """A structured value (N, ADR) or a ``tel:``/``mailto:`` URI without its empty
    components and scheme: the whole rest is the value (postcode and town included)."""
    start, end = trim(text, start, end)
    while start < end and text[start] in "; ,":
        start += 1
    while end > start and text[end - 1] in "; ,":
        end -= 1
    low = text[start : start + 7].lower()
    for scheme in ("tel:", "mailto:"):
        if low.startswith(scheme):
            start += len(scheme)
    return start, end


def find_calendar(text: str) -> list[Hit]:
    """Names (CN) and addresses (mailto) of iCalendar attendees, organisers and contacts."""
    hits: list[Hit] = []
    for m in _CAL_LINE.finditer(text):
        params = m["params"] or ""
        base = m.start("params")
        for cn in _CN.finditer(params):
            s, e = trim(text, base + cn.start(1), base + cn.end(1))
            if s < e:
                hits.append(("NAME", s, e))
        val_start = m.start("val")
        mails = list(_MAILTO.finditer(m["val"]))
        for mail in mails:
            hits.append(("EMAIL", val_start + mail.start(1), val_start + mail.end(1)))
        if m["prop"] == "CONTACT" and not mails:
            hits += value_hits(text, *m.span("val"), kind="NAME", strict=False)
    return hits


def find_name_elements(text: str) -> list[Hit]:
    """``SURNAME/GIVEN TITLE`` (and ``Surname/Given Title``) as bookings write names."""
    hits: list[Hit] = []
    for m in _PNR.finditer(text):
        if m["title"] is None:
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _PNR_NUMBER.search(text[line_start : m.start()]):
                continue
        hits.append(("NAME", m.start(), m.end()))
    hits += [("NAME", m.start(), m.end()) for m in _PNR_TITLE_CASE.finditer(text)]
    return hits
