"""The room's phone page in a real browser (headless Chromium at a phone's size): screens,
languages, accessibility (axe-core) and what a person typed shown as text."""

# ruff: noqa: F811  (the tests take the live fixture imported from room_support as a parameter)

from __future__ import annotations

from collections.abc import Iterator

import pytest

from icc_desktop.models import Participant, Question, Response, Vote
from icc_desktop.room.core import RoomCaps
from icc_desktop.services import crud
from tests.integration.browser_support import PagePhone, axe_violations, phone_browser
from tests.integration.room_support import (  # noqa: F401  (fixture)
    clear_typed_input,
    first_dimension,
    live,
    needs_of,
    participants_of,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def browser(tmp_path) -> Iterator[object]:
    """One headless phone browser with a fresh profile, English first."""
    driver = phone_browser(tmp_path / "phone")
    yield driver
    driver.quit()


def test_every_phone_screen_has_no_serious_accessibility_violation(live, browser, demo_db):
    """axe-core finds no serious or critical WCAG 2.1 A/AA violation on any screen, in EN, FR, DE."""
    room = live.room
    phone = PagePhone(browser, live.url)
    found: dict[str, list[dict[str, object]]] = {}

    def check(screen: str) -> None:
        violations = axe_violations(browser)
        if violations:
            found[screen] = violations

    phone.open()
    check("join")
    phone.join(room.code, guest="Axe")
    phone.find("#waiting")
    check("waiting")
    room.open_activity("score", dimension_id=first_dimension(demo_db, room.workshop_id).id)
    phone.wait_for_activity("score-form")
    check("score")
    phone.pick("current-0", "3")
    phone.tap("#send")
    phone.status("Sent")
    check("score answered")
    room.open_activity("dots")
    phone.wait_for_activity("dots-form")
    check("dots")
    room.open_activity("rate")
    phone.wait_for_activity("rate-form")
    check("rate")
    room.open_activity("suggest")
    phone.wait_for_activity("suggest-form")
    check("suggest")
    room.open_activity("poll", question="Which track first?", choices=["Mobility", "Energy", "Skills"])
    phone.wait_for_activity("poll-form")
    check("poll")
    for language in ("fr", "de"):
        phone.tap(f'#langs button[data-lang="{language}"]')
        phone.find("#poll-form")
        check(f"poll ({language})")
    # The names list (a second phone's view) and the closed room.
    other = PagePhone(browser, live.url)
    browser.execute_script("localStorage.clear()")
    other.open(room.code)
    phone.tap("#code-next")
    phone.find("#who-form")
    check("who (de)")
    phone.pick("who", "guest")
    phone.tap("#join")
    phone.find("#poll-form")  # joined while the poll is open: straight to it
    room.close()
    phone.find("#closed")
    check("closed (de)")
    assert found == {}
    # The checker itself works: an image without a text alternative is reported.
    browser.execute_script("var i = document.createElement('img'); i.src = 'data:,'; document.body.appendChild(i);")
    assert "image-alt" in [v["id"] for v in axe_violations(browser)]


def test_the_page_speaks_the_phones_language_and_can_switch(live, tmp_path):
    """A French phone gets the French page; DE switches to German and stays after a reload."""
    driver = phone_browser(tmp_path / "fr-phone", language="fr")
    try:
        phone = PagePhone(driver, live.url)
        phone.open(live.room.code)
        assert "Rejoindre l'atelier" in phone.text()
        assert driver.find_element("css selector", "html").get_attribute("lang") == "fr"
        phone.tap('#langs button[data-lang="de"]')
        assert "Am Workshop teilnehmen" in phone.text()
        driver.refresh()
        phone.find("#join-form")
        assert "Raumcode" in phone.text()
        assert driver.find_element("css selector", "html").get_attribute("lang") == "de"
        pressed = driver.find_element("css selector", '#langs button[data-lang="de"]').get_attribute("aria-pressed")
        assert pressed == "true"
        phone.join(live.room.code, guest="Jeanne")
        phone.find("#waiting")
        assert "Hallo, Jeanne" in phone.text("#main")
    finally:
        driver.quit()


def test_names_and_suggestions_are_shown_as_text_never_as_markup(live, browser, demo_db):
    """A participant called '<img onerror=…>' is listed literally; no element is made from it."""
    room = live.room
    crud.create(demo_db, Participant, workshop_id=room.workshop_id, name='<img src=x onerror="window.pwned=1">')
    phone = PagePhone(browser, live.url)
    phone.open(room.code)
    phone.tap("#code-next")
    phone.find("#who-form")
    assert '<img src=x onerror="window.pwned=1">' in phone.text("#who-form")
    assert browser.execute_script("return document.querySelectorAll('#who-form img').length") == 0
    assert browser.execute_script("return window.pwned === undefined")


def test_a_wrong_code_is_explained_on_the_phone(live, browser):
    """Typing a wrong code says so in the status line and keeps the join screen."""
    phone = PagePhone(browser, live.url)
    phone.open()
    phone.find("#code").send_keys("ZZZZZZ")
    phone.tap("#code-next")
    assert "not the room code" in phone.status("room code")
    assert phone.find("#join-form")


def test_what_the_facilitator_typed_shows_locked_on_the_phone(live, browser, demo_db):
    """A listed person whose answers the facilitator typed sees them marked and disabled (no
    serious axe violation), in their language; the questions left empty can be answered, and the
    suggestion cap is explained on the phone."""
    room = live.room
    room.caps = RoomCaps(suggestions_per_phone=1)
    person = participants_of(demo_db, room.workshop_id)[0]
    clear_typed_input(demo_db, [person.id])
    dimension = first_dimension(demo_db, room.workshop_id)
    with demo_db.session() as session:
        questions = sorted(crud.live(session, Question, dimension_id=dimension.id), key=lambda q: q.position)
    crud.create(demo_db, Response, workshop_id=room.workshop_id, question_id=questions[0].id,
                participant_id=person.id, current_level=2, target_level=4)
    crud.create(demo_db, Vote, workshop_id=room.workshop_id, need_id=needs_of(demo_db, room.workshop_id)[0].id,
                participant_id=person.id, dots=1)
    phone = PagePhone(browser, live.url)
    phone.open(room.code)
    phone.join(room.code, name=person.name)
    phone.find("#waiting")
    room.open_activity("score", dimension_id=dimension.id)
    phone.wait_for_activity("score-form")
    first_card = browser.find_elements("css selector", "#score-form .card")[0]
    assert "Entered by the facilitator" in first_card.text
    assert all(not box.is_enabled() for box in first_card.find_elements("css selector", "input"))
    assert axe_violations(browser) == []
    phone.pick("current-1", "3")
    phone.tap("#send")
    phone.status("Sent")
    room.open_activity("dots")
    phone.wait_for_activity("dots-form")
    assert "entered your dots" in phone.find("#dots-locked").text
    assert not browser.find_element("css selector", "#send").is_enabled()
    assert axe_violations(browser) == []
    phone.tap('#langs button[data-lang="fr"]')
    assert "L'animateur a saisi vos gommettes" in phone.find("#dots-locked").text
    phone.tap('#langs button[data-lang="en"]')
    room.open_activity("suggest")
    phone.wait_for_activity("suggest-form")
    for title in ("Cycle lanes", "Open data"):
        phone.find("#need-title").send_keys(title)
        phone.tap("#send")
    assert "as many suggestions as one phone can" in phone.status("suggestions")


def test_an_answer_typed_while_the_phone_scores_shows_locked_and_the_rest_is_kept(live, browser, demo_db):
    """The facilitator types one answer while the person's phone has the questions open: sending
    is refused and explained, the screen then shows that answer locked with what was typed, the
    other picks are kept, and sending again saves them."""
    room = live.room
    person = participants_of(demo_db, room.workshop_id)[0]
    clear_typed_input(demo_db, [person.id])
    dimension = first_dimension(demo_db, room.workshop_id)
    with demo_db.session() as session:
        questions = sorted(crud.live(session, Question, dimension_id=dimension.id), key=lambda q: q.position)
    phone = PagePhone(browser, live.url)
    phone.open(room.code)
    phone.join(room.code, name=person.name)
    phone.find("#waiting")
    room.open_activity("score", dimension_id=dimension.id)
    phone.wait_for_activity("score-form")
    phone.pick("current-0", "5")
    phone.pick("current-1", "3")
    crud.create(demo_db, Response, workshop_id=room.workshop_id, question_id=questions[0].id,
                participant_id=person.id, current_level=2, target_level=4)
    phone.tap("#send")
    assert "already entered this for you" in phone.status("already entered")
    phone.find("#score-form .card .notice")
    first_card = browser.find_elements("css selector", "#score-form .card")[0]
    assert "Entered by the facilitator" in first_card.text
    assert browser.find_element("css selector", 'input[name="current-0"][value="2"]').is_selected()
    assert browser.find_element("css selector", 'input[name="current-1"][value="3"]').is_selected()
    phone.tap("#send")
    phone.status("Sent")
    with demo_db.session() as session:
        saved = {r.question_id: r.current_level for r in crud.live(session, Response, participant_id=person.id)}
    assert saved == {questions[0].id: 2, questions[1].id: 3}
