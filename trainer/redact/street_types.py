"""Street lines led by a street type or its postal abbreviation, and Indian house lines.

The abbreviations are the national posts' own: La Poste (AFNOR XP Z10-011: bd, boul., av., r.,
pl., chem., rte, imp., all., crs, fg, prom.), Correos (C/, Cl., Avda., Pza., Pº, Ctra., Rda.,
Trav., Gta., Pje., Urb., Rbla.), Poste Italiane (V., V.le, P.za, P.le, C.so, Vic., V.lo, L.go,
C.da, B.go, Fraz.), Correios (Av., Al., Tv., Pç., Estr., Rod., Qd.). A type counts only with a
house number, before the type ("12 bis rue des Lilas", "17 boul. Saint-Michel") or after the
name ("C/ Mayor, 12", "via Mazzini 10"), and a capitalised name; floor, door and staircase
parts after it go too ("3º izq.", "int. 4", "scala B", "km 12").

India Post: a house line ("Flat No. 302", "Plot 9", "H.No. 12-3-456", "B-204") followed by
lines that name a building, road or area ("Sai Residency, 14th Cross, Koramangala").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.address_lower import dutch_lines
from trainer.redact.address_numbers import residence_before
from trainer.redact.address_words import (
    ROMANCE_TYPES,
    TYPE_ABBREVIATIONS,
    abbreviation_pattern,
    month_after,
)
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import longest_first
from trainer.redact.member_lists import word_list
from trainer.redact.quantities import COUNTED_AFTER, is_year

# Every abbreviation of ``address_words.TYPE_ABBREVIATIONS``, in any case.
_ABBREVIATED = abbreviation_pattern(list(TYPE_ABBREVIATIONS))
# Whole words that are not English, in any case ("calle", "CALLE", "Calle"): the shared
# Romance types (``address_words.ROMANCE_TYPES``) and these.
_OWN_WORDS = tuple(
    """esplanade ronda pasaje rambla corso largo strada lungomare borgo salita traversa alameda
    località frazione fondamenta circonvallazione piazzetta vico viottolo stradone discesa
    bastioni rampa avinguda passatge travessera carreró bulevar jirón
    calzada privada andador circuito prolongación praceta calçada beco""".split()
)  # Correos de México (calzada, privada, andador, circuito), CTT (praceta, calçada, beco)
_WORDS = "|".join(ROMANCE_TYPES + _OWN_WORDS)
# Types of the type-first languages from libpostal that the lists here lack ("Camí", "Plaça",
# "Praza", "Jalan", "Calea"; ``build_street_types_libpostal``): capitalised or in capitals only,
# and like every type here with a capitalised name and a house number.
LIBPOSTAL_TYPES = frozenset(
    line.split(" ")[0] for line in word_list("street_types_libpostal.txt")
)
_LIBPOSTAL = "|".join(
    longest_first({form for w in LIBPOSTAL_TYPES for form in (w.capitalize(), w.upper())})
)
# La Poste types that are also English or French words ("parc", "villa", "mail", "cité"):
# only after a house number ("23B parc des Orfèvres", "86 ter Mail Paul-Bert").
_AFTER_NUMBER = r"parc|villa|mail|cité|rond-point|square|passage|hameau|clos|résidence|domaine"
# Words that are also English or Italian prepositions: capitalised or all-caps only ("Via
# Roma 12", "VIA VERDI 7"; not "via Zoom 2 days ago").
_CAPITALISED = (
    r"Via|VIA|via|V\.|Place|PLACE|Avenue|AVENUE|Route|ROUTE|Quai|QUAI|Cours|COURS|Plaza|PLAZA|"
    r"Galleria|GALLERIA|Rotonda|ROTONDA|Campo|CAMPO|Riva|RIVA|Ruga|RUGA|"
    r"Pista|PISTA"  # Managua's trunk roads ("Pista Suburbana"); in prose a track or a clue
)
_PARTICLE = (
    r"(?:de|del|della|delle|dello|dei|degli|di|da|dal|dalla|do|dos|das|du|des|la|le|les|el|"
    r"los|las|l'|d'|dell'|l’|d’|dell’|y|e|et|sur|sous|aux|au|en|an|am|der|a)"
)
# Swiss Post and bpost write these in lower case before the name's particle ("route de
# Berne 12", "avenue du Lac 3"): no English "route" or "avenue" is followed by "de"/"du".
_FRENCH_BEFORE_PARTICLE = r"(?:route|avenue)(?=[ \t](?:de|du|des|d['’]))"
# Correos' "plaza" in lower case before its article ("plaza del Carmen, 4"): no English plaza.
_SPANISH_BEFORE_PARTICLE = r"plaza(?=[ \t](?:del|de[ \t]la|de[ \t]los|de[ \t]las)[ \t])"
# A street named for a date ("Calle 5 de Mayo 12"): the day, "de", the month's capital.
_DATE_NAME = r"(?:\d{1,2}\sde\s(?=[A-ZÀ-Þ]))?"
# (no digit inside a word: "HT6140" after the town on the next line is Poste Haïti's code)
_NAME_WORD = (
    r"(?:[A-ZÀ-Þ](?:[^\W\d]|['’.-])*(?![\w'’.-])|(?:[ldLD]|dell)['’][A-ZÀ-Þ][\w'’-]*|[IVX]{1,4}\b)"
)
# "12", "12a", "12-14", "12/A" (Poste Italiane's interior letter), "12 bis".
_HOUSE = r"\d{1,4}[a-zA-Z]?(?:[-/](?:\d{1,4}[a-zA-Z]?|[A-Za-z]\b))?(?:\s(?i:bis|ter|quater)\b)?"
# Floor, door, staircase, interior and kilometre parts (Correos, Poste Italiane, La Poste).
_UNIT_PART = (
    r"(?:,?\s(?:(?i:int\.?|interno|scala|sc\.|piano|esc\.?|escalera|piso|puerta|pta\.?|bajo|"
    r"izq(?:da)?\.?|dcha?\.?|apto\.?|apt\.?|ap\.|apartamento|depto\.?|dpto\.?|departamento|sala|"
    r"bloco|casa|lote|ste\.?|suite|unit|"
    r"bât\.?|bâtiment|appt\.?|étage|porte|hs|huis|bus)(?:\s?#?\s?[\wº]{1,4}\b\.?)?|"
    # CTT writes the floor "8.º" and the side "Esq." (esquerdo) or "Dto." (direito)
    r"\d{1,2}\.?\s?[ºª°oa]\.?(?:\s?(?:[A-Z]\b|izq(?:da)?\.?|dcha?\.?|dr(?:ta)?\.?|"
    r"(?i:esq|dto|frente)\b\.?))?))"
)
_TYPED_STREET = re.compile(
    rf"(?<![\w/.-])(?:(?P<num>{_HOUSE}(?:\s?(?i:bis|ter|quater)\b)?),?\s)?"
    rf"(?P<type>(?i:{_ABBREVIATED})|(?i:{_WORDS})\b|(?:{_CAPITALISED})(?=\s)|"
    rf"(?i:{_AFTER_NUMBER})(?=\s)|{_FRENCH_BEFORE_PARTICLE}|{_SPANISH_BEFORE_PARTICLE}|"
    rf"(?:{_LIBPOSTAL})\.?(?=\s))\s?"
    rf"(?P<name>{_DATE_NAME}(?:(?i:{_PARTICLE})\s){{0,3}}{_NAME_WORD}"
    rf"(?:\s(?:(?i:{_PARTICLE})\s){{0,3}}{_NAME_WORD}){{0,5}})"
    # "12", "n. 12", "civ. 12", "snc" (senza numero civico), "s/n" (sin número)
    rf"(?:,?\s(?:(?i:n[º°o]\.?|nr\.?|km|n\.|civ\.|civico)\s?)?"
    rf"(?P<after>{_HOUSE}|(?i:snc|s\.n\.c\.|s/n)(?!\w))(?![\w%€$£°]|[.,/-]\d))?"
    rf"(?P<unit>{_UNIT_PART}{{0,3}})"
)
# A post typed in lower case ("c/ sierpes, 60, bajo", "rua bento gonçalves, 918, apto 944"):
# types that are not also common words of prose ("corso", "largo", "ronda" are courses, widths
# and rounds), a lower-case name of one to three words and a house number.
_LOWER_TYPES = (
    r"c/|avda\.|pza\.|ctra\.|trav\.|rue|allée|chemin|impasse|calle|carrer|avinguda|avenida|"
    r"paseo|passeig|carretera|travesía|glorieta|callejón|viale|piazza|vicolo|rua|alameda|"
    r"travessa|praça|estrada|rodovia|via"
)
_LOWER_WORD = r"[a-zß-ÿ][\w'’-]+"
_LOWER_TYPED = re.compile(
    rf"(?<![\w/.-])(?P<type>{_LOWER_TYPES})\s?"
    rf"(?P<name>(?:{_PARTICLE}\s){{0,3}}{_LOWER_WORD}(?:\s(?:{_PARTICLE}\s){{0,2}}{_LOWER_WORD}){{0,2}})"
    rf",?\s(?:(?:n[º°o]\.?|nr\.?|n\.)\s?)?(?P<after>{_HOUSE}|s/n|snc)(?![\w%€$£°]|[.,/-]\d)"
    rf"(?P<unit>{_UNIT_PART}{{0,3}})"
)
# La Poste's number-first line typed in lower case ("au 22 rue nationale", "12 bis allée des
# pins"): the types that are no English or prose word, one or two name words after particles.
_FRENCH_LOWER_TYPES = frozenset(
    "rue allée allee impasse chemin boulevard bd avenue quai ruelle faubourg sentier "
    "venelle".split()
)
_LOWER_NUMBER_FIRST = re.compile(
    r"(?<![\w/.,-])(?P<num>\d{1,4}(?:[ \t]?(?:bis|ter)\b)?),?[ \t]"
    rf"(?:(?:{'|'.join(sorted(_FRENCH_LOWER_TYPES - {'avenue'}))})[ \t]"
    # "avenue" only before a particle: not "2 avenue ideas"
    rf"(?:{_PARTICLE}[ \t]?){{0,3}}|avenue[ \t](?:{_PARTICLE}[ \t]?){{1,3}})"
    rf"(?!{_PARTICLE}\b){_LOWER_WORD}(?:[ \t](?!{_PARTICLE}\b){_LOWER_WORD})?"
    r"(?=[ \t]*(?:$|[\r\n,.;:!?)(]|[ \t](?:à|a|au|dans|en|près|pres|chez|et)\b|[ \t]\d))"
)
# "via email 3", "via zoom 2 days ago": after lower-case "via" the number must end the line.
_VIA_END = re.compile(r"[ \t]*(?:$|[\n,;!?)]|\.(?:\s|$))").match
_NOT_VIA_NAMES = frozenset(
    """email mail e-mail zoom slack teams phone telefono whatsapp bus train treno metro api
    github gitlab dm dms sms link chat app web pec posta""".split()
)


def _lowercase_streets(text: str, regions: list[tuple[int, int]]) -> list[Hit]:
    """ADDRESS hits for lower-case typed streets with a house number."""
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_LOWER_TYPED, text, regions):
        after = m.group("after")
        if _YEAR(after) or _QUANTITY_AFTER(text, m.end("after")):
            continue
        if m.group("type") == "via" and (
            m.group("name").split()[0] in _NOT_VIA_NAMES or not _VIA_END(text, m.end())
        ):
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in " ,":
            end -= 1
        hits.append(("ADDRESS", m.start(), end))
    return hits


# After "Via Email 2" or "Place Vendôme 12", a counted noun makes the number a quantity.
_QUANTITY_AFTER = COUNTED_AFTER.match
_NUMBER_FIRST = frozenset({"r.", "R.", "all.", "pl.", "al.", "Al."})
_ENGLISH_LIKE = frozenset("via place avenue route quai cours plaza".split())
prefilter.register(
    "street_abbr",
    {
        *"""boul bd bld av ave pl chem rte imp crs fg prom c cl avda pza po ctra rda trav trva
        gta cno pje psje urb rbla blvr cta vic fraz al tv pc pca estr rod lgo qd rue allee
        boulevard chemin impasse ruelle faubourg sentier esplanade calle carrer avenida paseo
        passeig carretera ronda travesia glorieta camino callejon pasaje rambla viale piazza
        piazzale corso vicolo largo strada contrada lungomare borgo salita traversa rua alameda
        travessa praca estrada rodovia via v place avenue route quai cours plaza r loc localita
        frazione lungotevere fondamenta circonvallazione piazzetta vico viottolo stradone
        discesa bastioni rampa galleria rotonda campo riva ruga avinguda passatge
        travessera parc villa mail cite rond point square passage hameau clos residence
        domaine bulevar jiron jr bv calzada privada andador circuito prolongacion praceta
        calcada beco pista""".split(),
        "v le",
        "v lo",
        "p za",
        "p zza",
        "p le",
        "c so",
        "l go",
        "c da",
        "b go",
        "p o",
    },
)

# India Post house lines and the words that make the next lines a building, road or area.
_NUM_COMMA = re.compile(r"[0-9][A-Za-z]?, (?=[A-Z0-9])")
_HOUSE_TOKEN = re.compile(r"(?:[A-Z][A-Za-z]?-)?[0-9]{1,5}[A-Z]?(?:[-/][0-9]{1,5}[A-Z]?){0,3}$")
_HOUSE_LABEL = re.compile(
    r"(?<![\w.])(?:(?:Flat|House|H\.|Plot|Door|D\.|Shop|Site|Block|Bldg|Building|Qtr|Quarter)"
    r"\s?(?:No\.?|Number|#)?\s?|No\.\s?|#\s?)$",
    re.IGNORECASE,
)
# Road and area words (any house line) and building words (only after Flat/House/Plot ...:
# "No. 5, Block Party" is not an address).
_IN_AREA_WORDS = frozenset(
    """nagar colony layout sector phase enclave vihar puram bagh chowk gali marg road rd cross
    main street st lane salai residency apartments apartment society extension extn halli
    palya pet peth wadi mohalla chawl niwas nivas nilaya bazaar bazar sadan bhavan bhawan
    nilayam kunj vatika""".split()
)
_IN_BUILDING_WORDS = frozenset(
    """towers tower complex block wing floor market bazar bazaar park garden gardens villa
    villas heights plaza estate township""".split()
)
prefilter.register("street_libpostal", LIBPOSTAL_TYPES)  # capitalised: ``find_typed_streets``
prefilter.register("in_area", _IN_AREA_WORDS | _IN_BUILDING_WORDS | {"industrial area"})
_TOKEN = r"[A-Z0-9][\w'’()/-]*(?:\.(?=[ ,]))?"
_SEGMENT = re.compile(rf",?[ \t]?({_TOKEN}(?:[ \t](?:{_TOKEN}|(?:of|and)\b|&))*)")
# A Royal Mail, An Post or Canada Post code closes the address: a line ends with it.
_CLOSING_CODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[ACDEFHKNPRTVWXY]\d[\dW] ?[0-9ACDEFHKNPRTVWXY]{4}|"
    r"[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\w-])"
)
_AFTER_NOUN = re.compile(r"[A-Z][\w]*\s$").search
_YEAR = is_year  # also for "Via Rail 2024"


# Short keys that are street types only with their full stop or slash ("C/", "r.", "V.", "Tv.",
# "al."); bare, they are letters and words of prose ("v2", "plan C", "et al"), and each one
# opened a 136-character regex window.
_NEED_MARK = frozenset({"c", "r", "v", "tv", "al", "loc"})


def find_typed_streets(text: str) -> list[Hit]:
    """Street lines with a street type or abbreviation and a house number; Indian house
    lines followed by a building, road or area."""
    found = prefilter.keywords(text)
    hits: list[Hit] = []
    spans = [
        (s, e)
        for s, e in found.get("street_abbr", ())
        if (e - s > 2 or text[s:e].lower() not in _NEED_MARK or text[e : e + 1] in "./")
        and (text[s:e].lower() not in _AFTER_NUMBER_KEYS or _HAS_DIGIT(text, max(0, s - 10), s))
    ]
    # libpostal's types: capitalised, with a digit after them ("Camí de la Grau, 62")
    spans += [
        (s, e)
        for s, e in found.get("street_libpostal", ())
        if text[s].isupper() and _HAS_DIGIT(text, e, e + 90)
    ]
    if " all. " in text:  # "9 all. des Tilleuls": "all" itself is too common to be a keyword
        spans = sorted([*spans, *_allee(text)])
    if spans:
        regions = prefilter.windows(text, spans, before=16, after=120)
        for m in prefilter.finditer_in(_TYPED_STREET, text, regions):
            if _typed_ok(text, m):
                end = m.end()
                while end > m.start() and text[end - 1] in " ,":
                    end -= 1
                hits.append(("ADDRESS", m.start(), end))
        lower = [(s, e) for s, e in spans if text[s:e].islower() and prefilter.has_digit(text)]
        if lower:
            hits += _lowercase_streets(text, prefilter.windows(text, lower, before=0, after=90))
            french = [(s, e) for s, e in lower if text[s:e] in _FRENCH_LOWER_TYPES]
            if french:
                regions = prefilter.windows(text, french, before=14, after=60)
                hits += [
                    ("ADDRESS", m.start(), m.end())
                    for m in prefilter.finditer_in(_LOWER_NUMBER_FIRST, text, regions)
                    if not _YEAR(m.group("num").split()[0])
                ]
    hits += dutch_lines(text)
    if "in_area" in found:  # a road, area or building word: look for house lines before it
        regions = prefilter.windows(text, found["in_area"], before=160, after=0)
        hits += _indian_house_lines(text, regions)
    return hits


def _allee(text: str) -> list[tuple[int, int]]:
    """Spans of "all." right after a house number (La Poste's abbreviation of allée)."""
    spans = []
    # " all. " with its space, so "small. " is skipped in C
    pos = text.find(" all. ", 1)
    while pos != -1:
        if text[pos - 1].isdigit():
            spans.append((pos + 1, pos + 5))
        pos = text.find(" all. ", pos + 6)
    return spans


def _typed_ok(text: str, m: re.Match[str]) -> bool:
    """A capitalised name and a house number that is not a quantity ("Via Zoom 2 days") nor the
    day of a date ("POINT HEBDO 7 septembre")."""
    # the name's first capital may follow an elided article ("via dell'Orto 5")
    if not any(w[:1].isupper() or _ELIDED_CAPITAL(w) for w in m.group("name").split()):
        return False
    if m.group("after") and month_after(text, m.end("after")):
        return False
    kind = m.group("type")
    if kind.lower() == "jr." and _NAME_BEFORE(text, max(0, m.start() - 30), m.start()):
        return False  # "Robert Downey Jr. Iron Man 3": a name's suffix, no jirón
    if kind.lower() in _AFTER_NUMBER_SET:
        return _french_numbered(m)
    if m.group("num"):
        # "km 12 carretera a León": a highway's kilometre post, no house number
        return _KM_BEFORE(text, max(0, m.start() - 5), m.start()) is None
    after = m.group("after")
    if m.group("type") == "Al." and after and not _YEAR(after):
        # Correios' "Al. Santos, 1200", "Al. Jaguaribe, s/n": Alameda, the number after a comma
        return "," in m.string[m.end("name") - 1 : m.start("after")]
    if m.group("type") in _NUMBER_FIRST:  # "8 r. de la Paix", never "R. Kelly 2"
        return False
    if not after:
        # Central America numbers the house, not the street ("Carretera a Masaya, casa 39",
        # "Pista Suburbana, casa #12")
        return _HOUSE_UNIT(m.group("unit")) is not None
    if (
        _YEAR(after)
        and not m.group("unit")
        and "," not in text[m.end("name") - 1 : m.start("after")]
        and not residence_before(text, m.start())  # "Mi dirección: Calle X 1985"
    ):
        return False  # "Piazza Affari 2024: i migliori titoli" (a year; "Via Roma, 2024" stays)
    kind = m.group("type")
    if kind.lower() not in _ENGLISH_LIKE and (kind[0].isupper() or kind.endswith((".", "/"))):
        return True  # "Calle Mayor 5", "Pza. Mayor 1", "c/ del Pez 4"
    # "via Mazzini 10", but not "via Zoom 2 days", "corso Python 3 volte", "Via Rail 2024"
    return not _QUANTITY_AFTER(text, m.end("after")) and not _YEAR(after)


_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*,?[ \t]$").search
_KM_BEFORE = re.compile(r"(?<![\w-])(?i:km)\.?[ \t]?$").search
_HOUSE_UNIT = re.compile(
    r",[ \t](?i:casa|lote)[ \t]?(?:#|n[º°o]\.?)?[ \t]?\d{1,4}[A-Za-z]?\b"
).match
_ELIDED_CAPITAL = re.compile(r"(?:[ldLD]|dell|all|sull|nell|dall)['’][A-ZÀ-Þ]").match
_AFTER_NUMBER_SET = frozenset(_AFTER_NUMBER.split("|"))
# Their keywords ("mail" of "e-mail", "square", "passage"): a window only after a house number.
_AFTER_NUMBER_KEYS = frozenset(
    "parc villa mail cite square passage hameau clos residence domaine".split()
)
_HAS_DIGIT = re.compile(r"\d").search
_FRENCH_PARTICLES = frozenset("de des du la le les l' d' l’ d’".split())


def _french_numbered(m: re.Match[str]) -> bool:
    """La Poste's "23B parc des Orfèvres": a house number first; a capitalised type ("12 Square
    Garden", "2 Villa Park") also needs a letter, bis or ter on the number or a particle."""
    num = m.group("num")
    if not num or _YEAR(num):
        return False
    kind = m.group("type")
    first = m.group("name").split()[0].lower()
    if not num.isdigit() or first in _FRENCH_PARTICLES or _CODE_AFTER(m.string, m.end()):
        return True  # "62B villa Mirabeau", "12 mail des Lilas", "112 Mail Pasteur, 31119 ..."
    english = kind.lower() in ("mail", "square", "passage", "villa")
    return not english and (kind.islower() or kind.isupper() and m.group("name").isupper())


_CODE_AFTER = re.compile(r",?\s\d{5}\s[A-ZÀ-Þ]").match


def _indian_house_lines(text: str, regions: list[tuple[int, int]]) -> list[Hit]:
    """ "Flat No. 302, Sai Residency, 14th Cross, Koramangala": a house number and a comma,
    then up to six lines of capitalised words of which one names a building, road or area."""
    hits: list[Hit] = []
    for m in prefilter.finditer_in(_NUM_COMMA, text, regions):
        comma = m.end() - 2
        lo = max(0, comma - 14)
        house = _HOUSE_TOKEN.search(text, lo, comma)
        # "#310, ...": India Post writes a flat or house number after "#" too
        if house is None or (house.start() and text[house.start() - 1] not in " \n(:#"):
            continue
        label = _HOUSE_LABEL.search(text, max(0, house.start() - 16), house.start())
        bare = label is None or label.group().strip() == "#"  # "#12" alone names no house
        lead = label.start() if label else house.start()
        if bare and (_YEAR(house.group()) or _AFTER_NOUN(text, max(0, lead - 24), lead)):
            continue  # "2024, ...", "Room 4, Floor 3", "Ticket #12, ..." (a numbered thing)
        start = label.start() if label else house.start()
        named = label is not None and label.group()[:1] not in "Nn#"  # Flat, House, Plot ...
        end, area, pos = comma, False, comma
        for _ in range(6):  # the building, road, area and city lines
            seg = _SEGMENT.match(text, pos)
            if seg is None or len(seg.group(1).split()) > 5:
                break
            words = seg.group(1).lower().replace(".", " ").split()
            area |= any(w in _IN_AREA_WORDS or (w in _IN_BUILDING_WORDS and named) for w in words)
            # India's industrial estates: "Plot 159, Peenya Industrial Area"
            area |= named and "industrial area" in " ".join(words)
            end, pos = seg.end(1), seg.end()
            if code := _CLOSING_CODE.search(text, seg.start(1), end):
                end = code.end()  # "Leeds LS1 4AP Our team": the next sentence is no line
                break
            if not text.startswith(",", pos):
                break
        if area:
            hits.append(("ADDRESS", start, end))
    return hits
