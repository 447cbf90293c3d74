"""A roster display name reduced to the name people write, the way professional networks
(LinkedIn, Slack, Teams) let members decorate it: post-nominal credentials after a comma
("Kwame Mensah, CFA", "Ingrid Halvorsen, MBA, PMP"), a tagline after a spaced dash, pipe, bullet
or "@" ("Léa Dubois – Product @ Doctolib", "Chidinma Okafor - Hiring!"), bracketed pronouns
("(she/her)"), emoji, index order ("Tremblay, Robert"), and a nickname in quotes or brackets
('Robert "Bobby" Tremblay', "Robert (Bobby) Tremblay"), which is kept as a given name of its own.
Where a decoration may be part of the name it is kept as one more variant (fail closed): a
tail of one or two capitalised words after a dash, pipe or slash ("Ana Torres - Vidal"), a
bracketed name in another script ("Zhang Wei (张伟)"), "Surname, GIVEN" in index order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from trainer.redact.member_lists import word_list

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
# Generational suffixes written in mixed case ("Jr", "Sr", "Esq").
_SUFFIXES = frozenset(("jr", "sr", "esq"))
_PRONOUNS = frozenset("she her hers he him his they them theirs ze zir hir xe xem any".split())
_QUOTED = re.compile(r"(?:^|(?<=\s))[\"“„«‘']([^\"“”„«»‘’']{2,30})[\"”“»’'](?=\s|$)")
_BRACKET = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
# A middle dot that is a bullet, not the Catalan ela geminada between two letters ("Marcel·lí").
BULLET_DOT = r"(?:(?<![^\W\d_])·|·(?![^\W\d_]))"
# A tagline: after a spaced dash, pipe, bullet, slash or "@", or a bare pipe or bullet.
_TAGLINE = re.compile(
    rf"\s[-–—|•·/@:]\s.*$|(?:[|•]|{BULLET_DOT}).*$|\s@\S.*$|\sat\s+\S.*$", re.DOTALL
)
# A tail after a spaced dash, pipe, bullet or slash that may be more of the name: one or two
# capitalised words ("Ana Torres - Vidal", "Priya Nair / Priya N").
_NAME_TAIL = re.compile(rf"\s[-–—|•·/]\s(.*)$|(?:[|•]|{BULLET_DOT})(.*)$", re.DOTALL)
_TAIL_END = re.compile(rf"\s[-–—|•·/@:]\s|[|•]|{BULLET_DOT}")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*\.?")
# Scripts without letter case, and Cyrillic, Greek, Armenian, Georgian: a bracketed name in them
# is the name written natively ("Zhang Wei (张伟)", "Ivan Petrov (Иван Петров)").
_NATIVE = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u0530-\u06ff\u0750-\u08ff\u0900-\u0dff"
    "\u0e00-\u0eff\u10a0-\u10ff\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff"
    "\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)
# "Anna Schmidt (née Müller)": a maiden name, written with the given name.
_MAIDEN = re.compile(r"^(?:née|nee|né|geb\.?|geborene|born|z\s*d\.|nata|nacida)\s+", re.I)
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
    "CEO", "Founder"); listed letters count only in capitals, with dots or an inner capital
    ("PhD"), so "Nguyen, Ba" and "Tran, Do" stay names; ``all_caps``: the display name is all
    capitals, so only listed letters count ("MENSAH, KWAME" stays a name)."""
    tokens = [t for t in re.split(r"[\s/&+]+", part.strip(" .")) if t]
    if not tokens:
        return True
    for token in tokens:
        bare = token.replace(".", "")
        if bare.lower() in _ROLES:
            continue
        if bare.upper() in POST_NOMINALS and (
            bare.isupper() or "." in token or not bare[1:].islower() or bare.lower() in _SUFFIXES
        ):
            continue
        if not all_caps and re.fullmatch(r"[A-Z][A-Z0-9-]{2,5}", bare):
            continue
        return False
    return True


@cache
def _common_words() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("common_words.txt"))


def _name_tail(tail: str) -> list[str]:
    """The words of a tagline that may be more of the name: one or two capitalised words, not
    all of them common words, with no "@", "!" or role; none otherwise."""
    tail = _TAIL_END.split(tail, maxsplit=1)[0].strip(" ,")
    tokens = tail.split()
    if not 1 <= len(tokens) <= 2 or "@" in tail or "!" in tail:
        return []
    for token in tokens:
        if not _NAME_WORD.fullmatch(token) or token.lower().strip(".") in _ROLES:
            return []
        if not (token[:1].isupper() or _NATIVE.match(token)):
            return []
    if all(t.lower().strip(".") in _common_words() for t in tokens):
        return []  # "- Open Source", "| Hiring"
    return tokens


def _bracketed_name(inside: str) -> str:
    """Bracket contents that may be the name written another way: in a script without
    capitals or in Cyrillic, Greek ("张伟", "Иван Петров"), or two to four capitalised words;
    "" for pronouns and anything else."""
    words = inside.replace("/", " ").lower().split()
    if not words or set(words) & _PRONOUNS or "@" in inside or len(words) > 4:
        return ""
    if _NATIVE.search(inside):
        return inside
    tokens = inside.split()
    if all(_NAME_WORD.fullmatch(t) for t in tokens) and any(t[:1].isupper() for t in tokens):
        common = _common_words()
        if not all(t.lower().strip(".") in common or t.lower() in _ROLES for t in tokens):
            return inside
    return ""


@lru_cache(maxsize=256)  # one member's keys parse it a few times in a row
def _parse(display_name: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The name, its nicknames, and more written forms the decoration may hold."""
    name = _no_symbols(unicodedata.normalize("NFKC", display_name))
    nicks = [m.group(1).strip() for m in _QUOTED.finditer(name)]
    name = _QUOTED.sub(" ", name)
    extra: list[str] = []
    maiden: list[str] = []
    for m in _BRACKET.finditer(name):
        inside = " ".join((m.group(1) or m.group(2) or "").split())
        words = inside.replace("/", " ").lower().split()
        if len(inside.split()) == 1 and inside[:1].isupper() and not inside.isupper():
            if not set(words) & _PRONOUNS:
                nicks.append(inside)  # "Robert (Bobby) Tremblay"
        elif _MAIDEN.match(inside):
            maiden.append(_MAIDEN.sub("", inside))  # "Anna Schmidt (née Müller)"
        elif written := _bracketed_name(inside):
            extra.append(written)  # "Zhang Wei (张伟)"
    name = " ".join(_BRACKET.sub(" ", name).split())
    tail = _NAME_TAIL.search(name)
    tail_words = _name_tail(tail.group(1) or tail.group(2) or "") if tail else []
    name = _TAGLINE.sub(" ", name)
    all_caps = name.isupper()
    parts = [p.strip() for p in name.split(",")]
    while len(parts) > 1 and is_credential(parts[-1], all_caps=all_caps):
        if len(parts) == 2 and len(parts[0].split()) == 1:
            extra.append(f"{parts[1]} {parts[0]}")  # "Smith, JOHN": maybe index order
        parts.pop()
    parts = [p for p in parts if p]
    if len(parts) == 2 and not parts[0].endswith("."):
        parts = [parts[1], parts[0]]  # index order: "Tremblay, Robert"
    name = " ".join(" ".join(parts).split()).lstrip("@").strip(" ,-–—")
    if tail_words and name:
        extra.append(" ".join([name, *tail_words]))  # "Ana Torres - Vidal"
        if len(tail_words) == 2:
            extra.append(" ".join(tail_words))  # "Priya Nair / Priya N"
    if name.split():
        extra += [f"{name.split()[0]} {surname}" for surname in maiden]
    extra = [" ".join(e.split()).strip(" ,-–—") for e in extra]
    nicks = [n for n in nicks if n.lower() not in _PRONOUNS]
    return name, tuple(nicks), tuple(dict.fromkeys(e for e in extra if e and e != name))


def undecorate(display_name: str) -> tuple[str, list[str]]:
    """The name as written in posts (titles before it are left for ``name_keys``), and any
    nicknames it carries in quotes or brackets."""
    name, nicks, _ = _parse(display_name)
    return name, list(nicks)


def more_names(display_name: str) -> list[str]:
    """Written forms of the name that the decoration may hold: a name-shaped tail ("Ana Torres
    Vidal" of "Ana Torres - Vidal"), a bracketed native-script name ("张伟"), a maiden name with
    the given name, "JOHN Smith" of "Smith, JOHN"."""
    return list(_parse(display_name)[2])


def name_variants(display_name: str) -> tuple[str, list[str]]:
    """The undecorated name, one more per nickname with it as the given name
    ('Siddharth "Sid" V.' -> "Siddharth V.", ["Sid V."]), and the forms of ``more_names``."""
    name, nicks, extra = _parse(display_name)
    rest = name.split()[1:]
    return name, [" ".join([nick, *rest]) for nick in nicks] + list(extra)
