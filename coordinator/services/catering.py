"""Meals of a program for the caterer and the head waiter: counts, needs, allergies.

A thin use case over :mod:`coordinator.domain.catering`: it reads the
program's activities and roster (one reading each), keeps the meals, and
gives each its guests, the delegation's participants attending (the
activity's attendees, or the whole roster when none are listed; hosts and
guides are not counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coordinator.domain.catering import Guest, MealActivity, MealSheet, is_meal, meal_sheet
from coordinator.domain.messages import said
from coordinator.services.disk_errors import full_disk_refused
from coordinator.services.errors import InvalidInputError
from coordinator.services.itinerary import ItineraryService
from coordinator.services.programs import ProgramService
from coordinator.services.records import ActivityRecord, ParticipantRecord
from coordinator.services.roster import RosterService
from coordinator.store import Database


@dataclass(frozen=True)
class CateringFiles:
    """What an export wrote: the caterer's file, the head waiter's, and how many meals."""

    catering: Path
    allergies: Path
    meals: int
    allergy_count: int


class CateringService:
    """The meals of a program, counted for the kitchen."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def meals(self, program_code: str) -> list[MealSheet]:
        """Return each meal of the program in itinerary order, with its counts and allergies.

        Raises:
            NotFoundError: there is no such program.
        """
        roster = RosterService(self._database).list_participants(program_code)
        activities = ItineraryService(self._database).list_activities(program_code)
        return [
            meal_sheet(_meal(activity), _guests(activity, roster))
            for activity in activities
            if is_meal(activity.kind)
        ]

    def export(self, program_code: str, path: Path, language: str = "en") -> CateringFiles:
        """Write the caterer's sheet to ``path`` and the head waiter's list beside it.

        The allergy list goes to ``<stem>-allergies.xlsx`` in the same folder
        (see :func:`coordinator.excel.catering_writer.allergy_path`), so the
        caterer's file can be sent on without names.

        Raises:
            NotFoundError: there is no such program.
            InvalidInputError: ``path`` is not an .xlsx file, cannot be written,
                or ``language`` is neither ``en`` nor ``tr``.
        """
        from coordinator.excel.catering_labels import CATERING_LANGUAGES  # noqa: PLC0415
        from coordinator.excel.catering_writer import (  # noqa: PLC0415
            allergy_path,
            write_allergies,
            write_catering,
        )

        if path.suffix.lower() != ".xlsx":
            msg = said(
                "{name}: a caterer's sheet is exported as an Excel workbook ending in .xlsx",
                name=path.name,
            )
            raise InvalidInputError(msg, "path")
        if language not in CATERING_LANGUAGES:
            msg = said(
                "{language} is not a language of the sheets (en or tr)", language=f"{language!r}"
            )
            raise InvalidInputError(msg, "language")
        program = ProgramService(self._database).get(program_code)
        meals = self.meals(program_code)
        allergies = allergy_path(path)
        try:
            with full_disk_refused(f"{path.name} was not written", "path"):
                write_catering(path, program.title, meals, language)
                write_allergies(allergies, program.title, meals, language)
        except OSError as error:
            msg = said(
                "{filename} cannot be written: {strerror}",
                filename=error.filename or path,
                strerror=error.strerror or error,
            )
            raise InvalidInputError(msg, "path") from error
        count = sum(len(meal.allergies) for meal in meals)
        return CateringFiles(path, allergies, len(meals), count)


def _meal(activity: ActivityRecord) -> MealActivity:
    return MealActivity(
        activity_id=activity.id,
        title=activity.title,
        day=activity.day,
        start=activity.start_time,
        end=activity.end_time,
        venue=activity.venue,
    )


def _guests(activity: ActivityRecord, roster: list[ParticipantRecord]) -> list[Guest]:
    listed = set(activity.attendees)
    return [
        Guest(participant.name, participant.dietary)
        for participant in roster
        if not listed or participant.id in listed
    ]
