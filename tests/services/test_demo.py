"""The demo program against the seed report it comes from.

The expected values are written out here so the tests run without the shared
folder; when the seed text is present, every name is also looked up in it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator.domain.directory import Organization, Person, Venue
from coordinator.domain.itinerary import Assignment
from coordinator.domain.models import Base
from coordinator.services import demo, demo_file
from coordinator.services.demo import DEMO_PROGRAM_CODE, is_empty, load_demo
from coordinator.services.demo_file import read_demo
from coordinator.services.errors import InvalidInputError
from coordinator.services.guides import GuideService
from coordinator.services.itinerary import ItineraryService
from coordinator.services.records import ActivityRecord, ParticipantInput
from coordinator.services.roster import RosterService
from coordinator.store import Database
from tests.stores import AddDemo, Store

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_02e78923e213c07f.txt"

TDBB = "Union of Turkish World Municipalities (TDBB)"
TURKISTAN = "Turkistan Municipality"
MUSEUM = "Ahmet Yesevi Historical and Cultural Preservation Museum"
BEYKOZ = "Beykoz Municipality"
EYUPSULTAN = "Eyüpsultan Municipality"
USKUDAR = "Üsküdar Municipality"
ZEYTINBURNU = "Zeytinburnu Municipality"

# name, title, organization, role; the seed's order.
PARTICIPANTS = [
    ("Zhandos Tasov", "Deputy Mayor", TURKISTAN, "head"),
    ("Maksat Tangatarov", "Secretary General", TURKISTAN, "member"),
    ("Zhamila Suleymanova", "Council Member", TURKISTAN, "member"),
    ("Nursultan Zhusipbayev", "Council Member", TURKISTAN, "member"),
    ("Gulzhamal Dahanova", "Head of Business and Tourism Department", TURKISTAN, "member"),
    ("Miyarbek Kushenov", "Consultant", TURKISTAN, "member"),
    ("Timur Akhmetov", "Head of IT Department", TURKISTAN, "member"),
    ("Berik Baibolov", "Director", MUSEUM, "member"),
]

# name -> (title, organization) in August 2021, and the words of the seed naming them.
HOSTS = {
    "Hilmi Türkmen": ("Mayor", USKUDAR, "Mayor of Üsküdar Hilmi Türkmen"),
    "Zekeriya Şanlıer": ("Deputy Mayor", USKUDAR, "Deputy Mayor Zekeriya Şanlıer"),
    "Engin Köklü": ("Deputy Mayor", BEYKOZ, "Deputy Mayor of Beykoz Engin Köklü"),
    "Deniz Köken": ("Mayor", EYUPSULTAN, "Mayor of Eyüpsultan Deniz Köken"),
    "Muhammed Çakır": ("Deputy Mayor", EYUPSULTAN, "Deputy Mayor of Eyüpsultan Muhammed Çakır"),
    "Ömer Arısoy": ("Mayor", ZEYTINBURNU, "Mayor of Zeytinburnu Ömer Arısoy"),
    "Fahri Solak": ("Secretary General", TDBB, "TDBB Secretary General Fahri Solak"),
}

# venue -> (owner, the words of the seed naming it).
VENUES = {
    "Marketplace for Women's Labor Products": (USKUDAR, "marketplace for women's labor products"),
    "Tebessüm Coffeehouse": (USKUDAR, "Tebessüm Coffeehouse"),
    "Beykoz Municipality Solution Center": (BEYKOZ, "Beykoz Municipality Solution Center"),
    "Beytaş Food Production and Distribution Center": (
        BEYKOZ,
        "Beytaş Food Production and Distribution Center",
    ),
    "Beykoz Rehabilitation Center": (BEYKOZ, "Beykoz Rehabilitation Center"),
    "Beykoz Municipality Cumhuriyet Village Marketplace": (
        BEYKOZ,
        "Beykoz Municipality Cumhuriyet Village Marketplace",
    ),
    "Akdem": (ZEYTINBURNU, "Akdem"),
    "Zeytinburnu Soup Kitchen": (ZEYTINBURNU, "Zeytinburnu soup kitchen"),
    "Zeytinburnu Medicinal Plants Garden": (ZEYTINBURNU, "medicinal plants garden"),
    "Historical Peninsula": ("", "historical peninsula"),
    "TDBB Headquarters": (TDBB, "Union Headquarters"),
}

FIRST = dt.date(2021, 8, 25)
SECOND = dt.date(2021, 8, 26)
LAST = dt.date(2021, 8, 29)

# day, kind, venue, hosts, guides; the seed's order.
ACTIVITIES = [
    (FIRST, "courtesy_visit", "", ["Hilmi Türkmen"], []),
    (
        FIRST,
        "site_visit",
        "Marketplace for Women's Labor Products",
        ["Zekeriya Şanlıer"],
        ["Zekeriya Şanlıer"],
    ),
    (FIRST, "site_visit", "Tebessüm Coffeehouse", ["Zekeriya Şanlıer"], ["Zekeriya Şanlıer"]),
    (FIRST, "meeting", "", ["Engin Köklü"], []),
    (FIRST, "site_visit", "Beykoz Municipality Solution Center", [], []),
    (FIRST, "site_visit", "Beytaş Food Production and Distribution Center", [], []),
    (FIRST, "site_visit", "Beykoz Rehabilitation Center", [], []),
    (FIRST, "site_visit", "Beykoz Municipality Cumhuriyet Village Marketplace", [], []),
    (SECOND, "courtesy_visit", "", ["Deniz Köken"], []),
    (SECOND, "site_visit", "", ["Muhammed Çakır"], ["Muhammed Çakır"]),
    (SECOND, "courtesy_visit", "", ["Ömer Arısoy"], []),
    (SECOND, "site_visit", "Akdem", [], []),
    (SECOND, "site_visit", "Zeytinburnu Soup Kitchen", [], []),
    (SECOND, "site_visit", "Zeytinburnu Medicinal Plants Garden", [], []),
    (LAST, "cultural_tour", "Historical Peninsula", [], []),
    (LAST, "meeting", "TDBB Headquarters", ["Fahri Solak"], []),
    (LAST, "ceremony", "TDBB Headquarters", [], []),
    (LAST, "ceremony", "TDBB Headquarters", [], []),
]


def _plain(text: str) -> str:
    """Fold case and typographic apostrophes, as a reader would compare."""
    return text.replace("\u2019", "'").casefold()


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed report is not at {SEED}")
    return _plain(SEED.read_text(encoding="utf-8"))


@pytest.fixture
def loaded(database: Database) -> Database:
    load_demo(database)
    return database


@pytest.fixture
def activities(loaded: Database) -> list[ActivityRecord]:
    return ItineraryService(loaded).list_activities(DEMO_PROGRAM_CODE)


def _row_counts(database: Database) -> dict[str, int]:
    with database.reading() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def test_program_is_the_seed_program(database: Database) -> None:
    record = load_demo(database)
    assert record.code == DEMO_PROGRAM_CODE
    assert record.title == (
        "Turkistan (Kazakhstan) Municipality Information and Experience Sharing Program"
    )
    assert record.organizer == TDBB
    assert record.partners == (BEYKOZ, EYUPSULTAN, USKUDAR, ZEYTINBURNU)
    assert (record.city, record.country) == ("Istanbul", "Türkiye")
    assert (record.first_day, record.last_day) == (dt.date(2021, 8, 24), dt.date(2021, 8, 29))
    assert record.participant_count == len(PARTICIPANTS)
    assert record.activity_count == len(ACTIVITIES)
    assert set(record.assumed) == {"languages", "days"}
    assert record.time_zone == "Europe/Istanbul"
    assert "Eyüp" in record.notes


def test_roster_has_every_member_with_exact_title(loaded: Database) -> None:
    roster = RosterService(loaded).list_participants(DEMO_PROGRAM_CODE)
    assert [(p.name, p.title, p.organization, p.role) for p in roster] == PARTICIPANTS
    head = roster[0]
    assert head.assumed == ("role",)
    assert all(p.nationality == "Kazakhstan" for p in roster)
    assert all(p.assumed == () for p in roster[1:])


def test_organizations_have_city_country_and_kind(loaded: Database) -> None:
    with loaded.reading() as session:
        organizations = {o.name: o for o in session.scalars(select(Organization))}
    assert set(organizations) == {TDBB, TURKISTAN, MUSEUM, BEYKOZ, EYUPSULTAN, USKUDAR, ZEYTINBURNU}
    assert (organizations[TURKISTAN].city, organizations[TURKISTAN].country) == (
        "Turkistan",
        "Kazakhstan",
    )
    assert organizations[MUSEUM].kind == "museum"
    assert organizations[TDBB].kind == "union"
    assert all(o.country for o in organizations.values())
    assert all(o.kind for o in organizations.values())


def test_every_venue_has_its_owner(loaded: Database) -> None:
    with loaded.reading() as session:
        venues = {v.name: (v.owner.name if v.owner else "") for v in session.scalars(select(Venue))}
    assert venues == {name: owner for name, (owner, _words) in VENUES.items()}


def test_tebessum_notes_say_who_runs_it(loaded: Database) -> None:
    with loaded.reading() as session:
        venue = session.scalars(select(Venue).where(Venue.name == "Tebessüm Coffeehouse")).one()
    assert "Down syndrome" in venue.notes


def test_activities_follow_the_seed_order(activities: list[ActivityRecord]) -> None:
    assert [
        (a.day, a.kind, a.venue, [h.name for h in a.hosts], list(a.guides)) for a in activities
    ] == ACTIVITIES


def test_every_venue_is_visited(activities: list[ActivityRecord]) -> None:
    assert {a.venue for a in activities if a.venue} == set(VENUES)


def test_closing_day_ends_with_ceremony_and_photograph(activities: list[ActivityRecord]) -> None:
    assert [a.title for a in activities[-2:]] == ["Certification ceremony", "Family photograph"]


def test_hosts_carry_the_titles_of_2021(activities: list[ActivityRecord]) -> None:
    hosts = {h.name: (h.title, h.organization) for a in activities for h in a.hosts}
    assert hosts == {name: (title, org) for name, (title, org, _words) in HOSTS.items()}


def test_unknown_hours_are_marked_assumed(activities: list[ActivityRecord]) -> None:
    for activity in activities:
        assert activity.start_time is not None
        assert activity.end_time is not None
        assert "times" in activity.assumed
        # Assumptions are data, not sentences that would leak into documents.
        assert "assumed" not in activity.notes.lower()
        assert "assumed" not in activity.summary.lower()


def test_what_the_report_says_happened_is_each_activitys_summary(
    activities: list[ActivityRecord],
) -> None:
    summaries = {activity.title: activity.summary for activity in activities}
    assert summaries["Courtesy visit to the Mayor of Eyüpsultan, Deniz Köken"] == (
        "Mayor Köken informed the delegation about the tourism activities of Eyüpsultan "
        "Municipality."
    )
    assert (
        "sister cities"
        in summaries[
            "Meeting with the TDBB Secretary General, Fahri Solak, at the Union Headquarters"
        ]
    )
    days_assumed = [activity.day for activity in activities if "day" in activity.assumed]
    assert set(days_assumed) == {dt.date(2021, 8, 25), dt.date(2021, 8, 29)}


def test_guides_are_the_deputy_mayors_who_guided(loaded: Database) -> None:
    guides = GuideService(loaded).list_for_program(DEMO_PROGRAM_CODE)
    assert [(g.name, g.title, g.organization, g.languages, g.roles) for g in guides] == [
        ("Zekeriya Şanlıer", "Deputy Mayor", USKUDAR, ("tr",), ("host_official",)),
        ("Muhammed Çakır", "Deputy Mayor", EYUPSULTAN, ("tr",), ("host_official",)),
    ]
    assert [len(g.activities) for g in guides] == [2, 1]
    with loaded.reading() as session:
        assignments = list(session.scalars(select(Assignment)))
    assert {(a.role, a.title) for a in assignments} == {("host_official", "Deputy Mayor")}


def test_participants_appear_in_the_seed(seed_text: str) -> None:
    for name, title, organization, _role in PARTICIPANTS:
        words = (
            f"{organization} {title} {name}"
            if organization == MUSEUM
            else f"{title} of {organization} {name}"
        )
        assert _plain(words) in seed_text


def test_hosts_venues_and_organizations_appear_in_the_seed(seed_text: str) -> None:
    for _title, _organization, words in HOSTS.values():
        assert _plain(words) in seed_text
    for _owner, words in VENUES.values():
        assert _plain(words) in seed_text
    for organization in (TDBB, TURKISTAN, MUSEUM, BEYKOZ, EYUPSULTAN, USKUDAR, ZEYTINBURNU):
        assert _plain(organization) in seed_text
    record = read_demo().program
    assert _plain(f"“{record.title}”") in seed_text


def test_is_empty_until_loaded(database: Database) -> None:
    assert is_empty(database)
    load_demo(database)
    assert not is_empty(database)


def test_loading_twice_is_refused_and_changes_nothing(loaded: Database) -> None:
    before = _row_counts(loaded)
    with pytest.raises(InvalidInputError, match="The demo program is already loaded"):
        load_demo(loaded)
    assert _row_counts(loaded) == before


def test_a_failure_midway_writes_nothing(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    # Venues come after the organizations, the program and the roster were flushed.
    monkeypatch.setattr(demo, "venue_named", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        load_demo(database)
    assert is_empty(database)
    assert set(_row_counts(database).values()) == {0}
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_directory_entries_are_reused_and_keep_their_latest_data(database: Database) -> None:
    with database.transaction() as session:
        uskudar = Organization(name="ÜSKÜDAR MUNICIPALITY", city="Istanbul")
        session.add(uskudar)
        session.add(Person(full_name="Hilmi Turkmen", title="Former Mayor", organization=uskudar))
        session.add(Venue(name="Tebessüm Coffeehouse", address="Somewhere in Üsküdar"))
    load_demo(database)
    with database.reading() as session:
        people = list(session.scalars(select(Person).where(Person.name_key == "hilmi turkmen")))
        organizations = session.scalar(
            select(func.count()).where(Organization.name_key == "uskudar municipality")
        )
        venue = session.scalars(select(Venue).where(Venue.name == "Tebessüm Coffeehouse")).one()
        assert [p.title for p in people] == ["Former Mayor"]
        assert organizations == 1
        assert venue.address == "Somewhere in Üsküdar"
        assert "Down syndrome" in venue.notes
    activities = ItineraryService(database).list_activities(DEMO_PROGRAM_CODE)
    assert [(h.name, h.title) for h in activities[0].hosts] == [("Hilmi Turkmen", "Mayor")]


def test_a_damaged_demo_file_is_refused(tmp_path: Path) -> None:
    raw = json.loads(demo_file.resource_path("demo", demo_file.DEMO_FILE_NAME).read_text("utf-8"))
    raw["activities"][0]["hosts"] = ["Nobody Known"]
    broken = tmp_path / "demo.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(InvalidInputError, match="unknown person, 'Nobody Known'"):
        read_demo(broken)
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="damaged"):
        read_demo(broken)
    broken.write_text('{"program": {"code": 7}}', encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"\$\.program\.code must be text"):
        read_demo(broken)


def test_the_copy_most_tests_begin_with_is_the_demo(
    database: Database, add_demo: AddDemo, new_store: Callable[[], Store]
) -> None:
    """``add_demo`` copies what ``load_demo`` wrote, and new records are numbered after it."""
    copied = add_demo(database)
    loaded_into = new_store().open()
    try:
        assert copied == load_demo(loaded_into)
        assert _row_counts(database) == _row_counts(loaded_into)
        roster = RosterService(database)
        assert roster.list_participants(DEMO_PROGRAM_CODE) == RosterService(
            loaded_into
        ).list_participants(DEMO_PROGRAM_CODE)
    finally:
        loaded_into.close()
    added = roster.add(DEMO_PROGRAM_CODE, ParticipantInput(name="Aigerim Sadykova"))
    assert added.id == max(p.id for p in roster.list_participants(DEMO_PROGRAM_CODE))
