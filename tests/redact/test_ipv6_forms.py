"""IPv6 text forms of RFC 4291 section 2.2 and RFC 5952 (made-up documentation addresses):
compressed, full, either case, an IPv4 tail, a zone id, a prefix length, bracketed with a
port, and, failing closed, a bare ":port" after the address or an address glued to
punctuation or a word. MAC (EUI-48) addresses are device identifiers and are redacted as IP.
Times, ratios, scores, verses, versions, hashes, fingerprints and code scopes stay."""

import random

import pytest

from trainer.redact import Redactor, detectors
from trainer.redact.detectors import find_ips


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


def _found(text: str) -> list[str]:
    return [text[s:e] for _, s, e in find_ips(text)]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # compressed and full forms, lower, upper and mixed case
        ("the relay was 2001:db8:7c::9e today", "the relay was [IP] today"),
        ("the relay was 2001:DB8:7C::9E today", "the relay was [IP] today"),
        ("the relay was 2001:0db8:0000:0000:0a1b:0000:0000:09e4 today", "the relay was [IP] today"),
        ("the relay was 2001:Db8:0:0:A1b:0:0:9E4 today", "the relay was [IP] today"),
        ("the relay was fe80::4b1:c2ff:fe3d:57a9 today", "the relay was [IP] today"),
        ("the prefix 2001:db8:5100:: is ours", "the prefix [IP] is ours"),
        # an IPv4 tail (mapped and translated forms)
        ("mapped as ::ffff:198.51.100.23 here", "mapped as [IP] here"),
        ("translated to 64:ff9b::203.0.113.77 here", "translated to [IP] here"),
        ("full tail 0:0:0:0:0:ffff:192.0.2.61 here", "full tail [IP] here"),
        # zone ids and prefix lengths
        ("ping fe80::a3:19ff:fe02:7d1%wlan0 now", "ping [IP] now"),
        ("ping fe80::a3:19ff:fe02:7d1%25eth1 now", "ping [IP] now"),
        ("route 2001:db8:e40::/48 added", "route [IP] added"),
        ("host 2001:db8:e40:12::3a/64 added", "host [IP] added"),
        # bracketed with a port, alone and in a URL
        ("listen on [2001:db8::3c:9]:8443 only", "listen on [[IP]]:8443 only"),
        # a bare ":port" after all eight groups or after a compressed form made too long
        ("dial 2001:db8:4:9:1c:0:2e:71:8080 now", "dial [IP]:8080 now"),
        ("dial 2001:db8:4:9:1c:2e::71:443 now", "dial [IP]:443 now"),
        # glued to punctuation or words
        ("addr=2001:db8:a0::5e,", "addr=[IP],"),
        ("(2001:db8:a0::5e)", "([IP])"),
        ('"2001:db8:a0::5e".', '"[IP]".'),
        ("from:2001:db8:a0::5e;", "from:[IP];"),
        ("ipv6:2001:db8:a0::5e.", "ipv6:[IP]."),
        ("IPv6:2001:db8:a0::5e!", "IPv6:[IP]!"),
        ("via2001:db8:a0::5e today", "via[IP] today"),
        ("at 2001:db8:a0::5ehost today", "at [IP]host today"),
        ("é2001:db8:a0::5e_x", "é[IP]_x"),
        ("it was 2001:db8:a0::5e: odd", "it was [IP]: odd"),
        # MAC addresses: device identifiers, redacted as IP
        ("card 3c:5a:b4:0e:91:7f seen", "card [IP] seen"),
        ("card 3C-5A-B4-0E-91-7F seen", "card [IP] seen"),
        ("MAC:3c:5a:b4:0e:91:7f seen", "MAC:[IP] seen"),
    ],
)
def test_ipv6_forms_are_redacted(redactor: Redactor, text: str, redacted: str) -> None:
    assert redactor.redact(text).text == redacted


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("dial 2001:db8:4:9:1c:0:2e:71:8080 now", "2001:db8:4:9:1c:0:2e:71"),
        ("mapped as ::ffff:198.51.100.23 here", "::ffff:198.51.100.23"),
        ("IPv6:2001:db8:a0::5e!", "2001:db8:a0::5e"),
        ("via2001:db8:a0::5e today", "2001:db8:a0::5e"),
        ("card 3C-5A-B4-0E-91-7F seen", "3C-5A-B4-0E-91-7F"),
    ],
)
def test_the_found_span_is_the_address(text: str, address: str) -> None:
    assert address in _found(text)
    assert all(address.find(found) != -1 or found.find(address) != -1 for found in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "we met at 10:42:07 and left at 11:05:59",
        "lap split 01:02:03:04 on the track",
        "a 16:9 screen, a ratio of 1:2:3, won 3:1",
        "read John 3:16 and Gen 1:1-2:3 tonight",
        "logged 2026-12-03T10:42:07.123Z by the job",
        "package 1:2.30-1ubuntu2 and v1.2.3.4",
        "digest sha256:9f86d081884c7d659a2feaa0c55ad015",
        "key 16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48 saved",
        "std::vector<int>, Base::Add, Vec::F32, Foo::Bar::baz",
        "dead:beef:cafe and DEAD:BEEF:CAFE:BABE",
        "call 06-12-34-56-78-90 today",
        "a run 2001:db8:4:9:1c:0:2e:71:99999 is no address",
    ],
)
def test_look_alikes_stay(redactor: Redactor, text: str) -> None:
    assert _found(text) == []
    assert "[IP]" not in redactor.redact(text).text


def test_mac_gate_equals_the_ungated_scan() -> None:
    """The MAC hint and windows skip only texts and places where no MAC can match."""
    rng = random.Random(4291)
    pieces = ["3c", "0E", "9f", "b", "7", "x", "Ab1", ":", "-", " ", ".", "MAC:", "_"]
    groups = ["3c", "0E", "9f", "42", "42", "7", "Ab1"]

    def junk() -> str:
        return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))

    def run() -> str:
        return rng.choice(":-").join(rng.choice(groups) for _ in range(rng.randint(4, 8)))

    texts = [junk() + run() + junk() + run() + junk() for _ in range(4000)]
    texts += ["x 3c:5a:b4:0e:91:7f", "3c-5a-b4-0e-91-7f-", "a-b-c-d-e-f 3c-5a-b4-0e-91-7f"]
    for text in texts:
        ungated = {
            (m.start(), m.end())
            for m in detectors._MAC.finditer(text)
            if detectors._mac_like(m.group(), m.group(1))
            or detectors._MAC_CUE.search(text, max(0, m.start() - 40), m.start())
        }
        found = {(s, e) for _, s, e in find_ips(text)}
        assert ungated <= found, text


@pytest.mark.parametrize(
    "text",
    [
        "video at 01:02:03:04:05:06",
        "colors ff:ff:ff:00:00:00",
        "time 10:20:30:40:50:60",
    ],
)
def test_mac_shaped_runs_without_a_cue_stay(redactor: Redactor, text: str) -> None:
    """Review rev21 F9: timecodes, digit lists and repeated-octet colour runs are no MAC."""
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("3c:5a:b4:0e:91:7f", "[IP]"),
        ("MAC 00:1A:2B:3C:4D:5E", "MAC [IP]"),
        ("MAC 00-1A-2B-3C-4D-5E", "MAC [IP]"),
        ("BSSID 01:02:03:04:05:06", "BSSID [IP]"),
        ("Wi-Fi 01:02:03:04:05:06", "Wi-Fi [IP]"),
        ("hardware address ff:ff:ff:00:00:00", "hardware address [IP]"),
        ("adresse MAC : 10:20:30:40:50:60", "adresse MAC : [IP]"),
    ],
)
def test_macs_are_redacted(redactor: Redactor, text: str, redacted: str) -> None:
    """A MAC with a hex letter and a digit, or any six groups after a MAC cue (rev21 F9)."""
    assert redactor.redact(text).text == redacted
