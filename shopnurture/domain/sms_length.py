"""How many SMS parts a text takes: GSM-7 (160 single / 153 per part, extension-table
characters count twice) or, with any other character, UCS-2 (70 single / 67 per part)."""

from __future__ import annotations

from typing import NamedTuple

GSM7 = "gsm7"
UCS2 = "ucs2"

# The GSM 03.38 basic character set: Spanish has ñ Ñ é É ¿ ¡ ü Ü ò à in it, but not á í ó ú.
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Sent as an escape plus the character: two septets each.
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")

_LIMITS = {GSM7: (160, 153), UCS2: (70, 67)}


class SmsLength(NamedTuple):
    encoding: str  # "gsm7" or "ucs2"
    segments: int  # 0 for an empty text
    chars_left: int  # units still free in the last part


def is_gsm7(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text)


def _units(text: str, encoding: str) -> list[int]:
    """The width of each character: septets for GSM-7, 16-bit code units for UCS-2."""
    if encoding == GSM7:
        return [2 if ch in GSM_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def sms_segments(text: str) -> SmsLength:
    """(encoding, parts, units left in the last part) for `text` as an SMS would send it.

    In a concatenated message an escape pair or a surrogate pair is never split across two
    parts: when it does not fit, the part ends early.
    """
    encoding = GSM7 if is_gsm7(text) else UCS2
    single, part = _LIMITS[encoding]
    widths = _units(text, encoding)
    total = sum(widths)
    if total == 0:
        return SmsLength(encoding, 0, single)
    if total <= single:
        return SmsLength(encoding, 1, single - total)
    segments, used = 1, 0
    for width in widths:
        if used + width > part:
            segments, used = segments + 1, 0
        used += width
    return SmsLength(encoding, segments, part - used)
