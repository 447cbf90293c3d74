"""Settings that weaken the consent policy need an acknowledgement by name (issue 17, item 3),
and the region groups that make a longer excluded list easy to write."""

from datetime import UTC, datetime, timedelta

import pytest

from trainer.data.policy import (
    ACKNOWLEDGEMENTS,
    DEFAULT_SETTING,
    check_policy,
    check_roster_names,
)
from trainer.data.regions import (
    DEFAULT_EXCLUDED_REGIONS,
    EU27,
    REGION_GROUPS,
    resolve_excluded_regions,
)
from trainer.errors import UserError

READ = datetime(2026, 12, 1, 16, tzinfo=UTC)
DEFAULTS = dict(
    setting=DEFAULT_SETTING,
    excluded_regions=DEFAULT_EXCLUDED_REGIONS,
    snapshot_at=datetime(2026, 6, 30, tzinfo=UTC),
    read_at=READ,
    disabled_redaction_types=[],
    name_tagger=True,
    name_tagger_threshold=0.7,
    acknowledgements=[],
)
WEAKER = {
    "future_snapshot": {"snapshot_at": READ + timedelta(seconds=1)},
    "non_default_setting": {"setting": "marketing_emails"},
    "fewer_excluded_regions": {"excluded_regions": []},
    "redaction_types_disabled": {"disabled_redaction_types": ["EMAIL"]},
    "weaker_name_redaction": {"name_tagger": False},
}


def check(**changes):
    return check_policy(**{**DEFAULTS, **changes})


def test_the_default_policy_needs_no_acknowledgement():
    assert check() == []
    assert check(snapshot_at=READ) == []  # snapshot at the run start: not in the future
    assert check(excluded_regions=(*DEFAULT_EXCLUDED_REGIONS, "BR")) == []  # more is fine


@pytest.mark.parametrize("name", ACKNOWLEDGEMENTS)
def test_each_weakening_is_refused_in_one_line_naming_the_option_and_the_acknowledgement(name):
    with pytest.raises(UserError) as err:
        check(**WEAKER[name])
    message = str(err.value)
    assert "\n" not in message
    assert message.endswith(f"to accept it, pass policy.acknowledge=[{name}]")
    option = {"future_snapshot": "data.snapshot_at", "non_default_setting": "policy.setting",
              "fewer_excluded_regions": "policy.excluded_regions",
              "redaction_types_disabled": "redaction.enabled_types",
              "weaker_name_redaction": "redaction.name_tagger"}[name]  # fmt: skip
    assert message.startswith(option)


@pytest.mark.parametrize("name", ACKNOWLEDGEMENTS)
def test_an_acknowledged_weakening_runs_and_is_returned_for_the_manifest(name):
    (ack,) = check(**WEAKER[name], acknowledgements=[name])
    assert ack["name"] == name and ack["detail"]


def test_an_empty_region_list_says_which_regions_come_back_in():
    with pytest.raises(UserError, match=r"leaves out 32 default excluded region\(s\) \(AT, BE, "):
        check(excluded_regions=[])
    with pytest.raises(UserError, match=r"leaves out 1 default excluded region\(s\) \(CH\)"):
        check(excluded_regions=[r for r in DEFAULT_EXCLUDED_REGIONS if r != "CH"])


def test_every_weakening_at_once_is_named_in_one_line():
    changes = {k: v for change in WEAKER.values() for k, v in change.items()}
    with pytest.raises(UserError, match=r"policy\.acknowledge=\[" + ",".join(ACKNOWLEDGEMENTS)):
        check(**changes)
    acks = check(**changes, acknowledgements=list(reversed(ACKNOWLEDGEMENTS)))
    assert [a["name"] for a in acks] == list(ACKNOWLEDGEMENTS)


@pytest.mark.parametrize(
    "acks", [["fewer_excluded_region"], ["Future_Snapshot"], "future_snapshot"]
)
def test_a_misspelt_acknowledgement_is_refused(acks):
    with pytest.raises(UserError, match=r"^policy\.acknowledge (has unknown|must be a list)"):
        check(excluded_regions=[], acknowledgements=acks)


def test_an_acknowledgement_that_nothing_needs_is_refused():
    with pytest.raises(UserError, match=r"names future_snapshot, but no setting .* needs it"):
        check(acknowledgements=["future_snapshot"])


def test_region_groups_expand_and_extra_regions_add_to_the_list():
    assert resolve_excluded_regions(["EEA", "uk", "CH"]) == DEFAULT_EXCLUDED_REGIONS
    assert resolve_excluded_regions(["DEFAULT"]) == DEFAULT_EXCLUDED_REGIONS
    assert set(resolve_excluded_regions(["eu"])) == EU27
    assert resolve_excluded_regions(["EFTA"]) == ("CH", "IS", "LI", "NO")
    extended = resolve_excluded_regions(DEFAULT_EXCLUDED_REGIONS, ["BR", " us"])
    assert set(extended) == {*DEFAULT_EXCLUDED_REGIONS, "BR", "US"}
    assert check(excluded_regions=extended) == []
    assert not set(REGION_GROUPS) & {c for g in REGION_GROUPS.values() for c in g}


def test_a_bad_extra_region_names_its_option():
    with pytest.raises(UserError, match=r"^policy\.extra_excluded_regions contains 'US-CA'"):
        resolve_excluded_regions(DEFAULT_EXCLUDED_REGIONS, ["US-CA"])


def test_the_name_tagger_is_weakened_by_turning_it_off_or_raising_its_threshold():
    assert check(name_tagger_threshold=0.5) == []  # lower redacts more: nothing to acknowledge
    assert check(name_tagger_threshold=0.7) == []
    with pytest.raises(UserError, match=r"^redaction\.name_tagger_threshold=0\.71 is above the "
                       r"default 0\.7.*policy\.acknowledge=\[weaker_name_redaction\]$"):
        check(name_tagger_threshold=0.71)
    (ack,) = check(name_tagger=False, acknowledgements=["weaker_name_redaction"])
    assert ack["detail"].startswith("redaction.name_tagger=false: only the rules")


def test_names_disabled_as_a_type_need_only_that_acknowledgement():
    acks = check(disabled_redaction_types=["NAME"], name_tagger=False,
                 acknowledgements=["redaction_types_disabled"])
    assert [a["name"] for a in acks] == ["redaction_types_disabled"]
    with pytest.raises(UserError, match="no setting of this run needs it"):
        check(disabled_redaction_types=["NAME"], name_tagger=False,
              acknowledgements=["redaction_types_disabled", "weaker_name_redaction"])


def test_a_roster_name_without_a_key_is_refused_in_one_line_naming_the_file():
    with pytest.raises(UserError) as err:
        check_roster_names(unkeyed=2, members_path="data/members.csv", acknowledgements=[])
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("2 display name(s) in data/members.csv yield no name key")
    assert message.endswith("to accept it, pass policy.acknowledge=[unkeyed_member_names]")


def test_an_acknowledged_unkeyed_roster_runs_and_is_returned_for_the_manifest():
    (ack,) = check_roster_names(unkeyed=1, members_path="m.csv",
                                acknowledgements=["future_snapshot", "unkeyed_member_names"])
    assert ack["name"] == "unkeyed_member_names" and "1 display name(s) in m.csv" in ack["detail"]
    assert check_roster_names(unkeyed=0, members_path="m.csv", acknowledgements=[]) == []


def test_an_unkeyed_acknowledgement_the_roster_does_not_need_is_refused():
    with pytest.raises(UserError, match=r"every display name in m\.csv yields a name key; remove"):
        check_roster_names(unkeyed=0, members_path="m.csv",
                           acknowledgements=["unkeyed_member_names"])


@pytest.mark.parametrize("unkeyed", [-1, 1.0, True, None])
def test_the_unkeyed_count_is_validated(unkeyed):
    with pytest.raises(ValueError, match="unkeyed must be a count"):
        check_roster_names(unkeyed=unkeyed, members_path="m.csv", acknowledgements=[])


def test_check_policy_leaves_the_roster_acknowledgement_to_the_roster_check():
    # decided once the roster is read: not "unneeded" before it
    assert check(acknowledgements=["unkeyed_member_names"]) == []
    with pytest.raises(UserError, match="unknown name"):
        check(acknowledgements=["unkeyed_member_name"])


def test_a_display_name_column_that_is_not_text_is_refused_naming_the_file():
    import pyarrow as pa

    from trainer.data.prepare import _display_names

    with pytest.raises(UserError, match=r"^m\.jsonl: the members table's display_name column "
                                        r"holds int64, not text"):
        _display_names(pa.chunked_array([[1, 2]]), "m.jsonl")
    assert _display_names(pa.chunked_array([["Ana Lima", " ", None, "Ana Lima"]]), "m") == [
        "Ana Lima"]
    assert _display_names(pa.chunked_array([[None, None]], type=pa.int64()), "m") == []
