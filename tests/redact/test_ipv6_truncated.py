"""An IPv6 address cut short or mistyped (five to seven groups, no "::"; RFC 4291 2.2 wants
eight or a "::") is redacted as IP, failing closed: its prefix still names a network and a
host. Colon runs that are no address stay: clock times and timecodes (no hex letter), words
joined by colons (no digit), short hex lists (four groups or fewer), key fingerprints (more
groups than an address). Made-up documentation addresses throughout."""

import pytest

from trainer.redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # seven groups, six, five: each cut from a documentation address
        ("blocked 2001:db8:91d:4366:5f56:1c1a:6a51 at the gateway", "blocked [IP] at the gateway"),
        ("peer 2a02:4bf5:b81d:f6f5:bd27:396d rejected", "peer [IP] rejected"),
        ("from 2001:db8:ab12:cd34:ef56 only", "from [IP] only"),
        # after a label's colon and before a clause's comma
        ("IP:2001:db8:1d03:7e10:d60d:48d9:9b18, port 22", "IP:[IP], port 22"),
        # eight groups and a bare port, as before (a valid address, the port kept with it)
        ("via 2001:db8:1:2:3:4:5:8080 now", "via [IP] now"),
    ],
)
def test_truncated_ipv6_is_redacted(redactor: Redactor, text: str, redacted: str) -> None:
    result = redactor.redact(text)
    assert result.text == redacted
    assert {span.type for span in result.spans} == {"IP"}


@pytest.mark.parametrize(
    "text",
    [
        "laps 10:30:45:12:00 and 01:02:03:04:05:06 on the board",  # times: no hex letter
        "abc:def:abc:def:abc",  # words: no digit
        "build a1b2:c3:d4:e5 passed",  # four groups
        "ratio 1:2:3:4:5:6:7",  # no hex letter
        "fp 3a:4b:5c:6d:7e:8f:9a:0b:1c:2d:3e:4f:5a:6b:7c:8d",  # sixteen groups
        "see std::vector::push_back",  # scopes
    ],
)
def test_colon_runs_that_are_no_address_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
