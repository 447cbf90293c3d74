"""Companies named after people ("Giorgio Armani", "Albert Heijn", "Casas Bahia", "Ferrari"): a
non-member name hit that spells one of them stays in the text, unless an honorific or a
salutation puts a person there ("Mr Ford", "Dear Ralph Lauren", "Sig. Ferrari").

The list (``eponymous_companies.txt``) is written by hand from general knowledge, one company or
brand per line; its header says so. Members are matched by the member dictionary independently:
a member called "David Jones" is redacted wherever the text spells the name.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from trainer.redact.companies import slot_value_start
from trainer.redact.eponym_evidence import person_evidence
from trainer.redact.literal_alternation import literal_alternation
from trainer.redact.lookalike_places import place_after
from trainer.redact.names import fold, list_source, word_list
from trainer.redact.person_words import (
    DOTTED_HONORIFICS,
    GIVEN,
    GIVEN_AMBIGUOUS,
    HONORIFICS,
    SURNAMES,
)
from trainer.redact.record_roles import job_title

_LIST = "eponymous_companies.txt"
_SPACES = re.compile(r"\s+")


def _key(name: str) -> str:
    """Folded, apostrophes straightened, one space between words."""
    return _SPACES.sub(" ", fold(name).replace("’", "'")).strip()


# An entry written the way a person's name is ("E. Surname": an initial, a space, one word) is
# never a company on its own: the file's rules forbid such lines, and this keeps one that slips in
# from keeping a person (review R21). Brands spelt glued ("J.Crew", "s.Oliver") stay listed.
_PERSON_FORM = re.compile(r"[^\W\d_]\.\s+[^\W\d_][\w'’-]*")


def _listed() -> list[str]:
    """The list's entries, less any written in a person's form."""
    return [name for name in word_list(_LIST) if not _PERSON_FORM.fullmatch(name.strip())]


def _index() -> dict[str, tuple[str, ...]]:
    """First word -> the folded names that start with it, longest first."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for name in _NAMES:
        key = _key(name)
        by_first[key.split(" ", 1)[0]].add(key)
    return {first: tuple(sorted(keys, key=len, reverse=True)) for first, keys in by_first.items()}


_NAMES = _listed()
_BY_FIRST = _index()


def is_one_word_company(key: str) -> bool:
    """``key`` (folded, as ``_key`` folds) is a listed company's whole name: "ford"."""
    return key in _BY_FIRST.get(key, ())
# The first words as written in lower case, accents kept, for a cheap test before folding.
_FIRST_WORDS = frozenset(
    w
    for name in _NAMES
    for first in (name.split()[0].lower(),)
    for w in {first, first.rstrip(".,"), first.replace("'", "’")}
)
_COMMON = word_list("common_words.txt")
# A person is meant after an honorific (``person_words``' lists, plus the forms only this check
# needs: "M." for Monsieur, "D." for Dom/Don, "Sig.ra") or a salutation, in every language we
# redact. Honorifics that are also words ("Gen", "Col", "Rev") count only with their full stop.
_HONORIFIC_FORMS = {h.lower() for h in HONORIFICS} | {
    "lady", "lord", "m", "me", "d", "don", "senhor", "senhora", "sig.ra", "sig.na", "dott.ssa",
    "fr",
}  # fmt: skip
_SALUTATIONS = (
    "dear hi hello hey liebe lieber cher chère caro cara gentile querido querida estimado "
    "estimada olá oi beste geachte hallo ciao bonjour hola salut"
).split()


# set(...) around each set: the copy's order is the one these patterns were built with
_UNDOTTED = literal_alternation(set(_HONORIFIC_FORMS | set(_SALUTATIONS)))
_DOTTED = literal_alternation(set({h.lower() for h in DOTTED_HONORIFICS} - _HONORIFIC_FORMS))
_PERSON_BEFORE = re.compile(
    rf"(?i:\b(?:(?:{_UNDOTTED})\.?"
    rf"|(?:{_DOTTED})\.)"
    r",?\s)$"
)


_FOLDED_WORD = re.compile(r"[^\W_]\S*")
_TRAILING = ',;:!?)"”»'


# The rules ask about the same hit several times (``people`` before and after extending it,
# ``member_given``, the tagger): the answer depends on the text and the span alone, so it is
# computed once per hit (a text's hash is cached by the string itself).
@lru_cache(maxsize=256)
def is_eponymous_company(text: str, start: int, end: int) -> bool:
    """A listed company name written out around the hit ``text[start:end]`` covers it ("Order
    Bajaj Auto", "Jean Paul Gaultier", "T. Rowe Price", "Dr. Oetker"), and no honorific or
    salutation comes right before that name. Words of the hit before the name must be common
    words ("Order Mahindra" is the company Mahindra after the word "Order")."""
    lo = max(0, start - 24)
    slot_pos = slot_value_start(text, start)
    slot_pos = slot_pos if slot_pos is not None and slot_pos >= lo else None
    if _FIRST_WORDS.isdisjoint(text[lo:end].lower().split()) and slot_pos is None:
        return _eponymous_compound(text[start:end])  # no word there opens a listed name
    folded = fold(text[lo:end]).replace("’", "'")
    words = [(lo + m.start(), m.group()) for m in _FOLDED_WORD.finditer(folded)]
    if slot_pos is not None and (m := _FOLDED_WORD.match(folded, slot_pos - lo)):
        words.append((slot_pos, m.group()))
    for pos, word in words:
        names = _BY_FIRST.get(word) or _BY_FIRST.get(word.rstrip(_TRAILING + "."))
        if not names:
            continue
        if pos != slot_pos and pos and (text[pos - 1].isalnum() or text[pos - 1] in "'’.&-"):
            continue  # not the start of a word
        window = fold(text[pos : end + 40]).replace("’", "'")
        for name in names:
            stop = pos + len(name)
            if not window.startswith(name):
                continue
            if stop < end - 2 and not _product_or_room(text, stop, end, slot=pos == slot_pos):
                continue  # the name must reach the hit's end (a "'s" may follow)
            if stop < len(text) and text[stop].isalnum() and not name.endswith("'s"):
                continue  # "Fordham", "Dellwood": the name does not end there
            if pos > start and not _common_words(text[start:pos]) and not _title_before(
                text[start:pos]
            ):
                continue  # "Thomas Leclerc", "Luce Dupont": a person, not Leclerc or DuPont
            if pos == slot_pos and not name.endswith("'s") and _OWNED.match(text, stop):
                return False  # "LOCATION:Paul Smith's flat": someone's home (review R3b)
            return _PERSON_BEFORE.search(
                text, max(0, min(pos, start) - 12), min(pos, start)
            ) is None and not person_evidence(text, min(pos, start), max(stop, end))
    return _eponymous_compound(text[start:end])


# A possessive after a listed name in a venue field names a person's place unless a shop word
# follows ("Où: Paul Smith's boutique" is the brand's shop).
_OWNED = re.compile(
    r"['’]s\s(?!(?i:store|stores|shop|shops|outlet|boutique|flagship|showroom|restaurant)\b)"
)


# After a listed name, inside the same hit: its product or venue in one or two capitalised
# common words ("Tommy Hilfiger Village", "Dell Latitude"), none a given name or a census surname
# ("Ford Hansen", "Dell Brown" are people); or, in a company or venue field only, the room: a
# room word and a room code with a digit ("Où: Christian Dior, Salle B12").
_ROOM = re.compile(
    r",\s(?:Room|Rm\.?|Sala|Salle|Raum|Saal|Zimmer|Kamer|Zaal|Stanza|Aula)(?=\s\w*\d)"
)


def _product_or_room(text: str, stop: int, end: int, *, slot: bool) -> bool:
    room = _ROOM.match(text, stop) if slot else None
    if room is not None and room.end() == end:
        return True
    tail = text[stop:end]
    words = tail.split()
    return (
        tail[:1] == " "
        and 0 < len(words) <= 2
        and all(w[0].isupper() and w not in SURNAMES for w in words)
        and _common_words(" ".join(words))
    )


# German names an institution after a person in one compound hyphenated throughout, whose last
# part is the institution (amtliche Regelung § 50: "Robert-Koch-Institut", "Max-Planck-
# Gymnasium"): the name inside it is no mention of the person. Written with a space ("Anna
# Weber-Schule") it may be a person with a double surname, so only the whole compound counts
# (review R5); and only institution nouns that no surname list holds.
_INSTITUTION_PARTS = frozenset(
    """Institut Klinikum Krankenhaus Gymnasium Realschule Grundschule Gesamtschule Schule
    Stiftung Museum Stadion Universität Hochschule Bibliothek Brücke Flughafen Kaserne
    Medaille Gesellschaft Zentrum""".split()
)


def _eponymous_compound(hit: str) -> bool:
    parts = hit.split("-")
    return (
        len(parts) >= 3
        and " " not in hit
        and parts[-1] in _INSTITUTION_PARTS
        and parts[-1] not in SURNAMES
    )


def _title_before(words: str) -> bool:
    """A job title and a comma before the company, as CVs and signatures write an employer
    ("Direttrice tecnica, Ferrero"); "Baker, Ford" (Surname, Given) is no title (``job_title``)."""
    words = words.rstrip()
    return words.endswith(",") and job_title(words[:-1])


def _common_words(words: str) -> bool:
    """Common words, none of them a given name ("Order", not "Thomas" in "Thomas Leclerc")."""
    return all(
        w.lower() in _COMMON and _cased(w) not in GIVEN and _cased(w) not in GIVEN_AMBIGUOUS
        for w in words.split()
    )


def _cased(word: str) -> str:
    """ "EMMA" as the lists write it: "Emma" (names in capitals: signatures, forms)."""
    return word.title() if word.isupper() and len(word) > 1 else word


# Corporate context: what is said of a company, not of a person ("shares of Hunter Douglas",
# "Maren Lindqvist shares", "CEO of Vaillant Coulon", "at Brandt Hollis as a designer"); the
# words right before the hit, as a phrase of one to three lower-case words.
_CORPORATE_BEFORE = frozenset(
    """shares of|share of|shares in|stock of|stake in|products of|subsidiary of|acquisition of|
    acquired by|takeover of|merger with|ceo of|cfo of|cto of|coo of|chairman of|chairwoman of|
    president of|founder of|co-founder of|cofounder of|works at|work at|worked at|working at|
    job at|intern at|internship at|role at|shop at|shopping at|bought at|bought it at|azioni|
    acciones de|ações da|ações de|actions|aktien von|aandelen|
    part of|parte de|parte da|parte do|parte di|parte del|partie de|onderdeel van|teil von|
    partnership with|partnership con|avviata con|
    alianza con|firmada con|acuerdo con|partenariat avec|signé avec|parceria com|fechada com|
    fechada com a|samenwerking met|gestart met|partnerschaft mit|kooperation mit""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)
# "shares" and "stock" are a company's only before what is said of a market price ("X shares
# fell", "X stock is up"): "X shares what they learned" is a person's verb (names13).
_CORPORATE_AFTER = re.compile(
    r"(?:['’]s?)?\s(?i:(?:shares|stock)\s(?:fell|rose|jumped|dropped|climbed|slid|soared|"
    r"plunged|gained|lost|closed|opened|traded|surged|tumbled|rallied|slipped|edged|are|were|is|"
    r"was|have|has|hit)|share\sprice|products|stores|brand|subsidiary|"
    r"\((?:nyse|nasdaq|lse|xetra|euronext|bse|nse|tsx|asx|b3)\b|aktie|azioni|acciones|ações)\b"
)
_CORPORATE_LAST = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in _CORPORATE_BEFORE)
_AT = frozenset({"at", "bei", "chez", "presso", "en", "na", "no", "bij"})
_AS_AFTER = re.compile(r"\s(?i:as|als|comme|come|como)\s")


def in_corporate_context(text: str, start: int, end: int) -> bool:
    """Company evidence around the hit ``text[start:end]``, with no honorific or salutation
    right before it."""
    # Only the name's own line: a heading above it ("Actions\nChloé Girard rejoint ...",
    # "Aktien" over a list) says nothing about it.
    line = text.rfind("\n", 0, start) + 1
    words = text[max(line, start - 30) : start].lower().split()[-3:]
    before = bool(words) and (
        words[-1] in _CORPORATE_LAST
        and any(" ".join(words[i:]) in _CORPORATE_BEFORE for i in range(len(words)))
    )
    if before and (text.startswith(("'s", "’s"), end) or text[end - 2 : end] in ("'s", "’s")):
        before = False  # "part of Anna Lindqvist's team": her team, a person
    if not (
        before
        or _CORPORATE_AFTER.match(text, end)
        or (words and words[-1] in _AT and _AS_AFTER.match(text, end))
        # a place named after a person, closed by its place noun (two words or more, so a
        # member's given name alone is never kept by it): "... Kültür Merkezi", "... Dahls torg"
        or place_after(text, start, end)
    ):
        return False
    return _PERSON_BEFORE.search(text, max(0, start - 12), start) is None


def company_list_summary() -> str:
    """For the manifest: the keep-list's size, digest and source (names stay when they spell a
    listed company and no honorific, salutation or person cue makes them a person)."""
    data = resources.files("trainer.redact").joinpath(_LIST).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    return f"{_LIST}: {len(word_list(_LIST))} names, sha256 {digest}; {list_source(_LIST)}"
