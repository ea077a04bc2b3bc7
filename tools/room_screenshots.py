"""Screenshots of the phone room: every phone screen (headless Chromium at a phone's size), the
presenter's QR code view and the window's room panel. `python tools/room_screenshots.py [OUT]`.

Everything runs on a demo database in a temporary home folder; the room listens on 127.0.0.1
only, so the address in the pictures is the loopback one (a real room shows the laptop's).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ICC_DESKTOP_HOME", tempfile.mkdtemp(prefix="icc-room-shots-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from icc_desktop.room.core import RoomCaps
    from icc_desktop.services.demo import generate_demo
    from icc_desktop.store.db import Database
    from icc_desktop.ui.main_window import MainWindow
    from icc_desktop.ui.presenter import PresenterWindow
    from icc_desktop.ui.room import room_controller
    from icc_desktop.ui.settings import Settings
    from icc_desktop.ui.workers import InlinePool, Workers
    from tests.integration.browser_support import PagePhone, phone_browser
    from tests.integration.room_support import (
        Phone,
        clear_typed_input,
        first_dimension,
        first_workshop,
        participants_of,
    )

    home = Path(os.environ["ICC_DESKTOP_HOME"])
    db = Database.open(home / "room-demo.sqlite")
    generate_demo(db, cities=1, seed=7)
    workshop = first_workshop(db)
    window = MainWindow(Settings.in_memory(), Workers(InlinePool()))
    window.resize(1366, 768)
    window.attach_database(db)
    window.context.set_workshop(workshop.id)
    window.show()
    window.show_page("needs")
    window.start_room("127.0.0.1", 0)
    controller = room_controller(window.context)
    room = controller.room
    room.poll_ms = 300
    room.caps = RoomCaps(phones_per_address=10)  # every phone here comes from 127.0.0.1
    url = controller.join_address(False).rstrip("/")
    out.mkdir(parents=True, exist_ok=True)

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    people = sorted(participants_of(db, workshop.id), key=lambda p: p.name.casefold())
    others = [Phone(url) for _ in range(4)]
    for phone, person in zip(others, people[2:6], strict=True):
        phone.join(room.code, participant=person.id)

    driver = phone_browser(home / "phone")
    try:
        phone = PagePhone(driver, url)

        def shot(name: str) -> None:
            settle(0.2)
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(out / f"room-phone-{name}.png"))
            print(f"saved room-phone-{name}.png")

        phone.open(room.code)
        shot("join")
        phone.tap("#code-next")
        phone.find("#who-form")
        shot("who")
        driver.find_elements("css selector", "#who-form label.choice")[1].click()
        phone.tap("#join")
        phone.find("#waiting")
        shot("waiting")
        # The phone's person (the second name): nothing typed yet but the last question of the
        # dimension, which the facilitator typed from a paper form (shown locked on the phone).
        from icc_desktop.models import Question, Response
        from icc_desktop.services import crud

        dimension = first_dimension(db, workshop.id)
        clear_typed_input(db, [people[1].id])
        with db.session() as session:
            questions = sorted(crud.live(session, Question, dimension_id=dimension.id), key=lambda q: q.position)
        crud.create(db, Response, workshop_id=workshop.id, question_id=questions[-1].id,
                    participant_id=people[1].id, current_level=3, target_level=4)
        room.open_activity("score", dimension_id=dimension.id)
        phone.wait_for_activity("score-form")
        phone.pick("current-0", "2")
        phone.pick("target-0", "4")
        driver.execute_script("window.scrollTo(0, 0)")
        shot("score")
        settle(0.2)
        cards = driver.find_elements("css selector", "#score-form .card")
        driver.execute_script("arguments[0].scrollIntoView(true)", cards[-1])
        driver.save_screenshot(str(out / "room-phone-score-locked.png"))
        print("saved room-phone-score-locked.png")
        driver.execute_script("window.scrollTo(0, 0)")
        room.open_activity("dots")
        phone.wait_for_activity("dots-form")
        plus = driver.find_elements("css selector", "#dots-form button.plus")
        for index in (0, 0, 2):
            plus[index].click()
        shot("dots")
        room.open_activity("rate")
        phone.wait_for_activity("rate-form")
        phone.pick("impact-0", "4")
        phone.pick("feasibility-0", "3")
        shot("rate")
        room.open_activity("suggest")
        phone.wait_for_activity("suggest-form")
        phone.find("#need-title").send_keys("Open data portal for mobility")
        phone.find("#need-details").send_keys("Bus and bike-share data in one place, free to reuse.")
        shot("suggest")
        phone.tap("#send")
        phone.status("Thank you")
        shot("suggest-sent")
        room.open_activity("poll", question="Which track should we start with?",
                           choices=["Mobility", "Energy", "Digital skills"])
        phone.wait_for_activity("poll-form")
        phone.pick("poll", "2")
        shot("poll")
        phone.tap('#langs button[data-lang="fr"]')
        phone.find("#poll-form")
        shot("poll-fr")
        phone.tap('#langs button[data-lang="de"]')
        phone.find("#poll-form")
        shot("poll-de")
        phone.tap('#langs button[data-lang="en"]')

        # The window: the room panel with phones that answered and a suggestion waiting.
        for other in others[:3]:
            other.submit(room.activity.id, choice=0)
        suggest = room.open_activity("suggest")
        others[3].submit(suggest.id, title="Shared e-cargo bikes for shop deliveries")
        room.open_activity("poll", question="Which track should we start with?",
                           choices=["Mobility", "Energy", "Digital skills"])
        for other in others[:3]:
            other.submit(room.activity.id, choice=1)
        settle(0.6)
        window.grab().save(str(out / "room-panel.png"))
        print("saved room-panel.png")
        presenter = PresenterWindow(window.context)
        presenter.resize(1280, 720)
        presenter.show()
        presenter.show_view("room")
        settle(0.3)
        presenter.grab().save(str(out / "room-presenter.png"))
        print("saved room-presenter.png")
        presenter.close()

        controller.close_room()
        phone.find("#closed", timeout=8)
        shot("closed")
    finally:
        driver.quit()
        for other in others:
            other.close()
        controller.close_room(at_once=True)
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
