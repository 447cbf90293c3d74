"""A member's given name or surname written alone in two positions that make it a person's,
whatever word it also is (dev38 N: members are known, so every written form must go):

1. the owner after a noun and the Romance "of" ("la commande de Christian", "les retours de
   Désiré", "o saldo de férias da Vanda", "la carta de referencia de Agustín"); an article
   between makes it a noun phrase ("de la Cruz Roja") and is left;
2. a possessive glued on: the English apostrophe ("Miles' probation review") and the German,
   Dutch and Nordic genitive -s before a capitalised noun ("Mehmets Retourenstapel", "Selinas
   Arbeitszeugnis"), and the Slavic possessive adjective before a lower-case noun (Czech,
   Slovak, Slovene, Croatian: "Radčin seznam" of Radka, "Hanin stůl", "Petrův návrh", "Anin
   predlog"), with the stem's consonant alternation undone (č→k, ž→g/h, š→ch).

Only the roster's own words are read (``MemberNames.given`` and ``.surnames``, folded), so the
rule names nobody the roster does not hold.
"""

from __future__ import annotations

import re

from trainer.redact.companies import company_follows
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.names import MemberNames

_CAP = r"[^\W\d_a-z][^\W\d_]*"
_LOWER = r"[a-zß-öø-ÿą-žș-ț][^\W\d_]*"
# 1. a lower-case noun, the Romance "of", the roster word, no capital word after
_OWNER = re.compile(
    rf"(?<![^\W\d_]){_LOWER}[ \t]+(?:de|da|do|di|du|des|del|della|dello|dos|das)[ \t]+"
    rf"(?P<name>{_CAP})(?![\w'’-])(?![ \t]+[^\W\d_a-z])"
)
# 2. "Miles' probation", "Mehmets Retourenstapel"
_GLUED = re.compile(
    rf"(?<![\w'’-])(?<!(?i:des|der|dem|den|die|das|the|het) )(?<!(?i:de) )(?P<name>{_CAP})"
    rf"(?=['’][ \t]{_LOWER}|s[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿ])s?"
)


# "Radčin seznam", "Petrův návrh": the possessive adjective before a lower-case noun
_SLAVIC_POSSESSIVE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP}?(?:in|ina|ino|iny|inu|inou|ův|ova|ovo|ovy|ovu|ovou))"
    rf"(?=[ \t]{_LOWER})"
)
_ALTERNATIONS = (("c", "k"), ("z", "g"), ("z", "h"), ("s", "ch"))

# Cheap gates, scanned first: a site every match of the pattern above holds. Each match is one
# letter run (``_LETTER``) that starts at a word boundary, so a gate site names its run and the
# pattern is tried at that run's start alone (as ``finditer`` would reach it). A word or an
# ending added to a pattern above must be added to its gate too.
_OWNER_GATE = re.compile(r"[ \t](?:de|da|do|di|du|des|del|della|dello|dos|das)[ \t]")
_GLUED_GATE = re.compile(r"['’](?=[ \t][a-zß-öø-ÿą-žș-ț])|s(?=[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿ])")
_SLAVIC_GATE = re.compile(
    r"[ \t](?<=(?:in|na|no|ny|nu|ou|ův|va|vo|vy|vu)[ \t])(?=[a-zß-öø-ÿą-žș-ț])"
)
_LETTER = re.compile(r"[^\W\d_]")


def _run_start(text: str, end: int) -> int:
    """Where the letter run ending at ``end`` starts."""
    start = end
    while start and (text[start - 1].isalpha() or _LETTER.match(text, start - 1)):
        start -= 1
    return start


def _slavic_keys(word: str) -> list[str]:
    """The roster keys a Slavic possessive adjective may come from (folded)."""
    folded = fold(word)
    keys = []
    for ending in ("inou", "ina", "ino", "iny", "inu", "in"):
        if folded.endswith(ending):
            stem = folded[: -len(ending)]
            keys += [stem + "a", stem]
            keys += [stem[: -len(a)] + b + "a" for a, b in _ALTERNATIONS if stem.endswith(a)]
            break
    for ending in ("ovou", "ova", "ovo", "ovy", "ovu", "uv"):
        if folded.endswith(ending):
            keys.append(folded[: -len(ending)])
            break
    return keys


def roster_slot_names(text: str, members: MemberNames) -> list[Hit]:
    """Roster given names and surnames alone in the two positions of the docstring."""
    if not members.given and not members.surnames:
        return []
    hits: list[Hit] = []
    owners = _OWNER.finditer(text) if _OWNER_GATE.search(text) else ()
    glued = (
        _GLUED.match(text, _run_start(text, g.start() + (g.group() == "s")))
        for g in _GLUED_GATE.finditer(text)
    )
    for m in (*owners, *glued):
        if m is None or not m.group("name")[0].isupper():
            continue
        key = fold(m.group("name"))
        if (key in members.given or key in members.surnames) and not company_follows(
            text, m.end()
        ):  # "Adams PLC", "Smith and Sons": a company's name
            hits.append(("NAME", m.start("name"), m.end()))
    for g in _SLAVIC_GATE.finditer(text):
        m = _SLAVIC_POSSESSIVE.match(text, _run_start(text, g.start()))
        if m and m.group("name")[0].isupper() and any(
            k in members.given or k in members.surnames for k in _slavic_keys(m.group("name"))
        ):
            hits.append(("NAME", m.start("name"), m.end("name")))
    return hits
