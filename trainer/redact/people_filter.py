"""The last pass of ``people.find_people`` over its hits: tails and commas that complete a
name, then the business and place names that any rule may have taken for a person."""

from __future__ import annotations

import re

from trainer.redact.address_places import street_place
from trainer.redact.eponyms import in_corporate_context, is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.person_checks import PLACE_OPENER, opens_with_company, opens_with_given
from trainer.redact.person_comma import comma_surnames
from trainer.redact.person_cues import cue_after, person_cue_wins
from trainer.redact.person_gaelic import bare_o_tail
from trainer.redact.person_language_words import language_word_hit
from trainer.redact.person_speech import who_follows
from trainer.redact.person_tail import with_particle_tail
from trainer.redact.person_turkish import turkish_institution_or_role
from trainer.redact.places import place_name

# Organisations whose names read as a person's ("Donors: Red Cross"): the movement's and the
# best-known charities' own names, in the languages of our posts. Only the whole name is kept.
_ORGANISATIONS = re.compile(
    r"(?:Red Cross|Red Crescent|Salvation Army|Cruz Roja|Croix-Rouge|Rotes Kreuz|Croce Rossa|"
    r"Cruz Vermelha|Rode Kruis|Croissant-Rouge|Media Luna Roja)"
)
# A given name and a street type no one is surnamed ("Hope Street", "Grace Road", "Rose
# Avenue"): a street, unless a title stands right before it or a person verb right after it.
_STREET_LAST = re.compile(r"[A-Z][a-z]+ (?:Street|Road|Avenue|Boulevard|Crescent|Terrace)")
_TITLE_BEFORE = re.compile(r"(?i)\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord)\.?\s*$")


def _organisation_or_street(text: str, hit: Hit, found: dict) -> bool:
    _, start, end = hit
    if (org := _ORGANISATIONS.match(text, start)) and org.end() >= end:
        return True  # the name or its first word ("Red", which ``continued`` would extend)
    if _STREET_LAST.fullmatch(text, start, end) is None:
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 8), start):
        return False
    return not cue_after(text, end, found)


def complete_and_keep_people(text: str, hits: list[Hit], found: dict) -> list[Hit]:
    """``hits`` with particle tails and "Surname, Given" completed, less business names."""
    # "Team von Robert Bosch zur Auszeichnung": a listed company's name takes no particle tail.
    hits = comma_surnames(
        text,
        [
            h
            if is_eponymous_company(text, h[1], h[2])
            else bare_o_tail(text, with_particle_tail(text, h))
            for h in hits
        ],
    )
    # "Stichting Konings", "Bäckerei Anna Brandstetter": a business name, whichever rule fired.
    lang = LanguageEvidence(text)  # read once for all hits (language_evidence)
    return [
        h
        for h in hits
        if not PLACE_OPENER.search(text, max(0, h[1] - 8), h[1])  # "São José dos Campos"
        and not opens_with_company(text, h[1], h[2])
        # "Hugo Boss", "Albert Heijn" stay; "Thanks to Paul Smith", "David Jones joined" are
        # people who share a listed company's name: a person cue before a given name wins
        # (fail closed); "Obrigado a Casas Bahia" opens with no given name and stays.
        and not (
            is_eponymous_company(text, h[1], h[2])
            and not (opens_with_given(text, h[1]) and person_cue_wins(text, h[1], h[2], found))
            and not who_follows(text, h[2])  # "said Bose, who leads the project"
        )
        and not in_corporate_context(text, h[1], h[2])  # "shares of Hunter Douglas"
        and not street_place(text, h[1], h[2])  # "coffee on Brigade Road" (address_places)
        and not place_name(text, h[1], h[2])  # "practitioners in Bristol" (places, GeoNames)
        and not _organisation_or_street(text, h, found)  # "Donors: Red Cross", "Hope Street"
        and not turkish_institution_or_role(text, h[1], h[2], evidence=lang)  # "Şifa Tıp Merkezi"
        and not language_word_hit(text, h[1], h[2], evidence=lang)  # "bana uyar", "Hacen falta"
    ]
