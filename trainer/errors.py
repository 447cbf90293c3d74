"""User-facing errors: one line that names the file, row or option and what to do."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TypeVar

import click

T = TypeVar("T")


class UserError(Exception):
    """A problem with the user's input or config, not a bug.

    Printed as ``Error: <message>`` on one line and the process exits with status 1.
    The message must never contain raw personal data (post text, names, emails).
    """


def user_errors(fn: Callable[..., T]) -> Callable[..., T]:
    """Wrap a click command: a UserError becomes click's one line `Error: ...`, exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except UserError as err:
            raise click.ClickException(str(err)) from None

    return wrapper


def exit_on_user_error(fn: Callable[..., T]) -> Callable[..., T]:
    """Wrap a CLI entry point: a UserError becomes one line on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except UserError as err:
            print(f"Error: {err}", file=sys.stderr)
            sys.exit(1)

    return wrapper
