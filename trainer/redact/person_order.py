"""Full names in the two other orders that forms, lists and registers use around a given name:
"Given SURNAME" (the surname in capitals, as French, Romanian, Turkish and many official forms
write it: "Anna KOWALCZYK") and "Surname Given" (registers, class lists, Hungarian and East
Asian order, and lists sorted by surname: "Lindqvist Maren").

Capitalisation carries no evidence here (both words are capitalised), so both words must be
attested names of the shipped lists (names-dataset):
1. "Given SURNAME": a listed given name that is no word (``GIVEN``), then a word in capitals
   that a surname list holds (or, of five letters or more, no word list holds), is no sentence
   word (``TOP``), no acronym and no business word; a surname that is also a word of a
   language ("SCHWARZ", "MARINO") counts only when the capitals end there, not in a shouted
   phrase ("Anna SOLD OUT"). A particle in capitals may
   open the surname ("EL", "DE LA", "VAN DER"), and a second surname in capitals may follow.
2. "Surname Given": a capitalised word that a surname list holds and that is no dictionary
   word (``SURNAME_WORDS``), no sentence word, no greeting or thanks, no honorific or ruler's
   title, no street word, no town,
   then a listed given name that is no word; no other capitalised word touches the pair (a
   longer proper noun: "Estadio X Y") except one that opens the sentence.
3. "Given\nSurname": a line break inside a full name (wrapped or pasted text): a listed given
   name ends its line and the next opens with a listed surname that is no dictionary word,
   sentence word, business or street word, title or town.
4. "MARISOL ibarra", "desmond KOH": one word in capitals, the other in lower case (noisy or
   shouted text): the same lists, case folded: a listed given name that is no word, then a
   listed surname that is no dictionary word, sentence word, function word or acronym.
"""

from __future__ import annotations

import re

from trainer.redact.address_towns import postal_towns
from trainer.redact.hits import Hit
from trainer.redact.member_cue_words import CUE_WORDS
from trainer.redact.person_function_words import NODICT_FUNCTION_WORDS
from trainer.redact.person_greetings import DAYTIME, GREETINGS
from trainer.redact.person_shapes import ACRONYMS
from trainer.redact.person_words import (
    GIVEN,
    HONORIFIC_SET,
    NOT_SURNAME,
    PARTICLE_SET,
    STREET_WORDS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    TOP_NODICT,
    UPPER,
    invented,
)

# Capitals after the given name: up to two particles, a surname, maybe a second one.
_CAPS_AFTER = re.compile(
    rf"[ \t](?P<sur>(?:[{UPPER}]{{1,3}}[ \t]){{0,2}}(?:[OD]['’])?[{UPPER}]{{2,}}"
    rf"(?:-[{UPPER}]{{2,}})?)(?P<second>[ \t][{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)?"
    r"(?![\w@]|[-/#]\w)"  # "Giulia SUP-4821": a ticket or code, no surname
)
_WORD_BEFORE = re.compile(rf"(?<![\w@#.'’-])(?P<sur>[{UPPER}][^\W\d_]{{2,}})[ \t]$")
_CAP_WORD_BEFORE = re.compile(r"[^\W\d_]+[ \t]$")
# Greetings and thanks of the languages we redact that a surname list also holds: a word
# before a given name, not a surname ("Takk Sofie", "Tack Maren", "Salut Ana").
# The shared list (person_greetings) and "god" of "god morgen"; not "Cara", "Caro": surnames.
_GREETINGS = (GREETINGS | DAYTIME) - {"cara", "caro"}
# Rulers' and saints' titles that surname lists also hold: "King George", "San Carlo".
_RULERS = frozenset(
    """King Queen Prince Princess Duke Duchess Lord Lady Saint Sankt Santa Santo San Pope
    Emperor Empress Kaiser König Königin Roi Reine Rey Reina Re Regina Rei Rainha Sultan Tsar
    Czar Kral Kung Drottning Kong Dronning Kuningas""".split()
)
# Street words that the name lists also hold, so STREET_WORDS leaves them out (ms, tr).
_STREETS_NAMED = frozenset("Jalan Lorong Lebuh Persiaran Sokak Sokağı Cadde Caddesi".split())
_ROMAN = re.compile(r"[IVXLCDM]+")
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿąęěėįųůőűıœ")
_NAMED_AFTER = re.compile(rf"['’]s[ \t]+[{UPPER}]")
_CAP_AFTER = re.compile(rf"[ \t]+[{UPPER}]")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n][\s\"“«(]*)$")


def _caps_surname(word: str, *, alone: bool) -> bool:
    """``word`` (capitals) spells a listed surname: no sentence word, acronym or business word;
    a surname that is also a word only when ``alone`` (no shouted phrase goes on)."""
    title = word.title()
    parts = [p for p in re.split(r"[-'’]", title) if p not in ("O", "D")]
    if word in ACRONYMS or not parts or _ROMAN.fullmatch(word):
        return False  # "Octavia III", "Elizabeth II": a model or a regnal number
    for part in parts:
        # Two capitals are an acronym or a title as often ("Anna HR", "QA"); "LI" and "NG" are
        # left to the other rules. Capitals no list holds are a surname from five letters on.
        if len(part) < 3 or part.lower() in TOP or part in NOT_SURNAME or part in HONORIFIC_SET:
            return False
        if part not in SURNAMES and not (invented(part) and len(part) >= 5):
            return False
        if _VOWELS.isdisjoint(part.lower()):
            return False  # "Jen SMS", "Anna PDF": capitals with no vowel are an abbreviation
        if part in SURNAME_WORDS and not alone:
            return False
    return True


def given_caps_surname(text: str, start: int, end: int) -> Hit | None:
    """ "Given SURNAME": the name from the given name at ``[start, end)`` to its surname in
    capitals, or None."""
    if text[end : end + 1] not in (" ", "\t") or not text[end + 1 : end + 3].isupper():
        return None  # cheap exit: most given names are followed by a lower-case word
    m = _CAPS_AFTER.match(text, end)
    if m is None or text[start:end].isupper():
        return None
    words = m.group("sur").split()
    particles = words[:-1]
    if any(p.lower() not in PARTICLE_SET for p in particles):
        return None  # "Anna IS OUT": a capital word before the last is no particle
    second = m.group("second")
    stop = m.end()
    if second and not _caps_surname(second.strip(), alone=False):
        if second.strip().lower() in TOP:
            return None  # "Anna SOLD IT": a shouted phrase
        stop = m.end("sur")
        second = None
    shout_on = _CAP_AFTER.match(text, stop) is not None and text[stop + 1 : stop + 3].isupper()
    if not _caps_surname(words[-1], alone=not particles and not shout_on):
        return None
    return ("NAME", start, stop)


def _listed_surname(sur: str) -> bool:
    """A title-case listed surname that is no word, honorific, ruler or street word ("Rua
    Augusta", "Via Giulia": a street named after a person)."""
    return (
        sur[1:].islower()
        and sur in SURNAMES
        and sur not in SURNAME_WORDS
        and sur.lower() not in TOP
        and sur not in NOT_SURNAME
        and sur not in HONORIFIC_SET
        and sur not in STREET_WORDS
        and sur not in _RULERS
    )


def surname_given(text: str, start: int, end: int) -> Hit | None:
    """ "Surname Given": the name from the listed surname before the given name at
    ``[start, end)``, or None."""
    if start < 4 or text[start - 1] not in " \t":
        return None
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    sur = m.group("sur")
    low = sur.lower()
    if (
        not _listed_surname(sur)
        or low in CUE_WORDS
        or low in _GREETINGS
        or sur in _STREETS_NAMED
        or text[start:end] not in GIVEN
    ):
        return None
    if _CAP_AFTER.match(text, end) or _NAMED_AFTER.match(text, end):
        return None  # "X Y Z", "X Y's Field": a longer proper noun
    before = _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if (
        before is not None
        and before.group()[0].isupper()
        and not _SENTENCE_END.search(text, max(0, before.start() - 4), before.start())
    ):
        return None  # "Estadio X Y": a capitalised word before the pair, mid-sentence
    if low in postal_towns():
        return None
    return ("NAME", m.start("sur"), end)


_NEXT_LINE = re.compile(rf"\n[ \t]*(?P<sur>[{UPPER}][^\W\d_]{{2,}})(?![\w@'’-])")


def given_newline_surname(text: str, start: int, end: int) -> Hit | None:
    """ "Given\nSurname": the name from the given name at ``[start, end)`` to the surname that
    opens the next line, or None."""
    if text[end : end + 1] != "\n" or text[start:end] not in GIVEN:
        return None
    m = _NEXT_LINE.match(text, end)
    if m is None:
        return None
    sur = m.group("sur")
    if not _listed_surname(sur) or sur.lower() in postal_towns():
        return None
    return ("NAME", start, m.end("sur"))


_MIXED_NEXT = re.compile(r"[ \t](?P<sur>[^\W\d_]{3,})(?![\w@'’-])")


def mixed_case_pair(text: str, start: int, end: int) -> Hit | None:
    """A given name and a surname written one in capitals, one in lower case, from the given
    name at ``[start, end)``, or None."""
    token = text[start:end]
    if len(token) < 3 or not (token.isupper() or token.islower()):
        return None
    m = _MIXED_NEXT.match(text, end)
    if m is None:
        return None
    sur = m.group("sur")
    if not (sur.isupper() if token.islower() else sur.islower()):
        return None  # the opposite case only: one-case pairs have their own rules
    low, title = sur.lower(), sur.title()
    if (
        token.title() not in GIVEN
        or token.lower() in NODICT_FUNCTION_WORDS
        or title not in SURNAMES
        or title in SURNAME_WORDS
        or low in TOP
        or low in TOP_NODICT
        or low in NODICT_FUNCTION_WORDS
        or title in NOT_SURNAME
        or title in HONORIFIC_SET
        or sur in ACRONYMS
        or _VOWELS.isdisjoint(low)
    ):
        return None
    return ("NAME", start, m.end("sur"))
