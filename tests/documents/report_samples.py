"""Programs and checks for the report tests, built without a database.

``english_program()`` records every piece a report can tell (the tests take
pieces away); ``turkish_program()`` is a small program recorded in Turkish.
``recorded_words`` and ``proper_names`` let a test check that every name a
report prints was recorded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from coordinator.documents.content import (
    ActivityItem,
    Delegate,
    GuideOnActivity,
    Host,
    ProgramContent,
)
from coordinator.documents.grammar import ENGLISH_PLURAL_WORDS, inflect
from coordinator.documents.report import Report
from coordinator.documents.report_labels import LABELS
from coordinator.documents.vocabulary import long_date

CASES = ("accusative", "dative", "locative", "ablative", "genitive", "instrumental")


def full_text(report: Report) -> str:
    return " ".join(report.paragraphs)


DAY = dt.date(2026, 5, 12)


def english_activities(last: dt.date) -> tuple[ActivityItem, ...]:
    """The activities of ``english_program``: a full first day and a closing last day."""
    mayor = Host("person:1", "Hilmi Türkmen", "Mayor", "Üsküdar Municipality")
    deputy = Host("person:2", "Engin Köklü", "Deputy Mayor", "Beykoz Municipality")
    secretary = Host("person:3", "Fahri Solak", "Secretary General", "TDBB")
    official = GuideOnActivity("guide:1", "Zekeriya Şanlıer", "host_official", "Deputy Mayor")
    escort = GuideOnActivity("guide:2", "Ayşe Demir", "escort", "Protocol Officer")
    guide = GuideOnActivity("guide:3", "Selim Kaya", "guide", "Licensed Guide")
    return (
        activity(1, DAY, 9, "transfer", "Transfer to Üsküdar", guides=(escort,)),
        activity(
            2,
            DAY,
            10,
            "courtesy_visit",
            "Courtesy visit",
            venue="Üsküdar Municipality Building",
            hosts=(mayor,),
            guides=(escort,),
        ),
        activity(
            3,
            DAY,
            11,
            "site_visit",
            "Tebessüm visit",
            venue="Tebessüm Coffeehouse",
            guides=(official, escort),
        ),
        activity(
            4,
            DAY,
            14,
            "meeting",
            "Beykoz meeting",
            venue="Beykoz Municipality Solution Center",
            hosts=(deputy,),
        ),
        activity(5, DAY, 19, "meal", "Dinner", venue="Çırağan Palace", hosts=(mayor,)),
        activity(
            6,
            last,
            9,
            "cultural_tour",
            "Old city tour",
            venue="Historical Peninsula",
            guides=(guide,),
        ),
        activity(
            7,
            last,
            15,
            "ceremony",
            "Certification ceremony",
            venue="TDBB Headquarters",
            hosts=(secretary,),
        ),
    )


def english_program() -> ProgramContent:
    """A small program with every piece recorded; the tests take pieces away."""
    last = DAY + dt.timedelta(days=2)
    delegates = (
        Delegate("participant:1", "Zhandos Tasov", "Deputy Mayor", "Turkistan Municipality"),
        Delegate(
            "participant:2", "Maksat Tangatarov", "Secretary General", "Turkistan Municipality"
        ),
        Delegate("participant:3", "Berik Baibolov", "Director", "Ahmet Yesevi Museum"),
    )
    return ProgramContent(
        code="TEST-2026",
        title="Exchange Program",
        first_day=DAY,
        last_day=last,
        organizer="Union of Turkish World Municipalities (TDBB)",
        partners=("Beykoz Municipality", "Üsküdar Municipality"),
        city="Istanbul",
        country="Türkiye",
        delegates=delegates,
        activities=english_activities(last),
    )


def activity(
    number: int,
    day: dt.date,
    start: int,
    kind: str,
    title: str,
    *,
    venue: str = "",
    hosts: tuple[Host, ...] = (),
    guides: tuple[GuideOnActivity, ...] = (),
    summary: str = "",
    minute: int = 0,
) -> ActivityItem:
    return ActivityItem(
        f"activity:{number}",
        day,
        dt.time(start, minute),
        None,
        kind,
        title,
        venue=venue,
        hosts=hosts,
        guides=guides,
        summary=summary,
    )


def without(content: ProgramContent, **changes: object) -> ProgramContent:
    """Return ``content`` with every activity changed as ``changes`` say."""
    activities = tuple(dataclasses.replace(a, **changes) for a in content.activities)  # type: ignore[arg-type]
    return dataclasses.replace(content, activities=activities)


def turkish_activities(last: dt.date) -> tuple[ActivityItem, ...]:
    """The activities of ``turkish_program``: a first day, a day off and a last day."""
    mayor = Host("person:1", "Hilmi Türkmen", "Belediye Başkanı", "Üsküdar Belediyesi")
    deputy_title = "Belediye Başkan Yardımcısı"
    deputy = Host("person:2", "Zekeriya Şanlıer", deputy_title, "Üsküdar Belediyesi")
    secretary = Host("person:3", "Fahri Solak", "Genel Sekreter", "TDBB")
    official = GuideOnActivity("guide:1", "Zekeriya Şanlıer", "host_official", deputy_title)
    return (
        activity(
            1,
            DAY,
            10,
            "courtesy_visit",
            "Belediye Başkanına nezaket ziyareti",
            hosts=(mayor,),
            summary="Başkan Türkmen, heyete Üsküdar Belediyesinin sosyal hizmetleri hakkında "
            "bilgi verdi.",
        ),
        activity(
            2,
            DAY,
            11,
            "site_visit",
            "Tebessüm Kahvehanesi",
            venue="Tebessüm Kahvehanesi",
            hosts=(deputy,),
            guides=(official,),
        ),
        activity(
            3,
            DAY,
            11,
            "site_visit",
            "Kadın Emeği Pazarı",
            venue="Kadın Emeği Pazarı",
            hosts=(deputy,),
            guides=(official,),
            minute=45,
        ),
        activity(4, DAY, 13, "transfer", "Otele dönüş"),
        activity(5, last, 9, "cultural_tour", "Tarihi Yarımada gezisi", venue="Tarihi Yarımada"),
        activity(
            6,
            last,
            14,
            "meeting",
            "Genel Sekreter ile görüşme",
            hosts=(secretary,),
            summary="Toplantıda kardeş şehir ilişkileri ve iş birliği imkânları ele alındı.",
        ),
        activity(7, last, 15, "ceremony", "Sertifika töreni", venue="TDBB Genel Merkezi"),
    )


def turkish_program() -> ProgramContent:
    """A small program recorded in Turkish, as a Turkish office would type it."""
    last = DAY + dt.timedelta(days=2)
    deputy_title = "Belediye Başkan Yardımcısı"
    delegates = (
        Delegate("participant:1", "Nurlan Ömürbekov", deputy_title, "Bişkek Belediyesi", "head"),
        Delegate("participant:2", "Aigül Tölöbekova", "Meclis Üyesi", "Bişkek Belediyesi"),
        Delegate("participant:3", "Berik Baibolov", "Müdür", "Ahmet Yesevi Müzesi"),
    )
    return ProgramContent(
        code="BISKEK-2026",
        title="Bişkek Belediyesi Bilgi ve Tecrübe Paylaşımı Programı",
        first_day=DAY,
        last_day=last,
        organizer="Türk Dünyası Belediyeler Birliği (TDBB)",
        partners=("Üsküdar Belediyesi",),
        city="İstanbul",
        country="Türkiye",
        delegates=delegates,
        activities=turkish_activities(last),
    )


def recorded_words(content: ProgramContent) -> set[str]:
    """Every word the records hold, and every word the catalogue and the calendar write."""
    texts = [content.title, content.organizer, content.city, content.country, *content.partners]
    for delegate in content.delegates:
        texts += [delegate.name, delegate.title, delegate.organization]
    for activity in content.activities:
        texts += [activity.title, activity.venue, activity.venue_owner, activity.summary]
        texts += [f"{h.name} {h.title} {h.organization}" for h in activity.hosts]
        texts += [f"{g.name} {g.title}" for g in activity.guides]
    texts += [text for pair in LABELS.entries.values() for text in pair]
    texts += [long_date(day, language) for day in content.days() for language in ("en", "tr")]
    words = {word for text in texts for word in WORD.findall(text)}
    words |= {inflect(word, case) for word in set(words) for case in CASES}  # type: ignore[arg-type]
    return words | ENGLISH_PLURAL_WORDS


WORD = re.compile(r"[^\W\d_]+")


def proper_names(text: str) -> set[str]:
    """Return the capitalized words of ``text``, without suffixes after an apostrophe."""
    words = {re.split(r"['’]", word)[0] for word in re.findall(r"[^\W\d_][\w'’]*", text)}
    return {word for word in words if word[:1].isupper()}
