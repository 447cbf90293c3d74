"""Names placed by the structure of the text rather than by a given-name list: three shapes
that name lists cannot anchor on their own, written from how each form is used, in every
language we redact.

1. A given name and the initial of the surname ("Andrew B.", "Íñigo F.", "Ayşe Y."): the form
   of forums, reviews, programmes and support tickets. ``given_initials``.
2. Reported speech: a verb of saying or "according to" next to a name, which in news style is
   often the surname alone ("said Kennard", "according to Yamamoto", "laut Müller", "secondo
   Esposito", "Dubois a précisé", "disse Vasconcelos"). ``reported_names``.
3. A label that names people ("Attendees:", "In the room:", "Anwesend:", "Présents :",
   "Contact:", "Full name =", "Antragsteller/in –"): every item after it that is written like
   a name is one, whatever order or case it is in ("Harwood, Matilda", "ISLA ROSSETTI",
   "Tarni Papadopoulos"). ``labelled_names``.

Each rule is gated on keywords the prefilter found (labels, verbs) or on a full stop after a
capital, so posts without them cost nothing. An item must still look like a name: capitalised
tokens that are no common word of any language we redact ("Attendees: Marketing, Sales" and
"Contact: Support Team" are kept), with a census surname, a gazetteer name or an invented
(listless, vowelled) token among them; company forms are left to ``people``'s final filter.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.companies import company_follows, is_company_token
from trainer.redact.eponyms import is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    HONORIFIC_SET,
    NOT_SURNAME,
    ORTHOGRAPHIC_CAPITALS,
    PARTICLE_SET,
    PARTICLES,
    PLACE_SURNAMES,
    STREET_WORDS,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    UPPER,
    invented,
    patronymic,
    surname_like,
)

# --- 1. "Andrew B." --------------------------------------------------------------------------
# One capital and a full stop that ends the word ("S.A.", "A.B." are abbreviations, not an
# initial), on the same line.
_INITIAL_AFTER = re.compile(rf"[ \t](?P<init>[{UPPER}])\.(?![\w.'’-])")


_SPACE_INITIAL = re.compile(rf" [{UPPER}]\.(?![\w.'’-])")


def given_initials(text: str, found: dict) -> list[Hit]:
    """A gazetteer given name followed by the initial of a surname: "Leah T.", "Íñigo F."."""
    hits: list[Hit] = []
    # The few " X." of a post first (one regex scan), then the given-name keyword before each.
    starts = [m.start() for m in _SPACE_INITIAL.finditer(text)]
    if not starts:
        return hits
    ends = {e: s for s, e in found.get("given", ())}
    ends.update((e, s) for s, e in found.get("given_ambiguous", ()) if text[s].isupper())
    for end in starts:
        start = ends.get(end)
        if start is None:
            continue
        token = text[start:end]
        if not token[0].isupper() or token.isupper() or (start and text[start - 1] in "@#.'’-_/"):
            continue
        if token not in GIVEN and (
            token not in GIVEN_AMBIGUOUS or token.lower() in TOP or token in STREET_WORDS
        ):
            continue  # "Plan B.", "Via C."
        if token in NOT_SURNAME or token in HONORIFIC_SET:
            continue
        if _INITIAL_AFTER.match(text, end) is None:
            continue
        hits.append(("NAME", start, end + 3))
    return hits


# --- name-shaped items ------------------------------------------------------------------------
_TOKEN_SPLIT = re.compile(r"[\s]+")
_CAP_TOKEN = re.compile(rf"{CAP}$")


def _name_token(token: str) -> bool:
    """A token that can be part of a person's name written in a list, a label or after a verb
    of saying (title or upper case; no sentence word; a common word only when a name list
    holds it: "Rosa", "Castellano", "Müller")."""
    if token.isupper() and len(token) <= 3:
        return False  # "CEO", "HR", "NSW": an acronym
    word = token.title() if token.isupper() and len(token) > 1 else token
    if _CAP_TOKEN.match(word) is None or word in NOT_SURNAME or word in HONORIFIC_SET:
        return False
    low = word.lower()
    if low in TOP or word in STREET_WORDS or is_company_token(word):
        return False
    if low in COMMON:
        return (
            word in GIVEN or word in GIVEN_AMBIGUOUS or word in SURNAMES
        ) and word not in SURNAME_WORDS
    return surname_like(word)


def invented_shape(word: str) -> bool:
    """Capitalised letters with a vowel: "Kirrily", "Tarni"."""
    return _CAP_TOKEN.match(word) is not None and any(c in "aeiouyAEIOUY" for c in word)


def _title(word: str) -> str:
    return word.title() if word.isupper() and len(word) > 1 else word


def _listed(word: str) -> bool:
    word = word.title() if word.isupper() else word
    return (
        word in GIVEN
        or word in GIVEN_AMBIGUOUS
        or (word in SURNAMES and word not in PLACE_SURNAMES)
        or invented(word)
    )


def name_item(text: str, start: int, end: int, *, most: int = 4) -> Hit | None:
    """``text[start:end]`` (one list item, a label's value) as a NAME hit when every word of it
    is written like a name and a name list holds one of them (or it is invented). A given name
    that is also a sentence word somewhere ("Mia", Italian "my") counts before a census
    surname; a single word that is a common word as often as a name ("Sales", "Lima") does
    not count alone."""
    item = text[start:end]
    words = [w for w in _TOKEN_SPLIT.split(item.strip()) if w]
    if not words or len(words) > most:
        return None
    if words[0].lower() in PARTICLE_SET and words[0].islower():
        return None
    named = [w for w in words if w.lower() not in PARTICLE_SET]
    if not named:
        return None
    if (
        len(words) > 1
        and words[-2].lower() in PARTICLE_SET
        and _CAP_TOKEN.match(_title(words[-1])) is not None
        and words[-1].lower() not in TOP
        # "De Jong" yes, "Le Monde" no: a common word only when a surname list holds it
        and (words[-1].lower() not in COMMON or _title(words[-1]) in SURNAMES)
        and all(_name_token(w) for w in named[:-1])
        and not company_follows(text, start + len(item.rstrip()))
    ):
        # "De Jong", "Ó Dónaill", "JAN VAN DIJK": a particle makes a surname of any word
        lead = len(item) - len(item.lstrip())
        return ("NAME", start + lead, start + len(item.rstrip()))
    first, last = _title(named[0]), _title(named[-1])
    given_first = (
        len(named) > 1
        and (
            first in GIVEN
            or first in GIVEN_AMBIGUOUS
            # a first name no list holds ("Kirrily"): no common word, spelt like a name
            or (first.lower() not in COMMON and first not in NOT_SURNAME and invented_shape(first))
        )
        and ((last in SURNAMES and last not in SURNAME_WORDS) or invented(last))
        and _name_token(named[-1])
    )
    if not all(_name_token(w) or (given_first and i == 0) for i, w in enumerate(named)):
        return None
    if not any(_listed(w) for w in named):
        return None
    if len(named) == 1 and last.lower() in COMMON and last not in GIVEN and last not in SURNAMES:
        return None
    if len(named) == 1 and last in GIVEN_AMBIGUOUS and last not in GIVEN:
        return None  # "Attendees: Sales, Marketing"
    lead = len(item) - len(item.lstrip())
    stop = start + len(item.rstrip())
    if company_follows(text, stop):
        return None
    return ("NAME", start + lead, stop)


# --- 2. reported speech ---------------------------------------------------------------------
# Verbs of saying and "according to" in each language: the name comes after them ("said
# Kennard", "laut Müller", "secondo Esposito") or, for the verbs, before them ("Dubois a
# précisé", "Santoro ha aggiunto", "Rößler erklärte").
SPEECH_BEFORE = (
    "said says added explained noted told according to stressed commented "
    "sagte sagt erklärte erklärt betonte ergänzte laut "
    "a dit a déclaré a précisé a expliqué a ajouté a souligné selon d'après explique précise "
    "déclare souligne ajoute "
    "dijo explicó afirmó añadió declaró señaló comentó según "
    "ha detto ha dichiarato ha spiegato ha aggiunto ha sottolineato secondo spiega dice "
    "afferma sottolinea come spiega "
    "disse afirmou explicou acrescentou declarou comentou segundo de acordo com diz afirma "
    "zei zegt vertelde aldus volgens legde uit"
)
_SPEECH_PHRASES = (
    "according to|d'après|de acordo com|come spiega|legde uit|a dit|a déclaré|a précisé|"
    "a expliqué|a ajouté|a souligné|ha detto|ha dichiarato|ha spiegato|ha aggiunto|"
    "ha sottolineato"
).split("|")
_SPEECH_WORDS = [
    w for w in SPEECH_BEFORE.split() if not any(w in p.split() for p in _SPEECH_PHRASES)
]
_SPEECH = frozenset(_SPEECH_WORDS) | frozenset(_SPEECH_PHRASES)
# Verbs that also follow a name ("Kennard said", "Dubois a précisé", "Rößler erklärte"); the
# prepositions ("laut", "secondo", "according to") only come before one.
_SPEECH_AFTER = _SPEECH - frozenset(
    "according to|laut|selon|d'après|según|secondo|segundo|de acordo com|volgens|aldus|"
    "come spiega|so".split("|")
)
prefilter.register("speech_cue", _SPEECH | {"so"})
# German "so Zimmermann," (the reporting "so"), only after the end of a quote or a sentence.
_SO = re.compile(r"[.,”\"«»“]\s+so\s", re.IGNORECASE)

_AFTER_VERB = re.compile(
    rf"[ \t]+(?P<name>(?:{CAP}|[{UPPER}]{{2,}})(?:[ \t](?:[a-z]{{1,3}}[ \t]){{0,2}}"
    rf"(?:{CAP}|[{UPPER}]{{2,}})){{0,2}})(?![\w@'’-])"
)
# "according to Okonkwo's report", "laut Heinemanns Bericht": the surname with a possessive.
# German and Dutch write the genitive without an apostrophe, after "laut" and "volgens" only.
_POSSESSIVE_AFTER_VERB = re.compile(rf"[ \t]+(?P<name>[{UPPER}][^\W\d_]+?)['’]s?[ \t]")
_GENITIVE_AFTER_VERB = re.compile(rf"[ \t]+(?P<name>[{UPPER}][^\W\d_]+?)s[ \t]")
_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[\s.,;:!?”\"»(]))(?P<name>(?:{CAP}|[{UPPER}]{{2,}})(?:[ \t](?:[a-z]{{1,3}}[ \t])"
    rf"{{0,2}}(?:{CAP}|[{UPPER}]{{2,}})){{0,2}})[ \t]+$"
)


def _lone_surname(word: str) -> bool:
    """A single word after or before a verb of saying is a surname when a census list holds it
    and it is no common word there ("said Washington" yes; "said Google" no), or it is
    invented ("according to Thériault")."""
    word = _title(word)
    if word in SURNAME_WORDS or word in PLACE_SURNAMES:
        return False
    if word.lower() in COMMON and word in GIVEN_AMBIGUOUS:
        return False  # "Lima", "Sales": a word as often as a surname
    # A brand no list holds ("said Deloitte") is no surname; an Irish or Scots one is.
    return word in SURNAMES or word in GIVEN or patronymic(word)


def reported_names(text: str, found: dict) -> list[Hit]:
    """Names next to a verb of saying (see the module docstring)."""
    hits: list[Hit] = []
    for start, end in found.get("speech_cue", ()):
        phrase = " ".join(text[start:end].lower().split())
        if phrase == "so" and not _SO.search(text, max(0, start - 4), end + 1):
            continue
        if m := _AFTER_VERB.match(text, end):
            if (hit := _reported(text, m.start("name"), m.end("name"), after=True)) is not None:
                hits.append(hit)
            elif (
                p := _POSSESSIVE_AFTER_VERB.match(text, end)
                or (phrase in ("laut", "volgens") and _GENITIVE_AFTER_VERB.match(text, end))
            ) and (hit := _reported(text, p.start("name"), p.end("name"), after=True)):
                hits.append(("NAME", hit[1], p.end() - 1))
        if phrase in _SPEECH_AFTER and (b := _BEFORE_VERB.search(text, max(0, start - 60), start)):
            if (hit := _reported(text, b.start("name"), b.end("name"), after=False)) is not None:
                hits.append(hit)
    return hits


_WORD = re.compile(r"\S+")
_WHO = re.compile(r",?\s(?:who|whose|whom)\b")


def who_follows(text: str, end: int) -> bool:
    """English "who" right after ``end``: said of people only ("Bose, who leads ...")."""
    return _WHO.match(text, end) is not None


# Departments that "say" things as people do ("according to Sales", "laut Vertrieb").
_SPEAKING_BODIES = frozenset(
    "sales marketing finance legal support security operations engineering management research "
    "design production purchasing compliance accounting procurement vertrieb einkauf".split()
)
# Companies, media and agencies whose names are census surnames and words too: they are
# quoted as sources as often as people ("according to Apple", "laut Spiegel", "selon Le Monde").
_WORD_SOURCES = frozenset(
    """Apple Orange Amazon Shell Target Oracle Puma Mango Visa Sky Virgin Subway Dove Nest Square
    Slack Zoom Signal Notion Meta Alphabet Tesla Forbes Gartner Spiegel Stern Welt Focus Bild Zeit
    Monde Figaro Pais Standard Sun Nature Science Times Guardian Mirror Express Independent
    Economist Corriere Stampa Sole Globo Folha Estado Mundo Tribune Post Herald Journal Gazette
    Chronicle Telegraph Observer Record Wired Vogue Fortune Billboard Variety Lancet Which Kicker
    Marca Libero Giornale Avvenire Parool Trouw Volkskrant Telegraaf Nos Bbc Cnn Fox Sage
    Barclays Lloyds Nationwide Halifax Allianz
    Munich Generali Mapfre Santander Caixa Bradesco Itau Unicredit Intesa""".split()
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)”\"»]|$)")


def _said_surname(text: str, a: int, b: int) -> bool:
    """ "said Washington.", "laut Zimmermann,", "secondo Vitale.": a census surname that is also
    a word, capitalised mid-sentence right after a verb of saying and closing the clause, is a
    person's surname; never a sentence word, place, weekday, month, listed company or
    department, nor an acronym."""
    word = text[a:b]
    if word.isupper() or _CAP_TOKEN.match(word) is None or word not in SURNAMES:
        return False
    low = word.lower()
    return (
        low not in TOP
        and low not in _SPEAKING_BODIES
        and word not in _WORD_SOURCES
        and not is_eponymous_company(text, a, b)
        and word not in PLACE_SURNAMES
        and word not in ORTHOGRAPHIC_CAPITALS
        and word not in STREET_WORDS
        and word not in NOT_SURNAME
        and word not in HONORIFIC_SET
        and not is_company_token(word)
        and _CLAUSE_END.match(text, b) is not None
        and not company_follows(text, b)
    )


def _reported(text: str, start: int, end: int, *, after: bool) -> Hit | None:
    """The name of the run ``text[start:end]`` next to the verb: the whole run or, dropping
    words away from the verb, its part nearest the verb ("Die Sprecherin Anna Müller
    erklärte": "Anna Müller")."""
    spans = [m.span() for m in _WORD.finditer(text, start, end)]
    while spans:
        a, b = spans[0][0], spans[-1][1]
        if len(spans) == 1:
            word = text[a:b]
            if _name_token(word) and _lone_surname(word) and not company_follows(text, b):
                return ("NAME", a, b)
            # "said Stroud, who leads the project": English "who" is said of people only, so
            # a census surname that is also a word is one there.
            if after and _said_surname(text, a, b):
                return ("NAME", a, b)
            if (
                after
                and _WHO.match(text, b)
                and _CAP_TOKEN.match(_title(word))
                and _title(word) in SURNAMES
                and word.lower() not in TOP
            ):
                return ("NAME", a, b)
            return None
        if (hit := name_item(text, a, b)) is not None:
            return hit
        spans = spans[:-1] if after else spans[1:]
    return None


# --- 3. labels that name people --------------------------------------------------------------
# Labels of a list of people (minutes, programmes, rosters): each item after them is a person.
LIST_LABELS = (
    "attendees|attendance|present|joined|were present|present were|étaient là|étaient présents|"
    "in the room|on the call|participants|apologies|"
    "absent|speakers|panel|panellists|panelists|guests|invited|invitees|"
    "anwesend|teilnehmer|teilnehmende|teilnehmer/innen|dabei|entschuldigt|abwesend|gäste|"
    "présents|présentes|participants|participantes|excusés|excusées|absents|invités|"
    "asistentes|presentes|participantes|ausentes|invitados|excusados|"
    "presenti|partecipanti|assenti|ospiti|giustificati|"
    "convidados|"
    "aanwezig|deelnemers|afwezig|afgemeld|gasten"
)
# Labels of one person (forms, press contacts, signatures): the value after them is a name.
ONE_LABELS = (
    "name|full name|member|contact|media contact|press contact|for interviews contact|"
    "for interviews|contact person|applicant|patient|customer|client|tenant|employee|student|"
    "account holder|cardholder|policy holder|policyholder|next of kin|emergency contact|"
    "reported by|requested by|assigned to|submitted by|prepared by|signed|organiser|organizer|"
    "host|chair|moderator|speaker|bio|speaker bio|mini bio|short bio|author bio|visitor|"
    "guest name|badge name|visitor badge|"
    "kurzvita|kurzbiografie|biografie|biographie|biografia|mini biografia|minibio|"
    "bio del relatore|bio della relatrice|bio du speaker|"
    "vorname|nachname|mitglied|antragsteller|antragsteller/in|antragstellerin|ansprechpartner|"
    "ansprechpartnerin|kontakt|pressekontakt|für interviews|kunde|kundin|mieter|mieterin|"
    "nom|prénom|nom complet|membre|demandeur|demandeuse|contact presse|titulaire|locataire|"
    "nombre|nombre completo|socio|socia|solicitante|contacto|contacto de prensa|titular|"
    "nome|cognome|nome completo|contatto|contatti stampa|richiedente|intestatario|"
    "per interviste|contato|contato para imprensa|entrevistas|associado|associada|"
    "naam|volledige naam|contactpersoon|lid|aanvrager|perscontact|huurder"
)
_LIST_SET = frozenset(LIST_LABELS.split("|"))
_ONE_SET = frozenset(ONE_LABELS.split("|"))
prefilter.register("person_label", _LIST_SET | _ONE_SET)
# The label opens its line (after a list marker) and ends with ":", "=", a dash or "–".
_LABEL_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•·>]\s*)?(?P<label>[^\W\d_][\w /'’-]{0,30}?)[ \t]*(?:[:=]|[–—-](?=[ \t]))"
    r"[ \t]*(?P<nl>\n[ \t]*)?"
)
_ITEM = re.compile(r"[^,;\n|()]+")
_BRACKETS = re.compile(r"\([^()\n]*\)")
_AND = re.compile(r"\s(?:and|und|et|y|e|en)\s")


def _parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``[a, b)`` split at "and" in the languages we redact ("Anna Weber und Jonas Roth")."""
    out, at = [], a
    for m in _AND.finditer(text, a, b):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, b))
    return out


def _blank(m: re.Match[str]) -> str:
    return "," * len(m.group())


_VALUE_END = re.compile(r"[,;|(\n]|[ \t][–—·/][ \t]|$")


def labelled_names(text: str, found: dict) -> list[Hit]:
    """Items after a label of people, or the value after a label of one person."""
    hits: list[Hit] = []
    labels = found.get("person_label")
    if not labels:
        return hits
    seen: set[int] = set()
    for start, _ in labels:
        line = text.rfind("\n", 0, start) + 1
        if line in seen:
            continue
        m = _LABEL_LINE.match(text, line - 1 if line else 0)
        if m is None or m.start("label") > start:
            continue
        seen.add(line)
        label = " ".join(m.group("label").lower().split())
        if label in _LIST_SET and not m.group("nl"):
            stop = text.find("\n", m.end())
            stop = len(text) if stop == -1 else stop
            # "Prof. Lindqvist", "Mr Harwood": honorific names are found elsewhere; an
            # affiliation in brackets is no person; "Vasseur, Rémi" is two items, both names.
            # Brackets never span a line, so blanking the value's own line is enough (blanking
            # the whole text before it, once per label line, was quadratic on long posts).
            head = text.rfind("\n", 0, m.end()) + 1
            blanked = _BRACKETS.sub(_blank, text[head:stop])
            items = [
                part
                for item in _ITEM.finditer(blanked, m.end() - head, stop - head)
                for part in _parts(text, item.start() + head, item.end() + head)
            ]
            hits += _item_names(text, items)
        elif label in _ONE_SET:
            v = _VALUE_END.search(text, m.end())
            stop = v.start() if v else len(text)
            if (
                hit := name_item(text, m.end(), stop) or _lower_value(text, m.end(), stop)
            ) is not None:
                hits.append(hit)
                if (given := _given_after_comma(text, stop)) is not None:
                    hits.append(given)  # "Kurzvita: Immendorf, Volker, Leitung ..."
            elif (
                text.startswith(", ", stop)
                and (v := _VALUE_END.search(text, stop + 2))
                and _title(text[stop + 2 : v.start()].strip()) in GIVEN  # not "..., CEO"
            ):
                # "Antragsteller/in – Dietrich, Johanna"
                hits += _item_names(text, [(m.end(), stop), (stop + 2, v.start())])
    return hits


def _item_names(text: str, items: list[tuple[int, int]]) -> list[Hit]:
    """NAME hits for the items of a list of people. A census surname that is also a word
    ("Dietrich", "Stroud") counts right before a sure given name: "Dietrich, Johanna"."""
    hits: list[Hit] = []
    for i, (a, b) in enumerate(items):
        if (hit := name_item(text, a, b)) is not None:
            hits.append(hit)
            continue
        word = text[a:b].strip()
        if i + 1 < len(items) and _surname_before_given(word, text[slice(*items[i + 1])].strip()):
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            hits.append(("NAME", a + lead, a + lead + len(word)))
    return hits


def _surname_before_given(word: str, given: str) -> bool:
    word, given = _title(word), _title(given)
    return (
        word in SURNAMES
        and _CAP_TOKEN.match(word) is not None
        and word.lower() not in TOP
        and word not in PLACE_SURNAMES
        and word not in NOT_SURNAME
        and given in GIVEN
        and given not in GIVEN_AMBIGUOUS
        and given.lower() not in TOP
    )


# --- 4. the name slot of a programme or a list line -----------------------------------------
# "16:15 Welcome and coffee, Callum Ashworth (Quarry Studio)", "- Talk title / ISLA WICKLUND",
# "..., Mia Papadakis\n": after a separator, before an affiliation in brackets or the end of
# the line, a given name (even a word-like one) and a census surname are a person.
_NAME_WORD = rf"(?:{CAP}|[{UPPER}]{{2,}})"
_SLOT_NAME = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t](?:[a-z]{{1,3}}[ \t]){{0,2}}{_NAME_WORD}){{1,2}})"
    r"(?=[ \t]*(?:\(|\n|$))"
)
_SEPARATORS = frozenset(",/·|–—:;")


def slot_names(text: str, found: dict) -> list[Hit]:
    """Given name and surname before " (" or a line end, after a separator (see above)."""
    hits: list[Hit] = []
    # Two flat loops, the separator test first: most keywords follow a letter and a space.
    for spans in (found.get("given", ()), found.get("given_ambiguous", ())):
        for start, _ in spans:
            if not (
                start == 0
                or text[start - 1] == "\n"
                or (start >= 2 and text[start - 1] == " " and text[start - 2] in _SEPARATORS)
            ) or not text[start].isupper():
                continue
            m = _SLOT_NAME.match(text, start)
            if m is None:
                continue
            end = m.end()
            words = m.group("name").split()
            first = _title(words[0])
            # A word-like given name only before an affiliation in brackets ("Flights: Sydney,
            # Hong Kong" names places; "Mia Papadakis (Quarry Studio)" a person).
            if first not in GIVEN and not (
                first in GIVEN_AMBIGUOUS and text.startswith(" (", end)
            ):
                continue
            last = _title(words[-1])
            if last in SURNAME_WORDS or not (last in SURNAMES or invented(last)):
                continue
            if (hit := name_item(text, start, end)) is not None:
                hits.append(hit)
    return hits


# --- 5. a name in capitals on a line of its own ------------------------------------------------
# Signatures, obituaries, badges and ticket headers write the name in capitals on its own line
# ("Groeten,\nHENDRIK VAN DIJK\nPartner", "IN MEMORIAM\n\nROOS TER HORST", "EMMA CÔTÉ – ..."):
# there a given name (even a word-like one) and a census surname (even one that is a sentence
# word in some language: "CÔTÉ") are a person; a particle makes a surname of any capitals.
_CAPS_WORD = rf"[{UPPER}]{{2,}}(?:['’-][{UPPER}]+)?"
_CAPS_REST = re.compile(
    rf"(?P<particles>(?:[ \t](?i:{PARTICLES})){{0,3}})[ \t](?P<last>{_CAPS_WORD})"
    r"(?=[ \t]*(?:$|\n|[,;:|(>–—]))"
)
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·>][ \t]*)?$")


def caps_line_name(text: str, start: int, end: int) -> Hit | None:
    """``text[start:end]``, a given name in capitals opening its line, and the capitals after it
    up to the line's end or a separator, as one NAME (see above)."""
    token = _title(text[start:end])
    if not text[start:end].isupper() or (token not in GIVEN and token not in GIVEN_AMBIGUOUS):
        return None
    if _LINE_OPEN.search(text, max(0, start - 8), start) is None:
        return None
    m = _CAPS_REST.match(text, end)
    if m is None:
        return None
    last = _title(m.group("last"))
    # Headings are in capitals too ("SE VENDE", "ZIMMER FREI", "CICLO DE PALESTRAS", "KAMER TE
    # HUUR"): a word-like given name must be no sentence word, and the surname after a
    # particle a listed one.
    if token not in GIVEN and token.lower() in TOP:
        return None
    if m.group("particles"):
        if last not in SURNAMES or last.lower() in TOP:
            return None
        if token not in GIVEN and last.lower() in COMMON:
            return None  # "ROSA DOS VENTOS" (a shop), words both sides of the particle
    elif not (
        (last in SURNAMES or invented(last))
        # a plain given name makes even a word-like surname one ("EMMA PARK"), a word-like
        # given name needs a surname that is no word ("ROSE GARDEN", "ZIMMER FREI" stay)
        and (token in GIVEN or last.lower() not in COMMON)
        and last not in PLACE_SURNAMES
        and last not in NOT_SURNAME
        and (token in GIVEN or last.lower() not in TOP)
    ):
        return None
    if company_follows(text, m.end()):
        return None
    return ("NAME", start, m.end())


# --- 6. a name before its relation to the writer ------------------------------------------------
# "References from Hunter Ashworth, my former line manager", "com diego ramalho, minha gestora",
# "Vittoria Ferrandi, la mia collega": an apposition that names the writer's manager, colleague
# or mentor says the words before the comma are a person, in any case.
_RELATION_NOUNS = {
    "en": (
        "my",
        "manager boss colleague coworker co-worker mentor mentee friend teammate lead "
        "supervisor advisor adviser tutor teacher former old line",
    ),
    "pt": ("minha meu", "gestora gestor chefe colega mentora mentor orientadora orientador"),
    "es": ("mi", "jefe jefa compañero compañera mentor mentora responsable tutora tutor"),
    "it": (
        "il mio|la mia",
        "responsabile capo collega collaboratore collaboratrice mentore tutor",
    ),
    "fr": ("mon ma", "manager responsable collègue chef cheffe mentor mentore tuteur tutrice"),
    "de": (
        "mein meine",
        "chef chefin kollege kollegin mentor mentorin teamleiter teamleiterin betreuer "
        "betreuerin vorgesetzter vorgesetzte",
    ),
    "nl": ("mijn", "manager collega leidinggevende mentor baas begeleider"),
}
RELATION_PHRASES = frozenset(
    f"{owner} {noun}"
    for owners, nouns in _RELATION_NOUNS.values()
    for owner in (owners.split("|") if "|" in owners else owners.split())
    for noun in nouns.split()
)
prefilter.register("relation_after", RELATION_PHRASES)
_LOWER = "a-zà-öø-ÿ"
_APPOSED = re.compile(
    rf"(?:^|(?<=[\s(:;]))(?P<name>[{UPPER}{_LOWER}][^\W\d_]+(?:[-'’][^\W\d_]+)?"
    rf"(?:[ \t](?:[{_LOWER}]{{1,3}}[ \t]){{0,2}}[{UPPER}{_LOWER}][^\W\d_]+(?:[-'’][^\W\d_]+)?)"
    r"{1,2}),[ \t]$"
)


def apposed_names(text: str, found: dict) -> list[Hit]:
    """The name before ", my manager" and its kin (see above)."""
    hits: list[Hit] = []
    for start, _ in found.get("relation_after", ()):
        if text[start - 2 : start] != ", ":
            continue
        m = _APPOSED.search(text, max(0, start - 50), start)
        if m is None:
            continue
        spans = [w.span() for w in _WORD.finditer(text, m.start("name"), m.end("name"))]
        while len(spans) >= 2:  # "from Hunter Ashworth": drop words away from the comma
            a, b = spans[0][0], spans[-1][1]
            if (hit := _apposed(text, a, b)) is not None:
                hits.append(hit)
                break
            spans = spans[1:]
    return hits


def _apposed(text: str, start: int, end: int) -> Hit | None:
    words = text[start:end].split()
    if not all(w.islower() for w in words):
        return name_item(text, start, end)
    first, last = words[0].title(), words[-1].title()
    if words[0] in TOP or not (first in GIVEN or first in GIVEN_AMBIGUOUS):
        return None
    if words[-1] in TOP or last in SURNAME_WORDS or last in PLACE_SURNAMES:
        return None
    if not (last in SURNAMES or invented(words[-1])):
        return None
    return ("NAME", start, end)


def _lower_value(text: str, start: int, end: int) -> Hit | None:
    """A label's value written in lower case ("Mini bio: leandro gouveia, ..."): a given name
    and a surname, two or three words."""
    item = text[start:end]
    words = item.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return None
    lead = len(item) - len(item.lstrip())
    return _apposed(text, start + lead, start + len(item.rstrip()))


def _given_after_comma(text: str, stop: int) -> Hit | None:
    """A single given name right after ", " at ``stop`` (the given name of "Surname, Given")."""
    if not text.startswith(", ", stop) or (v := _VALUE_END.search(text, stop + 2)) is None:
        return None
    word = text[stop + 2 : v.start()].strip()
    if " " in word or _title(word) not in GIVEN or word.lower() in TOP:
        return None
    return ("NAME", stop + 2, stop + 2 + len(word))
