"""Data-protection requests: export everything stored about a contact (access) and forget a
contact (erasure), keeping only salted hashes so they are never re-subscribed."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from shopnurture import __version__
from shopnurture.data import privacy as privacy_data
from shopnurture.data.backup_scrub import backups_of, scrub_backup
from shopnurture.data.database import Database
from shopnurture.errors import UserError

log = logging.getLogger(__name__)


def export_contact_data(database: Database, contact_id: int, path: Path | str) -> Path:
    """Write everything stored about one contact to a UTF-8, indented JSON file at `path`.

    Raises UserError for an unknown contact or a file that cannot be written.
    """
    path = Path(path).expanduser()
    with database.read_session() as session:
        contact = privacy_data.contact_row(session=session, contact_id=contact_id)
        if contact is None:
            raise UserError("contact.not_found", contact_id=contact_id)
        records = privacy_data.contact_records(session=session, contact=contact)
    document = {"format": "shopnurture.contact_data", "app_version": __version__, **records}
    text = json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n"
    # Written beside and renamed, so a failed export never leaves half a file behind.
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError("privacy.export_failed", path=str(path), reason=error.strerror) from None
    return path


def forget_contact(database: Database, contact_id: int, *, now: datetime) -> None:
    """Erase a contact's personal data for good; only salted hashes of their addresses stay,
    with a 'withdrawn' consent-log entry per channel. Raises UserError for an unknown id."""
    with database.write_session() as session:
        contact = privacy_data.contact_row(session=session, contact_id=contact_id)
        if contact is None:
            raise UserError("contact.not_found", contact_id=contact_id)
        salt = privacy_data.shop_salt(session=session, create=True)
        assert salt is not None
        privacy_data.erase_contact(session=session, contact=contact, salt=salt, now=now)
    log.info("forgot contact %d", contact_id)
    _purge_erased_pages(database)
    _scrub_backups(database, contact)


def _scrub_backups(database: Database, contact: dict[str, object]) -> None:
    """The copies kept from before a migration hold the person too: erase them there."""
    addresses = [str(contact[column]) for column in ("email", "phone") if contact.get(column)]
    for backup in backups_of(database.path):
        try:
            scrub_backup(backup, int(contact["id"]), addresses)  # type: ignore[call-overload]
        except sqlite3.Error as error:
            # The shop itself is already clean; a damaged old copy is the owner's to delete.
            log.warning("could not erase the contact from the backup %s: %s", backup.name, error)
            raise UserError("privacy.backup_not_scrubbed", path=str(backup)) from None


def _purge_erased_pages(database: Database) -> None:
    """Rewrite the file so deleted rows do not linger in free pages or the write-ahead log.

    VACUUM in WAL mode writes through the log, so the log is checkpointed and truncated
    after it too. Outside any transaction: the raw connection is in autocommit mode.
    """
    raw = database.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            # Another reader holds an old snapshot; its pages go at the next checkpoint.
            log.warning("could not truncate the write-ahead log after forgetting a contact")
    finally:
        raw.close()
