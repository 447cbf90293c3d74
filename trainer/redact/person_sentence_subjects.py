"""A well-attested given name that no word list holds, opening a sentence (or a chat line
after its speaker label) before a lower-case word: the sentence's subject, so a person
("Karin skrev under ansökan", "Václav z obce kontroloval", "Nils signed the form", "Kund:
Kerstin ringde") (dev44 N).

Every language we redact opens a plain statement with its subject, and a capitalised word
there that the given-name gazetteer attests and no dictionary holds is read as the name,
whatever the verb after it (no verb list per language: the next word being lower case is the
whole check). ``person_alone.lone_given`` asks this last, after its own tests on the name
(attested, no sentence word, no listed town, no capitalised neighbour, no company after it).
"""

from __future__ import annotations

import re

from trainer.redact.member_cues import sentence_start

# A speaker label opening the line ("Kund: ", "Customer: ", "Cliente: ") before the name.
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*[^\W\d_][\w ]{0,24}:[ \t]+$")
_LOWER_AFTER = re.compile(r"[ \t]+[^\W\d_A-ZÀ-ÞĀ-Ž][^\W\d_]*(?![\w'’-]*\.?$)")


def sentence_subject(text: str, start: int, end: int) -> bool:
    """Whether the given name ``text[start:end]`` opens a sentence or a labelled chat line and
    a lower-case word follows it (module doc)."""
    if _LOWER_AFTER.match(text, end) is None:
        return False
    return sentence_start(text, start) or (
        _LABEL_BEFORE.search(text, max(0, start - 30), start) is not None
    )
