"""A name-like run after an article that English and French never put before a person's name,
with a verb after it: "The Granny Smith did well this year", "The Aberdeen Angus sold
first", "La Belle de Fontenay a bien donné" (dev44 N): a variety, a breed, a product or a
place named like a person, the look-alike the name rules must keep.

English writes no article before a person's name ("the Smiths" and "the Smith family" name a
family: a plural or a family noun, not a verb, follows), and written French none before a
first name; so "The"/"La"/"Le" at a sentence's or line's start, the run, then a finite verb
(an auxiliary or a past in "-ed" for English, an auxiliary for French) is a thing. Fail
closed elsewhere: any other word after the run (a noun, a name, "I"), a title in the run, a
run that is a form of address, or an article of a language that does put one before a name
(Portuguese "a Maria", Catalan "la Núria", Italian "la Giulia") keeps the name.
"""

from __future__ import annotations

import re

from trainer.redact.person_words import TITLES

# A finite verb after the run, by language: English auxiliaries and frequent past forms;
# French auxiliaries and frequent third-person verbs.
ENGLISH_VERBS = tuple(
    """is was are were did does do has had have will would can could should grew grows gave
    gives sold sells yielded yields came comes went goes looks looked tastes tasted keeps
    kept stays stayed won wins""".split()
)
FRENCH_VERBS = tuple(
    "a est était avait fait donne donnait reste restait produit pousse se vend".split()
)
# The article opens a sentence, a line or a list item; capitalised words of the run may stand
# between it and the hit ("The Aberdeen [Angus]").
_ARTICLE = re.compile(
    r"(?:^|(?<=[\n.!?:]) ?|(?<=\n[-*•] ))(?:(?P<en>The)|(?P<fr>La|Le|L['’]))[ ]?"
    r"(?:[A-ZÀ-Þ][\w'’-]* (?:de |d['’])?)*$"
)
_EN_AFTER = re.compile(rf" (?:{'|'.join(ENGLISH_VERBS)}|[a-z]+ed)\b")
_FR_AFTER = re.compile(rf" (?:{'|'.join(FRENCH_VERBS)})\b")


def after_thing_article(text: str, start: int, end: int) -> bool:
    """Whether the hit ``text[start:end]`` follows a sentence-initial "The" (or French "La",
    "Le", "L'") and precedes a finite verb (module doc): a thing named like a person."""
    m = _ARTICLE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    if any(w.rstrip(".") in TITLES for w in text[start:end].split()):
        return False  # "The Rev. Ama Owusu was there": a title names a person
    after = _EN_AFTER if m["en"] else _FR_AFTER
    return after.match(text, end) is not None
