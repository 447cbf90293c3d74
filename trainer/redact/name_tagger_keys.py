"""Record keys for the name tagger's features (``name_tagger_features``): which field of a
pasted record a token is the value of, read by the rules' own record parsers (``records``:
``Key: value`` lines; ``record_tables``: delimited rows under a header with a personal column),
and the key's class (``record_keys.key_kind``: the personal kind the key names, a mail
header's person, another field, or the key itself). One reading of records for rules and
tagger: a key the rules learn is a feature the tagger sees after its next rebuild.
"""

from __future__ import annotations

from trainer.redact.record_keys import key_kind, key_words
from trainer.redact.record_mail import MAIL_KEYS
from trainer.redact.record_tables import DELIMITERS, tables
from trainer.redact.records import key_value_lines

INKEY = "<key>"  # the characters of a key itself


def key_name(key: str) -> str:
    """A key as one folded, space-separated string ("Last_Name" -> "last name")."""
    return " ".join(key_words(key))


def record_keys(text: str) -> list[tuple[int, int, str]]:
    """(value start, value end, key name) of every record field of ``text``, in text order;
    a key's own characters get ``INKEY``."""
    out: list[tuple[int, int, str]] = []
    if ":" in text or "=" in text:
        for m in key_value_lines(text):
            out.append((m.start("key"), m.end("key"), INKEY))
            out.append((m.start("val"), m.end("val"), key_name(m["key"])))
    if "\n" in text and any(delim in text for delim in DELIMITERS):  # a table needs one
        for _delim, _columns, rows in tables(text):
            names = [key_name(text[s:e]) for s, e in rows[0]]
            for row in rows[1:]:  # a row with more fields than the header: the first ones
                out += [(s, e, name) for (s, e), name in zip(row, names, strict=False)]
    return sorted(out)


def key_class(key: str) -> str:
    """"none" (no key), "inkey", "NAME" for a person's field or a mail header (From, An, De),
    another personal kind of ``record_keys.KIND_TYPE`` ("PHONE", "ADDRESS", ...), or "other"."""
    if not key:
        return "none"
    if key == INKEY:
        return "inkey"
    if key in MAIL_KEYS:
        return "NAME"
    return key_kind(key) or "other"
