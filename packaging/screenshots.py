"""Take the screenshots the README shows, from the real application.

    python packaging/screenshots.py [--out packaging/screenshots] [--lang en|tr]

Loads the demo program into a fresh database in a temporary folder (settings
and data folders there too, so nothing of the user's is read or changed), opens
the main window at the default 1200 × 760, and saves the Roster, the Itinerary
timeline, the Conflicts panel and the Logistics tab as PNG files; then makes the
demo's certificates and turns the first page into ``certificate.png`` with
poppler's ``pdftoppm``. Runs offscreen unless a display is set (run it under
Xvfb for the platform's own window decorations). Retake them whenever a screen
changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPOSITORY / "packaging" / "screenshots"
PROGRAM = "TURKISTAN-2021"
SIZE = (1200, 760)


def _coordinator(*arguments: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "coordinator", *arguments],
        check=True,
        env=env,
        capture_output=True,
        timeout=300,
    )


def _certificate(database: Path, out: Path, language: str, env: dict[str, str]) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm (poppler-utils) is missing: no certificate.png")
        return
    pdf = database.parent / "certificates.pdf"
    _coordinator(
        "--db", str(database), "documents", "certificates",
        "--program", PROGRAM, "--out", str(pdf), "--lang", language,
        env=env,
    )  # fmt: skip
    stem = out / "certificate"
    subprocess.run(
        [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=120,
    )
    print(f"wrote {stem}.png")


def _window_shots(database: Path, out: Path) -> int:
    # Qt and the application are imported here, after the environment is set.
    from PySide6.QtCore import QCoreApplication, QTimer  # noqa: PLC0415

    from coordinator.ui.app import Launcher, run_app  # noqa: PLC0415
    from coordinator.ui.itinerary_page import ItineraryPage  # noqa: PLC0415

    def take(launcher: Launcher) -> None:
        window = launcher.window
        window.resize(*SIZE)
        program_view = window.workspace_view.program_view
        itinerary = program_view.findChild(ItineraryPage)
        steps: list[tuple[str, Callable[[], object]]] = [
            ("roster", lambda: program_view.tabs.setCurrentIndex(0)),
            ("itinerary", lambda: program_view.tabs.setCurrentIndex(1)),
            ("conflicts", lambda: itinerary.bottom.setCurrentIndex(1)),
            ("logistics", lambda: program_view.tabs.setCurrentIndex(3)),
        ]

        def next_step() -> None:
            if not steps:
                QCoreApplication.quit()
                return
            name, show = steps.pop(0)
            show()
            # Let the tab load its records in the background and paint.
            QTimer.singleShot(1500, lambda: save(name))

        def save(name: str) -> None:
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path}")
            next_step()

        QTimer.singleShot(2500, next_step)

    def on_start(launcher: Launcher) -> None:
        launcher.workspace_ready.connect(lambda _workspace: take(launcher))

    return run_app(str(database), [sys.argv[0]], on_start=on_start)


def main() -> int:
    """Load the demo into a temporary database and photograph the main screens."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the folder for the PNGs")
    parser.add_argument("--lang", choices=("en", "tr"), default="en")
    arguments = parser.parse_args()
    out: Path = arguments.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="coordinator-screens-") as folder:
        home = Path(folder)
        env = dict(os.environ)
        env.update(
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            COORDINATOR_LANGUAGE=arguments.lang,
        )
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        database = home / "demo.sqlite"
        _coordinator("--db", str(database), "demo", env=env)
        os.environ.update(env)
        code = _window_shots(database, out)
        _certificate(database, out, arguments.lang, env)
    return code


if __name__ == "__main__":
    sys.exit(main())
