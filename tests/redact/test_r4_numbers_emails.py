"""Round 4: e-mails typed with spaces around "@" and the dots (made-up addresses)."""

import pytest

from trainer.redact.detectors import find_emails


def _found(text: str) -> list[str]:
    return [text[s:e] for _, s, e in find_emails(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Write to quinlan77 @ gmail . com for the slides.", "quinlan77 @ gmail . com"),
        ("Letters go to marta.v @ outlook . com; thanks.", "marta.v @ outlook . com"),
        ("Contact: r_osei @ ucd . ie \n more", "r_osei @ ucd . ie"),
        ("Mail me: tova.k+jobs @ bigpond . com . au", "tova.k+jobs @ bigpond . com . au"),
        ("Ping me at dara.fenn @ blue-harbour . studio.", "dara.fenn @ blue-harbour . studio"),
        ("From: Pim <pimvdl @ ziggo . nl>", "pimvdl @ ziggo . nl"),
        ("Schreib an h.baum @ web.de bitte", "h.baum @ web.de"),
        ("Mail X.Lund @ SHAW . CA.", "X.Lund @ SHAW . CA"),
        ("Is Wout81 @ kpnmail . nl nog goed?", "Wout81 @ kpnmail . nl"),
        ("at olek @ gmail . com. Next sentence", "olek @ gmail . com"),
    ],
)
def test_spaced_email_is_redacted(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shout-out @ everyone on the team!",
        "Let's meet @ 5 . 30 in the lobby",
        "see you @ office . live stream later",
        "I'm @ work . Now we go",
        "thanks @ jane . Great talk",
        "price @ 12 . 50 each",
        "we are @ booth . B12",
    ],
)
def test_spaced_at_prose_is_kept(text: str) -> None:
    assert _found(text) == []
