"""The folded spellings ("keys") under which a member's name may appear in a post.

Matching runs on a *folded* copy of the text that has the same length as the text (lower case,
accents stripped, curly apostrophes straightened), so a hit's offsets are offsets into the text
and "José Núñez", "jose nunez" and "JOSE NUNEZ" all match one key. ``name_keys`` lists the
written forms people use for someone they know: transliterations (Müller -> Mueller), initials
("J.-P. Martin", "JP Martin"), "Surname, Given" and "Surname Given", a German genitive ("Anna
Kochs"), a particle surname on its own ("te Pas"), O'/d' without the apostrophe, "Mc Donald", a
Catalan "l·l" typed without its dot ("Marcelli"), handles and slugs. Keys that start with
``CONTEXT_KEY`` are a surname alone: they count only after an honorific ("Frau Koch", "Sig.ra
Ferri"; see ``names.MemberNames``).
"""

from __future__ import annotations

import re
from functools import cache

from trainer.redact.display_names import BULLET_DOT, name_variants
from trainer.redact.folding import fold
from trainer.redact.member_glued import GLUED
from trainer.redact.member_lists import word_list
from trainer.redact.member_nicknames import nicknames

CONTEXT_KEY = "\x01"  # never in a folded post: such a key is looked up, never scanned for

# Spellings people use when their keyboard lacks a letter: Müller -> Mueller, Søren -> Soeren.
_TRANSLITERATIONS = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "ß": "ss",
    "ø": "oe",
    "æ": "ae",
    "å": "aa",
    "œ": "oe",
    "þ": "th",
}
# Display-name decoration that never appears when people write the name: "(she/her)",
# "Dr.", "Prof.", ", PhD", "Jr.".
_BRACKETED = re.compile(rf"\([^)]*\)|\[[^\]]*\]|(?:[|•]|{BULLET_DOT}).*$")
_TITLES = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?\s+)+|"
    r"(?:,?\s+(?:Jr|Sr|II|III|IV|PhD|Ph\.D|MD|MBA|MSc|BSc|CPA|PE|Esq)\.?)+$",
    re.IGNORECASE,
)
# Lower-case surname particles of the locales we redact ("van der Berg", "te Pas", "dalla
# Costa", "vom Hofe", "bin Salleh"): one list for the member keys here and the non-member rules
# of ``person_words``.
SURNAME_PARTICLES: tuple[str, ...] = tuple(
    "van von vom de der den da di del della dalla dal dei degli dello lo dos das do du la le "
    "bin ibn al el ter ten te het op zu zum zur".split()
)
# "García y López": the Spanish "y" joins two surnames inside a member's display name.
_PARTICLE_SET = frozenset(SURNAME_PARTICLES) | {"y", "'t", "’t"}  # "van 't Hof"
# Dutch "van der Berg" is also written "v.d. Berg" and "vd Berg".
_DUTCH_VD = re.compile(r"\bvan (?:der|den|de) ")
_MC = re.compile(r"\b(mc|mac)(?=[^\W\d_]{3})")  # "McDonald" -> "Mc Donald"


def _spellings(name: str) -> tuple[set[str], set[str]]:
    """The folded token strings a name is written as: as registered, transliterated, hyphens as
    spaces; and rarer ones that get only the full-name and surname keys: O'/d' apostrophes as
    a space or dropped, "v.d." for "van der", "Mc Donald"."""
    spellings = {fold(name)}
    lowered = name.lower()
    if any(ch in lowered for ch in _TRANSLITERATIONS):
        spellings.add(fold("".join(_TRANSLITERATIONS.get(ch, ch) for ch in lowered)))
    if "ß" in lowered:  # "GROSSKOPF Dörte": capitals write ß as SS, the rest stays
        spellings.add(fold(lowered.replace("ß", "ss")))
    spellings |= {s.replace("-", " ") for s in spellings}
    if "·" in lowered:  # "Marcel·lí" typed "Marcel.lí", "Marcel-lí", "Marcellí"
        spellings |= {s.replace("·", sep) for s in spellings for sep in (".", "-", "")}
    rare: set[str] = set()
    if "'" in "".join(spellings):  # O'Connor -> "O Connor", "OConnor"; d'Aubigné -> "daubigne"
        rare |= {s.replace("'", sep) for s in spellings for sep in (" ", "")}
    rare |= {_DUTCH_VD.sub(vd, s) for s in spellings for vd in ("v.d. ", "vd ", "v. d. ", "v/d ")}
    rare |= {_MC.sub(r"\1 ", s) for s in spellings}
    spellings = {" ".join(s.split()) for s in spellings} - {""}
    return spellings, {" ".join(s.split()) for s in rare} - spellings - {""}


def _written(display_name: str) -> list[str]:
    """The display name undecorated (``display_names``), and one per nickname it carries."""
    name, more = name_variants(display_name)
    return [written for written in (name, *more) if written]


def _untitled(written: str) -> str:
    return " ".join(_TITLES.sub("", _BRACKETED.sub(" ", written)).split()).lstrip("@").strip(" ,")


def name_keys(display_name: str) -> set[str]:
    """Folded spellings under which a member's name may appear in a post (see the module
    docstring). Keys shorter than four characters, and single-token names shorter than four,
    are skipped: they would match ordinary words."""
    keys: set[str] = set()
    for written in _written(display_name):
        keys |= _keys_of(written)
    return keys


def _keys_of(written: str) -> set[str]:
    untitled = _BRACKETED.sub(" ", written)
    titled = " ".join(untitled.split()).lstrip("@").strip(" ,")  # "Dr Jane Doe" as written too
    name = _untitled(written)
    if not name:
        return set()
    keys: set[str] = set()
    spellings, rare = _spellings(name)
    for spelling in spellings | rare:
        tokens = spelling.split()
        if len(tokens) == 1:
            if len(tokens[0]) >= 4 or GLUED.search(tokens[0]):  # "王小明" (``member_glued``)
                keys.add(tokens[0])
            continue
        keys |= _surname_alone_keys(tokens)
        if spelling in rare:
            keys.add(spelling)  # and "aoife.obrien", "aoife_obrien" ...
            keys |= {sep.join((tokens[0], tokens[-1])) for sep in (" ", "", ".", "_", "-")}
            keys |= {k for k in _initial_keys(tokens) if "." in k}  # "J. v.d. Berg"
            continue
        keys |= _full_name_keys(tokens)
        keys |= _handle_keys(tokens)
        # "Alex Pohlmann", "Checco Lodovici": a short form of the given name before the surname.
        keys |= {f"{nick} {' '.join(tokens[1:])}" for nick in nicknames(tokens[0])}
        keys |= _initial_keys(tokens)
        keys |= _index_keys(tokens)
    keys.add(" ".join(fold(titled).split()))  # "Dr Jane Doe" as written, title and all
    # A surname after an honorific may be short ("Mr Lee", "Sra. Gil"): it is only looked up.
    return {
        key
        for key in keys
        if len(key) >= 4
        or len(key) >= 2 + (key[0] == CONTEXT_KEY)
        and (key[0] == CONTEXT_KEY or GLUED.search(key))
    }


_NOT_ALNUM = re.compile(r"[\W_]+")


def given_keys(display_name: str) -> set[str]:
    """A member's given name as the prefilter writes keywords (folded, every character that is
    not a letter or digit a space: "jean pierre"), in each spelling; none for a given name
    shorter than three letters or written as an initial ("J. Doe"). A one-word name shorter
    than four letters, which has no key of its own, is one ("Ana", "Li")."""
    keys: set[str] = set()
    for written in _written(display_name):
        keys |= _given_keys_of(_untitled(written))
    return keys


def _given_keys_of(name: str) -> set[str]:
    tokens = name.split()
    if len(tokens) == 1:
        return _short_name_keys(tokens[0])
    if len(tokens) < 2 or "." in tokens[0]:
        return set()
    keys = set()
    for spelling in _spellings(tokens[0])[0]:
        key = " ".join(_NOT_ALNUM.sub(" ", spelling).split())
        if len(key) >= 3:
            keys.add(key)
        # Its short forms ("kathi" for Katharina): judged as a given name written alone.
        keys |= {nick for nick in nicknames(spelling) if len(nick) >= 3}
    return keys


def _short_name_keys(token: str) -> set[str]:
    """A one-word name too short for a key of its own ("Ana", "Li", "Юн", "דן", "王"): judged
    as a given name written alone (``member_given`` tiers it: a word needs a person cue), so
    that no member's name goes without a key (fail closed)."""
    if "." in token:
        return set()  # an initial
    keys = set()
    for spelling in _spellings(token)[0]:
        key = " ".join(_NOT_ALNUM.sub(" ", spelling).split())
        if " " not in key and (2 <= len(key) < 4 or (key and GLUED.search(key))):
            keys.add(key)
    return keys


def surname_keys(display_name: str) -> set[str]:
    """A member's surname as the prefilter writes keywords (folded, every character that is not
    a letter or digit a space: "alvarez soto", "o sullivan"), in each spelling, for the rule
    that redacts it written alone (``member_given``): the whole surname after the given name
    ("te pas", "alvarez soto") and a last token that is no particle; none for a one-word name
    or a surname shorter than three letters."""
    keys: set[str] = set()
    for written in _written(display_name):
        keys |= _surname_keys_of(_untitled(written))
    return keys


def _surname_keys_of(name: str) -> set[str]:
    if len(name.split()) < 2:
        return set()
    keys = set()
    spellings = _spellings(name)[0]
    # "O'Brien", "D'Souza" written without the apostrophe ("OBrien", "dsouza").
    spellings |= {s.replace("'", "") for s in spellings if "'" in s}
    for spelling in spellings:
        tokens = spelling.split()
        if len(tokens) < 2:
            continue
        # Each inner surname of an Iberian or Lusophone name ("Castañeda" of "María José
        # Castañeda Ruiz"); a short or particle token is none.
        inner = {t for t in tokens[1:-1] if len(t) >= 4 and t not in _PARTICLE_SET}
        for written in {" ".join(tokens[1:]), tokens[-1], *inner}:
            if written.rstrip(".") in _PARTICLE_SET or len(written.rstrip(".")) < 2:
                continue  # "J. van", "Wei B.": an initial is no surname
            key = " ".join(_NOT_ALNUM.sub(" ", written).split())
            if len(key) >= 3:
                keys.add(key)
    return keys


def _full_name_keys(tokens: list[str]) -> set[str]:
    """Given + surname: in full, first + each surname token, surname first, possessive, and as
    handles or slugs (jane.doe, jane_doe, janedoe, jane-doe)."""
    first, last, rest = tokens[0], tokens[-1], " ".join(tokens[1:])
    keys = {" ".join(tokens), f"{rest}, {first}", f"{rest} {first}"}  # "Rossi Mario" (Italian)
    pairs = [tokens]
    if len(tokens) > 2:
        pairs += [[first, t] for t in tokens[1:] if t not in _PARTICLE_SET]
        pairs.append([first, "".join(tokens[1:])])  # da Silva -> jane.dasilva
    if len(last) >= 3:  # "Doe, Jane", "Doe Jane" (not "Young Will": words)
        keys |= {f"{last}, {first}", f"{last} {first}"}
    for parts in pairs:
        written = " ".join(parts)
        keys.add(written)
        if not parts[-1].endswith(("s", "x", "z", "ß")):
            keys.add(f"{written}s")  # German genitive: "Anna Kochs Rezept"
        for sep in ("", ".", "_", "-"):
            keys.add(sep.join(parts))
    return keys


@cache
def _common_words() -> frozenset[str]:
    return frozenset(fold(word) for word in word_list("common_words.txt"))


def _handle_keys(tokens: list[str]) -> set[str]:
    """Handles without "@" in surname-first or initial form: "halvorsen.ingrid",
    "halvorsen_ingrid", "halvorseningrid", "deshpande.r", "rohan.d"; a given name that is a
    word ("mark", "will") gets no "given.initial" key, and a glued key that spells a word none."""
    first, last = tokens[0], tokens[-1]
    if len(first) < 3 or len(last) < 3 or not (first.isalpha() and last.isalpha()):
        return set()
    words = _common_words()
    keys = {f"{last}{sep}{end}" for sep in (".", "_") for end in (first, first[0])}
    if first not in words:
        keys |= {f"{first}{sep}{last[0]}" for sep in (".", "_")}
    if f"{last}{first}" not in words:
        keys.add(f"{last}{first}")
    return keys


def _index_keys(tokens: list[str]) -> set[str]:
    """Index order, as Dutch and Belgian lists sort names: the surname without its particles,
    a comma, the given name or initial, then the particles ("Berg, J. van den", "Vries, Sanne
    de", "Hof, P. van 't"); and "Doe, J." for any name."""
    first, surname = tokens[0], tokens[1:]
    i = first[0]
    j = 0
    while j < len(surname) - 1 and surname[j] in _PARTICLE_SET:
        j += 1
    core = " ".join(surname[j:])
    if len(surname[-1]) < 3:
        return set()
    if j == 0:
        return {f"{core}, {i}."}
    particles = " ".join(surname[:j])
    return {
        f"{core}, {first} {particles}",
        f"{core}, {i}. {particles}",
        f"{core}, {i} {particles}",
        f"{core} {i}. {particles}",
        f"{core}, {i}.",
    }


def _initial_keys(tokens: list[str]) -> set[str]:
    """ "J. Doe", "J Doe", "J.Doe", "jdoe", and for two or more given names "J.-P. Martin",
    "J.P. Martin", "J. P. Martin", "JP Martin", "J-P Martin", at every given/surname split; for
    a two-letter surname only "W. Li" (the other forms spell words and abbreviations)."""
    keys: set[str] = set()
    for k in range(1, len(tokens)):
        given, surname = tokens[:k], tokens[k:]
        if given[-1] in _PARTICLE_SET or len(surname[-1]) < 2:
            continue
        if len(surname[-1]) < 3:  # "Li", "Ng", "Us": only the dotted initial ("W. Li") is
            keys.add(f"{given[0][0]}. {' '.join(surname)}")  # no word; "W Li", "WLi" may be
            continue
        rest = " ".join(surname)
        i = given[0][0]
        keys |= {f"{i}. {rest}", f"{i} {rest}", f"{i}.{rest}", f"{i}{rest.replace(' ', '')}"}
        if k > 1:
            inits = [g[0] for g in given]
            for joined in (
                "-".join(f"{c}." for c in inits),
                "".join(f"{c}." for c in inits),
                " ".join(f"{c}." for c in inits),
                "".join(inits),
                "-".join(inits),
                " ".join(inits),
            ):
                keys.add(f"{joined} {rest}")
    return keys


def _surname_alone_keys(tokens: list[str]) -> set[str]:
    """The surname alone ("koch", "te pas", "garcia lopez", "garcia"), and particle surnames
    written without a given name ("te Pas", "van den Broek") as ordinary keys."""
    keys = {f"{CONTEXT_KEY}{' '.join(tokens[k:])}" for k in range(1, len(tokens))}
    keys |= {f"{CONTEXT_KEY}{t}" for t in tokens[1:] if t not in _PARTICLE_SET}
    if len(tokens) > 2 and tokens[1] in _PARTICLE_SET:
        keys.add(" ".join(tokens[1:]))
    return keys
