"""Places named after saints and rulers: the only names beside a place noun that are kept.

Schools, airports, museums, parks, squares, streets, hospitals and churches are named after
people in every language we redact, in three patterns (general knowledge of each language):
the place noun opens the name ("Colegio San Ignacio", "Kościół św. Anny", "Masjid Sultan
Salahuddin"), closes it ("King Fahd Hospital", "Saint Mary Institute"), or, in Nordic street
names, follows a genitive ("Sankt Olavs gate", "Kong Oscars gate").

A person's own name in such a place ("Museo Lucía Ferrán", "vicino al parco Giorgio Ferrante",
"Olav Brekke Institute") is no proof of a place: the same words put a person beside a place,
and the place carries a person's name; it is redacted (``place_keep``: fail closed). Only a
saint's or a ruler's title before the name keeps it (``place_titles``), and never with a house
number after it ("Iglesia San Juan 5" is an address, for the address rules), a role between the
noun and the name, a relative clause about a person after it, or a capitalised run that goes on
past the saint's name. Member names are matched by the member dictionary whatever stands
around them.
"""

from __future__ import annotations

import re

from trainer.redact.folding import fold
from trainer.redact.place_roles import ROLES as _ROLES
from trainer.redact.place_titles import name_words_kept, title_keeps, title_word

# Place nouns that open a place's name, folded (lower case, no accents), by language.
_OPENERS = frozenset(
    """
    aeropuerto aeroparque museo estadio colegio instituto escuela universidad liceo teatro
    parque plaza puente hospital biblioteca palacio iglesia catedral basilica estacion
    mercado metro auditorio monumento jardin polideportivo sanatorio glorieta fundacion fundacio
    fundacao fondazione fondation fundatia
    aeroporto museu escola universidade praca ponte igreja estacao ginasio
    stadio scuola istituto collegio universita parco piazza ospedale palazzo chiesa
    cattedrale stazione giardino
    aeroport musee stade ecole college lycee institut universite theatre parc pont hopital
    bibliotheque palais eglise cathedrale gare gymnase piscine mediatheque esplanade
    flughafen museum stadion schule gymnasium universitat theater krankenhaus klinikum
    bibliothek kirche bahnhof
    luchthaven lyceum instituut universiteit schouwburg plein brug ziekenhuis bibliotheek kerk
    lotnisko muzeum szkola gimnazjum technikum instytut uniwersytet akademia politechnika teatr
    plac szpital biblioteka palac kosciol katedra dworzec rondo
    letiste skola gymnazium univerzita divadlo namesti nemocnice knihovna kostel katedrala most
    nadrazi
    aeroportul muzeul stadionul scoala liceul colegiul institutul universitatea teatrul parcul
    piata podul spitalul palatul biserica catedrala gara ateneul centrul
    masjid surau taman jambatan sekolah universiti stesen dewan muzium menara istana dataran
    kolej perpustakaan stadium lapangan terminal
    bandara universitas stasiun gedung pelabuhan
    muzej sveuciliste gimnazija bolnica knjiznica kazaliste
    place avenue boulevard rue avenida rua paseo viale bulevar bulevardul
    """.split()
)
# Openers that are English words too ("after school", "in place", "the park"): only written
# with a capital.
_CAPITAL_ONLY = frozenset(
    "museum college school theater theatre gymnasium lyceum metro hospital stadium terminal "
    "place avenue boulevard".split()
)
# Adjectives that may stand between the noun and the person ("Teatrul Național ...",
# "Aeroporto Internazionale ...", "Stadion Miejski im. ..."), folded.
_ADJECTIVES = frozenset(
    """national nacional nazionale nationale nationaal narodowy narodowe narodni nationalt
    nasional nationala international internacional internazionale internationale
    internationaal internationala miedzynarodowy mezinarodni antarabangsa municipal
    municipale municipala miejski miejskie mestske regional regionale central centrale
    centralny publico publica publiczne memorial olimpico olympique olympic olimpijski
    universitario superior tecnico estatal federal provincial real reale royal
    podstawowa podstawowe ogolnoksztalcace zakladni tehnicki tehnicka technicky technicka
    technische technical""".split()
)
# Roles and job titles: a person working at the place, never its name (``place_roles``).
# A relative clause about a person right after the name ("Museum Lucía Ferrán, who curated
# it", ", que", ", qui", ", die"): the name is a person's, whatever stands before it.
_RELATIVE_AFTER = re.compile(
    r"[^,\n]{0,60},[ \t]+(?i:who|whom|que|quien|quienes|qui|die|der|welche|welcher|che|"
    r"wie|som|który|która|którzy|care)(?![^\W\d_])"
)

# Place nouns that close a place's name, folded (the hit's last word, or the word after it).
_TRAILERS = frozenset(
    """
    airport museum institute school academy college university stadium arena theatre theater
    library hospital bridge square gardens bay memorial planetarium observatory station inn
    tower monument cathedral mosque auditorium terminus
    institut stadion halle brucke schule bibliothek klinik klinikum krankenhaus flughafen
    zentrum kirche
    instituttet institutet museet lufthavn flygplats skole skolan gymnasiet stadionet parken
    kirke kirken kyrka kyrkan hallen teater teatret teatern biblioteket sykehus sjukhus
    universitet universitetet broen bron plads pladsen plass plassen torg torget torv torvet
    centret centrum
    instituutti koulu lukio kirjasto sairaala puisto silta kirkko lentoasema yliopisto
    teatteri tori halli
    egyetem repuloter iskola gimnazium korhaz konyvtar szinhaz
    merkezi parki koprusu hastanesi havalimani havaalani universitesi lisesi okulu koleji
    camii muzesi kutuphanesi stadyumu stadi meydani tiyatrosu salonu sarayi kosku aniti
    """.split()
)
# Nordic street and square nouns after a genitive -s ("Olav Brekkes gate"), folded.
_NORDIC_STREETS = frozenset(
    """gate gata gatan gade vei veien veg vegen vej vejen plass plassen plads pladsen torg
    torget torv torvet alle allee boulevard vag vagen straede strade grand granden""".split()
)
ADJECTIVES = _ADJECTIVES  # read by ``namesake_places``
TRAILERS = _TRAILERS
_PARTICLES = frozenset("de da do dos das del della di la le van von der den du i y e".split())


# Place nouns that are also common surnames in our locales ("Piazza", "Palacio", "Ponte",
# "Bay", "Bridge"): an opener among them counts only in lower case ("piazza Verdi": a noun),
# a closing one never ("Anna Michael Bay" may be a person).
_NAME_LIKE_OPENERS = frozenset(
    "palacio plaza piazza ponte puente mercado chiesa palazzo dewan jardin pont".split()
)
_NAME_LIKE_TRAILERS = frozenset("bay bridge arena station square tower inn halle".split())
_TRAILER_NOUNS = _TRAILERS - _NAME_LIKE_TRAILERS
_LEAD = "([\"'«„“¿¡"
_HOUSE_NUMBER = re.compile(r"[ \t]?\d")


def opens_place(word: str) -> bool:
    """``word`` is a place noun that opens a place's name ("Museo", "Aeroportul", "collège")."""
    key = fold(word)
    if key not in _OPENERS:
        return False
    if key in _NAME_LIKE_OPENERS:
        return word.islower()
    return word[:1].isupper() or word.lower() not in _CAPITAL_ONLY  # "collège" is no "college"


def place_before(text: str, start: int) -> bool:
    """The name that starts at ``start`` follows a saint's title, or a ruler's after a place
    noun, on its line ("Colegio San [Ignacio]", "Kościół św. [Anny]", "Masjid Sultan
    [Salahuddin]"; ``place_titles``). The hit may start inside the saint's name ("San Juan
    [Bosco]"). Never with a role between noun and name, more words of name after the title
    than a saint's one (a ruler's two after a place noun), a house number after it or a relative
    clause about a person after it."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - 60) : start]
    if not head.endswith((" ", "\u00a0")):
        return False
    words = [w.lstrip(_LEAD) for w in head.split()]
    i = len(words) - 1
    if i >= 0 and title_word(words[i]) is None:  # one word of the saint's name before the hit
        if not (words[i].isalpha() and words[i][:1].isupper()) or fold(words[i]) in _ROLES:
            return False
        i -= 1
    if i < 0 or (key := title_word(words[i])) is None:
        return False
    noun_before = _noun_before(words[:i])
    if not title_keeps(key, noun_before=noun_before, closed=False):
        return False
    # a saint's name is one given name ("San Ignacio"); a second capitalised word may be a
    # person after the title ("Colegio San Rosa Almonte", "St. John Smith"): not kept; a
    # ruler's after a place noun may have two ("Masjid Sultan Abu Bakar")
    return (
        _name_words(text, start) + (len(words) - 1 - i)
        <= name_words_kept(key, noun_before=noun_before)
        and not _number_after(text, start)
        and not _relative_after(text, start)
    )


def _noun_before(words: list[str]) -> bool:
    """A place noun ends ``words``, perhaps before up to two adjectives ("Colegio Nacional ...")."""
    i = len(words) - 1
    while i > 0 and len(words) - 1 - i < 2 and fold(words[i]) in _ADJECTIVES:
        i -= 1
    return i >= 0 and words[i].isalpha() and opens_place(words[i])


_NAME_WORD = re.compile(r"[ \t\u00a0]*(?P<word>[^\W\d_][\w'’-]*)")


def _name_words(text: str, pos: int) -> int:
    """How many capitalised words (particles not counted) run from ``pos`` on its line."""
    count = 0
    while (m := _NAME_WORD.match(text, pos)) is not None and count < 4:
        word = m.group("word")
        if word in _PARTICLES:
            pos = m.end()
            continue
        if not word[:1].isupper():
            break
        count += 1
        pos = m.end()
    return count


def _relative_after(text: str, start: int) -> bool:
    """A relative clause about a person follows the name ("... Lucía Ferrán, who curated it")."""
    return _RELATIVE_AFTER.match(text, start) is not None


def _titled(text: str, start: int, words: list[str]) -> bool:
    """The name ``words`` at ``start`` opens with a saint's or ruler's title, or follows one, and
    one word of name (two after a ruler's) stands between the title and the closing noun."""
    if (key := title_word(words[0])) is not None and len(words) > 1:
        return len(words) - 1 <= name_words_kept(key, noun_before=True)
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - 20) : start].split()
    if not head or (key := title_word(head[-1])) is None:
        return False
    return len(words) <= name_words_kept(key, noun_before=True)


def place_after(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` opens with a saint's or a ruler's title or follows one
    (``place_titles``), and a place noun closes it: its own last word or the next one ("King
    Fahd Hospital", "Saint Mary Institute"), or a Nordic street noun after a genitive ("Sankt
    Olavs gate", "Kong Oscars gate"). A person's own name so closed is no proof ("Olav Brekke
    Institute": ``place_keep``)."""
    words = text[start:end].split()
    if not words or len(words) > 4:
        return False
    closed_inside = len(words) > 1 and _trailer(words[-1])
    if not _titled(text, start, words[:-1] if closed_inside else words):
        return False
    if closed_inside:
        return not _number_after(text, end)
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group("word")
    if words[-1].endswith("s") and fold(word) in _NORDIC_STREETS:
        # "Sankt Olavs gate": not "... gate code", "Thanks to ... plass" (R3)
        return (
            _street_closes(text, m.end())
            and not _english_before(text, start)
            and not _number_after(text, m.end())
        )
    return _trailer(word) and not _number_after(text, m.end())


# After a Nordic street noun, an English word that makes it a person's gate or a compound
# ("Thomas Edwards gate code is 4411"; review R3), or a verb of its owner's.
_ENGLISH_AFTER = re.compile(
    r"[ \t\u00a0]+(?i:code|codes|number|pin|pass|passes|keeper|key|keys|remote|opener|lock|"
    r"guard|agent|staff|fee|fees|is|was|has|had|will|won't|isn't|opens|closes|open|closed|"
    r"broke|broken|needs|got)\b"
)
_ENGLISH_BEFORE = re.compile(
    r"(?i)\b(?:to|from|by|with|for|of|and|thanks|thank|dear|hi|hello|met|call|ask|tell)"
    r"[ \t\u00a0]+$"
)


def _street_closes(text: str, pos: int) -> bool:
    return _ENGLISH_AFTER.match(text, pos) is None


def _english_before(text: str, start: int) -> bool:
    return _ENGLISH_BEFORE.search(text, max(0, start - 12), start) is not None


_NEXT_WORD = re.compile(r"[ \t\u00a0](?P<word>[^\W\d_][\w'’-]*)")
_WORD_AT = re.compile(r"[ \t\u00a0]?(?P<word>[^\W\d_][\w'’.-]*)")


def _trailer(word: str) -> bool:
    return word[:1].isupper() and fold(word) in _TRAILER_NOUNS


def _number_after(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` is no place's name on its own: a house number follows it
    ("Piazza Verdi 5": an address), or the capitalised run goes on past four words or turns to
    capitals ("Museu Lucía Ferrán COM Ana Souza": another name may stand in it)."""
    caps = None
    for _ in range(5):
        if _HOUSE_NUMBER.match(text, pos):
            return True
        m = _WORD_AT.match(text, pos)
        if m is None:
            return False
        word = m.group("word")
        if word in _PARTICLES:
            pos = m.end()
            continue
        if not word[:1].isupper():
            return False
        upper = len(word) > 1 and word.isupper()
        if caps is None:
            caps = upper
        elif upper and not caps:
            return True
        pos = m.end()
    return True
