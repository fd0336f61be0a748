"""Which records each document prints, so a change can tell which documents are out of date.

A document for one person depends on *parts*: the program's own fields, that
person's record, the activities it lists, the delegation it describes, the
signatories. :func:`document_parts` returns, for a kind of document and a
person, each part's key with a label (to name it in a message) and a hash of
exactly what the document prints of it. The services store the hashes when a
document is produced; comparing them with today's says what changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from coordinator.documents.content import ActivityItem, Delegate, Host, ProgramContent, Staff

PER_PERSON_KINDS = (
    "programmes",
    "guides",
    "badges",
    "tents",
    "certificates",
    "invitation",
    "thanks",
)
"""Kinds produced for each person; the others (booklet, report) for the whole program."""


@dataclass(frozen=True)
class Part:
    """One record a document printed: its label then and a hash of what was printed."""

    label: str
    digest: str


def digest(value: object) -> str:
    """Return a short, stable hash of ``value`` (records, tuples, dates, bytes)."""
    text = json.dumps(_plain(value), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _program_part(content: ProgramContent) -> Part:
    fields = (
        content.title, content.first_day, content.last_day, content.organizer, content.partners,
        content.city, content.country, content.languages, content.time_zone,
    )  # fmt: skip
    return Part(content.title, digest(fields))


def _activity_parts(activities: list[ActivityItem]) -> dict[str, Part]:
    return {activity.key: Part(activity.title, digest(activity)) for activity in activities}


def _activity_parts_with_names(
    content: ProgramContent, activities: list[ActivityItem]
) -> dict[str, Part]:
    """Activities as a host's or guide's sheet prints them: with the names of who attends."""
    names = {delegate.key: delegate.name for delegate in content.delegates}
    return {
        activity.key: Part(
            activity.title,
            digest((activity, [names.get(key, "") for key in activity.attendees])),
        )
        for activity in activities
    }


def _delegation_part(content: ProgramContent) -> Part:
    """The delegation as a host's or guide's sheet describes it: its size, heads and languages."""
    heads = [(head.name, head.title, head.organization) for head in content.heads()]
    facts = (len(content.delegates), heads, content.delegation_languages())
    return Part("delegation", digest(facts))


def _whole_program(content: ProgramContent, _key: str | None) -> dict[str, Part]:
    parts = {"program": _program_part(content)}
    parts.update(_activity_parts(list(content.activities)))
    parts.update({d.key: Part(d.name, digest(d)) for d in content.delegates})
    parts.update({s.key: Part(s.name, digest(s)) for s in content.staff})
    return parts


def _person_label_and_digest(content: ProgramContent, key: str) -> Part | None:
    records: list[Delegate | Staff | Host] = [*content.delegates, *content.staff, *content.hosts()]
    for record in records:
        if record.key == key:
            return Part(record.name, digest(record))
    return None


def _programme(content: ProgramContent, key: str | None) -> dict[str, Part]:
    """A delegate's programme prints their own activities; a host's, the delegation too."""
    assert key is not None
    if key.startswith("participant:"):
        listed = [a for a in content.activities if a.attended_by(key)]
        return {"program": _program_part(content), **_activity_parts(listed)}
    listed = [a for a in content.activities if any(h.key == key for h in a.hosts)]
    return _sheet_parts(content, listed)


def _guide_sheet(content: ProgramContent, key: str | None) -> dict[str, Part]:
    listed = [a for a in content.activities if any(g.key == key for g in a.guides)]
    return _sheet_parts(content, listed)


def _sheet_parts(content: ProgramContent, listed: list[ActivityItem]) -> dict[str, Part]:
    parts = {"program": _program_part(content), "delegation": _delegation_part(content)}
    parts.update(_activity_parts_with_names(content, listed))
    return parts


def _badge(content: ProgramContent, _key: str | None) -> dict[str, Part]:
    return {"program": Part(content.title, digest(content.title))}


def _tent(_content: ProgramContent, _key: str | None) -> dict[str, Part]:
    return {}


def _certificate(content: ProgramContent, _key: str | None) -> dict[str, Part]:
    return {
        "program": _program_part(content),
        "signatories": Part("signatories", digest(content.signatories)),
        "background": Part("background", digest(content.certificate_background or b"")),
    }


def _thanks(content: ProgramContent, key: str | None) -> dict[str, Part]:
    """A thank-you letter names the days a host received the delegation, and who came."""
    received = [a for a in content.activities if any(h.key == key for h in a.hosts)]
    parts = {"program": _program_part(content)}
    parts.update({a.key: Part(a.title, digest((a.day, a.attendees))) for a in received})
    organizations = sorted({delegate.organization for delegate in content.delegates})
    parts["delegation"] = Part("delegation", digest(organizations))
    # The letter is signed by the first signatory, who is then thanked by no letter.
    parts["signatories"] = Part("signatories", digest(content.signatories[:1]))
    return parts


_PARTS: dict[str, Callable[[ProgramContent, str | None], dict[str, Part]]] = {
    "booklet": _whole_program,
    "report": _whole_program,
    "programmes": _programme,
    "guides": _guide_sheet,
    "badges": _badge,
    "tents": _tent,
    "certificates": _certificate,
    "invitation": lambda content, _key: {
        "program": _program_part(content),
        "signatories": Part("signatories", digest(content.signatories[:1])),
    },
    "thanks": _thanks,
}


def document_parts(kind: str, content: ProgramContent, person_key: str | None) -> dict[str, Part]:
    """Return what a document of ``kind`` for ``person_key`` prints, part by part.

    A per-person document also depends on the person's own record (key
    ``person_key``); when that person is no longer in the program, their
    part is missing, which the caller reports as removed.
    """
    parts = _PARTS[kind](content, person_key)
    if person_key is not None:
        person = _person_label_and_digest(content, person_key)
        if person is not None:
            parts[person_key] = person
    return parts


@dataclass(frozen=True)
class Change:
    """One reason a document is out of date: a part ``changed``, ``added`` or ``removed``."""

    change: str
    key: str
    label: str


def changes(before: dict[str, Part], now: dict[str, Part]) -> list[Change]:
    """Return what changed from ``before`` to ``now``, in a stable order."""
    found = [
        Change("changed", key, before[key].label)
        for key in before
        if key in now and now[key].digest != before[key].digest
    ]
    found += [Change("removed", key, before[key].label) for key in before if key not in now]
    found += [Change("added", key, now[key].label) for key in now if key not in before]
    return found
