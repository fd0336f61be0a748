"""The workbook commands end to end: inspect, import roster, export roster."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from coordinator.cli import main
from tests.excel.workbooks import ole2_file, write_xlsx
from tests.stores import Store

HEADER = ["Adı Soyadı", "Görevi", "Kurumu", "Doğum Tarihi", "E-posta"]
ROWS = [
    ["Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality", "03.05.1978", "z@t.kz"],
    ["Gulzhamal Dahanova", "Head of Department", "Turkistan Municipality", None, "bad address"],
    [],
    ["Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality", "03.05.1978", "z@t.kz"],
]


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], store: Store) -> Store:
    code, _, err = run(
        capsys, *store.arguments, "programs", "add", "--code", "KZ",
        "--title", "Turkistan Municipality Study Visit", "--start", "2021-08-24",
        "--end", "2021-08-29",
    )  # fmt: skip
    assert code == 0, err
    return store


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "liste.xlsx", [HEADER, *ROWS], title="TÜRKİSTAN HEYETİ")


def names(capsys: pytest.CaptureFixture[str], db: Store, program: str = "KZ") -> list[str]:
    code, out, _ = run(capsys, *db.arguments, "participants", "--program", program, "--json")
    assert code == 0
    return [participant["name"] for participant in json.loads(out)]


def test_inspect_describes_sheet_header_and_mapping(
    capsys: pytest.CaptureFixture[str], roster_file: Path
) -> None:
    code, out, err = run(capsys, "inspect", str(roster_file), "--json")
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert (found["sheet"], found["header_row"], found["rows"]) == ("Sheet1", 2, 3)
    assert found["mapping"]["name"] == {"column": "A", "header": "Adı Soyadı"}
    assert found["mapping"]["birth_date"]["column"] == "D"
    code, out, _ = run(capsys, "inspect", str(roster_file))
    assert code == 0
    assert "header on row 2" in out


def test_inspect_says_why_it_refuses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "inspect", str(ole2_file(tmp_path / "old.xls", encrypted=False)))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "old.xls" in err
    assert ".xlsx" in err


def test_dry_run_writes_nothing_then_import_reports_json(
    capsys: pytest.CaptureFixture[str], db: Store, roster_file: Path
) -> None:
    arguments = (*db.arguments, "import", "roster", str(roster_file), "--program", "KZ", "--json")
    code, out, _ = run(capsys, *arguments, "--dry-run")
    assert code == 0
    dry = json.loads(out)
    assert (dry["dry_run"], dry["added"], dry["updated"], dry["skipped"]) == (True, 2, 0, 2)
    assert names(capsys, db) == []
    code, out, _ = run(capsys, *arguments)
    report = json.loads(out)
    assert (report["added"], report["updated"], report["skipped"]) == (2, 0, 2)
    assert report["problems"] == [
        {"sheet": "Sheet1", "row": 4, "column": "E",
         "message": "'bad address' is not an e-mail address",
         "effect": "value_left_out", "field": "email"},
    ]  # fmt: skip
    assert names(capsys, db) == ["Zhandos Tasov", "Gulzhamal Dahanova"]


def test_text_output_puts_problems_on_stderr(
    capsys: pytest.CaptureFixture[str], db: Store, roster_file: Path
) -> None:
    code, out, err = run(
        capsys, *db.arguments, "import", "roster", str(roster_file), "--program", "KZ"
    )
    assert code == 0
    assert out.strip() == ("Imported liste.xlsx into KZ: 2 added, 0 updated, 2 skipped, 1 problems")
    assert err == (
        "liste.xlsx, sheet Sheet1, row 4, column E: 'bad address' is not an e-mail address "
        "(the value is left out)\n"
    )


def test_refused_import_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], db: Store, tmp_path: Path
) -> None:
    path = ole2_file(tmp_path / "secret.xlsx", encrypted=True)
    code, out, err = run(capsys, *db.arguments, "import", "roster", str(path), "--program", "KZ")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "secret.xlsx" in err
    assert "password" in err


def test_import_into_an_unknown_program_is_refused(
    capsys: pytest.CaptureFixture[str], db: Store, roster_file: Path
) -> None:
    code, _, err = run(
        capsys, *db.arguments, "import", "roster", str(roster_file), "--program", "NO"
    )
    assert code == 1
    assert "NO" in err


def test_a_named_sheet_that_does_not_exist_is_refused(
    capsys: pytest.CaptureFixture[str], db: Store, roster_file: Path
) -> None:
    code, _, err = run(capsys, *db.arguments, "import", "roster", str(roster_file),
                       "--program", "KZ", "--sheet", "Nope")  # fmt: skip
    assert code == 1
    assert "no sheet named 'Nope'" in err


@pytest.mark.parametrize(
    "arguments",
    [
        ("import", "guests", "x.xlsx", "--program", "KZ"),
        ("import", "roster", "x.xlsx"),
        ("import", "program", "x.xlsx"),
        ("export", "itinerary", "--program", "KZ"),
        ("export", "roster", "--program", "KZ"),
        ("inspect",),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], database_path: Path, arguments: tuple[str, ...]
) -> None:
    assert run(capsys, "--db", str(database_path), *arguments)[0] == 2


@pytest.mark.parametrize(("language", "sheet"), [("en", "Roster"), ("tr", "Katılımcılar")])
def test_export_then_import_gives_back_the_roster(
    capsys: pytest.CaptureFixture[str],
    db: Store,
    roster_file: Path,
    tmp_path: Path,
    language: str,
    sheet: str,
) -> None:
    run(capsys, *db.arguments, "import", "roster", str(roster_file), "--program", "KZ")
    out_file = tmp_path / "export" / "roster.xlsx"
    out_file.parent.mkdir()
    code, out, err = run(capsys, *db.arguments, "export", "roster", "--program", "KZ",
                         "--out", str(out_file), "--lang", language)  # fmt: skip
    assert (code, err) == (0, "")
    assert "Exported 2 participants" in out
    workbook = openpyxl.load_workbook(out_file, read_only=True)
    assert workbook.properties.title == "Turkistan Municipality Study Visit"
    assert workbook.sheetnames == [sheet]
    workbook.close()
    run(capsys, *db.arguments, "programs", "add", "--code", "COPY", "--title", "Copy",
        "--start", "2021-08-24", "--end", "2021-08-29")  # fmt: skip
    code, out, _ = run(capsys, *db.arguments, "import", "roster", str(out_file),
                       "--program", "COPY", "--json")  # fmt: skip
    assert json.loads(out)["added"] == 2
    code, first, _ = run(capsys, *db.arguments, "participants", "--program", "KZ", "--json")
    code, second, _ = run(capsys, *db.arguments, "participants", "--program", "COPY", "--json")
    assert json.loads(first) == json.loads(second)
