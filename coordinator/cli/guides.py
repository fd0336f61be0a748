"""Commands about guides: assign, conflicts, suggest, guide-schedule."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import EXIT_OK, open_database, print_json, record_id, service_call

if TYPE_CHECKING:
    from coordinator.domain.conflicts import Finding
    from coordinator.domain.suggestions import Suggestions


def add_guide_commands(commands: Any) -> None:
    """Add the commands that assign guides and check the itinerary."""
    from coordinator.domain.enums import GuideRole

    roles = tuple(role.value for role in GuideRole)
    assign = commands.add_parser("assign", help="put a guide on an activity")
    assign.add_argument("guide", metavar="GUIDE", help="the guide's name (a unique part will do)")
    assign.add_argument("activity", metavar="ACTIVITY_ID", type=record_id)
    assign.add_argument("--role", choices=roles, help="default: the guide's first role")
    assign.set_defaults(handler=_assign)

    conflicts = commands.add_parser("conflicts", help="list a program's conflicts")
    conflicts.add_argument("--program", required=True, metavar="CODE")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.set_defaults(handler=_conflicts)

    suggest = commands.add_parser("suggest", help="propose guides for unguided activities")
    suggest.add_argument("--program", required=True, metavar="CODE")
    suggest.add_argument("--apply", action="store_true", help="make the proposed assignments")
    suggest.add_argument("--json", action="store_true", help="print JSON")
    suggest.set_defaults(handler=_suggest)

    schedule = commands.add_parser("guide-schedule", help="write a guide's own schedule")
    schedule.add_argument("guide", metavar="GUIDE", help="the guide's name (a unique part will do)")
    schedule.add_argument("--program", required=True, metavar="CODE")
    schedule.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.ics")
    schedule.add_argument(
        "--lang", choices=("en", "tr"), default="en", help="the schedule's language (default: en)"
    )
    schedule.set_defaults(handler=_guide_schedule)


def _finding_json(finding: Finding) -> dict[str, object]:
    return {
        "kind": finding.kind.value,
        "guide": finding.guide,
        "activities": list(finding.activities),
        "message": finding.message,
        "day": finding.day,
        "activity_ids": list(finding.activity_ids),
        "guides": list(finding.guides),
        "movements": list(finding.movements),
        "movement_ids": list(finding.movement_ids),
        "people": list(finding.people),
        "vehicles": list(finding.vehicles),
        "detail": finding.detail or None,
    }


def _assign(options: argparse.Namespace) -> int:
    from coordinator.domain.wording import quoted, when
    from coordinator.services.conflicts import ConflictService
    from coordinator.services.guides import GuideService
    from coordinator.services.itinerary import ItineraryService

    database = open_database(options)
    try:
        guides = GuideService(database)
        guide = service_call(lambda: guides.find(options.guide))
        made = service_call(lambda: guides.assign(options.activity, guide.id, options.role))
        activity = service_call(lambda: ItineraryService(database).get_activity(made.activity_id))
        findings = service_call(
            lambda: ConflictService(database).for_activity(activity.program_code, activity.id)
        )
    finally:
        database.close()
    role = made.role.replace("_", " ")
    moment = when(activity.day, activity.start_time, activity.end_time)
    print(f"Assigned {made.guide} as {role} to {quoted(activity.title)} ({moment})")
    for finding in findings:
        if guide.id in finding.guide_ids:
            print(f"Warning: {finding.message}")
    return EXIT_OK


def _conflicts(options: argparse.Namespace) -> int:
    from coordinator.services.conflicts import ConflictService

    database = open_database(options)
    try:
        service = ConflictService(database)
        findings = service_call(lambda: service.list_conflicts(options.program))
    finally:
        database.close()
    if options.json:
        print_json([_finding_json(finding) for finding in findings])
        return EXIT_OK
    if not findings:
        print(f"No conflicts in {options.program}.")
    for finding in findings:
        print(f"{finding.kind.value}\t{finding.message}")
    return EXIT_OK


def _suggest(options: argparse.Namespace) -> int:
    from coordinator.services.suggestions import SuggestionService

    database = open_database(options)
    try:
        service = SuggestionService(database)
        suggestions = service_call(lambda: service.suggest(options.program))
        if options.apply and suggestions.proposals:
            service_call(lambda: service.accept(options.program, suggestions.proposals))
    finally:
        database.close()
    if options.json:
        print_json(_suggestions_json(suggestions, applied=options.apply))
        return EXIT_OK
    verb = "Assigned" if options.apply else "Proposed"
    for proposal in suggestions.proposals:
        print(f"{verb}: {proposal.message}")
    for unfilled in suggestions.unfilled:
        print(f"Nothing fits: {unfilled.message}")
    if not suggestions.proposals and not suggestions.unfilled:
        print(f"Every activity of {options.program} that needs a guide has one.")
    return EXIT_OK


def _suggestions_json(suggestions: Suggestions, *, applied: bool) -> dict[str, object]:
    return {
        "applied": applied and bool(suggestions.proposals),
        "proposals": [
            {
                "activity_id": item.activity_id,
                "activity": item.activity,
                "day": item.day,
                "start": item.start,
                "end": item.end,
                "guide": item.guide,
                "role": item.role,
                "message": item.message,
            }
            for item in suggestions.proposals
        ],
        "unfilled": [
            {
                "activity_id": item.activity_id,
                "activity": item.activity,
                "day": item.day,
                "reasons": {reason: list(names) for reason, names in item.reasons},
                "message": item.message,
            }
            for item in suggestions.unfilled
        ],
    }


def _guide_schedule(options: argparse.Namespace) -> int:
    from pathlib import Path

    from coordinator.services.guide_schedule import GuideScheduleService
    from coordinator.services.guides import GuideService

    out = Path(options.out)
    database = open_database(options)
    try:
        guide = service_call(lambda: GuideService(database).find(options.guide))
        service = GuideScheduleService(database)
        schedule = service_call(
            lambda: service.write(guide.id, options.program, out, language=options.lang)
        )
    finally:
        database.close()
    count = len(schedule.entries)
    print(f"Wrote {count} activit{'y' if count == 1 else 'ies'} of {schedule.guide} to {out}")
    return EXIT_OK
