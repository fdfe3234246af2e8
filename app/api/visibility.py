"""app.api.visibility: which review states a request may see. The public sees unreviewed and verified events
(only verified with CONFLICTMAP_PUBLISH=verified) and never a rejected one; a review key sees everything."""

from __future__ import annotations

from fastapi import Request

from app.api.auth import is_reviewer
from app.errors import InvalidQuery
from app.store._records import PUBLIC_STATUSES, REVIEW_STATUSES


def parse_review_status(value: str | None) -> tuple[str, ...] | None:
    """`review_status=verified,unreviewed` -> ("verified", "unreviewed"); None when not given."""
    if value is None:
        return None
    out: list[str] = []
    for raw in value.split(","):
        name = raw.strip().lower()
        if not name:
            continue
        if name not in REVIEW_STATUSES:
            raise InvalidQuery(
                f"unknown review_status {raw.strip()!r}; expected one of: {', '.join(REVIEW_STATUSES)}",
                param="review_status",
            )
        if name not in out:
            out.append(name)
    if not out:
        raise InvalidQuery("review_status is empty", param="review_status")
    return tuple(out)


def visible_statuses(request: Request, requested: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The review_status filter to query with: what was asked for, within what this caller may see."""
    if is_reviewer(request):
        return requested
    allowed = ("verified",) if request.app.state.settings.publish == "verified" else PUBLIC_STATUSES
    if requested is None:
        return allowed
    return tuple(s for s in requested if s in allowed)


def may_see(request: Request, record: dict) -> bool:
    statuses = visible_statuses(request, None)
    return statuses is None or record.get("review_status", "unreviewed") in statuses
