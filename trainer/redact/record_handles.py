"""Account handles as the values of record keys: YAML "handle: wthorsen", JSON "username":
"lbrandt88", logs "user=erik_larsen", "login: jdoe" (review rev22 F16), typed MENTION.

A handle is chosen by its owner and names them, often spelling their name; the value of such
a key is redacted whole, however it is written. ``record_keys`` leaves these keys out of its
personal kinds on purpose ("username" as a head owner: "user name" of a product is none), so
they are read here, by key and by the value's shape: one token of letters, digits, ".", "_"
or "-" that ends the field, with a letter in it. Service accounts and placeholders ("root",
"admin", "null", "true", "${USER}"), bare numbers and, after an unquoted "Key:", a frequent
word (or after "User:" any dictionary word: a chat transcript's "User: thanks") are no
person's handle and stay.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.person_words import COMMON, TOP
from trainer.redact.record_keys import is_placeholder

# Keys whose value is an account's handle, in the ways code and configs write them. A nickname
# written as a name ("NICKNAME:Joppie") is left to ``record_keys`` (typed NAME); only one in a
# handle's shape ("nick: kasia99") is read here.
_HANDLE_KEY = (
    r"(?i:handle|user(?:[_ -]?name)?|login(?:[_ -]?name)?|nick(?:[_ -]?name)?|"
    r"screen[_ -]?name|gamer[_ -]?tag|uname|user[_ -]?login|account[_ -]?name)"
)
_HANDLE_VALUE = re.compile(
    rf"(?<![\w.-])[\"']?(?P<key>{_HANDLE_KEY})[\"']?[ \t]*(?P<sep>[:=])[ \t]*(?P<q>[\"']?)"
    r"(?P<val>@?[^\W_][\w.@-]{1,39})(?P=q)(?=[\s,;}\]&)]|$)"
)
# After a "key: value" the field ends; "Login: please retry" is prose ("key=value" in a log
# line is followed by the next field: "user=erik_larsen from 10.0.0.1").
_FIELD_END = re.compile(r"[ \t]*(?:[,;}\]&)\n]|$)")
# Accounts of machines and defaults, not of a person.
_NOBODY = frozenset(
    "root admin administrator guest anonymous anon user users test tester demo default system "
    "nobody postgres mysql www-data ubuntu pi service daemon bot none unknown me you".split()
)
# A key opens at a cue and reaches its separator over key letters, a quote and blanks only:
# a cue that no such run joins to ":" or "=" opens no key (a cheap test before the search).
_KEY_THEN_SEP = re.compile(r"[\w \t\"'-]*+[:=]")
_CUES = ("user", "login", "handle", "nick", "screen", "gamer", "uname", "account")


def handle_values(text: str) -> list[Hit]:
    """MENTION hits over the values of handle keys (module docstring)."""
    lowered = prefilter.lowered(text)
    if ":" not in text and "=" not in text and len(lowered) == len(text):
        return []  # no key can end at its ":" or "=" below (``_KEY_THEN_SEP``): no cue search
    anchors = []
    for cue in _CUES:
        at = lowered.find(cue)
        while at != -1:
            anchors.append((at, at + len(cue)))
            at = lowered.find(cue, at + 1)
    if not anchors:
        return []  # most posts: no such key
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): read it all
        regions = [(0, len(text))]
    elif not any(_KEY_THEN_SEP.match(text, at) for at, _ in anchors):
        return []  # "talk to users early": no ":" or "=" ends the word run after any cue
    else:
        regions = prefilter.windows(text, sorted(anchors), before=1, after=80)
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_HANDLE_VALUE, text, regions):
        value = m["val"].lstrip("@")
        if m["sep"] == ":" and not m["q"] and (
            not _FIELD_END.match(text, m.end())
            or value.lower() in TOP
            or (m["key"].lower() == "user" and value.lower() in COMMON)
        ):
            continue  # "Login: please retry"; a chat transcript's "User: thanks"
        if m["key"][:4].lower() == "nick" and value.isalpha():
            continue  # a nickname written as a name: a NAME of the record rules
        if (
            value.lower() in _NOBODY
            or is_placeholder(value)
            or not any(c.isalpha() for c in value)
            or value.replace(".", "").replace("-", "").isdigit()
        ):
            continue
        hits.append(("MENTION", m.start("val"), m.end("val")))
    return hits
