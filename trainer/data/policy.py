"""Settings that weaken the consent policy run only when acknowledged by name.

``check_policy`` is pure: it compares the run's settings with the defaults, refuses in one line
(naming the option and the acknowledgement to pass) when a weakening is not acknowledged, and
returns the acknowledgements for the manifest. An acknowledgement that names nothing, or that
is not needed, is refused too: a typo must never pass for consent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from trainer.data.regions import DEFAULT_EXCLUDED_REGIONS
from trainer.errors import UserError
from trainer.redact.name_tagger import DEFAULT_THRESHOLD as DEFAULT_NAME_TAGGER_THRESHOLD

DEFAULT_SETTING = "generative_ai_training"  # the consent setting the policy is written for
ACKNOWLEDGEMENTS: tuple[str, ...] = (
    "future_snapshot",
    "non_default_setting",
    "fewer_excluded_regions",
    "redaction_types_disabled",
    "weaker_name_redaction",
)
# Needed or not only once the roster is read (``check_roster_names``), so ``check_policy``, which
# runs before, accepts it without asking whether this run needs it.
UNKEYED_MEMBER_NAMES = "unkeyed_member_names"
ROSTER_ACKNOWLEDGEMENTS: tuple[str, ...] = (UNKEYED_MEMBER_NAMES,)
_SHOWN = 6  # regions or types named in a message before "and N more"


def check_policy(
    *,
    setting: str,
    excluded_regions: Sequence[str],
    snapshot_at: datetime,
    read_at: datetime,
    disabled_redaction_types: Sequence[str],
    name_tagger: bool,
    name_tagger_threshold: float,
    acknowledgements: Sequence[str],
) -> list[dict[str, str]]:
    """The acknowledged weakenings as ``[{"name", "detail"}]``, in ``ACKNOWLEDGEMENTS`` order.

    ``excluded_regions`` are resolved codes (see ``regions.resolve_excluded_regions``);
    ``disabled_redaction_types`` the redaction types the run turns off; ``name_tagger`` and
    ``name_tagger_threshold`` the learned name tagger's settings (off, or a threshold above the
    default, redacts fewer names than the default run). Raises UserError if a
    weakening is not acknowledged, or an acknowledgement is unknown or not needed.
    """
    acknowledged = _names(acknowledgements)
    needed = _weakenings(
        setting=setting,
        excluded_regions=excluded_regions,
        snapshot_at=snapshot_at,
        read_at=read_at,
        disabled_redaction_types=disabled_redaction_types,
        name_tagger=name_tagger,
        name_tagger_threshold=name_tagger_threshold,
    )
    missing = [name for name in needed if name not in acknowledged]
    if missing:
        details = "; ".join(needed[name] for name in missing)
        raise UserError(
            f"{details}; this weakens the consent policy: to accept it, pass "
            f"policy.acknowledge=[{','.join(missing)}]"
        )
    unneeded = sorted(acknowledged - needed.keys() - set(ROSTER_ACKNOWLEDGEMENTS))
    if unneeded:
        raise UserError(
            f"policy.acknowledge names {', '.join(unneeded)}, but no setting of this run needs "
            "it; remove it"
        )
    return [{"name": name, "detail": detail} for name, detail in needed.items()]


def check_roster_names(
    *, unkeyed: int, members_path: str, acknowledgements: Sequence[str]
) -> list[dict[str, str]]:
    """Refuse a roster whose display names yield no name key, unless acknowledged.

    The redactor finds members by keys built from their display names; a display name that
    yields none (``unkeyed``: the redactor's ``member_names_without_keys``) means that member's
    name stays in the training text wherever another post mentions them. Fail closed: the run
    stops unless ``policy.acknowledge`` names ``unkeyed_member_names``; an acknowledgement the
    roster does not need is refused too. Returns the acknowledgement for the manifest, or [].
    """
    if isinstance(unkeyed, bool) or not isinstance(unkeyed, int) or unkeyed < 0:
        raise ValueError(f"unkeyed must be a count >= 0, not {unkeyed!r}")
    acknowledged = UNKEYED_MEMBER_NAMES in _names(acknowledgements)
    if unkeyed and not acknowledged:
        raise UserError(
            f"{unkeyed} display name(s) in {members_path} yield no name key, so those members' "
            "names would stay in the training text wherever others mention them: correct the "
            "display_name column (letters of a name, not only symbols or digits), or, to accept "
            f"it, pass policy.acknowledge=[{UNKEYED_MEMBER_NAMES}]"
        )
    if acknowledged and not unkeyed:
        raise UserError(
            f"policy.acknowledge names {UNKEYED_MEMBER_NAMES}, but every display name in "
            f"{members_path} yields a name key; remove it"
        )
    if not unkeyed:
        return []
    return [{
        "name": UNKEYED_MEMBER_NAMES,
        "detail": f"{unkeyed} display name(s) in {members_path} yield no name key: those "
        "members are not found by name when others mention them",
    }]


def _names(acknowledgements: Sequence[str]) -> set[str]:
    if isinstance(acknowledgements, str) or not all(isinstance(a, str) for a in acknowledgements):
        raise UserError(
            "policy.acknowledge must be a list of names, e.g. policy.acknowledge=[future_snapshot]"
        )
    known = ACKNOWLEDGEMENTS + ROSTER_ACKNOWLEDGEMENTS
    unknown = sorted(set(acknowledgements) - set(known))
    if unknown:
        raise UserError(
            f"policy.acknowledge has unknown name(s) {', '.join(map(repr, unknown))}; "
            f"use some of {', '.join(known)}"
        )
    return set(acknowledgements)


def _weakenings(
    *,
    setting: str,
    excluded_regions: Sequence[str],
    snapshot_at: datetime,
    read_at: datetime,
    disabled_redaction_types: Sequence[str],
    name_tagger: bool,
    name_tagger_threshold: float,
) -> dict[str, str]:
    """Each weakening this run's settings make, by acknowledgement name, with what it means."""
    for name, value in (("snapshot_at", snapshot_at), ("read_at", read_at)):
        if not isinstance(value, datetime) or value.utcoffset() is None:
            raise ValueError(f"{name} must be a timezone-aware datetime")
    found: dict[str, str] = {}
    if snapshot_at > read_at:
        found["future_snapshot"] = (
            f"data.snapshot_at={_iso(snapshot_at)} is after the run start {_iso(read_at)}: "
            "future-dated consent would count and later withdrawals could not be checked"
        )
    if setting != DEFAULT_SETTING:
        found["non_default_setting"] = (
            f"policy.setting={setting!r} is not {DEFAULT_SETTING!r}: members are trained on "
            "under a consent given for something else"
        )
    included = sorted(set(DEFAULT_EXCLUDED_REGIONS) - set(excluded_regions))
    if included:
        found["fewer_excluded_regions"] = (
            f"policy.excluded_regions leaves out {len(included)} default excluded region(s) "
            f"({_some(included)}): members there are trained on"
        )
    disabled = sorted(set(disabled_redaction_types))
    if disabled:
        found["redaction_types_disabled"] = (
            f"redaction.enabled_types turns off {_some(disabled)}: such personal data stays in "
            "the training text"
        )
    if "NAME" not in disabled:  # a disabled NAME type is acknowledged above, tagger and all
        if not name_tagger:
            found["weaker_name_redaction"] = (
                "redaction.name_tagger=false: only the rules look for people's names (the "
                "learned tagger, on by default, finds names the rules were never written for)"
            )
        elif name_tagger_threshold > DEFAULT_NAME_TAGGER_THRESHOLD:
            found["weaker_name_redaction"] = (
                f"redaction.name_tagger_threshold={name_tagger_threshold} is above the default "
                f"{DEFAULT_NAME_TAGGER_THRESHOLD}: the tagger redacts fewer names"
            )
    return {name: found[name] for name in ACKNOWLEDGEMENTS if name in found}


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def _some(items: list[str]) -> str:
    more = f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return ", ".join(items[:_SHOWN]) + more
