"""What the workshop pages (assessment, needs, roadmap) add to `Page`: reloads that coalesce."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from icc_desktop.ui.context import AppContext
from icc_desktop.ui.pages.base import Page


class WorkshopPage(Page):
    """A page whose reload after an edit waits for the event loop.

    Scoring is typed faster than a page reloads (a level, the next, the next...), and one
    command may touch several tables; each edit marks the page stale and the reload runs once
    the burst is over. The edits themselves are saved at once; only the redraw waits.
    Code that reads what the page shows right after its own edit calls `reload_now()`.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._reload_timer = QTimer()
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        super().__init__(context, parent)
        self._reload_timer.setParent(self)
        self._reload_timer.timeout.connect(self.refresh)

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def reload_now(self) -> None:
        """Reload at once if an edit is waiting to be shown."""
        self._reload_timer.stop()
        self.refresh()
