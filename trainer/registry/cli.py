"""`python -m trainer.registry`: the run registry's command line, a thin face over the library.

Every command takes `--registry PATH` (default: $TRAINER_REGISTRY, else outputs/registry.sqlite).
Library errors become `Error: ...` and exit 1. Output names ids, never post text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from trainer.data.tables import read_table
from trainer.errors import UserError, user_errors
from trainer.manifest.io import key_from_env
from trainer.registry import changes, query, retire, retrain
from trainer.registry.db import REGISTRY_ENV, default_registry_path, open_registry, schema_version
from trainer.registry.index import index_roots, index_run


def registry_option(fn):
    return click.option(
        "--registry", "registry", type=click.Path(path_type=Path), default=None,
        help=f"Registry file [default: ${REGISTRY_ENV}, else outputs/registry.sqlite].")(fn)


def format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(["table", "json"]),
                        default="table", show_default=True, help="Output format.")(fn)


def _open(registry: Path | None, *, create: bool = False):
    path = registry or default_registry_path()
    return path, open_registry(path, create=create)


def _retired(registry: Path) -> dict[str, dict]:
    return retire.retired_runs(retire.logs_for(None, registry))


def _json(obj: Any) -> None:
    click.echo(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Which runs trained on whom: index runs, act on consent changes, retire and retrain.

    Example:

    \b
        python -m trainer.registry index outputs multirun
        python -m trainer.registry find-member m000123
    """


@cli.command(name="index")
@click.argument("roots", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Re-verify runs already indexed unchanged too.")
@registry_option
@user_errors
def index_cmd(roots: tuple[Path, ...], rebuild: bool, registry: Path | None) -> None:
    """Verify every run under ROOTs and record it; unverifiable runs are recorded as such.

    Example:

    \b
        python -m trainer.registry index outputs multirun --registry outputs/registry.sqlite
    """
    path, db = _open(registry, create=True)
    report = index_roots(db, list(roots), rebuild=rebuild, key=key_from_env())
    for run_dir, problem in report.unverifiable:
        click.echo(f"UNVERIFIABLE {run_dir}: {problem}")
    for run_dir in report.removed:
        click.echo(f"removed {run_dir} (its directory is gone)")
    click.echo(f"{path}: {len(report.added)} added, {len(report.updated)} updated, "
               f"{len(report.unchanged)} unchanged, {len(report.unverifiable)} unverifiable, "
               f"{len(report.removed)} removed")


@cli.command(name="find-member")
@click.argument("member_id")
@click.option("--members", "members_table", type=click.Path(path_type=Path), default=None,
              help="A members table (JSONL, Parquet, CSV): say whether it knows the id.")
@registry_option
@format_option
@user_errors
def find_member_cmd(member_id: str, members_table: Path | None, registry: Path | None,
                    fmt: str) -> None:
    """Every indexed run that included MEMBER_ID: role, status, snapshot, model, retired.

    Exits 0 when the member is in some run, 1 when in none.

    Example:

    \b
        python -m trainer.registry find-member m000123 --members data/demo/members.jsonl
    """
    path, db = _open(registry)
    found = query.find_member(db, member_id, _retired(path))
    if members_table is not None:

        ids = read_table("members", members_table)[0].column("member_id").to_pylist()
        found["members_table"] = {"path": str(members_table), "knows_id": member_id in set(ids)}
    if fmt == "json":
        _json(found)
    else:
        click.echo("\n".join(_find_lines(found)))
    raise SystemExit(0 if found["hits"] else 1)


def _find_lines(found: dict[str, Any]) -> list[str]:
    lines = []
    for h in found["hits"]:
        role = h["role"] + ("" if h["verified"] else f", UNVERIFIED: {h['problem']}")
        model = f"adapter {h['adapter']}" if h["adapter"] else f"model: {h['model']}"
        line = (f"{h['run_dir']}  run {h['run_id']}  {h['status']}  snapshot {h['snapshot_at']}"
                f"  role {role}  {model}")
        if h["replaces"]:
            line += f"  replaces {h['replaces']}"
        if h["retired"]:
            line += f"  RETIRED {h['retired']['retired_at']} ({h['retired']['reason']})"
        lines.append(line)
    for h in found["unknown"]:
        lines.append(f"{h['run_dir']}  UNVERIFIABLE ({h['problem']}): member lists unreadable; "
                     "it may include the member")
    n, retired = len(found["hits"]), sum(bool(h["retired"]) for h in found["hits"])
    summary = (f"found in {n} run{'s' if n != 1 else ''}" + (f" ({retired} retired)"
               if retired else "")) if n else (
        "found in no run" + ("" if found["known"] else " (no indexed run ever listed this id)"))
    if found["unknown"]:
        summary += f"; {len(found['unknown'])} run(s) could not be read"
    lines.append(f"member {found['member_id']}: {summary}")
    if "members_table" in found:
        t = found["members_table"]
        lines.append(f"members table {t['path']}: " + ("knows the id" if t["knows_id"] else
                     "does not know the id (deleted, or never a member)"))
    return lines


@cli.command(name="consent-changes")
@click.option("--consent", type=click.Path(path_type=Path), required=True,
              help="The current consent table.")
@click.option("--members", type=click.Path(path_type=Path), required=True,
              help="The current members table.")
@click.option("--posts", type=click.Path(path_type=Path), default=None,
              help="The current posts table; without it, post-level reasons (deleted, ...) are "
                   "not checked.")
@click.option("--at", default=None, metavar="TIME", help="ISO 8601 instant [default: now].")
@registry_option
@format_option
@user_errors
def consent_changes_cmd(consent: Path, members: Path, posts: Path | None, at: str | None,
                        registry: Path | None, fmt: str) -> None:
    """For every active run: trained members no longer eligible at TIME, and why.

    Example:

    \b
        python -m trainer.registry consent-changes --consent consent.jsonl \\
            --members members.jsonl --posts posts.jsonl --at 2026-07-01T00:00:00Z
    """

    path, db = _open(registry)
    result = changes.consent_changes(db, consent=consent, members=members, posts=posts, at=at,
                                     retired=_retired(path))
    if fmt == "json":
        _json(result)
        return
    hit = [r for r in result["runs"] if r["no_longer_eligible"] or r.get("error")]
    lines = [f"consent changes at {result['at']}: {len(hit)} of {result['active_runs']} active "
             f"runs trained members no longer eligible"
             + ("" if result["posts_checked"] else " (posts not checked: give --posts)")]
    for r in result["runs"]:
        reasons = ", ".join(f"{k} {v}" for k, v in r["by_reason"].items())
        lines.append(f"{r['run_id']}  {r['run_dir']}  snapshot {r['snapshot_at']}  trained "
                     f"{r['trained']}  " + (f"ERROR: {r['error']}" if r.get("error") else
                                            f"no longer eligible {r['no_longer_eligible']}")
                     + (f" ({reasons})" if reasons else ""))
        lines += [f"  {i}  {why}" for i, why in zip(r["members"], r["reasons"], strict=True)]
    click.echo("\n".join(lines))


@cli.command(name="retire")
@click.argument("run")
@click.option("--reason", required=True, help="Why (one line; no personal data).")
@registry_option
@user_errors
def retire_cmd(run: str, reason: str, registry: Path | None) -> None:
    """Retire RUN (id or directory): its adapter is refused from now on.

    Example:

    \b
        python -m trainer.registry retire 20260701T120000Z-ab12cd34 --reason "consent withdrawn"
    """
    path, db = _open(registry, create=True)
    if Path(run).is_dir():
        index_run(db, Path(run))
    row = query.find_run(db, run)
    if not row["run_id"]:
        raise UserError(f"{row['run_dir']}: the manifest is unreadable, so the run has no id to "
                        "retire; delete its adapter by hand")
    entry = retire.append_retirement(path, db, run=row, reason=reason)
    click.echo(f"retired run {entry['run_id']} at {entry['retired_at']} ({entry['reason']}); "
               f"log {retire.log_path(path)} entry {entry['seq']}, sha256 {entry['sha256'][:12]}"
               + (", signed" if entry["hmac_sha256"] else ", unsigned"))


@cli.command(name="verify")
@registry_option
@user_errors
def verify_cmd(registry: Path | None) -> None:
    """Check the retirement log's chain, digests, signatures (with TRAINER_MANIFEST_KEY) and
    length, and that each indexed manifest still has the digest it was indexed with.

    Example:

    \b
        TRAINER_MANIFEST_KEY=... python -m trainer.registry verify
    """
    path, db = _open(registry)
    key = key_from_env()
    entries, problems = retire.verify_log(path, db, key=key)
    for run in query.runs(db):
        manifest = Path(run["run_dir"]) / "manifest.json"
        try:
            digest = json.loads(manifest.read_text(encoding="utf-8"))["integrity"]["sha256"]
        except (OSError, ValueError, KeyError, TypeError):
            digest = None
        if run["manifest_sha256"] and digest != run["manifest_sha256"]:
            problems.append(f"{run['run_dir']}: manifest changed or gone since it was indexed; "
                            "run `index` again")
    for p in problems:
        click.echo(p)
    signed = "" if key else " (no key given: signatures not checked)"
    if problems:
        click.echo(f"FAILED: {len(problems)} problem(s)")
        raise SystemExit(1)
    click.echo(f"OK: registry schema v{schema_version(db)}, {len(query.runs(db))} runs, "
               f"retirement log of {len(entries)} entries chained{signed}")


@cli.command(name="retrain")
@click.argument("run")
@click.option("--at", default=None, metavar="TIME", help="New snapshot [default: now].")
@click.option("--dry-run", is_flag=True, help="Show the member diff and expected epsilon only.")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Run directory of the new run [default: outputs/DATE/TIME].")
@registry_option
@format_option
@user_errors
def retrain_cmd(run: str, at: str | None, dry_run: bool, out: Path | None,
                registry: Path | None, fmt: str) -> None:
    """Train RUN again with its exact resolved config at a new snapshot (`replaces: RUN`).

    Example:

    \b
        python -m trainer.registry retrain 20260701T120000Z-ab12cd34 --dry-run
    """

    path, db = _open(registry, create=True)
    if Path(run).is_dir():
        index_run(db, Path(run))
    row = query.find_run(db, run)
    run_dir = Path(row["run_dir"])
    if dry_run:
        p = retrain.plan(run_dir, at=at)
        if fmt == "json":
            _json(p)
        else:
            click.echo("\n".join(_plan_lines(p)))
        return
    new_dir, snapshot = retrain.launch(run_dir, at=at, out=out or retrain.default_out())
    index_run(db, new_dir)
    click.echo(f"retrained {row['run_id']} at snapshot {snapshot}: {new_dir} (recorded in "
               f"{path}); retire the old run if not done: `python -m trainer.registry retire "
               f"{row['run_id']} --reason ...`")


def _plan_lines(p: dict[str, Any]) -> list[str]:
    after, before = p["privacy_after"], p["privacy_before"] or {}

    def eps(v: Any) -> str:
        return "none (no DP)" if v is None else f"{v:.4g}"

    lines = [f"retrain of {p['run_id']} at snapshot {p['snapshot_at']} "
             f"(was {p['old_snapshot_at']}), dry run: nothing trained",
             f"trained members: {p['trained_before']} -> {p['trained_after']} "
             f"({len(p['removed'])} removed, {len(p['added'])} added; {p['eval_after']} held out)"]
    lines += [f"  - {m['id']}  {m['reason']}" for m in p["removed"]]
    lines += [f"  + {i}" for i in p["added"]]
    line = f"expected epsilon: {eps(after.get('epsilon'))}"
    if after.get("epsilon") is not None:
        line += (f" at delta {after['delta']:g} ({after['accountant']}, noise multiplier "
                 f"{after['noise_multiplier']:.4g}, sample rate {after['sample_rate']:.4g}, "
                 f"{after['steps']} steps, {after['units']} units)")
    if after.get("note"):
        line += f"; {after['note']}"
    lines.append(line + f"; before: {eps(before.get('epsilon'))}")
    return lines


@cli.command(name="erasure")
@click.argument("member_id")
@registry_option
@format_option
@user_errors
def erasure_cmd(member_id: str, registry: Path | None, fmt: str) -> None:
    """For a deletion request: every run, file and model naming MEMBER_ID, and what to do.

    Example:

    \b
        python -m trainer.registry erasure m000123
    """
    path, db = _open(registry)
    plan = query.erasure_plan(db, member_id, _retired(path))
    if fmt == "json":
        _json(plan)
        return
    lines = [f"erasure of member {member_id}: {len(plan['runs'])} run(s)"]
    for item in plan["runs"]:
        state = f"RETIRED {item['retired']['retired_at']}" if item["retired"] else item["status"]
        lines.append(f"{item['run_dir']}  run {item['run_id']}  role {item['role']}  "
                     f"model: {item['model']}  {state}")
        if item["files"]:
            lines.append(f"  files naming the id: {', '.join(item['files'])}")
        lines += [f"  - {a}" for a in item["actions"]]
    lines += [f"registry: {n}" for n in plan["registry"]]
    click.echo("\n".join(lines))
