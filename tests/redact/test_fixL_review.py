"""fixL review (rev16 F5, F6, F7, F15): a member's name in a genitive the frequency list holds,
with a family word, in capitals before "!", inside a handle, in a palatalised Latvian or a bare
Estonian genitive; the span index answers as the scans did. Made-up members and phrasing."""

from __future__ import annotations

import random

import pytest

from trainer.redact.engine import Redactor
from trainer.redact.hit_index import SpanIndex

_R: dict[tuple[str, ...], Redactor] = {}


def _redactor(members: tuple[str, ...]) -> Redactor:
    if members not in _R:
        _R[members] = Redactor.from_members(list(members), name_tagger=True)
    return _R[members]


def _both(text: str, members: tuple[str, ...]) -> str:
    r = _redactor(members)
    out = r.redact(text).text
    batch = r.redact_batch([text])[0][0]
    assert (batch.text if hasattr(batch, "text") else batch) == out
    return out


LEAKS = [
    # F5: German genitive of a common given name ("annas", "marias" are in common_words.txt)
    (("Anna Brenneck",), "Ich mag Annas Idee.", "Annas"),
    (("Anna Brenneck",), "Wir waren bei Annas Eltern.", "Annas"),
    (("Maria Santos",), "Wir waren bei Marias Eltern.", "Marias"),
    (("Laura Quint",), "Wir waren bei Lauras Eltern.", "Lauras"),
    # F6: a surname that is a word or a place, with a family word; handles; shouting
    (("Maria Santos",), "The Santos family moved next door.", "Santos"),
    (("Laura Fischer",), "die Fischers kommen morgen", "Fischers"),
    (("Laura Fischer",), "Familie Fischer grüßt herzlich", "Fischer"),
    (("Tashana Brown",), "the Brown family sends love", "Brown"),
    (("Maria Santos",), "mariasantos1990 on insta", "mariasantos"),
    (("Maria Santos",), "Maria_S", "Maria"),
    (("Maria Santos",), "SANTOS!!!", "SANTOS"),
    (("Maria Santos",), "Great game today, SANTOS!", "SANTOS"),
    # F7: Latvian palatalised genitive, Estonian bare genitive
    (("Jānis Bērziņš",), "Ar Jāņa palīdzību", "Jāņa"),
    (("Jānis Bērziņš",), "Jāņa māja ir liela", "Jāņa"),
    (("Mari Tamm",), "Tamme arvates on see hea", "Tamme"),
    (("Mari Tamm",), "Mari tuli ja Tamme auto jäi koju", "Tamme"),
]


@pytest.mark.parametrize(("members", "text", "name"), LEAKS)
def test_member_mention_is_redacted(members: tuple[str, ...], text: str, name: str) -> None:
    assert name not in _both(text, members)


KEEPS = [
    # a common word equal to a roster name, in a non-name use
    (("Rose Tamsin",), "Roses are red.", "Roses"),
    (("Mark Tellwood",), "Marks were high this term.", "Marks"),
    (("Will Harrow",), "Their wills were read out.", "wills"),
    (("Maria Santos",), "the Kowalczyk family is nice", "Kowalczyk"),  # no member, no hit here
    (("Jānis Bērziņš",), "Jana atnāca vakar", "atnāca"),
]


@pytest.mark.parametrize(("members", "text", "word"), KEEPS)
def test_word_stays(members: tuple[str, ...], text: str, word: str) -> None:
    assert word in _both(text, members)


def test_icelandic_member_without_eth() -> None:
    assert "Gudrun" not in _both("Gudrun sagði nei", ("Guðrún Sigurðardóttir",))


def test_span_index_answers_as_the_scan() -> None:
    rng = random.Random(16)
    for _ in range(200):
        hits = [
            ("NAME", s, s + rng.randint(1, 9)) for s in rng.sample(range(60), rng.randint(0, 12))
        ]
        index = SpanIndex(hits)
        for pos in range(-2, 72):
            assert index.contains(pos) == any(s <= pos < e for _, s, e in hits)
            for end in (pos + 1, pos + 4):
                assert index.overlaps(pos, end) == any(s < end and pos < e for _, s, e in hits)


def test_many_names_in_one_post_stay_redacted() -> None:
    text = "Maria Santos " * 400
    out = _both(text, ("Maria Santos",))
    assert "Maria" not in out and "Santos" not in out


@pytest.mark.parametrize("copies", [1, 3, 5, 6, 7, 40])
def test_redacted_alike_below_and_above_the_index_threshold(copies: int) -> None:
    """Posts with fewer hits than INDEX_MIN are scanned, longer ones indexed: both hit the
    same names (the family word, the plural, the handle and the shout in every copy)."""
    post = "the Santos family; die Fischers; mariasantos1990 wrote SANTOS!!! "
    out = _both(post * copies, ("Maria Santos", "Laura Fischer"))
    assert out.count("[NAME]") >= 4 * copies
    assert "Santos" not in out and "Fischers" not in out and "santos1990" not in out


def test_roster_gates_keep_the_estonian_and_handle_readings() -> None:
    """The per-roster gates (consonant-final surnames, names' first letters) let these through."""
    members = ("Mari Tamm", "Jaan Obermaier")
    assert "Tamme" not in _both("Mari ütles, et Tamme arvates on see hea.", members)
    assert "obermaier" not in _both("see obermaier_77 kirjutas", members)
