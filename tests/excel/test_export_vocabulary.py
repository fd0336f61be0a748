"""Every header, sheet name and word an export writes, in English or Turkish, reads back."""

from __future__ import annotations

import pytest

from coordinator.domain.enum_words import (
    guide_role_word,
    kind_word,
    participant_role_word,
    yes_no_word,
)
from coordinator.domain.enums import (
    ActivityKind,
    GiftDirection,
    GuideRole,
    MovementKind,
    ParticipantRole,
    RoomType,
    TravelMode,
)
from coordinator.domain.travel import travel_mode
from coordinator.excel.cell_parsing import parse_role
from coordinator.excel.header_detection import automatic_mapping
from coordinator.excel.logistics_fields import (
    direction_named,
    direction_word,
    movement_kind_named,
    movement_kind_word,
    room_type_named,
    room_type_word,
)
from coordinator.excel.program_fields import (
    LABELS,
    PROGRAM_LABELS,
    column_mapping,
    kind_named,
    labels,
    program_field,
    program_label,
    sheet_name,
)
from coordinator.excel.program_parsing import activity_kind, guide_role, guides_in
from coordinator.excel.roster_fields import RosterField, field_for_header, field_label
from coordinator.excel.roster_writer import EXPORT_FIELDS
from coordinator.excel.sheet_kinds import SheetKind
from coordinator.excel.travel_sheet import mode_word, travel_headers, travel_sheet_mapping

LANGUAGES = ("en", "tr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_roster_header_names_its_field(language: str) -> None:
    for field in RosterField:
        assert field_for_header(field_label(field, language)) is field, field
    headers = [field_label(field, language) for field in EXPORT_FIELDS]
    assert automatic_mapping(headers) == {field: i for i, field in enumerate(EXPORT_FIELDS)}
    mapping = travel_sheet_mapping(travel_headers(language))
    assert mapping is not None
    assert len(mapping) == len(travel_headers(language))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(LABELS))
def test_every_sheet_header_and_name_reads_back(kind: SheetKind, language: str) -> None:
    headers = labels(kind, language)
    assert column_mapping(kind, headers) == {field: i for i, field in enumerate(LABELS[kind])}
    assert kind_named(sheet_name(kind, language)) is kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_program_sheet_labels_and_sheet_names_read_back(language: str) -> None:
    for field in PROGRAM_LABELS:
        assert program_field(program_label(field, language)) == field
    for kind in (SheetKind.PROGRAM, SheetKind.PARTICIPANTS, SheetKind.TRAVEL):
        assert kind_named(sheet_name(kind, language)) is kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_reads_back_as_its_code(language: str) -> None:
    for kind in ActivityKind:
        assert activity_kind(kind_word(kind, language)) == kind
    for role in GuideRole:
        assert guide_role(guide_role_word(role, language)) == role
        name = f"Ayşe Kaya ({guide_role_word(role, language)})"
        assert [item.role for item in guides_in(name, "guide")] == [role.value]
    for participant_role in ParticipantRole:
        assert parse_role(participant_role_word(participant_role, language)) == participant_role
    for movement in MovementKind:
        assert movement_kind_named(movement_kind_word(movement, language)) == movement
    for room_type in RoomType:
        assert room_type_named(room_type_word(room_type, language)) == room_type
    for direction in GiftDirection:
        assert direction_named(direction_word(direction, language)) == direction
    for mode in TravelMode:
        assert travel_mode(mode_word(mode, language)) is mode


def test_the_turkish_words_are_turkish() -> None:
    kinds = ("courtesy_visit", "site_visit", "cultural_tour")
    assert [kind_word(kind, "tr") for kind in kinds] == [
        "Nezaket ziyareti", "Yerinde inceleme", "Kültür gezisi"
    ]  # fmt: skip
    assert participant_role_word("head", "tr") == "Heyet başkanı"
    assert guide_role_word("interpreter", "tr") == "Tercüman"
    assert room_type_word("single", "tr") == "Tek kişilik"
    assert room_type_word("double", "tr") == "Çift kişilik"
    assert movement_kind_word("pickup", "tr") == "Karşılama"
    assert (yes_no_word(True, "tr"), yes_no_word(False, "tr")) == ("evet", "hayır")
    # What people write by hand reads too.
    assert [activity_kind(word) for word in ("Saha ziyareti", "Kültür turu", "TOPLANTI")] == [
        "site_visit", "cultural_tour", "meeting"
    ]  # fmt: skip
    assert [parse_role(word) for word in ("Başkan", "Üye", "HEYET BAŞKANI")] == [
        "head", "member", "head"
    ]  # fmt: skip


def test_a_kind_nobody_knows_is_written_as_typed() -> None:
    assert kind_word("press_event", "tr") == "press event"
    assert activity_kind("press event") == "press event"
    with pytest.raises(ValueError, match=r"English \(en\) or Turkish \(tr\)"):
        kind_word("meeting", "ru")
