"""Companies named after people ("Hugo Boss", "Albert Heijn", "Casas Bahia", "Ferrari"): a
non-member name hit that spells one of them stays in the text, unless an honorific or a
salutation puts a person there ("Mr Ford", "Dear Ralph Lauren", "Sig. Ferrari").

The list (``eponymous_companies.txt``) is written by hand from general knowledge, one company or
brand per line; its header says so. Members are matched by the member dictionary independently:
a member called "David Jones" is redacted wherever the text spells the name.
"""

from __future__ import annotations

import re
from collections import defaultdict

from trainer.redact.names import fold, word_list
from trainer.redact.person_words import GIVEN, GIVEN_AMBIGUOUS

_SPACES = re.compile(r"\s+")


def _key(name: str) -> str:
    """Folded, apostrophes straightened, one space between words."""
    return _SPACES.sub(" ", fold(name).replace("’", "'")).strip()


def _index() -> dict[str, tuple[str, ...]]:
    """First word -> the folded names that start with it, longest first."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for name in word_list("eponymous_companies.txt"):
        key = _key(name)
        by_first[key.split(" ", 1)[0]].add(key)
    return {first: tuple(sorted(keys, key=len, reverse=True)) for first, keys in by_first.items()}


_BY_FIRST = _index()
_COMMON = word_list("common_words.txt")
# A person is meant after an honorific or a salutation, in every language we redact.
_PERSON_BEFORE = re.compile(
    r"(?i:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord|herr|frau|hr|fr|m|mme|mlle|me|"
    r"monsieur|madame|sig|sig\.ra|sig\.na|signor|signora|dott|dott\.ssa|avv|ing|sr|sra|srta|"
    r"dra|d|dña|don|doña|dona|senhor|senhora|dhr|mevr|mw|shri|smt|dear|hi|hello|hey|liebe|"
    r"lieber|cher|chère|caro|cara|gentile|querido|querida|estimado|estimada|olá|oi|beste|"
    r"geachte|hallo|ciao|bonjour|hola|salut)\.?,?\s)$"
)


_WORD_START = re.compile(r"(?<![\w'’.&-])[^\W_]")
_TRAILING = ',;:!?)"”»'


def is_eponymous_company(text: str, start: int, end: int) -> bool:
    """A listed company name written out around the hit ``text[start:end]`` covers it ("Order
    Bajaj Auto", "Jean Paul Gaultier", "T. Rowe Price", "Dr. Oetker"), and no honorific or
    salutation comes right before that name. Words of the hit before the name must be common
    words ("Order Mahindra" is the company Mahindra after the word "Order")."""
    for m in _WORD_START.finditer(text, max(0, start - 24), end):
        pos = m.start()
        space = text.find(" ", pos)
        word = fold(text[pos : space if space != -1 else len(text)]).replace("’", "'")
        names = _BY_FIRST.get(word) or _BY_FIRST.get(word.rstrip(_TRAILING + "."))
        if not names:
            continue
        window = fold(text[pos : end + 40]).replace("’", "'")
        for name in names:
            stop = pos + len(name)
            if stop < end - 2 or not window.startswith(name):
                continue  # the name must reach the hit's end (a "'s" may follow)
            if stop < len(text) and text[stop].isalnum() and not name.endswith("'s"):
                continue  # "Fordham", "Dellwood": the name does not end there
            if pos > start and not _common_words(text[start:pos]):
                continue  # "Thomas Leclerc", "Luce Dupont": a person, not Leclerc or DuPont
            return (
                _PERSON_BEFORE.search(text, max(0, min(pos, start) - 12), min(pos, start)) is None
            )
    return False


def _common_words(words: str) -> bool:
    """Common words, none of them a given name ("Order", not "Thomas" in "Thomas Leclerc")."""
    return all(
        w.lower() in _COMMON and w not in GIVEN and w not in GIVEN_AMBIGUOUS for w in words.split()
    )


# Corporate context: what is said of a company, not of a person ("shares of Hunter Douglas",
# "Maren Lindqvist's shares", "CEO of Vaillant Coulon", "at Brandt Hollis as a designer").
_CORPORATE_BEFORE = re.compile(
    r"(?i:\b(?:shares?\s(?:of|in)|stock\sof|stake\sin|products\sof|subsidiary\sof|"
    r"acquisition\sof|acquired\sby|takeover\sof|merger\swith|(?:ceo|cfo|cto|coo|chairman|"
    r"chairwoman|president|founder|co-?founder)\sof|works?\sat|worked\sat|working\sat|job\sat|"
    r"intern(?:ship)?\sat|role\sat|shop(?:ping)?\sat|bought\s(?:it\s)?at|azioni|acciones\sde|"
    r"ações\sda|actions|aktien\svon|aandelen)\s)$"
)
_CORPORATE_AFTER = re.compile(
    r"(?:['’]s?)?\s(?i:shares|stock|share\sprice|products|stores|brand|subsidiary|"
    r"\((?:nyse|nasdaq|lse|xetra|euronext|bse|nse|tsx|asx|b3)\b|aktie|azioni|acciones|ações)\b"
)
_AT_BEFORE = re.compile(r"(?i:\b(?:at|bei|chez|presso|en|na|no|bij))\s$")
_AS_AFTER = re.compile(r"\s(?i:as|als|comme|come|como)\s")


def in_corporate_context(text: str, start: int, end: int) -> bool:
    """Company evidence around the hit ``text[start:end]``, with no honorific or salutation
    right before it."""
    if _PERSON_BEFORE.search(text, max(0, start - 12), start):
        return False
    return bool(
        _CORPORATE_BEFORE.search(text, max(0, start - 30), start)
        or _CORPORATE_AFTER.match(text, end)
        or (_AT_BEFORE.search(text, max(0, start - 8), start) and _AS_AFTER.match(text, end))
    )
