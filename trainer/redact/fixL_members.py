"""Member mentions the roster rules (``member_given``) missed, found in one pass after them,
fail closed (rev16 review F5, F6, F7):

* a roster name's -s genitive that the frequency list holds ("Annas Idee", "Marias Eltern":
  ``common_words.txt`` keeps name genitives) is a genitive unless a real word list holds it
  (``name_genitive``);
* a roster surname with a family word ("the Santos family", "Familie Fischer", "la famille
  Santos", "die Fischers", "the Santoses");
* a roster surname in capitals before "!" ("SANTOS!!!"), unless the word before it is in
  capitals too (text written in capitals is ordinary casing: "GO SANTOS!");
* a handle with digits or "_" glued on ("mariasantos1990", "Maria_S"): read as the dictionary
  reads the parts;
* a Latvian 2nd-declension form with the palatalised stem consonant ("Jānis" -> "Jāņa",
  n/ņ, l/ļ, s/š, t/š, z/ž, d/ž, c/č): folded it spells another name ("Jana");
* an Estonian bare genitive of a consonant-final roster surname ("Tamm" -> "Tamme")
  written capitalised in a post where a roster given name was found, or before an Estonian
  postposition that takes the genitive ("Tamme arvates"). MemberNames keeps no
  given/surname pairs, so "the same member's given name" is read as "a roster given name":
  the wider, fail-closed reading.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.fixL_spans import SpanIndex
from trainer.redact.hits import Hit
from trainer.redact.member_inflections import _town_keys
from trainer.redact.member_words import is_word, top_keys, word_keys
from trainer.redact.name_keys import fold
from trainer.redact.names import MemberNames

_CAP = r"[A-ZÀ-ÞĀ-Ž]"
_FAMILY_WORDS = (
    r"family|familie|famille|família|familia|famiglia|familj|familjen|familien|perhe|rodzina"
    r"|rodina|obitelj|család|familija|ģimene|šeima|perekond"
)
# "the Santos family", "Santos family", "Santos-Familie"
_NAME_FAMILY = re.compile(rf"\b({_CAP}[\w'’]+)[ \t-]+(?:{_FAMILY_WORDS})\b", re.I)
# "Familie Fischer", "la famille Santos", "família dos Santos", "the family Santos"
_FAMILY_NAME = re.compile(
    rf"\b(?:{_FAMILY_WORDS})[ \t]+(?:(?:de|do|dos|da|das|del|van|von|di)[ \t]+)?({_CAP}[\w'’]+)",
    re.I,
)
# "die Fischers", "the Santoses", "les Martin": an article before a plural surname
_ARTICLE_PLURAL = re.compile(rf"\b(?:the|die|les|de|los|las|os|as|i|gli)[ \t]+({_CAP}\w+?)(es|s)\b")
_SHOUT = re.compile(r"(?<!\w)([A-ZÀ-Þ]{4,})(?=[ \t]*!)")
_WORD_BEFORE = re.compile(r"(\w+)[^\w\n]*$")
_HANDLE = re.compile(r"(?<![\w@/.])(?=\w*[\d_])(?=\w*[^\W\d_]{3})\w{4,40}")
_GIVEN_INITIAL = re.compile(r"([^\W\d_]{3,})_([^\W\d_])(?![^\W\d_])")
_LV_TOKEN = re.compile(rf"(?<!\w){_CAP}\w*[ņļšžč](?:a|i|u|iem|us|os)(?!\w)")
_LV_ALTERNATION = {"ņ": "n", "ļ": "l", "š": "st", "ž": "zd", "č": "c"}
_LV_ENDINGS = ("iem", "us", "os", "a", "i", "u")
_ET_TOKEN = re.compile(rf"(?<!\w){_CAP}\w{{3,}}[aeiu](?!\w)")
# Estonian postpositions that take a genitive ("Tamme arvates", "Tamme juures")
_ET_POST = re.compile(
    r"[ \t]+(?:arvates|arvamus\w*|sõnul|juure\w*|jaoks|käest|poolt|kohta|abil|pere\w*)(?!\w)"
)


def name_genitive(text: str, start: int, key: str, given: frozenset, surnames: frozenset) -> bool:
    """Whether a capitalised ``key`` that the frequency list holds is a roster name + "s" (the
    German, English, Nordic genitive: "Annas", "Fischers") that no real word list holds: the
    frequency list keeps name genitives, so only the word lists (words, places, streets, the
    given names that are words) veto ("Wills", "Does")."""
    base = key[:-1]
    return (
        text[start : start + 1].isupper()
        and key.endswith("s")
        and (base in given or base in surnames)
        and key not in word_keys()
        and key not in top_keys()
    )


def possessor(text: str, end: int, base: str) -> bool:
    """Whether a roster name + "s" at ``:end`` stands before a capitalised noun ("Annas Idee",
    "Fischers Team"): a genitive, not a full name, unless the name is itself a word ("Roses")."""
    return (
        text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and text[end + 2 : end + 3].islower()
        and base not in word_keys()
    )


def extra_member_hits(text: str, folded: str, members: MemberNames, hits: list[Hit]) -> list[Hit]:
    """NAME hits for the member mentions of the module docstring that ``hits`` lacks."""
    given, surnames = members.given, members.surnames
    if not given and not surnames:
        return []
    found: list[Hit] = []
    if surnames:
        found += _family(text, folded, surnames)
        if "!" in text:
            found += _shouted(text, folded, surnames)
        found += _estonian(text, folded, given, surnames, hits)
    found += _handles(text, members)
    if any(c in text for c in _LV_ALTERNATION):
        found += _latvian(text, given | surnames)
    taken = SpanIndex(hits)
    out: list[Hit] = []
    reach = -1  # the end of the hits kept so far, in order of their starts
    for hit in sorted(set(found), key=lambda h: (h[1], h[2])):
        if hit[1] >= reach and not taken.overlaps(hit[1], hit[2]):
            out.append(hit)
            reach = hit[2]
    return out


def _family(text: str, folded: str, surnames: frozenset[str]) -> list[Hit]:
    if not any(w in folded for w in ("famil", "perhe", "rodzin", "rodin", "obitelj", "csal")):
        out = []
    else:
        out = [
            ("NAME", m.start(1), m.end(1))
            for pattern in (_NAME_FAMILY, _FAMILY_NAME)
            for m in pattern.finditer(text)
            if m.group(1)[0].isupper() and _key(folded, m.start(1), m.end(1), surnames)
        ]
    for m in _ARTICLE_PLURAL.finditer(text):
        if folded[m.start(1) : m.end(1)] in surnames or folded[m.start(1) : m.end()] in surnames:
            out.append(("NAME", m.start(1), m.end()))  # "die Fischers", "the Santoses"
    return out


def _key(folded: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """The surname at ``start:end``, or with its plural or possessive "s" dropped."""
    word = folded[start:end].rstrip("'’").removesuffix("'s").removesuffix("’s")
    plural = (word[:-1] if word[-1:] == "s" else "", word[:-2] if word[-2:] == "es" else "")
    return word in surnames or any(p in surnames for p in plural if p)


def _shouted(text: str, folded: str, surnames: frozenset[str]) -> list[Hit]:
    out = []
    for m in _SHOUT.finditer(text):
        if folded[m.start(1) : m.end(1)] not in surnames:
            continue
        before = _WORD_BEFORE.search(text, 0, m.start(1))
        if before and len(before.group(1)) > 1 and before.group(1).isupper():
            continue  # "GO SANTOS!": a line in capitals, ordinary casing
        out.append(("NAME", m.start(1), m.end(1)))
    return out


def _handles(text: str, members: MemberNames) -> list[Hit]:
    """A handle with digits or "_": the dictionary reads it with those as spaces."""
    out: list[Hit] = []
    for m in _HANDLE.finditer(text):
        token = m.group()
        spaced = re.sub(r"[\d_]", " ", token)
        for _, s, e in members.find(spaced, prefilter.folded(spaced)):
            out.append(("NAME", m.start() + s, m.start() + e))
        for g in _GIVEN_INITIAL.finditer(token):
            if fold(g.group(1)) in members.given:  # "Maria_S": a given name and an initial
                out.append(("NAME", m.start() + g.start(), m.start() + g.end()))
        for g in re.finditer(r"[^\W\d_]{6,}", token):  # "mariasantos": given + surname joined
            word = fold(g.group())
            if any(
                (word[:i] in members.given and word[i:] in members.surnames)
                or (word[:i] in members.surnames and word[i:] in members.given)
                for i in range(3, len(word) - 2)
            ):
                out.append(("NAME", m.start() + g.start(), m.start() + g.end()))
    return out


def _latvian(text: str, names: frozenset[str]) -> list[Hit]:
    """ "Jāņa" for "Jānis": the stem consonant palatalised before a 2nd-declension ending."""
    out = []
    for m in _LV_TOKEN.finditer(text):
        low = m.group().lower()
        ending = next(e for e in _LV_ENDINGS if low.endswith(e))
        stem, soft = fold(low[: -len(ending) - 1]), low[-len(ending) - 1]
        if len(stem) < 2:
            continue
        if any(stem + c + tail in names for c in _LV_ALTERNATION[soft] for tail in ("is", "s")):
            out.append(("NAME", m.start(), m.end()))
    return out


def _estonian(
    text: str, folded: str, given: frozenset, surnames: frozenset, hits: list[Hit]
) -> list[Hit]:
    """ "Tamme arvates": a capitalised bare genitive of a consonant-final roster surname in a
    post where a roster given name was found, or before a postposition ("Tamme arvates")."""
    named = any(folded[s:e].split(" ")[0] in given for _, s, e in hits)
    if not named and not _ET_POST.search(text):
        return []  # most posts: no roster given name found and no postposition
    out = []
    for m in _ET_TOKEN.finditer(text):
        if not named and not _ET_POST.match(text, m.end()):
            continue
        key = folded[m.start() : m.end()]
        base = key[:-1]
        if base in surnames and base[-1] not in "aeiouy" and not is_word(key):
            if key not in _town_keys():
                out.append(("NAME", m.start(), m.end()))
    return out
