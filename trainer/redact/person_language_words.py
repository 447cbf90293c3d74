"""A name hit that is a word of the text's own language, and nothing frames it as a name.

Name lists gathered from the web hold many words ("Con", "Hacen", "Sebut", "bana", "guida"),
and the learned tagger takes some frequent words for names ("she has stopped", "the nurse
said", "kennels that take older dogs"). ``language_words.txt`` (built from wordfreq by
``build_language_words``) holds the words that belong to one language: frequent there and rare
in the other 23, as no given name or surname is. A hit is a word, not a name, when

- every word of it (five at most) is such a word of one of the text's languages
  (``LanguageEvidence.languages``: the languages whose words the text uses most), and none is
  a well-attested given name (``person_alone.ALONE``: "joão", "Mark");
- its case says nothing of a name: lower case ("bana uyar", "#svetovanje"), all capitals (a
  heading: "KORANG SEMUA") or capitalised where a sentence or a line opens ("Hacen falta",
  "Con ganas"); a word capitalised inside a sentence or a hashtag stays a name ("met with
  Will", "#Zamfir");
- nothing writes it as a name: no honorific, person cue or greeting before it ("Dr", "Thanks",
  "Hi"), no person verb after it ("joined"), no capitalised word after it that is no word of
  the text (a surname: "Will Oyelaran"), and no such word right before it (a given name:
  "Maren Older").

Kept on purpose (fail closed): a hit in a text whose language no list reads (too few words,
or Romanian, Latvian, Vietnamese, Estonian, Albanian, Swahili, Irish ...), a word frequent as
a name in many languages ("John", "Maria", "Frank": never in the list), a name of the
language's own or neighbouring countries ("Mads", "Anis": left out of the list), and every
member hit (``member_*`` never asks here). What it costs: a lower-case or sentence-initial
name that is also a frequent word of the text's own language, ranked low or nowhere in
names-dataset, with no cue, greeting or name beside it, is no longer redacted ("Con ganas" is
read as the Spanish word even where it opens with a person called Con).
"""

from __future__ import annotations

import re

from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.language_words import language_words, word_of
from trainer.redact.person_alone import ALONE
from trainer.redact.person_cues import cue_after, cue_before
from trainer.redact.person_greetings import GREETINGS
from trainer.redact.person_words import GIVEN, HONORIFIC_SET, PARTICLE_SET

_TOKEN = re.compile(r"[^\W\d_]{2,}")
# The word before the hit, and what stands between them (a comma or colon ends a name).
_PREVIOUS = re.compile(r"([^\W\d_][\w'’.-]*)([ \t]*[,:]?)[ \t]+\Z")
# Surname particles and patronymic links: a name goes on across them ("fernández del río",
# "hakim bin hassan").
_PARTICLES = frozenset(p.lower() for p in PARTICLE_SET) | {"binti", "bte", "bt", "ben", "bint"}
# After a hit, only the links no language writes as a plain word ("hakim [bin] hassan"; not
# "bana da uyar", Turkish "too").
_LINKS = frozenset("bin binti bte bt ben bint ibn van von".split())
_NEXT = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def language_word_hit(text: str, start: int, end: int, *, evidence: LanguageEvidence) -> bool:
    """Whether the name hit ``text[start:end]`` is a word of the text's languages that nothing
    writes as a name (module docstring); ``evidence``: the text's, read once per text."""
    words = _TOKEN.findall(text, start, end)
    if not words or len(words) > 5 or len(words) != len(text[start:end].split()):
        return False  # a letter or a digit among the words ("J. Older", "Said 2")
    if words[0].lower() in _PARTICLES:
        return False  # "[del río]" after "fernández": a surname's tail
    known = language_words()
    if not all(w.lower() in known for w in words):
        return False  # most hits: a word no language list holds, the text never read
    hit = text[start:end]
    if not (hit.islower() or hit.isupper()) and not (
        hit[:1].isupper() and _sentence_start(text, start)
    ):
        return False  # capitalised inside a sentence: written as a name or a title there
    if not hit.isupper() and _two_capitals(text, end, words):
        return False  # "Dariaus Vilko pranešimas": a capitalised pair opens as names do
    if any(w.title() in ALONE for w in words):
        return False  # "joão", "Mark": a well-attested given name, word or not
    languages = evidence.languages
    if not languages or not all(word_of(w, languages) for w in words):
        return False
    return not _framed_as_name(text, start, end, languages=languages, evidence=evidence)


_OPENERS = frozenset('.!?:;"“”«»„(-–—•*>]')


def _two_capitals(text: str, end: int, words: list[str]) -> bool:
    """A capitalised hit whose second word, or the word right after it, is capitalised too:
    the shape of a given name and a surname, inflected or not ("Dariaus Vilko")."""
    if not words[0][:1].isupper():
        return False
    if len(words) > 1:
        return any(w[:1].isupper() for w in words[1:])
    after = _NEXT.match(text, end)
    return after is not None and after.group(1)[:1].isupper()


def _sentence_start(text: str, start: int) -> bool:
    """``start`` opens its line or a sentence, where every language capitalises a word."""
    line = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return not line or line[-1] in _OPENERS


def _name_like(word: str, languages: frozenset[str]) -> bool:
    """A neighbour that may be part of the name: no word of the text's languages, and
    capitalised or a listed given name in any case ("Oyelaran", "geneviève")."""
    if word_of(word, languages):
        return False
    return word[:1].isupper() or word.title() in GIVEN or word.title() in ALONE


def _framed_as_name(
    text: str, start: int, end: int, *, languages: frozenset[str], evidence: LanguageEvidence
) -> bool:
    """An honorific, greeting, person cue, surname or given name around the hit."""
    before = _PREVIOUS.search(text, max(0, start - 40), start)
    if before is not None:
        prev = before.group(1).rstrip(".")
        if prev.lower() in _PARTICLES and not before.group(2).strip():
            first = _PREVIOUS.search(text, max(0, before.start() - 40), before.start())
            if first is not None and not first.group(2).strip():
                if not word_of(first.group(1), languages):
                    return True  # "fernández del [río]"; not "cambio del [sábado]"
        if prev in HONORIFIC_SET or prev.title() in HONORIFIC_SET or prev.lower() in GREETINGS:
            return True  # "Dr Older", "Hi Will"
        if not before.group(2).strip() and _name_like(prev, languages):
            return True  # "Maren Older", "geneviève côté": a given name the hit left out
    after = _NEXT.match(text, end)
    if after is not None and (
        _name_like(after.group(1), languages) or after.group(1).lower() in _LINKS
    ):
        return True  # "Will Oyelaran": a surname follows
    found = evidence.keywords
    return cue_before(text, start, found) or cue_after(text, end, found)
