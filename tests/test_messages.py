"""The core's own texts (errors shown by the CLI and the GUI) in Spanish and English."""

from __future__ import annotations


def test_core_messages_exist_in_both_languages_with_the_same_placeholders() -> None:
    import string

    from shopnurture.messages import MESSAGES

    for code, texts in MESSAGES.items():
        assert set(texts) == {"es", "en"}, code
        fields = [
            {name for _, name, _, _ in string.Formatter().parse(texts[lang]) if name}
            for lang in ("es", "en")
        ]
        assert fields[0] == fields[1], code


def test_a_nested_reason_is_shown_in_the_same_language() -> None:
    from shopnurture.domain.shop_settings import clean_setting
    from shopnurture.errors import UserError

    try:
        clean_setting("language", "fr")
    except UserError as error:
        assert error.message("es") == "Valor no válido fr para language: usa es o en"
        assert error.message("en") == "Invalid value fr for language: use es or en"
    else:
        raise AssertionError("fr is not a supported language")
