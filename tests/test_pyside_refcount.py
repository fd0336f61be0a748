"""Regression test for PySide6-Essentials 6.12.0 on Python 3.11.

That release drops a reference to ``None`` on every call of a Qt method that
returns nothing (``setText``, ``setObjectName``, ``resize``…); after some
thousands of calls the count reaches zero and the interpreter aborts with
"Fatal Python error: none_dealloc". 6.11.3 on Python 3.11 and 6.12.0 on
Python 3.12 (where ``None`` is immortal) are fine. ``pyproject.toml`` keeps
Python 3.11 below 6.12; these tests fail if that protection ever goes.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.version import Version

REPOSITORY = Path(__file__).resolve().parent.parent
CALLS = 100_000
BROKEN = Version("6.12.0")

# Run in a child interpreter: with the bug, the loop aborts the whole process,
# which must fail this test rather than kill the test session.
LOOP = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtGui import QStandardItem

    qobject, timer, item = QObject(), QTimer(), QStandardItem()
    before = sys.getrefcount(None)
    for _ in range({CALLS}):
        qobject.setObjectName("delegation")
        timer.setInterval(5)
        item.setText("Arısoy")
    print(before, sys.getrefcount(None))
    """
)


def test_qt_methods_returning_nothing_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOOP],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, f"the interpreter died: {result.stderr[-2000:]}"
    before, after = (int(count) for count in result.stdout.split())
    # Each of the 3 * 100,000 calls would lose one reference with the bug.
    assert after >= before - 100, f"sys.getrefcount(None) fell from {before} to {after}"


def test_in_process_calls_keep_none_alive() -> None:
    """The same check in this interpreter, with fewer calls than it takes to abort."""
    from PySide6.QtCore import QObject

    qobject = QObject()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        qobject.setObjectName("delegation")
    assert sys.getrefcount(None) >= before - 100


def test_the_installed_pyside6_is_not_the_broken_combination() -> None:
    import PySide6
    import shiboken6

    installed = Version(PySide6.__version__)
    assert not (installed == BROKEN and sys.version_info[:2] == (3, 11)), (
        f"PySide6 {installed} on Python 3.11 aborts with none_dealloc"
    )
    assert shiboken6.__version__ == PySide6.__version__
    assert Version(metadata.version("PySide6-Essentials")) == installed


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13", "3.14"])
def test_the_dependency_never_allows_the_broken_combination(python: str) -> None:
    with (REPOSITORY / "pyproject.toml").open("rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    environment = {**default_environment(), "python_version": python}
    pyside = [
        requirement
        for requirement in map(Requirement, dependencies)
        if requirement.name.lower() == "pyside6-essentials"
        and (requirement.marker is None or requirement.marker.evaluate(environment))
    ]
    assert len(pyside) == 1, f"exactly one PySide6-Essentials requirement for Python {python}"
    assert pyside[0].specifier.contains("6.11.3"), "the tested release must stay allowed"
    if python == "3.11":
        assert not pyside[0].specifier.contains(BROKEN, prereleases=True)
