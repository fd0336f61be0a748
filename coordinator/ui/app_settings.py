"""The user's preferences, read and written the same way by every page.

A typed layer over ``QSettings``: each preference has one key, one default and
one getter and setter here, so a page never parses a setting of its own. A
value that cannot be read (an old or hand-edited settings file) gives the
default. Tools ▸ Settings… edits them (:mod:`coordinator.ui.settings_dialog`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from coordinator.ui.translation import LANGUAGE_SETTING, SUPPORTED

if TYPE_CHECKING:
    from coordinator.domain.transfer_planning import PlanningRules

ACTIVITY_START_SETTING = "itinerary/default_start"
ACTIVITY_MINUTES_SETTING = "itinerary/default_minutes"
BAGGAGE_SETTING = "transfers/baggage_minutes"
CHECK_IN_SETTING = "transfers/check_in_minutes"
WINDOW_SETTING = "transfers/window_minutes"
BACKUPS_FOLDER_SETTING = "backups/folder"

DEFAULT_START = dt.time(10)
DEFAULT_MINUTES = 60
DEFAULT_BAGGAGE = 45
DEFAULT_CHECK_IN = 120
DEFAULT_WINDOW = 60
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class ActivityDefaults:
    """What a new activity starts with: its start time and how long it lasts."""

    start: dt.time = DEFAULT_START
    minutes: int = DEFAULT_MINUTES


@dataclass(frozen=True)
class TransferDefaults:
    """The planner's numbers the user may change, in minutes."""

    baggage: int = DEFAULT_BAGGAGE
    check_in: int = DEFAULT_CHECK_IN
    window: int = DEFAULT_WINDOW

    def rules(self) -> PlanningRules:
        """Return the planner's rules with these numbers, the others as they come."""
        # Imported here: the window does not need the planner's rules to start.
        from coordinator.domain.transfer_planning import PlanningRules  # noqa: PLC0415

        return replace(
            PlanningRules(), baggage=self.baggage, check_in=self.check_in, window=self.window
        )


def _minutes(value: object, default: int, lowest: int = 0) -> int:
    try:
        number = int(str(value))
    except ValueError:
        return default
    return number if lowest <= number <= MAX_MINUTES else default


def _time(value: object, default: dt.time) -> dt.time:
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        return default


class AppSettings:
    """Typed getters and setters over ``settings`` (the application's ``QSettings``)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    # Language

    def language(self) -> str:
        """Return ``"tr"``, ``"en"`` or ``""`` (follow the system)."""
        value = self.settings.value(LANGUAGE_SETTING)
        return value if isinstance(value, str) and value in SUPPORTED else ""

    def set_language(self, language: str) -> None:
        """Choose ``"tr"`` or ``"en"``, or ``""`` to follow the system (from the next start)."""
        if language in SUPPORTED:
            self.settings.setValue(LANGUAGE_SETTING, language)
        else:
            self.settings.remove(LANGUAGE_SETTING)

    # New activities

    def activity_defaults(self) -> ActivityDefaults:
        """Return the start time and length a new activity is given."""
        return ActivityDefaults(
            _time(self.settings.value(ACTIVITY_START_SETTING), DEFAULT_START),
            _minutes(self.settings.value(ACTIVITY_MINUTES_SETTING), DEFAULT_MINUTES, lowest=5),
        )

    def set_activity_defaults(self, defaults: ActivityDefaults) -> None:
        """Remember the start time and length of new activities."""
        self.settings.setValue(ACTIVITY_START_SETTING, defaults.start.strftime("%H:%M"))
        self.settings.setValue(ACTIVITY_MINUTES_SETTING, defaults.minutes)

    # Transfers

    def transfer_defaults(self) -> TransferDefaults:
        """Return the baggage buffer, check-in time and grouping window of the planner."""
        value = self.settings.value
        return TransferDefaults(
            _minutes(value(BAGGAGE_SETTING), DEFAULT_BAGGAGE),
            _minutes(value(CHECK_IN_SETTING), DEFAULT_CHECK_IN),
            _minutes(value(WINDOW_SETTING), DEFAULT_WINDOW),
        )

    def set_transfer_defaults(self, defaults: TransferDefaults) -> None:
        """Remember the planner's numbers."""
        self.settings.setValue(BAGGAGE_SETTING, defaults.baggage)
        self.settings.setValue(CHECK_IN_SETTING, defaults.check_in)
        self.settings.setValue(WINDOW_SETTING, defaults.window)

    # Backups

    def backups_folder(self) -> Path | None:
        """Return the folder chosen for backups, or ``None``: beside the database file."""
        value = self.settings.value(BACKUPS_FOLDER_SETTING)
        return Path(value) if isinstance(value, str) and value else None

    def set_backups_folder(self, folder: Path | None) -> None:
        """Keep backups in ``folder`` (``None``: in the folder beside the database file)."""
        if folder is None:
            self.settings.remove(BACKUPS_FOLDER_SETTING)
        else:
            self.settings.setValue(BACKUPS_FOLDER_SETTING, str(folder))
