"""Cold start of the GUI against a bare PySide6 window, in fresh processes.

Run on purpose: ``pytest tests/benchmarks --benchmark-only`` (the suite skips
benchmarks by default). Each round launches ``startup_probe.py`` three times,
interleaved: (a) a bare PySide6 window until its first paint, (b) the
coordinator's main window until its first paint, (c) the coordinator until the
demo roster is painted. The report gives the medians and the ratios against
the goals: b <= 1.5 a and c <= 3 a.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.services.demo import load_demo
from coordinator.store import open_database
from tests.conftest import REPOSITORY

PROBE = Path(__file__).with_name("startup_probe.py")
ROUNDS = 7
GOALS = {"window": 1.5, "roster": 3.0}


def _launch(mode: str, database: Path, settings: Path) -> float:
    """Run one probe and return the seconds from its launch to the moment it reports."""
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment["COORDINATOR_LANGUAGE"] = "en"
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, (str(REPOSITORY), environment.get("PYTHONPATH")))
    )
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(PROBE), mode, str(database), str(settings)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    lines = result.stdout.split()
    if result.returncode != 0 or not lines:
        pytest.fail(f"the {mode} probe failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return float(lines[-1]) - started


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("startup")
    path = folder / "demo.sqlite"
    database = open_database(path)
    load_demo(database)
    database.close()
    return path, folder


def test_cold_start_against_a_bare_window(
    benchmark: BenchmarkFixture, demo_database: tuple[Path, Path], startup_report: list[str]
) -> None:
    database, settings = demo_database
    for mode in ("bare", "window", "roster"):  # warm the file caches; not counted
        _launch(mode, database, settings)
    times: dict[str, list[float]] = {"bare": [], "window": [], "roster": []}
    for _ in range(ROUNDS):
        for mode, measured in times.items():
            measured.append(_launch(mode, database, settings))
    medians = {mode: statistics.median(measured) for mode, measured in times.items()}
    bare = medians["bare"]
    report = [
        (
            f"medians of {ROUNDS} runs each, seconds from process launch "
            f"(QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}):"
        ),
        f"  (a) bare PySide6 window painted   {bare:.3f} s",
    ]
    labels = {"window": "(b) main window painted", "roster": "(c) demo roster on screen"}
    for mode, goal in GOALS.items():
        ratio = medians[mode] / bare
        verdict = "goal met" if ratio <= goal else "GOAL MISSED"
        report.append(
            f"  {labels[mode]:<32} {medians[mode]:.3f} s = {ratio:.2f} x a  "
            f"(goal <= {goal:g} x a: {verdict})"
        )
    startup_report.extend(report)
    benchmark.extra_info.update(
        {f"median_{mode}_s": round(value, 4) for mode, value in medians.items()}
        | {f"ratio_{mode}": round(medians[mode] / bare, 2) for mode in GOALS}
    )
    # pytest-benchmark's own statistics: whole cold starts to the roster.
    benchmark.pedantic(
        _launch, args=("roster", database, settings), rounds=5, iterations=1, warmup_rounds=0
    )
