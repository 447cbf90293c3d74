"""The last pass over NAME hits (rules, members and the tagger alike), fail closed (review rev16
F11): a hit covers the whole run of capitalised name words it sits in, and an Icelandic
patronymic is a surname.

Run: "Ion Popescu mi-a zis" once redacted only "Popescu", "I am Okello Brian Mukasa" only
"Brian Mukasa". A capitalised word joined to a NAME hit by spaces alone (no punctuation, no line
break) extends it when it is a listed given name, or a listed surname that is no common word;
at a sentence's start (every word capitalised) only a listed given name (not one the lists
also hold as a word: "Ion" there reads as "Meet Teodora", "Zet Wiebke" do); before a
hit of a given name and a surname, a word no list holds ("Okello"). Titles, roles and degrees
("Dr", "Coach", "B.A.") never join, nor, mid-sentence, a common word that is no listed given
name ("Haus", "Papa"); a common word never joins a hit that opens with a given name ("Ping
Jane Doe").

Lower case: a lower-case hit ("heiko [brandt]", "[sanne] de vries") grows over a lower-case
neighbour joined by spaces alone: before it a listed given name that is no word (one the
lists hold as a word-like given name, "crystal", only before a one-word hit that is a listed
surname and no given name; never a word: "ping [keisha]"), after a one-word hit
that is a listed given name a listed surname (after surname particles, "de jong", also a
word no list holds as a word, never "anna van school");
never a word of the most frequent words of any language ("petit", "vos", "said": a clause goes
on there, so those stay, fail open as before). Capitalised, a given name that is also a word
("Crystal", "Speranza") joins a one-word hit that is no word at all ("Mayweather") or a listed
surname that is no word-like surname ("Bianchi") mid-sentence.

Patronymic: a capitalised word ending in -dóttir or -dóttur (or ASCII -dottir, -dottur), or in
-sson, -ssonar, -ssyni (or -son, -sonar, -syni with an Icelandic letter in it), that is no
common word is a surname by the Icelandic naming convention, in every case ("Sigríði
Jónsdóttur", "Ólaf Þórsson"): it is a NAME hit, with the capitalised word before it (the given
name, declined or not) when one is there. English -son names ("Jackson") are left alone.

Before the walk and after it (review rev22): a name inside a venue's name is the venue's and no
hit ("Luciano Pavarotti Arena": ``name_institutions``, asked by the person rules and the
tagger), but one before a venue word read on into the sentence is ("[Anna Kowalska] Hall
monitor": ``name_venues``); hits inside a set phrase, a kin word of address
or a breed's name are dropped or cut at the phrase ("Eid Mubarak", "Thank you Mom", "Jack
Russell terrier": ``name_set_phrases``); titles, degrees and greetings at a hit's front stay
outside it ("Dr. med. [NAME]", "Hi [NAME]": ``name_title_edges``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.redact.address_towns import postal_towns
from trainer.redact.hits import Hit
from trainer.redact.language_evidence import GERMAN
from trainer.redact.member_words import proper_name, word_key
from trainer.redact.name_keys import fold
from trainer.redact.name_set_phrases import keep_set_phrases
from trainer.redact.name_title_edges import strip_titles
from trainer.redact.name_venues import venue_names
from trainer.redact.names import word_list
from trainer.redact.person_compounds import compound_noun
from trainer.redact.person_vietnamese_words import vietnamese_name_word
from trainer.redact.person_words import (
    GIVEN,
    GIVEN_AMBIGUOUS,
    GREETING_WORDS,
    HONORIFIC_SET,
    PARTICLE_SET,
    SURNAME_WORDS,
    SURNAMES,
    TITLES,
    TOP,
    TOP_NODICT,
)
from trainer.redact.place_roles import ROLES
from trainer.redact.surname_ic import ic_surname_hits

_CAP_WORD = r"[^\W\d_a-z][\w'’-]*"
_LATIN = re.compile("[A-Za-zß-öø-ÿÀ-ÖØ-ÞĀ-ſȘșȚț]+")
# a word glued to a code's digits may open a name ("Ref 12[Anna Kowalska]"): ``_walk`` asks
_WORD_BEFORE = re.compile(rf"(?<![^\W\d]|['’.-])({_CAP_WORD})[ \t]+$")
_WORD_AFTER = re.compile(rf"[ \t]+({_CAP_WORD})(?![\w'’-]|\.\w)")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n][\"”»)]?[ \t]*|^[\"“«(][ \t]*)$")
_DOUBLE = ("sson", "ssyni", "ttir", "ttur")  # -sson(ar), -ssyni, -dóttir, -dóttur
_SINGLE = ("son", "syni")
_SONS, _DAUGHTERS = _DOUBLE[:2], _DOUBLE[2:]
_DOUBLE_ENDS = ("ttir", "ttur", "sson", "ssonar", "ssyni")
_ICELANDIC_LETTER = re.compile("[áéíóúýþæöðÁÉÍÓÚÝÞÆÖÐ]")
_ICELANDIC_ONLY = re.compile("[ðþæÐÞÆ]")
# A legal form right after the surname makes it a company's name (Icelandic, Nordic, English).
_LEGAL_FORM_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:e?hf\.?|sf\.?|AB|ASA|AS|ApS|A/S|Oy|&[ \t]*Co\b|Ltd\b|GmbH\b)(?!\w)"
)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    titles = frozenset(t.lower().rstrip(".") for t in (*HONORIFIC_SET, *TITLES, *ROLES))
    common = word_list("common_words.txt")  # the list eponyms reads, one cached copy
    return GIVEN, SURNAMES, GIVEN_AMBIGUOUS, common, titles, TOP


def _joins(
    word: str,
    *,
    sentence_start: bool,
    left: bool,
    after_given: bool,
    lone: bool = False,
    text: str = "",
) -> bool:
    """Whether the capitalised ``word`` next to a NAME hit is part of the name; ``after_given``:
    the hit has two words or more and opens with a listed given name (a surname-first name
    before it: "Okello Brian Mukasa"; a common word there is none: "Ping Jane Doe")."""
    given, surnames, ambiguous, common, titles, _top = _lists()
    if len(word) < 2 or word.rstrip(".").lower() in titles or word in GREETING_WORDS:
        return False  # "B.A.", "Dr", "Coach", "Papa", "Hi": a title or a greeting stays outside
    if word.isupper():
        word = word.title()
        return word in given or (word in surnames and word.lower() not in common)
    if word.lower() in common:
        if after_given or not sentence_start:
            return word in given and not after_given  # "Haus Quistorp", "Ping Jane Doe"
        # a name that is also a word ("Ion") reads as "Meet Teodora", "Zet Wiebke": no join
        return word in given
    if sentence_start:
        return word in given
    return (
        word in given
        or word in surnames
        or (left and after_given)
        # "Ask for [Blessing] Saygbe", "Merci à Zénabo [Traoré]": beside a one-word hit only
        # (after a full name a word no list holds may go on the sentence: "[Quintanilha,
        # Raimundo] Inscrições")
        or (lone and _unlisted_capital(word, text))
    )


def _word_joins(
    text: str, word: str, *, sentence_start: bool, left: bool, after_given: bool, lone: bool
) -> bool:
    """``_joins`` for the capitalised ``word`` beside a hit in ``text``, or a Vietnamese name
    word there ("Tô [Trọng Cường]", "[Lương Kim] My"): the one test both directions of the
    walk ask."""
    return _joins(
        word,
        sentence_start=sentence_start,
        left=left,
        after_given=after_given,
        lone=lone,
        text=text,
    ) or vietnamese_name_word(text, word)


def _unlisted_capital(word: str, text: str) -> bool:
    """A capitalised word that no list holds (no word, name-like word, title or town) beside a
    name: the name's other part ("Zénabo [Traoré]", "[Serge] Quenum"), fail closed. Only a
    plain capitalised word ("GitHub", "iPhone" are brands' shapes)."""
    if not (word[1:].islower() and _LATIN.fullmatch(word)):
        return False  # the lists hold Latin-script words: another script's word is unknown
    _given, _surnames, ambiguous, common, titles, top = _lists()
    key = word.lower()
    return (
        key not in common
        and key not in top
        and key not in TOP_NODICT
        and key not in titles
        and word not in ambiguous
        and key not in postal_towns()
        and not compound_noun(word)  # "Retourenstapel": two common words
        # German capitalises every noun: there a word no list holds is no sign of a name
        # ("Unsere Vermieterin [Fox]")
        and GERMAN.search(text) is None
    )


def extend_name_runs(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with each NAME hit grown over the name words joined to it, and the patronymic
    hits added (see the module docstring)."""
    more = patronymic_hits(text) + venue_names(text)  # "[Anna Kowalska] Hall monitor"
    if not text.isascii() and ("ić" in text or "ић" in text):
        more = more + ic_surname_hits(text)  # "Jeleni Nikolić": ``surname_ic``
    if more:
        hits = hits + more
    if not any(h[0] == "NAME" for h in hits):
        return hits  # nothing to grow: the hits as they are
    # set phrases and titles are no name: left out before the walk and after it (the walk may
    # grow a name back over "Mubarak" or a title)
    hits = strip_titles(text, keep_set_phrases(text, hits))
    names = [h for h in hits if h[0] == "NAME"]
    # a neighbour already in a NAME hit ends the walk (merged later; no quadratic walk)
    starts = {h[1] for h in names}
    ends = {h[2] for h in names}
    out = [h for h in hits if h[0] != "NAME"]
    grown: dict[tuple[int, int], tuple[int, int]] = {}  # a span found twice is walked once
    moved = False  # whether a walk grew a hit (then the phrase and title keeps are asked again)
    for hit in names:
        span = (hit[1], hit[2])
        if (run := grown.get(span)) is None:
            start, end = span
            if text[start - 1 : start] in (" ", "\t") or text[end : end + 1] in (" ", "\t"):
                if text[start:end].islower():
                    start, end = _walk_lower(text, start, end, starts, ends)
                else:
                    start, end = _walk(text, start, end, starts, ends)
            if (start, end) == span and "," in text[max(0, start - 2) : end + 1]:
                start, end = _comma_name(text, start, end, starts, ends)
            run = grown[span] = (start, end)
        if run != span:
            out.append(("NAME", *run))
            moved = True
        else:
            out.append(hit)
        if text[run[0] : run[1]].islower():
            out += _lower_list(text, run, starts, ends)
    return strip_titles(text, keep_set_phrases(text, out)) if moved else out


_LOWER = r"[a-zß-öø-ÿĀ-ſ]{3,}"
_AND = r"(?:,|[ \t](?:and|&|und|et|y|e|i|en|og|och|ja|și|si|dhe|ve|or|oder|ou|o))[ \t]+"
_LIST_AFTER = re.compile(rf"{_AND}({_LOWER})(?:[ \t]+({_LOWER}))?(?![\w'’@-]|\.\w)")
_LIST_BEFORE = re.compile(rf"(?<![\w'’.@#/-])(?:({_LOWER})[ \t]+)?({_LOWER})[ \t]*{_AND}$")


def _lone_name(word: str) -> bool:
    """A lower-case word that is a name alone: a listed surname that the lists do not hold as a
    word-like name and no language's frequent word ("wendt", "okonkwo"; not "rose", "will"),
    or a listed given name that is no word at all. Next to a name and a conjunction a surname
    that a dictionary also holds is still read as the name ("okonkwo and cook": fail closed)."""
    if _plain(word):
        return False
    title = word.title()
    given, surnames, ambiguous, common, _titles, _top = _lists()
    if title in surnames and title not in SURNAME_WORDS and title not in ambiguous:
        return True
    return title in given and title not in ambiguous and word not in common


def _pair_name(first: str, last: str) -> bool:
    """A lower-case given name and surname ("lukas wendt"): a listed given name that is no
    frequent word before a listed surname that no list holds as a word."""
    given, surnames, ambiguous, _common, titles, _top = _lists()
    return (
        not _plain(first)
        and not _plain(last)
        and first not in titles
        and first.title() in given
        and last.title() in surnames
        and last.title() not in SURNAME_WORDS
    )


def _lower_list(text: str, run: tuple[int, int], starts: set[int], ends: set[int]) -> list[Hit]:
    """The lower-case names listed with the lower-case name ``run`` ("okonkwo and wendt",
    "thanks to priya raman and lukas wendt"): each neighbour joined by a comma or a
    conjunction that is a name alone, or a given name and a surname (``_lone_name``,
    ``_pair_name``); a chain of four at most."""
    if any(_plain(w) for w in text[run[0] : run[1]].split()):
        return []
    found: list[Hit] = []
    end = run[1]
    for _ in range(4):
        m = _LIST_AFTER.match(text, end)
        if m is None or m.start(1) in starts:
            break
        if m[2] and _pair_name(m[1], m[2]):
            end = m.end(2)
        elif _lone_name(m[1]) and (not m[2] or _plain(m[2]) or m[2].title() not in SURNAMES):
            end = m.end(1)
        else:
            break
        found.append(("NAME", m.start(1), end))
    start = run[0]
    for _ in range(4):
        m = _LIST_BEFORE.search(text, max(0, start - 60), start)
        if m is None or m.end(2) in ends:
            break
        if m[1] and _pair_name(m[1], m[2]):
            start = m.start(1)
        elif _lone_name(m[2]) and (not m[1] or _plain(m[1]) or m[1].title() not in GIVEN):
            start = m.start(2)
        else:
            break
        found.append(("NAME", start, m.end(2)))
    return found


def _walk(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> tuple[int, int]:
    """The run of name words around the hit ``text[start:end]``."""
    after_given = None  # read at the first capitalised neighbour only (most hits have none)
    hit = text[start:end]
    # one word: the walk may add a word no list holds after it, and before it only when the
    # hit is a surname and no given name ("Zénabo [Traoré]", not "Obwarezi [Brian]")
    # and after it only when the hit is a listed name ("[Blessing] Saygbe"; a tagged word no
    # list holds as a name is no evidence: "[Plyn] Morava")
    given, surnames = _lists()[:2]
    lone = " " not in hit and "," not in hit and (hit in given or hit in surnames)
    lone_left = lone and hit not in given
    while (
        _capital_before(text, start)
        and (m := _WORD_BEFORE.search(text, max(0, start - 40), start)) is not None
    ):
        if not m[1][:1].isupper():
            break
        if after_given is None:
            after_given = _after_given(hit)
        first = _SENTENCE_END.search(text, max(0, m.start() - 4), m.start()) is not None
        if m.end(1) in ends or not _word_joins(
            text, m[1], sentence_start=first, left=True, after_given=after_given, lone=lone_left
        ):
            break
        if text[m.start(1) - 1 : m.start(1)].isdigit() and not _glued_given(m[1]):
            break  # glued to digits ("12Anna"): only a listed given name that is no word
        start, lone, lone_left = m.start(1), False, False
    while (
        text[end : end + 1] in (" ", "\t")
        and (m := _WORD_AFTER.match(text, end)) is not None
        and m[1][:1].isupper()
    ):
        if after_given is None:
            after_given = _after_given(hit)
        if m.start(1) in starts or not _word_joins(
            text, m[1], sentence_start=False, left=False, after_given=after_given, lone=lone
        ):
            break
        end, lone, lone_left = m.end(1), False, False
    return start, end


_LOWER_BEFORE = re.compile(r"(?<![\w'’.@#/-])([a-zß-öø-ÿĀ-ſ]{3,})[ \t]+$")
_LOWER_AFTER = re.compile(
    r"((?:[ \t]+(?:[a-z]{1,3}|dalla|della|delle|degli|dos|das|van|von|ter|ten))"
    r"{0,2})[ \t]+([a-zß-öø-ÿĀ-ſ]{3,})(?![\w'’@-]|\.\w)"
)
# "[raffaele] d'angelo", "[salvatore] dell'acqua": an elided particle glued to the surname
# (French "n'" is left out: "[marie] n'est pas là" is a negation)
_LOWER_ELIDED_AFTER = re.compile(
    r"[ \t]+(?:d|dell|dall|degl)['’]([a-zß-öø-ÿĀ-ſ]{3,})(?![\w'’@-]|\.\w)"
)
# "[anke] meyer-lüdenscheid": a double-barrelled surname written in lower case
_LOWER_HYPHENED_AFTER = re.compile(
    r"[ \t]+([a-zß-öø-ÿĀ-ſ]{2,}-[a-zß-öø-ÿĀ-ſ]{2,})(?![\w'’@-]|\.\w)"
)


def _plain(word: str) -> bool:
    """A frequent sentence word of some language: never joined in lower case."""
    return word in TOP or word in TOP_NODICT or word in PARTICLE_SET


def _walk_lower(
    text: str, start: int, end: int, starts: set[int], ends: set[int]
) -> tuple[int, int]:
    """The lower-case name around the lower-case hit ``text[start:end]`` (module docstring)."""
    given, surnames, ambiguous, common, titles, _top = _lists()
    hit = text[start:end]
    one = " " not in hit and "\t" not in hit
    title = hit.title()
    left = None  # where a given name written before the hit starts, if one is
    m = _LOWER_BEFORE.search(text, max(0, start - 40), start)
    if m is not None and m.end(1) not in ends and not _plain(m[1]) and m[1] not in titles:
        word = m[1].title()
        # a listed given name that the lists hold as no word-like name and no sentence word
        # ("santiago [paz]", "juan [pablo]"; not "ping keisha": a verb before a given name;
        # "crystal" only before a surname that is no given name)
        if (word in given and word not in ambiguous) or (
            word in ambiguous and one and title in surnames and title not in given
        ):
            left = m.start(1)
    if one and (title in given or title in ambiguous):
        m = _LOWER_AFTER.match(text, end)
        # "[sanne] de [vries]": a particle joins two hits (merged later)
        if m is not None and (m.start(2) not in starts or m[1].strip()):
            particles = m[1].split()
            word = m[2]
            if (
                all(p in PARTICLE_SET for p in particles)
                and not _plain(word)
                and (word.title() in surnames or (particles and word not in common))
            ):
                end = m.end(2)
        elif (
            m := _LOWER_ELIDED_AFTER.match(text, end) or _LOWER_HYPHENED_AFTER.match(text, end)
        ) is not None and m.start(1) not in starts:
            parts = m[1].split("-")
            # each part a listed name or a word no list holds ("[paolo] d'accordo": a word)
            if not any(_plain(p) for p in parts) and all(
                p.title() in surnames or p.title() in given or _unlisted(p) for p in parts
            ):
                end = m.end(1)
    elif (
        not one
        and len(hit.split()) < 4
        and all(
            (w.title() in given or w.title() in surnames) and not _plain(w) for w in hit.split()
        )
    ):
        # "[maría garcía] lópez", "[hugo alonso] suárez": a second surname (Spanish and
        # Portuguese write two) after a name cut short, a listed surname that is a name only
        m = _LOWER_AFTER.match(text, end)
        if m is not None and not m[1].strip() and m.start(2) not in starts:
            word = m[2]
            if (
                not _plain(word)
                and word.title() in surnames
                and _name_only(word)  # in the frequent-word list as a name only ("pérez")
            ):
                end = m.end(2)
    # both halves: a given name before and a surname after join a one-word hit together
    # ("predavanje ima [blaž] žagar": fail closed, even where the word before is a verb too)
    if left is not None:
        start = left
    return start, end


def _name_only(word: str) -> bool:
    """A frequent word that is a name only: no dictionary writes it in lower case."""
    return proper_name(word_key(fold(word)))


def _unlisted(word: str) -> bool:
    """A lower-case word that no list holds: no frequent word, no word-like name, no title."""
    given, _surnames, ambiguous, common, titles, _top = _lists()
    return (
        word not in common
        and word not in titles
        and word.title() not in ambiguous
        and not _plain(word)
    )


_ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+$")  # "- ", "2) "
_COMMA_AFTER = re.compile(rf",[ \t]({_CAP_WORD})(?![\w'’-]|\.\w)")
_COMMA_BEFORE = re.compile(rf"(?<![\w'’.@#/-])({_CAP_WORD}),[ \t]$")


def _comma_name(
    text: str, start: int, end: int, starts: set[int], ends: set[int]
) -> tuple[int, int]:
    """A name written surname first with a comma ("[Bangura], Komba", "Kpoto, [Dweh]"), around
    a capitalised one-word hit: after it a listed given name that is no word or a word no list
    holds; before a given-name hit a listed surname that is no word, or mid-sentence a word
    no list holds ("Thanks, [Anna]", "Berlin, [Anna]": a word, a town, no join)."""
    hit = text[start:end]
    if not hit[:1].isupper() or not hit[1:].islower() or not hit.isalpha():
        return start, end
    given, surnames, ambiguous, common, titles, _top = _lists()
    m = _COMMA_AFTER.match(text, end)
    if m is not None and m.start(1) not in starts and m[1][1:].islower():
        word = m[1]
        if (
            # a word before a colon is a field's label ("Brandt, Passwort: ...", "Meyer,
            # Telefon: ..."), not a given name
            text[m.end(1) : m.end(1) + 1] != ":"
            and word.lower() not in titles
            and word not in GREETING_WORDS
            and (
                (word in given and word not in ambiguous and not _plain(word.lower()))
                or _unlisted_capital(word, text)
            )
        ):
            return start, m.end(1)
    m = _COMMA_BEFORE.search(text, max(0, start - 40), start)
    if m is not None and m.end(1) not in ends and hit in given and m[1][1:].islower():
        word = m[1]
        first = (
            _SENTENCE_END.search(text, max(0, m.start() - 4), m.start()) is not None
            or _ITEM_START.search(text, max(0, m.start() - 8), m.start()) is not None
        )
        if (
            word.lower() not in titles
            and word not in GREETING_WORDS
            and (
                (word in surnames and (word.lower() not in common or _name_only(word)))
                or (not first and _unlisted_capital(word, text))
            )
        ):
            return m.start(1), end
    return start, end


def _glued_given(word: str) -> bool:
    """A word glued to a code's digits joins a name only as a listed given name that the lists
    hold as no word-like name and no frequent word ("Ref 12[Anna Kowalska]")."""
    given, _surnames, ambiguous, _common, _titles, top = _lists()
    return word in given and word not in ambiguous and word.lower() not in top


def _after_given(hit: str) -> bool:
    """The hit has two words or more and opens with a listed given name."""
    words = hit.split()
    return len(words) >= 2 and words[0] in _lists()[0]


def _capital_before(text: str, start: int) -> bool:
    """Whether blanks end at ``start`` (or before a newline there: ``$`` matches before one) and
    the word before them may open with a capital: a cheap test that ``_WORD_BEFORE`` needs (its
    word starts after the last space before it)."""
    k = start - 1 if text[start - 1 : start] == "\n" else start
    if text[k - 1 : k] not in (" ", "\t"):
        return False
    k, low = k - 1, max(0, start - 40)  # the search's window: its word starts at low or later
    while k > low and text[k - 1] in " \t":
        k -= 1
    return not text[max(low, text.rfind(" ", low, k) + 1) : k].islower()  # "with", "told"


def patronymic_hits(text: str) -> list[Hit]:
    """Icelandic patronymic surnames, with the given name before them. Found with ``str.find``
    (most posts hold none of these letters, and "lesson" is found and dropped at once); the
    single-s forms ("Guðnason") only in a text with a letter only Icelandic writes."""
    if text.isascii() or _ICELANDIC_ONLY.search(text) is None:
        # every -sson, -ssyni holds "ss", every -dóttir, -dóttur "dótt" or "dott": a family
        # whose letters are missing is not searched (most posts hold "ss" or "tt" somewhere)
        double = "ss" in text
        daughter = "dott" in text or (not text.isascii() and "dótt" in text)
        if not double and not daughter:
            return []
        suffixes = _DOUBLE if double and daughter else _SONS if double else _DAUGHTERS
    else:
        suffixes = _DOUBLE + _SINGLE
    hits: list[Hit] = []
    for suffix in suffixes:
        at = text.find(suffix)
        while at >= 0:
            # the word's capital lies after the last space before the suffix: none, no name
            if not text[text.rfind(" ", 0, at) + 1 : at].islower():  # "lesson", "person"
                hit = _patronymic_at(text, at, at + len(suffix))
                if hit is not None and hit not in hits:
                    hits.append(hit)
            at = text.find(suffix, at + 1)
    return hits


def _patronymic_at(text: str, at: int, end: int) -> Hit | None:
    """The patronymic whose ending ``text[at:end]`` is, if a capitalised word ends there."""
    if text.startswith("ar", end) and text[at:end] in ("sson", "son"):
        end += 2  # genitive "-ssonar"
    if text[end : end + 1].isalnum() or text[end : end + 1] in ("'", "’", "-", "_"):
        return None
    if text[at:end].startswith("tt"):
        if text[at - 2 : at] not in ("dó", "do"):
            return None
        at -= 2
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    last = text[start:end]
    if (
        at - start < 3
        or not last[:1].isupper()
        or text[start - 1 : start] in ("'", "’", "-")
        or not (last.endswith(_DOUBLE_ENDS) or _ICELANDIC_LETTER.search(last))
        or last.lower() in _lists()[3]
    ):
        return None  # "Lesson", "Person"; "Jackson", "Madison": English -son, no patronymic
    if _LEGAL_FORM_AFTER.match(text, end):
        return None  # a company named after a person: "Magnússon ehf.", "Jónsson & Co."
    given = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if given is not None and _given_before(given[1], icelandic=_ICELANDIC_ONLY.search(text)):
        start = given.start(1)
    return ("NAME", start, end)


def _given_before(word: str, *, icelandic: object) -> bool:
    """Whether the capitalised ``word`` before a patronymic is its given name: a listed given
    name, or, in Icelandic text (``icelandic``: a letter only Icelandic writes is in the post)
    or with an Icelandic letter in it, any word no list holds as a word (a declined given name:
    "Hrafnhildi", "Sigríði"); not an ordinary word at a clause's start elsewhere ("Enligt
    Andersson": "according to")."""
    given, _surnames, ambiguous, common, _titles, _top = _lists()
    key = word.lower()
    if key in given or key in ambiguous:
        return True
    return (icelandic is not None or _ICELANDIC_LETTER.search(word) is not None) and (
        key not in common
    )
