"""The catering command: each meal's guests and dietary needs, and the allergy list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import EXIT_OK, file_path, open_database, print_json, service_call

if TYPE_CHECKING:
    from coordinator.domain.catering import MealSheet


def add_catering_commands(commands: Any) -> None:
    """Add ``catering --program C [--json] [--out FILE.xlsx] [--lang en|tr]``."""
    catering = commands.add_parser(
        "catering",
        help="count each meal's guests and dietary needs; write the caterer's sheet",
        description="Without --out, list each meal. With --out, write the caterer's sheet "
        "to FILE.xlsx and the head waiter's allergy list (with names) to "
        "FILE-allergies.xlsx beside it. Guests are the delegation's participants at the "
        "meal; hosts and guides are not counted.",
    )
    catering.add_argument("--program", required=True, metavar="CODE")
    catering.add_argument("--json", action="store_true", help="print JSON")
    catering.add_argument("--out", metavar="FILE.xlsx", type=file_path)
    catering.add_argument("--lang", choices=("en", "tr"), default="en", help="the sheets' language")
    catering.set_defaults(handler=_catering)


def meal_json(meal: MealSheet) -> dict[str, object]:
    """Return a meal as ``catering --json`` prints it."""
    return {
        "activity_id": meal.activity_id,
        "activity": meal.title,
        "day": meal.day,
        "start": meal.start,
        "end": meal.end,
        "venue": meal.venue,
        "guests": meal.guests,
        "standard": meal.standard,
        "needs": {need.value: count for need, count in meal.needs},
        "allergies": [
            {"name": entry.name, "need": entry.need.value, "text": entry.text}
            for entry in meal.allergies
        ],
    }


def _catering(options: argparse.Namespace) -> int:
    from coordinator.services.catering import CateringService

    database = open_database(options)
    try:
        service = CateringService(database)
        meals = service_call(lambda: service.meals(options.program))
        written = None
        if options.out:
            out = Path(options.out)
            written = service_call(lambda: service.export(options.program, out, options.lang))
    finally:
        database.close()
    if options.json:
        print_json([meal_json(meal) for meal in meals])
        return EXIT_OK
    if written is not None:
        print(
            f"Wrote the caterer's sheet of {written.meals} meal(s) to {written.catering} and "
            f"the head waiter's list of {written.allergy_count} allerg"
            f"{'y' if written.allergy_count == 1 else 'ies'} to {written.allergies}"
        )
        return EXIT_OK
    if not meals:
        print(f"{options.program} has no meals in its itinerary.")
    for meal in meals:
        needs = ", ".join(f"{need.value} {count}" for need, count in meal.needs) or "none"
        start = f" {meal.start:%H:%M}" if meal.start is not None else ""
        print(f"{meal.day}{start}\t{meal.title}\t{meal.guests} guests\tneeds: {needs}")
    return EXIT_OK
