"""What the owner reads for segment fields, comparisons and RFM groups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "SegmentLabels"

FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("SegmentLabels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("SegmentLabels", "Last name"),
    "email": QT_TRANSLATE_NOOP("SegmentLabels", "Email"),
    "phone": QT_TRANSLATE_NOOP("SegmentLabels", "Phone"),
    "country": QT_TRANSLATE_NOOP("SegmentLabels", "Country"),
    "city": QT_TRANSLATE_NOOP("SegmentLabels", "City"),
    "language": QT_TRANSLATE_NOOP("SegmentLabels", "Language"),
    "tags": QT_TRANSLATE_NOOP("SegmentLabels", "Tags"),
    "accepts_email": QT_TRANSLATE_NOOP("SegmentLabels", "Accepts email"),
    "accepts_sms": QT_TRANSLATE_NOOP("SegmentLabels", "Accepts SMS"),
    "score": QT_TRANSLATE_NOOP("SegmentLabels", "Lead score"),
    "phase": QT_TRANSLATE_NOOP("SegmentLabels", "Phase"),
    "rfm": QT_TRANSLATE_NOOP("SegmentLabels", "RFM group"),
    "activity": QT_TRANSLATE_NOOP("SegmentLabels", "Activity"),
    "order_count": QT_TRANSLATE_NOOP("SegmentLabels", "Number of orders"),
    "total_spent": QT_TRANSLATE_NOOP("SegmentLabels", "Total spent"),
}

OPERATOR_LABELS = {
    "eq": QT_TRANSLATE_NOOP("SegmentLabels", "is"),
    "ne": QT_TRANSLATE_NOOP("SegmentLabels", "is not"),
    "contains": QT_TRANSLATE_NOOP("SegmentLabels", "contains"),
    "in": QT_TRANSLATE_NOOP("SegmentLabels", "is one of"),
    "not_in": QT_TRANSLATE_NOOP("SegmentLabels", "is none of"),
    "is_set": QT_TRANSLATE_NOOP("SegmentLabels", "is filled in"),
    "is_empty": QT_TRANSLATE_NOOP("SegmentLabels", "is empty"),
    "has": QT_TRANSLATE_NOOP("SegmentLabels", "include"),
    "lacks": QT_TRANSLATE_NOOP("SegmentLabels", "do not include"),
    "is_true": QT_TRANSLATE_NOOP("SegmentLabels", "yes"),
    "is_false": QT_TRANSLATE_NOOP("SegmentLabels", "no"),
    "ge": QT_TRANSLATE_NOOP("SegmentLabels", "at least"),
    "gt": QT_TRANSLATE_NOOP("SegmentLabels", "more than"),
    "le": QT_TRANSLATE_NOOP("SegmentLabels", "at most"),
    "lt": QT_TRANSLATE_NOOP("SegmentLabels", "less than"),
    "did": QT_TRANSLATE_NOOP("SegmentLabels", "did"),
    "did_not": QT_TRANSLATE_NOOP("SegmentLabels", "did not"),
}

RFM_LABELS = {
    "champions": QT_TRANSLATE_NOOP("SegmentLabels", "Champions"),
    "loyal": QT_TRANSLATE_NOOP("SegmentLabels", "Loyal"),
    "potential": QT_TRANSLATE_NOOP("SegmentLabels", "Potential"),
    "at_risk": QT_TRANSLATE_NOOP("SegmentLabels", "At risk"),
    "hibernating": QT_TRANSLATE_NOOP("SegmentLabels", "Hibernating"),
    "lost": QT_TRANSLATE_NOOP("SegmentLabels", "Lost"),
}


def _label(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source else key


def field_label(key: str) -> str:
    return _label(FIELD_LABELS, key)


def operator_label(key: str) -> str:
    return _label(OPERATOR_LABELS, key)


def rfm_label(key: str) -> str:
    return _label(RFM_LABELS, key)
