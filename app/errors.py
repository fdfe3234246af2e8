"""app.errors: the one error tree.

ConflictMapError
 ├── InvalidQuery (ValueError)   bad input from a user; carries the parameter name -> 400 / exit 2
 ├── NotFound (LookupError)      nothing matches; may carry suggestions -> 404 / exit 2
 ├── GeocoderError               the gazetteer or an online backend failed
 ├── StoreError                  persistence failed
 ├── Unauthorized                a write without a valid API key -> 401/403
 ├── FetchError                  a page or feed could not be fetched or read -> 422 / reported and retried
 └── InvalidSetting              a CONFLICTMAP_* variable that cannot be used -> exit 2 at start
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class ConflictMapError(Exception):
    """Root of every error conflictmap raises on purpose."""


class InvalidQuery(ConflictMapError, ValueError):
    """Bad input. ``param`` names the parameter so HTTP and CLI can say which one.

    >>> try:
    ...     raise InvalidQuery("must be between 0 and 20000 km", param="max_km")
    ... except ValueError as e:
    ...     print(e.param, e)
    max_km must be between 0 and 20000 km
    """

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


class NotFound(ConflictMapError, LookupError):
    def __init__(
        self, message: str, *, param: str | None = None, suggestions: list[str] | None = None
    ) -> None:
        super().__init__(message)
        self.param = param
        self.suggestions = suggestions or []


class GeocoderError(ConflictMapError):
    pass


class StoreError(ConflictMapError):
    pass


class Unauthorized(ConflictMapError):
    def __init__(self, message: str, *, status: int = 401) -> None:
        super().__init__(message)
        self.status = status


class RetryLater(ConflictMapError):
    """Refused for now, not for good: the HTTP answer carries Retry-After (rate limits, deadlines)."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class FetchError(ConflictMapError):
    """A URL could not be turned into an article or feed: network error, timeout, HTTP error, too large,
    no article text. The message says why (it is what `watch` logs and /api/sources shows)."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        self.param = "url"


class InvalidSetting(ConflictMapError):
    """A CONFLICTMAP_* environment variable (or .env entry) has a value that cannot be used; the
    message starts with the variable's name."""


@contextmanager
def geo_errors() -> Iterator[None]:
    """app.geo raises plain ValueError/LookupError subclasses (it imports nothing from app): as app's errors, for
    the CLI and the API alike (a bad radius names its parameter, an unknown weapon is not found)."""
    from app.geo import RadiusError, UnknownWeapon

    try:
        yield
    except RadiusError as exc:
        raise InvalidQuery(str(exc), param=exc.param) from None
    except UnknownWeapon as exc:
        raise NotFound(str(exc), param="weapon", suggestions=exc.suggestions) from None
