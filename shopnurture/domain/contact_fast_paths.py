"""Quick answers for the common shapes of email addresses and phone numbers, so that an
import of 100,000 rows does not pay email-validator and phonenumbers (~30 µs each) per row.

Each fast path either returns exactly what `contact_fields.normalize_email` /
`normalize_phone` would return, or None to say "ask the library" (which also explains
why a value is invalid). Tests prove the equality with hypothesis-generated values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import phonenumbers
from email_validator import SPECIAL_USE_DOMAIN_NAMES

from shopnurture.domain.contact_fields import normalize_email, normalize_phone

# -- email ----------------------------------------------------------------------------------

# ASCII only (a non-ASCII letter may lower-case to ASCII: the Kelvin sign becomes "k"), a
# dot-atom local part without leading, trailing or doubled dots, and a domain of plain
# labels ending in an alphabetic top-level domain. Anything else goes to the library.
_SIMPLE_EMAIL = re.compile(
    r"^(?=.{1,64}@)[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_+\-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63}))$"
)
_SPECIAL_USE_DOMAINS = frozenset(SPECIAL_USE_DOMAIN_NAMES)
_EMAIL_MAX_LENGTH = 254


def fast_email(text: str) -> str | None:
    """The normalised address for a plain ASCII address, else None (use the library)."""
    match = _SIMPLE_EMAIL.match(text)
    if match is None or len(text) > _EMAIL_MAX_LENGTH:
        return None
    domain = match[1].lower()
    # IDNA rules apply to labels with "--" in the third and fourth places (xn--...).
    if "--" in domain or match[2].lower() in _SPECIAL_USE_DOMAINS:
        return None
    return text.lower()


def clean_email(raw: str) -> str | None:
    """Like `normalize_email` (and as strict), faster for the usual addresses."""
    text = raw.strip()
    return fast_email(text) or normalize_email(text)


# -- phone ----------------------------------------------------------------------------------

_PLAIN_PHONE = re.compile(r"^\+?[0-9][0-9 ().\-]*$")
_SEPARATORS = re.compile(r"[ ().\-]")
_TYPE_DESCRIPTIONS = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
    "mobile",
)


@dataclass(frozen=True)
class _Description:
    lengths: frozenset[int]
    pattern: re.Pattern[str]

    def matches(self, digits: str) -> bool:
        if self.lengths and len(digits) not in self.lengths:
            return False
        return self.pattern.fullmatch(digits) is not None


@dataclass(frozen=True)
class _Region:
    country_code: str
    general: _Description
    types: tuple[_Description, ...]
    national_prefix: re.Pattern[str] | None
    international_prefix: re.Pattern[str] | None
    _types_by_length: dict[int, re.Pattern[str] | None] = field(default_factory=dict)

    def is_valid(self, national: str) -> bool:
        """Some number type of the region takes it (its length and its pattern)."""
        if not self.general.matches(national):
            return False
        length = len(national)
        try:
            pattern = self._types_by_length[length]
        except KeyError:
            pattern = self._types_by_length[length] = self._types_of_length(length)
        return pattern is not None and pattern.fullmatch(national) is not None

    def _types_of_length(self, length: int) -> re.Pattern[str] | None:
        """One pattern for all the types a number of this length may be: a full match of
        the alternation is a full match of one of them."""
        patterns = [
            description.pattern.pattern
            for description in self.types
            if not description.lengths or length in description.lengths
        ]
        if not patterns:
            return None
        return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


_REGIONS: dict[str, _Region | None] = {}


def _description(desc: object) -> _Description | None:
    pattern = getattr(desc, "national_number_pattern", None)
    if not pattern:
        return None
    lengths = frozenset(getattr(desc, "possible_length", ()) or ())
    return _Description(lengths=lengths, pattern=re.compile(pattern))


def _region(region_code: str) -> _Region | None:
    """The validity rules of one region, or None when it is not simple enough to go fast."""
    if region_code in _REGIONS:
        return _REGIONS[region_code]
    found: _Region | None = None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region_code)
    calling_code = phonenumbers.country_code_for_region(region_code)
    # A calling code shared by several regions (+1, +7, +44...) needs the library's choice.
    shared = len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(calling_code, ())) != 1
    if metadata is not None and not shared:
        general = _description(metadata.general_desc)
        types = tuple(
            description
            for name in _TYPE_DESCRIPTIONS
            if (description := _description(getattr(metadata, name, None))) is not None
        )
        national_prefix = metadata.national_prefix_for_parsing or metadata.national_prefix
        if general is not None and types:
            found = _Region(
                country_code=str(calling_code),
                general=general,
                types=types,
                national_prefix=re.compile(national_prefix) if national_prefix else None,
                international_prefix=(
                    re.compile(metadata.international_prefix)
                    if metadata.international_prefix
                    else None
                ),
            )
    _REGIONS[region_code] = found
    return found


def _calling_code_region(digits: str) -> tuple[str, str] | None:
    """(region, national number) for "+<calling code><number>" with a one-region code."""
    if len(digits) < 4 or digits.startswith("0"):
        return None
    for size in (1, 2, 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:size]))
        if regions:
            if len(regions) != 1 or regions[0] == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
                return None
            return regions[0], digits[size:]
    return None


def fast_phone(text: str, default_country: str) -> str | None:
    """E.164 for a plainly written valid number, else None (use the library)."""
    if not _PLAIN_PHONE.match(text):
        return None
    digits = _SEPARATORS.sub("", text)
    if text.startswith("00"):  # as `normalize_phone` reads it, before the library
        digits = "+" + digits[2:]
    if digits.startswith("+"):
        found = _calling_code_region(digits[1:])
        if found is None:
            return None
        region_code, national = found
        region = _region(region_code)
    else:
        region = _region(default_country.upper())
        national = digits
        if region is None:
            return None
        # The library would try to strip an international prefix or a calling code first.
        if national.startswith(region.country_code) or (
            region.international_prefix is not None and region.international_prefix.match(national)
        ):
            return None
    if region is None or not national or national.startswith("0") or "+" in national:
        return None
    # A national prefix (trunk "0", Argentina's "15"...) needs the library's stripping rules.
    # Some regions' prefix pattern also matches nothing at all (Argentina's is optional
    # throughout); an empty match that captures nothing leaves the library nothing to strip.
    if region.national_prefix is not None:
        prefix = region.national_prefix.match(national)
        if prefix is not None and (prefix.end() or prefix.lastindex is not None):
            return None
    if not region.is_valid(national):
        return None
    return f"+{region.country_code}{national}"


def clean_phone(raw: str, default_country: str) -> str | None:
    """Like `normalize_phone` (and as strict), faster for the usual numbers."""
    text = raw.strip()
    return fast_phone(text, default_country) or normalize_phone(text, default_country)
