"""A member's given name written alone: "Great point, Roxanne.", "Dank aan Femke", "Loved
Rupert's talk", "11:00 Keynote – Ngaire". The member dictionary (``names``) matches full names;
this rule adds the roster's given names, fail closed: a capitalised token that equals a
member's given name (folded: case and accents aside) and stands alone is a NAME unless it is
also a word, a company or a place, which then needs a person cue around it.

Three tiers, from the shipped lists (the roster in production is every author, so tier 1 acts
on nearly every given name that is not a word, which is the intended direction):

1. no list holds it as a word ("Roxanne", "Ngaire", "Siobhan"): redacted wherever it is
   capitalised;
2. a frequent word of some language holds it ("Brandon", "Chiara", "Mark": common_words.txt):
   redacted inside a sentence; at the start of a sentence or a line only with a person cue;
3. a given name that is a lower-case word ("Will", "Hunter", "Summer":
   given_names_ambiguous.txt), one of the most frequent words of a language ("Ben", "Elke"), a
   city or street word ("Sydney", "Santa"), a listed company around it ("Ford", "Albert Heijn"),
   a place word after it ("Madison Avenue"), written in capitals, after a place preposition ("in
   Lisbon", "em Lisboa"; "to"/"from" for tier 2) or next to a digit ("12 Jan 2026"): only with
   a person cue.

Person cues (a greeting, a vocative, a thanks, a label, a role, a verb of speaking after it
...) are ``member_cues``; where a name stands in its line (a programme slot, a list of
attendees, a speaker label, a signature) is ``member_lines``. In lower case a given name goes
when no list holds it as a word ("thanks to ngaire"); one that a list holds only when it is
addressed (``member_cues.lower_addressed``).

The frequent-word lists hold many names, so a name that only they hold is tier 2 (a surname
too, unless an article precedes it: "der Schreiber"); a tier-2 name that opens its line goes as
a speaker label ("X: text"), alone on its line, or before an auxiliary ("X is ..."). A name in
capitals that no list holds as a word is tier 1 (four letters or more: shorter ones may be
acronyms).

Roster names that the given-name gazetteer lacks are found by a small automaton per roster
(``roster_spans``), over the text as the prefilter reads it; the process-wide prefilter is
never extended per roster.

A title before a member's name ("Dr.", "Ing.", "Prof.", "Sra.") stays outside its span, as
it does before every other name: the same treatment for every name, so a redacted name does
not reveal membership ("Prof. [NAME]" for a member and a non-member alike).

Left to the other rules: a token joined to a longer word ("Rose-Marie", "O'Neil",
"anne.smith"), inside a member hit, or next to another capitalised word ("Irving Oil", "Ralph
Lauren", "Roxanne Xu"): a full name or a company, which ``people`` and the member dictionary
judge.
"""

from __future__ import annotations

import re
from functools import cache

from trainer.redact import prefilter
from trainer.redact.eponyms import in_corporate_context, is_eponymous_company
from trainer.redact.hit_index import INDEX_MIN, SpanIndex
from trainer.redact.hits import Hit
from trainer.redact.lookalike_places import place_before
from trainer.redact.member_accents import spelled_as_name
from trainer.redact.member_article_subjects import opens_before_complement
from trainer.redact.member_clause_slots import roster_clause_names
from trainer.redact.member_clause_words import clause_word
from trainer.redact.member_clitics import opens_with_clitic
from trainer.redact.member_context import (
    PERSON_ENDINGS,
    Beside,
    declined_place,
    full_name_after,
    in_longer_name,
    joined,
    label_value_then_sentence,
    legal_form_after,
    member_pair,
    name_beside,
    place_or_company_after,
)
from trainer.redact.member_cues import (
    ARTICLES,
    CUE_PAIRS,
    LOCATIVE,
    NO_VOCATIVE_BEFORE,
    PRONOUN_AFTER,
    SUBJECT_AFTER,
    TO_FROM,
    VOCATIVE_CLAUSE,
    addressed,
    after_sentence_adverb,
    list_item_start,
    listed_with_member,
    lower_addressed,
    person_cue,
    sentence_start,
    words_before,
)
from trainer.redact.member_forenames import forenames_before
from trainer.redact.member_gaelic_forms import mutation_capital
from trainer.redact.member_handover import handed_to, person_field_before
from trainer.redact.member_hashtags import member_hashtags
from trainer.redact.member_joined import joined_hits
from trainer.redact.member_lines import attendance_item, listed_item, opens_a_line_as_a_name
from trainer.redact.member_lower_cues import said_by, thanked_for
from trainer.redact.member_lower_forms import lower_form_alone
from trainer.redact.member_marks import drop_mark_conflicts
from trainer.redact.member_mention_cues import thanked_right_before
from trainer.redact.member_role_labels import role_label_before
from trainer.redact.member_roster import roster_spans
from trainer.redact.member_roster_slots import roster_slot_names
from trainer.redact.member_second_pass import extra_member_hits, name_genitive, possessor
from trainer.redact.member_slash_lists import slash_listed
from trainer.redact.member_subject import opens_as_subject, opens_with_modal, opens_with_verb
from trainer.redact.member_surname_first import surnames_before
from trainer.redact.member_titles import title_before
from trainer.redact.member_typos import typo_neighbours
from trainer.redact.member_words import (
    GREETINGS,
    common_keys,
    is_word,
    proper_name,
    top_keys,
    word_key,
    word_keys,
)
from trainer.redact.name_keys import fold
from trainer.redact.names import MemberNames
from trainer.redact.person_informal import continued
from trainer.redact.person_quoted_titles import in_quoted_title
from trainer.redact.person_words import (
    GIVEN_AMBIGUOUS,
    HONORIFIC_SET,
    NOT_SURNAME,
    PLACE_SURNAMES,
    STREET_WORDS,
    TOP,
)

_DIGIT_AFTER = re.compile(r"[ \t]?\d")
# A surname's initial after a given name: "Wei B. set up", "Tucker S.'s work".
_INITIAL_AFTER = re.compile(r" [A-ZÀ-Þ]\.(?!\w)")
_LONG_DECLINED = 5  # "Novákův", "Kovácsnak": no word of any language spells these
# Articles that make a capitalised surname a noun ("der Schreiber", "the Cook"), less "a":
# English writes no noun capitalised after it, and in Spanish, Portuguese, Italian, Catalan
# and Romanian "a" before a name is the personal "a" or "to" ("Etiqueto a X", "ver a X").
_NOUN_ARTICLES = ARTICLES - {"a"}


@cache
def _accent_only_keys() -> frozenset[str]:
    """Keys only frequent words with accents spell ("mika": fi "mikä", "etta": fi "että")."""
    others = GIVEN_AMBIGUOUS | PLACE_SURNAMES | STREET_WORDS | NOT_SURNAME | HONORIFIC_SET
    plain = {word_key(fold(w)) for w in (*others, *(w for w in TOP if fold(w) == w.lower()))}
    return frozenset(top_keys() - plain - GREETINGS)


def find_members(text: str, members: MemberNames) -> list[Hit]:
    """The member dictionary's hits (``MemberNames.find``) and a member's given name written
    alone (this module's rule)."""
    folded = prefilter.folded(text)
    hits = members.find(text, folded)
    hits += joined_hits(text, folded, members)  # "KwameBoatengBot", "Smith-Oyelaran", paths
    if "#" in text:
        hits += member_hashtags(text, members)  # "#KatharinaObermaier", "#ThanksKatharina"
    surnames = members.surnames
    if not members.given and not surnames:
        return drop_mark_conflicts(text, hits, members.marked, members.plain)
    found = prefilter.keywords(text)
    spans = found.get("member_middle", [])
    declined: dict[str, str] = {}  # "Novákovi", "Kovácsnak": read back at match time
    beside = [*spans, *((s, e) for _, s, e in hits)]
    if more := roster_spans(text, members, declined, beside):
        spans = [*spans, *more]
    anchors: list[tuple[int, int]] = []  # roster names written exactly, hit or not
    if spans:
        hits += given_alone(
            text, folded, spans, members.given, hits, found, surnames, anchors, inflected=declined
        )
        hits += roster_clause_names(text, spans, members, hits)  # "Pagán maneja la lista"
        if len(spans) > 1 and "/" in text:  # "Owners: Rohan/Priya/Léa"
            hits += slash_listed(text, folded, spans, members.given, surnames)
    anchors = list(dict.fromkeys([*anchors, *((s, e) for _, s, e in hits)]))  # each span once
    if anchors:
        hits += typo_neighbours(text, folded, anchors, members)  # "Ottoline Brauckman"
    hits += extra_member_hits(text, folded, members, hits, anchors)  # "the Santos family"
    hits += roster_slot_names(text, members)  # "Wren approved the", "de Christian", "Miles'"
    if not hits:
        return hits
    hits += surnames_before(text, folded, hits, members)  # "Tan [Wei Ling]", "Tan, [Wei Ling]"
    # "Tizzy [Brennan]"; a namesake's surname after a given name: "[katharina] santangelo".
    # A title stays outside, as for every name: the output does not tell members apart.
    hits = continued(text, forenames_before(text, hits, surnames))
    # "điểm", "gia đình": the roster's "Diễm", "Đinh" with other marks (``member_marks``)
    hits = drop_mark_conflicts(text, hits, members.marked, members.plain)
    # a roster word alone in a quoted title ("The listing headline reads a Lamb's wool scarf":
    # ``person_quoted_titles``) is the title's word; a full name there still goes
    return [h for h in hits if " " in text[h[1] : h[2]] or not in_quoted_title(text, h[1], h[2])]


def given_alone(
    text: str,
    folded: str,
    spans: list[tuple[int, int]],
    given: frozenset[str],
    covered: list[Hit],
    found: dict,
    surnames: frozenset[str] = frozenset(),
    roster_words: list[tuple[int, int]] | None = None,
    *,
    inflected: dict[str, str] | None = None,
) -> list[Hit]:
    """NAME hits for the keyword ``spans`` that are a member's given name or surname
    (``surnames``) standing alone, or a declined form of one (``inflected``: form -> name);
    ``roster_words`` gets every span that is one, hit or not."""
    hits: list[Hit] = []
    pending: list[tuple[int, int]] = []  # no cue yet: may be listed with a member
    # F15: one bisect per span, not a scan of every hit, once the hits are many
    inside = SpanIndex(covered) if len(covered) >= INDEX_MIN else None
    n = len(text)

    def names(key: str) -> bool:  # a roster name or a declined form of one
        return key in given or key in surnames or bool(inflected and key in inflected)

    index: list[Beside] = []  # the spans and hits by start and end: built on first use

    def beside(start: int, end: int) -> bool:
        if not index:
            index.append(Beside(spans, covered))
        return name_beside(text, start, end, index[0], names)

    for start, end in spans:
        key = folded[start:end]
        if not key.isalnum():
            key = word_key(key)
        declined, ending, genitive = False, "", False
        if key not in given and key not in surnames:  # most keywords: no member's name
            # a form that is the name + "s" ("Louises", Estonian inessive, Latvian and
            # Lithuanian genitive) is read as the German/Dutch genitive below, as before
            if inflected and (base := inflected.get(key)) is not None and key != f"{base}s":
                capital = text[start].isupper() or mutation_capital(text[start:end])
                if (
                    not capital
                    and not lower_form_alone(base, text, start)
                    and not beside(start, end)
                ):
                    continue  # a declined form in lower case may be a word we do not list
                ending = key[len(base) :] if key.startswith(base) else ""
                key, declined = base, True  # "Novákovi", "Kovácsnak": tier 2 (see below)
            elif key[-1:] != "s" or (
                is_word(key) and not name_genitive(text, start, key, given, surnames)
            ):
                continue  # "Roses", "Parks", "Wills", "Does": a word, no genitive of a name
            else:
                key = key[:-1]  # "Brauckmanns Team", "Ottolines Idee", "Vidigals voorstel"
                genitive = possessor(text, end, key)  # "Annas Idee": a name, not a full name
        lower = not text[start].isupper() and not (declined and mutation_capital(text[start:end]))
        surname = key not in given
        if (surname and key not in surnames) or key in GREETINGS:
            continue  # "Hallo, bedankt voor je bericht": a greeting, whoever is named so
        if roster_words is not None and not lower and key not in top_keys():
            roster_words.append((start, end))  # an anchor for member_typos; not "Con", "May"
        plain_name = key in _accent_only_keys() and text[start:end].lower() == key  # no "mikä"
        marked = not lower and spelled_as_name(text[start:end])  # "Rosén", not "rosen"
        word = key in word_keys() and not plain_name and not declined and not marked
        top = key in top_keys() and not plain_name and not declined and not marked
        # A name no list holds as a word, a frequent word or a company ("Brauckmann",
        # "Oyelaran", "Fionn"): a name wherever it stands as a whole word, whatever the words
        # around it (a place preposition, a digit, another capitalised word). A declined form
        # is no listed word, but a word of a language we do not list may spell a short one:
        # that of a name of five letters or more is tier 1, a shorter one's tier 2.
        if declined:
            rare = len(key) >= _LONG_DECLINED
            if ending not in PERSON_ENDINGS and declined_place(key):
                rare, word = False, True  # "u Berlinu", "Madridban", "nového Forda": tier 3
        else:
            # a frequent word that no dictionary writes in lower case is a name only
            rare = marked or (not word and (key not in common_keys() or proper_name(key)))
        if lower and rare and clause_word(text, start, end):
            rare, word = False, True  # "Ponovo sam popunio": bs/hr/sr "sam", no member Sam
        if lower:
            # Lower case: a member's name that no list holds as a word ("birthdays: keisha,
            # ...", "lol ngaire you're right", "hi femke,"); one that is a word never.
            if text[start].islower() and not joined(text, start, end, n):
                if rare or declined:  # a declined form got here beside another name
                    hits.append(("NAME", start, end))
                elif not top:
                    if (
                        lower_addressed(text, start, end, word)
                        or thanked_for(text, start, end)
                        or said_by(text, start, end)  # "as nadine said"
                        or handed_to(words_before(text, start))  # "relu par clémence"
                        or person_field_before(text, start)
                        or role_label_before(text, start, end)  # "mentor: rusty"
                    ):
                        hits.append(("NAME", start, end))  # "hola pilar,", "Abrazos,\nmarta"
                    else:
                        pending.append((start, end))
            continue
        if (
            inside.overlaps(start, end)
            if inside
            else any(h[1] < end and start < h[2] for h in covered)
        ):
            continue  # inside a member hit: the dictionary judged it
        if joined(text, start, end, n):
            continue
        token = text[start:end]
        if " " in key and not all(w[0].isupper() for w in token.split()):
            continue  # "The best": a hyphenated given name's parts are both capitalised
        before = words_before(text, start)
        last = before[-1].lower() if before else ""
        if (
            rare
            and proper_name(key)
            and (last in LOCATIVE or _DIGIT_AFTER.match(text, end) or place_before(text, start))
        ):
            rare = False  # "em X", "X 12", "Museo X Y": a place, a date or a place named so
        if rare and legal_form_after(text, end):
            rare, word = False, True  # "Solvangen GmbH": only a legal form makes it a company
        if rare and (declined or key not in common_keys()):
            if not surname and full_name_after(text, end) and not beside(start, end):
                continue  # "Joost Hoogstraaten": someone's full name, the name rules judge it
        elif (
            not genitive
            and in_longer_name(text, end, before)
            and not member_pair(text, end, before, given, surnames)
            and not label_value_then_sentence(text, start, end)  # "Treasurer: X Meeting at"
        ):
            continue
        if len(token) > 1 and token.isupper() and (word or len(key) < 4):
            tier = 3  # "WILL THIS WORK", "SUMMER SALE"; a short one may be an acronym
        elif rare:
            tier = 1  # "Looping in Brauckmann", "met Oyelaran 2 times", "Fionn Email me"
        elif word or last in LOCATIVE:
            tier = 3  # "Will", "Monday", "Hallo"; "in Lisbon", "em Lisboa", "nach Bern"
        elif _DIGIT_AFTER.match(text, end) or (last[-1:].isdigit() and len(last) < 3):
            # a date or a count: "12 Jan 2021", "Mai 2024"; a longer number before it (a phone,
            # an account, a link) is no day of a month: "Ring +45 1234 5678 Mette tomorrow"
            tier = 3
        elif declined or key in common_keys():
            # "Flight to Lisbon"; a surname after an article is a noun ("der Schreiber",
            # "the Cook"). The frequent-word lists hold many names ("Wainwright",
            # "PELLEGRINI", "Visser"): otherwise as a given name.
            tier = 3 if last in TO_FROM or (surname and last in _NOUN_ARTICLES) else 2
        else:
            tier = 1  # also a name in capitals that no list holds ("THRELKELD", "OYELARAN")
        tier = 1 if genitive else tier
        if not surname and (initial := _INITIAL_AFTER.match(text, end)):
            hits.append(("NAME", start, initial.end()))  # "Wei B. set up": a name form, even
            continue  # where a company word is near ("Shares\nPaola C. sends the notes")
        if is_eponymous_company(text, start, end) or in_corporate_context(text, start, end):
            # "Albert Heijn", "samen met Philips", "shares of Hunter Douglas": a company unless
            # it is addressed ("Thanks, Ford!", "Hi Dell").
            if (
                addressed(text, start, end, before)
                or (len(before) > 1 and f"{before[-2].lower()} {before[-1].lower()}" in CUE_PAIRS)
                or (before and before[-1][-1:] in ",:;" and attendance_item(text, start, end))
                or listed_item(text, start, end, [*covered, *hits])
                or thanked_right_before(before)  # "gracias X por todo"
                or title_before(before)  # "senyor X", "znj. X": a form of address
            ):
                # "de acuerdo con X": a person's verb; "Panel: X, Jane Doe": a list of people
                hits.append(("NAME", start, end))
            continue
        if tier == 2 and place_or_company_after(text, end):
            tier = 3  # "Madison Avenue", "Grace Foundation"
        if tier == 1 or (tier == 2 and not sentence_start(text, start)):
            hits.append(("NAME", start, end))
        elif tier == 2 and (
            opens_a_line_as_a_name(text, start, end)
            or SUBJECT_AFTER.match(text, end)
            or VOCATIVE_CLAUSE.match(text, end)  # "X, it was a pleasure"
            or (not surname and opens_as_subject(text, end, key, tier=2))  # "X brings the tent"
            or (not surname and opens_with_clitic(text, end, key))  # "X lo coordinó"
            or (surname and opens_with_verb(text, end, key))  # "Quintero confirmó la fecha"
            or opens_before_complement(text, end)  # "Schäfer sitzt dieses Jahr im Vorstand"
        ):
            # "Moreau: dossier transmis", "Pellegrini" on its own line; a subject
            # ("Matteo è il collega migliore", "Olivia was a great mentor")
            hits.append(("NAME", start, end))
        elif (
            tier == 3
            and (
                sentence_start(text, start)
                or after_sentence_adverb(text, start, before)
                or list_item_start(text, start)  # "- Leão está hoje na recepção"
            )
            and (
                (not surname and opens_as_subject(text, end, key, tier=3))
                or opens_with_modal(text, end, key)  # "Henry will run the session"
                or (surname and opens_with_verb(text, end, key))  # "Smith has left"
                or opens_before_complement(text, end)  # "Fortunato è nel consiglio"
            )
        ):
            hits.append(("NAME", start, end))  # "Martin will host": an auxiliary after it
        elif (
            person_cue(text, start, end, before, found, covered)
            or title_before(before)
            or handed_to(before)  # "Handing over to X", "Übergabe an X", "Relu par X"
            or person_field_before(text, start)  # "approved_by=X"
            or role_label_before(text, start, end)  # "Account manager: X"
        ):
            hits.append(("NAME", start, end))  # "Mag. X", "Cr. X": a title the lists lack
        elif not top and last not in NO_VOCATIVE_BEFORE and PRONOUN_AFTER.match(text, end):
            hits.append(("NAME", start, end))  # "I've known X for years and she ..."
        elif not top:
            pending.append((start, end))
    # A name listed with a member found here or by the dictionary ("Thanks Walsh and Costa",
    # "gracias a liam y camila"): a list of people, in either order.
    while pending and hits:
        listed = [(s, e) for s, e in pending if listed_with_member(text, s, e, [*covered, *hits])]
        if not listed:
            break
        hits += [("NAME", s, e) for s, e in listed]
        pending = [span for span in pending if span not in listed]
    if pending and hits:
        # "olga [kuke]": a lower-case given name right before a lower-case member hit is the
        # given name of a full name written in lower case
        starts = {s for _, s, _ in hits if text[s].islower()}
        hits += [
            ("NAME", s, e)
            for s, e in pending
            if e + 1 in starts and text[e] == " " and text[s].islower() and folded[s:e] in given
        ]
    return hits
