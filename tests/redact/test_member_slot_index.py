"""``member_slot_index``: the glued and Slavic slots of ``member_roster_slots`` tried only at the
capitalised runs in a slot's shape that can be a roster name (ASCII texts) give the same hits as
the gates' scan of every site, on any text and roster (session 47, structural speed work: output
unchanged)."""

from __future__ import annotations

import random

import pytest

from trainer.redact import member_roster_slots as rs
from trainer.redact import member_slot_index as si
from trainer.redact.names import MemberNames

GIVEN = ["Anna", "Radka", "Hana", "Petr", "Miles", "Mehmet", "Jonas", "Klaus", "Ha", "Ka", "Cha"]
GIVEN += ["A", "Olga", "Inga", "Ina", "Jo", "Al", "Sasha", "Misha", "Zora", "Ov", "In"]
SURNAMES = ["Novak", "Smith", "Ruiz", "Berg", "Lee", "Costa", "Kowal", "Vin", "Sin", "Zin", "Ova"]
ENDINGS = ["", "s", "in", "ina", "ino", "iny", "inu", "inou", "ova", "ovo", "ovy", "ovu", "ovou"]
ENDINGS += ["ův", "'", "’", "'s", "es", "a", "cin", "zin", "sin"]
SEPARATORS = [" ", " ", " ", "\t", "  ", ", ", ". ", "-", "'", "’", "\n", "_", "1", " des "]
SEPARATORS += [" the "]
SEPARATORS += [" de ", " DE ", " da ", " (", ") "]
WORDS = ["team", "Team", "seznam", "the", "notes", "Akte", "review", "la", "commande", "stůl"]
WORDS += ["Žádost", "PLC", "and", "Sons", "GmbH", "in", "ina", "Ina", "Ova", "Xa", "b"]


def _word(rng: random.Random) -> str:
    if rng.random() < 0.5:
        name = rng.choice(GIVEN + SURNAMES)
        name = rng.choice([name, name.lower(), name.upper(), name[:-1] or name, name + name[-1]])
        if name.endswith("k") and rng.random() < 0.3:
            name = name[:-1] + "č"  # "Radčin": the alternated stem
        return name + rng.choice(ENDINGS)
    return rng.choice(WORDS)


def _text(rng: random.Random) -> str:
    text = "".join(_word(rng) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 14)))
    return text.encode("ascii", "ignore").decode() if rng.random() < 0.7 else text


def _gated(text: str, members: MemberNames, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as patch:
        patch.setattr(rs, "slot_runs", lambda *_: None)  # every text takes the gates
        return rs.roster_slot_names(text, members)


@pytest.mark.parametrize("seed", range(4))
def test_indexed_slots_equal_the_gates_on_random_text(seed, monkeypatch):
    rng = random.Random(seed)
    hits = 0
    for _ in range(25):
        roster = [f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}" for _ in range(rng.randint(1, 8))]
        members = MemberNames(roster)
        for _ in range(80):
            text = _text(rng)
            indexed = rs.roster_slot_names(text, members)
            assert indexed == _gated(text, members, monkeypatch), (text, roster)
            hits += bool(indexed)
    assert hits > 20  # the texts do reach the slots


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Radkin seznam", ["Radkin"]),  # Radka, the stem's "a" dropped
        ("Sin seznam", ["Sin"]),  # "Cha": the stem "s" read back as "ch" (š→ch)
        ("Miles' probation review", ["Miles"]),
        ("Mehmets Retourenstapel", ["Mehmets"]),
        ("Klauss Team", ["Klauss"]),  # a name ending in "s" with the genitive "s" glued on
        ("des Mehmets Akte, the Miles' notes", []),
    ],
)
def test_indexed_slots_find_the_forms(text, names, monkeypatch):
    members = MemberNames(["Radka Ha", "Cha Lee", "Miles Okafor", "Mehmet Yilmaz", "Klaus Berg"])
    assert text.isascii() and si.slot_runs(text, members, rs._slavic_keys) is not None
    hits = rs.roster_slot_names(text, members)
    assert [text[s:e] for _, s, e in hits] == names
    assert hits == _gated(text, members, monkeypatch)


def test_a_text_not_ascii_takes_the_gates():
    members = MemberNames(["Radka Nová"])
    assert si.slot_runs("Radčin seznam", members, rs._slavic_keys) is None
    assert [h[1:] for h in rs.roster_slot_names("Radčin seznam", members)] == [(0, 6)]


def test_the_runs_are_the_roster_names_only():
    members = MemberNames(["Radka Ha", "Miles Okafor", "Mehmet Yilmaz"])
    text = "Martin's notes, Miles' review, Kevins Team, Mehmets Akte, Radkin seznam, Berlin is"
    glued, slavic = si.slot_runs(text, members, rs._slavic_keys)
    assert [text[s : s + 6] for s in glued] == ["Miles'", "Mehmet"]
    assert [text[s : s + 6] for s in slavic] == ["Radkin"]
