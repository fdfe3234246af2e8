"""app.api.ratelimit: per-client limits on the compute endpoints, lower without the API key.

Anyone may post an article to /api/geoparse or /api/claims; each costs real CPU, so one client must not be
able to take the server for itself. Clients are counted by address when anonymous and by key when they
send the valid API key (a moving window, the `limits` library, in memory: per worker process). Over the
limit: 429 problem+json with Retry-After.
"""

from __future__ import annotations

import math
import time

from fastapi import Request
from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from app.errors import RetryLater


class RateLimited(RetryLater):
    """Over the client's request budget (HTTP 429 with Retry-After)."""


class RateLimiter:
    def __init__(self, anonymous: str, authenticated: str) -> None:
        self.anonymous: RateLimitItem = parse(anonymous)
        self.authenticated: RateLimitItem = parse(authenticated)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def check(self, request: Request, scope: str) -> None:
        from app.api.auth import caller

        # Any configured key (API, ingest or review; app.api.auth) counts as authenticated, each its own bucket.
        key = caller(request)
        authed = key is not None
        item = self.authenticated if authed else self.anonymous
        who = f"key:{key.name}" if key else f"ip:{request.client.host if request.client else 'unknown'}"
        if self._limiter.hit(item, scope, who):
            return
        reset = self._limiter.get_window_stats(item, scope, who).reset_time
        retry = max(1, math.ceil(reset - time.time()))
        kind = "with the API key" if authed else "without the API key"
        raise RateLimited(f"more than {item} requests {kind}; retry in {retry} s", retry_after=retry)


def rate_limited(scope: str):
    """A dependency counting one request against `scope` for this client."""

    def dependency(request: Request) -> None:
        limiter = getattr(request.app.state, "rate_limiter", None)
        if limiter is None:
            settings = request.app.state.settings
            limiter = request.app.state.rate_limiter = RateLimiter(
                settings.rate_limit_anonymous, settings.rate_limit_authenticated
            )
        limiter.check(request, scope)

    return dependency
