"""Merging two organizations or two people: every reference moves, and the undo is exact."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from coordinator.domain.audit import Change
from coordinator.domain.directory import Organization, Person, Venue
from coordinator.domain.documents import ProducedDocument, Signatory
from coordinator.domain.duplicates import Reason
from coordinator.domain.itinerary import (
    Activity,
    ActivityAttendee,
    ActivityHost,
    Assignment,
    Guide,
    GuideUnavailability,
)
from coordinator.domain.logistics import Gift, Movement
from coordinator.domain.models import Base
from coordinator.domain.programs import Participant, Program, ProgramPartner
from coordinator.services.directory_duplicates import (
    DuplicateSearchCancelledError,
    DuplicateService,
)
from coordinator.services.directory_merge import DirectoryMergeService
from coordinator.services.directory_records import OrganizationInput, PersonInput
from coordinator.services.directory_service import DirectoryService
from coordinator.services.errors import ChangedSinceError, InvalidInputError, NotFoundError
from coordinator.store import Database
from tests.stores import AddDemo

Dump = dict[str, list[dict[str, Any]]]


def dump(database: Database) -> Dump:
    """Every row of every table but the change log, without the write counters."""
    rows: Dump = {}
    with database.reading() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "change_log":
                continue
            order = list(table.primary_key.columns)
            found = session.execute(select(table).order_by(*order)).mappings()
            rows[table.name] = [
                {name: value for name, value in row.items() if name != "version"} for row in found
            ]
    return rows


def history_of(database: Database, person: int) -> list[tuple[str, str]]:
    with database.reading() as session:
        rows = session.execute(
            select(Change.action, Change.label)
            .where(Change.record == "person", Change.record_id == person)
            .order_by(Change.id)
        )
        return [(action, label) for action, label in rows]


def organization_id(database: Database, name: str) -> int:
    with database.reading() as session:
        found = session.scalar(select(Organization.id).where(Organization.name == name))
    assert found is not None
    return found


def person_id(database: Database, name: str) -> int:
    with database.reading() as session:
        found = session.scalar(select(Person.id).where(Person.full_name == name))
    assert found is not None
    return found


@pytest.fixture
def demo(database: Database, add_demo: AddDemo) -> Database:
    """The demo, with the twins an import leaves behind."""
    add_demo(database)
    with database.transaction() as session:
        program = session.scalars(select(Program)).one()
        beykoz_tr = Organization(name="Beykoz Belediyesi", city="İstanbul")
        turkistan_tr = Organization(name="Türkistan Belediyesi", country="Kazakistan")
        tdbb = Organization(name="TDBB")
        session.add_all([beykoz_tr, turkistan_tr, tdbb])
        session.flush()
        session.add(ProgramPartner(program_id=program.id, organization_id=beykoz_tr.id, position=9))
        session.add(Venue(name="Beykoz Kundura", owner=beykoz_tr))
        session.add(Person(full_name="Ali Veli", title="Expert", organization=tdbb))
        zhandos = session.scalars(select(Participant).where(Participant.position == 0)).first()
        assert zhandos is not None
        zhandos.organization = turkistan_tr
        # A second Zekeriya: a guide too, a host, on the roster.
        twin = Person(full_name="Zekeriya Sanlier", email="zekeriya@example.org",
                      languages=["en"], organization=beykoz_tr)  # fmt: skip
        session.add(twin)
        activities = list(session.scalars(select(Activity).order_by(Activity.id)))
        guide = Guide(person=twin, languages=["en"], roles=["guide"])
        guide.unavailable.append(GuideUnavailability(day=dt.date(2021, 8, 27)))
        session.add(guide)
        session.flush()
        kept_guide = session.scalars(select(Guide).order_by(Guide.id)).first()
        assert kept_guide is not None
        taken = session.scalars(select(Assignment.activity_id).where(
            Assignment.guide_id == kept_guide.id)).first()  # fmt: skip
        session.add(Assignment(activity_id=taken, guide_id=guide.id, role="guide"))
        free = next(a for a in activities if a.id != taken)
        session.add(Assignment(activity_id=free.id, guide_id=guide.id, role="escort"))
        session.add(ActivityHost(activity_id=activities[1].id, person=twin))  # the kept one too
        session.add(ActivityHost(activity_id=activities[5].id, person=twin))
        session.add(Movement(program_id=program.id, day=dt.date(2021, 8, 25),
                             start_time=dt.time(8), driver_id=guide.id))  # fmt: skip
        place = Participant(program=program, person=twin, position=20)
        session.add(place)
        session.flush()
        session.add(ActivityAttendee(activity_id=activities[2].id, participant_id=place.id))
        session.add(
            ProducedDocument(program_id=program.id, kind="programmes",
                             person_key=f"participant:{place.id}", person_name="Zekeriya",
                             file="x.pdf", produced=dt.datetime(2021, 8, 20, 10),
                             parts={f"participant:{place.id}": "abc", "program": "def"},
                             labels={f"participant:{place.id}": "Zekeriya"})
        )  # fmt: skip
    return database


def test_merging_organizations_moves_every_reference_and_undoes_exactly(demo: Database) -> None:
    before = dump(demo)
    kept = organization_id(demo, "Beykoz Municipality")
    removed = organization_id(demo, "Beykoz Belediyesi")
    service = DirectoryMergeService(demo)
    merge = service.merge_organizations(
        kept, removed, OrganizationInput("Beykoz Municipality", city="İstanbul")
    )
    assert dump(demo) != before
    assert (merge.kept_id, merge.removed_id, merge.removed_name) == (
        kept, removed, "Beykoz Belediyesi"
    )  # fmt: skip
    with demo.reading() as session:
        assert session.get(Organization, removed) is None
        assert session.get(Organization, kept).city == "İstanbul"  # type: ignore[union-attr]
        owner = session.scalar(select(Venue.owner_id).where(Venue.name == "Beykoz Kundura"))
        assert owner == kept
        partners = session.scalars(select(ProgramPartner.organization_id)).all()
        assert partners.count(kept) == 1  # both were partners: one place is left
        assert removed not in partners
        twin = session.scalars(select(Person).where(Person.full_name == "Zekeriya Sanlier")).one()
        assert twin.organization_id == kept
    service.undo_merge(merge)
    assert dump(demo) == before


def test_merging_people_joins_guides_roster_places_and_documents(demo: Database) -> None:
    before = dump(demo)
    kept = person_id(demo, "Zekeriya Şanlıer")
    removed = person_id(demo, "Zekeriya Sanlier")
    service = DirectoryMergeService(demo)
    data = PersonInput("Zekeriya Şanlıer", "Deputy Mayor", "Beykoz Municipality", ("tr", "en"),
                       "zekeriya@example.org")  # fmt: skip
    merge = service.merge_persons(kept, removed, data)
    assert dump(demo) != before
    with demo.reading() as session:
        assert session.get(Person, removed) is None
        person = session.get(Person, kept)
        assert person is not None
        assert (person.email, person.languages) == ("zekeriya@example.org", ["tr", "en"])
        [guide] = session.scalars(select(Guide).where(Guide.person_id == kept)).all()
        assert session.scalars(select(Guide.id)).all().count(guide.id) == 1
        assert guide.languages == ["tr", "en"]
        assert sorted(guide.roles) == ["guide", "host_official"]
        assert [item.day for item in guide.unavailable] == [dt.date(2021, 8, 27)]
        roles = sorted(a.role for a in guide.assignments)
        assert "escort" in roles
        assert session.scalar(select(Movement.driver_id)) == guide.id
        hosts = session.scalars(select(ActivityHost.person_id)).all()
        assert removed not in hosts
        places = session.scalars(select(Participant).where(Participant.person_id == kept)).all()
        assert len(places) == 1
        attendee = session.scalars(select(ActivityAttendee.participant_id)).one()
        assert attendee == places[0].id
        document = session.scalars(select(ProducedDocument)).one()
        assert document.person_key == f"participant:{places[0].id}"
        assert set(document.parts) == {f"participant:{places[0].id}", "program"}
    service.undo_merge(merge)
    assert dump(demo) == before
    assert history_of(demo, removed) == [
        ("removed", "Zekeriya Sanlier"),
        ("added", "Zekeriya Sanlier"),
    ]
    again = service.merge_persons(kept, removed, data)  # a redo
    assert again.removed_id == removed
    service.undo_merge(again)
    assert dump(demo) == before


def test_a_merge_is_refused_when_it_cannot_be_carried_out(demo: Database) -> None:
    service = DirectoryMergeService(demo)
    tdbb = organization_id(demo, "TDBB")
    union = organization_id(demo, "Union of Turkish World Municipalities (TDBB)")
    with pytest.raises(InvalidInputError):
        service.merge_organizations(tdbb, tdbb, OrganizationInput("TDBB"))
    with pytest.raises(InvalidInputError, match="already is an organization"):
        service.merge_organizations(tdbb, union, OrganizationInput("Beykoz Municipality"))
    with pytest.raises(NotFoundError):
        service.merge_organizations(tdbb, 9999, OrganizationInput("TDBB"))
    ali = person_id(demo, "Ali Veli")
    zekeriya = person_id(demo, "Zekeriya Şanlıer")
    with pytest.raises(InvalidInputError, match="no organization"):
        service.merge_persons(ali, zekeriya, PersonInput("Ali Veli", organization="Nowhere Inc"))
    with pytest.raises(InvalidInputError):
        service.merge_persons(ali, zekeriya, PersonInput("Ali Veli", languages=("english",)))


def test_an_undo_is_refused_once_a_moved_row_changed(demo: Database) -> None:
    service = DirectoryMergeService(demo)
    kept = organization_id(demo, "Turkistan Municipality")
    removed = organization_id(demo, "Türkistan Belediyesi")
    merge = service.merge_organizations(kept, removed, OrganizationInput("Turkistan Municipality"))
    DirectoryService(demo).update_organization(kept, OrganizationInput("Turkistan City Hall"))
    with pytest.raises(ChangedSinceError):
        service.undo_merge(merge)
    assert organization_id(demo, "Turkistan City Hall") == kept


def test_editing_an_organization_and_a_person(demo: Database) -> None:
    directory = DirectoryService(demo)
    tdbb = organization_id(demo, "TDBB")
    record = directory.update_organization(
        tdbb, OrganizationInput("TDBB", kind="union", country="Türkiye")
    )
    assert (record.kind, record.country) == ("union", "Türkiye")
    with pytest.raises(InvalidInputError, match="merge the two"):
        directory.update_organization(tdbb, OrganizationInput("beykoz municipality"))
    with pytest.raises(ChangedSinceError):
        directory.update_organization(
            tdbb, OrganizationInput("TDBB", kind="council"), before=OrganizationInput("TDBB")
        )
    ali = person_id(demo, "Ali Veli")
    [before] = directory.persons("ali veli")
    changed = directory.update_person(
        ali, PersonInput("Ali Veli", "Director", "New Body", ("TR",), "ali@example.org"),
        before.as_input(),
    )  # fmt: skip
    assert (changed.title, changed.organization, changed.languages, changed.email) == (
        "Director", "New Body", ("tr",), "ali@example.org"
    )  # fmt: skip
    directory.update_person(ali, before.as_input(), changed.as_input())  # the undo
    [after] = directory.persons("ali veli")
    assert after == before


def test_the_demos_twins_are_found_as_possible_duplicates(demo: Database) -> None:
    found = DuplicateService(demo).possible_duplicates()
    organizations = {
        frozenset((pair.first_name, pair.second_name)): pair.reasons for pair in found.organizations
    }
    assert organizations[frozenset(("Türkistan Belediyesi", "Turkistan Municipality"))] == (
        Reason.SAME_NAME,
    )
    assert organizations[frozenset(("Beykoz Belediyesi", "Beykoz Municipality"))] == (
        Reason.SAME_NAME,
    )
    union = "Union of Turkish World Municipalities (TDBB)"
    assert organizations[frozenset(("TDBB", union))] == (Reason.ABBREVIATION,)
    people = {frozenset((pair.first_name, pair.second_name)) for pair in found.persons}
    assert frozenset(("Zekeriya Şanlıer", "Zekeriya Sanlier")) in people


def test_a_cancelled_search_for_duplicates_stops(demo: Database) -> None:
    with pytest.raises(DuplicateSearchCancelledError):
        DuplicateService(demo).possible_duplicates(lambda _done, _total: False)


def test_an_undo_is_refused_once_a_moved_reference_moved_on(demo: Database) -> None:
    service = DirectoryMergeService(demo)
    kept = organization_id(demo, "Beykoz Municipality")
    removed = organization_id(demo, "Beykoz Belediyesi")
    merge = service.merge_organizations(kept, removed, OrganizationInput("Beykoz Municipality"))
    directory = DirectoryService(demo)
    [venue] = [item for item in directory.venues() if item.name == "Beykoz Kundura"]
    directory.update_venue(venue.id, dataclasses.replace(venue.as_input(), owner="TDBB"))
    after = dump(demo)
    with pytest.raises(ChangedSinceError):
        service.undo_merge(merge)
    assert dump(demo) == after  # nothing of the undo was kept


def _texts(database: Database) -> list[tuple[str, ...]]:
    with database.reading() as session:
        gifts = session.execute(
            select(
                Gift.giver, Gift.giver_organization, Gift.receiver, Gift.receiver_organization
            ).order_by(Gift.id)
        ).all()
        signatories = session.execute(
            select(Signatory.name, Signatory.organization).order_by(Signatory.id)
        ).all()
    return [tuple(row) for row in [*gifts, *signatories]]


@pytest.fixture
def with_copies(demo: Database) -> Database:
    """Gifts and signatories that name the twins as text, one in other letters."""
    with demo.transaction() as session:
        program = session.scalars(select(Program)).one()
        session.add_all([
            Gift(program=program, giver="Zekeriya Sanlier", giver_organization="BEYKOZ BELEDIYESI",
                 receiver="Ali Veli", receiver_organization="Turkistan Municipality",
                 description="A carpet"),
            Gift(program=program, giver="Someone", giver_organization="Beykoz Municipality",
                 receiver_organization="Beykoz Belediyesi Spor", description="A vase"),
            Signatory(program_id=program.id, name="Zekeriya Sanlier",
                      organization="Beykoz Belediyesi"),
        ])  # fmt: skip
    return demo


def test_a_merge_rewrites_the_names_copied_as_text_and_its_undo_puts_them_back(
    with_copies: Database,
) -> None:
    before, texts = dump(with_copies), _texts(with_copies)
    service = DirectoryMergeService(with_copies)
    kept = organization_id(with_copies, "Beykoz Municipality")
    removed = organization_id(with_copies, "Beykoz Belediyesi")
    merge = service.merge_organizations(kept, removed, OrganizationInput("Beykoz Belediyesi"))
    assert _texts(with_copies) == [
        ("Zekeriya Sanlier", "Beykoz Belediyesi", "Ali Veli", "Turkistan Municipality"),
        ("Someone", "Beykoz Belediyesi", "", "Beykoz Belediyesi Spor"),  # kept's old name too
        ("Zekeriya Sanlier", "Beykoz Belediyesi"),
    ]
    service.undo_merge(merge)
    assert _texts(with_copies) == texts
    assert dump(with_copies) == before

    kept = person_id(with_copies, "Zekeriya Şanlıer")
    removed = person_id(with_copies, "Zekeriya Sanlier")
    merge = service.merge_persons(kept, removed, PersonInput("Zekeriya Şanlıer"))
    names = [row[0] for row in _texts(with_copies)]
    assert names == ["Zekeriya Şanlıer", "Someone", "Zekeriya Şanlıer"]
    service.undo_merge(merge)
    assert dump(with_copies) == before


def _log(database: Database, since: int) -> list[tuple[str, str, str, str, str, str]]:
    with database.reading() as session:
        rows = session.execute(
            select(Change.record, Change.action, Change.label, Change.field, Change.old,
                   Change.new).where(Change.id > since).order_by(Change.id)
        ).all()  # fmt: skip
    return [tuple(row) for row in rows]


def test_merges_and_their_undos_are_in_the_change_log(with_copies: Database) -> None:
    with with_copies.reading() as session:
        start = session.scalar(select(func.max(Change.id))) or 0
    service = DirectoryMergeService(with_copies)
    kept = organization_id(with_copies, "Beykoz Municipality")
    removed = organization_id(with_copies, "Beykoz Belediyesi")
    merge = service.merge_organizations(kept, removed, OrganizationInput("Beykoz Municipality"))
    done = _log(with_copies, start)
    assert ("organization", "removed", "Beykoz Belediyesi", "", "", "") in done
    assert ("venue", "changed", "Beykoz Kundura", "owner", "Beykoz Belediyesi",
            "Beykoz Municipality") in done  # fmt: skip
    assert ("person", "changed", "Zekeriya Sanlier", "organization", "Beykoz Belediyesi",
            "Beykoz Municipality") in done  # fmt: skip
    assert ("gift", "changed", "A carpet", "giver_organization", "BEYKOZ BELEDIYESI",
            "Beykoz Municipality") in done  # fmt: skip
    with with_copies.reading() as session:
        middle = session.scalar(select(func.max(Change.id))) or 0
    service.undo_merge(merge)
    undone = _log(with_copies, middle)
    assert ("organization", "added", "Beykoz Belediyesi", "", "", "") in undone
    assert ("gift", "changed", "A carpet", "giver_organization", "Beykoz Municipality",
            "BEYKOZ BELEDIYESI") in undone  # fmt: skip
    assert len(undone) == len(done)

    kept = person_id(with_copies, "Zekeriya Şanlıer")
    removed = person_id(with_copies, "Zekeriya Sanlier")
    merge = service.merge_persons(kept, removed, PersonInput("Zekeriya Şanlıer", email="z@x.org"))
    with with_copies.reading() as session:
        program = session.scalars(select(Program.id)).one()
        fields = session.execute(
            select(Change.record, Change.field, Change.new)
            .where(Change.id > middle, Change.program_id == program)
        ).all()  # fmt: skip
    assert ("gift", "giver", "Zekeriya Şanlıer") in fields
    assert ("person", "email", "z@x.org") in {(r[0], r[3], r[5]) for r in _log(with_copies, middle)}
