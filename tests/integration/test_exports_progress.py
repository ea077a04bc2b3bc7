"""The PDF's progress chapter and cohort comparison, checked against values worked out by hand."""

from __future__ import annotations

import datetime as dt
import re

from icc_desktop.exports.pdf import export_pdf
from icc_desktop.models import Action, Kpi
from icc_desktop.services import crud, monitoring
from icc_desktop.services.workshops import set_response
from tests.factories import make_workshop, questions
from tests.integration.exports_support import pdf_text
from tests.unit.test_monitoring import _hand_scored


def _section(text: str, title: str) -> str:
    """The text from the last occurrence of a section title on (the contents list it first)."""
    return text[text.rindex(title):]


def test_progress_chapter_shows_actions_kpis_and_the_t1_change_worked_out_by_hand(db, tmp_path):
    """Actions done 1 of 2 (cancelled left out), mean 75 %; KPI 700 MWh/year at 75 % of the way;
    leadership 2.5 → 3.5 (+1.0), gap 1.5 (0.0); business 1.0 → 2.0 (+1.0), gap 1.0 (−1.0)."""
    workshop, _t1 = _hand_scored(db)
    done = crud.create(db, Action, workshop_id=workshop.id, title="Smart street lighting", position=0,
                       start_month=dt.date(2024, 5, 1), end_month=dt.date(2025, 4, 1))
    half = crud.create(db, Action, workshop_id=workshop.id, title="Open data portal", position=1)
    gone = crud.create(db, Action, workshop_id=workshop.id, title="Drone deliveries", position=2)
    monitoring.freeze_baseline(db, workshop.id, dt.date(2024, 4, 2))
    monitoring.add_progress_note(db, done.id, dt.date(2025, 3, 1), "Lights on", status="done")
    monitoring.set_action_progress(db, half.id, status="in_progress", percent_complete=50)
    monitoring.set_action_progress(db, gone.id, status="cancelled")
    energy = crud.create(db, Kpi, workshop_id=workshop.id, action_id=done.id, name="Street lighting energy",
                         unit="MWh/year", baseline=1000.0, target=600.0, direction="lower")
    monitoring.add_measurement(db, energy.id, dt.date(2024, 12, 1), 900.0)
    monitoring.add_measurement(db, energy.id, dt.date(2025, 6, 1), 700.0)

    path = export_pdf(db, workshop.id, tmp_path / "report.pdf")
    text = _section(pdf_text(path), "Progress since the workshop")

    assert "frozen as agreed on" in text
    assert "Actions done 1 of 2" in text and "Mean completion 75%" in text
    assert "KPIs measured 1 of 1" in text and "KPIs better than their baseline 1" in text
    assert "Mean maturity change T0 → T1 +1.0" in text
    assert re.search(r"Street lighting energy MWh/year.*?1,000 600.*?700 1 June 2025.*?75%", text)
    assert "1 Smart street lighting Done 100%" in text and "2 Open data portal In progress 50%" in text
    assert "T0 current T1 current" in text
    leadership = re.search(r"Leadership and governance[^0-9]*?2\.5 3\.5 \+1\.0 1\.5 0\.0", text)
    business = re.search(r"Digital uptake[^0-9]*?1\.0 2\.0 \+1\.0 1\.0 −1\.0", text)
    assert leadership and business, text[:2000]


def test_pdf_compares_with_the_cohort_or_says_why_not(db, tmp_path):
    """Under five cities the PDF says so; with five, the city's level sits beside the cohort's median and band."""
    first = make_workshop(db, "Aarhus")
    set_response(db, first.id, questions(db, first)[0].id, current_level=1, target_level=3)
    text = pdf_text(export_pdf(db, first.id, tmp_path / "alone.pdf"))
    assert "at least five cities on the same framework; this database holds 1" in text
    for index, name in enumerate(("Braga", "Cluj-Napoca", "Dubrovnik", "Espoo"), start=2):
        workshop = make_workshop(db, name)
        set_response(db, workshop.id, questions(db, workshop)[0].id, current_level=index, target_level=(3, 4, 5, 5)[index - 2])
    text = _section(pdf_text(export_pdf(db, first.id, tmp_path / "cohort.pdf")), "Compared with the cohort")
    assert "of the 5 cities" in text
    # Aarhus 1.0 against the cohort 1..5: median 3.0, middle half 2.0–4.0; targets 3,3,4,5,5 -> median 4.0.
    assert re.search(r"Leadership and governance[^0-9]*?1\.0 3\.0 2\.0–4\.0 3\.0 4\.0", text), text[:1500]


def test_workbook_has_progress_notes_measurements_and_rounds_worked_out_by_hand(db, tmp_path):
    """Progress, notes, measurements and the rounds' scores with their change, as in the PDF."""
    from openpyxl import load_workbook

    from icc_desktop.exports.xlsx import export_workbook

    workshop, _t1 = _hand_scored(db)
    action = crud.create(db, Action, workshop_id=workshop.id, title="Open data portal",
                         start_month=dt.date(2024, 5, 1), end_month=dt.date(2025, 4, 1))
    monitoring.freeze_baseline(db, workshop.id, dt.date(2024, 4, 2))
    crud.update(db, Action, action.id, end_month=dt.date(2025, 6, 1))
    monitoring.add_progress_note(db, action.id, dt.date(2025, 1, 10), "Portal in beta", status="in_progress",
                                 percent_complete=60)
    kpi = crud.create(db, Kpi, workshop_id=workshop.id, action_id=action.id, name="Datasets", unit="datasets",
                      baseline=10.0, target=60.0)
    monitoring.add_measurement(db, kpi.id, dt.date(2025, 2, 1), 35.0, "city portal count")
    book = load_workbook(export_workbook(db, workshop.id, tmp_path / "w.xlsx"), read_only=True)

    def rows(sheet: str) -> list[tuple]:
        return [r for r in book[sheet].iter_rows(min_row=2, values_only=True) if any(v is not None for v in r)]

    [progress] = rows("Progress")
    assert progress[2:6] == (1, "Open data portal", "In progress", 60) and progress[10] == 2  # two months late
    [note] = rows("Progress notes")
    assert note[2] == "Open data portal" and note[4:7] == ("In progress", 60, "Portal in beta")
    [measured] = rows("KPI measurements")
    assert measured[2:5] == ("Datasets", "datasets", "higher") and measured[6:9] == (35, 10, 60)
    rounds = {(r[2], r[4][:10]): r[5:10] for r in rows("Rounds")}
    assert rounds[("T0", "Leadership")] == (2.5, 4.0, 1.5, None, None)
    assert rounds[("T1", "Leadership")] == (3.5, 5.0, 1.5, 1.0, 0.0)
    assert rounds[("T1", "Digital up")] == (2.0, 3.0, 1.0, 1.0, -1.0)
