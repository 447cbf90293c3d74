"""The surname written in capitals before the given name ("KINSELLA Clodagh"), moved out of
person_shapes unchanged."""

from __future__ import annotations

import re

from trainer.redact.companies import company_after
from trainer.redact.hits import Hit
from trainer.redact.person_words import (
    HONORIFIC_SET,
    NOT_SURNAME,
    PARTICLE_SET,
    PARTICLES,
    SURNAME_WORDS,
    SURNAMES,
    TOP,
    UPPER,
    invented,
)

# "DESCHAMPS Élodie", "KINSELLA Clodagh": the surname in capitals before the given name, the
# form of French, Belgian and Italian administration, badges and rosters.
# Particles and an elided "O'"/"D'" may open it ("VAN DER BERG Sanne", "O'DONNELL Siobhán",
# "MAC GIOLLA Eoin", "Ó BRAONÁIN Cian"); they must be in capitals too.
_CAPS_BEFORE = re.compile(
    rf"(?<![\w@#.'’-])(?P<sur>(?:{PARTICLES.upper()} ){{0,3}}(?:[OD]['’])?"
    rf"[{UPPER}]{{3,}}(?:[-'’ ][{UPPER}]{{2,}})?) $"
)


# Acronyms that are also census surnames: roles and organisations ("CEO Anna", "NASA Artemis").
ACRONYMS = frozenset(
    """CEO CFO CTO COO CIO CMO CPO CDO CSO CRO CISO CHRO SVP EVP AVP NASA NATO UEFA FIFA ESA
    BBC CNN MIT UCLA NYU ETH EPFL IIT IIM IBM SAP AWS BMW AMD ASML KLM ING ABN BNP AXA ENI
    EDF SNCF RATP ANWB NOS RAI RTL ARD ZDF ORF SRF RTVE RTP INSS DHL UPS TNT ADP IKEA""".split()
)


def caps_surname_first(text: str, start: int, end: int, *, ambiguous: bool) -> Hit | None:
    """The capitalised surname before the given name at ``[start, end)``, written in capitals
    ("KINSELLA Clodagh"). The capitals must spell a surname, not an acronym or a word ("CEO
    Anna", "WELCOME Anna", "HAPPY Birthday"); a given name that is also a word (``ambiguous``)
    counts only after a surname no word list holds."""
    m = _CAPS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    sur = m.group("sur")
    if sur in ACRONYMS or not sur.isupper():
        return None
    words = [w.title() for w in re.split(r"[-'’ ]", sur)]
    # Particles and the "O" of "O'DONNELL" are no surname of their own.
    named = [w for w in words if w.lower() not in PARTICLE_SET and w not in ("O", "D")]
    if not named:
        return None
    particled = len(named) < len(words)  # "VAN DER BERG": a particle makes a surname of a word
    for word in named:
        known = word in SURNAMES and (particled or word not in SURNAME_WORDS) and not ambiguous
        if (
            word.lower() in TOP
            or word in NOT_SURNAME
            or word in HONORIFIC_SET
            # Short capitals are acronyms ("CEO", "NASA", "IBM") unless a list knows them.
            or not (known or (invented(word) and len(word) >= 5))
        ):
            return None
    given = text[start:end]
    if given.isupper() or company_after(text, end):
        return None
    return ("NAME", m.start("sur"), end)
