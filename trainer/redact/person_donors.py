"""The person a donor label names: "Donor: Maren Oyelaran", "Donateur : Dosso, Awa",
"Spender/in: Ole", "Donante: nelson brito", "Doador: Kalunga, Wilson".

Receipts, pledge forms and thank-you posts label the giver ("Donor", "Donateur", "Donatrice",
"Spender/in", "Donante", "Doador/a", "Donatore/Donatrice", "Donator/ka"); what follows such a
label is a person's name unless it reads as words ("Donor: Anonymous", "Donor: Lions Club").
So no name list is needed: the value's leading words that are written like a name and are no
sentence word are redacted, in title case, capitals or lower case (a lower-case value must
open with a listed given name). The label opens a line or a sentence ("... merci. Donateur :
Kouadio Yao Merci"), since one-line posts run their lines together; the name stops at the
first word that is a common word, a punctuation mark or a line end. "Surname, Given" after
the label is both halves.

Gate: the label words are prefilter keywords ("person_donor"); posts without one pay nothing.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_towns import postal_towns
from trainer.redact.companies import company_follows, is_company_token, is_legal_form
from trainer.redact.hits import Hit
from trainer.redact.person_roles import as_title
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    PARTICLE_SET,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    UPPER,
)

# The giver's label, by language (both genders where marked; "Spender/in" and the like are
# read by ``_LABEL_TAIL``).
_LABELS = frozenset(
    """donor donors donator benefactor donateur donatrice donateurs spender spenderin
    spenderinnen donante donantes donador donadora doador doadora donatore donatori
    donatorka darodavac""".split()
)
prefilter.register("person_donor", _LABELS)

# After the label word: an inclusive ending ("/in", "/a", "(e)", "·e"), then ":" or "=".
_LABEL_TAIL = re.compile(r"(?:/-?[a-z]{1,6}|\([a-z]{1,4}\)|[·.][a-z]{1,3})?[ \t]*[:=][ \t]*")
# One word of the value: letters with inner hyphens or apostrophes ("N'Guessan", "Abbott-Smith").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]")
_NAME_START = re.compile(rf"[{UPPER}]|[DdLlNn]['’][{UPPER}]")
_MOST = 4  # words of one name
# Surname particles, with the articles of compound ones ("De los Santos", "de las Casas").
_PARTICLES = PARTICLE_SET | frozenset("los las del de la le da das do dos di van von der".split())


def donor_names(text: str, found: dict) -> list[Hit]:
    """NAME hits for the value after each donor label in ``text`` (see the module doc)."""
    hits: list[Hit] = []
    for start, end in found.get("person_donor", ()):
        if not text[start].isupper() or not _opens(text, start):
            continue
        tail = _LABEL_TAIL.match(text, end)
        if tail is None:
            continue
        if (hit := _name_at(text, tail.end())) is None:
            continue
        hits.append(hit)
        if (
            text.startswith(", ", hit[2])
            and " " not in text[hit[1] : hit[2]]
            and (given := _name_at(text, hit[2] + 2, most=1))
            and text[given[1] : given[2]].lower() not in postal_towns()
        ):
            hits.append(given)  # "Donateur : Dosso, Awa"; not "Donor: Oyelaran, Lagos"
    return hits


def _opens(text: str, start: int) -> bool:
    """The label opens its line (after a list marker) or a sentence."""
    i = start
    while i and text[i - 1] in " \t":
        i -= 1
    while i and text[i - 1] in "-*•·>":
        i -= 1
        while i and text[i - 1] in " \t":
            i -= 1
    return i == 0 or text[i - 1] == "\n" or (i < start and text[i - 1] in ".!?:;")


def _name_at(text: str, pos: int, *, most: int = _MOST) -> Hit | None:
    """The name that opens ``text`` at ``pos``: up to ``most`` name-like words on one line."""
    words: list[tuple[int, int]] = []
    lower = text[pos : pos + 1].islower()
    at = pos
    while len(words) < most:
        m = _WORD.match(text, at)
        if m is None:
            break
        word = m.group()
        if words and word.lower() in _PARTICLES:
            # "De los Santos", "da Silva": particles join only a name word after them
            follow = m
            while follow is not None and follow.group().lower() in _PARTICLES:
                gap = _GAP.match(text, follow.end())
                follow = _WORD.match(text, follow.end() + 1) if gap else None
            # after a particle any name-shaped word is a surname ("de la Cruz", "dos Santos")
            if follow is None or not (
                _fits(follow.group(), lower=lower, first=False)
                or (not lower and _surname_after_particle(follow.group()))
            ):
                break
            words.append(follow.span())
            if _GAP.match(text, follow.end()) is None:
                break
            at = follow.end() + 1
            continue
        if not _fits(word, lower=lower, first=not words):
            break
        words.append(m.span())
        if _GAP.match(text, m.end()) is None:
            break
        at = m.end() + 1
    if not words or company_follows(text, words[-1][1]):
        return None  # "Donor: Kouadio Enterprises", "Donor: Hope Foundation": a company
    return ("NAME", words[0][0], words[-1][1])


def _surname_after_particle(word: str) -> bool:
    return _NAME_START.match(word) is not None and word.lower() not in TOP


def _fits(word: str, *, lower: bool, first: bool) -> bool:
    """``word`` can be part of a donor's name: written like one and no sentence word."""
    low = word.lower()
    if low in TOP or is_company_token(word) or is_legal_form(word):
        return False
    title = as_title(word)
    if lower:  # "nelson brito": a listed given name first, then no common word
        if not word.islower():
            return False
        if first:
            return word.title() in GIVEN or word.title() in GIVEN_AMBIGUOUS
        return word.title() in SURNAMES and word.title() not in SURNAME_WORDS or low not in COMMON
    if _NAME_START.match(word) is None or (word.isupper() and len(word) < 2):
        return False
    if low not in COMMON:
        return True  # "Ehouman", "Kouadio": spelt like a name, no word of our languages
    if first and (title in GIVEN or title in GIVEN_AMBIGUOUS):
        return True  # "Happiness", "Faith", "Serge": a given name that is also a word
    return title in SURNAMES and title not in SURNAME_WORDS  # "Brown", not "Club"
