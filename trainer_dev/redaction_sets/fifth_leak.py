"""The fifth set's leak rule: an item leaked when any of its fragments survives redaction.

Fragments are strings with a one-letter prefix saying how they are found:

- ``d:1234``  a 4-digit window of the item's digits, found in digit runs (digits joined across at
  most two of `` -./()`` and no-break spaces, as numbers are written);
- ``w:Name``  a surname token, a whole word (an English or German possessive ``s`` may follow),
  case-insensitive, in the text outside e-mails, URLs, handles and hashtags;
- ``t:Name``  a street-name token, found like ``w:``;
- ``p:1234 AB`` the postcode, whole, case-insensitive, any spaces or hyphen between its parts;
- ``c:text``  an e-mail local part, a URL host label or slug, a handle or hashtag body,
  case-insensitive, inside e-mails, URLs, handles and hashtags only;
- ``x:text``  a code's own characters (IPv6 groups, codice fiscale, PAN letters), anywhere.

A fragment may also occur elsewhere in the post (a surname in the e-mail beside the name, a
digit window in a date): ``background`` is the post with the item's value removed, and a
fragment counts as leaked only when the redacted text holds more occurrences of it than the
background does.
"""

from __future__ import annotations

import re

_JOIN = re.compile(r"(?<=\d)[ \-./()\u00a0\u202f]{1,2}(?=\d)")
LINK = re.compile(
    r"[\w.+\-'’]+@[\w\-]+(?:\.[\w\-]+)+"  # e-mail
    r"|(?:https?://|www\.)\S+"  # URL with scheme or www
    r"|[#@][\w.\-]*\w"  # hashtag or handle
    r"|\b[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}(?:/\S*)?",  # bare host, optional path
    re.I,
)
# Too generic to count as a fragment (placeholders a redactor may write, particles, street types).
GENERIC = {
    "name", "email", "e-mail", "mail", "phone", "url", "address", "person", "member",
    "redacted", "card", "iban", "ssn", "ip", "id", "pii", "street", "road", "via", "rue",
    "calle", "rua", "straße", "avenue",
}  # fmt: skip


def digit_runs(text: str) -> list[str]:
    return re.findall(r"\d+", _JOIN.sub("", text))


def digit_windows(value: str) -> list[str]:
    out: list[str] = []
    for run in digit_runs(value):
        for i in range(len(run) - 3):
            w = run[i : i + 4]
            if len(set(w)) > 1 and w not in out:
                out.append(w)
    return out


def link_text(text: str) -> str:
    return "\n".join(m.group(0) for m in LINK.finditer(text)).casefold()


def word_text(text: str) -> str:
    return LINK.sub(" ", text).casefold()


def _word_re(token: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(token.casefold()) + r"(?:s|'s|’s)?(?!\w)")


def _postcode_re(postcode: str) -> re.Pattern:
    parts = re.findall(r"[0-9A-Za-z]+", postcode)
    return re.compile(
        r"(?<![0-9a-z])" + r"[\s\-]*".join(map(re.escape, parts)) + r"(?![0-9a-z])", re.I
    )


def count(text: str, fragment: str) -> int:
    kind, body = fragment[:1], fragment[2:]
    if kind == "d":
        return sum(len(re.findall(f"(?={body})", run)) for run in digit_runs(text))
    if kind in ("w", "t"):
        return len(_word_re(body).findall(word_text(text)))
    if kind == "p":
        return len(_postcode_re(body).findall(text))
    if kind == "c":
        return link_text(text).count(body.casefold())
    if kind == "x":
        return text.casefold().count(body.casefold())
    raise ValueError(fragment)


def leaked(redacted: str, fragments, background: str) -> bool:
    """True when some fragment occurs more often in the redacted text than in the background."""
    return any(count(redacted, f) > count(background, f) for f in fragments)


def fragment_ok(fragment: str) -> bool:
    """A fragment is meaningful: 4 digits, or a name/label of at least two letters that is not
    a placeholder word, particle or street type."""
    kind, body = fragment[:1], fragment[2:]
    if kind == "d":
        return len(body) == 4 and body.isdigit() and len(set(body)) > 1
    if kind == "p":
        return sum(c.isalnum() for c in body) >= 4
    if kind in ("w", "t"):
        return len(body) >= 2 and body.casefold() not in GENERIC and not body.isdigit()
    if kind in ("c", "x"):
        return len(body) >= 3 and body.casefold() not in GENERIC
    return False
