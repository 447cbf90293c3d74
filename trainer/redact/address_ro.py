"""Romanian street lines, as Poșta Română writes them: the street type first ("Strada",
"Str.", "Bulevardul", "Bd.", "B-dul", "Calea", "Șoseaua", "Șos.", "Aleea", "Al.", "Piața",
"P-ța", "Splaiul", "Intrarea"), the name, the number after "nr." ("nr. 12A"), the block-of-flats
parts ("bl. C4, sc. 2, et. 3, ap. 41": bloc, scară, etaj, apartament), then the six-digit
postcode and the locality ("400001 Cluj-Napoca"), or the locality and the code ("București
030167"), possibly with the Bucharest sector ("Sector 3").

"Calea" and "Piața" are also nouns of prose ("Calea ferată", "piața de muncă"), "Al." an
initial, "Str." a German abbreviation: a type counts only with a house number, and an
abbreviated or lower-case one, or a name in lower case, also needs "nr.", a flat part or the
postcode.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_numbers import count_after
from trainer.redact.hits import Hit
from trainer.redact.quantities import year_like

_TYPE = (
    r"(?i:strada|str\.|bulevardul|bd\.|b-dul\.?|bdul\.?|calea|[șşs]oseaua|[șşs]os\.|aleea|al\.|"
    r"pia[țţt]a|p-[țţt]a|p[țţ]a\.|splaiul|spl\.|intrarea|intr\.)"
)
_WORD = r"(?!nr\b|Nr\b|NR\b)(?:[^\W\d_][\w'’-]*\.?|\d{1,2}(?=\s[A-ZĂÂÎȘŞȚŢ]))"
_TOWN = r"[^\W\d_][\w-]*(?:[ \t][A-ZĂÂÎȘŞȚŢ][\w-]*)?"
_RO_STREET = re.compile(
    rf"(?<![\w.-])(?P<type>{_TYPE})\s(?P<name>{_WORD}(?:\s{_WORD}){{0,3}}?)"
    r",?\s(?P<nr>(?i:nr\.?|num[aă]rul)\s?)?(?P<num>\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?)"
    r"(?P<unit>(?:,?\s(?i:bl\.?|bloc|sc\.?|scara|et\.?|etaj|ap\.?|apartament)\s?[\w]{1,4}\b)*)"
    r"(?![\w]|[.,/-]\d)"
    rf"(?P<code>,?[ \t]*\n?[ \t]*(?:\d{{6}},?[ \t]+{_TOWN}|{_TOWN},?[ \t]+\d{{6}}(?!\d))"
    r"(?:,?[ \t](?i:sector(?:ul)?)[ \t]\d)?)?"
)
# The types' keywords as ``prefilter`` folds them (a hyphen is a space there).
_KEYS = {
    "strada", "str", "bulevardul", "bd", "b dul", "bdul", "calea", "soseaua", "sos", "aleea",
    "al", "piata", "p ta", "pta", "splaiul", "spl", "intrarea", "intr",
}
prefilter.register("ro_street", _KEYS)


def romanian_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Romanian street lines whose type keyword is at ``spans``."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, spans, before=2, after=110)
    for m in prefilter.finditer_in(_RO_STREET, text, regions):
        framed = m.group("nr") or m.group("unit") or m.group("code")
        kind, name = m.group("type"), m.group("name")
        written_out = kind[0].isupper() and not kind.endswith(".") and kind.lower() != "strada"
        if not framed and (
            year_like(m.group("num"))
            or not written_out
            or name[0].islower()
            or count_after(text, m.end())
        ):
            # "Calea 2024", "Str. 5", "calea ferată 3", "Piața Unirii 5 oameni" (a count,
            # ``address_numbers``): no house number of a street
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits
