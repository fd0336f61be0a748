"""Print the start-up benchmark's own report at the end of the run."""

from __future__ import annotations

import pytest

STARTUP_REPORT = pytest.StashKey[list[str]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[STARTUP_REPORT] = []


@pytest.fixture
def startup_report(request: pytest.FixtureRequest) -> list[str]:
    """Lines that the terminal summary prints after the benchmarks."""
    return request.config.stash[STARTUP_REPORT]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(STARTUP_REPORT, [])
    if lines:
        terminalreporter.section("cold start of the GUI against a bare PySide6 window")
        for line in lines:
            terminalreporter.write_line(line)
