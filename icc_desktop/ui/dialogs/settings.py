"""The settings dialog: the language and the theme."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.ui.i18n import language_labels
from icc_desktop.ui.settings import LANGUAGE, THEME, Settings
from icc_desktop.ui.theme import style_role, theme_labels


class SettingsDialog(QDialog):
    """Pick the language and the theme; the window applies them when the dialog is accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        self.language = QComboBox()
        for code, text in language_labels().items():
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.theme = QComboBox()
        for code, text in theme_labels().items():
            self.theme.addItem(text, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(THEME))))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Theme"), self.theme)
        for field in (self.language, self.theme):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                field.setAccessibleName(label.text().replace("&", ""))
        note = QLabel(self.tr("A light theme reads best on most projectors."))
        style_role(note, "hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """The language code picked ("system", "en", "fr", "de")."""
        return str(self.language.currentData())

    def chosen_theme(self) -> str:
        """The theme picked ("system", "light", "dark")."""
        return str(self.theme.currentData())
