"""Names placed by the structure of the text rather than by a given-name list: the shared
test of a name-shaped item and two shapes that name lists cannot anchor on their own.

1. A given name and the initial of the surname ("Andrew B.", "Íñigo F.", "Ayşe Y."): the form
   of forums, reviews, programmes and support tickets. ``given_initials``.
2. A name in capitals on a line of its own (signatures, obituaries, badges). ``caps_line_name``.

``name_item`` decides whether one list item or label value is written like a name; the label,
slot and apposition rules (``person_labels``) and reported speech (``person_speech``) use it.
An item must look like a name: capitalised tokens that are no common word of any language we
redact ("Attendees: Marketing, Sales" and "Contact: Support Team" are kept), with a census
surname, a gazetteer name or an invented (listless, vowelled) token among them; company forms
are left to ``people``'s final filter.
"""

from __future__ import annotations

import re

from trainer.redact.companies import company_follows, is_company_token
from trainer.redact.hits import Hit
from trainer.redact.person_initials import initial_dots
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    HONORIFIC_SET,
    NOT_SURNAME,
    PARTICLE_SET,
    PARTICLES,
    PLACE_SURNAMES,
    STREET_WORDS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    UPPER,
    invented,
    surname_like,
)

# --- 1. "Andrew B." --------------------------------------------------------------------------
# One capital and a full stop that ends the word ("S.A.", "A.B." are abbreviations, not an
# initial), on the same line.
_INITIAL_AFTER = re.compile(rf"[ \t](?P<init>[{UPPER}])\.(?![\w.'’-])")


_SPACE_INITIAL = re.compile(rf" [{UPPER}]\.(?![\w.'’-])")


def given_initials(text: str, found: dict) -> list[Hit]:
    """A gazetteer given name followed by the initial of a surname: "Leah T.", "Íñigo F."."""
    hits: list[Hit] = []
    # The few " X." of a post first (among the full stops that may close an initial:
    # person_initials), then the given-name keyword before each.
    starts = [d - 2 for d in initial_dots(text) if d > 1 and _SPACE_INITIAL.match(text, d - 2)]
    if not starts:
        return hits
    ends = {e: s for s, e in found.get("given", ())}
    ends.update((e, s) for s, e in found.get("given_ambiguous", ()) if text[s].isupper())
    for end in starts:
        start = ends.get(end)
        if start is None:
            continue
        token = text[start:end]
        if not token[0].isupper() or token.isupper() or (start and text[start - 1] in "@#.'’-_/"):
            continue
        if token not in GIVEN and (
            token not in GIVEN_AMBIGUOUS or token.lower() in TOP or token in STREET_WORDS
        ):
            continue  # "Plan B.", "Via C."
        if token in NOT_SURNAME or token in HONORIFIC_SET:
            continue
        if _INITIAL_AFTER.match(text, end) is None:
            continue
        hits.append(("NAME", start, end + 3))
    return hits


# --- name-shaped items (person_labels and person_speech use these too) -------------------
_TOKEN_SPLIT = re.compile(r"[\s]+")
CAP_TOKEN = re.compile(rf"{CAP}$")


def name_token(token: str) -> bool:
    """A token that can be part of a person's name written in a list, a label or after a verb
    of saying (title or upper case; no sentence word; a common word only when a name list
    holds it: "Rosa", "Castellano", "Müller")."""
    if token.isupper() and len(token) <= 3:
        return False  # "CEO", "HR", "NSW": an acronym
    word = token.title() if token.isupper() and len(token) > 1 else token
    if CAP_TOKEN.match(word) is None or word in NOT_SURNAME or word in HONORIFIC_SET:
        return False
    low = word.lower()
    if low in TOP or word in STREET_WORDS or is_company_token(word):
        return False
    if low in COMMON:
        return (
            word in GIVEN or word in GIVEN_AMBIGUOUS or word in SURNAMES
        ) and word not in SURNAME_WORDS
    return surname_like(word)


def invented_shape(word: str) -> bool:
    """Capitalised letters with a vowel: "Kirrily", "Tarni"."""
    return CAP_TOKEN.match(word) is not None and any(c in "aeiouyAEIOUY" for c in word)


def as_title(word: str) -> str:
    """ "HARWOOD" as "Harwood" (the lists hold title case); other words as they are."""
    return word.title() if word.isupper() and len(word) > 1 else word


def _listed(word: str) -> bool:
    word = word.title() if word.isupper() else word
    return (
        word in GIVEN
        or word in GIVEN_AMBIGUOUS
        or (word in SURNAMES and word not in PLACE_SURNAMES)
        or invented(word)
    )


def name_item(text: str, start: int, end: int, *, most: int = 4) -> Hit | None:
    """``text[start:end]`` (one list item, a label's value) as a NAME hit when every word of it
    is written like a name and a name list holds one of them (or it is invented). A given name
    that is also a sentence word somewhere ("Mia", Italian "my") counts before a census
    surname; a single word that is a common word as often as a name ("Sales", "Lima") does
    not count alone."""
    item = text[start:end]
    words = [w for w in _TOKEN_SPLIT.split(item.strip()) if w]
    if not words or len(words) > most:
        return None
    if words[0].lower() in PARTICLE_SET and words[0].islower():
        return None
    named = [w for w in words if w.lower() not in PARTICLE_SET]
    if not named:
        return None
    if (
        len(words) > 1
        and words[-2].lower() in PARTICLE_SET
        and CAP_TOKEN.match(as_title(words[-1])) is not None
        and words[-1].lower() not in TOP
        # "De Jong" yes, "Le Monde" no: a common word only when a surname list holds it
        and (words[-1].lower() not in COMMON or as_title(words[-1]) in SURNAMES)
        and all(name_token(w) for w in named[:-1])
        and not company_follows(text, start + len(item.rstrip()))
    ):
        # "De Jong", "Ó Dónaill", "JAN VAN DIJK": a particle makes a surname of any word
        lead = len(item) - len(item.lstrip())
        return ("NAME", start + lead, start + len(item.rstrip()))
    first, last = as_title(named[0]), as_title(named[-1])
    given_first = (
        len(named) > 1
        and (
            first in GIVEN
            or first in GIVEN_AMBIGUOUS
            # a first name no list holds ("Kirrily"): no common word, spelt like a name
            or (first.lower() not in COMMON and first not in NOT_SURNAME and invented_shape(first))
        )
        and ((last in SURNAMES and last not in SURNAME_WORDS) or invented(last))
        and name_token(named[-1])
    )
    if not all(name_token(w) or (given_first and i == 0) for i, w in enumerate(named)):
        return None
    if not any(_listed(w) for w in named):
        return None
    if len(named) == 1 and last.lower() in COMMON and last not in GIVEN and last not in SURNAMES:
        return None
    if len(named) == 1 and last in GIVEN_AMBIGUOUS and last not in GIVEN:
        return None  # "Attendees: Sales, Marketing"
    lead = len(item) - len(item.lstrip())
    stop = start + len(item.rstrip())
    if company_follows(text, stop):
        return None
    return ("NAME", start + lead, stop)


# --- 2. a name in capitals on a line of its own ------------------------------------------------
# Signatures, obituaries, badges and ticket headers write the name in capitals on its own line
# ("Groeten,\nHENDRIK VAN DIJK\nPartner", "IN MEMORIAM\n\nROOS TER HORST", "EMMA CÔTÉ – ..."):
# there a given name (even a word-like one) and a census surname (even one that is a sentence
# word in some language: "CÔTÉ") are a person; a particle makes a surname of any capitals.
_CAPS_WORD = rf"[{UPPER}]{{2,}}(?:['’-][{UPPER}]+)?"
_CAPS_REST = re.compile(
    rf"(?P<particles>(?:[ \t](?i:{PARTICLES})){{0,3}})[ \t](?P<last>{_CAPS_WORD})"
    r"(?=[ \t]*(?:$|\n|[,;:|(>–—]))"
)
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·>][ \t]*)?$")


def caps_line_name(text: str, start: int, end: int) -> Hit | None:
    """``text[start:end]``, a given name in capitals opening its line, and the capitals after it
    up to the line's end or a separator, as one NAME (see above)."""
    token = as_title(text[start:end])
    if not text[start:end].isupper() or (token not in GIVEN and token not in GIVEN_AMBIGUOUS):
        return None
    if _LINE_OPEN.search(text, max(0, start - 8), start) is None:
        return None
    m = _CAPS_REST.match(text, end)
    if m is None:
        return None
    last = as_title(m.group("last"))
    # Headings are in capitals too ("SE VENDE", "ZIMMER FREI", "CICLO DE PALESTRAS", "KAMER TE
    # HUUR"): a word-like given name must be no sentence word, and the surname after a
    # particle a listed one.
    if token not in GIVEN and token.lower() in TOP:
        return None
    if m.group("particles"):
        if last not in SURNAMES or last.lower() in TOP:
            return None
        if token not in GIVEN and last.lower() in COMMON:
            return None  # "ROSA DOS VENTOS" (a shop), words both sides of the particle
    elif not (
        (last in SURNAMES or invented(last))
        # a plain given name makes even a word-like surname one ("EMMA PARK"), a word-like
        # given name needs a surname that is no word ("ROSE GARDEN", "ZIMMER FREI" stay)
        and (token in GIVEN or last.lower() not in COMMON)
        and last not in PLACE_SURNAMES
        and last not in NOT_SURNAME
        and (token in GIVEN or last.lower() not in TOP)
    ):
        return None
    if company_follows(text, m.end()):
        return None
    return ("NAME", start, m.end())
