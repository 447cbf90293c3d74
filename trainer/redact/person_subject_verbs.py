"""A given name that opens a sentence before a Romance verb in the future or the past: "Damien
viendra chercher l'élève", "Marcos recogerá al alumno", "Yeferson llamó por la carta",
"Amandine a appelé", "Rui ligou ontem".

``person_alone.opens_clause`` reads a sentence-initial well-attested given name as the subject
when a sentence word follows it; a content word there names a company as often ("Mollie opens
a second office"). A finite verb of a Romance language in the future or the simple past has a
shape of its own, though, and companies seldom open sentences in those tenses: the Spanish and
Portuguese future and Spanish preterite end in an accented vowel ("recogerá", "llamó",
"vendrá"), the Portuguese preterite in -ou/-eu/-iu ("ligou", "recebeu", "pediu"), the French
future in -ra/-ront ("viendra", "passera"), and the French and Italian perfect is "a"/"ha" and
a participle ("a appelé", "ha chiamato"). The name itself must pass ``lone_given``'s tests (a
well-attested given name, no town); one that is also a word ("Dolores", pains; "Amparo",
shelter) counts too, since a noun seldom calls or picks a pupil up.
"""

from __future__ import annotations

import re

from trainer.redact.member_cues import sentence_start

_NEXT = re.compile(r" ([^\W\d_]+)(?: ([^\W\d_]+))?")
_FUTURE_OR_PAST = ("á", "ó", "ou", "eu", "iu")  # singular: a name is one person
_FRENCH_FUTURE = ("ra", "ront")
# A participle after "a"/"ha": French in -é ("appelé"), Italian in -ato/-ito/-uto of six
# letters or more ("chiamato"); not "a data point", "a menu", "a taxi".
_FRENCH_PARTICIPLE = ("é", "ée")
_ITALIAN_PARTICIPLE = ("ato", "ata", "ito", "ita", "uto", "uta")


def opens_before_verb(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens a sentence before a Romance future or past (docstring)."""
    if not sentence_start(text, start) or (m := _NEXT.match(text, end)) is None:
        return False
    verb, after = m.group(1), m.group(2)
    if not verb.islower():
        return False
    if verb in ("a", "ha"):
        return (
            after is not None
            and after.islower()
            and (
                after.endswith(_FRENCH_PARTICIPLE)
                or (len(after) >= 6 and after.endswith(_ITALIAN_PARTICIPLE))
            )
        )
    if len(verb) >= 4 and verb.endswith(_FUTURE_OR_PAST):
        return True
    return len(verb) >= 6 and verb.endswith(_FRENCH_FUTURE)
