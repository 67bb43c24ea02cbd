"""The SQL behind data-protection requests: everything stored about one contact, erasing it,
and the salted hashes that remember a forgotten person without their personal data."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.settings_store import store_setting
from shopnurture.data.sql_values import sql_time

SALT_KEY = "privacy.salt"
FORGOTTEN_SOURCE = "forgotten"
# consent_log / forgotten_subject channel -> the contact column holding that address.
ADDRESS_COLUMNS = {"email": "email", "sms": "phone"}


def shop_salt(*, session: Session, create: bool) -> str | None:
    """The shop's own salt for subject hashes; made once (with `create`) and never changed,
    since every stored hash depends on it. None if the shop has forgotten nobody yet."""
    connection = session.connection()
    salt = connection.exec_driver_sql(
        "SELECT value FROM setting WHERE key = ?", (SALT_KEY,)
    ).scalar()
    if salt is None and create:
        salt = secrets.token_hex(32)
        store_setting(session=session, key=SALT_KEY, value=salt)
    return salt


def subject_hash(salt: str, channel: str, address: str) -> str:
    """sha256 of the salt, the channel and the normalised address (email / E.164 phone).

    The channel is part of the input so an email and a phone never share a hash; the salt
    keeps the hash from being matched against a list of known addresses elsewhere.
    """
    return hashlib.sha256(f"{salt}\x00{channel}\x00{address}".encode()).hexdigest()


class ForgottenSubjects:
    """The shop's forgotten people, loaded once (an import checks every new contact; the
    table holds only the few people ever forgotten)."""

    def __init__(self, salt: str | None, hashes: set[str]) -> None:
        self.salt = salt
        self.hashes = hashes

    @classmethod
    def load(cls, session: Session) -> ForgottenSubjects:
        salt = shop_salt(session=session, create=False)
        if salt is None:  # nobody was ever forgotten: nothing to read
            return cls(None, set())
        rows = session.connection().exec_driver_sql("SELECT subject_hash FROM forgotten_subject")
        return cls(salt, {value for (value,) in rows})

    def matches(self, email: str | None = None, phone: str | None = None) -> bool:
        if self.salt is None or not self.hashes:
            return False
        return any(
            address and subject_hash(self.salt, channel, address) in self.hashes
            for channel, address in (("email", email), ("sms", phone))
        )


def is_forgotten(session: Session, email: str | None = None, phone: str | None = None) -> bool:
    """Whether the (normalised) email or E.164 phone belongs to a forgotten person."""
    return ForgottenSubjects.load(session).matches(email=email, phone=phone)


def contact_row(*, session: Session, contact_id: int) -> dict[str, Any] | None:
    row = (
        session.connection()
        .exec_driver_sql("SELECT * FROM contact WHERE id = ?", (contact_id,))
        .mappings()
        .first()
    )
    return dict(row) if row is not None else None


def _rows(session: Session, sql: str, parameters: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [dict(row) for row in session.connection().exec_driver_sql(sql, parameters).mappings()]


def contact_records(*, session: Session, contact: dict[str, Any]) -> dict[str, Any]:
    """Every row about this contact, by kind, in the order it happened."""
    contact_id = contact["id"]
    addresses = [address for address in (contact["email"], contact["phone"]) if address]
    placeholders = ", ".join("?" * len(addresses)) or "NULL"
    return {
        "contact": contact,
        "activity_events": _rows(
            session,
            "SELECT * FROM activity_event WHERE contact_id = ? ORDER BY occurred_at, id",
            (contact_id,),
        ),
        "consent_log": _rows(
            session,
            "SELECT * FROM consent_log WHERE contact_id = ? ORDER BY recorded_at, id",
            (contact_id,),
        ),
        "flow_runs": _rows(
            session,
            "SELECT flow_run.*, flow.name AS flow_name FROM flow_run "
            "JOIN flow ON flow.id = flow_run.flow_id "
            "WHERE flow_run.contact_id = ? ORDER BY entered_at, flow_run.id",
            (contact_id,),
        ),
        "outbox_messages": _rows(
            session,
            "SELECT id, flow_id, channel, template, recipient, subject, body_text, body_html, "
            "status, reason, due_at, sent_at, created_at FROM outbox_message "
            "WHERE contact_id = ? ORDER BY created_at, id",
            (contact_id,),
        ),
        "suppressions": _rows(
            session,
            f"SELECT * FROM suppression WHERE address IN ({placeholders}) ORDER BY id",
            tuple(addresses),
        ),
        "score_adjustment": _rows(
            session, "SELECT * FROM score_adjustment WHERE contact_id = ?", (contact_id,)
        ),
        "coupon_codes": _rows(
            session,
            "SELECT list_name, code, assigned_at, expires_at FROM coupon_code "
            "WHERE contact_id = ? ORDER BY assigned_at, id",
            (contact_id,),
        ),
    }


def erase_contact(
    *, session: Session, contact: dict[str, Any], salt: str, now: datetime
) -> dict[str, str]:
    """Remember the contact's addresses as hashes, then delete every row holding their
    personal data. Returns channel -> hash of the addresses the contact had."""
    connection = session.connection()
    contact_id = contact["id"]
    stamp = sql_time(now)
    hashes = {
        channel: subject_hash(salt, channel, contact[column])
        for channel, column in ADDRESS_COLUMNS.items()
        if contact[column]
    }
    for channel, value in hashes.items():
        connection.exec_driver_sql(
            "INSERT INTO forgotten_subject (subject_hash, channel, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (subject_hash) DO NOTHING",
            (value, channel, stamp),
        )
        # The log is append-only: the erasure is a new entry, known by hash from now on.
        connection.exec_driver_sql(
            "INSERT INTO consent_log (contact_id, subject_hash, channel, status, source, "
            "occurred_at, recorded_at) VALUES (?, ?, ?, 'withdrawn', ?, ?, ?)",
            (contact_id, value, channel, FORGOTTEN_SOURCE, stamp, stamp),
        )
    addresses = [address for address in (contact["email"], contact["phone"]) if address]
    placeholders = ", ".join("?" * len(addresses)) or "NULL"
    # Messages stay as delivery statistics, without whom they went to or what they said
    # (also those already unlinked from a contact deleted earlier, found by recipient).
    connection.exec_driver_sql(
        "UPDATE outbox_message SET contact_id = NULL, recipient = '', subject = NULL, "
        "body_text = '', body_html = NULL, updated_at = ? "
        f"WHERE contact_id = ? OR recipient IN ({placeholders})",
        (stamp, contact_id, *addresses),
    )
    # A suppression is kept while another contact still uses the address (a family phone):
    # only then does it protect anyone, and the address is not erased anyway.
    for channel, column in ADDRESS_COLUMNS.items():
        address = contact[column]
        if (
            address
            and not connection.exec_driver_sql(
                f"SELECT 1 FROM contact WHERE {column} = ? AND id != ?", (address, contact_id)
            ).first()
        ):
            connection.exec_driver_sql(
                "DELETE FROM suppression WHERE channel = ? AND address = ?", (channel, address)
            )
    # Activity, runs, schedules and score points go with the contact (ON DELETE CASCADE);
    # coupons stay, unassigned from them (SET NULL).
    connection.exec_driver_sql("DELETE FROM contact WHERE id = ?", (contact_id,))
    # The search index's delete only marks the row; merging its segments drops the trigrams
    # of the name, email and phone from the file.
    connection.exec_driver_sql("INSERT INTO contact_search (contact_search) VALUES ('optimize')")
    return hashes
