"""How long documents take: whole process (``coordinator documents ...`` from start to
exit) and, for the booklet, in a window that has its libraries loaded.

Goals (issue 7): certificates for 100 participants under 3 s and badges for a
3,000-delegate summit under 15 s, whole process; the demo program's booklet
under 1 s. A whole process spends most of a second importing SQLAlchemy and
fpdf2 (with fontTools) before it reads or draws anything.
Run with ``pytest tests/benchmarks/test_documents.py --benchmark-only``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from coordinator.domain.directory import Organization, Person
from coordinator.domain.programs import Participant
from coordinator.services.demo import DEMO_PROGRAM_CODE, load_demo
from coordinator.services.document_records import DocumentRequest
from coordinator.services.documents import DocumentService
from coordinator.services.programs import program_by_code
from coordinator.store import open_database


def _database(tmp_path: Path, delegates: int) -> Path:
    """The demo program with ``delegates`` more participants on its roster."""
    path = tmp_path / f"summit-{delegates}.sqlite"
    database = open_database(path)
    try:
        load_demo(database)
        with database.transaction() as session:
            program = program_by_code(session, DEMO_PROGRAM_CODE)
            city = Organization(name="Summit City Municipality")
            for number in range(delegates):
                person = Person(full_name=f"Delegate Number{number} Kazakhstanova", title="Mayor")
                session.add(
                    Participant(program=program, person=person, title="Council Member",
                                organization=city, position=100 + number)
                )  # fmt: skip
    finally:
        database.close()
    return path


def _run(database: Path, kind: str, out: Path) -> None:
    command = [sys.executable, "-m", "coordinator", "--db", str(database), "documents", kind,
               "--program", DEMO_PROGRAM_CODE, "--out", str(out)]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True)


@pytest.mark.parametrize(
    ("kind", "delegates"), [("booklet", 0), ("certificates", 92), ("badges", 2990)]
)
def test_documents_whole_process(
    benchmark: BenchmarkFixture, tmp_path: Path, kind: str, delegates: int
) -> None:
    database = _database(tmp_path, delegates)
    out = tmp_path / f"{kind}.pdf"
    benchmark.pedantic(_run, args=(database, kind, out), rounds=3, iterations=1)
    assert out.stat().st_size > 0


def test_booklet_in_the_running_application(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    """The demo's booklet made again in a window that made one before: read, render, write."""
    database = open_database(_database(tmp_path, 0))
    try:
        service = DocumentService(database)
        out = tmp_path / "booklet.pdf"
        request = DocumentRequest(program_code=DEMO_PROGRAM_CODE, kind="booklet", out=out)
        service.produce(request)  # the libraries loaded, as in a window already in use
        benchmark.pedantic(service.produce, args=(request,), rounds=5, iterations=1)
    finally:
        database.close()
    assert out.stat().st_size > 0
