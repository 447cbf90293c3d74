"""Icelandic case forms of a roster name, so a member written in the accusative, dative or
genitive is still a member: "Sigurð", "Sigurði", "Sigurðar"; "Pál", "Páli", "Páls";
"Guðrúnu", "Guðrúnar"; "Helga" (of Helgi); "Önnu" (of Anna); the patronymic "-syni",
"-sonar" and matronymic "-dóttur".

The table is the regular nominal declension of personal names in the reference grammar
(Einarsson, *Icelandic: Grammar, Texts, Glossary*, 1945; Thráinsson, *The Syntax of
Icelandic*, 2007, ch. 2), keyed by the ending of the nominative (on folded keys: accents
dropped, "ö" is "o"; "ð", "þ" and "æ" stay letters of their own):

* strong masculine and feminine in -ur (Sigurður, Guðmundur, Ólafur; Sigríður, Hildur):
  the ending drops: acc. bare stem, dat. -i, gen. -s or -ar (and -u, the strong feminine's
  accusative, fail closed);
* a nominative -r assimilated to a stem's -l or -n (Páll, Kristinn, Egill): the stem less
  the doubled letter takes -i and -s (-inn and -ill drop their i before the dative -i:
  Kristni); a feminine in -nn keeps it (Þórunn: Þórunni, Þórunnar);
* -ir (Þórir, Ægir; the matronymic -dóttir): acc./dat. the stem in -i, gen. -is; -dóttir
  and other feminines in -ir take -ur in every oblique case (dóttur);
* patronymics in -son: dat. -syni, gen. -sonar;
* weak masculine in -i (Helgi, Bjarni): oblique -a;
* weak feminine in -a (Anna, Helga, Jóhanna): oblique -u, with u-umlaut of the stem's last
  vowel a to ö (Anna: Önnu, Jóhanna: Jóhönnu, Katla: Kötlu);
* any other consonant-final name (Jón, Stefán, Magnús, Guðrún, Margrét): dat. -i, acc. and
  dat. -u (strong feminine), gen. -ar (the -s genitive is the German/Dutch one that
  ``member_given`` already reads).

Every rule but the umlaut cuts at most three letters off a name, as ``member_inflections``
needs (a name's forms depend only on its last three letters and its length); the umlaut
changes a letter inside the stem, so its forms have their own stem prefix (``umlaut_stem``)
and are read back by ``umlaut_base``.
"""

from __future__ import annotations

_MIN_STEM = 3  # a shorter stem makes too many other words
_VOWELS = frozenset("aeiouyæ")
# The nominative endings these rules replace (``member_inflections`` rebuilds a name from a
# form's stem and one of them: "sigurð" + "ur", "pá" + "l", "ólafss" + "on", "þóri" + "r").
NAME_TAILS = ("ur", "ir", "on", "l", "n", "r")


def icelandic_forms(name: str) -> set[str]:
    """The Icelandic case forms of one folded one-word name (the umlaut forms aside)."""
    forms: set[str] = set()
    last = name[-1]
    if name.endswith("son") and len(name) >= _MIN_STEM + 3:
        forms |= {name[:-3] + "syni", name + "ar"}  # Ólafssyni, Ólafssonar
    if name.endswith("ur") and len(name) >= _MIN_STEM + 2:
        stem = name[:-2]
        forms |= {stem, stem + "i", stem + "s", stem + "ar", stem + "u"}
    elif name.endswith("ir") and len(name) >= _MIN_STEM + 2:
        stem = name[:-1]
        forms |= {stem, stem + "s", name[:-2] + "ur"}  # Þóri, Þóris; dóttur
    elif name[-2:] in ("ll", "nn") and name[-3] in _VOWELS and len(name) >= _MIN_STEM + 1:
        stem = name[:-1]
        forms |= {stem, stem + "i", stem + "s", name + "i", name + "ar"}  # Pál, Páli; Þórunnar
        if name[-3] == "i":
            forms.add(name[:-3] + name[-1] + "i")  # the syncope of -inn, -ill: Kristni
    elif last == "i" and len(name) >= _MIN_STEM + 1:
        forms.add(name[:-1] + "a")  # Helgi: Helga
    elif last not in _VOWELS and len(name) >= _MIN_STEM:
        forms |= {name + "i", name + "u", name + "ar"}  # Jóni, Guðrúnu, Magnúsar
    if last == "a" and len(name) >= _MIN_STEM:
        forms.add(name[:-1] + "u")  # Helgu, Ástu
    forms.discard(name)
    return forms


def umlaut_stem(name: str) -> str | None:
    """The u-umlauted stem of a weak feminine in -a whose stem's last vowel is a ("anna" ->
    "onn", "johanna" -> "johonn"; folded: ö is o), or None."""
    if name[-1:] != "a" or len(name) < _MIN_STEM + 1:
        return None
    stem = name[:-1]
    at = max(stem.rfind(v) for v in _VOWELS)
    if at < 0 or stem[at] != "a":
        return None
    return stem[:at] + "o" + stem[at + 1 :]


def umlaut_base(key: str) -> str | None:
    """The weak feminine in -a that ``key`` (a folded word in -u) is the u-umlauted oblique
    form of ("onnu" -> "anna"), or None when it has no such shape."""
    if key[-1:] != "u" or len(key) < _MIN_STEM + 1:
        return None
    stem = key[:-1]
    at = max(stem.rfind(v) for v in _VOWELS)
    if at < 0 or stem[at] != "o":
        return None
    return stem[:at] + "a" + stem[at + 1 :] + "a"
