"""Merging imported people into the contacts: match by email, then phone, then external id;
change only what the file brings; never let an imported "yes" undo a withdrawal.

Works chunk by chunk inside the import's transaction: `resolve` gives each record its
contact id (creating contacts as needed), `flush` writes the chunk's changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data import imports as import_data
from shopnurture.data.privacy import FORGOTTEN_SOURCE, ForgottenSubjects
from shopnurture.domain.contact_search_text import SearchKey, search_key, search_texts
from shopnurture.domain.vocabulary import Consent
from shopnurture.services.importing.report import RowError

IMPORT_SOURCE = "import"
_UNKNOWN, _GRANTED, _WITHDRAWN = (
    Consent.UNKNOWN.value, Consent.GRANTED.value, Consent.WITHDRAWN.value,
)  # fmt: skip
_PLAIN_FIELDS = ("first_name", "last_name", "birthday", "language", "country", "city")
_CONSENT_FIELDS = (("accepts_email", "email"), ("accepts_sms", "sms"))


class ContactMerger:
    def __init__(self, session: Session, *, now: datetime, consent_detail: str) -> None:
        self.session = session
        self.now = now
        self.consent_detail = consent_detail
        self.keys = import_data.load_contact_keys(session=session)
        keys = self.keys
        self._identity_indexes = (
            ("email", keys.by_email),
            ("phone", keys.by_phone),
            ("external_id", keys.by_external_id),
        )
        self._blank = self._blank_contact()
        self.forgotten = ForgottenSubjects.load(session)
        self.created_ids: set[int] = set()
        self.updated_ids: set[int] = set()
        self._new_rows: dict[int, dict[str, Any]] = {}
        self._changed_rows: dict[int, dict[str, Any]] = {}
        self._stored_rows: dict[int, dict[str, Any]] = {}
        self._consent_rows: list[tuple[Any, ...]] = []
        self._now_text = import_data.utc_text(now)
        self._search_hints: dict[int, tuple[SearchKey, str]] = {}
        self.rows_with_effect = 0
        """Rows that created a contact or changed one."""

    def resolve(
        self,
        records: Sequence[tuple[int, dict[str, Any]]],
        search_hints: dict[int, tuple[SearchKey, str]] | None = None,
    ) -> list[int | RowError]:
        """The contact id of each (row number, record), or why the row cannot have one.

        Records are merged one after the other, as if typed in file order: a later row
        about the same person updates what an earlier one set. `search_hints`: by row
        number, the search text of a contact made from that row alone, with its key (the
        import's helper process works them out); used when the new contact's key matches.
        """
        likely = {self._lookup(record) for _, record in records if not self._known(record)}
        self._load(likely)
        targets: list[int | RowError] = []
        new_rows = self._new_rows
        for row_number, record in records:
            target = self._match_or_create(row_number, record)
            if search_hints and target in new_rows and row_number in search_hints:
                self._search_hints.setdefault(target, search_hints[row_number])
            if isinstance(target, int) and (target in new_rows or not self._known(record)):
                if target not in new_rows:
                    self._load({target})
                if self._merge(target, record):
                    self.rows_with_effect += 1
            targets.append(target)
        return targets

    def _known(self, record: dict[str, Any]) -> bool:
        """A record that only says who it is about, all of which the shop already knows of
        one contact, changes nothing (most activity rows): no need to load and merge it."""
        if not _CONTACT_FIELDS.isdisjoint(record):
            return False
        get = record.get
        return self.known_contact(get("email"), get("phone"), get("external_id")) is not None

    def known_contact(self, email: Any, phone: Any, external_id: Any) -> int | None:
        """The one contact all these keys (None or "": not given) belong to; None when a
        key is new, they disagree, or none is given. A row naming only a known contact
        changes nothing: its target is this, without `resolve`."""
        found = None
        for value, (_, index) in zip(
            (email, phone, external_id), self._identity_indexes, strict=True
        ):
            if value:
                contact_id = index.get(value)
                if contact_id is None or (found is not None and contact_id != found):
                    return None
                found = contact_id
        return found

    def _lookup(self, record: dict[str, Any]) -> int | None:
        """Email first; then phone, then external id, but only for a contact that has no
        other email (a different email is a different person, maybe on a family phone)."""
        keys = self.keys
        get = record.get
        email = get("email")
        if email:
            found = keys.by_email.get(email)
            if found is not None:
                return found
        phone = get("phone")
        if phone:
            found = keys.by_phone.get(phone)
            if found is not None and not (email and found in keys.with_email):
                return found
        external_id = get("external_id")
        if external_id:
            found = keys.by_external_id.get(external_id)
            if found is not None and not (email and found in keys.with_email):
                return found
        return None

    def _load(self, contact_ids: set[int | None]) -> None:
        missing = {
            contact_id
            for contact_id in contact_ids
            if contact_id is not None
            and contact_id not in self._new_rows
            and contact_id not in self._changed_rows
            and contact_id not in self._stored_rows
        }
        if missing:
            self._stored_rows.update(
                import_data.contact_rows(session=self.session, contact_ids=missing)
            )

    def _match_or_create(self, row_number: int, record: dict[str, Any]) -> int | RowError:
        found = self._lookup(record)
        if found is not None:
            return found
        email, phone = record.get("email"), record.get("phone")
        if not email and not phone:
            external_id = record.get("external_id") or ""
            return RowError(row_number, "", external_id, "import.needs_email_or_phone")
        contact_id = self.keys.next_id
        self.keys.next_id += 1
        row = self._blank.copy()
        row["id"] = contact_id
        self._new_rows[contact_id] = row
        self.created_ids.add(contact_id)
        if self.forgotten.matches(email=email, phone=phone):
            self._withdraw_forgotten(contact_id)
        return contact_id

    def _withdraw_forgotten(self, contact_id: int) -> None:
        """Privacy: someone the owner was asked to forget may come back as a customer, but
        never subscribed by a file. Their consent starts 'withdrawn', which an imported
        "yes" cannot undo (see `_consent_change`)."""
        row = self._new_rows[contact_id]
        for channel in ("email", "sms"):
            row[f"{channel}_consent"] = Consent.WITHDRAWN.value
            row[f"{channel}_consent_at"] = self.now
            row[f"{channel}_consent_source"] = FORGOTTEN_SOURCE
            self._log_consent(contact_id, channel, _WITHDRAWN, FORGOTTEN_SOURCE)

    def _blank_contact(self) -> dict[str, Any]:
        """A new contact's row before the file's values (`id` to be set)."""
        return {
            "id": None,
            "email": None,
            "phone": None,
            "external_id": None,
            "first_name": "",
            "last_name": "",
            "birthday": None,
            "language": None,
            "country": None,
            "city": None,
            "tags": "",
            "email_consent": _UNKNOWN,
            "email_consent_at": None,
            "email_consent_source": None,
            "sms_consent": _UNKNOWN,
            "sms_consent_at": None,
            "sms_consent_source": None,
            "search_text": "",
            "created_at": self.now,
            "updated_at": self.now,
        }

    def _merge(self, contact_id: int, record: dict[str, Any]) -> bool:
        row = (
            self._new_rows.get(contact_id)
            or self._changed_rows.get(contact_id)
            or self._stored_rows[contact_id]
        )
        changes = self._changes(contact_id, row, record)
        if not changes:
            return False
        row.update(changes)
        if contact_id not in self._new_rows:
            self._changed_rows[contact_id] = row
            if contact_id not in self.created_ids:
                self.updated_ids.add(contact_id)
        return True

    def _changes(self, contact_id: int, row: dict[str, Any], record: dict[str, Any]) -> dict:
        changes: dict[str, Any] = {}
        get = record.get
        # Identity keys: a key already held by another contact, or a different email on a
        # contact matched by phone, is left alone (two people may share a family phone).
        for field, index in self._identity_indexes:
            value = get(field)
            if not value:
                continue
            current = row[field]
            if value == current or index.get(value, contact_id) != contact_id:
                continue
            if current:
                if field == "email":
                    continue
                if index.get(current) == contact_id:
                    del index[current]
            index[value] = contact_id
            if field == "email":
                self.keys.with_email.add(contact_id)
            changes[field] = value
        full_name = get("full_name")
        if full_name and not (row["first_name"] or row["last_name"]):
            if "first_name" not in record and "last_name" not in record:
                record = {**record, "first_name": full_name[0], "last_name": full_name[1]}
                get = record.get
        for field in _PLAIN_FIELDS:
            value = get(field)
            if value is not None and value != "" and value != row[field]:
                changes[field] = value
        tags = get("tags")
        if tags:
            merged = ",".join(sorted(set(filter(None, row["tags"].split(","))) | set(tags)))
            if merged != row["tags"]:
                changes["tags"] = merged
        for field, channel in _CONSENT_FIELDS:
            accepts = get(field)
            if accepts is not None:
                self._consent_change(contact_id, row, accepts, channel, changes)
        return changes

    def _consent_change(
        self,
        contact_id: int,
        row: dict[str, Any],
        accepts: bool,
        channel: str,
        changes: dict[str, Any],
    ) -> None:
        current = row[f"{channel}_consent"]
        if accepts:
            # An imported "yes" may be older than the withdrawal: it never overrides one.
            new = _GRANTED if current == _UNKNOWN else current
        else:
            # "No" withdraws a consent once given; with none given there is nothing to record.
            new = _WITHDRAWN if current == _GRANTED else current
        if new == current:
            return
        changes[f"{channel}_consent"] = new
        changes[f"{channel}_consent_at"] = self.now
        changes[f"{channel}_consent_source"] = IMPORT_SOURCE
        self._log_consent(contact_id, channel, new, IMPORT_SOURCE)

    def _log_consent(self, contact_id: int, channel: str, status: str, source: str) -> None:
        """A consent-log entry (in `import_data.CONSENT_COLUMNS` order), written at flush."""
        now = self._now_text
        self._consent_rows.append(
            (contact_id, channel, status, source, self.consent_detail, now, now)
        )

    def flush(self) -> None:
        """Write the contacts created and changed since the last flush."""
        self._fill_search_texts()
        for row in self._changed_rows.values():
            row["updated_at"] = self.now
        import_data.insert_contacts(session=self.session, rows=list(self._new_rows.values()))
        import_data.update_contacts(session=self.session, rows=list(self._changed_rows.values()))
        import_data.insert_consent_rows(session=self.session, rows=self._consent_rows)
        self._new_rows.clear()
        self._changed_rows.clear()
        self._stored_rows.clear()
        self._consent_rows = []
        self._search_hints.clear()

    def _fill_search_texts(self) -> None:
        """Each written row's search text: a hint's when the row's key is the hint's (the
        text depends on nothing else), otherwise worked out here."""
        hints = self._search_hints
        to_compute = []
        for contact_id, row in self._new_rows.items():
            hint = hints.get(contact_id)
            if hint is not None and hint[0] == search_key(row):
                row["search_text"] = hint[1]
            else:
                to_compute.append(row)
        to_compute.extend(self._changed_rows.values())
        for row, text in zip(to_compute, search_texts(to_compute), strict=True):
            row["search_text"] = text


_CONTACT_FIELDS = frozenset(
    ("first_name", "last_name", "full_name", *_PLAIN_FIELDS, "tags", "accepts_email", "accepts_sms")
)
