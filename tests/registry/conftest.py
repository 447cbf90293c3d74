"""Registry fixtures: no key and a tmp registry per test (helpers: registry_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.manifest.io import KEY_ENV
from trainer.registry.db import REGISTRY_ENV


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No signing key and no registry from the environment: each test has its own."""
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(REGISTRY_ENV, str(tmp_path / "registry.sqlite"))


@pytest.fixture
def registry(tmp_path) -> Path:
    return tmp_path / "registry.sqlite"
