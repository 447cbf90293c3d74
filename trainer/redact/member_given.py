"""A member's given name written alone: "Great point, Roxanne.", "Dank aan Femke", "Loved
Rupert's talk", "11:00 Keynote – Ngaire". The member dictionary (``names``) matches full names;
this rule adds the roster's given names, fail closed: a capitalised token that equals a
member's given name (folded: case and accents aside) and stands alone is a NAME unless it is
also a word, a company or a place, which then needs a person cue around it.

Three tiers, from the shipped lists (the roster in production is every author, so tier 1 acts
on nearly every given name that is not a word, which is the intended direction):

1. no list holds it as a word ("Roxanne", "Ngaire", "Siobhan"): redacted wherever it is
   capitalised;
2. a frequent word of some language holds it ("Brandon", "Chiara", "Mark": common_words.txt):
   redacted inside a sentence; at the start of a sentence or a line only with a person cue;
3. a given name that is a lower-case word ("Will", "Hunter", "Summer":
   given_names_ambiguous.txt), one of the most frequent words of a language ("Ben", "Elke"), a
   city or street word ("Sydney", "Santa"), a listed company around it ("Ford", "Albert Heijn"),
   a place word after it ("Madison Avenue"), written in capitals, after a place preposition ("in
   Lisbon", "em Lisboa"; "to"/"from" for tier 2) or next to a digit ("12 Jan 2026"): only with
   a person cue.

Person cues: a phrase of ``person_cues`` before or a person verb after it; a greeting ("Hi",
"Liebe", "Beste"); a vocative comma ("Great point, X." / "Parabéns, X, pelo ..." / "X, thank
you"); a thanks earlier in the clause ("Un grazie enorme a X"); a programme line's dash ("– X" at
the line's end, "– X: talk"); a speaker label ("Keynote: X"); working with or managing someone
("managing X", "lavorare con X", "encadrer X"); a verb of speaking or presenting after it ("X
gave", "X gaf", "X dio"); an English possessive ("X's"); the name alone on its line below a
sign-off ("Cheers,\nX"). Further cues: a label or a "by" phrase ("Owner: X", "Notes taken by
X", "assigned to X"), a list of attendees after its label ("Present: X; Y"), a programme slot
after a time ("10:15 | Open data / X (Lab)", "10:00 Keynote (X)"), a list with another member
("Thanks X & Y", "gracias a x y y"), an English pronoun that refers to it ("X ... she"), a
vocative with "you" in its clause, a future or an away/elected phrase after it ("X presentará",
"X is away"), a French passé composé ("X a entièrement revu").

The frequent-word lists hold many names, so a name that only they hold is tier 2 (a surname
too, unless an article precedes it: "der Schreiber"); a tier-2 name that opens its line goes as
a speaker label ("X: text"), alone on its line, or before an auxiliary ("X is ..."). A name in
capitals that no list holds as a word is tier 1 (four letters or more: shorter ones may be
acronyms).

In lower case a given name goes when no list holds it as a word ("thanks to ngaire"); one that
a list holds (not a top word) goes after a greeting, thanks, acknowledgement or copy word ("thx
x", "cc x"), a role or contact verb, as a vocative, alone in a chat message, before a request to
its reader ("x can you ...") or a thanks (", grazie"), or (not for words) as a chat label ("x:
done").

Roster names that the given-name gazetteer lacks are found by a small automaton per roster
(``roster_spans``), over the text as the prefilter reads it; the process-wide prefilter is
never extended per roster.

Left to the other rules: a token joined to a longer word ("Rose-Marie", "O'Neil",
"anne.smith"), inside a member hit, or next to another capitalised word ("Irving Oil", "Ralph
Lauren", "Roxanne Xu"): a full name or a company, which ``people`` and the member dictionary
judge.
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from trainer.redact import prefilter
from trainer.redact.eponyms import in_corporate_context, is_eponymous_company
from trainer.redact.hits import Hit
from trainer.redact.name_keys import fold
from trainer.redact.names import MemberNames, given_names
from trainer.redact.person_cues import in_person_context
from trainer.redact.person_words import (
    COMMON,
    COMPANY_SUFFIX,
    GIVEN,
    GIVEN_AMBIGUOUS,
    HONORIFIC_SET,
    NOT_SURNAME,
    PLACE_SURNAMES,
    STREET_WORDS,
    TOP,
)

_NOT_ALNUM = re.compile(r"[\W_]+")
# The word right before the name ("Hi X", "Félicitations X", "managing X", "Keynote: X").
_CUE_WORDS = frozenset(
    """hi hey hello dear hallo hoi liebe lieber cher chère chers caro cara cari ciao hola olá oi
    beste lieve geachte bonjour salut querido querida estimado estimada prezado prezada gentile
    cc ping congrats congratulations glückwunsch gratuliere gefeliciteerd felicidades
    enhorabuena auguri complimenti félicitations parabéns bravo kudos managing managed mentoring
    mentored hired hiring coaching coached meet ask asked told encadrer encadré accompagner
    gestire gestito dirigir gerenciar gerenciei leiten betreuen betreut begeleiden begeleid
    keynote: speaker: speakers: host: moderator: chair: sprecher: sprecherin: spreker:
    intervenant: intervenante: relatore: relatrice: ponente: palestrante: selon laut secondo
    según volgens birthday anniversaire geburtstag compleanno cumpleaños aniversário
    verjaardag rip memoriam g'day cheers ring call phone contact contactez appelez contatta
    chiama llama contacta ligue bel panel: panel sono contattate chiamate scrivete llamad
    contactad escribid liguem contacte contactes écrivez bellen mailen ruft kontaktiert
    schreibt mail email text h/t""".split()
)
# A to-do's owner: "Action: X to book the room", "Actie: X zal ...".
_ACTION_LABELS = frozenset(
    "action: actions: todo: to-do: aktion: actie: acties: azione: azioni: acción: ação:".split()
)
_DUTY_AFTER = re.compile(
    r"[ \t]+(?:to|will|should|must|needs|zal|moet|muss|soll|wird|doit|va|deve|debe|vai)\b"
)
# A label whose value is a person: "Owner: X", "Foto: X (2024)"; the name must end the value.
_LABEL_CUES = frozenset(
    """owner: assignee: assigned: reporter: author: photo: photos: foto: fotos: credits:
    credit: moderation: notes: responsible: verantwortlich: responsable: referente:
    contactpersoon: eigenaar: auteur: autor: autore: photographer: fotograaf: fotógrafo:
    fotografo: photographe: fotógrafa: fotografa:""".split()
)
# A role before the name ("our treasurer X", "secretario X", "kassenwart X", "intern X"): a
# person, whatever word the name also is.
_ROLE_WORDS = frozenset(
    """treasurer secretary chair chairman chairwoman chairperson president vice-president
    intern trainee colleague manager mentor coach editor founder cofounder co-founder captain
    tesorero tesorera secretario secretaria presidente presidenta becario becaria
    compañero compañera tesoureiro tesoureira secretário secretária estagiário estagiária
    colega kassenwart kassenwartin schriftführer schriftführerin vorsitzende vorsitzender
    praktikant praktikantin kollege kollegin trésorier trésorière secrétaire stagiaire
    collègue tesoriere segretario segretaria stagista collega penningmeester secretaris
    voorzitter stagiair stagiaire collega""".split()
)
# The name opens a line or a sentence and speaks to its reader: "X, you legend", "X - I've
# sent you", "X, je t'ai envoyé", "X, te he mandado", "X, ich hab dir".
_VOCATIVE_YOU = re.compile(
    r"(?:,|[ \t][-–—])[ \t](?:[^\n.!?]{0,30}?)\b(?i:you|your|you're|je\st['’]|t['’]|te|tu|ta|"
    r"ton|toi|dir|dich|ti|tuo|tua|voc[eê]|jij|jou|jouw|heb\sje)\b"
)
# A list of people: the name next to a member's full name ("X and Jane Doe", "Jane Doe, X").
_LIST_JOIN_AFTER = re.compile(r"(?:[,;]|[ \t](?:and|und|et|e|y|en|&))[ \t]+")
# An e-mail header: "from X <x@example.com>".
_ADDRESS_AFTER = re.compile(r"[ \t]<[^\s<>@]+@")
# The line a mail app writes above a signature: "Sent from my iPhone", "Envoyé de mon iPhone".
_SENT_FROM = re.compile(
    r"(?i:sent\sfrom\smy|envoyé\sde\smon|gesendet\svon\smeinem|inviato\sda|enviado\sdesde\smi|"
    r"enviado\sdo\smeu|verzonden\svan(?:af)?\smijn)\s\S+[ \t]*$"
)
_GREETING_CUES = frozenset(
    """hi hey hello dear hallo hoi liebe lieber cher chère caro cara ciao hola olá oi beste
    lieve geachte bonjour salut querido querida estimado estimada prezado prezada""".split()
)
# Before a lower-case name in chat: a greeting, a thanks, an acknowledgement or a copy line
# ("thx matteo", "ok hélène", "cc wouter", "grazie paola", "valeu rodrigo").
_ADDRESS_CUES = _GREETING_CUES | frozenset(
    """ok okay oki thx thnx tnx ty thanks thank cc ping sorry congrats bravo kudos yo xx xoxo
    bisous bises besos beijos kusjes groetjes abrazos abraços baci
    merci grazie danke gracias obrigado obrigada valeu bedankt dank dankje dankjewel tak
    complimenti parabéns gefeliciteerd felicidades félicitations glückwunsch""".split()
)
# A chat message's head before the name: "[09:14] pixelfox: ", "lunabee › ", "> ".
_CHAT_HEAD = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[\w.@-]{1,32}[ \t]?[:›>»][ \t]*|>[ \t]*)?"
)
# Nothing but punctuation, symbols or emoji to the end of the line ("!", "🙏", " !!").
_ALONE_TO_EOL = re.compile(r"[^\w\n]*(?:\n|$)")
# The end of an address after a lower-case name: punctuation, an emoji, the line's end, or a
# request to the reader (below).
_ADDRESSED_END = re.compile(r"[ \t]*(?:[^\w\s]|\n|$)")
# A request to the reader right after the name: "olivia can you", "matteo puoi".
_ASK_AFTER = re.compile(
    r"[ \t,]+(?i:can\s(?:u|you)|could\s(?:u|you)|would\s(?:u|you)|pls|plz|please|"
    r"puoi|potresti|peux[- ]tu|pourrais[- ]tu|puedes|podrías|podes|pode|kannst\sdu|"
    r"könntest\sdu|kun\sje|kan\sje|wil\sje|any\supdates?|any\snews|you\sthere|u\sthere|"
    r"are\syou|r\su|did\syou|did\su|have\syou|have\su)\b"
)
# The two words right before it ("worked with X", "lavorare con X").
_CUE_PAIRS = frozenset(
    """worked with|working with|work with|lavorare con|lavorato con|trabajar con|trabajado con|
    trabalhar com|trabalhei com|travailler avec|travaillé avec|arbeiten mit|gearbeitet mit|
    werken met|gewerkt met|samengewerkt met|according to|photo by|posted by|written by|
    hosted by|led by|presented by|organised by|organized by|moderated by|présenté par|
    animé par|organisé par|presentato da|organizzato da|presentado por|organizado por|
    apresentado por|vortrag von|präsentiert von|moderiert von|
    gepresenteerd door|georganiseerd door|moi c'est|ich bin|ik ben|yo soy|eu sou|
    agree with|agreed with|acuerdo con|d'accord avec|einverstanden mit|d'accordo con|eens met|
    concordo com|welcome by|welkom door|saluti di|intervento di|keynote van|keynote by|
    bienvenida de|accueil par|begrüßung durch|llama a|llamad a|llamen a|contacta a|
    contactad a|contacten a|escribe a|escribid a|pregunta a|preguntad a|pregunten a|
    ligue para|liguem para|fale com|falem com|taken by|assigned to|reported by|notes by|
    reply from|message from|sent by|signed by|approved by|reviewed by|created by|edited by|
    shared by|owned by|talk by|workshop by|verzorgd door|lezing door|workshop door|
    toegewezen aan|atelier par|présentée par|assigné à|a cura di|tenuto da|assegnato a|
    impartido por|asignado a|ministrado por|atribuído a|zugewiesen an|vorgetragen von""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)
# A thanks word earlier in the clause: "Un grazie enorme a X", "Ein großes Dankeschön an X".
_THANKS = frozenset(
    "thanks thank grazie merci danke dankeschön gracias obrigado obrigada bedankt dank "
    "grateful dankbar dankbaar grato grata agradecido agradecida reconnaissant "
    "reconnaissante".split()
)
# "X, thank you for ...", "X, congratulations": a vocative that opens the sentence.
_THANKS_AFTER = re.compile(
    r",\s(?i:thanks|thank\syou|congrats|congratulations|welcome|merci|félicitations|bravo|"
    r"danke|glückwunsch|grazie|complimenti|gracias|enhorabuena|felicidades|obrigad[oa]|"
    r"parabéns|bedankt|dank\sje|gefeliciteerd)\b"
)
_TO_WORDS = frozenset("a à an to aan al ai alla ao aos à".split())
_DASHES = frozenset("–—-")
_LIST_JOINS = frozenset("and und et e y en &".split())
_ITEM_END = re.compile(r"[ \t]*(?:[,;]|\n|$|\(|[ \t](?:and|und|et|e|y|en|&)\s)")
_LINE_END = re.compile(r"[ \t]*(?:[.!]?[ \t]*(?:\n|$)|:|\()")
# A vocative: the name closes the sentence or the clause ("Thanks, X!", "Parabéns, X, pelo").
_VOCATIVE_AFTER = re.compile(
    r"[ \t]*(?:[.!?…]|\n|$|,[ \t]+(?!(?:and|or|e|y|et|und|en|o|ou|oder|of)\b)[a-zà-ÿ])"
)
_CUE_AFTER = re.compile(
    r"(?:['’]s\b|\s(?i:gave|said|says|shared|presented|presents|led|hosted|wrote|asked|"
    r"explained|showed|told|spoke|talked|thanked|organised|organized|delivered|walked|won|"
    r"did|made|nailed|ran|brought|helped|built|shipped|leads|left|moved|"
    r"hielt|sagte|gab|zeigte|erklärte|sprach|moderierte|präsentierte|leitet|wechselt|"
    r"dit|présente|présenté|anime|animé|"
    r"disse|tenuto|presentato|"
    r"dio|dijo|presentó|"
    r"deu|fez|apresentou|compartilhou|"
    r"gaf|zei|hield|presenteerde|deelde|sprak|"
    r"escribió|schrieb|scrisse|schreef|escreveu|écrit|montó)\b"
    # an Italian or Spanish perfect: "X ha configurato", "X ha organizado"
    r"|\s(?:ha|hanno)\s[a-zà-ÿ]+(?:ato|ito|uto|ado|ido)\b"
    # a Spanish, Italian or French future ("X entregará", "X porterà", "X enverra"), a
    # going-to future ("X vai mostrar", "X va envoyer", "X gaat presenteren")
    r"|\s[a-zà-ÿ]{3,}(?:ará|erá|irá|arà|erà|irà)\b|\s[a-zà-ÿ]{4,}(?:era|ira)\b"
    r"|\s(?:vai|va|gaat)\s[a-zà-ÿ]{2,}(?:ar|er|ir|re|en)\b"
    # away or elected: "X is away this week", "X est absent", "X was appointed chair"
    r"|\s(?i:is|est|è|está|ist|was|wurde|a\sété|è\sstato|è\sstata|fue|foi)\s"
    r"(?i:out|away|off|absent|absente|assente|ausente|abwesend|elected|appointed|gewählt|"
    r"élu|élue|eletto|eletta|elegido|elegida|eleito|eleita)\b"
    # an auxiliary and a participle or an object: "X a présenté", "X hat einen Vortrag"
    r"|\s(?i:a|ha|hat|heeft|has|had)\s(?i:présenté|partagé|animé|donné|fait|presentato|"
    r"tenuto|condiviso|fatto|presentado|dado|compartido|hecho|gehalten|gezeigt|präsentiert|"
    r"gegeben|gedeeld|gepresenteerd|gegeven|presented|shared|given|led|done|been|einen|eine|"
    r"uns|nous|ci|nos|ons)\b"
    # a French passé composé, an adverb allowed: "X a entièrement revu", "X a fini"
    r"|\sa\s(?:[a-zà-ÿ]+ment\s)?[a-zà-ÿ]{2,}(?:é|i|u|is|it)\b"
    # an apposition: "X, our new head of sales", "X, notre directrice"
    r"|,\s(?i:our|my|notre|mon|ma|unser|unsere|mein|meine|il\snostro|la\snostra|nuestro|"
    r"nuestra|nosso|nossa|onze|mijn)\s)"
)
_SENTENCE_END = ".!?…\n•*>|"
# Articles before a capitalised noun that is also a surname ("der Schreiber", "the Cook").
_ARTICLES = frozenset(
    "the a an der die das den dem des ein eine einen einem einer eines im am vom zum zur "
    "beim".split()
)
# An English personal pronoun soon after the name, not as the very next word ("Will he",
# "Mark her"): "X is the real deal. Hire her", "X - he led the audit".
_PRONOUN_AFTER = re.compile(
    r"(?:[ \t]*[,;:–—-][ \t]*|[ \t]+[^\s.!?]+[ \t]+(?:[^\n.!?]{0,60}?[ \t])?"
    r"(?:[^\n.!?]*[.!?][ \t]+(?:[^\n.!?]{0,30}?[ \t])?)?)(?:she|he|her|him|his|hers)\b"
)
# An auxiliary or a copula after a sentence's first word makes it a subject.
_SUBJECT_AFTER = re.compile(
    r"[ \t](?:is|was|has|had|will|ist|war|hat|hatte|wird|est|était|sera|avait|è|era|sarà|"
    r"aveva|es|fue|será|tiene|tenía|é|foi|será|tem|tinha|heeft|had|zal|wordt)[ \t]"
)
# A speaker label after a name that opens its line: "X: text", "X > text", "X – text".
_LABEL_AFTER = re.compile(r"[ \t]?(?::|>|›|[ \t][–—-])[ \t]+[^\W\d_]")
# A programme line opens with a time: "• 10:15 |", "1. 9:00 am:", "14h30 :", "9.30 Uhr –".
_TIME_LINE = re.compile(
    r"[ \t]*(?:[-•*·>]|\d{1,2}[.)]?)?[ \t]*\d{1,2}(?:[:.]\d{2}|h\d{0,2})?"
    r"(?:[ \t]?(?i:am|pm|uhr|h))?(?=[ \t:|·/,–—-])"
)
_SLOT_SEPARATORS = frozenset("· / | – — - ,".split())
# A list of people after its label: "Attendees: X, Y", "Presenti: X", "Aanwezig: X; Y".
_ATTENDANCE = re.compile(
    r"[ \t]*(?:[-•*]\s*)?(?i:joined|attendees|attending|present|in\sattendance|participants|"
    r"apologies|absent|guests|speakers|panel|panellists|panelists|hosts|anwesend|dabei|"
    r"teilnehmer|teilnehmende|teilnehmer\*innen|entschuldigt|gäste|présents|présentes|"
    r"étaient\slà|participant(?:e)?s|excusés|excusées|invités|intervenants|presenti|in\ssala|"
    r"partecipanti|assenti|ospiti|relatori|presentes|participantes|asistentes|ausentes|"
    r"invitados|ponentes|convidados|palestrantes|aanwezig|aanwezigen|erbij|deelnemers|"
    r"afwezig|gasten|afmeldingen|sprekers|references|referees|referenzen|références|"
    r"referencias|referenze|referências|referenties)[ \t]?(?::|[–—-][ \t])"
)
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_AMPERSAND_AFTER = re.compile(r" & ([A-ZÀ-Þ][^\W\d_]+)\b")
_CAPITALISED_AFTER = re.compile(r" (?:& )?([A-ZÀ-Þ][^\W\d_]+)")
# Places follow these ("in Lisbon", "em Lisboa", "à Lyon", "nach Bern", "naar Gent").
_LOCATIVE = frozenset("in at near em na no nas nos à au aux nach im naar uit".split())
_TO_FROM = frozenset("to from para pour nach naar".split())
# Words before a name that make it no vocative: a place preposition, an article, a copula
# ("in X, you see", "I'm X, you're Y").
_NO_VOCATIVE_BEFORE = (
    _LOCATIVE
    | _TO_FROM
    | _ARTICLES
    | frozenset("i'm am is are was were be been being you're we're they're it's".split())
)
_DIGIT_AFTER = re.compile(r"[ \t]?\d")
# A surname's initial after a given name: "Wei B. set up", "Tucker S.'s work".
_INITIAL_AFTER = re.compile(r" [A-ZÀ-Þ]\.(?!\w)")
_OPENERS = frozenset(' \t"“«(¡¿')
# Greetings and sign-offs that are also given names somewhere ("Hallo", "Olá").
_GREETINGS = frozenset(
    "hi hey hello hallo hoi moin servus ola ciao hola salut bonjour bonsoir buongiorno "
    "buenas saludos cheers thanks danke merci grazie gracias obrigado obrigada bedankt".split()
)


@cache
def _gazetteer_keys() -> frozenset[str]:
    """The given-name gazetteer as the prefilter's "member_middle" keywords."""
    return frozenset(_key(fold(name)) for name in given_names())


@cache
def _word_keys() -> frozenset[str]:
    """Tier 3: given names that are words, places or street words, folded."""
    lists = GIVEN_AMBIGUOUS | PLACE_SURNAMES | STREET_WORDS | NOT_SURNAME | HONORIFIC_SET
    words = {_key(fold(w)) for w in lists}
    return frozenset(words | {_key(fold(w)) for w in TOP} | _GREETINGS)


@cache
def _common_keys() -> frozenset[str]:
    return frozenset(_key(fold(w)) for w in COMMON)


@cache
def _top_keys() -> frozenset[str]:
    """The most frequent words of each language, folded: never a name in lower case."""
    return frozenset(_key(fold(w)) for w in TOP)


def _lower_addressed(text: str, start: int, end: int, word: bool = True) -> bool:
    """A lower-case name after a greeting, a thanks, an acknowledgement, a role or a contact
    verb ("hola pilar", "thx matteo", "cc wouter", "our intern rodrigo"), a vocative ("Thanks
    for the fix, matteo!"), alone below a sign-off, or a chat message that addresses it: the
    message holds only the name ("[07:30] mimi: rodrigo!") or the name and a request to its
    reader ("olivia can you merge it?")."""
    before = _words_before(text, start)
    if before:
        last = before[-1].lower()
        if last.rstrip(",:!") in _ADDRESS_CUES and (
            _ADDRESSED_END.match(text, end) or _ASK_AFTER.match(text, end)
        ):
            return True  # "thx matteo 🙌", "ok hélène, à demain", "cc wouter pls"; not "ok
            # mark it as done"
        if last in _ROLE_WORDS or last in _CUE_WORDS:
            return True  # "our intern rodrigo", "contactez hélène"
        if len(before) > 1 and f"{before[-2].lower()} {last}" in _CUE_PAIRS:
            return True  # "ik ben sander", "llamad a diego"
    if text[start - 2 : start] == ", " and _VOCATIVE_AFTER.match(text, end):
        return True  # "Thanks for the quick fix, matteo!"
    if text[end : end + 1] == "," and _VOCATIVE_YOU.match(text, end):
        return True  # "great work wouter, dankzij jou ..."
    if before and before[-1].lower() in _TO_WORDS and _thanked(before):
        return True  # "gracias a lena y ...", "grazie a camila"
    head = text[text.rfind("\n", 0, start) + 1 : start]
    if (not head.strip() or _CHAT_HEAD.fullmatch(head)) and (
        _ALONE_TO_EOL.match(text, end)
        or _ASK_AFTER.match(text, end)
        or _THANKS_AFTER.match(text, end)
        or (not word and _LABEL_AFTER.match(text, end))
    ):
        return True  # "rodrigo!", "olivia can you", "lena, grazie!", "lena: done"
    return not before and _line_start(text, start) and _signature(text, start, end)


def _thanked(before: list[str]) -> bool:
    """A thanks word earlier in the clause, before the "a"/"to" that precedes the name."""
    for word in reversed(before[:-1]):
        if word[-1:] in ".!?":
            return False
        if word.lower().rstrip(",:") in _THANKS:
            return True
    return False


def _key(folded: str) -> str:
    return " ".join(_NOT_ALNUM.sub(" ", folded).split())


def roster_keys(members: MemberNames) -> frozenset[str]:
    """The roster's given names and surnames that the given-name gazetteer (the prefilter's
    "member_middle" keywords) lacks, as the prefilter writes keywords."""
    extra = (members.given | members.surnames) - _gazetteer_keys()
    keys = (" ".join(prefilter.spaced(word).split()) for word in extra)
    return frozenset(key for key in keys if key)


def _roster_matcher(members: MemberNames) -> ahocorasick.Automaton | None:
    """A small keyword automaton of ``roster_keys``, built once per roster on first use and kept
    on ``members`` (the process-wide prefilter stays as it is: no rebuild per roster)."""
    matcher = members.given_matcher
    if matcher is False:
        keys = roster_keys(members)
        matcher = None
        if keys:
            matcher = ahocorasick.Automaton()
            for key in keys:
                matcher.add_word(f" {key} ", len(key))
            matcher.make_automaton()
        members.given_matcher = matcher
    return matcher


def roster_spans(text: str, members: MemberNames) -> list[tuple[int, int]]:
    """(start, end) of every ``roster_keys`` key in ``text`` as a whole word, in the order the
    prefilter reports keywords (by end)."""
    matcher = _roster_matcher(members)
    if matcher is None:
        return []
    spans = []
    for last, length in matcher.iter(prefilter.spaced(text)):  # cached: keywords() read it
        start = last - length - 1  # `last` is the key's trailing space in the padded copy
        spans.append((start, start + length))
    return spans


def find_members(text: str, members: MemberNames) -> list[Hit]:
    """The member dictionary's hits (``MemberNames.find``) and a member's given name written
    alone (this module's rule)."""
    folded = prefilter.folded(text)
    hits = members.find(text, folded)
    surnames = members.surnames
    if not members.given and not surnames:
        return hits
    found = prefilter.keywords(text)
    spans = found.get("member_middle", [])
    if more := roster_spans(text, members):
        spans = [*spans, *more]
    if spans:
        hits += given_alone(text, folded, spans, members.given, hits, found, surnames)
    return hits


def given_alone(
    text: str,
    folded: str,
    spans: list[tuple[int, int]],
    given: frozenset[str],
    covered: list[Hit],
    found: dict,
    surnames: frozenset[str] = frozenset(),
) -> list[Hit]:
    """NAME hits for the keyword ``spans`` that are a member's given name or surname
    (``surnames``) standing alone."""
    hits: list[Hit] = []
    pending: list[tuple[int, int]] = []  # no cue yet: may be listed with a member
    n = len(text)
    for start, end in spans:
        lower = not text[start].isupper()
        key = folded[start:end]
        if not key.isalnum():
            key = _key(key)
        surname = key not in given
        if (surname and key not in surnames) or key in _GREETINGS:
            continue  # "Hallo, bedankt voor je bericht": a greeting, whoever is named so
        if lower:
            # Lower case: a member's name that no list holds as a word ("birthdays: keisha,
            # ...", "lol ngaire you're right", "hi femke,"); one that is a word never.
            if text[start].islower() and not _joined(text, start, end, n):
                if key not in _common_keys() and key not in _word_keys():
                    hits.append(("NAME", start, end))
                elif key not in _top_keys():
                    if _lower_addressed(text, start, end, key in _word_keys()):
                        hits.append(("NAME", start, end))  # "hola pilar,", "Abrazos,\nmarta"
                    else:
                        pending.append((start, end))
            continue
        if any(h[1] < end and start < h[2] for h in covered):
            continue  # inside a member hit: the dictionary judged it
        if _joined(text, start, end, n):
            continue
        token = text[start:end]
        if " " in key and not all(w[0].isupper() for w in token.split()):
            continue  # "The best": a hyphenated given name's parts are both capitalised
        before = _words_before(text, start)
        if _in_longer_name(text, end, before) and not _member_pair(
            text, end, before, given, surnames
        ):
            continue
        last = before[-1].lower() if before else ""
        word = key in _word_keys()
        if len(token) > 1 and token.isupper() and (word or len(key) < 4):
            tier = 3  # "WILL THIS WORK", "SUMMER SALE"; a short one may be an acronym
        elif word or last in _LOCATIVE:
            tier = 3  # "Will", "Monday", "Hallo"; "in Lisbon", "em Lisboa", "nach Bern"
        elif _DIGIT_AFTER.match(text, end) or last[-1:].isdigit():
            tier = 3  # a date or a count: "12 Jan 2021", "Mai 2024"
        elif key in _common_keys():
            # "Flight to Lisbon"; a surname after an article is a noun ("der Schreiber",
            # "the Cook"). The frequent-word lists hold many names ("Wainwright",
            # "PELLEGRINI", "Visser"): otherwise as a given name.
            tier = 3 if last in _TO_FROM or (surname and last in _ARTICLES) else 2
        else:
            tier = 1  # also a name in capitals that no list holds ("THRELKELD", "OYELARAN")
        if not surname and (initial := _INITIAL_AFTER.match(text, end)):
            hits.append(("NAME", start, initial.end()))  # "Wei B. set up": a name form, even
            continue  # where a company word is near ("Shares\nPaola C. sends the notes")
        if is_eponymous_company(text, start, end) or in_corporate_context(text, start, end):
            # "Albert Heijn", "samen met Philips", "shares of Hunter Douglas": a company unless
            # it is addressed ("Thanks, Ford!", "Hi Dell").
            if _addressed(text, start, end, before) or (
                len(before) > 1 and f"{before[-2].lower()} {before[-1].lower()}" in _CUE_PAIRS
            ):
                hits.append(("NAME", start, end))  # "de acuerdo con X": a person's verb
            continue
        if tier < 3 and _place_or_company_after(text, end):
            tier = 3  # "Madison Avenue", "Grace Foundation"
        if tier == 1 or (tier == 2 and not _sentence_start(text, start)):
            hits.append(("NAME", start, end))
        elif tier == 2 and (
            _opens_a_line_as_a_name(text, start, end) or _SUBJECT_AFTER.match(text, end)
        ):
            # "Moreau: dossier transmis", "Pellegrini" on its own line; a subject
            # ("Matteo è il collega migliore", "Olivia was a great mentor")
            hits.append(("NAME", start, end))
        elif _person_cue(text, start, end, before, found, covered):
            hits.append(("NAME", start, end))
        elif (
            key not in _top_keys()
            and last not in _NO_VOCATIVE_BEFORE
            and _PRONOUN_AFTER.match(text, end)
        ):
            hits.append(("NAME", start, end))  # "I've known X for years and she ..."
        elif key not in _top_keys():
            pending.append((start, end))
    # A name listed with a member found here or by the dictionary ("Thanks Walsh and Costa",
    # "gracias a liam y camila"): a list of people, in either order.
    while pending and hits:
        listed = [(s, e) for s, e in pending if _listed_with_member(text, s, e, [*covered, *hits])]
        if not listed:
            break
        hits += [("NAME", s, e) for s, e in listed]
        pending = [span for span in pending if span not in listed]
    return hits


def _opens_a_line_as_a_name(text: str, start: int, end: int) -> bool:
    """A frequent word that is a member's name opens its line (or chat message) as a speaker
    label ("Moreau: dossier transmis", "Pellegrini > accesso negato", "Visser – de klant
    belt terug") or is all its line holds ("Pellegrini" above a ticket's text)."""
    head = text[text.rfind("\n", 0, start) + 1 : start]
    if head.strip() and not _CHAT_HEAD.fullmatch(head):
        return False
    return bool(_LABEL_AFTER.match(text, end) or _ALONE_TO_EOL.match(text, end))


def _words_before(text: str, start: int) -> list[str]:
    """Up to five words of the same line right before ``start`` (none when a character other
    than one space or tab separates them from it)."""
    if start < 2 or text[start - 1] not in " \t":
        return []
    head = text[max(0, start - 48) : start - 1]
    return head[head.rfind("\n") + 1 :].split()[-5:]


def _joined(text: str, start: int, end: int, n: int) -> bool:
    """Part of a longer word: "Rose-Marie", "O'Neil", "anne.smith", "@roxanne", "#Femke"."""
    if start:
        before = text[start - 1]
        if before in "@#_/\\" or before.isalnum():
            return True
        if before in "-.'’" and start >= 2 and text[start - 2].isalnum():
            # "d'Aurélien", "l'Ana": an elided article; "O'Neil", "Anne-Marie" are joined.
            elided = (
                before in "'’"
                and text[start - 2] in "dl"
                and (start < 3 or not text[start - 3].isalnum())
            )
            if not elided:
                return True
    if end < n:
        after = text[end]
        if after in "@_/\\" or after.isalnum():
            return True
        if after in "-." and end + 1 < n and text[end + 1].isalnum():
            return True
    return False


def _member_pair(
    text: str, end: int, before: list[str], given: frozenset[str], surnames: frozenset[str]
) -> bool:
    """Two members joined by "&" ("Thanks Lambert & Costa"), not a company: the word on the
    other side of the "&" is a member's name too."""
    if (after := _AMPERSAND_AFTER.match(text, end)) is not None:
        other = _key(fold(after.group(1)))
    elif len(before) > 1 and before[-1] == "&":
        other = _key(fold(before[-2].strip(",;:")))
    else:
        return False
    return other in given or other in surnames


def _in_longer_name(text: str, end: int, before: list[str]) -> bool:
    """Next to another capitalised word: a full name or a company ("Irving Oil", "Oscar
    Niemeyer Foundation", "Ralph Lauren", "Ben & Jerry's"), left to the full-name rules."""
    after = _CAPITALISED_AFTER.match(text, end)
    if after and after.group(1).lower() not in TOP:
        return True
    return bool(before) and (before[-1].rpartition("-")[2] in GIVEN or before[-1] == "&")


def _place_or_company_after(text: str, end: int) -> bool:
    """A business, place or street word follows: "Madison Avenue", "Grace Foundation"."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and (m.group(1) in NOT_SURNAME or m.group(1) in COMPANY_SUFFIX)


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _listed_with_member(text: str, start: int, end: int, covered: list[Hit]) -> bool:
    """A member's full name joined to it by a comma or "and" ("X and Jane Doe")."""
    for _, s, e in covered:
        if e <= start and start - e <= 6 and _LIST_JOIN_AFTER.fullmatch(text, e, start):
            return True
        if s >= end and s - end <= 6 and _LIST_JOIN_AFTER.fullmatch(text, end, s):
            return True
    return False


def _person_cue(
    text: str,
    start: int,
    end: int,
    before: list[str],
    found: dict,
    covered: list[Hit] | None = None,
) -> bool:
    """A person cue around ``text[start:end]`` (see the module docstring); ``before``: the
    words right before it."""
    if text[start - 2 : start] == ", " and _VOCATIVE_AFTER.match(text, end):
        return True  # "Great point, X."
    if _CUE_AFTER.match(text, end) or _ADDRESS_AFTER.match(text, end):
        return True  # "X gave", "X's", "from X <x@example.com>"
    if covered and _listed_with_member(text, start, end, covered):
        return True  # "X and Jane Doe"
    if before:
        last = before[-1].lower()
        if last in _LABEL_CUES and _ITEM_END.match(text, end):
            return True  # "Owner: X", "Foto: X (2024)"; not "Photo: X garden"
        if last in _ACTION_LABELS and (_ITEM_END.match(text, end) or _DUTY_AFTER.match(text, end)):
            return True  # "Action: X to send the slides"; not "Action: X as resolved"
        if last in _CUE_WORDS or last.rstrip(",:") in _CUE_WORDS or last in _ROLE_WORDS:
            return True  # "Hi X", "Félicitations X", "managing X", "Keynote: X", "treasurer X"
        if len(before) > 1 and f"{before[-2].lower()} {last}" in _CUE_PAIRS:
            return True  # "worked with X", "lavorare con X"
        if last in _DASHES and _LINE_END.match(text, end):
            return True  # "11:00 Closing words – X", "9:30 – X: Data contracts"
        if (last in _SLOT_SEPARATORS or last.endswith(",")) and _programme_slot(text, start, end):
            return True  # "1. 9:00 am: Budget basics, X (Org)", "10:15 | Open data / X"
        if (last.endswith((":", ",", ";")) or last in _LIST_JOINS) and _attendance_item(
            text, start, end
        ):
            return True  # "Present: Y, X", "Anwesend: X und Y"
        if last in _TO_WORDS and _thanked(before):
            return True  # "Un grazie enorme a X", not across a sentence end
    elif _line_start(text, start) and _signature(text, start, end):
        return True  # "Cheers,\nX" on its own line
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        if text[end + 1 : end + 2] == ":" or _programme_slot(text, start, end + 1):
            return True  # "10:00 Keynote (X)", "TODO (X): update the wiki"
    if _sentence_start(text, start) and (
        _VOCATIVE_YOU.match(text, end) or _THANKS_AFTER.match(text, end)
    ):
        return True  # "X, you legend", "X - I've sent you", "X, thank you for ..."
    if (
        text[end : end + 1] == ","
        and _VOCATIVE_YOU.match(text, end)
        and not (before and before[-1].lower().replace("’", "'") in _NO_VOCATIVE_BEFORE)
    ):
        return True  # "Great work X, thanks to you the release shipped"
    return in_person_context(text, start, end, found)


def _programme_slot(text: str, start: int, end: int) -> bool:
    """The speaker of a programme line: the line opens with a time and the name closes it or
    precedes a bracket or a colon ("14h30 : Atelier · X", "• 10:15 | Open data / X (Lab)")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_LINE_END.match(text, end)) and _TIME_LINE.match(text, line_start) is not None


def _attendance_item(text: str, start: int, end: int) -> bool:
    """An item of a list of people after its label ("Attendees: Y; X, Z"): a list separator
    or the line's end follows."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if "." in head.replace("Dr.", "").replace("Mr.", "") and ":" not in head:
        return False
    return _ATTENDANCE.match(text, line_start) is not None and (
        _ITEM_END.match(text, end) is not None
    )


def _addressed(text: str, start: int, end: int, before: list[str]) -> bool:
    """A vocative or a greeting: "Great point, X.", "Hi X"."""
    if text[start - 2 : start] == ", " and _VOCATIVE_AFTER.match(text, end):
        return True
    return bool(before) and before[-1].lower().rstrip(",") in _GREETING_CUES


def _line_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _signature(text: str, start: int, end: int) -> bool:
    """The name alone on its line below a sign-off that ends in a comma ("Best,\nX")."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end == -1 else line_end]
    if any(ch.isalnum() for ch in rest):
        return False  # an emoji or a full stop may follow ("Cheers,\nX 👋")
    above = text[max(0, start - 40) : start].rstrip()
    # "Best,\nX", "Sent from my phone\nX", a signature delimiter ("-- \nX")
    return (
        above.endswith((",", "\n--", "\n—"))
        or above == "--"
        or _SENT_FROM.search(above) is not None
    )
