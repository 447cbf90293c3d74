"""`verify --data`: re-run eligibility on the recorded sources, snapshot and policy.

Confirms each source file still has the recorded digest and row count, then that the same posts
and members come out, with the same per-reason exclusion counts and policy versions.
Relative source paths are resolved against the current directory (where train.py ran).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trainer.data.prepare import parse_snapshot, select_eligible
from trainer.manifest.checks import VerifyReport, id_digest
from trainer.manifest.io import file_sha256

TABLES = ("members", "consent", "posts")


def check_rerun(report: VerifyReport, m: dict[str, Any]) -> None:
    """Append the `--data` checks for manifest `m` to `report`."""
    consent, data = m.get("consent"), m.get("data")
    if not isinstance(consent, dict) or not isinstance(data, dict):
        report.add("data.rerun", False, "data.rerun: the run recorded no consent/data section "
                   "(it stopped before data preparation): nothing to re-run")
        return
    # Withdrawals count up to when the data was read; older manifests: the run start.
    read_at = consent.get("read_at") or (m.get("run") or {}).get("started_at")
    paths = _check_sources(report, data.get("sources") or [])
    if paths is None:
        report.add("data.rerun", False, "data.rerun: not run: a source file is missing or "
                   "not recorded")
        return
    selection = select_eligible(
        members_path=paths["members"],
        consent_path=paths["consent"],
        posts_path=paths["posts"],
        snapshot_at=parse_snapshot(consent["snapshot_at"], now=datetime.now(UTC)),
        read_at=parse_snapshot(read_at, now=datetime.now(UTC)),
        setting=consent["setting"],
        allowed_kinds=list(consent["allowed_kinds"]),
        excluded_regions=list(consent["excluded_regions"]),
    )
    rows = {s.get("table"): s.get("rows") for s in data["sources"]}
    for src in selection.sources:
        report.add(f"data.rerun rows.{src.table}", rows.get(src.table) == src.rows,
                   f"data.sources.{src.table}: manifest says {rows.get(src.table)} rows, "
                   f"re-run reads {src.rows}")
    _compare(report, data, consent, selection.result)


def _check_sources(report: VerifyReport, sources: list[dict]) -> dict[str, Path] | None:
    """Digest and row count of each recorded source; the paths, or None if one is unusable."""
    paths: dict[str, Path] = {}
    for src in sources:
        table, path = src.get("table"), Path(str(src.get("path")))
        name = f"data.sources.{table}"
        if not path.is_file():
            report.add(name, False, f"{name}: {path} not found (relative paths are resolved "
                                    "against the current directory)")
            continue
        paths[str(table)] = path
        report.add(name, file_sha256(path) == src.get("sha256"),
                   f"{name}: {path}: sha256 mismatch: the source file changed since the run")
    if set(TABLES) - paths.keys():
        return None
    return paths


def _compare(report: VerifyReport, data: dict, consent: dict, result: Any) -> None:
    report.add("data.rerun posts_read", result.posts_read == data.get("posts_read"),
               f"data.posts_read: manifest says {data.get('posts_read')}, "
               f"re-run reads {result.posts_read}")
    recorded = data.get("excluded") or {}
    for reason in sorted(recorded.keys() | result.excluded.keys()):
        was, now = recorded.get(reason), result.excluded.get(reason)
        report.add(f"data.rerun excluded.{reason}", was == now,
                   f"data.excluded.{reason}: manifest says {was}, re-run gives {now}")
    for name, ids in (("included_posts", result.included_post_ids),
                      ("included_members", result.included_member_ids)):
        entry = data.get(name) or {}
        report.add(f"data.rerun {name}", id_digest(list(ids)) == entry.get("sha256"),
                   f"{entry.get('file', name)}: re-run selects a different set "
                   f"({len(ids)} ids, manifest says {entry.get('count')})")
    versions = sorted(result.policy_versions)
    report.add("data.rerun policy_versions", versions == sorted(consent["policy_versions"]),
               f"consent.policy_versions: manifest says {consent['policy_versions']}, "
               f"re-run gives {versions}")
