"""Case forms of a roster name in the Baltic languages and Estonian, and the Slavic fleeting
vowel, so a member written in a case ending is still a member: Lithuanian "Manto", "Mantui",
"Jonaičio", "Ievos", "Ievai", "Vilkaitės"; Latvian "Raimondam", "Pēterim", "Līgai", "Zanei";
Estonian "Margusele", "Kristjaniga", "Olgale"; Polish and Czech "Marka", "Markowi", "Pavla".

The tables are the regular nominal paradigms of each reference grammar, keyed by the ending of
the nominative a name is written in (folded: "ą", "ę", "ė", "į", "ų", "ū" are plain vowels):

* Lithuanian (Ambrazas, *Lithuanian Grammar*, 1997): masculine -as: gen. -o, dat. -ui,
  acc. -ą, instr. -u, loc. -e, voc. -ai; -is/-ys: -io, -iui, -į, -iu, -yje, -i/-y, with t and d
  softened to č and dž before -io/-iu ("Jonaitis" -> "Jonaičio"); -us (and -ius): -aus, -ui,
  -ų, -umi, -uje, -au; feminine -a: -os, -ai, -ą, -oje; -ė (also -ienė, -aitė, -ytė, -utė):
  -ės, -ei, -ę, -e, -ėje.
* Latvian (Mathiassen, *A Short Grammar of Latvian*, 1997): masculine -s/-š: gen. -a,
  dat. -am, acc./instr. -u, loc. -ā; -is: -a, -im, -i, -ī; -us: -us, -um, -u, -ū; feminine -a:
  -as, -ai, -u, -ā (a masculine in -a takes dat. -am); -e: -es, -ei, -i, -ē.
* Estonian (Erelt, *Estonian Language*, 2003): the case endings are added to the genitive
  stem: a name ending in a vowel is its own stem ("Olga" -> "Olgale"), a consonant-final one
  adds a linking vowel -a/-e/-i/-u that only the lexicon knows, so all four are allowed
  ("Kristjani", "Lepiku", "Metsa"), and one in -s adds -e ("Marguse"); the endings are
  illative -sse, inessive -s, elative -st, allative -le, adessive -l, ablative -lt,
  translative -ks, terminative -ni, essive -na, abessive -ta, comitative -ga, and the
  partitive -t after the stem ("Indrekut", "Olgat"; -ne names "Rebast"). A
  consonant-final name's bare genitive (name + vowel) is not a form: it spells other names
  and places ("Lim" -> "Lima"). Two stem changes are regular enough to follow: a final
  double stop takes the weak grade ("Kukk" -> "Kukele", "Sepp" -> "Sepale", "Ott" -> "Oti",
  "Otiga"), whose bare genitive is a form ("Oti", "Raudsepa") except a shorter name's in -a
  (under five letters: "Ott" -> "ota" is Finnish, "Sepp" -> "sepa"); a name in -ne has its
  genitive in -se ("Rebane" -> "Rebase", "Rebasele") as well as the vowel stem's forms
  ("Marianne" -> "Mariannele"). A stop after l, m, n or r is voiced in the genitive ("Mart"
  -> "Mardi", "Mardiga", "Mardilt"; "Mark" -> "Margi"), its bare genitive a form as well.
* The Slavic fleeting vowel (Polish, Czech, Slovak, Slovene): a name in -ek, -ec or -el drops
  the e before an ending ("Marek" -> "Marka", "Markowi", "Markiem"; "Pavel" -> "Pavla"); the
  Serbo-Croatian one (the "nepostojano a"): a name in -ar drops the a ("Petar" -> "Petra",
  "Petru", "Petrom"). A name in -ar that keeps its a declines as any consonant-final name.

Every table cuts at most three letters off a name, so a name's forms depend only on its last
three letters and its length (``member_inflections`` keys its shared ending sets so).
"""

from __future__ import annotations

_MIN_STEM = 3  # a shorter stem makes too many other words
_MIN_BARE_WEAK = 5  # a shorter name's bare weak-grade genitive in -a is a word ("ota")

# Lithuanian: nominative ending -> the endings that replace it.
_LT = {
    "as": ("o", "ui", "a", "u", "e", "ai"),
    "is": ("io", "iui", "i", "iu", "yje"),
    "ys": ("io", "iui", "i", "iu", "yje", "y"),
    "us": ("aus", "ui", "u", "umi", "uje", "au"),
    "a": ("os", "ai", "oje"),
    "e": ("es", "ei", "e", "eje"),
}
_LT_SOFTENED = {"t": "c", "d": "dz"}  # before -io/-iu: "Jonaitis" -> "Jonaičio"
# Latvian: nominative ending -> the endings that replace it.
_LV = {
    "s": ("a", "am", "u"),
    "is": ("a", "im", "i"),
    "us": ("us", "um", "u"),
    "a": ("as", "ai", "u", "am"),
    "e": ("es", "ei", "i"),
}
# Estonian case endings, added to the genitive stem.
_ET = ("sse", "s", "st", "le", "l", "lt", "ks", "ni", "na", "ta", "ga")
_ET_LINKS = ("a", "e", "i", "u")
_VOWELS = frozenset("aeiouy")
# The nominative endings some table replaces ("k", "p", "t": the Estonian weak grade); a name's
# forms start with the name less such an ending (the stem prefix ``member_inflections`` matches).
NAME_TAILS = (
    *("tis", "tys", "dis", "dys"),
    *("as", "is", "ys", "us", "ek", "ec", "el", "ar", "ne"),
    *("s", "k", "p", "t"),
)


def baltic_forms(name: str, consonant_endings: tuple[str, ...]) -> set[str]:
    """Every Lithuanian, Latvian and Estonian case form of one folded one-word name, and its
    Slavic forms with the fleeting vowel dropped (``consonant_endings``: the Slavic endings
    after a consonant-final stem), unfiltered."""
    forms: set[str] = set()
    for table in (_LT, _LV):
        for tail, endings in table.items():
            stem = name[: -len(tail)]
            if name.endswith(tail) and len(stem) >= _MIN_STEM and _stem_fits(stem, tail):
                forms |= {stem + e for e in endings}
    if name.endswith(("is", "ys")) and (soft := _LT_SOFTENED.get(name[-3:-2])):
        stem = name[:-3] + soft  # "jonaitis" -> "jonaic" + "io"
        if len(stem) >= _MIN_STEM:
            forms |= {stem + e for e in ("io", "iui", "iu")}
    forms |= estonian_forms(name)
    if name[-2:] in ("ek", "ec", "el", "ar") and len(name) > _MIN_STEM + 1:
        stem = name[:-2] + name[-1]  # "marek" -> "mark", "petar" -> "petr"
        forms |= {stem + e for e in consonant_endings}
    forms.discard(name)
    return forms


def _weak_grade(name: str) -> bool:
    """A final double stop, which takes the weak grade: "kukk" -> "kuke", "sepp" -> "sepa"."""
    return name[-1] in "kpt" and name[-2] == name[-1]


_VOICED = {"k": "g", "p": "b", "t": "d"}


def _voiced_stem(name: str) -> str | None:
    """A stop after l, m, n or r voiced in the genitive: "mart" -> "mard" ("Mardi",
    "Mardile"), "mark" -> "marg"; ``None`` when the name does not end so."""
    if len(name) > _MIN_STEM and name[-1] in _VOICED and name[-2] in "lmnr":
        return name[:-1] + _VOICED[name[-1]]
    return None


def _stem_fits(stem: str, tail: str) -> bool:
    """Latvian -s follows a consonant other than s ("Raimonds", not "Ross" nor "Thomas")."""
    return tail != "s" or (stem[-1] not in _VOWELS and stem[-1] != "s")


def estonian_forms(name: str) -> set[str]:
    """The Estonian case forms of a folded name: its genitive stem and the case endings."""
    if name[-1] in _VOWELS:
        forms = {name + e for e in (*_ET, "t")}  # "olga" -> "olgale", partitive "olgat"
        if name.endswith("ne") and len(name) > _MIN_STEM + 1:
            # "-ne" nouns take "-se" as well ("rebane" -> "rebase", "rebasele"), added to the
            # vowel stem's forms, not instead: "Marianne" -> "Mariannele" (fail closed); their
            # partitive is "-st" ("rebast")
            stem = name[:-2] + "se"
            forms |= {stem, *(stem + e for e in _ET), name[:-2] + "st"}
        return forms
    stems = [name + v for v in _ET_LINKS]
    weak = [name[:-1] + v for v in _ET_LINKS] if _weak_grade(name) else []
    if voiced := _voiced_stem(name):
        weak = [voiced + v for v in _ET_LINKS]  # "mart" -> "mardi", "mardile", "mardilt"
    # no inessive -s after a linking vowel: "Louis" + "e" + "s" spells the genitive of another
    # name ("Louises", "Paulas"), read as that
    forms = {stem + e for stem in (*stems, *weak) for e in _ET if e != "s"}
    forms |= {stem + "t" for stem in stems}  # the partitive: "indrek" -> "indrekut"
    # the weak-grade genitive itself ("raudsepp" -> "raudsepa", "ott" -> "oti"); a short
    # name's in -a spells a word ("ott" -> Finnish "ota", "kukk" -> "kuka"): no form
    forms |= {g for g in weak if len(name) >= _MIN_BARE_WEAK or g[-1] != "a"}
    if name[-1] == "s":
        forms |= {name + "e", name + "t"}  # "marguse" (genitive), "margust" (partitive)
    return forms
