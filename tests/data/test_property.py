"""Property test: ``decide`` equals an obvious per-row reference, and never lets through a post
whose author lacks verified consent at the snapshot, withdrew it before the data was read, or
lives in an excluded or unknown region."""

import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta

from hypothesis import event, given, settings
from hypothesis import strategies as st

from trainer.data.eligibility import REASONS
from trainer.data.regions import normalise_region

from .builders import SETTING, SNAP, run

S = SNAP
R = datetime(2026, 12, 1, tzinfo=UTC)  # read_at: the run start
TIMES = {  # text -> instant (None: unreadable); several spellings of the same instants
    "2026-01-01T00:00:00Z": datetime(2026, 1, 1, tzinfo=UTC),
    "2026-01-01T01:00:00+01:00": datetime(2026, 1, 1, tzinfo=UTC),
    "2025-12-31T19:00:00-05:00": datetime(2026, 1, 1, tzinfo=UTC),
    "2025-03-01": datetime(2025, 3, 1, tzinfo=UTC),
    "2026-06-30T00:00:00Z": S,
    "2026-06-30T02:00:00+02:00": S,
    "2026-06-30T00:00:01": S + timedelta(seconds=1),
    "2026-09-01T00:00:00Z": datetime(2026, 9, 1, tzinfo=UTC),  # between snapshot and read
    "2027-01-01T00:00:00Z": datetime(2027, 1, 1, tzinfo=UTC),
    "garbage": None,
    "2026-02-30T00:00:00Z": None,
}
EXCLUDED = ("DE", "GB", "GR")
KINDS = ("post", "comment")


def often(common, rare):
    """Mostly ``common`` values, sometimes ``rare`` ones, so that many worlds include some posts
    while every odd value still turns up."""
    repeat = -(-12 * len(rare) // len(common))  # rare values: about one draw in thirteen
    return st.sampled_from([*common * repeat, *rare])


mids = often(["m0", "m1", "m2"], ["m3", None, 5, 1, "M1", "m1\u2028", "", "m2 "])
good_times = [
    "2026-01-01T00:00:00Z",
    "2026-01-01T01:00:00+01:00",
    "2025-12-31T19:00:00-05:00",
    "2025-03-01",
    "2026-06-30T00:00:00Z",
    "2026-06-30T02:00:00+02:00",
]
times = often(good_times, [t for t in TIMES if t not in good_times] + [None, 3])

member_st = st.fixed_dictionaries(
    {
        "member_id": mids,
        "display_name": often(["Ana", "Zoë Ó Briain"], [None]),
        "region": often(["US", " us", "BR"], ["DE", "uk", "EL", "el ", "XX", "", None, 3]),
    }
)
members_st = st.lists(member_st, min_size=2, max_size=5, unique_by=lambda m: m["member_id"])
consent_st = st.lists(
    st.fixed_dictionaries(
        {
            "member_id": mids,
            "setting": often([SETTING], ["other", None, "Generative_AI_Training"]),
            "value": often([True, True, False], ["yes", None]),
            "at": times,
            "policy_version": often(["v1", "v2"], [None]),
        }
    ),
    max_size=8,
)
post_st = st.fixed_dictionaries(
    {
        "post_id": often([f"p{i}" for i in range(10)], [None, 1, "", "p\x851"]),
        "member_id": mids,
        "kind": often(["post", "comment"], ["article", "message", None]),
        "text": often(["hi"], ["", " \n", None]),
        "created_at": times,
        "deleted_at": often([None], [*TIMES, 4]),
    }
)
posts_st = st.lists(post_st, max_size=10, unique_by=lambda p: p["post_id"])


def with_repeat(rows: list[dict], repeat: int | None, **change) -> list[dict]:
    """Append a changed copy of one row, so that duplicate ids turn up now and then."""
    return rows + [{**rows[repeat % len(rows)], **change}] if rows and repeat is not None else rows


def when(value):
    return TIMES.get(value) if isinstance(value, str) else None


def good_id(value):
    return isinstance(value, str) and value.strip() != "" and value.splitlines() == [value]


def fold(value, punctuation=False):
    drop = ("Cf", "Cc", "Zs", "Zl", "Zp") + (("P", "S") if punctuation else ())
    text = unicodedata.normalize("NFKC", value)
    return "".join(c for c in text if not unicodedata.category(c).startswith(drop)).lower()


def number(value):
    """The number an id names: a JSON number, or the digits of a text id; None if none."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    digits = "".join(c for c in fold(value) if c in "0123456789") if isinstance(value, str) else ""
    return int(digits) if digits else None


def names_loosely(row, mid):
    if not isinstance(row["setting"], str) or fold(row["setting"], True) != fold(SETTING, True):
        return False
    rid = row["member_id"]
    if isinstance(rid, str) and fold(rid) == fold(mid):
        return True
    numeric = (isinstance(rid, int) and not isinstance(rid, bool)) or (
        isinstance(rid, str) and fold(rid).isdecimal() and fold(rid).isascii()
    )
    return numeric and number(rid) is not None and number(rid) == number(mid)


def reference(members, consent, posts):
    """Row by row, straight from the rules in the issues."""
    ids = Counter(m["member_id"] for m in members if isinstance(m["member_id"], str))
    roster = {
        m["member_id"]: m["region"]
        for m in members
        if good_id(m["member_id"])
        and isinstance(m["display_name"], str)
        and (m["region"] is None or isinstance(m["region"], str))
        and ids[m["member_id"]] == 1
    }
    status, versions, quarantined_consent = {}, {}, 0
    for e in consent:
        if not (good_id(e["member_id"]) and isinstance(e["setting"], str)):
            quarantined_consent += 1
        elif e["setting"] == SETTING and not (
            isinstance(e["value"], bool) and when(e["at"]) and isinstance(e["policy_version"], str)
        ):
            quarantined_consent += 1
    for mid in roster:
        mine = [e for e in consent if e["member_id"] == mid and e["setting"] == SETTING]
        near = [e for e in consent if names_loosely(e, mid) and not any(x is e for x in mine)]
        if near or any(
            not isinstance(e["value"], bool)
            or not when(e["at"])
            or not isinstance(e["policy_version"], str)
            for e in mine
        ):
            status[mid] = "consent_unverifiable"
            continue
        valid = [e for e in mine if when(e["at"]) <= S]
        if not valid:
            status[mid] = "no_consent"
            continue
        latest = max(when(e["at"]) for e in valid)
        at_latest = [e for e in valid if when(e["at"]) == latest]
        withdrawn = any(e["value"] is False for e in at_latest)
        since = any(e["value"] is False and S < when(e["at"]) <= R for e in mine)
        status[mid] = (
            "consent_withdrawn" if withdrawn else "withdrawn_since_snapshot" if since else None
        )
        versions[mid] = {e["policy_version"] for e in at_latest}

    seen, outcome = set(), []
    for p in posts:
        fields_ok = all(isinstance(p[k], str) for k in ("post_id", "member_id", "kind", "text"))
        deleted = p["deleted_at"]
        dup = isinstance(p["post_id"], str) and p["post_id"] in seen
        if isinstance(p["post_id"], str):
            seen.add(p["post_id"])
        region = normalise_region(roster.get(p["member_id"]))
        if any(isinstance(p[k], str) and not good_id(p[k]) for k in ("post_id", "member_id")):
            reason = "invalid_id"
        elif (
            not fields_ok
            or not when(p["created_at"])
            or (deleted is not None and not when(deleted))
            or dup
        ):
            reason = "malformed"
        elif p["member_id"] not in roster:
            reason = "unknown_member"
        elif p["kind"] not in KINDS:
            reason = "disallowed_kind"
        elif when(p["created_at"]) > S:
            reason = "after_snapshot"
        elif deleted is not None and when(deleted) <= S:
            reason = "deleted"
        elif deleted is not None and when(deleted) <= R:
            reason = "deleted_since_snapshot"
        elif not p["text"].strip():
            reason = "empty"
        elif region is None:
            reason = "unknown_region"
        elif region in EXCLUDED:
            reason = "excluded_region"
        else:
            reason = status[p["member_id"]]
        outcome.append((p, reason))
    included = [p for p, r in outcome if r is None]
    counts = Counter(r for _, r in outcome if r is not None)
    return {
        "excluded": {r: counts[r] for r in REASONS},
        "post_ids": sorted(p["post_id"] for p in included),
        "versions": sorted(set().union(*(versions[p["member_id"]] for p in included))),
        "quarantined": {"members": len(members) - len(roster), "consent": quarantined_consent},
        "status": status,
        "roster": roster,
    }


# An eligible author with one post, inserted at a random place in half of the worlds, so that
# inclusion is exercised often; the random rows around it may still spoil it.
ANCHOR = (
    {"member_id": "m9", "display_name": "Nguyễn Thị Lan", "region": "BR"},
    {"member_id": "m9", "setting": SETTING, "value": True, "at": "2025-03-01",
     "policy_version": "v9"},
    {"post_id": "p9", "member_id": "m9", "kind": "post", "text": "hi",
     "created_at": "2026-01-01T00:00:00Z", "deleted_at": None},
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    members_st,
    consent_st,
    posts_st,
    often([None], [0, 1]),
    often([None], [0, 1]),
    st.none() | st.integers(0, 10),
)
def test_decide_matches_the_reference_and_never_includes_ineligible_authors(m, c, p, dm, dp, at):
    m, p = with_repeat(m, dm, region="BR"), with_repeat(p, dp, text="changed")
    if at is not None:
        for rows, row in zip((m, c, p), ANCHOR, strict=True):
            rows.insert(at % (len(rows) + 1), dict(row))
    result = run(m, c, p, kinds=KINDS, regions=EXCLUDED, read_at=R)
    event(f"included posts: {min(len(result.included_post_ids), 2)}")
    expected = reference(m, c, p)
    assert result.excluded == expected["excluded"]
    assert result.included_post_ids == expected["post_ids"]
    assert result.policy_versions == expected["versions"]
    assert result.quarantined == expected["quarantined"]
    assert result.posts_read == len(result.included_post_ids) + sum(result.excluded.values())
    for mid in result.included_member_ids:  # the safety property, stated directly
        assert expected["status"][mid] is None  # verified opt-in at the snapshot, still standing
        assert normalise_region(expected["roster"][mid]) not in (None, *EXCLUDED)
