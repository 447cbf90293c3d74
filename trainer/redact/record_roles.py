"""Values of person fields that name a role or a unit, not a person.

Mail headers, minutes and forms put job titles and team names where a name could stand:
"From: Release Manager", "Attendees: Lead Researcher", "Owner: Data Platform", "Van:
Inkoopadviseur", "De: Ingénieure réseau". Such a value names nobody when it is written with
words that no name list holds: every word is a dictionary word (or a job-title word of
``JOB_WORDS``, or such a word's feminine or compound form), no word is a gazetteer given name,
and at least one word is in no given-name or surname list at all, with no listed name after
the last such word (a surname follows a title: "Projektleiter Fischer", "Designer Cook" are
people). A person's name is made of names, so such a value is no person's name ("Data
Platform", "Berlin Python Meetup"). A value of one word must be a job noun (a listed title, an
agent noun, a compound or feminine title): any other single word may be a nickname. A value
whose words are all listed names too ("Main Stage", "Baker", "Rose") stays redacted: it could
be a person (fail closed).
"""

from __future__ import annotations

import re

from trainer.redact.folding import fold
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    PARTICLE_SET,
    SURNAMES,
    TITLES,
)

# Job-title and team words the dictionary list (en de fr es it nl pt) lacks: technical
# domains and abbreviations, and the titles of pl, sv, fi and tr (folded, as ``fold`` writes).
JOB_WORDS = frozenset(
    fold(w)
    for w in (
        "backend|frontend|fullstack|devops|devsecops|sre|qa|ux|ui|hr|it|pm|cto|ceo|cfo|coo|cio|"
        "ciso|vp|svp|evp|mlops|scrum|onboarding|helpdesk|servicedesk|"
        "kierownik|kierowniczka|programista|programistka|specjalista|specjalistka|analityk|"
        "analityczka|projektant|projektantka|konsultant|konsultantka|dyrektor|dyrektorka|"
        "asystent|asystentka|ksiegowy|ksiegowa|sprzedawca|handlowiec|inzynier|inzynierka|"
        "koordynator|koordynatorka|menedzer|menedzerka|prezes|prezeska|recepcjonista|"
        "recepcjonistka|stazysta|stazystka|rekruter|rekruterka|tester|testerka|starszy|starsza|"
        "mlodszy|mlodsza|glowny|glowna|zespol|dzial|obslugi|klienta|sprzedazy|danych|"
        "utvecklare|systemutvecklare|projektledare|avdelningschef|saljare|inkopare|analytiker|"
        "konsult|samordnare|handlaggare|ingenjor|administrator|rekryterare|testare|praktikant|"
        "ansvarig|teamledare|kundtjanst|ekonomi|forsaljning|inkop|"
        "kehittaja|ohjelmistokehittaja|projektipaallikko|paallikko|myyntipaallikko|johtaja|"
        "toimitusjohtaja|suunnittelija|analyytikko|konsultti|koordinaattori|assistentti|"
        "sihteeri|ostaja|myyja|insinoori|asiantuntija|kirjanpitaja|harjoittelija|rekrytoija|"
        "testaaja|yllapitaja|esimies|tiiminvetaja|vastaava|asiakaspalvelu|myynti|hankinta|"
        "henkilosto|"
        "yazilimci|gelistirici|yazilim|muhendis|muhendisi|mudur|muduru|uzmani|analist|"
        "danisman|koordinator|asistan|sekreter|satinalma|satis|temsilcisi|muhasebeci|"
        "muhasebe|stajyer|yonetici|sorumlusu|sorumlu|tasarimci|kaynaklari|destek|ekibi|ekip|"
        "musteri|hizmetleri|kidemli|proje|insan|"
        "rh|drh|ds|capo|coordenador|coordenadora|desenvolvedor|desenvolvedora|sachbearbeiter|"
        "sachbearbeiterin|projektu|werkstudent|werkstudentin|azubi|"
        # the legal professions and a firm's grades, by language (dev53 F: a law firm's chat
        # speaks as "Paralegal:", "Notaire:", "Tabelião:", "Rechtsanwältin:")
        "paralegal|associate|trainee|counsel|attorney|notary|"
        "notaire|avocat|avocate|stagiaire|associe|associee|clerc|"
        "abogado|abogada|notario|notaria|procurador|procuradora|asociado|asociada|letrado|"
        "letrada|becario|becaria|defensora|"
        "advogado|advogada|tabeliao|tabelia|estagiario|estagiaria|associado|associada|"
        "praticante|escrevente|solicitador|solicitadora|"
        "avvocato|avvocata|notaio|associato|associata|"
        "anwalt|anwaltin|notar|notarin|referendar|referendarin|justiziar|justiziarin|"
        "advocaat|advocate|notaris|raadsman|raadsvrouw|stagiair"
    ).split("|")
)
# Heads of compound job titles in German, Dutch, Swedish and Finnish ("Projektleiterin",
# "Communicatieadviseur", "Henkilöstöpäällikkö"): a longer word ending in one is a title.
_COMPOUND_HEADS = tuple(
    fold(w)
    for w in (
        "leiter|leiterin|leitung|führer|führerin|berater|beraterin|assistent|"
        "assistentin|referent|referentin|manager|managerin|entwickler|entwicklerin|ingenieur|"
        "ingenieurin|"
        "sachbearbeiter|sachbearbeiterin|adviseur|adviseuse|medewerker|medewerkster|leider|"
        "coördinator|coordinator|ledare|chef|handläggare|ansvarig|päällikkö|johtaja|"
        "assistentti|asiantuntija|suunnittelija|kehittäjä|"
        "anwalt|anwältin|angestellte|angestellter|advocaat|notaris"  # Rechtsanwältin (dev53 F)
    ).split("|")
)
# A feminine job noun from its dictionary base, by the grammar of each language: German
# "-in" after an agent noun (Beraterin), Italian "-trice" for "-tore" (direttrice), Spanish and
# Portuguese "-ora" for "-or" (consultora), French "-euse"/"-eure"/"-rice" for "-eur"/"-teur"
# (vendeuse, ingénieure, rédactrice), "-ère" for "-er" (conseillère), "-ienne" for "-ien".
_FEMININE = (
    ("erinnen", "er"), ("erin", "er"), ("entin", "ent"), ("antin", "ant"), ("istin", "ist"),
    ("orin", "or"), ("eurin", "eur"), ("trice", "tore"), ("trice", "teur"), ("ora", "or"),
    ("euse", "eur"), ("eure", "eur"), ("ère", "er"), ("ienne", "ien"),
)  # fmt: skip
# Agent-noun endings of job titles in our languages (designer, analyst, comprador, analista,
# développeur, consultant, gerente, sviluppatore, funcionário).
_AGENT = ("er", "or", "yst", "ist", "ista", "iste", "ant", "ante", "ent", "ente", "eur", "euse",
          "ore", "ora", "ier", "ière", "ero", "era", "eiro", "eira", "ario", "aria", "ário")
_SPLIT = re.compile(r"[\s/-]+")
_STRIP = ".,;:'’\"()"


def job_title(item: str) -> bool:
    """True when a person field's item is written with no person's name: see the module."""
    words = [w.strip(_STRIP) for w in _SPLIT.split(item)]
    words = [w for w in words if w and w.lower() not in PARTICLE_SET]
    last_plain = -1  # the last word that is in no name list
    listed_after = False  # a listed name word after it ("Projektleiter Fischer")
    for i, word in enumerate(words):
        if not word.isalpha() or len(word) < 2 or word in TITLES:
            return False
        title = word[0].upper() + word[1:].lower()
        if title in GIVEN:
            return False
        if (title in GIVEN_AMBIGUOUS or title in SURNAMES) and not _lower_after_capital(words, i):
            if word.lower() not in COMMON:
                return False  # a name that is no dictionary word
            listed_after = True
        elif _role_word(word.lower()):
            last_plain, listed_after = i, False
        else:
            return False  # a word no list knows: it may be a rare surname
    if last_plain < 0 or listed_after:
        return False
    if len(words) == 1:  # one word: a job noun, not any word ("From: Bunny" may be a nickname)
        return _job_noun(words[0].lower())
    return True


def _lower_after_capital(words: list[str], i: int) -> bool:
    """Word ``i`` is written in lower case after a capitalised first word ("Trainee lawyer",
    "Legal aid officer"): the writer capitalises, so it is written as a word, not a surname."""
    return i > 0 and words[i].islower() and words[0][:1].isupper()


def _job_noun(lower: str) -> bool:
    folded = fold(lower)
    return folded in JOB_WORDS or lower.endswith(_AGENT) or _compound_or_feminine(lower, folded)


def _role_word(lower: str) -> bool:
    """A dictionary word, a job-title word or compound, or a dictionary word's feminine form."""
    folded = fold(lower)
    return lower in COMMON or folded in JOB_WORDS or _compound_or_feminine(lower, folded)


def _compound_or_feminine(lower: str, folded: str) -> bool:
    if any(folded.endswith(head) and len(folded) >= len(head) + 3 for head in _COMPOUND_HEADS):
        return True
    return any(
        lower.endswith(ending) and lower[: -len(ending)] + base in COMMON
        for ending, base in _FEMININE
    )
