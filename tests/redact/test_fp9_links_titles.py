"""Made-up look-alikes kept by layout: a Google Meet link, a CSV row's URL field, an employer
after a job title on a CV line. Each beside the cases that must stay redacted.
"""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.record_tables import csv_field_end
from trainer.redact.references import meeting_link

REDACTOR = Redactor.from_members([], name_tagger=False)


@pytest.mark.parametrize(
    "text",
    [
        "Join: meet.google.com/qrs-tuvw-xyz",
        "Beitreten: https://meet.google.com/kmn-pqrs-tuv",
        "Katıl: meet.google.com/kmn-pqrs-tuv",
    ],
)
def test_meet_link_in_its_layout_is_a_meeting(text: str) -> None:
    start = text.index("meet") if "https" not in text else text.index("https")
    assert meeting_link(text, start, len(text))


@pytest.mark.parametrize(
    "text, url",
    [
        ("Join my room: meet.google.com/qrs-tuvw-xyz", "meet.google.com/qrs-tuvw-xyz"),
        ("meet.google.com/lookup/jan-devries", "meet.google.com/lookup/jan-devries"),
        ("https://meet.google.com/qrs-tuvw-xyz?authuser=jdoe", None),
        ("meet.google.com/qrst-uvw-xyz", "meet.google.com/qrst-uvw-xyz"),  # not 3-4-3
        # any other text on its line: an owner, a person's room (review R14)
        ("Moja sala: meet.google.com/qrs-tuvw-xyz", "meet.google.com/qrs-tuvw-xyz"),
        ("Oma huone: meet.google.com/qrs-tuvw-xyz", "meet.google.com/qrs-tuvw-xyz"),
        ("Lena Brandt's room: meet.google.com/qrs-tuvw-xyz", "meet.google.com/qrs-tuvw-xyz"),
        ("Join: meet.google.com/qrs-tuvw-xyz (Lena's room)", "meet.google.com/qrs-tuvw-xyz"),
    ],
)
def test_other_meet_links_are_not(text: str, url: str | None) -> None:
    url = url or text
    start = text.index(url)
    assert not meeting_link(text, start, start + len(url))


def _cut(text: str, url: str) -> str:
    start = text.index(url)
    return text[start : csv_field_end(text, start, start + len(url))]


def test_url_field_ends_at_the_delimiter_of_a_csv_row() -> None:
    text = "id,site,town\n4,https://example.net/team/mo-ito,Ghent\n"
    assert _cut(text, "https://example.net/team/mo-ito,Ghent") == "https://example.net/team/mo-ito"


@pytest.mark.parametrize(
    "text, url",
    [
        # more commas than the header: a comma inside the URL cannot be told apart
        ("id,site,town\n4,https://example.net/a,b/c,Ghent\n", "https://example.net/a,b/c,Ghent"),
        # no header row above it in its block
        ("see https://example.net/p?ids=1,2 now", "https://example.net/p?ids=1,2"),
        # a quoted field holds its commas (RFC 4180)
        ('id,site\n4,"https://example.net/a,b"\n', "https://example.net/a,b"),
    ],
)
def test_url_keeps_its_comma_otherwise(text: str, url: str) -> None:
    assert _cut(text, url) == url


@pytest.mark.parametrize(
    "line",
    [
        "2015–2017  Direttrice tecnica, Ferrero",
        "2012–2014  Beraterin Vertrieb, Siemens",
        "2010–2012  Consultora, Benetton",
    ],
)
def test_employer_after_a_job_title_survives(line: str) -> None:
    company = line.rsplit(", ", 1)[1]
    assert company in REDACTOR.redact(f"## Experience\n{line}\n").text


@pytest.mark.parametrize(
    "text, gone", [("Dear Mr Ford,", "Ford"), ("Ciao Giorgio Armani, grazie", "Giorgio")]
)
def test_people_with_a_company_name_stay_redacted(text: str, gone: str) -> None:
    assert gone not in REDACTOR.redact(text).text


@pytest.mark.parametrize(
    "text, kept, gone",
    [
        ("Join: meet.google.com/qrs-tuvw-xyz", "qrs-tuvw-xyz", None),
        ("Join my room: meet.google.com/qrs-tuvw-xyz", None, "qrs-tuvw-xyz"),
        ("id,site,town\n4,https://example.net/team/mo-ito,Ghent\n", "Ghent", "mo-ito"),
    ],
)
def test_url_detector_uses_both_layouts(text: str, kept: str | None, gone: str | None) -> None:
    out = REDACTOR.redact(text).text
    assert kept is None or kept in out
    assert gone is None or gone not in out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("ordered_on,merchant,total\n3/2/2026,Ralph Lauren,£80.00", "Ralph Lauren"),
        ("datum;händler;summe\n02.03.2026;Hugo Boss;80,00", "Hugo Boss"),
    ],
)
def test_listed_company_in_a_company_column_survives(text: str, kept: str) -> None:
    assert kept in REDACTOR.redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("ordered_on,customer,total\n3/2/2026,Ralph Lauren,£80.00", "Ralph"),  # a person column
        ("ordered_on,merchant,total\n3/2/2026,\"Lauren, Ralph\",£80.00", "Ralph"),  # quoted: no cut
        ("ordered_on,merchant\nDear Ralph Lauren,", "Ralph"),  # no header row above it
    ],
)
def test_people_outside_a_company_column_stay_redacted(text: str, gone: str) -> None:
    assert gone not in REDACTOR.redact(text).text
