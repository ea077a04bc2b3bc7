"""One exception type per kind of failure, each carrying the message a user reads.

The CLI prints `str(error)` and exits 2 for an `IccError` (bad input, refused file); anything
else is unexpected and is logged with its traceback (exit 1).
"""

from __future__ import annotations

from typing import NamedTuple


class IccError(Exception):
    """Base of every error whose message is meant for the user."""

    exit_code = 2


class Problem(NamedTuple):
    """One problem found in user input: where it is and what is wrong.

    (A named tuple, not a dataclass: `dataclasses` costs every command's start-up 8 ms.)
    """

    where: str
    message: str
    sheet: str = ""
    """For a problem in a file (a template, a workbook): its sheet, row (1-based) and column letter."""
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ValidationError(IccError):
    """Input that breaks a rule; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def fields(self) -> dict[str, str]:
        """Problems keyed by the field they concern (for messages beside an editor)."""
        return {p.where: p.message for p in self.problems}


class NotFoundError(IccError):
    """A workshop, city or row named by the user does not exist (or was deleted)."""


class AmbiguousIdError(IccError):
    """An id prefix matches more than one row."""


class DatabaseError(IccError):
    """The database file cannot be used as it is; it is left untouched."""


class DatabaseDamagedError(DatabaseError):
    """`PRAGMA quick_check` failed or the file is not an SQLite database."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer version of the app than this one."""


class DatabaseInUseError(DatabaseError):
    """Another program holds the database file locked (another copy of the app, an SQLite tool);
    the operation was refused after the busy timeout and nothing was changed. Bad input in the
    command line's sense (exit 2): the user can act on it, and it is not a fault of the app."""


class BackupError(IccError):
    """A backup could not be written or a backup file cannot be restored."""


class ExportError(IccError):
    """A report, workbook or template could not be written; no partial file is left behind."""


class DestinationExistsError(ExportError):
    """An export into a folder that already holds files of the names it writes; nothing was written.

    `files` names them (sorted) so that the window can ask before replacing them."""

    def __init__(self, message: str, folder: str, files: list[str]) -> None:
        super().__init__(message)
        self.folder = folder
        self.files = files


class ExportCancelled(IccError):
    """The user cancelled an export or an import; nothing was written."""


class OvertakenError(IccError):
    """An undo or redo refused: a row it would write was changed since by someone else (a sync, the
    phone room, an import), so writing it would overwrite their values. Nothing was written."""

    def __init__(self, table: str, row_id: str, fields: list[str]) -> None:
        self.table, self.row_id, self.fields = table, row_id, fields
        what = f" ({', '.join(fields)})" if fields else ""
        super().__init__(f"The {table} {row_id}{what} was changed since by someone else; nothing was undone.")
