"""The words around a roster name written alone that ``member_given`` weighs: what joins it to
a longer word ("Rose-Marie", "anne.smith"), a case ending after a hyphen ("Smith-nek"), a longer
name or a company beside it ("Ralph Lauren", "Solvangen GmbH"), a place or business word after
it ("Madison Avenue"), and whether a declined form's name may be a place or a brand.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.redact import eponyms
from trainer.redact.address_towns import postal_towns
from trainer.redact.companies import is_legal_form
from trainer.redact.member_inflections import HU_AFTER_VOWEL, HU_CASE_SUFFIXES
from trainer.redact.member_words import common_keys, word_key
from trainer.redact.name_keys import fold
from trainer.redact.person_words import (
    COMPANY_SUFFIX,
    GIVEN,
    NOT_SURNAME,
    PLACE_SURNAMES,
    STREET_WORDS,
    TOP,
)

_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_AMPERSAND_AFTER = re.compile(r" & ([A-ZÀ-Þ][^\W\d_]+)\b")
_CAPITALISED_AFTER = re.compile(r" (?:& )?([A-ZÀ-Þ][^\W\d_]+)")
_WORD_AFTER = re.compile(r"[ \t]+(\S+)")
# A case ending written after a hyphen, as Hungarian and Finnish do after a foreign name
# ("Smith-nek", "Smith-szel", "Smith-in"): the name before it stands alone.
_CASE_SUFFIX = re.compile(
    r"-(?:"
    + "|".join((*HU_CASE_SUFFIXES, *HU_AFTER_VOWEL))
    + r"|szel|szal|in|ille|lle|lta|ltä|sta|stä|ssa|ssä|n|ia|ovi|em|om|a|u|e|ei|ului)(?![\w-])"
)
# Case endings only a person's name takes (dative -ovi/-owi, instrumental -em/-iem/-ovou/-ou,
# Hungarian -nak/-nek/-val/-vel): "Napsal jsem Berlinovi", "z Parkiem", "Fordnak" are the
# member even when the name is a town or a brand; a town's endings (-u, -ie, -ban ...) need a cue.
PERSON_ENDINGS = frozenset("ovi owi em iem ovou ou nak nek val vel".split())


def declined_place(base: str) -> bool:
    """A declined form whose name may be a place or a brand: a listed town, a place word ("Park",
    "London", "Madrid") or a one-word listed company ("Ford"); it needs a person cue. A
    preposition or a Hungarian place suffix alone does not make one: "u Nováka" (at Novák's) and
    "Novákban" (in Novák) are people (fail closed)."""
    title = base.title()
    return (
        base in postal_towns()
        or title in PLACE_SURNAMES
        or title in STREET_WORDS
        or eponyms.is_one_word_company(base)  # "Ford"
    )


def joined(text: str, start: int, end: int, n: int) -> bool:
    """Part of a longer word: "Rose-Marie", "O'Neil", "anne.smith", "@roxanne", "#Femke"."""
    if start:
        before = text[start - 1]
        if before in "@#_/\\" or before.isalnum():
            return True
        if before in "-.'’" and start >= 2 and text[start - 2].isalnum():
            # "d'Aurélien", "l'Ana": an elided article; "O'Neil", "Anne-Marie" are joined.
            elided = (
                before in "'’"
                and text[start - 2] in "dl"
                and (start < 3 or not text[start - 3].isalnum())
            )
            if not elided:
                return True
    if end < n:
        after = text[end]
        if after in "@_/\\" or after.isalnum():
            return True
        if after in "-." and end + 1 < n and text[end + 1].isalnum():
            return after == "." or not _CASE_SUFFIX.match(text, end)  # "Smith-nek" is free
    return False


def member_pair(
    text: str, end: int, before: list[str], given: frozenset[str], surnames: frozenset[str]
) -> bool:
    """Two members joined by "&" ("Thanks Lambert & Costa"), not a company: the word on the
    other side of the "&" is a member's name too."""
    if (after := _AMPERSAND_AFTER.match(text, end)) is not None:
        other = word_key(fold(after.group(1)))
    elif len(before) > 1 and before[-1] == "&":
        other = word_key(fold(before[-2].strip(",;:")))
    else:
        return False
    return other in given or other in surnames


def in_longer_name(text: str, end: int, before: list[str]) -> bool:
    """Next to another capitalised word: a full name or a company ("Irving Oil", "Oscar
    Niemeyer Foundation", "Ralph Lauren", "Ben & Jerry's"), left to the full-name rules."""
    after = _CAPITALISED_AFTER.match(text, end)
    if after and after.group(1).lower() not in TOP:
        return True
    return bool(before) and (before[-1].rpartition("-")[2] in GIVEN or before[-1] == "&")


# A label's colon right before a value: "Treasurer: X", "Candidat au bureau : X".
_LABEL_COLON = re.compile(r":[ \t]{1,2}$")


def label_value_then_sentence(text: str, start: int, end: int) -> bool:
    """The value of a label ("Treasurer: X") followed by a capitalised frequent word that no
    list holds as a name or a place, company or street word ("Treasurer: X Meeting at ten"):
    the next sentence, its full stop left out, not the rest of a longer name."""
    if not _LABEL_COLON.search(text, max(0, start - 3), start):
        return False
    m = _CAPITALISED_AFTER.match(text, end)
    if m is None or text[end + 1 : end + 2] == "&":
        return False
    word = m.group(1)
    key = word_key(fold(word))
    return (
        key in common_keys()
        and word not in GIVEN
        and word not in NOT_SURNAME
        and word not in COMPANY_SUFFIX
        and word not in STREET_WORDS
        and word not in PLACE_SURNAMES
        and key not in postal_towns()
    )


def legal_form_after(text: str, end: int) -> bool:
    """A legal form right after the name ("Solvangen GmbH", "Vidigal Ltda."): a company. A
    business opener or word ("Casa X", "Praxis X", "X and Sons") is no proof: a rare roster
    name there is still the member's (her house, her practice, her family's firm)."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and is_legal_form(m.group(1))


def full_name_after(text: str, end: int) -> bool:
    """A capitalised word that is no frequent word follows: a full name ("Joost Hoogstraaten")."""
    m = _CAPITALISED_AFTER.match(text, end)
    return m is not None and word_key(fold(m.group(1))) not in common_keys()


def place_or_company_after(text: str, end: int) -> bool:
    """A business, place or street word follows: "Madison Avenue", "Grace Foundation"."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and (m.group(1) in NOT_SURNAME or m.group(1) in COMPANY_SUFFIX)


class Beside:
    """A post's keyword spans and member hits indexed by start and end, built once per post:
    ``name_beside`` looks up its two neighbours, not every span (rev20 F13: a scan of every
    span per candidate cost the square of the names in a post)."""

    __slots__ = ("by_end", "by_start", "hit_ends", "hit_starts")

    def __init__(self, spans: list[tuple[int, int]], covered: list) -> None:
        self.by_end: dict[int, list[int]] = {}
        self.by_start: dict[int, list[int]] = {}
        for s, e in spans:
            self.by_end.setdefault(e, []).append(s)
            self.by_start.setdefault(s, []).append(e)
        self.hit_ends = {e for _, _, e in covered}
        self.hit_starts = {s for _, s, _ in covered}


def name_beside(
    text: str, start: int, end: int, beside: Beside, names: Callable[[str], bool]
) -> bool:
    """Whether another roster name, a declined form of one or a member hit stands right beside
    text[start:end], one space or no-break space away: a declined given name and surname written
    together in lower case ("hvala [given-dat] [surname-dat]") are a full name, though either
    alone might be a word of a language we do not list. ``names`` says whether a span's folded
    key is a roster name or a declined form of one (the keyword spans hold any given name);
    ``beside`` indexes the keyword spans and the member hits."""
    after, before = end + 1, start - 1
    if after >= len(text) or text[end] not in " \u00a0":
        after = -1
    if before < 1 or text[before] not in " \u00a0":
        before = -1
    return (
        any(names(word_key(fold(text[s:before]))) for s in beside.by_end.get(before, ()))
        or any(names(word_key(fold(text[after:e]))) for e in beside.by_start.get(after, ()))
        or before in beside.hit_ends
        or after in beside.hit_starts
    )
