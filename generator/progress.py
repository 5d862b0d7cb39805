"""One progress bar for long runs over many files (``check``, ``portfolio``, ``themes``)."""

from __future__ import annotations

from typing import Any, Callable


class ProgressBar:
    """A rich progress bar on stderr when enabled, a no-op otherwise; the context value is ``advance()``.

    ``with ProgressBar(sys.stderr.isatty(), len(files), "checking") as advance: ...`` — the bar is
    transient (it leaves nothing behind in a terminal) and never writes to stdout, so JSON or SARIF on
    stdout stays clean.
    """

    def __init__(self, enabled: bool, total: int, what: str) -> None:
        self.enabled, self.total, self.what = enabled, total, what
        self._bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(TextColumn(self.what), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                             console=Console(stderr=True), transient=True)
        self._bar.__enter__()
        task = self._bar.add_task(self.what, total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
