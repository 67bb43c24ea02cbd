"""A contact as typed by the owner, and its cleaning into storable values with per-field errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from shopnurture.domain.contact_fields import (
    normalize_email,
    normalize_phone,
    normalize_tags,
    validate_birthday,
    validate_country,
    validate_language,
    validate_time_zone,
)
from shopnurture.domain.vocabulary import Consent
from shopnurture.errors import ValidationError


@dataclass
class ContactDraft:
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    birthday: date | None = None
    language: str = ""
    country: str = ""
    city: str = ""
    time_zone: str = ""
    tags: str = ""
    email_consent: str = Consent.UNKNOWN.value
    sms_consent: str = Consent.UNKNOWN.value
    external_id: str = ""
    custom_fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class CleanedContact:
    values: dict[str, Any]
    errors: dict[str, ValidationError]

    @property
    def is_valid(self) -> bool:
        return not self.errors


def clean_contact_draft(
    draft: ContactDraft, *, default_country: str, today: date
) -> CleanedContact:
    """Every field checked; all problems reported at once, keyed by field name."""
    values: dict[str, Any] = {}
    errors: dict[str, ValidationError] = {}

    def attempt(name: str, compute: Any) -> None:
        try:
            values[name] = compute()
        except ValidationError as error:
            errors[name] = error

    country = (draft.country or "").strip().upper() or default_country
    attempt("email", lambda: normalize_email(draft.email))
    attempt(
        "phone",
        lambda: normalize_phone(draft.phone, country if len(country) == 2 else default_country),
    )
    attempt("birthday", lambda: validate_birthday(draft.birthday, today))
    attempt("language", lambda: validate_language(draft.language))
    attempt("country", lambda: validate_country(draft.country))
    attempt("time_zone", lambda: validate_time_zone(draft.time_zone))
    values["first_name"] = draft.first_name.strip()
    values["last_name"] = draft.last_name.strip()
    values["city"] = draft.city.strip() or None
    values["tags"] = ",".join(normalize_tags(draft.tags))
    values["external_id"] = draft.external_id.strip() or None
    values["custom_fields"] = json.dumps(draft.custom_fields, ensure_ascii=False, sort_keys=True)
    for channel in ("email_consent", "sms_consent"):
        values[channel] = Consent(draft.__getattribute__(channel)).value
    if (
        "email" not in errors
        and "phone" not in errors
        and not values["email"]
        and not values["phone"]
    ):
        errors["email"] = ValidationError("email", "contact.needs_email_or_phone")
    return CleanedContact(values=values, errors=errors)
