"""The result types of `verify` and the id-list digest, shared by `verify` and `rerun`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from trainer.manifest.io import id_list_bytes

# ok / failed: a check ran; skipped: it could not run (said as "not checked");
# warning: the run is accepted only because an --allow-* option said so.
Status = Literal["ok", "failed", "skipped", "warning"]
# What the HMAC established: valid (authentic), unsigned, not_checked (signed, no key), invalid.
Signature = Literal["valid", "unsigned", "not_checked", "invalid", "unknown"]


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    message: str = ""


@dataclass
class VerifyReport:
    run_dir: Path
    checks: list[Check] = field(default_factory=list)
    signature: Signature = "unknown"

    def add(self, name: str, ok: bool, failure: str = "", success: str = "") -> bool:
        self.checks.append(Check(name, "ok" if ok else "failed", success if ok else failure))
        return ok

    def skip(self, name: str, why: str) -> None:
        self.checks.append(Check(name, "skipped", why))

    def warn(self, name: str, why: str) -> None:
        self.checks.append(Check(name, "warning", why))

    def by_status(self, status: Status) -> list[Check]:
        return [c for c in self.checks if c.status == status]

    @property
    def ok(self) -> bool:
        return not self.by_status("failed")


def id_digest(ids: list[str]) -> str:
    """The sha256 an id-list file of `ids` would have."""
    return hashlib.sha256(id_list_bytes(ids)).hexdigest()
