"""The name stages' literal gates (dev42 S2): each gate is built from the word tuple its pattern
is built from, lets every word of that tuple through (in any case the pattern's ignore-case
matches), and changes no hit: the gated functions agree with the gates opened."""

from __future__ import annotations

import re

import pytest

from trainer.redact import literal_gates as lg
from trainer.redact import member_roster_slots as rs
from trainer.redact import person_network_names as net
from trainer.redact import person_quoted_titles as qt
from trainer.redact import person_slots as ps
from trainer.redact import person_title_nicknames as nick
from trainer.redact import prefilter
from trainer.redact.names import MemberNames

# -- literal_gates: str.lower agrees with re's ignore-case outside CASE_ODD ---------------------

# (the words a gate is built from, the letters that open it)
_GATES = (
    ((*ps._TEAM_LINKS, *ps._TEAM_ARTICLES), ps._TEAM_CASE_ODD),
    (qt.TITLE_NOUNS, qt._NOUN_CASE_ODD),
    (net._LABEL_WORDS, net._LABEL_CASE_ODD),
)


@pytest.mark.parametrize(("words", "odd"), _GATES)
def test_lower_folds_as_ignore_case_outside_each_gates_odd_letters(words, odd):
    assert {"İ", "ı", "ſ"} <= set(odd) <= set(lg.CASE_ODD)
    letters = sorted({c for w in words for c in w if c.isalpha()})
    any_letter = re.compile("[" + re.escape("".join(letters)) + "]", re.IGNORECASE)
    for cp in range(0x110000):
        ch = chr(cp)
        if ch in odd or not any_letter.fullmatch(ch):
            continue
        for letter in letters:
            if re.fullmatch(re.escape(letter), ch, re.IGNORECASE):
                # outside the odd letters, a letter the pattern matches lowers to the word's key
                assert ch.lower() == lg.gate_key(letter), (ch, letter)


def test_gate_key_and_case_odd_texts():
    assert lg.gate_key("Başlık") == "başlik"
    assert lg.gate_key("ſ") == "s"
    assert lg.has_case_odd("WİFİ") and lg.has_case_odd("BAŞLIK ı")
    assert not lg.has_case_odd("plain ascii text") and not lg.has_case_odd("Zürich café")
    assert lg.has_case_odd("tłumacz ſ", "İıſ") and not lg.has_case_odd("tłumacz μ", "İıſ")
    assert lg.case_odd_for(("wlan", "ssid")) == "İıſ" and lg.case_odd_for(("ab",)) == ""


# -- person_slots.team_names: the link-word gate ------------------------------------------------


def _team_gate(window: str) -> bool:
    return ps._may_end_in_link(window, 0, len(window))


def test_team_pattern_and_gate_are_built_from_the_same_words():
    assert "(?i:" + "|".join(ps._TEAM_LINKS) + ")" in ps._TEAM_BEFORE.pattern
    assert "(?i:(?:" + "|".join(ps._TEAM_ARTICLES) + ")" in ps._TEAM_BEFORE.pattern
    assert lg.gate_keys(ps._TEAM_LINKS) == ps._TEAM_LINK_KEYS
    assert lg.gate_keys(ps._TEAM_ARTICLES) == ps._TEAM_ARTICLE_KEYS


@pytest.mark.parametrize("word", ps._TEAM_LINKS)
def test_every_link_word_passes_the_team_gate(word):
    for spelled in (word, word.upper(), word.title()):
        assert _team_gate(f"Wren {spelled} ")
        assert _team_gate(f"Wren {spelled}\t\n")
        for article in ps._TEAM_ARTICLES:
            assert _team_gate(f"Wren {spelled} {article} ")
            assert _team_gate(f"Wren {spelled} {article.upper()}  ")
            assert ps._TEAM_BEFORE.search(f"Wren {spelled} {article} ")


def test_team_gate_skips_only_what_the_pattern_cannot_match():
    for window in ("Wren on our ", "Hana z ", "Christian au ", "Till aus der ", "Wren fİrom "):
        assert _team_gate(window)
    for window in ("Wren likes our ", "the service ", "Wren on", "Wren on our\n\n", ""):
        assert not _team_gate(window)
        assert not ps._TEAM_BEFORE.search(window)
    # dotted capital I: ignore-case matches "İN" to "in", str.lower does not
    assert ps._TEAM_BEFORE.search("Hana İN ") and _team_gate("Hana İN ")


TEAM_TEXTS = [
    "Wren on the service team sorted it.",
    "Till aus der Retourenabteilung hat angerufen.",
    "Hana z oddělení vratek volala.",
    "Christian au service client a répondu.",
    "Our team shipped it; the support team agreed.",
    "Ask Priya Raman from our finance team\nabout it.",
    "Grace Hopper of THE platform team, Maria İN the team.",
    "Hana z oddělení vratek volala.",
    "Maria from the support team called.",
    "Maria FROM the support team called.",
]


@pytest.mark.parametrize("text", TEAM_TEXTS)
def test_team_names_same_with_the_gate_open(monkeypatch, text):
    found = prefilter.keywords(text)
    gated = ps.team_names(text, found)
    monkeypatch.setattr(ps, "_may_end_in_link", lambda *_: True)
    assert ps.team_names(text, found) == gated


def test_team_names_still_finds_its_names():
    for text, name in (("Hana z oddělení vratek volala.", (0, 4)),
                       ("Maria from the support team called.", (0, 5))):
        assert ps.team_names(text, prefilter.keywords(text)) == [("NAME", *name)]


# -- person_quoted_titles: the title-noun gate --------------------------------------------------


def test_title_noun_keys_come_from_the_opener_nouns():
    assert qt._NOUNS == "|".join(qt.TITLE_NOUNS)
    for noun in qt.TITLE_NOUNS:
        assert any(key in lg.gate_key(noun) for key in qt._NOUN_KEYS), noun


@pytest.mark.parametrize("noun", qt.TITLE_NOUNS)
def test_every_title_noun_passes_the_gate(noun):
    for spelled in (noun, noun.upper(), noun.title()):
        window = f"The {spelled} reads: "
        assert qt.may_hold_title_noun(window)
        if qt._OPENER.search(window):  # the pattern's own ignore-case spelling
            assert qt.may_hold_title_noun(window)


QUOTED = [
    ("The listing headline reads Fontaine à eau", "Fontaine"),
    ("Le titre de l'annonce dit : Fontaine à eau", "Fontaine"),
    ("V názvu inzerátu stojí: Král Šumavy", "Král"),
    ("ÜRÜN ADI: Rubio platino", "Rubio"),
    ("BAŞLIK: Coelho da Páscoa", "Coelho"),
    ("Title: Kwame called", "Kwame"),
    ("Thanks Anna for the review", "Anna"),
]


@pytest.mark.parametrize(("text", "name"), QUOTED)
def test_in_quoted_title_same_with_the_gate_open(monkeypatch, text, name):
    start = text.index(name)
    gated = qt.in_quoted_title(text, start, start + len(name))
    monkeypatch.setattr(qt, "may_hold_title_noun", lambda *_: True)
    assert qt.in_quoted_title(text, start, start + len(name)) == gated


def test_in_quoted_title_results():
    text = "BAŞLIK: Coelho da Páscoa"  # the dotless ı: "BAŞLIK".lower() is "başlik"
    assert qt.in_quoted_title(text, 8, 14)
    assert not qt.in_quoted_title("Thanks Anna for the review", 7, 11)


# -- member_roster_slots: gates built from the patterns' words ----------------------------------


@pytest.mark.parametrize("word", rs._OWNER_OF)
def test_every_romance_of_passes_the_owner_gate(word):
    text = f"la commande {word} Christian"
    assert rs.may_own(text)
    assert rs._OWNER.search(text)


@pytest.mark.parametrize("ending", rs._SLAVIC_ENDINGS)
def test_every_slavic_ending_has_a_gate_site(ending):
    text = f"Rad{ending} seznam"
    assert rs._SLAVIC_GATE.search(text)
    assert [m.group("name") for m in rs.slavic_candidates(text)] == [f"Rad{ending}"]


def test_glued_gate_sites():
    assert [m.group() for m in rs.glued_candidates("Miles' probation review")] == ["Miles"]
    assert [m.group() for m in rs.glued_candidates("Mehmets Retourenstapel")] == ["Mehmets"]
    assert rs.glued_candidates("the users Retourenstapel and miles' notes") == []


ROSTER_TEXTS = [
    "la commande de Christian est partie",
    "o saldo de férias da Vanda",
    "Miles' probation review, Mehmets Retourenstapel",
    "Radčin seznam a Petrův návrh, Hanin stůl",
    "x de élan de Ana",
    "des Mehmets Akte, the Miles' notes",
    "in the team, you know, Ina plans",
]


@pytest.mark.parametrize("text", ROSTER_TEXTS)
def test_roster_slot_names_same_with_the_gates_open(monkeypatch, text):
    members = MemberNames(
        ["Christian Weber", "Vanda Costa", "Miles Okafor", "Mehmet Yilmaz", "Radka Nová",
         "Petr Dvořák", "Hana Malá", "Ana Ruiz", "Ina Berg"]
    )
    gated = rs.roster_slot_names(text, members)
    monkeypatch.setattr(rs, "may_own", lambda *_: True)
    monkeypatch.setattr(
        rs,
        "glued_candidates",
        lambda t: [m for m in rs._GLUED.finditer(t) if m.group("name")[0].isupper()],
    )
    monkeypatch.setattr(
        rs,
        "slavic_candidates",
        lambda t: [m for m in rs._SLAVIC_POSSESSIVE.finditer(t) if m.group("name")[0].isupper()],
    )
    assert rs.roster_slot_names(text, members) == gated


# -- last session's gates, as predicates a check can open ----------------------------------------


def test_last_sessions_gates_are_predicates():
    assert nick.may_have_title("thanks Doc, see you") is True
    assert nick.may_have_title("thanks Docs, see you") is False
    assert net._may_have_label("WİFİ: Box 7590 Brandt") is True
    assert net._may_have_label("Box 7590 Brandt") is False


def test_without_re_case_table_every_gate_opens_for_non_ascii(monkeypatch) -> None:
    # an interpreter without re._casefix: the gates cannot know every fold re makes, so any
    # non-ASCII text passes them (fail closed); ASCII text folds alike under both
    monkeypatch.setattr(lg, "_TABLE_READ", False)
    assert lg.has_case_odd("Grüße an alle", "")
    assert not lg.has_case_odd("plain ascii text", "")
    monkeypatch.setattr(lg, "_TABLE_READ", True)
    assert not lg.has_case_odd("Grüße an alle", "")


_TEAM_WORDS = [
    "Wren", "Hana", "Till", "Maria", "Christian", "Priya", "Raman", "IN", "İN", "fİrom", "ſ",
    "from", "FROM", "From", "of", "on", "aus", "der", "z", "Z", "w", "u", "au", "de", "la", "l'",
    "the", "THE", "our", "Our", "new", "are", "openly,", "team", "service", "support", "it",
    "Retourenabteilung", "afdeling", "oddělení", "client", "systems", "hiring", "och", "la,",
]
_TEAM_GLUE = [" ", " ", " ", "  ", "\t", " \t", "\n", " \n", "\t\n", ", ", ".", ""]


def test_team_names_same_as_the_pattern_alone(monkeypatch):
    """The gates in front of ``_TEAM_BEFORE`` (the two letters before one blank, the windowed
    word check) skip only units where the pattern finds nothing: made-up texts of link words,
    articles, office words and names glued by blanks, tabs and newlines, with letters that fold
    unlike ``str.lower`` in some."""
    import random

    rng = random.Random(5)
    texts = []
    for _ in range(5000):
        parts = []
        for _ in range(rng.randint(2, 12)):
            parts += [rng.choice(_TEAM_WORDS), rng.choice(_TEAM_GLUE)]
        texts.append("".join(parts))
    for _ in range(3000):  # a name, a link word, maybe an article, an office word
        words = [rng.choice(_TEAM_WORDS[:7]), rng.choice(_TEAM_WORDS[11:25])]
        words += [rng.choice(_TEAM_WORDS[25:32])] * rng.randint(0, 1) + ["team"]
        texts.append("".join(w + rng.choice(_TEAM_GLUE) for w in words))
    founds = [prefilter.keywords(t) for t in texts]
    gated = [ps.team_names(t, f) for t, f in zip(texts, founds, strict=True)]
    monkeypatch.setattr(ps, "_may_end_in_link", lambda *_: True)
    monkeypatch.setattr(ps, "has_case_odd", lambda *_: True)
    assert [ps.team_names(t, f) for t, f in zip(texts, founds, strict=True)] == gated
    assert sum(map(bool, gated)) > 300
