"""Names in the slots of acts that only a person does, written for many languages at once
(dev38 N): acting for someone ("on behalf of X", "de la part de X", "im Auftrag von X",
"w imieniu X"), receiving or signing for a delivery ("X signed for the parcel", "lo recogió
X", "quem recebeu foi X"), a gift or a parcel meant for someone ("was meant for X", "era para
X"), being put forward, interviewed, referred and hired ("The agency put forward X",
"Entrevistamos a X", "îl propune pe X", "The second reference is from X", "X accepted the
offer", "X aceptó la oferta"), being added as a second person ("Please add X as a second
collector", "Merci d'ajouter X comme seconde personne"), and handing work to a colleague of a
team ("Passing this to X", "Till aus der Retourenabteilung", "Hana z oddělení vratek").

No list of names is needed: in such a slot a capitalised token that is no function word,
month, weekday, office word or company word is a name when a name list holds it or no word
list does ("Chikondi", "Yuleidys"); in lower case, a listed given name and the words after it
up to a function word ("grace hayes as a contractor"). The phrases are written from each
language's grammar, for the languages of Europe, the Americas and Africa together (Polish,
Romanian, Czech, Swedish, Turkish, Swahili and Malay among them), not from any set's values.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.companies import company_follows, is_company_token
from trainer.redact.hits import Hit
from trainer.redact.literal_gates import case_odd_for, gate_keys, has_case_odd
from trainer.redact.person_calendar import CALENDAR
from trainer.redact.person_function_words import NODICT_FUNCTION_WORDS
from trainer.redact.person_office_words import OFFICE_WORDS, fold
from trainer.redact.person_words import (
    COMMON,
    GIVEN,
    GIVEN_AMBIGUOUS,
    HONORIFIC_SET,
    PARTICLE_SET,
    SURNAMES,
    TITLES,
    TOP,
)

# The name follows the phrase (an optional ":" between): "on behalf of X", "Candidate: X".
BEFORE = """
on behalf of|writing on behalf of|acting for|signed by|received by|collected by|picked up by|
accepted by|was meant for|is meant for|was intended for|is intended for|was for|were for|
passing this to|passing it to|passing this over to|handing this to|handing over to|
put forward|puts forward|reference is from|reference from|we interviewed|interviewed|
we hired|hired|shortlisted|check with|
de la part de|pour le compte de|signé par|reçu par|réceptionné par|récupéré par|était pour|
était destiné à|était destinée à|référence vient de|voir avec|nous avons reçu|
en nombre de|de parte de|por cuenta de|firmado por|recibido por|recogido por|lo recogió|
la recogió|lo recibió|la recibió|era para|iba para|referencia es de|propone a|proponen a|
entrevistamos a|entrevisté a|contratamos a|consultad con|consulta con|consultar con|
da parte de|por conta de|assinado por|recebido por|quem recebeu foi|quem assinou foi|
recebeu foi|referência é de|propõe|entrevistámos|entrevistamos|entrevistei|contratámos|
estou passando para|passando para|verificar com|
per conto di|a nome di|firmato da|ricevuto da|ritirato da|era per|referenza è di|
l'agenzia propone|propone|abbiamo intervistato|abbiamo assunto|
im auftrag von|im namen von|unterschrieben von|angenommen von|entgegengenommen von|
abgeholt von|war für|referenz ist von|
namens|uit naam van|in opdracht van|ondertekend door|aangenomen door|opgehaald door|was voor|
referentie is van|
jménem|za zákazníka|za zákaznici|převzal|převzala|převzal(a)|určen pro|určena pro|určeno pro|
přidejte|
w imieniu|odebrał|odebrała|podpisał|podpisała|był dla|była dla|proponuje|zatrudniliśmy|
în numele|din partea|semnat de|primit de|ridicat de|era pentru|vine de la|propune pe|
îl propune pe|o propune pe|am intervievat pe|l-am intervievat pe|am intervievat-o pe|
på vegne av|på vegne af|på uppdrag av|för räkning av|signerat av|mottatt av|hämtat av|
adına|teslim alan|atas nama|diterima oleh|diambil oleh|kwa niaba ya|imepokelewa na|
the other party is|the opposing party is|the other side is|la partie adverse est|
la parte contraria es|a parte contrária é|a parte contraria é|la controparte è|
die gegenseite ist|die gegenpartei ist|de wederpartij is|de tegenpartij is|modparten er|
motparten är|please thank|agradézcanle a|agradézcanles a|agradeced a|agradezcan a|
talt med|snakket med|pratat med|talat med|beszéltem|shadows|mettete in copia|mettere in copia|
metti in copia|copy in|mettez en copie|poned en copia|coloquem em cópia|
"""
# The name goes before the phrase: "X signed for the parcel", "X aceptó la oferta".
AFTER = """
signed for|took it in|took delivery|accepted the offer|declined the offer|turned down the offer|
signed the contract|as a second|as an authorised|as an authorized|as a contractor|as a temp|
comme seconde|comme second|comme personne autorisée|qui l'a pris|qui l'a reçu|qui a signé|
a accepté l'offre|a refusé l'offre|a signé le contrat|
aceptó la oferta|rechazó la oferta|firmó el contrato|como segunda persona|como segundo|
aceitou a oferta|recusou a oferta|assinou o contrato|assinou o recebimento|
como segunda pessoa|
ha accettato l'offerta|ha rifiutato l'offerta|ha firmato il contratto|come seconda persona|
come secondo|in somministrazione|
hat das angebot angenommen|hat das angebot abgelehnt|hat den vertrag unterschrieben|
als zweite|als zweiten|als temporärkraft|
heeft het aanbod aangenomen|heeft het aanbod afgewezen|heeft voor het pakket getekend|
heeft getekend|als tweede|
přijal nabídku|přijala nabídku|odmítl nabídku|odmítla nabídku|jako druhou|jako druhého|
przyjął ofertę|przyjęła ofertę|odrzucił ofertę|odrzuciła ofertę|podpisał umowę|
podpisała umowę|jako drugą|na zastępstwo|
a acceptat oferta|a refuzat oferta|a semnat contractul|ca a doua|
tackade ja|takket ja|tog imod tilbuddet|som andra|som anden|
teklifi kabul etti|sözleşmeyi imzaladı|menerima tawaran|alikubali ofa|
will act as the witness|will act as a witness|will act as witness|will be a witness|
will be the witness|will testify|sera témoin|sera le témoin|témoignera|será testemunha|
vai testemunhar|será testigo|actuará como testigo|actuará de testigo|testificará|
farà da testimone|sarà testimone|testimonierà|tritt als zeuge auf|tritt als zeugin auf|
sagt als zeuge aus|sagt als zeugin aus|treedt op als getuige|zal getuigen|vidner|vittnar|
plaide|plaidera|fait l'audience|lleva la vista|llevará la vista|segue l'udienza|
seguirà l'udienza|faz a audiência|fará a audiência|doet de zitting|
übernimmt die verhandlung|führt die verhandlung|will handle the hearing|handles the hearing|
is handling the hearing
"""


# Signing verbs: a company signs as readily as a person ("Acme signed"), so the name before
# them must open with a listed given name ("Madison signed", "Ditte har underskrevet").
SIGNING = """
signed|has signed|a signé|firmó|ha firmado|ha firmato|assinou|unterschrieben hat|
hat unterschrieben|heeft ondertekend|har underskrevet|har skrevet under|har signerat|
har skrivit under|har signert|aláírta|a semnat
"""


# Verbs of speaking that take their partner after "with" a few words on ("Nous avons parlé
# du bail avec X", "Abbiamo parlato del contratto con X", "Falamos do contrato com X", "I
# talked about the recall with X"): a person, or a company as often when the name is a word.
SPEAKING = """
spoke|talked|parlé|parlons|parlato|parlare|hablado|hablamos|hablé|falamos|falei|conversamos|
conversei|gesproken|talt|snakket|pratat|pratade|talade|discussed|discuté|discutido|discusso
"""
_WITH = re.compile(
    r"(?:[ \t]+[^\W\d_][\w'’]*){0,3}?[ \t]+(?:with|avec|con|com|met|med|mit)[ \t]+"
)


def _phrases(block: str) -> list[str]:
    return sorted({p.strip() for p in block.replace("\n", "").split("|") if p.strip()}, key=len)


_BEFORE_PHRASES = frozenset(_phrases(BEFORE))
_AFTER_PHRASES = frozenset(_phrases(AFTER))
prefilter.register("person_slot_before", set(_BEFORE_PHRASES))
prefilter.register("person_slot_after", set(_AFTER_PHRASES))
prefilter.register("person_signing", set(_phrases(SIGNING)))
prefilter.register("person_speaking", set(_phrases(SPEAKING)))
prefilter.register("office_word", set(OFFICE_WORDS))

_TOKEN = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_GAP_AFTER = re.compile(r"\)?[ \t]*:?[ \t]+|\)?[ \t]*:[ \t]*")
# Where a name written before a slot phrase may start: a line, a list item, a sentence, a
# label's value, or after a word that opens a clause ("said", "que", "c'est", "hat").
_OPENS = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[-*•>]+[ \t]*)?|[.!?;:|][ \t]+|[,(][ \t]*|(?:^|[ \t])(?i:said|says|that|"
    r"que|c'est|c’est|dass|dat|che|że|că|hat|heeft|foi|fue|was|è|je|confirmed|confirms|"
    r"add|adding|d'ajouter|"
    r"d’ajouter|ajouter|ajoutez|añadid a|añadir a|añade a|agregar a|agreguen a|adicione|"
    r"adicionar|acrescentar|aggiungete|aggiungere|hinzufügen|zet|voeg|přidejte|přidat|dodaj|"
    r"dodajcie|dodać|adăugați|adăugaţi|lägg till|legg til|tilføj|ekle|tambahkan|ongeza)[ \t]+)$"
)
# Feasts a gift or a parcel is meant for ("was meant for Christmas"), in many languages.
_FEASTS = frozenset(
    """Christmas Xmas Easter Thanksgiving Halloween Hanukkah Diwali Eid Ramadan Navidad Pascua
    Reyes Pâques Weihnachten Ostern Nikolaus Kerst Kerstmis Pasen Sinterklaas Páscoa Pascoa
    Natale Pasqua Befana Vánoce Velikonoce Wielkanoc Mikołajki Crăciun Paşte Paște Jul Påsk
    Påske Joulu Pääsiäinen Bayram Lebaran Krismasi Pasaka""".split()
)
_NOT_NAMES = CALENDAR | _FEASTS | frozenset(w.title() for w in NODICT_FUNCTION_WORDS)
_GIVEN = GIVEN | GIVEN_AMBIGUOUS
_LISTED = _GIVEN | SURNAMES
_TITLE_WORDS = TITLES | HONORIFIC_SET


def _capital_name_word(word: str) -> bool:
    """A capitalised (or all-caps) token that is a name in a person slot: listed, or no word."""
    title = word.title() if word.isupper() else word
    if not title[:1].isupper() or title in _NOT_NAMES or title.lower() in TOP:
        return False
    if title in HONORIFIC_SET or title in TITLES or fold(title) in OFFICE_WORDS:
        return False
    if word.isupper() and len(word) <= 3 and title not in GIVEN:
        return False  # "HR", "DHL", "ID"
    if is_company_token(title):
        return False
    return title in _LISTED or title.lower() not in COMMON


def _lower_given(word: str) -> bool:
    return word.islower() and word not in TOP and word.title() in _GIVEN  # built once


def _lower_surname(word: str, text: str, end: int) -> bool:
    if not word.islower() or word in NODICT_FUNCTION_WORDS or fold(word) in OFFICE_WORDS:
        return False
    if word in COMMON and word.title() not in SURNAMES:
        return False  # "signed by maria zelvinskaite yesterday"
    if word not in TOP:
        return True
    # a frequent word that is also a surname closes the name ("marloes vos.")
    return word.title() in SURNAMES and (end == len(text) or text[end] in ".,;!?\n")


def _forward(text: str, pos: int) -> Hit | None:
    """The name that starts at ``pos``: capitalised tokens (particles between), or a lower-case
    listed given name and the surname words after it; a leading title is skipped."""
    m = _TOKEN.match(text, pos)
    if m is not None and m.group() in _TITLE_WORDS and text[m.end() : m.end() + 1] == " ":
        m = _TOKEN.match(text, m.end() + 1)  # "dl Constantinescu", "Sr. Ruiz" (no dot here)
    if m is None:
        return None
    start, stop, word = m.start(), m.end(), m.group()
    lower = word.islower()
    if lower and not _lower_given(word):
        return None
    if not lower and not _capital_name_word(word):
        return None
    for _ in range(3):
        pos = stop
        if text[pos : pos + 1] != " ":
            break
        nxt = _TOKEN.match(text, pos + 1)
        if nxt is not None and nxt.group() in PARTICLE_SET:
            spaced = text[nxt.end() : nxt.end() + 1] == " "
            after = _TOKEN.match(text, nxt.end() + 1) if spaced else None
            if after is None:
                break
            nxt = after
        if nxt is None:
            break
        ok = (
            _lower_surname(nxt.group(), text, nxt.end())
            if lower
            else nxt.group()[:1].isupper() and _capital_name_word(nxt.group())
        )
        if not ok:
            break
        stop = nxt.end()
    if company_follows(text, stop):
        return None
    if stop - start < 2:
        return None
    if not lower and _modifies_noun(text, start, stop):
        return None  # "we hired Summer interns", "interviewed Rose Garden staff" (review rv2)
    return ("NAME", start, stop)


_NOUN_AFTER = re.compile(r" ([a-z]{3,})(?![\w'’-])")


def _modifies_noun(text: str, start: int, stop: int) -> bool:
    """Capitalised words that are all common words before a lower-case content word: they
    qualify that noun ("Summer interns", "Rose Garden staff"), no one's name."""
    after = _NOUN_AFTER.match(text, stop)
    if after is None or after.group(1) in TOP:
        return False
    return all(w.lower() in COMMON for w in text[start:stop].split())


def _backward(text: str, end: int) -> Hit | None:
    """The name of one to three capitalised tokens, or a lower-case given name and surname,
    that ends at ``end`` and starts where a sentence, a line or a clause does."""
    words: list[re.Match[str]] = []
    pos = end
    while len(words) < 3 and pos > 0:
        j = pos
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "-'’"):
            j -= 1
        m = _TOKEN.fullmatch(text, j, pos)
        if m is None:
            break
        words.insert(0, m)
        if j == 0 or text[j - 1] != " ":
            break
        pos = j - 1
    while words:
        first = words[0]
        if _OPENS.search(text, max(0, first.start() - 12), first.start()) and _backward_ok(
            [w.group() for w in words], text
        ):
            return ("NAME", first.start(), end)
        words.pop(0)
    return None


def _backward_ok(words: list[str], text: str) -> bool:
    if words[0].islower():
        return _lower_given(words[0]) and all(w.islower() and w not in TOP for w in words[1:])
    return all(_capital_name_word(w) for w in words)


def person_slot_names(text: str, found: dict) -> list[Hit]:
    """Names in the person slots of the module docstring (``found``: the prefilter's
    keywords)."""
    hits: list[Hit] = []
    for _, end in found.get("person_slot_before", ()):
        gap = _GAP_AFTER.match(text, end)
        if gap is not None and (hit := _forward(text, gap.end())) is not None:
            hits.append(hit)
    for start, _ in found.get("person_slot_after", ()):
        if start >= 2 and text[start - 1] == " ":
            if (hit := _backward(text, start - 1)) is not None:
                hits.append(hit)
    for _, end in found.get("person_speaking", ()):
        if (m := _WITH.match(text, end)) is not None and (hit := _forward(text, m.end())):
            words = text[hit[1] : hit[2]].split()  # "with Vodafone", "with patience": no
            if len(words) > 1 or words[0] in _GIVEN:  # lone unlisted or lower-case word
                hits.append(hit)
    for start, _ in found.get("person_signing", ()):
        if start >= 2 and text[start - 1] == " ":
            hit = _backward(text, start - 1)
            if hit is not None and text[hit[1] : hit[2]].split()[0].title() in _GIVEN:
                hits.append(hit)
    return hits


# The link words before an office word ("Wren on the service team") and the articles that may
# stand between; the pattern and its gate are both built from these.
_TEAM_LINKS = (
    "from of on at in aus vom von bei z ze du au de del della dal da do no na van uit bij "
    "från fra din w u"
).split()
_TEAM_ARTICLES = "the our der dem den die la le l' el o a il lo het de os as".split()
_TEAM_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’-]+)?)[ \t]+"
    r"(?i:" + "|".join(_TEAM_LINKS) + r")[ \t]+(?i:(?:" + "|".join(_TEAM_ARTICLES) + r")[ \t]+)?$"
)
_TEAM_LINK_KEYS = gate_keys(_TEAM_LINKS)
_TEAM_ARTICLE_KEYS = gate_keys(_TEAM_ARTICLES)
_TEAM_CASE_ODD = case_odd_for((*_TEAM_LINKS, *_TEAM_ARTICLES))
# How a link word or an article ends, as the two characters before the blank after it (a
# one-letter word with the blank before it), lower case.
_TEAM_ENDINGS = frozenset(
    ending
    for word in (*_TEAM_LINKS, *_TEAM_ARTICLES)
    for ending in ((word[-2:],) if len(word) > 1 else (" " + word, "\t" + word))
)
_COMPOUND_UNIT = re.compile(r"\b[^\W\d_]+(?i:abteilung|afdeling)\b")


def team_names(text: str, found: dict) -> list[Hit]:
    """A colleague named by the unit of the organisation they work in ("Wren on the service
    team", "Till aus der Retourenabteilung", "Hana z oddělení vratek", "Christian au service
    client"): one or two capitalised tokens, each a listed name, before a link word and an
    office word (``person_office_words``) or a compound ending in one."""
    units = list(found.get("office_word", ()))
    if "abteilung" in text or "afdeling" in text:
        units += [m.span() for m in _COMPOUND_UNIT.finditer(text)]
    # Where no letter folds unlike str.lower, most units are ruled out by the two letters
    # before the one blank before them (speed; ``_may_end_in_link`` reads the rest).
    plain = not has_case_odd(text, _TEAM_CASE_ODD)
    hits: list[Hit] = []
    for start, _ in units:
        if plain and start > 2:
            blank = text[start - 1]
            if blank not in " \t\n":
                continue  # the pattern's match ends in blanks (or blanks and a newline)
            if (
                blank != "\n"
                and text[start - 2] not in " \t"
                and text[start - 3 : start - 1].lower() not in _TEAM_ENDINGS
            ):
                continue  # one blank after a word that ends as no link word or article does
        if not _may_end_in_link(text, max(0, start - 48), start):
            continue
        m = _TEAM_BEFORE.search(text, max(0, start - 48), start)
        if m is None:
            continue
        words = m.group("name").split()
        if all(_team_name_word(w) for w in words):
            hits.append(("NAME", m.start("name"), m.end("name")))
    return hits


def _may_end_in_link(text: str, lo: int, end: int) -> bool:
    """False only when ``_TEAM_BEFORE`` cannot match in ``text[lo:end]`` (a gate: the same
    hits). A match ends in a link word, or a link word and an article, each after a blank and
    before blanks that reach the end (or a newline right before it, where ``$`` matches too):
    the last one or two words before those blanks are looked up (most office words follow
    "our", "the" or a noun)."""
    if end > lo and text[end - 1] == "\n":
        end -= 1
    if end == lo or text[end - 1] not in " \t":
        return False
    window = text[lo:end]
    if has_case_odd(window, _TEAM_CASE_ODD):
        return True
    words = window.lower().rsplit(maxsplit=2)
    if not words:
        return False
    if words[-1] in _TEAM_LINK_KEYS:
        return True
    return len(words) > 1 and words[-1] in _TEAM_ARTICLE_KEYS and words[-2] in _TEAM_LINK_KEYS


def _team_name_word(word: str) -> bool:
    """A listed given name, or a listed name that is no word: "Cambio de dirección" is a
    noun phrase ("cambio" is a word), "Hana z oddělení" a person."""
    if not _capital_name_word(word):
        return False
    return word in GIVEN or (word.lower() not in COMMON and word in _LISTED)
