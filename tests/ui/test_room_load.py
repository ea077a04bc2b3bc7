"""Load on the room with the facilitator's window open: 60 simulated phones × 20 inputs, some
requests cut and retried. Nothing is lost or doubled, the GUI thread never stalls over 100 ms,
and the time from submit to visible in the window's moderation list is measured."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from sqlmodel import select

from icc_desktop.models import RoomSuggestion
from icc_desktop.room.core import RoomCaps
from icc_desktop.room.server import Limits
from icc_desktop.ui.room import room_controller
from tests.integration.room_support import first_workshop
from tests.ui.shell_support import busy_threads_gaps, open_window

PHONES, INPUTS = 60, 20
CHILD = Path(__file__).resolve().parents[1] / "integration" / "room_load_child.py"
# The floor: the longest wait a process that does nothing but wake every 5 ms sees meanwhile. On a
# machine shared with other work the scheduler alone makes such gaps; the window's own stall is
# what comes on top of that.
FLOOR = """
import sys, time
end, last, worst = time.monotonic() + float(sys.argv[1]), time.monotonic(), 0.0
while time.monotonic() < end:
    time.sleep(0.005)
    now = time.monotonic()
    worst, last = max(worst, now - last), now
print(worst)
"""


@pytest.mark.slow
def test_sixty_phones_twenty_inputs_each_nothing_lost_or_doubled_and_the_window_stays_fluid(qtbot, demo_db, tmp_path):
    """1,200 suggestions with cut and retried requests: each stored once, shown in the window, the
    GUI thread never blocked more than 100 ms; p50/p99 submit-to-visible printed."""
    workshop = first_workshop(demo_db)
    window = open_window(qtbot, demo_db, workshop.id, "needs")
    controller = room_controller(window.context)
    # Every simulated phone comes from 127.0.0.1: the per-address budget is for real networks.
    limits = Limits(address_capacity=100_000, address_rate=100_000, address_connections=2 * PHONES,
                    join_capacity=PHONES, join_rate=1)
    controller.open_room(workshop.id, "127.0.0.1", 0, limits)
    window.show_room_panel()
    panel, room = window.room_panel, controller.room
    room.caps = RoomCaps(phones_per_address=PHONES, guests_per_address=PHONES, guests=PHONES,
                         suggestions_per_phone=INPUTS, suggestions_per_address=PHONES * INPUTS)
    activity = room.open_activity("suggest")

    seen: dict[str, float] = {}
    reload = panel.reload

    durations: list[float] = []

    def reload_and_time() -> None:
        begin = time.monotonic()
        reload()
        now = time.monotonic()
        durations.append(now - begin)
        for row in range(panel.suggestions.count()):
            seen.setdefault(panel.suggestions.item(row).text(), now)

    panel.reload = reload_and_time  # type: ignore[method-assign]
    panel._reload_timer.timeout.disconnect()
    panel._reload_timer.timeout.connect(reload_and_time)

    page_durations: list[float] = []
    page = window.pages["needs"]
    page_reload = page.reload

    def timed_page_reload() -> None:
        begin = time.monotonic()
        page_reload()
        page_durations.append(time.monotonic() - begin)

    page.reload = timed_page_reload  # type: ignore[method-assign]
    # Each tick: the wall time since the last one, and the GUI thread's own CPU time in between
    # (what our code kept the event loop busy with, whatever the rest of the machine does).
    gaps: list[float] = []
    busy: list[float] = []
    last = [time.monotonic(), time.thread_time()]

    def tick() -> None:
        now, cpu = time.monotonic(), time.thread_time()
        gaps.append(now - last[0])
        busy.append(cpu - last[1])
        last[0], last[1] = now, cpu

    # The same run's floor: what three plain busy Python threads of this process (as many as the
    # room server runs: its event loop and two workers) cost the GUI loop, before and after.
    floor_gaps = busy_threads_gaps(qtbot, 3)
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    started = time.monotonic()
    floor = subprocess.Popen([sys.executable, "-c", FLOOR, "6"], stdout=subprocess.PIPE, text=True)
    output, errors = tmp_path / "phones.json", tmp_path / "phones.err"
    with output.open("w") as out, errors.open("w") as err:  # files, not pipes: nothing blocks the child
        child = subprocess.Popen([sys.executable, str(CHILD), controller.join_address(False), room.code,
                                  activity.id, str(PHONES), str(INPUTS), "15"], stdout=out, stderr=err)
    # Ticks start once the processes are started: forking this large process is the test's own
    # cost, not the window's.
    last[0], last[1] = time.monotonic(), time.thread_time()
    ticker.start()
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=120_000)
        assert child.returncode == 0, errors.read_text()
        result = json.loads(output.read_text())
        records = result["records"]
        titles = {r["title"] for r in records}
        qtbot.waitUntil(lambda: titles <= set(seen), timeout=5000)
    finally:
        ticker.stop()
        if child.poll() is None:
            child.kill()
    elapsed = time.monotonic() - started
    floor_gaps += busy_threads_gaps(qtbot, 3)
    threads_floor_ms = max(floor_gaps) * 1000
    stall_ms = (max(gaps) - 0.005) * 1000
    busy_ms = max(busy) * 1000
    floor_ms = (float(floor.communicate(timeout=15)[0]) - 0.005) * 1000

    with demo_db.session() as session:
        stored = [s.title for s in session.exec(select(RoomSuggestion)).all()]
    assert len(records) == PHONES * INPUTS
    assert sorted(stored) == sorted(titles) and len(stored) == PHONES * INPUTS  # none lost, none doubled
    assert len(room.joined()) == PHONES and all(phone.answered for phone in room.joined())
    cuts = sum(len(r["cuts"]) for r in records)
    repeated = sum(1 for r in records if r["repeated"])
    assert cuts > 0  # the cut-and-retry path really ran

    latencies = sorted(seen[r["title"]] - r["sent"] for r in records)
    p50 = statistics.median(latencies)
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    load = os.getloadavg()[0]
    print(f"\nroom load: {PHONES} phones x {INPUTS} inputs in {elapsed:.1f} s; {cuts} requests cut and retried "
          f"({repeated} answered as repeats); refusals {result['refusals']}; submit-to-visible p50 "
          f"{p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms; longest GUI stall "
          f"{stall_ms:.0f} ms (an idle process's longest wait meanwhile: {floor_ms:.0f} ms; three busy threads' floor "
          f"{threads_floor_ms:.0f} ms), longest GUI-thread "
          f"work between two ticks {busy_ms:.0f} ms CPU; load average {load:.1f}; panel reloads {len(durations)}, longest "
          f"{max(durations) * 1000:.0f} ms; needs page reloads {[round(d * 1000) for d in page_durations]}; gaps over 50 ms: {[round(g * 1000) for g in gaps if g > 0.05]}")
    # What our code keeps the GUI thread busy with: always under 100 ms. The wall-clock stall also
    # counts the waits for the interpreter lock (the server's threads) and for the processor: on a
    # quiet machine (load average at most the cores) never over 100 ms. On a loaded one the longest
    # gap is the scheduler's luck (the phones' process and other programs compete too: 535 ms once
    # beside a 236 ms floor, with 14 ms of the GUI thread's own work), so there the bound is by
    # counts: ticks over 100 ms late stay as rare as in the same run's floor (three plain busy
    # threads of this process; at least 2 % allowed), and no gap reaches a second.
    assert busy_ms < 100, f"the GUI thread worked {busy_ms:.0f} ms without returning to the event loop"
    late = sum(1 for g in gaps if g > 0.105) / len(gaps)
    floor_late = sum(1 for g in floor_gaps if g > 0.105) / len(floor_gaps)
    print(f"ticks over 100 ms late: {late:.2%} (floor {floor_late:.2%}) of {len(gaps)}")
    if load <= (os.cpu_count() or 1):
        assert stall_ms < 100, f"the GUI thread stalled {stall_ms:.0f} ms (load average {load:.1f})"
    else:
        assert late <= max(0.02, 2 * floor_late), f"{late:.1%} of ticks over 100 ms late (floor {floor_late:.1%})"
        assert stall_ms < max(1000.0, 2 * max(threads_floor_ms, floor_ms)), f"the GUI thread stalled {stall_ms:.0f} ms"
    assert p50 < 1.0
    controller.close_room(at_once=True)
