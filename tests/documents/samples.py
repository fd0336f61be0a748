"""Programs for document tests, built without a database.

``demo_content()`` is the demo program (read from the shipped demo file) as the
documents service hands it to the renderers; ``steppe_content()`` is a small
program with Kazakh and Kyrgyz names in Cyrillic, phones and a driver.
"""

from __future__ import annotations

import datetime as dt
import json

from coordinator.documents.content import (
    ActivityItem,
    Delegate,
    GuideOnActivity,
    Host,
    ProgramContent,
    Signatory,
    Staff,
)
from coordinator.resource_files import resource_path

LONG_NAME = "Abdulkhamid Nurmukhamedovich Abdurakhmanov-Karakhodzhayev Jr"
"""A 60-character name for the tests that measure badges and tents."""

assert len(LONG_NAME) == 60


def _time(text: str) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def demo_content() -> ProgramContent:
    """Return the demo program as documents see it."""
    data = json.loads(resource_path("demo", "turkistan-2021.json").read_text(encoding="utf-8"))
    program = data["program"]
    people = {person["name"]: person for person in data["people"]}
    venues = {venue["name"]: venue for venue in data["venues"]}
    delegates = tuple(
        Delegate(
            key=f"participant:{index + 1}",
            name=item["name"],
            title=item["title"],
            organization=item["organization"],
            role=item["role"],
            nationality="Kazakhstan",
        )
        for index, item in enumerate(data["participants"])
    )
    guide_names = [guide["name"] for guide in data["guides"]]
    staff = tuple(
        Staff(
            key=f"guide:{index + 1}",
            name=name,
            title=people[name]["title"],
            organization=people[name]["organization"],
            roles=tuple(data["guides"][index]["roles"]),
            languages=tuple(data["guides"][index]["languages"]),
            phone=f"+90 532 000 00 0{index + 1}",
        )
        for index, name in enumerate(guide_names)
    )
    person_keys = {name: f"person:{index + 1}" for index, name in enumerate(people)}
    activities = []
    for index, item in enumerate(data["activities"]):
        venue = venues.get(item["venue"], {})
        activities.append(
            ActivityItem(
                key=f"activity:{index + 1}",
                day=dt.date.fromisoformat(item["day"]),
                start=_time(item["start"]),
                end=_time(item["end"]),
                kind=item["kind"],
                title=item["title"],
                venue=item["venue"],
                address=venue.get("address", ""),
                venue_owner=venue.get("owner", ""),
                hosts=tuple(
                    Host(
                        key=person_keys[name],
                        name=name,
                        title=people[name]["title"],
                        organization=people[name]["organization"],
                    )
                    for name in item["hosts"]
                ),
                guides=tuple(
                    GuideOnActivity(
                        key=f"guide:{guide_names.index(guide['name']) + 1}",
                        name=guide["name"],
                        role=guide["role"],
                        title=people[guide["name"]]["title"],
                        phone=staff[guide_names.index(guide["name"])].phone,
                    )
                    for guide in item["guides"]
                ),
                summary=item.get("summary", ""),
            )
        )
    return ProgramContent(
        code=program["code"],
        title=program["title"],
        first_day=dt.date.fromisoformat(program["first_day"]),
        last_day=dt.date.fromisoformat(program["last_day"]),
        organizer=program["organizer"],
        partners=tuple(program["partners"]),
        city=program["city"],
        country=program["country"],
        languages=tuple(program["languages"]),
        time_zone="Europe/Istanbul",
        delegates=delegates,
        activities=tuple(activities),
        staff=staff,
        signatories=(
            Signatory(
                "Fahri Solak", "Secretary General", "Union of Turkish World Municipalities (TDBB)"
            ),
        ),
    )


def steppe_content() -> ProgramContent:
    """Return a two-day program with Kazakh and Kyrgyz names in Cyrillic and a driver."""
    delegates = (
        Delegate(
            "participant:1",
            "Әлия Ғабитқызы",
            "Әкімнің орынбасары",
            "Түркістан қаласы әкімдігі",
            "head",
            "Қазақстан",
        ),
        Delegate("participant:2", "Айгүл Төлеубекова", "Бөлім басшысы", "Шымкент қаласы әкімдігі"),
        Delegate(
            "participant:3",
            "Нурлан Өмүрбеков",
            "Мэрдин кеңешчиси",
            "Бишкек шаардык мэриясы",
            nationality="Кыргызстан",
        ),
        Delegate("participant:4", "Үмүт Ңурбаева", "Адис", "Ош шаардык мэриясы"),
    )
    driver = Staff(
        "guide:1",
        "Mehmet Yılmaz",
        "Driver",
        "Beykoz Municipality",
        ("driver",),
        ("tr",),
        "+90 533 111 22 33",
    )
    escort = Staff(
        "guide:2",
        "Ayşe Demir",
        "Protocol officer",
        "TDBB",
        ("escort", "interpreter"),
        ("tr", "ru", "kk"),
        "+90 532 444 55 66",
    )
    host = Host("person:1", "Hilmi Türkmen", "Mayor", "Üsküdar Municipality")
    day = dt.date(2026, 5, 12)
    activities = (
        ActivityItem(
            "activity:1",
            day,
            dt.time(9, 0),
            dt.time(9, 45),
            "transfer",
            "Transfer to Üsküdar",
            guides=(GuideOnActivity("guide:1", driver.name, "driver", phone=driver.phone),),
        ),
        ActivityItem(
            "activity:2",
            day,
            dt.time(10, 0),
            dt.time(11, 0),
            "courtesy_visit",
            "Courtesy visit to the Mayor of Üsküdar",
            "Üsküdar Municipality",
            "Mimar Sinan Mah., Üsküdar",
            hosts=(host,),
            guides=(GuideOnActivity("guide:2", escort.name, "escort", phone=escort.phone),),
        ),
        ActivityItem(
            "activity:3",
            day + dt.timedelta(days=1),
            dt.time(14, 0),
            None,
            "meeting",
            "Meeting of the women's council",
            attendees=("participant:2", "participant:4"),
        ),
    )
    return ProgramContent(
        code="STEPPE-2026",
        title="Steppe Cities Exchange Program",
        first_day=day,
        last_day=day + dt.timedelta(days=1),
        organizer="Union of Turkish World Municipalities (TDBB)",
        partners=("Üsküdar Municipality",),
        city="Istanbul",
        country="Türkiye",
        languages=("kk", "ky", "ru"),
        time_zone="Europe/Istanbul",
        delegates=delegates,
        activities=activities,
        staff=(driver, escort),
        signatories=(
            Signatory("Fahri Solak", "Secretary General", "TDBB"),
            Signatory("Hilmi Türkmen", "Mayor", "Üsküdar Municipality"),
        ),
    )
