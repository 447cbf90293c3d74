"""dev50 K: a keep never drops a value that stands right after a personal id's cue
(``keep_id_cue``, asked by ``keep_veto.personal_span``): a firm that asks for a "NUIT", "RUC"
or "RFC" holds none, so the number is the person's; a firm's own register after the same
acronym, and order, invoice, ISBN, barcode and case numbers after their own cues, stay kept.
Made-up values and posts only."""

from __future__ import annotations

import pytest

from trainer.redact import Redactor
from trainer.redact.keep_id_cue import id_cue_before


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor.from_members([])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm asks for the number after a register acronym that is a person's tax number
        # too: the register slot read the firm as its holder
        (
            "A seguradora pede NUIT 412345678 para o contrato.",
            "A seguradora pede NUIT [ID] para o contrato.",
        ),
        (
            "Nuestra empresa pide el RUC 20123456789 al proveedor.",
            "Nuestra empresa pide el RUC [ID] al proveedor.",
        ),
        ("La agencia pide RFC ABC010203XY4.", "La agencia pide RFC [ID]."),
    ],
)
def test_value_asked_for_after_an_id_cue_is_redacted(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a firm's own register after the shared acronym: the firm holds it
        "La empresa está registrada como RUC 20123456789.",
        "La agencia está registrada como RFC ABC010203XY4.",
        "A seguradora tem NUIT 412345678.",
        "Our company number: TIN 123456789.",
        # things' numbers after their own cues
        "Invoice no. 2024-118734 is attached.",
        "ISBN 978-3-16-148410-0 is the book.",
        "Barcode EAN 4006381333931 on the box.",
        "Case number 2024-CV-118734 was filed.",
    ],
)
def test_lookalikes_after_their_own_cues_stay_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("passport number: 412345678", None, True),
        ("CIN: AB123456", None, True),
        ("DNI n.º 12345678", None, True),
        # a short cue that is a word counts only in capitals
        ("a sin 412345678", None, False),
        # the tail of a code is no cue ("CF" of a part number)
        ("part SKU-40112-CF, 412345678", None, False),
        # a bare "ID" after a word is a thing's ("Order ID"); alone it is a person's
        ("Order ID 412345678", None, False),
        ("ID: 412345678", None, True),
        # a cue further back, with a word between it and the value, is no cue of the value
        ("passport office 412345678", None, False),
        # the keep read the cue as its own label: only a request for the value counts
        ("registrada como RUC 20123456789", "RUC", False),
        ("the insurer requests the TIN 412345678", "TIN", True),
    ],
)
def test_id_cue_before(text: str, label: str | None, expected: bool) -> None:
    start = len(text) - len(text.split()[-1])
    label_start = text.index(label) if label else None
    assert id_cue_before(text, start, label_start=label_start) is expected


def test_batch_path_asks_the_same_veto(redactor: Redactor) -> None:
    texts = [
        "A seguradora pede NUIT 412345678 para o contrato.",
        "La agencia está registrada como RFC ABC010203XY4.",
    ]
    batch, _ = redactor.redact_batch(texts)
    assert batch == [redactor.redact(t).text for t in texts]
    assert batch == [
        "A seguradora pede NUIT [ID] para o contrato.",
        "La agencia está registrada como RFC ABC010203XY4.",
    ]
