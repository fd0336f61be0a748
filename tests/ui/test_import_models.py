"""The import wizard's table models pass Qt's model checks."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester

from coordinator.excel import read_roster_table
from coordinator.services.roster_import import RosterImportService
from coordinator.services.roster_mapping_review import review_mapping
from coordinator.store import open_database
from coordinator.ui.import_preview_model import ImportPreviewModel, LineKind
from coordinator.ui.import_sample_model import ImportSampleModel
from tests.ui.conftest import PROGRAM_CODE, add_program
from tests.ui.roster_files import write_roster


def test_sample_model(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    table = read_roster_table(write_roster(tmp_path / "heyet.xlsx"))
    model = ImportSampleModel()
    qtmodeltester.check(model)
    model.set_sample(table.sample(8), review_mapping(table, table.mapping))
    qtmodeltester.check(model)
    model.set_review(review_mapping(table, {}))
    qtmodeltester.check(model)
    assert model.rowCount() == 6


def test_preview_model(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    database = open_database(tmp_path / "db.sqlite")
    try:
        add_program(database)
        service = RosterImportService(database)
        plan = service.plan(PROGRAM_CODE, service.read(write_roster(tmp_path / "heyet.xlsx")))
    finally:
        database.close()
    model = ImportPreviewModel()
    qtmodeltester.check(model)
    model.set_plan(plan)
    qtmodeltester.check(model)
    model.set_problems_only(True)
    qtmodeltester.check(model)
    assert {model.kind(row) for row in range(model.rowCount())} == {LineKind.VALUE_PROBLEM}
    model.set_problems_only(False)
    assert model.rowCount() == model.total_count() == 10
    model.set_plan(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
