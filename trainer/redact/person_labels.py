"""Names placed by a label, a slot or an apposition, in every language we redact.

1. A label that names people ("Attendees:", "In the room:", "Anwesend:", "Présents :",
   "Contact:", "Full name =", "Antragsteller/in –"): every item after it that is written like
   a name is one, whatever order or case it is in ("Harwood, Matilda", "ISLA ROSSETTI",
   "Tarni Papadopoulos"). ``labelled_names``.
2. The name slot of a programme or a list line, before an affiliation in brackets or the line
   end. ``slot_names``.
3. A name before its relation to the writer (", my manager", ", la mia collega").
   ``apposed_names``.

Each rule is gated on keywords the prefilter found (labels, given names, relation phrases),
so posts without them cost nothing; items must pass ``person_roles.name_item``.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.companies import is_legal_form
from trainer.redact.hits import Hit
from trainer.redact.name_business import business_name
from trainer.redact.person_hashtags import GREETING_CUES
from trainer.redact.person_roles import CAP_TOKEN, as_title, name_item
from trainer.redact.person_words import (
    CAP,
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    NOT_SURNAME,
    PLACE_SURNAMES,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    UPPER,
    invented,
)

_WORD = re.compile(r"\S+")

# --- 1. labels that name people --------------------------------------------------------------
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
    "naam|volledige naam|contactpersoon|lid|aanvrager|perscontact|huurder|"
    # the credits of a shoot, a show or a press kit: the one who took, filmed, staged or
    # handled it, in many languages at once (a closed class of production roles)
    "photo|photography|photographer|videography|stage manager|press officer|publicist|"
    "interviewee|foto|fotografie|fotograf|fotografin|bühnenleitung|pressesprecher|"
    "pressesprecherin|photographie|photographe|vidéographie|sonorisation|attaché de presse|"
    "attachée de presse|publicité|fotografía|fotógrafo|fotógrafa|jefe de prensa|jefa de prensa|"
    "entrevistado|entrevistada|fotografia|fotografo|fotografa|ufficio stampa|intervistato|"
    "intervistata|assessoria|assessoria de imprensa|fotograaf|fotó|interjúalany|"
    "az interjúalany|"
    # a pupil's parent or guardian, a case's contact person, on school and office forms
    "parent/guardian|guardian|caseworker|staff contact|representante|acudiente|apoderado|"
    "responsable légal|responsable légale|personne à contacter|interlocuteur|interlocutrice|"
    "responsável|encarregado de educação|encarregada de educação|phụ huynh|người phụ trách|"
    "người liên hệ|"
    # a candidate, a recipient, a referee on hiring, payroll and delivery records, in many
    # languages at once (dev38 N): the value is a person whatever its words
    "candidate|candidate name|recipient|referee|candidato|candidata|candidat|candidate|"
    "kandidat|kandidatin|kandidatka|kandydat|kandydatka|kandidaat|bewerber|bewerberin|"
    "bewerber/in|sollicitant|sollicitante|aplicant|aplicantă|solicitant|destinatario|"
    "destinataria|destinataire|destinatário|destinatária|destinatar|empfänger|empfängerin|"
    "ontvanger|odbiorca|příjemce|mottagare|mottaker|modtager|vastaanottaja|alıcı|aday|"
    "uchazeč|uchazečka|penerima|mpokeaji|"
    # the other party of a legal matter and a case's or a ticket's contact person, on intake
    # and incident forms: the value is a person whatever its words
    "other party|opposing party|partie adverse|parte contraria|parte contrária|controparte|"
    "gegenseite|gegenpartei|wederpartij|tegenpartij|modpart|motpart|"
    "ansprechperson|personne-ressource|personne ressource|persona de contacto|"
    "pessoa de contacto|pessoa de contato|persona di riferimento|kontaktperson|ansvarlig"
)
# Of these, the labels whose value is a person whatever its words (a guardian, a case's contact):
# a name that is also a word ("Trust", "Mercy") or that no list holds ("coromoto barrios").
_PERSON_VALUE = frozenset(ONE_LABELS.split("parent/guardian|", 1)[1].split("|")) | {
    "parent/guardian"
}
# Credit labels that also name a picture agency or a stock library ("Photo: Unsplash",
# "Foto: Reuters"): a value of one word counts there only when it is a listed given name.
_AGENCY_CREDITS = frozenset(
    "photo|photography|photographie|foto|fotografie|fotografía|fotografia|fotó".split("|")
)
_LIST_SET = frozenset(LIST_LABELS.split("|"))
_ONE_SET = frozenset(ONE_LABELS.split("|"))
prefilter.register("person_label", _LIST_SET | _ONE_SET)
# The label opens its line (after a list marker) and ends with ":", "=", a dash or "–".
_LABEL_LINE = re.compile(
    r"(?:^|\n|\|)[ \t]*(?:[-*•·>]\s*)?(?P<label>[^\W\d_][\w /'’-]{0,30}?)[ \t]*"
    r"(?:[:=]|[–—-](?=[ \t]))"
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
        cell = text.rfind("|", line, start)  # a table's cell: "| Parent/guardian: X |"
        at = cell if cell != -1 else line - 1 if line else 0
        if at in seen:
            continue
        m = _LABEL_LINE.match(text, at)
        if m is None or m.start("label") > start:
            continue
        seen.add(at)
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
                if label in _AGENCY_CREDITS and _agency_like(text[hit[1] : hit[2]]):
                    continue
                hits.append(hit)
                if (given := _given_after_comma(text, stop)) is not None:
                    hits.append(given)  # "Kurzvita: Immendorf, Volker, Leitung ..."
            elif label in _PERSON_VALUE and (hit := _any_name(text, m.end(), stop)):
                hits.append(hit)  # "Parent/guardian: Trust", "Representante: coromoto barrios"
            elif (
                text.startswith(", ", stop)
                and (v := _VALUE_END.search(text, stop + 2))
                and as_title(text[stop + 2 : v.start()].strip()) in GIVEN  # not "..., CEO"
            ):
                # "Antragsteller/in – Dietrich, Johanna"
                hits += _item_names(text, [(m.end(), stop), (stop + 2, v.start())])
    # "Kontakt: Hundesalon Wuschelkopf": a business after its trade noun (name_business)
    return [h for h in hits if not business_name(text, h[1], h[2])]


def _agency_like(value: str) -> bool:
    """A credit's value of one word that no given-name list holds ("Unsplash", "Getty"): an
    agency or a library as readily as a person, left to the other rules."""
    words = value.split()
    return len(words) == 1 and as_title(words[0]) not in GIVEN


_VALUE_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)?"
_VALUE_WORDS = re.compile(rf"{_VALUE_WORD}(?:[ \t]+{_VALUE_WORD}){{0,3}}")


def _any_name(text: str, start: int, stop: int) -> Hit | None:
    """The value ``text[start:stop]`` of a label whose value is a person: one to four words
    of letters, not all of them sentence words ("None") nor, in lower case, all words ("a
    confirmar", to be confirmed)."""
    value = text[start:stop].strip()
    if not value or (m := _VALUE_WORDS.fullmatch(value)) is None:
        return None
    words = value.split()
    if all(w.lower() in TOP for w in words) or (
        value.islower() and all(w in TOP or w in COMMON for w in words)
    ):
        return None
    at = text.index(value, start)
    return ("NAME", at, at + len(m.group()))


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
    word, given = as_title(word), as_title(given)
    return (
        word in SURNAMES
        and CAP_TOKEN.match(word) is not None
        and word.lower() not in TOP
        and word not in PLACE_SURNAMES
        and word not in NOT_SURNAME
        and given in GIVEN
        and given not in GIVEN_AMBIGUOUS
        and given.lower() not in TOP
    )


# --- 2. the name slot of a programme or a list line -----------------------------------------
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
    # Two flat loops, the case test first: most keywords are lower-case words ("the", "new").
    for spans in (found.get("given", ()), found.get("given_ambiguous", ())):
        for start, _ in spans:
            if not text[start].isupper() or not (
                start == 0
                or text[start - 1] == "\n"
                or (start >= 2 and text[start - 1] == " " and text[start - 2] in _SEPARATORS)
            ):
                continue
            m = _SLOT_NAME.match(text, start)
            if m is None:
                continue
            end = m.end()
            words = m.group("name").split()
            if words[0].lower() in GREETING_CUES and words[1] in GIVEN:
                if len(words) == 2:
                    continue  # "Welcome Oluwaseun (Seun) ...": a greeting, then the name
                start += len(words[0]) + 1
                words = words[1:]
            first = as_title(words[0])
            # A word-like given name only before an affiliation in brackets ("Flights: Sydney,
            # Hong Kong" names places; "Mia Papadakis (Quarry Studio)" a person).
            if first not in GIVEN and not (
                first in GIVEN_AMBIGUOUS and text.startswith(" (", end)
            ):
                continue
            last = as_title(words[-1])
            if last in SURNAME_WORDS or not (last in SURNAMES or invented(last)):
                continue
            if (hit := name_item(text, start, end)) is not None:
                hits.append(hit)
    return hits


# --- 3. a name before its relation to the writer ------------------------------------------------
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
    # "Name Surname, former head of ...": a former or retired holder of a role (names13)
    "en former": (
        "former ex retired",
        "director manager head lead professor coordinator supervisor chair founder president "
        "dean principal editor partner colleague boss",
    ),
    "es former": ("ex antiguo antigua", "director directora jefe jefa gerente coordinadora"),
    "fr former": ("ancien ancienne", "directeur directrice responsable chef manager"),
    "de former": ("ehemaliger ehemalige", "leiter leiterin chef chefin kollege kollegin"),
    "nl former": ("voormalig voormalige", "directeur manager leidinggevende collega"),
    "it former": ("ex", "direttore direttrice responsabile capo"),
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
        if (hit := name_item(text, start, end)) is not None:
            return hit
        # "Aaliyah Little, my manager": before a relation, a given name no word shares and a
        # capitalised surname that is a word too is a person (names13)
        last = words[-1]
        if len(words) == 2 and words[0] in GIVEN and last.istitle() and not is_legal_form(last):
            return ("NAME", start, end)
        return None
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
    if " " in word or as_title(word) not in GIVEN or word.lower() in TOP:
        return None
    return ("NAME", stop + 2, stop + 2 + len(word))
