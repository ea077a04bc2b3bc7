"""Reports: the workshop's strategy document (PDF), Excel workbooks and the assessment template.

Each export asks where to save, runs in the background with a progress dialog that can be
cancelled (a cancelled or failed export leaves no file behind: the exports write atomically),
then opens the file if the user wishes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import DestinationExistsError, ExportCancelled, IccError
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import page_header, set_role
from icc_desktop.ui.i18n import language_labels, resolve_language
from icc_desktop.ui.pages.base import Page
from icc_desktop.ui.problems import error_text
from icc_desktop.ui.progress import run_with_progress
from icc_desktop.ui.settings import LANGUAGE, LAST_EXPORT_DIR, OPEN_EXPORTS
from icc_desktop.ui.workers import Cancelled, Task

if TYPE_CHECKING:
    from icc_desktop.exports.template import Choice, ImportPlan

ExportFn = Callable[[Task, Path], Any]


def safe_file_name(text: str) -> str:
    """`text` made into a file name that works on every OS (no / \\ : * ? " < > |)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    return cleaned[:120] or "workshop"


def _button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side, on the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _explained_box(title: str, text: str) -> tuple[QGroupBox, QVBoxLayout]:
    """A titled box that starts with a wrapped explanation."""
    box = QGroupBox(title)
    label = QLabel(text)
    label.setWordWrap(True)
    layout = QVBoxLayout(box)
    layout.addWidget(label)
    return box, layout


class PdfSection(QGroupBox):
    """The strategy document: its language, page size, whether it is final, and the export button."""

    sig_final_toggled = Signal(bool)
    """The facilitator ticked (or unticked) "Final version"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Strategy document (PDF)"), parent)
        text = QLabel(self.tr(
            "The workshop's results for the city: profile, participants, assessment with the radar "
            "chart, needs and priorities, vision, objectives, actions with their KPIs, and the timeline."))
        text.setWordWrap(True)
        self.language = QComboBox()
        for code, name in language_labels().items():
            if code != "system":
                self.language.addItem(name, code)
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.button = QPushButton(self.tr("Export &PDF…"))
        form = QFormLayout()
        form.addRow(self.tr("&Language of the document"), self.language)
        form.addRow(self.tr("Page si&ze"), self.page_size)
        # The workshop's own flag, saved (undoably) as soon as it is ticked: the document stays a
        # draft, with a DRAFT watermark on every page, until the facilitator says it is final.
        self.final_check = QCheckBox(self.tr("&Final version (no DRAFT watermark)"))
        self.final_check.toggled.connect(self.sig_final_toggled)
        form.addRow("", self.final_check)
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.page_size.setAccessibleName(self.tr("Page size"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addLayout(_button_row(self.button))


class WorkbookSection(QWidget):
    """The workbooks: this workshop or every one in Excel, and the open formats (ODS, CSV)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box, layout = _explained_box(self.tr("Workbook (Excel)"), self.tr(
            "Every table of the workshop on its own sheet, with charts, to analyse further or share "
            "with the ICC team. The second button puts every workshop of this database in one workbook."))
        self.xlsx_button = QPushButton(self.tr("Export this &workshop…"))
        self.xlsx_all_button = QPushButton(self.tr("Export &every workshop…"))
        # open formats for administrations and open-data portals
        self.ods_button = QPushButton(self.tr("Export as &ODS…"))
        self.ods_button.setToolTip(self.tr("This workshop as an OpenDocument spreadsheet"))
        self.csv_button = QPushButton(self.tr("Export as &CSV…"))
        self.csv_button.setToolTip(self.tr("Every workshop as CSV tables in a folder, with a README and a "
                                           "datapackage.json for open-data portals"))
        layout.addStretch(1)
        layout.addLayout(_button_row(self.xlsx_button, self.xlsx_all_button))
        layout.addLayout(_button_row(self.ods_button, self.csv_button))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)


class TemplateSection(QWidget):
    """The assessment template to score on paper or in Excel, and the import of a filled one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box, layout = _explained_box(self.tr("Assessment template (Excel)"), self.tr(
            "A workbook with the questions and their five levels, for groups that score on paper or "
            "in Excel. Import the filled-in file to add their scores to this workshop (the database "
            "is backed up first)."))
        self.template_button = QPushButton(self.tr("Save &template…"))
        self.import_button = QPushButton(self.tr("&Import filled template…"))
        layout.addStretch(1)
        layout.addLayout(_button_row(self.template_button, self.import_button))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)


class AfterExportSection(QWidget):
    """What happens to a file once written: open it, show it in its folder, and what the last export said."""

    def __init__(self, open_after: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_after = QCheckBox(self.tr("&Open each file when it is ready"))
        self.open_after.setChecked(open_after)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        set_role(self.result_label, "hint")
        self.open_button = QPushButton(self.tr("Open &last file"))
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        row = QHBoxLayout()
        row.addWidget(self.open_after)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result_label)


class ReportsPage(Page):
    """Export the open workshop (PDF, Excel, template) or every workshop (Excel)."""

    page_id = "reports"
    tables = frozenset({"workshop", "city"})
    needs_workshop = False  # "every workshop" needs none; the other buttons wait for one

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.last_output: Path | None = None
        header, _title, self._hint = page_header(self.tr("Reports"))
        self.pdf_section, self.workbook_section = PdfSection(), WorkbookSection()
        self.template_section = TemplateSection()
        self.after_section = AfterExportSection(context.settings.get(OPEN_EXPORTS))
        self._name_parts()
        self._connect_sections()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(self.pdf_section, 0, 0)
        grid.addWidget(self.workbook_section, 0, 1)
        grid.addWidget(self.template_section, 1, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(grid)
        layout.addWidget(self.after_section)
        layout.addStretch(1)
        self._update_buttons()

    def _name_parts(self) -> None:
        """The sections' widgets under the names the page's methods (and tests) use."""
        pdf, books, template, after = self.pdf_section, self.workbook_section, self.template_section, self.after_section
        self.pdf_language, self.pdf_page_size, self.pdf_button = pdf.language, pdf.page_size, pdf.button
        self.final_check = pdf.final_check
        self.xlsx_button, self.xlsx_all_button = books.xlsx_button, books.xlsx_all_button
        self.ods_button, self.csv_button = books.ods_button, books.csv_button
        self.template_box = template.box
        self.template_button, self.import_button = template.template_button, template.import_button
        self.open_after, self.result_label = after.open_after, after.result_label
        self.open_button, self.folder_button = after.open_button, after.folder_button

    def _connect_sections(self) -> None:
        settings = self.context.settings
        self.pdf_section.sig_final_toggled.connect(self._set_final)
        for button, slot in ((self.pdf_button, self.choose_pdf), (self.xlsx_button, self.choose_workbook),
                             (self.xlsx_all_button, self.choose_workbook_all), (self.ods_button, self.choose_ods),
                             (self.csv_button, self.choose_csv), (self.template_button, self.choose_template),
                             (self.import_button, self.choose_import)):
            button.clicked.connect(slot)
        self.open_after.toggled.connect(lambda on: settings.set(OPEN_EXPORTS, on))
        self.open_button.clicked.connect(lambda: self.open_file(self.last_output))
        self.folder_button.clicked.connect(lambda: self.open_file(self.last_output.parent if self.last_output
                                                                  else None))

    def title(self) -> str:
        return self.tr("Reports")

    def reload(self) -> None:
        language = resolve_language(self.context.settings.get(LANGUAGE))
        self.pdf_language.setCurrentIndex(max(0, self.pdf_language.findData(language)))
        self._show_final()
        self._hint.setText(self._workshop_name() or self.tr("Open a workshop in the overview to export it."))
        self._update_buttons()

    def _workshop_name(self) -> str:
        if self.context.workshop_id is None:
            return ""
        from icc_desktop.errors import NotFoundError
        from icc_desktop.services.cities import get_city
        from icc_desktop.services.lookups import get_workshop

        try:
            workshop = get_workshop(self.context.db, self.context.workshop_id)
            return f"{get_city(self.context.db, workshop.city_id).name} · {workshop.title}"
        except NotFoundError:
            return ""

    def _show_final(self) -> None:
        from icc_desktop.errors import NotFoundError
        from icc_desktop.services.lookups import get_workshop

        final = False
        if self.context.workshop_id is not None:
            with suppress(NotFoundError):  # the workshop was just deleted: nothing to show
                final = get_workshop(self.context.db, self.context.workshop_id).final
        self.final_check.blockSignals(True)
        self.final_check.setChecked(final)
        self.final_check.blockSignals(False)

    def _set_final(self, final: bool) -> None:
        """Mark the open workshop's document final (or a draft again), undoably."""
        if self.context.workshop_id is None:
            return
        from icc_desktop.models import Workshop
        from icc_desktop.ui import commands

        commands.update_row(self.context, Workshop, self.context.workshop_id,
                            text=self.tr("Mark the document final") if final else self.tr("Mark the document a draft"),
                            final=final)

    def _update_buttons(self) -> None:
        has_workshop = self.context.workshop_id is not None
        self.final_check.setEnabled(has_workshop)
        for button in (self.pdf_button, self.xlsx_button, self.template_button, self.import_button, self.ods_button):
            button.setEnabled(has_workshop)
        self.open_button.setEnabled(self.last_output is not None)
        self.folder_button.setEnabled(self.last_output is not None)

    # --- choosing a file -------------------------------------------------------------------------

    def _ask_path(self, caption: str, name: str, suffix: str, file_filter: str) -> Path | None:
        folder = self.context.settings.get(LAST_EXPORT_DIR) or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / f"{name}{suffix}"), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.context.settings.set(LAST_EXPORT_DIR, str(path.parent))
        return path

    def choose_pdf(self) -> None:
        """Export PDF…: ask where, then export."""
        path = self._ask_path(self.tr("Save the strategy document"), safe_file_name(self._workshop_name()),
                              ".pdf", self.tr("PDF documents (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def choose_workbook(self) -> None:
        """Export this workshop…: ask where, then export."""
        path = self._ask_path(self.tr("Save the workshop's workbook"), safe_file_name(self._workshop_name()),
                              ".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_workbook(path)

    def choose_workbook_all(self) -> None:
        """Export every workshop…: ask where, then export."""
        path = self._ask_path(self.tr("Save every workshop in one workbook"), self.tr("ICC workshops"),
                              ".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_all(path)

    def choose_ods(self) -> None:
        """Export as ODS…: ask where, then export this workshop."""
        path = self._ask_path(self.tr("Save the workshop as an OpenDocument spreadsheet"),
                              safe_file_name(self._workshop_name()), ".ods",
                              self.tr("OpenDocument spreadsheets (*.ods)"))
        if path is not None:
            self.export_ods(path)

    def choose_csv(self) -> None:
        """Export as CSV…: pick a folder, then write every workshop's tables into it."""
        folder = self.context.settings.get(LAST_EXPORT_DIR) or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"), folder)
        if chosen:
            self.context.settings.set(LAST_EXPORT_DIR, chosen)
            self.export_csv(Path(chosen))

    def export_ods(self, path: Path) -> Task:
        """Write the open workshop as an .ods at `path` in the background."""
        from icc_desktop.exports.opendata import export_ods

        db, workshop_id, language = self.context.db, self._require_workshop(), self.pdf_language.currentData()
        return self._run(self.tr("Exporting the spreadsheet…"), path, lambda task: export_ods(
            db, workshop_id, path, progress=lambda done, total: task.progress(done, total, ""),
            cancelled=task.is_cancelled, language=language))

    def export_csv(self, folder: Path, *, replace: bool = False) -> Task:
        """Write every workshop as CSV tables into `folder` in the background; files of the same names
        already there are replaced only once the user agrees (asked when the export finds them)."""
        from icc_desktop.exports.opendata import export_csv

        db, language = self.context.db, self.pdf_language.currentData()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DestinationExistsError) and not replace:
                if self.confirm_replace(exc):
                    self.export_csv(folder, replace=True)
                else:
                    self.result_label.setText(self.tr("Cancelled; no file was written."))
                return
            self._failed(exc)

        return self._run(self.tr("Exporting the CSV tables…"), folder, lambda task: export_csv(
            db, folder, progress=lambda done, total: task.progress(done, total, ""), cancelled=task.is_cancelled,
            language=language, replace=replace), on_error=failed)

    def confirm_replace(self, exc: DestinationExistsError) -> bool:
        """Ask whether to replace the files of the same names the folder already holds."""
        names = ", ".join(exc.files[:5]) + (", …" if len(exc.files) > 5 else "")
        text = self.tr("The folder {folder} already holds files this export writes. Replace %n file(s) ({names})?",
                       "", len(exc.files)).format(folder=exc.folder, names=names)
        answer = QMessageBox.question(self, self.tr("Export"), text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_template(self) -> None:
        """Save template…: ask where, then write it."""
        name = safe_file_name(self.tr("Assessment template") + " " + self._workshop_name())
        path = self._ask_path(self.tr("Save the assessment template"), name, ".xlsx",
                              self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_template(path)

    def choose_import(self) -> None:
        """Import filled template…: pick the file; it is checked and previewed before anything is written."""
        folder = self.context.settings.get(LAST_EXPORT_DIR) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a filled-in template"), folder,
                                                self.tr("Excel workbooks (*.xlsx)"))
        if chosen:
            self.import_template(Path(chosen))

    # --- running ---------------------------------------------------------------------------------

    def export_pdf(self, path: Path) -> Task:
        """Write the open workshop's PDF to `path` in the background."""
        from icc_desktop.exports.pdf import export_pdf

        db, workshop_id = self.context.db, self._require_workshop()
        language, page_size = self.pdf_language.currentData(), self.pdf_page_size.currentData()
        return self._run(self.tr("Exporting the strategy document…"), path, lambda task: export_pdf(
            db, workshop_id, path, page_size=page_size, language=language,
            progress=lambda done, total: task.progress(done, total, ""), cancelled=task.is_cancelled))

    def export_workbook(self, path: Path) -> Task:
        """Write the open workshop's workbook to `path` in the background."""
        from icc_desktop.exports.xlsx import export_workbook

        db, workshop_id, language = self.context.db, self._require_workshop(), self.pdf_language.currentData()
        return self._run(self.tr("Exporting the workbook…"), path, lambda task: export_workbook(
            db, workshop_id, path, progress=lambda done, total: task.progress(done, total, ""),
            cancelled=task.is_cancelled, language=language))

    def export_all(self, path: Path) -> Task:
        """Write every workshop into one workbook at `path` in the background."""
        from icc_desktop.exports.xlsx import export_all

        db, language = self.context.db, self.pdf_language.currentData()
        return self._run(self.tr("Exporting every workshop…"), path, lambda task: export_all(
            db, path, progress=lambda done, total: task.progress(done, total, ""), cancelled=task.is_cancelled,
            language=language))

    def export_template(self, path: Path) -> Task:
        """Write the open workshop's assessment template to `path` in the background."""
        from icc_desktop.exports.template import write_template

        db, workshop_id = self.context.db, self._require_workshop()
        language = self.pdf_language.currentData()
        return self._run(self.tr("Writing the template…"), path,
                         lambda task: write_template(db, workshop_id, path, language=language))

    def import_template(self, path: Path) -> Task:
        """Check and merge a filled-in template in the background, preview it, then write what the user chose."""
        from icc_desktop.exports.template import plan_import

        db, workshop_id = self.context.db, self._require_workshop()

        def planned(plan: ImportPlan) -> None:
            choices = self.confirm_import(plan)
            if choices is None:
                self.result_label.setText(self.tr("Import cancelled; nothing was changed."))
                return
            self._apply_import(path, plan, choices)

        return run_with_progress(self, self.context.workers, lambda _task: plan_import(db, workshop_id, path),
                                 title=self.tr("Import"), label=self.tr("Checking {file}…").format(file=path.name),
                                 on_result=planned, on_error=self._import_failed)[0]

    def confirm_import(self, plan: ImportPlan) -> dict[tuple[str, str], Choice] | None:
        """The preview dialog: the user's choice per conflict, or None when they cancel."""
        from icc_desktop.ui.dialogs.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(plan, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()

    def _apply_import(self, path: Path, plan: ImportPlan, choices: dict[tuple[str, str], Choice]) -> Task:
        from icc_desktop.exports.template import ImportReport, apply_import

        db, workshop_id = self.context.db, self._require_workshop()

        def done(report: ImportReport) -> None:
            self.context.sig_data_changed.emit("response")
            # one plural form per count (Qt gives one %n per message), then the sentence around them
            self.result_label.setText(self.tr("Imported {file}: {read}, {added}, {changed}, {unchanged}, {kept}.").format(
                file=path.name, read=self.tr("%n question(s) read", "", report.rows),
                added=self.tr("%n answer(s) added", "", report.created),
                changed=self.tr("%n changed", "", report.updated),
                unchanged=self.tr("%n unchanged", "", report.unchanged),
                kept=self.tr("%n newer value(s) in the workshop kept", "", report.kept)))

        return run_with_progress(self, self.context.workers, lambda task: apply_import(
            db, workshop_id, plan, choices=choices, cancelled=task.is_cancelled), title=self.tr("Import"),
            label=self.tr("Importing {file}…").format(file=path.name), on_result=done, on_error=self._import_failed)[0]

    def _require_workshop(self) -> str:
        if self.context.workshop_id is None:
            raise IccError(self.tr("Open a workshop in the overview first."))
        return self.context.workshop_id

    def _run(self, label: str, path: Path, fn: Callable[[Task], Any],
             on_error: Callable[[BaseException], None] | None = None) -> Task:
        self.result_label.setText(label)

        def done(result: Any) -> None:
            written = Path(result) if isinstance(result, str | Path) else path
            self.last_output = written
            self.result_label.setText(self.tr("Saved {path}").format(path=str(written)))
            self._update_buttons()
            if self.open_after.isChecked():
                self.open_file(written)

        return run_with_progress(self, self.context.workers, fn, title=self.tr("Export"), label=label,
                                 on_result=done, on_error=on_error or self._failed)[0]

    def _failed(self, exc: BaseException) -> None:
        self._report_failure(exc, self.tr("Export"), self.tr("Cancelled; no file was written."), self.tr(
            "The export failed because of an unexpected error; the details are in {path}."))

    def _import_failed(self, exc: BaseException) -> None:
        """An import's failure, titled and worded as an import (a locked database, a refused file)."""
        self._report_failure(exc, self.tr("Import"), self.tr("Import cancelled; nothing was changed."), self.tr(
            "The import failed because of an unexpected error; the details are in {path}."))

    def _report_failure(self, exc: BaseException, title: str, cancelled: str, unexpected: str) -> None:
        if isinstance(exc, ExportCancelled | Cancelled):
            self.result_label.setText(cancelled)
            return
        if isinstance(exc, IccError):
            self.result_label.setText(error_text(exc))
            QMessageBox.warning(self, title, error_text(exc))
            return
        from icc_desktop.logs import log_file

        message = unexpected.format(path=str(log_file()))
        self.result_label.setText(message)
        QMessageBox.warning(self, title, message)

    def open_file(self, path: Path | None) -> None:
        """Open a file (or folder) with the program the system uses for it."""
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
