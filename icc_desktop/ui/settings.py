"""The app's settings, declared once (key, type, default) over QSettings, versioned.

Tests pass an in-memory store (`Settings.in_memory()`), so they never touch the user's profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from icc_desktop import APP_ID, config

T = TypeVar("T")

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting."""

    key: str
    type: type[T]
    default: T


LANGUAGE = Setting("ui/language", str, "system")  # "system", "en", "fr", "de"
THEME = Setting("ui/theme", str, "system")  # "system", "light", "dark"
ZOOM = Setting("ui/zoom", float, 1.0)  # View ▸ Zoom: the system font size times this
RECENT_DATABASES = Setting("files/recent_databases", list, [])
LAST_WORKSHOP = Setting("session/last_workshop", str, "")
LAST_DATABASE = Setting("session/last_database", str, "")  # the file LAST_WORKSHOP is in; reopened at start
WINDOW_GEOMETRY = Setting("ui/window_geometry", bytes, b"")
PRESENTER_FONT_SCALE = Setting("presenter/font_scale", float, 1.0)
SESSION_TIMER_MINUTES = Setting("presenter/timer_minutes", int, 10)
DEMO_OFFERED = Setting("session/demo_offered", bool, False)  # older versions: the first start filled the demo
LAST_PAGE = Setting("session/last_page", str, "overview")
LAST_EXPORT_DIR = Setting("files/last_export_dir", str, "")  # where the last export was saved
OPEN_EXPORTS = Setting("files/open_exports", bool, True)  # open each exported file when ready
SYNC_ALLOW_HTTP = Setting("sync/allow_insecure_http", bool, False)  # plain HTTP to a non-loopback server

MAX_RECENT = 8


class _MemoryStore:
    """A dict with the QSettings methods the app uses."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802 — QSettings' name
        self._values[key] = value

    def remove(self, key: str) -> None:
        self._values.pop(key, None)

    def sync(self) -> None:
        """Nothing to write."""


class Settings:
    """Typed access to the settings store."""

    def __init__(self, store: QSettings | _MemoryStore) -> None:
        self._store = store
        if self._store.value("meta/version") is None:
            self._store.setValue("meta/version", SETTINGS_VERSION)

    @classmethod
    def user(cls) -> Settings:
        """The user's settings (INI format, the same on every OS)."""
        path = config.settings_file()  # ICC_DESKTOP_HOME keeps the settings beside the data too
        if path is not None:
            return cls(QSettings(str(path), QSettings.Format.IniFormat))
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ICC", APP_ID))

    @classmethod
    def in_memory(cls) -> Settings:
        """Settings that live only as long as this object (tests, screenshots)."""
        return cls(_MemoryStore())

    def get(self, setting: Setting[T]) -> T:
        """The stored value, converted to the declared type; the default if absent or unusable."""
        raw = self._store.value(setting.key, None)
        if raw is None:
            return setting.default
        try:
            if setting.type is list:
                return list(raw) if isinstance(raw, list | tuple) else [raw]  # type: ignore[return-value]
            if setting.type is bytes and isinstance(raw, QByteArray):  # other values: bytes(raw) below
                return bytes(raw.data())  # type: ignore[return-value]
            if setting.type is bool and isinstance(raw, str):  # INI files store "true" / "false"
                return raw.strip().lower() in ("true", "1", "yes")  # type: ignore[return-value]
            return setting.type(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value."""
        self._store.setValue(setting.key, value)

    def add_recent_database(self, path: str) -> None:
        """Put a database at the top of the recent list."""
        recent = [p for p in self.get(RECENT_DATABASES) if p != path]
        self.set(RECENT_DATABASES, [path, *recent][:MAX_RECENT])
