"""Address lines read backwards from a postcode: each token's kind (house number, street or
unit word, capitalised name, lower-case particle, or none: prose) and the walk that takes lines
back while they look like an address's, never across a sentence end or a word of prose.

Split from ``postal`` (whose ``postal_blocks`` anchors the walk on a postcode); ``address_tail``
and ``address_lower`` read tokens with the same rules.
"""

from __future__ import annotations

import re

from trainer.redact.address_words import (
    COMPOUND_ENDINGS_IN_BLOCK as _COMPOUND_ENDINGS,
)
from trainer.redact.address_words import MARKED_UNIT_WORDS as _MARKED_UNITS
from trainer.redact.address_words import STREET_ABBREVIATIONS as _ABBREVIATIONS
from trainer.redact.address_words import STREET_WORDS as _STREET_WORDS
from trainer.redact.address_words import UNIT_WORDS as _UNIT_WORDS
from trainer.redact.quantities import is_year

# Words that may appear in an address line in lower case: particles, street types (La Poste,
# Correos, Poste Italiane, Correios, PostNL), unit and floor words (Correus: "baixos", "pis").
_LOWER_OK = frozenset(
    """de del della delle dello dei degli di da dal dalla do dos das du des la le les el los las
    l' d' e y et am an auf der den dem im in zum zur unter van von ter ten te het op aan bij
    sur sous aux au en lès rue allée avenue boulevard bd rte chemin impasse place quai cours
    route voie cité square calle avenida paseo plaza camino carretera ronda travesía glorieta
    pasaje via viale corso piazza piazzale vicolo largo strada contrada rua travessa alameda
    praça estrada rodovia c/ s/n bis quater km izq izda dcha bajo scala int interno piano
    apto apt sala bloco casa lote loja andar hs huis bus unit flat suite ste piso puerta esc
    no nº n° nr n 't ’t baixos entresòl àtic pis""".split()
)
# Capitalised words that start a sentence, not an address line ("Visit 12 Baker Street").
_NOT_ADDRESS_WORDS = frozenset(
    """Visit Send Ship Mail Write Contact Find Meet Come Join Deliver Delivery Return Returns
    Address Addr Adresse Anschrift Indirizzo Dirección Direccion Endereço Adres Location Venue
    Office Offices HQ Hi Hello Dear Thanks Thank Regards Best Cheers Note Please We I Our My You
    Your Us At To From In On For And Or Is Are Was It This That Here Now Moved Moving Located
    Post Posted Sent""".split()
)
# House numbers: "12", "45a", "221B", "7/22", "12-3-456", "14th", "3º" (NFKC: "3o"), "#12".
HOUSE_NUMBER = re.compile(
    r"(?:#|№)?\d{1,5}[A-Za-zºª°]{0,3}(?:[-/]\d{1,5}[A-Za-z]{0,2}){0,3}(?:-[IVX]{1,4})?\.?"
).fullmatch
_LETTER_NUMBER = re.compile(r"[A-Z][A-Za-z]?-\d{1,5}[A-Z]?").fullmatch
# A house or flat number glued to its label: PTT's "No:12", "D:4", Poczta Polska's "m.5".
_LABELLED_NUMBER = re.compile(r"(?i:no|nr|d|daire|kat|m|lok)[.:]\d{1,5}[A-Za-z]?").fullmatch
_ELIDED = re.compile(r"(?:[ldLD]|dell|all|sull|nell|dall)['’][A-ZÀ-Þ][\w'’-]*").fullmatch
# Dutch place names with the old article: "'s-Hertogenbosch", "'s-Gravenhage" ("'t" is a particle).
_DUTCH_ARTICLE_PLACE = re.compile(r"['’]s-[A-Z][\w'’-]*").fullmatch
# Maltese names with the article glued on ("il-Ħarruba", "tal-Ġnien", "ix-Xatt": ``address_mt``).
_MALTESE_ARTICLE = re.compile(r"(?:i[lċdnrstxżz]|l|ta[lċdnrstxżz])-[A-ZĊĠĦŻ][\w'’-]*").fullmatch
_NOT_IN_ADDRESS = re.compile(r"[!?:;\"“”«»*=<>|@]").search
_MAX_SEGMENTS = 8
_MAX_TOKENS = 9
_MAX_BACK = 260
# "Venez au 12, rue ...", "wir sind in 12, ...": a preposition right before a house number.
_AT_WORDS = frozenset("au aux à in op am im en em na nel".split())
# Lower-case prepositions that never sit inside an address line: the block starts after them.
_PROSE_PREPOSITIONS = frozenset("in to at near from naar nach vers".split())
_SEPARATORS = frozenset("- – — · | /".split())
_PIECES = re.compile(r"\S+|\s+")
# Nothing but a line start and a bracketed time before a "Label:" token: a speaker's label.
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?$").search


def walk_back(text: str, start: int, *, strong: bool) -> tuple[int, bool, bool, bool]:
    """Start of the address lines before ``start``; whether the lines apart from the
    postcode's own carry a house number, or a street or unit word; whether any line does."""
    pieces = _PIECES.findall(text, max(0, start - _MAX_BACK), start)
    # segments, nearest first: [start, has a house number, has a street/unit word, apart]
    segments: list[list] = []
    current = [start, False, False, False]
    tokens = 0
    pos = start
    right = ""  # kind of the token to the right of the current one, in the same line
    nearest = ""  # kind of the token just processed (the right neighbour)
    for piece in reversed(pieces):
        pos -= len(piece)
        if piece.isspace():
            if "\n" in piece:
                if tokens:
                    segments.append(current)
                    tokens = 0
                current = [pos, False, False, True]
            continue
        word = piece.rstrip(",;")
        if word != piece or word in _SEPARATORS:  # "Berlin," or " - " ends a line
            if tokens:
                segments.append(current)
                tokens = 0
            current = [pos + len(piece), False, False, True]
        if word in _SEPARATORS or not word:
            continue
        kind = token_kind(word)
        if kind is None or tokens >= _MAX_TOKENS or len(segments) >= _MAX_SEGMENTS:
            break
        if word[-1] == ":" and _SPEAKER_BEFORE(text, max(0, pos - 40), pos):
            break  # "M: call me at ...", "[10:02] D: ...": a chat speaker opens the line
        if right == "number" and tokens == 1 and word in _AT_WORDS:
            break  # "Venez au 12, rue ...": a particle before the house number is prose
        if word in _PROSE_PREPOSITIONS:
            break  # "Woon in 1017 GC Amsterdam", "Lives in Springfield, IL": prose before it
        if nearest == "word" and word in _AT_WORDS:
            break  # "Siamo in Località Poggio": a preposition before the street type is prose
        right = kind if tokens == 0 else right
        nearest = kind
        tokens += 1
        if kind != "particle":  # a line never starts with "de", "op" ...
            current[0] = pos + len(piece) - len(piece.lstrip("(\"“«'"))
        current[1] |= kind == "number"
        current[2] |= kind == "word"
    if tokens:
        segments.append(current)
    return _choose(segments, start, strong=strong)


def _choose(segments: list[list], start: int, *, strong: bool) -> tuple[int, bool, bool, bool]:
    """Keep lines up to the farthest one with a house number or a street/unit word: up to three
    plain lines (locality, area) before the first such line and one (a building name) between
    two of them; with none, plain lines only before a validated postcode."""
    last, plain = -1, 0
    for i, (_, number, word, _apart) in enumerate(segments):
        if number or word:
            last, plain = i, 0
            continue
        plain += 1
        if plain > (3 if last < 0 else 1):
            break
    if last < 0:
        keep = min(len(segments), 2 if strong else 1)
        return (segments[keep - 1][0] if keep else start), False, False, False
    apart = [seg for seg in segments[: last + 1] if seg[3]]
    joined = any(s[2] for s in segments[: last + 1])  # a PIN may share the road's line
    return segments[last][0], any(s[1] for s in apart), any(s[2] for s in apart), joined


def token_kind(word: str) -> str | None:
    """ "number" (house number), "word" (street or unit word), "name" (capitalised),
    "particle" (lower-case link word), or None (not part of an address line)."""
    if word[0].isdigit() or word[0] in "#№":
        if is_year(word):
            return "name"
        if word[-1] == "." and is_year(word[:-1]):
            return None  # "Founded in 1982.": a year closing a sentence, never an address line
        return "number" if HOUSE_NUMBER(word) else None
    if _LETTER_NUMBER(word):  # India Post's "B-204", "C-45"
        return "number"
    if ":" in word[1:-1] or "." in word[1:-1]:
        if _LABELLED_NUMBER(word):  # PTT's "No:12", Poczta Polska's "m.5"
            return "number"
    if word[-1] in ".:" and word[:-1].lower() in _MARKED_UNITS:
        # "as. 4", "m. 12", "D: 3": a flat's label, never bare ("as", "m"); "M." and "D." are
        # titles and initials ("M. Dupont"), so the full stop counts in lower case only
        return "word" if word[-1] == ":" or word[:-1].islower() else "name"
    if word[-1] == ":" and word[:-1].lower().rstrip(".") in _UNIT_WORDS:
        return "word"  # PTT's "No: 52", "Daire: 4"
    bare = word.strip("()")
    if not bare or _NOT_IN_ADDRESS(bare):
        return None
    folded = bare.lower().rstrip(".")
    if folded in _UNIT_WORDS or folded in _STREET_WORDS:
        return "word" if folded != "no" or bare.endswith(".") else "name"
    if bare[0].isupper():
        if folded.endswith(_COMPOUND_ENDINGS):  # "Goethestr.", "Keizersgracht"
            return "word"
        if bare in _NOT_ADDRESS_WORDS or (bare.endswith(".") and not is_abbreviation(bare)):
            return None
        return "name"
    if bare in _LOWER_OK or folded in _LOWER_OK:
        return "word" if folded in _STREET_WORDS else "particle"
    if bare.endswith(".") and folded in _ABBREVIATIONS:
        return "word"
    if _ELIDED(bare) or _DUTCH_ARTICLE_PLACE(bare) or ("-" in bare and _MALTESE_ARTICLE(bare)):
        return "name"
    return None


def is_abbreviation(word: str) -> bool:
    core = word.rstrip(".")
    return "." in core or len(core) <= 2 or core.lower() in _ABBREVIATIONS
