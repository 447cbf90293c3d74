"""Registry fixtures: synthetic runs built by the manifest tests' `build_run`, a tmp registry."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from trainer.manifest.io import KEY_ENV
from trainer.registry.db import REGISTRY_ENV

_spec = importlib.util.spec_from_file_location(
    "manifest_builders", Path(__file__).resolve().parent.parent / "manifest" / "conftest.py")
_builders = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_builders)
build_run = _builders.build_run  # one builder for every test of manifests: the schema moves


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No signing key and no registry from the environment: each test has its own."""
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(REGISTRY_ENV, str(tmp_path / "registry.sqlite"))


@pytest.fixture
def registry(tmp_path) -> Path:
    return tmp_path / "registry.sqlite"


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
