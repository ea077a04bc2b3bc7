"""GET /api/v1/cohort on the real server: any signed-in user, at least five cities, never one
city's figures; a laptop with too few cities asks the server."""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from icc_desktop.models import Workshop
from icc_desktop.services import cohort
from icc_desktop.services.workshops import default_framework_id, set_response
from icc_desktop.sync import account, tokens
from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.factories import make_workshop, questions
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    LiveServer,
    laptop,
    sqlite_only_server,
    sqlite_server,
)


def _get(server: LiveServer, user: str | None, **params: str) -> httpx.Response:
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    if user:
        headers["Authorization"] = f"Bearer {server.token(user)}"
    return httpx.get(f"{server.url}/api/v1/cohort", params=params, headers=headers, timeout=10)


def _cities(db, count: int, prefix: str) -> list[str]:
    """`count` cities with leadership current levels 1, 2, 3, ... (target 5)."""
    ids = []
    for index in range(count):
        workshop = make_workshop(db, f"{prefix} {index}")
        set_response(db, workshop.id, questions(db, workshop)[0].id, current_level=index % 5 + 1, target_level=5)
        ids.append(workshop.id)
    return ids


def test_cohort_endpoint_refuses_under_five_and_never_gives_one_city(sqlite_only_server: LiveServer,
                                                                      tmp_path: Path, _empty_db_file: Path) -> None:
    """Four cities: 422 with the rule; five: bands only, no city id, name or level of its own;
    a user assigned to none of the cities may ask; no token: 401; bad id: 422; unknown: 404."""
    server = sqlite_only_server
    office = laptop(_empty_db_file, tmp_path, "office")
    framework = default_framework_id(office)
    owner = server.user("cohort-owner")
    _cities(office, 4, "Cohortville")
    server.client(office, owner).sync()
    outsider = server.user("cohort-outsider")  # assigned to no city at all

    refused = _get(server, outsider, framework=framework)
    assert refused.status_code == 422 and "at least 5" in refused.json()["detail"]

    _cities(office, 1, "Cohort Five")
    server.client(office, owner).sync()
    answer = _get(server, outsider, framework=framework)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["cities"] == 5
    leadership = body["dimensions"][0]
    assert leadership["current"] == {"median": 2.0, "q1": 1.0, "q3": 3.0}  # levels 1,2,3,4,1
    assert leadership["target"] == {"median": 5.0, "q1": 5.0, "q3": 5.0}
    assert all(d["current"] is None for d in body["dimensions"][1:])
    text = answer.text
    with office.session() as session:
        city_ids = {w.city_id for w in session.exec(select(Workshop)).all()}
    assert "Cohortville" not in text and "Cohort Five" not in text and not any(c in text for c in city_ids)
    assert set(body) == {"protocol", "framework_id", "edition", "track", "cities", "dimensions"}

    # The facilitator who holds these cities (here: made them all up) gets nothing: one's own cities
    # neither count nor weigh, so invented cities cannot surround one real city and give its figures.
    padded = _get(server, owner, framework=framework)
    assert padded.status_code == 422 and "at least 5" in padded.json()["detail"]

    assert _get(server, None, framework=framework).status_code == 401
    assert _get(server, outsider, framework="../../etc").status_code == 422
    assert _get(server, outsider, framework="0" * 36).status_code == 404
    assert _get(server, outsider, framework=framework, edition="2023-25").status_code == 422

    # A laptop that holds one city asks the server, with its kept token.
    small = laptop(_empty_db_file, tmp_path, "small")
    own = _cities(small, 1, "Lonely")[0]
    with pytest.raises(cohort.CohortTooSmall):
        cohort.workshop_cohort(small, own)
    tokens.save_token(server.url, outsider, server.token(outsider))
    account._remember(small, server.url, outsider)
    remote = account.cohort_for_workshop(small, own, allow_insecure_http=True)
    assert remote.cities == 5 and remote.dimensions[0].current == cohort.Band(2.0, 1.0, 3.0)

