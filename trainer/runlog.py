"""What a run tells its operator: lines on stdout and in `train.log`, per-step `metrics.jsonl`.

These are OPERATOR-ONLY files: the training loss in them is computed without clipping or noise,
so it is not covered by the DP guarantee. They stay in the (0600) run directory and are never
part of what is released (the adapter) or summarised in the manifest.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from trainer.errors import UserError

LOG_FILE = "train.log"
METRICS_FILE = "metrics.jsonl"


class RunLog:
    """Stage lines with their durations, to stdout and `train.log` (through `logging`)."""

    def __init__(self, run_dir: Path, *, echo: bool = True) -> None:
        self.run_dir = run_dir
        self.logger = logging.getLogger(f"trainer.run.{id(self)}")
        self.logger.setLevel(logging.INFO)
        self.logger.propagate = False
        fd = _open_append(run_dir / LOG_FILE)
        self._file = logging.StreamHandler(os.fdopen(fd, "a", encoding="utf-8"))
        self._file.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        self.logger.addHandler(self._file)
        if echo:
            out = logging.StreamHandler(sys.stdout)
            out.setFormatter(logging.Formatter("%(message)s"))
            self.logger.addHandler(out)
        self._stage_started: float | None = None
        self._metrics = None

    def info(self, message: str) -> None:
        self.logger.info(message)

    def warning(self, message: str) -> None:
        self.logger.warning(f"warning: {message}")

    def stage(self, name: str) -> None:
        """Close the previous stage (with its time) and open `name`."""
        self.end_stage()
        self._stage_name, self._stage_started = name, time.monotonic()

    def end_stage(self, detail: str = "", *, less_s: float = 0.0) -> None:
        """Close the open stage; ``less_s`` is time inside it shown as a stage of its own
        (``done_stage``), e.g. redaction done batch by batch while eligibility reads."""
        if self._stage_started is None:
            return
        took = time.monotonic() - self._stage_started - less_s
        self.done_stage(self._stage_name, took, detail)
        self._stage_started = None

    def done_stage(self, name: str, seconds: float, detail: str = "") -> None:
        """Report a stage whose time was measured elsewhere."""
        self.info(f"  {name:<12} {seconds:7.1f} s  {detail}".rstrip())

    def metrics(self, rows: list[dict[str, Any]]) -> None:
        """Append per-step rows to `metrics.jsonl` (operator-only: raw, non-private loss)."""
        if self._metrics is None:
            fd = _open_append(self.run_dir / METRICS_FILE)
            self._metrics = os.fdopen(fd, "a", encoding="utf-8")
        for row in rows:
            self._metrics.write(json.dumps(row, sort_keys=True) + "\n")
        self._metrics.flush()

    def close(self) -> None:
        for handler in list(self.logger.handlers):
            handler.flush()
            if handler is self._file:
                handler.close()
            self.logger.removeHandler(handler)
        if self._metrics is not None:
            self._metrics.close()


def _open_append(path: Path) -> int:
    """A private (0600) file opened for appending, never through a symlink."""
    try:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o600)
    except OSError as err:
        raise UserError(f"{path}: cannot write ({err.strerror}); is it a symlink, or is the run "
                        "directory read-only?") from err
