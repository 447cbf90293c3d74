"""Fail closed on consent: who left after the snapshot, near-miss opt-outs, ids that cannot
live in an id list (issue 17, items 1, 2 and 8)."""

from datetime import UTC, datetime, timedelta

import pyarrow as pa
import pytest

from trainer.data.eligibility import decide
from trainer.data.tables import CONSENT_COLUMNS, MEMBER_COLUMNS, POST_COLUMNS

from .builders import SETTING, SNAP, event, member, nonzero, post, reason_of, run, table

READ = datetime(2026, 12, 1, 16, tzinfo=UTC)  # the run start, months after the snapshot
BETWEEN = "2026-11-18T09:00:00Z"  # after the snapshot, before the run start
LATER = "2026-12-20T00:00:00Z"  # after the run start
OK = ([member()], [event()])


# 1. Withdrawals and deletions after the snapshot, up to the time the data is read.


def test_an_opt_out_after_the_snapshot_but_before_the_run_removes_the_member():
    consent = [event(), event(value=False, at=BETWEEN)]
    assert reason_of([member()], consent, [post()], read_at=READ) == "withdrawn_since_snapshot"
    # the snapshot alone still says what was consented: read at the snapshot, they were in
    assert reason_of([member()], consent, [post()], read_at=SNAP) == "included"


def test_an_opt_out_after_the_run_start_is_not_yet_known():
    consent = [event(), event(value=False, at=LATER)]
    assert reason_of([member()], consent, [post()], read_at=READ) == "included"


def test_an_opt_out_exactly_at_the_run_start_counts():
    consent = [event(), event(value=False, at=READ.isoformat())]
    assert reason_of([member()], consent, [post()], read_at=READ) == "withdrawn_since_snapshot"


def test_withdrawing_and_opting_in_again_after_the_snapshot_still_removes_the_member():
    consent = [event(), event(value=False, at=BETWEEN), event(at="2026-11-20T00:00:00Z")]
    assert reason_of([member()], consent, [post()], read_at=READ) == "withdrawn_since_snapshot"


def test_an_opt_in_after_the_snapshot_does_not_admit_anyone():
    consent = [event(value=False), event(at=BETWEEN)]
    assert reason_of([member()], consent, [post()], read_at=READ) == "consent_withdrawn"
    assert reason_of([member()], [event(at=BETWEEN)], [post()], read_at=READ) == "no_consent"


def test_a_post_deleted_after_the_snapshot_but_before_the_run_is_dropped():
    assert reason_of(*OK, [post(deleted=BETWEEN)], read_at=READ) == "deleted_since_snapshot"
    assert reason_of(*OK, [post(deleted=BETWEEN)], read_at=SNAP) == "included"
    assert reason_of(*OK, [post(deleted=LATER)], read_at=READ) == "included"


def test_a_member_deleted_from_the_members_table_or_moved_is_judged_as_they_are_now():
    assert reason_of([], [event()], [post()], read_at=READ) == "unknown_member"
    assert reason_of([member(region="DE")], [event()], [post()], read_at=READ) == (
        "excluded_region"
    )


def test_a_read_time_before_the_snapshot_removes_nobody():
    consent = [event(), event(value=False, at=BETWEEN)]
    early = SNAP - timedelta(days=1)
    assert reason_of([member()], consent, [post()], read_at=early) == "included"


def test_read_at_must_be_timezone_aware():
    with pytest.raises(ValueError, match="read_at must be a timezone-aware datetime"):
        run(*OK, [post()], read_at=datetime(2026, 12, 1))


def test_broken_events_of_the_window_still_make_consent_unverifiable():
    consent = [event(), event(value="maybe", at=BETWEEN)]
    assert reason_of([member()], consent, [post()], read_at=READ) == "consent_unverifiable"


# 2. Near-miss opt-outs: matched only after folding, they fail closed.


@pytest.mark.parametrize(
    "near_id", ["m00000 ", "M00000", "m00000\u200b", "\ufeffm00000", "m00000\u2028", 0, "00000"]
)
def test_a_near_miss_member_id_makes_the_member_unverifiable(near_id):
    members = [member("m00000")]
    consent = [event("m00000"), event(near_id, value=False, at="2026-03-01T00:00:00Z")]
    result = run(members, consent, [post(mid="m00000")])
    assert nonzero(result) == {"consent_unverifiable": 1}
    assert result.near_misses == 1


@pytest.mark.parametrize(
    "near_setting",
    ["Generative_AI_Training", "generative_ai_training ", "generative-ai-training",
     "Generative AI Training", "generative_ai_training\u200b"],
)  # fmt: skip
def test_a_near_miss_setting_makes_the_member_unverifiable(near_setting):
    consent = [event(), event(value=False, at="2026-03-01T00:00:00Z", setting=near_setting)]
    assert reason_of([member()], consent, [post()]) == "consent_unverifiable"


def test_a_near_miss_of_any_date_or_value_fails_closed():
    for extra in (event("M1", at="2030-01-01T00:00:00Z"), event("M1"), event(" m1", value="x")):
        assert reason_of([member()], [event(), extra], [post()]) == "consent_unverifiable"


def test_exact_rows_and_unrelated_rows_change_nothing():
    members = [member("m1"), member("m2")]
    consent = [
        event("m1"),
        event("m1", at="2026-02-01T00:00:00Z"),
        event("m2"),
        event("M1", setting="marketing_emails", value=False),  # another setting entirely
        event("m3", value=False),  # no such member
        event(99, value=False),  # a number that is no member's number
    ]
    result = run(members, consent, [post("p1", "m1"), post("p2", "m2")])
    assert result.included_post_ids == ["p1", "p2"]
    assert result.near_misses == 0


def test_two_members_whose_ids_fold_together_both_fail_closed():
    members = [member("m1"), member("M1")]
    result = run(members, [event("m1"), event("M1")], [post("p1", "m1"), post("p2", "M1")])
    assert nonzero(result) == {"consent_unverifiable": 2}


def test_a_number_names_the_member_whose_id_holds_that_number():
    members = [member("m00007"), member("m00070"), member("alice")]
    consent = [event(m) for m in ("m00007", "m00070", "alice")] + [event(7, value=False)]
    posts = [post("p1", "m00007"), post("p2", "m00070"), post("p3", "alice")]
    result = run(members, consent, posts)
    assert result.included_post_ids == ["p2", "p3"]
    assert nonzero(result) == {"consent_unverifiable": 1}


def test_an_integer_member_id_column_is_matched_by_number():
    consent = table([event("m00000")], CONSENT_COLUMNS)
    consent = pa.concat_tables([consent, consent]).set_column(
        0, "member_id", pa.array([None, 0], pa.int64())
    )
    result = decide(
        members=table([member("m00000")], MEMBER_COLUMNS),
        consent=consent,
        posts=table([post(mid="m00000")], POST_COLUMNS),
        snapshot_at=SNAP,
        read_at=SNAP,
        setting=SETTING,
        allowed_kinds=["post"],
        excluded_regions=[],
    )
    assert nonzero(result) == {"consent_unverifiable": 1}


# 8. Ids that are empty or hold a line break are quarantined per row, never fatal.

BREAKS = ["\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("brk", BREAKS)
def test_every_line_break_str_splitlines_knows_is_covered(brk):
    assert len(f"a{brk}b".splitlines()) == 2
    assert reason_of(*OK, [post(pid=f"p{brk}1")]) == "invalid_id"


@pytest.mark.parametrize("bad", ["", "  ", "p\n1", "p\u20281", "p\x851"])
def test_a_post_with_an_empty_or_multi_line_id_is_invalid_id(bad):
    result = run(*OK, [post("p1"), post(bad), post("p2", mid=bad)])
    assert result.included_post_ids == ["p1"]
    assert nonzero(result) == {"invalid_id": 2}
    assert result.invalid_ids["posts"] == 2


@pytest.mark.parametrize("bad", ["", " ", "m\u20282", "m\x0c2"])
def test_a_member_row_with_a_bad_id_is_quarantined_and_the_run_goes_on(bad):
    members = [member("m1"), member(bad)]
    result = run(members, [event("m1"), event(bad)], [post("p1", "m1")])
    assert result.included_post_ids == ["p1"]
    assert result.quarantined == {"members": 1, "consent": 1}
    assert result.invalid_ids == {"members": 1, "consent": 1, "posts": 0}


def test_a_consent_row_with_a_line_break_in_a_members_id_is_a_near_miss():
    consent = [event(), event("m1\u2028", value=False)]
    result = run([member()], consent, [post()])
    assert nonzero(result) == {"consent_unverifiable": 1}
    assert result.quarantined["consent"] == 1
