"""Plain records of the documents service: what to produce, what was produced, what is stale."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from coordinator.documents.dependencies import Change

PDF_KINDS = ("booklet", "programmes", "guides", "badges", "tents", "certificates")
LETTER_KINDS = ("invitation", "thanks")
REPORT_SUFFIXES = (".docx", ".md", ".pdf")


@dataclass(frozen=True)
class DocumentRequest:
    """One document (or one folder of letters) to produce for a program.

    ``people`` names whom it is for, as typed (a name or a unique part of it);
    ``person_keys`` gives them by key instead (``participant:12``), as a
    regeneration does; both empty: everyone the kind is for.
    """

    program_code: str
    kind: str
    out: Path
    language: str = "en"
    paper: str = "a4"
    people: tuple[str, ...] = ()
    person_keys: tuple[str, ...] = ()
    template: Path | None = None
    badge_size: str = "a7"


@dataclass(frozen=True)
class MissingValue:
    """A letter produced with a blank: ``person`` has no ``field`` (e.g. passport_number)."""

    person: str
    field: str


@dataclass(frozen=True)
class ProducedFiles:
    """What a request produced: the files written and whom they are for."""

    kind: str
    files: tuple[Path, ...]
    people: tuple[str, ...]
    missing: tuple[MissingValue, ...] = ()


@dataclass(frozen=True)
class DocumentStatus:
    """A produced document of one person (or of the program) and whether it is out of date.

    ``changes`` lists what changed in the program since it was produced; it is
    stale when there is any.
    """

    id: int
    kind: str
    person: str | None
    person_key: str | None
    file: Path
    produced: dt.datetime
    language: str
    paper: str
    changes: tuple[Change, ...]

    @property
    def stale(self) -> bool:
        """Tell whether the document no longer shows what the program records."""
        return bool(self.changes)

    def why(self) -> str:
        """Say in English what changed since the document was produced ("" if nothing)."""
        return "; ".join(describe_change(change) for change in self.changes)


_SUBJECTS = {
    "program": "the program's details",
    "delegation": "the delegation",
    "signatories": "the signatories",
    "background": "the background image",
}


def describe_change(change: Change) -> str:
    """Return one change as English words: "Family photograph changed"."""
    subject = _SUBJECTS.get(change.key, change.label)
    if change.key.startswith("activity:"):
        subject = f"the activity {change.label!r}"
    elif change.key.split(":")[0] in ("participant", "guide", "host"):
        subject = change.label
    verb = {"changed": "changed", "added": "was added", "removed": "was removed"}[change.change]
    return f"{subject} {verb}"
