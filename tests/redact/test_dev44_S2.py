"""dev44 S2: speed of the name stages, output unchanged.

``member_roster_slots._GLUED_GATE`` is built branch by branch from ``_APOSTROPHE_MARKS`` (each
branch opening with a literal, so that re scans for the branches' first characters in C): every
mark must still make a gate site, and the gated candidates must equal the ungated scan of
``_GLUED`` on any text.
"""

from __future__ import annotations

import random
import re

import pytest

from trainer.redact import member_clause_slots as mc
from trainer.redact import member_roster_slots as rs
from trainer.redact.names import MemberNames


def _ungated_glued(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [
        (m.span(), m.span("name"))
        for m in rs._GLUED.finditer(text)
        if m.group("name")[0].isupper()
    ]


def _gated_glued(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(), m.span("name")) for m in rs.glued_candidates(text)]


def test_the_apostrophe_class_is_built_from_the_marks():
    assert rs._APOSTROPHES == "[" + "".join(rs._APOSTROPHE_MARKS) + "]"
    for mark in rs._APOSTROPHE_MARKS:
        assert re.fullmatch(rs._APOSTROPHES, mark)


@pytest.mark.parametrize("mark", rs._APOSTROPHE_MARKS)
def test_every_apostrophe_mark_makes_a_gate_site(mark):
    text = f"Miles{mark} probation review"
    assert [m.start() for m in rs._GLUED_GATE.finditer(text)] == [5]
    assert [m.group("name") for m in rs.glued_candidates(text)] == ["Miles"]


def test_the_gate_sites_are_the_old_class_led_gates():
    old = re.compile(
        rf"{rs._APOSTROPHES}(?=[ \t]{rs._LOWER_FIRST})|s(?=[ \t]{rs._NEXT_CAPITAL})"
    )
    texts = [
        "Miles' probation, Mehmets Retourenstapel",
        "the users Retourenstapel and miles’ notes",
        "Jonas' idee und Annas Žádost",
        "it's s Xa ' a ’ b s\tÀb",
        "",
    ]
    for text in texts:
        assert [m.span() for m in rs._GLUED_GATE.finditer(text)] == [
            m.span() for m in old.finditer(text)
        ]


def test_every_gate_branch_opens_with_a_literal():
    # what makes the scan fast: re reads a prefix of the branches' first characters
    parser = getattr(re, "_parser", None)
    compiler = getattr(re, "_compiler", None)
    if parser is None or not hasattr(compiler, "_get_charset_prefix"):
        pytest.skip("no re internals to read the prefix from")
    parsed = parser.parse(rs._GLUED_GATE.pattern, rs._GLUED_GATE.flags)
    prefix = compiler._get_charset_prefix(parsed, parsed.state.flags)
    assert prefix is not None
    firsts = {chr(v) for op, v in prefix}
    assert firsts == {*rs._APOSTROPHE_MARKS, "s"}


GLUED_TEXTS = [
    "Miles' probation review",
    "Miles’ probation review",
    "Mehmets Retourenstapel",
    "des Mehmets Akte, the Miles' notes",
    "DE Ottolines Idee, de Annas Plan",
    "Žanets Übergabe and Ánnas Žádost",
    "it's Bob's X and Carlos' ok",
    "Charles\tStone, James'\tnotes",
    "O'Briens Team",
    "x-Miles' notes, _Anna' x, 2Annas Plan",
]


@pytest.mark.parametrize("text", GLUED_TEXTS)
def test_glued_candidates_equal_the_ungated_scan(text):
    assert _gated_glued(text) == _ungated_glued(text)


def test_glued_candidates_equal_the_ungated_scan_on_random_text():
    rng = random.Random(44)
    alphabet = [*"aAsSmMxXÀàŽž '’-_\t.\n2", "s ", "' ", "’ ", "s M", "des ", "the "]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        assert _gated_glued(text) == _ungated_glued(text), text


def test_glued_results_exact():
    assert [m.group() for m in rs.glued_candidates("Ask Jonas’ team and Annas Kollegen")] == [
        "Jonas",
        "Annas",
    ]
    assert rs.glued_candidates("the users Retourenstapel and miles’ notes") == []
    assert rs.glued_candidates("des Mehmets Akte") == []


ROSTER = ["Miles Okafor", "Mehmet Yilmaz", "Jonas Berg", "Anna Ruiz"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Miles’ probation review", ["Miles"]),
        ("Mehmets Retourenstapel", ["Mehmets"]),
        ("Ask Jonas' team and Annas Kollegen", ["Jonas", "Annas"]),
        ("the miles' notes and des Mehmets Akte", []),
    ],
)
def test_roster_slot_names_exact_with_the_gate_and_open(monkeypatch, text, names):
    members = MemberNames(ROSTER)
    gated = rs.roster_slot_names(text, members)
    assert [text[s:e] for _, s, e in gated] == names
    monkeypatch.setattr(
        rs,
        "glued_candidates",
        lambda t: [m for m in rs._GLUED.finditer(t) if m.group("name")[0].isupper()],
    )
    assert rs.roster_slot_names(text, members) == gated


# -- member_clause_slots.roster_clause_names: the capital test first ----------------------------

CLAUSE_ROSTER = ["Lucía Pagán", "Steeve Martin", "Rose Weber", "Ana Valencia"]


def _spans_of(text: str, words: list[str]) -> list[tuple[int, int]]:
    out = []
    for word in words:
        start = text.index(word)
        out.append((start, start + len(word)))
    return out


@pytest.mark.parametrize(
    ("text", "words", "covered", "names"),
    [
        ("Pagán maneja la lista", ["Pagán"], [], ["Pagán"]),
        ("pagán maneja la lista", ["pagán"], [], []),  # lower case: never a clause name here
        ("Pagán maneja la lista", ["Pagán"], [("NAME", 0, 5)], []),  # covered: left
        ("Ich habe Rose gefragt", ["Rose"], [("NAME", 30, 40)], ["Rose"]),
        ("VALENCIA maneja la lista", ["VALENCIA"], [], []),  # capitals: left
        ("x-Pagán maneja la lista", ["Pagán"], [], []),
        ("Costa Rica. Pagán maneja la lista y rose gefragt", ["Pagán", "rose"], [], ["Pagán"]),
    ],
)
def test_roster_clause_names_exact(text, words, covered, names):
    members = MemberNames(CLAUSE_ROSTER)
    hits = mc.roster_clause_names(text, _spans_of(text, words), members, covered)
    assert [text[s:e] for _, s, e in hits] == names


def test_roster_clause_names_same_as_the_any_first_order():
    # the old order (the covered test before the capital test) on every span of varied texts
    def old(text, spans, members, covered):
        keep = [
            (s, e)
            for s, e in spans
            if not any(a <= s and e <= b for _, a, b in covered)
            and text[s:e][:1].isupper()
        ]
        return mc.roster_clause_names(text, keep, members, covered)

    members = MemberNames(CLAUSE_ROSTER)
    texts = [
        "Pagán maneja la lista. rose maneja. Rose brings the tent, Valencia es preciosa",
        "Dile a Valencia que Martin se reúne con pagán",
        "Ich habe Rose gefragt und MARTIN s'occupe",
    ]
    for text in texts:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)]
        for covered in ([], [("NAME", 0, 5)], [("NAME", s, e) for s, e in spans[::3]]):
            assert mc.roster_clause_names(text, spans, members, covered) == old(
                text, spans, members, covered
            )
