"""A member's given name opening a sentence as its subject: "Ottoline brings the tent.",
"Ottoline übernimmt den Stand.", "* Ottoline przyniesie namiot.", "3. Ottoline se ocupă".

Every language we redact puts the subject first in a plain statement (SV order: English,
Romance, Slavic, Nordic; V2 German/Dutch/Swedish main clauses), so a sentence that opens with a
given name and goes on in lower case names that person. ``member_given`` asks for a person cue
around a sentence-initial name that is also a frequent word (tier 2) or a lower-case word
(tier 3); this module is that cue, kept narrow on both sides (fail closed on the name, guarded
on the word):

- the name is a roster given name that the gazetteer ranks as naming a person written alone
  (``given_names_alone.txt``: top-2000 names of a country, the deep ranks that hold words
  removed) and is no sentence word of any language (``TOP``);
- tier 2 (a frequent word only as a name: "Lukas", "Agnieszka"): the next word is a lower-case
  word that is no sentence word of the seven Hunspell languages (``TOP``): "Mark your
  calendars", "Bill me later" read as an imperative and its object and keep the name; a name
  joined to the next word ("Anna-Lena") is left to the full-name rules;
- tier 3 (also a lower-case word somewhere: "Martin" a bird in French, "Marie"): only an
  auxiliary or copula after it (``SUBJECT_AFTER``), as for tier 2 mid-sentence.

A roster given name or surname that is a word but no sentence word (``top_keys``: "Henry",
"Young", "Ruth") opening a sentence before a modal verb and a lower-case word ("Henry will
run the session", "Ruth peut confirmer", "Young kann helfen") is the subject too
(``opens_with_modal``): a singular noun needs an article there ("The stone will ..."), so
only a mass noun could stand so, and a roster name is the fail-closed reading.

The same holds before a finite auxiliary or a finite verb (``opens_with_verb``): a roster
surname that is also a word ("Smith", "Müller", "Costa") opening a sentence before "has left",
"hat das Budget", "ha chiuso", "está de", "a les clés", "are cheile", "është sot", "approved
the", "confirmó la", "meldde het", "njoftoi alarmin" is the member, since a
singular common noun would need an article there ("The smith has ..."). The verb is read by a
short auxiliary list per language or by morphology: English -ed/-s before a determiner or
pronoun, Spanish/Italian/Portuguese third-person past endings (-ó, -ò, -ou) before a lower-case
word. "Costa Rica", "Costa Coffee" (a capitalised word next) and "port of Santos" (no sentence
start) do not match; nor does a surname that names a place ("Valencia is lovely in spring":
a town needs no article either).
"""

from __future__ import annotations

import re
from functools import cache

from trainer.redact.member_cues import SUBJECT_AFTER
from trainer.redact.member_lists import word_list
from trainer.redact.member_words import top_keys
from trainer.redact.name_keys import fold
from trainer.redact.person_words import PLACE_SURNAMES, TOP, TOP_FOLDED

# A modal or future auxiliary, then a lower-case word (the infinitive), in the languages we
# redact.
_MODAL_AFTER = re.compile(
    r"[ \t](?:will|can|could|should|would|must|might|shall|wird|kann|muss|soll|darf|"
    r"peut|pourra|doit|devra|va|puede|podrá|debe|deberá|pode|poderá|deve|vai|può|potrà|"
    r"dovrà|zal|kan|moet|mag|kunnen|ska|kommer|skal|vil|może|musi|będzie|může|musí|"
    r"moći|može|mora|će)[ \t]+[^\W\d_A-ZÀ-Þ][^\W\d_]+"
)
# A finite auxiliary or copula of the third person singular, then a lower-case word.
_AUX_AFTER = re.compile(
    r"[ \t]+(?:has|had|is|was|hat|hatte|ist|war|wurde|est|était|ha|è|era|aveva|sta|stava|"
    r"está|estaba|estuvo|tiene|tenía|es|fue|tem|tinha|foi|heeft|had|wordt|werd|har|hade|är|"
    r"var|a|are|este|va|është|ishte|ka|kishte|hace|tiene|lleva|trae|fait|prend|gère)"
    r"[ \t]+[^\W\d_A-ZÀ-Þ][^\W\d_]*"
)
# English: a past or present verb by its ending, then a determiner or a pronoun ("approved
# the", "leads our"); Romance: a third-person past ending, then a lower-case word.
_VERB_AFTER = re.compile(
    r"[ \t]+(?:[a-z]{2,}(?:ed|s)[ \t]+(?:the|a|an|our|my|his|her|their|its|this|that|"
    r"these|those|it|him|them|us|me|you|every|all)\b"
    r"|(?:(?:se|si|lo|la|le|lhe|me|te|nos|ci)[ \t]+)?"  # a clitic before it: "X se mudou"
    r"[^\W\d_A-ZÀ-Þ][^\W\d_]+(?:ó|ò|ou)[ \t]+[^\W\d_A-ZÀ-Þ]"
    # German: a present in -t of the third person, then an article, a pronoun or an adverb
    # ("X kennt die Gegend", "X macht heute", "X bringt uns")
    r"|[a-zäöüß]{2,}t[ \t]+(?:die|der|das|den|dem|des|ein|eine|einen|einem|sich|uns|euch|"
    r"mir|dir|ihn|ihm|ihr|es|heute|morgen|jetzt|noch|schon|gerade|gern|gerne|immer)\b"
    # Dutch: a weak past in -de/-te, then an article or a pronoun ("X meldde het alarm");
    # Albanian: the aorist of the third person in -oi/-ua, then a lower-case word ("X njoftoi")
    r"|[a-z]{2,}(?:de|te)[ \t]+(?:het|de|een|ons|hem|haar|dat|dit|die|alles)\b"
    r"|[a-zçë]{2,}(?:oi|ua)[ \t]+[^\W\d_A-ZÀ-Þ])"
)
# One run of spaces, then a lower-case word of two letters or more.
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_A-ZÀ-Þ][^\W\d_]+)")


@cache
def alone_keys() -> frozenset[str]:
    """Folded given names that name a person alone, less every language's sentence words."""
    names = (fold(name) for name in word_list("given_names_alone.txt"))
    return frozenset(key for key in names if key not in TOP_FOLDED)


def opens_as_subject(text: str, end: int, key: str, *, tier: int) -> bool:
    """Whether the sentence-initial given name ``key`` (folded), ending at ``end``, is the
    sentence's subject (see the module docstring)."""
    if key not in alone_keys():
        return False
    if tier == 3:
        return SUBJECT_AFTER.match(text, end) is not None
    m = _LOWER_WORD_AFTER.match(text, end)
    if m is None or not m.group(1)[0].islower():
        return False
    # A sentence word after it reads as an imperative and its object ("Mark your calendars",
    # "Bill me later"): left to the cues; a content word is the subject's verb.
    # (TOP: the seven Hunspell languages' sentence words, lower case with their accents; the
    # pl/sv/fi/tr top words are mostly verbs after a subject, "Oskar står", and do not count)
    return m.group(1).lower() not in TOP


def opens_with_modal(text: str, end: int, key: str) -> bool:
    """Whether the sentence-initial roster name ``key`` (folded), ending at ``end``, is the
    subject of a modal verb (see the module docstring)."""
    return key not in top_keys() and _MODAL_AFTER.match(text, end) is not None


@cache
def _place_keys() -> frozenset[str]:
    """Folded surnames that also name a place (``PLACE_SURNAMES``: "Valencia", "Paris")."""
    return frozenset(fold(name) for name in PLACE_SURNAMES)


def opens_with_verb(text: str, end: int, key: str) -> bool:
    """Whether the sentence-initial roster name ``key`` (folded), ending at ``end``, is the
    subject of a finite auxiliary or verb (see the module docstring)."""
    if key in top_keys() or key in _place_keys():
        return False
    return _AUX_AFTER.match(text, end) is not None or _VERB_AFTER.match(text, end) is not None
