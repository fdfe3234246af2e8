"""app.api.responses: orjson responses (after tipg/resources/response.py)."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import JSONResponse

_OPTS = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY


class ORJSONResponse(JSONResponse):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=_OPTS)


class GeoJSONResponse(ORJSONResponse):
    media_type = "application/geo+json"


class ProblemResponse(ORJSONResponse):
    media_type = "application/problem+json"


def problem(
    status: int, title: str, detail: str, *, param: str | None = None, **extra: Any
) -> ProblemResponse:
    """RFC 7807 body. `param` names the offending parameter (also prefixed into detail for humans)."""
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if param:
        body["invalid_params"] = [{"name": param, "reason": detail}]
        if param not in detail:
            body["detail"] = f"{param}: {detail}"
    body.update(extra)
    return ProblemResponse(body, status_code=status)
