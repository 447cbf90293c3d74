"""Addresses written in lower case ("moved to 123 main st, toronto on m5v 2t6", "via roma 12,
20121 milano"): the other rules want capitalised street names, so a post typed all in lower case
kept its whole address.

Lower-case words are prose as often as names, so only a postcode whose shape is distinctive (Canada
Post, Royal Mail, Eircode, Correios CEP, a 2-letter state or province before a ZIP or a 4-digit
Australian code, 5 or 6 digits after a comma) anchors one, and the words before it count only when
they hold a street or unit word and a house number (or the street word comes first, Romance
style). The walk back stops at a sentence end and at the pronouns and prepositions that introduce
an address ("to", "at", "in", "is" ...).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_anchors import spaced_number_after
from trainer.redact.address_lines import HOUSE_NUMBER
from trainer.redact.address_words import (
    ABBREVIATIONS,
    COMPOUND_ENDINGS_IN_BLOCK,
    STREET_WORDS,
    UNIT_WORDS,
)
from trainer.redact.hits import Hit
from trainer.redact.quantities import COUNTED_AFTER, UNIT_AFTER, is_year

# Abbreviations of Australia Post, USPS and La Poste that the postal word lists lack.
_MORE_STREET_WORDS = frozenset(
    """cct gr cl esp pde tce hwy pkwy cir ter trl bp cedex lieu-dit cs tsa rr stn succ po box
    apt unit ste suite fl bazaar bazar circuit hill rise""".split()
)
_CIVIC = re.compile(r"#?\d{1,5}[a-z]?(?:[-/][a-z0-9]{1,4})?").fullmatch  # "12/a", "12-ii"
_NO_NUMBER = frozenset("s/n snc s.n.c. sn".split())  # "sin número", "senza numero civico"

_POSTCODE = re.compile(
    # India Post glues the PIN to its town: "kochi-682 040"
    r"(?i)(?:(?<![\w-])|(?<=[a-z]-)(?=[1-9]\d{2} ?\d{3}(?!\d)))(?:[dfia]-)?(?:"
    r"[abceghj-nprstvxy]\d[abceghj-nprstv-z] ?\d[abceghj-nprstv-z]\d|"  # Canada Post
    r"[a-z]{1,2}\d[a-z\d]? \d[abd-hjlnp-uw-z]{2}|"  # Royal Mail
    r"(?:[acdefhknprtvwxy]\d\d|d6w) ?(?=[0-9acdefhknprtvwxy]{0,3}[a-z])(?=[a-z]{0,3}\d)"
    r"[0-9acdefhknprtvwxy]{4}|"  # Eircode with letters and digits in its identifier
    r"\d{5}-\d{3}|"  # CEP
    r"\d{5}-\d{4}|"  # ZIP+4
    r"(?:(?<=\b(?:nsw|vic|qld|tas|act) )|(?<=\b(?:nsw|vic|qld|tas|act), )|"
    r"(?<=\b(?:sa|wa|nt) )|(?<=\b(?:sa|wa|nt), ))\d{4}|"  # Australia Post, after its state
    r"(?!(?:19|20)\d\d )[1-9]\d{3} ?(?P<nl>(?-i:[a-z]{2}))|"  # PostNL (a year is not one)
    r"\d{5}|[1-9]\d{2} ?\d{3}"  # 5 digits (Europe, USA), India Post's PIN
    r")(?![\w-]|[.,]\d| ?\d)(?<!\d \d{3} \d{3})(?<!\d \d{5})"  # not inside a phone number
)
# State, province and territory codes: the word before a postcode, never a stop word there.
# Two lower-case letters after four digits that are words, not a PostNL code ("3000 by").
_NOT_NL = frozenset(
    """by to in on at is of or an as be do go he if it me my no so up us we am de en op te om er
    ik je la le et il es el da di ce se du un ne al na em ao um ou zu im ab ob sa sd ss nu ja zo
    ze wo pm ok""".split()
)
# Lower-case pairs that are no PostNL code, typed after a number: those words, and sizes and
# units ("1200 xl", "500 mb", "3 kg").
NOT_NL_PAIRS = _NOT_NL | frozenset(
    """xl xs ml cl dl kw hp mb gb kb tb km cm mm kg lb ft hz am pm ms mw gw""".split()
)
_STATES = frozenset(
    """al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh
    nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy ab bc mb nb nl ns nt nu on pe
    qc sk yt nsw vic qld tas act sa""".split()
)
_DIGIT = re.compile(r"\d").search
_CODE_LEAD = re.compile(
    r"(?:[,\n–-]|\b(?:" + "|".join(sorted(_STATES, key=len, reverse=True)) + r"),?)[ \t]*$"
).search
_PHONE_BEFORE = re.compile(r"[+(]\d[\d() -]*$|\d+[ -]\d+[ -]$").search
_TOKENS = re.compile(r"[^\s,;]+")
# Words that end the walk back: they introduce an address or belong to the sentence around it.
_STOP = frozenset(
    """to at in on is are was were we i my our you your me us it this that and or but so for
    from with near by of into onto se sind wir ist bei nach zu à au aux chez est sommes
    nous vers en em na no para sono siamo a al es estamos ons zijn naar op""".split()
)
_MAX_TOKENS = 12
# Street and unit words of four letters or more (shorter ones are common words or letters),
# as keywords: where one is written in lower case, a lower-case address may follow.
prefilter.register(
    "street_word", {w for w in STREET_WORDS | UNIT_WORDS if len(w) >= 4 and w.isalpha()}
)


# Deutsche Post and PostNL street lines typed in lower case or capitals, without a postcode:
# a compound ("holunderpfad 52", "KEIZERSGRACHT 12") or an "-er" adjective and a type word
# ("frankfurter weg 75b", "DESSAUER DAMM 165"). "ring", "hof", "markt" are left out: English
# and German prose end in them ("string 2", "bahnhof 3 mal").
_DE_TYPES_LOWER = "straße|strasse|str\\.|weg|platz|allee|gasse|damm|ufer|chaussee|steig|pfad"
_DE_TYPES_UPPER = _DE_TYPES_LOWER.upper() + "|STRAßE"  # "straße".upper() is "STRASSE"
_NL_TYPES_LOWER = "straat|laan|gracht|plein|kade|dijk|steeg|dreef|singel"
_DE_LINE = re.compile(
    rf"(?<![\w-])(?:(?P<adj>[a-zäöüß]{{3,}}er) (?:{_DE_TYPES_LOWER})|"
    rf"(?P<ADJ>[A-ZÄÖÜ]{{3,}}ER) (?:{_DE_TYPES_UPPER})|"
    rf"[a-zäöüß]{{2,}}(?:{_DE_TYPES_LOWER}|{_NL_TYPES_LOWER})|"
    rf"[A-ZÄÖÜ]{{2,}}(?:{_DE_TYPES_UPPER}|{_NL_TYPES_LOWER.upper()}))"
    r" (?P<num>\d{1,4})(?: ?[a-zA-Z]\b)?(?: ?[-/] ?\d{1,4}[a-z]?)?(?![\w.,]\d|[\w-])"
)
# "-er" words that are prose, not a street's adjective ("immer weg 5", "unser platz 2").
_NOT_ADJECTIVES = frozenset(
    """unser unserer euer eurer ihrer seiner meiner deiner keiner einer jeder dieser jener aber
    oder immer weiter wieder hinter unter über später vorher nachher danach""".split()
)


def _german_lines(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for lower-case and all-caps German and Dutch street lines near ``spans``."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, spans, before=40, after=20)
    for m in prefilter.finditer_in(_DE_LINE, text, regions):
        adj = m.group("adj") or m.group("ADJ")
        if adj and adj.lower() in _NOT_ADJECTIVES:
            continue
        if is_year(m.group("num")) or UNIT_AFTER.match(text, m.end()):
            continue
        if COUNTED_AFTER.match(text, m.end()):
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits


# USPS, Royal Mail and Australia Post street lines typed in lower case without a postcode:
# "4025 juniper ct", "8880 e hawthorne ter", "103 bottlebrush circuit, paddington". Only
# suffixes that are no common noun of prose after a count ("3 ways", "2 views" stay).
_EN_SUFFIXES = (
    "street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|terrace|ter|tce|"
    "crescent|cres|parkway|pkwy|highway|hwy|circuit|cct|grove|gr|close|cl|parade|pde|mews|"
    "place|pl|esplanade|esp"
)
_EN_LINE = re.compile(
    r"(?<![\w.,/-])(?P<num>\d{1,5}[a-z]?)(?:/\d{1,4})? (?:[nsew] |north |south |east |west )?"
    r"(?P<name>[a-z][a-z'-]{2,}(?: [a-z][a-z'-]{2,})?) "
    rf"(?:{_EN_SUFFIXES})\b\.?(?! ?\w*\d)(?=[ \t]*(?:$|[,\n;!?)]|\.(?:\s|$)))"
)
# Words that make "12 main st" prose when they are its name ("3 more rd", "2 big dr").
_NOT_EN_NAMES = frozenset("more less big small the and for per new old few many".split())


def _english_lines(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for lower-case number-first street lines ending their line or clause."""
    hits: list[Hit] = []
    regions = prefilter.windows(text, spans, before=40, after=6)
    for m in prefilter.finditer_in(_EN_LINE, text, regions):
        if is_year(m.group("num")) or m.group("name").split()[0] in _NOT_EN_NAMES:
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits


# PostNL street names ending in -wal, -burg, -markt, -state ("Keizerswal 49-1", "Nassauburg
# 1bis", "Wilhelminamarkt 286 hs"): "-burg" and "-markt" are also German and Dutch towns and
# words ("Hamburg 2-1"), so these need PostNL's own house-number additions (bis, hs, -III).
_NL_LINE = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]{3,}|[A-Z]{4,})(?P<end>wal|WAL|burg|BURG|markt|MARKT|state|STATE) "
    r"(?P<num>\d{1,4})(?P<add> ?(?i:bis|hs)\b|[A-Z]?-(?:[IVX]{1,4}|\d{1,3})\b|[A-Z]\b)?"
    r"(?![\w-]|[.,]\d)"
)
_NOT_NL_WAL = frozenset("renewal withdrawal".split())
_NL_ENDS = ("wal", "burg", "markt", "state", "WAL", "BURG", "MARKT", "STATE")  # of ``_NL_LINE``


def dutch_lines(text: str) -> list[Hit]:
    """ADDRESS hits for PostNL streets in -wal, -burg, -markt, -state (``street_types`` calls
    it for every text with a digit; an ending must stand right before a blank and a digit, which
    is read at the text's few such blanks, ``address_anchors``, instead of eight scans)."""
    hits: list[Hit] = []
    if not spaced_number_after(text, _NL_ENDS):
        return hits
    for m in _NL_LINE.finditer(text):
        add = m.group("add") or ""
        end = m.group("end").lower()
        if end != "wal" and not add.strip(" -").isalpha():
            continue  # "Hamburg 12", "Supermarkt 24": no PostNL addition
        if m.group().split(" ")[0].lower() in _NOT_NL_WAL or is_year(m.group("num")):
            continue
        hits.append(("ADDRESS", m.start(), m.end()))
    return hits


def find_lowercase_addresses(
    text: str, street_spans: list[tuple[int, int]], compounds: list[tuple[int, int]]
) -> list[Hit]:
    """ADDRESS hits for lower-case addresses ending in a postcode near a street word (keyword
    spans) or a compound street's house number (``compounds``), and German and Dutch street
    lines typed in lower case or capitals."""
    hits: list[Hit] = []
    german: list[tuple[int, int]] = []
    english: list[tuple[int, int]] = []
    near: list[tuple[int, int]] = []
    for s, e in street_spans:  # one pass: each keyword is sliced and its case read once
        word = text[s:e]
        lower = word.islower()
        if (lower or word.isupper()) and _DIGIT(text, e, e + 14):
            german.append((s, e))
        if not lower:
            continue
        if _DIGIT(text, s - 40, s):
            english.append((s, e))
        if (_known(word) or " " in word) and _DIGIT(text, e, e + 110):  # "an der", "po box"
            near.append((s, e))
    if german or compounds:
        hits += _german_lines(text, sorted(german + compounds))
    if english:
        hits += _english_lines(text, english)
    if compounds:
        near = sorted(near + compounds)
    if not near:
        return hits
    regions = prefilter.windows(text, near, before=0, after=110)
    for m in prefilter.finditer_in(_POSTCODE, text, regions):
        if m.group("nl") in _NOT_NL or UNIT_AFTER.match(text, m.end()):
            continue  # "3000 by Friday", "20000 users"
        if _PHONE_BEFORE(text, max(0, m.start() - 16), m.start()):
            continue  # "Ring +55 11 94279-7099": the tail of a phone number
        code = m.group()
        if (
            len(code) == 5
            and code.isdigit()
            and not _CODE_LEAD(text, max(0, m.start() - 8), m.start())
        ):
            continue  # five digits follow a comma, a line break or a state ("ticket 28013")
        # a code with letters (Canada Post, Royal Mail, Eircode) needs no house number
        start = _walk_back(
            text,
            m.start(),
            lettered=not m.group()[-1].isdigit()
            or (m.group()[:1].isalpha() and m.group("nl") is None),
        )
        if start is not None:
            hits.append(("ADDRESS", start, m.end()))
    return hits


def _walk_back(text: str, end: int, *, lettered: bool) -> int | None:
    """Start of the street line before a postcode at ``end``, or None without one: the line
    needs a street or unit word and, unless the postcode has letters, a house number."""
    lo = max(0, end - 140)
    tokens = list(_TOKENS.finditer(text, lo, end))
    if lo and tokens and tokens[0].start() == lo:
        tokens = tokens[1:]  # cut in the middle of a word
    start = None
    number = street = False
    named = 0  # plain words kept before a street type ("mill lane"), at most two
    scan = list(reversed(tokens[-_MAX_TOKENS:]))
    for i, tok in enumerate(scan):
        word = tok.group()
        bare = word.strip("()").lower()
        if word[-1] in ".!?:" and not (_known(bare.rstrip(".")) or bare == "co."):
            break  # a sentence end, not an abbreviation
        if (bare in _STOP and not (i == 0 and bare in _STATES)) or bare.startswith(
            ("#", "@", "http")
        ):
            break
        if "\n\n" in text[tok.end() : end]:
            break
        folded = bare.rstrip(".")
        if named and start is not None:
            # after the street type: the name words of "mill lane", "berliner allee"
            if named > 2 or "," in text[tok.end() : start] or "\n" in text[tok.end() : start]:
                named = 0
            elif not (HOUSE_NUMBER(bare) or _known(folded)):
                start = tok.start()
                named += 1
                continue
        if HOUSE_NUMBER(bare) or _CIVIC(bare) or bare in _NO_NUMBER:
            number = True
            start = tok.start() + len(word) - len(word.lstrip("(\"“«'"))
            named = 0
        elif folded in UNIT_WORDS and folded not in STREET_WORDS:
            continue  # "apt 5", "floor 3": part of the line, not what makes it a street
        elif (
            folded in STREET_WORDS
            or folded in _MORE_STREET_WORDS
            or folded.endswith(COMPOUND_ENDINGS_IN_BLOCK)
        ):
            street = True
            start = tok.start() + len(word) - len(word.lstrip("(\"“«'"))
            named = 1
    return start if street and (number or lettered) else None


def _known(word: str) -> bool:
    return (
        word in STREET_WORDS
        or word in UNIT_WORDS
        or word in _MORE_STREET_WORDS
        or word in ABBREVIATIONS
        or word.endswith(COMPOUND_ENDINGS_IN_BLOCK)
    )
