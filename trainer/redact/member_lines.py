"""Where a member's name stands in its line (``member_given``, ``member_cues``): a programme
slot after a time ("10:15 | Open data / X (Lab)"), an item of a list of attendees after its label
("Present: X; Y"), a speaker label ("X: text"), alone on its line below a sign-off ("Cheers,\nX").
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.redact.member_role_labels import role_word
from trainer.redact.prefilter import line_first

# The line a mail app writes above a signature: "Sent from my iPhone", "Envoyé de mon iPhone".
SENT_FROM = re.compile(
    r"(?i:sent\sfrom\smy|envoyé\sde\smon|gesendet\svon\smeinem|inviato\sda|enviado\sdesde\smi|"
    r"enviado\sdo\smeu|verzonden\svan(?:af)?\smijn)\s\S+[ \t]*$"
)

# A chat message's head before the name: "[09:14] pixelfox: ", "lunabee › ", "> ".
CHAT_HEAD = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[\w.@-]{1,32}[ \t]?[:›>»][ \t]*|>[ \t]*)?"
)

# Nothing but punctuation, symbols or emoji to the end of the line ("!", "🙏", " !!").
ALONE_TO_EOL = re.compile(r"[^\w\n]*(?:\n|$)")
ITEM_END = re.compile(r"[ \t]*(?:[,;]|\n|$|\(|[ \t](?:and|und|et|e|y|en|&)\s)")
LINE_END = re.compile(r"[ \t]*(?:[.!]?[ \t]*(?:\n|$)|:|\()")

# A byline's affiliation or pronouns in brackets after the name: "X (Acme Labs)", "X (she/her)".
BYLINE_AFTER = re.compile(
    r" \((?:[A-ZÀ-Þ][^\W\d_][\w&.'’ -]{0,40}|(?i:she|he|they|sie|er|elle|il|ela|ele|ella|él|"
    r"lei|lui|zij|hij)(?:/\w+){1,2})\)"
)

# A speaker label after a name that opens its line: "X: text", "X > text", "X – text".
LABEL_AFTER = re.compile(r"[ \t]?(?::|>|›|[ \t][–—-])[ \t]+[^\W\d_]")

# A programme line opens with a time: "• 10:15 |", "1. 9:00 am:", "14h30 :", "9.30 Uhr –".
TIME_LINE = re.compile(
    r"[ \t]*(?:[-•*·>]|\d{1,2}[.)]?)?[ \t]*\d{1,2}(?:[:.]\d{2}|h\d{0,2})?"
    r"(?:[ \t]?(?i:am|pm|uhr|h))?(?=[ \t:|·/,–—-])"
)

# A list of people after its label: "Attendees: X, Y", "Presenti: X", "Aanwezig: X; Y".
ATTENDANCE = re.compile(
    r"[ \t]*(?:[-•*]\s*)?(?i:joined|attendees|attending|present|in\sattendance|participants|"
    r"apologies|absent|guests|speakers|panel|panellists|panelists|hosts|anwesend|dabei|"
    r"teilnehmer|teilnehmende|teilnehmer\*innen|entschuldigt|gäste|présents|présentes|"
    r"étaient\slà|participant(?:e)?s|excusés|excusées|invités|intervenants|presenti|in\ssala|"
    r"partecipanti|assenti|ospiti|relatori|presentes|participantes|asistentes|ausentes|"
    r"invitados|ponentes|convidados|palestrantes|aanwezig|aanwezigen|erbij|deelnemers|"
    r"afwezig|gasten|afmeldingen|sprekers|references|referees|referenzen|références|"
    r"referencias|referenze|referências|referenties)[ \t]?(?::|[–—-][ \t])"
)


# A signature block above the name's line: its delimiter, then at most three short lines.
_BLOCK_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?:--|—|__)[ \t]*\n(?:[^\n]{0,60}\n){0,3}[ \t]*$")
_BLOCK_REACH = 260
# A comma and a job title to the line's end: "X, Office Manager", "X, Jefe de Servicios".
_TITLE_TAIL = re.compile(r",[ \t]+([^\W\d_][^\n.!?:;@]{0,50}?)[ \t]*(?=\n|$)")


_NON_SPACE = re.compile(r"\S")


def chat_head_before(text: str, start: int) -> bool:
    """Only spaces or a chat message's head (``CHAT_HEAD``) between the line's start and
    ``start``; the head is matched in place, not copied once per name of a long line."""
    first = line_first(text, start)
    return (
        CHAT_HEAD.fullmatch(text, first, start) is not None
        or _NON_SPACE.search(text, first, start) is None
    )


def opens_a_line_as_a_name(text: str, start: int, end: int) -> bool:
    """A frequent word that is a member's name opens its line (or chat message) as a speaker
    label ("Moreau: dossier transmis", "Pellegrini > accesso negato", "Visser – de klant
    belt terug") or is all its line holds ("Pellegrini" above a ticket's text)."""
    if not chat_head_before(text, start):
        return False
    return bool(LABEL_AFTER.match(text, end) or ALONE_TO_EOL.match(text, end))


def programme_slot(text: str, start: int, end: int) -> bool:
    """The speaker of a programme line: the line opens with a time and the name closes it or
    precedes a bracket or a colon ("14h30 : Atelier · X", "• 10:15 | Open data / X (Lab)")."""
    first = line_first(text, start)
    return bool(LINE_END.match(text, end)) and TIME_LINE.match(text, first) is not None


def attendance_item(text: str, start: int, end: int) -> bool:
    """An item of a list of people after its label ("Attendees: Y; X, Z"): a list separator
    or the line's end follows."""
    first = line_first(text, start)
    if ATTENDANCE.match(text, first) is None or ITEM_END.match(text, end) is None:
        return False
    # a full stop (not "Dr."/"Mr.") and no colon before the name; read once per line (rev20:
    # a copy of the line's head per name cost the square of a long line's names)
    stop, colon = _head_marks(text, first)
    return not (stop <= start and not first <= colon < start)


@lru_cache(maxsize=32)
def _head_marks(text: str, first: int) -> tuple[int, int]:
    """(the least ``k`` whose head ``text[first:k]`` holds a full stop other than those of
    "Dr." and "Mr.", past the line's end if none; the line's first colon, -1 if none). A head
    that holds such a stop keeps it when it grows, so ``k`` is found by bisection."""
    line_end = text.find("\n", first)
    line_end = len(text) if line_end == -1 else line_end

    def has_stop(k: int) -> bool:
        return "." in text[first:k].replace("Dr.", "").replace("Mr.", "")

    lo, hi = first, line_end + 1  # has_stop(lo) is false; hi: past the end, true by definition
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if has_stop(mid) else (mid, hi)
    return hi, text.find(":", first, line_end)


def line_start(text: str, start: int) -> bool:
    """Only spaces or tabs between the line's start and ``start``."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def signature(text: str, start: int, end: int) -> bool:
    """The name alone on its line, or before a comma and a job title ("X, Office Manager"),
    below a sign-off that ends in a comma ("Best,\nX") or in a signature block (at most three
    short lines below a "--" delimiter: "--\nTel: ...\nX"); or as the post's last line, a job
    title after it ("X, Jefe de Servicios Generales")."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end == -1 else line_end]
    titled = _TITLE_TAIL.match(text, end)
    if titled is None and any(ch.isalnum() for ch in rest):
        return False  # an emoji or a full stop may follow ("Cheers,\nX 👋")
    above = text[max(0, start - 40) : start].rstrip()
    # "Best,\nX", "Sent from my phone\nX", a signature delimiter ("-- \nX")
    if above.endswith((",", "\n--", "\n—")) or above == "--" or SENT_FROM.search(above):
        return True
    if _BLOCK_ABOVE.search(text, max(0, start - _BLOCK_REACH), start):
        return True
    return (
        titled is not None
        and not text[titled.end() :].strip()
        and any(role_word(w) for w in titled.group(1).split())
    )


_BULLET = re.compile(r"[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]+")
_ITEM_TAIL = re.compile(r"[ \t]*(?:$|\n|\(|,|;|[ \t][–—-][ \t])")


def listed_item(text: str, start: int, end: int, covered: list) -> bool:
    """A list item that holds only the name (a role may follow: "• X (chair)", "- X, CFO")
    next to an item that opens with a member's or a person's name ("• Jane Doe (chair)\n•
    X"): a list of people."""
    first = line_first(text, start)
    bullet = _BULLET.match(text, first)
    if bullet is None or bullet.end() != start or not _ITEM_TAIL.match(text, end):
        return False
    after = text.find("\n", end)
    siblings = []
    if first:
        above = line_first(text, first - 1)
        siblings.append(above)
    if after != -1:
        siblings.append(after + 1)
    for line in siblings:
        item = _BULLET.match(text, line)
        if item and any(s == item.end() for _, s, _ in covered):
            return True
    return False
