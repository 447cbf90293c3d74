"""One test per eligibility rule and edge, with exact outcomes."""

from datetime import UTC, datetime, timedelta, timezone

import pyarrow as pa
import pytest

from trainer.data.eligibility import REASONS, decide
from trainer.data.tables import CONSENT_COLUMNS, MEMBER_COLUMNS, POST_COLUMNS
from trainer.errors import UserError

from .builders import (
    AFTER,
    BEFORE,
    SETTING,
    SNAP,
    event,
    member,
    nonzero,
    post,
    reason_of,
    run,
    table,
)

OK = ([member()], [event()])


def test_the_happy_path_includes_the_post():
    assert reason_of(*OK, [post()]) == "included"


@pytest.mark.parametrize(
    "broken",
    [
        {"post_id": None},
        {"member_id": None},
        {"kind": None},
        {"text": None},
        {"created_at": None},
        {"created_at": "yesterday"},
        {"created_at": "2026-02-30T00:00:00Z"},
        {"created_at": "2026-01-01T24:00:00Z"},
        {"deleted_at": "never"},
        {"member_id": 7},
        {"text": ["a list"]},
        {"kind": True},
        {"deleted_at": 0},
    ],
)
def test_rule_1_malformed(broken):
    assert reason_of(*OK, [{**post(), **broken}]) == "malformed"


def test_rule_1_malformed_wins_over_every_later_rule():
    bad = post(mid="nobody", kind="message", text="", created="not a time")
    assert reason_of([], [], [bad]) == "malformed"


def test_duplicate_post_ids_judge_the_first_and_count_later_ones_malformed():
    result = run(*OK, [post("p1"), post("p1", text="changed"), post("p2"), post("p1")])
    assert result.included_post_ids == ["p1", "p2"]
    assert nonzero(result) == {"malformed": 2}
    assert result.included.column("text").to_pylist() == ["Shipped v2 today", "Shipped v2 today"]


def test_wrong_arrow_column_type_makes_every_row_malformed():
    posts = table([post("p1"), post("p2")], POST_COLUMNS)
    posts = posts.set_column(1, "member_id", pa.array([1, 2]))
    result = decide(
        members=table([member()], MEMBER_COLUMNS),
        consent=table([event()], CONSENT_COLUMNS),
        posts=posts,
        snapshot_at=SNAP,
        read_at=SNAP,
        setting=SETTING,
        allowed_kinds=["post"],
        excluded_regions=["DE"],
    )
    assert nonzero(result) == {"malformed": 2}


def test_rule_2_unknown_member():
    assert reason_of(*OK, [post(mid="m2")]) == "unknown_member"


def test_duplicate_member_rows_fail_closed_as_unknown_member():
    members = [member("m1", "US"), member("m1", "DE"), member("m2", "US")]
    result = run(members, [event("m1"), event("m2")], [post("p1", "m1"), post("p2", "m2")])
    assert nonzero(result) == {"unknown_member": 1}
    assert result.included_post_ids == ["p2"]
    assert result.quarantined == {"members": 2, "consent": 0}


def test_malformed_member_rows_are_quarantined_and_their_posts_unknown():
    members = [member("m1", region=7), member("m2", name=None), {"member_id": "m3"}]
    consent = [event(m) for m in ("m1", "m2", "m3")]
    result = run(members, consent, [post("p1", "m1"), post("p2", "m2"), post("p3", "m3")])
    assert nonzero(result) == {"unknown_member": 3}
    assert result.quarantined == {"members": 3, "consent": 0}


@pytest.mark.parametrize("kind", ["message", "Post", "story", ""])
def test_rule_3_disallowed_kind(kind):
    assert reason_of(*OK, [post(kind=kind)]) == "disallowed_kind"


def test_rule_3_message_is_never_eligible_even_when_allowed():
    assert reason_of(*OK, [post(kind="message")], kinds=["post", "message"]) == "disallowed_kind"
    assert reason_of(*OK, [post(kind="comment")], kinds=["post"]) == "disallowed_kind"
    assert reason_of(*OK, [post(kind="article")], kinds=["article"]) == "included"


def test_rule_4_after_snapshot_and_exactly_at_snapshot():
    assert reason_of(*OK, [post(created=AFTER)]) == "after_snapshot"
    assert reason_of(*OK, [post(created="2026-06-30T00:00:00.000001Z")]) == "after_snapshot"
    assert reason_of(*OK, [post(created="2026-06-30T00:00:00Z")]) == "included"


def test_rule_5_deleted_at_or_before_snapshot():
    assert reason_of(*OK, [post(deleted=BEFORE)]) == "deleted"
    assert reason_of(*OK, [post(deleted="2026-06-30T00:00:00Z")]) == "deleted"
    assert reason_of(*OK, [post(deleted="2026-06-30T00:00:00.000001Z")]) == "included"
    assert reason_of(*OK, [post(deleted="2026-06-30T02:00:00+02:00")]) == "deleted"


@pytest.mark.parametrize("text", ["", " ", "\n\t ", "\u00a0\u2003"])
def test_rule_6_empty(text):
    assert reason_of(*OK, [post(text=text)]) == "empty"


@pytest.mark.parametrize("region", [None, "", "  ", "XX", "Germany", "U.S.", "EU"])
def test_rule_7_unknown_region_fails_closed(region):
    assert reason_of([member(region=region)], [event()], [post()]) == "unknown_region"


def test_rule_7_missing_region_key():
    assert reason_of([{"member_id": "m1", "display_name": "A"}], [event()], [post()]) == (
        "unknown_region"
    )


@pytest.mark.parametrize("region", ["DE", "de", " fr ", "UK", "uk", " gb", "EL", "el", "CH", "NO"])
def test_rule_8_excluded_region_with_case_whitespace_and_aliases(region):
    assert reason_of([member(region=region)], [event()], [post()]) == "excluded_region"


@pytest.mark.parametrize("region", ["us", " US ", "br", "TR"])
def test_rule_8_other_regions_pass(region):
    assert reason_of([member(region=region)], [event()], [post()]) == "included"


def test_rule_8_configured_regions_replace_the_default():
    assert reason_of(*OK, [post()], regions=["US"]) == "excluded_region"
    assert reason_of([member(region="DE")], [event()], [post()], regions=[]) == "included"
    assert reason_of([member(region="GR")], [event()], [post()], regions=["el"]) == (
        "excluded_region"
    )


@pytest.mark.parametrize(
    "bad",
    [
        event(value=None),
        event(value="yes"),
        event(value="true"),
        event(at=None),
        event(at="soon"),
        event(at="2026-13-01T00:00:00Z"),
        event(version=None),
        event(at=AFTER, value="no"),
    ],
)
def test_rule_9_a_malformed_consent_event_makes_consent_unverifiable(bad):
    result = run([member()], [event(), bad], [post()])
    assert nonzero(result) == {"consent_unverifiable": 1}
    assert result.quarantined == {"members": 0, "consent": 1}


def test_malformed_events_of_other_settings_are_ignored_entirely():
    noise = event(setting="marketing_emails", value="maybe", at="whenever", version=None)
    result = run([member()], [event(), noise], [post()])
    assert result.included_post_ids == ["p1"]
    assert result.quarantined == {"members": 0, "consent": 0}


def test_unattributable_consent_rows_are_quarantined():
    result = run([member()], [event(), event(mid=None), event(setting=None)], [post()])
    assert result.included_post_ids == ["p1"]
    assert result.quarantined == {"members": 0, "consent": 2}


def test_rule_10_no_consent():
    assert reason_of([member()], [], [post()]) == "no_consent"
    assert reason_of([member()], [event(at=AFTER)], [post()]) == "no_consent"
    assert reason_of([member()], [event(setting="marketing_emails")], [post()]) == "no_consent"
    assert reason_of([member()], [event(mid="m2")], [post()]) == "no_consent"


def test_rule_11_consent_withdrawn_and_re_opt_in():
    out = [event(at="2025-01-01"), event(value=False, at="2025-06-01")]
    assert reason_of([member()], out, [post()]) == "consent_withdrawn"
    back_in = [*out, event(at="2026-01-01", version="v2")]
    assert run([member()], back_in, [post()]).policy_versions == ["v2"]
    assert reason_of([member()], [event(value=False)], [post()]) == "consent_withdrawn"


def test_events_after_the_snapshot_are_ignored():
    late_out = [event(at=BEFORE), event(value=False, at=AFTER)]
    assert reason_of([member()], late_out, [post()]) == "included"
    late_in = [event(value=False, at=BEFORE), event(at=AFTER)]
    assert reason_of([member()], late_in, [post()]) == "consent_withdrawn"
    at_snapshot = [event(value=False, at=BEFORE), event(at="2026-06-30T00:00:00Z")]
    assert reason_of([member()], at_snapshot, [post()]) == "included"


def test_ties_at_the_same_instant_the_opt_out_wins():
    same = [event(at=BEFORE), event(value=False, at=BEFORE), event(at=BEFORE)]
    assert reason_of([member()], same, [post()]) == "consent_withdrawn"
    # the same instant written in three zones
    zones = [
        event(at="2026-01-01T00:00:00Z"),
        event(value=False, at="2026-01-01T01:00:00+01:00"),
        event(at="2025-12-31T19:00:00-05:00"),
    ]
    assert reason_of([member()], zones, [post()]) == "consent_withdrawn"


def test_time_zones_decide_the_order_of_events():
    # 10:00+02:00 is 08:00Z, so the opt-out at 09:00 (no zone = UTC) is later and wins
    events = [event(at="2026-01-01T10:00:00+02:00"), event(value=False, at="2026-01-01T09:00:00")]
    assert reason_of([member()], events, [post()]) == "consent_withdrawn"
    events = [event(value=False, at="2026-01-01T10:00:00+02:00"), event(at="2026-01-01T09:00:00")]
    assert reason_of([member()], events, [post()]) == "included"


def test_snapshot_in_another_zone_is_the_same_instant():
    tokyo = SNAP.astimezone(timezone(timedelta(hours=9)))
    assert reason_of(*OK, [post(created="2026-06-30T00:00:00Z")], snapshot=tokyo) == "included"
    assert reason_of(*OK, [post(created="2026-06-30T08:59:59+09:00")], snapshot=tokyo) == (
        "included"
    )
    assert reason_of(*OK, [post(created="2026-06-30T09:00:01+09:00")], snapshot=tokyo) == (
        "after_snapshot"
    )


def test_rule_order_the_first_failing_rule_is_the_reason():
    # each post fails its own rule and every later one; the member has no consent at all
    members = [member("m1", region="DE"), member("m2", region=None)]
    posts = [
        post("a", "m1", kind="message", created=AFTER, deleted=BEFORE, text=""),
        post("b", "m1", created=AFTER, deleted=BEFORE, text=""),
        post("c", "m1", deleted=BEFORE, text=""),
        post("d", "m1", text=""),
        post("e", "m2"),
        post("f", "m1"),
        post("g", "zz", kind="message"),
    ]
    result = run(members, [], posts)
    assert result.excluded == {
        "invalid_id": 0,
        "malformed": 0,
        "unknown_member": 1,
        "disallowed_kind": 1,
        "after_snapshot": 1,
        "deleted": 1,
        "deleted_since_snapshot": 0,
        "empty": 1,
        "unknown_region": 1,
        "excluded_region": 1,
        "consent_unverifiable": 0,
        "no_consent": 0,
        "consent_withdrawn": 0,
        "withdrawn_since_snapshot": 0,
    }
    assert list(result.excluded) == list(REASONS)


def test_result_fields_are_exact_and_sorted():
    members = [member("m2"), member("m1"), member("m3", "JP")]
    consent = [
        event("m1", version="2024-11"),
        event("m2", version="2023-06"),
        event("m2", at="2025-01-01", version="2022-01"),
        event("m3", version="2025-09", value=False),
    ]
    posts = [
        post("p9", "m2"),
        post("p3", "m1"),
        post("p1", "m2"),
        post("p2", "m3"),
        post("p4", "m1", kind="message"),
    ]
    result = run(members, consent, posts)
    assert result.posts_read == 5
    assert result.included_post_ids == ["p1", "p3", "p9"]
    assert result.included_member_ids == ["m1", "m2"]
    assert result.policy_versions == ["2023-06", "2024-11"]
    assert result.included.column_names == ["post_id", "member_id", "kind", "text", "created_at"]
    assert result.included.column("post_id").to_pylist() == ["p3", "p1", "p9"]
    assert result.included.column("created_at").to_pylist()[0] == datetime(2026, 1, 1, tzinfo=UTC)
    assert result.posts_read == len(result.included) + sum(result.excluded.values())


def test_policy_versions_come_only_from_deciding_opt_ins_of_included_members():
    consent = [
        event("m1", at="2025-01-01", version="old"),
        event("m1", version="new"),
        event("m1", at=AFTER, version="future"),
        event("m2", version="unused"),
    ]
    result = run([member("m1"), member("m2")], consent, [post("p1", "m1")])
    assert result.policy_versions == ["new"]


def test_dictionary_encoded_and_chunked_columns_read_like_plain_ones():
    posts = table([post("p1"), post("p2", kind="message")], POST_COLUMNS)
    posts = posts.set_column(2, "kind", posts.column("kind").dictionary_encode())
    members = pa.concat_tables(
        [table([member("m1")], MEMBER_COLUMNS), table([member("m2", "DE")], MEMBER_COLUMNS)]
    )
    assert members.column("member_id").num_chunks == 2
    result = decide(members=members, consent=table([event()], CONSENT_COLUMNS), posts=posts,
                    snapshot_at=SNAP, read_at=SNAP, setting=SETTING, allowed_kinds=["post"],
                    excluded_regions=[])  # fmt: skip
    assert result.included_post_ids == ["p1"]
    assert nonzero(result) == {"disallowed_kind": 1}


def test_csv_style_text_values_are_read_case_insensitively():
    consent = table([event()], CONSENT_COLUMNS)
    for text, expected in [("TRUE", ["p1"]), (" false ", []), ("yes", [])]:
        consent = consent.set_column(2, "value", pa.array([text]))
        result = decide(
            members=table([member()], MEMBER_COLUMNS),
            consent=consent,
            posts=table([post()], POST_COLUMNS),
            snapshot_at=SNAP,
            read_at=SNAP,
            setting=SETTING,
            allowed_kinds=["post"],
            excluded_regions=[],
        )
        assert result.included_post_ids == expected, text


def test_empty_tables():
    result = run([], [], [])
    assert result.posts_read == 0 and sum(result.excluded.values()) == 0
    assert result.included_post_ids == [] and result.policy_versions == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"allowed_kinds": ["post", "reel"]}, r"policy\.allowed_kinds has unknown kind"),
        ({"allowed_kinds": "post"}, r"policy\.allowed_kinds must be a list"),
        ({"excluded_regions": ["DE", "Europe"]}, r"policy\.excluded_regions contains 'Europe'"),
        ({"setting": " "}, r"policy\.setting must be"),
    ],
)
def test_bad_policy_arguments_are_user_errors(kwargs, message):
    args = dict(
        members=table([], MEMBER_COLUMNS),
        consent=table([], CONSENT_COLUMNS),
        posts=table([], POST_COLUMNS),
        snapshot_at=SNAP,
        read_at=SNAP,
        setting=SETTING,
        allowed_kinds=["post"],
        excluded_regions=[],
    )
    with pytest.raises(UserError, match=message):
        decide(**{**args, **kwargs})


def test_naive_snapshot_and_missing_columns_are_refused():
    args = dict(
        members=table([], MEMBER_COLUMNS),
        consent=table([], CONSENT_COLUMNS),
        posts=table([], POST_COLUMNS),
        snapshot_at=SNAP,
        read_at=SNAP,
        setting=SETTING,
        allowed_kinds=["post"],
        excluded_regions=[],
    )
    with pytest.raises(ValueError, match="timezone-aware"):
        decide(**{**args, "snapshot_at": datetime(2026, 6, 30)})
    with pytest.raises(UserError, match=r"the posts table has no column\(s\) \['deleted_at'\]"):
        decide(**{**args, "posts": args["posts"].drop_columns(["deleted_at"])})
