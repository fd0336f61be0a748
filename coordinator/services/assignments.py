"""Putting a guide on an activity, and finding an assignment again."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.enums import GuideRole
from coordinator.domain.itinerary import Activity, Assignment, Guide
from coordinator.domain.messages import said
from coordinator.domain.planning import NON_GUIDING_ROLES
from coordinator.domain.wording import quoted
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.guide_fields import check_role, guide_by_id


def default_role(guide: Guide) -> str:
    """Return the role a guide takes unless told otherwise: their first guiding one."""
    for role in guide.roles:
        if role not in NON_GUIDING_ROLES:
            return role
    return guide.roles[0] if guide.roles else GuideRole.GUIDE.value


def add_assignment(
    session: Session, activity: Activity, guide: Guide, role: str | None = None
) -> Assignment:
    """Put ``guide`` on ``activity`` in ``role`` (default: :func:`default_role`).

    The assignment keeps the guide's title of the day, as hosts do.

    Raises:
        InvalidInputError: the role is unknown or the guide is already on it.
    """
    chosen = check_role(role) if role else default_role(guide)
    if any(item.guide_id == guide.id for item in activity.assignments):
        msg = said(
            "{full_name} is already on {title}",
            full_name=guide.person.full_name,
            title=quoted(activity.title),
        )
        raise InvalidInputError(msg, "guide")
    assignment = Assignment(guide=guide, role=chosen, title=guide.person.title)
    activity.assignments.append(assignment)
    session.flush()
    return assignment


def assignment_of(session: Session, activity_id: int, guide_id: int) -> Assignment:
    """Return the assignment of a guide on an activity.

    Raises:
        NotFoundError: the guide is not on that activity.
    """
    assignment = session.scalars(
        select(Assignment).where(
            Assignment.activity_id == activity_id, Assignment.guide_id == guide_id
        )
    ).first()
    if assignment is None:
        msg = said("This guide is not on that activity")
        raise NotFoundError(msg)
    return assignment


def set_guides(session: Session, activity: Activity, wanted: Sequence[tuple[int, str]]) -> None:
    """Make the guides of ``activity`` exactly ``wanted`` (guide id, role pairs).

    Runs inside the caller's transaction, so an activity and its guides are
    saved together or not at all.

    Raises:
        InvalidInputError: a role is unknown.
        NotFoundError: a guide no longer exists.
    """
    target = dict(wanted)
    for assignment in list(activity.assignments):
        if assignment.guide_id not in target:
            activity.assignments.remove(assignment)
        elif assignment.role != target[assignment.guide_id]:
            assignment.role = check_role(target[assignment.guide_id])
    session.flush()
    present = {assignment.guide_id for assignment in activity.assignments}
    for guide_id, role in target.items():
        if guide_id not in present:
            add_assignment(session, activity, guide_by_id(session, guide_id), role)
