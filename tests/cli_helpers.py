"""Running `python -m trainer.train` in-process, through Hydra's real entry point (imported by
name from the test modules of this folder: never `from conftest import`)."""

from __future__ import annotations

import contextlib
import io
import sys

from trainer.train import main


def run_cli(*args: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `python -m trainer.train ARGS`."""
    argv, out, err = sys.argv, io.StringIO(), io.StringIO()
    sys.argv = ["trainer.train", *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
                code = 0
            except SystemExit as exit_:
                code = exit_.code
    finally:
        sys.argv = argv
    return code, out.getvalue(), err.getvalue()
