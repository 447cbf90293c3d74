"""Names before a post-positioned honorific (review rev22 #9): Turkish "Achterberg bey",
"Pemberton hanım", "Schneider hocayla" (lower case, the case suffix glued on: "beyle",
"hanıma", "hocanın"), Japanese "Tanaka-san", "Suzuki-sensei", "Müller-kun".

The honorific makes the capitalised word before it a name, whatever list holds it; a given
name before that word joins it ("Ahmet Yılmaz bey"; not "Bugün Lindqvist beyle": "Bugün", today, is
no given name). The honorific stays ("[NAME] bey", "[NAME]-san"). No name: a word opening a
sentence that no name list holds, a modifier ("Sevgili hocam", dear teacher; "Bu hanım"), a
school subject before "hoca" ("Matematik hocayla"), a Japanese kinship or title word
("Onee-san", "Kami-sama").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.person_words import COMMON, GIVEN, GIVEN_AMBIGUOUS, SURNAMES, TOP, TOP_NODICT

# Turkish: bey (Mr), hanım (Mrs), hoca (teacher) with the case and possessive suffixes a name's
# honorific takes; "beyefendi", "hanımefendi" (sir, madam).
_TURKISH = frozenset(
    """bey beyi beye beyle beyin beyden beyde beyler beyefendi beyciğim hanım hanımı hanıma
    hanımla hanımın hanımdan hanımda hanımlar hanımefendi hanımcığım hoca hocam hocamız hocayı
    hocaya hocayla hocanın hocadan hocada hocama hocamla hocamın hocamdan""".split()
)
# Japanese: the suffix after a hyphen ("Tanaka-san").
_JAPANESE = frozenset({"san", "sama", "sensei", "kun", "chan", "senpai", "sempai", "dono"})
prefilter.register("postposed_honorific", set(_TURKISH) | set(_JAPANESE))
# Family words and titles that take these suffixes ("Onee-san", "Kami-sama"): no name.
_JAPANESE_WORDS = frozenset(
    """okaa otou kaa tou obaa ojii baa jii oba oji onee onii nee nii ane ani imouto otouto
    kami hime ou oujo ouji okusan oku danna neko inu sensei senpai""".split()
)
# School subjects before "hoca" (teacher): "Matematik hocayla" is the maths teacher.
_SUBJECTS = frozenset(
    """matematik fizik kimya biyoloji tarih coğrafya edebiyat müzik resim beden felsefe din
    sosyoloji psikoloji ekonomi hukuk tıp fen sınıf""".split()
)
# Words that open a phrase before these nouns ("Sevgili hocam", dear teacher; "Bu hanım",
# this lady; "Ev hanımı", housewife); Turkish has no word list here.
_MODIFIERS = frozenset(
    """sevgili değerli sayın saygıdeğer muhterem kıymetli bu şu o her yeni eski genç yaşlı
    güzel iyi ev kadın erkek öğretmen hoca bey hanım""".split()
)
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))([^\W\d_]+)$")
_SENTENCE_END = ".!?:;\n\"“("


def postposed_honorific_names(text: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """The name before each Turkish or Japanese post-positioned honorific."""
    hits: list[Hit] = []
    for start, end in spans:
        word = text[start:end]
        low = word.lower()
        if low in _JAPANESE and start and text[start - 1] in "-‐":
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue  # "San-Francisco", "Pre-sensei-ship"
            name_end = start - 1
            japanese = True
        elif low.replace("i̇", "i") in _TURKISH and start and text[start - 1] == " ":
            name_end = start - 1
            japanese = False
        else:
            continue
        m = _WORD_BEFORE.search(text, max(0, name_end - 40), name_end)
        if m is None or not _names(text, m, japanese=japanese):
            continue
        head = m.start(1)
        prev = _WORD_BEFORE.search(text, max(0, head - 41), max(0, head - 1))
        if head and text[head - 1] == " " and prev is not None and prev.group(1) in GIVEN:
            head = prev.start(1)  # "Ahmet Yılmaz bey", "Yuki Tanaka-san"
        hits.append(("NAME", head, name_end))
    return hits


def _names(text: str, m: re.Match[str], *, japanese: bool) -> bool:
    """Whether the word before an honorific is a name: capitalised, no acronym, no Japanese
    family word; opening a sentence, a listed name ("Bugün Lindqvist beyle")."""
    word = m.group(1)
    if not word[0].isupper() or (len(word) > 1 and word.isupper()):
        return False
    if japanese and word.lower() in _JAPANESE_WORDS:
        return False
    if not japanese and text.startswith("hoca", m.end() + 1):
        if word.lower() in _SUBJECTS or word.lower().endswith(("ca", "ce", "ça", "çe")):
            return False  # "Matematik hocayla", "İngilizce hocamla": a subject's teacher
    low = word.lower()
    if low in _MODIFIERS or low in TOP or low in TOP_NODICT:
        return False  # "Sevgili hocam", "Bu hocayla", "Yeni hocamla"
    listed = word in GIVEN or word in SURNAMES or word in GIVEN_AMBIGUOUS
    before = text[max(0, m.start(1) - 8) : m.start(1)].rstrip(" \t")
    if before and before[-1] not in _SENTENCE_END:
        return listed or low not in COMMON  # "Big-san" is a word
    return listed and len(word) > 2  # opening a sentence: a name list must hold it
