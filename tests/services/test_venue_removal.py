"""Removing an unused venue from the directory, refusing a used one, and putting it back."""

from __future__ import annotations

import pytest

from coordinator.services.demo import load_demo
from coordinator.services.directory_records import VenueInput
from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.venue_removal import VenueRemovalService
from coordinator.store import Database


def test_a_venue_in_use_is_refused_and_stays(database: Database) -> None:
    load_demo(database)
    directory = DirectoryService(database)
    cafe = directory.venues("tebessum")[0]
    removal = VenueRemovalService(database)
    assert removal.uses(cafe.id).get("activity", 0) >= 1
    with pytest.raises(InvalidInputError, match="in use"):
        removal.remove_unused(cafe.id)
    assert directory.venues("tebessum") == [cafe]


def test_an_unused_venue_goes_with_its_travel_times_and_comes_back_under_its_id(
    database: Database,
) -> None:
    load_demo(database)
    directory = DirectoryService(database)
    other = directory.venues("akdem")[0]
    bazaar = directory.add_venue(VenueInput("Spice Bazaar", city="Istanbul"), {other.id: 15})
    removal = VenueRemovalService(database)
    assert removal.uses(bazaar.id) == {}
    removed = removal.remove_unused(bazaar.id)
    assert directory.venues("spice") == []
    assert all(time.to_venue_id != bazaar.id for time in directory.travel_times(other.id))
    assert removal.restore(removed) == bazaar.id
    assert directory.venues("spice") == [bazaar]
    assert {t.to_venue_id: t.minutes for t in directory.travel_times(bazaar.id)} == {other.id: 15}
    with pytest.raises(InvalidInputError, match="cannot be put back"):
        removal.restore(removed)


def test_a_venue_gone_is_not_found(database: Database) -> None:
    with pytest.raises(NotFoundError):
        VenueRemovalService(database).remove_unused(9999)
