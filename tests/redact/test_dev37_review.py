"""Review of the dev37 merge (E, N, R): each defect found pinned both ways, the leak redacted
and the look-alike the change meant to keep still kept."""

from __future__ import annotations

import time

import pytest

from trainer.redact import Redactor
from trainer.redact.member_clause_words import clause_word
from trainer.redact.name_institutions import in_named_institution

ROSTER = ["Vương Diễm Linh", "Tôn Hữu Hiếu", "Sam Whitlock", "Nguyễn Thị Đình"]


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=False)


def test_clause_word_reads_the_text_once() -> None:
    """Each lower-case "sam" scanned the whole text for bs/hr/sr evidence: quadratic."""
    text = "sam " * 5000 + "nije smo"
    clause_word(text, 0, 3)
    began = time.process_time()
    for start in range(0, 4000, 4):
        assert clause_word(text, start, start + 3)
    assert time.process_time() - began < 0.05
    assert not clause_word("sam " * 50 + "see you", 0, 3)


@pytest.fixture(scope="module")
def default_path() -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=True)


# name_institutions kept any name before a capitalised institution word, read on or not, and
# any name before "'s number/rule/law"; dev37 N also deleted name_venues, so the company rules'
# venue nouns kept "[Anna Kowalska] Hall monitor" on the rules path (both: 8195757 redacted).
INSTITUTIONS = [
    ("I met Anna Kowalska Hall monitor yesterday.", "I met [NAME] Hall monitor yesterday."),
    (
        "Yesterday I called Peter Novak House to ask about the rent.",
        "Yesterday I called [NAME] House to ask about the rent.",
    ),
    ("Karen Miller Center of attention again.", "[NAME] Center of attention again."),
    ("Contact: Marta Zielińska Hall B, room 4", "Contact: [NAME] Hall B, room 4"),
    (
        "Jan Novak's number is 0612345678 and Petra Novak's law degree.",
        "[NAME] number is [PHONE] and [NAME] law degree.",
    ),
    ("The kid, Liam O'Connor's rule is to never call.", "The kid, [NAME] rule is to never call."),
    # the keeps the change meant
    (
        "The hearing is at the Thomas Jefferson Building.",
        "The hearing is at the Thomas Jefferson Building.",
    ),
    ("The Thomas Jefferson Building is closed.", "The Thomas Jefferson Building is closed."),
    # no article before the name: read as a person's (Hall, Park, House are surnames too)
    ("Maria Callas Hall, Luciano Pavarotti Arena", "[NAME] Hall, [NAME] Arena"),
    (
        "Concerts at the Maria Callas Hall and the Luciano Pavarotti Arena",
        "Concerts at the Maria Callas Hall and the Luciano Pavarotti Arena",
    ),
    (
        "We covered Boyle's law and Pascal's triangle.",
        "We covered Boyle's law and Pascal's triangle.",
    ),
    (
        "Meet at the Martin Luther King Jr. Library today.",
        "Meet at the Martin Luther King Jr. Library today.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INSTITUTIONS)
def test_institution_names_close_at_their_head(
    rules: Redactor, default_path: Redactor, text: str, expected: str
) -> None:
    assert rules.redact(text).text == expected
    assert default_path.redact(text).text == expected


def test_lone_given_name_before_a_head_is_a_person(default_path: Redactor) -> None:
    """The tagger's "Anna" before "Hall": her surname, no institution (8195757 redacted it)."""
    assert default_path.redact("I saw Anna Hall yesterday.").text == "I saw [NAME] Hall yesterday."


# member_marks dropped a capitalised roster word written with other tone marks: the member's
# name with a typo ("Diếm" for Diễm) or the common surname "Đinh" beside the roster's "Đình"
# (8195757 redacted them); only a lower-case word with other marks is another word.
MARKS = [
    ("Tôi gặp Diếm hôm qua.", "Tôi gặp [NAME] hôm qua."),
    ("Bạn Đinh nói đúng.", "[NAME] nói đúng."),
    ("Em cần điểm 7.5 để trúng tuyển.", "Em cần điểm 7.5 để trúng tuyển."),
    ("Ca coi thi buổi sáng còn thiếu người.", "Ca coi thi buổi sáng còn thiếu người."),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_capitalised_roster_word_with_other_marks_is_a_name(
    rules: Redactor, text: str, expected: str
) -> None:
    assert rules.redact(text).text == expected


# lookalike_company_registers read personal words only before the label and never a name:
# a sole trader's own number beside a company noun survived (8195757 redacted each).
REGISTERS = [
    ("REGON 123456785 mojej firmy", "REGON [PHONE] mojej firmy"),
    (
        "The agency asked for the EIN 12-3456789 of my sole proprietorship.",
        "The agency asked for the EIN [PHONE] of my sole proprietorship.",
    ),
    (
        "Prowadzę działalność gospodarczą jako firma, NIP 1234563218.",
        "Prowadzę działalność gospodarczą jako firma, NIP [ID].",
    ),
    ("Firma: Jan Kowalski, NIP 123-456-32-18", "Firma: [NAME], NIP [ID]"),
    ("Empresa: Juan Pérez, RUC J0310000012345", "Empresa: [NAME], RUC [ID]"),
    (
        "Tôi kinh doanh hộ cá thể, công ty MST 0101234567",
        "Tôi kinh doanh hộ cá thể, công ty MST [PHONE]",
    ),
    # the firm's own numbers stay
    (
        "Notes: They said so. The landlord's agency is registered as EIN 27-1427561.",
        "Notes: They said so. The landlord's agency is registered as EIN 27-1427561.",
    ),
    (
        "Mieszkam tu. Biuro nieruchomości ma NIP 891-174-17-74.",
        "Mieszkam tu. Biuro nieruchomości ma NIP 891-174-17-74.",
    ),
    (
        "Trung tâm gia sư ghi MST 0170455269 trên hóa đơn.",
        "Trung tâm gia sư ghi MST 0170455269 trên hóa đơn.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REGISTERS)
def test_company_register_of_a_person_is_redacted(
    rules: Redactor, text: str, expected: str
) -> None:
    assert rules.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AR 2024/Kowalska", "AR 2024/[NAME]"),
        ("Ref 12Anna Kowalska", "Ref 12[NAME]"),
        ("AR 2024/925/A", "AR 2024/925/A"),
    ],
)
def test_tagger_drops_only_capitals_glued_to_a_code(
    default_path: Redactor, text: str, expected: str
) -> None:
    """person_tagger_drops dropped any tagger hit after a slash or a digit (8195757 redacted)."""
    assert default_path.redact(text).text == expected


# The lead's read after the review (engine 1.23.0): a name before an institution word is the
# institution's only with an article before it, and a colleague's rule or effect is a person's;
# each leaked at the merge and was redacted at 20e812f.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My neighbour Maren Oyelaran Hall is nice.", "My neighbour [NAME] Hall is nice."),
        ("Ask Maren Oyelaran Hall.", "Ask [NAME] Hall."),
        (
            "We owe it to Maren Oyelaran Hall and the team.",
            "We owe it to [NAME] Hall and the team.",
        ),
        # the article names the place: kept
        ("Keys are at the Maren Oyelaran Hall.", "Keys are at the Maren Oyelaran Hall."),
        ("Wir treffen uns im Robert Koch Institut.", "Wir treffen uns im Robert Koch Institut."),
        ("Newton's law and Pascal's triangle.", "Newton's law and Pascal's triangle."),
    ],
)
def test_institution_needs_its_article(
    text: str, expected: str, default_path: Redactor, rules: Redactor
) -> None:
    assert default_path.redact(text).text == expected
    assert rules.redact(text).text == expected


def test_a_title_makes_the_name_before_a_head_a_persons(default_path: Redactor) -> None:
    # the tagger's hit; the rules alone keep it as at 20e812f (a venue noun after a name)
    text = "Dr. Maren Oyelaran Hospital is busy."
    assert default_path.redact(text).text == "Dr. [NAME] Hospital is busy."


def test_a_finding_is_a_law_or_theorem_not_a_colleagues_rule() -> None:
    text = "Boyle's law and Oyelaran's rule and Hubble's effect."
    assert in_named_institution(text, 0, 5)
    assert not in_named_institution(text, 16, 24)
    assert not in_named_institution(text, 36, 42)
