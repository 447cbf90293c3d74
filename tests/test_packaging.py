"""The wheel: it ships the Hydra configs and the data files, and an installed (non-editable) copy
finds its configs from any working directory (it once failed with "Primary config directory not
found"). Built offline: `pip wheel --no-deps --no-build-isolation` with the venv's setuptools."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from trainer_dev.demo import ensure_demo_data

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "trainer"
DEMO = REPO / "data" / "demo"


def _setuptools_required() -> tuple[int, ...]:
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["build-system"]["requires"]
    spec = next(r for r in requires if r.startswith("setuptools"))
    found = re.search(r">=\s*([\d.]+)", spec)
    return tuple(int(x) for x in found.group(1).split(".")) if found else (0,)


def _version(name: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(x) for x in re.findall(r"\d+", metadata.version(name))[:3])
    except metadata.PackageNotFoundError:
        return None


def _data_files() -> list[str]:
    """Every non-Python file under trainer/ that the package needs at run time."""
    return sorted(str(p.relative_to(REPO)) for p in PACKAGE.rglob("*")
                  if p.is_file() and p.suffix in {".yaml", ".json", ".txt", ".npz"}
                  and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    setuptools = _version("setuptools")
    if setuptools is None or setuptools < _setuptools_required():
        pytest.skip(f"cannot build offline: setuptools {setuptools} is missing or older than "
                    f"pyproject's build requirement {_setuptools_required()}")
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"  # a copy: an in-tree build would leave build/ and *.egg-info in the repo
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    shutil.copytree(PACKAGE, src / "trainer", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--quiet", "-w", str(out), str(src)],
        capture_output=True, text=True, cwd=tmp, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (built,) = out.glob("consent_trainer-*.whl")
    return built


@pytest.fixture(scope="module")
def site(wheel, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return target


def _run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HYDRA_FULL_ERROR")}
    env.update(PYTHONPATH=str(site), TRAINER_CACHE=str(REPO / ".cache"),
               TRAINER_REGISTRY=str(cwd / "registry.sqlite"),
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=600)


def test_the_wheel_ships_the_configs_and_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    conf = sorted(str(p.relative_to(REPO)) for p in (PACKAGE / "conf").rglob("*.yaml"))
    assert "trainer/conf/config.yaml" in conf and "trainer/conf/model/tiny.yaml" in conf
    assert not set(conf) - names, "configs missing from the wheel"
    missing = set(_data_files()) - names
    assert not missing, f"data files missing from the wheel: {sorted(missing)}"
    assert "trainer/manifest/schema.json" in names
    packages = {str(p.parent.relative_to(REPO)) for p in PACKAGE.rglob("__init__.py")}
    assert {f"{p}/__init__.py" for p in packages} <= names


def test_an_installed_copy_finds_its_configs_from_anywhere(site, tmp_path):
    where = _run_installed(site, tmp_path, "-c", "import trainer; print(trainer.__file__)")
    assert where.returncode == 0, where.stderr
    assert where.stdout.strip().startswith(str(site)), "the test must run the installed copy"

    proc = _run_installed(site, tmp_path, "-m", "trainer.train", "--cfg", "job", "model=tiny")
    assert proc.returncode == 0, proc.stderr
    assert "Primary config directory not found" not in proc.stderr
    assert "kind: tiny" in proc.stdout and "accountant: prv" in proc.stdout

    proc = _run_installed(site, tmp_path, "-m", "trainer.train", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "privacy.accountant: prv | rdp = prv" in proc.stdout
    assert "model: hf, smollm2-135m, tiny" in proc.stdout


def test_an_installed_copy_runs_a_dry_run_on_the_demo_data(site, tmp_path):
    ensure_demo_data(DEMO)
    run_dir = tmp_path / "run"
    proc = _run_installed(
        site, tmp_path, "-m", "trainer.train", "model=tiny", "dry_run=true",
        *(f"data.{t}={DEMO / f'{t}.jsonl'}" for t in ("members", "consent", "posts")),
        "data.snapshot_at=2026-06-30T00:00:00Z", "train.progress=false",
        f"hydra.run.dir={run_dir}")
    assert proc.returncode == 0, proc.stderr
    assert (run_dir / "manifest.json").is_file() and (run_dir / "config.yaml").is_file()
    assert "dry run: no training" in proc.stdout
