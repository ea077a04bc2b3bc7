"""Benchmarks: `python -m bench [NAME ...] [--quick]` runs `bench/<NAME>.py` modules' `run()`.

Every benchmark measures its own code and a plain-library baseline in the same run and prints
the medians and their ratio (`bench.common.report`). Timings never decide a test.
"""
