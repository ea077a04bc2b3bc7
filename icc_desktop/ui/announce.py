"""Live regions: tell screen readers about a message that appeared or a state that changed.

Qt (6.8+) sends a `QAccessibleAnnouncementEvent` to the platform's accessibility bridge (on
Linux an AT-SPI `announcement`, on Windows a UI Automation notification, on macOS an
announcement request), so Orca, NVDA or VoiceOver read it without moving the focus: "polite"
waits for the reader to finish, "assertive" (refusals, failures) interrupts it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    """Every announcement also goes out as a signal, so the status bar's history and tests see it."""

    sig_announced = Signal(str, bool)
    """Text announced, and whether it was assertive (an alert)."""


_announcer: Announcer | None = None


def announcer() -> Announcer:
    """The application's one announcer."""
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers read `text`, said by `widget` (a refusal: assertive; a state: polite)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    announcer().sig_announced.emit(text, assertive)
