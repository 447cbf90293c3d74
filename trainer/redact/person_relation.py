"""A name in a slot that only a person fills: right after the noun that says how the writer
knows the person ("my former manager X", "mi antiguo jefe X", "minha ex-gestora X", "il mio
mentore X", "min tidligere leder X", "mentoren min X", "bekas bos saya X", "mantan atasan
saya X"), and after a verb whose object is a person ("I met X", "conocí a X", "se lo paso a
X", "møtte X", "jumpa X"; ``person_cues.OBJECT``).

The pattern is the close apposition of a relation noun (work, study, family and friendship:
a closed class in every language) owned by the writer and a proper name. The owner is a
possessive before the noun (en es pt it fr de nl and the Scandinavian languages, with up to
two modifiers such as "former", "ex-", "antiguo", "tidligere" between) or after it
(Scandinavian definite nouns "mentoren min"; Malay and Indonesian "bos saya", which put the
modifier "bekas"/"mantan" before the noun). No list of names is needed: after such a phrase
a capitalised token that is no sentence word, no company word and no honorific is a name,
as is a lower-case given name of the gazetteer with the surname after it ("mi mentora ana
ruiz"). Malay patronymic connectors ("bin", "binti", "a/p", "a/l") join the father's name.

Gate: the relation nouns and the object verbs are prefilter keywords ("relation_noun",
"person_object"); posts without one pay a dictionary lookup.
"""

from __future__ import annotations

import re

from trainer.redact import (
    person_cues,  # noqa: F401  (registers the "person_object" keywords)
    )
from trainer.redact.address_towns import postal_towns
from trainer.redact.address_words import MONTHS
from trainer.redact.companies import company_follows, is_company_token
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.member_cues import sentence_start
from trainer.redact.person_alone import ALONE
from trainer.redact.person_calendar import CALENDAR as _CALENDAR
from trainer.redact.person_calendar import MONTH_NAMES as _MONTH_NAMES
from trainer.redact.person_words import (
    GIVEN,
    GIVEN_AMBIGUOUS,
    HONORIFIC_SET,
    ORTHOGRAPHIC_CAPITALS,
    PARTICLE_SET,
    STREET_WORDS,
    SURNAMES,
    TITLES,
    TOP,
    invented,
    surname_like,
)

# The writer's possessive before the noun, with up to two modifiers ("my former", "mi
# antiguo", "il mio ex", "min tidligere", "minha ex-").
_OWNER_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?i:my|our|mi|mis|nuestro|nuestra|meu|minha|nosso|nossa|mio|mia|"
    r"nostro|nostra|mon|ma|notre|mein|meine|meinem|meinen|meiner|unser|unsere|mijn|onze|ons|"
    r"min|mitt|mine|vår|vårt|mín)"
    r"[ \t]+(?:(?i:former|old|ex|new|dear|late|best|previous|antiguo|antigua|viejo|vieja|"
    r"nuevo|nueva|querido|querida|antigo|nuovo|nuova|vecchio|vecchia|caro|cara|ancien|"
    r"ancienne|nouveau|nouvelle|cher|chère|ehemaliger|ehemalige|alter|alte|neuer|neue|"
    r"früherer|frühere|oude|voormalige|nieuwe|tidligere|gamle|nye|kjære|forrige|tidigare|"
    r"gamla|nya)(?:[ \t]+|-))?(?:(?i:ex|oud)-)?$"
)
# Malay and Indonesian put the modifier before the noun and the owner after it ("bekas bos
# saya"); the Scandinavian definite noun takes the owner after it ("mentoren min").
_OWNER_AFTER = re.compile(r"[ \t]+(?i:saya|aku|kami|min|mi|mitt)(?=[ \t])")
_FOLLOWS = re.compile(r"[ \t]+[\"“«]?(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)")
# Malay patronymic connectors: "Hakim bin Hassan", "Priya a/p Muthu" (anak perempuan), "a/l".
_CONNECTOR = re.compile(r"[ \t]+(?i:bin|binti|bte|bt|a/p|a/l|anak)(?=[ \t])")


# Capitalised words that fill these slots as readily as a name and are no one's name there:
# weekdays and months ("we met Tuesday", "ketemu Senin", "jumpa Minggu depan": full names,
# ``person_calendar``), kinship and religious forms of address ("kay Nanay", "kay Kuya",
# "salamat kay Lord", "untuk Cikgu"), and a few towns, products and companies a relation noun
# or an object verb puts after it. A given name spelt like a full weekday or month name
# ("June", "April") is still a date after an object verb ("we met June 3rd").
# Kinship and religious forms of address: before a name they are a title, cut off the hit
# ("kay Ate Maria", "jumpa Bu Sari"); alone they are no one's name ("kay Nanay").
_ADDRESS = frozenset(
    """Kak Kakak Abang Adik Kuya Ate Nanay Tatay Lola Lolo Tita Tito Inay Itay Mama Papa Mami
    Papi Ibu Bapak Pak Bu Mak Ayah Emak Cikgu Ustaz Ustazah""".split()
)
# Forms of address that are no one's given name ("kay Kuya"), unlike "Tito", "Lola", "Mama".
_KINSHIP = _ADDRESS - {"Tito", "Tita", "Lola", "Lolo", "Mama", "Papa", "Mami", "Papi"}
_NOT_A_NAME = (
    ORTHOGRAPHIC_CAPITALS
    | {m.title() for m in MONTHS}
    | _CALENDAR
    | _ADDRESS
    | frozenset(
        """Tuhan Allah Lord God Dios Deus Dio Dieu Gott
        Jakarta Bandung Surabaya Medan Bali Manila Cebu Davao Singapore Singapura Penang Johor
        Excel Word Outlook Teams Slack Zoom Jira Python Java Movistar Telekom Vodafone
        Microsoft Skatteverket""".split()
    )
)

_GIVEN_FIRST = ORTHOGRAPHIC_CAPITALS & GIVEN  # "April", "June": names before a surname
# Listed given names; of the ambiguous list, those no slot word and the short month and day
# abbreviations ("kay Papa Jun"), not "Spanish", "Lord".
_GIVEN_ANY = (
    GIVEN
    | (GIVEN_AMBIGUOUS - _NOT_A_NAME)
    | (GIVEN_AMBIGUOUS & {w for w in ORTHOGRAPHIC_CAPITALS if len(w) <= 4} - _CALENDAR)
) - _KINSHIP


def _after_address(text: str, hit: Hit) -> Hit:
    """The hit less a form of address that opens a several-word name ("Ate Maria" -> "Maria")."""
    words = text[hit[1] : hit[2]].split()
    if len(words) < 2 or (words[0].title() if words[0].isupper() else words[0]) not in _ADDRESS:
        return hit
    start = text.index(words[1], hit[1] + len(words[0]))
    return (hit[0], start, hit[2])


def _not_a_name(text: str, hit: Hit, relation: bool = False) -> bool:
    """The slot holds a weekday, month, form of address, place or product (``_NOT_A_NAME``),
    or a listed town written alone, not a name. A listed given name is a name unless it is a
    full weekday name, or a full month name after an object verb (``relation`` false: "my
    friend June" is a person, "we met June 3rd" a date): fail closed."""
    words = _words(text, hit)
    first = words[0].title() if words[0].isupper() else words[0]
    # "kay Tito", "credit to Jan", "kay Papa Jun"; not a town ("mon chef Lyon", "jefe Madrid")
    if first in _GIVEN_ANY and first.lower() not in postal_towns():
        calendar = _CALENDAR if not relation else _CALENDAR - _MONTH_NAMES
        if first not in calendar:
            return False
    if len(words) == 1:  # not ``PLACE_SURNAMES``: "I met Park", "my boss Green" are people
        return first in _NOT_A_NAME or first.lower() in postal_towns()
    return first in _NOT_A_NAME and first not in _GIVEN_FIRST


def relation_names(text: str, found: dict) -> list[Hit]:
    """Names right after a relation noun the writer owns (see the module docstring)."""
    hits: list[Hit] = []
    for start, end in found.get("relation_noun", ()):
        owner = _OWNER_AFTER.match(text, end)
        if owner is None and _OWNER_BEFORE.search(text, max(0, start - 40), start) is None:
            continue
        at = owner.end() if owner else end
        if (hit := _name_at(text, at)) is None:
            continue
        hit = _after_address(text, hit)
        if not _not_a_name(text, hit, relation=True):
            hits.append(hit)
    return hits


def object_names(text: str, found: dict) -> list[Hit]:
    """Names right after a verb whose object is a person ("I met X", "conocí a X")."""
    hits: list[Hit] = []
    for start, end in found.get("person_object", ()):
        if text[start].isupper() and text[start:end] in GIVEN:
            continue  # "Kay Lindqvist": the Tagalog marker "kay" is a given name capitalised
        if not text[end + 1 : end + 2].isupper() and text[end + 1 : end + 2] not in '"“«':
            continue  # capitalised names only: "met mark at the park", Dutch "met" ("with")
        hit = _name_at(text, end)
        if hit is None:
            continue
        hit = _after_address(text, hit)
        if _not_a_name(text, hit) or not _object_name(text, hit, text[start:end]):
            continue  # "we met Tuesday", "met Boston", "spoke with Vodafone"
        if is_eponymous_company(text, hit[1], hit[2]):
            continue
        hits.append(hit)
    return hits


def sentence_met(text: str, start: int, end: int) -> Hit | None:
    """A sentence opening with "Met" and a listed given name ("Met Jana at the fair"): the
    English meeting verb with its subject dropped (as in notes and posts), so the person met,
    not a given name "Met" with a surname after it; Dutch "Met X" ("with X") puts a person in
    the slot too. The full name ("Met Jana Novak") is read by the same slot."""
    if text[start:end] != "Met" or not sentence_start(text, start):
        return None
    hit = _name_at(text, end)
    if hit is None or _not_a_name(text, hit):
        return None
    first = _words(text, hit)[0]
    return hit if (first.title() if first.isupper() else first) in _GIVEN_ANY else None


# Verbs of meeting in person and the Tagalog personal marker: their object is a person, so a
# name-shaped word alone there is a name ("I met Bahadurjit"). After speaking, forwarding and
# crediting, a company is as usual ("spoke with Vodafone", "credit to Microsoft").
_MEETING = frozenset(
    """i met|we met|he met|she met|they met|you met|just met|finally met|i've met|
    we've met|you've met|they've met|have met|has met|had met|already met|never met|
    conocí a|conoció a|conocimos a|conheci|conheceu|conhecemos|ho conosciuto|
    abbiamo conosciuto|ho incontrato|
    j'ai rencontré|rencontré|ontmoette|møtte|traff|mødte|träffade|jumpa|berjumpa|bertemu|
    bertemu dengan|ketemu|ketemu sama|ketemu dengan|kay|salamat kay""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


def _object_name(text: str, hit: Hit, verb: str) -> bool:
    """An object slot holds a name with a listed given name first; after a verb of meeting
    (``_MEETING``), a name-shaped word too; after the other verbs, a listed surname ("credit
    to Castellucci") or two name tokens with a word-like given name first or a listed surname
    among them: a name-shaped word alone there is as often a company ("spoke with Vodafone")."""
    words = _words(text, hit)
    first = words[0].title() if words[0].isupper() or words[0].islower() else words[0]
    if _listed(first, GIVEN) or " ".join(verb.lower().split()) in _MEETING:
        return True
    if len(words) > 1:  # "se lo paso a Íker Iglesias": a name the list lacks, a surname
        return first in GIVEN_AMBIGUOUS or any(_listed(w.title(), SURNAMES) for w in words)
    return _listed(first, SURNAMES)


def _listed(word: str, names: frozenset[str]) -> bool:
    """``word`` is in ``names``, or is one with the genitive "-s" of the Nordic languages and
    German ("takk til Brandvolds innspill")."""
    return word in names or (word.endswith("s") and word[:-1] in names)


def _words(text: str, hit: Hit) -> list[str]:
    """The hit's words, less a possessive ending ("Credit to Jamal's")."""
    return [
        w.removesuffix("'s").removesuffix("’s").rstrip("'’") for w in text[hit[1] : hit[2]].split()
    ]


def _name_token(word: str) -> bool:
    """A capitalised (or all-caps) token that can be a name here."""
    title = word.title() if word.isupper() else word
    if not title[:1].isupper() or title.lower() in TOP:
        return False
    if title in HONORIFIC_SET or title in TITLES or title in STREET_WORDS:
        return False
    if is_company_token(title):
        return False
    return title in GIVEN or title in GIVEN_AMBIGUOUS or surname_like(title)


def _lower_given(word: str) -> bool:
    """A well-attested given name in lower case (the deeper gazetteer ranks hold words of
    languages with no word list here: Malay "terima kasih untuk ...")."""
    return word.islower() and word not in TOP and word.title() in ALONE


def _lower_surname(word: str) -> bool:
    if len(word) < 2 or not word.islower() or word in TOP:
        return False
    return word.title() in SURNAMES or invented(word)


def _name_at(text: str, at: int) -> Hit | None:
    """The name that starts after the space at ``at``: capitalised tokens (with particles and
    connectors between), or a lower-case given name and surname."""
    m = _FOLLOWS.match(text, at)
    if m is None:
        return None
    word = m["word"]
    if word.islower():
        if not _lower_given(word):
            return None
        start, stop = m.start("word"), m.end()
        if (c := _CONNECTOR.match(text, stop)) and (nxt := _FOLLOWS.match(text, c.end())):
            stop = nxt.end() if nxt["word"].islower() else stop
        elif (nxt := _FOLLOWS.match(text, stop)) and _lower_surname(nxt["word"]):
            stop = nxt.end()
        return ("NAME", start, stop)
    if not _name_token(word) or (word.isupper() and word.title() not in GIVEN):
        return None  # "KAMI JUMPA IKLAN INI": a line in capitals names no one by itself
    start, stop = m.start("word"), m.end()
    for _ in range(3):
        pos = stop
        if (c := _CONNECTOR.match(text, pos)) is not None:
            pos = c.end()
        elif (p := _FOLLOWS.match(text, pos)) and p["word"] in PARTICLE_SET:
            pos = p.end()
        nxt = _FOLLOWS.match(text, pos)
        if nxt is None or not _name_token(nxt["word"]):
            break
        stop = nxt.end()
    if company_follows(text, stop):
        return None
    return ("NAME", start, stop)


def name_after(text: str, at: int) -> Hit | None:
    """The name in a person slot that starts after the space at ``at`` (``_name_at``), less a
    form of address, or None when the slot holds a weekday, month, place or product
    (``_not_a_name``): for the other slot rules (``person_occupations``)."""
    hit = _name_at(text, at)
    if hit is None:
        return None
    hit = _after_address(text, hit)
    return None if _not_a_name(text, hit, relation=True) else hit
