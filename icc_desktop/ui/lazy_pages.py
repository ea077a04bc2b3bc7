"""The main window's pages, each built the first time something asks for it.

`MainWindow.pages` maps every page id of the registry (`ui/pages/__init__.py`), in navigation
order, to its page; reading an entry builds that page then (its module imported, its widgets
made, its data read when it shows). The window opens on one page, so start-up builds one page,
not ten. Iterating the ids builds nothing; `built()` gives the pages that exist, which is what
anything that walks the pages without showing them (a language change) must use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from icc_desktop.ui.pages.base import Page


class LazyPages(Mapping[str, "Page"]):
    """Page id → page, in navigation order; `pages[id]` builds the page on first use.

    Empty until `register` names the ids (the window does once a database is open).
    """

    def __init__(self, build: Callable[[str], Page]) -> None:
        self._build = build
        self._ids: list[str] = []
        self._built: dict[str, Page] = {}

    def register(self, page_ids: list[str]) -> None:
        """Name the pages the window has (none built yet)."""
        self._ids = list(page_ids)

    def __getitem__(self, page_id: str) -> Page:
        page = self._built.get(page_id)
        if page is None:
            if page_id not in self._ids:
                raise KeyError(page_id)
            page = self._built[page_id] = self._build(page_id)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._ids

    def is_built(self, page_id: str) -> bool:
        """Whether the page exists already (asking for it with `pages[id]` would build it)."""
        return page_id in self._built

    def built(self) -> dict[str, Page]:
        """The pages built so far, by id (a copy: safe to change the window meanwhile)."""
        return dict(self._built)

    def row(self, page_id: str) -> int:
        """The page's row in the navigation (raises ValueError for an unknown id)."""
        return self._ids.index(page_id)

    def id_at(self, row: int) -> str:
        """The id of the page in a row of the navigation."""
        return self._ids[row]

    def clear(self) -> None:
        """Forget every page (the caller removes the built ones from the window first)."""
        self._ids = []
        self._built.clear()
