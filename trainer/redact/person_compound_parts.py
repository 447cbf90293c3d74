"""A word cut before a suspended hyphen is the first part of a compound, never a name.

German, Dutch and the Nordic languages write two compounds that share their last part once,
with a hyphen left hanging on the first ("Floh- und Wurmbehandlung", "land- en tuinbouw",
"Sommer- oder Winterreifen", "for- og bagside"). A name takes no such hyphen, so a name hit
that ends at one, followed by a conjunction of these languages, is a word. A hyphen joined to
the next word ("Anna-Lena", "Müller-Lüdenscheid") is no suspended hyphen and is not read here;
a well-attested given name before one stays a name (``person_alone.ALONE``: fail closed).
"""

from __future__ import annotations

import re

from trainer.redact.person_alone import ALONE

_SUSPENDED = re.compile(
    r"-[ \t]*,?[ \t]+(?:und|oder|bzw\.|sowie|wie|en|of|och|eller|og|samt|a|i|ja|tai)[ \t]"
)


def suspended_compound(text: str, start: int, end: int) -> bool:
    """The hit ``text[start:end]`` ends at a suspended hyphen ("[Floh]- und Wurmbehandlung")."""
    return (
        text[end : end + 1] == "-"
        and _SUSPENDED.match(text, end) is not None
        and text[start:end] not in ALONE
    )
