"""The SMS segment counter: GSM-7 versus UCS-2, Spanish accents, extension characters."""

from __future__ import annotations

import pytest

from shopnurture.domain.flows.message_text import sms_segments as parts_for_validation
from shopnurture.domain.sms_length import GSM7, UCS2, SmsLength, sms_segments


def test_plain_text_fits_160_gsm7_characters() -> None:
    assert sms_segments("a" * 160) == SmsLength(GSM7, 1, 0)
    assert sms_segments("Hola") == SmsLength(GSM7, 1, 156)


def test_an_empty_text_is_no_message_yet() -> None:
    assert sms_segments("") == SmsLength(GSM7, 0, 160)


def test_past_160_gsm7_parts_hold_153() -> None:
    assert sms_segments("a" * 161) == SmsLength(GSM7, 2, 2 * 153 - 161)
    assert sms_segments("a" * 306) == SmsLength(GSM7, 2, 0)
    assert sms_segments("a" * 307) == SmsLength(GSM7, 3, 152)


@pytest.mark.parametrize("letter", ["ñ", "Ñ", "¿", "¡", "é", "É", "ü", "Ü", "ò", "à", "Ç"])
def test_spanish_letters_in_the_gsm7_basic_set_keep_gsm7(letter: str) -> None:
    text = f"{letter}Hola, mañana"
    assert sms_segments(text) == SmsLength(GSM7, 1, 160 - len(text))


@pytest.mark.parametrize("letter", ["á", "í", "ó", "ú", "ç", "Á", "Ó", "Ú"])
def test_acute_vowels_other_than_e_switch_to_ucs2(letter: str) -> None:
    found = sms_segments(f"Tu pedido está listo {letter}")
    assert found.encoding == UCS2
    assert found.segments == 1


def test_a_single_accent_shrinks_the_message_from_160_to_70() -> None:
    text = "a" * 69 + "ó"
    assert sms_segments(text) == SmsLength(UCS2, 1, 0)
    assert sms_segments(text + "a") == SmsLength(UCS2, 2, 2 * 67 - 71)
    assert sms_segments("ó" * 134) == SmsLength(UCS2, 2, 0)
    assert sms_segments("ó" * 135) == SmsLength(UCS2, 3, 66)


def test_a_spanish_question_with_n_tilde_and_e_acute_stays_gsm7() -> None:
    # ¿ ¡ ñ é are all in the basic set: 1 unit each.
    text = "¡Hola! ¿Mañana café?"
    assert sms_segments(text) == SmsLength(GSM7, 1, 160 - len(text))


@pytest.mark.parametrize("symbol", ["€", "[", "]", "{", "}", "^", "~", "\\", "|"])
def test_extension_characters_count_twice(symbol: str) -> None:
    assert sms_segments("a" * 10 + symbol) == SmsLength(GSM7, 1, 160 - 12)


def test_an_escape_pair_is_never_split_between_parts() -> None:
    # 152 letters, then "€" (2 units) cannot fit in the first part's last unit.
    text = "a" * 152 + "€" + "a" * 10
    assert sum(2 if ch == "€" else 1 for ch in text) == 164
    found = sms_segments(text)
    assert found.segments == 2
    assert found.chars_left == 153 - 12  # the second part holds "€" and ten letters


def test_a_price_in_euros_with_accents_is_ucs2_where_euro_counts_once() -> None:
    text = "Último día: 9,90 €"
    assert sms_segments(text) == SmsLength(UCS2, 1, 70 - len(text))


def test_an_emoji_takes_two_ucs2_units() -> None:
    assert sms_segments("🙂") == SmsLength(UCS2, 1, 68)


def test_flow_validation_counts_the_same_parts() -> None:
    assert parts_for_validation("a" * 307) == 3
    assert parts_for_validation("") == 1
    assert parts_for_validation("ó" * 135) == 3
