"""A person cue for a member's given name written in lower case, which ``member_given``
redacts only with a cue when some list holds it as a word ("laura", "marc", "wouter"): the
thanking formula "thanks NAME for ...", a thanks word right before the name and the
preposition that names the reason right after it, in the languages we redact ("gracias
cristina por el contacto", "hvala maja za pomoč", "ačiū rokui už", "paldies zanei par"),
also with the dative preposition that Romance, Germanic and Dutch put between the thanks word
and the person ("gràcies a laia per", "grazie a marta per", "danke an jonas für", "thanks to
mark for").

A verb of speaking in the past right after the name is the other cue ("as nadine said",
"laura dijo que", "jonas sagte"), unless an article or a possessive makes the word before it a
noun ("the will said", "la rosa dijo").

The thanks cue is narrow on both sides: a thanks word before and a reason preposition after. A
sentence that merely opens with the lower-case name and an auxiliary is no cue ("mark has to
be set"): nothing there tells the name from the word.
"""

from __future__ import annotations

import re

from trainer.redact.member_cues import words_before

# Thanks words (the first word of the formula, lower case as written).
_THANKS = frozenset(
    """thanks thank thx ty merci danke gracias grazie obrigado obrigada valeu bedankt dank
    dankje dankjewel tak tack takk kiitos hvala děkuji díky dziękuję dzięki vďaka ďakujem
    köszönöm köszi mulțumesc multumesc mersi ačiū aciu paldies aitäh aitah tänan
    teşekkürler tesekkurler sağol asante gràcies gracies mercès""".split()
)
# The dative preposition that may stand between the thanks word and the name.
_TO = frozenset("to a à al ao aan an".split())
# The preposition of the reason right after the name ("for the tip", "por el contacto").
_FOR_AFTER = re.compile(
    r"[ \t]+(?:for|por|pour|per|für|fur|voor|za|för|pentru|už|uz|par|için|kwa)[ \t]"
)


def thanked_for(text: str, start: int, end: int) -> bool:
    """ "thanks NAME for ...": a thanks word right before the name, a reason preposition after."""
    before = words_before(text, start)
    if len(before) > 1 and before[-1].lower() in _TO:
        before = before[:-1]  # "gràcies a laia per", "thanks to mark for"
    if not before or before[-1].lower().lstrip("¡¿") not in _THANKS:
        return False
    return _FOR_AFTER.match(text, end) is not None


# A verb of speaking in the past (or the present of reported speech) right after the name.
_SAID_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|wrote|asked|added|explained|mentioned|suggested|dijo|comentó|"
    r"explicó|contó|disse|falou|comentou|a[ \t]+dit|disait|ha[ \t]+detto|sagte|meinte|schrieb|"
    r"zei|zegt|schreef|je[ \t]+rekao|je[ \t]+rekla|rekao[ \t]+je|rekla[ \t]+je|va[ \t]+dir)"
    r"(?![\w'’-])"
)
# Articles, determiners and possessives that make the word after them a noun.
_NOUN_BEFORE = frozenset(
    """the a an this that my your his her our their la le les el lo los las il un una une der
    die das ein eine de het een o os um uma mi tu su mon ma ton ta son sa mein dein sein
    ihr unser""".split()
)


def said_by(text: str, start: int, end: int) -> bool:
    """ "as nadine said", "laura dijo que": a verb of speaking right after the name, no
    article or possessive before it."""
    if _SAID_AFTER.match(text, end) is None:
        return False
    before = words_before(text, start)
    return not before or before[-1].lower() not in _NOUN_BEFORE
