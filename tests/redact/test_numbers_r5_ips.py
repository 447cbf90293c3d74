"""Round 5: an IPv6 address followed by the clause's colon ("desde 2001:db8::1: ¿fuiste tú?")
is found without the colon; times and other colon runs stay (made-up addresses)."""

import pytest

from trainer.redact.detectors import find_ips


def _found(text: str) -> list[str]:
    return [text[s:e] for _, s, e in find_ips(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Nuevo acceso desde 2001:db8:4f2::17: ¿fuiste tú?", "2001:db8:4f2::17"),
        ("Accesso da fd12:3456:789a:1::2: eri tu?", "fd12:3456:789a:1::2"),
        (
            "Login von 2a02:8108:1140:4d00:9c1e:2b0f:aa31:7e02: warst du das?",
            "2a02:8108:1140:4d00:9c1e:2b0f:aa31:7e02",
        ),
        ("Connexion depuis fe80::1c2d:3e4f: était-ce vous ?", "fe80::1c2d:3e4f"),
        ("source 2001:db8::/32: blocked", "2001:db8::/32"),
        ("Nieuwe login vanaf 2001:db8:0:0:0:0:2:1:", "2001:db8:0:0:0:0:2:1"),
        ("[2001:db8::8a2e:370]:443 answered", "2001:db8::8a2e:370"),
    ],
)
def test_ipv6_before_a_colon_is_found_without_it(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize(
    "text",
    ["at 10:30:45: lunch", "ratio 1:2:3: fine", "std::vector: a class", "de:ad:be:ef: mac"],
)
def test_colon_runs_that_are_no_address_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("IP:2001:db8:7::1 bloqueada", "2001:db8:7::1"),
        ("inet6 addr:fe80::1c2d:3e4f/64 Scope:Link", "fe80::1c2d:3e4f/64"),
        ("IPv6:2a02:8108::7e02.", "2a02:8108::7e02"),
        ("indirizzo:fd00:1234::42 bloccato", "fd00:1234::42"),
    ],
)
def test_ipv6_after_a_label_colon_is_found(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize("text", ["std::vector<int>", "Foo::Bar::baz", "ID:12:34:56", "a::b::c"])
def test_code_scopes_after_a_label_stay(text: str) -> None:
    assert _found(text) == []
