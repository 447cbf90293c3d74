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
from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.lookalike_quantities import degree_unit
from trainer.redact.member_cues import sentence_start
from trainer.redact.names import word_list
from trainer.redact.person_alone import clause_follows
from trainer.redact.person_caps_first import ACRONYMS as ACRONYMS  # person_order
from trainer.redact.person_caps_first import caps_surname_first as caps_surname_first
from trainer.redact.person_function_words import NODICT_FUNCTION_WORDS
from trainer.redact.person_informal import cue_beside
from trainer.redact.person_initials import initial_dots
from trainer.redact.person_lower import (
    LOWER_ELIDED,
    LOWER_PARTICLES,
    WriterCasing,
    cased_title,
    known_words_around,
    object_verb_before,
    particle_surname,
    phrase_in_capitalised_post,
)
from trainer.redact.person_title_words import title_is_word
from trainer.redact.person_turkish import turkish_word_pair
from trainer.redact.person_vietnamese import vietnamese_word
from trainer.redact.person_words import (
    CAP,
    CASED_HONORIFICS,
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
    STREET_WORDS,
    SURNAME_WORDS,
    SURNAMES,
    SURNAMES_IN,
    TOP,
    TOP_NODICT,
    UPPER,
    WORD_ENDINGS,
    invented,
    is_surname,
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
_NAME_TOKEN = rf"(?:{CAP}|[a-zà-öø-ÿĀ-ſ][^\W\d_]+(?:[-'’][^\W\d_]+)?)"
_DOTTED = "|".join(DOTTED_HONORIFICS)
# Spanish and Portuguese abbreviations with a superscript ending ("D.ª" doña, "Sr.ª", "Dr.ª",
# "Prof.ª", "Eng.ª"), which NFKC (the engine's first step) writes "D.a", "Sr.a"; gender-inclusive
# forms write both: "Dr/a.", "Sr(a).", "Prof.(a)".
_FEMININE = r"(?:D|Dr|Sr|Prof|Eng|Arq|Lic)(?:\.?[ªº]|\.[ao](?=\s)|\.?(?:/a|\(a\))\.?)"
_CASED = "|".join(CASED_HONORIFICS)
HONORIFIC = re.compile(
    rf"(?:{_FEMININE}|(?i:{_HONORIFIC_WORDS})\.?|(?i:{_DOTTED})\.|Me|Pr|{_CASED})\s(?:[A-Z]\.\s?){{0,3}}"
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


# Albanian titles that are words too ("Zoti", God: "Zoti ju bekoftë"): only before a capital.
_CAPITAL_NAME_ONLY = frozenset({"zoti", "zotit", "zotëri", "zonja", "zonjës", "znj"})


def _chef_surname(word: str) -> bool:
    """The capitalised word after "Chef" (a title only capitalised: "mon chef Lyon" is the
    boss, the town kept) is a surname: no particle ("Chef de Partie"), no
    lower-case word ("the chef recommends"), no common word unless a listed surname that is
    no word-like one ("Chef Salad", "Chef Special" stay; "Chef Moreau" goes)."""
    if not word[:1].isupper() or word.lower() in PARTICLE_SET:
        return False
    return word.lower() not in COMMON or (word in SURNAMES and word not in SURNAME_WORDS)


# What can follow an honorific keyword where ``HONORIFIC`` matches: the space after the title,
# or the dot, slash or bracket inside it ("Dr.", "Sig.ra", "Dr/a.", "Sr(a)."). Every other
# character there (a letter never: the keyword is a whole word) fails the match, so the regex
# is not tried ("for me: ...", "me, ...": the French "Me"); the keyword ends the text: no space.
_TITLE_TAILS = frozenset(".ªº/()")


def honorific_names(text: str, starts: list[tuple[int, int]]) -> list[Hit]:
    """The surnames after each honorific keyword found by the prefilter (``title_is_word``)."""
    hits: list[Hit] = []
    for start, end in starts:
        if not ((tail := text[end : end + 1]) in _TITLE_TAILS or tail.isspace()):
            continue  # no match can start here (see ``_TITLE_TAILS``)
        if (start == 0 or not text[start - 1].isalnum()) and (m := HONORIFIC.match(text, start)):
            name = m["name"]
            written = text[start : m.start("name")].strip().rstrip(".")
            title = written.lower()
            if name[:1].islower() and (
                title in _CAPITAL_NAME_ONLY or _label_not_title(text, start, m, written)
            ):
                continue
            if title == "chef" and not (
                text.startswith("Chef", start) and _chef_surname(name.split()[0])
            ):
                continue  # "Chef de Partie", "the chef recommends", "Chef Salad"
            if not title_is_word(text, start, name.split()[0]):
                hits.extend(honorific_name(text, m))
    return hits


def _label_not_title(text: str, start: int, m: re.Match[str], written: str) -> bool:
    """A lower-case word after a title-shaped word that is no title here: the title closes
    its line ("Me\nit's the Dyson model": a chat's speaker label; a name on the next line
    opens with its capital, "Frau\nAnna Schmidt"), or it is written in capitals before a word
    that is no listed surname ("HR specialistka": a department; "MR smith" stays a name)."""
    if "\n" in text[start : m.start("name")]:
        return True
    first = _WORD_SPLIT.split(m["name"], maxsplit=1)[0]
    return len(written) > 1 and written.isupper() and first.title() not in SURNAMES


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
        if stop == start and word[:1].islower() and cased_title(text, m.start(), word):
            break  # "Me avisan cuando ...": a capitalised title, a lower-case word after it
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
    "box caso case fall cas exhibit schedule "
    # forms, annexes and rooms of more languages (dev38 N: "Form G. Right-to-work documents",
    # "sala konferencyjna B. Lista płac"); up to two lower-case words may stand between
    "form forms formular formulář formularz formulier formulaire formulario formulário modulo "
    "lomake blankett skjema příloha załącznik aneks anexa melléklet ek lampiran pokój místnost "
    "salle stanza kamer rum huone oda bilik"
).split()
_LABEL_BEFORE = re.compile(
    rf"(?i:\b(?:{'|'.join(_LABELS)}))(?P<mid>(?:[ \t][^\W\d_]+){{0,2}})[ \t]\Z"
)


_LINKS = frozenset("de di da do du des of".split())


def label_before(text: str, start: int) -> bool:
    """A label noun, perhaps with one or two lower-case words after it, ends right before
    ``start`` ("Plan B.", "sala konferencyjna B.", "sala de ședințe B.")."""
    m = _LABEL_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    mid = m["mid"].split()
    return all(w.islower() and (w not in TOP or w in _LINKS) for w in mid)


# Academic degrees written as an initial glued to an abbreviation (names13): "M.Sc", "B.A",
# "Ph.D", "M.Eng", "LL.M" are no initial and surname. Only glued (no space) and only the
# abbreviations of degrees, so "M. Eng" (a surname) is still a name.
_DEGREE = re.compile(
    r"(?:[BMD]\.(?:Sc|A|Ed|Eng|Phil|Arch|Com|Tech|Pharm|Des|Mus|Litt|Res|Math|Fin|Acc|Jur|Med)"
    r"|Ph\.D)\.?(?![\w])"
)


def _glued_abbreviation(text: str, start: int, end: int) -> bool:
    """An initial glued to a word that a full stop closes ("D.Lgs.", "Art.Nr.", "S.Pa."): an
    abbreviation of a law, a register or a company form, no initial and surname."""
    return text[start + 2 : start + 3].isalpha() and text[end : end + 1] == "."


def initial_surnames(text: str) -> list[Hit]:
    """ "J. Okonkwo-Baptiste", "M. van der Berg", "J.-P. Durand": initials before a token
    that is not a common word ("U.S. Army", "plan B. Next" are kept)."""
    hits: list[Hit] = []
    done = 0
    # The few full stops that may close an initial (no letter or digit before it: a sentence's
    # "... of work." is not read), found once for the initial rules (person_initials).
    for dot in initial_dots(text):
        start = dot - 1
        if start < done or not text[start].isupper():
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
            # "Series A. Requests", "sala konferencyjna B. Lista"; "Form G. Brzezinska": a name
            or (
                label_before(text, m.start())
                and not (last in SURNAMES and last.lower() not in COMMON)
            )
            # "40,2 °C. Halterin": a degree's letter is no initial, before no listed surname
            # ("Desk 4 K. Oyelaran" stays a name; ``lookalike_quantities`` keeps "230 V.")
            or (degree_unit(text, m.start()) and last not in SURNAMES)
            or (last.isupper() and not (invented(last) or last.title() in SURNAMES))
            or _DEGREE.match(text, m.start())  # "M.Sc", "Ph.D.", "B.Eng" after a name
            or _glued_abbreviation(text, m.start(), m.end("last"))  # "D.Lgs. 81/2015"
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


_ELIDED = re.compile(LOWER_ELIDED)
# Given names in some country's top 2000 (``build_alone_names``): a well-attested name.
_ALONE = word_list("given_names_alone.txt")
_LOWER_AFTER = re.compile(
    rf"\s(?P<particles>(?:{LOWER_PARTICLES}\s){{0,2}})"
    rf"(?P<last>(?:{LOWER_ELIDED})?[a-zà-öø-ÿĀ-ſ][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w@]|\.\w)"
)


_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·>]|\d{1,2}[.)])?[ \t]*$")
_LINE_ENDS = re.compile(r"[ \t]*(?:$|\n|[|(,–—:])")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens its line (after a list marker) and ends it or a separator."""
    return (
        (start == 0 or text[start - 1] in " \t\n>.)-–—•*·")
        and _LINE_ENDS.match(text, end) is not None
        and _LINE_OPENS.search(text, max(0, start - 8), start) is not None
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
    text: str,
    start: int,
    end: int,
    token: str,
    *,
    cued_at: frozenset[int],
    cued: bool = False,
    word_given: bool = False,
    casing: WriterCasing | None = None,
) -> Hit | None:
    """ "maren lindqvist": a lower-case given name that is no sentence word, before a
    lower-case token that is no common word (or a known surname that is not a word). After a
    person cue ("thanks to iago yamaguchi"; ``cued`` when the caller knows) a surname that is
    also a given name counts. ``word_given``: the caller has seen a person verb after the pair
    ("hunter kettleworth and i presented"), so a given name that is also a word may open it;
    ``casing``: the post's ``WriterCasing``, computed once for the caller's pairs."""
    # "I was helping luis lewis", "queja de ender ochoa": a verb or noun that takes a person
    cued = cued or object_verb_before(text, start)
    if token in TOP or (token.title() not in GIVEN and not cued and not word_given):
        return None
    m = _LOWER_AFTER.match(text, end)
    if m is None:
        return None
    last = m.group("last")
    elided = _ELIDED.match(last)
    if not last[elided.end() if elided else 0].islower():
        return None  # Latin Extended-A mixes cases: "żelazowska", not "Żelazowska"
    if m.group("particles") or elided:
        # "chiara dalla torre", "seán ó ceallaigh", "ciarán o'donovan": a particle or an
        # elision makes a surname of the word after it, even one that is a word elsewhere.
        if not particle_surname(last, m.group("particles"), after_word=token in COMMON):
            return None
        if company_after(text, m.end()):
            return None
        return ("NAME", start, m.end()) if known_words_around(text, start, m.end()) else None
    if len(last) < 3 or last in TOP or last in TOP_NODICT:  # "... någon", "... jeszcze"
        return None
    if last in NODICT_FUNCTION_WORDS:
        return None  # "Agencija za nekretnine ima JIB": bs "ima" (has), a clause word
    if _compound_word(last):
        return None  # "led cross-functional projects": a compound adjective, no surname
    # A line that holds only the name (a list item, a signature, a quote header) cues it as
    # a person cue does: "- ornella fabbri", "--\nmarek dubois | consultant".
    cued = (
        cued
        or start in cued_at
        or _alone_on_line(text, start, m.end())
        # "pooja joshi ran the numbers": a given name that is no word opens the sentence as
        # the subject of a lower-case clause (``person_alone.clause_follows``).
        or (token not in COMMON and sentence_start(text, start) and _clause_after(text, m.end()))
    )
    if token in COMMON and _determiner_before(text, start):
        return None  # "la pompa infusionale": a noun after its article (dev35 N)
    if vietnamese_word(token) or vietnamese_word(last):
        return None  # "công trường": Vietnamese words (person_vietnamese)
    if not cued and turkish_word_pair(LanguageEvidence(text), token, last):
        return None  # "bu sabah onay verdi", "doğan güneş": Turkish words (person_turkish)
    known = last.title() in SURNAMES and (
        last not in COMMON or (cued and last.title() not in SURNAME_WORDS)
    )
    # A writer who uses capitals ("Fajnie, ale drogo.") writes a lower-case name as a
    # slip only, but a slip happens: with no listed surname ("Dank an anke hoffmann") the
    # pair is a phrase only on evidence (``phrase_in_capitalised_post``).
    listed = all(part.title() in SURNAMES for part in last.split("-"))
    if (
        not (cued or listed or word_given)
        and not object_verb_before(text, start)  # "I spoke to ...", "conocí a ..."
        and not cue_beside(text, start, m.end())  # "cc ...", "... et moi avons"
        and phrase_in_capitalised_post(text, start, m.end(), last, casing=casing)
    ):
        return None
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
        # A rare given name (in no country's top 2000) before an unknown word, with no cue:
        # a clause of a language with no dictionary here ("mici zgârieturi.", "bez zwierząt,")
        # unless a word of ours stands beside the pair.
        or not known_words_around(
            text, start, m.end(), strict=not (cued or known or token.title() in _ALONE)
        )
    ):
        return None
    return ("NAME", start, m.end())


def _compound_word(word: str) -> bool:
    """A hyphenated word made of common words that are not all listed surnames
    ("cross-functional", "full-time", "end-to-end"): a double-barrelled surname is made of
    surnames ("garcía-lópez", "rose-wood")."""
    parts = word.split("-")
    return (
        len(parts) > 1
        and all(part in COMMON for part in parts)
        and not all(part.title() in SURNAMES for part in parts)
    )


_NEXT_LOWER = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
_WORD_BEFORE_PAIR = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \t]$")


# Articles that are no preposition in another language we read ("a", "an", "am" are: "grazie a
# marco ...", "Dank an anke ...", "I am peter ...").
_ARTICLES = frozenset(
    """the la il lo le les el los las gli der die das den dem des het een un una uno une ein
    eine einen einem einer eines os um uma""".split()
)


def _determiner_before(text: str, start: int) -> bool:
    """An article right before ``start``: in lower case ("la pompa", "der Dienst"), or opening
    its sentence with a capital ("La guida conosceva ogni vicolo", "Die anna ..." is no name
    either: a writer who capitalises the article would capitalise a name after it)."""
    m = _WORD_BEFORE_PAIR.search(text, max(0, start - 10), start)
    if m is None:
        return False
    word = m.group(1)
    return word in _ARTICLES or (word.istitle() and word.lower() in _ARTICLES)


def _clause_after(text: str, end: int) -> bool:
    """A lower-case clause goes on after the pair, and its first word could not continue the
    name (a sentence word, or no listed surname: ``continued`` grows a name over one)."""
    if not clause_follows(text, end):
        return False
    m = _NEXT_LOWER.match(text, end)
    return m is None or m["word"] in TOP or m["word"].title() not in SURNAMES


# Inflected verb forms of the Romance languages, which the common-word list (dictionary
# headwords) lacks: after a lower-case given name that is also a word, such a token is a verb,
# not an invented surname ("rosa nasceu", "giulia arrivò", "lucía llegó"). Known surnames with
# these endings ("abreu", "machado") are checked first.
_VERB_FORMS = tuple(
    "ou eu iu aram eram iram avam iam ava ando endo indo ó ò aron ieron aba aban ábamos iendo "
    "avano evano ivano ono ait aient èrent".split()
)
_BEFORE_SURNAME = re.compile(
    rf"(?:(?<![\w.])(?P<init>(?:[{UPPER}]\.[ \t]?){{1,3}})|(?<![\w@#.'’-])(?P<first>{CAP})[ \t])\Z"
)
# On one line: a name does not run across a line break ("Paket\n\nMoin, ich ...").
_CAP_BEFORE = re.compile(rf"(?<![\w@#.'’-])(?P<word>{CAP})[ \t]\Z")
_CAP_AFTER = re.compile(rf"[ \t](?P<word>{CAP})(?![\w@])")


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
            not is_surname(first)
            or first in STREET_WORDS
            or first in HONORIFICS
            # "Zwei Jare": a sentence word of some language is no given name before it
            or (first.lower() in TOP and first not in GIVEN)
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
