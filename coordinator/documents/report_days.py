"""The days of the narrative report: one paragraph a day, then how the program closed.

Each activity becomes a clause (see :mod:`coordinator.documents.report_clauses`);
site visits in a row with the same guides and hosts are told together
("visited A, B and C with the guidance of ..."). Clauses are linked as a person
writes them: the day's date first, then "Then", "After the meeting", "In the
afternoon" (only when the recorded start times cross noon). The ceremonies
that end the last day close the report in a paragraph of their own. Days
with nothing to tell are left out, and transfers are told only when the
coordinator wrote a summary of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coordinator.documents.content import ActivityItem, ProgramContent
from coordinator.documents.grammar import Phrase, capitalize_first, join_list, lower_first
from coordinator.documents.report_clauses import Teller, Unit, guides, hosts, names, tell
from coordinator.documents.report_people import people_phrase
from coordinator.documents.vocabulary import long_date

NOON = dt.time(12, 0)
ORDINAL_DAYS = 10
"""Days up to this one are called "the second day of the program" and so on."""
_SENTENCE_ENDS = (".", "!", "?", "…", ".”", "!”", "?”", '."')


def day_paragraphs(
    content: ProgramContent, language: str, proper_words: frozenset[str]
) -> list[str]:
    """Write one paragraph for each day with activities, then the closing one.

    ``proper_words`` are the words of recorded names: a ceremony's title that
    starts with one keeps its capital inside a sentence.
    """
    teller = Teller(content, language, proper_words)
    paragraphs: list[str] = []
    closing: list[Unit] = []
    last_day_told = False
    for day in content.days():
        units = [unit for unit in _units(content.activities_on(day)) if _told(unit)]
        if day == content.last_day:
            units, closing = _split_closing(units)
            last_day_told = bool(units)
        if units:
            paragraphs.append(_day_paragraph(teller, day, len(paragraphs) + 1, units))
    if closing:
        paragraphs.append(_closing(teller, closing, dated=not last_day_told))
    return paragraphs


def as_sentence(text: str) -> str:
    """Return a summary as its own sentence, with a full stop if it has no ending."""
    text = " ".join(text.split())
    return text if text.endswith(_SENTENCE_ENDS) else f"{text}."


def _units(activities: Sequence[ActivityItem]) -> list[Unit]:
    """Group a day's activities into the clauses that tell them."""
    units: list[Unit] = []
    for activity in activities:
        if units and _joins(units[-1].activities[-1], activity):
            units[-1] = Unit((*units[-1].activities, activity))
        else:
            units.append(Unit((activity,)))
    return units


def _joins(previous: ActivityItem, activity: ActivityItem) -> bool:
    """Tell whether two site visits in a row can be told as one."""
    return (
        previous.kind == activity.kind == "site_visit"
        and bool(previous.venue and activity.venue)
        and not previous.summary.strip()
        and names(guides(previous)) == names(guides(activity))
        and names(hosts(previous)) == names(hosts(activity))
        and previous.attendees == activity.attendees
        and _afternoon(previous.start) == _afternoon(activity.start)
    )


def _afternoon(start: dt.time | None) -> bool | None:
    return None if start is None else start >= NOON


def _told(unit: Unit) -> bool:
    """Tell whether the report tells this activity (a transfer only with a summary)."""
    return unit.kind != "transfer" or bool(unit.summary)


def _split_closing(units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """Split the last day's ceremonies at its end from what comes before them."""
    cut = len(units)
    while cut and units[cut - 1].kind == "ceremony":
        cut -= 1
    return units[:cut], units[cut:]


def _day_paragraph(teller: Teller, day: dt.date, number: int, units: list[Unit]) -> str:
    """Tell one day: its date, then each activity linked to the one before."""
    sentences: list[str] = []
    previous: Unit | None = None
    teller.guided_before = ()
    for index, unit in enumerate(units):
        opener = _lead(teller, day, number) if previous is None else _link(teller, previous, unit)
        clause = tell(teller, unit, teller.subject(unit, index))
        sentences.append(capitalize_first(opener + clause, teller.language) + ".")
        if unit.summary:
            sentences.append(as_sentence(unit.summary))
        teller.guided_before = names(guides(unit.first))
        previous = unit
    return " ".join(sentences)


def _lead(teller: Teller, day: dt.date, number: int) -> str:
    """Open a day: "On 26 August 2021, Thursday, the second day of the program, "."""
    content = teller.content
    date = long_date(day, teller.language)
    if content.first_day == content.last_day:
        return teller.text("day_lead_plain", date=date)
    if day == content.last_day:
        ordinal = teller.text("ordinal_last")
    elif number <= ORDINAL_DAYS:
        ordinal = teller.text(f"ordinal_{number}")
    else:
        return teller.text("day_lead_plain", date=date)
    return teller.text("day_lead", date=date, ordinal=ordinal)


def _link(teller: Teller, previous: Unit, unit: Unit) -> str:
    """Return the words that lead from one activity to the next."""
    if previous.start and unit.start and previous.start < NOON <= unit.start:
        return teller.text("afternoon")
    if previous.kind == "meeting":
        return teller.text("after_meeting")
    if previous.kind == "courtesy_visit" and unit.kind in ("meeting", "meal", "ceremony"):
        return teller.text("after_visit")
    return teller.then()


def _closing(teller: Teller, ceremonies: list[Unit], *, dated: bool) -> str:
    """Say how the program closed: its last ceremonies, where and with whom."""
    language = teller.language
    titles = [lower_first(unit.first.title, language, teller.proper_words) for unit in ceremonies]
    venues = {unit.first.venue for unit in ceremonies}
    venue = venues.pop() if len(venues) == 1 else ""
    present = {line.name: line for unit in ceremonies for line in hosts(unit.first)}
    values: dict[str, object] = {
        "ceremonies": Phrase(join_list(titles, language)),
        "held_at": teller.text("held_at", venue=Phrase(venue)) if venue else "",
        "presence": (
            teller.text("presence", hosts=people_phrase(present.values(), language))
            if present
            else ""
        ),
    }
    if dated:
        values["date"] = long_date(teller.content.last_day, language)
    sentence = teller.text("closing_dated" if dated else "closing", **values)
    summaries = [as_sentence(unit.summary) for unit in ceremonies if unit.summary]
    return " ".join([capitalize_first(sentence, language), *summaries])
