"""Full names in one case after a person cue, as informal posts write them: "hi hazel lindgren",
"cc maeve green", "spoke to aubrey walsh", "REFERRED BY JOY CALLAGHAN", "grazie a ottavia russo",
and the same pair reversed after a comma ("hi okafor, maeve") or with an initial ("ask t.
green").

Capitalisation is the main evidence the other name rules use; text written all in lower case
(chat, DMs) or all in capitals (shouting) has none, so a name there needs two other kinds of
evidence at once:
1. both words are in the name lists: a given name (also one that is a word: "hazel", "joy")
   and a listed surname (one that is also a word only after a given name that is none: "maeve
   green", not "rose garden"); an initial stands for a given name;
2. a person cue right before the pair: a greeting, thanks, "cc", a verb of meeting, asking or
   referring (with its preposition: "referred by", "recomendado por"; a bare preposition is no
   cue: "fare da mentore resta"), or a sign-off dash at a line start, in each language we
   redact.
A surname that is a sentence word ("white", "will") must end the phrase (punctuation, line
end or a symbol after it): "cc maeve green -" is a name, "hi maeve will you" is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.redact import prefilter
from trainer.redact.companies import company_after, opens_company
from trainer.redact.hits import Hit
from trainer.redact.literal_alternation import literal_alternation, longest_first
from trainer.redact.person_cues import AFTER, BEFORE
from trainer.redact.person_function_words import CLAUSE_ADVERBS
from trainer.redact.person_initials import initial_dots
from trainer.redact.person_words import (
    COMMON,
    FUNCTION_WORDS,
    GIVEN,
    GIVEN_AMBIGUOUS,
    NOT_SURNAME,
    PARTICLE_SET,
    PLACE_SURNAMES,
    SURNAME_WORDS,
    SURNAMES,
    TITLES,
    TOP,
)

# Cues before a name, lower case; a name follows after ", " / " " / ": ". From how posts greet,
# thank, copy, meet, ask and credit people in en de fr es it nl pt.
_CUES = r"""
hi|hey|hello|hiya|dear|yo|hallo|hoi|moin|servus|ciao|hola|salut|coucou|bonjour|olá|ola|oi|
thanks|thank\syou|thx|ty|cheers|danke|merci|grazie|gracias|obrigad[oa]|bedankt|dank\sje|
thanks\sto|many\sthanks\sto|big\sthanks\sto|huge\sthanks\sto|thank\syou\sto|danke\san|
merci\sà|grazie\sa|grazie\smille\sa|gracias\sa|mil\sgracias\sa|obrigad[oa]\sa|bedankt\saan|
dank\saan|cc|ping|congrats|congrats\sto|congratulations|congratulations\sto|kudos\sto|
props\sto|shout-?out\sto|welcome|welcome\sto\sthe\steam|willkommen|bienvenue|bienvenid[oa]|
benvenut[oa]|bem-vind[oa]|welkom|bravo|félicitations|felicidades|enhorabuena|complimenti|
parabéns|gefeliciteerd|proficiat|glückwunsch|
met|meet|spoke\sto|spoke\swith|talked\sto|talk\sto|talk\sby|talk\swith|ask|asking|
reach\sout\sto|referred\sby|recommended\sby|introducing|say\shi\sto|working\swith|
frag|frag\smal|empfohlen\svon|getroffen|arbeiten\smit|
demande\sà|de\sla\spart\sde|recommandé\spar|recommandée\spar|rencontré|rencontrée|animé\spar|
pregúntale\sa|pregunta\sa|recomendado\spor|recomendada\spor|conocí\sa|charla\sde|
chiedi\sa|chiedete\sa|consigliato\sda|consigliata\sda|ho\sincontrato|
vraag|vraag\saan|aanbevolen\sdoor|ontmoet|
fala\scom|pergunta\spro|pergunta\sao|indicado\spor|indicada\spor|conheci|palestra\sde
"""
_MORE_CUES = (
    "valeu|indicação\\sde|talk\\svan|talk\\sdi|vraag\\shet|ho\\sconosciuto|conosciuto|"
    "presentato\\sda|presentado\\spor|apresentado\\spor|vorgestellt\\svon|gepresenteerd\\sdoor"
)


def _alternation(block: str) -> str:
    phrases = sorted({p.strip() for p in block.replace("\n", "").split("|") if p.strip()}, key=len)
    return literal_alternation(reversed(phrases), blank=r"\s")


_CUE_BEFORE = re.compile(
    # a symbol or emoji may stand between the cue and the name ("thanks 🙌hazel lindgren"); a
    # spaced dash separates a sign-off ("great talk — hazel quinlan")
    rf"(?:(?<![^\W\d_])(?:{''.join(_CUES.split())}|{_MORE_CUES}|{_alternation(BEFORE)})"
    r"[,:!]?\s+|(?:^|\s)[-–—][ \t]?)[^\w\s]{0,3}[ \t]?$",
    re.IGNORECASE,
)
# After a name: a verb of joining, hosting, presenting or meeting ("joy halloran hosts the meetup",
# "bram dijkhuis ontmoet op de beurs").
_HOSTING = (
    "runs|will\\shost|hosts|is\\shosting|presents|leads|moderates|organises|organizes|"
    "moderiert|präsentiert|leitet|organisiert|anime|animera|présente|organise|presenta|modera|"
    "organiza|dirige|presenteert|modereert|leidt|organiseert|apresenta|conduz|ontmoet|getroffen"
)
_CUE_AFTER = re.compile(
    rf"[ \t]+(?:{_HOSTING}|{_alternation(AFTER)})(?![^\W\d_])", re.IGNORECASE
)
def _cue_keywords() -> set[str]:
    """Every cue above as plain words, for the prefilter: a post with none of them (and no
    spaced dash) has no informal pair, so ``informal_pairs`` stops at once (speed)."""
    words: set[str] = set()
    for block in (_CUES, _MORE_CUES, _HOSTING, BEFORE, AFTER):
        for alt in "".join(block.split("\n")).split("|"):
            alt = alt.strip().replace("\\s", " ")
            variants = [alt.replace("-?", "-"), alt.replace("-?", "")] if "-?" in alt else [alt]
            for v in variants:
                if "[oa]" in v:
                    words |= {v.replace("[oa]", "o"), v.replace("[oa]", "a")}
                elif v:
                    words.add(v)
    return words


prefilter.register("informal_cue", _cue_keywords())


def has_informal_cue(text: str, found: dict) -> bool:
    """Whether ``text`` holds a cue word or a spaced dash (the gate of this module's rules)."""
    if found.get("informal_cue") or text.startswith(("-", "–", "—")):
        return True
    # a spaced dash; an "or" chain: a generator over the nine dashes cost more (speed)
    return (
        " -" in text
        or " –" in text
        or " —" in text
        or "\n-" in text
        or "\n–" in text
        or "\n—" in text
        or "\t-" in text
        or "\t–" in text
        or "\t—" in text
    )



# Lower-case surname particles, in any case ("dalla torre", "VAN DIJK", "van der Berg").
_PARTICLES = "|".join(longest_first(p for p in PARTICLE_SET if p.isalpha() and p.islower()))
_PARTICLE_RUN = rf"(?P<particles>(?:(?i:{_PARTICLES})[ \t]+){{0,2}})"
_WORD_AFTER = re.compile(rf"[ \t]+{_PARTICLE_RUN}(?P<word>[^\W\d_]{{2,}})")
# The same match when the next word is no particle (most posts), without the particle
# alternation: ``_word_after`` tries it first (speed; output unchanged).
_PLAIN_AFTER = re.compile(r"[ \t]+(?P<particles>)(?P<word>[^\W\d_]+)")
_PARTICLE_WORDS = frozenset(_PARTICLES.split("|"))
_COMMA_BEFORE = re.compile(r"(?P<word>[^\W\d_]{3,}),[ \t]$")
_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$|\n)")


def _shape(word: str) -> str | None:
    """How a word is cased: "lower", "upper" (two letters or more) or "title"; None if mixed."""
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper" if len(word) > 1 else None
    return "title" if word[:1].isupper() and word[1:].islower() else None


def _surname(word: str, *, strict: bool) -> bool:
    """A listed surname; after a given name that is also a word (``strict``), one that is no
    word or place ("hazel lindgren", not "rose garden")."""
    title = word.title()
    if title not in SURNAMES or title in NOT_SURNAME or word.lower() in FUNCTION_WORDS:
        return False  # "happy friday"
    return not strict or (
        len(word) > 2 and title not in SURNAME_WORDS and title not in PLACE_SURNAMES
    )  # "hope ya like it", "rose garden"


@lru_cache(maxsize=4096)
def _is_cue(word: str) -> bool:
    """The word is itself a person cue ("Ciao", "Thanks"): pure in the word, so cached."""
    return _CUE_BEFORE.match(f"{word} ") is not None


def _last_name(m: re.Match[str], *, strict: bool) -> bool:
    """The word after a given name is its surname: a listed one, or after a particle any word
    of three letters or more ("dalla torre", "de stefanis")."""
    word = m.group("word")
    if m.group("particles"):  # not "grazie a paolo della pazienza": a word after "della"
        return len(word) > 2 and word.lower() not in COMMON and word.lower() not in TOP
    return _surname(word, strict=strict)


def _ends_phrase(text: str, end: int) -> bool:
    return _PHRASE_END.match(text, end) is not None


def cue_beside(text: str, start: int, end: int) -> bool:
    """A person cue right before ``start`` or a person verb right after ``end``."""
    return (
        _CUE_BEFORE.search(text, max(0, start - 40), start) is not None
        or _CUE_AFTER.match(text, end) is not None
    )


def informal_pairs(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """NAME hits over given name + surname pairs written in one case (or both capitalised)
    beside a cue. ``spans``: the given-name keywords the prefilter found (those that are
    sentence words may be left out: they are skipped first)."""
    hits: list[Hit] = []
    for start, end in spans:
        if end - start < 3:
            continue  # the token is shorter still ("to", "me"): skipped before slicing (speed)
        token = text[start:end]
        if token in TOP:
            continue  # speed: most spans are lower-case words ("will", "may")
        comma = "," in text[max(0, start - 3) : start]
        if not comma and (token in GIVEN or text[end : end + 1] not in (" ", "\t")):
            continue  # speed: no comma before, and a capitalised given name or no word after
        given = _given_token(token)
        if given is None:
            continue
        shape, strict = given
        # A capitalised listed given name before a surname: the main rules judge it.
        if not (shape == "title" and not strict) and (
            hit := _pair_after(text, start, end, shape=shape, strict=strict)
        ):
            hits.append(hit)
        elif comma and (hit := _pair_before(text, start, end, shape=shape)):
            hits.append(hit)
    return hits


@lru_cache(maxsize=8192)
def _given_token(token: str) -> tuple[str, bool] | None:
    """A keyword's shape and whether it is a given name that is also a word (``strict``), or
    None where it cannot open an informal pair (a sentence word, a cue, mixed case, no given
    name): pure in the word, so cached (speed)."""
    shape = _shape(token)
    if shape is None or token.lower() in TOP or len(token) < 3:
        return None  # "obrigado pela paciência": a sentence word, whatever lists hold it
    if _is_cue(token):
        return None  # "Ciao Riccardo": the cue itself
    title = token.title()
    strict = title not in GIVEN
    if strict and title not in GIVEN_AMBIGUOUS:
        return None
    return shape, strict


def _pair_after(text: str, start: int, end: int, *, shape: str, strict: bool) -> Hit | None:
    """ "hi hazel lindgren", "CC JOY HOLLOWAY", "ask Hazel Lindqvist": given name, then surname."""
    m = _word_after(text, end)
    if m is None or _shape(m.group("word")) != shape:
        return None
    word = m.group("word")
    if not _last_name(m, strict=strict) or not cue_beside(text, start, m.end()):
        return None
    if word.lower() in TOP and not _ends_phrase(text, m.end()):
        return None  # "hi maeve will you": a sentence word after the given name
    return ("NAME", start, m.end())


def _word_after(text: str, end: int) -> re.Match[str] | None:
    """``_WORD_AFTER.match(text, end)``, read with the plain pattern when the next word is an
    ASCII word that no particle spells (the particle pattern matches case-insensitively)."""
    m = _PLAIN_AFTER.match(text, end)
    if m is None:
        return None  # no letter after the spaces: the particle pattern fails as well
    word = m.group("word")
    if word.isascii() and word.lower() not in _PARTICLE_WORDS:
        return m if len(word) > 1 else None
    return _WORD_AFTER.match(text, end)


def _pair_before(text: str, start: int, end: int, *, shape: str) -> Hit | None:
    """ "hi okafor, maeve", "Thanks to Okafor, Faith!": a surname and a comma before the given
    name, which ends the phrase."""
    if "," not in text[max(0, start - 3) : start]:
        return None  # the pattern ends in ", " right before the given name (speed)
    m = _COMMA_BEFORE.search(text, max(0, start - 32), start)
    if m is None or _shape(m.group("word")) != shape or not _ends_phrase(text, end):
        return None
    word = m.group("word")
    if not _surname(word, strict=False) or not cue_beside(text, m.start(), end):
        return None
    return ("NAME", m.start(), end)


_INITIAL_SURNAME = re.compile(r"(?<![\w.])(?P<init>[^\W\d_]\.[ \t]?)(?P<last>[^\W\d_]{2,})")


def initial_pairs(text: str) -> list[Hit]:
    """ "spoke to t. green", "ASK R. BLACK", "thanks D. Lindgren": an initial and a listed surname
    beside a cue (call only when ". " is in the text)."""
    hits: list[Hit] = []
    for dot in initial_dots(text):  # every match has its "." after the initial (person_initials)
        m = _INITIAL_SURNAME.match(text, dot - 1)
        if m is None:
            continue
        last = m.group("last")
        shape = _shape(last)
        if shape is None or (m.group("init")[0].isupper() != (shape != "lower")):
            continue
        if not _surname(last, strict=False) or not cue_beside(text, m.start(), m.end()):
            continue
        if last.lower() not in TOP or _ends_phrase(text, m.end()):  # "ask t. green -"
            hits.append(("NAME", m.start(), m.end()))
    return hits


_NEXT_WORD = re.compile(rf"[ \t]{_PARTICLE_RUN}(?P<word>[^\W\d_]{{2,}})(?![\w@])")
_PREV_WORD = re.compile(r"(?<![\w@#.'’-])(?P<word>[^\W\d_]{2,})[ \t]$")


def continued(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits grown over a name's missing part: a listed surname cased like a hit that ends in a
    given name, right after it ("prof. dr. [elio] sommer", "Cara [katharina] santangelo"), and a
    given name right before a hit ("Gian [Marco Lo Presti]")."""
    grown: list[Hit] = []
    for kind, start, end in hits:
        last = text[start:end].rsplit(None, 1)[-1] if end > start else ""
        m = _NEXT_WORD.match(text, end)
        if (
            m
            and (last.title() in GIVEN or last.title() in GIVEN_AMBIGUOUS)  # a name cut short
            and _shape(m.group("word")) == _shape(last)
            and _last_name(m, strict=False)
            and m.group("word").title() not in NOT_SURNAME  # "[Maria] Street"
            and (m.group("word").lower() not in TOP or _ends_phrase(text, m.end()))
            and m.group("word").lower() not in CLAUSE_ADVERBS  # "kwame too" (rev22 F25)
            # a full name's company word stays outside ("[Petr Dvořák] Holding": person_signers)
            and not (" " in text[start:end] and company_after(text, end))
        ):
            end = m.end()
        b = _PREV_WORD.search(text, max(0, start - 24), start)
        word = b.group("word") if b else ""
        if (
            _shape(word) == "title"
            and (word in GIVEN or word in GIVEN_AMBIGUOUS)
            and word.lower() not in TOP
            # a word ("Gian", "Haus") only before a hit that opens with a given name
            and (word.lower() not in COMMON or _opens_with_given(text[start:end]))
            and not _sentence_start(text, b.start())
            and not _is_cue(word)  # "Ciao [Rosalba Ferraro]"
            and not opens_company(word)  # "Casa [Vidigal]"
            and word not in TITLES  # "Pr [Grenetier]"
        ):
            start = b.start()
        grown.append((kind, start, end))
    return grown


def _opens_with_given(name: str) -> bool:
    first = name.split(None, 1)[0] if name.strip() else ""
    return first in GIVEN or first.title() in GIVEN


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n:;-–—|•(\"'«“"
