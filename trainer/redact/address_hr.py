"""Croatian street lines, as Hrvatska pošta writes them: the street ("Ulica kralja Petra 5",
"Ul. kralja Petra 12", "Trg bana Mirka 3", "Lipova cesta 41", "Brezova ulica 7"), the house
number, then the five-digit postcode and the town ("32100 Vinkovci"); Pošta Slovenije writes the
same line with its types after the name too ("Kongresni trg 1", "Gallusovo nabrežje 3") and a
four-digit postcode ("1000 Ljubljana"), on the line or the next.

Two rules. A type word ("ulica", "ul.", "trg", "cesta", "obala", "šetalište") before
or after the name anchors the first (``address_keyed``); a house number must follow.
Croatian (and Serbian, Slovene, Czech, Slovak) streets are often named by an adjective or a
possessive alone ("Lipovačka 18", "Horvatova 6"), or by a noun ("Kovnica 21"); the second rule
takes such a line when a postcode and town follow it. It runs beside ``addresses``' street-
number-postcode lines, for the codes those leave out: the main post offices end in "000"
("44000 Sisak"), a shape that is also a round count ("10000 Users"), so the street word's adjectival
ending or a town that is no frequent word makes the line an address.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_numbers import counted_noun, residence_before
from trainer.redact.address_towns import postal_towns
from trainer.redact.address_words import CAPITALS, LOWERCASE, STREET_CAPITALS
from trainer.redact.hits import Hit
from trainer.redact.names import word_list

_UP = CAPITALS
_UP_CYRILLIC = STREET_CAPITALS  # the town and the round-code line also in Cyrillic
_LOW = LOWERCASE
# "put" (road) is left out: it is also an English verb ("We put 5 ...").
# Pošta Srbije's "Bulevar" and the locative after "u"/"na" ("u Bulevaru oslobođenja 9", "u Ulici").
_TYPES = (
    r"(?:Ulica|ulica|Ulici|ulici|Ul\.|ul\.|Trg|Trgu|Cesta|Obala|Šetalište|šetalište|Bulevar|"
    r"Bulevaru)"
)
# A lower-case verb or conjunction after the type is prose, no name ("Trg je 5 minuta od
# hotela", "Ulica ima 20 kuća").
_WORD = (
    r"(?!(?:je|ima|imaju|nema|nije|su|se|će|bi|bio|bila|bilo|i|ali|samo|još|već|sada|ovdje|"
    rf"tamo|oko)(?![\w'’.-]))[{_UP}{_LOW}][\w'’.-]*"
)
# The town: one word, or two that close the line or sentence ("Donji Lug", "Sisak\nLet OU 123"
# is the town and the next line's first word).
_TOWN = (
    rf"[{_UP_CYRILLIC}][\w'’-]+"
    rf"(?:[ \t](?:na[ \t])?[{_UP_CYRILLIC}][\w'’-]+(?=[ \t]*(?:$|[\n,.;!?)])(?![.,]\d)))?"
)
# Hrvatska pošta's five digits, Pošta Slovenije's four ("1000 Ljubljana"), on the line or the next
_CODE = rf"(?:(?:,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+)(?:[1-5]\d{{4}}|[1-9]\d{{3}})[ \t]+{_TOWN})?"
_NUMBER = r"[ \t]\d{1,4}[a-zA-Z]?(?:/\d{1,3})?(?![\w]|[.,/-]\d)"
_HR_LINE = re.compile(
    # type first: "Ulica kralja Petra 5", "Trg bana Mirka 3"
    rf"(?<![\w.])(?:{_TYPES}[ \t]{_WORD}(?:[ \t]{_WORD}){{0,3}}?{_NUMBER}"
    # type after: "Lipova cesta 41", "Brezova ulica 7"
    rf"|[{_UP}][\w'’-]+(?:[ \t][{_UP}][\w'’-]+)?[ \t](?:ulica|cesta|obala|trg|nabrežje){_NUMBER})"
    rf"{_CODE}"
)
prefilter.register(
    "hr_street",
    {"ulica", "ulici", "ul", "trg", "trgu", "cesta", "obala", "setaliste", "nabrezje", "bulevar",
     "bulevaru"},
)

# "Lipovačka 18, 44000 Sisak", "Kovnica 21, 52000 Pazin": a street word and house number (with
# its flat after a slash, as Pošta Srbije writes it: "Kovnica 21/4"), then a round postcode and
# its town.
_ROUND_CODE_LINE = re.compile(
    rf"(?<![\w.-])(?:[{_UP_CYRILLIC}][\w-]*[ \t])?(?P<street>[{_UP_CYRILLIC}][\w-]*)"
    rf"[ \t]\d{{1,4}}[a-zA-Z]?(?:/\d{{1,3}})?(?:,?[ \t]+|[ \t]*\n)[1-9]\d000[ \t]+(?P<town>{_TOWN})"
)
# The adjectival and possessive endings of Slavic street names (-ska, -ška, -čka, -ova, -eva,
# -ina, -ića: "Lipovska", "Horvatova", "Lipovačka").
_ADJECTIVE_END = ("ska", "ška", "čka", "cka", "ova", "eva", "ina", "ića")
# Hrvatska pošta's round codes (NN000) and their towns, the main post offices, with those of
# Bosnia and Herzegovina and Serbia written the same way.
_ROUND_TOWNS = frozenset(
    """zagreb dubrovnik split šibenik zadar osijek vukovar virovitica požega slavonski čakovec
    varaždin bjelovar sisak karlovac koprivnica krapina rijeka pazin gospić sarajevo mostar
    tuzla zenica bihać beograd niš kragujevac subotica novi""".split()  # novi: Novi Sad, Novi Pazar
)
_CURRENCY = re.compile(r"[A-Z]{3}").fullmatch
# A Croatian residence or delivery word before the line ("Nova adresa:", "živim u", "stanujem",
# "dostava", "pošaljite na"), beside ``address_numbers``' cues.
_HR_CUE = re.compile(r"(?i:\b(?:adres\w*|živ(?:im|i|imo|e)|stanuj\w*|dostav\w*|pošalj\w*)\b)")


def _cue_before(text: str, start: int) -> bool:
    """A residence, delivery or address word before ``start`` on its line: the line is an
    address whatever its town."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 80)
    return _HR_CUE.search(text, lo, start) is not None or residence_before(text, start)


def croatian_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Croatian street lines near the type words at ``spans``."""
    regions = prefilter.windows(text, spans, before=60, after=80)
    return [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_HR_LINE, text, regions)]


def round_code_lines(text: str, codes: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for "Lipovačka 18, 44000 Sisak" lines, ``codes`` the (start, end) of the
    postcodes before a capitalised word that ``addresses`` found. A round number before a
    capitalised word is also a count or sum ("Sprint 14, 10000 Points", "Golf 7, 12000 EUR",
    "Tim 4, 10000 Bodova"), so the town must be listed unless the street word is adjectival,
    and no currency code or counted noun."""
    round_codes = [(s, e) for s, e in codes if text[s + 2 : s + 5] == "000"]
    if not round_codes:
        return []
    hits: list[Hit] = []
    regions = prefilter.windows(text, round_codes, before=60, after=40)
    for m in prefilter.finditer_in(_ROUND_CODE_LINE, text, regions):
        first = m.group("town").split()[0]
        town = first.lower()
        if _CURRENCY(first) or counted_noun(town):
            continue  # "Golf 7, 12000 EUR", "Runda 3, 10000 Kuna"
        if (
            m.group("street").endswith(_ADJECTIVE_END)
            or town in _ROUND_TOWNS
            or town in postal_towns()
            or town not in word_list("common_words.txt")  # no common word: "26000 Pančevo"
            or _cue_before(text, m.start())
        ):
            hits.append(("ADDRESS", m.start(), m.end()))
    return hits
