"""Exports and imports without Qt: the PDF strategy document, Excel workbooks, the assessment template.

- `exports.pdf.export_pdf(db, workshop_id, path, *, page_size=, language=, progress=, cancelled=)`
- `exports.xlsx.export_workbook(db, workshop_id, path, *, progress=, cancelled=)` and
  `exports.xlsx.export_all(db, path, *, progress=, cancelled=, max_rows=)` (every workshop, streamed)
- `exports.template.write_template(db, workshop_id, path, *, language=, progress=, cancelled=)` and
  `exports.template.import_template(db, workshop_id, path, *, progress=, cancelled=)`

Every function writes its file atomically (a failed or cancelled export leaves nothing behind),
reports `progress(done, total)` and polls `cancelled()` between steps (`ExportCancelled`). Bad
input raises an `IccError` whose message the user reads (`template.TemplateError` lists every
problem of an imported file with its sheet, row and column). Import the modules themselves:
this package does not import them, so the CLI starts fast.
"""
