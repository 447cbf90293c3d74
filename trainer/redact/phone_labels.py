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
        )
    if text.endswith("al", 0, pos) and pos < start:
        return _SPANISH_AL.search(text, max(0, start - 40), start) is not None
    return False
