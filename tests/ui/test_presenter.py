"""The presenter window: opened from View, switches views by key, follows edits live, picks a second screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from icc_desktop.models import Need
from icc_desktop.services import crud
from icc_desktop.services.workshops import set_response, set_vote
from icc_desktop.ui import presenter as presenter_module
from icc_desktop.ui.presenter import PresenterWindow, projector_screen
from icc_desktop.ui.settings import SESSION_TIMER_MINUTES
from tests.factories import make_workshop, questions
from tests.ui.shell_support import open_window
from tests.ui.workshop_support import add_participants


def test_view_menu_opens_it_and_edits_show_live(qtbot, db):
    """View ▸ Presenter view opens the window on the open workshop; edits in the main window appear there."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, "needs")
    assert window.presenter_action in window.view_menu.actions()
    window.presenter_action.trigger()
    presenter = window.presenter
    qtbot.addWidget(presenter)
    assert presenter.isVisible() and "Białystok" in presenter.heading.text()
    assert presenter.radar.values() == [] and presenter.ranking.rowCount() == 0
    page = window.pages["needs"]
    page.new_title.setText("Open data portal")
    page.add_need()
    qtbot.waitUntil(lambda: presenter.ranking.rowCount() == 1)
    first = questions(db, workshop)[0]
    page.context.undo_stack.clear()
    from icc_desktop.ui import commands

    commands.answer(page.context, workshop.id, first.id, None, current_level=2, target_level=4)
    qtbot.waitUntil(lambda: presenter.radar.values("target") == [(0.0, 4.0)])
    assert presenter.radar.values("current") == [(0.0, 2.0)]
    window.presenter_action.trigger()  # a second time: the same window comes back
    assert window.presenter is presenter
    window.close()
    assert not presenter.isVisible()


def test_keys_switch_views_and_the_timer_counts_down(qtbot, db):
    """Keys 1–4 switch between radar, ranking, 2×2 and timer; the timer's length is remembered."""
    from tests.ui.workshop_support import context_on

    workshop = make_workshop(db)
    context = context_on(db)
    context.set_workshop(workshop.id)
    window = PresenterWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # keys go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    for key, view in ((Qt.Key.Key_2, "ranking"), (Qt.Key.Key_3, "matrix"), (Qt.Key.Key_4, "timer"),
                      (Qt.Key.Key_1, "radar")):
        qtbot.keyClick(window, key)
        assert window.view == view and window.stack.currentIndex() == presenter_module.VIEWS.index(view)
        assert window.buttons.checkedId() == presenter_module.VIEWS.index(view)
    now = [100.0]
    window.timer._clock = lambda: now[0]
    window.timer.minutes.setValue(2)
    assert context.settings.get(SESSION_TIMER_MINUTES) == 2
    window.timer.start()
    now[0] += 30.4
    window.timer.tick()
    assert window.timer.display.text() == "1:30"
    now[0] += 120
    with qtbot.waitSignal(window.timer.sig_finished, timeout=1000):
        window.timer.tick()
    assert window.timer.display.text() == "0:00" and not window.timer.is_running()


def test_radar_falls_back_to_individual_answers_and_matrix_shows_scored_needs(qtbot, db):
    """Without a consensus the radar shows the individual mean (and says so); scored needs sit on the 2×2."""
    from tests.ui.workshop_support import context_on

    workshop = make_workshop(db)
    ana, = add_participants(db, workshop.id, ["Ana Kovač"])
    set_response(db, workshop.id, questions(db, workshop)[0].id, ana.id, current_level=3)
    need = crud.create(db, Need, workshop_id=workshop.id, title="Broadband in villages")
    set_vote(db, need.id, None, impact=2, feasibility=5)
    context = context_on(db)
    context.set_workshop(workshop.id)
    window = PresenterWindow(context)
    qtbot.addWidget(window)
    assert window.source == "individual" and window.radar.values() == [(0.0, 3.0)]
    assert "individual" in window.subheading.text()
    assert window.matrix.spots() == [(5.0, 2.0, [1])]


def test_a_second_screen_is_chosen_for_the_projector(monkeypatch):
    """With two screens the one without the main window is picked; with one screen, none."""
    class Screen:
        """A stand-in for QScreen: only which one is which matters."""

    laptop, projector = Screen(), Screen()

    class Main:
        def screen(self):
            return laptop

    monkeypatch.setattr(presenter_module.QGuiApplication, "screens", staticmethod(lambda: [laptop, projector]))
    assert projector_screen(Main()) is projector
    monkeypatch.setattr(presenter_module.QGuiApplication, "screens", staticmethod(lambda: [laptop]))
    assert projector_screen(Main()) is None


def test_keys_switch_views_whatever_has_focus_and_titles_wrap(qtbot, db):
    """With the ranking table or a view button focused, 3 and 4 still switch views; long titles wrap, not elide."""
    from tests.ui.workshop_support import context_on

    workshop = make_workshop(db)
    long_title = "A shared open data platform for mobility, energy and air quality across the metropolitan area"
    need = crud.create(db, Need, workshop_id=workshop.id, title=long_title)
    set_vote(db, need.id, None, impact=4, feasibility=4)
    context = context_on(db)
    context.set_workshop(workshop.id)
    window = PresenterWindow(context)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(window.buttons.button(1), Qt.MouseButton.LeftButton)
    assert window.view == "ranking"
    window.ranking_view.setFocus()
    qtbot.keyClick(window.ranking_view, Qt.Key.Key_3)
    assert window.view == "matrix"
    assert window.matrix.legend.text() == f"N1 · {long_title}"
    window.buttons.button(0).setFocus()
    qtbot.keyClick(window.buttons.button(0), Qt.Key.Key_4)
    assert window.view == "timer"
    qtbot.keyClick(window, Qt.Key.Key_2)
    assert window.ranking_view.wordWrap()
    line = window.ranking_view.fontMetrics().height()
    qtbot.waitUntil(lambda: window.ranking_view.rowHeight(0) > 1.5 * line)


def test_presenter_names_dimensions_in_the_ui_language(qtbot, db):
    """In French the presenter's radar names the framework's dimensions in French (issue 11's translations)."""
    from tests.ui.shell_support import ui_language
    from tests.ui.workshop_support import context_on

    workshop = make_workshop(db)
    set_response(db, workshop.id, questions(db, workshop)[0].id, current_level=3)
    with ui_language("fr"):
        context = context_on(db)
        context.set_workshop(workshop.id)
        window = PresenterWindow(context)
        qtbot.addWidget(window)
        assert any("gouvernance" in name.lower() for name in window.radar.names), window.radar.names
