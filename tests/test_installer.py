"""The Windows installer of ``packaging/windows/coordinator.iss`` installs as it promises.

The script is compiled with Inno Setup's own compiler (``ISCC.exe``, named by
``COORDINATOR_TEST_ISCC``; ``.ci/run`` takes it from the npm package
``innosetup``), over a stand-in for the folder ``packaging/build.py`` writes on
Windows (PyInstaller builds only for the platform it runs on, so this folder
holds placeholder executables and the real icon). The installer then runs
under Wine, silently, on a virtual screen of its own (Inno Setup builds its
wizard even when silent). Skipped without the compiler, Wine or Xvfb.

What is checked is what the issue asks of the installer: per user, with no
administrator (the user's own programs folder, the current user's registry),
a Start-menu entry, an uninstaller; an upgrade that replaces the runtime whole;
an uninstall that removes the program and leaves the user's data folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath

import pytest

from tests.packaging_scripts import build_script

REPOSITORY = Path(__file__).resolve().parent.parent
SCRIPT = REPOSITORY / "packaging" / "windows" / "coordinator.iss"
APP_NAME = "Delegation Coordinator"
APP_ID = "7A05E961-AF08-460E-B7B6-6775FE2570CE"
"""The script's AppId: the uninstall entry in the registry is named after it."""
WINE_SECONDS = 180

ISCC = os.environ.get("COORDINATOR_TEST_ISCC", "")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (ISCC and Path(ISCC).is_file()),
        reason="COORDINATOR_TEST_ISCC does not name Inno Setup's ISCC.exe (.ci/run installs it)",
    ),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("wine", "wineserver", "Xvfb")),
        reason="Wine or Xvfb is not installed (.ci/run installs them)",
    ),
]


def _windows(path: Path) -> str:
    """``path`` as Wine's programs see it: the Unix root is drive Z:."""
    return str(PureWindowsPath("Z:\\", *path.parts[1:]))


class Wine:
    """A Wine prefix of its own, on a virtual screen, that waits for what it starts."""

    def __init__(self, prefix: Path, display: str) -> None:
        self.prefix = prefix
        self.environment = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEDEBUG": "-all",
            # No Mono or Gecko to offer, and no Linux menu entries for the shortcuts.
            "WINEDLLOVERRIDES": "mscoree,mshtml,winemenubuilder.exe=d",
            "DISPLAY": display,
        }

    def run(self, program: str, *arguments: str) -> None:
        """Run a Windows program and wait until every process it started has ended.

        Setup and the uninstaller hand over to a copy of themselves and return
        at once: ``wineserver -w`` waits for the prefix to fall quiet.
        """
        subprocess.run(
            ["wine", program, *arguments],
            env=self.environment,
            check=True,
            capture_output=True,
            timeout=WINE_SECONDS,
        )
        subprocess.run(["wineserver", "-w"], env=self.environment, check=True, timeout=WINE_SECONDS)

    def user_folder(self, *parts: str) -> Path:
        """A folder of the prefix's one user (not ``Public``)."""
        users = [
            folder
            for folder in (self.prefix / "drive_c" / "users").iterdir()
            if folder.name != "Public"
        ]
        assert len(users) == 1, users
        return users[0].joinpath(*parts)

    def user_registry(self) -> str:
        """The text of the current user's registry hive."""
        return (self.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A virtual screen for the installer's wizard, chosen by Xvfb itself."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory, display: str) -> Wine:
    """A new Wine prefix that reports Windows 10 (the script needs 10 or newer)."""
    wine = Wine(tmp_path_factory.mktemp("wine") / "prefix", display)
    wine.run("winecfg", "/v", "win10")
    return wine


def _application_folder(root: Path, runtime_file: str) -> Path:
    """A stand-in for the folder ``packaging/build.py`` writes on Windows."""
    build = build_script()
    folder = root / "coordinator"
    (folder / "_internal").mkdir(parents=True)
    for name in ("coordinator.exe", "coordinator-cli.exe"):
        (folder / name).write_bytes(b"MZ placeholder: the installer copies it, nobody runs it")
    (folder / "_internal" / runtime_file).write_text("a file of this version's runtime\n")
    build.make_windows_icon(build.APPLICATION_ICON, folder / "coordinator.ico")
    return folder


def _installer(wine: Wine, root: Path, version: str, runtime_file: str) -> Path:
    """Compile the script over a stand-in folder; return the installer it wrote."""
    folder = _application_folder(root / version, runtime_file)
    out = root / "installers"
    wine.run(
        ISCC,
        "/Q",
        f"/DAppVersion={version}",
        f"/DSourceDir={_windows(folder)}",
        f"/O{_windows(out)}",
        _windows(SCRIPT),
    )
    installer = out / f"coordinator-{version}-setup.exe"
    assert installer.is_file()
    return installer


def test_installs_per_user_upgrades_and_uninstalls_leaving_the_data(
    wine: Wine, tmp_path: Path
) -> None:
    silent = ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
    first = _installer(wine, tmp_path, "1.0.0", "old-runtime.txt")
    wine.run(_windows(first), *silent, f"/LOG={_windows(tmp_path / 'install.log')}")
    log = (tmp_path / "install.log").read_text(encoding="utf-8-sig", errors="replace")
    assert "Administrative install mode: No" in log
    assert "Installation process succeeded." in log

    # The user's own programs folder, nothing under Program Files.
    app = wine.user_folder("AppData", "Local", "Programs", APP_NAME)
    assert (app / "coordinator.exe").is_file()
    assert (app / "coordinator-cli.exe").is_file()
    assert (app / "_internal" / "old-runtime.txt").is_file()
    assert (app / "unins000.exe").is_file()
    for programs in ("Program Files", "Program Files (x86)"):
        assert not (wine.prefix / "drive_c" / programs / APP_NAME).exists()
    # A Start-menu entry that opens the application; an uninstaller in Settings > Apps.
    start_menu = wine.user_folder("AppData", "Roaming", "Microsoft", "Windows", "Start Menu")
    shortcut = start_menu / "Programs" / f"{APP_NAME}.lnk"
    assert rb"\Programs\Delegation Coordinator\coordinator.exe" in shortcut.read_bytes()
    registry = wine.user_registry()
    assert f"Uninstall\\\\{{{APP_ID}}}_is1" in registry
    assert '"DisplayVersion"="1.0.0"' in registry

    # The user's data: the database in Qt's local data folder.
    data = wine.user_folder("AppData", "Local", APP_NAME, "coordinator")
    data.mkdir(parents=True)
    (data / "coordinator.sqlite").write_bytes(b"SQLite format 3\x00 the user's work")

    # An upgrade goes into the same folder and replaces the runtime whole.
    second = _installer(wine, tmp_path, "1.0.1", "new-runtime.txt")
    wine.run(_windows(second), *silent)
    assert sorted(path.name for path in (app / "_internal").iterdir()) == ["new-runtime.txt"]
    assert '"DisplayVersion"="1.0.1"' in wine.user_registry()

    wine.run(_windows(app / "unins000.exe"), *silent)
    assert not app.exists()
    assert not shortcut.exists()
    assert f"{{{APP_ID}}}_is1" not in wine.user_registry()
    assert (data / "coordinator.sqlite").read_bytes() == b"SQLite format 3\x00 the user's work"
