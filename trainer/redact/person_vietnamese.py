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
from trainer.redact.person_words import COMMON, GIVEN, SURNAMES, TOP

_HONORIFICS = frozenset(
    {"ông", "bà", "anh", "chị", "em", "bác", "cô", "chú", "thầy", "cháu", "dì", "cậu", "mợ"}
)
prefilter.register("vi_honorific", set(_HONORIFICS))
# Letters of Vietnamese and no other language we read (ơ ư đ, and the dotted and hooked vowels).
_VIETNAMESE = re.compile(r"[ơưđƠƯĐ\u1ea0-\u1ef9]")
# Kinship words written capitalised after an honorific ("bà Nội", grandmother): no name.
_KINSHIP = frozenset({"Nội", "Ngoại", "Cả", "Trời", "Chúa", "Phật"})
_NAME_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = ".!?:;\n"

# The common family names, folded (no marks): "Nguyen" for Nguyễn, "Le" for Lê.
_FAMILY = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong
    trinh luong lam mai cao ha ta doan quach luu chau thai kieu la mac lai tang vuong""".split()
)
_LAST_WORD = re.compile(r"([^\W\d_]+) $")
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
            vietnamese = _VIETNAMESE.search(text) is not None
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


def vietnamese_non_name(text: str, start: int, end: int) -> bool:
    """Whether a hit of the name tagger is no name of a Vietnamese text: lower-case words
    (Vietnamese capitalises names, and many of its words are listed names elsewhere: "cho",
    give, a Korean surname; the verb phrase "gọi cho tôi"), or an honorific alone before a
    capitalised name ("Cô Whitfield", the name its own rule's) or after "tiếng" ("tiếng Anh",
    English)."""
    hit = text[start:end]
    if hit.islower():
        return _VIETNAMESE.search(text) is not None
    if hit.lower() not in _HONORIFICS:
        return False
    before_name = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
    return (before_name or language_name(text, start)) and _VIETNAMESE.search(text) is not None


def language_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` names a language: "tiếng Anh" (English), "tiếng Việt"."""
    return text[max(0, start - 6) : start].lower() == "tiếng "
