"""Words found in owners' sheets for countries, languages, event types and product kinds,
read into the values the shop stores."""

from __future__ import annotations

from shopnurture.domain.cell_cleaning import CellInvalid
from shopnurture.domain.contact_fields import validate_country, validate_language
from shopnurture.domain.import_fields import EVENT_WORDS, PRODUCT_KIND_WORDS, fold_header
from shopnurture.domain.vocabulary import EventType
from shopnurture.errors import ValidationError

# fmt: off
_COUNTRY_NAMES = {
    "ES": ("España", "Spain", "Espana"), "MX": ("México", "Mexico"), "AR": ("Argentina",),
    "CO": ("Colombia",), "CL": ("Chile",), "PE": ("Perú", "Peru"), "VE": ("Venezuela",),
    "EC": ("Ecuador",), "UY": ("Uruguay",), "PY": ("Paraguay",), "BO": ("Bolivia",),
    "CR": ("Costa Rica",), "PA": ("Panamá", "Panama"), "GT": ("Guatemala",),
    "HN": ("Honduras",), "SV": ("El Salvador",), "NI": ("Nicaragua",),
    "DO": ("República Dominicana", "Dominican Republic"), "CU": ("Cuba",),
    "PR": ("Puerto Rico",), "US": ("Estados Unidos", "United States", "USA", "EE. UU.", "EEUU"),
    "CA": ("Canadá", "Canada"), "BR": ("Brasil", "Brazil"), "PT": ("Portugal",),
    "FR": ("Francia", "France"), "DE": ("Alemania", "Germany"), "IT": ("Italia", "Italy"),
    "GB": ("Reino Unido", "United Kingdom", "UK", "Great Britain"),
    "IE": ("Irlanda", "Ireland"), "NL": ("Países Bajos", "Holanda", "Netherlands"),
    "BE": ("Bélgica", "Belgium"), "CH": ("Suiza", "Switzerland"), "AD": ("Andorra",),
    "AT": ("Austria",), "SE": ("Suecia", "Sweden"), "PL": ("Polonia", "Poland"),
    "MA": ("Marruecos", "Morocco"),
}
_LANGUAGE_NAMES = {
    "es": ("español", "castellano", "spanish", "espanol"),
    "en": ("inglés", "english", "ingles"),
}
# fmt: on
COUNTRY_WORDS = {
    fold_header(name): code for code, names in _COUNTRY_NAMES.items() for name in names
}
LANGUAGE_WORDS = {
    fold_header(name): code for code, names in _LANGUAGE_NAMES.items() for name in names
}
KNOWN_EVENTS = ", ".join(event.value for event in EventType)


def parse_country(text: str) -> str:
    """A two-letter code from a code ("es", "ES") or a name ("España", "Spain")."""
    code = COUNTRY_WORDS.get(fold_header(text))
    if code is not None:
        return code
    try:
        found = validate_country(text)
    except ValidationError:
        raise CellInvalid("contact.country_invalid", value=text) from None
    if found is None:
        raise CellInvalid("contact.country_invalid", value=text)
    return found


def parse_language(text: str) -> str:
    code = LANGUAGE_WORDS.get(fold_header(text))
    if code is not None:
        return code
    try:
        found = validate_language(text)
    except ValidationError:
        raise CellInvalid("contact.language_invalid", value=text) from None
    if found is None:
        raise CellInvalid("contact.language_invalid", value=text)
    return found


def parse_event_type(text: str) -> str:
    event = EVENT_WORDS.get(fold_header(text))
    if event is None:
        raise CellInvalid("import.event_invalid", value=text, known=KNOWN_EVENTS)
    return event.value


def parse_product_kind(text: str) -> str:
    kind = PRODUCT_KIND_WORDS.get(fold_header(text))
    if kind is None:
        raise CellInvalid("import.product_kind_invalid", value=text)
    return kind.value


def split_full_name(text: str) -> tuple[str, str]:
    """(first name, last names) the Spanish way: "Ana López García" -> ("Ana", "López García");
    four words or more keep a compound first name ("Ana María López García")."""
    words = text.split()
    if not words:
        return "", ""
    first_words = 2 if len(words) >= 4 else 1
    return " ".join(words[:first_words]), " ".join(words[first_words:])


def parse_list(text: str) -> list[str]:
    """Items separated by commas, semicolons or vertical bars, trimmed, without repeats."""
    for separator in (";", "|"):
        text = text.replace(separator, ",")
    seen: dict[str, None] = {}
    for part in text.split(","):
        item = part.strip()
        if item:
            seen.setdefault(item, None)
    return list(seen)
