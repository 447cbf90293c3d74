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
import weakref

from trainer.redact import prefilter
from trainer.redact.hit_index import INDEX_MIN, SpanIndex
from trainer.redact.hits import Hit
from trainer.redact.member_inflections import town_keys
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
# The patterns below open with a character class, which ``re`` scans for fast; the left edge
# of a word is checked in Python (a leading lookbehind or \b makes ``re`` try every position).
# "die Fischers", "the Santoses": an article before a plural surname
_BANG = re.compile(r"[ \t]*!")
_ARTICLES = frozenset("the die les de los las os as gli".split())
_WORD_BEFORE = re.compile(r"(\w+)[^\w\n]*$")
_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]{3,}")
_THREE_LETTERS = re.compile(r"[^\W\d_]{3}")  # compiled once: ``re.search`` looks it up per call
_GIVEN_INITIAL = re.compile(r"([^\W\d_]{3,})_([^\W\d_])(?![^\W\d_])")
_LV_TOKEN = re.compile(rf"{_CAP}\w*[ņļšžč](?:a|i|u|iem|us|os)(?!\w)")
_LV_ALTERNATION = {"ņ": "n", "ļ": "l", "š": "st", "ž": "zd", "č": "c"}
_LV_ENDINGS = ("iem", "us", "os", "a", "i", "u")
# Estonian postpositions that take a genitive ("Tamme arvates", "Tamme juures")
_ET_POST = re.compile(
    r"[ \t]+(?:arvates|arvamus\w*|sõnul|juure\w*|jaoks|käest|poolt|kohta|abil|pere\w*)(?!\w)"
)
_ROSTER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LAST: list = [lambda: None, None]  # the last roster asked for (a weak ref) and its _Roster


class _Roster:
    """What the rules ask of a roster, computed once per roster, not per post."""

    __slots__ = ("et_bases", "names", "starts")

    def __init__(self, members: MemberNames) -> None:
        self.names = members.given | members.surnames
        # every handle hit opens with a roster name: the first three letters of each
        self.starts = frozenset(key[:3] for key in self.names)
        # the surnames an Estonian bare genitive can be read from (consonant-final)
        self.et_bases = frozenset(s for s in members.surnames if s and s[-1] not in "aeiouy")


def _roster(members: MemberNames) -> _Roster:
    """``members``' _Roster, built on its first post; the last one asked for answers at once."""
    if _LAST[0]() is members:
        return _LAST[1]
    if (roster := _ROSTER.get(members)) is None:
        roster = _ROSTER[members] = _Roster(members)
    _LAST[:] = weakref.ref(members), roster
    return roster


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


def extra_member_hits(
    text: str, folded: str, members: MemberNames, hits: list[Hit], anchors: list[tuple[int, int]]
) -> list[Hit]:
    """NAME hits for the member mentions of the module docstring that ``hits`` lacks;
    ``anchors``: the capitalised roster words ``member_given`` read, hit or not. Each rule asks
    a test that costs next to nothing first (the hot path's budget: no scan of every post)."""
    given, surnames = members.given, members.surnames
    if not given and not surnames:
        return []
    roster = _roster(members)
    taken = SpanIndex(hits) if len(hits) >= INDEX_MIN else None  # else: scan the few hits

    def free(start: int, end: int) -> bool:
        if taken:
            return not taken.overlaps(start, end)
        return not any(h[1] < end and start < h[2] for h in hits)

    found: list[Hit] = []
    if surnames:
        if "famil" in folded:
            found += _family(text, folded, surnames)
        # _plural_or_shouted reads a word ending in "s" or, before a "!", one in capitals
        bang = "!" in text
        loose = [
            (s, e)
            for s, e in anchors
            if (text[e - 1 : e] == "s" or (bang and text[s:e].isupper())) and free(s, e)
        ]
        if loose:
            found += _plural_or_shouted(text, folded, surnames, loose)
        if roster.et_bases:
            found += _estonian(text, folded, given, roster.et_bases, hits)
    if "_" in text or prefilter.letter_digit_contacts(text):  # both cached or C-fast
        found += _handles(text, members, roster.starts)
    if not text.isascii() and any(c in text for c in _LV_ALTERNATION):
        found += _latvian(text, roster.names)
    if not found:
        return []
    out: list[Hit] = []
    reach = -1  # the end of the hits kept so far, in order of their starts
    for hit in sorted(set(found), key=lambda h: (h[1], h[2])):
        if hit[1] >= reach and free(hit[1], hit[2]):
            out.append(hit)
            reach = hit[2]
    return out


def _family(text: str, folded: str, surnames: frozenset[str]) -> list[Hit]:
    """ "the Santos family", "Familie Fischer", "la famille Santos"."""
    return [
        ("NAME", m.start(1), m.end(1))
        for pattern in (_NAME_FAMILY, _FAMILY_NAME)
        for m in pattern.finditer(text)
        if m.group(1)[0].isupper() and _key(folded, m.start(1), m.end(1), surnames)
    ]


def _plural_or_shouted(
    text: str, folded: str, surnames: frozenset[str], loose: list[tuple[int, int]]
) -> list[Hit]:
    """A roster word no rule hit: "die Fischers" (an article before a plural surname), or a
    surname in capitals before "!" ("SANTOS!!!") unless the word before it is in capitals too
    (text written in capitals is ordinary casing: "GO SANTOS!")."""
    out: list[Hit] = []
    for start, end in loose:
        token = text[start:end]
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        word = before.group(1) if before else ""
        if token.isupper() and len(token) >= 4 and folded[start:end] in surnames:
            if _BANG.match(text, end) and not (len(word) > 1 and word.isupper()):
                out.append(("NAME", start, end))
        elif token[-1:] == "s" and word.lower() in _ARTICLES and _key(folded, start, end, surnames):
            out.append(("NAME", start, end))
    return out


def _edge(text: str, start: int) -> bool:
    """Whether a word starts at ``start`` (no letter, digit or "_" before it)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def _key(folded: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """The surname at ``start:end``, or with its plural or possessive "s" dropped."""
    word = folded[start:end].rstrip("'’").removesuffix("'s").removesuffix("’s")
    plural = (word[:-1] if word[-1:] == "s" else "", word[:-2] if word[-2:] == "es" else "")
    return word in surnames or any(p in surnames for p in plural if p)


def _handles(text: str, members: MemberNames, starts: frozenset[str]) -> list[Hit]:
    """A handle with digits or "_": a roster given name and surname joined ("mariasantos1990"),
    a roster name no list holds as a word ("obermaier_77"), a given name and an initial
    ("Maria_S"). ``starts``: the roster names' first three letters, which each of these opens
    with (most letter runs open with none: no split is tried)."""
    given, surnames = members.given, members.surnames
    out: list[Hit] = []
    for m in _handle_tokens(text):
        token = m.group()
        if "_" in token:
            for g in _GIVEN_INITIAL.finditer(token):
                if fold(g.group(1)) in given:  # "Maria_S": a given name and an initial
                    out.append(("NAME", m.start() + g.start(), m.start() + g.end()))
        for g in _LETTERS.finditer(token):
            word = fold(g.group())
            if word[:3] not in starts:
                continue
            if (
                (word in given or word in surnames)
                and not is_word(word)
                or any(
                    (word[:i] in given and word[i:] in surnames)
                    or (word[:i] in surnames and word[i:] in given)
                    for i in range(3, len(word) - 2)
                )
            ):
                out.append(("NAME", m.start() + g.start(), m.start() + g.end()))
    return out


def _handle_tokens(text: str) -> list[re.Match]:
    """Words of 4 to 40 characters with a digit or "_" beside a letter and a run of three
    letters, not after "@", "/" or "." (a mention, a path, a domain). One pass left to right:
    each word is read once, however many contacts it holds (rev20 F12: a walk back to the
    word's start per "_" or contact cost the square of a long run's length)."""
    glued = [s for s, _ in prefilter.letter_digit_contacts(text)]  # "santos1990", "x2y"
    at = text.find("_")
    while at != -1:
        glued.append(at)
        at = text.find("_", at + 1)
    tokens: list[re.Match] = []
    reach = 0  # the end of the last word read: a contact before it is inside a word read
    for s in sorted(glued):
        if s < reach:
            continue
        start = s  # the walks back never cross ``reach``: every character is walked once
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        word = _WORD.match(text, start)
        reach = word.end() if word else s + 1
        if start and text[start - 1] in "@/.":
            continue
        if word and 4 <= len(word.group()) <= 40 and _THREE_LETTERS.search(word.group()):
            tokens.append(word)
    return tokens


def _latvian(text: str, names: frozenset[str]) -> list[Hit]:
    """ "Jāņa" for "Jānis": the stem consonant palatalised before a 2nd-declension ending."""
    out = []
    for m in _LV_TOKEN.finditer(text):
        if not _edge(text, m.start()):
            continue
        low = m.group().lower()
        ending = next(e for e in _LV_ENDINGS if low.endswith(e))
        stem, soft = fold(low[: -len(ending) - 1]), low[-len(ending) - 1]
        if len(stem) < 2:
            continue
        if any(stem + c + tail in names for c in _LV_ALTERNATION[soft] for tail in ("is", "s")):
            out.append(("NAME", m.start(), m.end()))
    return out


def _estonian(
    text: str, folded: str, given: frozenset, bases: frozenset, hits: list[Hit]
) -> list[Hit]:
    """ "Tamme arvates": a capitalised bare genitive of a consonant-final roster surname
    (``bases``) in a post where a roster given name was found, or before a postposition. Read
    among the given names the prefilter found (a scan of every capitalised word costs the hot
    path too much): a genitive the gazetteer does not hold as a given name is left to the other
    rules."""
    out = []
    named = None  # whether a hit opens with a roster given name: asked once, if at all
    for start, end in prefilter.keywords(text).get("given", ()):
        if folded[end - 1] not in "aeiu" or not text[start].isupper():
            continue  # most given names: the cheapest tests first
        key = folded[start:end]
        if key[:-1] not in bases or is_word(key) or key in town_keys():
            continue
        post = _ET_POST.match(text, end)
        if not post and named is None:
            named = any(folded[s:e].split(" ")[0] in given for _, s, e in hits)
        if post or named:
            out.append(("NAME", start, end))
    return out
