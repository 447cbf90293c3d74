"""A member's given name opening a sentence, then a pre-verbal grammar word, then the verb:
"Laura a déjà réservé", "Luz lo coordinó", "Ana já reservou", "Carole nous a écrit",
"Giulia ci ha aiutato".

``member_subject`` reads a sentence-initial given name as the subject when a content word
follows it, but not when a sentence word does ("Mark your calendars", an imperative and its
object). In the Romance languages the words that stand between a subject and its verb are a
closed class: the object and reflexive clitic pronouns, the negation, the perfect auxiliary's
short forms (French "a", Italian "ha") and a few pre-verbal adverbs ("déjà", "ya", "já",
"già"); Germanic languages put such adverbs after the finite verb, which the copula/auxiliary
cue (``member_cues.SUBJECT_AFTER``) already reads. Words that are also prepositions or
conjunctions in a neighbour language ("en", "y") are left out ("Luz en casa", "Paz y amor").

One to three of these, then a lower-case word that is no sentence word (the verb or
participle), make the name the subject. The name must be a given name that names a person
alone (``member_subject``'s test, which also drops every sentence word: "Ben" is Dutch "am");
surnames are left to the other cues.
"""

from __future__ import annotations

import re

from trainer.redact.member_subject import _alone_keys
from trainer.redact.person_words import TOP

# Closed-class words between a subject and its verb, by language (lower case, as written).
_PRE_VERBAL = frozenset(
    # fr: clitics, negation, auxiliary "a", adverbs that precede a participle
    """a ne n' le la les lui leur nous vous se s' m' t' l' déjà bien aussi toujours encore
    enfin"""
    # es: clitics, negation, adverbs
    """ lo la le les nos os se me te no ya también siempre nunca ha"""
    # pt: clitics, negation, adverbs
    """ o a os as lhe lhes nos se me te não já também sempre nunca"""
    # it: clitics, negation, auxiliary short forms, adverbs
    """ lo la li le gli ci vi si mi ti ne non ha già anche sempre mai""".split()
)
# The words after the name on its line: letters, an elided one keeping its apostrophe.
_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_]+'?)")
# After an elided grammar word, the next word follows its apostrophe directly ("l'a", "s'est").
_ELIDED_NEXT = re.compile(r"(?<=')([^\W\d_]+'?)")
_MAX_GRAMMAR_WORDS = 3  # "Laura ne l'a pas" is past the cue; "Laura a déjà réservé" is not


def opens_with_clitic(text: str, end: int, key: str) -> bool:
    """Whether the sentence-initial given name ``key`` (folded), ending at ``end``, is followed
    by one to three pre-verbal grammar words and then a lower-case word of three letters or
    more that is no sentence word (see the docstring)."""
    if key not in _alone_keys():
        return False
    grammar = 0
    pos = end
    while (m := _WORDS_AFTER.match(text, pos) or _ELIDED_NEXT.match(text, pos)) is not None:
        word = m.group(1)
        if word.lower() in _PRE_VERBAL and grammar < _MAX_GRAMMAR_WORDS:
            grammar += 1
            pos = m.end()
            continue
        return grammar > 0 and word[0].islower() and len(word) >= 3 and word.lower() not in TOP
    return False
