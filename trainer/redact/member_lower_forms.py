"""A roster name's declined form written in lower case, alone, after a word that governs its
case: "með magnúsi", "hjá sigríði", "dėkoju viktorijai", "jautājiet elīnai".

People type names in lower case in chat-style posts, and in the languages that decline names
(Baltic, Icelandic, Slavic, Estonian) the name then also carries a case ending.
``member_given`` redacts a lower-case declined form only beside another name, since a form may
spell a word of a language we do not list ("novakovi is a token" stays). Two things together
make it the name here:

- the name has five letters or more and no list holds it as a word, frequent word or company
  (``member_words.is_word``, ``common_keys``): the capitalised rule's tier 1 for a declined
  form; a short name's form alone stays, as before;
- the word right before it is one that governs an oblique case in these languages: a
  preposition (Icelandic "til", "hjá", "með"; Lithuanian "su", "be", "pas"; Latvian "ar",
  "pie", "par"; Slavic "s", "z", "od", "do", "pri"), a thanks word or a verb of asking or
  congratulating (dative or accusative object: "ačiū", "paldies", "spyrjið", "õnnitleme").
  These are closed classes of the grammars (and the thanks words of ``member_lower_cues``).
  Icelandic "á" and "í" (acc./dat.) are the commonest prepositions before a person ("sendi
  þetta á sigurð"). A second name after a coordinating conjunction whose first conjunct
  follows such a word is governed by it too ("við magnús og kristínu").

A short name's form (under five letters: "önnu") still needs a name beside it:
``member_roster`` reads one back alone only for a long name.
"""

from __future__ import annotations

from trainer.redact.member_cues import words_before
from trainer.redact.member_words import common_keys, is_word

MIN_NAME = 5  # the capitalised rule's tier-1 length for a declined form

_GOVERNING = frozenset(
    # is: prepositions (acc./dat./gen.), thanks, ask, congratulate
    """til hjá með frá af um án við á í handa fyrir eftir ásamt vegna meðal gegnum takk
    þakka þakkir spyrjið spyrja spurðu óskum"""
    # lt: prepositions, thanks, ask, congratulate
    """ su be pas apie iš nuo prie už dėl per tarp ačiū aciu dėkoju dėkojame dekoju
    klauskite paklauskite sveikiname"""
    # lv: prepositions, thanks, ask, congratulate
    """ ar pie no par bez pēc uz līdz kopā paldies pateicamies pateicos jautājiet jautā
    sveicam apsveicam"""
    # et: thanks, congratulate, ask (the postpositions follow the name)
    """ aitäh aitah tänan täname õnnitleme küsige"""
    # Slavic prepositions and thanks (sl, hr, cs, sk, pl)
    """ s z ze so sa od do k ke ku o pri při pre pro u kod za dla przy dzięki hvala
    děkuji díky ďakujem dziękuję""".split()
)


# Coordinating conjunctions (is, et/fi, lv, lt, en, de, nl, fr/pt/es/it, Slavic): a governing
# word governs both names of "við magnús og kristínu", "su jonu ir ievai", "ar jāni un ilzi".
_AND = frozenset("og ja ning un ir and und en et e y i a".split())


def governed(text: str, start: int) -> bool:
    """Whether the word right before ``start`` governs an oblique case, or is a conjunction
    whose first conjunct follows such a word ("við magnús og kristínu": one word between the
    governing word and the conjunction); the cheap half of the test, asked first."""
    before = words_before(text, start)
    if not before:
        return False
    last = before[-1].lower()
    if last in _GOVERNING:
        return True
    return last in _AND and len(before) > 2 and before[-3].lower() in _GOVERNING


def long_name(base: str) -> bool:
    """Whether the roster name ``base`` (folded) is long and no listed word."""
    return len(base) >= MIN_NAME and not is_word(base) and base not in common_keys()


def lower_form_alone(base: str, text: str, start: int) -> bool:
    """Whether a lower-case declined form of the roster name ``base`` (folded), starting at
    ``start``, counts as the name without another name beside it (see the docstring)."""
    return long_name(base) and governed(text, start)
