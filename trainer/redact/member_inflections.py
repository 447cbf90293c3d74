"""Declined forms of the roster's names, so a member written in a case ending is still a member:
Czech and Slovak "Nováka", "Novákovi", "Novákem", "Janě", "Novákovou", "Novotného"; Polish
"Nowakowi", "Kowalskiego", "Kowalskiej", "Annie"; Croatian "Horvatu", "Horvatom", "Ani";
Hungarian "Kovácsnak", "Péterrel", "Annával", "Kovácsék"; Romanian "Anei", "Mariei"; and the
Slavic possessive adjectives "Novákův", "Janin". A suffix written after a hyphen ("Smith-nek")
is read by ``member_given`` (the name before it goes).

Slavic languages decline a name by its stem (a consonant-final name adds the ending; a name in
-a, -o or -e swaps its last vowel; an adjectival surname in -i/-y takes adjective endings);
Hungarian appends case suffixes to the whole name, doubling a final consonant before -al/-el
("Péterrel") and lengthening a final -a/-e, which folding writes as the plain vowel. These are
the regular paradigms of each grammar (the nominal and adjectival declensions), not a list of
written names: every roster name gets them, on folded keys.

A form is kept only when it is no listed word nor a roster name of its own ("Bell" + "e" is a
word, judged as one); one that is someone else's given name ("Jan" + "a" is "Jana") is kept:
a name either way. ``member_given`` redacts a kept form written capitalised: anywhere when
the name has five letters or more, else like a frequent-word given name (tier 2: inside a
sentence, or opening one with a cue); in lower case never (it may be a word we do not list).

The forms join the roster's own keyword automaton (``member_roster``), so finding them costs
no extra pass over the text, but memory: about 30 forms and 14 KB per name. A roster of more
than ``MAX_NAMES`` one-word names (some 70 MB of forms) gets none: there a declined name is
redacted only where the other rules find it (a cue, a full name, the name tagger).
"""

from __future__ import annotations

import weakref

from trainer.redact.member_words import is_word
from trainer.redact.name_keys import fold
from trainer.redact.names import MemberNames

# Slavic endings after a consonant-final stem: genitive/accusative -a, dative -ovi/-owi/-u,
# instrumental -em/-om/-iem, locative/vocative -e/-u/-ie/-i; the possessive adjective
# -ův/-ov/-ova/-ovo/-ovu ("Novákův návrh", "Horvatov stol").
_CONSONANT_ENDINGS = (
    "a", "u", "e", "i", "em", "om", "ovi", "owi", "iem", "uv", "ov", "ova", "ovo", "ovu",
)
# After a stem whose -a/-o/-e is dropped: genitive -y/-i/-e, dative -e/-ie/-i, accusative -u,
# instrumental -ou/-om/-a, Polish and Slovak -ej/-iej, Romanian -ei ("Mariei"); the possessive
# adjective -in/-ina/-ino/-inu ("Janin", "Anina").
_VOWEL_ENDINGS = (
    "y", "i", "e", "u", "ou", "om", "ej", "iej", "ie", "ei", "in", "ina", "ino", "inu",
)
# Adjectival surnames (-ski, -cki, -ný, -ský): -ego/-emu/-im (pl), -eho/-emu/-ym (cs, sk).
_ADJECTIVE_ENDINGS = ("ego", "iego", "emu", "iemu", "im", "ym", "eho", "om", "ych")
# Hungarian case suffixes, front and back vowel forms, as written (``member_given`` reads them
# after a hyphen: "Smith-nek"); a vowel-initial one is added only after a consonant-final name
# ("Kovácsék", not "Szabóék": a vowel-final name would lengthen its vowel first).
HU_CASE_SUFFIXES = (
    "nak", "nek", "t", "ot", "et", "öt", "at", "hoz", "hez", "höz", "tól", "től", "ról", "ről",
    "ra", "re", "ban", "ben", "nál", "nél", "ért", "é", "ék",
)
HU_AFTER_VOWEL = ("val", "vel")  # after a consonant the v becomes the consonant: "Péterrel"
_HU_SUFFIXES = frozenset(fold(e) for e in HU_CASE_SUFFIXES)  # on folded keys
_VOWELS = frozenset("aeiouy")
MAX_NAMES = 10_000  # one-word roster names that get declined forms (see the docstring)
_MIN_STEM = 3  # "Ana" -> "Ane", "Ani": a shorter stem makes too many other words
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LAST: list[tuple[weakref.ref, dict[str, str]] | None] = [None]  # the roster asked last


def _forms(name: str) -> set[str]:
    """Every declined form of one folded one-word name, unfiltered."""
    forms: set[str] = set()
    last = name[-1]
    if last not in _VOWELS:
        forms |= {name + e for e in _CONSONANT_ENDINGS}
        forms |= {name + last + e for e in ("al", "el")}  # "Péterrel", "Kovácscsal"
    else:
        stem = name[:-1]
        if last in "aoe" and len(stem) >= _MIN_STEM - 1:
            forms |= {stem + e for e in _VOWEL_ENDINGS}
        if last in "iy" and len(stem) >= _MIN_STEM:
            forms |= {stem + e for e in _ADJECTIVE_ENDINGS}
        forms |= {name + e for e in HU_AFTER_VOWEL}
    forms |= {name + e for e in _HU_SUFFIXES if last not in _VOWELS or e[0] not in _VOWELS}
    forms.discard(name)
    return forms


def inflected_forms(members: MemberNames) -> dict[str, str]:
    """Folded declined form -> the roster name (given name or surname key) it declines, for the
    roster's one-word names of three letters or more (none above ``MAX_NAMES`` names); cached
    per roster."""
    last = _LAST[0]
    if last is not None and last[0]() is members:
        return last[1]  # the same roster as the last post: no weak reference made per post
    if (cached := _CACHE.get(members)) is not None:
        _LAST[0] = (weakref.ref(members), cached)
        return cached
    names = members.given | members.surnames
    forms: dict[str, str] = {}
    for name in sorted(names) if len(names) <= MAX_NAMES else ():
        if len(name) < _MIN_STEM or not name.isalpha():
            continue
        for form in _forms(name):
            if form not in names and not is_word(form):  # "Jana", "Anny" stay forms
                forms.setdefault(form, name)
    _CACHE[members] = forms
    _LAST[0] = (weakref.ref(members), forms)
    return forms


def declined_forms_summary(members: MemberNames) -> str:
    """For the manifest: how many declined forms this roster's names got, or that the roster
    is too large for them (then a declined name goes only where other rules find it)."""
    names = len(members.given | members.surnames)
    if names > MAX_NAMES:
        return f"off: {names} one-word roster names > {MAX_NAMES} (memory); other rules only"
    return f"{len(inflected_forms(members))} forms"
