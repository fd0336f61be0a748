"""The tool tip of an activity's block on the timeline: time, kind, venue, hosts, guides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.records import ActivityRecord
from coordinator.ui.formatting import format_date, format_time_range, kind_label

translate = QCoreApplication.translate


def activity_tooltip(activity: ActivityRecord) -> str:
    """Return the details of an activity as a tool tip shows them (rich text)."""
    hours = format_time_range(activity.start_time, activity.end_time)
    hours = hours or translate("TimelineView", "no time")
    lines = [
        f"<b>{_escape(activity.title)}</b>",
        f"{format_date(activity.day)} {hours} · {_escape(kind_label(activity.kind))}",
    ]
    if activity.venue:
        venue = _escape(activity.venue)
        lines.append(translate("TimelineView", "Venue: {name}").format(name=venue))
    if activity.hosts:
        names = ", ".join(_escape(host.name) for host in activity.hosts)
        lines.append(translate("TimelineView", "Hosts: {names}").format(names=names))
    if activity.guides:
        names = ", ".join(_escape(name) for name in activity.guides)
        lines.append(translate("TimelineView", "Guides: {names}").format(names=names))
    elif activity.guide_needed:
        lines.append(translate("TimelineView", "Needs a guide"))
    hint = translate("TimelineView", "Drag to move it; drop a guide on it to assign them.")
    lines.append(f"<i>{hint}</i>")
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
