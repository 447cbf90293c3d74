"""Setting process signal handlers for the length of a block (main thread only)."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@contextmanager
def signals_handled(handler: Callable[..., Any] | int,
                    signals: tuple[int, ...] = STOP_SIGNALS) -> Iterator[None]:
    """Route `signals` to `handler` inside the block, then restore the old handlers. Outside the
    main thread (a notebook's worker, say) signals cannot be set: the block runs unchanged."""
    try:
        old = {s: signal.signal(s, handler) for s in signals}
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        for s, previous in old.items():
            signal.signal(s, previous)
