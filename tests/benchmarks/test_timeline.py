"""Benchmark: redrawing the timeline of a six-day program with forty activities.

Run on purpose with ``pytest tests/benchmarks/test_timeline.py --benchmark-only``;
the suite skips it. The goal is a full relayout and redraw in under 50 ms.
"""

from __future__ import annotations

import datetime as dt
import random

from PySide6.QtGui import QImage, QPainter
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from coordinator.services.records import ActivityRecord, AssignmentRecord, HostRecord
from coordinator.ui.timeline_view import TimelineView

FIRST_DAY = dt.date(2021, 8, 24)
DAYS = [FIRST_DAY + dt.timedelta(days=offset) for offset in range(6)]
KINDS = ("courtesy_visit", "meeting", "site_visit", "cultural_tour", "meal", "ceremony")


def program_activities(count: int = 40, seed: int = 2021) -> list[ActivityRecord]:
    """Forty activities over six days, some overlapping, some without a time."""
    rng = random.Random(seed)
    activities = []
    for number in range(1, count + 1):
        day = DAYS[number % len(DAYS)]
        timed = number % 9 != 0
        start = rng.randrange(8 * 4, 19 * 4)
        length = rng.randrange(2, 9)
        guides = ("Zekeriya Şanlıer",) if number % 3 == 0 else ()
        activities.append(
            ActivityRecord(
                id=number,
                day=day,
                start_time=dt.time(start // 4, start % 4 * 15) if timed else None,
                end_time=(
                    dt.time(min(start + length, 23 * 4) // 4, min(start + length, 23 * 4) % 4 * 15)
                    if timed
                    else None
                ),
                kind=KINDS[number % len(KINDS)],
                title=f"Site visit to the Beykoz Municipality facility number {number}",
                venue="Beytaş Food Production and Distribution Center",
                venue_owner="Beykoz Municipality",
                hosts=(HostRecord("Engin Köklü", "Deputy Mayor", "Beykoz Municipality"),),
                guides=guides,
                notes="",
                guide_needed=number % 2 == 0,
                assignments=tuple(
                    AssignmentRecord(number, number, "", 1, name, "guide") for name in guides
                ),
            )
        )
    return activities


def test_redraw_a_six_day_timeline(benchmark: BenchmarkFixture, qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.set_conflicted([3, 6, 9])
    activities = program_activities()
    image = QImage(1100, 760, QImage.Format.Format_ARGB32_Premultiplied)

    def redraw() -> None:
        view.set_content(DAYS, activities)
        painter = QPainter(image)
        view.render_frame(painter, image.width(), image.height())
        painter.end()

    benchmark(redraw)
    assert len(view.layout_.blocks) == 40
    assert benchmark.stats is not None
    assert benchmark.stats.stats.mean < 0.050
