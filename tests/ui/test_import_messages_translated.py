"""The importers' problems, skips and refusals reach the window in its language.

The sentences come from the core with their templates (``said``); the import
preview, the program import's problem table and the refusal prompt translate
them in the ``Core`` context. A small translation compiled here says a few of
them in Turkish, so the test does not depend on the shipped catalog's words.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from coordinator.domain.messages import Said
from coordinator.excel.program_reader import read_program_workbook
from coordinator.resource_files import resource_path
from coordinator.services.roster_import import ImportRefusedError, RosterImportService
from coordinator.store import Database
from coordinator.ui.core_words import error_text, translated
from coordinator.ui.import_preview_model import ImportPreviewModel, LineKind, PreviewColumn
from coordinator.ui.import_texts import skip_reason
from coordinator.ui.program_import_preview import ProblemTableModel
from tests.ui.conftest import PROGRAM_CODE, add_program

WORDS = {
    "the same as row {row}": "{row}. satırın aynısı",
    "{label}: {reason}": "{label} sütununda: {reason}",
    "{value} is not a real date or time; {hint}": "{value} gerçek bir tarih değil; {hint}",
    "The end ({end}) must be after the start ({start})":
        "Bitiş ({end}) başlangıçtan ({start}) sonra olmalı",
    "{name} is empty": "{name} boş",
}  # fmt: skip


def _compiled(folder: Path) -> Path:
    """Write ``WORDS`` as a Qt translation source and compile it with lrelease."""
    messages = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(target)}</translation></message>\n"
        for source, target in WORDS.items()
    )
    source = folder / "test_tr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="tr_TR">\n<context><name>Core</name>\n{messages}'
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    tool = tool or shutil.which("pyside6-lrelease")
    assert tool is not None, "pyside6-lrelease comes with PySide6"
    compiled = folder / "test_tr.qm"
    subprocess.run([tool, str(source), "-qm", str(compiled)], check=True, capture_output=True)
    return compiled


@pytest.fixture
def turkish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The shipped Turkish translation, with this test's words installed over it."""
    shipped = QTranslator()
    assert shipped.load("coordinator_tr", str(resource_path("translations")))
    words = QTranslator()
    assert words.load(str(_compiled(tmp_path)))
    QCoreApplication.installTranslator(shipped)
    QCoreApplication.installTranslator(words)
    yield
    QCoreApplication.removeTranslator(words)
    QCoreApplication.removeTranslator(shipped)


def _core(template: str) -> str:
    return QCoreApplication.translate("Core", template)


def _write_roster(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Liste"
    sheet.append(["Adı Soyadı", "Kurumu", "Geliş Tarihi"])
    sheet.append(["Zhandos Tasov", "Türkistan Belediyesi", "04.05.2026"])
    sheet.append(["Aigerim Nurlanqyzy", "Türkistan Belediyesi", "32.13.2026"])
    sheet.append(["Zhandos Tasov", "Türkistan Belediyesi", "04.05.2026"])
    workbook.save(path)
    return path


def _line(model: ImportPreviewModel, kind: LineKind) -> int:
    return next(row for row in range(model.rowCount()) if model.kind(row) is kind)


def _shown(model: ImportPreviewModel, row: int, column: PreviewColumn) -> str:
    text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
    assert isinstance(text, str)
    return text


@pytest.mark.usefixtures("turkish")
def test_the_preview_says_a_duplicate_and_a_problem_in_the_window_language(
    database: Database, tmp_path: Path
) -> None:
    add_program(database)
    service = RosterImportService(database)
    plan = service.plan(PROGRAM_CODE, service.read(_write_roster(tmp_path / "liste.xlsx")))
    model = ImportPreviewModel()
    model.set_plan(plan)

    (skipped,) = (item for item in plan.skipped if item.reason == "duplicate")
    assert isinstance(skipped.message, Said)
    assert skipped.message == "the same as row 2"  # the core still speaks English
    inner = _core("the same as row {row}").format(row=2)
    assert inner == "2. satırın aynısı"
    shown = _shown(model, _line(model, LineKind.SKIP), PreviewColumn.DETAILS)
    assert shown == f"{skip_reason('duplicate')} ({inner})"

    (problem,) = plan.problems
    assert isinstance(problem.message, Said)
    assert problem.message.startswith("Geliş Tarihi: '32.13.2026' is not a real date or time; ")
    shown = _shown(model, _line(model, LineKind.VALUE_PROBLEM), PreviewColumn.DETAILS)
    assert shown == translated(problem.message)
    reason = problem.message.values["reason"]
    assert isinstance(reason, Said)
    hint = reason.values["hint"]
    assert isinstance(hint, Said)
    expected = _core("{label}: {reason}").format(
        label="Geliş Tarihi",
        reason=_core(reason.template).format(value="'32.13.2026'", hint=_core(hint.template)),
    )
    assert shown == expected
    assert shown.startswith("Geliş Tarihi sütununda: '32.13.2026' gerçek bir tarih değil; ")
    target = model.correction_of(_line(model, LineKind.VALUE_PROBLEM))
    assert target is not None
    assert target.message == expected


@pytest.mark.usefixtures("turkish")
def test_the_program_import_lists_its_problems_in_the_window_language(tmp_path: Path) -> None:
    path = tmp_path / "program.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Itinerary"
    sheet.append(["Date", "Start", "End", "Activity"])
    sheet.append(["05.05.2026", "14:00", "12:30", "Belediye ziyareti"])
    workbook.save(path)
    (problem,) = read_program_workbook(path).problems
    assert problem.message == "The end (12:30) must be after the start (14:00)"
    model = ProblemTableModel((problem,))
    shown = model.data(model.index(0, 3), Qt.ItemDataRole.DisplayRole)
    assert shown == _core("The end ({end}) must be after the start ({start})").format(
        end="12:30", start="14:00"
    )
    assert shown == "Bitiş (12:30) başlangıçtan (14:00) sonra olmalı"


@pytest.mark.usefixtures("turkish")
def test_a_refused_file_is_refused_in_the_window_language(
    database: Database, tmp_path: Path
) -> None:
    empty = tmp_path / "boş.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportRefusedError) as raised:
        RosterImportService(database).read(empty)
    assert str(raised.value) == "boş.xlsx is empty"
    assert error_text(raised.value) == _core("{name} is empty").format(name="boş.xlsx")
    assert error_text(raised.value) == "boş.xlsx boş"
