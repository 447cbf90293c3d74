"""Person or company: the evidence around a name that spells a listed company named after a
person ("Ted Baker", "Kate Spade", "John Lewis", "Paul Smith").

Such a name is a person's as often as a brand's, so the keep-list alone decides nothing (review
rev16 F4). Fail closed: person evidence refuses the keep (``eponyms.is_eponymous_company``), and
the learned tagger's hit on such a name is dropped only on positive company evidence
(``name_tagger``). Person evidence: a kinship or role noun right before ("my coach Ted Baker",
"My daughter Kate Spade"), an age in apposition ("Kate Spade, 7,"), a relation after ("John
Lewis, my cousin"), the surname shared with another given name ("Michael Kors and his wife Sarah
Kors"); and, unless a product or shop word follows the name, a person's verb or a personal
pronoun in the clause after it ("Paul Smith lent me his ladder"). Company evidence: the
corporate phrases of ``eponyms.in_corporate_context``, an article or a shopping verb or "at"
before ("a Paul Smith shirt", "bought at John Lewis"), a product, shop or legal-form word after.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.redact.person_words import GIVEN
from trainer.redact.place_roles import ROLES
from trainer.redact.relation_nouns import NOUNS

# Kinship nouns the relation list may lack; "partner" is left out (a business partner too).
_EXTRA_PEOPLE = frozenset(
    """brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law
    stepson stepdaughter stepmother stepfather stepbrother stepsister grandson granddaughter
    godson goddaughter godmother godfather kid kids child baby toddler wife's husband's
    hija hijo filha filho figlia figlio fille fils tochter sohn dochter zoon""".split()
)


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(NOUNS) | ROLES | _EXTRA_PEOPLE


_OWNERS = (
    r"my|our|his|her|their|your|mi|mis|mon|ma|mes|mein|meine|meinem|meiner|mijn|onze|meu|"
    r"minha|mio|mia|min|mitt"
)
_NOUN = r"[^\W\d_][\w'’-]*"
# ", my cousin", " is my brother-in-law", " (my daughter)": the person named before.
_RELATION_AFTER = re.compile(
    rf"(?:\s*[,(]\s*|\s+(?:is|was|,\s*he's|,\s*she's)\s+)(?i:{_OWNERS})\s+(?:{_NOUN}\s+)?"
    rf"(?P<noun>{_NOUN})"
)
# "Kate Spade, 7,", "Kate Spade (7)", "Kate Spade, aged 7", "Kate Spade, 7 years old".
_AGE_AFTER = re.compile(
    r"\s*(?:,\s*(?i:aged\s+)?\d{1,3}\s*(?:[,.;)]|$|(?i:years?|yrs?|y/?o|ans|años|anni|jahre|"
    r"jaar|anos)\b)|\(\s*\d{1,3}\s*\))"
)
# A person's verb right after the name ("Paul Smith lent me ...", "Ted Baker told us").
_VERB_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:lent|lends|told|tells|said|says|texted|phoned|called\s(?:me|us)|"
    r"visited|married|hugged|kissed|loves|gave\s(?:me|us)|asked\s(?:me|us)|helped\s(?:me|us)|"
    r"and\s(?:I|me)|who|whose|whom|mi-a|m'a|me\sdijo|mi\sha)\b"
)
_PRONOUN = re.compile(
    r"\b(?i:he|she|him|his|hers|himself|herself|he's|she's|he'd|she'd|he'll|she'll)\b"
)
_CLAUSE = re.compile(r"[^.!?;\n]{0,60}")
# A person's verb right before ("I talked to John Lewis", "we met Ted Baker").
_VERB_BEFORE = re.compile(
    r"\b(?i:talked\s(?:to|with)|spoke\s(?:to|with)|chatted\s(?:to|with)|texted|married|hugged|"
    r"kissed|dating)\s+$"
)
# Company evidence after the name: a product, shop or legal-form word (optionally after "'s").
COMPANY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:shirts?|dress(?:es)?|bags?|handbags?|purses?|wallets?|watch(?:es)?|"
    r"shoes|sneakers|suits?|jackets?|coats?|jeans|perfumes?|fragrances?|stores?|shops?|"
    r"boutiques?|outlets?|collections?|brands?|sales?|products?|label|flagship|showroom|"
    r"website|online|app|catalog(?:ue)?|vouchers?|gift\scards?|orders?|delivery|department|"
    r"branch(?:es)?|clothes|clothing|menswear|womenswear|fashion|line|range|gmbh|ag|ltd|plc|"
    r"inc|llc|s\.a\.|spa|bv|nv|group|holdings?|company|co\.|corp|laden|filiale|tienda|"
    r"negozio|magasin|loja|winkel)\b"
)
COMPANY_BEFORE = re.compile(
    r"\b(?i:a|an|at|bought|buy|buying|wearing|wore|wear|shop|shopping|ordered|order|"
    r"from\sthe|in\sthe|new)\s+$"
)


# "Parts from Hewlett-Packard", "ordered the parts from X", "the new van from Ford": goods or
# an order, then "from" right before the name.
GOODS_FROM = re.compile(
    r"\b(?i:ordered|order|orders|bought|buy|buying|purchased|purchase|delivered|shipped|"
    r"supplied|parts|van|car|cars|truck|phone|laptop|products?|goods|items?|shirts?|shoes|"
    r"bags?|clothes|parcel|package|delivery|shipment)\b[^.!?\n]{0,30}\s(?i:from)\s+$"
)


def person_evidence(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` (a name spelling a listed company) make it a
    person (see the module docstring)."""
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - 60) : start]
    words = before.split()
    if words and words[-1].rstrip(",:").lower() in _people_nouns():
        return True  # "my coach Ted Baker", "My daughter Kate Spade"
    if person_apposition(text, end):
        return True  # "Kate Spade, 7,", "John Lewis is my brother-in-law"
    if _shared_surname(text, start, end):
        return True
    if COMPANY_AFTER.match(text, end):
        return False  # "a Kate Spade bag for her birthday": the product, whatever follows
    clause = _CLAUSE.match(text, end)
    return bool(
        _VERB_AFTER.match(text, end)
        or (clause is not None and _PRONOUN.search(clause.group()))
        or _VERB_BEFORE.search(before)
    )


def person_apposition(text: str, end: int) -> bool:
    """A relation or an age in apposition right after a name ending at ``end`` (", mi primo",
    ", my cousin", ", 7,"): a person, whatever the name's place or company reading."""
    m = _RELATION_AFTER.match(text, end)
    return bool(
        (m is not None and m["noun"].lower() in _people_nouns()) or _AGE_AFTER.match(text, end)
    )


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+$")
_POSSESSIVE = re.compile(r"['’]s$")


def _shared_surname(text: str, start: int, end: int) -> bool:
    """The hit's last word is the surname of another given name in the text ("Michael Kors and
    his wife Sarah Kors"): a family, not a brand."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    last = _POSSESSIVE.sub("", words[-1].rstrip(',;:!?)"”».'))
    if len(last) < 3 or not last[:1].isupper():
        return False
    at = text.find(last)
    while at >= 0:
        after = text[at + len(last) : at + len(last) + 1]
        if not start <= at < end and not after.isalnum():
            m = _WORD_BEFORE.search(text, max(0, at - 30), at)
            if m is not None and m[1] != words[0] and m[1][:1].isupper() and m[1] in GIVEN:
                return True
        at = text.find(last, at + 1)
    return False
