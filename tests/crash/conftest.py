"""The warm process that forks the crash tests' children, shared by the tests here."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from tests.crash.harness import Zygote

if sys.platform == "win32":  # pragma: no cover - fork and SIGKILL are POSIX
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture(scope="session")
def zygote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Zygote]:
    """Start the worker once; every crash test forks its children from it."""
    worker = Zygote(tmp_path_factory.mktemp("crash-worker"))
    yield worker
    worker.close()
