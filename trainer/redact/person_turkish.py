"""Turkish words that read as names (dev35 N): Turkish gives children words as names ("Deniz",
sea; "Güneş", sun; "Doğan", falcon) and takes surnames from words ("Onay", approval; "Teslim",
delivery), and no Turkish dictionary ships here, so two lower-case Turkish words in a row
("bu sabah onay verdi", "teslim saat 13:00", "doğan güneş") read as a lower-case name pair.
And Turkish names an institution or a role by a possessive compound whose head closes the name
("Şifa Tıp Merkezi", "Çınar Eczanesi", "Güven Sağlık Sigortası", "Hasta Hizmetleri Müdürü"):
a capitalised run closed by such a head, or followed by it, is the institution or the role.

Hand-written from general knowledge of Turkish (not from any evaluation set).
"""

from __future__ import annotations

import re

from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.person_words import GIVEN, SURNAMES

# Turkish words (lower case, as written) that Turkish and other name lists hold as given names
# or surnames: times of day and calendar words, nature words, virtues, colours and metals,
# words of clinic and office life. Only everyday words: "ayşe", "mehmet" are names only.
TURKISH_NAME_WORDS = frozenset(
    """sabah akşam gece öğle gün ay yıl hafta saat zaman bahar yaz kış güz
    onay teslim hekim doktor hasta kabul kayıt rapor servis tedavi şifa sağlık
    doğan güneş deniz yıldız umut barış kaya demir çelik ateş toprak ırmak çiçek gül nur
    sevgi sevinç mutlu emin güven onur kader hayat zafer cesur kurt
    başak dilek inci yağmur bulut rüzgar rüzgâr gönül alev şimşek
    kılıç koç kara ak kızıl uysal tatlı güzel kalkan özel sağlam temiz aslan arslan
    kartal şahin doğru erken büyük küçük uzun kısa genç sert ayaz poyraz şen tunç
    altın gümüş elmas serin güler gülen ümit dünya can ferah huzur sabır
    ulus aydın ışık bora çağ çağlar öz kazan bey hatun özen çınar ilke sezgi""".split()
)
# Review (dev35 N): words that are names first and words rarely or never ("hakan", "metin",
# "emel", "mert", "özlem", "derya", "yiğit", "gülay") are out: "bugün hakan çelik aradı" is a
# name.
# Those of them that are everyday words of clinic and office life and of the clock and calendar
# far more often than names: one of them alone in lower case is the word ("hekim telefonla
# aradı", a physician), while "aslan", "uysal" alone may be a surname written in lower case.
_EVERYDAY = frozenset(
    """sabah akşam gece öğle gün hafta saat zaman onay teslim hekim doktor hasta kabul kayıt
    rapor servis tedavi şifa sağlık""".split()
)
# Heads of institution names: the possessive noun that closes them, and the bare nouns.
_INSTITUTION_HEADS = frozenset(
    """Merkezi Merkez Eczanesi Eczane Hastanesi Hastane Sigortası Sigorta Sigortaları Kliniği
    Klinik Polikliniği Poliklinik Laboratuvarı Laboratuvar Şirketi Holding Bankası Vakfı
    Derneği Üniversitesi Fakültesi Okulu Lisesi Koleji Grubu Ticaret Sanayi Belediyesi
    Müdürlüğü Başkanlığı Bakanlığı Enstitüsü Kurumu Odası Birliği Kooperatifi Mağazası
    Marketi Lokantası Oteli Ajansı Yayınları""".split()
)
# Legal forms of Turkish companies ("Ltd. Şti.", "A.Ş."): a company, whatever name opens it.
_LEGAL_FORMS = frozenset("Ltd Şti A.Ş AŞ Tic San".split())
# Heads of role lines in a signature: the office, in the possessive after its field ("Hasta
# Hizmetleri Müdürü", "Biyomedikal Saha Teknisyeni") or bare.
_ROLE_HEADS = frozenset(
    """Müdürü Müdür Müdiresi Teknisyeni Teknisyen Uzmanı Uzman Sorumlusu Sorumlu Yöneticisi
    Yönetici Koordinatörü Koordinatör Sekreteri Sekreter Hemşiresi Hemşire Temsilcisi Asistanı
    Asistan Mühendisi Mühendis Danışmanı Danışman Başkanı Şefi Şef Direktörü Memuru Memur
    Görevlisi Görevli Operatörü Hekimi Doktoru Eczacısı Eczacı Teknikeri Tekniker Personeli
    Amiri Denetçisi Analisti Elemanı Yardımcısı Vekili""".split()
)
_HEADS = _INSTITUTION_HEADS | _ROLE_HEADS | _LEGAL_FORMS
# Heads in the possessive ("Merkezi", "Eczanesi", "Müdürü"): Turkish words themselves, and no
# surname; the bare ones ("Holding", "Klinik", "San", "Uzman", "Danışman") are words or surnames
# of other languages too, or Turkish surnames ("Ahmet Uzman").
_POSSESSIVE_HEADS = frozenset(
    h for h in _INSTITUTION_HEADS | _ROLE_HEADS if h[-1] in "iıuü"
) - {"Sanayi", "Sorumlu", "Görevli"}
_LAST_WORD = re.compile(r"(\S+)$")
# Up to three capitalised words after a run, on its line ("Pınar | Tıp Merkezi").
_NEXT_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][^\s,;:()|]*){1,3}")


def turkish_word_pair(evidence: LanguageEvidence, first: str, second: str) -> bool:
    """``first second``, lower case, are two Turkish words that name lists also hold ("sabah
    onay", "doğan güneş"), in a Turkish text (``evidence``: the text's): no name pair."""
    if first not in TURKISH_NAME_WORDS or second not in TURKISH_NAME_WORDS:
        return False
    if first in _EVERYDAY and second in _EVERYDAY and evidence.turkish_weak:
        return True  # "Bölüm notu: devir teslim saat 09:30": no given name among them
    return evidence.turkish


def turkish_word(text: str, start: int, end: int, *, evidence: LanguageEvidence) -> bool:
    """``text[start:end]``, lower case, is one everyday Turkish word that name lists also hold
    ("hekim", a physician) or two such words of any kind ("doğan güneş"), in a Turkish text."""
    words = text[start:end].split()
    if len(words) == 1:
        return words[0] in _EVERYDAY and evidence.turkish
    return len(words) == 2 and turkish_word_pair(evidence, *words)


def _head(word: str) -> bool:
    return word.rstrip(".") in _HEADS


def turkish_institution_or_role(
    text: str, start: int, end: int, *, evidence: LanguageEvidence
) -> bool:
    """The capitalised run ``text[start:end]`` ends in, or is followed on its line by up to
    three capitalised words that end in, the head of a Turkish institution or role name ("Şifa
    Tıp Merkezi", "Biyomedikal Saha | Teknisyeni", "Pınar | Tıp Merkezi"), in a Turkish text (or
    the head is a possessive one, Turkish itself: "Ekin Hastanesi"); a role after a run
    that opens with a given name is that person's ("Ayşe Yılmaz | Hasta Hizmetleri Müdürü"), and
    a full name before an institution is a person's ("Orhan Tekin | Kültür Merkezi"); a bare role
    word right after a given name is a surname ("Ahmet Uzman"). Review (dev35 N): "Hiroshi
    Tanaka San", "Whitfield Holding the trophy" in English are names."""
    last = _LAST_WORD.search(text, start, end)
    if last is not None and _head(last.group(1)):
        head = last.group(1).rstrip(".")
        if head not in _POSSESSIVE_HEADS and not evidence.turkish:
            return False
        if head in _ROLE_HEADS and head not in _POSSESSIVE_HEADS:
            before = text[start : last.start()].split()
            return not (before and before[-1] in GIVEN)  # "Ahmet Uzman", "Ayşe Danışman"
        return True
    after = _NEXT_WORDS.match(text, end)
    if after is None:
        return False
    words = text[start:end].split()
    for word in after.group().split():
        bare = word.rstrip(".")
        if bare in _HEADS and bare not in _POSSESSIVE_HEADS and not evidence.turkish:
            return False  # "Jonas Whitfield San Diego": no Turkish text, no Turkish company
        if bare in _LEGAL_FORMS:
            return True  # "Doğan Medikal Ltd. Şti."
        if bare in _INSTITUTION_HEADS:
            # "Orhan Tekin Kültür Merkezi": a person's full name in an institution's stays a
            # name (fail closed); "Pınar Tıp Merkezi" opens with one word, the institution's.
            return len(words) == 1 or words[0] not in GIVEN
        if word in _ROLE_HEADS:  # "Ayşe Yılmaz Hasta Hizmetleri Müdürü": a name, then its role
            return words[0] not in GIVEN
        if not word[0].isupper():
            return False
    return False


# Turkish writes a proper name's case ending after an apostrophe ("Ayşe'de", "Kaya'dan"), so a
# capitalised word with a locative or ablative ending glued on is a common noun opening its
# sentence ("Bankoda", at the counter; "Serviste", on the ward).
_CASE_ENDING = re.compile(r"[^\W\d_]{3,}(?:d|t)(?:a|e)n?")


def turkish_inflected_word(
    text: str, start: int, end: int, *, evidence: LanguageEvidence
) -> bool:
    """``text[start:end]`` is one capitalised word with a Turkish case ending glued on, no
    listed name, in a Turkish text ("Bankoda broşürler var")."""
    word = text[start:end]
    return (
        word[:1].isupper()
        and _CASE_ENDING.fullmatch(word) is not None
        and word not in GIVEN
        and word not in SURNAMES
        and evidence.turkish
    )
