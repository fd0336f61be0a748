"""Several coordinators editing one roster at once for a while lose no update.

Each coordinator is a thread with its own connection to the same database (as
separate windows or computers would be): a SQLite file, and a database on the
PostgreSQL server when one is given (see :mod:`tests.stores`). Each owns some fields of the same
participants and keeps reading and saving them; afterwards every field holds
the last value its owner saved, and every save either landed or was refused
with a clear reason (never silently lost). ``COORDINATOR_LOAD_SECONDS`` sets
how long they edit (a few seconds in the normal suite; a minute in the
scheduled long run).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
import time

from coordinator.services.errors import ChangedSinceError
from coordinator.services.programs import ProgramService
from coordinator.services.records import ParticipantInput, ProgramInput
from coordinator.services.roster import RosterService
from tests.stores import Store

CODE = "KZ-2021"
SECONDS = float(os.environ.get("COORDINATOR_LOAD_SECONDS", "3"))
FIELDS = ("room", "dietary", "needs", "notes")


def test_coordinators_editing_at_once_lose_no_update(store: Store) -> None:
    setup = store.open()
    ProgramService(setup).create(
        ProgramInput(CODE, "Turkistan Municipality Study Visit", dt.date(2021, 8, 24),
                     dt.date(2021, 8, 29))
    )  # fmt: skip
    roster = RosterService(setup)
    people = [roster.add(CODE, ParticipantInput(name=f"Delegate {n} Tokhtarova")).id
              for n in range(3)]  # fmt: skip
    setup.close()
    last: dict[tuple[int, str], str] = {}
    saves = [0]
    errors: list[BaseException] = []
    lock = threading.Lock()
    stop = time.monotonic() + SECONDS

    def coordinator(field: str) -> None:
        database = store.open()
        service = RosterService(database)
        number = 0
        try:
            while time.monotonic() < stop:
                for participant_id in people:
                    number += 1
                    value = f"{field} {number}"
                    seen = next(p for p in service.list_participants(CODE)
                                if p.id == participant_id).as_input()  # fmt: skip
                    service.update(participant_id, dataclasses.replace(seen, **{field: value}),
                                   before=seen)  # fmt: skip
                    with lock:
                        last[participant_id, field] = value
                        saves[0] += 1
        except ChangedSinceError as error:  # only its owner changes a field: never expected
            errors.append(error)
        except BaseException as error:
            errors.append(error)
        finally:
            database.close()

    threads = [threading.Thread(target=coordinator, args=(field,)) for field in FIELDS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(SECONDS + 60)
    assert errors == []
    assert saves[0] >= len(FIELDS) * len(people)
    check = store.open()
    try:
        for record in RosterService(check).list_participants(CODE):
            for field in FIELDS:
                assert getattr(record, field) == last[record.id, field]
    finally:
        check.close()
