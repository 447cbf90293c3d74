"""Review 19: a roster display name's decoration that may be part of the name is kept as a
variant (a one- or two-word tail after a dash, a bracketed name in another script, a maiden
name, "Surname, GIVEN"); a Catalan "l·l" is no bullet; names in glued scripts are matched by
their given name alone, spaced, and before a spaced honorific. Each shape both ways: the
member's name is redacted, and decoration that is no name gives no key."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.display_names import is_credential, more_names, name_variants, undecorate
from trainer.redact.member_glued import glued_keys
from trainer.redact.names import given_keys, name_keys, surname_keys

ROSTER = [
    "Inés Carvajal - Ortuño",
    "Jordi Bellmunt | Ferrà",
    "Marcel·lí Rovirosa",
    "Liang Jun (梁俊)",
    "Oksana Hrytsenko (Оксана Гриценко)",
    "Birte Lammers (née Ahrendt)",
    "王小明",
    "김민수",
    "Phan, Ba",
    "Lam, Do",
    "Okonkwo, EMEKA",
]


@pytest.fixture(scope="module", params=[False, True], ids=["rules", "default"])
def redactor(request) -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=request.param)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Ortuño confirmó la reunión de mañana.", "Ortuño"),
        ("Inés Carvajal Ortuño envió el acta.", "Ortuño"),
        ("Ferrà ha enviat l'informe.", "Ferrà"),
        ("Rovirosa ha confirmat la reunió.", "Rovirosa"),
        ("Ho he parlat amb Marcel·lí Rovirosa.", "Marcel"),
        ("He parlat amb Marcelli Rovirosa avui.", "Marcelli"),
        ("昨天梁俊说他会来。", "梁俊"),
        ("Вчера Оксана Гриценко прислала отчёт.", "Гриценко"),
        ("Birte Ahrendt hat heute angerufen.", "Ahrendt"),
        ("小明说好的。", "小明"),
        ("王 小明 来了", "小明"),
        ("민수 씨가 왔어요", "민수"),
        ("김민수가 왔어요. 민수야 안녕", "민수"),
        ("Thanks Emeka, see you.", "Emeka"),
    ],
)
def test_a_members_name_in_its_decoration_is_redacted(redactor, text, gone):
    assert gone not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("display", "name", "more"),
    [
        ("Inés Carvajal - Ortuño", "Inés Carvajal", ["Inés Carvajal Ortuño"]),
        ("Priya Menon / Priya M", "Priya Menon", ["Priya Menon Priya M", "Priya M"]),
        ("Ngozi Eze - Hiring!", "Ngozi Eze", []),
        ("Chloé Martin – Design @ Qonto", "Chloé Martin", []),
        ("Ngozi Eze | Growth Lead", "Ngozi Eze", []),
        ("Marcel·lí Rovirosa", "Marcel·lí Rovirosa", []),
        ("Núria Sabaté · Open Source", "Núria Sabaté", []),
        ("Núria Sabaté ·disseny gràfic", "Núria Sabaté", []),
        ("Núria Sabaté · Girona", "Núria Sabaté", ["Núria Sabaté Girona"]),  # may be a name
        ("Liang Jun (梁俊)", "Liang Jun", ["梁俊"]),
        ("Sam Okoro (they/them)", "Sam Okoro", []),
        ("Birte Lammers (née Ahrendt)", "Birte Lammers", ["Birte Ahrendt"]),
        ("Phan, Ba", "Ba Phan", []),
        ("Lam, Do", "Do Lam", []),
        ("Okonkwo, EMEKA", "Okonkwo", ["EMEKA Okonkwo"]),
        ("Abena Owusu, BA", "Abena Owusu", []),
        ("Hana Jelínek, PhD", "Hana Jelínek", []),
        ("Dorian Vance, Jr", "Dorian Vance", []),
    ],
)
def test_decoration_that_may_be_a_name_is_a_variant_and_the_rest_is_dropped(
    display, name, more
):
    assert undecorate(display)[0] == name
    assert more_names(display) == more


def test_credentials_need_capitals_dots_or_an_inner_capital():
    assert is_credential("BA") and is_credential("Ph.D.") and is_credential("PhD")
    assert is_credential("Jr") and is_credential("DO")
    assert not is_credential("Ba") and not is_credential("Do")


def test_the_kept_forms_give_keys_and_the_dropped_ones_none():
    assert {"ortuno", "carvajal ortuno"} <= surname_keys("Inés Carvajal - Ortuño")
    assert not any("hiring" in key for key in name_keys("Ngozi Eze - Hiring!"))
    assert not any("growth" in key for key in name_keys("Ngozi Eze | Growth Lead"))
    assert "marcelli rovirosa" in name_keys("Marcel·lí Rovirosa")
    assert "rovirosa" in surname_keys("Marcel·lí Rovirosa")
    assert "emeka" in given_keys("Okonkwo, EMEKA")
    assert "梁俊" in glued_keys("Liang Jun (梁俊)") and not glued_keys("Sam Okoro (they/them)")
    assert "Ba Phan" == name_variants("Phan, Ba")[0]


def test_glued_names_split_into_parts_spaced_and_before_a_spaced_honorific():
    keys = glued_keys("王小明")
    assert {"小明", "王 小明", "小明 先生", "王 先生"} <= keys
    assert "明" not in keys and "王" not in keys  # one character is no key on its own
    assert {"민수", "김 민수", "민수 씨"} <= glued_keys("김민수")


def test_glued_parts_leave_other_words_alone(redactor):
    assert "明天见" in redactor.redact("王小明好！小明，明天见。").text
    assert "수요일" in redactor.redact("민수야, 수요일에 보자").text
