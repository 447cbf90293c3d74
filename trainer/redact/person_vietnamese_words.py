"""Vietnamese words the name tagger reads as names, by the language's writing (dev37 N).

Vietnamese writes a person's name with every syllable capitalised ("Tạ Quang Bửu", "Khắc
Vinh") and every other word in lower case, except the first word of a sentence or a line. So,
in a Vietnamese text (a letter only Vietnamese writes: ``person_vietnamese``), a tagger hit is
no name when

- it runs over a line break ("bình thường\\nTuyến": a label's value and the next line), or
  holds a lower-case syllable ("Xin cảm", "Tuyến xe") and none of its capitalised words is a
  foreign name's (Vietnamese syllables are short: "gặp Marie" keeps its hit);
- it is one capitalised Vietnamese syllable opening a sentence or a line before a lower-case
  word ("Lý do", reason; "Thư viện", library; "Gia đình", family; "Ngày hội"): the first
  syllable of a sentence's first word. A given name that is no everyday word ("Nhung gọi")
  stays a name, and a two-syllable given name ("Khắc Vinh gọi") is no one-word hit.

A name after a place or school noun ("trường Lương Thế Vinh") stays redacted, as in every
language (``place_keep``'s privacy decision).

A Vietnamese syllable has the language's shape: an initial consonant (b c ch d đ g gh gi h k
kh l m n ng ngh nh p ph qu r s t th tr v x, or none), one to three vowels and a final (c ch m
n ng nh p t) or none. "Peter", "Anna" and "Maria" do not have it.
"""

from __future__ import annotations

import re
import unicodedata

from trainer.redact.hits import Hit
from trainer.redact.language_evidence import vietnamese_text
from trainer.redact.literal_alternation import longest_first
from trainer.redact.person_vietnamese import (
    _GIVEN_DISTINCT,
    _GIVEN_SYLLABLES,
    _LOWER_FAMILY,
    _LOWER_MIDDLE,
    _NOT_ALONE,
    _starts_sentence,
)

_VOWELS = "aăâeêioôơuưy"
_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_VOWELS}]{{1,3}}"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][ \t\"“(>*•-]*)$")


def _base(word: str) -> str:
    """``word`` lower case, tone marks off (the letters ă â ê ô ơ ư đ kept)."""
    out = []
    for ch in word.lower():
        out.append(_TONELESS.get(ch, ch))
    return "".join(out)


def _toneless_table() -> dict[str, str]:
    """Each toned vowel of the Vietnamese block to its toneless vowel (ắ -> ă, ự -> ư)."""
    table: dict[str, str] = {}
    for cp in range(0x1EA0, 0x1EFA):
        ch = chr(cp).lower()
        decomposed = unicodedata.normalize("NFD", ch)
        kept = "".join(c for c in decomposed if c not in "\u0300\u0301\u0303\u0309\u0323")
        table[ch] = unicodedata.normalize("NFC", kept)
    for ch in "àáãảạèéẽẻẹìíĩỉịòóõỏọùúũủụỳýỹỷỵ":
        decomposed = unicodedata.normalize("NFD", ch)
        table[ch] = decomposed[0]
    return table


_TONELESS = _toneless_table()


def vietnamese_syllable(word: str) -> bool:
    """``word`` has a Vietnamese syllable's shape (see the module docstring)."""
    return _SYLLABLE.fullmatch(_base(word)) is not None


def vietnamese_tagger_non_name(text: str, start: int, end: int) -> bool:
    """Whether a tagger hit ``text[start:end]`` is no name of a Vietnamese text (docstring)."""
    if not vietnamese_text(text):
        return False
    hit = text[start:end]
    if "\n" in hit:
        return True
    words = _WORD.findall(hit)
    if not words:
        return False
    if any(w.islower() for w in words):
        return all(w.islower() or vietnamese_syllable(w) for w in words)
    if len(words) == 1 and vietnamese_syllable(words[0]):
        word = words[0]
        if word.lower() in _GIVEN_DISTINCT:
            return False
        after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        return (
            after is not None
            and after.group().islower()
            and _SENTENCE_START.search(text, max(0, start - 6), start) is not None
        )
    return False


# --- Name syllables: runs of them, and lower-case full names with a middle name -------------
# Family names that are everyday words too, beside those ``person_vietnamese`` lists: "đỗ"
# (to pass), "tô" (a bowl), "tôn", "từ", "la", "lã", "lại", "đào" (a peach).
_MORE_FAMILY = frozenset("đỗ tô tôn từ la lã lại đào ông âu mạc thân".split())
# Middle names (the syllable between the family name and the given name), beside văn and thị:
# the common ones of men's and women's names.
_MIDDLE_NAMES = frozenset(
    """khắc tấn mỹ kim chí hữu đức quang minh ngọc thanh xuân bảo gia như thùy thuỳ trọng
    công đình bá thế hoài diễm bích phương hồng tuấn duy nhật anh thu hải việt quốc trung
    thành thiện huy hoàng khánh mai lệ thảo thúy""".split()
)
_FAMILIES = _LOWER_FAMILY | _MORE_FAMILY
NAME_SYLLABLES = _FAMILIES | _MIDDLE_NAMES | _GIVEN_SYLLABLES | _LOWER_MIDDLE


def vietnamese_name_word(text: str, word: str) -> bool:
    """``word``, capitalised next to a name in a Vietnamese text, is a syllable of Vietnamese
    names (a family name, a middle or a given name: "Tô [Trọng Cường]", "Khắc [Vinh]"): every
    syllable of a Vietnamese name is capitalised, so the run is one name."""
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1:].islower()
        and word.lower() in NAME_SYLLABLES
        and vietnamese_text(text)
    )


_LOWER_RUN = re.compile(r"(?<![\w'’@#.-])([^\W\d_]+) ([^\W\d_]+) ([^\W\d_]+)(?![\w'’@-])")


def lower_middle_names(text: str) -> list[Hit]:
    """Lower-case full names of a Vietnamese text with a middle name: a family name, a middle
    name and a given syllable ("đỗ khắc dũng", "dương mỹ hoa", "lý tấn nhân"), the word after
    no given syllable (a longer run is no name of this shape)."""
    if not vietnamese_text(text):
        return []
    hits: list[Hit] = []
    pos = 0
    while (m := _LOWER_RUN.search(text, pos)) is not None:
        family, middle, given = m.groups()
        if (
            family in _FAMILIES
            and middle in _MIDDLE_NAMES
            and given in _GIVEN_SYLLABLES
            and not _GIVEN_AFTER.match(text, m.end())
        ):
            hits.append(("NAME", m.start(), m.end()))
            pos = m.end()
        else:
            pos = m.start(2)
    return hits


_GIVEN_AFTER = re.compile(r" (?:" + "|".join(longest_first(_GIVEN_SYLLABLES)) + r")(?![\w'’-])")


_CAPITALISED_PAIR = re.compile(r"([^\W\d_][^\W\d_A-Z]*) ([^\W\d_][^\W\d_A-Z]*) [^\W\d_A-Z]")


def middle_and_given(text: str) -> list[Hit]:
    """A middle name and a given syllable opening a sentence before a lower-case word, in a
    Vietnamese text ("Khắc Vinh gọi hỏi"): the subject, a person; the given syllable alone may
    be a place too ("Vinh", "Long": ``person_vietnamese._NOT_ALONE``), but a middle name comes
    only before a given name. A middle name that is a place's word too ("Việt Nam", "Trung")
    opens no such hit."""
    if not vietnamese_text(text):
        return []
    hits: list[Hit] = []
    for m in _CAPITALISED_PAIR.finditer(text):
        middle, given = m.group(1), m.group(2)
        if (
            middle[0].isupper()
            and given[0].isupper()
            and middle.lower() in _MIDDLE_NAMES
            and middle not in _NOT_ALONE
            and given.lower() in _GIVEN_SYLLABLES
            and (m.start() == 0 or not text[m.start() - 1].isalnum())
            and _starts_sentence(text, m.start())
        ):
            hits.append(("NAME", m.start(), m.end(2)))
    return hits
