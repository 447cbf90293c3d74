"""Consent changes: which trained members of each active run would no longer be eligible at TIME.

Eligibility is decided by the training code itself (`trainer.data.eligibility.decide`), on the
new tables, once per distinct consent policy among the active runs. The reason for each member
comes from the same rules: a member-level reason (left the members table, region, consent) if
one applies, else the reasons of their posts (deleted, after the snapshot, ...), else
`no_posts`. Ids and reasons only, never text.
"""

from __future__ import annotations

import inspect
import json
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from trainer.data import consent_rules
from trainer.data import eligibility as el
from trainer.data.prepare import parse_snapshot
from trainer.data.regions import validate_region_codes
from trainer.data.tables import MALFORMED_COLUMN, read_table
from trainer.registry import query

NO_POSTS = "no_posts"  # the member passes the member-level rules but has no post left
UNATTRIBUTED = "unattributed"


def consent_changes(db: sqlite3.Connection, *, consent: Path, members: Path,
                    posts: Path | None, at: str | None,
                    retired: dict[str, dict]) -> dict[str, Any]:
    """Per active run: the trained members no longer eligible at `at` (default now), and why.

    Each run lists `members` (sorted ids) and `reasons` (the reason of each, same order);
    `all_reasons` gives every reason found per member (e.g. their posts' reasons)."""
    snapshot = parse_snapshot(at, now=datetime.now(UTC))
    tables = {"members": read_table("members", members)[0],
              "consent": read_table("consent", consent)[0]}
    if posts is not None:
        tables["posts"] = read_table("posts", posts)[0]
    active = query.active_runs(db, retired)
    by_policy: dict[str, list[dict]] = {}
    for run in active:
        by_policy.setdefault(json.dumps(run["policy"], sort_keys=True), []).append(run)
    reg_keys, reg_ids = _registry_members(db) if active else (np.zeros(0, np.int64), None)
    out_runs: list[dict[str, Any]] = []
    details: dict[str, list[str]] = {}  # member id -> every reason of theirs (post reasons too)
    for policy_json, group in by_policy.items():
        policy = json.loads(policy_json) or {}
        if not policy.get("setting"):  # an unverifiable manifest without its consent section
            out_runs += [{**_run_fields(run), "no_longer_eligible": None, "by_reason": {},
                          "members": [], "reasons": [],
                          "error": "no consent policy recorded (the manifest does not verify): "
                                   "check this run by hand"} for run in group]
            continue
        judged = judge(tables, snapshot, policy, reg_ids)
        gone = ~pc.is_in(reg_ids, value_set=judged.eligible).to_numpy(zero_copy_only=False)
        per_run = query.members_in_runs(db, reg_keys[gone], {r["run_key"] for r in group})
        lost_keys = np.unique(np.concatenate(list(per_run.values()))) if per_run else \
            np.zeros(0, np.int64)
        names = query.ids_of(db, lost_keys)
        lost_ids = np.array([names[int(k)] for k in lost_keys], dtype=object)
        rank = np.empty(len(lost_ids), dtype=np.int64)
        rank[np.argsort(lost_ids, kind="stable")] = np.arange(len(lost_ids))
        by_rank = lost_ids[np.argsort(rank)]  # ids in sorted order: by_rank[rank[i]] = id i
        reasons = judged.reasons(list(by_rank))
        primary = np.array([reasons[i][0] for i in by_rank], dtype=object)
        for run in group:
            ranks = np.sort(rank[np.searchsorted(lost_keys, per_run.get(run["run_key"], []))])
            run_reasons = primary[ranks].tolist()
            out_runs.append({
                **_run_fields(run), "no_longer_eligible": len(ranks),
                "by_reason": dict(sorted(Counter(run_reasons).items())),
                "members": by_rank[ranks].tolist(), "reasons": run_reasons,
            })
        details.update({i: reasons[i][1] for i in by_rank})
    out_runs.sort(key=lambda r: (r["snapshot_at"] or "", r["run_dir"]))
    return {"at": snapshot.isoformat().replace("+00:00", "Z"), "posts_checked": posts is not None,
            "active_runs": len(active), "runs": out_runs, "all_reasons": details}


def _run_fields(run: dict[str, Any]) -> dict[str, Any]:
    return {"run_id": run["run_id"], "run_dir": run["run_dir"], "status": run["status"],
            "snapshot_at": run["snapshot_at"], "verified": bool(run["verified"]),
            "trained": run["n_train"]}


def _registry_members(db: sqlite3.Connection) -> tuple[np.ndarray, pa.Array]:
    """Every member key and id the registry knows, in key order."""
    ids = pa.array([r[0] for r in db.execute("SELECT member_id FROM members ORDER BY "
                                             "member_key")], pa.string())
    top = db.execute("SELECT max(member_key) FROM members").fetchone()[0] or 0
    if top == len(ids):  # keys are handed out 1, 2, 3, ... and never removed
        return np.arange(1, top + 1, dtype=np.int64), ids
    keys = np.fromiter((r[0] for r in db.execute("SELECT member_key FROM members ORDER BY "
                                                 "member_key")), dtype=np.int64)
    return keys, ids


def _fit(fn, *args, **kwargs):
    """Call an eligibility function with the keyword arguments its signature takes (the module
    is evolving: `read_at` arrived while this was written)."""
    accepted = inspect.signature(fn).parameters
    return fn(*args, **{k: v for k, v in kwargs.items() if k in accepted})


def decide_at(tables: dict[str, pa.Table], snapshot: datetime, policy: dict,
              posts: pa.Table) -> el.EligibilityResult:
    """`eligibility.decide` as of `snapshot`, read at the same instant."""
    return _fit(el.decide, members=tables["members"], consent=tables["consent"], posts=posts,
                snapshot_at=snapshot, read_at=snapshot, setting=policy.get("setting", ""),
                allowed_kinds=policy.get("allowed_kinds") or [],
                excluded_regions=policy.get("excluded_regions") or [])


def probe_posts(member_ids: pa.Array, policy: dict) -> pa.Table:
    """One valid post per member (allowed kind, old, not deleted): it can only fail on a
    member-level rule (left the members table, region, consent)."""
    kinds = [k for k in policy.get("allowed_kinds") or [] if k not in el.NEVER_ELIGIBLE_KINDS]
    n = len(member_ids)
    return pa.table({
        "post_id": pc.binary_join_element_wise("probe:", member_ids, ""),
        "member_id": member_ids,
        "kind": pa.array([kinds[0] if kinds else "post"] * n, pa.string()),
        "text": pa.array(["probe"] * n, pa.string()),
        "created_at": pa.array(["1970-01-01T00:00:00Z"] * n, pa.string()),
        "deleted_at": pa.nulls(n, pa.string()),
        MALFORMED_COLUMN: pa.array([False] * n, pa.bool_()),
    })


@dataclass
class Judgement:
    """Who is eligible at the snapshot, and a function labelling the others with reasons."""

    eligible: pa.Array
    reasons: Callable[[list[str]], dict[str, tuple[str, list[str]]]]


def judge(tables: dict[str, pa.Table], snapshot: datetime, policy: dict,
          extra_ids: pa.Array | None = None) -> Judgement:
    """Eligibility of every member at `snapshot` under `policy`, by the training rules.

    With a posts table, a member is eligible when one of their posts is; without one, when
    they pass the member-level rules (posts assumed unchanged). One pass of the rules gives
    both the eligible set and each post's reason. Should the rules module change shape, the
    eligible set comes from `decide` instead and reasons read `unattributed`, with a warning:
    the lists stay exact.
    """
    try:
        return _judge(tables, snapshot, policy)
    except (TypeError, AttributeError, ValueError, KeyError, IndexError) as err:
        print(f"warning: reasons cannot be attributed ({type(err).__name__}: {err}); the "
              "members listed are still exactly those no longer eligible", file=sys.stderr)
    posts = tables.get("posts")
    if posts is None:
        roster = tables["members"].column("member_id").combine_chunks().cast(pa.string())
        known = pa.concat_arrays([roster] + ([extra_ids] if extra_ids is not None else []))
        posts = probe_posts(pc.unique(known).drop_null(), policy)
    eligible = pa.array(decide_at(tables, snapshot, policy, posts).included_member_ids,
                        pa.string())
    return Judgement(eligible, lambda ids: {i: (UNATTRIBUTED, [UNATTRIBUTED]) for i in ids})


def _judge(tables: dict[str, pa.Table], snapshot: datetime, policy: dict) -> Judgement:
    excluded = validate_region_codes(policy.get("excluded_regions") or [],
                                     option="policy.excluded_regions")
    micros = (snapshot - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
    roster, region = _fit(el.roster, tables["members"], frozenset(excluded))[:2]
    consent = _fit(consent_rules.consent_state, tables["consent"], roster,
                   setting=policy.get("setting", ""), snapshot_us=micros, read_us=micros)
    kinds = el.check_kinds(policy.get("allowed_kinds") or []) - el.NEVER_ELIGIBLE_KINDS
    included = len(el.REASONS)

    def post_reasons(posts: pa.Table) -> np.ndarray:
        return _fit(el.post_reasons, posts, roster, region, consent.status, kinds=kinds,
                    snapshot_us=micros, read_us=micros)[0]

    posts = tables.get("posts")
    if posts is None:
        eligible = roster.filter(pa.array(post_reasons(probe_posts(roster, policy)) == included))
        owners, reasons = None, None
    else:
        reasons = post_reasons(posts)
        owners = pc.cast(posts.column("member_id"), pa.string())
        eligible = pc.unique(owners.filter(pa.array(reasons == included))).drop_null()
    names = [*el.REASONS, "eligible"]

    def label(ids: list[str]) -> dict[str, tuple[str, list[str]]]:
        if not ids:
            return {}
        wanted = pa.array(ids, pa.string())
        member_level = [names[r] for r in post_reasons(probe_posts(wanted, policy))]
        seen: dict[str, Counter] = {i: Counter() for i in ids}
        if owners is not None:
            mine = np.flatnonzero(pc.is_in(owners, value_set=wanted).to_numpy(
                zero_copy_only=False))
            for owner, r in zip(owners.take(pa.array(mine)).to_pylist(), reasons[mine],
                                strict=True):
                seen[owner][names[r]] += 1
        out = {}
        for i, level in zip(ids, member_level, strict=True):
            if level != "eligible":
                out[i] = (level, [level])
            elif seen[i]:
                out[i] = (seen[i].most_common(1)[0][0], sorted(seen[i], key=names.index))
            else:
                out[i] = (NO_POSTS, [NO_POSTS])
        return out

    return Judgement(eligible, label)


def member_reasons(tables: dict[str, pa.Table], snapshot: datetime, policy: dict,
                   ids: list[str]) -> dict[str, tuple[str, list[str]]]:
    """id -> (reason, all reasons) for members that are not eligible at `snapshot`."""
    return judge(tables, snapshot, policy).reasons(ids)
