"""Translated labels the workshop pages add to `icc_desktop.ui.labels`: the 2×2 quadrants, need labels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The codes are `icc_desktop.services.ranking.Quadrant` values (repeated: no core import here).
_QUADRANTS = {
    "quick_win": QT_TRANSLATE_NOOP("labels", "Quick wins"),
    "major_project": QT_TRANSLATE_NOOP("labels", "Major projects"),
    "fill_in": QT_TRANSLATE_NOOP("labels", "Fill-ins"),
    "thankless_task": QT_TRANSLATE_NOOP("labels", "Thankless tasks"),
}


def quadrants() -> dict[str, str]:
    """Quadrant code → label in the current language."""
    return {code: QCoreApplication.translate("labels", text) for code, text in _QUADRANTS.items()}


def quadrant_label(code: str | None) -> str:
    """The label of a quadrant code ("" for None)."""
    return quadrants().get(code, code) if code else ""


def need_label(number: int) -> str:
    """A need's short label from its number in the workshop ("N3"), the same in every view."""
    return QCoreApplication.translate("labels", "N%1").replace("%1", str(number))


def need_caption(number: int, title: str) -> str:
    """A need's short label with its title ("N3 · Open data portal"), for legends and tooltips."""
    return f"{need_label(number)} · {title}"
