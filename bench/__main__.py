"""`python -m bench [NAME ...] [--quick]`: run the benchmark modules `bench/<NAME>.py`.

Without names, every module in `bench/` runs, in alphabetical order. Exit 0 when all ran,
1 when one raised (the others still run), 2 for an unknown name.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
_NOT_BENCHMARKS = {"__init__", "__main__", "common", "run"}


def available() -> list[str]:
    """The benchmark module names in `bench/`, sorted (a stable order)."""
    return sorted(p.stem for p in BENCH_DIR.glob("*.py")
                  if p.stem not in _NOT_BENCHMARKS and not p.stem.startswith("_"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the named (or all) benchmarks; return the exit code."""
    names = available()
    parser = argparse.ArgumentParser(prog="python -m bench", description="Run the ICC Workshop benchmarks.")
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"benchmarks to run (default all: {', '.join(names)})")
    parser.add_argument("--quick", action="store_true", help="fewer repeats and smaller inputs (a smoke run)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in names]
    if unknown:
        for name in unknown:
            print(f"bench: no benchmark {name!r} (there are: {', '.join(names)})", file=sys.stderr)
        return 2
    failed: list[str] = []
    for name in args.names or names:
        from bench.common import load_line

        print(f"== {name}  [{load_line()}]", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"bench.{name}")
            run = module.run
            if "quick" in inspect.signature(run).parameters:
                run(quick=args.quick)
            else:
                run()
        except Exception:
            traceback.print_exc()
            failed.append(name)
        print(f"== {name}: {time.perf_counter() - started:.1f} s  [{load_line()}]\n", flush=True)
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
