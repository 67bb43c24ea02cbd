"""Cleaning contact fields: emails, phones in E.164, tags, and the whole draft."""

from __future__ import annotations

from datetime import date

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopnurture.domain.contact_draft import ContactDraft, clean_contact_draft
from shopnurture.domain.contact_fields import (
    fold_for_search,
    normalize_email,
    normalize_phone,
    normalize_tags,
)
from shopnurture.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("612 34 56 78", "ES", "+34612345678"),
        ("+34 612-345-678", "MX", "+34612345678"),
        ("0034612345678", "AR", "+34612345678"),
        ("55 1234 5678", "MX", "+525512345678"),
        ("+54 9 11 2345-6789", "ES", "+5491123456789"),
        ("  ", "ES", None),
    ],
)
def test_phones_become_e164(raw: str, country: str, expected: str | None) -> None:
    assert normalize_phone(raw, country) == expected


@pytest.mark.parametrize("raw", ["12", "abc", "+34 000", "612 34 56 78 99 99"])
def test_impossible_phones_are_refused_with_the_country(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(raw, "ES")
    assert caught.value.field == "phone"
    assert "ES" in caught.value.message("es")


def test_emails_are_trimmed_and_lower_cased() -> None:
    assert normalize_email("  Lucia.Nunez@Example.ES ") == "lucia.nunez@example.es"
    assert normalize_email("") is None
    for bad in ("pepe@@example.es", "sin-arroba", "a@b"):
        with pytest.raises(ValidationError):
            normalize_email(bad)


def test_tags_are_unique_sorted_lower_case() -> None:
    assert normalize_tags("VIP, newsletter,,vip , Mayorista") == ["mayorista", "newsletter", "vip"]


def test_search_folding_removes_accents() -> None:
    assert fold_for_search("José", "NÚÑEZ", None, "Peña") == "jose nunez pena"


def test_a_draft_reports_every_problem_at_once() -> None:
    draft = ContactDraft(
        email="x@", phone="1", birthday=date(2030, 1, 1), language="fr", time_zone="Moon/Base"
    )
    cleaned = clean_contact_draft(draft, default_country="ES", today=date(2026, 11, 23))
    assert set(cleaned.errors) == {"email", "phone", "birthday", "language", "time_zone"}


def test_a_draft_needs_an_email_or_a_phone() -> None:
    cleaned = clean_contact_draft(
        ContactDraft(first_name="Ana"), default_country="ES", today=date(2026, 11, 23)
    )
    assert cleaned.errors["email"].code == "contact.needs_email_or_phone"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["ES", "MX", "AR", "CO", "CL", "PE"]), st.data())
def test_any_valid_national_number_round_trips(country: str, data: st.DataObject) -> None:
    example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    # Vary the last digits; keep only what the library itself calls valid.
    suffix = data.draw(st.text(alphabet="0123456789", min_size=3, max_size=3))
    candidate = national[:-3] + suffix
    parsed = phonenumbers.parse(candidate, country)
    if not phonenumbers.is_valid_number(parsed):
        return
    expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    assert normalize_phone(candidate, country) == expected
    assert normalize_phone(expected, "ES") == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_tag_normalising_is_idempotent(raw: str) -> None:
    once = normalize_tags(raw)
    assert normalize_tags(",".join(once)) == once
