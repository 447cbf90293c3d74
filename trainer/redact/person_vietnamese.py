"""Vietnamese names by their structure (review rev22 #9, #13).

- A kinship honorific before a name: "ông Achterberg", "bà Pemberton", "anh Smith", "chị
  Garcia", "bác Pemberton", "cô Lan". Vietnamese addresses everyone this way, foreigners too,
  so the capitalised words after the honorific are the name, whatever list holds them. The
  honorific stays ("anh [NAME]"), and so do the lower-case words after the name ("đến",
  "cho": verbs). Only in a Vietnamese text (a letter only Vietnamese writes: "ơ", "ư", "đ",
  "ạ", ...), since "em" is Portuguese ("em Lisboa") and "anh" a syllable of many languages; a
  capitalised honorific counts only opening a sentence ("Bà Rịa" is a province).
- A name written without its marks in another language: a Vietnamese family name, "Van" or
  "Thi" (the middle names văn, thị), then the given name: "Le Van Nam", "Ho Thi Thu".
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.folding import fold
from trainer.redact.hits import Hit
from trainer.redact.language_evidence import LanguageEvidence, vietnamese_text
from trainer.redact.person_words import COMMON, GIVEN, SURNAMES, TOP

_HONORIFICS = frozenset(
    {"ông", "bà", "anh", "chị", "em", "bác", "cô", "chú", "thầy", "cháu", "dì", "cậu", "mợ"}
)
prefilter.register("vi_honorific", set(_HONORIFICS))
# Kinship words written capitalised after an honorific ("bà Nội", grandmother): no name.
_KINSHIP = frozenset({"Nội", "Ngoại", "Cả", "Trời", "Chúa", "Phật"})
_NAME_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = ".!?:;\n"

# The common family names, folded (no marks): "Nguyen" for Nguyễn, "Le" for Lê.
_FAMILY = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong
    trinh luong lam mai cao ha ta doan quach luu chau thai kieu la mac lai tang vuong""".split()
)
_LAST_WORD = re.compile(r"([^\W\d_]+) $")  # the word before one space
_MIDDLE = frozenset({"van", "thi"})  # văn (men), thị (women): folded
prefilter.register("vi_middle", set(_MIDDLE))


def vietnamese_honorific_names(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """The capitalised name after each Vietnamese kinship honorific ("ông Achterberg")."""
    hits: list[Hit] = []
    vietnamese: bool | None = None  # read once, on the first honorific
    for start, end in spans:
        word = text[start:end]
        if word.lower() not in _HONORIFICS or end >= len(text) or text[end] != " ":
            continue
        if word[0].isupper() and not _opens_sentence(text, start):
            continue  # "Bà Rịa", "Chợ Bà Chiểu": a place
        if vietnamese is None:
            vietnamese = vietnamese_text(text)
        if not vietnamese:
            return hits
        if stop := _capitalised_run(text, end + 1, limit=4):
            hits.append(("NAME", end + 1, stop))
    return hits


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip(" \t\"'“(")
    return not before or before[-1] in _SENTENCE_END


def _capitalised_run(text: str, pos: int, *, limit: int) -> int:
    """The end of up to ``limit`` capitalised words from ``pos`` joined by single spaces (0
    when the first is none, or a kinship word)."""
    stop = 0
    for _ in range(limit):
        m = _NAME_WORD.match(text, pos)
        if m is None or not m.group()[0].isupper() or m.group() in _KINSHIP:
            break
        if len(m.group()) > 1 and m.group().isupper():
            break  # an acronym ("anh IT")
        stop = m.end()
        if not text.startswith(" ", stop):
            break
        pos = stop + 1
    return stop


def unmarked_vietnamese_names(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """"Le Van Nam", "Nguyen Thi Minh Khai": a family name, Van/Thi, one or two given names."""
    hits: list[Hit] = []
    for start, end in spans:
        middle = text[start:end]
        if not middle[0].isupper() or not text.startswith(" ", end):
            continue
        before = text[max(0, start - 12) : start]
        m = _LAST_WORD.search(before)
        if m is None or not m.group(1)[0].isupper() or fold(m.group(1)) not in _FAMILY:
            continue
        first = _NAME_WORD.match(text, end + 1)
        if first is None or not _given(first.group()):
            continue
        stop = first.end()
        second = _NAME_WORD.match(text, stop + 1) if text.startswith(" ", stop) else None
        if second is not None and _given(second.group()):
            stop = second.end()
        hits.append(("NAME", start - len(m.group(1)) - 1, stop))
    return hits


def _given(word: str) -> bool:
    """A given name after "Van"/"Thi": capitalised, a listed name or no common word ("Nam",
    "Hoa"; not "Le Van Cafe")."""
    if not word[0].isupper() or word.isupper() or word.lower() in TOP:
        return False
    return word in GIVEN or word in SURNAMES or word.lower() not in COMMON


def vietnamese_non_name(
    text: str, start: int, end: int, *, evidence: LanguageEvidence
) -> bool:
    """Whether a hit of the name tagger is no name of a Vietnamese text: lower-case words
    (Vietnamese capitalises names, and many of its words are listed names elsewhere: "cho",
    give, a Korean surname; the verb phrase "gọi cho tôi"), or an honorific alone before a
    capitalised name ("Cô Whitfield", the name its own rule's) or after "tiếng" ("tiếng Anh",
    English), or capitals on a heading line ("BÁO GIÁ", a quotation)."""
    hit = text[start:end]
    if hit.islower():
        return evidence.vietnamese
    if hit.isupper() and len(hit) > 1 and _heading(text, start, end):
        return evidence.vietnamese  # "BÁO GIÁ", "NHẬT KÝ THI CÔNG"
    if hit.lower() not in _HONORIFICS:
        return False
    before_name = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
    return (before_name or language_name(text, start)) and evidence.vietnamese


def _heading(text: str, start: int, end: int) -> bool:
    """The hit's line is a heading written in capitals, of two words or more ("BÁO GIÁ")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return len(line.split()) > 1 and line.isupper()


def vietnamese_word(token: str) -> bool:
    """``token`` is spelled with a letter only Vietnamese writes ("trường", "thủy"): written in
    lower case it is a word, since Vietnamese capitalises names (its lower-case full names are
    read by their structure: ``lower_vietnamese_names``)."""
    return vietnamese_text(token)


def language_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` names a language: "tiếng Anh" (English), "tiếng Việt"."""
    return text[max(0, start - 6) : start].lower() == "tiếng "


# --- Names written in lower case, or a given name alone (dev35 N) ------------------------------
# Family names as written with their marks, lower case ("nguyễn", "bùi"): before "văn"/"thị"
# (the middle names of men and women) and one or two given syllables, the whole is a name
# ("hoàng văn hùng", "châu thị diệp"). Not "từ" (from), "lại" (again), "la", "tô" (a bowl).
_LOWER_FAMILY = frozenset(
    """nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương
    trịnh lương lâm mai cao hà tạ đoàn quách lưu châu thái kiều mạc tăng vương giang đào
    triệu phùng nghiêm khúc thân chu quan""".split()
)
# The family names that are no everyday word: they open a lower-case name with no middle name
# too ("bùi bích hạnh", "lê gia kiên"), before two given syllables.
_DISTINCT_FAMILY = frozenset(
    """nguyễn phạm hoàng huỳnh phan bùi quách trịnh đặng võ vũ lê trương kiều vương châu
    giang""".split()
)
prefilter.register("vi_family", {fold(f) for f in _LOWER_FAMILY})
_LOWER_MIDDLE = frozenset({"văn", "thị"})
# Given-name syllables of Vietnamese, with their marks: those that are no everyday word ...
_GIVEN_DISTINCT = frozenset(
    """nhung yến hùng diệp kiên loan huệ quỳnh thảo oanh hằng trinh uyên khánh tuấn dũng hiếu
    huy vinh vy thúy hường huyền nguyệt phượng quyên trâm diễm khuê hiệp khải khang khôi
    thịnh tùng""".split()
)
# ... and those that are everyday words too ("hoa", a flower; "mai", tomorrow; "trang", a page).
_GIVEN_WORDLIKE = frozenset(
    """hoa mai thu hà anh minh nam đức long hải sơn tâm bình thanh trung tú hòa hoà lệ xuân
    vân yên hồng kim ánh an công quang thế gia bá đình hữu thành thông phát phú tân thái
    lâm ngọc đông vui tươi thơ thư tình lộc hạnh nga hiền cường đạt khoa phúc thắng liên cúc
    nhàn tuyết thắm nghĩa trọng thủy ngân lan phương trang giang châu chi my mỹ nhi như nhã
    tiên sương bích dung hân hoài hậu hào hưng kha lực mạnh nhân phong quân quốc quý tài thiện
    tiến toàn trí việt bảo cảnh chiến danh định linh""".split()
)
_GIVEN_SYLLABLES = _GIVEN_DISTINCT | _GIVEN_WORDLIKE
_LOWER_WORD = re.compile(r"[^\W\d_]+")


def lower_vietnamese_names(text: str) -> list[Hit]:
    """Lower-case full names of a Vietnamese text: a family name, "văn"/"thị" and one or two
    given syllables ("hoàng văn hùng"), or a family name that is no word and two given
    syllables ("bùi bích hạnh"); the word after the name must not be a given syllable too."""
    if not vietnamese_text(text):
        return []
    hits: list[Hit] = []
    words = [(m.start(), m.end(), m.group()) for m in _LOWER_WORD.finditer(text)]
    i = 0
    while i < len(words) - 2:
        start, _, family = words[i]
        if family not in _LOWER_FAMILY or (start and text[start - 1].isalnum()):
            i += 1
            continue
        middle = words[i + 1][2] in _LOWER_MIDDLE
        if not middle and family not in _DISTINCT_FAMILY:
            i += 1
            continue
        j = i + 2 if middle else i + 1
        given = 0
        while j < len(words) and given < 2 and words[j][2] in _GIVEN_SYLLABLES:
            if text[words[j - 1][1] : words[j][0]] != " ":
                break
            given, j = given + 1, j + 1
        if given == 0 or (not middle and given < 2):
            i += 1
            continue
        end = words[j - 1][1]
        nxt = words[j][2] if j < len(words) and text[end : words[j][0]] == " " else None
        if nxt is not None and nxt in _GIVEN_SYLLABLES:
            i += 1
            continue
        hits.append(("NAME", start, end))
        i = j
    return hits


# A given syllable capitalised that stands for a person alone: no place or direction.
_NOT_ALONE = frozenset({"Nam", "Bắc", "Trung", "Đông", "Tây", "Vinh", "Việt", "Long", "An"})
_CAPITALISED = re.compile(r"(?<![\w-])[^\W\d_][^\W\d_]*")


def vietnamese_given_alone(text: str) -> list[Hit]:
    """A Vietnamese given name written alone in a Vietnamese text ("Hỏi Nhung về bảng", "là
    Khánh.", a signature line "Yến"): Vietnamese capitalises names only, so a capitalised given
    syllable mid-sentence, with no capitalised word beside it, is a name; at a sentence start
    only one that is no everyday word, or one alone on its line."""
    if not vietnamese_text(text):
        return []
    hits: list[Hit] = []
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        if not word[0].isupper() or word.isupper() or word.lower() not in _GIVEN_SYLLABLES:
            continue
        if word in _NOT_ALONE:
            continue
        start, end = m.start(), m.end()
        if language_name(text, start):
            continue  # "tiếng Anh": the English language
        after = _WORD_AFTER.match(text, end)
        if after is not None and after.group(1)[0].isupper():
            continue  # "Đà Nẵng", "An Phát": a place or a firm
        before = _LAST_WORD.search(text, max(0, start - 24), start)
        opens = _starts_sentence(text, before.start() if before else start)
        if before is not None and before.group(1)[0].isupper() and not opens:
            continue  # "Công ty Minh Long": a firm's words
        if before is None:  # the name opens its sentence or line
            if _LINE_AFTER.match(text, end) or (
                word.lower() in _GIVEN_DISTINCT and after is not None
            ):
                hits.append(("NAME", start, end))  # "Yến" on its line, "Nhung bên ..."
        elif before.group(1)[0].islower() or opens:
            hits.append(("NAME", start, end))  # "là Khánh.", "Hỏi Nhung về"
    return hits


_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_LINE_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n][ \t\"“(]*|\n[ \t]*[-•*>][ \t]*)$")


def _starts_sentence(text: str, start: int) -> bool:
    """``start`` opens a sentence, a line or a list item (after a label's colon too)."""
    return _SENTENCE_OPENS.search(text, max(0, start - 8), start) is not None
