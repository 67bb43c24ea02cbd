"""Adding, editing and deleting contacts as the owner does it by hand."""

from __future__ import annotations

import json
from datetime import date

from shopnurture.data import contacts as contact_data
from shopnurture.data.consent import record_consent_change
from shopnurture.data.database import Database
from shopnurture.data.privacy import FORGOTTEN_SOURCE, is_forgotten
from shopnurture.data.tables import Contact
from shopnurture.domain.contact_draft import ContactDraft, clean_contact_draft
from shopnurture.errors import UserError, ValidationError
from shopnurture.services.settings import read_settings

MANUAL_SOURCE = "manual"


class ContactInvalid(UserError):
    """The draft has invalid fields; `errors` maps each field to its problem."""

    def __init__(self, errors: dict[str, ValidationError]) -> None:
        self.errors = errors
        first = next(iter(errors.values()))
        super().__init__(first.code, **first.params)


def draft_from_contact(contact: Contact) -> ContactDraft:
    return ContactDraft(
        first_name=contact.first_name,
        last_name=contact.last_name,
        email=contact.email or "",
        phone=contact.phone or "",
        birthday=contact.birthday,
        language=contact.language or "",
        country=contact.country or "",
        city=contact.city or "",
        time_zone=contact.time_zone or "",
        tags=contact.tags.replace(",", ", "),
        email_consent=contact.email_consent,
        sms_consent=contact.sms_consent,
        external_id=contact.external_id or "",
        custom_fields=json.loads(contact.custom_fields or "{}"),
    )


def save_contact(
    database: Database, draft: ContactDraft, *, contact_id: int | None = None, today: date
) -> int:
    """Create (no id) or update a contact; all-or-nothing. Raises ContactInvalid."""
    country = read_settings(database)["country"]
    cleaned = clean_contact_draft(draft, default_country=country, today=today)
    if not cleaned.is_valid:
        raise ContactInvalid(cleaned.errors)
    values = cleaned.values
    with database.write_session() as session:
        _check_unique(session, values, contact_id)
        previous = (
            contact_data.get_contact(session=session, contact_id=contact_id) if contact_id else None
        )
        if contact_id is not None and previous is None:
            raise UserError("contact.not_found", contact_id=contact_id)
        now = contact_data.utc_now()
        # Privacy: a forgotten person may be added again (they may buy again), but never
        # with marketing consent: both channels become 'withdrawn', logged as 'forgotten',
        # whether they come back as a new contact or as an address typed into another one.
        source = MANUAL_SOURCE
        if is_forgotten(session, *_addresses_new_to(previous, values)):
            values["email_consent"] = values["sms_consent"] = "withdrawn"
            source = FORGOTTEN_SOURCE
        for channel in ("email", "sms"):
            new_status = values[f"{channel}_consent"]
            old_status = getattr(previous, f"{channel}_consent") if previous else "unknown"
            if new_status != old_status:
                values[f"{channel}_consent_at"] = now
                values[f"{channel}_consent_source"] = source
        if previous is None:
            contact_id = contact_data.create_contact(session=session, values=values)
        else:
            session.expunge(previous)
            contact_data.update_contact(session=session, contact_id=contact_id, values=values)
        for channel in ("email", "sms"):
            if f"{channel}_consent_at" in values:
                record_consent_change(
                    session=session,
                    contact_id=contact_id,
                    channel=channel,
                    status=values[f"{channel}_consent"],
                    source=source,
                    occurred_at=now,
                )
    return contact_id


def _addresses_new_to(previous: Contact | None, values: dict) -> tuple[str | None, str | None]:  # type: ignore[type-arg]
    """The email and phone in `values` that `previous` did not already have (both for a
    new contact): only an address being added can bring a forgotten person back."""
    email, phone = values.get("email"), values.get("phone")
    if previous is None:
        return email, phone
    return (
        email if email != previous.email else None,
        phone if phone != previous.phone else None,
    )


def _check_unique(session, values: dict, contact_id: int | None) -> None:  # type: ignore[no-untyped-def]
    errors: dict[str, ValidationError] = {}
    for field_name, code in (("email", "contact.email_taken"), ("phone", "contact.phone_taken")):
        value = values.get(field_name)
        if value and contact_data.contact_exists_with(
            session=session, column_name=field_name, value=value, exclude_id=contact_id
        ):
            errors[field_name] = ValidationError(field_name, code, **{field_name: value})
    if errors:
        raise ContactInvalid(errors)


def delete_contacts(database: Database, contact_ids: list[int]) -> contact_data.DeletedContacts:
    """Delete contacts with their activity; the returned snapshot lets Undo restore them."""
    with database.write_session() as session:
        return contact_data.delete_contacts(session=session, contact_ids=contact_ids)


def restore_contacts(database: Database, deleted: contact_data.DeletedContacts) -> None:
    with database.write_session() as session:
        contact_data.restore_contacts(session=session, deleted=deleted)
