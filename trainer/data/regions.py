"""ISO 3166-1 alpha-2 region codes, their aliases and the default set of excluded regions.

Region handling fails closed: anything that is not an officially assigned code after trimming,
upper-casing and alias mapping is "unknown", and unknown regions are never eligible.
"""

from __future__ import annotations

from collections.abc import Iterable

from trainer.errors import UserError

# All 249 officially assigned ISO 3166-1 alpha-2 codes (hard-coded: no lookup at run time).
ISO_ALPHA2: frozenset[str] = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
    EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
    GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
    KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
    MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
    QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
    TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
    ZW
    """.split()
)

# Common non-ISO spellings that unambiguously name an assigned code.
ALIASES: dict[str, str] = {"UK": "GB", "EL": "GR"}

EU27: frozenset[str] = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)

# EU27 + EEA (Iceland, Liechtenstein, Norway) + Switzerland + United Kingdom.
DEFAULT_EXCLUDED_REGIONS: tuple[str, ...] = tuple(sorted(EU27 | {"IS", "LI", "NO", "CH", "GB"}))


def normalise_region(value: object) -> str | None:
    """Return the ISO code for ``value`` (trimmed, upper-cased, aliased), or None if not valid."""
    if not isinstance(value, str):
        return None
    code = value.strip().upper()
    code = ALIASES.get(code, code)
    return code if code in ISO_ALPHA2 else None


def validate_region_codes(codes: Iterable[str], *, option: str) -> tuple[str, ...]:
    """Normalise a configured list of region codes; a bad code is a UserError naming ``option``.

    Returns the distinct codes, sorted, so the manifest records one canonical list.
    """
    if isinstance(codes, str):
        raise UserError(f"{option} must be a list of ISO 3166-1 alpha-2 codes, not one string")
    normalised = set()
    for raw in codes:
        code = normalise_region(raw)
        if code is None:
            raise UserError(
                f"{option} contains {str(raw)[:20]!r}, which is not an ISO 3166-1 alpha-2 "
                "country code; use codes such as DE, GB, US"
            )
        normalised.add(code)
    return tuple(sorted(normalised))
