"""app.api.auth: who may write. Reading needs no key; `ingest` adds reports, `review` verifies and corrects.

Keys come from settings (CONFLICTMAP_INGEST_KEYS, CONFLICTMAP_REVIEW_KEYS: NAME:KEY entries; the old
CONFLICTMAP_API_KEY holds both roles as "admin"). Several keys per role is how keys are rotated: add the
new one, move clients over, remove the old one. A key is compared with every configured key in constant
time and is never logged or echoed.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request

from app.errors import Unauthorized
from app.settings import Settings

ROLES = ("ingest", "review")
_SETTING = {"ingest": "CONFLICTMAP_INGEST_KEYS", "review": "CONFLICTMAP_REVIEW_KEYS"}


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    secret: bytes
    roles: frozenset[str]


def configured_keys(settings: Settings) -> list[Key]:
    keys = []
    if settings.api_key:
        keys.append(Key("admin", settings.api_key.encode(), frozenset(ROLES)))
    for role, entries in (("ingest", settings.ingest_keys), ("review", settings.review_keys)):
        for i, entry in enumerate(entries, start=1):
            name, sep, secret = entry.partition(":")
            if not sep or not name.strip() or not secret:
                name, secret = f"{role}-key-{i}", entry
            keys.append(Key(name.strip(), secret.encode(), frozenset({role})))
    # One secret listed under both roles is one key with both roles (an editor who also files reports).
    merged: dict[bytes, Key] = {}
    for key in keys:
        first = merged.get(key.secret)
        merged[key.secret] = key if first is None else Key(first.name, key.secret, first.roles | key.roles)
    return list(merged.values())


def _keys(request: Request) -> list[Key]:
    state = request.app.state
    keys = getattr(state, "auth_keys", None)
    if keys is None:
        keys = state.auth_keys = configured_keys(state.settings)
    return keys


def _bearer(request: Request) -> bytes | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    return token.encode() if scheme.lower() == "bearer" and token else None


def caller(request: Request) -> Key | None:
    """The key the request presents, if it is a configured one. Every key is compared (no early exit), so the
    time taken says nothing about which key, or how much of one, a guess matched."""
    token = _bearer(request)
    if token is None:
        return None
    found = None
    for key in _keys(request):
        if hmac.compare_digest(token, key.secret) and found is None:
            found = key
    return found


def identify(request: Request, role: str) -> str:
    """The name of the caller holding `role`; 401 without a valid key, 403 with a key of another role."""
    if not any(role in k.roles for k in _keys(request)):
        # Said with the way out: a newcomer's first POST lands here.
        raise Unauthorized(
            f"{role} is disabled on this server (set {_SETTING[role]} or CONFLICTMAP_API_KEY). To allow it, "
            "start the server with a key, e.g. `CONFLICTMAP_API_KEY=change-me make run`, and send it as "
            "`Authorization: Bearer change-me`",
            status=403,
        )
    key = caller(request)
    if key is None:
        raise Unauthorized("missing or wrong bearer key in the Authorization header", status=401)
    if role not in key.roles:
        raise Unauthorized(f"this key may not {role}; it holds: {', '.join(sorted(key.roles))}", status=403)
    return key.name


def require(role: str) -> Callable[[Request], str]:
    """A FastAPI dependency: the caller's name, or 401/403 problem+json."""

    def dependency(request: Request) -> str:
        return identify(request, role)

    dependency.__name__ = f"require_{role}"
    return dependency


def is_reviewer(request: Request) -> bool:
    key = caller(request)
    return key is not None and "review" in key.roles
