"""The words of addresses, in one place: street types, unit words, compound street endings and
the abbreviations that end in a full stop inside an address. ``addresses``, ``postal``,
``address_tail`` and ``address_lower`` import them, so a street type added for one locale
reaches every address rule.
"""

from __future__ import annotations

import re

from trainer.redact.names import word_list

# Words that make a line an address line even without a house number (flats, floors, boxes).
UNIT_WORDS = frozenset(
    """
    andar apartment apartments app appartamento apt apto bis bldg block bloco box bp building
    bureau bât bâtiment c/o casa cedex civ civico conjunto cp cs d.no door edificio escalera
    escalier fl flat floor gebäude h.no haus house hs huis int interno level lote lvl no
    palazzo piso plot po portal postbus quater residence residency rr résidence sala scala
    shop snc ste stn succ suite ter tower tsa unit wing
    col depto dpto fracc mza stiege stg tür bag r/c esq dto
    lok mieszkanie lgh lägenhet asunto krs kerros rappu daire blok
    """.split()  # Mexico: colonia, departamento, fraccionamiento, manzana; Austria: Stiege,
)  # Tür; Portugal: r/c (rés-do-chão), esq./dto. (door left/right); South Africa: Private Bag;
# Poczta Polska: lokal, mieszkanie; PostNord: lägenhet (lgh 1307); Posti: asunto, kerros,
# rappu (staircase); PTT: daire, blok.
# Unit words that are also prose words or letters ("as", "m", "d", "kat"): unit words only
# written with their full stop or colon ("as. 4", "m. 12", "D: 3", "Kat: 2").
MARKED_UNIT_WORDS = frozenset("as m d kat k".split())

# Street types and their postal abbreviations (USPS, Royal Mail, Australia Post, Canada Post,
# An Post, La Poste, Correos, Poste Italiane, Correios, Deutsche Post, PostNL, India Post), and
# the German prepositions that start a street name ("Am", "Zur").
STREET_WORDS = frozenset(
    """
    al alameda all allee allée am ascaill auf av avda ave avenida avenue b.go bagh bd blvd
    borgo boul boulevard bóthar c.da c.so c/ calle callejón camino camiño  carrer
    carretera cct cearnóg ch chem chemin chowk cir circonvallazione cité cl close colony
    contrada corso cote cours court cres crescent cross crs crt ct ctra côte damm dijk dr
    drive embankment enclave esp esplanade estr estrada faubourg fg fondamenta fraz gali
    galleria gardens gasse glorieta gr gracht  grove gta heights highway  hinter hwy
    im imp impasse kade l.go laan lane largo lawn lawns layout lgo lieu-dit ln loc localita
    località loop lungarno lungomare lungotevere main  marg mews montee montée nagar p.le p.za
    p.zza parade parc  pasaje paseo passage passeig pde phase piazza piazzale pje pkwy pl
    place platz plaza plein plás po praza praça prom promenade puram pza pº pç pça qd quai
    quay quays r rambla rang rbla rd rda ring  road rod rodovia ronda route row rte rua
    rue ruelle rúa salai salita sector sentier sq square sráid st str straat strada strasse
    straße street tce terr terrace trav traversa travessa travesía trl tv ufer unter urb v
    v.le v.lo venelle via viale vic vico vicolo viela  vihar voie vía walk way weg wharf
    zum zur
    bourg za zi zac zae grande-rue grand-rue
    privada cerrada calzada circuito andador prolongación retorno lände kai zeile beco calçada
    ul ulica aleja plac os osiedle rondo skwer bulwar
    mah mahalle mahallesi mh cad cadde caddesi cd sok sokak sokağı sk bulvar bulvarı blv bulv
    """.split()  # La Poste: "Le Bourg", "ZA des Pins" (zone d'activités), "5 Grande-Rue";
)  # Poczta Polska (ul., al., pl., os.); PTT (Mah., Cad., Sok., Blv.)
# German and Dutch street words written as one compound ("Lindenstraße", "Keizersgracht"):
# COMPOUND_ENDINGS anchor a street anywhere; the rest count only inside an address block.
COMPOUND_ENDINGS = tuple(
    """straße strasse str. weg platz allee gasse ring damm ufer chaussee steig pfad straat laan
    baan singel gracht plein kade dijk steeg dreef boulevard pad hof gürtel
    gurtel plantsoen burgwal""".split()  # "gurtel": "gürtel" folded (prefilter.folded)
)  # PostNL: "plantsoen" (a garden street) and "burgwal" name nothing but streets
# Swedish (Lantmäteriet's naming guide) and Finnish (the municipalities' street-name types)
# streets written as one word: "Rosenvägen", "Ekstigen", "Tervakatu", "Pajukuja". They
# name nothing but streets, so, as COMPOUND_ENDINGS, they anchor a street before a house number
# anywhere; the folded forms are what ``prefilter.folded`` gives ("vagen" for "vägen").
NORDIC_ENDINGS = tuple(
    """gatan vägen stigen gränd gränden backen torget gången stråket slingan avenyn
    katu tie kuja polku kaari rinne tori väylä ranta raitti aukio piha kaarre puistikko
    bulevardi""".split()
)
NORDIC_ENDINGS_FOLDED = tuple(
    dict.fromkeys(e.replace("ä", "a").replace("å", "a").replace("ö", "o") for e in NORDIC_ENDINGS)
)
COMPOUND_ENDINGS_IN_BLOCK = COMPOUND_ENDINGS + tuple(
    """str stieg markt graben zeile twiete winkel hang grund kamp koppel bogen haven
    kanaal gade vej gaten veien""".split()
) + NORDIC_ENDINGS  # Denmark, Norway: "Storgade", "Karl Johans gate" (in a block)


def english_ring(text: str, folded: str, start: int, end: int) -> bool:
    """``text[start:end]`` (``folded`` is its folded form) ends in "ring" as a dictionary word
    does ("Hiring", "Engineering", "During", "Spring": ``common_words.txt``), not as a ring road
    named after a place or a person ("Westring", "Kaiserring", "Goethering")."""
    if folded[end - 4 : end] != "ring":
        return False
    return folded[start:end] in word_list("common_words.txt")


# Abbreviations (street, unit, direction) whose full stop is no sentence end, and titles.
STREET_ABBREVIATIONS = frozenset(
    """
    all appt apt apto av avda ave bat bd bldg blvd blvr boul bur bât c chem civ cl cres ct
    ctra dcha dno dott dr e esc esq expy fl fraz ft gdns gral gta hno hwy imp int izq izqda jr
    km ln loc mt n ne no nr nw pde pkwy pl plza po prof prom psje pso pta pza pº r rbla rd rda
    res rte rés s se sq sr st sta ste sto str succ sw terr trav trva v vic w
    app col depto dpto fracc priv cda calz prol dto stg edif qta
    ul os lok mah mh cad cd sok sk blv bulv lgh krs
    """.split()
)
# (the Spanish military and civil titles of street names: "Avda. Mcal. López", "Cnel. Oviedo")
TITLE_ABBREVIATIONS = frozenset(
    "prof dott gral coronel cel dona mons card avv sra srta sr jr dept mcal cnel pdte sgto cdte "
    "gdor".split()
)
ABBREVIATIONS = STREET_ABBREVIATIONS | TITLE_ABBREVIATIONS

# Street types written before the name that are not English words: the type-first rules of
# ``address_romance`` and ``street_types`` both build their alternations from these, and each
# adds its own few.
ROMANCE_TYPES = tuple(
    """rue allée boulevard chemin impasse ruelle faubourg sentier calle carrer avenida paseo
    passeig carretera travesía glorieta camino callejón viale piazza piazzale vicolo contrada rua
    travessa praça estrada rodovia lungotevere""".split()
)
# The posts' abbreviations of street types as written (La Poste AFNOR XP Z10-011, Correos,
# Poste Italiane, Correios): a final "." is part of the abbreviation, a final "?" marks a full
# stop that may be left out, anything else is written without one.
_WRITTEN_ABBREVIATIONS = """
    boul? bd? bld? r. av. ave? pl. chem. rte? imp. all. crs? fg? prom. c/ cl. avda? pza? pº? po?
    p°? p.º p.o p.° ctra? rda? trav? trva? gta? cno? pje? psje? urb? rbla? blvr? cta. v.le v.lo
    p.za p.zza p.le c.so vic. l.go c.da b.go fraz. loc. al. tv. pç? pça? estr. rod. lgo. qd.
    bv. jr.
    """.split()  # bv.: bulevar (Correo Uruguayo, Correo Argentino); jr.: jirón (Serpost)
TYPE_ABBREVIATIONS = {
    form.rstrip(".?"): form[-1] if form[-1] in ".?" else "" for form in _WRITTEN_ABBREVIATIONS
}
_FULL_STOP = {".": r"\.", "?": r"\.?", "": ""}


def abbreviation_pattern(forms: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of the ``TYPE_ABBREVIATIONS`` ``forms``, each with its full stop."""
    return "|".join(re.escape(form) + _FULL_STOP[TYPE_ABBREVIATIONS[form]] for form in forms)


# Capital and small letters of street and place names in the languages we read (regex classes),
# one alphabet for every address rule: Latin-1, Polish, Czech and Slovak, Croatian and
# Slovenian, Hungarian (Ő, Ű), Turkish, Romanian.
CAPITALS = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻŠŽČÇĞİŞĎĚĹĽŇŔŘŤŮŐŰĐ"
LOWERCASE = "a-zß-öø-ÿąćęłńśźżšžčçğışďěĺľňŕřťůőűđ"
# With the Cyrillic capitals (Ѐ-Я, Serbian Ђ Ј Љ Њ Ћ Џ among them): Pošta Srbije, Makedonska
# pošta and Bulgarian Posts write the same "street number, postcode town" line in Cyrillic.
STREET_CAPITALS = CAPITALS + "Ѐ-Я"

# A house number's letter or ordinal suffix after its digits, as the posts write it: glued
# ("12A", "12a"), after a space, hyphen or slash ("12 A", "12-A", "12/a"), or the Latin ordinal
# ("12 bis", "12ter", "12 quater"). A spaced letter is a capital standing alone ("12 A, Baker
# Street"), so "12 a" (Spanish "to", Italian "at") is none. The house-number joins of the
# number-first rules (``addresses``, ``address_romance``) share it, so a comma after the letter
# ("12 A, Baker Street", "12 B, rue de la Paix") keeps the number with its street.
HOUSE_SUFFIX = (
    r"(?:[ \t]?(?:bis|ter|quater)\b|[ \t]?[-/][ \t]?[A-Za-z](?![\w'’])|[ \t][A-Z](?![\w'’-])|"
    r"[A-Za-z](?![\w'’]))"
)
# Canada Post: A1A 1A1, first letter not D F I O Q U W Z, other letters not D F I O Q U.
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"


def by_first_letter(words: list[str], *, ignore_case: bool = False) -> str:
    """``"|".join(words)`` with the words grouped under their first letter, order kept within
    a group: the regex engine tries one letter test per group instead of one per word (the
    ~400 suffixes were tried one by one after every street name candidate). Words with
    different first letters never match at one place, so the match is the same. Each word
    must start with a plain letter; ``ignore_case`` for words used inside ``(?i:...)``."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower() if ignore_case else word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(tails)})" for first, tails in groups.items())


def by_last_three(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``endings`` grouped under their last three characters, order kept within a group. A word
    before a house number is looked up by its own last three and compared with that group only:
    ``folded.endswith(endings, start, end)`` compares every ending, at every number of a post,
    though only an ending with the word's last three can end it. Each ending must have three
    characters or more (checked here)."""
    groups: dict[str, tuple[str, ...]] = {}
    for ending in endings:
        if len(ending) < 3:
            raise ValueError(f"ending {ending!r} is shorter than the three characters looked up")
        groups[ending[-3:]] = (*groups.get(ending[-3:], ()), ending)
    return groups


# Month names and their usual abbreviations (en, de, nl, fr, es, it, pt): a number right before
# one is a day of a date ("POINT HEBDO 7 septembre 2026", "Ring 3 März"), never a house number.
MONTHS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz maerz mai juni juli oktober dezember jän
    januari februari maart mei augustus
    janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre
    decembre janv févr fevr avr juil déc
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
    """.split()
)
_WORD_AFTER = re.compile(r"[ \t]?(?:de[ \t])?([^\W\d_]{3,})\b\.?").match


def month_after(text: str, pos: int) -> bool:
    """A month name follows the number that ends at ``pos`` ("7 septembre", "12 de maio")."""
    m = _WORD_AFTER(text, pos)
    return m is not None and m.group(1).lower() in MONTHS
