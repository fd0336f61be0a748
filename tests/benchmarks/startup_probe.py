"""A child process of the start-up benchmark: start, wait for one moment, print it.

Usage: ``python startup_probe.py bare|window|roster [DATABASE SETTINGS_DIR]``

* ``bare``: import PySide6, create a QApplication, show an empty QMainWindow and
  wait for its first paint.
* ``window``: run the application on DATABASE until its main window is first painted.
* ``roster``: run it until the roster table has been painted with rows.

The probe prints ``time.monotonic()`` at that moment (a system-wide clock on
every platform Python supports, so the parent can subtract its own reading taken
just before it launched the child) and quits. It never waits more than 20 s.
"""

from __future__ import annotations

import sys
import time


def _report_and_quit() -> None:
    from PySide6.QtWidgets import QApplication

    print(f"{time.monotonic():.6f}", flush=True)
    QApplication.quit()


def bare() -> int:
    """Show an empty main window; report its first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Window(QMainWindow):
        def __init__(self) -> None:
            super().__init__()
            self._painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self._painted:
                self._painted = True
                QTimer.singleShot(0, _report_and_quit)

    application = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(20_000, lambda: application.exit(1))
    return application.exec()


def coordinator(mode: str, database: str, settings_dir: str) -> int:
    """Run the application; report the first paint of the window or of the roster."""
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

    from coordinator.ui.app import Launcher, run_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)

    class WindowPainted(QObject):
        """Reports the first paint of the main window (before its own slots run)."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, _report_and_quit)
            return False

    class RosterPainted(QObject):
        """Reports the first paint of the roster table once it holds rows."""

        def __init__(self, launcher: Launcher) -> None:
            super().__init__(launcher)
            self._launcher = launcher

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and self._launcher.window.workspace_view.roster_model.rowCount()
            ):
                watched.removeEventFilter(self)
                QTimer.singleShot(0, _report_and_quit)
            return False

    def watch(launcher: Launcher) -> None:
        QTimer.singleShot(20_000, lambda: sys.exit(1))
        if mode == "window":
            launcher.window.installEventFilter(WindowPainted(launcher))
            return
        # The roster table exists once the workspace page is built, before it is filled.
        launcher.view_built.connect(
            lambda view: view.program_view.roster_view.table.viewport().installEventFilter(
                RosterPainted(launcher)
            )
        )

    return run_app(database, sys.argv[:1], on_start=watch)


def main() -> int:
    """Run the probe named on the command line."""
    mode = sys.argv[1]
    if mode == "bare":
        return bare()
    return coordinator(mode, sys.argv[2], sys.argv[3])


if __name__ == "__main__":
    sys.exit(main())
