"""app.api.compute: CPU-heavy work (geoparse, claims, extraction for ingest) off the event loop, a few at a
time, each request with a deadline.

The work runs in a small dedicated thread pool, so at most `compute_slots` articles are being processed at
once whatever the number of clients; everything else (health checks, event queries, OGC pages) keeps the
event loop and the default thread pool to itself. A request that has not got its answer by
`compute_deadline_s` gets 503 problem+json with Retry-After; if its work had not started it never will, and
work already running finishes in its slot (extraction cost is bounded by the maximum article size).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from fastapi import FastAPI, Request

from app.errors import RetryLater

T = TypeVar("T")


class DeadlineExceeded(RetryLater):
    """The answer was not ready within the per-request deadline (HTTP 503 with Retry-After)."""


class ComputeGate:
    def __init__(self, slots: int, deadline_s: float) -> None:
        self.deadline_s = deadline_s
        self._pool = ThreadPoolExecutor(max_workers=max(1, slots), thread_name_prefix="conflictmap-compute")

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        future = self._pool.submit(fn, *args)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.deadline_s)
        except TimeoutError:
            future.cancel()  # a queued job never starts; a running one ends in its slot
            raise DeadlineExceeded(
                f"the answer took longer than the {self.deadline_s:g} s deadline; try again later",
                retry_after=max(1, math.ceil(self.deadline_s)),
            ) from None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def open_gate(app: FastAPI) -> ComputeGate:
    settings = app.state.settings
    gate = app.state.compute = ComputeGate(settings.compute_slots, settings.compute_deadline_s)
    return gate


async def run_compute(request: Request, fn: Callable[..., T], *args: Any) -> T:
    gate = getattr(request.app.state, "compute", None) or open_gate(request.app)
    return await gate.run(fn, *args)
