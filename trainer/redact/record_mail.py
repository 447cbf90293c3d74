"""Mail headers and reply attributions pasted into a post.

- RFC 5322 originator and destination fields (From, To, Cc, Bcc, Reply-To, Sender) and their
  localised labels in mail clients (Von/An, De/À, De/Para, Da/A, Van/Aan, ...): the value is a
  mailbox list, ``Name <addr>, "Doe, Jane" <addr>, addr``; each display name is a name and each
  address a mail address. A group with no members ("undisclosed-recipients:;") names nobody.
  Short labels that are common words ("De", "A", "An") count only in a post with another
  header line (Subject, Date, Betreff, Objet, ...) or with a mailbox in the value.
- The attribution line a mail client writes above a quoted reply, in our seven languages:
  "On <date>, <name> wrote:", "Am <date> schrieb <name>:", "Le <date>, <name> a écrit :",
  "El <date>, <name> escribió:", "Il <date> <name> ha scritto:", "Op <date> schreef <name>:",
  "Em <date>, <name> escreveu:". The name is read as a name; "you", "Sie", "usted" are not.
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.record_names import organisation
from trainer.redact.record_person_keys import MAIL_HEADER_KEYS
from trainer.redact.record_values import name_shaped, trim, value_hits

# Mail headers (RFC 5322 From/To/Cc/Bcc/Reply-To/Sender) and their localised labels.
MAIL_KEYS = frozenset(
    "from|to|cc|bcc|reply to|sender|von|an|kopie|blindkopie|antwort an|de|a|cci|"
    "repondre a|para|copia|cco|da|van|aan|kopie aan|responder a|rispondi a".split("|")
) | MAIL_HEADER_KEYS  # person keys that are header labels too ("Lähettäjä", "Feladó")
# Other mail header labels: one of them in the post shows its "De :"/"A:" lines are headers.
_HEADER_CONTEXT = re.compile(
    r"^[ \t>]*(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto|sent|gesendet|envoye|"
    r"envoyé|enviado|inviato|verzonden|date|datum|fecha|data)[ \t]*:",
    re.M | re.I,
)
_MAILBOX = re.compile(
    r'\s*(?:"(?P<quoted>[^"\n]*)"|(?P<plain>[^<>,;"\n]*?))\s*(?:<(?P<addr>[^<>\n]*)>)?\s*(?:[,;]|$)'
)
# "<date>" ends with a digit or AM/PM; the name runs to the verb; an optional <address>.
_DATE = r"[^\n]*?\d(?: ?[AaPp]\.? ?[Mm]\.?)?"
_NAME = r"(?P<name>[^\n<>:]+?)(?: ?<[^<>\n]*>| ?\[[^\]\n]*\])?"
_ATTRIBUTIONS = tuple(
    re.compile(rf"^[ \t>]*{form}:[ \t]*$", re.M)
    for form in (
        rf"On {_DATE}, {_NAME} wrote",
        rf"Am {_DATE},? schrieb {_NAME}",
        rf"Le {_DATE}, {_NAME} a écrit ?",
        rf"El {_DATE}, {_NAME} escribió",
        rf"Il (?:giorno )?{_DATE},? {_NAME} ha scritto",
        rf"Op {_DATE},? schreef {_NAME}",
        rf"Em {_DATE}, {_NAME} escreveu",
    )
)
_NOBODY = frozenset("you|sie|usted|ustedes|vous|tu|u|voce|você|lei|voi|jij|jullie".split("|"))


def header_context(text: str) -> bool:
    """True when ``text`` has a mail header line besides the address fields."""
    return bool(_HEADER_CONTEXT.search(text))


def mailbox_hits(text: str, start: int, end: int) -> list[Hit]:
    """Names and addresses of an RFC 5322 mailbox list: ``Name <addr>, "Doe, Jane" <addr>``.
    A group with no members ("undisclosed-recipients:;") names nobody."""
    hits: list[Hit] = []
    pos = start
    while pos < end:
        m = _MAILBOX.match(text, pos, end)
        if m is None or m.end() == pos:
            break
        name = "quoted" if m["quoted"] is not None else "plain"
        ns, ne = trim(text, *m.span(name)) if m[name] else (0, 0)
        if ns < ne and not text[ns:ne].endswith(":"):
            if "@" in text[ns:ne]:
                hits.append(("EMAIL", ns, ne))
            elif m["quoted"] is not None or (
                name_shaped(text[ns:ne]) and not organisation(text[ns:ne])
            ):
                hits.append(("NAME", ns, ne))
        if m["addr"]:
            hits.append(("EMAIL", *m.span("addr")))
        pos = m.end()
    return hits


def find_attributions(text: str) -> list[Hit]:
    """The writer's name in each reply attribution line of ``text``."""
    hits: list[Hit] = []
    for pattern in _ATTRIBUTIONS:
        for m in pattern.finditer(text):
            start, end = trim(text, *m.span("name"))
            if text[start:end].lower() in _NOBODY or "@" in text[start:end]:
                continue
            hits += value_hits(text, start, end, kind="NAME", strict=True)
    return hits
