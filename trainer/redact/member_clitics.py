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

"a" and "no" are also English words ("Bill a customer", "Mark no longer ...") and Spanish "no"
follows a noun as well ("Luz no enciende": the light): after either, the next word must be
another of these grammar words ("Laura a déjà réservé", "Luz no lo sabe") or have a verb's
shape (review 15): a past participle ("réservé", "écrit", "chiamato", "venido") or a past or
future form with an accent or the Portuguese past endings ("llamó", "sabía", "ligou", "viu").
"""

from __future__ import annotations

import re

from trainer.redact.member_subject import alone_keys
from trainer.redact.person_words import TOP

# Closed-class words between a subject and its verb, by language (lower case, as written).
_PRE_VERBAL = frozenset(
    # fr: clitics, negation, auxiliary "a", adverbs that precede a participle
    """a ne n' le la les lui leur nous vous se s' m' t' l' déjà bien aussi toujours encore
    enfin"""
    # es: clitics, negation, adverbs
    """ lo nos os me te no ya también siempre nunca ha"""
    # pt: clitics, negation, adverbs
    """ o as lhe lhes não já também sempre"""
    # it: clitics, negation, auxiliary short forms, adverbs
    """ li gli ci vi si mi ti non già anche mai""".split()
)
# The words after the name on its line: letters, an elided one keeping its apostrophe.
_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_]+'?)")
# After an elided grammar word, the next word follows its apostrophe directly ("l'a", "s'est").
_ELIDED_NEXT = re.compile(r"(?<=')([^\W\d_]+'?)")
_MAX_GRAMMAR_WORDS = 3  # "Laura ne l'a pas" is past the cue; "Laura a déjà réservé" is not
# Grammar words that are English words too: they count only before a verb (docstring).
_WEAK = frozenset({"a", "no"})
_STRONG = _PRE_VERBAL - _WEAK
_ACCENTED_OR_PT_PAST = ("é", "ée", "és", "ées", "á", "í", "ó", "ú", "ía", "ían", "ou", "eu", "iu")
_PARTICIPLE_ENDINGS = ("ato", "ata", "ito", "ita", "uto", "uta", "ado", "ada", "ido", "ida")
# French past participles with neither kind of ending.
_PARTICIPLES = frozenset(
    """écrit fait dit pris mis été reçu voulu venu fini parti sorti compris appris répondu
    perdu attendu rendu vendu entendu ouvert offert choisi réussi suivi connu obtenu tenu""".split()
)


def _after_weak(word: str) -> bool:
    """``word`` (lower case), after "a" or "no", is a grammar word or has a Romance verb's shape
    (see the docstring); "data", "tomato": the participle endings need five letters."""
    return (
        word in _STRONG
        or word in _PARTICIPLES
        or word.endswith(_ACCENTED_OR_PT_PAST)
        or (len(word) >= 5 and word.endswith(_PARTICIPLE_ENDINGS))
    )


def opens_with_clitic(text: str, end: int, key: str) -> bool:
    """Whether the sentence-initial given name ``key`` (folded), ending at ``end``, is followed
    by one to three pre-verbal grammar words and then a lower-case word of three letters or
    more that is no sentence word (see the docstring)."""
    if key not in alone_keys():
        return False
    grammar = 0
    weak = False  # the last grammar word was "a" or "no"
    pos = end
    while (m := _WORDS_AFTER.match(text, pos) or _ELIDED_NEXT.match(text, pos)) is not None:
        word = m.group(1)
        if weak and not _after_weak(word.lower()):
            return False  # "Bill a customer", "Luz no enciende"
        if word.lower() in _PRE_VERBAL and grammar < _MAX_GRAMMAR_WORDS:
            grammar += 1
            weak = word.lower() in _WEAK
            pos = m.end()
            continue
        return grammar > 0 and word[0].islower() and len(word) >= 3 and word.lower() not in TOP
    return False
