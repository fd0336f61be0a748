"""The document commands end to end: documents, documents status, letters, report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordinator.cli import main
from coordinator.services.roster import RosterService
from tests.stores import Store

DEMO = "TURKISTAN-2021"
PDF_KINDS = ("booklet", "programmes", "guides", "badges", "tents", "certificates")
DELEGATES = (
    "Zhandos Tasov",
    "Maksat Tangatarov",
    "Zhamila Suleymanova",
    "Nursultan Zhusipbayev",
    "Gulzhamal Dahanova",
    "Miyarbek Kushenov",
    "Timur Akhmetov",
    "Berik Baibolov",
)


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo(demo_store: Store) -> Store:
    return demo_store


def page_text(path: Path) -> str:
    """Return the text of every page of a PDF, whitespace collapsed."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def rename(db: Store, old: str, new: str) -> None:
    database = db.open()
    try:
        roster = RosterService(database)
        record = next(item for item in roster.list_participants(DEMO) if item.name == old)
        roster.update(record.id, dataclasses.replace(record.as_input(), name=new))
    finally:
        database.close()


def status(capsys: pytest.CaptureFixture[str], db: Store) -> list[dict[str, object]]:
    code, out, err = run(capsys, *db.arguments, "documents", "status", "--program", DEMO, "--json")
    assert (code, err) == (0, "")
    documents = json.loads(out)
    assert isinstance(documents, list)
    return documents


# documents KIND -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "people"),
    [
        ("booklet", None),
        ("programmes", 15),  # the delegates, then the hosts
        ("guides", 2),
        ("badges", 10),  # the delegates, then the staff
        ("tents", 15),
        ("certificates", 8),
    ],
)
def test_each_kind_writes_a_pdf(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path, kind: str, people: int | None
) -> None:
    out = tmp_path / f"{kind}.pdf"
    code, stdout, err = run(
        capsys, *demo.arguments, "documents", kind, "--program", DEMO, "--out", str(out)
    )
    assert (code, err) == (0, "")
    whom = "" if people is None else f" for {people} people"
    assert stdout == f"Wrote the {kind} of {DEMO}{whom} to {out}\n"
    assert out.read_bytes().startswith(b"%PDF-")
    assert len(PdfReader(out).pages) >= 1


def test_in_turkish_on_letter_paper_for_one_person(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    out = tmp_path / "berik.pdf"
    code, stdout, err = run(
        capsys, *demo.arguments, "documents", "programmes", "--program", DEMO,
        "--out", str(out), "--lang", "tr", "--paper", "letter", "--person", "berik",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stdout == f"Wrote the programmes of {DEMO} for 1 person to {out}\n"
    reader = PdfReader(out)
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (
        612.0,
        792.0,
    )
    text = page_text(out)
    assert "Kişisel program" in text
    assert "Berik Baibolov" in text
    assert "Maksat Tangatarov" not in text


def test_several_people_and_a6_badges(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    out = tmp_path / "badges.pdf"
    code, stdout, err = run(
        capsys, *demo.arguments, "documents", "badges", "--program", DEMO, "--out", str(out),
        "--person", "berik", "--person", "Zhandos Tasov", "--size", "a6",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert stdout == f"Wrote the badges of {DEMO} for 2 people to {out}\n"
    text = page_text(out)
    assert "Berik Baibolov" in text
    assert "Zhandos Tasov" in text
    assert "Maksat Tangatarov" not in text


def test_without_out_is_a_usage_error(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "documents", "booklet", "--program", DEMO)
    assert (code, out) == (2, "")
    assert err == "coordinator documents booklet: --out FILE.pdf is required\n"


def test_an_unknown_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "documents", "menus", "--program", DEMO)
    assert (code, out) == (2, "")
    assert "invalid choice: 'menus'" in err


def test_a_file_that_is_not_a_pdf_is_refused(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    out = tmp_path / "booklet.docx"
    code, stdout, err = run(
        capsys, *demo.arguments, "documents", "booklet", "--program", DEMO, "--out", str(out)
    )
    assert (code, stdout) == (1, "")
    assert err == "coordinator: booklet.docx: this document is written as .pdf\n"
    assert not out.exists()


def test_an_unknown_person_is_refused(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    code, stdout, err = run(
        capsys, *demo.arguments, "documents", "certificates", "--program", DEMO,
        "--out", str(out), "--person", "Nobody Atall",
    )  # fmt: skip
    assert (code, stdout) == (1, "")
    assert err == (
        "coordinator: Nobody called 'Nobody Atall' is among the people who get certificates "
        "in this program\n"
    )
    assert not out.exists()


@pytest.mark.parametrize(
    "command",
    [
        ("documents", "booklet", "--out", "booklet.pdf"),
        ("documents", "status"),
        ("letters", "invitation", "--out", "letters"),
        ("report",),
        ("report", "--out", "report.md"),
    ],
)
def test_an_unknown_program_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
    demo: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    if command[0] == "report":
        pytest.importorskip("coordinator.documents.report")
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    code, out, err = run(capsys, *demo.arguments, *command, "--program", "NOPE")
    assert (code, out) == (1, "")
    assert err == "coordinator: There is no program with the code 'NOPE'\n"
    assert list(folder.iterdir()) == []


# documents status -------------------------------------------------------------------------------


def test_status_before_anything_was_made(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "documents", "status", "--program", DEMO)
    assert (code, out, err) == (0, f"No documents of {DEMO} have been made yet.\n", "")
    assert status(capsys, demo) == []


def test_status_as_json_then_stale_after_a_change(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    booklet, certificate = tmp_path / "booklet.pdf", tmp_path / "berik.pdf"
    for kind, out, more in (
        ("booklet", booklet, ()),
        ("certificates", certificate, ("--person", "berik")),
    ):
        arguments = ("documents", kind, "--program", DEMO, "--out", str(out), *more)
        assert run(capsys, *demo.arguments, *arguments)[0] == 0
    documents = status(capsys, demo)
    assert len(documents) == 2
    by_kind = {item["kind"]: item for item in documents}
    assert set(by_kind) == {"booklet", "certificates"}
    for item in documents:
        assert {"kind", "person", "file", "produced", "stale", "why"} <= set(item)
        produced = dt.datetime.fromisoformat(str(item["produced"]))
        assert produced.utcoffset() == dt.timedelta(0)
        assert abs(dt.datetime.now(dt.UTC) - produced) < dt.timedelta(minutes=5)
        assert (item["stale"], item["why"]) == (False, "")
        assert (item["language"], item["paper"]) == ("en", "a4")
    assert (by_kind["booklet"]["person"], by_kind["booklet"]["file"]) == (None, str(booklet))
    assert by_kind["certificates"]["person"] == "Berik Baibolov"
    assert by_kind["certificates"]["file"] == str(certificate)

    rename(demo, "Berik Baibolov", "Berik Baybolov")
    after = {item["kind"]: item for item in status(capsys, demo)}
    for kind in ("booklet", "certificates"):
        assert (after[kind]["stale"], after[kind]["why"]) == (True, "Berik Baibolov changed")
    assert after["certificates"]["person"] == "Berik Baibolov"  # as it was printed

    code, out, err = run(capsys, *demo.arguments, "documents", "status", "--program", DEMO)
    assert (code, err) == (0, "")
    assert sorted(out.splitlines()) == sorted(
        [
            f"booklet\t-\t{booklet}\tout of date: Berik Baibolov changed",
            f"certificates\tBerik Baibolov\t{certificate}\tout of date: Berik Baibolov changed",
        ]
    )


# letters ----------------------------------------------------------------------------------------


def test_invitations_one_per_delegate_with_warnings_about_blanks(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "invitations"
    code, out, err = run(
        capsys, *demo.arguments, "letters", "invitation", "--program", DEMO, "--out", str(folder)
    )
    assert code == 0
    assert out == f"Wrote 8 letters to {folder}\n"
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        f"{name}.docx" for name in DELEGATES
    )
    # The demo records no passport numbers, birth dates or signatories.
    assert err.splitlines() == [
        "Warning: the passport number is blank in every letter",
        "Warning: the birth date is blank in every letter",
        "Warning: the signatory name is blank in every letter",
    ]


def test_a_warning_names_the_people_whose_letters_have_a_blank(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    database = demo.open()
    try:
        roster = RosterService(database)
        for record in roster.list_participants(DEMO):
            if record.name != "Berik Baibolov":
                data = record.as_input()
                changed = dataclasses.replace(data, passport_number="N1234567")
                roster.update(record.id, changed)
    finally:
        database.close()
    folder = tmp_path / "invitations"
    code, _, err = run(
        capsys, *demo.arguments, "letters", "invitation", "--program", DEMO, "--out", str(folder)
    )
    assert code == 0
    assert "Warning: no passport number for Berik Baibolov" in err.splitlines()


def test_thanks_letters_in_turkish(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "teşekkür"
    code, out, err = run(
        capsys, *demo.arguments, "letters", "thanks", "--program", DEMO,
        "--out", str(folder), "--lang", "tr",
    )  # fmt: skip
    assert code == 0
    names = sorted(path.name for path in folder.iterdir())
    assert out == f"Wrote {len(names)} letters to {folder}\n"
    assert "Hilmi Türkmen.docx" in names
    assert "Fahri Solak.docx" not in names  # the organizer's own
    assert err == "Warning: the signatory name is blank in every letter\n"


def test_a_template_with_an_unknown_field_is_refused(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    from docx import Document

    template = tmp_path / "mine.docx"
    document = Document()
    document.add_paragraph("{{ delegate_name }}, {{ pasport_number }}")
    document.save(str(template))
    folder = tmp_path / "letters"
    code, out, err = run(
        capsys, *demo.arguments, "letters", "invitation", "--program", DEMO,
        "--out", str(folder), "--template", str(template),
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err.startswith("coordinator: The letter template mine.docx cannot be used: ")
    assert "pasport_number" in err
    assert len(err.splitlines()) == 1
    assert not folder.exists()


def test_letters_need_a_folder(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    code, out, err = run(capsys, *demo.arguments, "letters", "invitation", "--program", DEMO)
    assert (code, out) == (2, "")
    assert "--out" in err


# report -----------------------------------------------------------------------------------------


def test_the_report_without_out_is_markdown_on_stdout(
    capsys: pytest.CaptureFixture[str], demo: Store
) -> None:
    pytest.importorskip("coordinator.documents.report")
    code, out, err = run(capsys, *demo.arguments, "report", "--program", DEMO)
    assert (code, err) == (0, "")
    assert out.startswith("# ")
    assert "Turkistan (Kazakhstan) Municipality Information and Experience Sharing Program" in out
    assert status(capsys, demo) == []  # only a file is remembered


@pytest.mark.parametrize("suffix", [".docx", ".md", ".pdf"])
def test_the_report_to_a_file(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path, suffix: str
) -> None:
    pytest.importorskip("coordinator.documents.report")
    out = tmp_path / f"report{suffix}"
    code, stdout, err = run(capsys, *demo.arguments, "report", "--program", DEMO, "--out", str(out))
    assert (code, err) == (0, "")
    assert stdout == f"Wrote the report of {DEMO} to {out}\n"
    assert out.stat().st_size > 0
    (item,) = status(capsys, demo)
    assert (item["kind"], item["person"], item["file"], item["stale"]) == (
        "report",
        None,
        str(out),
        False,
    )


def test_the_report_in_turkish_on_stdout(capsys: pytest.CaptureFixture[str], demo: Store) -> None:
    pytest.importorskip("coordinator.documents.report")
    english = run(capsys, *demo.arguments, "report", "--program", DEMO)[1]
    code, turkish, err = run(capsys, *demo.arguments, "report", "--program", DEMO, "--lang", "tr")
    assert (code, err) == (0, "")
    assert turkish.startswith("# ")
    assert turkish != english
    assert "Ağustos" in turkish


def test_a_report_in_another_format_is_refused(
    capsys: pytest.CaptureFixture[str], demo: Store, tmp_path: Path
) -> None:
    out = tmp_path / "report.txt"
    code, stdout, err = run(capsys, *demo.arguments, "report", "--program", DEMO, "--out", str(out))
    assert (code, stdout) == (1, "")
    assert err == "coordinator: report.txt: this document is written as .docx or .md or .pdf\n"
    assert not out.exists()
