"""Logging to a rotating file in the user's data folder (never secrets, never message bodies)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from shopnurture.data.location import data_folder

LOG_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def log_file_path() -> Path:
    return data_folder() / "logs" / "shopnurture.log"


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to the log file; returns its path, or None if it can't be written."""
    path = log_file_path()
    root = logging.getLogger()
    if any(isinstance(handler, RotatingFileHandler) for handler in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
