"""Dev35 task N (default path, name_tagger=True): person names. Kenyan names (hand-written
``names_kenya.txt``: Luo, Kikuyu, Kalenjin, Kamba, Luhya, Kisii, Taita, Swahili coast names as
given names and surnames), Turkish words that name lists hold written in lower case, Turkish
institution and role lines in signatures, and the shared greeting list. Made-up names and
values only; each leak is pinned redacted and the word beside it pinned kept.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor

_R = Redactor.from_members(["Maren Oyelaran", "Elif Yildirim"], name_tagger=True)
_RULES = Redactor.from_members(["Maren Oyelaran", "Elif Yildirim"], name_tagger=False)

KENYA = [
    (
        "Patient achieng wafula is waiting for a call back.",
        "Patient [NAME] is waiting for a call back.",
    ),
    ("Kind regards,\nnekesa otieno\nPractice Manager", "Kind regards,\n[NAME]\nPractice Manager"),
    (
        "The complaint was raised by Kiprono, Mwikali at reception.",
        "The complaint was raised by [NAME] at reception.",
    ),
    ("Omondi Njoroge asked for a copy of the letter.", "[NAME] asked for a copy of the letter."),
    ("Chepkoech Mutiso asked for a copy of the letter.", "[NAME] asked for a copy of the letter."),
    ("Next of kin: wambui mwakazi |", "Next of kin: [NAME] |"),
    ("Moraa asked for a copy of the letter.", "[NAME] asked for a copy of the letter."),
    ("Kind regards,\nWairimu\nRostering Lead", "Kind regards,\n[NAME]\nRostering Lead"),
    # the words beside them stay
    (
        "The Kenyatta National Hospital ward clerk updated the whiteboard.",
        "The Kenyatta National Hospital ward clerk updated the whiteboard.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KENYA)
def test_kenyan_names(text: str, expected: str) -> None:
    assert _R.redact(text).text == expected


@pytest.mark.parametrize(("text", "expected"), KENYA)
def test_kenyan_names_rules_alone(text: str, expected: str) -> None:
    assert _RULES.redact(text).text == expected


TURKISH = [
    # two lower-case Turkish words that name lists hold: no name pair
    (
        "Kurul üyesi yarın sabah onay verecek.",
        "Kurul üyesi yarın sabah onay verecek.",
    ),
    ("Bölüm notu: devir teslim saat 09:30.", "Bölüm notu: devir teslim saat 09:30."),
    ("Dışarıda doğan güneş çok güzeldi.", "Dışarıda doğan güneş çok güzeldi."),
    ("Görüşme koptu, hekim telefonla aradı.", "Görüşme koptu, hekim telefonla aradı."),
    # a lower-case name that is no such word pair still goes
    ("Hasta ayşe yılmaz bekliyor.", "Hasta [NAME] bekliyor."),
    # institution and role lines of a signature stay, the name above them goes
    (
        "Saygılarımla,\nZeynep Arıkan\nHasta Hizmetleri Müdürü\nPınar Tıp Merkezi",
        "Saygılarımla,\n[NAME]\nHasta Hizmetleri Müdürü\nPınar Tıp Merkezi",
    ),
    (
        "İyi çalışmalar,\nBiyomedikal Saha Teknisyeni\nGüven Sağlık Sigortası",
        "İyi çalışmalar,\nBiyomedikal Saha Teknisyeni\nGüven Sağlık Sigortası",
    ),
    (
        "Saygılarımla,\nHasta İlişkileri\nÇınar Eczanesi",
        "Saygılarımla,\nHasta İlişkileri\nÇınar Eczanesi",
    ),
    ("Tedarikçi: Doğan Medikal Ltd. Şti.", "Tedarikçi: Doğan Medikal Ltd. Şti."),
    ("Sevk: Ekin Hastanesi acil servisi.", "Sevk: Ekin Hastanesi acil servisi."),
]


@pytest.mark.parametrize(("text", "expected"), TURKISH)
def test_turkish_words_institutions_roles(text: str, expected: str) -> None:
    assert _R.redact(text).text == expected


def test_turkish_name_before_its_role_on_one_line_goes() -> None:
    text = "Saygılarımla, Zeynep Arıkan Hasta Hizmetleri Müdürü"
    assert _R.redact(text).text == "Saygılarımla, [NAME] Hasta Hizmetleri Müdürü"


def test_turkish_inflected_noun_opening_a_sentence_stays() -> None:
    text = "Swift kodu verildi. Bankoda yeni broşürler var."
    assert _R.redact(text).text == text


VIETNAMESE = [
    # lower-case full names: family name, văn/thị, given syllables
    ("Người trực hôm nay là phạm thị hằng.", "Người trực hôm nay là [NAME]."),
    ("Hỏi đỗ văn tuấn về bản vẽ điện.", "Hỏi [NAME] về bản vẽ điện."),
    # a family name that is no word, then two given syllables
    ("Chủ nhà là huỳnh ngọc quỳnh, muốn xong sớm.", "Chủ nhà là [NAME], muốn xong sớm."),
    # lower-case words that only look like it stay
    ("Văn phòng mở cửa, cần mở rộng thị trường.", "Văn phòng mở cửa, cần mở rộng thị trường."),
    ("Tầng hai đã đổ xong, do văn bản chưa ký.", "Tầng hai đã đổ xong, do văn bản chưa ký."),
    # a given name alone: mid-sentence, on its own line, opening a list item
    ("Nhớ gửi bảng giá cho Quỳnh trước trưa.", "Nhớ gửi bảng giá cho [NAME] trước trưa."),
    ("Người kiểm tra hôm nay là Tuấn.", "Người kiểm tra hôm nay là [NAME]."),
    ("Cảm ơn cả nhà.\n--\nPhòng kế toán\nThúy\n", "Cảm ơn cả nhà.\n--\nPhòng kế toán\n[NAME]\n"),
    (
        "Việc tuần này:\n- Huyền bên nhà thầu nước gọi lại.",
        "Việc tuần này:\n- [NAME] bên nhà thầu nước gọi lại.",
    ),
    # a given syllable that is a word, opening a sentence, stays; so do places and firms
    ("Trang này có ba mục. Hoa nở rồi.", "Trang này có ba mục. Hoa nở rồi."),
    ("Xe đi miền Nam sáng mai.", "Xe đi miền Nam sáng mai."),
]


@pytest.mark.parametrize(("text", "expected"), VIETNAMESE)
def test_vietnamese_names(text: str, expected: str) -> None:
    assert _RULES.redact(text).text == expected


@pytest.mark.parametrize(("text", "expected"), VIETNAMESE)
def test_vietnamese_names_default_path(text: str, expected: str) -> None:
    assert _R.redact(text).text == expected
