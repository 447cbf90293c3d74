"""Speed task S (dev35): the cheap gates put in front of regexes change no output. Each gate is
pinned on the side it lets through (the value is still found, with its exact span or the exact
redacted text) and on the side it skips (the text comes out as written); values are made up."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.ids_country_shapes import find_lettered_shapes
from trainer.redact.messenger_ids import find_messenger_ids
from trainer.redact.platform_handles import find_platform_handles
from trainer.redact.record_handles import handle_values

ROSTER = ["Tomasz Wierzbicki", "Ingrid Solbakken"]


@pytest.fixture(scope="module", params=[False, True], ids=["rules", "default"])
def redactor(request) -> Redactor:
    return Redactor.from_members(ROSTER, name_tagger=request.param)


def _never(text: str, pos: int) -> bool:
    return False


# record_handles: a cue joined to ":" or "=" by key letters, quotes and blanks only is read.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("config:\n  username: wthorsen88\n  theme: dark", "wthorsen88"),
        ('login = "pkarlsson_71" in the log', "pkarlsson_71"),
        ("user      : okafor_dev", "okafor_dev"),  # blanks before the colon
        ("\"user_name\":\t'zmbeki.k'", "zmbeki.k"),
        ("See users early, then: user=erik_larsen", "erik_larsen"),  # a later cue is read
    ],
)
def test_handle_value_found_past_the_gate(text: str, value: str) -> None:
    start = text.index(value)
    assert handle_values(text) == [("MENTION", start, start + len(value))]


@pytest.mark.parametrize(
    "text",
    [
        "We talk to users early, measure everything and ship.",
        "Login failed for users today; retry later.",
        "nickname ideas for the team",
    ],
)
def test_handle_cue_without_separator_reads_nothing(text: str, redactor: Redactor) -> None:
    assert handle_values(text) == []
    assert redactor.redact(text).text == text


def test_handle_values_exact_output(redactor: Redactor) -> None:
    text = "The log says: user=erik_larsen from 10.0.0.1"
    assert redactor.redact(text).text == "The log says: user=[MENTION] from [IP]"


# member_joined: a home directory needs a slash or a backslash.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Backup lives in /home/tomasz/backups now", "Backup lives in /home/[NAME]/backups now"),
        ("Copied to C:\\Users\\ingrid.s\\Desktop", "Copied to C:\\Users\\[NAME]\\Desktop"),
        ("our users home page is down", "our users home page is down"),
    ],
)
def test_home_directories(text: str, expected: str, redactor: Redactor) -> None:
    assert redactor.redact(text).text == expected


# ids_country_shapes: GSTIN, CIN and Ausweis are searched within 15 characters of a capital
# touching a digit; the value may sit at the text's start or end, beside other contacts.
GSTIN = "27ABCPK1234F1Z5"  # a valid check character
AUSWEIS = "CFGHNP2RT2"  # a valid check digit, fewer than four digits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"{GSTIN} is the GSTIN on the invoice", GSTIN),
        (f"Invoice to GSTIN {GSTIN}", GSTIN),
        (f"Sizes 12cm and 40cm; GSTIN {GSTIN}, thanks", GSTIN),
        ("Payroll file: employee CIN AB123456 on record", "AB123456"),
        (f"Ausweis copy for payroll: {AUSWEIS}", AUSWEIS),
        (f"{AUSWEIS} is the Ausweis for the employment contract", AUSWEIS),
    ],
)
def test_lettered_shape_found_in_its_window(text: str, value: str) -> None:
    start = text.index(value)
    hits = find_lettered_shapes(text, mixed=True, gives_way=_never)
    assert hits == [("NATIONAL_ID", start, start + len(value))]


@pytest.mark.parametrize(
    "text",
    [
        "The dimensions are 12cm by 40cm, order 4711.",  # lower-case contacts open no window
        f"Payroll: {GSTIN[:-1]}",  # a capital touching a digit, but no whole value
    ],
)
def test_lettered_shapes_without_value(text: str, redactor: Redactor) -> None:
    assert find_lettered_shapes(text, mixed=True, gives_way=_never) == []


def test_lettered_shapes_exact_output(redactor: Redactor) -> None:
    text = "Payroll file: employee CIN AB123456 on record, order 4711."
    assert redactor.redact(text).text == "Payroll file: employee CIN [ID] on record, order 4711."


# A name inside a venue's name is the venue's (name_institutions, dev37 N): kept whole.
def test_venue_exact_output(redactor: Redactor) -> None:
    text = "Concert tonight at the Maren Oyelaran Arena, doors at 7."
    assert redactor.redact(text).text == text


# label_values: the value reader messenger ids and platform handles share.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skype: live:jane.doe77", "Skype: [MENTION]"),
        ("Line: 42 is wrong", "Line: 42 is wrong"),  # a word label before a bare number
        ("Skype: tomorrow at 3", "Skype: tomorrow at 3"),  # an ordinary word after a colon
        ("Discord - hannah_w", "Discord - [MENTION]"),  # a dash is strong after a messenger
        ("IG: lukas.brandt_foto", "IG: [MENTION]"),
        ("Spotify – Distansarbete har ökat", "Spotify – Distansarbete har ökat"),
        ("my Steam is xX_Hannah_Xx", "my Steam is [MENTION]"),
        ("Steam: 20% off", "Steam: 20% off"),
    ],
)
def test_label_values(text: str, expected: str, redactor: Redactor) -> None:
    assert redactor.redact(text).text == expected


def test_label_values_spans() -> None:
    assert find_messenger_ids("WeChat ID: wxid_k2m9") == [("MENTION", 11, 20)]
    assert find_platform_handles("LinkedIn: hannah-w.") == [("MENTION", 10, 18)]
    assert find_platform_handles("LinkedIn – hannah-w") == []  # weak dash, no handle shape


# engine: redact_batch's groups of 128 texts give each text's redact() output, at the edges.
def test_redact_batch_groups_of_128_are_redact(redactor: Redactor) -> None:
    texts = [
        f"Post {i}: Maren Oyelaran asked Tomasz Wierzbicki, call 020 7946 0{i:03d}."
        if i % 3 == 0
        else f"Order ORD-{i:05d} ships today, thanks."
        for i in range(257)
    ]
    expected = [redactor.redact(text).text for text in texts]
    assert redactor.redact_batch(texts)[0] == expected
    assert redactor.redact_batch(texts[:129])[0] == expected[:129]
