"""Person cues around a member's name written alone (``member_given``): the words, phrases and
shapes that make a token that is also a word, a company or a place a person.

Person cues: a person phrase or verb (``person_cues``); a greeting ("Hi", "Guten Tag", "¡Hola");
a vocative ("Great point, X.", "X, thank you"); a thanks ("Un grazie a X", "Thanks again X"); a
programme dash or slot ("– X", "10:15 | Open data / X (Lab)"); a label ("Keynote: X", "Owner:
X", "Name: X"); working with, managing, recommending or interviewing someone ("lavorare con X",
"Interview with X"); a verb after it ("X gave", "X dio", "X presentará", "X is away", "X a
revu"); a possessive ("X's"); a byline ("X (Acme)", "X (she/her)"); a signature ("Cheers,\nX");
a list of attendees or of people ("Present: X; Y", "Thanks X & Y", "• Jane Doe\n• X"); an
English pronoun that refers to it ("X ... she"); a vocative with "you" in its clause.

In lower case a given name goes when no list holds it as a word ("thanks to ngaire"); one that
a list holds (not a top word) goes after a greeting, thanks, acknowledgement or copy word ("thx
x", "cc x"), a role or contact verb, as a vocative, alone in a chat message, before a request to
its reader ("x can you ...") or a thanks (", grazie"), or (not for words) as a chat label ("x:
done").
"""

from __future__ import annotations

import re

from trainer.redact.hits import Hit
from trainer.redact.member_cue_words import ACTION_LABELS, CUE_WORDS, LABEL_CUES, ROLE_WORDS
from trainer.redact.member_lines import (
    ALONE_TO_EOL,
    BYLINE_AFTER,
    CHAT_HEAD,
    ITEM_END,
    LABEL_AFTER,
    LINE_END,
    attendance_item,
    line_start,
    listed_item,
    programme_slot,
    signature,
)
from trainer.redact.member_mention_cues import mention_cue
from trainer.redact.person_cues import in_person_context
from trainer.redact.person_greetings import HELLOS, SALUTATIONS

# A to-do's owner before the duty: "Action: X to book the room", "Actie: X zal ...".
_DUTY_AFTER = re.compile(
    r"[ \t]+(?:to|will|should|must|needs|zal|moet|muss|soll|wird|doit|va|deve|debe|vai)\b"
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
_GREETING_CUES = HELLOS | SALUTATIONS  # the shared list's (person_greetings)

# Before a lower-case name in chat: a greeting, a thanks, an acknowledgement or a copy line
# ("thx matteo", "ok hélène", "cc wouter", "grazie paola", "valeu rodrigo").
_ADDRESS_CUES = _GREETING_CUES | frozenset(
    """ok okay oki thx thnx tnx ty thanks thank cc ping sorry congrats bravo kudos yo xx xoxo
    bisous bises besos beijos kusjes groetjes abrazos abraços baci
    merci grazie danke gracias obrigado obrigada valeu bedankt dank dankje dankjewel tak
    complimenti parabéns gefeliciteerd felicidades félicitations glückwunsch""".split()
)

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
CUE_PAIRS = frozenset(
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
    impartido por|asignado a|ministrado por|atribuído a|zugewiesen an|vorgetragen von|
    good morning|good afternoon|good evening|guten tag|guten morgen|guten abend|bom dia|
    boa tarde|boa noite|buenos días|buenos dias|buenas tardes|buenas noches|buona sera|
    buon pomeriggio|goede morgen|hello again|hi again|
    interview with|interview mit|interview met|interview van|interview de|interview avec|
    entretien avec|intervista a|intervista con|entrevista con|entrevista a|entrevista com|
    conversation with|gespräch mit|gesprek met|conversa com|conversación con|
    conversazione con|podcast with|q&a with|ama with|rsvp to|spoke to|spoke with|
    talked to|talked with|speak to|speak with|talk to|talk with|hablé con|hablado con|
    parlé avec|parlé à|parlato con|falei com|sprak met|gesproken met|pratade med|
    pratat med|talade med|rozmawiałem z|rozmawiałam z|rozmawiał z|rozmawiała z|
    dzień dobry|god morgon|hyvää huomenta|günaydın|demande à|demandez à|chiedi a|pon a|
    poned a|ponga a|kopiona myös|w kopii|
    swapped with|swap with|switched with|swapping with|rented from|renting from|
    hablar con|hablando con|parler à|parler avec|parlé avec|scambiato con|parlare con|
    falar com|falando com|aluguei com|aluguei de|alugar com|
    nice work|great work|good work|nice job|great job|good job|well done|bom trabalho|
    ótimo trabalho|buen trabajo|gran trabajo|bon travail|beau travail|ottimo lavoro|
    bel lavoro|gute arbeit|goed werk|pergunta à|pergunte à|pergunta ao|pergunte ao|
    pergunta a|pergunte a|pregunta al|demandez à|demande à|
    reference from|references from|complaint from|notes from|note from|letter from|
    email from|call from|request from|recommendation from|feedback from|queja de|
    recomendación de|carta de|mensaje de|llamada de|reclamo de|recommandation de|
    plainte de|lettre de|appel de|réclamation de|reclamação de|recomendação de|
    mensagem de|ligação de|reclamo di|raccomandazione di|lettera di|messaggio di|
    chiamata di|beschwerde von|empfehlung von|nachricht von|anruf von|klacht van|
    aanbeveling van|bericht van""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

# A thanks word earlier in the clause: "Un grazie enorme a X", "Ein großes Dankeschön an X".
_THANKS = frozenset(
    "thanks thank grazie merci danke dankeschön gracias obrigado obrigada bedankt dank "
    "grateful dankbar dankbaar grato grata agradecido agradecida reconnaissant "
    "reconnaissante obrigadão obrigadao gràcies gracies faleminderit".split()
)

# "X, thank you for ...", "X, congratulations": a vocative that opens the sentence.
_THANKS_AFTER = re.compile(
    r",\s(?i:thanks|thank\syou|congrats|congratulations|welcome|merci|félicitations|bravo|"
    r"danke|glückwunsch|grazie|complimenti|gracias|enhorabuena|felicidades|obrigad[oa]|"
    r"parabéns|bedankt|dank\sje|gefeliciteerd)\b"
)
_TO_WORDS = frozenset("a à an to aan al ai alla ao aos".split())
# The agent of a passive after a cue participle: "recommended by X", "recommandé par X",
# "aanbevolen door X", "empfohlen von X", "consigliato da X", "recomendado por X".
_AGENT_WORDS = frozenset("by par door von durch da por pelo pela av przez".split())
_CUE_PARTICIPLES = frozenset(
    """referred introduced consigliato consigliata raccomandato raccomandata indicado
    indicada indicato indicata presentato presentata vorgestellt""".split()
)
# Between a thanks and the name it thanks: "Thanks again X", "Merci encore X", "Danke nochmal
# X", "Grazie mille X", "Muito obrigado mesmo X".
_THANKS_ADVERBS = frozenset(
    """again much lots loads heaps ever also too nochmal nochmals vielmals sehr auch encore
    beaucoup aussi ancora mille tante anche otra vez mil muchas muito mesmo também
    nogmaals wel heel erg ook""".split()
)
_DASHES, _LIST_JOINS = frozenset("–—-"), frozenset("and und et e y en &".split())

# A cleft sentence puts a person in focus with "it is X who": "C'est X qui coordonne", "Es X
# quien firma", "È X che porta", "É X quem assina", "It's X who": a person, whatever word X is.
_CLEFT_BEFORE = frozenset("c'est c’est sont es és è é it's it’s".split())
_CLEFT_AFTER = re.compile(r"[ \t]+(?:qui|quien|quienes|che|quem|who)\b")

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
    r"escribió|schrieb|scrisse|schreef|escreveu|écrit|montó|"
    # a German or Dutch participle closing "mit X ...", "met X ...": "mit X gesprochen"
    r"gesprochen|telefoniert|getroffen|geredet|gesproken|gebeld|ontmoet|"
    # Turkish "X ile" (with X)
    r"ile)\b"
    # copied on a message, in every language: "X in cc", "X en copie", "X på kopia"
    r"|\s(?:in\s(?:de\s)?cc|en\scopi[ae]|em\scópia|på\skopia|kopioksi|w\skopii|bilgiye)\b"
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
ARTICLES = frozenset(
    "the a an der die das den dem des ein eine einen einem einer eines im am vom zum zur "
    "beim".split()
)

# An English personal pronoun soon after the name, not as the very next word ("Will he",
# "Mark her"): "X is the real deal. Hire her", "X - he led the audit".
PRONOUN_AFTER = re.compile(
    r"(?:[ \t]*[,;:–—-][ \t]*|[ \t]+[^\s.!?]+[ \t]+(?:[^\n.!?]{0,60}?[ \t])?"
    r"(?:[^\n.!?]*[.!?][ \t]+(?:[^\n.!?]{0,30}?[ \t])?)?)(?:she|he|her|him|his|hers)\b"
)

# An auxiliary, a copula or a modal verb after a sentence's first word makes it a subject:
# the finite verb of a statement follows its subject in every language we redact ("X can
# confirm", "X puede confirmarlo", "X kan het bevestigen", "X może potwierdzić").
SUBJECT_AFTER = re.compile(
    r"[ \t](?:is|was|has|had|will|ist|war|hat|hatte|wird|est|était|sera|avait|è|era|sarà|"
    r"aveva|es|fue|será|tiene|tenía|é|foi|será|tem|tinha|heeft|had|zal|wordt|"
    r"är|var|har|hade|oli|jest|był|była|będzie|miał|miała|"
    r"can|could|should|would|must|might|shall|kann|konnte|könnte|soll|sollte|muss|musste|darf|"
    r"peut|pourra|pourrait|doit|devrait|puede|podrá|podría|debe|debería|pode|poderá|poderia|"
    r"deve|deveria|può|potrà|potrebbe|dovrebbe|kan|kon|kunnen|moet|mag|zou|kunde|ska|skulle|"
    r"måste|pitää|może|musi|powinien|powinna|může|musí|môže|mora|može|"
    r"ha|han|fut|je|bio|bila|bilo|byl|byla|bylo)[ \t]"
)
# A name set off by a comma before a clause that opens with its verb, after at most two
# lower-case words ("X, it was a pleasure", "X, ha sido un placer", "X, het was fijn"): the
# name is addressed (a vocative), not the first item of a list ("X, Y and Z").
VOCATIVE_CLAUSE = re.compile(
    r",(?:[ \t]+[^\W\d_A-ZÀ-Þ][^\W\d_]*){0,2}?" + SUBJECT_AFTER.pattern
)
_SLOT_SEPARATORS = frozenset("· / | – — - ,".split())

# Places follow these ("in Lisbon", "em Lisboa", "à Lyon", "nach Bern", "naar Gent").
LOCATIVE = frozenset("in at near em na no nas nos à au aux nach im naar uit".split())
TO_FROM = frozenset("to from para pour nach naar".split())

# Words before a name that make it no vocative: a place preposition, an article, a copula
# ("in X, you see", "I'm X, you're Y").
NO_VOCATIVE_BEFORE = (
    LOCATIVE
    | TO_FROM
    | ARTICLES
    | frozenset("i'm am is are was were be been being you're we're they're it's".split())
)
_OPENERS = frozenset(' \t"“«(¡¿')
_CHECKBOXES = frozenset(("[ ]", "[x]", "[X]"))


def person_cue(
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
    if covered and (
        listed_with_member(text, start, end, covered) or listed_item(text, start, end, covered)
    ):
        return True  # "X and Jane Doe", "• Jane Doe (chair)\n• X"
    if before:
        last = before[-1].lower()
        bare = last.lstrip('¡¿"“«(').rstrip(",:!")  # "¡Hola X!", "Guten Tag, X"
        label = f"{before[-2].lower()}:" if last == ":" and len(before) > 1 else last
        if label in LABEL_CUES and ITEM_END.match(text, end):
            return True  # "Owner: X", "Nom : X", "Foto: X (2024)"; not "Photo: X garden"
        if last in ACTION_LABELS and (ITEM_END.match(text, end) or _DUTY_AFTER.match(text, end)):
            return True  # "Action: X to send the slides"; not "Action: X as resolved"
        if last in CUE_WORDS or bare in CUE_WORDS or last in ROLE_WORDS:
            return True  # "Hi X", "Félicitations X", "managing X", "Keynote: X", "treasurer X"
        if last in _CLEFT_BEFORE and _CLEFT_AFTER.match(text, end):
            return True  # "C'est X qui coordonne"
        if len(before) > 1 and f"{before[-2].lower().lstrip('¡¿')} {bare}" in CUE_PAIRS:
            return True  # "worked with X", "lavorare con X", "Guten Tag X", "interview with X"
        if bare in _AGENT_WORDS and len(before) > 1:
            verb = before[-2].lower()
            if verb in CUE_WORDS or verb in _CUE_PARTICIPLES:
                return True  # "recommended by X", "aanbevolen door X", "consigliato da X"
        if bare in _THANKS_ADVERBS and _thanked(before):
            return True  # "Thanks again X", "Merci beaucoup X"
        if last in _DASHES and LINE_END.match(text, end):
            return True  # "11:00 Closing words – X", "9:30 – X: Data contracts"
        if (last in _SLOT_SEPARATORS or last.endswith(",")) and programme_slot(text, start, end):
            return True  # "1. 9:00 am: Budget basics, X (Org)", "10:15 | Open data / X"
        if (last.endswith((":", ",", ";")) or last in _LIST_JOINS) and attendance_item(
            text, start, end
        ):
            return True  # "Present: Y, X", "Anwesend: X und Y"
        if last in _TO_WORDS and _thanked(before):
            return True  # "Un grazie enorme a X", not across a sentence end
    elif line_start(text, start) and signature(text, start, end):
        return True  # "Cheers,\nX" on its own line
    if (
        text[end : end + 2] == " ("
        and BYLINE_AFTER.match(text, end)
        and sentence_start(text, start)
    ):
        return True  # "X (Acme Labs)" opening a line or sentence, "X (she/her)"
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        if text[end + 1 : end + 2] == ":" or programme_slot(text, start, end + 1):
            return True  # "10:00 Keynote (X)", "TODO (X): update the wiki"
    if sentence_start(text, start) and (
        _VOCATIVE_YOU.match(text, end) or _THANKS_AFTER.match(text, end)
    ):
        return True  # "X, you legend", "X - I've sent you", "X, thank you for ..."
    if (
        text[end : end + 1] == ","
        and _VOCATIVE_YOU.match(text, end)
        and not (before and before[-1].lower().replace("’", "'") in NO_VOCATIVE_BEFORE)
    ):
        return True  # "Great work X, thanks to you the release shipped"
    if mention_cue(text, start, end, before):
        return True  # "Tagging X", "Hvala X", "X who ...", "X will be your mentor"
    return in_person_context(text, start, end, found)


def lower_addressed(text: str, start: int, end: int, word: bool = True) -> bool:
    """A lower-case name after a greeting, a thanks, an acknowledgement, a role or a contact
    verb ("hola pilar", "thx matteo", "cc wouter", "our intern rodrigo"), a vocative ("Thanks
    for the fix, matteo!"), alone below a sign-off, or a chat message that addresses it: the
    message holds only the name ("[07:30] mimi: rodrigo!") or the name and a request to its
    reader ("olivia can you merge it?")."""
    before = words_before(text, start)
    if before:
        last = before[-1].lower()
        if last.rstrip(",:!") in _ADDRESS_CUES and (
            _ADDRESSED_END.match(text, end) or _ASK_AFTER.match(text, end)
        ):
            return True  # "thx matteo 🙌", "ok hélène, à demain", "cc wouter pls"; not "ok
            # mark it as done"
        if last in ROLE_WORDS or last in CUE_WORDS:
            return True  # "our intern rodrigo", "contactez hélène"
        if len(before) > 1 and f"{before[-2].lower()} {last}" in CUE_PAIRS:
            return True  # "ik ben sander", "llamad a diego"
        if last in _CLEFT_BEFORE and _CLEFT_AFTER.match(text, end):
            return True  # "c'est moussa qui a les clés"
    if text[start - 2 : start] == ", " and _VOCATIVE_AFTER.match(text, end):
        return True  # "Thanks for the quick fix, matteo!"
    if text[end : end + 1] == "," and _VOCATIVE_YOU.match(text, end):
        return True  # "great work wouter, dankzij jou ..."
    if before and before[-1].lower() in _TO_WORDS and _thanked(before):
        return True  # "gracias a lena y ...", "grazie a camila"
    head = text[text.rfind("\n", 0, start) + 1 : start]
    if (not head.strip() or CHAT_HEAD.fullmatch(head)) and (
        ALONE_TO_EOL.match(text, end)
        or _ASK_AFTER.match(text, end)
        or _THANKS_AFTER.match(text, end)
        or (not word and LABEL_AFTER.match(text, end))
    ):
        return True  # "rodrigo!", "olivia can you", "lena, grazie!", "lena: done"
    return not before and line_start(text, start) and signature(text, start, end)


def addressed(text: str, start: int, end: int, before: list[str]) -> bool:
    """A vocative or a greeting: "Great point, X.", "Hi X"."""
    if text[start - 2 : start] == ", " and _VOCATIVE_AFTER.match(text, end):
        return True
    return bool(before) and before[-1].lower().rstrip(",") in _GREETING_CUES


def words_before(text: str, start: int) -> list[str]:
    """Up to five words of the same line right before ``start`` (none when a character other
    than one space or tab separates them from it)."""
    if start < 2 or text[start - 1] not in " \t":
        return []
    head = text[max(0, start - 48) : start - 1]
    return head[head.rfind("\n") + 1 :].split()[-5:]


def sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i >= 2 and text[i] == "]" and text[i - 2 : i + 1] in _CHECKBOXES:
        return True  # a checklist item opens a sentence: "[ ] X is coordinating the move"
    return i < 0 or text[i] in _SENTENCE_END


def list_item_start(text: str, start: int) -> bool:
    """``start`` opens a dashed list item ("- X tem as chaves"): a sentence's first word for a
    subject read (``member_given``'s tier 3); elsewhere such a name counts as inside a line."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] not in "-–" or i == start - 1:
        return False
    i -= 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


# Sentence adverbs that may open a statement before its subject: "Maybe X can help",
# "Vielleicht kann X", "Peut-être que X", "Ndoshta X ndihmon".
_SENTENCE_ADVERBS = frozenset(
    """maybe perhaps hopefully vielleicht hoffentlich peut-être quizás quizá tal talvez
    forse magari misschien hopelijk ndoshta""".split()
)


def after_sentence_adverb(text: str, start: int, before: list[str]) -> bool:
    """The name right after a sentence adverb that opens its sentence ("Maybe X can help"):
    the subject's place, as at the sentence's start."""
    if not before:
        return False
    word = before[-1]
    return word.lower().strip("¡¿,") in _SENTENCE_ADVERBS and sentence_start(
        text, start - len(word) - 1
    )


def listed_with_member(text: str, start: int, end: int, covered: list[Hit]) -> bool:
    """A member's full name joined to it by a comma or "and" ("X and Jane Doe")."""
    for _, s, e in covered:
        if e <= start and start - e <= 6 and _LIST_JOIN_AFTER.fullmatch(text, e, start):
            return True
        if s >= end and s - end <= 6 and _LIST_JOIN_AFTER.fullmatch(text, end, s):
            return True
    return False


def _thanked(before: list[str]) -> bool:
    """A thanks word earlier in the clause, before the "a"/"to" that precedes the name."""
    for word in reversed(before[:-1]):
        if word[-1:] in ".!?":
            return False
        if word.lower().rstrip(",:") in _THANKS:
            return True
    return False
