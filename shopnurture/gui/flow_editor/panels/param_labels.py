"""What the owner reads for node parameters, their choices, condition fields and operators
(English sources, translated by Qt in the "ParamLabels" context)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopnurture.gui.labels import phase_label

_CONTEXT = "ParamLabels"

_PARAMS = {
    "filter": QT_TRANSLATE_NOOP("ParamLabels", "Activity"),
    "min_count": QT_TRANSLATE_NOOP("ParamLabels", "At least this many times"),
    "window_hours": QT_TRANSLATE_NOOP("ParamLabels", "Within"),
    "same_product": QT_TRANSLATE_NOOP("ParamLabels", "Always the same product"),
    "minutes": QT_TRANSLATE_NOOP("ParamLabels", "Abandoned after"),
    "min_value_cents": QT_TRANSLATE_NOOP("ParamLabels", "Minimum value"),
    "min_orders": QT_TRANSLATE_NOOP("ParamLabels", "From this order on"),
    "field": QT_TRANSLATE_NOOP("ParamLabels", "Date"),
    "days_before": QT_TRANSLATE_NOOP("ParamLabels", "Days before"),
    "time": QT_TRANSLATE_NOOP("ParamLabels", "At"),
    "of": QT_TRANSLATE_NOOP("ParamLabels", "Without"),
    "days": QT_TRANSLATE_NOOP("ParamLabels", "For (days)"),
    "lead_days": QT_TRANSLATE_NOOP("ParamLabels", "Days before it runs out"),
    "subtract_shipping": QT_TRANSLATE_NOOP("ParamLabels", "Allow for shipping days"),
    "phase": QT_TRANSLATE_NOOP("ParamLabels", "Phase"),
    "tag": QT_TRANSLATE_NOOP("ParamLabels", "Tag"),
    "min_score": QT_TRANSLATE_NOOP("ParamLabels", "Minimum score"),
    "segment": QT_TRANSLATE_NOOP("ParamLabels", "Saved segment"),
    "every": QT_TRANSLATE_NOOP("ParamLabels", "Repeats"),
    "month": QT_TRANSLATE_NOOP("ParamLabels", "Month"),
    "day": QT_TRANSLATE_NOOP("ParamLabels", "Day of the month"),
    "weekday": QT_TRANSLATE_NOOP("ParamLabels", "Day of the week"),
    "audience": QT_TRANSLATE_NOOP("ParamLabels", "Who gets it"),
    "duration": QT_TRANSLATE_NOOP("ParamLabels", "Wait for"),
    "days_by_kind": QT_TRANSLATE_NOOP("ParamLabels", "Instead, by product type (days)"),
    "weekdays": QT_TRANSLATE_NOOP("ParamLabels", "On"),
    "days_offset": QT_TRANSLATE_NOOP("ParamLabels", "Days after (negative: before)"),
    "timeout": QT_TRANSLATE_NOOP("ParamLabels", "Give up after"),
    "match": QT_TRANSLATE_NOOP("ParamLabels", "Passes when"),
    "rules": QT_TRANSLATE_NOOP("ParamLabels", "Conditions"),
    "branches": QT_TRANSLATE_NOOP("ParamLabels", "Branches"),
    "percent": QT_TRANSLATE_NOOP("ParamLabels", "Held out (%)"),
    "reason": QT_TRANSLATE_NOOP("ParamLabels", "Reason"),
    "template": QT_TRANSLATE_NOOP("ParamLabels", "Message name"),
    "message": QT_TRANSLATE_NOOP("ParamLabels", "Message"),
    "points": QT_TRANSLATE_NOOP("ParamLabels", "Points"),
    "source": QT_TRANSLATE_NOOP("ParamLabels", "Codes"),
    "list": QT_TRANSLATE_NOOP("ParamLabels", "Code list"),
    "pattern": QT_TRANSLATE_NOOP("ParamLabels", "Code pattern"),
    "valid_days": QT_TRANSLATE_NOOP("ParamLabels", "Valid for (days)"),
}

_CHOICES = {
    ("field", "birthday"): QT_TRANSLATE_NOOP("ParamLabels", "Birthday"),
    ("field", "signup"): QT_TRANSLATE_NOOP("ParamLabels", "Signup anniversary"),
    ("field", "coupon_expiry"): QT_TRANSLATE_NOOP("ParamLabels", "Coupon expiry"),
    ("of", "order"): QT_TRANSLATE_NOOP("ParamLabels", "Buying"),
    ("of", "activity"): QT_TRANSLATE_NOOP("ParamLabels", "Any activity"),
    ("every", "yearly"): QT_TRANSLATE_NOOP("ParamLabels", "Every year"),
    ("every", "monthly"): QT_TRANSLATE_NOOP("ParamLabels", "Every month"),
    ("every", "weekly"): QT_TRANSLATE_NOOP("ParamLabels", "Every week"),
    ("source", "pattern"): QT_TRANSLATE_NOOP("ParamLabels", "Made up from a pattern"),
    ("source", "list"): QT_TRANSLATE_NOOP("ParamLabels", "Taken from an imported list"),
    ("match", "all"): QT_TRANSLATE_NOOP("ParamLabels", "All conditions hold"),
    ("match", "any"): QT_TRANSLATE_NOOP("ParamLabels", "Any condition holds"),
    ("phase", ""): QT_TRANSLATE_NOOP("ParamLabels", "Any phase"),
}

_FIELDS = {
    "contact.first_name": QT_TRANSLATE_NOOP("ParamLabels", "First name"),
    "contact.last_name": QT_TRANSLATE_NOOP("ParamLabels", "Last name"),
    "contact.email": QT_TRANSLATE_NOOP("ParamLabels", "Email"),
    "contact.phone": QT_TRANSLATE_NOOP("ParamLabels", "Phone"),
    "contact.country": QT_TRANSLATE_NOOP("ParamLabels", "Country"),
    "contact.city": QT_TRANSLATE_NOOP("ParamLabels", "City"),
    "contact.language": QT_TRANSLATE_NOOP("ParamLabels", "Language"),
    "contact.time_zone": QT_TRANSLATE_NOOP("ParamLabels", "Time zone"),
    "tags": QT_TRANSLATE_NOOP("ParamLabels", "Tags"),
    "consent.email": QT_TRANSLATE_NOOP("ParamLabels", "Email consent"),
    "consent.sms": QT_TRANSLATE_NOOP("ParamLabels", "SMS consent"),
    "score": QT_TRANSLATE_NOOP("ParamLabels", "Lead score"),
    "phase": QT_TRANSLATE_NOOP("ParamLabels", "Phase"),
    "ordered_since_entering": QT_TRANSLATE_NOOP("ParamLabels", "Bought since entering"),
    "events": QT_TRANSLATE_NOOP("ParamLabels", "Activity count"),
    "value_cents": QT_TRANSLATE_NOOP("ParamLabels", "Cart or order value (cents)"),
    "customer_type": QT_TRANSLATE_NOOP("ParamLabels", "Customer type"),
    "in_stock": QT_TRANSLATE_NOOP("ParamLabels", "Products in stock"),
    "has_upgrade": QT_TRANSLATE_NOOP("ParamLabels", "A better version exists"),
    "has_related": QT_TRANSLATE_NOOP("ParamLabels", "Has related products"),
    "matched.rating": QT_TRANSLATE_NOOP("ParamLabels", "Rating given"),
}

_OPERATORS = {
    "eq": QT_TRANSLATE_NOOP("ParamLabels", "is"),
    "ne": QT_TRANSLATE_NOOP("ParamLabels", "is not"),
    "in": QT_TRANSLATE_NOOP("ParamLabels", "is one of"),
    "not_in": QT_TRANSLATE_NOOP("ParamLabels", "is none of"),
    "is_set": QT_TRANSLATE_NOOP("ParamLabels", "is filled in"),
    "is_empty": QT_TRANSLATE_NOOP("ParamLabels", "is empty"),
    "contains": QT_TRANSLATE_NOOP("ParamLabels", "contains"),
    "has": QT_TRANSLATE_NOOP("ParamLabels", "includes"),
    "lacks": QT_TRANSLATE_NOOP("ParamLabels", "does not include"),
    "ge": QT_TRANSLATE_NOOP("ParamLabels", "at least"),
    "gt": QT_TRANSLATE_NOOP("ParamLabels", "more than"),
    "le": QT_TRANSLATE_NOOP("ParamLabels", "at most"),
    "lt": QT_TRANSLATE_NOOP("ParamLabels", "less than"),
    "is_true": QT_TRANSLATE_NOOP("ParamLabels", "yes"),
    "is_false": QT_TRANSLATE_NOOP("ParamLabels", "no"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("ParamLabels", "Monday"),
    QT_TRANSLATE_NOOP("ParamLabels", "Tuesday"),
    QT_TRANSLATE_NOOP("ParamLabels", "Wednesday"),
    QT_TRANSLATE_NOOP("ParamLabels", "Thursday"),
    QT_TRANSLATE_NOOP("ParamLabels", "Friday"),
    QT_TRANSLATE_NOOP("ParamLabels", "Saturday"),
    QT_TRANSLATE_NOOP("ParamLabels", "Sunday"),
)
_WEEKDAY_LETTERS = (
    QT_TRANSLATE_NOOP("ParamLabels", "Mon"),
    QT_TRANSLATE_NOOP("ParamLabels", "Tue"),
    QT_TRANSLATE_NOOP("ParamLabels", "Wed"),
    QT_TRANSLATE_NOOP("ParamLabels", "Thu"),
    QT_TRANSLATE_NOOP("ParamLabels", "Fri"),
    QT_TRANSLATE_NOOP("ParamLabels", "Sat"),
    QT_TRANSLATE_NOOP("ParamLabels", "Sun"),
)
_UNITS = {
    "minutes": QT_TRANSLATE_NOOP("ParamLabels", "minutes"),
    "hours": QT_TRANSLATE_NOOP("ParamLabels", "hours"),
    "days": QT_TRANSLATE_NOOP("ParamLabels", "days"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def param_label(name: str) -> str:
    source = _PARAMS.get(name)
    return _tr(source) if source else name.replace("_", " ").capitalize()


def choice_label(param: str, value: object) -> str:
    source = _CHOICES.get((param, str(value)))
    if source:
        return _tr(source)
    if param == "phase":
        return phase_label(str(value))
    return str(value)


def field_label(field: str) -> str:
    source = _FIELDS.get(field)
    return _tr(source) if source else field


def operator_label(operator: str) -> str:
    source = _OPERATORS.get(operator)
    return _tr(source) if source else operator


def weekday_name(day: int) -> str:
    return _tr(_WEEKDAYS[day % 7])


def weekday_short(day: int) -> str:
    return _tr(_WEEKDAY_LETTERS[day % 7])


def unit_label(unit: str) -> str:
    return _tr(_UNITS[unit])


def condition_fields() -> list[str]:
    return list(_FIELDS)
