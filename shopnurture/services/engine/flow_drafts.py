"""Autosaved drafts of flows being edited: a JSON file per flow in a folder beside the shop's
database, written every few seconds while there are unsaved changes and removed on save.
After a crash the editor offers the draft back. Any thread; plain files, no Qt."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from shopnurture.domain.flows import (
    FlowFormatError,
    FlowGraph,
    flow_from_document,
    flow_to_document,
)


@dataclass(frozen=True)
class Draft:
    flow: FlowGraph
    saved_at: datetime


def drafts_folder(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".flow-drafts")


def draft_path(database_path: Path, flow_id: int | None) -> Path:
    """One file per stored flow; a flow never saved yet has the "new" draft."""
    return drafts_folder(database_path) / f"flow-{flow_id if flow_id is not None else 'new'}.json"


def write_draft(database_path: Path, flow_id: int | None, flow: FlowGraph, now: datetime) -> Path:
    """Writes atomically (a crash mid-write leaves the previous draft intact)."""
    path = draft_path(database_path, flow_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"saved_at": now.isoformat(), "flow": flow_to_document(flow)},
                      ensure_ascii=False)  # fmt: skip
    partial = path.with_suffix(".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return path


def read_draft(database_path: Path, flow_id: int | None) -> Draft | None:
    """The draft left for this flow, or None (also for an unreadable one, which is dropped)."""
    path = draft_path(database_path, flow_id)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        return Draft(
            flow_from_document(content["flow"]), datetime.fromisoformat(content["saved_at"])
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, FlowFormatError):
        discard_draft(database_path, flow_id)
        return None


def discard_draft(database_path: Path, flow_id: int | None) -> None:
    try:
        draft_path(database_path, flow_id).unlink()
    except FileNotFoundError:
        pass
