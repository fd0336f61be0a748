"""The sentences of the suggestions: who is proposed, and why nobody fits."""

from __future__ import annotations

from collections.abc import Sequence

from coordinator.domain.planning import PlanActivity
from coordinator.domain.wording import language_list, name_list, quoted, when


def role_words(role: str) -> str:
    """Return a role as words: ``host_official`` reads ``host official``."""
    return role.replace("_", " ")


def proposal_message(guide: str, role: str, activity: PlanActivity) -> str:
    """Return e.g. ``Ayşe Demir as guide for 'Site visit…' (Wed 25.08, 15:15–15:45)``."""
    return (
        f"{guide} as {role_words(role)} for {quoted(activity.title)} "
        f"({when(activity.day, activity.start, activity.end)})"
    )


def untimed_message(activity: PlanActivity) -> str:
    """Explain that an activity without times cannot be given a guide."""
    return (
        f"No guide can be proposed for {quoted(activity.title)} on "
        f"{when(activity.day, None, None)}: it has no start and end time, so nobody "
        "can be checked as free"
    )


def _verb(names: Sequence[str], one: str, many: str) -> str:
    return one if len(names) == 1 else many


def _reason_clause(reason: str, names: Sequence[str], activity: PlanActivity) -> str:
    who = name_list(list(names))
    clauses = {
        "away": f"{who} {_verb(names, 'is', 'are')} away",
        "busy": f"{who} {_verb(names, 'is', 'are')} busy then",
        "hours": f"{who} would work more than {_verb(names, 'the', 'their')} daily limit",
        "language": (
            f"{who} {_verb(names, 'speaks', 'speak')} no {language_list(activity.languages)}"
        ),
        "host_elsewhere": f"{who} "
        + _verb(
            names,
            "is a host official of another organization",
            "are host officials of other organizations",
        ),
        "drives": f"{who} only {_verb(names, 'drives', 'drive')}",
    }
    return clauses[reason]


def explain(activity: PlanActivity, reasons: Sequence[tuple[str, Sequence[str]]]) -> str:
    """Say why no guide fits ``activity``, grouping the guides by reason.

    ``reasons`` pairs reason codes (see :data:`coordinator.domain.suggestions.REASONS`,
    or ``no_guides``) with guide names, e.g. ``No guide fits 'Site visit…'
    (Thu 26.08, 15:15–16:00): Ali Veli is busy then; Ece Su speaks no Russian``.
    """
    moment = when(activity.day, activity.start, activity.end)
    head = f"No guide fits {quoted(activity.title)} ({moment})"
    if not reasons or reasons[0][0] == "no_guides":
        return f"{head}: there are no guides in the directory"
    if reasons[0][0] == "all_on_it":
        return f"{head}: every guide in the directory is already on it"
    return f"{head}: " + "; ".join(
        _reason_clause(reason, names, activity) for reason, names in reasons
    )
