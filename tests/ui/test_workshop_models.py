"""Every Qt item model of the workshop pages and the presenter passes Qt's model tester, filled with demo data."""

from __future__ import annotations

import pytest

from icc_desktop.services.cities import largest_workshop_id
from icc_desktop.ui.pages.assessment import AssessmentPage
from icc_desktop.ui.pages.needs import NeedsPage
from icc_desktop.ui.pages.roadmap import RoadmapPage
from icc_desktop.ui.presenter import PresenterWindow
from tests.ui.workshop_support import context_on, page_on


@pytest.fixture
def check_models(request, qtmodeltester):
    """Checks models with pytest-qt's model tester, one tester per model: a tester compares every
    signal it hears with the row count of the model it checked last, so several models need several."""
    from pytestqt.modeltest import ModelTester

    testers = []

    def check(*models):
        for model in models:
            assert model.rowCount() > 0, type(model).__name__  # an empty model would prove little
            tester = ModelTester(request.config) if testers else qtmodeltester
            tester.check(model, force_py=True)
            testers.append(tester)

    yield check
    for tester in testers[1:]:
        tester._cleanup()


def test_assessment_models(qtbot, check_models, demo_db):
    """Questions, dimensions and gaps of a demo workshop, for the consensus and a participant."""
    page = page_on(qtbot, AssessmentPage, demo_db, largest_workshop_id(demo_db))
    check_models(page.questions, page.dimensions, page.gaps)
    page.respondent.setCurrentIndex(1)
    check_models(page.questions, page.dimensions, page.gaps, page.table.proxy)


def test_needs_models(qtbot, check_models, demo_db):
    """Needs, the dot grid, the scores and the ranking of a demo workshop, and their search proxies."""
    page = page_on(qtbot, NeedsPage, demo_db, largest_workshop_id(demo_db))
    check_models(page.needs, page.grid, page.scores, page.ranking)
    page.search.setText("a")
    check_models(page.need_table.proxy, page.grid_table.proxy)


def test_roadmap_models(qtbot, check_models, demo_db):
    """Objectives, actions, KPIs and checks of a demo workshop (one action made to warn)."""
    from PySide6.QtCore import QDate

    page = page_on(qtbot, RoadmapPage, demo_db, largest_workshop_id(demo_db))
    page.action_rows.setData(page.action_rows.index(0, page.action_rows.column_number("end_month")), QDate(2040, 1, 1))
    page.reload_now()
    check_models(page.objectives, page.action_rows, page.kpis, page.checks)
    page.context.undo_stack.undo()  # the testers check the signals of the reload too
    page.reload_now()
    page.action_table.select_id(page.action_rows.row_at(1).id)


def test_presenter_ranking_model(qtbot, check_models, demo_db):
    """The presenter's large-type ranking model."""
    context = context_on(demo_db)
    context.set_workshop(largest_workshop_id(demo_db))
    window = PresenterWindow(context)
    qtbot.addWidget(window)
    check_models(window.ranking)
    context.sig_data_changed.emit("vote")
    qtbot.waitUntil(lambda: not window._reload_timer.isActive())
