"""Members' names as the grammar of their language writes them (dev54 N): the Irish and
Scottish Gaelic initial mutations and slender ending (``member_gaelic_forms``: "a Chathail",
"Ní Ghallchóir", "le hÉanna") and the Finnish -kse- stem of a name in a vowel and -s
(``member_suffix_forms``: "Eliakselta"). No development set holds Irish: every roster and
text here is made up from the grammars' rules, and each class has a look-alike that must stay.
The rules alone (no tagger), so that each test fails without the rule it tests."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.member_gaelic_forms import (
    gaelic_bases,
    gaelic_forms,
    lenited,
    mutation_capital,
    prefixed_forms,
    slender,
    woman_stems,
)

_ROSTER = [
    "Cathal Mac Fhlannchaidh",
    "Róisín Ní Ghallchóir",
    "Éanna Ó Tuathail",
    "Dáithí Ó Corráin",
    "Muireann Nic Dhuarcáin",
    "Seumas Mac an Tòisich",
    "Elias Rautiainen",
    "Ermes Tavolara",
    "Cain Mulvaney",
    "Wioletta Marczak",
    "Anna Zbrojewska",
    "Dario Vuletić",
    "Bálint Fehérvári",
    "Csenge Ruttkai",
]


@pytest.fixture(scope="module")
def redact():
    redactor = Redactor.from_members(_ROSTER, name_tagger=False)
    return lambda text: redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vocative: "a" + lenition + slender ending of a masculine name (Cathal -> Chathail)
        (
            "Go raibh maith agat, a Chathail, as an gcabhair.",
            "Go raibh maith agat, a [NAME], as an gcabhair.",
        ),
        # Scottish Gaelic vocative (Seumas -> Sheumais)
        ("Tapadh leat, a Sheumais!", "Tapadh leat, a [NAME]!"),
        # genitive after a noun: lenition and slender ending (Cathal -> Chathail)
        ("Tá an leabhar i dteach Chathail anois.", "Tá an leabhar i dteach [NAME] anois."),
        # a woman's surname: the roster's "Ó Tuathail" as "Ní Thuathail", sentence-initial
        ("Thuathail a scríobh an tuairisc.", "[NAME] a scríobh an tuairisc."),
        # the roster writes her lenited after "Ní": her family's plain stem is hers too
        ("Scríobh Gallchóir an nóta.", "Scríobh [NAME] an nóta."),
        # feminine vocative: lenition alone (Muireann -> Mhuireann)
        ("Cén chaoi a bhfuil tú, a Mhuireann?", "Cén chaoi a bhfuil tú, a [NAME]?"),
        # Finnish: a name in -as/-es/-us takes the -kse- stem (Elias -> Eliakse-lta)
        ("Sain viestin Eliakselta eilen.", "Sain viestin [NAME] eilen."),
        ("Kerro terveisiä Eliakselle!", "Kerro terveisiä [NAME]!"),
        # Polish, Czech, South Slavic vocative of a name in -a: -o (Wioletta -> Wioletto)
        ("Dziękuję, Wioletto, za wszystko.", "Dziękuję, [NAME], za wszystko."),
        # South Slavic possessive and family plural after a soft consonant (Vuletić -> -ev-)
        ("Vuletićevi su stigli jučer.", "[NAME] su stigli jučer."),
        ("Pročitao sam Vuletićev prijedlog.", "Pročitao sam [NAME] prijedlog."),
        # Hungarian family plural -ék with a case suffix, after a consonant and a vowel
        ("Tegnap Fehérváriéknál vacsoráztunk.", "Tegnap [NAME] vacsoráztunk."),
        ("Holnap Ruttkaiékkal megyünk.", "Holnap [NAME] megyünk."),
        ("Csengééknek küldtem egy képet.", "[NAME] küldtem egy képet."),
    ],
)
def test_member_forms_by_grammar(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a word capitalised on its first letter is no h-prefixed form ("Hermes" of Ermes)
        "Hermes opened a shop on the corner.",
        # a lenited form that spells a listed word is the word ("Chain" of member Cain)
        "The Chain Bridge is closed for repairs.",
        # a slender form that spells a listed word ("Join" of a would-be "Jon") is untouched:
        # no roster name behind it, no redaction
        "Join the Irish class on Tuesday.",
        # the vocative -o of Anna spells a listed word: the word stays
        "Buon Anno a tutti quanti!",
    ],
)
def test_lookalikes_stay(redact, text):
    assert redact(text) == text


def test_mutation_tables():
    assert lenited("sean") == "shean"
    assert lenited("stiofan") is None  # st- takes no lenition
    assert lenited("aoife") is None
    assert slender("tadhg") == "taidhg"
    assert slender("donall") == "donaill"
    assert slender("padraig") is None  # already slender
    assert slender("una") is None  # ends in a vowel
    assert gaelic_forms("sean") == {"shean", "seain", "sheain"}  # s takes no eclipsis
    assert prefixed_forms("aoife") == {"haoife", "naoife"}
    assert prefixed_forms("ciaran") == {"gciaran", "gciarain"}
    assert gaelic_bases("sheain") == {"seain", "shean", "sean"}
    assert woman_stems(["ni bhriain", "o briain", "nic ghiolla"]) == {
        "briain": "bhriain",
        "giolla": "ghiolla",
    }
    assert mutation_capital("hAoife") and mutation_capital("gCiarán")
    assert not mutation_capital("Hermes") and not mutation_capital("hello")
