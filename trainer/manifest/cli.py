"""`python -m trainer.manifest`: the reviewer's command line, a thin face over the library.

Every command reads manifests and prints; library errors become `Error: ...` and exit 1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from trainer.audit.report import audit_lines
from trainer.errors import UserError, user_errors
from trainer.manifest import diff as diff_mod
from trainer.manifest import find, report, show, sweep, verify
from trainer.manifest.io import KEY_ENV, key_from_env, read_manifest
from trainer.manifest.why_removed import describe

DEFAULT_ROOTS = ("outputs", "multirun")


def format_option(*choices: str):
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0],
                        show_default=True, help="Output format.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Read, verify and search consent-trainer run manifests.

    Example:

    \b
        python -m trainer.manifest show outputs/2026-01-01/12-00-00
    """


@cli.command(name="show")
@click.argument("run_dir", type=click.Path(path_type=Path))
@format_option(*show.FORMATS)
@user_errors
def show_cmd(run_dir: Path, fmt: str) -> None:
    """Summarise a run: consent funnel, redactions, privacy guarantee, model, outputs.

    Example:

    \b
        python -m trainer.manifest show outputs/2026-01-01/12-00-00 --format markdown
    """
    manifest = read_manifest(run_dir)
    try:
        text = show.render(manifest, fmt)
    except (AttributeError, KeyError, TypeError, ValueError) as err:  # an edited manifest
        raise UserError(f"{run_dir}: manifest does not match its schema and cannot be shown "
                        f"({type(err).__name__}); run `verify` to see what is wrong") from err
    click.echo(text)
    audit = audit_lines(run_dir) if Path(run_dir).is_dir() and fmt != "json" else []
    if audit:  # `python -m trainer.audit` left audit.json beside this manifest
        click.echo("\nAUDIT\n" + "\n".join(f"  {line}" for line in audit))


@cli.command(name="verify")
@click.argument("run_dir", type=click.Path(path_type=Path))
@click.option("--data", "check_data", is_flag=True,
              help="Also re-run eligibility on the recorded source files and snapshot.")
@click.option("--key-env", default=KEY_ENV, show_default=True, metavar="NAME",
              help="Environment variable holding the HMAC key; unset means no signature check.")
@click.option("--require-signature", is_flag=True,
              help="Fail unless the HMAC signature is checked with the key and valid "
                   "(proves authenticity, not only integrity).")
@click.option("--allow-incomplete", is_flag=True,
              help="Accept a run whose status is not completed (running, failed, interrupted).")
@click.option("--allow-reproducible", is_flag=True,
              help="Accept a run with privacy.reproducible_noise: true (tests only; NO DP "
                   "guarantee).")
@click.option("--allow-non-private", is_flag=True,
              help="Accept a non-private baseline run (privacy.dp: false).")
@click.option("-v", "--verbose", is_flag=True, help="List passing checks too.")
@user_errors
def verify_cmd(run_dir: Path, check_data: bool, key_env: str, require_signature: bool,
               allow_incomplete: bool, allow_reproducible: bool, allow_non_private: bool,
               verbose: bool) -> None:
    """Recompute every digest and invariant of a run; exit 0 only if all match.

    Without the key this proves integrity only (the files match the manifest, whose sha256
    anyone can recompute), not authenticity; with the key the HMAC proves who wrote it.

    Example:

    \b
        TRAINER_MANIFEST_KEY=... python -m trainer.manifest verify outputs/RUN --require-signature
    """
    report = verify.verify_run(
        run_dir, key=key_from_env(key_env), check_data=check_data,
        require_signature=require_signature, allow_incomplete=allow_incomplete,
        allow_reproducible=allow_reproducible, allow_non_private=allow_non_private)
    for line in verify_lines(report, verbose=verbose):
        click.echo(line)
    if not report.ok:
        raise SystemExit(1)


def verify_lines(report: verify.VerifyReport, *, verbose: bool = False) -> list[str]:
    """What `verify` prints: failures, unchecked and accepted-by-option items, then a verdict."""
    lines = []
    for check in report.checks:
        if check.status == "failed":
            lines.append(check.message)
        elif check.status == "skipped":
            loud = report.signature == "not_checked" and check.name == "signature"
            lines.append(f"{'NOT CHECKED' if loud else 'not checked'}: {check.message}")
        elif check.status == "warning":
            lines.append(f"WARNING: {check.message}")
        elif verbose:
            lines.append(f"ok: {check.name}")
    failed = report.by_status("failed")
    checked = len(report.checks) - len(report.by_status("skipped"))
    if failed:
        return [*lines, f"FAILED: {len(failed)} of {checked} checks"]
    return [*lines, f"OK: {checked} checks passed ({verify.proves(report)})"]


@cli.command(name="report")
@click.argument("run_dir", type=click.Path(path_type=Path))
@click.option("--html", "html_path", type=click.Path(path_type=Path), required=True,
              help="Where to write the self-contained HTML page.")
@click.option("--key-env", default=KEY_ENV, show_default=True, metavar="NAME",
              help="Environment variable holding the HMAC key for the verification shown.")
@user_errors
def report_cmd(run_dir: Path, html_path: Path, key_env: str) -> None:
    """Write one self-contained HTML page for a reviewer: the consent funnel as a chart, the
    privacy statement in plain words with a glossary, redactions, split, outputs and the result
    of verify.

    Example:

    \b
        python -m trainer.manifest report outputs/2026-01-01/12-00-00 --html run.html
    """
    path = report.write_html(run_dir, html_path, key=key_from_env(key_env))
    click.echo(f"wrote {path}")


@cli.command(name="diff")
@click.argument("run_a", type=click.Path(path_type=Path))
@click.argument("run_b", type=click.Path(path_type=Path))
@click.option("--ids", is_flag=True,
              help="List the member and post ids added and removed, with each removed member's "
                   "reason.")
@click.option("--exit-code", "exit_code", is_flag=True,
              help="Exit with status 1 when the runs differ (like git diff --exit-code).")
@format_option("table", "json")
@user_errors
def diff_cmd(run_a: Path, run_b: Path, ids: bool, exit_code: bool, fmt: str) -> None:
    """What changed from RUN_A to RUN_B: config, consent, data selected, redaction, privacy,
    metrics, and why each removed member left (the rule that excluded them at RUN_B's snapshot,
    re-run on RUN_B's source files; unknown when those are gone or changed).

    Example:

    \b
        python -m trainer.manifest diff outputs/run-jan outputs/run-feb --ids --exit-code
    """
    result = diff_mod.diff_runs(run_a, run_b)
    different = diff_mod.differs(result)
    if result["members"] is not None:
        why = result["members"].get("removed_reasons") or {}
        result["members"]["removed_because"] = _reason_counts(why)
        result["members"]["reasons_unknown"] = sorted(
            {e["unknown"] for e in why.values() if e.get("reasons") is None})
    if not ids:
        for key in ("members", "posts"):
            if result[key] is not None:
                result[key] = {k: len(v) if k in ("added", "removed") else v
                               for k, v in result[key].items() if k != "removed_reasons"}
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False))
    else:
        click.echo("\n".join(_diff_lines(result)))
    if exit_code and different:
        raise SystemExit(1)


def _reason_counts(why: dict[str, dict]) -> dict[str, int]:
    """Removed members per main reason (the rule that excluded most of their posts)."""
    counts: dict[str, int] = {}
    for entry in why.values():
        reasons = entry.get("reasons")
        main = "unknown" if reasons is None else (
            max(reasons, key=lambda r: reasons[r]) if reasons else "no posts left")
        counts[main] = counts.get(main, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _diff_lines(result: dict[str, Any]) -> list[str]:
    lines = [f"a: {result['a']['run_dir']} ({result['a']['run_id']}, {result['a']['status']})",
             f"b: {result['b']['run_dir']} ({result['b']['run_id']}, {result['b']['status']})"]
    for section in diff_mod.SECTIONS:
        if result[section]:
            lines.append(section)
            lines += [f"  {key or '(section)'}: {_value(ab['a'])} -> {_value(ab['b'])}"
                      for key, ab in result[section].items()]
    for key in ("members", "posts"):
        sets = result[key]
        if sets is None:
            lines.append(f"{key}: not compared (no id list in one of the runs)")
            continue
        added, removed = sets["added"], sets["removed"]
        n_add, n_rem = (len(added), len(removed)) if isinstance(added, list) else (added, removed)
        lines.append(f"{key}: {n_add:,} added, {n_rem:,} removed, {sets['unchanged']:,} in both")
        if sets.get("removed_because"):
            lines.append("  removed because: " + ", ".join(
                f"{r} {n:,}" for r, n in sets["removed_because"].items()))
        lines += [f"  reason unknown: {why}" for why in sets.get("reasons_unknown") or []]
        if isinstance(added, list):
            why = sets.get("removed_reasons") or {}
            lines += [f"  + {i}" for i in added]
            lines += [f"  - {i}" + (f": {describe(why[i])}" if i in why else "") for i in removed]
    lines += [f"warning: {w}" for w in result["warnings"]]
    return lines


def _value(v: Any) -> str:
    """A value for people: floats to 4 significant digits; markers as they are; else JSON."""
    if v in (diff_mod.ABSENT, "(recorded)", "(not recorded)"):
        return v
    if isinstance(v, float):
        return f"{v:.4g}"
    return json.dumps(v, ensure_ascii=False)


@cli.command(name="find-member")
@click.argument("member_id")
@click.argument("roots", nargs=-1, type=click.Path(path_type=Path))
@click.option("--key-env", default=KEY_ENV, show_default=True, metavar="NAME",
              help="Environment variable holding the HMAC key; when set, unsigned runs and "
                   "stale signatures are UNVERIFIABLE.")
@format_option("table", "json")
@user_errors
def find_member_cmd(member_id: str, roots: tuple[Path, ...], key_env: str, fmt: str) -> None:
    """Every run under ROOTs (default: outputs multirun) that included MEMBER_ID's posts.

    Lists each run's adapter, i.e. the models to retrain or retire when the member withdraws.
    Runs whose manifest or member list fails its digest (or, with a key, its signature) are
    listed as UNVERIFIABLE. Symlinked run directories are followed.

    Example:

    \b
        python -m trainer.manifest find-member m000123 outputs multirun
    """
    if not roots:
        roots = tuple(Path(r) for r in DEFAULT_ROOTS if Path(r).is_dir())
        if not roots:
            raise UserError("no ROOT given and neither outputs/ nor multirun/ exists here; "
                            "pass the folders that hold the runs")
    hits = find.find_member(member_id, list(roots), key=key_from_env(key_env))
    if fmt == "json":
        click.echo(json.dumps(hits, indent=2, sort_keys=True))
        return
    for h in hits:
        match = (f"included ({h['role']})" if h["role"] else "included") \
            if h["match"] == "included" else f"UNVERIFIABLE ({h['reason']})"
        # the folder each output sits in at the top of the run dir (adapter/, not adapter/x/)
        adapters = sorted({str(Path(h["run_dir"]) / Path(a).relative_to(h["run_dir"]).parts[0])
                           for a in h["adapters"]})
        where = f"adapter: {', '.join(adapters) or 'none'}"
        if h["checkpoints"]:
            where += f"  checkpoint: {Path(h['checkpoints'][0]).parent}"
        click.echo(f"{h['run_dir']}  {h['status']}  {match}  {where}")
    unverifiable = sum(h["match"] == "unverifiable" for h in hits)
    included = len(hits) - unverifiable
    summary = f"found in {included} run{'s' if included != 1 else ''}" if included \
        else "found in no run"
    if unverifiable:
        summary += f"; {unverifiable} run{'s' if unverifiable != 1 else ''} could not be verified"
    click.echo(f"member {member_id}: {summary}")


@cli.command(name="sweep")
@click.argument("sweep_dir", type=click.Path(path_type=Path))
@click.option("--plot", "plot_path", type=click.Path(path_type=Path), default=None,
              help="Where to write the privacy-utility PNG [default: SWEEP_DIR/"
                   f"{sweep.PLOT_FILE}].")
@click.option("--json", "json_path", type=click.Path(path_type=Path), default=None,
              help="Where to write the summary with digests [default: SWEEP_DIR/"
                   f"{sweep.SUMMARY_FILE}].")
@format_option("table", "json")
@user_errors
def sweep_cmd(sweep_dir: Path, plot_path: Path | None, json_path: Path | None, fmt: str) -> None:
    """One row per job of a Hydra multirun, the privacy spent across it, a plot against the
    override that varies, and sweep.json (per-job epsilon and losses, composed and summed
    epsilon, each job's manifest sha256 and the plot's).

    Example:

    \b
        python -m trainer.manifest sweep multirun/2026-01-01/12-00-00 --plot eps_vs_loss.png
    """
    s = sweep.summarize_sweep(sweep_dir, plot_path=plot_path, json_path=json_path)
    if fmt == "json":
        click.echo(json.dumps(s, indent=2, sort_keys=True))
        return
    click.echo("\n".join(_sweep_lines(s)))


def _sweep_lines(s: dict[str, Any]) -> list[str]:
    def num(v: Any, none: str = "-") -> str:
        return none if v is None else f"{v:.4g}"

    common = s["common_overrides"]
    table = [("job", "status", "epsilon", "eval_loss", "base_loss", "overrides")]
    table += [(str(r["job"]), str(r["status"]), num(r["epsilon"]), num(r["eval_loss"]),
               num(r["base_eval_loss"]),
               " ".join(o for o in r["overrides"] if o not in common) or "(none)")
              for r in s["jobs"]]
    widths = [max(len(row[i]) for row in table) for i in range(5)]
    lines = ["  ".join([*(c.ljust(w) for c, w in zip(row[:5], widths, strict=True)), row[5]])
             for row in table]
    if common:
        lines.append(f"(every job also had: {' '.join(common)})")
    for t in s["privacy_total"]:
        members = (t["included_members_sha256"] or "unknown")[:12]
        eps, eps_sum = num(t["epsilon"], "unbounded"), num(t["epsilon_sum"], "unbounded")
        lines += ["", f"privacy spent by jobs {', '.join(map(str, t['jobs']))} "
                      f"(same members, included_members sha256 {members}):",
                  f"  epsilon {eps} at delta {t['delta']:g} "
                  f"({t['accountant'].upper()} composition); "
                  f"naive sum {eps_sum} at delta {t['delta_sum']:g}",
                  f"  how: {t['composition']}"]
    lines += [f"warning: {w}" for w in s["warnings"]]
    if s["plot"]:
        x = s["varying"]["key"] if s["varying"] else "epsilon"
        lines.append(f"plot: {s['plot']} (x: {x})")
    else:
        lines.append("plot: none (no job has both an epsilon and an eval loss)")
    lines.append(f"summary: {s['summary']}")
    return lines
