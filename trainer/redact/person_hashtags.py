"""Names written as hashtags: ``#MariaCosta``, ``#maria_costa``, ``#MARIACOSTA``, ``#ThanksMaria``.

A hashtag glues the words of a name together, so the word rules never see them. Social networks
write a multi-word tag in one of three conventions: camel case (each word capitalised), snake
case (words joined by ``_``) or one glued run in a single case. ``hashtag_parts`` undoes the first
two; a glued run is split where a given name from the lists ends and a surname begins. The parts
are then judged by the naming conventions the word rules use:

- a given name, optional further given names or particles (``#MartaDeLaRosa``), then a surname
  (a listed one, a patronymic, or a word no list holds) is a full name;
- a greeting or thanks word opening the tag, then a given name (``#ThanksMaria``, ``#DankeAnna``,
  ``#BienvenueChloé``) names the person thanked.

The hashtag's words after any cue are redacted; the ``#`` stays. Company names built from a
person's name (``#JohnLewis``, listed in ``eponymous_companies.txt``) stay.
"""

from __future__ import annotations

import re
from functools import cache

from trainer.redact import prefilter
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.person_greetings import GIVEN_NAME_GREETINGS, GREETINGS
from trainer.redact.person_words import (
    COMMON,
    COMPANY_SUFFIX,
    GIVEN,
    GIVEN_AMBIGUOUS,
    NOT_SURNAME,
    PARTICLE_SET,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    invented,
    patronymic,
)

# "#", then letters, digits and underscores; not inside a word or an HTML entity ("&#8217;").
HASHTAG = re.compile(r"(?<![\w&#])#(?P<body>[^\W\d_][\w]*)")
# Words that open a tag thanking, greeting or celebrating someone, in the languages we redact.
HASHTAG_CUES = frozenset(
    """thanks thank thankyou ty thx welcome congrats congratulations happy birthday bday hbd
    shoutout kudos props rip go team love miss
    danke dankeschön willkommen glückwunsch herzlichen alles gute
    merci bienvenue bravo félicitations joyeux anniversaire
    gracias bienvenido bienvenida felicidades feliz cumple enhorabuena
    grazie benvenuto benvenuta auguri buon compleanno
    obrigado obrigada parabéns bemvindo bemvinda
    bedankt welkom gefeliciteerd proficiat fijne verjaardag""".split()
)
# Campaign tags, the words (lower case) before the person they are about (review rev22 #10):
# "#JusticeForBreonnaTaylor", "#BringBackAmiraHassan", "#IStandWithAlexeiNavalny". A public
# figure is still a name. "#PrayForParis", "#JusticeForAll", "#FreeHongKong" name no person:
# the words after the cue must be a name as above, led by a given name that is no word.
CAMPAIGN_CUES = tuple(
    sorted(
        (
            tuple(phrase.split())
            for phrase in """justice for|bring back|bring home|free|find|missing|
            pray for|praying for|stand with|i stand with|we stand with|standing with|
            remember|remembering|save|help find|search for|release|honor|honour|in memory of|
            rest in peace|never forget|say her name|say his name|gerechtigkeit für|
            justice pour|justicia para|justiça para|giustizia per|libertad para|liberté pour
            """.replace("\n", " ").split("|")
        ),
        key=len,
        reverse=True,
    )
)
_CUE_FOUR = re.compile(r"(?:[Pp]ray|[Jj]ustice|[Ff]ree|[Ss]tand[Ww]ith)4(?=[A-Z])")
CUE_KEYS = frozenset(fold(c) for c in HASHTAG_CUES)  # folded, as member_hashtags compares
# The cues that greet, never a given name before a surname ("Ty", "Love" are given names too):
# "Welcome Oluwaseun (Seun) Adeyemi" welcomes Oluwaseun (``people``, ``person_labels``).
# With the shared greetings ("Hi", "Dear", "Tack"), less those that are given names too.
GREETING_CUES = (HASHTAG_CUES - {"ty", "love", "miss", "go", "team", "rip"}) | (
    GREETINGS - GIVEN_NAME_GREETINGS
)
_FOLDED_CUES = tuple(sorted((c for c in CUE_KEYS if len(c) > 2), key=len, reverse=True))
# Prefixes written glued to the stem they belong to ("McGrath", "MacLeod", "FitzGerald") and
# elided letters camel case keeps apart ("OConnor" is O'Connor, "DAmico" D'Amico).
_GLUED_PREFIXES = frozenset({"Mc", "Mac", "Fitz"})
_ELIDED = frozenset({"O", "D"})
_MIN_GLUED = 6  # a glued run shorter than "annali" is never split


def hashtag_parts(body: str) -> list[tuple[int, int]]:
    """(start, end) of the words of a hashtag body, relative to it: ``_`` separates words, and
    in a mixed-case run each capital opens one ("MarieClaire" -> "Marie", "Claire"); a run of
    capitals before a capitalised word is one word ("ABCDef" -> "ABC", "Def")."""
    parts: list[tuple[int, int]] = []
    pos = 0
    for chunk in body.split("_"):
        if chunk.isupper() or chunk.islower() or not chunk.isalpha():
            if chunk:
                parts.append((pos, pos + len(chunk)))
        else:
            for m in re.finditer(r"[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿ])|[^\W\d_][a-zß-öø-ÿ]*|\d+", chunk):
                parts.append((pos + m.start(), pos + m.end()))
        pos += len(chunk) + 1
    return _join_prefixes(body, parts)


def _join_prefixes(body: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for span in parts:
        if joined:
            prev = body[joined[-1][0] : joined[-1][1]]
            glued = joined[-1][1] == span[0] and body[span[0]].isupper()
            if glued and (prev in _GLUED_PREFIXES or prev in _ELIDED):
                joined[-1] = (joined[-1][0], span[1])
                continue
        joined.append(span)
    return joined


def _as_written(word: str) -> str:
    """A part as a name is listed: "maria" and "MARIA" as "Maria", "OConnor" as "O'Connor"."""
    if len(word) > 2 and word[0] in _ELIDED and word[1].isupper() and word[2:].islower():
        return f"{word[0]}'{word[1:]}"
    return word.title() if word.islower() or word.isupper() else word


def _given(word: str, *, ambiguous: bool) -> bool:
    return word in GIVEN or (ambiguous and word in GIVEN_AMBIGUOUS)


def _surname(word: str, *, strict: bool) -> bool:
    """The last word of a hashtag name: a listed surname, a patronymic, or (unless ``strict``,
    for a given name that is also a word) a word no list holds."""
    if word in NOT_SURNAME or word in COMPANY_SUFFIX or len(word) < 2:
        return False
    if word.lower() in TOP and word not in SURNAMES:  # "#MaiWhite" is a name, "#AnnaAnd" none
        return False
    if patronymic(word):
        return True
    if strict:
        return word in SURNAMES and word not in SURNAME_WORDS
    return word in SURNAMES or invented(word)


def name_parts(words: list[str]) -> bool:
    """Whether the words of a hashtag (as ``_as_written`` gives them) are a full name: a given
    name, given names or particles, a surname."""
    if len(words) < 2 or not all(w.replace("'", "").isalpha() for w in words):
        return False
    first, *middle, last = words
    if not _given(first, ambiguous=True):
        return False
    for word in middle:
        if not (word.lower() in PARTICLE_SET or _given(word, ambiguous=False) or word in SURNAMES):
            return False
    if is_eponymous_company(" ".join(words), 0, len(" ".join(words))):
        return False  # "#JohnLewis", "#LouisVuitton"
    # "#OttaviaDalPozzo": a particle makes a surname of the word after it, even a word.
    particle = bool(middle) and middle[-1].lower() in PARTICLE_SET
    return _surname(last, strict=first not in GIVEN and not particle)


@cache
def folded_common() -> frozenset[str]:
    return frozenset(fold(w) for w in COMMON)


@cache
def folded_given() -> frozenset[str]:
    return frozenset(fold(n) for n in GIVEN)


@cache
def folded_surnames() -> frozenset[str]:
    return frozenset(fold(n) for n in SURNAMES)


def glued_name(run: str, *, depth: int = 0) -> bool:
    """Whether a glued one-case run ("zoemellor", "ROWANBLAKE", "annemarieduval") splits
    into listed given names and a listed surname. The given names are those no dictionary holds
    as a word (``GIVEN``); the surname may be a word ("moody"), never a sentence word."""
    low = fold(run)
    if not (run.islower() or run.isupper()) or len(low) < _MIN_GLUED or not low.isalpha():
        return False  # "#Führung" is one capitalised word
    if low in folded_common() or low in TOP:
        return False  # "#lideranca" is "liderança", a word, accents aside
    given, surnames = folded_given(), folded_surnames()
    for i in range(3, len(low) - 2):
        head, tail = low[:i], low[i:]
        if head in TOP or head not in given:
            continue
        if tail in surnames and tail not in TOP:
            return True
        if depth == 0 and glued_name(tail, depth=1):  # a second given name
            return True
    return False


def glued_thanks(run: str) -> bool:
    """A glued cue and given name: "thanksmaria", "DANKEANNA"."""
    low = fold(run)
    return any(
        low.startswith(cue) and (rest := low[len(cue) :]) in folded_given() and rest not in TOP
        for cue in _FOLDED_CUES
        if len(low) > len(cue) + 2
    )


def hashtag_names(text: str) -> list[Hit]:
    """NAME hits over the name inside each hashtag of ``text`` (call only when "#" is in it)."""
    hits: list[Hit] = []
    # tried at each "#" only (every match opens with one; re would try the lookbehind at
    # every character: ~10 us over a post)
    for m in prefilter.finditer_at(HASHTAG, text, prefilter.char_offsets(text, "#")):
        body, base = m.group("body"), m.start("body")
        if four := _CUE_FOUR.match(body):  # "#Pray4Maria": the digit keeps the tag whole
            body, base = body[four.end() :], base + four.end()
        spans = hashtag_parts(body)
        words = [_as_written(body[s:e]) for s, e in spans]
        campaign = 1 if four else _campaign_cue(words)
        cues = 0 if four else campaign
        while cues < len(words) - 1 and words[cues].lower() in HASHTAG_CUES:
            cues += 1
        rest = words[cues:]
        if campaign and (not rest or rest[0] not in GIVEN):
            continue  # "#FreeHongKong", "#PrayForParis": a place ("Hong" is a given name too)
        if name_parts(rest) or ((cues or four) and len(rest) == 1 and rest[0] in GIVEN):
            hits.append(("NAME", base + spans[cues][0], m.end()))
        elif len(words) == 1 and (glued_name(body) or glued_thanks(body)):
            hits.append(("NAME", base, m.end()))
    return hits


def _campaign_cue(words: list[str]) -> int:
    """How many words of a hashtag a campaign cue opening it takes ("Justice", "For"), or 0."""
    if len(words) < 2:
        return 0
    low = [w.lower() for w in words[:4]]
    for phrase in CAMPAIGN_CUES:
        if len(phrase) < len(words) and tuple(low[: len(phrase)]) == phrase:
            return len(phrase)
    return 0
