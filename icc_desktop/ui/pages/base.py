"""What every page of the main window has in common."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from icc_desktop.ui.context import AppContext


class Page(QWidget):
    """A page of the main window: shows the current workshop and reloads when data changes.

    Subclasses set `page_id` (the name used by `icc-desktop screenshot --page`), implement
    `title()` (translated) and `reload()`, and list in `tables` the table names they show so
    they reload only when those change. Reloading happens lazily: a hidden page reloads when
    shown.
    """

    page_id = ""
    tables: frozenset[str] = frozenset()
    needs_workshop = True
    """Whether the page shows one workshop (the navigation disables it while none is open)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.sig_workshop_changed.connect(self._mark_stale)
        context.sig_data_changed.connect(self._on_data_changed)
        context.sig_database_changed.connect(self._mark_stale)

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.page_id

    def reload(self) -> None:
        """Read what the page shows from the services."""

    def focus_search(self) -> bool:
        """Put the cursor in the page's search field (Edit > Find); False if it has none."""
        return False

    def _on_data_changed(self, table: str) -> None:
        if table in self.tables:
            self._mark_stale()

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload now if something changed since the last load."""
        if self._stale:
            self._stale = False
            self.reload()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.refresh()
