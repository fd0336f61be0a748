"""A child process of the ten-year benchmark: watch the GUI thread, print what it saw.

Usage: ``python ten_years_probe.py stall|switch DATABASE SETTINGS_DIR``

* ``stall``: from the main window's first paint, a 10 ms timer beats for 3 s;
  the probe prints the longest gap between two beats, in seconds, and the
  moment it ended (seconds after the first paint).
* ``switch``: once the workspace is ready, wait for the GUI to settle, then on
  each tab in turn select the next program of the list, then open the next
  tab, and last open the Directory window, 2 s apart; for each, print the
  seconds the GUI thread was busy with it and the longest gap of the 10 ms
  beat in the 2 s after it; for the Directory, also the seconds until its
  organizations and people were in its tables (``open_directory_filled``).

Each figure is printed on a line of its own, as ``name seconds``.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coordinator.ui.app import Launcher

BEAT_MS = 10
LONG_GAP_S = 0.05


class Heartbeat:
    """Beats every 10 ms on the GUI thread and remembers the longest gap between beats."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.started = time.monotonic()
        self._last = self.started
        self.longest = 0.0
        self.longest_at = 0.0
        self.long_gaps: list[tuple[float, float]] = []  # (gap, when it ended) over 50 ms
        self._timer = QTimer()
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        gap = now - self._last
        if gap > self.longest:
            self.longest, self.longest_at = gap, now - self.started
        if gap > LONG_GAP_S:
            self.long_gaps.append((gap, now - self.started))
        self._last = now

    def stop(self) -> None:
        """Stop beating, counting the gap up to now."""
        self._beat()
        self._timer.stop()


def _later(milliseconds: int, action: Callable[[], object]) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(milliseconds, action)


def _print(name: str, seconds: float) -> None:
    print(f"{name} {seconds:.4f}", flush=True)


def stall(database: str) -> int:
    """Beat for 3 s from the first paint; print the longest gap."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from coordinator.ui.app import run_app

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                beat = Heartbeat()

                def done() -> None:
                    beat.stop()
                    _print("longest_gap", beat.longest)
                    _print("longest_gap_ended_at", beat.longest_at)
                    for gap, ended in beat.long_gaps:
                        print(f"gap {gap:.4f} ended_at {ended:.4f}", flush=True)
                    QApplication.quit()

                _later(3_000, done)
            return False

    def watch(launcher: Launcher) -> None:
        _later(30_000, lambda: sys.exit(1))
        launcher.window.installEventFilter(FirstPaint(launcher))

    return run_app(database, sys.argv[:1], on_start=watch)


class SwitchProbe:
    """Selects programs and opens tabs one after another, 2 s apart, measuring each."""

    def __init__(self, launcher: Launcher) -> None:
        self.launcher = launcher
        self.view = launcher.window.workspace_view
        self.tabs = self.view.program_view.tabs
        self.row = 0
        # On each tab in turn: select the next program, then open the next tab.
        self.steps: list[tuple[str, Callable[[], object]]] = []
        for tab in range(self.tabs.count()):
            if tab:
                opening = functools.partial(self.tabs.setCurrentIndex, tab)
                self.steps.append((f"open_tab{tab}", opening))
            self.steps.append((f"switch_on_tab{tab}", self.select_next))
        self.steps.append(("open_directory", self.open_directory))

    def select_next(self) -> None:
        """Select the next program of the list."""
        self.row += 1
        model = self.view.program_list_model
        self.view.program_list.setCurrentIndex(model.index(self.row, 0))

    def open_directory(self) -> None:
        """Open the Directory window; print when its organizations and people are shown."""
        workspace = self.launcher.workspace
        assert workspace is not None
        opened = time.monotonic()
        filled: list[float] = []

        def loaded() -> None:
            if not filled:
                filled.append(time.monotonic() - opened)
                _print("open_directory_filled", filled[0])

        workspace.directory.entries_loaded.connect(loaded)
        self.launcher.window.main_actions.directory.trigger()

    def run(self) -> None:
        """Run the next step, or quit when none is left."""
        from PySide6.QtWidgets import QApplication

        if not self.steps:
            QApplication.quit()
            return
        name, action = self.steps.pop(0)
        beat = Heartbeat()
        started = time.monotonic()
        action()
        _print(f"{name}_busy", time.monotonic() - started)

        def done() -> None:
            beat.stop()
            _print(f"{name}_longest_gap", beat.longest)
            self.run()

        _later(2_000, done)


def switch(database: str) -> int:
    """Select programs and open tabs once the GUI has settled; print how the GUI thread fared."""
    from coordinator.ui.app import run_app

    def watch(launcher: Launcher) -> None:
        _later(90_000, lambda: sys.exit(1))
        launcher.workspace_ready.connect(
            lambda _workspace: _later(4_000, lambda: SwitchProbe(launcher).run())
        )

    return run_app(database, sys.argv[:1], on_start=watch)


def main() -> int:
    """Run the probe named on the command line."""
    from PySide6.QtCore import QSettings

    mode, database, settings_dir = sys.argv[1:4]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    return stall(database) if mode == "stall" else switch(database)


if __name__ == "__main__":
    sys.exit(main())
