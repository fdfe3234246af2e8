"""app.settings: every knob, read once from CONFLICTMAP_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    # The project checkout's ./data when running from source keeps `make run` self-contained;
    # an installed package falls back to the user's cache dir.
    here = Path(__file__).resolve().parent.parent
    if (here / "pyproject.toml").exists():
        return here / "data"
    return Path.home() / ".cache" / "conflictmap"


class Settings(BaseSettings):
    """Configuration. Pass an instance around; never read os.environ elsewhere."""

    model_config = SettingsConfigDict(env_prefix="CONFLICTMAP_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    api_key: str | None = None
    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = 2 * 1024 * 1024
    tile_url: str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    tile_attribution: str = (
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
    )
    online_geocoder: str | None = None  # "nominatim" to allow geopy's Nominatim as a fallback; off by default
    nominatim_user_agent: str = "conflictmap"
    load_demo: bool = True
    gazetteer_dir: Path | None = None  # where the built gazetteer index lives; default data_dir/index

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_commas(cls, v: object) -> object:
        if isinstance(v, str):
            return [s.strip() for s in v.split(",") if s.strip()]
        return v

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "conflictmap.sqlite"

    @property
    def index_dir(self) -> Path:
        return self.gazetteer_dir or (self.data_dir / "index")


def get_settings() -> Settings:
    return Settings()
