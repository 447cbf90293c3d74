"""Why a member included in one run is absent from another: the eligibility rule that excluded
their posts in the later run, found by re-running that run's rules on its own source tables.

Uses only what run B recorded (its source files, which must still have the recorded digests,
its snapshot, read time and policy), through the same `decide` training uses; where the data is
not available the reason is said to be unknown, never guessed.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from trainer.data.eligibility import decide
from trainer.data.prepare import parse_snapshot
from trainer.data.tables import read_table
from trainer.errors import UserError

TABLES = ("members", "consent", "posts")
# Each member is judged on their own rows: bounded so a large diff stays quick.
MAX_ATTRIBUTED = 500


def removal_reasons(m: dict[str, Any], member_ids: list[str], *,
                    limit: int = MAX_ATTRIBUTED) -> dict[str, dict[str, Any]]:
    """member id -> `{"reasons": {rule: posts}, "snapshot_at", "read_at"}`, or
    `{"reasons": None, "unknown": why}` when run `m`'s data cannot be re-run."""
    if not member_ids:
        return {}
    consent, data = m.get("consent"), m.get("data")
    if not isinstance(consent, dict) or not isinstance(data, dict):
        return _unknown(member_ids, "run B recorded no consent/data section")
    try:
        tables = _load(data.get("sources") or [])
    except UserError as err:
        return _unknown(member_ids, str(err))
    now = datetime.now(UTC)
    read_at = consent.get("read_at") or (m.get("run") or {}).get("started_at")
    when = {"snapshot_at": consent["snapshot_at"], "read_at": read_at}
    policy = dict(snapshot_at=parse_snapshot(consent["snapshot_at"], now=now),
                  read_at=parse_snapshot(read_at, now=now), setting=consent["setting"],
                  allowed_kinds=list(consent["allowed_kinds"]),
                  excluded_regions=list(consent["excluded_regions"]))
    rows = {name: _rows_by_member(tables[name]) for name in ("members", "posts")}
    out: dict[str, dict[str, Any]] = {}
    for i, member in enumerate(sorted(member_ids)):
        if i >= limit:
            out[member] = {"reasons": None, "unknown": f"not attributed: only the first {limit} "
                                                       "removed members are re-run"}
            continue
        posts = _take(tables["posts"], rows["posts"].get(member, []))
        if posts.num_rows == 0:
            out[member] = {"reasons": {}, **when,
                           "note": "no posts left in the later run's data (deleted)"}
            continue
        result = decide(members=_take(tables["members"], rows["members"].get(member, [])),
                        consent=tables["consent"], posts=posts, **policy)
        reasons = {r: n for r, n in result.excluded.items() if n}
        out[member] = {"reasons": reasons, **when}
        if result.included_member_ids:
            out[member]["note"] = "eligible when re-run: the source data changed since?"
    return out


def describe(entry: dict[str, Any]) -> str:
    """One line: `no_consent (2 posts) at snapshot S, data read at R`, or why unknown."""
    if entry.get("reasons") is None:
        return f"unknown ({entry.get('unknown')})"
    rules = ", ".join(f"{r} ({n} post{'s' if n != 1 else ''})"
                      for r, n in sorted(entry["reasons"].items(), key=lambda kv: -kv[1]))
    text = f"{rules or entry.get('note', 'no rule found')} at snapshot {entry['snapshot_at']}, " \
           f"data read at {entry['read_at']}"
    return text if not rules or "note" not in entry else f"{text} ({entry['note']})"


def _unknown(member_ids: list[str], why: str) -> dict[str, dict[str, Any]]:
    return {i: {"reasons": None, "unknown": why} for i in member_ids}


def _load(sources: list[dict]) -> dict[str, Any]:
    """The later run's tables, refused (UserError) unless each still has its recorded digest."""
    recorded = {s.get("table"): s for s in sources if isinstance(s, dict)}
    tables = {}
    for name in TABLES:
        src = recorded.get(name)
        if src is None:
            raise UserError(f"run B recorded no {name} source")
        try:
            table, info = read_table(name, src["path"])
        except UserError as err:
            raise UserError(f"run B's {name} source cannot be read: {err}") from err
        except OSError as err:
            raise UserError(f"run B's {name} source {src['path']} cannot be read "
                            f"({err.strerror})") from err
        if info.sha256 != src.get("sha256"):
            raise UserError(f"run B's {name} source {src['path']} changed since that run")
        tables[name] = table
    return tables


def _take(table: pa.Table, rows: list[int]) -> pa.Table:
    return table.take(pa.array(rows, pa.int64()))


def _rows_by_member(table: Any) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = defaultdict(list)
    for i, member in enumerate(table.column("member_id").to_pylist()):
        rows[str(member)].append(i)
    return rows
