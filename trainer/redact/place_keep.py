"""The one place keep that both paths ask: whether a name hit beside a place noun names the
place and cannot be a person's. The rules ask ``lookalike_places.place_before`` and
``place_after`` (through ``companies``, ``person_checks``, ``member_given``, ``eponyms`` and
``record_values``); the learned tagger's post-filter asks ``kept_place_name``, the same two
tests, so a name the rules keep is not re-redacted by the tagger, and a name the rules redact
is never kept by it.

The privacy decision (issue 10, session 7): a place noun before or after a full personal name
proves nothing about the name. "vicino al parco Giorgio Ferrante", "near the Maren Oyelaran
Stadium", "frente a la plaza Rosa Almonte", "Museo Lucía Ferrán", "Liceum im. Marii Wolskiej"
may put a person beside a place, and a place named after someone carries a person's name
either way: all redacted (fail closed). A name is kept only after a saint's title, or a
ruler's beside a place noun (``place_titles``): "Colegio San Ignacio", "Kościół św. Anny",
"Masjid Sultan Salahuddin", "King Fahd Hospital", "Sankt Olavs gate"; or where it is a listed
public namesake beside the place's head noun ("Aeropuerto Jorge Chávez": ``namesake_places``),
a listed dish with its food noun ("pêches Melba") or a listed work's title on a line about
reading ("Lesekreis: Effi Briest": ``work_titles``).
"""

from __future__ import annotations

from trainer.redact.lookalike_places import opens_place, place_after, place_before
from trainer.redact.namesake_places import in_dish, namesake_place
from trainer.redact.place_titles import SAINTS, title_word
from trainer.redact.places import place_name
from trainer.redact.work_titles import in_work_title


def kept_place_name(text: str, start: int, end: int) -> bool:
    """Whether the name hit ``text[start:end]`` is a saint's or ruler's place name that the rules
    keep. A hit that took the title itself ("[San Ignacio]", "[Colegio San Ignacio]") is read
    from the word after the title; a title that is also a given name or a rank ("Santa",
    "Reina", "Sultan") taken into the hit made it part of the name: not kept."""
    words = text[start:end].split()
    if not words:
        return False
    for k in range(min(2, len(words) - 1)):
        key = title_word(words[k])
        if key is None:
            continue
        if key not in SAINTS or (k == 1 and not opens_place(words[0])):
            return False
        after = text.index(words[k + 1], text.index(words[k], start) + len(words[k]))
        return place_before(text, after)
    return (
        place_before(text, start)
        or place_after(text, start, end)
        or namesake_place(text, start, end)  # "Aeropuerto Jorge Chávez" (namesake_places)
        or in_dish(text, start, end)  # "crêpes Suzette" (namesake_places)
        or in_work_title(text, start, end)  # "Leesclub: Max Havelaar" (work_titles)
        or place_name(text, start, end)  # "practitioners in Bristol" (places, GeoNames)
    )
