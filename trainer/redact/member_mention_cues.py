"""More person cues around a member's name written alone, for ``member_cues.person_cue``: the
shapes in which threads and paperwork mention, thank, copy or introduce a colleague, in every
language we redact (the Slavic, Hungarian, Romanian, Nordic and Malay/Indonesian ones too).

Each is a general pattern of the language, not a phrase of one text:

- a thanks or an acknowledgement right before the name ("Hvala X", "Terima kasih X", "Props
  X", "Mulțumesc lui X"), or earlier in the clause before a "to" word ("Tak til X", "Aplausos
  para X", "Applausi a X", "Tabik untuk X", "Huge props to X");
- a verb of mentioning, tagging, copying or quoting right before it, or before its particle or
  preposition ("Tagging X", "Marcando X", "Looping in X", "Menciono a X", "Como dijo X");
- a piece of advice or a message that comes from it ("a tip from X", "Tipp von X");
- the Romanian proclitic article "lui", which stands only before a person's (or a masculine
  proper) name in the genitive and dative ("mama lui X", "Mulțumesc lui X");
- an English relative pronoun of persons after it ("X who runs the panel", "X, whose talk");
- a copy line after it ("X in CC", "X do kopie", "X er sat cc", "X în copie");
- a role given to the reader by a copula and a second-person possessive ("X will be your
  mentor", "X ist Ihr Pate", "X wordt je buddy", "X bliver din mentor", "X bude váš mentor",
  "X vă va fi îndrumător"): only a person is someone's mentor or buddy;
- a thanks after a comma, wherever the name stands ("die Idee stammt von X, danke");
- a vocative opening the sentence that speaks to its reader in the other languages ("X, boleh
  semak?", "X, deberías opinar", "X, můžeš ...", "X, kan du ...").

Only roster names reach these checks (``member_given``), so a cue costs nothing elsewhere.
"""

from __future__ import annotations

import re

# Thanks and acknowledgements, right before the name or earlier in its clause.
THANKS_WORDS = frozenset(
    """thanks thank thx ty props kudos shoutout shout-out applause bravo danke dank bedankt
    merci grazie gracias obrigado obrigada valeu tak takk tack kiitos dzięki dziękuję děkuji
    díky dík ďakujem vďaka hvala köszönöm köszi köszönet mulțumesc mulţumesc mulțumim
    mulţumim mersi kasih makasih salamat tabik teşekkürler applausi aplauso aplausos
    applaudissements aplausi gràcies gracies grazas obrigadão obrigadao faleminderit
    paldies ačiū aciu""".split()
)
# A "to" word between a thanks and the name ("Tak til X", "Tabik untuk X", "Mulțumesc lui X").
TO_WORDS = frozenset("til för for lui untuk kepada sa kay para pour al an".split())

# Verbs of mentioning, tagging, copying in, quoting ("Tagging X", "Marcando X", "dijo X").
_MENTION_VERBS = frozenset(
    """mention mentioning mentioned tag tagging tagged looping loop looped roping cc'ing
    menciono mencionando mencionar mencionó marcando marco marquei menziono menzionando
    taggo taggando mentionne mentionner markiere erwähne vermelding noem nævner nevner
    nämner taguję oznaczam wspominam zmiňuji označuji označujem spomínam spominjem označavam
    említem megjelölöm menționez etichetez tandai sebut menyebut
    said says dijo dice disse diz zei zegt sagte sagt dit""".split()
)
# A verb's particle or a preposition between it and the name ("Looping in X", "Menciono a X").
_PARTICLES = frozenset("in a al à an".split())
# Advice and messages come from a person: "a tip from X", "Tipp von X", "tip van X".
_FROM_WORDS = frozenset("from von van od från fra dari daripada".split())
_MESSAGE_NOUNS = frozenset(
    """advice tip tips feedback input hint hints suggestion suggestions recommendation
    referral message note email greetings regards word ratschlag tipp tipps hinweis
    empfehlung nachricht grüße grüsse advies bericht groeten rada tipy doporučení porada
    wskazówka råd hilsen nasihat saran pesan""".split()
)

_RELATIVE_WHO = re.compile(r",?[ \t]+(?:who|whom|whose|quien|quienes|quem)\b")
_COPIED_AFTER = re.compile(
    r"[ \t]+(?:\S+[ \t]+){0,2}?(?i:cc|bcc|cc'd|cced|kopi[ae]?|kopie|kopii|kópi[ae]|kopiju|"
    r"kopiji|copie|copia|cópia|másolat\w*)(?![\w-])"
)
_SECOND_PERSON_OWNER = (
    r"(?:your|ihr|ihre|dein|deine|euer|eure|je|jouw|uw|din|dit|dine|deres|jeres|ert|váš|vaše|"
    r"vaši|tvůj|tvoje|tvoj|tvoja|vaš|vaša|twój|twoja|wasz|wasza|votre|ton|ta|tu|su|tuo|tua|"
    r"vostro|vostra|seu|sua|teu|tău)"
)
_ROLE_PREDICATE = re.compile(
    r"[ \t]+(?i:will\s+be|is|ist|wird|wordt|zal\s+zijn|bliver|blir|er|är|bude|je|bit\s+će|"
    r"će\s+biti|będzie|est|sera|será|sarà|è|é|vai\s+ser)"
    r"[ \t]+(?:\w+[ \t]+)?(?i:" + _SECOND_PERSON_OWNER + r")\b"
    r"|[ \t]+(?i:îți|vă)[ \t]+va[ \t]+fi\b"
)
_THANKS_AFTER = re.compile(
    r",[ \t]+(?i:thanks|thank\s+you|vielen\s+dank|danke|merci|grazie|gracias|obrigad[oa]|"
    r"bedankt|tak|takk|tack|kiitos|dzięki|děkuji|díky|ďakujem|hvala|köszönöm|mulțumesc|"
    r"mulţumesc|terima\s+kasih)\b"
)
# Second-person words and modal questions of the languages ``member_cues`` lacks.
_VOCATIVE_MORE = re.compile(
    r"(?:,|[ \t][-–—])[ \t](?:[^\n.!?]{0,30}?)\b(?i:boleh|bisa|awak|anda|kamu|korang|kau|"
    r"deberías|puedes|podrías|podés|tenés|sabes|ikaw|ka\sba|mo\sba|ty|tebe|tě|vy|vás|můžeš|"
    r"můžete|môžeš|môžete|ciebie|cię|możesz|możecie|ti|tebi|vi|vas|možeš|možete|neked|téged|"
    r"tudnád|tudnátok|poți|puteți|du|dig|deg|dere|jer|kan\sdu|kunne\sdu|kan\sni)\b"
)


def mention_cue(text: str, start: int, end: int, before: list[str]) -> bool:
    """A cue of this module's docstring around ``text[start:end]``; ``before``: the words
    right before it on its line (``member_cues.words_before``)."""
    if before:
        last = before[-1].lower().strip("¡¿!,:\"“«(")
        if last in THANKS_WORDS or last in _MENTION_VERBS or last == "lui":
            return True  # "Hvala X", "Tagging X", "Como dijo X", "Mulțumesc lui X"
        if len(before) > 1:
            verb = before[-2].lower().strip("¡¿!,:\"“«(")
            if last in _PARTICLES and verb in _MENTION_VERBS:
                return True  # "Looping in X", "Menciono a X"
            if last in _FROM_WORDS and verb in _MESSAGE_NOUNS:
                return True  # "a tip from X", "Tipp von X"
            if last in TO_WORDS or last in _PARTICLES or last == "to":
                if any(w.lower().strip("¡¿!,:") in THANKS_WORDS for w in before[-4:-1]):
                    return True  # "Tak til X", "Aplausos para X", "Huge props to X"
    if _RELATIVE_WHO.match(text, end) or _COPIED_AFTER.match(text, end):
        return True  # "X who is running the panel", "X do kopie", "X er sat cc"
    if _ROLE_PREDICATE.match(text, end) or _THANKS_AFTER.match(text, end):
        return True  # "X will be your mentor", "X vă va fi îndrumător", "X, danke"
    return _opens_sentence(text, start) and bool(_VOCATIVE_MORE.match(text, end))


def thanked_right_before(before: list[str]) -> bool:
    """A thanks word right before the name: the name is a person being thanked even where a
    company of that name exists ("gracias X por todo")."""
    return bool(before) and before[-1].lower().strip("¡¿!,:") in THANKS_WORDS


def _opens_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in ' \t"“«(¡¿':
        i -= 1
    return i < 0 or text[i] in ".!?…\n•*>|"
