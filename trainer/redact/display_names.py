"""A roster display name reduced to the name people write, the way professional networks
(LinkedIn, Slack, Teams) let members decorate it: post-nominal credentials after a comma
("Kwame Mensah, CFA", "Ingrid Halvorsen, MBA, PMP"), a tagline after a spaced dash, pipe, bullet
or "@" ("Léa Dubois – Product @ Doctolib", "Chidinma Okafor - Hiring!"), bracketed pronouns
("(she/her)"), emoji, index order ("Tremblay, Robert"), and a nickname in quotes or brackets
('Robert "Bobby" Tremblay', "Robert (Bobby) Tremblay"), which is kept as a given name of its own.
"""

from __future__ import annotations

import re
import unicodedata

# Post-nominal letters (degrees, professional charters, generational suffixes), upper case
# without dots; an all-capital abbreviation of three to six letters counts as one too ("TJ" may
# be initials).
POST_NOMINALS = frozenset(
    "MBA PHD DPHIL CFA PMP CPA CA ACA FCA ACCA FCCA CIMA CMA CIA CISA CISM CISSP CFP FRM CAIA "
    "MD DO MBBS MBCHB BDS DDS DMD DVM RN NP PA PE PENG CENG FRCS FRCP FRCPC FACS FACP MRCP "
    "JD LLB LLM ESQ MSC BSC MA BA MS BS MPH MPA MFA MENG BENG EDD DBA PSYD PHARMD LCSW LPC "
    "SHRM-CP SHRM-SCP SPHR PHR CSM CSPO ITIL FSA ASA FIA JR SR II III IV DR PROF".split()
)
# Role words written after a comma in place of a credential ("Kwame Mensah, Founder").
_ROLES = frozenset(
    "founder cofounder co-founder ceo cto cfo coo cmo cpo owner director manager engineer "
    "consultant advisor adviser author speaker coach recruiter partner lead head mentor "
    "investor developer designer researcher professor student freelancer".split()
)
_PRONOUNS = frozenset("she her hers he him his they them theirs ze zir hir xe xem any".split())
_QUOTED = re.compile(r"(?:^|(?<=\s))[\"“„«‘']([^\"“”„«»‘’']{2,30})[\"”“»’'](?=\s|$)")
_BRACKET = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
# A tagline: after a spaced dash, pipe, bullet, slash or "@", or a bare pipe or bullet.
_TAGLINE = re.compile(r"\s[-–—|•·/@:]\s.*$|[|•·].*$|\s@\S.*$|\sat\s+\S.*$", re.DOTALL)
_VARIATION = re.compile("[\u200d\ufe0e\ufe0f\u20e3]")


def _no_symbols(text: str) -> str:
    """Emoji and pictographs (So, Sk, Cs, Co) and their joiners as spaces."""
    text = _VARIATION.sub(" ", text)
    if text.isascii():
        return text
    return "".join(
        " " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") else ch for ch in text
    )


def is_credential(part: str, *, all_caps: bool = False) -> bool:
    """Whether a comma-separated part is post-nominal letters or a role ("MBA, PMP", "Ph.D.",
    "CEO", "Founder"); ``all_caps``: the display name is all capitals, so only listed letters
    count ("MENSAH, KWAME" stays a name)."""
    tokens = [t for t in re.split(r"[\s/&+]+", part.strip(" .")) if t]
    if not tokens:
        return True
    for token in tokens:
        bare = token.replace(".", "")
        if bare.upper() in POST_NOMINALS or bare.lower() in _ROLES:
            continue
        if not all_caps and re.fullmatch(r"[A-Z][A-Z0-9-]{2,5}", bare):
            continue
        return False
    return True


def undecorate(display_name: str) -> tuple[str, list[str]]:
    """The name as written in posts (titles before it are left for ``name_keys``), and any
    nicknames it carries in quotes or brackets."""
    name = _no_symbols(unicodedata.normalize("NFKC", display_name))
    nicks = [m.group(1).strip() for m in _QUOTED.finditer(name)]
    name = _QUOTED.sub(" ", name)
    for m in _BRACKET.finditer(name):
        inside = (m.group(1) or m.group(2) or "").strip()
        words = inside.replace("/", " ").lower().split()
        if len(inside.split()) == 1 and inside[:1].isupper() and not inside.isupper():
            if not set(words) & _PRONOUNS:
                nicks.append(inside)  # "Robert (Bobby) Tremblay"
    name = _BRACKET.sub(" ", name)
    name = _TAGLINE.sub(" ", " ".join(name.split()))
    all_caps = name.isupper()
    parts = [p.strip() for p in name.split(",")]
    while len(parts) > 1 and is_credential(parts[-1], all_caps=all_caps):
        parts.pop()
    parts = [p for p in parts if p]
    if len(parts) == 2 and not parts[0].endswith("."):
        parts = [parts[1], parts[0]]  # index order: "Tremblay, Robert"
    name = " ".join(" ".join(parts).split()).lstrip("@").strip(" ,-–—")
    return name, [n for n in nicks if n.lower() not in _PRONOUNS]


def name_variants(display_name: str) -> tuple[str, list[str]]:
    """The undecorated name, and one more per nickname with it as the given name
    ('Siddharth "Sid" V.' -> "Siddharth V.", ["Sid V."])."""
    name, nicks = undecorate(display_name)
    rest = name.split()[1:]
    return name, [" ".join([nick, *rest]) for nick in nicks]
