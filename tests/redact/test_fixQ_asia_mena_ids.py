"""Chinese, Taiwanese, Hong Kong, Egyptian, Bangladeshi and Sri Lankan identity numbers
(``ids_asia_mena``). Values are made up with computed checks; each has a same-shape negative."""

from __future__ import annotations

import pytest

CN = "440306199103121575"  # region 440306, born 1991-03-12, ISO 7064 MOD 11-2 check 5
TW = "F246813574"
HK = "K765432(4)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"身份证号：{CN}", "身份证号：[ID]"),
        (f"my id is {CN} ok", "my id is [ID] ok"),
        (f"contact {CN} here", "contact [ID] here"),
        (f"ID: {TW}", "ID: [ID]"),
        (f"身分證字號 {TW}", "身分證字號 [ID]"),
        (f"my national id is {TW}", "my national id is [ID]"),
        (f"HKID {HK}", "HKID [ID]"),
        (f"copy of {HK} attached", "copy of [ID] attached"),
        ("الرقم القومي 30105152101234", "الرقم القومي [ID]"),
        ("NID: 7712345678", "NID: [ID]"),
        ("NID: 1988123456789", "NID: [ID]"),
        ("NIC: 881234567V", "NIC: [ID]"),
        ("NIC: 881234567X", "NIC: [ID]"),
        ("NIC 199112345678", "NIC [ID]"),
        ("my number 911234567V, thanks", "my number [ID], thanks"),
    ],
)
def test_id_goes(redactor, assert_exact, text, expected):
    assert_exact(redactor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        f"batch {CN[:-1]}6 shipped",  # same shape, check digit wrong
        "batch 440306199113121575 shipped",  # month 13: no birth date
        f"Pedido {TW} enviado",  # the check holds by chance, but no id word before it
        f"see {TW} below",
        f"code {HK[:-2]}5) used",  # HKID shape, mod 11 check fails
        "ref 884001234V",  # Sri Lankan shape, day 400 of the year does not exist
        "Great read: 793043951X, second edition.",  # an ISBN-10: X bare is no NIC
        "un nid NID d'oiseau",  # a cue with no number after it
    ],
)
def test_same_shape_without_check_is_kept(redactor, assert_kept, text):
    assert_kept(redactor, text)
