"""What privacy costs and what the adapter remembers: base, non-private, DP at several epsilons.

    nice -n 10 python scripts/utility_sweep.py --out docs/bench/audit_utility.json
    nice -n 10 python scripts/utility_sweep.py --audit --demo-members 150 --steps 20 \\
        --out docs/bench/audit_power.json model=hf model.name_or_path=PATH audit.canaries=48
    python scripts/utility_sweep.py --collect RUN_DIR... --out FILE   (runs made separately)
    python scripts/utility_sweep.py --epsilons 8 --baseline-from EARLIER.json --out FILE \\
        privacy.max_grad_norm=0.1   (DP-only setting: reuse the earlier non-private run)
    python scripts/utility_sweep.py --quick-score AUDIT_DIR... --out FILE
        (audit runs whose scoring was cut short: bound on all canaries, exposure and
         extraction on the passphrase canaries only; ~8x less compute than the full pass)

Each mode is one ordinary run (`trainer.train.train`, or `trainer.audit.run.audit` with
--audit) composed from conf/ with the given overrides, one after the other in this process.
"base" costs no run: it is every run's held-out loss before training. The JSON holds each
mode's held-out loss, epsilon and (with --audit) the audit's bound, exposure and extraction;
`share_kept` is (base - DP) / (base - non-private), the share of the non-private improvement
that the DP run keeps. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer_dev.demo import DEMO_SNAPSHOT, write_demo_data  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
NON_PRIVATE = ("privacy.enabled=false", "policy.acknowledge=[non_private]",
               "privacy.target_epsilon=null")


def _compose(config_name: str, overrides: list[str]):
    from hydra import compose, initialize_config_dir

    from trainer.audit.config import register_audit_configs

    register_audit_configs()
    with initialize_config_dir(config_dir=str(REPO / "conf"), version_base="1.3"):
        return compose(config_name=config_name, overrides=overrides)


def _run_one(mode: str, overrides: list[str], run_dir: Path, audit: bool) -> dict:
    from trainer.audit.run import audit as run_audit
    from trainer.train import train

    extra = list(NON_PRIVATE) if mode == "non_private" else [f"privacy.target_epsilon={mode}"]
    ov = [*overrides, *extra]
    t0 = time.perf_counter()
    if audit:
        run_audit(_compose("audit", ov), audit_dir=run_dir, overrides=ov)
    else:
        train(_compose("config", ov), run_dir=run_dir, overrides=ov)
    return _row(run_dir, wall_s=time.perf_counter() - t0)


def _row(run_dir: Path, *, wall_s: float | None = None) -> dict:
    """One table row from a finished run directory (and its audit.json, if audited)."""
    manifest = json.loads((run_dir / "manifest.json").read_text())
    audit_file = run_dir / "audit.json"
    result = json.loads(audit_file.read_text()) if audit_file.is_file() else None
    m, p = manifest["metrics"], manifest["privacy"] or {}
    dp = p.get("dp", True) and p.get("epsilon") is not None
    mode = f"{p.get('target_epsilon'):g}" if dp and p.get("target_epsilon") else (
        "non_private" if not dp else f"sigma={p.get('noise_multiplier')}")
    ov = manifest["config"]["overrides"]
    row = {"mode": mode, "overrides": ov, "run_dir": str(run_dir),
           "wall_s": None if wall_s is None else round(wall_s, 1),
           "base_eval_loss": m["base"]["eval_loss"], "eval_loss": m["trained"]["eval_loss"],
           "epsilon": p.get("epsilon") if dp else None,
           "noise_multiplier": p.get("noise_multiplier"), "steps": p.get("steps"),
           "num_units": p.get("num_units")}
    if result is not None:
        keys = ("epsilon_lower_bound", "confidence", "one_run", "canaries", "exposure",
                "exposure_chance_mean_bits", "exposure_max_bits", "extraction", "base_exposure")
        row["audit"] = {k: result.get(k) for k in keys}
    return row


def quick_score(audit_dir: Path) -> dict:
    """The one-run bound on every canary; exposure (31 candidates) and extraction (2 samples)
    on the passphrase canaries only. PII-format secrets are checked to be redacted instead."""
    import random

    from trainer.audit.canaries import Canary
    from trainer.audit.one_run import epsilon_lower_bound
    from trainer.audit.score import exposures, extractions, membership_scores
    from trainer.redact import Redactor
    from trainer.redact.redacted import redact_texts
    from trainer.suggest import load_run_model

    private = json.loads((audit_dir / "audit_canaries.json").read_text())
    cs = [Canary(**c) for c in private["canaries"]]
    manifest = json.loads((audit_dir / "manifest.json").read_text())
    resolved = manifest["config"]["resolved"]
    model, tok = load_run_model(run_dir=audit_dir, cache_dir=Path(resolved["cache_dir"]))
    redaction = resolved.get("redaction", {})  # the run's own redaction settings
    redactor = Redactor.from_members(
        [c.display_name for c in cs], name_tagger=redaction.get("name_tagger", False),
        name_tagger_threshold=redaction.get("name_tagger_threshold", 0.7))
    texts, _ = redact_texts(redactor, [c.text for c in cs])
    scores = membership_scores(model, tok, texts, max_seq_len=resolved["model"]["max_seq_len"])
    bound = epsilon_lower_bound(scores, [c.included for c in cs], confidence=0.95,
                                delta=resolved["privacy"]["delta"])
    pp = [c for c in cs if c.format == "passphrase"]
    bits = exposures(model, tok, pp, candidates=31, rng=random.Random(private["seed"] + 1))
    found = extractions(model, tok, [c for c in pp if c.included], samples=2, temperature=0.5,
                        seed=7)
    p = manifest["privacy"] or {}
    return {"run_dir": str(audit_dir), "epsilon": p.get("epsilon") if p.get("dp") else None,
            "metrics": manifest["metrics"], "bound": bound.__dict__,
            "pii_secrets_surviving_redaction": sum(
                c.secret in t for c, t in zip(cs, texts, strict=True) if c.format != "passphrase"),
            "passphrase_bits_in": [b for b, c in zip(bits, pp, strict=True) if c.included],
            "passphrase_bits_out": [b for b, c in zip(bits, pp, strict=True) if not c.included],
            "passphrase_extracted_in": sum(found),
            "canaries_in": sum(c.included for c in cs), "canaries_out": sum(
                not c.included for c in cs)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="JSON results (docs/bench/...)")
    ap.add_argument("--work", type=Path, default=Path("outputs/utility_sweep"),
                    help="run directories go here")
    ap.add_argument("--epsilons", default="1,4,8", help="DP targets, comma-separated")
    ap.add_argument("--audit", action="store_true", help="audit every run (canaries)")
    ap.add_argument("--demo-members", type=int, default=None,
                    help="generate a demo network of this many members (default: data/demo)")
    ap.add_argument("--steps", type=int, default=None, help="train.steps (default: config's)")
    ap.add_argument("--collect", type=Path, nargs="+", default=None,
                    help="only tabulate these finished run directories (non-private first)")
    ap.add_argument("--quick-score", type=Path, nargs="+", default=None,
                    help="reduced scoring of finished audit directories (see the docstring)")
    ap.add_argument("--baseline-from", type=Path, default=None,
                    help="take the non-private row from this earlier JSON instead of running it "
                    "(only for DP-only settings such as privacy.max_grad_norm: the non-private "
                    "run neither clips nor adds noise)")
    ap.add_argument("overrides", nargs="*", help="more Hydra overrides, e.g. model=tiny")
    args = ap.parse_args(argv)
    if args.collect:
        return _write(args, [_row(d) for d in args.collect], argv)
    if args.quick_score:
        rows = [quick_score(d) for d in args.quick_score]
        args.out.write_text(json.dumps({"rows": rows}, indent=2) + "\n")
        return None

    overrides = [f"data.snapshot_at={DEMO_SNAPSHOT}", "train.progress=false", *args.overrides]
    if args.steps:
        overrides.append(f"train.steps={args.steps}")
    if args.demo_members:
        data = args.work / f"demo_{args.demo_members}"
        write_demo_data(data, seed=0, members=args.demo_members,
                        posts=round(args.demo_members * 30_000 / 3200))
        overrides += [f"data.{t}={(data / f'{t}.jsonl').resolve()}"
                      for t in ("members", "consent", "posts")]
    modes = ["non_private", *args.epsilons.split(",")]
    rows = []
    if args.baseline_from:
        rows.append(json.loads(args.baseline_from.read_text())["rows"][0])
        rows[0]["from"] = str(args.baseline_from)
        modes = modes[1:]
    stamp = time.strftime("%Y%m%dT%H%M%S")
    for mode in modes:
        rows.append(_run_one(mode, overrides, args.work / f"{stamp}-{mode}", args.audit))
        print(f"{mode}: eval loss {rows[-1]['eval_loss']:.4f} ({rows[-1]['wall_s']} s)",
              file=sys.stderr)
    _write(args, rows, argv)


def _write(args, rows: list[dict], argv: list[str] | None) -> None:
    """share_kept against the first (non-private) row; JSON to --out; the table to stdout."""
    base = rows[0]["base_eval_loss"]
    gain = base - rows[0]["eval_loss"]
    for r in rows:
        r["share_kept"] = (base - r["eval_loss"]) / gain if gain > 0 else None
    result = {"command": " ".join(["scripts/utility_sweep.py", *(argv or sys.argv[1:])]),
              "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "machine": f"{platform.machine()} {platform.system()}, CPU, shared",
              "base_eval_loss": base, "rows": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(markdown_table(result))


def markdown_table(result: dict) -> str:
    """The measured table: one row per mode, base first."""
    audit = "audit" in result["rows"][0]
    head = "| mode | held-out loss | share of non-private gain kept |"
    if audit:
        head += " passphrase exposure mean / max bits | PII exposure mean bits | extracted |" \
                " epsilon lower bound (95 %) | claimed epsilon |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    base = f"| base (no adapter) | {result['base_eval_loss']:.3f} | 0 % |"
    if audit:  # the base model on the same included canaries, in the non-private run's audit
        b = result["rows"][0]["audit"].get("base_exposure") or {}
        pp = b.get("passphrase", {})
        pii = [e["mean_bits"] for f, e in b.items() if f != "passphrase" and e["count"]]
        n_in = result["rows"][0]["audit"]["canaries"]["in"]
        base += (f" {pp.get('mean_bits') or 0:.2f} / {pp.get('max_bits') or 0:.2f} |"
                 f" {sum(pii) / max(len(pii), 1):.2f} |"
                 f" {sum(e['extracted'] for e in b.values())} / {n_in} | n/a | n/a |")
    lines.append(base)
    for r in result["rows"]:
        name = "non-private" if r["mode"] == "non_private" else f"DP eps={r['mode']}"
        kept = "" if r["share_kept"] is None else f"{100 * r['share_kept']:.0f} %"
        line = f"| {name} | {r['eval_loss']:.3f} | {kept} |"
        if audit:
            a = r["audit"]
            pp = a["exposure"].get("passphrase", {}).get("in", {})
            pii = [e["in"]["mean_bits"] for e in a["exposure"].values()
                   if e["pii"] and e["in"]["count"]]
            claimed = "none" if r["epsilon"] is None else f"{r['epsilon']:.2f}"
            line += (f" {pp.get('mean_bits') or 0:.2f} / {pp.get('max_bits') or 0:.2f} |"
                     f" {sum(pii) / max(len(pii), 1):.2f} |"
                     f" {a['extraction']['successes_in']} / {a['canaries']['in']} |"
                     f" {a['epsilon_lower_bound']:.2f} | {claimed} |")
        lines.append(line)
    return "\n".join(lines)


if __name__ == "__main__":
    main()
