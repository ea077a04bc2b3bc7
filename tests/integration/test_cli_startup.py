"""The command line's own start: `--db` before or after a command, and the window's short path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from icc_desktop import cli
from icc_desktop.services.listing import read_workshop_list


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_db_before_the_command_is_the_file_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`icc-desktop --db FILE demo` fills FILE (the help shows --db before COMMAND), not the user's own database."""
    path = tmp_path / "named-before.sqlite"
    code, out, err = _run(capsys, "--db", str(path), "demo")
    assert (code, err) == (0, "") and str(path) in out
    listed = read_workshop_list(path)
    assert listed is not None and len(listed) == 1
    code, out, _ = _run(capsys, "--db", str(path), "list", "--json")
    assert code == 0 and [w["id"] for w in json.loads(out)] == [w.id for w in listed]


def test_db_after_the_command_wins_over_one_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--db A list --db B` lists B: the option nearest the command's own arguments wins."""
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert _run(capsys, "demo", "--db", str(second))[0] == 0
    code, out, _ = _run(capsys, "--db", str(first), "list", "--json", "--db", str(second))
    assert code == 0 and len(json.loads(out)) == 1
    assert not first.exists()


@pytest.mark.parametrize("argv", [[], ["--db", "chosen.sqlite"]])
def test_the_window_starts_without_the_commands_parsers(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    """`icc-desktop` and `icc-desktop --db FILE` open the window without building the parsers of every command."""
    opened: list[Path | None] = []

    def no_parser() -> None:
        raise AssertionError("the window's start built the full parser")

    monkeypatch.setattr(cli, "build_parser", no_parser)
    monkeypatch.setattr("icc_desktop.ui.app.run_app", lambda path: opened.append(path) or 0)
    assert cli.main(argv) == 0
    assert opened == [Path("chosen.sqlite") if argv else None]


@pytest.mark.parametrize("argv", [["--db"], ["--db", "--version"], ["--db", "x", "list"], ["--dbx", "y"]])
def test_anything_else_goes_through_the_full_parser(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    """Only the window's two plain forms take the short path; every other command line is parsed in full."""
    built: list[bool] = []
    real = cli.build_parser

    def counting() -> object:
        built.append(True)
        return real()

    monkeypatch.setattr(cli, "build_parser", counting)
    monkeypatch.setattr("icc_desktop.ui.app.run_app", lambda path: 0)
    monkeypatch.setattr(cli, "cmd_list", lambda args: 0)
    cli.main(argv)
    assert built == [True]
