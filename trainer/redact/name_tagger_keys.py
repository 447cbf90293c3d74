"""Record keys for the name tagger's features (``name_tagger_features``): which field of a
semi-structured text a token is the value of. A ``key: value`` / ``key = value`` line, a JSON or
YAML ``"key": "value"`` line, a vCard/iCal ``KEY;PARAM=X:value`` line, a bullet list under a
``key:`` line with no value, and the cells of delimited rows (CSV, TSV, ``|``, ``;``) under
their header row. The key's class (a field that holds a person in any of our languages, another
field, or the key itself) is a feature and makes its value a candidate token.
"""

from __future__ import annotations

import re

# Record keys whose value is a person (last word or whole key, lower case; en de fr es it pt nl).
PERSON_KEYS = frozenset(
    """name names fn n cn surname surnames forename forenames nickname alias passenger passengers
    guest guests attendee attendees participant participants organizer organiser organizers
    host hosts speaker speakers chair moderator customer client contact contacts from to cc bcc
    sender recipient recipients author signed signature employee applicant patient tenant
    holder cardholder owner driver traveller traveler teacher student doctor witness kin
    nurse manager agent cashier by vorname nachname familienname rufname gast gäste teilnehmer
    kunde kundin absender empfänger mitarbeiter mieter inhaber von an nom prénom prenom noms
    invité invités participant expéditeur destinataire titulaire locataire auteur de à
    nombre nombres apellido apellidos invitado invitados asistentes remitente destinatario
    titular cliente autor para cognome nome ospite ospiti partecipanti mittente intestatario
    sobrenome apelido convidado convidados remetente naam voornaam achternaam gasten
    deelnemers afzender ontvanger klant huurder van aan""".split()
)
_KEY_LINE = re.compile(
    r"^[ \t]*(?:[-*•>][ \t]*)?[\"']?(?P<key>[^\W\d_][\w .'/\-]{0,38}?)[\"']?"
    r"(?:;[^:\n]{0,80})?[ \t]*[:=](?![/=])[ \t]*"
)
_BULLET = re.compile(r"^[ \t]*[-*•][ \t]+")
_DELIMS = (",", "\t", "|", ";")


def _norm_key(key: str) -> str:
    return " ".join(key.lower().replace("_", " ").replace("-", " ").split())


def record_keys(text: str) -> list[tuple[int, int, str]]:
    """(value start, value end, key) of every record field of ``text``; ``key`` is the
    lower-cased key; the key's own characters get the key "<key>"."""
    if ":" not in text and "=" not in text and "\n" not in text:
        return []  # a key line needs ':' or '=', a table two lines
    out: list[tuple[int, int, str]] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    open_key = ""
    for start, line in lines:
        m = _KEY_LINE.match(line)
        if m and len(m.group("key").split()) <= 4:
            key = _norm_key(m.group("key"))
            out.append((start + m.start("key"), start + m.end("key"), "<key>"))
            out.append((start + m.end(), start + len(line), key))
            open_key = key if not line[m.end():].strip() else ""
        elif open_key and _BULLET.match(line):
            out.append((start, start + len(line), open_key))
        elif line.strip():
            open_key = ""
    out += _csv_keys(lines)
    return sorted(out)


def _csv_keys(lines: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """Cells of delimited rows under a header row (same delimiter count, 2+ rows)."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i][1]
        delim = next((d for d in _DELIMS if line.count(d) >= 1 and ":" not in line), None)
        j = i + 1
        if delim:
            n = line.count(delim)
            while j < len(lines) and lines[j][1].count(delim) == n:
                j += 1
        if delim and j - i >= 2:
            header = [_norm_key(c.strip(" \"'")) for c in line.split(delim)]
            for start, row in lines[i + 1 : j]:
                pos = start
                for col, cell in enumerate(row.split(delim)):
                    out.append((pos, pos + len(cell), header[col][:40]))
                    pos += len(cell) + 1
            i = j
        else:
            i += 1
    return out


def key_class(key: str) -> str:
    if not key:
        return "none"
    if key == "<key>":
        return "inkey"
    last = key.rsplit(" ", 1)[-1]
    return "person" if key in PERSON_KEYS or last in PERSON_KEYS else "other"

