"""Writing suggestions from a finished run: base model + the run's LoRA adapter continue a draft.

    python -m trainer.suggest outputs/2026-11-23/12-00-00 --prompt "Three lessons from" --num 3

Nothing read back is trusted unchecked: the manifest must match its digest (and its HMAC when
`TRAINER_MANIFEST_KEY` is set), the adapter files must match the digests the manifest lists, and
the base model is rebuilt and must have the digest recorded there: an adapter applied to another
base would silently produce something else.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import torch

from trainer.errors import UserError
from trainer.manifest.io import file_sha256, key_from_env, read_trusted_manifest
from trainer.manifest.verify import inside
from trainer.models import load_base
from trainer.models.tiny import tiny_seed_from_id
from trainer.registry import refuse_if_retired

# Nucleus sampling: drops the improbable tail that small models produce at any temperature.
TOP_P = 0.95
# Suggestions are short drafts; long generations only cost time and widen what is released.
MAX_NEW_TOKENS_CAP = 256
MAX_NUM = 20
ADAPTER_DIR = "adapter"
# What peft reads from the adapter dir; each must be listed in the manifest with its digest.
ADAPTER_FILES = ("adapter/adapter_config.json", "adapter/adapter_model.safetensors")
# Never loaded: a pickle could run code. Its presence alone is refused.
PICKLED_ADAPTER = "adapter/adapter_model.bin"


@dataclass(frozen=True)
class RunBase:
    """What a run recorded about its base model: enough to rebuild it and check it is the same."""

    kind: str
    base_id: str
    sha256: str
    name_or_path: str | None


def read_run_manifest(run_dir: Path, *, key: str | None) -> dict[str, Any]:
    """The run's manifest, refused unless its digest and its HMAC check out. A signed manifest
    needs the key: without it anyone who edits the manifest can recompute the bare sha256."""
    if not run_dir.is_dir():
        raise UserError(f"RUN_DIR {run_dir} is not a directory")
    if not (run_dir / "manifest.json").is_file():
        raise UserError(f"{run_dir / 'manifest.json'} is missing; RUN_DIR must be a run "
                        "directory written by trainer.train")
    return read_trusted_manifest(run_dir, key=key, refusing="to load its adapter",
                                 require_key_if_signed=True)


def check_adapter_files(run_dir: Path, manifest: dict[str, Any]) -> None:
    """Every adapter file peft will read is listed in the manifest and matches its digest."""
    listed = {o.get("path"): o for o in manifest.get("outputs") or [] if isinstance(o, dict)}
    if (run_dir / PICKLED_ADAPTER).exists():
        raise UserError(f"{run_dir / PICKLED_ADAPTER}: a pickled adapter could run code and is "
                        "never loaded; remove it")
    if not (run_dir / ADAPTER_FILES[0]).is_file():
        raise UserError(f"{run_dir / ADAPTER_DIR} holds no peft adapter (adapter_config.json "
                        "missing); did the run finish?")
    for rel in ADAPTER_FILES:
        entry = listed.get(rel)
        if entry is None:
            raise UserError(f"{run_dir / rel}: not listed in the manifest's outputs, so its "
                            "digest cannot be checked; refusing to load it")
        path = inside(run_dir, rel)
        if isinstance(path, str):
            raise UserError(f"{run_dir}: {path}")
        if not path.is_file():
            raise UserError(f"{run_dir / rel} is missing; did the run finish?")
        if path.stat().st_size != entry.get("bytes") or file_sha256(path) != entry.get("sha256"):
            raise UserError(f"{run_dir / rel}: does not match the sha256 in the manifest (changed "
                            "after the run); refusing to load it")


def read_run_base(run_dir: Path, manifest: dict[str, Any]) -> RunBase:
    """The base model's kind, id and digest from the manifest (name_or_path from its config)."""
    path = run_dir / "manifest.json"
    base = (manifest.get("model") or {}).get("base") or {}
    if not all(isinstance(base.get(k), str) for k in ("kind", "id", "sha256")):
        raise UserError(f"{path} records no base model (model.base); was it a dry run?")
    resolved = (manifest.get("config") or {}).get("resolved") or {}
    name_or_path = (resolved.get("model") or {}).get("name_or_path")
    if base["kind"] == "hf" and not name_or_path:
        raise UserError(f"{path} records model.kind=hf but no config.resolved.model.name_or_path")
    return RunBase(
        kind=base["kind"], base_id=base["id"], sha256=base["sha256"], name_or_path=name_or_path
    )


def load_run_model(
    *,
    run_dir: Path,
    key: str | None = None,
    cache_dir: Path | None = None,
    device: str | torch.device = "cpu",
) -> tuple[Any, Any]:
    """Check the manifest and adapter digests, rebuild the run's base model, check its digest,
    and apply `run_dir/adapter`; eval mode. `key` (HMAC) defaults to `TRAINER_MANIFEST_KEY`."""
    from peft import PeftModel


    run_dir = Path(run_dir)
    manifest = read_run_manifest(run_dir, key=key if key is not None else key_from_env())
    record = read_run_base(run_dir, manifest)
    check_adapter_files(run_dir, manifest)
    seed = tiny_seed_from_id(record.base_id) if record.kind == "tiny" else 0
    if seed is None:
        raise UserError(
            f"{run_dir / 'manifest.json'}: model.base.id={record.base_id!r} is not a tiny model id"
        )
    model, tokenizer, info = load_base(
        kind=record.kind,
        name_or_path=record.name_or_path if record.kind == "hf" else None,
        cache_dir=cache_dir,
        device=device,
        seed=seed,
    )
    if info["sha256"] != record.sha256:
        raise UserError(
            f"the base model loaded for {record.base_id!r} has sha256 {info['sha256'][:12]}..., "
            f"but the run was trained on {record.sha256[:12]}...; the adapter was trained on "
            "another base model"
        )
    try:
        peft_model = PeftModel.from_pretrained(
            model, run_dir / ADAPTER_DIR, is_trainable=False, use_safetensors=True
        )
    except (OSError, ValueError, KeyError, RuntimeError) as err:
        raise UserError(
            f"{run_dir / ADAPTER_DIR} could not be applied to the base model ({type(err).__name__})"
        ) from err
    return peft_model.eval(), tokenizer


def sample_continuations(
    model: Any,
    tokenizer: Any,
    *,
    prompt: str,
    num: int,
    max_new_tokens: int,
    temperature: float,
    seed: int,
) -> list[str]:
    """Sample `num` continuations of `prompt` (the new text only); reproducible by `seed`."""
    enc = tokenizer(prompt, return_tensors="pt").to(model.device)
    prompt_len = enc["input_ids"].shape[1]
    with torch.random.fork_rng(), torch.no_grad():
        torch.manual_seed(seed)
        out = model.generate(
            **enc,
            do_sample=True,
            temperature=temperature,
            top_p=TOP_P,
            top_k=0,
            max_new_tokens=max_new_tokens,
            num_return_sequences=num,
            pad_token_id=tokenizer.pad_token_id,
        )
    return tokenizer.batch_decode(out[:, prompt_len:], skip_special_tokens=True)


def check_settings(*, prompt: str, num: int, max_new_tokens: int, temperature: float) -> None:
    """One-line refusals for settings that cannot give a sensible suggestion."""
    if not prompt.strip():
        raise UserError("--prompt must be a non-empty draft to continue")
    if not 1 <= num <= MAX_NUM:
        raise UserError(f"--num {num} must be between 1 and {MAX_NUM}")
    if not 1 <= max_new_tokens <= MAX_NEW_TOKENS_CAP:
        raise UserError(f"--max-new-tokens {max_new_tokens} must be between 1 and "
                        f"{MAX_NEW_TOKENS_CAP}: suggestions are short drafts")
    if not (math.isfinite(temperature) and temperature > 0):
        raise UserError(f"--temperature {temperature} must be a finite number > 0")


def suggest(
    *,
    run_dir: Path | str,
    prompt: str,
    num: int = 3,
    max_new_tokens: int = 40,
    temperature: float = 0.8,
    seed: int = 0,
    allow_retired: bool = False,
    key: str | None = None,
    cache_dir: Path | None = None,
) -> list[str]:
    """`num` sampled continuations of the draft `prompt` from the run's base model + adapter.

    `allow_retired`: load the adapter of a run retired in the registry (for audits).
    """
    check_settings(prompt=prompt, num=num, max_new_tokens=max_new_tokens,
                   temperature=temperature)

    refuse_if_retired(run_dir, allow_retired=allow_retired)  # a retired adapter: UserError
    model, tokenizer = load_run_model(run_dir=Path(run_dir), key=key, cache_dir=cache_dir)
    return sample_continuations(
        model,
        tokenizer,
        prompt=prompt,
        num=num,
        max_new_tokens=max_new_tokens,
        temperature=temperature,
        seed=seed,
    )


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("run_dir", type=click.Path(path_type=Path))
@click.option("--prompt", required=True, help="The draft to continue.")
@click.option("--num", type=int, default=3, show_default=True,
              help=f"How many suggestions (1-{MAX_NUM}).")
@click.option("--max-new-tokens", type=int, default=40, show_default=True,
              help=f"Length of each suggestion in tokens (1-{MAX_NEW_TOKENS_CAP}).")
@click.option("--temperature", type=float, default=0.8, show_default=True,
              help="Sampling temperature (> 0); lower is more conservative.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the sampling (the same seed gives the same suggestions).")
@click.option("--allow-retired", is_flag=True,
              help="Load the adapter even if its run was retired in the registry (audits).")
def cli(run_dir: Path, prompt: str, num: int, max_new_tokens: int, temperature: float,
        seed: int, allow_retired: bool) -> None:
    """Print NUM continuations of a draft from the run's base model + LoRA adapter.

    The manifest (digest, and HMAC when TRAINER_MANIFEST_KEY is set) and the adapter files
    are checked before anything is loaded.

    Example:

    \b
        python -m trainer.suggest outputs/2026-11-23/12-00-00 --prompt "Three lessons from"
    """
    try:
        texts = suggest(run_dir=run_dir, prompt=prompt, num=num, max_new_tokens=max_new_tokens,
                        temperature=temperature, seed=seed, allow_retired=allow_retired)
    except UserError as err:
        raise click.ClickException(str(err)) from None
    for i, text in enumerate(texts, start=1):
        body = (prompt + text).replace("\n", "\n   ")
        click.echo(f"{i}. {body}")


def main(argv: list[str] | None = None) -> None:
    """`python -m trainer.suggest`: see `cli`."""
    cli.main(args=argv, prog_name="python -m trainer.suggest")


if __name__ == "__main__":
    main()
