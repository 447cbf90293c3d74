"""Word classes for the person-name rules: character classes, particles, honorifics, the
shipped name and word lists, and predicates on one token ("can this be a surname?").

The rule modules (``person_shapes``, ``people``) read these; nothing here looks further than
one token. The keyword categories the rules start from are registered with ``prefilter`` here,
once, at import.
"""

from __future__ import annotations

import re

from trainer.redact import address_words, prefilter
from trainer.redact.folding import fold
from trainer.redact.names import SURNAME_PARTICLES, given_names, word_list
from trainer.redact.person_calendar import MONTHS_EN_DE, WEEKDAYS_EN_DE
from trainer.redact.person_closings import CLOSING_NOUNS
from trainer.redact.person_greetings import SALUTATION_WORDS

UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin upper case (Latin Extended-A mixes cases; checked in code)
# "O'Brien", "D'Amico", "L'Estrange", "N'Diaye", "M'Bala": an elided article or prefix before a
# capital opens a surname; French writes the particle lower case ("d'Argenson").
CAP = rf"(?:[DOLNMd]['’](?=[{UPPER}]))?[{UPPER}][^\W\d_]+(?:[-'’][{UPPER}a-z][^\W\d_]*)?"
# Particles that only non-member names need: Irish "Ó Súilleabháin", "Ní Bhriain", "Nic
# Giolla", "Mac Giolla Phádraig", "Uí Néill" (capitalised in Irish, so listed as written) and
# Dutch "van 't Hof", "in 't Veld".
_EXTRA_PARTICLES = ("Ó", "Ní", "Nic", "Uí", "Mac", "'t", "’t", "in 't", "in ’t")
# The particles as words (each a literal: no regex syntax), and as the pattern the rules embed
PARTICLE_WORDS: tuple[str, ...] = (*SURNAME_PARTICLES, *_EXTRA_PARTICLES)
PARTICLES = f"(?:{'|'.join(map(re.escape, PARTICLE_WORDS))})"

# A name stays on its line: "Raimundo Tavares\nDiretor Comercial" ends at "Tavares"; a middle
# name too ("Villanueva\nGerente de Ventas": rev22 F24).
_H = r"[^\S\n]"
SURNAME_AFTER = re.compile(
    rf"(?:(?:-|{_H})(?P<middle>[{UPPER}]\.|{CAP}))??{_H}(?:{PARTICLES}{_H}){{0,2}}(?P<last>{CAP})"
    rf"(?:{_H}(?P<second>{CAP}))?(?![\w@])"
)
HONORIFICS = (
    "Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Herr Herrn Frau Fräulein Hr Mme Mlle Madame "
    "Mademoiselle Monsieur Señor Señora Señorita Sr Sra Srta Dra Doña Dña Dona Profa Signor "
    "Signora Signorina Sig Dott Avv Ing Dhr Mevr Mw Mej Drs Shri Smt Shrimati Kumari Thiru Tmt "
    "Selvi Sardar Pandit Ustad Begum Meneer Mevrouw Mejuffrouw Maître Maitre "
    # pl (declined, lower case mid-sentence: "pani Nowak", "z panią Nowak"; not "pan", an
    # English noun too), sv, fi, tr
    "Pani Pana Panu Panią Fru Fröken Herra Rouva Neiti Bayan Sayın "
    # cs (academic degrees written before the name: "MUDr.", "Ing.", "Mgr."; not "pan"), ro
    # ("domnul", "doamna" and the DOOM abbreviation "dna", written without a stop; not "dl",
    # the decilitre), da/nb "Frk", ms (Encik, Puan, Cik and titles); not Turkish "Bay"
    # ("Bay Area"), not "Tuan", a common Vietnamese given name (given_names_alone.txt): an
    # honorific is left out of the hit, so "Tuan Nguyen" would keep "Tuan" (fail open)
    "Paní Mgr MUDr JUDr PhDr RNDr MVDr Bc Domnul Domnului Doamna Doamnei Domnișoara Dna Dnei "
    "Frk Encik Puan Cik Datuk Dato Datin Hajah "
    # id ("Bapak", "Ibu" and their short forms; not "Bu", a word abbreviation elsewhere), the
    # Hausa and Yoruba pilgrim titles used across Nigeria
    "Bapak Pak Ibu Alhaji Alhaja "
    # sq: "zoti", "zonja" (and their oblique forms), "znj." (zonja), written lower case mid-
    # sentence; not the bare "z.", which German writes in "z. B."
    "Zoti Zotit Zotëri Zonja Zonjës Znj "
    # a kitchen's head, as a title before the surname ("Chef Moreau"; not "Chef de Partie":
    # person_shapes reads no particle after it)
    "Chef"
).split()
# Honorifics that are also words or word abbreviations: only with their full stop ("Arch.
# Lombardi", "Geom. Barbieri", "Fr. Hoffmann", "Pr. Fontaine"); French "Me" (Maître) only
# capitalised ("Me Dupont").
DOTTED_HONORIFICS = (
    "Arch Geom Rag Fr Pr Mons Lic Eng Gen Col Capt Rev Ir Adv Hon Doc Inż En"  # "inż.", "En."
    # Philippine and Nigerian professional titles ("Atty. Reyes", "Engr. Okafor") and Filipino
    # "Gng." (Ginang) and "Bb." (Binibini)
    " Atty Engr Gng Bb"
    # ro "dl." (domnul), with its stop only: bare "dl" is the decilitre; es (Caribbean and
    # Central American) "Licda."/"Licdo."/"Lcda."/"Lcdo." (licenciada, licenciado)
    " Dl Licda Licdo Lcda Lcdo"
).split()
# Office titles written capitalised without a full stop before a surname: Australian and British
# councillors ("Cr Papadakis", "Cllr Hennessy") and "Hon Thibodeau" (the Honourable).
CASED_HONORIFICS = ("Cr", "Cllr", "Hon")
# Capitalised words that are not surnames: business and product words, places, calendar words
# and sentence glue. A "surname" found here means the pair is kept.
NOT_SURNAME = frozenset(
    """Inc Ltd LLC LLP PLC GmbH AG SA SAS BV Co Corp Corporation Company Group Labs Lab
    Technologies Technology Tech Systems Software Solutions Services Consulting Capital Ventures
    Partners Holdings Bank Foundation Institute University College School Academy Hospital Clinic
    Stadium Stadion Auditorium Pavilion
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
    Safari Line Hotel Restaurant Cafe Bar Market Arena Bay Effect Law Rule Theorem""".split()
) | CLOSING_NOUNS  # "Beste Grüße": a closing's noun (person_closings)
COMPANY_SUFFIX = frozenset(
    """Inc Ltd LLC LLP PLC GmbH AG SA SAS BV Co Corp Corporation Company Group Labs Lab
    Technologies Partners Holdings Foundation Institute Associates Sons Brothers""".split()
)
# Companies and brands named after people are listed in eponymous_companies.txt (eponyms.py).


_RELATIONS = (
    "manager boss colleague coworker co-worker mentor mentee friend teammate lead wife husband "
    "partner sister brother mom mum dad son daughter cousin client intern recruiter supervisor "
    "advisor adviser landlord neighbor neighbour doctor dentist tutor teacher cofounder "
    "co-founder ceo cto cfo"
).split()
# Street types and place-name openers are never a first name here ("Vila Madalena", "Via
# Roma", "Avenue Montaigne", "Sao Paulo", "San Diego"). The street types are address_words'
# (written out, not abbreviated), less those that are also given names ("Ronda", "Marg"), but
# for "Via", "Calle" and "Camino", which open a street far more often than they name anyone.
_PLACE_OPENERS = (
    "Vila Jardim Parque Lago Vale Campo Morro Quinta Villa Sao São San Santa Santo Saint Sainte "
    "Los Las Porto Puerto Port Fort Mount Lake Cape Rio Costa Monte Bad Sankt Via Calle Camino"
).split()
_NAMES_THAT_ARE_WORDS = word_list("given_names_ambiguous.txt")
STREET_WORDS = frozenset(_PLACE_OPENERS) | frozenset(
    title
    for word in address_words.STREET_WORDS
    if word.isalpha() and len(word) >= 3 and word not in address_words.STREET_ABBREVIATIONS
    for title in (word.title(),)
    if title not in given_names() and title not in _NAMES_THAT_ARE_WORDS
)
# "And" in the languages we redact (en de fr it/pt es nl pl/sv nb/da fi tr ro ms/id): the one
# list of the conjunctions that join names; ``person_pairs`` adds the Polish/Czech "oraz", "a"
# and "&", ``person_alone`` Turkish "ile" and the words for "or".
AND_WORDS = frozenset("and und et e y en i och og ja ve și dan".split())
# Determiners, quantifiers, possessives and interrogatives (every inflection) of the languages we
# redact: a closed class that opens a noun phrase, never a name ("Diese Referentinnen", "i tanti
# messaggi", "Wat het ..."), though the name lists hold some of them. Words that are also common
# given names ("Mia", "Una", "Elke", "Ton", "Des", "Sue", "Ella", "Esa") are left out.
FUNCTION_WORDS = frozenset(
    """the an this that these those each every all many much few several some any my your his
    her its our their which what whose
    der die das den dem ein eine einen einem einer eines dieser diese dieses diesen diesem jener
    jene jenes jenen jenem jeder jede jedes jeden jedem alle allen aller alles manche mancher
    manches manchen viele vielen vieler einige einigen einiger wenige wenigen mehrere mehreren
    kein keine keinen keinem keiner keines mein meine meinen meinem meiner dein deine deinen
    sein seine seinen seinem ihr ihre ihren ihrem unser unsere unseren euer eure welche welcher
    welches welchen solche solcher solches beide beiden
    het een deze dit dat elk ieder iedere allemaal veel vele weinig weinige enkele sommige geen
    mijn jouw zijn haar ons onze jullie hun wat welk welke zulke
    il lo la gli le uno questo questa questi queste quello quella quelli quelle quel quei quegli
    tanto tanta tanti tante molto molta molti molte poco poca pochi poche alcuni alcune ogni
    ciascuno ciascuna nessuno nessuna tutto tutta tutti tutte altro altra altri altre certi certe
    vari varie parecchi parecchie troppo troppa troppi troppe qualche mio miei mie tuo tua tuoi
    tue suo suoi nostro nostra nostri nostre vostro vostra vostri vostre quale quali quanto
    quanta quanti quante
    el los las unos unas este esta estos estas ese esos esas aquel aquella aquellos aquellas
    cada todo toda todos todas mucho mucha muchos muchas pocos pocas tantos tantas varios varias
    algunos algunas ningún ninguna otro otra otros otras mis tus sus nuestro nuestros nuestras
    cuál cuáles cuánto cuánta cuántos cuántas
    os um uma uns umas estes esse essa esses essas aquele aquela aqueles aquelas muito muita
    muitos muitas pouco pouca poucos poucas vários várias alguns algumas nenhum nenhuma outros
    outras meu minha meus minhas teu teus seu sua seus suas nosso nossa nossos nossas quais
    quantos quantas
    les une ce cet cette ces chaque tout toute tous toutes plusieurs quelques certains certaines
    aucun aucune mon mes ta tes sa ses notre nos votre vos leur leurs quels
    quelles""".split()
)
# Gazetteer given names that are, capitalised at a sentence start, a preposition or a common
# noun far more often ("Chez Michelin depuis 2011", "In Ferrero dal 2010", "Koffie op de ...").
# Greetings and salutations that open a message before a name ("Hi Jan,", "Hallo Lukas",
# "Estimado Lic. Zavaleta"): name lists hold some as given names, but before a name they are
# the greeting, never part of it (rev22 F25). Greetings that are also common given names
# ("Hai", "Salam", "Selam", "Moin", "Ola", "Cher") stay out.
GREETING_WORDS = SALUTATION_WORDS  # the shared list's salutations (person_greetings)
_WORDS_NOT_GIVEN = {"Cllr", "Cr", "Hon", "Adv", "Chez", "In", "En", "Koffie"}
_NOT_GIVEN = (
    STREET_WORDS | set(HONORIFICS) | _WORDS_NOT_GIVEN | {w.title() for w in FUNCTION_WORDS}
)
# Words that English (and German) orthography capitalises, so the Hunspell split (lower-case
# headwords only) leaves them among the plain given names: weekdays, months and their short
# forms, languages and nationalities, countries and continents, holidays. Some are names too
# ("June", "Sunday", "Easter"), so they are word-like given names: they count before a known
# surname ("June Carter") and after a cue, not before any capitalised word ("Tuesday Back",
# "Irish Coffee", "France Televisions").
ORTHOGRAPHIC_CAPITALS = WEEKDAYS_EN_DE | MONTHS_EN_DE | frozenset(  # person_calendar
    """Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    English British Irish Scottish Welsh French German Dutch Spanish Italian Portuguese
    American Canadian Australian Indian European African Asian Brazilian Mexican Chinese
    Japanese Korean Greek Polish Swedish Danish Norwegian Finnish Turkish Russian Swiss
    Austrian Belgian Arabic Hindi Latin Celtic Catholic Christian Muslim Jewish Easter
    Christmas Xmas Halloween Diwali Eid Hanukkah Passover Pentecost Advent Lent
    England Scotland Wales Ireland Britain France Germany Spain Italy Portugal Holland
    Belgium Austria Switzerland America Canada Australia India China Japan Brazil Mexico
    Europe Africa Asia""".split()
)  # not "Jan" (Dutch, German, Czech) nor "Christian": far more often names
# Capitalised words that are also frequent given names stay plain given names (fail closed:
# "Call June Okonkwo", "Sunday Adeyemi is our new lead" must go; the cost: "in May Microsoft").
_GIVEN_FIRST = frozenset({"April", "May", "June", "August", "Sunday", "India", "Asia"})
_CALENDAR = (ORTHOGRAPHIC_CAPITALS - _GIVEN_FIRST) & given_names()
# Australian and New Zealand given names the gazetteer's source lacks (see the list's header).
# Akan day names in Ivorian spellings and Swahili virtue names it lacks (see that list's header).
# Given names of Latin American, African and Romanian usage it lacks (see that list's header).
# Kenyan names, given names and surnames at once (see that list's header).
KENYAN_NAMES = word_list("names_kenya.txt")
_SUPPLEMENTS = (
    word_list("given_names_oceania.txt")
    | word_list("given_names_customs.txt")
    | word_list("given_names_supplement.txt")
    | KENYAN_NAMES
)
_COMMON_WORDS = word_list("common_words.txt")
GIVEN = (given_names() | {n for n in _SUPPLEMENTS if n.lower() not in _COMMON_WORDS}) - (
    _NOT_GIVEN | (ORTHOGRAPHIC_CAPITALS - _GIVEN_FIRST)
)
GIVEN_AMBIGUOUS = (
    _NAMES_THAT_ARE_WORDS | _CALENDAR | {n for n in _SUPPLEMENTS if n.lower() in _COMMON_WORDS}
) - _NOT_GIVEN
prefilter.register("given", GIVEN)
prefilter.register("given_ambiguous", GIVEN_AMBIGUOUS)
# "Sig.ra": HONORIFIC reads the rest.
prefilter.register(
    "honorific", {*HONORIFICS, *DOTTED_HONORIFICS, *CASED_HONORIFICS, "Me", "Pr", "D.ª", "D.º"}
)
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
# Surnames that are also common words ("Park", "Ways", "Cook") do not confirm a word-like first
# name or a cue ("Apple Park", "3 Simple Ways", "meet Lincoln Park"): built with the lists.
SURNAME_WORDS = word_list("surnames_words.txt")
# Census surnames that mostly name places after a cue ("meet Lincoln Park", "Apple Park").
PLACE_SURNAMES = frozenset(
    "Park Hill Hills Garden Gardens Field Fields Lane Green Wood Woods Court Place Heights Point "
    "Port Springs Falls Grove Street Ford Banks Brook Brooks Church Castle Hall Bay "
    # Cities that are also census surnames, named after a cue ("Gefeliciteerd Feyenoord
    # Rotterdam", "Welcome to Real Madrid", "Grazie a Inter Milano").
    "London Paris Berlin Madrid Milano Milan Roma Rome Napoli Torino Lyon Marseille Barcelona "
    "Valencia Sevilla Lisboa Porto Hamburg Frankfurt Wien Vienna Zurich Brussel Antwerpen "
    "Amsterdam Rotterdam Utrecht Eindhoven Dublin Sydney Melbourne Brisbane Perth Toronto "
    "Montreal Vancouver Ottawa Mumbai Delhi Chennai Kolkata Bangalore Salzburg Dortmund Genova "
    "Firenze Bologna Venezia Verona Bilbao Toledo Granada Cordoba Lille Nantes Bordeaux "
    "Toulouse Nice Strasbourg Leeds Manchester Liverpool Chester York Boston Austin Dallas "
    "Houston Phoenix Denver Orlando Miami Chicago Detroit Columbus Cleveland Jackson".split()
)

HONORIFIC_SET = frozenset(HONORIFICS)
# Every title written before a surname, dotted and cased ones too ("Pr", "Cllr", "Me").
TITLES = frozenset((*HONORIFICS, *DOTTED_HONORIFICS, *CASED_HONORIFICS, "Me", "Pr"))
# Honorifics that are also common family names in South Asia ("Rajesh Pandit", "Nasrin Begum"):
# after a given name they are its surname.
SURNAME_HONORIFICS = frozenset({"Pandit", "Begum", "Sardar"})
# "Dr Pepper", "Dr. Martens", "Mr. Robot": an honorific in a brand, not a person.
HONORIFIC_BRANDS = frozenset({"Pepper", "Martens", "Oetker", "Robot", "Bean", "Clean", "Potato"})


def is_surname(token: str | None) -> bool:
    return (
        bool(token)
        and token not in NOT_SURNAME
        and (token not in HONORIFIC_SET or token in SURNAME_HONORIFICS)
        and not (len(token) > 1 and token.isupper())
    )


# India: given names are too diverse for a frequency list (coined and Sanskrit compound names;
# most of those our lists missed are absent from names-dataset's India list altogether), while
# surnames are a more closed class. A surname common in India that is not a word or a place
# (surnames_in.txt) anchors the capitalised word or the initials before it: "Aarna
# Viswanathan", "K. Subramanian", "R. K. Narayan", "Venkata Subba Rao".
SURNAMES_IN = word_list("surnames_in.txt")
prefilter.register("surname_in", SURNAMES_IN)

# --- Structure rules (issue 10, generic): an honorific, initials or "Surname, Given" make the
# capitalised token next to them a surname even when no list holds it ("Dr. Halvorsen",
# "J. Okonkwo-Baptiste", "Lindqvist, Maren"); a common word that no surname list holds is not
# one ("Miss Universe", "U.S. Army", "Danke, Anna"); lower-case and all-caps names count when
# the tokens are not common words. Word lists: common_words*.txt (wordfreq, see build_names).
COMMON = word_list("common_words.txt")
TOP = word_list("common_words_top.txt")  # sentence words of every language: never a surname
TOP_FOLDED = frozenset(fold(w) for w in TOP)  # the same, case and accents folded
# pl sv fi tr sentence words that no name list holds: for lower-case rules ("någon", "jeszcze")
TOP_NODICT = word_list("common_words_top_nodict.txt")
# Surnames of countries the source covers thinly (hand-written, see that list's header), those
# that are no common word.
SURNAMES = word_list("surnames.txt") | {
    n for n in word_list("surnames_supplement.txt") | KENYAN_NAMES if n.lower() not in COMMON
}
PARTICLE_SET = (
    frozenset(SURNAME_PARTICLES) | {p.lower() for p in _EXTRA_PARTICLES} | set(_EXTRA_PARTICLES)
)
WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)\s$")


def plain_word(token: str) -> bool:
    """A common word that no surname list holds ("Geburtstag", "Army", "Universe")."""
    low = token.lower()
    return low in TOP or (low in COMMON and token.title() not in SURNAMES)


# Gaelic patronymics ("McGuinness", "MacAllister", "FitzGerald") and an elided "O'" or "D'"
# ("O'Neill", "D'Alessandro"): the prefix makes a surname of any stem, even one with a word's
# ending ("-ness", "-ing") or a given name's ("Alessandro").
_PATRONYMIC = re.compile(rf"(?:Ma?c|Fitz|[DO]['’])[{UPPER}][a-zà-öø-ÿ]")


def patronymic(token: str) -> bool:
    return _PATRONYMIC.match(token) is not None


def surname_like(token: str) -> bool:
    """A token that can be a surname next to an honorific, initials or a comma-given name."""
    if token[:1].islower():  # "mrs brandvold": only a token that is no common word
        return invented(token) or (
            token.title() in SURNAMES and token.title() not in SURNAME_WORDS and token not in TOP
        )
    title = token.title() if token.isupper() else token
    return (
        len(token) > 1
        and title not in NOT_SURNAME
        and title not in HONORIFIC_BRANDS
        and not plain_word(token)
        and not (
            token.lower().endswith(WORD_ENDINGS) and title not in SURNAMES and not patronymic(token)
        )
    )


_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ")


def invented(token: str) -> bool:
    """A token no word list holds that is spelt like a name (it has a vowel): "Lindqvist"."""
    low = token.lower()
    return (
        low not in COMMON
        and not _VOWELS.isdisjoint(low)
        and not (
            low.endswith(WORD_ENDINGS) and token.title() not in SURNAMES and not patronymic(token)
        )
    )


# Endings of derived words, not of names ("Whitelisted", "Digitalisierung", "Onboarding").
WORD_ENDINGS = tuple(
    "ed ing ly tion tions ment ments ness able ible ción ciones zione zioni ção ções sión siones "
    "mente ung ungen heit keit schaft heid lijk isch ismus isme ismo ité ità idad idade ieren "
    "iert ize ise ized ised".split()
)


# The endings of ``WORD_ENDINGS`` that no surname has: not English "-ed", "-ly", "-ise", which
# end surnames too ("Oberried", "Tilly", "Devise"), nor "-ing", "-ment", "-ness", "-heid", "-isch",
# "-lijk" ("Wenning", "Kipling", "Clement", "Furness", "Verheid", "Bisch"): a rare surname with
# one of those endings must still make a name (fail closed).
DERIVED_ENDINGS = tuple(
    e
    for e in WORD_ENDINGS
    if e
    not in {"ed", "ly", "ise", "ize", "ised", "ized", "able", "ible", "ing", "ment", "ments",
            "ness", "heid", "isch", "lijk"}
)


def derived_word(token: str) -> bool:
    """A word with a derivational ending that no surname list holds ("Rufbereitschaft",
    "Onboarding", "Digitalisierung"): a noun, never a surname, even when too rare for the word
    lists."""
    return (
        token.lower().endswith(DERIVED_ENDINGS)
        and token not in SURNAMES
        and not patronymic(token)
    )


def plain_noun(token: str) -> bool:
    """A capitalised common word that no surname list holds ("Anna Geburtstag"); "-er" words
    stay surnames, as so many are ("Stefanie Warmer", like Becker, Fischer, Lehrer)."""
    return (
        token.lower() in COMMON
        and token.title() not in SURNAMES
        and not token.endswith(("er", "ers"))
    )


def known_word(word: str) -> bool:
    return len(word) == 1 or word in COMMON or word in TOP
