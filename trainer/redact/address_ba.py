"""Bosnian addresses as BH Pošta, Pošte Srpske and HP Mostar write them: the street (a name in
the genitive, often with lower-case words: "Obala Kulina bana", "Zmaja od Bosne", "Dženetića
čikma"), its number or "bb" (bez broja, no number), an optional box ("poštanski pretinac 123",
"p.p. 45"), then the five-digit postcode (7xxxx and 8xxxx) and the town, the town and the
postcode ("Mostar 88000"), or a town alone.

The frame is the house number (or "bb") with a postcode, a box or a known town after it:
"Titova bb" alone is no address, "Titova bb, Bijeljina" is.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import longest_first

_CAPS = "A-ZČĆĐŠŽ"
_SMALLS = "a-zčćđšž"
_CAP = rf"[{_CAPS}][{_SMALLS}]+(?:-[{_CAPS}]?[{_SMALLS}]+)?"
# lower-case words inside street names: particles, titles in the genitive and the street types
_SMALL = (
    r"(?:od|i|na|u|kod|do|bana|kralja|kraljice|cara|(?i:čikma|cikma|ulica|sokak|sokače|sokace|"
    r"put|obala|trg|bulevar|polje|mahala|brdo|sokačić|naselje|aleja|šetalište|setaliste))"
)
# Towns and municipalities of Bosnia and Herzegovina (its postal localities), with and without
# diacritics.
BA_TOWNS = (
    "Sarajevo", "Banja Luka", "Tuzla", "Zenica", "Mostar", "Bijeljina", "Brčko", "Brcko",
    "Prijedor", "Doboj", "Trebinje", "Cazin", "Bihać", "Bihac", "Travnik", "Goražde", "Gorazde",
    "Konjic", "Livno", "Široki Brijeg", "Siroki Brijeg", "Gradačac", "Gradacac", "Gračanica",
    "Gracanica", "Lukavac", "Visoko", "Kakanj", "Zvornik", "Bugojno", "Sanski Most",
    "Velika Kladuša", "Velika Kladusa", "Srebrenik", "Živinice", "Zivinice", "Tešanj", "Tesanj",
    "Maglaj", "Zavidovići", "Zavidovici", "Jajce", "Foča", "Foca", "Višegrad", "Visegrad",
    "Gradiška", "Gradiska", "Derventa", "Modriča", "Modrica", "Čapljina", "Capljina", "Stolac",
    "Neum", "Ljubuški", "Ljubuski", "Posušje", "Posusje", "Tomislavgrad", "Kiseljak", "Vitez",
    "Novi Travnik", "Fojnica", "Kladanj", "Olovo", "Vareš", "Vares", "Ilidža", "Ilidza",
    "Vogošća", "Vogosca", "Hadžići", "Hadzici", "Ilijaš", "Ilijas", "Istočno Sarajevo",
    "Istocno Sarajevo", "Pale", "Sokolac", "Rogatica", "Bileća", "Bileca", "Gacko", "Nevesinje",
    "Kupres", "Glamoč", "Glamoc", "Drvar", "Bosanski Petrovac", "Ključ", "Kljuc",
    "Mrkonjić Grad", "Mrkonjic Grad", "Kotor Varoš", "Kotor Varos", "Teslić", "Teslic",
    "Prnjavor", "Laktaši", "Laktasi", "Srbac", "Kozarska Dubica", "Kostajnica", "Novi Grad",
    "Bosanska Krupa", "Bužim", "Buzim", "Orašje", "Orasje", "Odžak", "Odzak", "Žepče", "Zepce",
    "Breza", "Busovača", "Busovaca", "Prozor", "Jablanica", "Čitluk", "Citluk", "Grude",
    "Međugorje", "Medjugorje", "Banovići", "Banovici", "Kalesija", "Sapna", "Usora",
    "Vlasenica", "Srebrenica", "Bratunac", "Ugljevik", "Lopare", "Šamac", "Samac", "Kreševo",
    "Kresevo", "Donji Vakuf", "Gornji Vakuf", "Bosanski Brod", "Brod", "Petrovo", "Stanari",
)
_TOWN = "|".join(longest_first(re.escape(t) for t in BA_TOWNS))
_STREET = rf"{_CAP}(?:[ \t](?:{_CAP}|{_SMALL})){{0,3}}"
_NUM = r"(?:bb|BB|b\.[ \t]?b\.|\d{1,4}[a-zA-Z]?(?:/[\dIVX]{1,3})?)(?![\w])"
_BOX = (
    r"(?i:poštanski[ \t]pretinac|postanski[ \t]pretinac|poštanski[ \t]fah|postanski[ \t]fah|"
    r"pošt\.[ \t]pretinac|p\.[ \t]?p\.|PP)[ \t]\d{1,5}(?![\w])"
)
_SEP = r"(?:,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*)"
# a listed town after the code, or another capitalised word that closes the line or clause
# ("Seite 12, 80000 Euro sind ..." is an amount)
_CODE_TOWN = (
    rf"[78]\d{{4}}[ \t](?:(?:{_TOWN})(?![\w])|{_CAP}(?=[ \t]*(?:[.;,!?)|#]|\r?\n|$)))"
)
_ADDRESS = re.compile(
    # a verb and its place preposition lead no street ("Pošaljite na Titova 9", "Živim u ...")
    rf"(?<![\w#])(?![{_CAPS}][{_SMALLS}]+[ \t](?:na|u|do|kod)[ \t])"
    rf"(?P<street>{_STREET})[ \t](?P<num>{_NUM})(?P<box>{_SEP}{_BOX})?{_SEP}"
    rf"(?:(?P<code>{_CODE_TOWN})|(?:{_TOWN})(?P<town_code>[ \t][78]\d{{4}})?)(?![\w])"
)
# A street name in the genitive or an adjective ends in a vowel ("Titova", "Zmaja od Bosne",
# "Kralja Tvrtka"); "Windows 10, Sarajevo office" does not.
_VOWEL_END = re.compile(r"[aeiu]$").search
_CLOSES = re.compile(r"[ \t]*(?:[.;,!?)|#]|\r?\n|$)").match
prefilter.register(
    "ba_anchor",
    {"bb", "b b", "postanski pretinac", "postanski fah", "post pretinac", "p p", "pp"}
    | {t.lower() for t in BA_TOWNS},
)


# Led by its digit (a lookbehind first would slow the scan fourfold): the lookbehind after it
# tests the character before the code.
_CODE_AT = re.compile(rf"[78](?<![\w.,-][78])\d{{4}}[ \t][{_CAPS}]")
# ``_CODE_AT``'s five digits and a blank over the ASCII class mask (``prefilter.ascii_classes``)
_CODE_MASK = b"d" * 5 + b"s"


def _may_hold_code(text: str) -> bool:
    """False only where ``_CODE_AT`` cannot match: ASCII text whose class mask lacks
    ``_CODE_MASK`` (a substring test instead of a scan; other text passes)."""
    classes = prefilter.ascii_classes(text)
    return classes is None or _CODE_MASK in classes


def bosnian_addresses(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for Bosnian street lines near a "bb", a box, a town or a 7xxxx/8xxxx
    postcode before a capitalised word (``spans``: the prefilter's ``ba_anchor`` keywords)."""
    # the scan opens at the first digit (the code's own; the lookbehind still sees before it)
    digits = prefilter.digit_bounds(text)
    gate = digits and _may_hold_code(text)
    codes = [m.span() for m in _CODE_AT.finditer(text, digits[0])] if gate else []
    spans = sorted(spans + codes)
    if not spans:
        return []
    regions = prefilter.windows(text, spans, before=90, after=60)
    return [
        ("ADDRESS", *m.span())
        for m in prefilter.finditer_in(_ADDRESS, text, regions)
        if m.group("code")
        # "Titova 5, Mostar 88000": the code after its town closes the line ("..., Mostar 88000
        # ljudi" counts people)
        or (m.group("town_code") and _CLOSES(text, m.end()) is not None)
        or m.group("box")
        or (  # "Titova 4, Tuzla.": not "Verzija 2, Mostar tim"
            _CLOSES(text, m.end()) is not None
            and (not m.group("num")[0].isdigit() or _VOWEL_END(m.group("street")) is not None)
        )
    ]
