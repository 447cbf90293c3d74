"""Francophone West African addresses (Senegal, Côte d'Ivoire, Mali, Burkina Faso, Cameroon...).

Where houses are not delivered to, La Poste's successors deliver to a post-office box: "BP 1234
Dakar", "B.P. 45 Thiès", "01 BP 1234 Abidjan 01" (boîte postale, its number, then the office's
town). The place of a house is written the way the neighbourhoods are built: a housing estate
(cité, SICAP, HLM, lotissement, résidence, quartier, parcelles assainies) and the house's number
in it ("Cité Keur Damel, villa n° 12", "HLM Grand Yoff, lot 7"), and Dakar's numbered grid
("rue 10 x 15"). Each of these anchors a line; the comma-separated place words before a box
(the estate, the villa, the neighbourhood) are taken with it, as ``postal`` does for postcodes.

A box takes the neighbourhood that closes its line ("BP 12 Thiès, quartier Médina"). A villa
or lot number without an estate word takes the place segments before it, landmarks among them
("Médina, près du marché, îlot 4 lot 12", "Belair, villa n° 3, Kaolack").

A box needs its town (a capitalised word) after the number, so "BP 120/80" (blood pressure) or
"BP 2024 results" stays; a villa or lot number needs its estate word before it.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

_UP = "A-ZÀ-ÖØ-ÞŒ"
_NAME = rf"[{_UP}][\w'’-]*"
_PARTICLE = r"(?:de|des|du|d'|d’|la|le|les|el)"
# A capitalised place name of one to four words ("Sacré-Cœur 3", "Point E", "Grand Yoff").
_PLACE = rf"{_NAME}(?:[ \t](?:{_PARTICLE}[ \t]?)?{_NAME}){{0,3}}(?:[ \t]\d{{1,3}}(?![\w,]\d))?"
_UNIT = (
    r"(?i:villa|lot|îlot|ilot|parcelle|maison|immeuble|appartement|appt|app\.|porte|concession)"
)
_NUMBER = r"(?:[ \t]?(?:n°|N°|no\.?|No\.?|nº|#)[ \t]?|[ \t])\d{1,5}[A-Za-z]?(?![\w/])"
_BOX = re.compile(
    r"(?<![\w.])(?:\d{2}[ \t])?(?:BP|B\.P\.|B\.P|Bp)[ \t]?(?:n°[ \t]?)?\d{1,6}(?![\w/.,]\d|[\w/])"
    # the town after a space, a dash or (Poste Haïti) a comma: "BP 1234, Jacmel"
    rf"(?:(?:[ \t]?-?[ \t]?|,[ \t]?)(?P<town>{_NAME}(?:[ \t]{_NAME}|-{_NAME})?)"
    r"(?:[ \t]\d{2}(?!\d))?)"
)
_ESTATE = (
    r"(?:Cité|Cite|CITÉ|SICAP|Sicap|HLM|Lotissement|Résidence|Residence|Quartier|"
    r"Parcelles[ \t]Assainies|Zone)"
)
_ESTATE_UNIT = re.compile(
    rf"(?<![\w-]){_ESTATE}[ \t]{_PLACE},?[ \t]{_UNIT}{_NUMBER}"
)
# The same in running prose, the estate word in lower case after a locative ("J'habite à la
# cité Keur Gorgui, villa n°45, Dakar", "au quartier Médina, lot 12"): the villa or lot number
# anchors it; the place name may be in lower case too.
_LOWER_ESTATE_UNIT = re.compile(
    r"(?<![\w])(?i:habite|habitons|habitez|habitent|réside|reside|résidons|vis|vit|vivons|"
    r"à[ \t]la|a[ \t]la|au|à|dans[ \t]l[ae]|chez|sis|sise|située?)[ \t]+(?:(?:la|le|l['’])[ \t]?)?"
    r"(?P<estate>(?:cité|cite|quartier|lotissement|résidence|residence|hlm|sicap|zone)[ \t]"
    rf"(?:{_PLACE}|[\w'’-]+(?:[ \t][\w'’-]+){{0,3}}?),?[ \t])?(?P<unit>{_UNIT}{_NUMBER})"
)
_MARKED = re.compile(r"n°|N°|no\.?|No\.?|nº|#").search
_DIGIT = re.compile(r"\d").search
_GRID = re.compile(r"(?<![\w-])(?i:rue)[ \t]\d{1,3}[ \t]?[xX×][ \t]?\d{1,3}(?![\w/.,]\d|\w)")
# A landmark the line is read from ("près de la pharmacie", "en face du marché").
_LANDMARK = (
    r"(?:près|pres|en[ \t]face|derrière|à[ \t]côté)[ \t]d(?:e|u|es|')[ \t]?[^,.;:!?\n\d]{2,40}"
)
# A street named by its type in lower case, as La Poste writes it, before its door number
# ("route de Koulikoro, porte 62": Bamako's and Niamey's doors are numbered along the street).
_TYPED = (
    rf"(?:rue|route|avenue|boulevard|allée|chemin|impasse|place)[ \t](?:{_PARTICLE}[ \t]?)?"
    rf"{_NAME}(?:[ \t]{_NAME}){{0,2}}"
)
# What may stand before a box or after an estate's villa: ", Place" segments.
_SEGMENT_BEFORE = re.compile(rf"(?:{_PLACE}|{_TYPED}|{_UNIT}{_NUMBER}|{_LANDMARK}),[ \t]$")
_SEGMENTS_AFTER = re.compile(rf"(?:,[ \t](?:{_PLACE}|{_UNIT}{_NUMBER}))+")
# After a box, its neighbourhood closes the line ("BP 12 Thiès, quartier Médina", "01 BP 12
# Abidjan 01, Cocody Danga"); prose after a comma does not ("BP 12 Dakar, Merci beaucoup").
_QUARTER_AFTER = re.compile(
    # (at most four: a run of ", BP 12" boxes would make each box scan the rest of the text)
    rf"(?:,[ \t](?:(?i:quartier|cité|cite|zone)[ \t])?{_PLACE}){{1,4}}(?=[ \t]*(?:$|[\n.;!?)]))"
)
# A house or lot number after place segments, no estate word ("Médina, villa n° 12, Thiès",
# "Cocody, près du marché, îlot 4 lot 12"): its line is the segments walked back before it.
_UNIT_LINE = re.compile(rf"(?<=,[ \t]){_UNIT}{_NUMBER}(?:[ \t]{_UNIT}{_NUMBER})?")
# A box opens a line or a clause of an address: after a comma, a colon, a bracket, a line break
# or a place preposition ("Sor, BP 412 Thiès", "écrire à BP 12 Kaolack"); "BP 2024 Results" in
# English prose stays.
# ... or after a copula that names it ("L'adresse est 06 BP 12 Parakou", "is", "es", "é")
BOX_LEADS = ("à", "au", "en", "chez", "at", "to", "est", "is", "es", "é", "em", "para", "vers")
_BOX_CONTEXT = re.compile(
    r"(?:^|[,:;(\n][ \t]*|(?<![\w'’])(?:" + "|".join(BOX_LEADS) + r")[ \t]+)$"
).search
_BOX_AFTER = re.compile(rf",?[ \t]{_BOX.pattern}")
prefilter.register(
    "westafrica_box",
    {"bp", "b p", "villa", "lot", "ilot", "parcelle", "cite", "sicap", "hlm", "lotissement",
     "quartier", "residence", "porte"},
)


def west_african_addresses(text: str, found: dict[str, list[tuple[int, int]]]) -> list[Hit]:
    """ADDRESS hits near the ``westafrica_box`` keywords: boxes with their town and the place lines
    before them, estate-and-villa lines; near a ``street_type`` keyword: Dakar grid streets."""
    hits: list[Hit] = []
    if (" x " in text or " X " in text or "×" in text) and "street_type" in found:
        grid = prefilter.windows(text, found["street_type"], before=0, after=16)
        hits += [("ADDRESS", *m.span()) for m in prefilter.finditer_in(_GRID, text, grid)]
    # every rule needs a number within a line after its keyword ("BP 12", "villa n° 3")
    spans = [(s, e) for s, e in found.get("westafrica_box", ()) if _DIGIT(text, e, e + 60)]
    if not spans:
        return hits
    regions = prefilter.windows(text, spans, before=80, after=90)
    for m in prefilter.finditer_in(_BOX, text, regions):
        if _BOX_CONTEXT(text, max(0, m.start() - 12), m.start()):
            end = quarter.end() if (quarter := _QUARTER_AFTER.match(text, m.end())) else m.end()
            hits.append(("ADDRESS", _walk_back(text, m.start()), end))
    for m in prefilter.finditer_in(_UNIT_LINE, text, regions):
        if (start := _walk_back(text, m.start())) < m.start():
            after = _SEGMENTS_AFTER.match(text, m.end())
            hits.append(("ADDRESS", start, after.end() if after else m.end()))
    for m in prefilter.finditer_in(_ESTATE_UNIT, text, regions):
        end = m.end()
        if after := _SEGMENTS_AFTER.match(text, end):
            end = after.end()
        if box := _BOX_AFTER.match(text, end):
            end = box.end()
        hits.append(("ADDRESS", m.start(), end))
    for m in prefilter.finditer_in(_LOWER_ESTATE_UNIT, text, regions):
        # without its estate word, only a marked number ("habite villa n° 4", not "au lot 3")
        if m.group("estate") is None and not _MARKED(m.group("unit")):
            continue
        end = m.end()
        if after := _SEGMENTS_AFTER.match(text, end):
            end = after.end()
        if box := _BOX_AFTER.match(text, end):
            end = box.end()
        hits.append(("ADDRESS", m.start("estate") if m.group("estate") else m.start("unit"), end))
    return hits


_HELD_BOX = re.compile(r"(?<![\w.])(?:BP|B\.P\.?|Bp)[ \t]?(?:n°[ \t]?)?\d{1,6}\b").search


def held_box(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds a post-office box: its town closes the address (``address_tail``
    walks on to no postcode after it, as in a table row "... BP 12 Thiès | 4 000 000 FCFA")."""
    lo = max(start, end - 48)
    return "P" in text[lo:end] and _HELD_BOX(text, lo, end) is not None


def _walk_back(text: str, start: int) -> int:
    """The start of the comma-separated place segments right before ``start`` (at most four,
    never across a line break or sentence end)."""
    for _ in range(4):
        line = text.rfind("\n", 0, start) + 1
        seg = _SEGMENT_BEFORE.search(text, max(line, start - 60), start)
        if seg is None or seg.end() != start:
            break
        # the segment must begin at a word boundary after a separator, not mid-sentence prose
        before = text[seg.start() - 1 : seg.start()] if seg.start() > 0 else ""
        if before and before not in " \t\n(:":
            break
        start = seg.start()
    return start
