"""The strategy document is a tagged PDF (PDF/UA-1): every text in the structure tree or an artifact.

Public bodies in the EU must publish accessible documents (Directive 2016/2102, EN 301 549 clause 10):
structure tree, alternative text that states what each chart shows, artifacts, language, XMP metadata with
the PDF/UA identifier, the title displayed by the viewer.
"""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Name

from icc_desktop.exports.pdf import export_pdf
from icc_desktop.services.demo import generate_demo
from icc_desktop.store.db import Database
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    pdf_info,
    small_db,
)
from tests.integration.pdf_structure import Structure, read_structure


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory: pytest.TempPathFactory, _empty_db_file: Path) -> dict[str, Path]:
    """A demo workshop's PDF in English, French and German (made once for the module)."""
    import shutil

    folder = tmp_path_factory.mktemp("tagged")
    shutil.copyfile(_empty_db_file, folder / "demo.sqlite")
    with Database.open(folder / "demo.sqlite") as db:
        generate_demo(db, cities=1, seed=11)
        from icc_desktop.services.workshops import list_workshops

        workshop = list_workshops(db)[0]
        return {language: export_pdf(db, workshop.id, folder / f"{language}.pdf", language=language)
                for language in ("en", "fr", "de")}


def structure_of(path: Path) -> tuple[pikepdf.Pdf, Structure]:
    """The opened PDF and its structure."""
    pdf = pikepdf.open(path)
    return pdf, read_structure(pdf)


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_every_text_is_tagged_or_an_artifact(demo_pdfs: dict[str, Path], language: str) -> None:
    """Every text-showing operator is inside marked content tied to a structure element, or inside an artifact."""
    pdf, structure = structure_of(demo_pdfs[language])
    owners = {(page, mcid): node for node in structure.root.walk() for page, mcid in node.mcids}
    texts = 0
    for page, marks in enumerate(structure.page_marks):
        parents = structure.parent_tree[int(pdf.pages[page].obj.StructParents)]
        for operator, mcid, tags in marks:
            texts += 1
            if "Artifact" in tags:
                continue
            assert mcid is not None, f"page {page + 1}: {operator} outside any marked content"
            node = owners.get((page, mcid))
            assert node is not None, f"page {page + 1}: MCID {mcid} belongs to no structure element"
            assert parents[mcid].objgen == node.obj.objgen, f"page {page + 1}: ParentTree disagrees for MCID {mcid}"
    assert texts > 500


def test_reading_order_is_the_visual_order(demo_pdfs: dict[str, Path]) -> None:
    """Walking the structure tree meets each page's marked content in the order it is drawn."""
    _, structure = structure_of(demo_pdfs["en"])
    seen: dict[int, list[int]] = {}
    for node in structure.root.walk():
        for page, mcid in node.mcids:
            seen.setdefault(page, []).append(mcid)
    for page, mcids in seen.items():
        assert mcids == sorted(mcids), f"page {page + 1}: reading order differs from drawing order"
    pages = [page for node in structure.root.walk() for page, _ in node.mcids]
    assert pages == sorted(pages)


def test_roles_figures_headings_tables_lists_links(demo_pdfs: dict[str, Path]) -> None:
    """Document, H1–H3, P, L/LI, Table/TR/TH(scope)/TD, Figure with alt text stating numbers, Link are all there."""
    pdf, structure = structure_of(demo_pdfs["en"])
    nodes = list(structure.root.walk())
    roles = {n.role for n in nodes}
    assert structure.root.role == "Document"
    assert {"H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "TOC", "TOCI",
            "Link"} <= roles
    levels = [int(n.role[1]) for n in nodes if re.fullmatch(r"H\d", n.role)]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    figures = [n for n in nodes if n.role == "Figure"]
    assert len(figures) >= 4
    for figure in figures:
        alt = str(figure.obj.get("/Alt", ""))
        assert re.search(r"\d", alt) and len(alt) > 40, alt  # the numbers, not "a chart"
        assert figure.mcids and len(figure.obj.A.BBox) == 4
    radar = next(str(f.obj.Alt) for f in figures if "Radar" in str(f.obj.Alt))
    assert "current" in radar and "target" in radar
    for table in (n for n in nodes if n.role == "Table"):
        rows = [k for k in table.kids if k.role == "TR"]
        headers = [c for r in rows for c in r.kids if c.role == "TH"]
        assert headers, "a table without header cells"
        assert all(str(h.obj.A.Scope) in ("/Column", "/Row") for h in headers)
    links = [n for n in nodes if n.role == "Link"]
    annotations = [a for page in pdf.pages for a in page.obj.get("/Annots", []) if a.get("/Subtype") == Name.Link]
    assert annotations and all("/StructParent" in a and str(a.get("/Contents", "")) for a in annotations)
    assert len(links) >= len(annotations)


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_metadata_language_and_title(demo_pdfs: dict[str, Path], language: str) -> None:
    """XMP with the PDF/UA identifier and the title, the document language, the title shown, Marked true; pdfinfo: tagged."""
    path = demo_pdfs[language]
    pdf = pikepdf.open(path)
    assert str(pdf.Root.Lang) == language
    assert bool(pdf.Root.MarkInfo.Marked) and bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
    meta = pdf.open_metadata()
    assert meta["pdfuaid:part"] == "1"
    assert meta["dc:title"] == str(pdf.docinfo.Title) and meta["dc:title"]
    assert all(str(page.obj.Tabs) == "/S" for page in pdf.pages)
    info = pdf_info(path)
    assert info["Tagged"] == "yes"


def test_small_workshop_is_tagged(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """The known small workshop (formula-like text, Łódź, a cancelled action) is tagged throughout too."""
    db, small = small_db
    pdf, structure = structure_of(export_pdf(db, small.workshop_id, tmp_path / "small.pdf", language="fr"))
    untagged = [(page, op) for page, marks in enumerate(structure.page_marks) for op, mcid, tags in marks
                if mcid is None and "Artifact" not in tags]
    assert not untagged
    assert str(pdf.Root.Lang) == "fr"


def _font_sizes(pdf: pikepdf.Pdf, structure: Structure) -> dict[str, float]:
    """The smallest font size of the text of each structure role (artifacts left out)."""
    owners = {(page, mcid): node.role for node in structure.root.walk() for page, mcid in node.mcids}
    smallest: dict[str, float] = {}
    for index, page in enumerate(pdf.pages):
        size, stack = 0.0, []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "Tf":
                size = float(operands[1])
            elif op == "BDC":
                props = operands[1]
                stack.append(int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None)
            elif op == "BMC":
                stack.append(None)
            elif op == "EMC":
                stack.pop()
            elif op in ("Tj", "TJ") and stack and stack[0] is not None:
                role = owners[(index, stack[0])]
                smallest[role] = min(smallest.get(role, 99.0), size)
    return smallest


@pytest.mark.parametrize("language", ["en", "de"])
def test_minimum_type_sizes(demo_pdfs: dict[str, Path], language: str) -> None:
    """Body text 9 pt or more, tables 8 pt or more, chart labels 7 pt or more."""
    pdf, structure = structure_of(demo_pdfs[language])
    sizes = _font_sizes(pdf, structure)
    assert all(sizes[r] >= 9 for r in ("P", "H1", "H2", "H3", "Lbl") if r in sizes), sizes
    assert all(sizes[r] >= 8 for r in ("TD", "TH", "Link") if r in sizes), sizes
    assert sizes["Figure"] >= 7, sizes


def test_table_rows_are_kept_whole(demo_pdfs: dict[str, Path]) -> None:
    """No table row is split over two pages (a page end used to leave a fragment and a stray header row)."""
    _, structure = structure_of(demo_pdfs["en"])
    rows = [node for node in structure.root.walk() if node.role == "TR"]
    assert len(rows) > 50
    for row in rows:
        pages = {page for cell in row.walk() for page, _ in cell.mcids}
        assert len(pages) == 1, f"a row spans pages {sorted(pages)}"


def _languages(path: Path) -> list[str]:
    """The /Lang of every structure element that has one, in reading order."""
    _, structure = structure_of(path)
    return [str(node.obj.Lang) for node in structure.root.walk() if "/Lang" in node.obj]


def test_passages_in_another_language_are_marked(demo_pdfs: dict[str, Path], tmp_path: Path,
                                                 _empty_db_file: Path) -> None:
    """Typed passages in English inside a French or German document carry /Lang en (PDF/UA 7.2); in a
    document of their own language nothing is marked, and a French demo in French needs no mark at all."""
    assert _languages(demo_pdfs["en"]) == []
    for language in ("fr", "de"):
        marked = _languages(demo_pdfs[language])
        assert len(marked) >= 10 and set(marked) == {"en"}  # descriptions, the vision, needs
    import shutil

    shutil.copyfile(_empty_db_file, tmp_path / "fr.sqlite")
    with Database.open(tmp_path / "fr.sqlite") as db:
        generate_demo(db, cities=1, seed=11, language="fr")
        from icc_desktop.services.workshops import list_workshops

        workshop = list_workshops(db)[0]
        french = export_pdf(db, workshop.id, tmp_path / "fr.pdf", language="fr")
        german = export_pdf(db, workshop.id, tmp_path / "de.pdf", language="de")
    assert _languages(french) == []
    assert len(_languages(german)) >= 10 and set(_languages(german)) == {"fr"}
