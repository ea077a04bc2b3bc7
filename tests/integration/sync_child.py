"""The sync client process of the kill tests (tests/integration/test_sync_faults.py), not a test.

It imports the app once, then for every `run DB URL TOKEN PAGE BATCH` line on stdin forks a
worker that syncs the database DB with the server at URL, the way the window does, reporting
each step (`progress PHASE DONE`) once it has happened and `done` at the end. The test kills
the worker with SIGKILL somewhere in the middle. The fork server prints `child PID` when a
worker starts and `exit PID STATUS` once it is gone.

Forking from one warmed-up interpreter keeps the kills fast: a fresh interpreter spends most of
a second importing SQLAlchemy, SQLModel and httpx.
"""

from __future__ import annotations

import os
import sys
import traceback

from icc_desktop.store.db import Database
from icc_desktop.sync.client import SyncClient, SyncProgress


def report(line: str) -> None:
    """Write one whole line straight to the pipe (no buffer shared with the fork server)."""
    os.write(1, (line + "\n").encode())


def sync_until_killed(path: str, url: str, token: str, page_size: int, push_batch: int) -> None:
    """Sync once, reporting every page pulled and every batch pushed."""
    db = Database.open(path)

    def progress(step: SyncProgress) -> None:
        report(f"progress {step.phase} {step.done}")

    with SyncClient(db, url, token=token, page_size=page_size, push_batch=push_batch) as client:
        client.sync(progress=progress)
    report("done")


def main() -> None:
    """Serve `run ...` requests from stdin until it closes."""
    for line in sys.stdin:
        _, path, url, token, page_size, push_batch = line.split()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                sync_until_killed(path, url, token, int(page_size), int(push_batch))
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
