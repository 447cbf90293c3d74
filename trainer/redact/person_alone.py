"""A given name written alone, with no surname, where the text puts a person: "Hi Imelda,",
"I talked to Lorcan about it", "Customer (Odile): ...", "Ravi: numbers are in", "Kiitos
Aino!", "Ingeborg, [03.02.2024 10:11]" above a chat message.

Chat, minutes, transcripts and letters name people by their given name alone as often as by
their full name, but a given name alone is also a town, a product, a tool or a company ("from
Jenkins to GitLab", "our Denver team"). So both must hold:
1. the name: well attested (``given_names_alone.txt``, see ``build_alone_names``: the
   crowd-sourced gazetteer's deeper ranks hold words), no sentence word (``TOP``), no listed
   town; no capitalised word touches it on its line (a longer proper noun: "Kölner Dom",
   "Hyde Park Corner") but a cue, a sentence word or a word opening the sentence ("Thanks
   Lorcan", "Kiitos Aino", "Mettez Odile en copie"); no place preposition before it ("in
   Austin"), no number after it ("Nova 3"); not the head of a hyphen compound
   ("Aino-sovellus") nor a possessive ("X's" names a shop as often; the possessive rules
   decide); no listed company named after a person, even after a cue;
2. the place: a chat export's sender line ("X (12/03/2024 09:14): text", "X, [12.03.24
   09:14]", "X  09:14"), or, for a name that is also a word of a language we know
   (``COMMON``: "Florence", "Ravi"), a cue word or pair right before it ("Hi", "talked to");
   for the others, the very slots that make a member's given name alone one
   (``member_cues.person_cue``: greetings, thanks, "(X):", attendance lists, bylines, person
   verbs), a label opening its line ("X: text", X alone above its message), or the middle
   of a sentence between lower-case words ("ask for X at the desk", ``mid_sentence``).
"Anna i Piotr" (Polish), "Anna en Piotr" (Dutch): "i" and "en" stay place prepositions here
("i Lund", "en Madrid"); a name joined to a person by them is ``person_pairs``' rule.
"""

from __future__ import annotations

import re

from trainer.redact.address_towns import postal_towns
from trainer.redact.companies import company_follows
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.member_cue_words import CUE_WORDS
from trainer.redact.member_cues import (
    ARTICLES,
    CUE_PAIRS,
    LOCATIVE,
    TO_FROM,
    person_cue,
    sentence_start,
    words_before,
)
from trainer.redact.member_lines import line_start, opens_a_line_as_a_name
from trainer.redact.names import word_list
from trainer.redact.person_calendar import WEEKDAYS_EN_DE
from trainer.redact.person_subject_verbs import opens_before_verb
from trainer.redact.person_words import (
    AND_WORDS,
    COMMON,
    KENYAN_NAMES,
    PARTICLE_SET,
    PLACE_SURNAMES,
    TOP,
)

# The well-attested given names, and the hand-written customs supplement (Akan day names,
# Swahili virtue names: each of them a given name first, see its header), and the Kenyan names
# that are no common word (each names a person: see that list's header).
ALONE = (
    word_list("given_names_alone.txt")
    | word_list("given_names_customs.txt")
    | {n for n in KENYAN_NAMES if n.lower() not in COMMON}
)

# The word before the name on its line, and what follows it.
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w'’.-]*)[ \t]+$")
_NEXT = re.compile(r"[ \t]+(?P<word>\w)|-(?P<compound>[^\W\d_])")
_WORD_AT = re.compile(r"\w+")
# Prepositions that put a place after them ("in Austin", "nach Jena", "à Lourdes"): the member
# rules' list and those of it nl pl sv ("nel", "w Gdyni", "i Lund", "på Gotland"); "to",
# "from", "with", "bei" and "von" put people there as often and do not count.
_PLACE_PREPOSITIONS = LOCATIVE | frozenset("nella nei en w we i på från".split())
# A chat export's sender line: the name, then its time stamp ("X (3/14/2024 9:02 AM): ...",
# "X, [14.03.2024 09:02]" or "X  09:02" on a line of their own above the message).
_SENT_AT = re.compile(
    r"[ \t]*(?:\((?=[^()\n]*\d)[^()\n]{4,40}\)[ \t]*:"
    r"|,[ \t]*\[(?=[^\]\n]*\d)[^\]\n]{4,40}\][ \t]*(?:\n|$)"
    r"|[ \t]{2,}\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*(?:\n|$))"
)


# English relative "who" after the name (names13; as ``person_speech.who_follows``).
# Not the idioms "who knew", "who cares", "who else", "who would have thought".
_WHO = re.compile(r",?[ \t](?:who|whose|whom)\b(?![ \t](?:knew|cares|else|would)\b)")


def attested_given(token: str) -> bool:
    """``token`` is a well-attested given name as written (capitalised, in ``ALONE``), no
    sentence word and no listed town."""
    if len(token) < 3 or not token.istitle() or token not in ALONE:
        return False
    lower = token.lower()
    return lower not in TOP and lower not in postal_towns()


# Products written in lower case that are also well-attested given names ("django is ...",
# "thanks to alexa"): a lower-case word there is the product.
_LOWER_PRODUCTS = frozenset({"django", "alexa"})


def cued_lower_given(text: str, start: int, end: int, *, cued_at: frozenset[int]) -> bool:
    """``text[start:end]``, a lower-case word right after a person cue ("thanks to marcus",
    "merci à fatoumata", "in memory of rhys"), is a well-attested given name that is no word
    of any language we redact (``COMMON``): typed in lower case, it still names a person."""
    token = text[start:end]
    return (
        start in cued_at
        and len(token) >= 3
        and token not in _LOWER_PRODUCTS
        and token.islower()
        and token not in COMMON
        and token.title() in ALONE
        and token.lower() not in postal_towns()
        and not text.startswith(("-", "_", "/", "@", ".com"), end)
    )


# A lower-case word after a name: a sentence word, or a short one ("ghislaine a financé").
_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*)")


def lower_subject(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a lower-case word that opens a sentence as the subject of a clause
    ("Bonsoir. torben hat zwei Säcke gebracht", "aminata a financé ..."), is a well-attested
    given name that is no word of any language we redact: a name typed in lower case."""
    token = text[start:end]
    return (
        len(token) >= 3
        and token.islower()
        and token not in COMMON
        and token not in _LOWER_PRODUCTS
        and token.title() in ALONE
        and token not in postal_towns()
        and sentence_start(text, start)
        and (m := _LOWER_WORD_AFTER.match(text, end)) is not None
        and (m["word"] in TOP or m["word"] in COMMON or len(m["word"]) <= 2)
    )


def lone_given(text: str, start: int, end: int, found: dict) -> bool:
    """``text[start:end]`` is a well-attested given name, written alone, that names a person;
    ``found``: the prefilter's keywords (for the person cues)."""
    token = text[start:end]
    if not attested_given(token):
        return False
    lower = token.lower()
    line = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text, max(line, start - 40), start)
    if before is not None:
        word = before["word"]
        if token in WEEKDAYS_EN_DE and word.lower() in _TIME_BEFORE:
            return False  # "update before Sunday", "back on Sunday mornings": the day
        if word.lower() in _PLACE_PREPOSITIONS:
            return False
        bare = word.lower().rstrip(".,:!")
        if (
            word[0].isupper()
            and bare not in TOP
            and bare not in CUE_WORDS
            and not (bare in COMMON and sentence_start(text, before.start()))
        ):
            return False  # "Kölner Dom"; not "Danke Jonas", "Kiitos Aino", "Mettez X en copie"
    sender = line_start(text, start) and _SENT_AT.match(text, end) is not None
    after = _NEXT.match(text, end)
    if not sender and after is not None and (after["compound"] or not after["word"].islower()):
        return False  # "Hyde Park", "Nova 3", "Aino-sovellus"
    if text.startswith(("'s", "’s"), end):
        return False  # "X's": a shop's name as often as a person's ("person_possessive" decides)
    if company_follows(text, end) or is_eponymous_company(text, start, end):
        return False
    if sender or _WHO.match(text, end):
        return True  # "Shout out to X, who ...": English "who" is said of people only
    before = words_before(text, start)
    if lower in COMMON:
        # a name that is also a word ("Ravi", "Rosa"): only a cue before it, no verb after
        # it ("Siri said"), no label ("Florence: day two")
        last = before[-1].lower().strip('¡¿"“«(,:!') if before else ""
        pair = f"{before[-2].lower()} {last}" if len(before) > 1 else ""
        # ... or a verb in the future or the past after it ("Dolores recogerá al alumno")
        return last in CUE_WORDS or pair in CUE_PAIRS or opens_before_verb(text, start, end)
    return (
        person_cue(text, start, end, before, found)
        or opens_a_line_as_a_name(text, start, end)
        or mid_sentence(text, start, end, before)
        or opens_clause(text, start, end)
        or opens_before_verb(text, start, end)  # "Damien viendra" (person_subject_verbs)
    )


# Prepositions and determiners of time in English and German: a weekday after one is the day
# ("before Sunday", "am Sonntag"); a person cue still makes one a name ("thanks Sunday").
_TIME_BEFORE = frozenset(
    """on before after until till by next this every last since from through am bis ab seit
    vor nach jeden jedem diesen diesem nächsten letzten""".split()
)


# Articles and possessive determiners of the languages we redact: a capitalised word after one
# heads a noun phrase ("the Jordan", "la Florida", "my Mercedes"), not a person named alone.
_DETERMINERS = ARTICLES | frozenset(
    """el la los las le les lo il gli un una uno une del della dello du het een o os as um uma
    my your his her our their mon ma mes ton ta tes son sa ses notre nos mi mis tu tus su sus
    nuestro nuestra mio mia suo sua nostro nostra mein meine dein deine sein seine unser
    unsere ihr ihre mijn jouw zijn haar ons onze meu minha seu nosso nossa""".split()
)
# Words of motion that put a place after them as readily as a person ("moved to Austin", "a
# trip via Orlando", "visiting Florence"): a person cue decides there (member_cues).
_TOWARDS = TO_FROM | frozenset(
    "into onto via through across toward towards visit visiting visited de da di a à".split()
)
# Coordinating conjunctions: the last item of a list ("Jones, Cannon and Ramirez", a firm's
# name as often as three people) is decided by the list rules and ``person_pairs``.
_CONJUNCTIONS = AND_WORDS | frozenset("ile or oder ou o of eller tai sau atau".split())
# What follows a name inside a sentence: a lower-case word or a clause's punctuation.
_CLAUSE_GOES_ON = re.compile(r"[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ]|[,;!?]|\.(?:\s|$)")


def mid_sentence(text: str, start: int, end: int, before: list[str]) -> bool:
    """A well-attested given name capitalised inside a sentence, between a lower-case word and
    a lower-case word or a clause end ("Ask for X at the desk", "cuidado con X, cobró"): every
    language we redact capitalises a name there and leaves its other words in lower case
    (German nouns aside, which the capital before rules out). Not after an article or a
    possessive determiner (a noun phrase), a conjunction (a list's last item), a place
    preposition (tested by the caller) or a word of motion ("moved to X")."""
    if not before or sentence_start(text, start):
        return False
    word = before[-1]
    if (
        not word.isalpha()
        or not word.islower()
        or word in _DETERMINERS
        or word in _TOWARDS
        or word in _CONJUNCTIONS
    ):
        return False
    return _CLAUSE_GOES_ON.match(text, end) is not None


# What follows the subject of a clause: a lower-case word, or a comma or an opening bracket
# before one ("X from the supplier team is coming", "X, del lado del proveedor, se suma", "X
# (away today) drafted it").
_SUBJECT_OF = re.compile(r"(?:,|[ \t]\()?[ \t]*[^\W\d_A-ZÀ-ÖØ-Þ]")


# Given names that are also towns, which open a sentence about the place as readily ("Austin
# has a new stadium", "Savannah is humid in July"): the census surnames that name cities, and
# towns the postal lists lack; not the ones far more often a person's name ("Jackson said").
_TOWN_NAMES = (
    PLACE_SURNAMES | frozenset("Lincoln Savannah Chelsea Hamilton Alexandria Adelaide".split())
) - {"Jackson", "Orlando"}

# What is said of a place ("Lincoln is lovely in spring", "Austin has a new stadium"): a
# town-named given name is a town only before one; "Lincoln called me back" is a person.
_PLACE_PREDICATE = re.compile(
    r"[ \t]+(?:is|was|looks|gets|seems|ist|est|è|es|je)[ \t]+(?:so[ \t]+|very[ \t]+|really[ \t]+)?"
    r"(?:lovely|beautiful|nice|pretty|great|busy|humid|hot|cold|crowded|expensive|cheap|"
    r"famous|known|home|the[ \t]+capital|in[ \t]|on[ \t]|an?[ \t]+(?:\w+[ \t]+)?(?:town|city|"
    r"village|place|state|county|port)|krásné|hezké|velké|malé)"
    r"|[ \t]+(?:has|had)[ \t]+(?:an?[ \t]+(?:new|old|big|famous|lovely|great)|many|lots|great|"
    r"the[ \t]+best)",
    re.IGNORECASE,
)


def opens_clause(text: str, start: int, end: int) -> bool:
    """A well-attested given name that opens a sentence and is the subject of the clause that
    follows in lower case: every language we redact capitalises only the name there (German
    nouns aside, which would need a capitalised word after). A name that is also a word
    (``COMMON``) never gets here (its caller asks for a cue)."""
    if not sentence_start(text, start) or not clause_follows(text, end):
        return False
    if text[start:end] in WEEKDAYS_EN_DE:
        return False  # "Sunday job hunts are slow", "Sunday works": the day; a cue decides
    if text[start:end] in _TOWN_NAMES and _PLACE_PREDICATE.match(text, end):
        return False  # "Lincoln is lovely in spring": a town; a person cue decides (callers)
    # After the bare name, only a sentence word ("X from the supplier team", "X hizo"): a
    # content verb there ("Mollie opens a second office") names a company as often.
    if text[end] != " " or text.startswith(" (", end):
        return True
    first = _SUBJECT_OF.match(text, end)  # matched in clause_follows: "X  from", "X \tfrom"
    return first is not None and _WORD_AT.match(text, first.end() - 1)[0] in TOP


def clause_follows(text: str, end: int) -> bool:
    """A clause in lower case goes on after ``end``: a lower-case word, or a comma or an
    opening bracket before one; not a surname particle ("Apartament de 103 m2": a noun of a
    language with no word list here before a preposition; a name before a particle is a
    surname's first part, for the full-name rules)."""
    if not text.startswith((" ", ",", " ("), end) or (m := _SUBJECT_OF.match(text, end)) is None:
        return False
    word = _WORD_AT.match(text, m.end() - 1)[0]
    # A word of a language we hold words for ("Moikka ryhmä": no list knows the clause).
    if word not in TOP and word not in COMMON:
        return False
    return not (text[end] == " " and word in PARTICLE_SET)
