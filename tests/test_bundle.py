"""The one-folder application of ``packaging/build.py`` works on its own.

The folder is built once per test session with PyInstaller (80 to 160 seconds
on two cores; pytest-xdist's workers share it through a lock file in the
session's temporary folder), then its executable runs from outside the source
tree with an empty home folder and Qt's offscreen platform: the command line,
the documents (fonts, templates, Pillow) and the window. Linux only, since
PyInstaller builds for the platform it runs on; skipped without PyInstaller.
The Windows icon that ``build.py`` draws is checked everywhere.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

import coordinator
from tests.packaging_scripts import BUILD, build_script

REPOSITORY = Path(__file__).resolve().parent.parent
DEMO = "TURKISTAN-2021"
WINDOW_SECONDS = 4
BUILD_TIMEOUT = 1200
LARGEST_FOLDER = 220 * 1024 * 1024
"""The folder is about 180 MiB; most of it is Qt (ICU's data alone is 32 MiB)."""

slow = pytest.mark.slow


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built application's folder, built by the first worker that asks."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle test builds and runs the Linux folder only")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (it is in the test extra)")
    import fcntl

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the session's folder, above each worker's own
    build = shared / "bundle"
    result = build / "dist" / "coordinator"
    failure = build / "failure.txt"
    with (shared / "bundle.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if failure.exists():
            pytest.fail(failure.read_text(encoding="utf-8"))
        if not (result / "coordinator").is_file():
            started = time.monotonic()
            built = subprocess.run(
                [sys.executable, str(BUILD), "--out", build / "dist", "--work", build / "work"],
                capture_output=True,
                text=True,
                check=False,
                timeout=BUILD_TIMEOUT,
                cwd=shared,
            )
            seconds = time.monotonic() - started
            if built.returncode != 0 or not (result / "coordinator").is_file():
                failure.write_text(
                    f"packaging/build.py exited with {built.returncode}\n"
                    f"{built.stdout[-4000:]}\n{built.stderr[-8000:]}",
                    encoding="utf-8",
                )
                pytest.fail(failure.read_text(encoding="utf-8"))
            (build / "seconds.txt").write_text(f"{seconds:.0f}\n", encoding="utf-8")
    return result


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty home folder: the application's settings and data start fresh."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def _environment(home: Path) -> dict[str, str]:
    """The user's environment with an empty home, nothing reaching this Python."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.pop("VIRTUAL_ENV", None)
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    return env


def _run(folder: Path, home: Path, *arguments: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(folder / "coordinator"), *(str(argument) for argument in arguments)],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
        cwd=home,
        env=_environment(home),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    # Python's own warnings (a library that could not import another), not the
    # application's "Warning: ..." lines about the data.
    assert not re.search(r"\w+Warning: ", result.stderr), result.stderr
    return result


@pytest.fixture(scope="module")
def demo_file(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database the bundled application filled with the demo program, once."""
    home = tmp_path_factory.mktemp("demo-home")
    database = home / "demo.sqlite"
    _run(folder, home, "--db", database, "demo")
    return database


@pytest.fixture
def demo(demo_file: Path, home: Path) -> Path:
    """This test's own copy of the demo database, in its home folder."""
    database = home / "x.sqlite"
    shutil.copyfile(demo_file, database)
    return database


def _logged_tracebacks(home: Path) -> list[str]:
    """The internal errors the application wrote to its log files under ``home``."""
    return [
        path.read_text(encoding="utf-8", errors="replace")
        for path in home.rglob("*.log")
        if "Traceback" in path.read_text(encoding="utf-8", errors="replace")
    ]


@slow
def test_version_is_this_version(folder: Path, home: Path) -> None:
    result = _run(folder, home, "--version")
    assert result.stdout.strip() == f"coordinator {coordinator.__version__}"


@slow
def test_demo_creates_the_database_and_lists_the_program(folder: Path, home: Path) -> None:
    database = home / "x.sqlite"
    loaded = _run(folder, home, "--db", database, "demo")
    assert DEMO in loaded.stdout
    programs = json.loads(_run(folder, home, "--db", database, "programs", "--json").stdout)
    assert [program["code"] for program in programs] == [DEMO]
    roster = _run(folder, home, "--db", database, "participants", "--program", DEMO, "--json")
    assert len(json.loads(roster.stdout)) == 8


@slow
def test_documents_have_their_fonts_and_templates(folder: Path, home: Path, demo: Path) -> None:
    database = demo
    booklet = home / "booklet.pdf"
    documents = ("documents", "booklet", "--program", DEMO, "--lang", "tr", "--out", booklet)
    _run(folder, home, "--db", database, *documents)
    assert "Program kitapçığı" in PdfReader(booklet).pages[0].extract_text()
    letters = home / "letters"
    invitations = ("letters", "invitation", "--program", DEMO, "--lang", "tr", "--out", letters)
    _run(folder, home, "--db", database, *invitations)
    assert len(list(letters.glob("*.docx"))) == 8


@slow
def test_window_opens_in_turkish_and_stays_up(folder: Path, home: Path, demo: Path) -> None:
    database = demo
    env = _environment(home) | {"COORDINATOR_LANGUAGE": "tr"}
    with subprocess.Popen(
        [str(folder / "coordinator"), "--db", str(database)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=home,
        env=env,
    ) as window:
        time.sleep(WINDOW_SECONDS)
        still_running = window.poll() is None
        window.terminate()
        _, stderr = window.communicate(timeout=30)
    assert still_running, stderr
    assert "Traceback" not in stderr
    assert "Could not load the Qt platform plugin" not in stderr
    assert not _logged_tracebacks(home)


@slow
def test_folder_carries_only_what_the_application_loads(folder: Path) -> None:
    internal = folder / "_internal"
    resources = internal / "coordinator" / "resources"
    source = REPOSITORY / "resources"
    shipped = {
        path.relative_to(source).as_posix()
        for path in source.rglob("*")
        if path.is_file() and path.suffix != ".ts"
    }
    carried = {path.relative_to(resources).as_posix() for path in resources.rglob("*")}
    assert shipped <= carried
    assert not [name for name in carried if name.endswith(".ts")]
    versions = REPOSITORY / "coordinator" / "store" / "migrations" / "versions"
    carried_versions = internal / "coordinator" / "store" / "migrations" / "versions"
    assert {path.name for path in versions.glob("*.py")} <= {
        path.name for path in carried_versions.glob("*.py")
    }
    if importlib.util.find_spec("anyascii") is not None:
        assert (internal / "anyascii" / "_data").is_dir()
    qt = internal / "PySide6" / "Qt"
    assert sorted(path.name for path in (qt / "translations").iterdir()) == [
        "qtbase_en.qm",
        "qtbase_tr.qm",
    ]
    names = {path.name for path in internal.rglob("*")}
    unwanted = re.compile(r"(lib)?Qt6(Qml|Quick|Network|OpenGL|Pdf|VirtualKeyboard)|tkinter|_tk")
    assert not sorted(name for name in names if unwanted.match(name))
    assert {"libqxcb.so", "libqoffscreen.so", "libqsvg.so", "libqsvgicon.so"} <= names


@slow
def test_every_qt_library_finds_the_qt_it_links_to(folder: Path) -> None:
    """Only system libraries may be missing (the desktop's X11, Wayland, GTK)."""
    internal = folder / "_internal"
    missing: list[str] = []
    for library in sorted(internal.rglob("*.so*")):
        if library.is_symlink() or not library.is_file():
            continue
        listed = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, check=False, timeout=60
        ).stdout
        missing += [
            f"{library.relative_to(internal)}: {line.split()[0]}"
            for line in listed.splitlines()
            if "not found" in line and re.match(r"\s*lib(Qt6|pyside6|shiboken6|icu|python)", line)
        ]
    assert not missing


@slow
def test_folder_stays_small(folder: Path) -> None:
    size = sum(
        path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink()
    )
    assert size < LARGEST_FOLDER, f"{size / 1024 / 1024:.0f} MiB"


def test_windows_icon_is_drawn_at_every_size(tmp_path: Path) -> None:
    build = build_script()
    icon = build.make_windows_icon(build.APPLICATION_ICON, tmp_path / "coordinator.ico")
    with Image.open(icon) as picture:
        assert picture.format == "ICO"
        assert picture.info["sizes"] == {(size, size) for size in build.ICON_SIZES}
        picture.size = (256, 256)
        picture.load()
        corner, middle = picture.getpixel((0, 0)), picture.getpixel((128, 40))
    assert corner[3] == 0  # transparent outside the rounded square
    assert middle[3] == 255
