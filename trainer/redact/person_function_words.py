"""Closed-class words of the languages we redact that ship no dictionary here (sv da nb fi pl cs
ro tr ms): pronouns, the auxiliaries "be" and "have", conjunctions, prepositions, negation and
the commonest determiners, written from each language's grammar, not from any evaluation set.

names-dataset, crowd-sourced, lists many of them as given names ("har", "ile", "og"), and the
common-word lists (``TOP``, ``COMMON``) hold only the dictionaried languages; so written in lower
case or in capitals, where no capital marks a name, such a word opened false "full names" with
the unknown word after it ("har <participle>", "og <noun>"). A capitalised one is left to the
other rules. Words that are also frequent given or family names in a locale we redact stay out
(fail closed): "ben", "dan", "kan", "han", "hun", "du", "de", "per", "om", "ada", "dia", "ma".
"""

from __future__ import annotations

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
    ten tak czy oraz też je jsem jsou byl byla není pro při se si nebo také taky
    """
    # ro
    """este sunt și în pe cu la că nu mai din pentru care dar foarte
    """
    # tr
    """ve bir bu şu da ile için ama çok var yok sen biz siz onlar gibi kadar
    """
    # ms
    """di ke dari yang untuk dengan ini itu tidak saya aku kamu anda kami kita mereka semua
    juga sudah akan boleh pada atau""".split()
)
