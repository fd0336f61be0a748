"""The three-way comparison behind the merge of an offline copy, as pure rules."""

from __future__ import annotations

from coordinator.domain.merging import (
    ADDED,
    BOTH_ADDED,
    CHANGED,
    GONE,
    REMOVED,
    FieldChange,
    Fields,
    compare,
    default_choices,
)


def _label(fields: Fields) -> str:
    return str(fields["name"])


def _key(fields: Fields) -> object:
    return str(fields["name"]).lower()


def _compare(base: dict, team: dict, offline: dict) -> list:
    return compare("participant", base, team, offline, _label, _key)


AIGUL = {"name": "Aigul", "room": "", "dietary": ""}


def test_unchanged_records_are_not_listed() -> None:
    assert _compare({1: AIGUL}, {1: AIGUL}, {1: AIGUL}) == []


def test_a_field_changed_offline_only_is_offered_and_chosen() -> None:
    (item,) = _compare({1: AIGUL}, {1: AIGUL}, {1: {**AIGUL, "room": "512"}})
    assert (item.action, item.team_id, item.label) == (CHANGED, 1, "Aigul")
    assert item.fields == (FieldChange("room", "", "", "512"),)
    assert item.fields[0].offered
    assert not item.fields[0].conflict
    assert default_choices([item]) == {("participant", 1, "room")}


def test_a_field_changed_on_both_sides_differently_is_a_conflict_not_chosen() -> None:
    team = {**AIGUL, "dietary": "Halal"}
    offline = {**AIGUL, "dietary": "Vegetarian"}
    (item,) = _compare({1: AIGUL}, {1: team}, {1: offline})
    (change,) = item.fields
    assert change.conflict
    assert change.changed_at_office
    assert change.changed_offline
    assert default_choices([item]) == frozenset()


def test_a_change_at_the_office_only_is_shown_but_not_offered() -> None:
    team = {**AIGUL, "dietary": "Halal"}
    (item,) = _compare({1: AIGUL}, {1: team}, {1: AIGUL})
    (change,) = item.fields
    assert change.changed_at_office
    assert not change.offered
    assert not item.offered
    assert default_choices([item]) == frozenset()


def test_the_same_change_on_both_sides_needs_nothing() -> None:
    same = {**AIGUL, "room": "512"}
    assert _compare({1: AIGUL}, {1: same}, {1: same}) == []


def test_a_record_added_offline_is_offered_whole() -> None:
    new = {"name": "Marat", "room": "7", "dietary": ""}
    (item,) = _compare({}, {}, {5: new})
    assert (item.action, item.team_id) == (ADDED, None)
    assert {change.field: change.offline for change in item.fields} == new
    assert default_choices([item]) == {("participant", 5, "")}


def test_a_record_added_on_both_sides_is_compared_with_the_offices() -> None:
    office = {"name": "Marat", "room": "7", "dietary": ""}
    mine = {"name": "MARAT", "room": "9", "dietary": ""}
    (item,) = _compare({}, {8: office}, {5: mine})
    assert (item.action, item.key, item.team_id) == (BOTH_ADDED, 5, 8)
    assert {change.field for change in item.fields} == {"name", "room"}
    assert all(change.conflict for change in item.fields)
    assert default_choices([item]) == frozenset()


def test_a_record_added_on_both_sides_identically_is_not_listed() -> None:
    same = {"name": "Marat", "room": "7", "dietary": ""}
    assert _compare({}, {8: same}, {5: same}) == []


def test_a_removal_offline_is_chosen_only_when_the_office_left_the_record_alone() -> None:
    (untouched,) = _compare({1: AIGUL}, {1: AIGUL}, {})
    assert (untouched.action, untouched.fields) == (REMOVED, ())
    assert default_choices([untouched]) == {("participant", 1, "")}
    (edited,) = _compare({1: AIGUL}, {1: {**AIGUL, "room": "3"}}, {})
    assert edited.action == REMOVED
    assert edited.fields == (FieldChange("room", "", "3", None),)
    assert default_choices([edited]) == frozenset()


def test_a_record_removed_on_both_sides_is_not_listed() -> None:
    assert _compare({1: AIGUL}, {}, {}) == []


def test_a_record_changed_offline_but_removed_at_the_office_is_gone() -> None:
    (item,) = _compare({1: AIGUL}, {}, {1: {**AIGUL, "room": "512"}})
    assert (item.action, item.team_id) == (GONE, None)
    assert not item.offered
    assert default_choices([item]) == frozenset()


def test_a_record_removed_at_the_office_and_untouched_offline_is_not_listed() -> None:
    assert _compare({1: AIGUL}, {}, {1: AIGUL}) == []
