"""``find_people`` hands ``slot_names``, ``couple_names`` and ``nicknamed_names`` only the
given-name keywords led by a capital (speed): each must find the same hits from those as from
every keyword, on made-up texts of names in both cases, conjunctions, brackets and slots."""

from __future__ import annotations

import random

from trainer.redact import prefilter
from trainer.redact.people import find_people
from trainer.redact.person_labels import slot_names
from trainer.redact.person_nicknames import nicknamed_names
from trainer.redact.person_pairs import couple_names

_WORDS = [
    "Linda",
    "linda",
    "LINDA",
    "Horst",
    "horst",
    "Baumgartner",
    "baumgartner",
    "Gloria",
    "Carlos",
    "carlos",
    "Ortega",
    "Will",
    "will",
    "Hunter",
    "hunter",
    "Rose",
    "rose",
    "Grace",
    "grace",
    "Hopper",
    "Mia",
    "Papadakis",
    "Oluwaseun",
    "Seun",
    "Adeyemi",
    "Anna",
    "anna",
    "Schmidt",
    "the",
    "new",
    "and",
    "und",
    "y",
    "e",
    "et",
    "team",
    "Quarry",
    "Studio",
    "GmbH",
]
_GLUE = [" ", " ", " ", ", ", " (", ") ", "\n", ": ", " / ", " – ", ' "', '" ', " · "]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(2, 14)):
            parts += [rng.choice(_WORDS), rng.choice(_GLUE)]
        out.append("".join(parts).strip())
    return out


def _capitals(text: str, spans) -> list[tuple[int, int]]:
    return [span for span in spans if text[span[0]].isupper()]


def test_rules_read_only_capitalised_given_names() -> None:
    seen = 0
    for text in _texts(4000, 7):
        found = prefilter.keywords(text)
        given = _capitals(text, found.get("given", ()))
        ambiguous = _capitals(text, found.get("given_ambiguous", ()))
        capitals = found | {"given": given, "given_ambiguous": ambiguous}
        assert slot_names(text, found) == slot_names(text, capitals), text
        every = [*found.get("given", ()), *found.get("given_ambiguous", ())]
        assert couple_names(text, every) == couple_names(text, [*given, *ambiguous]), text
        assert nicknamed_names(text, every) == nicknamed_names(text, [*given, *ambiguous]), text
        seen += bool(slot_names(text, found) or couple_names(text, every))
    assert seen > 20  # the texts reach the rules' hits, not only their early exits


def test_find_people_on_made_up_pairs() -> None:
    text = "Linda und Horst Baumgartner kommen. Speakers: Mia Papadakis (Quarry Studio)"
    spans = {(s, e) for _, s, e in find_people(text)}
    assert (0, 5) in spans and (10, 27) in spans
    assert any(text[s:e] == "Mia Papadakis" for s, e in spans)
