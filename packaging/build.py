"""Build the one-folder application with PyInstaller, for the platform this runs on.

Usage::

    python packaging/build.py [--out DIR] [--work DIR]

Writes ``DIR/coordinator/`` (default ``dist/coordinator/``): the executable
``coordinator`` (``coordinator.exe`` on Windows, where ``coordinator-cli.exe``
beside it is the command line with a console) and the ``_internal`` folder it
loads; on macOS also ``DIR/Delegation Coordinator.app``. The contents are
decided by ``packaging/coordinator.spec``. The build needs PyInstaller (in the
``test`` extra) and, on Linux, ``objdump`` (Debian's ``binutils``). It prints
the folder's size at the end; ``packaging/windows/coordinator.iss`` turns the
Windows folder into an installer.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))  # the version, from the source being packaged
from coordinator import __version__  # noqa: E402

try:
    import PyInstaller.__main__ as pyinstaller
except ImportError:  # main() says so
    pyinstaller = None

SPEC = REPOSITORY / "packaging" / "coordinator.spec"
APPLICATION_ICON = REPOSITORY / "resources" / "icons" / "application.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICON_VARIABLE = "COORDINATOR_BUILD_ICON"


def executable_name() -> str:
    """The file name of the application's executable on this platform."""
    return "coordinator.exe" if sys.platform == "win32" else "coordinator"


def make_windows_icon(svg: Path, ico: Path) -> Path:
    """Draw ``svg`` at every icon size into one Windows ``.ico`` file and return its path."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        msg = f"{svg} is not an SVG image Qt can draw"
        raise ValueError(msg)
    largest = max(ICON_SIZES)
    image = QImage(largest, largest, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    with Image.open(io.BytesIO(bytes(data.data()))) as picture:
        picture.save(ico, format="ICO", sizes=[(size, size) for size in ICON_SIZES])
    return ico


def folder_size(folder: Path) -> int:
    """The size in bytes of every file under ``folder``, links not followed."""
    return sum(
        path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink()
    )


def build(out: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; return the one-folder application's folder."""
    if sys.platform == "win32":
        icon = make_windows_icon(APPLICATION_ICON, work / "coordinator.ico")
        os.environ[ICON_VARIABLE] = str(icon)
    pyinstaller.run(
        [
            str(SPEC),
            "--distpath",
            str(out),
            "--workpath",
            str(work),
            "--noconfirm",
            "--log-level",
            "WARN",
        ]
    )
    folder = out / "coordinator"
    if not (folder / executable_name()).is_file():
        msg = f"PyInstaller finished without writing {folder / executable_name()}"
        raise RuntimeError(msg)
    if sys.platform == "win32":  # the installer's own icon (coordinator.iss)
        shutil.copy2(icon, folder / "coordinator.ico")
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    """Build the application; return 0 when its folder is written, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=REPOSITORY / "dist", help="folder to write into (dist/)"
    )
    parser.add_argument(
        "--work", type=Path, help="PyInstaller's working folder (default: a temporary one)"
    )
    options = parser.parse_args(argv)
    if pyinstaller is None:
        print("PyInstaller is not installed: pip install pyinstaller", file=sys.stderr)
        return 1
    out = options.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="coordinator-build-") as temporary:
        work = (options.work or Path(temporary)).resolve()
        work.mkdir(parents=True, exist_ok=True)
        try:
            folder = build(out, work)
        except (RuntimeError, SystemExit) as error:
            print(f"FAILED: {error}", file=sys.stderr)
            return 1
    size = folder_size(folder) / 1024 / 1024
    elapsed = time.monotonic() - started
    print(f"built {folder / executable_name()} ({size:.0f} MiB, {elapsed:.0f} s)")
    if sys.platform == "win32":
        print(f"installer: iscc /DAppVersion={__version__} packaging\\windows\\coordinator.iss")
    elif sys.platform == "darwin":
        print(f"application bundle: {out / 'Delegation Coordinator.app'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
