"""The README keeps its promises: two quick-start commands, and every command of the CLI listed."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from icc_desktop.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every runnable command path of the parser ("demo", "export pdf", "server add-user", ...)."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        yield prefix
        return
    for action in subparsers:
        for name, sub in action.choices.items():
            yield from _command_paths(sub, (*prefix, name))


def _command_line_section() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    return "\n".join(re.findall(r"```\n(.*?)```", section, flags=re.S))


def test_quick_start_is_make_run_and_make_test() -> None:
    """The quick start is exactly the two commands CI and users rely on."""
    quick = README.read_text(encoding="utf-8").split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick, flags=re.S)
    assert block is not None
    commands = [line.split("#", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands == ["make run", "make test"]


def test_every_cli_command_is_listed_in_the_readme() -> None:
    """Each command the CLI accepts appears in the README's command-line section."""
    listed = _command_line_section()
    missing = [" ".join(path) for path in _command_paths(build_parser())
               if not re.search(r"^icc-desktop " + re.escape(" ".join(path)) + r"\b", listed, flags=re.M)]
    assert not missing, f"README.md's command-line section does not list: {', '.join(missing)}"
