"""ISO 3166-1 alpha-2 region codes, their aliases, group names and the default excluded set.

Region handling fails closed: anything that is not an officially assigned code after trimming,
upper-casing and alias mapping is "unknown", and unknown regions are never eligible. In the
configured lists (not in members' regions) a group name such as ``EEA`` stands for its members.
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

EFTA: frozenset[str] = frozenset({"IS", "LI", "NO", "CH"})
EEA: frozenset[str] = EU27 | {"IS", "LI", "NO"}

# EU27 + EEA (Iceland, Liechtenstein, Norway) + Switzerland + United Kingdom.
DEFAULT_EXCLUDED_REGIONS: tuple[str, ...] = tuple(sorted(EEA | {"CH", "GB"}))

# Names usable in policy.excluded_regions / policy.extra_excluded_regions for a set of codes.
# None is an assigned ISO code, so a group can never be mistaken for a country.
REGION_GROUPS: dict[str, frozenset[str]] = {
    "EU": EU27,
    "EU27": EU27,
    "EEA": EEA,
    "EFTA": EFTA,
    "DEFAULT": frozenset(DEFAULT_EXCLUDED_REGIONS),
}


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
    normalised: set[str] = set()
    for raw in codes:
        group = REGION_GROUPS.get(raw.strip().upper()) if isinstance(raw, str) else None
        code = normalise_region(raw)
        if group is not None:
            normalised |= group
        elif code is None:
            raise UserError(
                f"{option} contains {str(raw)[:20]!r}, which is not an ISO 3166-1 alpha-2 "
                f"country code or a group ({', '.join(REGION_GROUPS)}); use e.g. [EEA, GB, CH]"
            )
        else:
            normalised.add(code)
    return tuple(sorted(normalised))


def resolve_excluded_regions(excluded: Iterable[str], extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The excluded regions a run uses: ``policy.excluded_regions`` plus
    ``policy.extra_excluded_regions``, groups expanded, sorted and distinct.

    ``extra`` adds regions without retyping the default list (e.g. ``[BR, US]``).
    """
    return tuple(
        sorted(
            set(validate_region_codes(excluded, option="policy.excluded_regions"))
            | set(validate_region_codes(extra, option="policy.extra_excluded_regions"))
        )
    )
