"""Titles written before a member's name that the honorific lists (``name_context``,
``person_words``) do not hold: academic degrees and professional titles abbreviated before the
name, and the abbreviated forms of address of the Baltic languages and Estonian. A roster name
right after one is the member whatever the name could also be (a word, a place: "Cr. Castro",
"Arq. Romero"), as after "Dr." or "Frau"; ``member_given`` asks this after its other cues.

The titles come from the conventions of each country, written as they stand before a name:

- Austria (Universitätsgesetz 2002 and the older degree acts): Mag., Mag.a, MMag., DI, Dipl.-Ing.,
  DDr., Dkfm., Bakk., MSc.;
- Spanish-speaking America and Spain, professional titles: Lic., Licda., Lcdo., Lcda., Ing.,
  Inga., Arq., Abg., Abog., Cr., Cra., Cdor., Cdora., Esc., Escr., Mtro., Mtra., Mg., Mgtr.,
  Mgs., Psic., Odont., Econ., Tec., Q.F.; Portuguese Eng., Enga., Arq.ª, Adv., Profa.;
- Czech, Slovak, Polish, Slovene academic titles: Bc., Mgr., Ing., doc., inż., lek., mag., dr.;
- Lithuanian "p." (ponas, ponia) and "gerb." (gerbiamas), Latvian "god." (godātais), Estonian
  "hr." / "pr." (härra, proua);
- Albanian "z." / "znj." (zoti, zonja), also written out ("zoti", "zonja", "zonjusha"), and the
  Catalan forms of address "senyor", "senyora", "senyoreta" (abbreviated "Sr.", "Sra.", which
  the honorific lists hold): written out, these count without a stop.

A title counts with its full stop only ("Cr Castro" may be a councillor's "Cr", which the
honorific lists read), and a capitalised title only capitalised ("Esc." not "esc.").
"""

from __future__ import annotations

# Capitalised titles, as written before the stop (compared case-sensitively).
_CAPITALISED = frozenset(
    """Mag Mag.a MMag DI Dipl.-Ing DDr Dkfm Bakk MSc
    Lic Licda Lcdo Lcda Ing Inga Arq Abg Abog Cr Cra Cdor Cdora Esc Escr Mtro Mtra Mg Mgtr Mgs
    Psic Odont Econ Tec Q.F Eng Enga Adv Profa Bc Mgr""".split()
)
# Titles also written in lower case before a name (Slavic and Baltic usage).
_ANY_CASE = frozenset("mag doc inż lek dr p gerb god hr pr z znj".split())
# Forms of address written out, any case, no stop.
WRITTEN_OUT = frozenset("senyor senyora senyoreta zoti zonja zonjusha".split())


def title_before(before: list[str]) -> bool:
    """Whether the word right before a name (``before``: the words of its line before it, as
    ``member_cues.words_before`` gives them) is one of these titles with its full stop."""
    if not before:
        return False
    if before[-1].lstrip('("“«¡¿').lower() in WRITTEN_OUT:
        return True  # "senyora X", "zonja X"
    if not before[-1].endswith("."):
        return False
    word = before[-1].lstrip('("“«¡¿')[:-1]
    return word in _CAPITALISED or word.lower() in _ANY_CASE
