"""The shared directory: Turkish-aware search, venues and travel times."""

from __future__ import annotations

import pytest

from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import InvalidInputError, NotFoundError
from coordinator.services.records import VenueInput
from coordinator.store import Database
from tests.stores import AddDemo


@pytest.fixture
def directory(database: Database, add_demo: AddDemo) -> DirectoryService:
    add_demo(database)
    return DirectoryService(database)


def test_persons_are_found_without_turkish_letters(directory: DirectoryService) -> None:
    found = directory.persons("arisoy")
    assert [(person.name, person.title, person.organization) for person in found] == [
        ("Ömer Arısoy", "Mayor", "Zeytinburnu Municipality")
    ]
    assert found[0].guide_id is None


def test_guides_are_marked(directory: DirectoryService) -> None:
    [zekeriya] = directory.persons("sanlier")
    assert zekeriya.guide_id is not None


def test_every_word_must_match(directory: DirectoryService) -> None:
    assert [item.name for item in directory.organizations("uskudar munic")] == [
        "Üsküdar Municipality"
    ]
    assert directory.organizations("uskudar beykoz") == []


def test_search_wildcards_are_taken_literally(directory: DirectoryService) -> None:
    assert directory.persons("%") == []
    assert directory.persons("_") == []


def test_lists_are_in_turkish_order(directory: DirectoryService) -> None:
    organizations = [item.name for item in directory.organizations("municipality")]
    assert organizations.index("Eyüpsultan Municipality") < organizations.index(
        "Üsküdar Municipality"
    )
    assert organizations.index("Üsküdar Municipality") < organizations.index(
        "Zeytinburnu Municipality"
    )


def test_add_and_update_a_venue(directory: DirectoryService) -> None:
    venue = directory.add_venue(
        VenueInput("Akdem Center", owner="Zeytinburnu Municipality", address=" Zeytinburnu ")
    )
    assert (venue.owner, venue.address) == ("Zeytinburnu Municipality", "Zeytinburnu")
    changed = directory.update_venue(venue.id, VenueInput("Akdem Annex", owner="New Owner"))
    assert (changed.name, changed.owner) == ("Akdem Annex", "New Owner")
    assert [item.name for item in directory.organizations("new owner")] == ["New Owner"]
    assert changed.as_input().owner == "New Owner"


def test_venue_names_are_unique_by_search_key(directory: DirectoryService) -> None:
    with pytest.raises(InvalidInputError, match="already is a venue named 'TEBESSUM COFFEEHOUSE'"):
        directory.add_venue(VenueInput("TEBESSUM COFFEEHOUSE"))
    with pytest.raises(InvalidInputError, match="needs a name"):
        directory.add_venue(VenueInput("  "))


def test_travel_times_hold_both_ways(directory: DirectoryService) -> None:
    [cafe] = directory.venues("tebessum")
    [market] = directory.venues("marketplace women")
    directory.set_travel_time(market.id, cafe.id, 15)
    from_cafe = directory.travel_times(cafe.id)
    assert [(item.from_venue, item.to_venue, item.minutes) for item in from_cafe] == [
        ("Tebessüm Coffeehouse", "Marketplace for Women's Labor Products", 15)
    ]
    directory.set_travel_time(cafe.id, market.id, 20)
    assert [item.minutes for item in directory.travel_times(market.id)] == [20]
    directory.set_travel_time(cafe.id, market.id, None)
    assert directory.travel_times(market.id) == []


@pytest.mark.parametrize("minutes", [-1, 1441])
def test_travel_time_within_a_day(directory: DirectoryService, minutes: int) -> None:
    first, second = directory.venues()[:2]
    with pytest.raises(InvalidInputError, match="not a travel time"):
        directory.set_travel_time(first.id, second.id, minutes)


def test_travel_time_needs_two_existing_venues(directory: DirectoryService) -> None:
    venue = directory.venues()[0]
    with pytest.raises(InvalidInputError, match="two different venues"):
        directory.set_travel_time(venue.id, venue.id, 10)
    with pytest.raises(NotFoundError):
        directory.set_travel_time(venue.id, 9999, 10)


def test_removing_a_venue_forgets_its_travel_times_and_frees_its_activities(
    database: Database, directory: DirectoryService
) -> None:
    from coordinator.services.itinerary import ItineraryService

    cafe = directory.venues("tebessum")[0]
    other = directory.venues("akdem")[0]
    directory.set_travel_time(other.id, cafe.id, 20)
    directory.remove_venue(cafe.id)
    assert directory.venues("tebessum") == []
    assert directory.travel_times(other.id) == []
    activities = ItineraryService(database).list_activities("TURKISTAN-2021")
    visit = next(item for item in activities if "Tebessüm" in item.title)
    assert visit.venue == ""
    with pytest.raises(NotFoundError):
        directory.remove_venue(cafe.id)


def test_a_venue_is_saved_with_its_travel_times_in_one_call(directory: DirectoryService) -> None:
    market = directory.add_venue(VenueInput("Spice Bazaar"))
    cafe = directory.add_venue(VenueInput("Galata Tea House"))
    museum = directory.add_venue(VenueInput("Rumeli Fortress"), {market.id: 15, cafe.id: 20})
    assert {t.to_venue_id: t.minutes for t in directory.travel_times(museum.id)} == {
        market.id: 15,
        cafe.id: 20,
    }
    directory.update_venue(museum.id, VenueInput("Rumeli Fortress"), {cafe.id: 25})
    assert {t.to_venue_id: t.minutes for t in directory.travel_times(museum.id)} == {cafe.id: 25}
    directory.update_venue(museum.id, VenueInput("Rumeli Fortress", city="Turkistan"))
    assert {t.to_venue_id: t.minutes for t in directory.travel_times(museum.id)} == {cafe.id: 25}


def test_a_bad_travel_time_saves_nothing(directory: DirectoryService) -> None:
    market = directory.add_venue(VenueInput("Spice Bazaar"))
    with pytest.raises(InvalidInputError, match="not a travel time"):
        directory.add_venue(VenueInput("Galata Tea House"), {market.id: 5000})
    assert "Galata Tea House" not in [venue.name for venue in directory.venues()]
    cafe = directory.add_venue(VenueInput("Galata Tea House"), {market.id: 10})
    with pytest.raises(NotFoundError):
        directory.update_venue(cafe.id, VenueInput("Galata Çay Evi"), {market.id: 12, 9999: 5})
    assert "Galata Tea House" in [venue.name for venue in directory.venues()]
    assert [t.minutes for t in directory.travel_times(cafe.id)] == [10]


def test_a_removed_venue_comes_back_with_its_id(directory: DirectoryService) -> None:
    market = directory.add_venue(VenueInput("Spice Bazaar"))
    directory.remove_venue(market.id)
    assert directory.add_venue(VenueInput("Spice Bazaar"), venue_id=market.id).id == market.id
