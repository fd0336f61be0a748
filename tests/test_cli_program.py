"""The program workbook commands end to end: export and import program|itinerary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coordinator.cli import main
from tests.excel.test_program_reader import TURKISH_ROWS, turkish_file
from tests.excel.workbooks import ole2_file
from tests.stores import Store


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_program(capsys: pytest.CaptureFixture[str], db: Store, code: str = "COPY") -> None:
    result = run(capsys, *db.arguments, "programs", "add", "--code", code, "--title", "Copy",
                 "--start", "2021-08-24", "--end", "2021-08-29")  # fmt: skip
    assert result[0] == 0, result[2]


def activity_count(capsys: pytest.CaptureFixture[str], db: Store, code: str) -> int:
    _, out, _ = run(capsys, *db.arguments, "programs", "--json")
    return next(program["activities"] for program in json.loads(out) if program["code"] == code)


def test_export_then_import_program(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    assert run(capsys, *store.arguments, "demo")[0] == 0
    out = tmp_path / "program.xlsx"
    code, printed, err = run(capsys, *store.arguments, "export", "program", "--program",
                             "TURKISTAN-2021", "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "")
    assert "Itinerary 18" in printed
    add_program(capsys, store)
    arguments = (*store.arguments, "import", "program", str(out), "--program", "COPY", "--json")
    code, printed, err = run(capsys, *arguments, "--dry-run")
    assert (code, err) == (0, "")
    summary = json.loads(printed)
    assert summary["dry_run"] is True
    assert {"added", "updated", "skipped", "problems", "sheets"} <= set(summary)
    assert summary["sheets"]["Itinerary"] == {"kind": "itinerary", "added": 18, "updated": 0,
                                              "skipped": 0}  # fmt: skip
    assert summary["sheets"]["Program"]["kind"] == "program"
    assert summary["sheets"]["Program"]["updated"] >= 1  # the title at least
    assert activity_count(capsys, store, "COPY") == 0  # the dry run wrote nothing
    code, printed, _ = run(capsys, *arguments)
    assert code == 0
    assert activity_count(capsys, store, "COPY") == 18


def test_export_program_in_turkish_then_import_it(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    assert run(capsys, *store.arguments, "demo")[0] == 0
    out = tmp_path / "program.xlsx"
    code, printed, err = run(capsys, *store.arguments, "export", "program", "--program",
                             "TURKISTAN-2021", "--out", str(out), "--lang", "tr")  # fmt: skip
    assert (code, err) == (0, "")
    assert "Gezi programı 18" in printed
    add_program(capsys, store)
    code, printed, err = run(capsys, *store.arguments, "import", "program", str(out),
                             "--program", "COPY", "--json")  # fmt: skip
    assert (code, err) == (0, "")
    summary = json.loads(printed)
    assert summary["problems"] == []
    assert summary["sheets"]["Gezi programı"]["kind"] == "itinerary"
    assert summary["sheets"]["Katılımcılar"]["kind"] == "participants"
    assert activity_count(capsys, store, "COPY") == 18
    itinerary = tmp_path / "itinerary.xlsx"
    code, printed, _ = run(capsys, *store.arguments, "export", "itinerary", "--program",
                           "COPY", "--out", str(itinerary), "--lang", "tr")  # fmt: skip
    assert (code, printed.split()[:2]) == (0, ["Exported", "18"])
    assert run(capsys, *store.arguments, "export", "itinerary", "--program", "COPY", "--out",
               str(itinerary), "--lang", "ru")[0] == 2  # fmt: skip


def test_import_itinerary_reports_problems_with_their_cells(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    add_program(capsys, store)
    rows = [*TURKISH_ROWS, ["30.08.2021", "10:00", "09:00", "Wrong", None]]
    path = turkish_file(tmp_path, rows)
    code, printed, err = run(capsys, *store.arguments, "import", "itinerary", str(path),
                             "--program", "COPY")  # fmt: skip
    assert code == 0
    assert "3 added" in printed
    assert "program.xlsx, sheet Program, row 6, column C: The end (09:00)" in err
    out = tmp_path / "itinerary.xlsx"
    code, printed, _ = run(capsys, *store.arguments, "export", "itinerary", "--program", "COPY",
                           "--out", str(out))  # fmt: skip
    assert (code, printed.split()[:2]) == (0, ["Exported", "3"])


def test_hostile_file_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    add_program(capsys, store)
    path = ole2_file(tmp_path / "old.xls", encrypted=False)
    code, out, err = run(
        capsys, *store.arguments, "import", "program", str(path), "--program", "COPY"
    )
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "old.xls" in err


def test_unknown_program_exits_1(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    path = turkish_file(tmp_path)
    code, _, err = run(capsys, *store.arguments, "import", "itinerary", str(path),
                       "--program", "NOPE")  # fmt: skip
    assert code == 1
    assert "NOPE" in err
