"""app.api.accesslog: credentials in query strings never reach the access log.

Keys belong in the Authorization header (a key in the query string is not accepted), but a client that puts
one there anyway must not have it written to a log file that more people read than hold the key.
"""

from __future__ import annotations

import logging
import re

# Query parameters whose values are secrets. One alternation and a run of non-separators: linear time.
_SECRET = re.compile(
    r"([?&;](?:api[_-]?key|key|apikey|token|access[_-]?token|auth|authorization|bearer|password|passwd|pwd"
    r"|secret|client[_-]?secret|signature|sig|session)=)[^&;#\s\"]*",
    re.IGNORECASE,
)
REDACTED = "[REDACTED]"


def redact(text: str) -> str:
    """The text with every secret query-parameter value replaced.

    >>> redact("/api/events?near=Sumy&api_key=s3cret&limit=5")
    '/api/events?near=Sumy&api_key=[REDACTED]&limit=5'
    """
    return _SECRET.sub(rf"\1{REDACTED}", text) if "=" in text else text


class RedactSecrets(logging.Filter):
    """For uvicorn's access logger: its arguments are (client, method, path?query, http version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install(logger_name: str = "uvicorn.access") -> None:
    """Add the filter once (create_app may run more than once in a process)."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, RedactSecrets) for f in logger.filters):
        logger.addFilter(RedactSecrets())
