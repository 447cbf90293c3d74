"""The opt-in tagger drops a hit that spells a listed company named after a person, as the rules
drop their own non-member name hits (trainer/redact/eponyms.py), and keeps it where an honorific
or a salutation puts a person there. A near threshold makes every candidate a hit, so these
hold whatever the weights say. Made-up text; companies from eponymous_companies.txt."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact import name_tagger as nt

LOW = 1e-6  # every scored candidate is a hit


def _hits(text: str) -> list[str]:
    return [text[s:e] for _k, s, e in nt.find_tagged_names(text, threshold=LOW)]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("We ordered the parts from Hewlett-Packard last week.", "Hewlett-Packard"),
        ("the new van from Ford arrives soon", "Ford"),
        ("She saved for years to buy Giorgio Armani shoes.", "Giorgio Armani"),
    ],
)
def test_a_listed_company_is_no_tagged_name(text, company):
    assert not any(company in hit or hit in company for hit in _hits(text)), _hits(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dear Ford, the van arrives soon.", "Ford"),
        ("Please thank Mr Ford for the parts.", "Ford"),
        # same shape as a company, but no company: a person the tagger may redact
        ("the new van from Quorrowin arrives soon", "Quorrowin"),
    ],
)
def test_the_same_shape_with_a_person_cue_or_no_listed_company_is_tagged(text, person):
    assert any(person in hit for hit in _hits(text)), _hits(text)


def test_the_redactor_with_the_tagger_keeps_a_company_and_redacts_a_person():
    tagged = Redactor.from_members(["Jane Doe"], name_tagger=True, name_tagger_threshold=LOW)
    assert "Hewlett-Packard" in tagged.redact("Parts from Hewlett-Packard arrived.").text
    assert "Quorrowin" not in tagged.redact("Parts from Quorrowin arrived.").text
