"""A time budget per document: reading one article that runs too long is stopped, never hangs the run."""
from __future__ import annotations

import math
import os
import signal
import threading
import time
from collections.abc import Mapping

from factcheck.errors import ConfigError, UserError

ENV = "FACTCHECK_DOC_SECONDS"
DEFAULT_SECONDS = 10.0
MAX_SECONDS = 1_000_000.0      # 11.6 days; setitimer overflows near 9.2e9 s, and more means "no limit": say 0


class OverBudget(Exception):
    """Raised inside a TimeLimit block when its time is up; str() is the reason a document is skipped."""

    def __init__(self, seconds: float, what: str = "extraction"):
        super().__init__(f"{what} took longer than {seconds:g} s")
        self.seconds = seconds


def seconds_from_env(environ: Mapping[str, str] = os.environ) -> float | None:
    """FACTCHECK_DOC_SECONDS -> seconds per document (default 10); None when set to 0 (no limit)."""
    text = environ.get(ENV, "").strip()
    if not text:
        return DEFAULT_SECONDS
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 <= seconds <= MAX_SECONDS):
        raise ConfigError([UserError(ENV, None, None, f"expected a number of seconds per document up to "
                                                       f"{MAX_SECONDS:,.0f} (0 turns the limit off), got {text!r}")])
    return seconds or None


def can_interrupt() -> bool:
    """SIGALRM exists (not on Windows) and this is the main thread (each pool worker's own is)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class TimeLimit:
    """`with TimeLimit(10):` raises OverBudget in the block after 10 s of wall time.

    Uses SIGALRM: Python code stops at once, a backtracking regular expression at its next signal
    check; one C call that checks none (a cheap pattern searched over a long text) is stopped only
    when it returns. The previous handler and any outer timer are restored on exit. Without
    SIGALRM, outside the main thread, or with seconds None, the block runs unlimited.
    """

    # Python drops an exception raised where it cannot propagate (a gc callback, a finalizer), and an
    # alarm can land there: until the block is left, the alarm fires again every RETRY seconds.
    RETRY = 0.05

    def __init__(self, seconds: float | None, what: str = "extraction"):
        self.seconds, self.what = seconds, what
        self._armed = False
        self._active = bool(seconds) and can_interrupt()

    def __enter__(self) -> TimeLimit:
        if not self._active:
            return self
        self._previous_handler = signal.signal(signal.SIGALRM, self._on_alarm)
        self._started = time.monotonic()
        self._armed = True
        self._outer = signal.setitimer(signal.ITIMER_REAL, self.seconds, self.RETRY)
        return self

    def _on_alarm(self, signum: int, frame: object) -> None:
        # not while __exit__ is tearing the timer down: the block is over, and the restore must run
        if self._armed and getattr(frame, "f_code", None) is not _EXIT_CODE:
            raise OverBudget(self.seconds, self.what)

    def __exit__(self, *exc_info: object) -> None:
        self._armed = False           # from here on a late alarm is ignored, never raised while restoring
        if not self._active:
            return
        signal.setitimer(signal.ITIMER_REAL, 0)
        # None: the handler was not set from Python; the default is what it was
        signal.signal(signal.SIGALRM, signal.SIG_DFL if self._previous_handler is None else self._previous_handler)
        outer_delay, outer_interval = self._outer
        if outer_delay:
            left = outer_delay - (time.monotonic() - self._started)
            # an outer timer still fires (late at worst), and keeps its interval
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), outer_interval)


_EXIT_CODE = TimeLimit.__exit__.__code__
