"""The locality after a street or box line that closes (or opens) on its number, with no postcode:
"Chaussée de Wavre 182, Wavre", "Boîte postale 2121, Libreville", "Kerkstraat 12, Paramaribo".

UPU S42 writes the locality after the street (or box) line. Posts with no postcodes (Suriname,
DR Congo, Gabon, much of Africa and the Gulf) and writers who leave the code out put the town
right after the number, so a street hit that closes on a house or box number and is followed by
a comma and one to four capitalised words that close the clause or the line (a final verb may
follow in verb-final languages: "an Kirchrain 175, Chur senden") takes those words: the town of
any country, with no list. A street's own name often repeats its town ("Chaussée de Wavre 182,
Wavre"), so a town left behind leaks a street word too.
"""

from __future__ import annotations

import re

from trainer.redact.address_towns import postal_towns
from trainer.redact.person_words import TOP

_PARTICLES = (
    r"(?:de|du|des|la|le|les|sur|sous|am|an|im|aan|den|der|di|del|della|do|da|dos|das|el|en|"
    r"op|bei|ob|pri|na|nad|pod)"
)
_TOWN = rf"[A-ZÀ-ÞĀ-Ž][\w'’]*(?:[ \t-](?:[A-ZÀ-ÞĀ-Ž][\w'’]*|{_PARTICLES})){{0,3}}"
# The town, then the clause's close: a sentence mark, a line end, the text's end, or one final
# verb in lower case and a full stop ("Chur senden.", "Paramaribo sturen.").
_TOWN_CLOSING = re.compile(
    # (the island, district or province may follow the town: "..., Santo António, Príncipe")
    rf",[ \t]+(?P<town>{_TOWN})(?P<region>,[ \t]+{_TOWN})?"
    r"(?=[ \t]*(?:[.;!?)](?:\s|$)|\r?\n|$)|[ \t][a-zäöüßéèëï]{3,}[.!?](?:\s|$))"
)
_CLOSES_ON_NUMBER = re.compile(r"\d[A-Za-z]?$")
# Or opens on it, La Poste's and the francophone posts' order: "12, avenue Habib Bourguiba".
_NUMBER_FIRST = re.compile(r"\d{1,5}[A-Za-z]?,?[ \t]+[^\W\d_][^\n,]*$").match


def town_after_number(text: str, start: int, end: int) -> int:
    """End of the town after the address hit ``text[start:end]`` when the hit closes on a house
    or box number (``_TOWN_CLOSING``), else ``end``."""
    if text[end : end + 1] != ",":
        return end
    if _CLOSES_ON_NUMBER.search(text, max(start, end - 2), end) is None and not (
        text[start : start + 1].isdigit() and _NUMBER_FIRST(text, start, end)
    ):
        return end
    m = _TOWN_CLOSING.match(text, end)
    if m is None or m.group("town").split()[-1] in _PARTICLE_WORDS or _sentence_word(m["town"]):
        return end
    region = m.group("region")
    if region and (region.split()[-1] in _PARTICLE_WORDS or _sentence_word(region[1:].strip())):
        return end  # "..., Lisboa, Danke.": a clause after the town, as without the region
    return m.end()


def _sentence_word(town: str) -> bool:
    """``town`` closes on a sentence word of some language ("Danke", "Merci", "Dank Ihnen",
    "Verder niets.") and is no listed town ("Berlin", "Paris"): a clause, not the locality."""
    return town.split()[-1].lower() in TOP and town.casefold() not in postal_towns()


_PARTICLE_WORDS = frozenset(_PARTICLES[3:-1].split("|"))
