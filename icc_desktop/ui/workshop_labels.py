"""Translated labels the workshop pages add to `icc_desktop.ui.labels`: the 2×2 quadrants, need labels."""

from __future__ import annotations

# The words themselves are in the Qt-free `icc_desktop.vocabulary`, shared with the exports.


def quadrants() -> dict[str, str]:
    """Quadrant code → label in the current language."""
    from icc_desktop.ui.i18n import current_language
    from icc_desktop.vocabulary import quadrant_names

    return quadrant_names(current_language())


def quadrant_label(code: str | None) -> str:
    """The label of a quadrant code ("" for None)."""
    return quadrants().get(code, code) if code else ""


def need_label(number: int) -> str:
    """A need's short label from its number in the workshop ("N3"), the same in every view."""
    from icc_desktop.ui.i18n import current_language
    from icc_desktop.vocabulary import need_label as label

    return label(number, current_language())


def need_caption(number: int, title: str) -> str:
    """A need's short label with its title ("N3 · Open data portal"), for legends and tooltips."""
    return f"{need_label(number)} · {title}"
