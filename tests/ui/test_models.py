"""The table and list models: Qt's model checks, Turkish sort and filter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from coordinator.services.records import (
    ActivityRecord,
    GuideRecord,
    HostRecord,
    ParticipantRecord,
    ProgramRecord,
)
from coordinator.ui.program_list_model import ProgramListModel
from coordinator.ui.program_tables import GuidesModel, ItineraryModel, RosterModel


def participant(number: int, name: str, **fields: object) -> ParticipantRecord:
    values: dict[str, object] = {
        "id": number,
        "program_code": "P",
        "person_id": number,
        "position": number,
        "name": name,
        "title": "Expert",
        "organization": "Turkistan Municipality",
        "role": "member",
        "arrival": None,
        "departure": None,
        "room": "",
        "dietary": "",
        "needs": "",
        "passport_number": "",
        "birth_date": None,
        "email": "",
        "phone": "",
        "languages": ("kk", "ru"),
        "notes": "",
    }
    values.update(fields)
    return ParticipantRecord(**values)  # type: ignore[arg-type]


NAMES = ["Zeynep Işık", "Ayşe Çakır", "Cem Yılmaz", "İsmail Arısoy", "Murat İnce", "Can Öz"]


def roster_model() -> RosterModel:
    model = RosterModel()
    model.set_records([participant(n, name) for n, name in enumerate(NAMES, start=1)])
    return model


def names(model: RosterModel) -> list[str]:
    return [model.record(row).name for row in range(model.rowCount())]


def test_roster_model_passes_qt_checks(qtmodeltester: ModelTester) -> None:
    model = roster_model()
    qtmodeltester.check(model, force_py=True)
    model.sort(0)
    model.set_filter("ar")
    qtmodeltester.check(model, force_py=True)


def test_itinerary_and_guides_models_pass_qt_checks(qtmodeltester: ModelTester) -> None:
    itinerary = ItineraryModel()
    itinerary.set_records(
        [
            ActivityRecord(
                id=1,
                day=dt.date(2021, 8, 25),
                start_time=dt.time(10),
                end_time=dt.time(11, 30),
                kind="courtesy_visit",
                title="Visit to the Mayor of Üsküdar",
                venue="Üsküdar Municipality",
                venue_owner="",
                hosts=(HostRecord("Hilmi Türkmen", "Mayor of Üsküdar", "Üsküdar Municipality"),),
                guides=("Zekeriya Şanlıer",),
                notes="",
            )
        ]
    )
    qtmodeltester.check(itinerary, force_py=True)
    assert itinerary.data(itinerary.index(0, 1)) == "10:00–11:30"
    assert itinerary.data(itinerary.index(0, 5)) == "Hilmi Türkmen, Mayor of Üsküdar"
    guides = GuidesModel()
    guides.set_records(
        [
            GuideRecord(
                id=1,
                person_id=1,
                name="Zekeriya Şanlıer",
                title="Deputy Mayor",
                organization="Beykoz Municipality",
                languages=("tr",),
                roles=("host_official",),
                unavailable=(),
                activities=("Site visit",),
            )
        ]
    )
    qtmodeltester.check(guides, force_py=True)
    assert guides.data(guides.index(0, 4)) == "Host official"


def test_program_list_model_passes_qt_checks(qtmodeltester: ModelTester) -> None:
    model = ProgramListModel()
    program = ProgramRecord(
        id=1,
        code="TURKISTAN-2021",
        title="Turkistan Municipality Information and Experience Sharing Program",
        first_day=dt.date(2021, 8, 24),
        last_day=dt.date(2021, 8, 29),
        city="Istanbul",
        country="Türkiye",
        organizer="TDBB",
        partners=(),
        languages=(),
        notes="",
        participant_count=8,
        activity_count=20,
    )
    model.set_programs([program])
    qtmodeltester.check(model, force_py=True)
    text = model.data(model.index(0, 0))
    assert "TURKISTAN-2021" in text
    assert "24.08.2021" in text
    assert model.row_of_code("TURKISTAN-2021") == 0


def test_sort_follows_turkish_collation() -> None:
    model = roster_model()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    order = names(model)
    assert order == [
        "Ayşe Çakır",
        "Can Öz",
        "Cem Yılmaz",
        "İsmail Arısoy",
        "Murat İnce",
        "Zeynep Işık",
    ]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model) == list(reversed(order))


def test_surnames_sort_cem_before_cakir_and_isik_before_ince() -> None:
    model = RosterModel()
    model.set_records(
        [participant(n, name) for n, name in enumerate(["İnce", "Çakır", "Işık", "Cem"])]
    )
    model.sort(0)
    assert names(model) == ["Cem", "Çakır", "Işık", "İnce"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("arisoy", ["İsmail Arısoy"]),
        ("ismail", ["İsmail Arısoy"]),
        ("IŞIK", ["Zeynep Işık"]),
        ("isik", ["Zeynep Işık"]),
        ("CAKIR ayse", ["Ayşe Çakır"]),
        ("turkistan", NAMES),
        ("nobody", []),
        ("", NAMES),
    ],
)
def test_filter_is_turkish_aware(query: str, expected: list[str]) -> None:
    model = roster_model()
    model.set_filter(query)
    assert names(model) == expected
    assert model.total_count() == len(NAMES)


def test_sort_keeps_the_filter_and_the_selection() -> None:
    model = roster_model()
    model.set_filter("z")
    kept = QPersistentModelIndex(model.index(names(model).index("Cem Yılmaz"), 0))
    model.sort(0)
    assert names(model) == ["Can Öz", "Cem Yılmaz", "Zeynep Işık"]
    assert model.data(model.index(kept.row(), 0)) == "Cem Yılmaz"


def test_dates_sort_by_value_with_empty_cells_last() -> None:
    model = RosterModel()
    model.set_records(
        [
            participant(1, "A", arrival=None),
            participant(2, "B", arrival=dt.datetime(2021, 8, 25, 9)),
            participant(3, "C", arrival=dt.datetime(2021, 8, 24, 23)),
        ]
    )
    model.sort(4)
    assert names(model) == ["C", "B", "A"]
    assert model.data(model.index(0, 4)) == "24.08.2021 Tue 23:00"


def test_the_program_import_problem_model_passes_qt_checks(qtmodeltester: ModelTester) -> None:
    from coordinator.domain.messages import said
    from coordinator.excel.roster_records import Problem
    from coordinator.ui.program_import_preview import ProblemTableModel

    problems = (
        Problem(
            "Gezi programı", 4, "B", said("{value} is not a time; write it as 10:30", value="'x'")
        ),
        Problem("Rehberler", None, None, "plain words"),
    )
    model = ProblemTableModel(problems)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert [model.data(model.index(0, column)) for column in range(4)] == [
        "Gezi programı",
        "4",
        "B",
        "'x' is not a time; write it as 10:30",
    ]
    assert model.data(model.index(1, 1)) == ""


def test_proposals_are_ticked_at_first_and_untick_one_by_one(qtmodeltester: ModelTester) -> None:
    from coordinator.domain.suggestions import Proposal
    from coordinator.ui.suggestion_dialog import ProposalTableModel

    def proposal(activity_id: int, guide: str) -> Proposal:
        return Proposal(
            activity_id=activity_id,
            activity=f"Site visit {activity_id}",
            day=dt.date(2021, 8, 25),
            start=dt.time(10),
            end=dt.time(11, 30),
            guide_id=activity_id,
            guide=guide,
            role="interpreter",
            message=f"{guide} speaks Kazakh and is free",
        )

    model = ProposalTableModel()
    model.set_items([proposal(1, "Aylin Kaya"), proposal(2, "Bolat Nurlanov")])
    qtmodeltester.check(model, force_py=True)
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(0, 2)) == "Aylin Kaya"
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole).startswith("Bolat")
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(first, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(
        model.index(1, 1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert [item.guide for item in model.accepted()] == ["Bolat Nurlanov"]
    model.set_items([proposal(3, "Cemile Demir")])  # a new plan: all ticked again
    assert [item.guide for item in model.accepted()] == ["Cemile Demir"]
