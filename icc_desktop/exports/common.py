"""What every export shares: writing the file atomically, progress reports and cancelling.

An export writes to a temporary file beside the destination and renames it into place only
when the document is complete, so a failed or cancelled export never leaves a half-written
file (nor destroys the previous one).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from icc_desktop.errors import DestinationExistsError, ExportCancelled, ExportError
from icc_desktop.store.fileinfo import is_database_file

ProgressCallback = Callable[[int, int], None]
"""Called with (steps done, steps in all) as an export advances; may be called from a worker thread."""

CancelCheck = Callable[[], bool]
"""Returns True once the user asked to stop; the export then raises `ExportCancelled`."""


class Steps:
    """Counts an export's steps, reports them, and stops the export when it is cancelled."""

    def __init__(self, total: int, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> None:
        self.total = max(1, total)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise `ExportCancelled` if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("Cancelled; nothing was written.")

    def advance(self, steps: int = 1) -> None:
        """Count `steps` more as done (never past the total), report it, then honour a cancel."""
        self.done = min(self.total, self.done + steps)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()

    def grow(self, total: int) -> None:
        """Raise the total once the real amount of work is known."""
        self.total = max(self.total, total, self.done)

    def finish(self) -> None:
        """Report completion."""
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


FORMATS = {".pdf": "a PDF document", ".xlsx": "an Excel workbook", ".ods": "an OpenDocument spreadsheet",
           ".json": "a JSON file"}
"""What each extension an export writes names, for the message refusing another extension."""


def check_destination(path: Path, suffix: str | None = None) -> Path:
    """The destination resolved; `ExportError` when it is a folder, its folder does not exist, it
    is a database (an export given the workshops file's own name must not replace every workshop),
    or its name does not end in `suffix` (any case): a PDF saved as `roadmap.xlsx` opens nowhere.

    A file of that name is replaced: the user named it (the window's save dialog asks first)."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name.")
    if is_database_file(path):
        raise ExportError(f"{path}: is a database of workshops; an export never replaces one. Give another file name.")
    if suffix is not None and path.suffix.lower() != suffix:
        raise ExportError(f"{path}: this export writes {FORMATS.get(suffix, suffix + ' file')}; give a file name "
                          f"that ends in {suffix}. Nothing was written.")
    if not path.parent.exists():
        raise ExportError(f"{path.parent}: no such folder.")
    return path


def check_folder(folder: Path, names: Iterable[str], *, replace: bool = False) -> Path:
    """A folder an export writes several files into, checked: `ExportError` when it is a file or its
    parent folder does not exist; `DestinationExistsError` when it already holds files of the
    `names` to write, unless `replace`. The user named the folder, not the files, so a file of
    theirs that happens to share a name is never replaced without being asked."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: is a file, not a folder; choose a folder for the files.")
    if not folder.parent.is_dir():
        raise ExportError(f"{folder.parent}: no such folder.")
    existing = sorted(name for name in names if (folder / name).exists()) if folder.is_dir() else []
    folders = [name for name in existing if (folder / name).is_dir()]
    if folders:
        raise ExportError(f"{folder / folders[0]}: is a folder, where the export writes a file of that name; "
                          "nothing was written. Choose another folder.")
    if existing and not replace:
        shown = existing[:5]
        listed = (", ".join(shown[:-1]) + " and " + shown[-1]) if len(shown) > 1 else shown[0]
        if len(existing) > len(shown):
            listed = ", ".join(shown) + f" and {len(existing) - len(shown)} more"
        raise DestinationExistsError(f"{folder}: already holds {listed}; nothing was written. Choose another "
                                     "folder, or let the export replace them.", str(folder), existing)
    return folder


@contextlib.contextmanager
def atomic_output(path: Path, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, on any error it goes.

    `suffix`: the extension the file's name must end in (see `check_destination`)."""
    path = check_destination(path, suffix)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix + ".partial", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"{path.parent}: cannot write here ({exc.strerror}).") from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        try:
            os.replace(temp, path)
        except OSError as exc:
            raise ExportError(f"{path}: cannot be written ({exc.strerror}); is it open in another program?") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


__all__ = ["FORMATS", "CancelCheck", "ProgressCallback", "Steps", "atomic_output", "check_destination", "check_folder"]
