"""The main window's pages, registered in ONE list, in the order of the method.

Each entry is "module:Class". The module's last name is the page id (`icc-desktop screenshot
--page ID`, the navigation, View ▸ Go to); the class's `page_id` must match it. Modules are
imported only when the window builds its pages, after the database is open, so the window can
show before the data layer (SQLAlchemy) has loaded.
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
"""Every page, in navigation order. Add a page here and only here."""


def page_id_of(entry: str) -> str:
    """The page id of a PAGE_CLASSES entry (its module's last name)."""
    return entry.split(":", 1)[0].rsplit(".", 1)[-1]


def page_ids() -> list[str]:
    """The ids of every registered page, in navigation order (imports nothing)."""
    return [page_id_of(entry) for entry in PAGE_CLASSES]


def load_page_class(entry: str) -> type[Page]:
    """Import the class of a PAGE_CLASSES entry and check its page_id matches the module."""
    module_name, class_name = entry.split(":", 1)
    cls: type[Page] = getattr(importlib.import_module(module_name), class_name)
    if cls.page_id != page_id_of(entry):
        raise TypeError(f"{entry}: page_id is {cls.page_id!r}, expected {page_id_of(entry)!r}")
    return cls
