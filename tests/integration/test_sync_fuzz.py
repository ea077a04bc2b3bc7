"""No 500 from any input: schemathesis generates requests (valid and malformed) from the sync
server's own OpenAPI document, made inside the test, and sends them with an administrator's
token to the live server on SQLite and PostgreSQL. Bounded: a fixed number of examples per
operation and mode, no shrinking of a failure past a few seconds."""

# ruff: noqa: F811  (the tests take fixtures imported from sync_support as parameters)

from __future__ import annotations

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

from icc_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from icc_desktop.sync.server import openapi_document
from tests.integration.sync_support import (  # noqa: F401  (fixtures)
    LiveServer,
    postgres_server,
    postgres_url,
    server,
    sqlite_server,
)

EXAMPLES = 40
"""Examples per operation and generation mode (7 operations, 2 modes, 2 backends)."""


@pytest.mark.parametrize("mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
def test_no_generated_request_gets_a_server_error(server: LiveServer, mode: schemathesis.GenerationMode) -> None:
    """Every request generated from the OpenAPI document, valid or malformed, gets an answer below 500 with a JSON detail."""
    schema = schemathesis.openapi.from_dict(openapi_document(server.engine))
    admin = server.user("fuzz-admin", admin=True)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {f"{op.method.upper()} {op.path}" for op in operations} >= {
        "GET /api/v1/health", "POST /api/v1/auth/token", "GET /api/v1/sync/pull", "POST /api/v1/sync/push"}
    bodies = {f"{op.method.upper()} {op.path}" for op in operations if len(op.body)}
    assert bodies >= {"POST /api/v1/auth/token", "POST /api/v1/sync/push"}  # the bodies are described, so fuzzed
    failures: list[str] = []
    for operation in operations:
        if mode == schemathesis.GenerationMode.NEGATIVE and not (len(operation.query) or len(operation.body)):
            continue  # nothing in it to make malformed


        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case: schemathesis.Case) -> None:
            # (a new token when a generated sign-out revoked the last one)
            headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {server.token(admin)}"}
            response = case.call(base_url=server.url, headers=headers, timeout=30)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {response.status_code}: "
                                f"{response.text[:200]} <- {case.as_curl_command(headers=headers)[:400]}")
            elif response.status_code >= 400:
                assert json.loads(response.text)["detail"], response.text
        check()
    assert failures == []
