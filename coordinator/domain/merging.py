"""Three states of the same records compared field by field: the merge of an offline copy.

A coordinator took a program away (the *base*: the records as they were
then), changed it on the road (*offline*), while the office went on with the
team database (*team*). For every record and field this finds what changed
on which side since the copy was taken:

- a field changed offline only is offered, and chosen by default;
- a field changed on both sides to different values is a *conflict*, offered
  but not chosen: the team's value stays unless the coordinator picks the
  offline one;
- a field changed at the office only is shown and stays as it is;
- a record added offline is offered for adding, unless the team added the
  same one meanwhile (same natural key): then its fields are compared with
  the team's as conflicts;
- a record removed offline is offered for removing, chosen only if the office
  left it unchanged;
- a record the office removed while it was changed offline is shown, and
  stays removed.

Records are given as plain mappings of field name to value, keyed by id (the
copy keeps the team's ids of the records it was taken with).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

Fields = Mapping[str, object]
Records = Mapping[int, Fields]

CHANGED = "changed"
"""The record is on both sides; some of its fields changed."""
ADDED = "added"
"""The record was added offline."""
BOTH_ADDED = "both_added"
"""The record was added offline and, as the same one, at the office."""
REMOVED = "removed"
"""The record was removed offline."""
GONE = "gone"
"""The record was changed offline but removed at the office: nothing to apply."""


@dataclass(frozen=True)
class FieldChange:
    """One field of one record in its three states (``base`` is ``None`` for a new record)."""

    field: str
    base: object
    team: object
    offline: object

    @property
    def changed_offline(self) -> bool:
        """The copy's value differs from the value taken away."""
        return self.offline != self.base

    @property
    def changed_at_office(self) -> bool:
        """The team's value differs from the value taken away."""
        return self.team != self.base

    @property
    def offered(self) -> bool:
        """There is an offline value to choose instead of the team's."""
        return self.changed_offline and self.offline != self.team

    @property
    def conflict(self) -> bool:
        """Both sides changed the field, to different values."""
        return self.offered and self.changed_at_office


@dataclass(frozen=True)
class MergeItem:
    """One record with what changed: its kind, id in the copy, id at the office, and fields."""

    kind: str
    key: int
    team_id: int | None
    label: str
    action: str
    fields: tuple[FieldChange, ...]

    @property
    def offered(self) -> bool:
        """Something of this item can be applied to the team database."""
        if self.action in (ADDED, REMOVED):
            return True
        return self.action != GONE and any(change.offered for change in self.fields)


Choice = tuple[str, int, str]
"""What the coordinator accepts: (kind, key, field), the field empty for an addition or removal."""


def compare(
    kind: str,
    base: Records,
    team: Records,
    offline: Records,
    label: Callable[[Fields], str],
    natural_key: Callable[[Fields], object],
) -> list[MergeItem]:
    """Return what changed on each side for the records of one kind, in the copy's order."""
    items: list[MergeItem] = []
    added_at_office = {natural_key(team[key]): key for key in team if key not in base}
    for key, mine in offline.items():
        if key in base:
            item = _changed(kind, key, base[key], team.get(key), mine, label)
        else:
            item = _added(kind, key, team, mine, added_at_office.get(natural_key(mine)), label)
        if item is not None:
            items.append(item)
    items.extend(
        _removed(kind, key, base[key], team[key], label)
        for key in base
        if key not in offline and key in team
    )
    return items


def _changes(before: Fields | None, theirs: Fields, mine: Fields) -> tuple[FieldChange, ...]:
    """Return the fields whose copy and team values differ (what one side changed)."""
    return tuple(
        FieldChange(name, None if before is None else before.get(name), theirs.get(name), value)
        for name, value in mine.items()
        if value != theirs.get(name)
    )


def _changed(
    kind: str,
    key: int,
    before: Fields,
    theirs: Fields | None,
    mine: Fields,
    label: Callable[[Fields], str],
) -> MergeItem | None:
    if theirs is None:
        if mine == before:
            return None
        gone = tuple(
            FieldChange(name, before.get(name), None, value)
            for name, value in mine.items()
            if value != before.get(name)
        )
        return MergeItem(kind, key, None, label(mine), GONE, gone)
    changes = _changes(before, theirs, mine)
    if not changes:
        return None
    return MergeItem(kind, key, key, label(mine), CHANGED, changes)


def _added(
    kind: str,
    key: int,
    team: Records,
    mine: Fields,
    same: int | None,
    label: Callable[[Fields], str],
) -> MergeItem | None:
    if same is None:
        fields = tuple(FieldChange(name, None, None, value) for name, value in mine.items())
        return MergeItem(kind, key, None, label(mine), ADDED, fields)
    changes = _changes(None, team[same], mine)
    if not changes:
        return None
    return MergeItem(kind, key, same, label(mine), BOTH_ADDED, changes)


def _removed(
    kind: str, key: int, before: Fields, theirs: Fields, label: Callable[[Fields], str]
) -> MergeItem:
    changes = tuple(
        FieldChange(name, value, theirs.get(name), None)
        for name, value in before.items()
        if theirs.get(name) != value
    )
    return MergeItem(kind, key, key, label(before), REMOVED, changes)


def default_choices(items: list[MergeItem]) -> frozenset[Choice]:
    """Return what is chosen before the coordinator looks: everything but conflicts.

    A removal is chosen only when the office left the record as it was taken.
    """
    chosen: set[Choice] = set()
    for item in items:
        if item.action == ADDED or (item.action == REMOVED and not item.fields):
            chosen.add((item.kind, item.key, ""))
        elif item.action in (CHANGED, BOTH_ADDED):
            chosen.update(
                (item.kind, item.key, change.field)
                for change in item.fields
                if change.offered and not change.conflict
            )
    return frozenset(chosen)
