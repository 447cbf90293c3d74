"""Best-effort, offline detection of people who are not members: the decision step.

``find_people`` starts from the keywords the prefilter found (given names, cues, honorifics)
and decides, rule by rule, each tuned to leave company and product names alone:
1. a given name from the shipped gazetteer followed by a capitalised surname
   ("Priya Raman", "Anna van der Berg"), unless the "surname" is a business or product word
   ("Maria Foundation" is kept); given names that are also words ("Grace", "Will") count only
   before a surname from the shipped census list ("Grace Hopper", not "Will Python");
2. a lone gazetteer name after a person cue ("thanks Priya", "cc Tomasz");
3. after a person cue, any capitalised word before a census surname ("met Hendrik Castro",
   ``person_cued``), and all-caps names ("JOHN SMITH", "thanks MARIA LOPEZ");
4. the structural shapes of ``person_shapes`` (honorifics, initials, "SURNAME Given", strong
   cues, lower-case names, surnames common in India), ``person_comma`` ("Surname, Given",
   a full name's surname repeated alone) and ``person_possessive`` ("Oskar's notes",
   "Wiebkes Vortrag", "la presentación de Carmen").
Company forms named after people ("Vincent Germain et Fils", "Normand Rocher SARL") are kept
(``companies``). Word classes and lists live in ``person_words``; the tests on one candidate
(cues, list lines, capitals, place and business openers) in ``person_checks``.
"""

from __future__ import annotations

import re
import string

from trainer.redact import prefilter
from trainer.redact.companies import (
    COMPANY_AFTER,
    company_after,
    company_follows,
    company_near,
    is_company_token,
    opens_company,
)
from trainer.redact.hits import Hit
from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.name_institutions import in_named_institution
from trainer.redact.names import word_list
from trainer.redact.namesake_places import in_dish, namesake_place
from trainer.redact.people_filter import complete_and_keep_people
from trainer.redact.person_alone import cued_lower_given, lone_given, lower_subject
from trainer.redact.person_checks import (
    CAPS_PARTICLE,
    PERSON_CUE,
    PERSON_PREPOSITION,
    after_particle,
    all_caps_name,
    is_surname_middle,
    list_item,
    person_at,
    word_given_before_verb,
)
from trainer.redact.person_comma import (
    given_after_names,
    repeated_surnames,
    surname_comma,
)
from trainer.redact.person_compound_parts import suspended_compound
from trainer.redact.person_cued import (
    companion_surnames,
    cued_lone_surnames,
    cued_surnames,
    names_before_verb,
)
from trainer.redact.person_cues import (
    after_companion,
    in_person_context,
)
from trainer.redact.person_donors import donor_names
from trainer.redact.person_function_words import function_word
from trainer.redact.person_gaelic import gaelic_surnames
from trainer.redact.person_hashtags import GREETING_CUES, hashtag_names
from trainer.redact.person_informal import (
    continued,
    has_informal_cue,
    informal_pairs,
    initial_pairs,
)
from trainer.redact.person_initials import initial_dots
from trainer.redact.person_labels import apposed_names, labelled_names, slot_names
from trainer.redact.person_language_words import language_word_hit
from trainer.redact.person_lower import WriterCasing
from trainer.redact.person_malagasy import malagasy_names
from trainer.redact.person_network_names import network_owner_names
from trainer.redact.person_nicknames import nicknamed_names
from trainer.redact.person_nouns import noun_after_article
from trainer.redact.person_occupations import occupation_names
from trainer.redact.person_order import (
    given_caps_surname,
    given_newline_surname,
    mixed_case_pair,
    surname_given,
)
from trainer.redact.person_pairs import couple_names, joined_names
from trainer.redact.person_payment_refs import payment_reference_names
from trainer.redact.person_possessive import possessive_names
from trainer.redact.person_postposed import postposed_honorific_names
from trainer.redact.person_quoted_titles import in_quoted_title
from trainer.redact.person_relation import object_names, relation_names, sentence_met
from trainer.redact.person_request_slots import request_names
from trainer.redact.person_role_slots import role_slot_names
from trainer.redact.person_roles import caps_line_name, given_initials
from trainer.redact.person_shapes import (
    caps_surname_first,
    cued_starts,
    honorific_names,
    india_surnames,
    initial_surnames,
    lower_name,
    strong_cue_names,
)
from trainer.redact.person_signature_lines import signature_names
from trainer.redact.person_signers import after_signing_verb
from trainer.redact.person_slash_lists import slash_list_names
from trainer.redact.person_slots import person_slot_names, team_names
from trainer.redact.person_speech import reported_names
from trainer.redact.person_surname_lead import surname_lead
from trainer.redact.person_thing_articles import after_thing_article
from trainer.redact.person_title_nicknames import title_nicknames
from trainer.redact.person_vietnamese import (
    language_name,
    lower_vietnamese_names,
    unmarked_vietnamese_names,
    vietnamese_given_alone,
    vietnamese_honorific_names,
)
from trainer.redact.person_vietnamese_words import lower_middle_names, middle_and_given
from trainer.redact.person_words import (
    COMMON,
    COMPANY_SUFFIX,
    GIVEN,
    GIVEN_AMBIGUOUS,
    GREETING_WORDS,
    PARTICLE_WORDS,
    STREET_WORDS,
    SURNAME_AFTER,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    derived_word,
    invented,
    is_surname,
    patronymic,
    plain_noun,
    surname_like,
)
from trainer.redact.work_titles import in_work_title


def find_people(text: str) -> list[Hit]:
    """Heuristic NAME hits for people who are not in the member directory."""
    hits: list[Hit] = []
    found = prefilter.keywords(text)
    cued_at: frozenset[int] | None = None  # name starts right after a person cue, on demand
    casing: WriterCasing | None = None  # whether the writer uses capitals: read once, on demand
    worded: list[tuple[int, int]] = []  # the given-name keywords that are no sentence word
    for start, end in found.get("given", ()):
        token = text[start:end]
        if token in TOP and token.islower():
            continue  # most keywords are sentence words ("the", "new"): dropped first (speed)
        worded.append((start, end))
        if start and text[start - 1] in "@#.'’-_/":
            continue
        if function_word(text, token, end):
            continue  # "har", "OG": a function word of sv da nb fi pl cs ro tr ms, not a name
        if start > 5 and text[start - 2] == "g" and language_name(text, start):
            continue  # "tiếng Anh": the English language
        if token in GREETING_WORDS:
            continue  # "Hi Jan,": the greeting before a name, not a given name (rev22 F25)
        if token.islower():  # "maren lindqvist" (sentence words were dropped above)
            if cued_at is None:
                cued_at = cued_starts(text, found)
            if casing is None:
                casing = WriterCasing(text)
            if (hit := lower_name(text, start, end, token, cued_at=cued_at, casing=casing)) or (
                hit := mixed_case_pair(text, start, end)  # "desmond KOH" (person_order)
            ):
                hits.append(hit)
            elif cued_lower_given(text, start, end, cued_at=cued_at) or lower_subject(
                text, start, end
            ):
                hits.append(("NAME", start, end))  # "thanks to marcus", "leonie sagt ..."
            continue
        # The keyword pass matches folded spellings: "Simple" is not "Símple".
        if not token[0].isupper() or (token not in GIVEN and token.title() not in GIVEN):
            continue
        if text[start - 2 : start] == ", " and (hit := surname_comma(text, start, end)):
            hits.append(hit)  # "Lindqvist, Maren"
            continue
        if (
            text[start - 2 : start - 1].isupper()
            and text[start - 1] == " "
            and (hit := caps_surname_first(text, start, end, ambiguous=False))
        ):
            hits.append(hit)  # "KINSELLA Clodagh"
            continue
        if COMPANY_AFTER.match(text, end) or opens_company(token):  # "Correia Ltda."
            continue  # "Martin & Sons", "Stichting Konings"
        after = _cased_after(text, end)
        if after and token.lower() in GREETING_CUES and after.group("last") in GIVEN:
            continue  # "Welcome Oluwaseun (Seun) Adeyemi": a greeting before a given name
        if (
            after
            and is_surname(after.group("last"))
            and not derived_word(after.group("last"))  # "Jare Rufbereitschaft", "Anna Onboarding"
            and (
                after_particle(text, after)
                or not plain_noun(after.group("last"))
                # "Il nostro collega Carlo Vasari": a surname that is also a word somewhere.
                or (
                    after.group("last").lower() not in TOP
                    and token.lower() not in TOP  # "Grazie a Roma Capitale"
                    and (
                        in_person_context(text, start, after.end("last"), found)
                        or after_companion(text, start)
                    )
                )
            )
            and not is_company_token(after.group("last"))  # "Eberhardt KGaA"
            and is_surname_middle(after)
            and after.group("second") not in COMPANY_SUFFIX
            # "Brandt Hollister & Sons" is a company; "Lisa Meyer & Tom Becker" two people.
            and (not text.startswith(" &", after.end()) or person_at(text, after.end() + 3))
        ):
            second = (
                _capital(after.group("second"))
                and is_surname(after.group("second"))
            ) and not (
                # "Jonas Müllers Idee": a genitive governs the noun after it.
                after.group("last")[-1] in "s'’"
                and after.group("second").lower() in COMMON
                and after.group("second") not in word_list("surnames.txt")  # "Luis Santos Blanco"
            )
            stop = after.end("second") if second else after.end("last")
            # Each company check once: a business word before the name ("Studio Lucia
            # Ferrandino") is left to the filter at the end, which drops such hits anyway.
            last_end = after.end("last")
            if company_follows(text, stop) or (
                stop != last_end and company_after(text, last_end)  # "Pablo Iturriaga Hermanos"
            ):
                if not after_signing_verb(text, start):
                    continue  # "Vincent Germain et Fils", "... SARL"
                stop = last_end  # "podepsal [Petr Dvořák] Holding": the signer (person_signers)
            hits.append(("NAME", start, stop))
            continue
        if (
            (hit := given_caps_surname(text, start, end))
            or (hit := surname_given(text, start, end))
            or (hit := given_newline_surname(text, start, end))
            or (hit := mixed_case_pair(text, start, end))  # "MARISOL ibarra"
        ):
            hits.append(hit)  # "Maren LINDQVIST", "Lindqvist Maren" (person_order)
            continue
        if token.isupper() and len(token) > 1 and (caps := all_caps_name(text, token, after)):
            hits.append(("NAME", start, caps))
            continue
        if token.isupper() and (m := CAPS_PARTICLE.match(text, end)):
            if m.group("last").lower() not in TOP:  # "FEMKE DE VRIES", "LORENZO LO RUSSO"
                hits.append(("NAME", start, m.end()))
                continue
        if token.isupper() and (hit := caps_line_name(text, start, end)):
            hits.append(hit)  # "Groeten,\nEMMA CÔTÉ\nPartner"
            continue
        if PERSON_CUE.search(text, max(0, start - 24), start) or lone_given(
            text, start, end, found
        ):
            hits.append(("NAME", start, end))  # "thanks Priya", "Ravi: ok", "ask Lorcan"
    # Each keyword rule below runs only where its keywords are (with none it finds nothing;
    # the call and its empty list are skipped: speed).
    if cues := found.get("person_cue"):
        hits += cued_surnames(text, cues)
    if cues := found.get("person_cue_before"):
        hits += cued_surnames(text, cues)  # "Grazie a", "welkom"
        hits += cued_lone_surnames(text, cues)  # "thanks to Kennaway"
    if verbs := found.get("person_cue_after"):
        hits += names_before_verb(text, verbs)  # "... a rejoint"
    # "Grace Hopper", "Will Smith": a word-like given name counts before a known surname.
    # The listed surnames, the hand-written supplements too ("Nurse Kiprotich": names_kenya).
    surnames = SURNAMES
    ambiguous = found.get("given_ambiguous", ())
    # The given-name keywords led by a capital, read once for the rules below that skip every
    # other one first (most keywords are lower-case words: "the", "new"; speed).
    # (The given names dropped first above are lower-case: only the rest can lead by a capital.)
    capital_given = [span for span in worded if text[span[0]].isupper()]
    capital_ambiguous = [span for span in ambiguous if text[span[0]].isupper()]
    if not found.get("person_cue_after"):
        # Most of these keywords are lower-case words; they can only be a name beside a cue:
        # with no verb cue after, only right after a cue before (speed: ~11 a post skipped).
        if found.get("person_cue_before"):
            if cued_at is None:
                cued_at = cued_starts(text, found)
            ambiguous = [s for s in ambiguous if s[0] in cued_at or text[s[0]].isupper()]
        else:
            ambiguous = capital_ambiguous
    for start, end in ambiguous:
        if not text[start].isupper():
            # "hunter kettleworth and i presented": a person verb after a lower-case given name
            # that is a word and a census surname that is none.
            if (
                text[start].islower()
                and any(end < a <= end + 40 for a, _ in found.get("person_cue_after", ()))
                and (hit := word_given_before_verb(text, start, end, found))
            ):
                hits.append(hit)
                continue
            # "Shoutout to tanner bourin": a lower-case given name that is a word, after a cue.
            if text[start].islower() and found.get("person_cue_before"):
                if cued_at is None:
                    cued_at = cued_starts(text, found)
                if (
                    start in cued_at
                    and text[start:end].title() in GIVEN_AMBIGUOUS
                    and (
                        hit := lower_name(
                            text, start, end, text[start:end], cued_at=cued_at, cued=True
                        )
                    )
                ):
                    hits.append(hit)
            continue
        if start and text[start - 1] in "@#.'’-_":
            continue
        token = text[start:end]
        if token.lower() in GREETING_CUES and text[end : end + 1] == " ":
            continue  # "Welcome Oluwaseun (Seun) Adeyemi": a greeting before the name
        if (
            token not in GIVEN_AMBIGUOUS and token.title() not in GIVEN_AMBIGUOUS
        ) or token in STREET_WORDS:  # "Monte Carlo", "Santa Cruz"
            continue
        if token == "Met" and (hit := sentence_met(text, start, end)):
            hits.append(hit)  # "Met Jana at the fair": the verb, not a given name
            continue
        if token.isupper() and (hit := caps_line_name(text, start, end)):
            hits.append(hit)  # "Groeten,\nHENDRIK VAN DIJK"
            continue
        if text[start - 2 : start] == ", " and (hit := surname_comma(text, start, end)):
            hits.append(hit)  # "Roquefeuil, Amandine": the surname is no word
            continue
        if (
            text[start - 2 : start - 1].isupper()
            and text[start - 1] == " "
            and (hit := caps_surname_first(text, start, end, ambiguous=True))
        ):
            hits.append(hit)  # "THORNHURST Destiny"
            continue
        after = _cased_after(text, end)
        last = after.group("last") if after else None
        if (
            # "Till Reinholz", "Amandine Roquefeuil" mid-sentence: a surname no list holds.
            last
            and after.group("middle") is None
            and token.lower() not in TOP
            and last.lower() not in TOP
            and (invented(last) and last not in GIVEN or last in surnames)
            and surname_like(last)
            and (
                PERSON_PREPOSITION.search(text, max(0, start - 20), start)  # "Grazie a ..."
                or in_person_context(text, start, after.end("last"), found)  # "... a rejoint"
                or list_item(text, start, after.end("last"))  # "- Vittoria Monpelli (chair)"
            )
            and not company_near(text, start, after.end("last"))
        ):
            hits.append(("NAME", start, after.end("last")))
            continue
        if (
            last
            and after.group("middle") is None
            and after_particle(text, after)  # "Lotte ter Horst": the particle makes a surname
            and last.lower() not in TOP
            and not plain_noun(last)  # "Fotos vom Gipfel": a noun after "vom"
            and (token.lower() not in COMMON or last in surnames or invented(last))
            and is_surname(last)
            and not company_follows(text, after.end("last"))
        ):
            # "das Projekt von X": after an article the word is a noun and "von" a preposition
            head = start if not noun_after_article(text, start) else after.start("last")
            hits.append(("NAME", head, after.end("last")))
            continue
        if (
            last
            and after.group("middle") is None
            and patronymic(last)  # "Assunta D'Alessandro", "Grace McGuinness"
            and not company_follows(text, after.end("last"))
        ):
            hits.append(("NAME", start, after.end("last")))
            continue
        if (
            last in surnames
            and last not in SURNAME_WORDS
            # "Met Maria Lopez": the name starts at "Maria"; "Sai Madan", "Mia Vukovic" (a
            # surname the deep given-name lists also hold) with no surname after it is one name.
            # ... in a list item or a person context only ("Sri Lanka", "Hong Kong" are
            # places), and never a common word.
            and (
                last not in GIVEN
                or (
                    not is_surname(after.group("second"))
                    and last.lower() not in COMMON
                    and (
                        list_item(text, start, after.end("last"))
                        or in_person_context(text, start, after.end("last"), found)
                    )
                )
            )
            and is_surname(last)
            and after.group("middle") is None
            and not company_follows(text, after.end("last"))
        ):
            hits.append(("NAME", start, after.end("last")))
    # The full stops that may close an initial (person_initials): the three initial rules
    # read only these, and most posts have none (speed).
    dots = initial_dots(text)
    # "hi hazel lindgren", "CC JOY HOLLOWAY", "ask t. green": one-case names after a cue.
    if has_informal_cue(text, found):
        # the sentence words dropped above are the first thing informal_pairs skips (speed)
        hits += informal_pairs(text, [*worded, *found.get("given_ambiguous", ())])
        if dots and ". " in text:
            hits += initial_pairs(text)
    if anchors := found.get("surname_in"):
        hits += india_surnames(text, anchors)
    if honorifics := found.get("honorific"):
        hits += honorific_names(text, honorifics)
    if strong := found.get("strong_cue"):
        hits += strong_cue_names(text, strong)
    if dots:
        hits += initial_surnames(text)
        # Structure, not lists: "Leah T.", "said Kennard", "Attendees: Harwood, Matilda".
        hits += given_initials(text, found)
    if found.get("speech_cue"):
        hits += reported_names(text, found)
    if found.get("person_label"):
        hits += labelled_names(text, found)
    if found.get("person_donor"):
        hits += donor_names(text, found)  # "Donateur : Dosso, Awa" (person_donors)
    if capital_given or capital_ambiguous:  # slot_names reads only capitalised ones
        capitals = {"given": capital_given, "given_ambiguous": capital_ambiguous}
        hits += slot_names(text, found | capitals)
    if found.get("relation_after"):
        hits += apposed_names(text, found)
    if found.get("relation_noun"):
        hits += relation_names(text, found)  # "my former manager X", "bekas bos saya X"
    if found.get("occupation_noun"):
        hits += occupation_names(text, found)  # "the handyman X", "el corredor es X"
    if found.get("person_object"):
        hits += object_names(text, found)  # "I met X", "se lo paso a X", "møtte X"
    hits += possessive_names(text, found)  # "Oskar's notes", "Wiebkes Vortrag"
    if "gaelic_particle" in found:  # gaelic_surnames' own first test
        hits += gaelic_surnames(text)  # "Dear Ó Floinn", "Mac Diarmada's checklist"
    if companions := found.get("companion"):
        hits += companion_surnames(text, companions)
    if hits:  # most posts have none: the pass returns an empty list (speed)
        hits = complete_and_keep_people(text, hits, found)  # people_filter
    # Structure that names a person whatever the lists say (the keep filter above would drop a
    # surname that is also a word or a place): "Achterberg bey", "Tanaka-san", "ông Smith".
    if (
        found.get("person_slot_before")
        or found.get("person_slot_after")
        or found.get("person_signing")
        or found.get("person_speaking")
    ):
        hits += person_slot_names(text, found)  # "on behalf of X", "X accepted the offer"
    # "El titular del contrato es X": the slot is the evidence, no title's word (gated inside)
    role = role_slot_names(text, found) + signature_names(text)  # "Cheers.\nX\nRole, Org"
    if found.get("person_request"):
        role += request_names(text, found)  # "Pidan a X que me llame" (person_request_slots)
    hits += role
    if found.get("office_word"):
        hits += team_names(text, found)  # "Till aus der Retourenabteilung" (person_slots)
    if postposed := found.get("postposed_honorific"):
        hits += postposed_honorific_names(text, postposed)
    if honorifics := found.get("vi_honorific"):
        hits += vietnamese_honorific_names(text, honorifics)
    if middles := found.get("vi_middle"):
        hits += unmarked_vietnamese_names(text, middles)  # "Le Van Nam"
    if found.get("vi_middle") or found.get("vi_family"):
        hits += lower_vietnamese_names(text)  # "hoàng văn hùng", "bùi bích hạnh"
    if not text.isascii():  # an ASCII text holds no Vietnamese letter
        hits += lower_middle_names(text)  # "đỗ khắc dũng" (person_vietnamese_words)
        hits += middle_and_given(text)  # "Khắc Vinh gọi" (person_vietnamese_words)
        if found.get("given") or found.get("given_ambiguous"):
            hits += vietnamese_given_alone(text)  # "Hỏi Nhung về bảng" (person_vietnamese)
    if capital_given or capital_ambiguous:  # both read only capitalised given names
        givens = [*capital_given, *capital_ambiguous]
        hits += couple_names(text, givens)  # "Linda und Horst Baumgartner" (person_pairs)
        if _may_hold_nickname(text):
            hits += nicknamed_names(text, givens)  # "Oluwaseun (Seun) Adeyemi"
    if "/" in text and (cues := [*found.get("slash_cue", ()), *found.get("person_label", ())]):
        hits += slash_list_names(text, [*cues, *found.get("person_cue", ())])  # "cc: A/B/C"
    if labels := found.get("payment_label"):
        hits += payment_reference_names(text, labels)  # "Payment ref: WHITFIELD D"
    if "#" in text:
        hits += hashtag_names(text)  # "#MariaCosta", "#maria_costa", "#ThanksMaria"
    if found.get("honorific"):  # the titles it reads are honorific keywords
        hits += title_nicknames(text)  # "thanks Doc," (person_title_nicknames)
    hits += network_owner_names(text)  # "Wi-Fi: FRITZ!Box 7590 Brandt" (person_network_names)
    hits += malagasy_names(text)  # "Rakotomalala", "RAJAONARISON Hery" (person_malagasy)
    if not hits:
        return hits
    hits = continued(text, hits)  # "prof. dr. [elio] sommer", "Gian [Marco Lo Presti]"
    hits = surname_lead(text, hits)  # "Fröhlich, [Bernd]", "GENTRY [Rose]" (person_surname_lead)
    hits = (
        hits
        + repeated_surnames(text, hits)
        + given_after_names(text, hits)
        + joined_names(text, hits)  # "Marta Kowalczyk i Piotr" (person_pairs)
    )
    # "the [Thomas Jefferson] Building", "Boyle's law" (name_institutions); "The listing
    # headline reads Fontaine à eau" (person_quoted_titles); "#skupnost", a word of the text's
    # language (person_language_words: hashtags and later passes skip people_filter)
    lang = LanguageEvidence(text)
    return [
        h
        for h in hits
        if h[0] != "NAME"
        or (role and h in role)
        or not (
            in_named_institution(text, h[1], h[2])
            or namesake_place(text, h[1], h[2])  # "Estadio Santiago Bernabéu" (namesake_places)
            or in_dish(text, h[1], h[2])  # "pêches Melba" (namesake_places)
            or in_work_title(text, h[1], h[2])  # "Lesekreis: Effi Briest" (work_titles)
            or in_quoted_title(text, h[1], h[2])
            or after_thing_article(text, h[1], h[2])  # "The Granny Smith did well"
            or language_word_hit(text, h[1], h[2], evidence=lang)  # "#skupnost"
            or suspended_compound(text, h[1], h[2])  # "Floh- und" (person_compound_parts)
        )
    ]


# A blank and two lower-case ASCII letters that open neither a surname particle nor "d'X":
# ``SURNAME_AFTER`` cannot match there (its one blank is followed by a middle name, a
# particle or the surname; speed: most given names are followed by a sentence word).
_NO_SURNAME_AFTER = frozenset(
    f" {a}{b}"
    for a in string.ascii_lowercase
    for b in string.ascii_lowercase
    if a != "d"
    and not any(p.startswith(a + b) for p in PARTICLE_WORDS)
)
# A bracket or quotation mark that may set a nickname apart ("Oluwaseun (Seun) Adeyemi").
_NICKNAME_MARKS = re.compile("[(\"'“‘„«]")


def _may_hold_nickname(text: str) -> bool:
    """``_NICKNAME_MARKS.search(text)``: seven substring tests (a search led by a class is
    tried at every character; these scan at memchr speed: about 1.5 us a post less)."""
    return (
        "'" in text
        or '"' in text
        or "(" in text
        or "“" in text
        or "‘" in text
        or "„" in text
        or "«" in text
    )


def _cased_after(text: str, end: int) -> re.Match[str] | None:
    """``SURNAME_AFTER`` after a given name, its middle name and surname capitalised: its
    class of capitals holds Latin Extended-A's lower-case letters too ("Garcia đến", the
    Vietnamese verb; "Anna łowi")."""
    if text[end : end + 3] in _NO_SURNAME_AFTER:
        return None  # "We are", "Berlin and": no capital, particle or "d'" opens the next word
    after = SURNAME_AFTER.match(text, end)
    if after is None or not _capital(after.group("last")):
        return None
    middle = after.group("middle")
    return after if middle is None or _capital(middle) else None


def _capital(word: str | None) -> bool:
    """A word led by a capital, after an elided particle ("d'Alessandro", "D'Amico")."""
    if not word:
        return False
    if len(word) > 2 and word[1] in "'’":
        word = word[2:]
    return word[0].isupper()
