"""A person cue for a member's given name written in lower case, which ``member_given``
redacts only with a cue when some list holds it as a word ("laura", "marc", "wouter"): the
thanking formula "thanks NAME for ...", a thanks word right before the name and the
preposition that names the reason right after it, in the languages we redact ("gracias
cristina por el contacto", "hvala maja za pomoč", "ačiū rokui už", "paldies zanei par").

The cue is narrow on both sides: a thanks word before and a reason preposition after. A
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
    teşekkürler tesekkurler sağol asante""".split()
)
# The preposition of the reason right after the name ("for the tip", "por el contacto").
_FOR_AFTER = re.compile(
    r"[ \t]+(?:for|por|pour|per|für|fur|voor|za|för|pentru|už|uz|par|için|kwa)[ \t]"
)


def thanked_for(text: str, start: int, end: int) -> bool:
    """ "thanks NAME for ...": a thanks word right before the name, a reason preposition after."""
    before = words_before(text, start)
    if not before or before[-1].lower().lstrip("¡¿") not in _THANKS:
        return False
    return _FOR_AFTER.match(text, end) is not None
