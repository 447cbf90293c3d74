"""Places named after people: a person's name inside a place's name names the place.

Schools, airports, museums, theatres, stadiums, parks, squares, streets, bridges, hospitals,
libraries and places of worship are named after people in every language we redact, in three
patterns (general knowledge of how each language forms such names):

- the place noun opens the name, the person follows, perhaps after an adjective ("Museo
  Lucía Ferrán", "Colegiul Național Radu Vornicu", "collège Henri Lavaud", "Letiště Karla
  Vondráčka"), or Polish "im." / "imienia" (named after: "Liceum im. Marii Wolskiej");
- the place noun closes it ("Olav Brekke Institute", Turkish possessive compounds "Orhan Tekin
  Kültür Merkezi", "Selim Kaya Parkı");
- Nordic street and square names: the person's name in the genitive and a lower-case street
  or square noun ("Olav Brekkes gate", "Sven Dahls torg", "Jens Holms Boulevard").

Fail closed: a place noun that is also a common surname ("Piazza", "Palacio", "Bay") counts
only as a lower-case noun ("piazza Verdi") or not at all; a label (a colon after the noun),
another line, or a house number after the name ("Piazza Verdi 5" is an address, for the
address rules) is no proof either. Member names are matched by the member dictionary whatever
stands around them, and a one-word hit is never kept by a closing noun.
"""

from __future__ import annotations

import re

from trainer.redact.folding import fold
from trainer.redact.lookalike_romance_places import romance_place
from trainer.redact.place_roles import ROLES as _ROLES

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
    muzej sveuciliste gimnazija bolnica knjiznica kazaliste skola
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
_NAMED_AFTER = frozenset({"im.", "imienia"})  # Polish: "named after"
# Titles that stand between the noun and the person ("Masjid Sultan ...", "Colegio San ...",
# "Kościół św. ..."), folded. Saints and rulers only: a doctor, professor, president or general
# may be living ("Szpital Dr Anna Nowak"; review R3).
_TITLES = frozenset(
    """sultan raja tuanku sheikh syeikh imam saint st st. san santa santo sao sankt sw sw.
    swietego sv sv. svateho king queen prince princess principe papa pope krol krola
    krolowej""".split()
)
_BETWEEN = _ADJECTIVES | _TITLES  # what may stand between the place noun and the name
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
    """A place noun opens the name that starts at ``start`` on its line, and something proves
    the name a place's: Polish "im." ("Liceum im. ..."), an adjective or title between noun and
    name ("Colegiul Național ...", "Masjid Sultan ..."), or a preposition of place before the
    noun ("near Museo ...", "di fronte a Scuola ...", "lângă Liceul ..."). A noun alone before
    a person-shaped name proves nothing ("Dónde: Hospital ..." may name a person there: review
    R4). Never with a house number after the name, a role between noun and name ("Museum
    Director Ana ...") or a relative clause about a person after it ("..., who curated it")."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - 60) : start]
    if not head.endswith((" ", "\u00a0")):
        return False
    words = [w.lstrip(_LEAD) for w in head.split()]
    if not words:
        return False
    if (elided := _ELIDED.match(words[-1])) is not None and len(words[-1]) > elided.end():
        article = elided.group()[:-1].lower()  # "l'aeroporto", "all'aeroporto" (a + l')
        words[-1:] = [_ELIDED_AS.get(article, article), words[-1][elided.end() :]]
    i = len(words) - 1
    # the hit may start inside the name ("Scuola Giulia [Ferrante]"): its earlier words first
    skipped = 0
    while skipped < 3 and i > 0 and words[i].isalpha() and words[i][:1].isupper():
        if fold(words[i]) in _ROLES:
            return False  # "Museum Director Ana Pérez": a person's role
        if _before_name(words[i]):
            break
        i -= 1
        skipped += 1
    if fold(words[i]) in _NAMED_AFTER:
        return not _number_after(text, start) and not _relative_after(text, start)
    between = i
    while i > 0 and between - i < 2 and fold(words[i]) in _BETWEEN:
        i -= 1
    word = words[i]
    if not (word.isalpha() and opens_place(word)) or _number_after(text, start):
        return False
    lead = i  # an adjective may open the name before the noun ("Tehnički muzej ...")
    while lead > 0 and i - lead < 2 and fold(words[lead - 1]) in _ADJECTIVES:
        lead -= 1
    if fold(word) in _ID_MS_OPENERS:  # "di seberang Stasiun X", "gedung X": a preposition
        # proves nothing there (review R7)
        return i < between and word[:1].isupper() and not _relative_after(text, start)
    return (
        i < between
        or _place_preposition(words[:lead])
        or _partner_phrase(words[:lead])
        or _capital_mid_sentence(word, words[:lead])
        or romance_place(word, words[:lead], text, start)  # "de Estadio ...", "en aeropuerto ..."
    ) and not _relative_after(text, start)


def _relative_after(text: str, start: int) -> bool:
    """A relative clause about a person follows the name ("... Lucía Ferrán, who curated it")."""
    return _RELATIVE_AFTER.match(text, start) is not None


# A place noun capitalised inside a sentence heads a proper name (names13): the languages we
# redact write it in lower case there unless it opens an institution's name ("trabajé en
# Hospital ...", "lo financia Universidad ...", "v podjetju Gimnazija ..."). What does not
# count (fail closed): German, which capitalises every noun (its own place nouns, and any noun
# after a German article or preposition: "im Museum ..."); an article before the noun, alone or
# in a preposition's contraction ("at the Museum Karin ...", "passée au Collège ...", "en el
# Hospital ...": the person may open the clause that follows; reviews R4 and R7); and a bare
# "at" that puts a person's home there as well ("chez Hôpital ...", "bei", "hos", "presso",
# "la", "u", "w", "v"); nor "devant" ("vu devant Gymnase Jean ... hier": review 19).
_GERMAN_NOUNS = frozenset(
    "flughafen schule universitat krankenhaus klinikum bibliothek kirche bahnhof".split()
)
_NOT_BEFORE = frozenset(
    """the a an this that these those my our your his her its their el la los las le les lo l
    il gli het de een der die das den dem des ein eine einem einer eines o os um uma im am zum
    zur vom beim ins ans in an auf bei mit von nach aus zu und at chez hos presso u w v
    au aux du des al del ao do da no na nos nas dos das allo alla dal dallo dalla nel nello
    nella sul sullo sulla dello della ten ter devant""".split()
)


# English writers capitalise their place nouns at will ("I emailed Hospital Karen ..."), German
# every noun ("heute Theater Anna ..."): such a noun counts only after a Romance "in/at" ("en
# Hospital ...", "à Théâtre ...", "em Hospital ..."; not "di", Indonesian's bare "at": review 14).
_ENGLISH_OR_GERMAN = _CAPITAL_ONLY | frozenset("museum stadion gymnasium theater".split())


def _capital_mid_sentence(noun: str, before: list[str]) -> bool:
    """``noun`` (a place noun opening the name) is capitalised after a lower-case word of its
    sentence, and neither is German nor an English determiner (see above)."""
    key = fold(noun)
    if not before or not noun[:1].isupper() or key in _GERMAN_NOUNS:
        return False
    word = before[-1]
    if key in _ENGLISH_OR_GERMAN and word not in ("en", "à", "em"):
        return False
    if any(fold(w) in _ROLES for w in before[-2:]):
        return False  # "la directora Escuela …", "direttrice di Scuola …": who works there
    return word.isalpha() and word.islower() and word not in _NOT_BEFORE


# Malay and Indonesian place nouns: people are named right after them in speech ("ketemu di
# depan gedung Budi ...", "di seberang Stasiun ..."), so only a capitalised noun with an
# adjective or title between it and the name counts ("Bandara Internasional ...", "Masjid
# Sultan ...").
_ID_MS_OPENERS = frozenset(
    """masjid surau taman jambatan sekolah universiti stesen dewan muzium menara istana dataran
    kolej perpustakaan stadium lapangan terminal bandara universitas stasiun gedung
    pelabuhan""".split()
)


# Prepositions of place (near, opposite, next to, behind, in front of) in our languages, folded,
# as the last one to three words before the place noun; a colon may close them ("Naproti:").
# Not the short "in front of" of fr, es, it, pt (devant, delante de, davanti a, diante de): one
# waits in front of a place for a person who may follow ("Davanti alla scuola Giorgio ... mi
# aspettava", "Devant Lycée Jean ..., on s'est vus"; review 19 F1).
_PLACE_PREPOSITIONS = frozenset(
    " ".join(p.split())
    for p in """near|opposite|beside|behind|next to|in front of|close to|across from|
    vicino a|vicino al|vicino alla|di fronte a|di fronte al|di fronte alla|accanto a|accanto al|
    accanto alla|dietro|dietro al|cerca de|cerca del|junto a|junto al|frente a|frente al|
    enfrente de|enfrente del|detras de|detras del|al lado de|al lado del|pres de|pres du|
    a cote|a cote de|a cote du|en face de|en face du|derriere|derriere le|perto de|perto do|
    perto da|ao lado de|ao lado do|ao lado da|em frente a|em frente ao|
    naproti|blizko|vedle|blisko|obok|
    naprzeciwko|naprzeciw|langa|vizavi de|in fata|nar|naer|ved siden af|overfor|bredvid|nara|
    mittemot|lahella|vastapaata|pri|ved""".split("|")
)
# No bare "at" ("at", "chez", "hos", "bei", "presso", "la", "u", "w", "v": a person is met at
# a place named after someone as at the person's), and no article between the preposition and
# the noun ("next to the Stadium ..." may be a stadium's person): review R7. The elided
# articles glued to the noun ("accanto a l'aeroporto ...", "près de l'aéroport ...") stand for
# a preposition's own contraction ("all'", "dell'").
_ELIDED = re.compile(r"(?i)(?:l|d|dell|all|nell|dall|sull)['’]")
_ELIDED_AS = {"dell": "del", "all": "al", "nell": "nel", "dall": "dal", "sull": "sul", "d": "de"}


# A partnership with an institution ("in partnership with Universidad ...", "alianza con
# Aeropuerto ...", "samarbete med Museum ..."): one partners with an institution, and a
# place noun opening the name after such a phrase makes it the institution's name, as a place
# preposition does. Folded; no bare "with" ("con", "mit", "dengan": one goes with a person).
_PARTNER_PHRASES = frozenset(
    " ".join(p.split())
    for p in """partnership with|in partnership with|alliance with|in collaboration with|
    collaboration with|alianza con|en alianza con|en colaboracion con|colaboracion con|
    convenio con|parceria com|em parceria com|in collaborazione con|collaborazione con|
    en partenariat avec|partenariat avec|en collaboration avec|in samenwerking met|
    samenwerking met|in zusammenarbeit mit|zusammenarbeit mit|partnerschaft mit|
    samarbete med|i samarbete med|samarbejde med|i samarbejde med|samarbeid med|
    i samarbeid med|we wspolpracy z|wspolpraca z""".split("|")
)


def _place_preposition(words: list[str], phrases: frozenset[str] = _PLACE_PREPOSITIONS) -> bool:
    tail = [key for w in words[-5:] if (key := fold(w).rstrip(":"))][-3:]
    return any(" ".join(tail[k:]) in phrases for k in range(len(tail)))


def _partner_phrase(words: list[str]) -> bool:
    return _place_preposition(words, _PARTNER_PHRASES)


def _before_name(word: str) -> bool:
    key = fold(word)
    return key in _ADJECTIVES or key in _TITLES or key in _NAMED_AFTER or opens_place(word)


def place_after(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` (two words or more) is part of a place's name that a place
    noun closes: its own last word, or up to two capitalised words after it and the noun
    ("... Kültür Merkezi"), or a Nordic street noun after a genitive ("... Dahls torg")."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 5:
        return False  # one word may be a member's given name; six may hold two people
    if _trailer(words[-1]):
        return not _number_after(text, end)
    pos = end
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return False
        word = m.group("word")
        if pos == end and words[-1].endswith("s") and fold(word) in _NORDIC_STREETS:
            # "Olav Brekkes gate": not "Thomas Edwards gate code", "Thanks to ... plass" (R3)
            return (
                _street_closes(text, m.end())
                and not _english_before(text, start)
                and not _number_after(text, m.end())
            )
        if _trailer(word):
            return not _number_after(text, m.end())
        if not word[:1].isupper():
            return False
        pos = m.end()
    return False


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
