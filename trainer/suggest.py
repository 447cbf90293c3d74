"""Writing suggestions from a finished run: base model + the run's LoRA adapter continue a draft.

    python -m trainer.suggest run_dir=outputs/2026-11-23/12-00-00 prompt="Three lessons from" num=3

The base model is rebuilt from the run's manifest and must have the digest recorded there: an
adapter applied to another base would silently produce something else.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from trainer.errors import UserError, exit_on_user_error

# Nucleus sampling: drops the improbable tail that small models produce at any temperature.
TOP_P = 0.95
USAGE = """usage: python -m trainer.suggest run_dir=RUN prompt="DRAFT" [num=3] [max_new_tokens=40]
                                 [temperature=0.8] [seed=0]

Print NUM sampled continuations of DRAFT from the run's base model + LoRA adapter (RUN/adapter).
example: python -m trainer.suggest run_dir=outputs/2026-11-23/12-00-00 prompt="Three lessons from"
"""
_OPTIONS: dict[str, type] = {
    "run_dir": str,
    "prompt": str,
    "num": int,
    "max_new_tokens": int,
    "temperature": float,
    "seed": int,
}
_DEFAULTS: dict[str, Any] = {"num": 3, "max_new_tokens": 40, "temperature": 0.8, "seed": 0}


@dataclass(frozen=True)
class RunBase:
    """What a run recorded about its base model: enough to rebuild it and check it is the same."""

    kind: str
    base_id: str
    sha256: str
    name_or_path: str | None


def read_run_base(run_dir: Path) -> RunBase:
    """Read the base model's kind, id and digest from ``manifest.json`` (or ``config.yaml``)."""
    path = run_dir / "manifest.json"
    if not run_dir.is_dir():
        raise UserError(f"run_dir={run_dir} is not a directory")
    if not path.is_file():
        raise UserError(
            f"{path} is missing; run_dir must be a run directory written by trainer.train"
        )
    try:
        manifest = json.loads(path.read_text())
    except (OSError, ValueError) as err:
        raise UserError(f"{path} is not valid JSON ({type(err).__name__})") from err
    base = (manifest.get("model") or {}).get("base") or {}
    if not all(isinstance(base.get(k), str) for k in ("kind", "id", "sha256")):
        raise UserError(f"{path} records no base model (model.base); was it a dry run?")
    resolved = (manifest.get("config") or {}).get("resolved") or _read_config_yaml(run_dir)
    name_or_path = (resolved.get("model") or {}).get("name_or_path")
    if base["kind"] == "hf" and not name_or_path:
        raise UserError(f"{path} records model.kind=hf but no config.resolved.model.name_or_path")
    return RunBase(
        kind=base["kind"], base_id=base["id"], sha256=base["sha256"], name_or_path=name_or_path
    )


def _read_config_yaml(run_dir: Path) -> dict[str, Any]:
    """The run's ``config.yaml`` as a dict, or an empty dict if it is absent."""
    import yaml

    path = run_dir / "config.yaml"
    if not path.is_file():
        return {}
    try:
        loaded = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as err:
        raise UserError(f"{path} is not valid YAML ({type(err).__name__})") from err
    return loaded if isinstance(loaded, dict) else {}


def load_run_model(
    *, run_dir: Path, cache_dir: Path | None = None, device: str | torch.device = "cpu"
) -> tuple[Any, Any]:
    """Rebuild the run's base model, check its digest, and apply ``run_dir/adapter``; eval mode."""
    from peft import PeftModel

    from trainer.models import load_base
    from trainer.models.tiny import tiny_seed_from_id

    run_dir = Path(run_dir)
    record = read_run_base(run_dir)
    adapter_dir = run_dir / "adapter"
    if not (adapter_dir / "adapter_config.json").is_file():
        raise UserError(
            f"{adapter_dir} holds no peft adapter (adapter_config.json missing); "
            "did the run finish?"
        )
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
        peft_model = PeftModel.from_pretrained(model, adapter_dir, is_trainable=False)
    except (OSError, ValueError, KeyError, RuntimeError) as err:
        raise UserError(
            f"{adapter_dir} could not be applied to the base model ({type(err).__name__})"
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
    """Sample ``num`` continuations of ``prompt`` (the new text only); reproducible by ``seed``."""
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


def suggest(
    *,
    run_dir: Path | str,
    prompt: str,
    num: int = 3,
    max_new_tokens: int = 40,
    temperature: float = 0.8,
    seed: int = 0,
    cache_dir: Path | None = None,
) -> list[str]:
    """``num`` sampled continuations of the draft ``prompt`` from the run's base model + adapter."""
    if not prompt.strip():
        raise UserError("prompt must be a non-empty draft to continue")
    if num < 1 or max_new_tokens < 1:
        raise UserError("num and max_new_tokens must be >= 1")
    if not temperature > 0:
        raise UserError("temperature must be > 0")
    model, tokenizer = load_run_model(run_dir=Path(run_dir), cache_dir=cache_dir)
    return sample_continuations(
        model,
        tokenizer,
        prompt=prompt,
        num=num,
        max_new_tokens=max_new_tokens,
        temperature=temperature,
        seed=seed,
    )


def parse_args(argv: list[str]) -> dict[str, Any]:
    """Parse ``key=value`` arguments into typed options; unknown, repeated, bad ones are errors."""
    args: dict[str, Any] = {}
    for arg in argv:
        key, sep, value = arg.partition("=")
        if not sep:
            raise UserError(f"argument {arg!r} is not key=value (try --help)")
        if key not in _OPTIONS:
            raise UserError(f"unknown option {key!r}; expected one of {', '.join(_OPTIONS)}")
        if key in args:
            raise UserError(f"option {key!r} given twice")
        try:
            args[key] = _OPTIONS[key](value)
        except ValueError as err:
            raise UserError(f"{key}={value!r} is not a valid {_OPTIONS[key].__name__}") from err
    missing = [k for k in ("run_dir", "prompt") if k not in args]
    if missing:
        raise UserError(f"missing {' and '.join(f'{k}=...' for k in missing)} (try --help)")
    return {**_DEFAULTS, **args}


@exit_on_user_error
def main(argv: list[str] | None = None) -> None:
    """Parse ``key=value`` arguments, generate, and print the numbered suggestions."""
    argv = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in argv):
        print(USAGE, end="")
        return
    options = parse_args(argv)
    prompt = options["prompt"]
    for i, text in enumerate(suggest(**options), start=1):
        body = (prompt + text).replace("\n", "\n   ")
        print(f"{i}. {body}")


if __name__ == "__main__":
    main()
