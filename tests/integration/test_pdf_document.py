"""The strategy document reads as one: an executive summary first, sizes and page breaks that serve the reader."""

# ruff: noqa: F811  (the tests take fixtures imported from exports_support as parameters)

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pikepdf
import pytest
from sqlmodel import select

from icc_desktop.exports.i18n import Translator
from icc_desktop.exports.pdf import export_pdf
from icc_desktop.models import Action, Kpi, Workshop
from icc_desktop.services import crud
from icc_desktop.store.db import Database
from tests.factories import make_workshop
from tests.integration.exports_support import (  # noqa: F401  (fixtures)
    SmallWorkshop,
    _small_db_file,
    pdf_info,
    run_poppler,
    small_db,
)


def page_text(path: Path, page: int) -> str:
    """One page's text, lines joined with spaces."""
    return " ".join(run_poppler("pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-").split())


@pytest.mark.parametrize("language, title, next_title", [("en", "Executive summary", "1. City profile"),
                                                         ("fr", "Synthèse", "1. Profil de la ville"),
                                                         ("de", "Zusammenfassung", "1. Stadtprofil")])
def test_executive_summary_is_one_page_after_the_contents(small_db: tuple[Database, SmallWorkshop], tmp_path: Path,
                                                          language: str, title: str, next_title: str) -> None:
    """Page 3 is the summary: maturity current → target, top needs, objectives, budget and funding, time span."""
    db, small = small_db
    path = export_pdf(db, small.workshop_id, tmp_path / "r.pdf", language=language)
    summary = page_text(path, 3)
    assert summary.split("Roadmap")[-1].lstrip().startswith(title) or title in summary[:200]
    assert "→" in summary and "Open data for everyone" in summary
    assert {"en": "€150,000", "fr": "150 000 €", "de": "150.000 €"}[language] in summary.replace("\u00a0", " ")
    assert {"en": "Apr 2024", "fr": "avr. 2024", "de": "Apr. 2024"}[language] in summary
    assert next_title in page_text(path, 4)


def test_small_shares_and_nearly_whole_ones() -> None:
    """A share under 1% reads "<1%", never "0%"; one just under 100% reads ">99%"."""
    t = Translator("en")
    assert [t.percent(s) for s in (0, 0.004, 0.0099, 0.01, 0.5, 0.996, 1)] == ["0%", "<1%", "<1%", "1%", "50%", ">99%",
                                                                              "100%"]
    assert Translator("fr").percent(0.003) == "<1\u00a0%"


def test_empty_workshop_says_there_is_nothing_to_check(db: Database, tmp_path: Path) -> None:
    """An empty workshop does not 'pass every check', and its short sections flow instead of taking a page each."""
    workshop = make_workshop(db)
    path = export_pdf(db, workshop.id, tmp_path / "empty.pdf")
    text = " ".join(run_poppler("pdftotext", str(path), "-").split())
    assert "Nothing to check yet" in text and "passes every check" not in text
    assert int(pdf_info(path)["Pages"]) <= 5


def watermarks(path: Path) -> list[int]:
    """Per page, how many form XObjects drawn as artifacts are letter outlines (filled paths, no text)."""
    counts = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            count, artifact = 0, 0
            xobjects = page.obj.get("/Resources", {}).get("/XObject", {})
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    artifact += 1 if str(operands[0]) == "/Artifact" or artifact else 0
                elif op == "EMC" and artifact:
                    artifact -= 1
                elif op == "Do" and artifact:
                    form = pikepdf.parse_content_stream(xobjects[operands[0]])
                    ops = [str(o) for _, o in form]
                    count += ops.count("f") == 1 and sum(o in ("m", "l", "c") for o in ops) > 30 and "Tj" not in ops
            counts.append(count)
    return counts


def test_draft_watermark_until_the_workshop_is_final(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """Every page carries the DRAFT watermark (an artifact) until the workshop is marked final; then none does."""
    db, small = small_db
    draft = export_pdf(db, small.workshop_id, tmp_path / "draft.pdf", language="de")
    assert set(watermarks(draft)) == {1}
    assert "ENTWURF" not in "".join(run_poppler("pdftotext", "-raw", str(draft), "-").split())  # outlines, no text
    crud.update(db, Workshop, small.workshop_id, final=True)
    final = export_pdf(db, small.workshop_id, tmp_path / "final.pdf", language="de")
    assert set(watermarks(final)) == {0}


def test_action_longer_than_a_page_splits_cleanly(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """An action whose description is longer than a page is cut into rows, not refused or overflowing."""
    db, small = small_db
    words = " ".join(f"step{n} of the plan" for n in range(1600))
    crud.update(db, Action, small.actions["Open data portal"], description=words)
    path = export_pdf(db, small.workshop_id, tmp_path / "long.pdf")
    text = " ".join(run_poppler("pdftotext", str(path), "-").split())
    assert "step0 of" in text and "step1599 of the plan" in text


def test_tiny_budget_share_reads_below_one_percent(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """A funding source with a sliver of the budget shows "<1%" in the budget table."""
    db, small = small_db
    crud.create(db, Action, workshop_id=small.workshop_id, title="Tiny pilot", budget_eur=100, funding_source="life",
                start_month=dt.date(2024, 5, 1), end_month=dt.date(2024, 6, 1), position=9)
    text = " ".join(run_poppler("pdftotext", str(export_pdf(db, small.workshop_id, tmp_path / "b.pdf")), "-").split())
    shares = text.rsplit("Progress since the workshop", 1)[0]  # the follow-up chapter's 0% completion is a true zero
    assert "<1%" in shares and " 0%" not in shares


def test_markup_in_titles_reaches_contents_and_summary_as_typed(small_db: tuple[Database, SmallWorkshop],
                                                                tmp_path: Path) -> None:
    """An objective titled with markup characters is shown as typed in the contents, the summary and its chapter."""
    from icc_desktop.models import Objective

    db, small = small_db
    with db.session() as session:
        objective = session.exec(select(Objective)).first()
        objective_id = objective.id
    crud.update(db, Objective, objective_id, title="R&D <b>not bold</b> & Łódź")
    path = export_pdf(db, small.workshop_id, tmp_path / "markup.pdf", page_size="letter")
    text = " ".join(run_poppler("pdftotext", str(path), "-").split())
    assert text.count("R&D <b>not bold</b> & Łódź") >= 3  # contents, summary, chapter heading (and more)


HYPHENATED = ("self-assessment", "one-hour", "test-before-invest", "e-ID", "click-and-collect", "co-funded",
              "open-source", "zero-emission", "high-speed", "well-being")


def test_hyphens_survive_a_table_measuring_its_cells_again(small_db: tuple[Database, SmallWorkshop],
                                                           tmp_path: Path) -> None:
    """Hyphenated words in an action's description keep their hyphen wherever the line breaks fall.

    ReportLab keeps a paragraph's first line-breaking; a table wrapping the cell again at another
    width printed "selfassessment" and "onehour" (every language, every demo roadmap).
    """
    db, small = small_db
    with db.session() as session:
        action = session.get(Action, small.actions["Open data portal"])
        action.description = " ".join(f"Offer a free online {word} session with an adviser." for word in HYPHENATED)
        session.add(action)
    # -layout: lines as printed (plain pdftotext joins a word broken after its hyphen and drops the hyphen)
    text = run_poppler("pdftotext", "-layout", "-enc", "UTF-8", str(export_pdf(db, small.workshop_id,
                                                                               tmp_path / "r.pdf")), "-")
    assert [w for w in HYPHENATED if w.replace("-", "") in text] == []
    assert [w for w in HYPHENATED if w.split("-")[0] + "-" not in text] == []


def test_a_paragraph_wraps_alike_however_often_it_is_wrapped() -> None:
    """Wrapped at one width, then another, a paragraph breaks its lines as if wrapped there first."""
    from reportlab.platypus import Paragraph

    from icc_desktop.exports.pdf import _small, _styles, register_fonts
    from icc_desktop.exports.tagging import StableParagraph

    register_fonts()
    text = "<b>Digital maturity check for SMEs</b><br/>" + _small(
        "Offer a free online self-assessment followed by a one-hour talk with an adviser.")

    def lines(paragraph: Paragraph) -> list[str]:
        return ["".join(f.text for f in line.words) for line in paragraph.blPara.lines]

    stable = StableParagraph(text, _styles()["cell"])
    stable.wrap(125, 1000)
    stable.wrap(118, 1000)
    fresh = StableParagraph(text, _styles()["cell"])
    fresh.wrap(118, 1000)
    assert lines(stable) == lines(fresh) and "self-" in lines(stable)[2]


def test_progress_follows_the_checks_on_their_page(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """The follow-up chapter starts on the checks' page when there is room (a short checks section had a page
    to itself)."""
    db, small = small_db
    path = export_pdf(db, small.workshop_id, tmp_path / "r.pdf")
    pages = int(pdf_info(path)["Pages"])
    texts = [page_text(path, page) for page in range(3, pages + 1)]  # after the contents, which name both
    checks = next(i for i, text in enumerate(texts) if "Roadmap checks" in text)
    assert "Progress since the workshop" in texts[checks]


def test_a_done_action_reads_fully_done_in_the_progress_table(small_db: tuple[Database, SmallWorkshop],
                                                               tmp_path: Path) -> None:
    """A done action with no percentage recorded reads 100% in the progress table, as the mean above counts it
    (the table said "–" under a mean that counted it whole)."""
    db, small = small_db
    with db.session() as session:
        action = session.get(Action, small.actions["Łódź-style data office"])
        action.status, action.percent_complete = "done", None
        session.add(action)
    text = run_poppler("pdftotext", "-layout", "-enc", "UTF-8", str(export_pdf(db, small.workshop_id,
                                                                               tmp_path / "r.pdf")), "-")
    progress = text[text.rindex("Progress since the workshop"):]
    row = next(line for line in progress.splitlines() if "Łódź-style data office" in line)
    assert re.search(r"Done\s+100%", row), row


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_long_words_stay_inside_narrow_columns(language: str) -> None:
    """A long name in the lead column ("Einzelhandelsverband", "Regionalentwicklungsagentur") is hyphenated by the
    language's rules and every line fits the column (it ran into the period column in German)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from icc_desktop.exports.pdf import (
        CELL_PADDING,
        ROADMAP_COLUMNS,
        _styles,
        register_fonts,
        soft_hyphens,
    )
    from icc_desktop.exports.tagging import StableParagraph

    register_fonts()
    style = _styles(language)["cell"]
    room = ROADMAP_COLUMNS[2].width * (A4[0] - 4 * cm) - 2 * CELL_PADDING
    for name in ("Einzelhandelsverband Kaunas", "Regionalentwicklungsagentur Bistrița", "Berufsbildungszentrum Kaunas",
                 "Bauindustrieverband Bistrița", "Industrie- und Handelskammer Kaunas", "Internationalisation Office"):
        paragraph = StableParagraph(soft_hyphens(name, language), style)  # as the report makes a cell
        paragraph.wrap(room, 1000)
        words = name.split()
        for line in paragraph.blPara.lines:
            text = (" ".join(line[1]) if isinstance(line, tuple) else "".join(f.text for f in line.words)).strip()
            assert stringWidth(text, style.fontName, style.fontSize) <= room + 0.5, (name, text)
            # a line ends with a whole word or at a hyphen, never inside a word ("Handelskamme" / "r")
            assert text.endswith("-") or any(word.endswith(text.split()[-1]) for word in words), (name, text)



def test_a_unit_with_a_slash_breaks_at_the_slash(small_db: tuple[Database, SmallWorkshop], tmp_path: Path) -> None:
    """A KPI unit such as "meetings/year" that is wider than its column breaks after the slash, not inside a
    word ("meetings/ye" "ar")."""
    db, small = small_db
    with db.session() as session:
        kpi = session.exec(select(Kpi)).first()
        assert kpi is not None
        kpi.unit = "meetings/year"
        session.add(kpi)
    text = run_poppler("pdftotext", "-layout", "-enc", "UTF-8", str(export_pdf(db, small.workshop_id,
                                                                               tmp_path / "r.pdf")), "-")
    assert re.search(r"meetings/(\s|year)", text)
    assert not re.search(r"meetings/y(?!ear)", text)


@pytest.mark.parametrize("language, continued", [("en", "Objective 1: Open data for everyone (continued)"),
                                                 ("fr", "Objectif 1 : Open data for everyone (suite)"),
                                                 ("de", "Ziel 1: Open data for everyone (Fortsetzung)")])
def test_a_timeline_continued_on_the_next_page_repeats_its_objective(small_db: tuple[Database, SmallWorkshop],
                                                                      tmp_path: Path, language: str,
                                                                      continued: str) -> None:
    """A Gantt chart that goes on past one page starts its next part with the objective its rows belong to."""
    from icc_desktop.exports.pdf import GANTT_ROWS_PER_CHART
    db, small = small_db
    with db.session() as session:
        objective_id = crud.get(session, Action, small.actions["Open data portal"]).objective_id
    for n in range(GANTT_ROWS_PER_CHART + 5):
        crud.create(db, Action, workshop_id=small.workshop_id, objective_id=objective_id, title=f"Step {n:02d}",
                    start_month=dt.date(2024, 5, 1), end_month=dt.date(2025, 1, 1), position=10 + n)
    path = export_pdf(db, small.workshop_id, tmp_path / "gantt.pdf", language=language)
    part_two = Translator(language)("timeline_part", part=2, parts=2)
    pages = [page_text(path, number) for number in range(1, int(pdf_info(path)["Pages"]) + 1)]
    second = next(text for text in pages if part_two in text)
    after_caption = second[second.index(part_two) + len(part_two):]
    assert continued in after_caption and after_caption.index(continued) < after_caption.index("Step"), after_caption[:300]
