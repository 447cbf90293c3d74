"""The name line of a signature block, known by its place, not its words (dev44 N):

    Best wishes.                      <- a closing: a line that ends in ".", "," or "!"
    Ruby                              <- the signer: one to four words, nothing after them
    Customer Care, Solway Heat Pumps  <- a "Role, Organisation" line or a contact label line

A letter in any language is signed so, and the line between a closing and the signer's role
(or contact lines: "Email:", "Courriel :", "Tel.:") holds the signer's name whatever it is: a
given name that is also a word ("Ruby", "Jan", "Milan"), one no list holds, or a name written
in lower case ("pita rokovunisei"). Fail closed: the line goes unless its words are all
frequent words ("Your team", "Customer Services") or a company word is among them.

Gate: a line break after ".", "," or "!" (the regex's first characters); no word list.
"""

from __future__ import annotations

import re

from trainer.redact.companies import is_company_token, is_legal_form
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import literal_alternation
from trainer.redact.person_function_words import NODICT_FUNCTION_WORDS
from trainer.redact.person_words import GIVEN, GIVEN_AMBIGUOUS, TITLES, TOP

_GIVEN = GIVEN | GIVEN_AMBIGUOUS
# Contact labels that open the lines under a signer's name, in many languages at once.
CONTACT_LABELS = tuple(
    (
        "email|e-mail|mail|courriel|correo|correo electrónico|tel|tel.|tél|tél.|phone|mobile|"
        "mob|cell|téléphone|telefon|telefone|teléfono|telefono|telefoon|puhelin|web|website|"
        "site|site web|sitio web|www|fax|gsm|portable|celular|móvil|cellulare|handy|mobil|"
        "komórka|mobiel"
    ).split("|")
)
_LABELS = literal_alternation(CONTACT_LABELS, blank=None)
_SIGNER = re.compile(
    r"[.,!][ \t]*\n[ \t]*(?P<name>[^\W\d_][\w'’.-]*(?:,?[ \t]+[^\W\d_][\w'’.-]*){0,3})[ \t]*\n"
)
# The line under the name: "Role, Organisation" (each part short) or a contact label.
_UNDER = re.compile(
    rf"[ \t]*(?:(?i:{_LABELS})[ \t]*:|[^\W\d_][^\n,:]{{1,40}},[ \t]+[^\W\d_][^\n,]{{0,60}}(?:\n|$))"
)


# Up to three short lines under the name (a contact value, a role) whose last one names the
# organisation by its legal form ("Supplier quality engineer\nTasman Packaging Ltd").


def _organisation_below(text: str, at: int) -> bool:
    """A line among the next three under the signer ends in a company's legal form, the
    second of them at the earliest (the first is the role or a contact value)."""
    lines = text[at:].split("\n", 3)[:3]
    for line in lines[1:]:
        words = line.split()
        if words and len(line) <= 60 and is_legal_form(words[-1]):
            return True
    return False


def _comma_name(line: str) -> bool:
    """A "Surname, Given" signer line: two words of letters written as a name."""
    words = line.replace(",", " ").split()
    return len(words) == 2 and all(w.isalpha() for w in words) and _name_shaped(words)


def _name_shaped(words: list[str]) -> bool:
    """Words written as a name: all capitalised or all in lower case, none a sentence word
    unless it is a given name ("Anders"): not "Next steps" above "Board meeting"."""
    if not (all(w[:1].isupper() for w in words) or all(w.islower() for w in words)):
        return False
    return all(w.lower() not in TOP or w.title() in _GIVEN for w in words)


def signature_names(text: str) -> list[Hit]:
    """NAME hits for the signer's line between a closing and a role or contact line."""
    if "\n" not in text:
        return []
    hits: list[Hit] = []
    for m in _SIGNER.finditer(text):
        if _UNDER.match(text, m.end()) is None and not (
            _organisation_below(text, m.end()) and _name_shaped(m["name"].replace(",", " ").split())
        ):
            continue
        if "," in m["name"] and not _comma_name(m["name"]):
            continue  # "Association déclarée, RNA W211030772": no "Surname, Given" line
        words = m["name"].split()
        start = m.start("name")
        while words and words[0].rstrip(".").title() in TITLES and len(words) > 1:
            start = text.index(words[1], start + len(words[0]))  # "Ms X": the title stays out
            words = words[1:]
        if not _signer(words):
            continue
        hits.append(("NAME", start, m.end("name")))
    return hits


def _signer(words: list[str]) -> bool:
    """Words that can be a signer's name: not all frequent words, no company word, no
    function word, no word ending a sentence."""
    if not words or words[-1].endswith("."):
        return False
    if any(
        w.lower() in NODICT_FUNCTION_WORDS or is_company_token(w) or is_legal_form(w) for w in words
    ):
        return False
    if all(w.lower() in TOP for w in words):  # "Customer Services"; a name that is a word too
        return len(words) == 1 and words[0].title() in _GIVEN  # stays ("Will", "Jan")
    return True
