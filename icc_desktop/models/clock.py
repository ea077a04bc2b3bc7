"""Hybrid logical clock stamps: wall-clock milliseconds + counter + device id, ordered as text.

A stamp looks like `1764000000000-0000-3f2a9c1d0b7e4a55`. Comparing two stamps as strings
compares them in time; the counter orders edits made within one millisecond, and the device id
breaks ties between devices, so two stamps are never equal.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

SEED_STAMP = "0000000000000-0000-seed"
"""The stamp of rows seeded from shipped resources: older than any edit."""

_MAX_COUNTER = 0xFFFF
_MAX_MS = 10**13 - 1  # the 13 digits of the text form (the year 2286)

MAX_AHEAD_MS = 5 * 60 * 1000
"""How far ahead of a clock a stamp may be: the server refuses stamps further ahead of its own
clock, and a device never moves its clock further past its own wall clock than this."""


def format_stamp(ms: int, counter: int, device_id: str) -> str:
    """Build the text form of a stamp."""
    return f"{ms:013d}-{counter:04x}-{device_id}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    """Split a stamp into (milliseconds, counter, device id)."""
    ms, counter, device = stamp.split("-", 2)
    return int(ms), int(counter, 16), device


def stamp_ms(stamp: str) -> int:
    """The wall-clock milliseconds of a stamp (0 for the seed stamp or anything unreadable)."""
    head = stamp[:13]
    return int(head) if len(head) == 13 and head.isascii() and head.isdigit() else 0


class HybridClock:
    """Issues strictly increasing stamps for one device, even if the wall clock steps back."""

    def __init__(self, device_id: str, wall_ms: Callable[[], int] | None = None) -> None:
        self.device_id = device_id
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last_ms = 0
        self._counter = 0
        self._lock = threading.Lock()

    def now(self) -> str:
        """A new stamp, later than every stamp issued or observed so far."""
        with self._lock:
            ms = min(self._wall_ms(), _MAX_MS)
            if ms > self._last_ms:
                self._last_ms, self._counter = ms, 0
            elif self._counter < _MAX_COUNTER:
                self._counter += 1
            elif self._last_ms < _MAX_MS:  # 65,536 edits in one millisecond: borrow the next millisecond
                self._last_ms, self._counter = self._last_ms + 1, 0
            else:  # the end of the text form: stay valid rather than grow a 14th digit
                self._counter = _MAX_COUNTER
            return format_stamp(self._last_ms, self._counter, self.device_id)

    def now_many(self, count: int) -> list[str]:
        """`count` new stamps in increasing order, the same as `count` calls of `now` (bulk writes)."""
        with self._lock:
            ms = self._wall_ms()
            last_ms, counter, device = self._last_ms, self._counter, self.device_id
            stamps = []
            for _ in range(count):
                if ms > last_ms:
                    last_ms, counter = ms, 0
                elif counter < _MAX_COUNTER:
                    counter += 1
                else:
                    last_ms, counter = last_ms + 1, 0
                stamps.append(f"{last_ms:013d}-{counter:04x}-{device}")
            self._last_ms, self._counter = last_ms, counter
            return stamps

    def observe(self, stamp: str) -> None:
        """Move the clock past a stamp received from elsewhere (another device, the server).

        Never further than this device's wall clock plus `MAX_AHEAD_MS`: a stamp from a device
        whose clock is far ahead must not drag this one along (the server would refuse every
        stamp made after it).
        """
        if stamp == SEED_STAMP or not stamp:
            return
        try:
            ms, counter, _ = parse_stamp(stamp)
        except ValueError:
            return
        with self._lock:
            limit = min(self._wall_ms() + MAX_AHEAD_MS, _MAX_MS)
            if ms > limit:
                ms, counter = limit, 0
            counter = min(max(counter, 0), _MAX_COUNTER)
            if (ms, counter) > (self._last_ms, self._counter):
                self._last_ms, self._counter = ms, counter
