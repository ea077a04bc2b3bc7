"""The benchmark helpers: medians, the report line, module discovery (no timing is asserted)."""

from __future__ import annotations

import itertools

import pytest

import bench.common as common
from bench.__main__ import available, main


def test_median_time_runs_setup_untimed_and_passes_its_value(monkeypatch):
    """Each repeat calls setup, then fn(setup's value) between two clock reads; the median is returned."""
    ticks = iter([0.0, 3.0, 10.0, 11.0, 20.0, 22.0])  # three repeats lasting 3, 1 and 2 seconds
    monkeypatch.setattr(common.time, "perf_counter", lambda: next(ticks))
    made = itertools.count(1)
    seen: list[int] = []
    assert common.median_time(seen.append, 3, setup=lambda: next(made)) == 2.0  # median(3, 1, 2)
    assert seen == [1, 2, 3]
    with pytest.raises(ValueError, match="repeats must be at least 1, not 0"):
        common.median_time(lambda: None, 0)


def test_report_line_and_ratio(capsys):
    """The line names both medians in ms, the repeats and the ratio; no baseline, no ratio."""
    result = common.report("demo", 1.5, 0.5, note="79505 rows", repeats=3)
    assert capsys.readouterr().out == "demo: ours 1500 ms (median of 3), baseline 500 ms, ratio 3.00×  [79505 rows]\n"
    assert result.ratio == 3.0
    alone = common.report("list", 0.0042, None)
    assert capsys.readouterr().out == "list: ours 4.2 ms, no baseline\n"
    assert alone.ratio is None


def test_runner_lists_modules_and_refuses_unknown_names(capsys):
    """Helpers are not benchmarks; an unknown name exits 2 with a message listing the real ones."""
    names = available()
    assert "foundation" in names and not {"common", "run", "__main__", "__init__"} & set(names)
    assert names == sorted(names)
    assert main(["no-such-bench"]) == 2
    assert capsys.readouterr().err.startswith("bench: no benchmark 'no-such-bench' (there are: ")


def test_interleaved_runs_the_cases_in_turn_and_reports_wall_and_cpu():
    """Cases alternate (a, b, a, b, ...), setup runs before each run and its value is passed on."""
    order: list[str] = []
    made = itertools.count(1)
    timings = common.interleaved({
        "a": (lambda value: order.append(f"a{value}"), lambda: next(made)),
        "b": (lambda: order.append("b"), None),
    }, 3)
    assert order == ["a1", "b", "a2", "b", "a3", "b"]
    assert set(timings) == {"a", "b"} and all(t.repeats == 3 and t.wall >= 0 and t.cpu >= 0
                                               for t in timings.values())
    with pytest.raises(ValueError, match="repeats must be at least 1"):
        common.interleaved({"a": (lambda: None, None)}, 0)


def test_report_vs_floor_prints_both_ratios_and_the_goal(capsys):
    """The line names wall and CPU of both sides, both ratios, the repeats and whether the goal is met."""
    result = common.report_vs_floor("pull", common.Timing(3.0, 2.0, 5), common.Timing(1.0, 1.0, 5), 2.5)
    line = capsys.readouterr().out
    assert line.startswith("pull: ours wall 3000 ms, CPU 2000 ms; floor wall 1000 ms, CPU 1000 ms; "
                           "ratio wall 3.00×, CPU 2.00× (median of 5, interleaved); goal ≤ 2.5×: met")
    assert result.ratio == 2.0


def test_peak_memory_is_the_processs_own(tmp_path):
    """A child started by a big process reports its own small peak, not the parent's (VmHWM, not ru_maxrss)."""
    import subprocess
    import sys

    ballast = bytearray(200 * 1024 * 1024)  # the parent's peak: over 200 MiB
    ballast[::4096] = b"x" * len(ballast[::4096])
    child = subprocess.run([sys.executable, "-c", "import bench.common as c; print(c.peak_rss_mb())"],
                           capture_output=True, text=True, check=True)
    del ballast
    assert float(child.stdout) < 150
    assert common.peak_rss_mb() > 200
