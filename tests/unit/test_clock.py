"""The hybrid logical clock: stamps always increase, always have the server's format, and never
run more than the bound ahead of the device's own wall clock, whatever it observes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from icc_desktop.models.clock import MAX_AHEAD_MS, HybridClock, format_stamp, stamp_ms
from icc_desktop.sync.protocol import STAMP_PATTERN

WALL = 1_764_000_000_000

observed = st.one_of(
    st.builds(format_stamp, st.integers(0, 10**13 - 1), st.integers(0, 0xFFFF), st.just("other")),
    st.text(max_size=30),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(-5000, 5000), st.one_of(st.none(), observed)), max_size=40))
def test_stamps_increase_keep_the_format_and_stay_within_the_bound(steps: list[tuple[int, str | None]]) -> None:
    """Whatever it observes and however the wall clock steps, each stamp is valid, newer and within the bound."""
    wall = [WALL]
    clock = HybridClock("abc123", wall_ms=lambda: wall[0])
    last, highest_wall = "", WALL
    for step, stamp in steps:
        wall[0] += step
        highest_wall = max(highest_wall, wall[0])
        if stamp is not None:
            clock.observe(stamp)
        issued = clock.now()
        assert STAMP_PATTERN.match(issued), issued
        assert issued > last
        assert stamp_ms(issued) <= highest_wall + MAX_AHEAD_MS + len(steps)  # + borrowed milliseconds
        last = issued


def test_a_stamp_from_2100_does_not_move_the_clock_there() -> None:
    """Observing a stamp decades ahead moves the clock to at most its wall clock plus the bound."""
    clock = HybridClock("abc123", wall_ms=lambda: WALL)
    clock.observe(format_stamp(4_102_444_800_000, 0, "wrongclock"))
    assert stamp_ms(clock.now()) == WALL + MAX_AHEAD_MS


def test_the_counter_never_overflows_its_four_digits() -> None:
    """65,536 edits in one millisecond borrow the next millisecond instead of a fifth hex digit."""
    clock = HybridClock("abc123", wall_ms=lambda: WALL)
    clock.observe(format_stamp(WALL, 0xFFFF, "other"))
    stamp = clock.now()
    assert STAMP_PATTERN.match(stamp) and stamp_ms(stamp) == WALL + 1


def test_the_client_measures_the_clock_offset_from_health_and_the_report_warns(db) -> None:  # type: ignore[no-untyped-def]
    """A server clock 10 minutes behind this computer's gives a warning line; one within a minute none."""
    import time

    import httpx

    from icc_desktop.sync.client import SyncClient, SyncReport
    from icc_desktop.sync.protocol import PROTOCOL_VERSION

    offset_ms = [600_000]

    def health(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "ok", "protocol": PROTOCOL_VERSION, "server_version": "x",
                                         "server_time_ms": time.time_ns() // 1_000_000 - offset_ms[0]})

    with SyncClient(db, "http://127.0.0.1:9", token="t", transport=httpx.MockTransport(health)) as client:
        client.check_server()
        assert client.clock_offset_s is not None and abs(client.clock_offset_s - 600) < 5
        lines = SyncReport(clock_offset_s=client.clock_offset_s).lines()
        assert "Warning: this computer's clock is 10 minutes ahead of the server's." in lines[-1]
        offset_ms[0] = 20_000
        client.check_server()
        assert client.clock_offset_s is None
    assert not any("clock" in line for line in SyncReport().lines())
