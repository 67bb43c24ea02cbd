"""Where the shop database lives: `--db PATH`, else `SHOPNURTURE_DB`, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "shopnurture"
DATABASE_ENV = "SHOPNURTURE_DB"


def data_folder() -> Path:
    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def default_database_path() -> Path:
    return data_folder() / "shop.sqlite"


def resolve_database_path(cli_path: str | os.PathLike[str] | None = None) -> Path:
    if cli_path:
        return Path(cli_path).expanduser()
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()
