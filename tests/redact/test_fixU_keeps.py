"""Review 19 (fixU): keeps of this session narrowed where a person, a phone, an IP or an id
leaked; each shape both ways: the leak now redacted, the true look-alike still kept where the
keep remains. Rules alone, and the default path (rules and the name tagger) for the names.
Made-up names and numbers.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_asia_mena import find_asia_mena_ids

_RULES = Redactor.from_members([], name_tagger=False)
_DEFAULT = Redactor.from_members([])


def _both(text: str) -> list[str]:
    return [_RULES.redact(text).text, _DEFAULT.redact(text).text]


# F1: a bare "in front of" (devant, delante de, davanti a, diante de) proves no place: a person
# may follow the place noun, capitalised or not, with an article or none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Davanti alla scuola Giorgio Ferrante mi aspettava con la macchina.", "Ferrante"),
        ("Delante del colegio Carlos Ruiz Méndez me esperaba.", "Méndez"),
        ("Aspettami davanti al parco Giorgio Ferrante arriva alle 5.", "Ferrante"),
        ("Devant Lycée Jean-Marc Lefèvre, on s'est vus.", "Lefèvre"),
        ("Je l'ai vu devant Gymnase Jean-Marc Lefèvre hier soir.", "Lefèvre"),
        ("Diante da escola Paulo Roberto Santos me esperava.", "Santos"),
    ],
)
def test_in_front_of_a_place_the_person_is_redacted(text: str, name: str) -> None:
    for out in _both(text):
        assert name not in out and "[NAME]" in out


def test_other_place_prepositions_still_keep_an_eponymous_place() -> None:
    for text in ("Di fronte a Scuola Giulia Ferrante.", "Parking près de Place Gaston Delorme."):
        # pin changed: a place noun beside a full personal name no longer keeps it
        # (place_keep, session 7 privacy decision: the same words put a person beside a place)
        assert "[NAME]" in _RULES.redact(text).text


# F6: before "de", only an event, a part of the place or a group of people proves a place.
@pytest.mark.parametrize(
    "text",
    [
        "Hablamos mucho de Instituto Carlos Ruiz y su hermana.",
        "Mi vecina trabaja de Colegio Carlos Ruiz nada.",
        "Recibí una llamada de Hospital Carlos Ruiz Méndez ayer.",
    ],
)
def test_any_word_before_de_is_no_proof_of_a_place(text: str) -> None:
    for out in _both(text):
        assert "Ruiz" not in out and "[NAME]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Fue la reunión de Colegio Tomás Villalba.",
        "Nos vemos en la entrada de Estadio Tomás Villalba.",
    ],
)
def test_an_event_or_a_part_before_de_still_keeps_the_place(text: str) -> None:
    # pin changed: a place noun beside a full personal name no longer keeps it (place_keep,
    # session 7 privacy decision: the same words put a person beside a place)
    assert "[NAME]" in _RULES.redact(text).text


# F8: a timestamp that is also a phone is kept only inside a record.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ts=2125551234 from Maria", "ts=[PHONE] from Maria"),
        ("created_at: 2025550143,", "created_at: [PHONE],"),
    ],
)
def test_a_phone_shaped_timestamp_alone_is_a_phone(text: str, expected: str) -> None:
    assert _RULES.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "id=7 ts=2125551234",
        '{"id": "a1", "created_at": 2025550143}',
        "ts=1767225600 from Maria",  # no phone: kept anywhere after its key
    ],
)
def test_a_timestamp_in_a_record_is_kept(text: str) -> None:
    assert _RULES.redact(text).text == text


# F10: a dotted quad beside a currency only when the currency touches it.
def test_an_address_one_space_before_the_letter_d_is_an_ip() -> None:
    out = _RULES.redact("Rp 1.250.000.000 ke 10.250.100.200 đ").text
    assert out == "Rp 1.250.000.000 ke [IP] đ"


@pytest.mark.parametrize(
    "text", ["Rp 1.250.000.000", "1.250.000.000 đồng", "10.250.100.200đ", "₫ 1.200.000.000 tổng"]
)
def test_an_amount_beside_its_currency_is_kept(text: str) -> None:
    assert _RULES.redact(text).text == text


# F7: the Taiwanese and Chinese ids after their Chinese cues.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我的身分證是A123456789", "我的身分證是[ID]"),  # a Chinese character glued before it
        ("身分證 A123456788", "身分證 [ID]"),  # right after its cue, even mistyped
        ("身份证号 110105 19491231 002X", "身份证号 [ID]"),  # grouped by spaces
        ("身份证号 110105 1949 1231 002X", "身份证号 [ID]"),
        ("Taiwan ID: A 123456789", "Taiwan ID: [ID]"),  # the letter apart: not left behind
    ],
)
def test_cued_asian_ids_are_redacted_whole(text: str, expected: str) -> None:
    assert _RULES.redact(text).text == expected


def test_a_letter_and_nine_digits_without_a_cue_is_no_taiwanese_id() -> None:
    def ids(text: str) -> list:
        return find_asia_mena_ids(text, longest=9, gives_way=lambda _t, _a: False)

    assert ids("Order A 123456789 shipped") == []  # no id word before it
    assert ids("訂單A123456788") == []  # no cue, and the check fails
    assert ids("Taiwan ID: A 123456789") == [("NATIONAL_ID", 11, 22)]
