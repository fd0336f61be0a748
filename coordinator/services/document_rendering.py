"""Who each kind of document is for, and rendering a PDF kind to bytes.

Imported only when a document is made: it loads fpdf2 and the layouts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from coordinator.documents.content import ProgramContent
from coordinator.documents.people import badge_holders, tent_holders

Person = tuple[str, str]
"""A person's key and name."""


def _staff_with_activities(content: ProgramContent) -> list[Person]:
    busy = {guide.key for activity in content.activities for guide in activity.guides}
    return [(item.key, item.name) for item in content.staff if item.key in busy]


def _thanked(content: ProgramContent) -> list[Person]:
    from coordinator.documents.letters import thanks_recipients  # noqa: PLC0415 - docxtpl

    return [(item.key, item.name) for item in thanks_recipients(content)]


_PEOPLE: dict[str, Callable[[ProgramContent], list[Person]]] = {
    "certificates": lambda content: [(item.key, item.name) for item in content.delegates],
    "invitation": lambda content: [(item.key, item.name) for item in content.delegates],
    "programmes": lambda content: [
        *((item.key, item.name) for item in content.delegates),
        *((item.key, item.name) for item in content.hosts()),
    ],
    "guides": _staff_with_activities,
    "badges": lambda content: [(item.key, item.name) for item in badge_holders(content)],
    "tents": lambda content: [(item.key, item.name) for item in tent_holders(content)],
    "thanks": _thanked,
}


def people_for(kind: str, content: ProgramContent) -> list[Person]:
    """Return everyone a document of ``kind`` is for, in the order it prints them.

    The booklet and the report are for the program as a whole: no one.
    """
    people = _PEOPLE.get(kind)
    return [] if people is None else people(content)


Renderer = Callable[..., bytes]


def _renderers() -> dict[str, Renderer]:
    from coordinator.documents.badges import render_badges  # noqa: PLC0415 - fpdf2 on demand
    from coordinator.documents.booklet import render_booklet  # noqa: PLC0415
    from coordinator.documents.certificates import render_certificates  # noqa: PLC0415
    from coordinator.documents.programmes import (  # noqa: PLC0415
        render_guide_sheets,
        render_programmes,
    )
    from coordinator.documents.tents import render_tents  # noqa: PLC0415

    return {
        "programmes": render_programmes,
        "guides": render_guide_sheets,
        "tents": render_tents,
        "certificates": render_certificates,
        "booklet": lambda content, only, **options: render_booklet(content, **options),
        "badges": render_badges,
    }


def render_pdf(
    kind: str,
    content: ProgramContent,
    *,
    language: str,
    paper: str,
    produced: dt.datetime,
    only: Collection[str] | None,
    badge_size: str = "a7",
) -> bytes:
    """Return the PDF of ``kind`` for ``only`` (keys; ``None``: everyone)."""
    options: dict[str, object] = {"language": language, "paper": paper, "produced": produced}
    if kind == "badges":
        options["size"] = badge_size
    return _renderers()[kind](content, only=only, **options)
