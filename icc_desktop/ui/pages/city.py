"""The city page: the city's profile and the workshop's details, saved field by field.

Every field saves when the user leaves it (or picks a value), through an undoable command. An
entry the services refuse stays in the field, framed red, with the reason under it; nothing is
written until it is fixed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import NotFoundError, ValidationError
from icc_desktop.ui import commands, labels
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import FieldError, NotesEdit, page_header, with_error
from icc_desktop.ui.pages.base import Page


def parse_population(text: str) -> int | None:
    """A population typed with or without group separators ("297 000", "297,000"); "" is unknown.

    Raises ValueError for anything that is not a whole number.
    """
    cleaned = re.sub(r"[\s\u00a0\u202f,.'’]", "", text)
    if not cleaned:
        return None
    if not re.fullmatch(r"-?\d+", cleaned):
        raise ValueError(text)
    return int(cleaned)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]


class CityPage(Page):
    """City profile and workshop details of the open workshop."""

    page_id = "city"
    tables = frozenset({"city", "workshop", "response"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self._city_id: str | None = None
        self._errors: dict[tuple[str, str], FieldError] = {}
        self._savers: list[Callable[[], None]] = []

        header, self._title, self._hint = page_header(self.tr("City and workshop"))
        city_box = QGroupBox(self.tr("City profile"))
        workshop_box = QGroupBox(self.tr("Workshop"))
        city_form = QFormLayout(city_box)
        workshop_form = QFormLayout(workshop_box)
        for form in (city_form, workshop_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        # --- city ------------------------------------------------------------------------
        self.city_name = QLineEdit()
        self.country = QComboBox()
        codes = self._country_codes()
        entries = sorted(((labels.country_name(c), c) for c in codes), key=lambda e: e[0].casefold())
        for name, code in entries:
            self.country.addItem(f"{name} ({code})", code)
        self.region = QLineEdit()
        self.population = QLineEdit()
        self.population.setPlaceholderText(self.tr("e.g. 297000"))
        self.edition = QComboBox()
        for code, text in labels.editions().items():
            self.edition.addItem(text, code)
        self.city_role = QComboBox()
        for code, text in labels.city_roles().items():
            self.city_role.addItem(text, code)
        self.city_notes = NotesEdit()
        self.city_notes.setTabChangesFocus(True)
        self.city_notes.setPlaceholderText(self.tr("Context worth knowing before the workshop"))

        self._add(city_form, self.tr("&Name"), self.city_name, "city", "name")
        self._add(city_form, self.tr("C&ountry"), self.country, "city", "country")
        self._add(city_form, self.tr("&Region"), self.region, "city", "region")
        self._add(city_form, self.tr("&Population"), self.population, "city", "population")
        self._add(city_form, self.tr("&Edition"), self.edition, "city", "edition")
        self._add(city_form, self.tr("Ro&le in the challenge"), self.city_role, "city", "role")
        self._add(city_form, self.tr("Notes"), self.city_notes, "city", "notes")

        # --- workshop --------------------------------------------------------------------
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.venue = QLineEdit()
        self.facilitator = QLineEdit()
        self.status = QComboBox()
        for code, text in labels.workshop_statuses().items():
            self.status.addItem(text, code)
        self.framework = QComboBox()
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 15)
        self.horizon.setKeyboardTracking(False)
        self.horizon.setSuffix(self.tr(" years"))
        self.dots = QSpinBox()
        self.dots.setRange(1, 50)
        self.dots.setKeyboardTracking(False)
        self.workshop_notes = NotesEdit()
        self.workshop_notes.setTabChangesFocus(True)

        self._add(workshop_form, self.tr("&Title"), self.title_edit, "workshop", "title")
        self._add(workshop_form, self.tr("&Date"), self.date_edit, "workshop", "date")
        self._add(workshop_form, self.tr("&Venue"), self.venue, "workshop", "venue")
        self._add(workshop_form, self.tr("&Facilitator"), self.facilitator, "workshop", "facilitator")
        self._add(workshop_form, self.tr("&Status"), self.status, "workshop", "status")
        self._add(workshop_form, self.tr("Fra&mework"), self.framework, "workshop", "framework_id")
        self._add(workshop_form, self.tr("Roadmap &horizon"), self.horizon, "workshop", "horizon_years")
        self._add(workshop_form, self.tr("Dots per partic&ipant"), self.dots, "workshop", "dots_per_participant")
        self._add(workshop_form, self.tr("Notes"), self.workshop_notes, "workshop", "notes")

        # --- saving: each field commits on its own ----------------------------------------
        self.city_name.editingFinished.connect(lambda: self._save("city", "name", self.city_name.text()))
        self.country.activated.connect(lambda: self._save("city", "country", self.country.currentData()))
        self.region.editingFinished.connect(lambda: self._save("city", "region", self.region.text()))
        self.population.editingFinished.connect(self._save_population)
        self.edition.activated.connect(lambda: self._save("city", "edition", self.edition.currentData()))
        self.city_role.activated.connect(lambda: self._save("city", "role", self.city_role.currentData()))
        self.city_notes.sig_committed.connect(
            lambda: self._save("city", "notes", self.city_notes.toPlainText()))
        self.title_edit.editingFinished.connect(lambda: self._save("workshop", "title", self.title_edit.text()))
        self.date_edit.editingFinished.connect(self._save_date)
        # A date picked in the calendar pop-up commits at once; typing commits on leaving the field.
        self.date_edit.calendarWidget().clicked.connect(self._date_picked)
        self.venue.editingFinished.connect(lambda: self._save("workshop", "venue", self.venue.text()))
        self.facilitator.editingFinished.connect(
            lambda: self._save("workshop", "facilitator", self.facilitator.text()))
        self.status.activated.connect(lambda: self._save("workshop", "status", self.status.currentData()))
        self.framework.activated.connect(
            lambda: self._save("workshop", "framework_id", self.framework.currentData()))
        self.horizon.valueChanged.connect(lambda v: self._save("workshop", "horizon_years", v))
        self.dots.valueChanged.connect(lambda v: self._save("workshop", "dots_per_participant", v))
        self.workshop_notes.sig_committed.connect(
            lambda: self._save("workshop", "notes", self.workshop_notes.toPlainText()))

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(city_box, 1)
        columns.addWidget(workshop_box, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(columns)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)

    def title(self) -> str:
        return self.tr("City")

    # --- building ----------------------------------------------------------------------------

    @staticmethod
    def _country_codes() -> list[str]:
        from icc_desktop.resources import load_json

        return list(load_json("countries.json"))

    def _add(self, form: QFormLayout, text: str, field: QWidget, table: str, name: str) -> None:
        box, error = with_error(field)
        form.addRow(text, box)
        label = form.labelForField(box)
        if isinstance(label, QLabel):
            label.setBuddy(field)  # the &-shortcut of the label moves the cursor to the field
        field.setAccessibleName(text.replace("&", ""))
        self._errors[(table, name)] = error

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        from icc_desktop.services.cities import get_city, has_responses, list_frameworks
        from icc_desktop.services.lookups import get_workshop

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            return
        try:
            workshop = get_workshop(self.context.db, workshop_id)
            city = get_city(self.context.db, workshop.city_id)
        except NotFoundError:
            return  # the workshop was just deleted; the window closes it
        self._city_id = city.id
        self._loading = True
        try:
            self._hint.setText(f"{city.name} · {workshop.title}")
            self.city_name.setText(city.name)
            self._select(self.country, city.country)
            self.region.setText(city.region)
            self.population.setText("" if city.population is None else QLocale().toString(city.population))
            self._select(self.edition, city.edition)
            self._select(self.city_role, city.role)
            self._set_notes(self.city_notes, city.notes)
            self.title_edit.setText(workshop.title)
            self.date_edit.setDate(QDate(workshop.date.year, workshop.date.month, workshop.date.day))
            self.venue.setText(workshop.venue)
            self.facilitator.setText(workshop.facilitator)
            self._select(self.status, workshop.status)
            self.framework.clear()
            for framework in list_frameworks(self.context.db):
                self.framework.addItem(f"{framework.name} ({framework.version})", framework.id)
            self._select(self.framework, workshop.framework_id)
            locked = has_responses(self.context.db, workshop_id)
            self.framework.setEnabled(not locked)
            self.framework.setToolTip(
                self.tr("The framework cannot change once the assessment has answers.") if locked else "")
            self.horizon.setValue(workshop.horizon_years)
            self.dots.setValue(workshop.dots_per_participant)
            self._set_notes(self.workshop_notes, workshop.notes)
        finally:
            self._loading = False
        for error in self._errors.values():
            error.clear_message()

    @staticmethod
    def _select(combo: QComboBox, code: Any) -> None:
        index = combo.findData(code)
        if index < 0 and code is not None:  # a value from a newer app or another list: still show it
            combo.addItem(str(code), code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    @staticmethod
    def _set_notes(field: NotesEdit, text: str) -> None:
        if field.toPlainText() != text:
            field.setPlainText(text)

    # --- saving ------------------------------------------------------------------------------

    def _save(self, table: str, name: str, value: Any) -> bool:
        """Save one field; on refusal show why beside it and write nothing."""
        if self._loading or self.context.workshop_id is None:
            return False
        from icc_desktop.models import City, Workshop

        model, row_id = (City, self._city_id) if table == "city" else (Workshop, self.context.workshop_id)
        if row_id is None:
            return False
        error = self._errors[(table, name)]
        text = self.tr("Edit city") if table == "city" else self.tr("Edit workshop")
        try:
            commands.update_row(self.context, model, row_id, text=text, **{name: value})
        except ValidationError as exc:
            error.show_message(_sentence(exc.fields.get(name) or str(exc)))
            return False
        error.clear_message()
        return True

    def _save_population(self) -> None:
        if self._loading:
            return
        try:
            value = parse_population(self.population.text())
        except ValueError:
            self._errors[("city", "population")].show_message(
                self.tr("Enter the population as a whole number, e.g. 297000."))
            return
        self._save("city", "population", value)

    def _save_date(self) -> None:
        date = self.date_edit.date()
        self._save("workshop", "date", dt.date(date.year(), date.month(), date.day()))

    def _date_picked(self, date: QDate) -> None:
        self._save("workshop", "date", dt.date(date.year(), date.month(), date.day()))
