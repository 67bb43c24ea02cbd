"""The fast email and phone paths answer exactly as email-validator and phonenumbers do."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shopnurture.domain.contact_fast_paths import clean_email, clean_phone, fast_email, fast_phone
from shopnurture.domain.contact_fields import normalize_email, normalize_phone
from shopnurture.errors import ValidationError

REGIONS = ("ES", "MX", "AR", "CO", "CL", "PE", "US", "GB", "IT", "FR", "DE", "UY", "VE", "BO")

_local_chars = st.sampled_from("abcxyzKLM019._+-'\u212a!#")
_domain_chars = st.sampled_from("abcxyzKL09-.\u00e9")
_tld = st.sampled_from(
    ["es", "com", "COM", "mx", "local", "test", "x", "c0m", "museum", "onion", "xn--p1ai", "123"]
)
email_like = st.builds(
    lambda local, domain, tld: f"{local}@{domain}.{tld}",
    st.text(_local_chars, min_size=0, max_size=70),
    st.text(_domain_chars, min_size=0, max_size=70),
    _tld,
)

plain_email = st.builds(
    lambda local, labels, tld: f"{local}@{'.'.join(labels)}.{tld}",
    st.text(st.sampled_from("abcdefxyzABC0129._-+"), min_size=1, max_size=66),
    st.lists(
        st.text(st.sampled_from("abcxyzAB09-"), min_size=1, max_size=64), min_size=1, max_size=3
    ),
    _tld,
)


def library_email(text: str) -> str | None:
    try:
        return normalize_email(text)
    except ValidationError:
        return None


@settings(max_examples=3000, deadline=None)
@given(st.one_of(plain_email, email_like, st.text(max_size=40)))
@example("Lucia.Nunez@Example.ES")
@example("a..b@example.com")
@example(".a@example.com")
@example("a@-example.com")
@example("a@example.local")
@example("\u212aarl@example.com")
@example("a@xn--ls8h.la")
@example("a@ab--cd.es")
@example("a" * 65 + "@example.com")
def test_fast_email_agrees_with_the_library(text: str) -> None:
    fast = fast_email(text)
    if fast is not None:
        assert library_email(text) == fast


def test_the_usual_addresses_take_the_fast_path() -> None:
    for text in ("lucia.nunez@gmail.com", "J_Perez+shop@Correo.Example.ES", "ana-m@hotmail.es"):
        assert fast_email(text) == normalize_email(text)


def library_phone(text: str, region: str) -> str | None:
    try:
        return normalize_phone(text, region)
    except ValidationError:
        return None


def _formatted(number: phonenumbers.PhoneNumber, style: int, separator: str) -> str:
    text = phonenumbers.format_number(number, style)
    return text.replace(" ", separator)


@st.composite
def phone_like(draw: st.DrawFn) -> tuple[str, str]:
    region = draw(st.sampled_from(REGIONS))
    source = draw(st.sampled_from(REGIONS))
    kind = draw(st.sampled_from(["mobile", "fixed_line", "toll_free", "premium_rate"]))
    example_number = phonenumbers.example_number_for_type(
        source, getattr(phonenumbers.PhoneNumberType, kind.upper())
    )
    if example_number is None:
        example_number = phonenumbers.example_number(source)
    digits = list(str(example_number.national_number))
    # Nudge digits so that valid and invalid numbers near the real shapes both come up.
    for _ in range(draw(st.integers(0, 2))):
        position = draw(st.integers(0, len(digits) - 1))
        digits[position] = draw(st.sampled_from("0123456789"))
    if draw(st.booleans()):
        digits = digits[: draw(st.integers(1, len(digits)))]
    if draw(st.booleans()):
        digits.append(draw(st.sampled_from("0123456789")))
    number = phonenumbers.PhoneNumber(
        country_code=example_number.country_code, national_number=int("".join(digits))
    )
    style = draw(
        st.sampled_from(
            [
                phonenumbers.PhoneNumberFormat.E164,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
            ]
        )
    )
    text = _formatted(number, style, draw(st.sampled_from([" ", "-", ".", ""])))
    prefix = draw(st.sampled_from(["", "", "00", "0", "(", "+"]))
    if prefix == "00" and text.startswith("+"):
        text = "00" + text[1:]
    elif prefix and prefix not in ("00",):
        text = prefix + text
    return text, region


@settings(max_examples=4000, deadline=None)
@given(st.one_of(phone_like(), st.tuples(st.text("0123456789 +-().", max_size=20), st.just("ES"))))
@example(("612 34 56 78", "ES"))
@example(("+34 612 34 56 78", "MX"))
@example(("0034612345678", "ES"))
@example(("0 0 34 612345678", "US"))
@example(("+034612345678", "ES"))
@example(("34612345678", "ES"))
@example(("011 54 9 11 2345 6789", "US"))
@example(("15 2345 6789", "AR"))
@example(("+54 9 11 2212-4266", "ES"))
@example(("011 15 2212-4266", "AR"))
@example(("9 11 2212-4266", "AR"))
def test_fast_phone_agrees_with_the_library(case: tuple[str, str]) -> None:
    text, region = case
    fast = fast_phone(text, region)
    if fast is not None:
        assert library_phone(text, region) == fast


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("612 34 56 78", "ES"),
        ("612345678", "ES"),
        ("+34 612 345 678", "ES"),
        ("0034 612-345-678", "ES"),
        ("91 123 45 67", "ES"),
        ("+52 55 1234 5678", "ES"),
        ("55 1234 5678", "MX"),
        ("+54 9 11 2212-4266", "ES"),
        ("11 2212-4266", "AR"),
    ],
)
def test_the_usual_numbers_take_the_fast_path(text: str, region: str) -> None:
    assert fast_phone(text, region) is not None
    assert fast_phone(text, region) == normalize_phone(text, region)


def test_clean_functions_fall_back_to_the_library_and_its_errors() -> None:
    assert clean_email(" Ana@Ejemplo.ES ") == "ana@ejemplo.es"
    assert clean_email("josé@ejemplo.es") == normalize_email("josé@ejemplo.es")
    with pytest.raises(ValidationError):
        clean_email("not-an-address")
    assert clean_phone("06 12 34 56 78", "FR") == "+33612345678"
    with pytest.raises(ValidationError):
        clean_phone("123", "ES")


@settings(max_examples=500, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            name: st.one_of(st.none(), st.text(max_size=12))
            for name in ("first_name", "last_name", "email", "phone", "city", "tags")
        },
    )
)
def test_the_import_search_text_is_the_apps(values: dict[str, str | None]) -> None:
    from shopnurture.data.contacts import search_text_for
    from shopnurture.domain.contact_search_text import search_text

    assert search_text(values) == search_text_for(values)
