"""French and German translations: complete, consistent with the sources, and switchable in Settings."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from icc_desktop.store.db import Database
from icc_desktop.ui.dialogs.settings import SettingsDialog
from icc_desktop.ui.i18n import install_translations
from icc_desktop.ui.settings import LANGUAGE, THEME
from icc_desktop.ui.theme import is_dark
from tests.ui.shell_support import app_look_kept, first_workshop_id, open_window

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d|<[^>]+>")
ACCELERATOR = re.compile(r"&[^\s&]")  # "&File"; "Needs & priorities" has none


def _messages(path: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of every message of a .ts file."""
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            result.append((name, message.findtext("source") or "", forms, translation.get("type") != "unfinished"))
    return result


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every string the UI code translates today (pyside6-lupdate on a fresh file)."""
    out = tmp_path_factory.mktemp("ts") / "now.ts"
    sources = sorted(str(p) for p in (ROOT / "icc_desktop" / "ui").rglob("*.py"))
    subprocess.run([str(Path(sys.executable).with_name("pyside6-lupdate")), *sources, "-ts", str(out)],
                   check=True, capture_output=True)
    return {(c, s) for c, s, _, _ in _messages(out)}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_translation_is_complete_and_keeps_placeholders(language: str, current_sources) -> None:
    """Every UI string has a finished translation that keeps its placeholders, markup and plural forms."""
    messages = _messages(TS_DIR / f"icc_desktop_{language}.ts")
    assert {(c, s) for c, s, _, _ in messages} >= current_sources, "run tools/update_translations.py"
    for context, source, forms, finished in messages:
        where = f"{language} {context}: {source!r}"
        assert finished and all(f.strip() or not source.strip() for f in forms), f"untranslated: {where}"
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)) or "%n" in source, where
            assert bool(ACCELERATOR.search(form.replace("&&", ""))) == bool(ACCELERATOR.search(source.replace("&&", ""))), \
                f"accelerator: {where}"


def test_english_plural_forms(current_sources) -> None:
    """English, the source language, gives "1 participant" / "2 participants" for every plural message."""
    english = ET.parse(TS_DIR / "icc_desktop_en.ts").getroot()
    forms = {(m.findtext("source") or ""): [f.text or "" for f in m.iter("numerusform")] for m in english.iter("message")}
    plural_sources = {s for _, s in current_sources if "%n" in s or "%Ln" in s}
    assert plural_sources <= set(forms), "run tools/update_translations.py"
    assert forms["%n participant(s)"] == ["%n participant", "%n participants"]
    assert all(len(f) == 2 and all(f) for f in forms.values())


@pytest.fixture
def built_translations() -> None:
    """The .qm files (make builds them; built here when a test runs without make)."""
    for language in ("en", "fr", "de"):
        ts, qm = TS_DIR / f"icc_desktop_{language}.ts", TS_DIR / f"icc_desktop_{language}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent", str(ts), "-qm", str(qm)],
                           check=True)


def test_settings_switch_language_and_theme(qtbot, demo_db: Database, monkeypatch, built_translations) -> None:
    """Choosing French then German in Settings relabels the window at once; the dark theme darkens it."""
    window = open_window(qtbot, demo_db, first_workshop_id(demo_db), page="participants")
    choices = iter([("fr", "dark"), ("de", "dark"), ("en", "light")])

    def fake_exec(dialog: SettingsDialog) -> int:
        language, theme = next(choices)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    with app_look_kept():
        try:
            window.show_settings()
            assert window.settings.get(LANGUAGE) == "fr" and window.settings.get(THEME) == "dark" and is_dark()
            assert window.file_menu.title() == "&Fichier"
            assert window.navigation.item(0).text() == "Vue d’ensemble"
            assert window.current_page() is window.pages["participants"]  # the same page, rebuilt
            assert window.pages["participants"].model.headerData(0, Qt.Orientation.Horizontal) == "Nom"  # type: ignore[attr-defined]
            window.show_settings()
            assert window.edit_menu.title() == "&Bearbeiten" and window.navigation.item(0).text() == "Übersicht"
            window.show_settings()
            assert window.file_menu.title() == "&File" and not is_dark()
        finally:
            install_translations("en")


def test_dates_and_numbers_follow_the_ui_language_in_european_form(qapp, built_translations) -> None:
    """English writes 12/08/2025 (not US 8/12/25), French 12/08/2025 with a decimal comma, German 12.08.2025
    (a four-digit year, as German readers expect: Qt's own short form writes 12.08.25)."""
    import datetime as dt

    from icc_desktop.ui.i18n import date_text, date_time_text
    from icc_desktop.ui.models.records import money_text
    from tests.ui.shell_support import ui_language

    with ui_language("en"):
        assert date_text(dt.date(2025, 8, 12)) == "12/08/2025"
        assert money_text(25000) == "25,000 €"
    with ui_language("fr"):
        assert date_text(dt.date(2025, 8, 12)) == "12/08/2025"
        assert money_text(25000).replace("\u202f", " ").replace("\u00a0", " ") == "25 000 €"
    with ui_language("de"):
        assert date_text(dt.date(2025, 8, 12)) == "12.08.2025"
        assert date_time_text(dt.datetime(2025, 8, 12, 14, 5)) == "12.08.2025 14:05"
        assert money_text(25000) == "25.000 €"
