"""Round 7: parcel tracking numbers proven by their check digit (UPS 1Z, UPU S10) are no phone."""

from __future__ import annotations

import pytest

from trainer.redact.tracking import inside_tracking_number, s10_ok, ups_ok

# -- parcel tracking numbers --------------------------------------------------------------------


def test_tracking_check_digits() -> None:
    assert ups_ok("1Z999AA10123456784")  # UPS's own published example
    assert not ups_ok("1Z999AA10123456785")
    assert s10_ok("RB123456785GB") and s10_ok("EE123456785US")
    assert not s10_ok("RB123456786GB")


@pytest.mark.parametrize(
    "text",
    [
        "The parcel (1Z 7W4 E2F 03 4417 0939) is stuck in customs.",
        "Sendung 1Z7W4E2F0344170939 hängt im Zoll.",
        "Le colis 1ZA81V6X2109382613 est bloqué.",
        "Pacco 1Z A81 V6X 21 0938 2613 in consegna.",
    ],
)
def test_check_valid_ups_number_is_kept_whole(redactor, assert_kept, text: str) -> None:
    assert_kept(redactor, text)


def test_ups_shape_with_a_failed_check_keeps_its_phone_tail_redacted(
    redactor, assert_exact
) -> None:
    # the same layout with a wrong last digit proves nothing: its digits may be a phone
    assert_exact(
        redactor,
        "The parcel (1Z 7W4 E2F 03 4417 0938) is stuck.",
        "The parcel (1Z 7W4 E2F [PHONE]) is stuck.",
    )
    assert not inside_tracking_number("call 03 4417 0939 now", 5)
