"""The last pass of ``people.find_people`` over its hits: tails and commas that complete a
name, then the business and place names that any rule may have taken for a person."""

from __future__ import annotations

from trainer.redact.address_places import street_place
from trainer.redact.eponyms import in_corporate_context, is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.person_checks import PLACE_OPENER, opens_with_company, opens_with_given
from trainer.redact.person_comma import comma_surnames
from trainer.redact.person_cues import person_cue_wins
from trainer.redact.person_gaelic import bare_o_tail
from trainer.redact.person_speech import who_follows
from trainer.redact.person_tail import with_particle_tail


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
    ]
