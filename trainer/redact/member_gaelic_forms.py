"""The Irish and Scottish Gaelic forms of a roster name, by the initial mutations and the
slender ending of the two grammars (An Caighdeán Oifigiúil; Gaelic Orthographic Conventions),
so a member written as the grammar writes them is still a member:

* lenition, an "h" after a first b c d f g m p t, or s before a vowel or l n r: the vocative
  after "a" ("a Shiobhán", "a Mháire"), the genitive ("teach Sheáin"), after a woman's "Ní",
  "Nic", "Uí", "Mhic" ("Ní Bhriain" for Ó Briain, "Nic Ghiolla" for Mac Giolla);
* the slender ending of a masculine name, an "i" after its last broad vowel (a o u) before
  the closing consonants, in the vocative and genitive ("a Sheáin", "a Thaidhg", "a Dhónaill",
  "a Sheumais" for Seán, Tadhg, Dónall, Seumas);
* eclipsis (b -> mb, c -> gc, d -> nd, f -> bhf, g -> ng, p -> bp, t -> dt) and the "h"
  before a vowel ("le hAoife", "Ní hAodha"): written with the capital inside the word, which
  ``mutation_capital`` reads as a capitalised name;
* the plain stem of a roster surname that the roster writes lenited after "Ní", "Nic", "Uí"
  or "Mhic" ("Briain" for a member "Máire Ní Bhriain": her family's name as a man writes it).

Every roster name gets these forms whatever its language (a rule of the grammar, not a list of
written names); a form that a word list holds is dropped by ``member_inflections`` as every
declined form is (fail open for that one form, stated: a listed word is read as the word).
The word lists hold no Irish, so an Irish word that a mutated name happens to spell would be
redacted (fail closed). Folded keys throughout (á -> a): the fada does not change a mutation.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

_LENITABLE = frozenset("bcdfgmpt")
_S_LENITES_BEFORE = frozenset("aeiouylnr")  # sc, sm, sp, st take no lenition
_ECLIPSIS = {"b": "m", "c": "g", "d": "n", "f": "bh", "g": "n", "p": "b", "t": "d"}
_VOWELS = frozenset("aeiou")
_BROAD = frozenset("aou")
# The particles of a woman's surname, before a lenited stem (the roster's surname keys).
_WOMAN_PARTICLES = ("ni ", "nic ", "ui ", "mhic ")
_MIN_NAME = 3  # as ``member_inflections``: a shorter name's forms make too many words
# The letters a mutation puts before a name's first letter, longest first (``gaelic_bases``).
_PREFIXES = ("bh", "m", "g", "n", "b", "d", "h")


def lenited(name: str) -> str | None:
    """ "sean" -> "shean": an "h" after a lenitable first consonant; None when none applies."""
    if len(name) < 2 or name[1] == "h":
        return None
    first = name[0]
    if first in _LENITABLE or (first == "s" and name[1] in _S_LENITES_BEFORE):
        return f"{first}h{name[1:]}"
    return None


def slender(name: str) -> str | None:
    """ "sean" -> "seain", "tadhg" -> "taidhg": an "i" after the last vowel when that vowel is
    broad and consonants close the name; None for a name ending in a vowel or already slender
    ("padraig", "eoin")."""
    if not name or name[-1] in _VOWELS:
        return None
    last = max(name.rfind(v) for v in _VOWELS)
    if last < 0 or name[last] not in _BROAD:
        return None
    return f"{name[: last + 1]}i{name[last + 1 :]}"


def gaelic_forms(name: str) -> frozenset[str]:
    """Every mutated form of one folded one-word roster name (see the module docstring)."""
    return frozenset(_forms(name)[0] | _forms(name)[1])


def prefixed_forms(name: str) -> frozenset[str]:
    """The forms of ``gaelic_forms`` that put letters before the name's first letter
    ("haoife", "gciaran"): written so, the capital stays on the name's own first letter
    ("hAoife"), so a word capitalised on its first letter ("Hermes") is none of them."""
    return frozenset(_forms(name)[1] - _forms(name)[0])


@lru_cache(maxsize=4096)
def _forms(name: str) -> tuple[set[str], set[str]]:
    """(lenited and slender forms, eclipsed and h- or n-prefixed forms) of a folded name;
    cached by roster name, as ``member_inflections`` caches its declined forms."""
    if len(name) < _MIN_NAME or not name.isalpha():
        return set(), set()
    plain: set[str] = set()
    prefixed: set[str] = set()
    stems = [name]
    if (thin := slender(name)) is not None:
        stems.append(thin)
    for stem in stems:
        plain.add(stem)
        if (soft := lenited(stem)) is not None:
            plain.add(soft)
        if name[0] in _VOWELS:
            prefixed |= {f"h{stem}", f"n{stem}"}  # "hAoife", "nAoife"
        elif (eclipse := _ECLIPSIS.get(name[0])) is not None:
            prefixed.add(f"{eclipse}{stem}")  # "gCiarán", "bPádraig"
    plain.discard(name)
    return plain, prefixed


def woman_stems(surnames: Iterable[str]) -> dict[str, str]:
    """The plain stem -> the lenited roster stem, for every roster surname key written after a
    woman's particle ("ni bhriain": "briain" -> "bhriain")."""
    stems: dict[str, str] = {}
    for key in surnames:
        for particle in _WOMAN_PARTICLES:
            if not key.startswith(particle):
                continue
            stem = key[len(particle) :]
            if " " not in stem and len(stem) > _MIN_NAME and stem[1] == "h":
                if lenited(plain := stem[0] + stem[2:]) == stem:
                    stems[plain] = stem
    return stems


def gaelic_prefixes(names: Iterable[str], surnames: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each mutated form of ``names`` (and each plain stem of ``woman_stems``) as a whole-word
    prefix for ``member_roster``'s automaton, with the empty ending."""
    forms: set[str] = set(woman_stems(surnames))
    for name in names:
        forms |= gaelic_forms(name)
    return dict.fromkeys(forms, frozenset({""}))


def gaelic_bases(key: str) -> set[str]:
    """The names ``key`` (a folded word) may be a mutated form of: with a mutation's letters
    taken off its front and a slender "i" taken out; ``member_inflections`` confirms each
    against the roster by regenerating its forms."""
    fronts = {key}
    if len(key) > 2 and key[1] == "h":
        fronts.add(key[0] + key[2:])  # "sheain" -> "seain"
    fronts |= {key[len(p) :] for p in _PREFIXES if key.startswith(p) and len(key) > len(p) + 2}
    bases = set(fronts)
    for front in fronts:
        for i in range(1, len(front) - 1):
            if front[i] == "i" and front[i - 1] in _BROAD:
                bases.add(front[:i] + front[i + 1 :])  # "seain" -> "sean"
    bases.discard(key)
    return bases


def mutation_capital(word: str) -> bool:
    """Whether ``word`` (as written) is capitalised after an eclipsis or an "h" before a vowel:
    "hAoife", "gCiarán", "bhFiachra", "n-Aoife" (the prefix is lower case, the name is not)."""
    for prefix in ("bh", "h", "n-", "t-", "m", "g", "n", "b", "d", "t"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix)].isupper() and word[len(prefix) + 1 :].islower()
    return False
