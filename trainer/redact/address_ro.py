"""Romanian and Moldovan street lines, as Poșta Română (and Poșta Moldovei) write them: the
street type first ("Strada", "Str.", "Bulevardul", "Bd.", "B-dul", "Calea", "Șoseaua", "Șos.",
"Aleea", "Al.", "Piața",
"P-ța", "Splaiul", "Intrarea"), the name, the number after "nr." ("nr. 12A"), the block-of-flats
parts ("bl. C4, sc. 2, et. 3, ap. 41": bloc, scară, etaj, apartament), then the six-digit
postcode and the locality ("400001 Cluj-Napoca"), or the locality and the code ("București
030167"), possibly with the Bucharest sector ("Sector 3").

"Calea" and "Piața" are also nouns of prose ("Calea ferată", "piața de muncă"), "Al." an
initial, "Str." a German abbreviation: a type counts only with a house number, and an
abbreviated or lower-case one, or a name in lower case, also needs "nr.", a flat part or the
postcode.

Moldova writes the same lines, mostly with lower-case abbreviations ("str. Columna 87", "bd.
Dacia 5", "șos. Hîncești 8", "str-la Teilor 4"), the Russian types in Cyrillic ("ул. Пушкина
12, кв. 5"), a box line ("C.P. 12"), and the code "MD-2001" before or after the locality, which
may carry its rank ("mun. Chișinău", "or. Ialoveni", "s. Stăuceni") and district ("r-nul
Orhei"). The lower-case "str.", "bd.", "șos." are no words of prose: they count with a
capitalised name and a number alone, and take the locality closing the clause ("str. Columna
70, Orhei.").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_numbers import count_after
from trainer.redact.hits import Hit
from trainer.redact.quantities import year_like

_TYPE = (
    r"(?i:strada|str\.|str-la|stradela|bulevardul|bd\.|b-dul\.?|bdul\.?|calea|[șşs]oseaua|"
    r"[șşs]os\.|aleea|al\.|pia[țţt]a|p-[țţt]a|p[țţ]a\.|splaiul|spl\.|intrarea|intr\.|pr\.|"
    r"prospectul|ул\.|улица|пр\.|пр-т|проспект|бул\.|бульвар|шос\.|шоссе|пер\.|переулок)"
)
# A capital of the Romanian or the Cyrillic alphabet.
_CAP = r"A-ZĂÂÎȘŞȚŢА-ЯЁ"
_WORD = rf"(?!nr\b|Nr\b|NR\b)(?:[^\W\d_][\w'’-]*\.?|\d{{1,2}}(?=\s[{_CAP}]))"
_TOWN = rf"[^\W\d_][\w-]*(?:[ \t][{_CAP}][\w-]*)?"
# Moldova (Poșta Moldovei): the code is "MD-" and four digits ("MD-2001", also "MD 2001",
# "MD2001"), before or after the locality, which may carry its rank: "mun." (municipiu), "or."
# (oraș), "s." (sat), "com." (comună); Russian "г." (город), "с." (село).
_MD_CODE = r"MD[- ]?\d{4}(?!\d)"
_MD_RANK = r"(?:(?i:mun|or|s|com|г|с|мун)\.[ \t]?)"
_MD_TOWN = rf"{_MD_RANK}?[{_CAP}][\w-]*(?:[ \t][{_CAP}][\w-]*)?"
# The district after the locality: "r-nul Ialoveni", "raionul Orhei", "р-н Кагул".
_MD_DISTRICT = rf"(?:,?[ \t](?i:r-nul|raionul|rn\.|р-н|район)[ \t][{_CAP}][\w-]*)?"
# A box line between the street and the code: "C.P. 1961" (cutie poștală), "cutia poștală 12",
# "a/p 12".
_MD_BOX = (
    r"(?:,?[ \t]*\n?[ \t]*(?i:c\.[ \t]?p\.|a/p|а/я|cuti[ae][ \t]po[șşs]tal[ăa])"
    r"[ \t]?\d{1,5}(?!\d))?"
)
_RO_STREET = re.compile(
    rf"(?<![\w.-])(?P<type>{_TYPE})\s(?P<name>{_WORD}(?:\s{_WORD}){{0,4}}?)"
    r",?\s(?P<nr>(?i:nr\.?|num[aă]rul|д\.)\s?)?(?P<num>\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?)"
    r"(?P<unit>(?:,?\s(?i:bl\.?|bloc|sc\.?|scara|et\.?|etaj|ap\.?|apartament|of\.?|oficiul|"
    r"кв\.?|корп\.?|эт\.?)"
    r"\s?[\w]{1,4}\b)*)"
    r"(?![\w]|[.,/-]\d)"
    rf"(?P<code>{_MD_BOX}(?:,?[ \t]*\n?[ \t]*(?:\d{{6}},?[ \t]+{_TOWN}|{_TOWN},?[ \t]+\d{{6}}(?!\d)"
    rf"|{_MD_CODE}(?:,?[ \t]+{_MD_TOWN})?|{_MD_TOWN},?[ \t]+{_MD_CODE}"
    rf"|{_MD_RANK}[{_CAP}][\w-]*(?:[ \t][{_CAP}][\w-]*)?)"
    r"(?:,?[ \t](?i:sector(?:ul)?)[ \t]\d)?"
    rf"{_MD_DISTRICT}"
    # more parts of a Moldovan locality line: "s. Stăuceni, mun. Chișinău, MD-2052"
    rf"(?:,?[ \t]+(?:{_MD_CODE}|{_MD_RANK}[{_CAP}][\w-]*(?:[ \t][{_CAP}][\w-]*)?"
    rf"{_MD_DISTRICT})){{0,3}}"
    r"))?"
    # Without a code, the locality after a comma that ends the clause: "str. Columna 70, Orhei."
    rf"(?P<town>(?(code)(?!)|,[ \t]{_MD_TOWN}(?=[ \t]*(?:[.;!?\n]|,[ \t]|$))))?"
)
# The types' keywords as ``prefilter`` folds them (a hyphen is a space there).
_KEYS = {
    "strada", "str", "bulevardul", "bd", "b dul", "bdul", "calea", "soseaua", "sos", "aleea",
    "al", "piata", "p ta", "pta", "splaiul", "spl", "intrarea", "intr", "str la", "stradela",
    "pr", "prospectul", "ул", "улица", "пр", "пр т", "проспект", "бул", "бульвар", "шос", "шоссе",
    "пер", "переулок",
}
# Abbreviated types that, in lower case, are no word of prose nor an initial ("str. Columna 87":
# Moldovan and Romanian usage; "Str." and "Al." stay framed: a German abbreviation, an initial).
_PLAIN_ABBREVIATIONS = frozenset(
    {"str.", "str-la", "bd.", "b-dul", "b-dul.", "bdul.", "șos.", "şos.", "sos.", "ул.", "бул.",
     "шос.", "пер."}
)
prefilter.register("ro_street", _KEYS)


def romanian_streets(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Romanian street lines whose type keyword is at ``spans``."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, spans, before=2, after=110)
    for m in prefilter.finditer_in(_RO_STREET, text, regions):
        framed = m.group("nr") or m.group("unit") or m.group("code")
        kind, name = m.group("type"), m.group("name")
        written_out = (
            kind[0].isupper() and not kind.endswith(".") and kind.lower() != "strada"
        ) or kind in _PLAIN_ABBREVIATIONS
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
