"""Reading, hashing, signing and writing run manifests and the files they point to.

The digest covers the canonical JSON of the manifest (sorted keys, no whitespace, UTF-8) without
its `integrity` section; the optional HMAC-SHA256 covers the same bytes, keyed by
`TRAINER_MANIFEST_KEY`. Anyone can recompute the digest, so only the HMAC shows who wrote it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import socket
import subprocess
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import jsonschema

from trainer.errors import UserError
from trainer.fileio import atomic_write, file_sha256

MANIFEST_FILE = "manifest.json"
KEY_ENV = "TRAINER_MANIFEST_KEY"
SCHEMA_PATH = Path(__file__).with_name("schema.json")
# phonenumbers, publicsuffixlist, pyahocorasick and python-stdnum: data, matching and check digits
# the redaction rules depend on
PACKAGES = ("torch", "transformers", "peft", "opacus", "datasets", "hydra-core", "consent-trainer",
            "phonenumbers", "publicsuffixlist", "pyahocorasick", "python-stdnum")


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8, no NaN: the bytes every digest is taken over."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def manifest_digest(manifest: dict[str, Any]) -> str:
    """sha256 (hex) of the canonical JSON of `manifest` without its `integrity` section."""
    return hashlib.sha256(_signed_bytes(manifest)).hexdigest()


def sign(manifest: dict[str, Any], key: str | bytes) -> str:
    """HMAC-SHA256 (hex) over the same canonical bytes as `manifest_digest`."""
    if not key:
        raise UserError(f"the manifest signing key is empty; set {KEY_ENV} to a secret or unset it")
    key_bytes = key.encode("utf-8") if isinstance(key, str) else key
    return hmac.new(key_bytes, _signed_bytes(manifest), hashlib.sha256).hexdigest()


def key_from_env(name: str = KEY_ENV) -> str | None:
    """The signing key from the environment variable `name`, or None when it is unset."""
    value = os.environ.get(name)
    if value is not None and not value:
        raise UserError(f"{name} is set but empty; set it to a secret or unset it")
    return value


def _signed_bytes(manifest: dict[str, Any]) -> bytes:
    return canonical_json({k: v for k, v in manifest.items() if k != "integrity"})


@cache
def load_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def schema_errors(manifest: Any) -> list[str]:
    """Every schema violation as `path.to.field: message`, sorted by path; empty when valid."""
    validator = jsonschema.Draft202012Validator(load_schema())
    errors = []
    for err in validator.iter_errors(manifest):
        err = _leaf(err)
        where = ".".join(str(p) for p in err.absolute_path) or "(top level)"
        errors.append(f"{where}: {err.message}")
    return sorted(errors)


def _leaf(err: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """For a nullable section (oneOf null | object), the error inside the object branch."""
    while err.validator == "oneOf" and err.context:
        err = max(err.context, key=lambda e: (len(e.absolute_path), e.schema != {"type": "null"}))
    return err


def json_safe(obj: Any, where: str = "") -> Any:
    """A copy with tuples as lists and NaN/inf as null (JSON has neither); ValueError otherwise."""
    if isinstance(obj, dict):
        return {str(k): json_safe(v, f"{where}.{k}" if where else str(k)) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [json_safe(v, f"{where}[{i}]") for i, v in enumerate(obj)]
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if obj is None or isinstance(obj, str | int | float | bool):
        return obj
    raise ValueError(f"manifest {where or '(top level)'}: {type(obj).__name__} is not JSON")


def write_manifest(
    run_dir: Path | str, manifest: dict[str, Any], *, key: str | None = None
) -> Path:
    """Fill `integrity`, validate against the schema and write `manifest.json` atomically.

    `key` defaults to `TRAINER_MANIFEST_KEY` (`key=""` writes unsigned). NaN/inf become null.
    A schema violation is a bug in the caller: it raises ValueError naming the field, and nothing
    is written. `manifest` is updated in place (its `integrity` filled in).
    """
    key = key if key is not None else key_from_env()
    body = json_safe({k: v for k, v in manifest.items() if k != "integrity"})
    body["integrity"] = {
        "sha256": manifest_digest(body),
        "hmac_sha256": sign(body, key) if key else None,
    }
    errors = schema_errors(body)
    if errors:
        raise ValueError("manifest does not match its schema: " + "; ".join(errors))
    path = Path(run_dir) / MANIFEST_FILE
    atomic_write(path, json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    manifest.clear()
    manifest.update(body)
    return path


def read_manifest(run_dir: Path | str) -> dict[str, Any]:
    """The parsed `manifest.json` of `run_dir` (or the file itself); UserError if absent or bad."""
    path = Path(run_dir)
    if not path.exists():
        raise UserError(f"{path}: no such run directory")
    if path.is_dir():
        path = path / MANIFEST_FILE
        if not path.is_file():
            raise UserError(f"{path.parent}: no {MANIFEST_FILE} here; is this a run directory?")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise UserError(f"{path}: cannot be read ({err.strerror})") from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise UserError(f"{path}: not valid JSON; is it a manifest?") from err
    if not isinstance(data, dict) or "schema_version" not in data:
        raise UserError(f"{path}: not a consent-trainer manifest (no schema_version)")
    return data


def read_trusted_manifest(run_dir: Path | str, *, key: str | None, refusing: str,
                          require_key_if_signed: bool = False) -> dict[str, Any]:
    """The manifest of `run_dir`, refused (UserError) unless its digest and, when `key` is
    given, its HMAC check out. `refusing` names what is refused ("its adapter", ...). With
    `require_key_if_signed`, a signed manifest read without a key is refused too."""
    where = Path(run_dir) / MANIFEST_FILE
    m = read_manifest(run_dir)
    try:
        integrity = m.get("integrity") or {}
        digest_ok = manifest_digest(json_safe(m)) == integrity.get("sha256")
    except (AttributeError, TypeError, ValueError) as err:
        raise UserError(f"{where} is malformed ({type(err).__name__}); run "
                        "`python -m trainer.manifest verify` on it") from err
    if not digest_ok:
        raise UserError(f"{where}: sha256 mismatch: the manifest was edited after it was "
                        f"written; refusing {refusing}")
    signature = integrity.get("hmac_sha256")
    if key is None and signature and require_key_if_signed:
        raise UserError(f"{where}: signed but {KEY_ENV} is not set, so its signature cannot be "
                        f"checked; set the key (refusing {refusing})")
    if key is not None and (not signature
                            or not hmac.compare_digest(str(signature), sign(json_safe(m), key))):
        state = "unsigned" if not signature else "signature mismatch"
        raise UserError(f"{where}: {state} although {KEY_ENV} is set: the manifest's origin "
                        f"cannot be confirmed; refusing {refusing}")
    return m


def id_list_bytes(ids: Iterable[str]) -> bytes:
    """The exact bytes of an id-list file: sorted unique ids, one per line, trailing newline."""
    ids = sorted(set(ids))
    for i in ids:
        if not i or i.splitlines() != [i]:  # any line break str.splitlines knows (U+2028, NEL...)
            raise ValueError("an id is empty or contains a line break; ids must be single-line")
    return "".join(f"{i}\n" for i in ids).encode("utf-8")


def write_id_list(run_dir: Path | str, filename: str, ids: Iterable[str]) -> dict[str, Any]:
    """Write an id list into `run_dir`; returns its manifest entry `{count, sha256, file}`."""
    data = id_list_bytes(ids)
    atomic_write(Path(run_dir) / filename, data)
    digest = hashlib.sha256(data).hexdigest()
    return {"count": data.count(b"\n"), "sha256": digest, "file": filename}


def write_consent_basis(run_dir: Path | str, filename: str,
                        basis: Iterable[tuple[str, str, str]]) -> dict[str, Any]:
    """The legal basis of each included member, one line each, sorted: member_id, the time of
    the opt-in that admitted them and its policy version, tab-separated. Returns its entry."""
    rows = sorted(basis)
    data = "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")
    atomic_write(Path(run_dir) / filename, data)
    return {"count": len(rows), "sha256": hashlib.sha256(data).hexdigest(), "file": filename,
            "columns": ["member_id", "consent_at", "policy_version"]}


def read_id_list(path: Path) -> list[str]:
    """The ids of an id-list file, in file order: split on "\n" only, as written."""
    lines = path.read_bytes().decode("utf-8").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def describe_outputs(run_dir: Path | str, paths: Iterable[str]) -> list[dict[str, Any]]:
    """`[{path, sha256, bytes}]` for files given relative to `run_dir`, sorted by path."""
    run_dir = Path(run_dir)
    out = []
    for rel in sorted(set(paths)):
        file = run_dir / rel
        if Path(rel).is_absolute() or ".." in Path(rel).parts:
            raise ValueError(f"output path {rel!r} must be relative to the run dir")
        out.append({"path": Path(rel).as_posix(), "sha256": file_sha256(file),
                    "bytes": file.stat().st_size})
    return out


def config_sha256(resolved: dict[str, Any]) -> str:
    """sha256 of the canonical JSON of the resolved config."""
    return hashlib.sha256(canonical_json(json_safe(resolved))).hexdigest()


def run_environment() -> dict[str, Any]:
    """Host, git commit and dirty flag of the checkout holding this package, package versions."""
    return {"host": socket.gethostname(), "git": _git_state(), "packages": _package_versions()}


def _package_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def _git_state() -> dict[str, Any]:
    """`{commit, dirty}`; both null if this is not a git checkout or git is missing.

    Dirty means a tracked file differs from the commit, or an untracked file sits inside the
    package (run outputs elsewhere in the checkout do not count).
    """
    package_dir = Path(__file__).resolve().parent.parent
    commit = _git(package_dir, "rev-parse", "HEAD")
    if commit is None:
        return {"commit": None, "dirty": None}
    tracked = _git(package_dir, "status", "--porcelain", "--untracked-files=no")
    untracked = _git(package_dir, "ls-files", "--others", "--exclude-standard", "--", ".")
    if tracked is None or untracked is None:
        return {"commit": commit, "dirty": None}
    return {"commit": commit, "dirty": bool(tracked or untracked)}


def _git(cwd: Path, *args: str) -> str | None:
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return proc.stdout.strip() if proc.returncode == 0 else None
