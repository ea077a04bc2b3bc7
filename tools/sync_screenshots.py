"""Screenshots of the sync and conflicts pages, on data made by a real sync.

    python tools/sync_screenshots.py [OUTPUT_DIR]      (default docs/screenshots)

Builds, in a temporary home folder (the user's own settings, tokens and data are not touched):
a sync server on a free 127.0.0.1 port, two laptops with two demo cities, a sync from each,
the same need and workshop edited on both (so the second laptop keeps conflicts), and a few
edits not synced yet. Then runs `icc-desktop screenshot --page sync|conflicts` in light and dark.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PASSWORD = "demo password for screenshots"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build(home: Path) -> Path:
    """Make the database to photograph (inside `home`); returns its path."""
    os.environ["ICC_DESKTOP_HOME"] = str(home)
    os.environ["ICC_DESKTOP_NO_KEYRING"] = "1"  # the token goes to the file inside `home`

    import uvicorn
    from sqlmodel import col, select

    from icc_desktop.models import Need, Participant, Workshop
    from icc_desktop.services import crud
    from icc_desktop.services.demo import generate_demo
    from icc_desktop.store.db import Database
    from icc_desktop.sync import account, server_store
    from icc_desktop.sync.server import create_app, open_server

    engine = open_server(f"sqlite:///{home / 'server.sqlite'}")
    server_store.add_user(engine, "anna.kowalska", PASSWORD, admin=True)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(engine), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    url = f"http://127.0.0.1:{port}"
    try:
        laptop = Database.open(home / "laptop.sqlite")
        other = Database.open(home / "other-laptop.sqlite")
        generate_demo(laptop, cities=2, seed=11)
        account.sign_in(other, url, "anna.kowalska", PASSWORD)
        account.sign_in(laptop, url, "anna.kowalska", PASSWORD)
        account.sync_now(laptop)
        account.sync_now(other)
        with laptop.session() as session:
            workshops = session.exec(select(Workshop).order_by(col(Workshop.date))).all()
            need = session.exec(select(Need).where(Need.workshop_id == workshops[0].id)
                                .order_by(col(Need.position))).first()
            person = session.exec(select(Participant).where(Participant.workshop_id == workshops[0].id)).first()
        assert need is not None and person is not None
        crud.update(other, Need, need.id, title="Open data portal for mobility and energy",
                    description="One portal for the city's mobility and energy data, with an API for start-ups.",
                    moscow="must")
        crud.update(other, Workshop, workshops[0].id, venue="Innovation Hub, 2nd floor")
        crud.update(other, Participant, person.id, organisation="Regional Development Agency")
        account.sync_now(other)
        crud.update(laptop, Need, need.id, title="City data platform (mobility first)",
                    description="Start with mobility data; energy joins in the second year.")
        crud.update(laptop, Workshop, workshops[0].id, venue="City Hall, Council Chamber")
        crud.update(laptop, Participant, person.id, organisation="Regional Development Agency (RDA)")
        account.sync_now(laptop)  # keeps the conflicts on this laptop
        for index, workshop in enumerate(workshops):  # edits made after the sync: not synced yet
            crud.create(laptop, Need, workshop_id=workshop.id, title=f"Follow-up from the site visit {index + 1}",
                        position=99)
        crud.update(laptop, Need, need.id, moscow="should")
        laptop.close()
        other.close()
    finally:
        server.should_exit = True
        thread.join(10)
        engine.dispose()
    return home / "laptop.sqlite"


def main() -> int:
    """Build the data in a temporary home, then take the four screenshots."""
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    output.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="icc-sync-shots-"))
    try:
        db_path = build(home)
        env = {**os.environ, "ICC_DESKTOP_HOME": str(home), "ICC_DESKTOP_NO_KEYRING": "1",
               "QT_QPA_PLATFORM": "offscreen"}
        for page in ("sync", "conflicts"):
            for theme in ("light", "dark"):
                target = output / f"{page}-{theme}.png"
                subprocess.run([sys.executable, "-m", "icc_desktop", "screenshot", "--db", str(db_path),
                                "--page", page, "--theme", theme, "-o", str(target)], check=True, env=env)
                print(target)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
