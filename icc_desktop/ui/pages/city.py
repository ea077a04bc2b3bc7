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

from PySide6.QtCore import QDate, QLocale, Qt, Signal
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
from icc_desktop.ui.i18n import date_format
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


class _FormSection(QGroupBox):
    """A titled form whose fields each carry an error line; a committed field emits its name and value."""

    sig_field_committed = Signal(str, object)
    """The user left (or picked a value in) a field: its name and its new value."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.errors: dict[str, FieldError] = {}
        """Field name → the error line under it."""

    def _add(self, text: str, field: QWidget, name: str) -> None:
        box, error = with_error(field)
        self.form.addRow(text, box)
        label = self.form.labelForField(box)
        if isinstance(label, QLabel):
            label.setBuddy(field)  # the &-shortcut of the label moves the cursor to the field
        field.setAccessibleName(text.replace("&", ""))
        self.errors[name] = error

    def _commit_on_leave(self, name: str, edit: QLineEdit) -> None:
        edit.editingFinished.connect(lambda: self.sig_field_committed.emit(name, edit.text()))

    def _commit_on_pick(self, name: str, combo: QComboBox) -> None:
        combo.activated.connect(lambda: self.sig_field_committed.emit(name, combo.currentData()))

    def _commit_notes(self, name: str, notes: NotesEdit) -> None:
        notes.sig_committed.connect(lambda: self.sig_field_committed.emit(name, notes.toPlainText()))


def _combo(entries: Any) -> QComboBox:
    """A combo of (code, text) entries."""
    combo = QComboBox()
    for code, text in entries:
        combo.addItem(text, code)
    return combo


def _select(combo: QComboBox, code: Any) -> None:
    index = combo.findData(code)
    if index < 0 and code is not None:  # a value from a newer app or another list: still show it
        combo.addItem(str(code), code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _set_notes(field: NotesEdit, text: str) -> None:
    if field.toPlainText() != text:
        field.setPlainText(text)


class CityProfileSection(_FormSection):
    """The city's profile: name, country, region, population, edition, role and notes.

    The population is parsed by the page (`population.editingFinished`), which says what is wrong with it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("City profile"), parent)
        self.name = QLineEdit()
        self.country = _combo((code, text) for text, code in labels.country_choices())
        self.region = QLineEdit()
        self.population = QLineEdit()
        self.population.setPlaceholderText(self.tr("e.g. 297000"))
        self.edition = _combo(labels.editions().items())
        self.role = _combo(labels.city_roles().items())
        self.notes = NotesEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Context worth knowing before the workshop"))
        self._add(self.tr("&Name"), self.name, "name")
        self._add(self.tr("C&ountry"), self.country, "country")
        self._add(self.tr("&Region"), self.region, "region")
        self._add(self.tr("&Population"), self.population, "population")
        self._add(self.tr("&Edition"), self.edition, "edition")
        self._add(self.tr("Ro&le in the challenge"), self.role, "role")
        self._add(self.tr("Notes"), self.notes, "notes")
        self._commit_on_leave("name", self.name)
        self._commit_on_pick("country", self.country)
        self._commit_on_leave("region", self.region)
        self._commit_on_pick("edition", self.edition)
        self._commit_on_pick("role", self.role)
        self._commit_notes("notes", self.notes)

    def show_city(self, city: Any) -> None:
        """Show a city's stored profile."""
        self.name.setText(city.name)
        _select(self.country, city.country)
        self.region.setText(city.region)
        self.population.setText("" if city.population is None else QLocale().toString(city.population))
        _select(self.edition, city.edition)
        _select(self.role, city.role)
        _set_notes(self.notes, city.notes)


class WorkshopDetailsSection(_FormSection):
    """The workshop's details: title, date, venue, facilitator, status, framework, horizon, dots and notes.

    The date is committed by the page (typed: on leaving the field; picked in the calendar: at once).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workshop"), parent)
        self.title_edit = QLineEdit()  # not `title`: QGroupBox.title() is the box's caption
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.venue = QLineEdit()
        self.facilitator = QLineEdit()
        self.status = _combo(labels.workshop_statuses().items())
        self.framework = QComboBox()
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 15)
        self.horizon.setKeyboardTracking(False)
        self.horizon.setSuffix(self.tr(" years"))
        self.dots = QSpinBox()
        self.dots.setRange(1, 50)
        self.dots.setKeyboardTracking(False)
        self.notes = NotesEdit()
        self.notes.setTabChangesFocus(True)
        for text, field, name in (
                (self.tr("&Title"), self.title_edit, "title"), (self.tr("&Date"), self.date_edit, "date"),
                (self.tr("&Venue"), self.venue, "venue"), (self.tr("&Facilitator"), self.facilitator, "facilitator"),
                (self.tr("&Status"), self.status, "status"), (self.tr("Fra&mework"), self.framework, "framework_id"),
                (self.tr("Roadmap &horizon"), self.horizon, "horizon_years"),
                (self.tr("Dots per partic&ipant"), self.dots, "dots_per_participant"),
                (self.tr("Notes"), self.notes, "notes")):
            self._add(text, field, name)
        for name, edit in (("title", self.title_edit), ("venue", self.venue), ("facilitator", self.facilitator)):
            self._commit_on_leave(name, edit)
        self._commit_on_pick("status", self.status)
        self._commit_on_pick("framework_id", self.framework)
        self.horizon.valueChanged.connect(lambda v: self.sig_field_committed.emit("horizon_years", v))
        self.dots.valueChanged.connect(lambda v: self.sig_field_committed.emit("dots_per_participant", v))
        self._commit_notes("notes", self.notes)

    def show_workshop(self, workshop: Any, frameworks: list[Any], locked: bool) -> None:
        """Show a workshop's stored details; `locked`: its framework cannot change (answers exist)."""
        self.title_edit.setText(workshop.title)
        self.date_edit.setDate(QDate(workshop.date.year, workshop.date.month, workshop.date.day))
        self.venue.setText(workshop.venue)
        self.facilitator.setText(workshop.facilitator)
        _select(self.status, workshop.status)
        self.framework.clear()
        for framework in frameworks:
            self.framework.addItem(labels.framework_name(framework), framework.id)
        _select(self.framework, workshop.framework_id)
        self.framework.setEnabled(not locked)
        self.framework.setToolTip(
            self.tr("The framework cannot change once the assessment has answers.") if locked else "")
        self.horizon.setValue(workshop.horizon_years)
        self.dots.setValue(workshop.dots_per_participant)
        _set_notes(self.notes, workshop.notes)


class CityPage(Page):
    """City profile and workshop details of the open workshop."""

    page_id = "city"
    tables = frozenset({"city", "workshop", "response"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self._city_id: str | None = None
        self._savers: list[Callable[[], None]] = []
        header, self._title, self._hint = page_header(self.tr("City and workshop"))
        self.city_section, self.workshop_section = CityProfileSection(), WorkshopDetailsSection()
        self._errors: dict[tuple[str, str], FieldError] = {
            **{("city", name): error for name, error in self.city_section.errors.items()},
            **{("workshop", name): error for name, error in self.workshop_section.errors.items()}}
        self._name_parts()
        self.city_section.sig_field_committed.connect(lambda name, value: self._save("city", name, value))
        self.workshop_section.sig_field_committed.connect(lambda name, value: self._save("workshop", name, value))
        self.population.editingFinished.connect(self._save_population)
        self.date_edit.editingFinished.connect(self._save_date)
        # A date picked in the calendar pop-up commits at once; typing commits on leaving the field.
        self.date_edit.calendarWidget().clicked.connect(self._date_picked)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.city_section, 1)
        columns.addWidget(self.workshop_section, 1)
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

    def _name_parts(self) -> None:
        """The sections' fields under the names the page's methods (and tests) use."""
        city, workshop = self.city_section, self.workshop_section
        self.city_name, self.country, self.region, self.population = city.name, city.country, city.region, city.population
        self.edition, self.city_role, self.city_notes = city.edition, city.role, city.notes
        self.title_edit, self.date_edit, self.venue = workshop.title_edit, workshop.date_edit, workshop.venue
        self.facilitator, self.status, self.framework = workshop.facilitator, workshop.status, workshop.framework
        self.horizon, self.dots, self.workshop_notes = workshop.horizon, workshop.dots, workshop.notes

    def title(self) -> str:
        return self.tr("City")

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
            self.city_section.show_city(city)
            self.workshop_section.show_workshop(workshop, list_frameworks(self.context.db),
                                                has_responses(self.context.db, workshop_id))
        finally:
            self._loading = False
        for error in self._errors.values():
            error.clear_message()

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
