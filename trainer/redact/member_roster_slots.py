"""A member's given name or surname written alone in three positions that make it a person's,
whatever word it also is (dev38 N: members are known, so every written form must go):

1. opening a clause that goes on in lower case, after a sentence, a line, a list marker, a
   quote mark or a speaker label: "Wren approved the goodwill voucher", "> Donna is covering
   the onboarding", "Agent: Bishop approved the voucher", "Vanda trata da integração",
   "Stan conduce interviul". Subject-verb order holds in every language we redact; a capital
   word that opens a sentence and runs on in lower case is its subject, and a roster word
   there is the member (fail closed: "Bright colours fade" loses "Bright" when a member is
   called Bright);
2. the owner after a noun and the Romance "of" ("la commande de Christian", "les retours de
   Désiré", "o saldo de férias da Vanda", "la carta de referencia de Agustín"); an article
   between makes it a noun phrase ("de la Cruz Roja") and is left;
3. a possessive glued on: the English apostrophe ("Miles' probation review") and the German,
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
# Words after a sentence-opening capital that make it an imperative or a noun, not a subject
# before its verb: conjunctions ("Smith and Sons"), determiners and pronouns ("Bill a
# customer", "Mark your calendars", "Bill me later"), negations ("Luz no enciende").
_NOT_A_VERB = "|".join(
    """and und et y e en or of og och i a an the this that these those my your his her its our
    their me you him us them it le la les un une des el los las uno una o os as um uma il lo
    gli der die das den dem ein eine einen het een mi tu su mon ton son ma ta sa mes tes ses
    nos vos leur no not nicht non ne nie nu""".split()
)
# 1. after a sentence end, a line start, a list marker, a quote mark or a speaker label
_OPENS_CLAUSE = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?:[-*•>]+[ \t]*|[^\W\d_]+:[ \t]*)?"
    rf"(?P<name>{_CAP})(?=[ \t]+(?!(?:{_NOT_A_VERB})[ \t]){_LOWER}"
    rf"(?:[ \t]+|[ \t]*[,:][ \t]*){_LOWER})",
    re.MULTILINE,
)
# 2. a lower-case noun, the Romance "of", the roster word, no capital word after
_OWNER = re.compile(
    rf"(?<![^\W\d_]){_LOWER}[ \t]+(?:de|da|do|di|du|des|del|della|dello|dos|das)[ \t]+"
    rf"(?P<name>{_CAP})(?![\w'’-])(?![ \t]+[^\W\d_a-z])"
)
# 3. "Miles' probation", "Mehmets Retourenstapel"
_GLUED = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP})(?=['’][ \t]{_LOWER}|s[ \t][^\W\d_][a-zß-ÿ])s?"
)


# "Radčin seznam", "Petrův návrh": the possessive adjective before a lower-case noun
_SLAVIC_POSSESSIVE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP}?(?:in|ina|ino|iny|inu|inou|ův|ova|ovo|ovy|ovu|ovou))"
    rf"(?=[ \t]{_LOWER})"
)
_ALTERNATIONS = (("c", "k"), ("z", "g"), ("z", "h"), ("s", "ch"))


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
    """Roster given names and surnames alone in the three positions of the docstring."""
    if not members.given and not members.surnames:
        return []
    hits: list[Hit] = []
    for pattern in (_OPENS_CLAUSE, _OWNER, _GLUED):
        for m in pattern.finditer(text):
            key = fold(m.group("name"))
            if not m.group("name")[0].isupper():
                continue
            if (key in members.given or key in members.surnames) and not company_follows(
                text, m.end()
            ):  # "Adams PLC", "Smith and Sons": a company's name
                hits.append(("NAME", m.start("name"), m.end()))
    for m in _SLAVIC_POSSESSIVE.finditer(text):
        if m.group("name")[0].isupper() and any(
            k in members.given or k in members.surnames for k in _slavic_keys(m.group("name"))
        ):
            hits.append(("NAME", m.start("name"), m.end("name")))
    return hits
