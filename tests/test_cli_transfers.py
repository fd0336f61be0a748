"""The transfer commands end to end: vehicles, transfers, transfers plan --apply, manifests."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from coordinator.cli import main
from coordinator.domain.programs import Participant
from coordinator.services.demo import DEMO_PROGRAM_CODE
from coordinator.services.guides import GuideService
from coordinator.services.records import GuideInput
from tests.stores import Store

CODE = DEMO_PROGRAM_CODE


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], store: Store) -> Store:
    """The demo program, three participants flying into IST, a driver and two vehicles."""
    assert run(capsys, *store.arguments, "demo")[0] == 0
    database = store.open()
    try:
        GuideService(database).add_guide(
            GuideInput("Mehmet Yılmaz", roles=("driver",), phone="+90 532 111 22 33")
        )
        with database.transaction() as session:
            rows = session.scalars(select(Participant).order_by(Participant.position)).all()
            for participant, minute in zip(rows, (0, 20, 50), strict=False):
                participant.arrival = dt.datetime(2021, 8, 24, 13, minute)
                participant.arrival_mode = "flight"
                participant.arrival_place = "IST"
    finally:
        database.close()
    for plate, seats, kind in (("34 ABC 123", "16", "minibus"), ("34 ŞÇ 9", "4", "car")):
        code, _, err = run(
            capsys, *store.arguments, "vehicles", "add", "--plate", plate, "--seats", seats,
            "--kind", kind, "--company", "Öztürk Turizm",
        )  # fmt: skip
        assert (code, err) == (0, "")
    return store


def test_vehicles_listed_as_json_and_a_second_plate_refused(
    capsys: pytest.CaptureFixture[str], demo: Store
) -> None:
    code, out, _ = run(capsys, *demo.arguments, "vehicles", "--json")
    assert code == 0
    assert [(v["plate"], v["seats"], v["kind"]) for v in json.loads(out)] == [
        ("34 ABC 123", 16, "minibus"), ("34 ŞÇ 9", 4, "car"),
    ]  # fmt: skip
    code, _, err = run(
        capsys, *demo.arguments, "vehicles", "add", "--plate", "34abc123", "--seats", "3"
    )
    assert code == 1
    assert "34 ABC 123" in err
    assert run(capsys, *demo.arguments, "vehicles", "add", "--plate", "X")[0] == 2


def test_plan_then_apply_then_list(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "transfers", "plan", "--program", CODE, "--json")
    assert (code, err) == (0, "")
    proposals = json.loads(out)
    [pickup] = [item for item in proposals if item["kind"] == "pickup"]
    assert pickup["id"] is None
    assert (pickup["day"], pickup["start"], pickup["end"]) == ("2021-08-24", "14:35:00", "15:35:00")
    assert (pickup["from"], pickup["to"], pickup["seats"]) == ("IST", "Hotel", 3)
    assert pickup["vehicles"] == ["34 ŞÇ 9"]  # the smallest that seats three
    assert pickup["driver"] == "Mehmet Yılmaz"
    assert len(pickup["passengers"]) == 3
    rides = [item for item in proposals if item["kind"] == "ride"]
    assert rides
    assert all(len(item["passengers"]) == 8 for item in rides if item["seats"] == 8)

    code, out, _ = run(
        capsys, *demo.arguments, "transfers", "plan", "--program", CODE, "--apply", "--json"
    )
    applied = json.loads(out)
    assert code == 0
    assert all(isinstance(item["id"], int) for item in applied)
    assert [item | {"id": None} for item in applied] == proposals
    code, out, _ = run(capsys, *demo.arguments, "transfers", "--program", CODE, "--json")
    assert code == 0
    assert json.loads(out) == applied
    code, out, _ = run(capsys, *demo.arguments, "transfers", "plan", "--program", CODE, "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, *demo.arguments, "transfers", "--program", CODE)
    assert "IST → Hotel" in out
    assert "34 ABC 123" in out


def test_the_planning_numbers_can_be_given(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    arguments = (*demo.arguments, "transfers", "plan", "--program", CODE, "--json")
    code, out, _ = run(capsys, *arguments, "--baggage", "90")
    assert code == 0
    [pickup] = [item for item in json.loads(out) if item["kind"] == "pickup"]
    assert pickup["start"] == "15:20:00"  # the last landing at 13:50, then 90 minutes
    code, _, err = run(capsys, *arguments, "--check-in", "soon")
    assert code == 2
    assert "not a number of minutes" in err


def test_apply_needs_plan_and_a_program_must_exist(
    capsys: pytest.CaptureFixture[str], demo: Store
) -> None:
    assert run(capsys, *demo.arguments, "transfers", "--program", CODE, "--apply")[0] == 2
    code, _, err = run(capsys, *demo.arguments, "transfers", "--program", "NOPE")
    assert code == 1
    assert "NOPE" in err


def _applied(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    assert run(capsys, *store.arguments, "transfers", "plan", "--program", CODE, "--apply")[0] == 0


def test_manifest_pdf_reads_back(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    _applied(capsys, demo)
    out = tmp_path / "manifest.pdf"
    code, text, err = run(
        capsys, *demo.arguments, "manifest", "--program", CODE, "--day", "2021-08-24",
        "--out", str(out), "--lang", "tr",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "manifest" in text
    pages = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    for expected in (
        "Transfer listesi",
        "Karşılama",
        "Nereden IST",
        "Nereye Hotel",
        "34 ŞÇ 9",
        "Mehmet Yılmaz",
        "+90 532 111 22 33",
        "Şoför telefonu",
        "14:35–15:35",
    ):
        assert expected in pages
    assert "25 Ağustos" not in pages


def test_manifest_xlsx_reads_back(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    _applied(capsys, demo)
    out = tmp_path / "manifest.xlsx"
    code, _, err = run(
        capsys, *demo.arguments, "manifest", "--program", CODE, "--out", str(out), "--lang", "tr"
    )
    assert (code, err) == (0, "")
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    headers = rows[2]
    assert headers[:3] == ("Gün", "Saat", "Transfer")
    assert {"Plaka", "Koltuk", "Şoför", "Şoför telefonu", "Yolcular"} <= set(headers)
    first = dict(zip(headers, rows[3], strict=True))
    assert first["Transfer"] == "Karşılama"
    assert (first["Plaka"], first["Koltuk"], first["Şoför"]) == ("34 ŞÇ 9", 4, "Mehmet Yılmaz")
    assert first["Yolcu sayısı"] == 3


def test_manifest_refuses_another_suffix(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, *demo.arguments, "manifest", "--program", CODE, "--out", str(tmp_path / "m.docx")
    )
    assert code == 1
    assert "FILE.pdf or FILE.xlsx" in err
