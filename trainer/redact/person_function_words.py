"""Closed-class words of the languages we redact that ship no dictionary here (sv da nb fi pl cs
ro tr ms sl bs/hr/sr, and Hindi/Urdu in Latin letters mixed into English posts): pronouns, the
auxiliaries "be" and "have", conjunctions, prepositions, negation and the commonest
determiners, written from each language's grammar, not from any evaluation set.

names-dataset, crowd-sourced, lists many of them as given names ("har", "ile", "og"), and the
common-word lists (``TOP``, ``COMMON``) hold only the dictionaried languages; so written in lower
case or in capitals, where no capital marks a name, such a word opened false "full names" with
the unknown word after it ("har <participle>", "og <noun>"). A capitalised one is left to the
other rules. Words that are also frequent given or family names in a locale we redact stay out
(fail closed): "ben", "dan", "kan", "han", "hun", "du", "de", "per", "om", "ada", "dia", "ma";
and every word that given_names_alone.txt lists (a well-attested name: "jos", "ke", "ale", "itu")
is taken out when the set is built; the Slovenian and Hindi/Urdu words lose every word any
given-name list holds ("bo", "samo", "wali"), but for "ek", "kar", "prek", "že" (see ``_KEPT``).
In lower case a listed surname after the word makes it a name ("har nowak").
"""

from __future__ import annotations

import re

from trainer.redact.member_lists import word_list
from trainer.redact.person_alone import ALONE
from trainer.redact.person_words import PARTICLES, SURNAMES

NODICT_FUNCTION_WORDS = frozenset(
    # sv da nb
    """och og att at är er var har hade havde hadde blir bliver blev det som en ett et på med
    för for till til av af från fra om inte ikke jag jeg hon vi ni den dem men så ska skal
    vill vil må måste eller hvad vad hvor hur
    """
    # fi
    """on ei ja että se hän me te he mutta kun jos niin oli ovat olen minä sinä tämä tuo myös
    vain
    """
    # pl cs
    """jest był była są się nie że ale jak już dla przez bez pod nad przy od do na po za ze we
    ten tak czy oraz też je jsem jsou byl byla není pro při si nebo také taky
    """
    # ro
    """este sunt și în pe cu la că nu mai din pentru care dar foarte
    """
    # tr
    """ve bir bu şu da ile için ama çok yok sen biz siz onlar gibi kadar
    """
    # bs hr sr (Latin letters; dev35 N)
    """su sam smo ste bio bila bilo biti nije nisu nismo ili ali iz kod sa
    pri kroz prema koji koja koje kojeg kojem što šta sve svi svima ovo ono taj ova ovaj
    kako kada kad gdje zašto jer ako još već samo vrlo ćemo će ću bi bih ima imaju nema
    """
    # ms
    """di ke dari yang untuk dengan ini itu tidak saya aku kamu anda kami kita mereka semua
    juga sudah akan boleh pada atau""".split()
)
_NEW_WORDS = frozenset(
    # sl (names13)
    """ter pa da ki so sem smo ste sta bo bodo bi ni nisem pri iz brez med nad pod pred
    skozi proti zaradi prek preko kot ko če kjer kar tega tem jaz midva vidva že še tudi samo
    zelo vse vsi
    """
    # Hindi and Urdu written in Latin letters, mixed into English (names13)
    """ek hai hain ka se mein bhi aur kya nahi nahin toh yeh woh hum tum aap abhi phir
    kuch bahut thoda wala wali karo""".split()
)
_GIVEN_LISTS = (  # every given-name list the package loads
    "given_names.txt",
    "given_names_oceania.txt",
    "given_names_customs.txt",
    "given_names_ambiguous.txt",
    "given_names_alone.txt",
)
_GIVEN = frozenset(name.lower() for f in _GIVEN_LISTS for name in word_list(f))
# Listed as given names too, but kept as function words whatever follows (precision, names13):
# "ek baar", "so prek te", "že leta" would otherwise read as names ("baar", "leta" are surnames).
_KEPT = frozenset({"ek", "kar", "prek", "že", "za", "smo", "koji", "koja", "koje", "što", "jer"})
# The sl and hi/ur words (names13) lose every listed given name ("bo", "samo", "wali"); the older
# lists lose the well-attested ones only, since names-dataset lists "har" and "og" as names.
NODICT_FUNCTION_WORDS = (NODICT_FUNCTION_WORDS | (_NEW_WORDS - (_GIVEN - _KEPT))) - {
    name.lower() for name in word_list("given_names_alone.txt")
}
NODICT_FUNCTION_WORDS -= {"ali", "ki", "ko", "ka", "om"}  # given names in some locale (fail closed)
# hu lt lv et sq sw (dev42 N): the same closed classes, written from each grammar. The
# given-name lists hold some ("Csak", "Vannak": names-dataset noise), so only the well-attested
# names (given_names_alone.txt) are taken out, as for the older lists.
NODICT_FUNCTION_WORDS |= frozenset(
    # hu
    """és az egy nem csak de hogy van vannak volt voltak lesz lesznek már még mint vagy ha
    mert itt ott ez azt ezt nagyon minden sem kell lehet után előtt alatt között nélkül szerint
    mi ők én ő is
    """
    # lt lv
    """ir yra buvo bus kad bet kaip jau dar tik su iš į prie apie nuo už po šis ši jis ji
    jie mes jūs aš un bija būs ka kā vēl tikai ar uz par pie pēc līdz tas tā viņš viņa mēs es
    """
    # et
    """ja on oli ei et kui aga veel juba see need ta nad meie teie mina sina väga kõik ainult
    ning või
    """
    # sq sw
    """dhe është janë ishte nuk që por për në nga se kanë ky kjo ata unë shumë vetëm
    na ni ya wa za kwa katika lakini kama hii huu hapa sana pia bado""".split()
) - {name.lower() for name in word_list("given_names_alone.txt")}

# Adverbs that close a clause right after a name ("maren said she'd come, kwame too"): no
# surname, whatever a list holds ("Too" is one), at a phrase's end where a frequent word may be
# one ("[elio] sommer."). Review rev22 F25.
CLAUSE_ADVERBS = frozenset(
    "too also again though tho anyway either instead aussi auch ook también tambem também anche "
    "tambien też taky".split()
)
_LOWER_NEXT = re.compile(r"\s+([^\W\d_]{2,})\b")
_CAPS_NEXT = re.compile(rf"\s+(?:(?P<particle>(?i:{PARTICLES}))\s|(?P<word>[^\W\d_]+))")


def function_word(text: str, token: str, end: int) -> bool:
    """``token`` (ending at ``end``) is one of these words written in lower case or in capitals,
    and no listed surname in the same case follows ("og", "OG", but "har nowak", "ALE DE VRIES",
    "HAR NOWAK" may be names); in capitals no particle in capitals either: fail closed."""
    if token.lower() not in NODICT_FUNCTION_WORDS:
        return False
    if token.islower():  # "bo andersson", "samo novak": a listed surname after it, a name
        m = _LOWER_NEXT.match(text, end)
        return m is None or token in _KEPT or m.group(1).title() not in SURNAMES
    if not token.isupper():
        return False
    m = _CAPS_NEXT.match(text, end)
    if m is None:
        return True
    if m.group("particle"):
        return not m.group("particle").isupper()
    word = m.group("word")
    return not (len(word) > 1 and word.isupper() and word.title() in SURNAMES)


# Of them, the bs/hr/sr auxiliaries, pronouns and conjunctions that a clause goes on after, so
# that the lower-case word after one is the clause's (a participle, an object: "smo pola dana",
# "koji rade"), not a lower-case name; not the prepositions, which a name may follow ("sa ...").
_CLAUSE_WORDS = frozenset(
    """je su sam si smo ste bio bila bilo biti nije nisu nismo koji koja koje što šta sve ovo
    ono kako kada kad gdje zašto jer ako još već samo vrlo ćemo će ću bi bih""".split()
)
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+) $")
_PAIR_AFTER = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)")


def after_clause_word(text: str, start: int) -> bool:
    """The lower-case word at ``start`` follows a bs/hr/sr clause word in lower case ("smo
    pola", "koji rade"): the learned tagger's lower-case hit there is a word of the clause."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if m is None or m.group(1) not in _CLAUSE_WORDS:
        return False
    # Review (dev35 N): a well-attested given name then a listed surname after the clause word
    # is a lower-case name ("javili smo ana kovač", "bila je marija petrović"): fail closed.
    pair = _PAIR_AFTER.match(text, start)
    return pair is None or not (
        pair.group(1).title() in ALONE
        and pair.group(2).title() in SURNAMES
        and pair.group(2) not in NODICT_FUNCTION_WORDS  # "koji rade na": no surname "na"
    )
