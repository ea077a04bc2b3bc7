"""The editing process of the crash test (tests/integration/test_crash.py), not a test itself.

It imports the app once, then for every `run N` line on stdin forks an editor that opens the
database the way the app does and makes edits through the services until it is killed, each
edit its own transaction. The editor prints a line only after the edit's commit returned:
`create ID NAME`, `update ID VALUE` or `delete ID`. The fork server prints `child PID` when it
starts an editor and `exit PID STATUS` once that editor is gone.

Forking from one warmed-up interpreter keeps 50 runs fast: a fresh interpreter spends most of a
second importing SQLAlchemy and SQLModel, which would be most of the test's time budget.
"""

from __future__ import annotations

import os
import sys
import traceback

from icc_desktop.models import City
from icc_desktop.services import crud
from icc_desktop.store.db import Database

MAX_EDITS = 10_000  # an editor nobody kills stops here rather than filling the disk


def report(line: str) -> None:
    """Write one whole line straight to the pipe (no buffer shared with the fork server)."""
    os.write(1, (line + "\n").encode())


def edit_until_killed(path: str, run: int) -> None:
    """Open the database and create, update and delete cities, reporting each committed edit."""
    db = Database.open(path)
    counter: City | None = None
    for i in range(MAX_EDITS):
        if counter is not None and i % 4 == 1:
            crud.update(db, City, counter.id, population=i)
            report(f"update {counter.id} {i}")
        elif i % 4 == 3:
            doomed = crud.create(db, City, name=f"Doomed {run}-{i}", country="BE")
            report(f"create {doomed.id} Doomed {run}-{i}")
            crud.delete(db, City, doomed.id)
            report(f"delete {doomed.id}")
        else:
            city = crud.create(db, City, name=f"Crash {run}-{i}", country="PL")
            report(f"create {city.id} Crash {run}-{i}")
            counter = counter or city


def main() -> None:
    """Serve `run N` requests from stdin until it closes."""
    path = sys.argv[1]
    for line in sys.stdin:
        run = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                edit_until_killed(path, run)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                code = 1
            finally:
                os._exit(code)
        report(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        report(f"exit {pid} {status}")


if __name__ == "__main__":
    main()
