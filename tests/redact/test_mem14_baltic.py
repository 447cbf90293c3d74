"""Members written in a Lithuanian, Latvian or Estonian case form, or with the Slavic fleeting
vowel dropped (``member_baltic`` via ``member_inflections``), both ways: the forms of a roster
name are redacted, a word that merely starts like one, a listed town and a lower-case form on
its own are kept, and nothing reads back to a name outside the roster."""

from __future__ import annotations

import re

import pytest

from trainer.redact.member_baltic import baltic_forms, estonian_forms
from trainer.redact.member_given import find_members
from trainer.redact.member_inflections import declined_base, stem_prefix
from trainer.redact.member_roster import roster_spans
from trainer.redact.names import MemberNames

# Made-up rosters, one name of each nominative ending the tables treat differently.
LT = [
    "Dovydas Petrauskas",
    "Aistė Jankauskaitė",
    "Darius Butkus",
    "Kazys Petraitis",
    "Rasa Žukauskienė",
]
LV = ["Jānis Bērziņš", "Ilze Balode", "Artūrs Kalējs", "Inga Liepiņa"]
ET = ["Andrus Tamm", "Kadri Saar", "Mirjam Kask"]
PL = ["Wojtek Zaremba", "Karel Hrubec"]


def _found(roster: list[str], text: str) -> list[str]:
    """The words of ``text`` inside a member hit."""
    members = MemberNames(roster)
    hits = find_members(text, members)
    words = re.finditer(r"\w+", text)
    return sorted(
        w.group() for w in words if any(s <= w.start() and w.end() <= e for _, s, e in hits)
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Lithuanian: -as, -ius, -ys (t softened to č), -ė, -a, in genitive and dative
        ("Ypatinga padėka Dovydui Petrauskui už kantrybę.", ["Dovydui", "Petrauskui"]),
        ("Visa tai – Petrausko nuopelnas.", ["Petrausko"]),
        ("Didelis ačiū Dariaus komandai.", ["Dariaus"]),
        ("Sveikinimai Petraičiui su paaukštinimu!", ["Petraičiui"]),
        ("Be Aistės Jankauskaitės nieko nebūtų buvę.", ["Aistės", "Jankauskaitės"]),
        ("Ačiū Žukauskienei iš renginio komandos.", ["Žukauskienei"]),
        # Latvian: -š, -s after a consonant, -e, -a in the dative
        ("Paldies Jānim Bērziņam par atbalstu.", ["Bērziņam", "Jānim"]),
        ("Apsveikumi Kalējam ar paaugstinājumu!", ["Kalējam"]),
        ("Pateicos Ilzei Balodei par darbu.", ["Balodei", "Ilzei"]),
        ("Paldies Liepiņai par visu.", ["Liepiņai"]),
        # Estonian: linking vowel, -s + e, vowel-final stem, allative and comitative
        ("Õnnitlused Andrusele edutamise puhul!", ["Andrusele"]),
        ("Aitäh Kadrile ja Tammele!", ["Kadrile", "Tammele"]),
        ("Rääkisin Mirjamiga eile.", ["Mirjamiga"]),
        # Polish and Czech fleeting vowel
        ("Dziękuję Wojtkowi za pomoc.", ["Wojtkowi"]),
        ("Poděkování Hrubcovi a Karlovi.", ["Hrubcovi", "Karlovi"]),
    ],
)
def test_case_forms_of_roster_names_are_members(text, names):
    assert _found(LT + LV + ET + PL, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Mes kalbėjome apie Petrauskynės parką.",  # starts like a stem, no ending of its own
        "Ačiū Mindaugui ir Gediminui.",  # forms of names outside the roster
        "Aitäh Margusele!",
        "Paldies Raimondam.",
        "Dziękuję Markowi.",
    ],
)
def test_forms_of_other_names_are_no_members(text):
    assert _found(LT + LV + ET + PL, text) == []


def test_a_lower_case_form_alone_stays_and_beside_another_goes():
    # a short name's form alone may be a word we do not list; a long name's goes (mem16)
    assert _found(LV, "paldies ingai par visu") == []
    assert _found(LT, "ačiū dovydui už viską") == ["dovydui"]
    assert _found(LT, "ačiū dovydui petrauskui už viską") == ["dovydui", "petrauskui"]
    assert _found(ET, "aitäh kadrile saarele") == ["kadrile", "saarele"]


def test_a_declined_given_name_before_its_declined_surname_is_the_member():
    # the full-name guard ("Joost Hoogstraaten" is left to the name rules) gives way when the
    # next word is a form of a roster name: both halves are the member
    assert _found(LT, "Padėka Darius Butkui.") == ["Butkui", "Darius"]
    assert _found(LT, "Visa tai – Dovydo Petrausko nuopelnas.") == ["Dovydo", "Petrausko"]


def test_a_form_that_spells_a_listed_town_is_the_town():
    roster = ["Bas Smit"]
    assert "basel" in estonian_forms("bas")  # the grammar makes it ...
    assert _found(roster, "We flew to Basel last week.") == []  # ... the town list keeps it
    assert _found(roster, "Aitäh Basile kõige eest!") == ["Basile"]


def test_stem_prefixes_and_read_back():
    assert stem_prefix("dovydas") == "dovyd"
    assert stem_prefix("petraitis") == "petrai"  # "petraicio": t softened
    assert stem_prefix("andrus") == "andr"  # Lithuanian -us: genitive "andraus"
    assert stem_prefix("wojtek") == "wojt"
    given = frozenset({"dovydas", "andrus"})
    surnames = frozenset({"petraitis"})
    assert declined_base("dovydui", given, surnames) == "dovydas"
    assert declined_base("petraiciui", given, surnames) == "petraitis"
    assert declined_base("andrusele", given, surnames) == "andrus"
    assert declined_base("dovydaso", given, surnames) is None
    assert declined_base("andrus", given, surnames) is None  # the name itself


def test_tables_follow_the_nominative_ending():
    forms = baltic_forms("jankauskaite", ())
    assert {"jankauskaites", "jankauskaitei", "jankauskaiteje"} <= forms
    assert {"bertas"} & baltic_forms("berts", ()) == set()  # Latvian -s: gen -a, dat -am
    assert {"berta", "bertam", "bertu"} <= baltic_forms("berts", ())
    # Latvian -s only after a consonant other than s: no "Ros" + "a" out of "Ross"
    assert "rosa" not in baltic_forms("ross", ())
    assert "rosam" not in baltic_forms("ross", ())
    # a consonant-final name's bare Estonian genitive is no form ("Lim" -> "Lima")
    assert "lima" not in estonian_forms("lim")
    assert "limale" in estonian_forms("lim")


def test_a_large_roster_reads_baltic_forms_back_without_a_cap():
    roster = LT + [f"Qa{i:05d} Qb{i:05d}" for i in range(6_000)]
    members = MemberNames(roster)
    text = "Ypatinga padėka Dovydui ir Jankauskaitei."
    declined: dict[str, str] = {}
    spans = roster_spans(text, members, declined)
    assert declined == {"dovydui": "dovydas", "jankauskaitei": "jankauskaite"}
    assert [text[s:e] for s, e in spans] == ["Dovydui", "Jankauskaitei"]


def test_estonian_stem_changes():
    # a final double stop takes the weak grade, a name in -ne its genitive in -se
    roster = ["Rein Kõutt", "Maret Kaasne"]
    assert _found(roster, "Aitäh Kõudile!") == []  # not the grade Estonian writes (d): kept
    # "-ne" + le is the vowel stem's allative, a form as well as "-se" + le (fail closed)
    assert _found(roster, "Aitäh Kõutile ja Kaasnele!") == ["Kaasnele", "Kõutile"]
    assert _found(roster, "Aitäh Kõutile ja Kaasse tiimile!") == ["Kaasse", "Kõutile"]
    assert _found(roster, "Rääkisin Kaassega.") == ["Kaassega"]
    assert "kukele" in estonian_forms("kukk") and "rebase" in estonian_forms("rebane")
    assert "kuke" in estonian_forms("kukk") and "kuka" not in estonian_forms("kukk")  # short: -a no
    assert "rebanele" in estonian_forms("rebane")


def test_a_lower_case_given_name_before_a_lower_case_member_surname_form():
    roster = ["Olga Raudsepp"]
    found = _found(roster, "ilma olga raudsepa poleks midagi juhtunud")
    assert found == ["olga", "raudsepa"]
    assert _found(roster, "ilma olga poleks midagi juhtunud") == []  # alone: may be a word


def test_a_form_that_spells_another_names_genitive_is_that_genitive():
    # Estonian "Louis" + "e" + inessive "s" would spell "Louises", the Danish/German genitive of
    # "Louise": no such form; the name + "s" itself keeps the genitive's own tiers
    assert "louises" not in estonian_forms("louis")
    assert _found(["Louis Holm"], "Tæt på Dronning Louises Bro.") == []
    assert _found(["Louise Holm"], "Tak for Louises hjælp i går.") == ["Louises"]
    assert _found(["Louis Holm"], "Aitäh Louisele!") == ["Louisele"]
