"""Dialogs that create a city or a workshop (each one undoable step).

The dialog stays open when the services refuse an entry, with the reason under the field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import ValidationError
from icc_desktop.ui import commands, labels
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import FieldError, with_error
from icc_desktop.ui.i18n import date_format


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


def _show_problems(errors: dict[str, FieldError], exc: ValidationError) -> None:
    unplaced = []
    for where, message in exc.fields.items():
        if where in errors:
            errors[where].show_message(_sentence(message))
        else:
            unplaced.append(f"{where}: {message}" if where else message)
    if unplaced:  # a rule on a field this dialog has no editor for: say it under the first field
        next(iter(errors.values())).show_message("\n".join(unplaced))


class NewCityDialog(QDialog):
    """Add a city: its name, country, edition and role in the challenge."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.city_id: str | None = None
        self.setWindowTitle(self.tr("New city"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("City name"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        for text, code in labels.country_choices():
            self.country.addItem(text, code)
        self.country.setCurrentIndex(-1)
        self.country.setPlaceholderText(self.tr("Choose the country"))
        self.edition = QComboBox()
        for code, text in labels.editions().items():
            self.edition.addItem(text, code)
        self.edition.setCurrentIndex(self.edition.count() - 1)  # new cities join the current edition
        self.role = QComboBox()
        for code, text in labels.city_roles().items():
            self.role.addItem(text, code)
        form = QFormLayout()
        self.errors: dict[str, FieldError] = {}
        for text, field, name in (
            (self.tr("&Name"), self.name, "name"),
            (self.tr("C&ountry"), self.country, "country"),
            (self.tr("&Edition"), self.edition, "edition"),
            (self.tr("&Role"), self.role, "role"),
        ):
            box, self.errors[name] = with_error(field)
            form.addRow(text, box)
            label = form.labelForField(box)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add city"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Create the city; stay open and say why if it is refused."""
        from icc_desktop.models import City

        for error in self.errors.values():
            error.clear_message()
        try:
            city = commands.create_row(
                self.context, City, text=self.tr("Add city"), name=self.name.text(),
                country=self.country.currentData() or "", edition=self.edition.currentData(),
                role=self.role.currentData(),
            )
        except ValidationError as exc:
            _show_problems(self.errors, exc)
            return
        self.city_id = city.id
        super().accept()


class NewWorkshopDialog(QDialog):
    """Add a workshop for a city (or a new city): title, date and framework."""

    def __init__(self, context: AppContext, city_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workshop_id: str | None = None
        self.setWindowTitle(self.tr("New workshop"))
        self.setMinimumWidth(520)
        self.city = QComboBox()
        self.city.setAccessibleName(self.tr("City"))
        self.new_city = QPushButton(self.tr("New &city…"))
        self.new_city.clicked.connect(self._add_city)
        self.title_edit = QLineEdit(self.tr("Needs assessment workshop"))
        self.title_edit.setAccessibleName(self.tr("Workshop title"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.framework = QComboBox()
        self.framework.setAccessibleName(self.tr("Assessment framework"))
        self._fill(city_id)

        city_row = QWidget()
        city_layout = QHBoxLayout(city_row)
        city_layout.setContentsMargins(0, 0, 0, 0)
        city_layout.addWidget(self.city, 1)
        city_layout.addWidget(self.new_city)
        form = QFormLayout()
        self.errors: dict[str, FieldError] = {}
        for text, field, name in (
            (self.tr("C&ity"), city_row, "city_id"),
            (self.tr("&Title"), self.title_edit, "title"),
            (self.tr("&Date"), self.date_edit, "date"),
            (self.tr("&Framework"), self.framework, "framework_id"),
        ):
            box, self.errors[name] = with_error(field)
            form.addRow(text, box)
            label = form.labelForField(box)
            if isinstance(label, QLabel):
                label.setBuddy(self.city if field is city_row else field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create workshop"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill(self, city_id: str | None) -> None:
        from icc_desktop.services.cities import list_cities, list_frameworks
        from icc_desktop.services.workshops import default_framework_id

        self.city.clear()
        for city in list_cities(self.context.db):
            self.city.addItem(f"{city.name} ({city.country})", city.id)
        self.city.setCurrentIndex(self.city.findData(city_id) if city_id else -1)
        self.city.setPlaceholderText(self.tr("Choose a city, or add a new one"))
        if self.framework.count() == 0:
            for framework in list_frameworks(self.context.db):
                self.framework.addItem(labels.framework_name(framework), framework.id)
            self.framework.setCurrentIndex(max(0, self.framework.findData(default_framework_id(self.context.db))))

    def _add_city(self) -> None:
        dialog = NewCityDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill(dialog.city_id)

    def values(self) -> dict[str, Any]:
        """What the workshop will be created with."""
        date = self.date_edit.date()
        return {
            "city_id": self.city.currentData(),
            "title": self.title_edit.text(),
            "date": dt.date(date.year(), date.month(), date.day()),
            "framework_id": self.framework.currentData(),
        }

    def accept(self) -> None:
        """Create the workshop; stay open and say why if it is refused."""
        for error in self.errors.values():
            error.clear_message()
        values = self.values()
        if values["city_id"] is None:
            self.errors["city_id"].show_message(self.tr("Choose the city, or add a new one."))
            return
        try:
            workshop = commands.create_workshop(self.context, **values)
        except ValidationError as exc:
            _show_problems(self.errors, exc)
            return
        self.workshop_id = workshop.id
        super().accept()
