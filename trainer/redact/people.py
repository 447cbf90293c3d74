"""Best-effort, offline detection of people who are not members.

Three rules, each tuned to leave company and product names alone:
1. a given name from the shipped gazetteer followed by a capitalised surname
   ("Priya Raman", "Anna van der Berg"), unless the "surname" is a business or product word
   ("Maria Foundation" is kept); given names that are also words ("Grace", "Will") count only
   before a surname from the shipped census list ("Grace Hopper", not "Will Python");
2. an honorific or a strong cue followed by capitalised words ("Dr. Okafor",
   "my manager Xiomara Tzul", "my name is Ilse");
3. a lone gazetteer name after a person cue ("thanks Priya", "cc Tomasz");
4. after a person cue, any capitalised word before a census surname ("met Hendrik Castro"),
   and all-caps names ("JOHN SMITH", "thanks MARIA LOPEZ").
Company forms named after people ("Vincent Germain et Fils", "Normand Rocher SARL") are kept.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.companies import (
    company_after,
    company_before,
    company_near,
    is_company_token,
    is_legal_form,
    opens_company,
)
from trainer.redact.hits import Hit
from trainer.redact.names import given_names, word_list

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin upper case (Latin Extended-A mixes cases; checked in code)
_CAP = rf"[{_UPPER}][^\W\d_]+(?:[-'’][{_UPPER}a-z][^\W\d_]*)?"
_PARTICLES = (
    r"(?:van|von|vom|de|der|den|da|di|del|della|dalla|dal|dei|degli|dello|lo|dos|das|do|du|la|le|"
    r"bin|ibn|al|el|ter|ten|te|het|op|zu|zum|zur)"
)

_SURNAME_AFTER = re.compile(
    rf"(?:[-\s](?P<middle>[{_UPPER}]\.|{_CAP}))??\s(?:{_PARTICLES}\s){{0,2}}(?P<last>{_CAP})"
    rf"(?:\s(?P<second>{_CAP}))?(?![\w@])"
)
_HONORIFICS = (
    "Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Herr Herrn Frau Fräulein Hr Mme Mlle Madame "
    "Mademoiselle Monsieur Señor Señora Señorita Sr Sra Srta Dra Doña Dña Dona Profa Signor "
    "Signora Signorina Sig Dott Avv Ing Dhr Mevr Mw Mej Drs Shri Smt Shrimati Kumari Thiru Tmt "
    "Selvi Sardar Pandit Ustad Begum"
).split()
# Dotted honorifics ("Sig.ra Bellucci", "Dott.ssa Ferrandino", "Prof.ssa"), any case: "MS
# BRANDVOLD", "mrs brandvold". "M." and "D." are left to the initials rule.
_HONORIFIC_WORDS = "|".join(
    sorted(
        ["Sig\\.ra", "Sig\\.na", "Dott\\.ssa", "Prof\\.ssa", *_HONORIFICS],
        key=len,
        reverse=True,
    )
)
_NAME_TOKEN = rf"(?:{_CAP}|[a-zà-öø-ÿ][^\W\d_]+(?:[-'’][^\W\d_]+)?)"
_HONORIFIC = re.compile(
    rf"(?i:{_HONORIFIC_WORDS})\.?\s(?:[A-Z]\.\s?){{0,3}}"
    rf"(?P<name>(?:(?i:{_PARTICLES})\s){{0,2}}{_NAME_TOKEN}"
    rf"(?:[\s-](?:(?i:{_PARTICLES})\s){{0,2}}{_NAME_TOKEN})?)"
)
_STRONG_CUE = re.compile(
    r"(?i:my\s(?:name\sis|manager|boss|colleague|co-?worker|mentor|mentee|friend|teammate|"
    r"team\slead|lead|wife|husband|partner|sister|brother|mom|mum|dad|son|daughter|cousin|"
    r"client|intern|recruiter|supervisor|advisor|adviser|landlord|neighbou?r|doctor|dentist|"
    r"tutor|teacher|co-?founder|ceo|cto|cfo)|je\sm['’]appelle|ich\shei(?:ß|ss)e|me\sllamo|"
    r"mi\schiamo|named|called)"
    rf",?\s(?P<name>{_CAP}(?:\s(?:{_PARTICLES}\s){{0,2}}{_CAP})?)"
)
_PERSON_CUE = re.compile(
    r"(?i:thanks|thank\syou|thx|kudos\sto|shout-?out\sto|congrats|congratulations|props\sto|"
    r"h/t|hat\stip\sto|cc|hi|hey|hello|dear|welcome|met|meet|ask|asked|told|ping|pinged|"
    r"interviewed|hired|mentored|introduced\sme\sto|i'm|i\sam|this\sis|ft\.?|feat\.?)"
    r",?\s(?:to\s)?$"
)

# Capitalised words that are not surnames: business and product words, places, calendar words
# and sentence glue. A "surname" found here means the pair is kept.
_NOT_SURNAME = frozenset(
    """Inc Ltd LLC LLP PLC GmbH AG SA SAS BV Co Corp Corporation Company Group Labs Lab
    Technologies Technology Tech Systems Software Solutions Services Consulting Capital Ventures
    Partners Holdings Bank Foundation Institute University College School Academy Hospital Clinic
    Center Centre Studio Studios Media Digital Cloud Street Road Avenue Square House
    Building Tower Station Airport Award Awards Prize Conference Summit Day Week Month Year Team
    Project App Pro Plus Max Mini Edition Series Model Show Podcast Fund Trust Network Club Society
    Association Council Committee Department Ministry Office Agency Board Fellowship Scholarship
    Program Programme Initiative Challenge Cup League Festival Museum Library Gallery Theatre
    Theater Church Bridge River Lake Mountain Island Beach Valley City County State Province North
    South East West Central Global International National Copilot Docs Sheets Drive Teams Notes
    Code Engine Store Pay Wallet Maps Mail Chat Assistant Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December The And Or But From To In On At For With Of Is Was Are Has Have Had Will Can Could
    Would Should Just Also Here There This That These Those We You He She It They My Our Your His
    Her Their Hi Hey Hello Thanks Thank Please Dear Yes No Not All Any Every Some When What Why
    How Who Where Which If So As By Be Do Did Does Get Got New Old First Last Next Great Good Best
    Big Little Happy Congrats Welcome Today Tomorrow Yesterday Morning Evening Night Everyone
    Anyone Someone Nobody Java Python Rust Go Ruby Swift Kotlin Scala Excel Word PowerPoint
    Outlook Slack Zoom Jira Notion Figma GitHub Linux Windows Android iOS Chrome Firefox
    Safari Line Hotel Restaurant Cafe Bar Market Arena Stadium Bay Effect Law Rule Theorem
    Prize""".split()
)
_COMPANY_SUFFIX = frozenset(
    """Inc Ltd LLC LLP PLC GmbH AG SA SAS BV Co Corp Corporation Company Group Labs Lab
    Technologies Partners Holdings Foundation Institute Associates Sons Brothers""".split()
)
_BRAND_NAMES = frozenset(
    """Hugo Boss|Louis Vuitton|Calvin Klein|Ralph Lauren|Tommy Hilfiger|John Deere|Walt Disney|
    Charles Schwab|Ted Baker|Paul Smith|Marc Jacobs|Michael Kors|Tory Burch|Kate Spade|
    Estee Lauder|Ben Sherman|Johnnie Walker|Jim Beam|Harley Davidson|Rolls Royce|Alfa Romeo|
    Aston Martin|Mercedes Benz|Anna Sui|Vera Wang|Oscar Mayer|Ray Ban|Bobbi Brown|
    Victoria Secret|Martha Stewart|Betty Crocker|Jack Daniels|Ben Jerry|Sam Adams|John Lewis|
    Tim Hortons|Harvey Nichols|Tommy Bahama|Peter Pan|Mickey Mouse|Morgan Stanley|Jordan Brand|
    Austin Healey|Chase Manhattan|Georgia Pacific|Virginia Tech|Jack Wills|Thomas Cook|
    Hunter Douglas|Del Monte|Charles Schwab|Ralph Lauren|Calvin Klein|Carl Zeiss|Jack Wolfskin|
    Tom Tailor|Tom Ford|Giorgio Armani|Stella McCartney|Vivienne Westwood|Dolce Gabbana|
    Estée Lauder|Helena Rubinstein|Elizabeth Arden|Max Factor|Mary Kay|Ben Jerrys|Dr Oetker|
    Carl Jung|John Hancock|Wells Fargo|Merrill Lynch|Edward Jones|Raymond James|Lloyds Bank|
    Marks Spencer|Johnson Johnson|Procter Gamble|Ernst Young|Arthur Andersen|Booz Allen|
    Bain Capital|Warner Bros|Ford Motor|Walt Disney|William Hill|Thomas Pink|Dolly Parton|
    Ronald McDonald|Wendy's|Tim Horton|Jamie Oliver|Emilio Pucci|Salvatore Ferragamo|
    Valentino Garavani|Pierre Cardin|Yves Saint|Christian Dior|Coco Chanel|Hermann Hesse|
    Victoria Beckham|Philipp Plein|Karl Lagerfeld|Jean Paul|Paco Rabanne|Nina Ricci|
    Roberto Cavalli|Ermenegildo Zegna|Brunello Cucinelli|Adam Opel|Ferdinand Porsche|
    Henry Schein|Charles River|Thermo Fisher|Apple Park|Kotak Mahindra|Tech Mahindra|
    Bharti Airtel|Reliance Jio|Bajaj Finserv|Maruti Suzuki|Larsen Toubro|
    Tata Consultancy""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


_RELATIONS = (
    "manager boss colleague coworker co-worker mentor mentee friend teammate lead wife husband "
    "partner sister brother mom mum dad son daughter cousin client intern recruiter supervisor "
    "advisor adviser landlord neighbor neighbour doctor dentist tutor teacher cofounder "
    "co-founder ceo cto cfo"
).split()
# Street-type words and place-name openers are never a first name here ("Vila Madalena",
# "Via Roma", "Sao Paulo", "San Diego").
_STREET_WORDS = frozenset(
    "Via Vila Rua Rue Calle Avenida Viale Piazza Praça Plaza Place Route Camino Strada Corso "
    "Largo Borgo Jardim Parque Lago Vale Campo Morro Quinta Villa Chemin Allée Impasse "
    "Sao São San Santa Santo Saint Sainte Los Las Porto Puerto Port Fort Mount Lake Cape Rio "
    "Costa Villa Monte Bad Sankt".split()
)
_GIVEN = given_names() - _STREET_WORDS - set(_HONORIFICS)
_GIVEN_AMBIGUOUS = word_list("given_names_ambiguous.txt") - set(_HONORIFICS)
prefilter.register("given", _GIVEN)
prefilter.register("given_ambiguous", _GIVEN_AMBIGUOUS)
prefilter.register("honorific", set(_HONORIFICS))  # "Sig.ra": _HONORIFIC reads the rest
prefilter.register(
    "strong_cue",
    {f"my {word}" for word in _RELATIONS}
    | {
        "my name is",
        "my team lead",
        "named",
        "called",
        "je m'appelle",
        "ich heiße",
        "ich heisse",
        "me llamo",
        "mi chiamo",
    },
)

# Person cues for the surname rule (``_cued_surnames``): a subset of ``_PERSON_CUE``.
prefilter.register(
    "person_cue",
    {
        "thanks",
        "thank you",
        "thx",
        "kudos to",
        "congrats",
        "congrats to",
        "congratulations",
        "congratulations to",
        "props to",
        "shoutout to",
        "shout-out to",
        "cc",
        "hi",
        "hey",
        "hello",
        "dear",
        "welcome",
        "met",
        "meet",
        "mentored",
        "hired",
        "interviewed",
        "ping",
    },
)
_AFTER_CUE = re.compile(
    rf",?\s(?P<first>{_CAP})\s(?:{_PARTICLES}\s){{0,2}}(?P<last>{_CAP})(?![\w@])"
)
# Surnames that are also common words ("Park", "Ways", "Cook") do not confirm a word-like first
# name or a cue ("Apple Park", "3 Simple Ways", "meet Lincoln Park"): built with the lists.
_SURNAME_WORDS = word_list("surnames_words.txt")
_CAPS_AHEAD = re.compile(rf"(?:\s{_CAP}){{1,2}}")
# Census surnames that mostly name places after a cue ("meet Lincoln Park", "Apple Park").
_PLACE_SURNAMES = frozenset(
    "Park Hill Hills Garden Gardens Field Fields Lane Green Wood Woods Court Place Heights Point "
    "Port Springs Falls Grove Street Ford Banks Brook Brooks Church Castle Hall Bay".split()
)
# Company forms named after people ("Vincent Germain et Fils", "Normand Rocher SARL"): kept.
_COMPANY_AFTER = re.compile(
    r"\s(?:-\s)?(?:(?:&|and|e|et|y|und)\s)?(?:Filhos|Fils|Sons|Söhne|Hijos|Figli|"
    r"[Aa]sociados|[Aa]ssociados|Associates|Partners)\b|"
    r"\s(?:-\s)?(?:ME|EI|EPP|EIRELI|Ltda|SARL|SAS|SA|S\.A\.|S\.L\.|S\.Coop\.|S\.Com\.|"
    r"S\.p\.A\.|SpA|S\.r\.l\.|Srl|SRL|GmbH|AG|KG|OHG|e\.V\.|B\.V\.|N\.V\.|Ltd|LLC|LLP|"
    r"Inc|PLC|plc|Co|Corp|(?:[A-Z]\.){2,4}[A-Z]?)(?![\w])|"
    # Business nouns: "Del Monte Foods", "Thomas Cook Airlines", "Hunter Douglas Group".
    r"\s(?:Foods|Airlines|Airways|Motors|Hotels|Resorts|Pharma|Pharmaceuticals|Insurance|Bank|"
    r"Brewing|Brewery|Wines|Coffee|Bakery|Furniture|Cosmetics|Electronics|Logistics|Energy|"
    r"Industries|International|Enterprises|Holdings|Group|Travel|Records|Entertainment|Studios|"
    r"Publishing|Realty|Properties|Construction|Consulting|Capital|Ventures|Stores|Restaurants|"
    r"Company|Corporation|Worldwide|Global|Foundation|Institute|Motorsport|Racing|Automotive|"
    # Things named after a (public) person: "Ada Lovelace Day", "Marie Curie Fellowship".
    r"Day|Award|Awards|Prize|Medal|Fellowship|Lecture|Memorial|Trophy|Cup|Hall|Library|Museum|"
    r"School|College|University|Hospital|Centre|Center|Stadium|Arena|Airport|Bridge)\b"
)

_HONORIFIC_SET = frozenset(_HONORIFICS)
# "Dr Pepper", "Dr. Martens", "Mr. Robot": an honorific in a brand, not a person.
_HONORIFIC_BRANDS = frozenset({"Pepper", "Martens", "Oetker", "Robot", "Bean", "Clean", "Potato"})


def _is_surname(token: str | None) -> bool:
    return (
        bool(token)
        and token not in _NOT_SURNAME
        and token not in _HONORIFIC_SET
        and not (len(token) > 1 and token.isupper())
    )


def find_people(text: str) -> list[Hit]:
    """Heuristic NAME hits for people who are not in the member directory."""
    hits: list[Hit] = []
    found = prefilter.keywords(text)
    for start, end in found.get("given", ()):
        token = text[start:end]
        if start and text[start - 1] in "@#.'’-_/":
            continue
        if token.islower():  # "maren lindqvist" ("the" is a folded "Thé": skipped at once)
            if token not in _TOP and (hit := _lower_name(text, start, end, token)):
                hits.append(hit)
            continue
        # The keyword pass matches folded spellings: "Simple" is not "Símple".
        if not token[0].isupper() or (token not in _GIVEN and token.title() not in _GIVEN):
            continue
        if text[start - 2 : start] == ", " and (hit := _surname_comma(text, start, end)):
            hits.append(hit)  # "Lindqvist, Maren"
            continue
        if _COMPANY_AFTER.match(text, end) or opens_company(token):  # "Correia Ltda."
            continue  # "Martin & Sons", "Stichting Konings"
        after = _SURNAME_AFTER.match(text, end)
        if (
            after
            and _is_surname(after.group("last"))
            and (_after_particle(text, after) or not _plain_noun(after.group("last")))
            and not is_company_token(after.group("last"))  # "Eberhardt KGaA"
            and _is_surname_middle(after)
            and after.group("second") not in _COMPANY_SUFFIX
            and not text.startswith(" &", after.end())
        ):
            second = _is_surname(after.group("second"))
            stop = after.end("second") if second else after.end("last")
            if (
                _company_follows(text, stop)
                or company_near(text, start, stop)
                or company_after(text, after.end("last"))  # "Pablo Iturriaga Hermanos"
            ):
                continue  # "Vincent Germain et Fils", "... SARL", "Studio Lucia Ferrandino"
            if f"{token} {after.group('last')}" in _BRAND_NAMES:
                continue  # "Morgan Stanley", even after "thanks"
            hits.append(("NAME", start, stop))
            continue
        if token.isupper() and len(token) > 1 and (caps := _all_caps_name(text, token, after)):
            hits.append(("NAME", start, caps))
            continue
        if _PERSON_CUE.search(text, max(0, start - 24), start):
            hits.append(("NAME", start, end))
    hits += _cued_surnames(text, found.get("person_cue", ()))
    # "Grace Hopper", "Will Smith": a word-like given name counts before a known surname.
    surnames = word_list("surnames.txt")
    for start, end in found.get("given_ambiguous", ()):
        if not text[start].isupper() or (start and text[start - 1] in "@#.'’-_"):
            continue
        if (
            text[start:end] not in _GIVEN_AMBIGUOUS
            and text[start:end].title() not in _GIVEN_AMBIGUOUS
        ):
            continue
        if text[start - 2 : start] == ", " and (hit := _surname_comma(text, start, end)):
            hits.append(hit)  # "Roquefeuil, Amandine": the surname is no word
            continue
        after = _SURNAME_AFTER.match(text, end)
        last = after.group("last") if after else None
        if (
            # "Till Reinholz", "Amandine Roquefeuil" mid-sentence: a surname no list holds.
            last
            and after.group("middle") is None
            and text[start:end].lower() not in _TOP
            and last.lower() not in _TOP
            and (_invented(last) and last not in _GIVEN or last in surnames)
            and _surname_like(last)
            and _PERSON_PREPOSITION.search(text, max(0, start - 20), start)  # "Grazie a ..."
            and not company_near(text, start, after.end("last"))
        ):
            hits.append(("NAME", start, after.end("last")))
            continue
        if (
            last in surnames
            and last not in _SURNAME_WORDS
            # "Met Maria Lopez": the name starts at "Maria"; "Sai Madan" (a surname common in
            # India that is also a given name) is one name.
            and (
                last not in _GIVEN
                or (last in _SURNAMES_IN and not _is_surname(after.group("second")))
            )
            and _is_surname(last)
            and after.group("middle") is None
            and not _company_follows(text, after.end("last"))
            and f"{text[start:end]} {last}" not in _BRAND_NAMES
        ):
            hits.append(("NAME", start, after.end("last")))
    hits += _india_surnames(text, found.get("surname_in", ()))
    for start, _ in found.get("honorific", ()):
        if (start == 0 or not text[start - 1].isalnum()) and (m := _HONORIFIC.match(text, start)):
            hits.extend(_honorific_name(text, m))
    for start, _ in found.get("strong_cue", ()):
        if m := _STRONG_CUE.match(text, start):
            hits.extend(_name_tokens(text, m.start("name"), m.end("name")))
    hits += _initial_surnames(text)
    # "Stichting Konings", "Bäckerei Anna Brandstetter": a business name, whichever rule fired.
    return [h for h in hits if not _opens_with_company(text, h[1], h[2])]


def _opens_with_company(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    return (
        opens_company(words[0])
        or company_before(text, start)
        or is_legal_form(words[-1])  # "Barros Ltda": a list's junk surname "Ltda"
    )


# India: given names are too diverse for a frequency list (coined and Sanskrit compound names;
# most of those our lists missed are absent from names-dataset's India list altogether), while
# surnames are a more closed class. A surname common in India that is not a word or a place
# (surnames_in.txt) anchors the capitalised word or the initials before it: "Aarna
# Viswanathan", "K. Subramanian", "R. K. Narayan", "Venkata Subba Rao".
_SURNAMES_IN = word_list("surnames_in.txt")
prefilter.register("surname_in", _SURNAMES_IN)
_BEFORE_SURNAME = re.compile(
    rf"(?:(?<![\w.])(?P<init>(?:[{_UPPER}]\.\s?){{1,3}})|(?<![\w@#.'’-])(?P<first>{_CAP})\s)$"
)
_CAP_BEFORE = re.compile(rf"(?<![\w@#.'’-])(?P<word>{_CAP})\s$")
_CAP_AFTER = re.compile(rf"\s(?P<word>{_CAP})(?![\w@])")


def _india_surnames(text: str, anchors: list[tuple[int, int]]) -> list[Hit]:
    hits: list[Hit] = []
    for start, end in anchors:
        if (
            text[start:end] not in _SURNAMES_IN
            or text[end : end + 1] in ("@", "-")
            or text[start:end] in _HONORIFIC_SET  # "La Sra. Iturriaga"
        ):
            continue
        m = _BEFORE_SURNAME.search(text, max(0, start - 40), start)
        if m is None:
            continue
        first = m.group("first")
        if first is not None and (
            not _is_surname(first) or first in _STREET_WORDS or first in _HONORIFICS
        ):
            continue
        begin, stop = m.start(), end
        # A middle name before ("Venkata Subba Rao") and more surnames after ("Aarna
        # Viswanathan Iyer"), when the lists know them as names.
        if first is not None and (more := _CAP_BEFORE.search(text, max(0, begin - 30), begin)):
            word = more.group("word")
            if word in _GIVEN or word in _SURNAMES_IN:
                begin = more.start()
        while (more := _CAP_AFTER.match(text, stop)) and more.group("word") in _SURNAMES_IN:
            stop = more.end()
        if _company_follows(text, stop) or f"{first} {text[start:end]}" in _BRAND_NAMES:
            continue
        hits.append(("NAME", begin, stop))
    return hits


def _all_caps_name(text: str, token: str, after: re.Match[str] | None) -> int | None:
    """End of "JOHN SMITH": an all-caps given name before an all-caps census surname, or after
    a person cue ("thanks MARIA LOPEZ")."""
    last = after.group("last") if after else None
    if not (last and last.isupper() and after.group("middle") is None):
        return None
    if f"{token} {last}".title() in _BRAND_NAMES or last.title() in _NOT_SURNAME:
        return None
    start = after.start() - len(token)
    if token.lower() in _TOP or last.lower() in _TOP or company_after(text, after.end("last")):
        return None  # "ANNA SAID", "MAREN LINDQVIST GMBH"
    cue = _PERSON_CUE.search(text, max(0, start - 24), start)
    # A known surname, or one that is no common word ("MAREN LINDQVIST", invented surnames).
    if last.title() in word_list("surnames.txt") or cue or _invented(last):
        return after.end("last")
    return None


def _company_follows(text: str, pos: int) -> bool:
    """A company form right after ``pos`` or after one or two more capitalised words
    ("María Belén Cisneros Pozuelo S.Coop.")."""
    if _COMPANY_AFTER.match(text, pos):
        return True
    skip = _CAPS_AHEAD.match(text, pos)
    return (skip is not None and _COMPANY_AFTER.match(text, skip.end()) is not None) or (
        company_after(text, pos)
    )


def _cued_surnames(text: str, cues: list[tuple[int, int]]) -> list[Hit]:
    """ "met Hendrik Castro", "congrats to Ayla Kapoor": after a person cue, any capitalised
    word before a census surname is a first name, even one the gazetteer lacks."""
    hits: list[Hit] = []
    surnames = word_list("surnames.txt")
    for _, end in cues:
        m = _AFTER_CUE.match(text, end)
        last = m.group("last") if m else None
        if not m or last not in surnames or last in _PLACE_SURNAMES or last in _SURNAME_WORDS:
            continue
        first, last = m.group("first"), m.group("last")
        if (
            _is_surname(first)
            and _is_surname(last)
            and f"{first} {last}" not in _BRAND_NAMES
            and not _company_follows(text, m.end())
        ):
            hits.append(("NAME", m.start("first"), m.end()))
    return hits


def _is_surname_middle(after: re.Match[str]) -> bool:
    middle = after.group("middle")
    return middle is None or middle.endswith(".") or _is_surname(middle)


def _name_tokens(text: str, start: int, end: int) -> list[Hit]:
    """Keep the capitalised words of a cue match that are not business or calendar words."""
    words = text[start:end].split(" ")
    if not _is_surname(words[0]) or words[0] in _HONORIFIC_BRANDS:
        return []
    last_ok = 0
    for i, word in enumerate(words):
        if word[:1].isupper() and _is_surname(word):
            last_ok = i
        elif word[:1].isupper():
            break
    return [("NAME", start, start + len(" ".join(words[: last_ok + 1])))]


# --- Structure rules (issue 10, generic): an honorific, initials or "Surname, Given" make the
# capitalised token next to them a surname even when no list holds it ("Dr. Halvorsen",
# "J. Okonkwo-Baptiste", "Lindqvist, Maren"); a common word that no surname list holds is not
# one ("Miss Universe", "U.S. Army", "Danke, Anna"); lower-case and all-caps names count when
# the tokens are not common words. Word lists: common_words*.txt (wordfreq, see build_names).
_COMMON = word_list("common_words.txt")
_TOP = word_list("common_words_top.txt")  # sentence words of every language: never a surname
_SURNAMES = word_list("surnames.txt")
_PARTICLE_SET = frozenset(_PARTICLES[3:-1].split("|"))
_WORD_SPLIT = re.compile(r"[\s-]+")


def _plain_word(token: str) -> bool:
    """A common word that no surname list holds ("Geburtstag", "Army", "Universe")."""
    low = token.lower()
    return low in _TOP or (low in _COMMON and token.title() not in _SURNAMES)


def _surname_like(token: str) -> bool:
    """A token that can be a surname next to an honorific, initials or a comma-given name."""
    if token[:1].islower():  # "mrs brandvold": only a token that is no common word
        return _invented(token) or (
            token.title() in _SURNAMES and token.title() not in _SURNAME_WORDS and token not in _TOP
        )
    title = token.title() if token.isupper() else token
    return (
        len(token) > 1
        and title not in _NOT_SURNAME
        and title not in _HONORIFIC_BRANDS
        and not _plain_word(token)
        and not (token.lower().endswith(_WORD_ENDINGS) and title not in _SURNAMES)
    )


def _honorific_name(text: str, m: re.Match[str]) -> list[Hit]:
    """The surname tokens after an honorific ("Frau Brandvold", "Sig.ra Bellucci", "MS
    BRANDVOLD", "Dr. van der Berg"); the honorific itself stays."""
    start = m.start("name")
    stop = start
    pos = start
    for word in _WORD_SPLIT.split(m.group("name")):
        pos = text.index(word, pos)
        if word.lower() in _PARTICLE_SET:
            pos += len(word)
            continue
        if not _surname_like(word) or (stop > start and word[:1].islower()):
            break
        pos += len(word)
        stop = pos
    if stop == start or company_after(text, stop):  # "Dr. Halvorsen GmbH", "... Skincare"
        return []
    return [("NAME", start, stop)]


_INITIALS = re.compile(
    rf"(?<![\w.'’@#/-])(?P<init>[{_UPPER}]\.(?:\s?-?[{_UPPER}]\.){{0,2}})\s?"
    rf"(?P<particles>(?:(?i:{_PARTICLES})\s){{0,2}})(?P<last>{_CAP})(?:\s(?P<second>{_CAP}))?"
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


def _initial_surnames(text: str) -> list[Hit]:
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
            if last.lower() in _TOP or last in _NOT_SURNAME:
                continue
        elif (
            not _surname_like(last)  # "U.S. Army", "plan B. Next"
            or (last.lower().endswith(_WORD_ENDINGS) and last.lower() in _COMMON)  # "N. Keeping"
            or (last.endswith(_EPITHETS) and last not in _SURNAMES)  # "C. Elegans", "E. Coli"
            or _LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start())  # "Series A."
            or (last.isupper() and not (_invented(last) or last.title() in _SURNAMES))
        ):
            continue
        stop = m.end("last")
        second = m.group("second")
        if second and _surname_like(second) and second.lower() not in _COMMON:
            stop = m.end("second")
        if company_near(text, m.start(), stop):  # "J. Crew Group", "A. Lange & Söhne"
            continue
        hits.append(("NAME", m.start(), stop))
    return hits


_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ")


def _invented(token: str) -> bool:
    """A token no word list holds that is spelt like a name (it has a vowel): "Lindqvist"."""
    low = token.lower()
    return (
        low not in _COMMON
        and not _VOWELS.isdisjoint(low)
        and not (low.endswith(_WORD_ENDINGS) and token.title() not in _SURNAMES)
    )


# Endings of derived words, not of names ("Whitelisted", "Digitalisierung", "Onboarding").
_WORD_ENDINGS = tuple(
    "ed ing ly tion tions ment ments ness able ible ción zione ção mente ung ungen heit keit "
    "schaft heid lijk isch ismus isme ismo ité ità idad idade ieren iert ize ise ized ised".split()
)


def _after_particle(text: str, after: re.Match[str]) -> bool:
    """ "Mirte van Dommelen": a particle before the surname makes even a word one."""
    words = text[after.start() : after.start("last")].split()
    return bool(words) and words[-1] in _PARTICLE_SET


def _plain_noun(token: str) -> bool:
    """A capitalised common word that no surname list holds ("Anna Geburtstag"); "-er" words
    stay surnames, as so many are ("Stefanie Warmer", like Becker, Fischer, Lehrer)."""
    return (
        token.lower() in _COMMON
        and token.title() not in _SURNAMES
        and not token.endswith(("er", "ers"))
    )


_SURNAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w@#.'’-])(?P<sur>(?:(?i:{_PARTICLES})\s){{0,2}}{_CAP}(?:[\s-]{_CAP})?),\s$"
)
# A list of capitalised items is an enumeration, not "Surname, Given".
_ENUMERATION_AFTER = re.compile(rf"(?:,|\s(?:and|or|und|oder|et|ou|y|o|e|en|of))\s{_CAP}")
_ENUMERATION_BEFORE = re.compile(r"[\w.)],\s$")  # "2024, Germany, India", "Canada, Germany, ..."
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)\s$")


def _surname_comma(text: str, start: int, end: int) -> Hit | None:
    """ "Lindqvist, Maren", "García López, María": a surname-like token, a comma and a known
    given name that ends the name ("Berlin, Maria Lopez" is Maria Lopez; "In Paris, Anna" and
    "Danke, Anna" are not names)."""
    given = text[start:end]
    if given.lower() in _TOP or given.isupper() or _ENUMERATION_AFTER.match(text, end):
        return None  # "Danke, Anna", "CH, CY, CZ", "German, Spanish and Italian"
    m = _SURNAME_BEFORE_COMMA.search(text, max(0, start - 60), start)
    if m is None or _ENUMERATION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None  # "Canada, Germany, France"
    words = m.group("sur").replace("-", " ").split()
    if not all(
        (_surname_like(w) and w.lower() not in _COMMON) or w.lower() in _PARTICLE_SET for w in words
    ):
        return None  # "Morgen, Sanne", "Obrigado, João": a word, not a surname
    if not _surname_like(words[-1]) or (
        (before := _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        and before.group("word").islower()
        and before.group("word") in _TOP  # "in Paris, Anna", "aus Bern, Maria"
    ):
        return None
    stop = end
    after = _SURNAME_AFTER.match(text, end)
    if after and after.group("middle") is None and _is_surname(after.group("last")):
        if after.group("last") not in _GIVEN:
            return None  # "Berlin, Maria Lopez": rule 1 takes "Maria Lopez"
        stop = after.end("last")  # "Lindqvist, Maren Sofie"
    if company_near(text, m.start(), stop):
        return None
    return ("NAME", m.start(), stop)


_LOWER_AFTER = re.compile(
    rf"\s(?:{_PARTICLES}\s){{0,2}}(?P<last>[a-zà-öø-ÿ][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w@]|\.\w)"
)


def _lower_name(text: str, start: int, end: int, token: str) -> Hit | None:
    """ "maren lindqvist": a lower-case given name that is no sentence word, before a
    lower-case token that is no common word (or a known surname that is not a word)."""
    if token in _TOP or token.title() not in _GIVEN:
        return None
    m = _LOWER_AFTER.match(text, end)
    if m is None:
        return None
    last = m.group("last")
    if (
        len(last) < 3
        or last.title() in _GIVEN
        or last in _TOP
        or not _surname_like(last)
        or company_after(text, m.end())
        or not _known_words_around(text, start, m.end())
    ):
        return None
    return ("NAME", start, m.end())


_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]+)")


def _known_words_around(text: str, start: int, end: int) -> bool:
    """The words either side of a lower-case name are in a language we know ("maren lindqvist
    joined the team"); text in another language is a run of unknown words ("amet optio
    voluptas"), where a lower-case given name next to an unknown word means nothing."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.match(text, end)
    return all(m is None or _known_word(m.group("word").lower()) for m in (before, after))


def _known_word(word: str) -> bool:
    return len(word) == 1 or word in _COMMON or word in _TOP


# Words that put a person after them ("thanks to Till Reinholz", "Merci à Amandine
# Roquefeuil", "mit Till Reinholz"): an ambiguous given name there counts before a surname no
# list holds ("Excited about Bayern Munich", "Will Terraform ...?", "flew to Sri Lanka" are
# kept: a bare "to", "a", "from" puts places there as often as people).
_PERSON_PREPOSITION = re.compile(
    r"(?:^|\s)(?:thanks(?:\sto)?|thank\syou|grazie(?:\sa)?|merci(?:\sà)?|dank(?:e)?(?:\san)?|"
    r"gracias(?:\sa)?|obrigad[oa](?:\sao?)?|bedankt(?:\saan)?|with|mit|con|avec|met|com|by|"
    r"recommend|alongside)\s$",
    re.IGNORECASE,
)
