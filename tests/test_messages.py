"""The core's own texts (errors shown by the CLI and the GUI) in Spanish and English."""

from __future__ import annotations


def test_core_messages_exist_in_both_languages_with_the_same_placeholders() -> None:
    import string

    from shopnurture.messages import MESSAGES

    for code, texts in MESSAGES.items():
        assert set(texts) == {"es", "en"}, code
        fields = [  # a plural choice `{count|# order|# orders}` counts as its `{count}`
            {name.split("|")[0] for _, name, _, _ in string.Formatter().parse(texts[lang]) if name}
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


def test_a_count_picks_the_singular_or_plural_form_in_each_language() -> None:
    from shopnurture.messages import render_message

    code = "explain.phase.customer"
    assert render_message(code, "es", count=1) == "Fase III: 1 pedido"
    assert render_message(code, "es", count=8) == "Fase III: 8 pedidos"
    assert render_message(code, "en", count=1) == "Phase III: 1 order"
    assert render_message(code, "en", count=0) == "Phase III: 0 orders"
    rfm = render_message(
        "explain.rfm.group", "es", group="Fieles", days=1, recency=5, orders=3, frequency=3,
        amount="90.00", monetary=2,
    )  # fmt: skip
    assert rfm == "Fieles: último pedido hace 1 día (R5), 3 pedidos (F3), 90.00 gastados (M2)"
