"""Name shapes that make a token a surname by their structure, even when no list holds it:
an honorific ("Dr. Halvorsen", "Sig.ra Bellucci"), initials ("J. Okonkwo-Baptiste"), "Surname,
Given" ("Lindqvist, Maren"), a strong cue ("my manager Xiomara Tzul"), a lower-case name
("maren lindqvist") and a surname common in India after a given name or initials ("Aarna
Viswanathan", "R. K. Narayan"). Each finder returns NAME hits; ``people.find_people`` merges
them with the given-name rules.
"""

from __future__ import annotations

import re

from trainer.redact.companies import company_after, company_follows, company_near
from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    CAP,
    COMMON,
    DOTTED_HONORIFICS,
    GIVEN,
    GIVEN_AMBIGUOUS,
    HONORIFIC_BRANDS,
    HONORIFIC_SET,
    HONORIFICS,
    NOT_SURNAME,
    PARTICLE_SET,
    PARTICLES,
    PLACE_SURNAMES,
    STREET_WORDS,
    SURNAME_AFTER,
    SURNAME_WORDS,
    SURNAMES,
    SURNAMES_IN,
    TOP,
    UPPER,
    WORD_BEFORE,
    WORD_ENDINGS,
    invented,
    is_surname,
    known_word,
    surname_like,
)

# Dotted honorifics ("Sig.ra Bellucci", "Dott.ssa Ferrandino", "Prof.ssa"), any case: "MS
# BRANDVOLD", "mrs brandvold". "M." and "D." are left to the initials rule.
_HONORIFIC_WORDS = "|".join(
    sorted(
        ["Sig\\.ra", "Sig\\.na", "Dott\\.ssa", "Prof\\.ssa", *HONORIFICS],
        key=len,
        reverse=True,
    )
)
_NAME_TOKEN = rf"(?:{CAP}|[a-zà-öø-ÿ][^\W\d_]+(?:[-'’][^\W\d_]+)?)"
_DOTTED = "|".join(DOTTED_HONORIFICS)
HONORIFIC = re.compile(
    rf"(?:(?i:{_HONORIFIC_WORDS})\.?|(?i:{_DOTTED})\.|Me|Pr)\s(?:[A-Z]\.\s?){{0,3}}"
    rf"(?P<name>(?:(?i:{PARTICLES})\s){{0,2}}{_NAME_TOKEN}"
    rf"(?:[\s-](?:(?i:{PARTICLES})\s){{0,2}}{_NAME_TOKEN})?)"
)
STRONG_CUE = re.compile(
    r"(?i:my\s(?:name\sis|manager|boss|colleague|co-?worker|mentor|mentee|friend|teammate|"
    r"team\slead|lead|wife|husband|partner|sister|brother|mom|mum|dad|son|daughter|cousin|"
    r"client|intern|recruiter|supervisor|advisor|adviser|landlord|neighbou?r|doctor|dentist|"
    r"tutor|teacher|co-?founder|ceo|cto|cfo)|je\sm['’]appelle|ich\shei(?:ß|ss)e|me\sllamo|"
    r"mi\schiamo|named|called)"
    rf",?\s(?P<name>{CAP}(?:\s(?:{PARTICLES}\s){{0,2}}{CAP})?)"
)


def honorific_names(text: str, starts: list[tuple[int, int]]) -> list[Hit]:
    """The surnames after each honorific keyword found by the prefilter."""
    hits: list[Hit] = []
    for start, _ in starts:
        if (start == 0 or not text[start - 1].isalnum()) and (m := HONORIFIC.match(text, start)):
            hits.extend(honorific_name(text, m))
    return hits


def strong_cue_names(text: str, starts: list[tuple[int, int]]) -> list[Hit]:
    """The capitalised name after each strong cue ("my manager Xiomara Tzul")."""
    hits: list[Hit] = []
    for start, _ in starts:
        if m := STRONG_CUE.match(text, start):
            hits.extend(name_tokens(text, m.start("name"), m.end("name")))
    return hits


def name_tokens(text: str, start: int, end: int) -> list[Hit]:
    """Keep the capitalised words of a cue match that are not business or calendar words."""
    words = text[start:end].split(" ")
    if not is_surname(words[0]) or words[0] in HONORIFIC_BRANDS:
        return []
    last_ok = 0
    for i, word in enumerate(words):
        if word[:1].isupper() and is_surname(word):
            last_ok = i
        elif word[:1].isupper():
            break
    return [("NAME", start, start + len(" ".join(words[: last_ok + 1])))]


_WORD_SPLIT = re.compile(r"[\s-]+")


def honorific_name(text: str, m: re.Match[str]) -> list[Hit]:
    """The surname tokens after an honorific ("Frau Brandvold", "Sig.ra Bellucci", "MS
    BRANDVOLD", "Dr. van der Berg"); the honorific itself stays."""
    start = m.start("name")
    stop = start
    pos = start
    for word in _WORD_SPLIT.split(m.group("name")):
        pos = text.index(word, pos)
        if word.lower() in PARTICLE_SET:
            pos += len(word)
            continue
        if stop > start and word[:1].islower():
            break
        after_particle = pos > start and text[start:pos].split()[-1].lower() in PARTICLE_SET
        # "Ms Sienna Colegate": a given name that is also a word opens the name.
        given = stop == start and (word in GIVEN or word in GIVEN_AMBIGUOUS)
        if not (surname_like(word) or given or (after_particle and word.lower() not in TOP)):
            break  # "Pr de La Salle": a particle makes even a word a surname
        pos += len(word)
        stop = pos
    if stop == start or company_after(text, stop):  # "Dr. Halvorsen GmbH", "... Skincare"
        return []
    return [("NAME", start, stop)]


_INITIALS = re.compile(
    rf"(?<![\w.'’@#/-])(?P<init>[{UPPER}]\.(?:\s?-?[{UPPER}]\.){{0,2}})\s?"
    rf"(?P<particles>(?:(?i:{PARTICLES})\s){{0,2}})(?P<last>{CAP})(?:\s(?P<second>{CAP}))?"
    r"(?![\w@])"
)
# Latin species epithets after a genus initial ("C. Elegans", "B. Subtilis"): no surname list
# holds them.
_EPITHETS = ("ans", "ensis", "oides", "orum", "arum", "ilis", "ii", "ae", "coli", "ica", "us")
# A single capital after a label noun is a label, not an initial ("Series A. Whitelisted",
# "Vitamin C. Daily", "Typ B. Die", "Plan B. Next"), in every language we redact.
_LABELS = (
    "series serie type typ tipo class classe clase klasse plan vitamin vitamine vitamina "
    "group gruppe groupe gruppo grupo groep section abschnitt sección sezione seção sectie part "
    "teil partie parte deel appendix annex anhang annexe anexo allegato bijlage figure fig "
    "table tabelle tableau tabla tabella tabel chapter kapitel chapitre capítulo capitolo "
    "hoofdstuk article artikel artículo articolo artigo item point punkt punto ponto step "
    "stage phase fase stufe level niveau nivel livello grade note round runde block bloque "
    "blocco bloco blok gate terminal gleis platform quai andén binario perron room saal raum "
    "zimmer sala aula zone zona sektor sector secteur settore row reihe fila rang rij category "
    "kategorie catégorie categoría categoria categorie option version modell model modèle "
    "modelo modello variant variante size taille talla taglia tamanho maat größe wing tower "
    "torre turm building gebäude bâtiment edificio gebouw hall halle pool tier lot batch unit "
    "box caso case fall cas exhibit schedule"
).split()
_LABEL_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(_LABELS)}))\s$")


def initial_surnames(text: str) -> list[Hit]:
    """ "J. Okonkwo-Baptiste", "M. van der Berg", "J.-P. Durand": initials before a token
    that is not a common word ("U.S. Army", "plan B. Next" are kept)."""
    hits: list[Hit] = []
    done = 0
    # str.find over the few full stops of a post beats a regex tried at every position.
    dot = text.find(".", 1)
    while dot != -1:
        start, dot = dot - 1, text.find(".", dot + 1)
        if start < done or not text[start].isupper() or (start and text[start - 1].isalnum()):
            continue
        m = _INITIALS.match(text, start)
        if m is None:
            continue
        done = m.end()
        last = m.group("last")
        if m.group("particles"):  # "T. van der Wiel": the particle makes it a surname
            if last.lower() in TOP or last in NOT_SURNAME:
                continue
        elif (
            not surname_like(last)  # "U.S. Army", "plan B. Next"
            or (last.lower().endswith(WORD_ENDINGS) and last.lower() in COMMON)  # "N. Keeping"
            or (last.endswith(_EPITHETS) and last not in SURNAMES)  # "C. Elegans", "E. Coli"
            or _LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start())  # "Series A."
            or (last.isupper() and not (invented(last) or last.title() in SURNAMES))
        ):
            continue
        stop = m.end("last")
        second = m.group("second")
        if second and surname_like(second) and second.lower() not in COMMON:
            stop = m.end("second")
        if company_near(text, m.start(), stop):  # "J. Crew Group", "A. Lange & Söhne"
            continue
        hits.append(("NAME", m.start(), stop))
    return hits


_SURNAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w@#.'’-])(?P<sur>(?:(?i:{PARTICLES})\s){{0,2}}{CAP}(?:[\s-]{CAP})?),\s$"
)
# A list of capitalised items is an enumeration, not "Surname, Given".
_ENUMERATION_AFTER = re.compile(rf"(?:,|\s(?:and|or|und|oder|et|ou|y|o|e|en|of))\s{CAP}")
_ENUMERATION_BEFORE = re.compile(r"(?P<item>[\w.)]+),\s$")  # "2024, Germany, India", "Canada, ..."
# Words that end a greeting, not a list item, before "Surname, Given": "Congratulations,
# Marcucci, Ilaria!", "Welkom in het team, Kuipers, Lotte!" (a lower-case word before the comma
# is no item of a capitalised list either).
_GREETINGS = frozenset(
    """congratulations congrats welcome thanks hi hello hey dear gefeliciteerd proficiat welkom
    bedankt hoi hallo congratulazioni complimenti auguri benvenuto benvenuta grazie ciao
    enhorabuena felicidades felicitaciones bienvenido bienvenida gracias hola parabéns
    bem-vindo bem-vinda obrigado obrigada olá oi félicitations bravo bienvenue merci bonjour
    salut glückwunsch willkommen danke""".split()
)
# A word before "Surname, Given" that puts a place there ("in Paris, Anna", "aus Bern, Maria");
# after any other word ("talk to Marshwick, Ximena", "comme dit souvent Montier, Ségolène") a
# listed city is still a place.
_PLACE_WORDS_BEFORE = frozenset(
    "in im aus nach at en em no na nel nella a à au di da de bij uit naar te op near bei nahe "
    "vicino cerca perto près dans".split()
)


def surname_comma(text: str, start: int, end: int) -> Hit | None:
    """ "Lindqvist, Maren", "García López, María": a surname-like token, a comma and a known
    given name that ends the name ("Berlin, Maria Lopez" is Maria Lopez; "In Paris, Anna" and
    "Danke, Anna" are not names)."""
    given = text[start:end]
    if given.lower() in TOP or given.isupper() or _ENUMERATION_AFTER.match(text, end):
        return None  # "Danke, Anna", "CH, CY, CZ", "German, Spanish and Italian"
    m = _SURNAME_BEFORE_COMMA.search(text, max(0, start - 60), start)
    if m is None:
        return None
    if (item := _ENUMERATION_BEFORE.search(text, max(0, m.start() - 40), m.start())) and not (
        item.group("item")[0].islower() or item.group("item").lower() in _GREETINGS
    ):
        return None  # "Canada, Germany, France"
    words = m.group("sur").replace("-", " ").split()
    particle = any(w.lower() in PARTICLE_SET for w in words[:-1])  # "Ter Horst, Wietske"
    if not particle and not all(
        # A census surname that is no word in its own right counts even when some language
        # has it as a word ("Russo", "Bakker", "Medeiros"): "Morgen, Sanne" stays.
        (
            surname_like(w)
            and w.lower() not in _GREETINGS  # "Obrigado, João!"
            and (w.lower() not in COMMON or (w in SURNAMES and w not in SURNAME_WORDS))
        )
        or w.lower() in PARTICLE_SET
        for w in words
    ):
        return None  # "Morgen, Sanne", "Obrigado, João": a word, not a surname
    if not surname_like(words[-1]) or (
        (before := WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        and before.group("word").islower()
        and before.group("word") in TOP  # "in Paris, Anna", "aus Bern, Maria"
        and (before.group("word") in _PLACE_WORDS_BEFORE or words[-1] in PLACE_SURNAMES)
    ):
        return None
    stop = end
    after = SURNAME_AFTER.match(text, end)
    if after and after.group("middle") is None and is_surname(after.group("last")):
        if after.group("last") not in GIVEN:
            return None  # "Berlin, Maria Lopez": rule 1 takes "Maria Lopez"
        stop = after.end("last")  # "Lindqvist, Maren Sofie"
    if company_near(text, m.start(), stop):
        return None
    return ("NAME", m.start(), stop)


_LOWER_AFTER = re.compile(
    rf"\s(?:{PARTICLES}\s){{0,2}}(?P<last>[a-zà-öø-ÿ][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w@]|\.\w)"
)


def cued_starts(text: str, found: dict) -> frozenset[int]:
    """Where a name may start right after a person cue phrase the prefilter found ("thanks to
    ", "Enhorabuena, "): computed once per post, so each candidate is one set lookup."""
    starts = set()
    for _, cue_end in found.get("person_cue_before", ()):
        for sep in (" ", ", ", ": "):
            if text.startswith(sep, cue_end):
                starts.add(cue_end + len(sep))
    return frozenset(starts)


def lower_name(
    text: str, start: int, end: int, token: str, *, cued_at: frozenset[int], cued: bool = False
) -> Hit | None:
    """ "maren lindqvist": a lower-case given name that is no sentence word, before a
    lower-case token that is no common word (or a known surname that is not a word). After a
    person cue ("thanks to iago yamaguchi"; ``cued`` when the caller knows) a surname that is
    also a given name counts."""
    if token in TOP or (token.title() not in GIVEN and not cued):
        return None
    m = _LOWER_AFTER.match(text, end)
    if m is None:
        return None
    last = m.group("last")
    if len(last) < 3 or last in TOP:
        return None
    cued = cued or start in cued_at
    known = last.title() in SURNAMES and (
        last not in COMMON or (cued and last.title() not in SURNAME_WORDS)
    )
    if (
        len(last) < 3
        or (token in COMMON and last in COMMON and not known)  # "o sol nascente"
        or (not known and last.endswith(_VERB_FORMS))  # "juliana lideraram o projeto"
        # A second given name ("anna maria") unless the token is no word at all ("gwenaël
        # beauville": a rare given name in some country, so a surname here).
        or (last.title() in GIVEN and last in COMMON and not (cued and known))
        or last in TOP
        or not surname_like(last)
        or company_after(text, m.end())
        or not _known_words_around(text, start, m.end())
    ):
        return None
    return ("NAME", start, m.end())


# Inflected verb forms of the Romance languages, which the common-word list (dictionary
# headwords) lacks: after a lower-case given name that is also a word, such a token is a verb,
# not an invented surname ("rosa nasceu", "giulia arrivò", "lucía llegó"). Known surnames with
# these endings ("abreu", "machado") are checked first.
_VERB_FORMS = tuple(
    "ou eu iu aram eram iram avam iam ava ando endo indo ó ò aron ieron aba aban ábamos iendo "
    "avano evano ivano ono ait aient èrent".split()
)
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]+)")


def _known_words_around(text: str, start: int, end: int) -> bool:
    """The words either side of a lower-case name are in a language we know ("maren lindqvist
    joined the team"); text in another language is a run of unknown words ("amet optio
    voluptas"), where a lower-case given name next to an unknown word means nothing."""
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.match(text, end)
    return all(m is None or known_word(m.group("word").lower()) for m in (before, after))


_BEFORE_SURNAME = re.compile(
    rf"(?:(?<![\w.])(?P<init>(?:[{UPPER}]\.\s?){{1,3}})|(?<![\w@#.'’-])(?P<first>{CAP})\s)$"
)
_CAP_BEFORE = re.compile(rf"(?<![\w@#.'’-])(?P<word>{CAP})\s$")
_CAP_AFTER = re.compile(rf"\s(?P<word>{CAP})(?![\w@])")


def india_surnames(text: str, anchors: list[tuple[int, int]]) -> list[Hit]:
    hits: list[Hit] = []
    for start, end in anchors:
        if (
            text[start:end] not in SURNAMES_IN
            or text[end : end + 1] in ("@", "-")
            or text[start:end] in HONORIFIC_SET  # "La Sra. Iturriaga"
        ):
            continue
        m = _BEFORE_SURNAME.search(text, max(0, start - 40), start)
        if m is None:
            continue
        first = m.group("first")
        if first is not None and (
            not is_surname(first) or first in STREET_WORDS or first in HONORIFICS
        ):
            continue
        begin, stop = m.start(), end
        # A middle name before ("Venkata Subba Rao") and more surnames after ("Aarna
        # Viswanathan Iyer"), when the lists know them as names.
        if first is not None and (more := _CAP_BEFORE.search(text, max(0, begin - 30), begin)):
            word = more.group("word")
            if word in GIVEN or word in SURNAMES_IN:
                begin = more.start()
        while (more := _CAP_AFTER.match(text, stop)) and more.group("word") in SURNAMES_IN:
            stop = more.end()
        if company_follows(text, stop):
            continue
        hits.append(("NAME", begin, stop))
    return hits
