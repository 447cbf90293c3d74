"""Helpers for the registry tests (imported by name: a test module must not import `conftest`,
which is ambiguous when several test folders have one)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "manifest_builders", Path(__file__).resolve().parent.parent / "manifest" / "conftest.py")
_builders = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_builders)
build_run = _builders.build_run  # one builder for every test of manifests: the schema moves


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
