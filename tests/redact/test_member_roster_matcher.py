"""member_given finds a roster's given names and surnames that the gazetteer lacks with a small
per-roster automaton (``roster_spans``), not by registering them in the process-wide prefilter
(which rebuilt the whole keyword automaton, ~1.3 s, for every new roster and only grew).

The differential test keeps the old global path callable here only: every roster's extra names
registered under "member_given" in a private copy of the prefilter's registry, as the old code
did in a long-lived process. Names and sentences are made up for these tests."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import product

import pytest

from trainer.redact import Redactor, prefilter
from trainer.redact.member_forenames import forenames_before
from trainer.redact.member_given import find_members, given_alone
from trainer.redact.member_hashtags import member_hashtags
from trainer.redact.member_joined import joined_hits
from trainer.redact.member_roster import gazetteer_keys, roster_keys, roster_spans
from trainer.redact.names import MemberNames
from trainer.redact.person_informal import continued

ROSTERS = [
    # names that are words, places and companies
    ["Will Baker", "Summer Rain", "Hunter Mason", "Rose Garden", "Mark Best"],
    ["Sydney Paris", "Florence Lyon", "Madison Avenue", "Austin Berlin", "Lisbon Porter"],
    ["Ford Philips", "Albert Heijn", "Dell Bosch", "Ralph Lauren", "Grace Shell"],
    # accents, ß, capitals-only spellings
    ["Zoë Ångström", "Aurélien Béranger", "Dörte Großkopf", "Jürgen Weiß", "Íñigo Ordóñez"],
    # particles, apostrophes, hyphens, several given names
    [
        "Jan van der Berg",
        "María de la Cruz",
        "Aoife O'Brien",
        "Jean-Pierre Lefèvre-Dubois",
        "Anne-Marie d'Argenson",
        "Pieter ten Have",
        "Giulia Di Stefano",
    ],
    # made-up names no list holds
    ["Quorvina Blenkharrow", "Ngairelle Quandt", "Thrisbel Oakhampton", "Velmora Strinkle"],
    # one-word and initials-only entries (no given name, no surname keys from them)
    ["Prince", "J. Doe", "Wei B.", "Li Na"],
]

_TEMPLATES = [
    "Thanks, {g}!",
    "Great point, {g}.",
    "Hi {g}, see you at 10.",
    "{g} gave a great talk yesterday.",
    "{g}'s slides are up.",
    "Cheers,\n{g}",
    "Our treasurer {s} asks for receipts.",
    "Loved the talk by {f} in {g}.",
    "met {g} in {s} last week",
    "Un grazie enorme a {g} per tutto.",
    "Dank aan {g} en {s}!",
    "Merci {g} — à bientôt",
    "11:00 Keynote – {g}",
    "{G} WILL BE THERE",
    "lol {l} you're right",
    "hola {l},",
    "Abrazos,\n{l}",
    "{s}, thank you for the notes.",
    "Shares of {g} {s} fell 3%.",
    "We drove from {g} to {s} on 12 {g} 2025.",
    "@{l} #{g} {g}-{s} {g}.{s}@example.com",
    "{f} and {g} ({s}) wrote: „{g}“ «{s}» {g}’s",
    "The {g} foundation and {s} Avenue",
]


def _forms(name: str) -> dict[str, str]:
    tokens = name.split()
    given = tokens[0]
    surname = tokens[-1] if len(tokens) > 1 else tokens[0]
    return {"g": given, "s": surname, "f": name, "G": given.upper(), "l": given.lower()}


def _texts() -> list[str]:
    names = [name for roster in ROSTERS for name in roster]
    texts = [template.format(**_forms(name)) for template, name in product(_TEMPLATES, names)]
    # a few multi-name texts mixing rosters
    texts += [" ".join(f"{n.split()[0]} said hi to {n}." for n in names[i::5]) for i in range(5)]
    texts += ["", "No names here at all.", "ÅNGSTRÖM GROSSKOPF GROßKOPF weiss Weiss DOERTE"]
    return texts


TEXTS = _texts()


def _old_find_members(text: str, members: MemberNames) -> list:
    """The old path: the roster's extras come from the global prefilter's "member_given"; the
    steps that do not depend on the matcher (hashtags, a forename before a surname) as now."""
    folded = prefilter.folded(text)
    hits = members.find(text, folded)
    hits += joined_hits(text, folded, members)  # t8: does not depend on the matcher either
    if "#" in text:
        hits += member_hashtags(text, members)
    if not members.given and not members.surnames:
        return hits
    found = prefilter.keywords(text)
    spans = found.get("member_middle", [])
    if more := found.get("member_given"):
        spans = [*spans, *more]
    if spans:
        hits += given_alone(text, folded, spans, members.given, hits, found, members.surnames)
    return continued(text, forenames_before(text, hits, members.surnames)) if hits else hits


@pytest.fixture(scope="module")
def old_results() -> dict[tuple[int, str], list]:
    """Old-path hits for every (roster, text), computed on a private copy of the prefilter's
    registry (one rebuild for all rosters, as in a long-lived process); the prefilter is
    restored before any test runs."""
    # member categories registered
    Redactor.from_members(["Jane Doe"], name_tagger=False).redact("Hi Jane")
    saved_registry, saved_automaton = prefilter._REGISTRY, prefilter._AUTOMATON
    rosters = [MemberNames(r) for r in ROSTERS]
    results = {}
    try:
        prefilter._REGISTRY = defaultdict(set, {k: set(v) for k, v in saved_registry.items()})
        prefilter._AUTOMATON = []
        prefilter.keywords.cache_clear()
        extra = set()
        for members in rosters:
            extra |= (members.given | members.surnames) - gazetteer_keys()
        prefilter.register("member_given", extra)
        for (i, members), text in product(enumerate(rosters), TEXTS):
            results[i, text] = sorted(_old_find_members(text, members))
    finally:
        prefilter._REGISTRY, prefilter._AUTOMATON = saved_registry, saved_automaton
        prefilter.keywords.cache_clear()
    return results


def test_the_roster_matcher_finds_what_the_global_prefilter_found(old_results):
    differences = []
    found_any = 0
    for i, roster in enumerate(ROSTERS):
        members = MemberNames(roster)
        for text in TEXTS:
            new = sorted(find_members(text, members))
            found_any += bool(new)
            if new != old_results[i, text]:
                differences.append((roster[0], text, new, old_results[i, text]))
    assert not differences, differences[:5]
    assert found_any > len(TEXTS) // 2  # the comparison is not vacuous


def test_the_roster_matcher_equals_a_brute_force_search():
    for roster in ROSTERS:
        members = MemberNames(roster)
        keys = roster_keys(members)
        for text in TEXTS:
            spaced = prefilter.spaced(text)
            expected = sorted(
                (m.start(), m.start() + len(key))
                for key in keys
                for m in re.finditer(f"(?<= ){re.escape(key)}(?= )", spaced)
            )
            expected = [(s - 1, e - 1) for s, e in expected]  # offsets into the text
            assert sorted(roster_spans(text, members)) == expected, (roster[0], text)


def test_extras_are_outside_the_gazetteer_and_include_made_up_names():
    keys = roster_keys(MemberNames(ROSTERS[5]))
    assert {"quorvina", "blenkharrow", "ngairelle", "quandt"} <= keys
    assert not keys & gazetteer_keys()
    assert roster_keys(MemberNames(["Dörte Großkopf"])) >= {"grosskopf"}
    assert roster_keys(MemberNames([])) == frozenset()


def test_many_redactors_leave_the_global_prefilter_as_it_is():
    # everything registered
    Redactor.from_members(["Jane Doe"], name_tagger=False).redact("Hi Jane, thanks")
    automaton = prefilter._automaton()
    registry = {k: frozenset(v) for k, v in prefilter._REGISTRY.items()}
    for i in range(25):
        given, surname = f"Quorvina{i}x", f"Blenkharrow{i}y"
        redactor = Redactor.from_members([f"{given} {surname}", "Jane Doe"], name_tagger=False)
        assert redactor.redact(f"Thanks, {given}! Ask {surname}.").text == (
            "Thanks, [NAME]! Ask [NAME]."
        )
    assert prefilter._automaton() is automaton  # never rebuilt
    assert {k: frozenset(v) for k, v in prefilter._REGISTRY.items()} == registry
    assert "member_given" not in prefilter._REGISTRY


def test_the_matcher_is_built_once_per_roster_and_not_pickled():
    import pickle

    members = MemberNames(["Velmora Strinkle"])
    assert members.given_matcher is False  # lazily, on first use
    find_members("Thanks, Velmora!", members)
    matcher = members.given_matcher
    assert matcher is not None
    find_members("Strinkle said so.", members)
    assert members.given_matcher is matcher
    copy = pickle.loads(pickle.dumps(members))
    assert copy.given_matcher is False
    assert [h for h in find_members("Thanks, Velmora!", copy)] == [("NAME", 8, 15)]
    gazetteer_only = MemberNames(["Anna Schmidt"])
    find_members("Thanks, Anna!", gazetteer_only)
    assert gazetteer_only.given_matcher is None or roster_keys(gazetteer_only)


@pytest.mark.parametrize(
    "text", ["Hi Zoë, ça va?", "GROSSKOPF Dörte: ok", "plain ascii text", "Ｆｕｌｌ ｗｉｄｔｈ"]
)
def test_spaced_is_what_the_keyword_pass_reads(text):
    spaced = prefilter.spaced(text)
    assert len(spaced) == len(text) + 2 and spaced[0] == spaced[-1] == " "
    assert prefilter.spaced(text) is spaced  # cached per text: the roster matcher reuses it
    for spans in prefilter.keywords(text).values():
        for start, end in spans:  # a keyword is whole words of the spaced copy (offsets + 1)
            assert spaced[start] == spaced[end + 1] == " " != spaced[start + 1]
