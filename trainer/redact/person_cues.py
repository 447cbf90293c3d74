"""Words that put a person next to them, in every language we redact: phrases before a name
("Grazie a", "Félicitations à", "il nostro collega", "Herzlichen Glückwunsch an", "welkom")
and verbs after one ("a rejoint", "si è unito", "joined", "ist neu"). Written from how posts
thank, welcome, congratulate and introduce people in each language, not from any evaluation set.

In such a context a given name that is also a word ("Madeleine", "Flora"), or a first name the
gazetteer lacks before a known surname ("Telemaco Agostinelli"), is a person; and a surname
that is also a word in some language ("Vasari", "Ferrata") is a surname.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.literal_alternation import literal_alternation

# Before a name. Each entry is matched case-insensitively, as whole words, right before it.
# Role announcements ("Our new managing director is", "Unser neuer Geschäftsführer heißt") name
# a person after the verb.
BEFORE = """
thanks|thanks to|thank you|thank you to|many thanks to|kudos to|congrats to|congratulations to|
congrats|congratulations|welcome aboard|well done|talk to|reach out to|introducing|
bienvenue dans l'équipe|bienvenue parmi nous|benvenuto in squadra|benvenuta in squadra|
benvenuto nel team|benvenuta nel team|bienvenido al equipo|bienvenida al equipo|
bem-vindo ao time|bem-vinda ao time|bem-vindo à equipe|bem-vinda à equipe|welkom in het team|
willkommen im team|auprès de|a través de|através de|
shout-out to|shoutout to|welcome|welcome to the team|please welcome|say hello to|alongside|
recommend|our colleague|my colleague|colleague|with my colleague|together with|
merci|merci à|merci a|un grand merci à|grand merci à|félicitations à|félicitations|bravo à|
bienvenue à|bienvenue|notre collègue|ma collègue|mon collègue|avec notre collègue|
en compagnie de|aux côtés de|
grazie|grazie a|grazie mille a|un grazie a|ringrazio|ringraziamo|complimenti a|complimenti|
congratulazioni a|congratulazioni|auguri a|benvenuto|benvenuta|benvenuto a|benvenuta a|
diamo il benvenuto a|
il nostro collega|la nostra collega|il collega|la collega|con il collega|con la collega|
insieme a|insieme al collega|assieme a|
gracias|gracias a|muchas gracias a|felicidades a|felicidades|enhorabuena a|enhorabuena|
bienvenido|bienvenida|
bienvenido a|bienvenida a|nuestro compañero|nuestra compañera|el compañero|la compañera|
junto a|junto con|
obrigado|obrigada|obrigado a|obrigada a|obrigado ao|obrigada à|parabéns a|parabéns ao|
parabéns à|parabéns|bem-vindo|bem-vinda|bem-vindo ao|nosso colega|nossa colega|o colega|
a colega|junto com|
danke|danke an|vielen dank an|herzlichen dank an|herzlichen glückwunsch an|glückwunsch an|
willkommen|herzlich willkommen|unser kollege|unsere kollegin|mein kollege|meine kollegin|
zusammen mit|gemeinsam mit|
bedankt|bedankt aan|dank aan|dank je|gefeliciteerd|gefeliciteerd aan|proficiat|welkom|
welkom aan|onze collega|mijn collega|samen met|
director is|managing director is|ceo is|cfo is|cto is|coo is|manager is|team lead is|chair is|
president is|head of the team is|directeur est|directrice est|pdg est|directeur général est|
direttore è|direttrice è|amministratore delegato è|director es|directora es|director general es|
diretor é|diretora é|diretor-geral é|geschäftsführer ist|geschäftsführerin ist|
geschäftsführer heißt|geschäftsführerin heißt|leiter ist|leiterin ist|heißt|directeur is|
directrice is|directeur heet|directrice heet|
in memory of|in loving memory of|the family of|en mémoire de|à la mémoire de|la famille de|
au nom de|in memoria di|la famiglia di|intestata a|intestato a|en memoria de|la familia de|
a nombre de|em memória de|a família de|em nome de|in erinnerung an|im gedenken an|
die familie von|ausgestellt auf|ter nagedachtenis van|de familie van|
ask for|please ask for|keynote by|photo by|photos by|guest speaker is|keynote speaker is|
our guest|our guest speaker|joined by|we were joined by|learned from|learnt from|looping in|
please give|credit where due|
contamos con|atendida por|atendido por|si conocen a|si conoces a|aprender al lado de|
pregunten por|pregúntenle a|feliz jubilación|
fui atendida por|fui atendido por|contamos com|aprender ao lado de|
imparare accanto a|fianco a fianco con|un grazie speciale a|grazie speciale a|
très belle retraite à|belle retraite à|bonne retraite à|comme invitée|comme invité|
am empfang nach|fragt nach|fragen sie nach|
leren naast|vraag naar|
tack till|stort tack till|spør etter|spørg efter|
bicara dengan|berbicara dengan|viesu lektore bija|viesu lektors bija|
contact person|contact person is|account manager is|courier contact is|our contact is|
signed for by|the user in question is|candidate for the contract role|
recomiendo a|recomiendo sin dudarlo a|todavía recuerdo a|aprendí de|lo que aprendí de|
mentorizar a|me atendió|foi aberto por|aberto por|raccomando|raccomando senza riserve|
il discorso lo terrà|recomano|recomano sense dubtar|vaig aprendre de|felicitats a|
demandez|demandez à|j'ai parlé avec|ik raad|kam von|rozmawiałem z|rozmawiałam z|priporočam|
sérstakar þakkir til|kærar þakkir til|þakkir til|eriline tänu|eriline aitäh|õnnitleme|
ypač ačiū|īpašs paldies|dažus vārdus teiks|posebna zahvalnost|
our guide|the driver|onze gids|vår guide|chauffören|notre guide|nuestro guía|nuestra guía|
nosso guia|nossa guia|la nostra guida|unser reiseleiter|unsere reiseleiterin|
an der rezeption nach|chiedete di|perguntem pelo|perguntem pela|fråga efter|
the interview is with|interview is with|la entrevista es con|a entrevista é com|
l'entrevue se fait avec|l'entretien se fait avec|l'intervista è con|shot by|photo de|
foto de|valeu a|
procurem|procurem por|fragt|pitajte|consulten con|pregunten a|ik sprak|
contacto en el cliente es|contato no cliente é|the contact at the client is|
signed by|firmata da|firmato da|firmado por|firmada por|assinado por|assinada por|signé par|
signée par|unterschrieben von|ondertekend door|written by|escrito por|escrita por|
scritto da|scritta da|geschrieben von|écrit par|écrite par|
notes came from|handover notes came from|the complaint came from|complaint came from|
questions go to|loop in|please loop in|incluyan a|avísenle a|avísale a|avisen a|
consúltenlo con|consúltenlo primero con
"""
# Verbs and phrases whose object is a person: meeting, speaking with, passing a message on,
# giving credit ("I met X", "conocí a X", "se lo paso a X", "møtte X", "jumpa X", Tagalog "kay
# X", the personal-name marker). English "met" only after a subject: bare "met" is Dutch
# "with" ("Met vriendelijke groet", "betalen met iDEAL"). The slot after them holds a name
# even when it is written alone or is also a word somewhere ("Credit to X for the idea"):
# ``person_relation`` reads the slot after them; the cue rules above do not use them.
OBJECT = """
i met|we met|he met|she met|they met|you met|just met|finally met|meeting with|
i've met|we've met|you've met|they've met|have met|has met|had met|already met|never met|
spoke to|spoke with|talked with|credit to|credit goes to|
props to|hat tip to|forward this to|forwarded this to|forward it to|pass this to|
passed this to|hand this over to|
conocí a|conoció a|conocimos a|hablé con|se lo paso a|se lo pasé a|se lo reenvío a|
crédito a|
conheci|conheceu|conhecemos|falei com|passo para|repasso para|crédito para|
ho conosciuto|abbiamo conosciuto|ho incontrato|ho parlato con|lo giro a|la giro a|
girato a|merito a|
j'ai rencontré|rencontré|j'ai parlé à|j'ai parlé avec|je transmets à|transmis à|
gesprochen mit|leite es an|weitergeleitet an|
ontmoette|gesproken met|doorgestuurd naar|
møtte|traff|snakket med|mødte|talte med|träffade|pratade med|takk til|tusen takk til|
jumpa|berjumpa|bertemu|bertemu dengan|ketemu|ketemu sama|ketemu dengan|
terima kasih kepada|tabik untuk|kay|salamat kay|
helping|helped|was helping|phoned|emailed|texted|addressed to|
ayudando a|ayudé a|ayudo a|dirigida a|dirigido a|ajudando|ajudei|endereçada a|endereçado a|
j'aide|j'ai aidé|adressée à|adressé à|sto aiutando|ho aiutato|indirizzata a|indirizzato a|
reference from|complaint from|recommendation from|queja de|recomendación de|
recommandation de|plainte de|reclamação de|recomendação de|reclamo di|raccomandazione di
"""
# After a name: "Rocco Santoro rejoint notre équipe", "Flora Bignami si è unita al team".
AFTER = """
joins|joined|has joined|is joining|will join|starts|started|is retiring|retires|
likes to say|always says|and i|and me|
e io|y yo|et moi|e eu|und ich|en ik|
rejoint|a rejoint|nous rejoint|nous a rejoint|arrive|est arrivé|est arrivée|part à la retraite|
si unisce|si è unito|si è unita|è entrato|è entrata|entra|va in pensione|è arrivato|è arrivata|
se une|se ha unido|se incorpora|llega|se jubila|
entrou|chegou|se junta|se juntou|vai se aposentar|
ist neu|ist jetzt|kommt|verstärkt|geht in rente|tritt|
is nieuw|komt|versterkt|treedt toe|gaat met pensioen|
fragen|weiterleiten|weitergeben|weitergegeben|eskalieren|einbeziehen|mit einbeziehen
"""


def _phrases(block: str) -> list[str]:
    return sorted({p.strip() for p in block.replace("\n", "").split("|") if p.strip()}, key=len)


OBJECT_PHRASES = frozenset(_phrases(OBJECT))
BEFORE_PHRASES = _phrases(BEFORE)
_AFTER_PHRASES = _phrases(AFTER)
prefilter.register("person_cue_before", set(BEFORE_PHRASES))
prefilter.register("person_cue_after", set(_AFTER_PHRASES))
# Its own keyword class, out of the cue pattern above (each phrase there costs every search).
prefilter.register("person_object", OBJECT_PHRASES)
prefilter.register("companion", {"with", "con", "avec", "com", "met"})

# The cue ends right before the name: "Grazie a ", "merci à ", "welkom, ".
_CUE_BEFORE = re.compile(
    r"(?:^|(?<=[\s,;:!?¡¿(\"“«]))(?i:"
    + literal_alternation(reversed(BEFORE_PHRASES), blank=r"\s")
    + r")[,:]?\s$"
)
_CUE_AFTER = re.compile(
    r"\s(?i:"
    + literal_alternation(reversed(_AFTER_PHRASES), blank=r"\s")
    + r")\b"
)


def _cue_ends_near(spans: list[tuple[int, int]], start: int) -> bool:
    """A cue keyword the prefilter found ends one or two characters before ``start`` (room for
    the "," or ":" and the space that ``_CUE_BEFORE`` allows). Every phrase the regex finds is
    such a keyword on NFKC text (the engine's input), so this test only saves regex runs
    (tests/redact/test_names3_cue_gate.py checks it over every phrase)."""
    for _, end in spans:
        if start - 2 <= end < start:
            return True
    return False


def cue_before(text: str, start: int, found: dict) -> bool:
    """A person cue ends right before ``start`` (``found``: the prefilter's keywords)."""
    spans = found.get("person_cue_before")
    if not spans or not _cue_ends_near(spans, start):
        return False
    return _CUE_BEFORE.search(text, max(0, start - 40), start) is not None


# Cues that put a company after them as readily as a person ("De pilot liep samen met Albert
# Heijn", "together with Philips", "junto con El Corte Inglés"): they do not make a listed
# company's name a person's (``person_cue_wins``).
NEUTRAL_BEFORE = frozenset(
    """together with|alongside|recommend|talk to|reach out to|auprès de|a través de|através de|
    en compagnie de|aux côtés de|insieme a|assieme a|junto a|junto con|junto com|zusammen mit|
    gemeinsam mit|samen met|introducing|tack till|stort tack till""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
_SPACES = re.compile(r"\s+")


def person_cue_wins(text: str, start: int, end: int, found: dict) -> bool:
    """A cue that is said of people, not of companies, before ``start`` ("Thanks to Paul
    Smith", "Merci à Pierre Cardin"), or a person verb after ``end`` ("David Jones joined")."""
    if cue_after(text, end, found):
        return True
    spans = found.get("person_cue_before")
    if not spans or not _cue_ends_near(spans, start):
        return False
    m = _CUE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    phrase = _SPACES.sub(" ", text[m.start() : start].rstrip(",: \t\n").lower())
    return phrase not in NEUTRAL_BEFORE


def cue_after(text: str, end: int, found: dict) -> bool:
    """A person verb starts right after ``end``."""
    if not found.get("person_cue_after"):
        return False
    return _CUE_AFTER.match(text, end) is not None


def in_person_context(text: str, start: int, end: int, found: dict) -> bool:
    """The name at ``[start, end)`` has a person cue before it or a person verb after it."""
    return cue_before(text, start, found) or cue_after(text, end, found)


# "Riunione con Franco Fallaci", "avec Carlo Vasari": after "with" in the languages that write
# nouns in lower case and rarely capitalise a product word, a known given name and a capitalised
# word are a name even when that word is also a word somewhere (German "mit Anna Kaffee
# trinken" and English "with Johnson Controls" are left out).
_COMPANION = re.compile(r"(?:^|\s)(?i:con|avec|com|met)\s$")


def after_companion(text: str, start: int) -> bool:
    """ "con", "avec", "com", "met" right before ``start``."""
    return _COMPANION.search(text, max(0, start - 6), start) is not None
