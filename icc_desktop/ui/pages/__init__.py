"""The main window's pages, registered in ONE list, in the order of the method.

Each entry is "module:Class". The module's last name is the page id (`icc-desktop screenshot
--page ID`, the navigation, View ▸ Go to); the class's `page_id` must match it. The window builds
a page the first time it is shown (`ui/lazy_pages.py`): its module is imported then, after the
database is open, so the window shows before the data layer (SQLAlchemy) and the other pages load.
The navigation and View ▸ Go to name every page before it is built: from `TITLES` and
`NO_WORKSHOP_PAGES` here, which a test keeps equal to what the classes say.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from icc_desktop.ui.pages.base import Page

PAGE_CLASSES: list[str] = [
    "icc_desktop.ui.pages.overview:OverviewPage",
    "icc_desktop.ui.pages.city:CityPage",
    "icc_desktop.ui.pages.participants:ParticipantsPage",
    "icc_desktop.ui.pages.assessment:AssessmentPage",
    "icc_desktop.ui.pages.needs:NeedsPage",
    "icc_desktop.ui.pages.roadmap:RoadmapPage",
    "icc_desktop.ui.pages.monitoring:MonitoringPage",
    "icc_desktop.ui.pages.reports:ReportsPage",
    "icc_desktop.ui.pages.sync:SyncPage",
    "icc_desktop.ui.pages.conflicts:ConflictsPage",
]
"""Every page, in navigation order. Add a page here (and its title below)."""

TITLES: dict[str, str] = {
    "overview": "Overview",
    "city": "City",
    "participants": "Participants",
    "assessment": "Assessment",
    "needs": "Needs & priorities",
    "roadmap": "Vision & roadmap",
    "monitoring": "Follow-up",
    "reports": "Reports",
    "sync": "Sync",
    "conflicts": "Conflicts",
}
"""Each page's name as its class's `title()` gives it, untranslated: the window names a page in the
navigation before building it (`page_title` translates it in the class's context, the `.ts` entry
its `self.tr(...)` already has)."""

NO_WORKSHOP_PAGES = frozenset({"overview", "reports", "sync", "conflicts"})
"""The pages whose class says `needs_workshop = False` (shown while no workshop is open)."""


def page_id_of(entry: str) -> str:
    """The page id of a PAGE_CLASSES entry (its module's last name)."""
    return entry.split(":", 1)[0].rsplit(".", 1)[-1]


def page_ids() -> list[str]:
    """The ids of every registered page, in navigation order (imports nothing)."""
    return [page_id_of(entry) for entry in PAGE_CLASSES]


def page_title(page_id: str) -> str:
    """A page's name in the navigation, in the current language, without importing its module."""
    from PySide6.QtCore import QCoreApplication

    entry = next(entry for entry in PAGE_CLASSES if page_id_of(entry) == page_id)
    return QCoreApplication.translate(entry.rsplit(":", 1)[1], TITLES[page_id])


def needs_workshop(page_id: str) -> bool:
    """Whether a page shows one workshop (its class's `needs_workshop`), without importing it."""
    return page_id not in NO_WORKSHOP_PAGES


def load_page_class(entry: str) -> type[Page]:
    """Import the class of a PAGE_CLASSES entry and check its page_id matches the module."""
    module_name, class_name = entry.split(":", 1)
    cls: type[Page] = getattr(importlib.import_module(module_name), class_name)
    if cls.page_id != page_id_of(entry):
        raise TypeError(f"{entry}: page_id is {cls.page_id!r}, expected {page_id_of(entry)!r}")
    return cls
