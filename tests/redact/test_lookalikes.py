"""Look-alikes that carry a post's meaning survive redaction untouched."""

from __future__ import annotations

import pytest

LOOKALIKES = {
    "year": ["In 2024 we grew.", "Founded 1998, acquired 2019."],
    "quarter": ["Q3 2025 results", "FY24 planning", "H1 2026 roadmap"],
    "percentage": ["up 12.5% YoY", "a 3 % drop", "99.9% uptime"],
    "money": ["raised $1.2M", "€500k budget", "£1,250,000 deal", "$12,345,678 ARR", "₹ 2,50,000"],
    "version": ["v2.3.1 is out", "Python 3.12.1", "Node 20.11.0", "release 10.4.2.1"],
    "hashtag": ["#hiring now", "#OpenToWork", "#AI #ML"],
    "count": ["1,234,567 users", "1 000 000 downloads", "12 345 views", "15.000 Mitarbeiter"],
    "product": [
        "Microsoft Teams",
        "Google Docs",
        "GitHub Copilot",
        "Tesla Model 3",
        "Visual Studio Code",
        "iPhone 15 Pro",
        "Hugo Boss",
        "Morgan Stanley",
    ],
    "time": ["a 9-to-5 job", "support 24/7", "at 10:30", "from 9:00 to 17:30", "3:45 pm"],
    "date": ["2024-03-15", "15.03.2024", "03/15/2024", "1/2/2025", "2019-2024"],
    "isbn": ["ISBN 978-3-16-148410-0", "ISBN 0-306-40615-2"],
    "magnitude": ["10^6 tokens", "100000000 rows", "1e9 params", "2.5x faster"],
    "misc": [
        "HTTP 404",
        "RTX 4090",
        "3 Simple Ways to grow",
        "10 Great Views",
        "room 101",
        "7-Eleven",
        "p < 0.05",
        "Series B",
        "top 10",
    ],
}


@pytest.mark.parametrize(
    ("kind", "phrase"), [(k, p) for k, phrases in LOOKALIKES.items() for p in phrases]
)
def test_lookalike_survives(redactor, kind, phrase):
    text = f"Quick update: {phrase} - more soon."
    result = redactor.redact(text)
    assert result.spans == [], f"{kind}: {result.text}"
    assert result.text == text
