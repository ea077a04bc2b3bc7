"""Prometheus metrics of the sync server (`serve --metrics`), through the official client library.

Exposed at `/metrics` in Prometheus' text format: requests by route, method and status, their
latency, rows pushed (by result) and pulled, failed sign-ins, and server errors. With several
worker processes (`serve --workers N`), the library's multiprocess mode adds up every worker's
values: `serve` points `PROMETHEUS_MULTIPROC_DIR` at a fresh folder before the workers start.
"""

from __future__ import annotations

import os
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

METRICS_PATH = "/metrics"


class ServerMetrics:
    """The server's metrics, in a registry of their own (several apps may run in one process)."""

    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Histogram

        self.multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        # In multiprocess mode values live in files and are gathered at each scrape; the metrics
        # themselves are then registered nowhere.
        self.registry = CollectorRegistry()
        registry = None if self.multiprocess else self.registry
        self.requests = Counter("icc_sync_requests", "HTTP requests answered", ["method", "route", "status"],
                                registry=registry)
        self.latency = Histogram("icc_sync_request_seconds", "Time to answer a request", ["route"],
                                 registry=registry,
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
        self.rows_pushed = Counter("icc_sync_rows_pushed", "Rows received in pushes, by result", ["status"],
                                   registry=registry)
        self.rows_pulled = Counter("icc_sync_rows_pulled", "Rows sent in pulls", registry=registry)
        self.failed_logins = Counter("icc_sync_failed_logins", "Sign-ins refused (wrong password, throttled)",
                                     ["reason"], registry=registry)
        self.errors = Counter("icc_sync_errors", "Requests that failed on the server's side (5xx)", ["route"],
                              registry=registry)

    def exposition(self) -> tuple[bytes, str]:
        """The current values in Prometheus' text format, and its content type."""
        from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

        if self.multiprocess:
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class MetricsMiddleware:
    """ASGI middleware: counts and times every request; answers `/metrics` itself."""

    def __init__(self, app: ASGIApp, metrics: ServerMetrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == METRICS_PATH and scope["method"] == "GET":
            body, content_type = self.metrics.exposition()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", content_type.encode()),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        started = time.perf_counter()
        status = [500]

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            route = _route(scope)
            self.metrics.requests.labels(scope["method"], route, str(status[0])).inc()
            self.metrics.latency.labels(route).observe(time.perf_counter() - started)
            if status[0] >= 500:
                self.metrics.errors.labels(route).inc()


def _route(scope: Scope) -> str:
    """The route's path template (never the raw path: one series per endpoint, not per URL)."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return str(path) if path else "other"


__all__ = ["METRICS_PATH", "MetricsMiddleware", "ServerMetrics"]
