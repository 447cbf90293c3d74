"""A name that fills the whole predicate or apposition of a role noun, in the frames that
``person_occupations``' determiner frame does not reach (dev44 N):

- a noun with a modifier or a complement: "The account holder is X.", "El titular del
  contrato es X.", "Le titulaire du contrat est X.", "Držitelem smlouvy je X.";
- a noun with no article, as languages without one (Czech, Polish, Swedish's definite
  suffix) open a sentence with it: "Avtalsinnehavare är X.", "Technik: X";
- a compound whose head is a holder noun ("Avtalsinnehavare", "Vertragsinhaber");
- a value the name lists do not settle: one or more lower-case words no dictionary holds
  ("The engineer, semi vunibaka, said"), a title before it ("es don Salinas."), a given
  name that is also a frequent word ("The account holder is Will.").

Position is the evidence, not wording: the value after the copula (or between the commas)
is the whole slot, closed by the clause's end; such a slot of a role noun holds a person,
so a value written like a name goes (fail closed), whatever the country. Words that no name
is ("away", "unknown", "registered", a month, a company) keep the slot open.

Gate: the role nouns are the prefilter's "occupation_noun" keywords; compounds are looked for
only where a piece of a head from ``COMPOUND_HEADS`` (``_HEAD_GATE``) occurs in the folded text.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.companies import company_follows, is_company_token
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import literal_alternation
from trainer.redact.person_calendar import CALENDAR
from trainer.redact.person_function_words import NODICT_FUNCTION_WORDS
from trainer.redact.person_relation import name_after
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    STREET_WORDS,
    SURNAMES,
    TITLES,
    TOP,
)

# Heads of compounds that name the holder of a contract or an account (Germanic languages
# and Finnish write them as one word: "Kontoinhaber", "Avtalsinnehavare", "tilinhaltija").
COMPOUND_HEADS = tuple(
    ("innehavare|innehaver|indehaver|inhaber|inhaberin|houder|haltija").split("|")
)
# Copulas of the languages we redact: "is", "es", "est", "är", "je", "jest", "on", "este".
COPULAS = tuple(
    (
        "is|was|est|était|es|era|é|è|ist|war|är|var|er|je|jest|był|była|byl|byla|bude|oli|"
        "este|a fost|ir|yra|wird|sera|será|sarà|blir"
    ).split("|")
)
# Determiners and the words after which a noun opens a clause without one.
DETERMINERS = tuple(
    (
        "the|our|my|your|their|el|la|los|las|nuestro|nuestra|mi|su|le|l'|l’|notre|mon|ma|"
        "votre|son|sa|o|a|os|as|nosso|nossa|meu|minha|il|lo|nostro|vostro|der|die|den|dem|"
        "unser|unsere|mein|meine|de|het|onze|mijn|vår|min|din|nasz|nasza|náš|naše"
    ).split("|")
)
# Prepositions of a complement after the noun ("of the account", "del contrato", "du
# contrat", "des Vertrags", "van het contract", "för avtalet").
_PREPOSITIONS = tuple(
    (
        "of the|of|del|de la|de l'|de l’|du|de|des|der|do|da|dos|das|della|dello|dell'|van de|"
        "van het|van|för|av|for|vom|von"
    ).split("|")
)

# Forms of address written in lower case before a name, which the honorific lists hold only
# capitalised or not at all ("es don Salinas", "är doktor Vikström", "est monsieur Tossou").
ADDRESS_WORDS = tuple(
    (
        "don|doña|dona|doktor|docteur|dottore|herr|fru|frau|señor|señora|senhor|senhora|"
        "monsieur|madame|pan|pani|paní|sir|mister"
    ).split("|")
)
_HEADS_RE = "|".join(COMPOUND_HEADS)
# The gate before that scan: a piece of each head, all led by "h", so that ``re`` jumps from
# one "h" of the folded text to the next (one search instead of a substring test per head).
_HEAD_GATE = re.compile("h(?:av[ae]r|aber|ouder|altija)")
_COMPOUND = re.compile(rf"(?<![\w-])[^\W\d_]{{2,}}(?:{_HEADS_RE})(?![\w-])", re.IGNORECASE)


# After the noun: an optional complement, then the slot's opening (a copula, ":" or ",").
_TAIL = re.compile(
    rf"(?:[ \t]+(?i:{literal_alternation(_PREPOSITIONS, blank=None)})(?:(?<=['’])|[ \t]+)[^\W\d_]+"
    r"|[ \t]+(?P<genitive>[a-zà-öø-ÿā-ž]+))?"
    rf"(?P<open>[ \t]+(?i:{literal_alternation(COPULAS, blank=None)})[ \t]+|,[ \t]+)"
)
_BEFORE = re.compile(
    r"(?:(?P<det>[^\W\d_]+['’]?)[ \t]*|(?P<opens>(?:^|[\n.!?:;>•*-])[ \t]*))"
    r"(?:(?<=[ \t])(?P<modifier>[a-zà-öø-ÿā-ž]+)[ \t]+)?$"
)
_DETERMINER_SET = frozenset(DETERMINERS)
_ADDRESS_SET = frozenset(ADDRESS_WORDS)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
_CLOSES = re.compile(r"[ \t]*(?:[,;\n]|[.!?](?:\s|$)|$)")
_NOT_VALUES = CALENDAR | frozenset(w.title() for w in NODICT_FUNCTION_WORDS)
_LISTED = GIVEN | GIVEN_AMBIGUOUS | SURNAMES
# Street types a capitalised value may end in ("Hope Street", "Mill Road"): an address.
_STREET_TYPES = frozenset(
    "street st road rd avenue ave lane drive way close court place square terrace crescent".split()
)


def role_slot_names(text: str, found: dict) -> list[Hit]:
    """NAME hits in the predicate or apposition slot of a role noun (see the module doc)."""
    nouns = list(found.get("occupation_noun", ()))
    folded = prefilter.folded(text)
    if _HEAD_GATE.search(folded):  # every head holds one of its matches (speed)
        nouns += [(m.start(), m.end()) for m in _COMPOUND.finditer(text)]
    hits: list[Hit] = []
    for start, end in nouns:
        if not _opens(text, start):
            continue
        tail = _TAIL.match(text, end)
        if tail is None:
            continue
        opened = tail["open"].strip()
        if tail["genitive"] and opened in (",", ":"):
            continue  # "the engineer visit, ...": a compound noun, no slot
        hit = _value(text, tail.end(), comma=opened == ",", label=opened == ":")
        if hit is not None:
            hits.append(hit)
    return hits


def _opens(text: str, start: int) -> bool:
    """A determiner (and up to one modifier) before the noun, or a clause's start."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    if m["opens"] is not None:
        return True
    return m["det"].lower() in _DETERMINER_SET


def _value(text: str, at: int, *, comma: bool, label: bool) -> Hit | None:
    """The name that fills the slot from ``at`` to the clause's end (to the next comma after a
    comma), a leading title outside it; None when the slot holds anything else."""
    words: list[re.Match[str]] = []
    pos = at
    while len(words) < 5:
        m = _WORD.match(text, pos)
        if m is None:
            break
        words.append(m)
        if m.group().endswith(".") and len(m.group()) > 2:
            break  # "X." ends the sentence; an initial ("P.") does not
        nxt = text[m.end() : m.end() + 1]
        if nxt != " ":
            break
        pos = m.end() + 1
    while words and address_word(words[0].group()):
        words = words[1:]  # "don Salinas", "doktor Vikström": the title stays outside
    if not words:
        return None
    start = words[0].start()
    stop = words[-1].end()
    if text[stop - 1] == "." and len(words[-1].group()) > 2:
        stop -= 1
    if _CLOSES.match(text, stop) is None:
        return None
    if comma and text[stop : stop + 1] != ",":
        return None  # "the engineer, X said": an apposition closes with a comma
    if label and text[stop : stop + 1] not in ("", "\n", ","):
        return None  # "Agent: Regards.": a speaker's message, no label's value
    tokens = [w.rstrip(".") for w in text[start:stop].split()]
    if not name_shaped(tokens) or company_follows(text, stop):
        return None
    hit = name_after(text, start - 1) if start and text[start - 1] == " " else None
    return hit if hit is not None and hit[2] >= stop else ("NAME", start, stop)


def address_word(word: str) -> bool:
    """A form of address before the name ("Dr.", "Sra.", "don", "doktor")."""
    return word.rstrip(".").title() in TITLES or word in _ADDRESS_SET


def name_shaped(tokens: list[str]) -> bool:
    """Capitalised tokens (initials allowed) that are no month, function word or company, the
    first listed as a name or no frequent word; or lower-case tokens, none a frequent word
    and one no dictionary holds ("semi vunibaka", "kossi houngbédji")."""
    if len(tokens) > 4:
        return False
    if all(t[:1].isupper() for t in tokens):
        full = [t for t in tokens if len(t) > 1]
        if not full or any(t in _NOT_VALUES or is_company_token(t) for t in full):
            return False
        if any(t in STREET_WORDS or t.lower() in _STREET_TYPES for t in full):
            return False  # "The carpenter, Hope Street, fixed": an address
        first = full[0].title() if full[0].isupper() else full[0]
        if len(full) == 1:  # "The tenant is French.": a word, unless a given name
            return first in GIVEN or first in GIVEN_AMBIGUOUS or first.lower() not in COMMON
        return first in _LISTED or first.lower() not in COMMON
    if not all(t.islower() for t in tokens):
        return False
    if any(t in TOP or t in NODICT_FUNCTION_WORDS for t in tokens):
        return False
    if len(tokens) == 1:
        return tokens[0].title() in GIVEN  # "décédé", "inconnu": a word the lists may lack
    return any(t not in COMMON for t in tokens) or tokens[0].title() in _LISTED
