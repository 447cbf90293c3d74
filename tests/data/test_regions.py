import pytest

from trainer.data.regions import (
    ALIASES,
    DEFAULT_EXCLUDED_REGIONS,
    ISO_ALPHA2,
    normalise_region,
    validate_region_codes,
)
from trainer.errors import UserError


def test_iso_list_is_complete_and_well_formed():
    assert len(ISO_ALPHA2) == 249
    assert all(len(c) == 2 and c.isascii() and c.isupper() for c in ISO_ALPHA2)
    assert {"US", "GB", "GR", "AX", "BQ", "SS", "XK"} & ISO_ALPHA2 == {
        "US",
        "GB",
        "GR",
        "AX",
        "BQ",
        "SS",
    }  # XK (Kosovo) is user-assigned, not official
    assert not {"UK", "EL", "EU", "XX"} & ISO_ALPHA2


def test_default_excluded_regions_are_eu27_eea_switzerland_uk():
    assert len(DEFAULT_EXCLUDED_REGIONS) == 32
    assert list(DEFAULT_EXCLUDED_REGIONS) == sorted(DEFAULT_EXCLUDED_REGIONS)
    assert {"DE", "FR", "IE", "CY", "MT", "IS", "LI", "NO", "CH", "GB"} <= set(
        DEFAULT_EXCLUDED_REGIONS
    )
    assert not {"US", "TR", "RS", "UA", "AD", "MC", "SM", "VA"} & set(DEFAULT_EXCLUDED_REGIONS)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("US", "US"),
        ("us", "US"),
        ("  de\t", "DE"),
        ("UK", "GB"),
        (" uk", "GB"),
        ("EL", "GR"),
        ("el", "GR"),
        ("XX", None),
        ("", None),
        ("   ", None),
        (None, None),
        (42, None),
        ("Germany", None),
        ("U.S.", None),
        ("GBR", None),
    ],
)
def test_normalise_region(raw, code):
    assert normalise_region(raw) == code
    assert ALIASES == {"UK": "GB", "EL": "GR"}


def test_validate_region_codes_normalises_dedupes_and_sorts():
    assert validate_region_codes(["uk", "GB", " de", "EL"], option="policy.excluded_regions") == (
        "DE",
        "GB",
        "GR",
    )
    assert validate_region_codes([], option="x") == ()


@pytest.mark.parametrize("codes", [["DE", "Europe"], ["XX"], [None], "DE"])
def test_validate_region_codes_names_the_option(codes):
    with pytest.raises(UserError, match=r"^policy\.excluded_regions "):
        validate_region_codes(codes, option="policy.excluded_regions")
