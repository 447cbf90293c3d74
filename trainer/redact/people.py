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
from trainer.redact.hits import Hit
from trainer.redact.names import given_names, word_list

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin upper case (Latin Extended-A mixes cases; checked in code)
_CAP = rf"[{_UPPER}][^\W\d_]+(?:[-'’][{_UPPER}a-z][^\W\d_]*)?"
_PARTICLES = r"(?:van|von|de|der|den|da|di|del|della|dos|das|du|la|le|bin|ibn|al|el|ter|ten|zu)"

_SURNAME_AFTER = re.compile(
    rf"(?:[-\s](?P<middle>[{_UPPER}]\.|{_CAP}))??\s(?:{_PARTICLES}\s){{0,2}}(?P<last>{_CAP})"
    rf"(?:\s(?P<second>{_CAP}))?(?![\w@])"
)
_HONORIFICS = (
    "Mr Mrs Ms Mx Dr Prof Professor Sir Dame Herr Frau Mme Mlle Madame Monsieur Señor Señora Sr "
    "Sra Srta Dra Shri Smt Shrimati Kumari Thiru Tmt Selvi Sardar Pandit Ustad Begum"
).split()
_HONORIFIC = re.compile(
    rf"(?:{'|'.join(_HONORIFICS)})\.?\s(?:[A-Z]\.\s?){{0,3}}"
    rf"(?P<name>(?:(?i:{_PARTICLES})\s){{0,2}}{_CAP}(?:\s(?:{_PARTICLES}\s){{0,2}}{_CAP})?)"
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
_GIVEN = given_names() - _STREET_WORDS
_GIVEN_AMBIGUOUS = word_list("given_names_ambiguous.txt")
prefilter.register("given", _GIVEN)
prefilter.register("given_ambiguous", _GIVEN_AMBIGUOUS)
prefilter.register("honorific", set(_HONORIFICS))
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

# "Dr Pepper", "Dr. Martens", "Mr. Robot": an honorific in a brand, not a person.
_HONORIFIC_BRANDS = frozenset({"Pepper", "Martens", "Oetker", "Robot", "Bean", "Clean", "Potato"})


def _is_surname(token: str | None) -> bool:
    return bool(token) and token not in _NOT_SURNAME and not (len(token) > 1 and token.isupper())


def find_people(text: str) -> list[Hit]:
    """Heuristic NAME hits for people who are not in the member directory."""
    hits: list[Hit] = []
    found = prefilter.keywords(text)
    for start, end in found.get("given", ()):
        token = text[start:end]
        if not token[0].isupper() or (start and text[start - 1] in "@#.'’-_"):
            continue
        # The keyword pass matches folded spellings: "Simple" is not "Símple".
        if token not in _GIVEN and token.title() not in _GIVEN:
            continue
        if _COMPANY_AFTER.match(text, end):  # "Correia Ltda.", "Martin & Sons"
            continue
        after = _SURNAME_AFTER.match(text, end)
        if (
            after
            and _is_surname(after.group("last"))
            and _is_surname_middle(after)
            and after.group("second") not in _COMPANY_SUFFIX
            and not text.startswith(" &", after.end())
        ):
            second = _is_surname(after.group("second"))
            stop = after.end("second") if second else after.end("last")
            if _company_follows(text, stop):  # "Vincent Germain et Fils", "... SARL"
                continue
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
        after = _SURNAME_AFTER.match(text, end)
        last = after.group("last") if after else None
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
    for category, pattern in (("honorific", _HONORIFIC), ("strong_cue", _STRONG_CUE)):
        for start, _ in found.get(category, ()):
            if m := pattern.match(text, start):
                hits.extend(_name_tokens(text, m.start("name"), m.end("name")))
    return hits


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
        if text[start:end] not in _SURNAMES_IN or text[end : end + 1] in ("@", "-"):
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
    cue = _PERSON_CUE.search(text, max(0, start - 24), start)
    if last.title() in word_list("surnames.txt") or cue:
        return after.end("last")
    return None


def _company_follows(text: str, pos: int) -> bool:
    """A company form right after ``pos`` or after one or two more capitalised words
    ("María Belén Cisneros Pozuelo S.Coop.")."""
    if _COMPANY_AFTER.match(text, pos):
        return True
    skip = _CAPS_AHEAD.match(text, pos)
    return skip is not None and _COMPANY_AFTER.match(text, skip.end()) is not None


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
