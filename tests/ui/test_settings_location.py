"""ICC_DESKTOP_HOME keeps the settings beside the data, so a portable or test home is self-contained."""

from __future__ import annotations

from pathlib import Path

from icc_desktop.ui.settings import LAST_PAGE, Settings


def test_settings_live_under_icc_desktop_home(tmp_path: Path, monkeypatch) -> None:
    """With ICC_DESKTOP_HOME set, the user's settings are written to HOME/settings/icc-desktop.ini."""
    monkeypatch.setenv("ICC_DESKTOP_HOME", str(tmp_path))
    settings = Settings.user()
    settings.set(LAST_PAGE, "needs")
    settings._store.sync()  # type: ignore[union-attr]
    written = tmp_path / "settings" / "icc-desktop.ini"
    assert "last_page=needs" in written.read_text(encoding="utf-8")
    assert Settings.user().get(LAST_PAGE) == "needs"
