"""Numbers whose key names a standard they pass: a Unix timestamp and an ISSN. Neither names a
person; ``national_ids.is_reference`` asks here, so the phone and id rules keep them.

Unix time (POSIX.1, "seconds since the Epoch"): ten digits after an explicit timestamp key
("ts=1767225600", "timestamp: ...", "epoch ...", '"unix_time": ...') whose value lies in
2001-09-09 .. 2100-01-01 (ten digits, 1e9 up to 4102444800). "ts" alone needs '=' or ':'.

ISSN (ISO 3297): "NNNN-NNNC" after "ISSN" (or "eISSN", "ISSN-L", "ISSN (online)"), whose last
character is the mod-11 check of the seven before (weights 8..2; 10 is written X).

Fail closed: the value is one token, nothing digit-like glued to it, no contact word after it
("ts=... call me"), and its check or range must hold; a random number passes the ISSN check one
time in eleven, and a phone must also sit right after such a key. A timestamp that is also a
phone as people write it ("ts=2125551234") is kept only inside a record: another key=value or
"key: value" pair on its line (review 19). Anything else is left to the phone and id rules.
"""

from __future__ import annotations

import re

from trainer.redact.personal_numbers import CONTACT_WORD_AFTER, written_phone

_KEY = r"ts|time_?stamp|(?:unix|posix|epoch)_?time(?:_?stamp)?|epoch|(?:created|updated)_?at"
_TS_KEY = re.compile(rf"(?i:(?<![\w.])(?:(?:{_KEY})[\"']?\s?[=:]\s?[\"']?|epoch\s))$")
_EPOCH = re.compile(r"\d{10}(?![\w\-/]|[.,]\d{4}|[ \u00a0]\d)")  # one token
_EPOCH_RANGE = (1_000_000_000, 4_102_444_800)  # ten digits .. 2100-01-01T00:00:00Z
_ISSN_KEY = re.compile(r"(?<!\w)(?:[eEpP]-?)?ISSN(?:-L)?(?:\s?\((?i:online|print)\))?\s?:?\s?$")
_ISSN = re.compile(r"(\d{4})-(\d{3})([\dX])(?![\w\-/]|[.,]\d)")


def issn_ok(digits: str, check: str) -> bool:
    """ISO 3297: weights 8..2 over the seven digits; the check is (11 - sum) mod 11, 10 = X."""
    value = (-sum(w * (ord(d) - 48) for w, d in zip(range(8, 1, -1), digits, strict=True))) % 11
    return check == ("X" if value == 10 else str(value))


def keyed_standard_number(text: str, start: int) -> bool:
    """The number at ``start`` is a Unix timestamp after its key or an ISSN after its cue."""
    near = text[max(0, start - 24) : start]
    low = near.lower()
    if "issn" in low:
        m = _ISSN.match(text, start)
        if m is None or _ISSN_KEY.search(near) is None:
            return False
        ok = issn_ok(m.group(1) + m.group(2), m.group(3))
    elif any(key in low for key in ("ts", "time", "epoch", "edat", "ed_at")):
        m = _EPOCH.match(text, start)
        if m is None or _TS_KEY.search(near) is None:
            return False
        ok = _EPOCH_RANGE[0] <= int(m.group()) < _EPOCH_RANGE[1]
        if ok and written_phone(m.group(), solid=False):  # "ts=2125551234": a phone's too
            ok = _in_record(text, start, m.end())
    else:
        return False
    return ok and CONTACT_WORD_AFTER.match(text, m.end()) is None


# Another "key=value" or "key: value" pair (a lower-case key, a value that is no URL's "//").
_PAIR = re.compile(r"(?<![\w.])[\"']?[a-z_][a-z0-9_.-]*[\"']?[ \t]?[=:][ \t]?[\"']?[\w\[{-]")


def _in_record(text: str, start: int, end: int) -> bool:
    """The timestamp ``text[start:end]`` sits in a record: another pair on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    key = _TS_KEY.search(text, max(line_start, start - 24), start)
    before = key.start() if key is not None else start
    return bool(_PAIR.search(text, line_start, before) or _PAIR.search(text, end, line_end))
