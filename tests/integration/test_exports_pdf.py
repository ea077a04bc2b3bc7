"""The PDF strategy document, read back with poppler's pdftotext, pdfinfo, pdffonts and pdfimages."""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from icc_desktop import cli
from icc_desktop.errors import ExportCancelled, ExportError, NotFoundError
from icc_desktop.exports.pdf import export_pdf
from icc_desktop.services.workshops import list_workshops
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    FORMULA_NEED,
    SmallWorkshop,
    _small_db_file,
    pdf_fonts,
    pdf_info,
    pdf_text,
    run_poppler,
    small_db,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed "
                                "(make test installs it)")


@pytest.fixture(scope="module")
def small_pdfs(tmp_path_factory: pytest.TempPathFactory, _small_db_file: tuple[Path, SmallWorkshop]) -> dict[str, Path]:
    """The small workshop's report in English (A4) and in French and German (Letter), made once."""
    folder = tmp_path_factory.mktemp("pdf")
    source, workshop = _small_db_file
    shutil.copyfile(source, folder / "db.sqlite")
    db = Database.open(folder / "db.sqlite")
    try:
        paths = {}
        for language, size in (("en", "A4"), ("fr", "letter"), ("de", "letter")):
            paths[language] = export_pdf(db, workshop.workshop_id, folder / f"report-{language}.pdf",
                                         language=language, page_size=size)
    finally:
        db.close()
    return paths


def test_names_with_diacritics_are_searchable_text(small_pdfs: dict[str, Path]) -> None:
    """City and consenting participants' names (ș, ł, ä, ë) come out of pdftotext intact; others stay hidden."""
    text = pdf_text(small_pdfs["en"])
    for name in ("Iași", "Paweł Łukasiewicz", "Jürgen Mäkelä", "Zoë Brückner", "Łódź-style data office",
                 "Primăria Iași"):
        assert name in text
    assert "Ștefan" not in text  # no consent: counted, never named
    assert "1 person, who did not agree to be named." in text
    assert FORMULA_NEED in text  # user text is shown as typed, never interpreted


def test_every_section_and_warning_is_there(small_pdfs: dict[str, Path]) -> None:
    """Contents, sections, budget totals, KPIs and each roadmap warning are in the document."""
    text = pdf_text(small_pdfs["en"])
    assert "Contents Executive summary 1. City profile" in text
    for section in ("1. City profile", "2. Who took part", "3. Maturity assessment",
                    "4. Needs and priorities", "5. Vision and objectives", "6. Roadmap", "7. Timeline",
                    "8. Key performance indicators", "9. Budget by funding source", "10. Roadmap checks"):
        assert text.count(section) >= 2, section  # once in the contents, once as the heading
    assert "European Regional Development Fund (ERDF) 1 €120,000 80%" in text
    assert "Total 2 €150,000 100%" in text
    assert "Open data portal Datasets published datasets" in text and "0 50 By Mar 2025" in text
    assert "“Łódź-style data office” falls outside the roadmap horizon (Mar 2024 to Feb 2027)." in text
    assert "“+ quick pilot” has no start or end month." in text
    assert "4 points need attention" in text


def test_pages_fonts_and_vector_charts(small_pdfs: dict[str, Path]) -> None:
    """A4 pages numbered "Page x of y", every font embedded, and no bitmap: the charts are vector drawings."""
    info = pdf_info(small_pdfs["en"])
    pages = int(info["Pages"])
    assert 6 <= pages <= 12
    assert "595.276 x 841.89" in info["Page size"]
    assert f"Page 2 of {pages}" in pdf_text(small_pdfs["en"])
    for report in small_pdfs.values():
        fonts = pdf_fonts(report)
        assert fonts and all(font["emb"] == "yes" for font in fonts), fonts
        assert {f["name"].split("+")[-1] for f in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
        assert len(run_poppler("pdfimages", "-list", str(report)).splitlines()) == 2  # the header lines only


def test_french_and_german_reports(small_pdfs: dict[str, Path]) -> None:
    """Language fr/de: the report's own words are translated, dates and money written the local way."""
    french = pdf_text(small_pdfs["fr"])
    assert "Stratégie et feuille de route" in french and "Qui a participé" in french
    assert "15 mars 2024" in french and "120 000 €" in french and "Page 2 sur" in french
    assert "« + quick pilot » n’a pas de mois de début ou de fin." in french
    german = pdf_text(small_pdfs["de"])
    assert "Strategie und Roadmap" in german and "Wer teilgenommen hat" in german
    assert "15. März 2024" in german and "Seite 2 von" in german
    assert "612 x 792" in pdf_info(small_pdfs["de"])["Page size"]  # US Letter


def test_largest_demo_workshop(demo_db: Database, tmp_path: Path) -> None:
    """A full demo workshop renders: many pages, the contents lists the objectives, the progress reaches the end."""
    workshop = max(list_workshops(demo_db), key=lambda w: w.participants)
    seen: list[tuple[int, int]] = []
    path = export_pdf(demo_db, workshop.id, tmp_path / "demo.pdf", progress=lambda d, t: seen.append((d, t)))
    text = pdf_text(path)
    assert int(pdf_info(path)["Pages"]) >= 10
    assert workshop.city in text and "Objective 1:" in text
    assert seen[-1][0] == seen[-1][1] and all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))


def test_cancel_and_errors_leave_no_file(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """A cancelled export raises ExportCancelled, keeps the previous file, and leaves no temporary file."""
    db, workshop = small_db
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous version")
    calls = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_pdf(db, workshop.workshop_id, target, cancelled=cancel_after_three)
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    with pytest.raises(NotFoundError):
        export_pdf(db, "no-such-workshop", tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="no such folder"):
        export_pdf(db, workshop.workshop_id, tmp_path / "missing" / "x.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_cli_export_pdf(small_db: tuple[Database, SmallWorkshop], tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    """`export pdf` writes the file (exit 0); an unknown workshop or folder is exit 2 with one message, no file."""
    db, workshop = small_db
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "out.pdf"
    assert cli.main(["export", "pdf", "--workshop", workshop.workshop_id[:8], "--db", str(db.path), "-o", str(out),
                     "--language", "de", "--page-size", "letter"]) == 0
    assert "Strategie und Roadmap" in pdf_text(out)
    capsys.readouterr()
    assert cli.main(["export", "pdf", "--workshop", "zzzz", "--db", str(db.path), "-o", str(tmp_path / "n.pdf")]) == 2
    assert capsys.readouterr().err.strip() == "icc-desktop: No workshop with id 'zzzz' (see `icc-desktop list`)."
    assert cli.main(["export", "pdf", "--workshop", workshop.workshop_id, "--db", str(db.path),
                     "-o", str(tmp_path / "nope" / "n.pdf")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
