"""What the owner reads for each field a spreadsheet column can be imported as."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ImportFields"

_FIELDS = {
    "email": QT_TRANSLATE_NOOP("ImportFields", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "external_id": QT_TRANSLATE_NOOP("ImportFields", "Customer id in the shop"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last names"),
    "full_name": QT_TRANSLATE_NOOP("ImportFields", "Full name"),
    "birthday": QT_TRANSLATE_NOOP("ImportFields", "Birthday"),
    "language": QT_TRANSLATE_NOOP("ImportFields", "Language"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "City"),
    "tags": QT_TRANSLATE_NOOP("ImportFields", "Tags"),
    "accepts_email": QT_TRANSLATE_NOOP("ImportFields", "Accepts marketing email"),
    "accepts_sms": QT_TRANSLATE_NOOP("ImportFields", "Accepts marketing SMS"),
    "event": QT_TRANSLATE_NOOP("ImportFields", "What they did"),
    "timestamp": QT_TRANSLATE_NOOP("ImportFields", "Date and time"),
    "sku": QT_TRANSLATE_NOOP("ImportFields", "SKU"),
    "product": QT_TRANSLATE_NOOP("ImportFields", "Product"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Category"),
    "quantity": QT_TRANSLATE_NOOP("ImportFields", "Quantity"),
    "value": QT_TRANSLATE_NOOP("ImportFields", "Amount"),
    "order_id": QT_TRANSLATE_NOOP("ImportFields", "Order number"),
    "rating": QT_TRANSLATE_NOOP("ImportFields", "Rating"),
    "duration_seconds": QT_TRANSLATE_NOOP("ImportFields", "Seconds on the page"),
    "source": QT_TRANSLATE_NOOP("ImportFields", "Source or campaign"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Order status"),
    "price": QT_TRANSLATE_NOOP("ImportFields", "Price"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Product name"),
    "stock": QT_TRANSLATE_NOOP("ImportFields", "Stock"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Kind (soft, durable, consumable)"),
    "units": QT_TRANSLATE_NOOP("ImportFields", "Units per pack"),
    "units_per_day": QT_TRANSLATE_NOOP("ImportFields", "Units used per day"),
    "shipping_days": QT_TRANSLATE_NOOP("ImportFields", "Shipping days"),
    "upgrade_sku": QT_TRANSLATE_NOOP("ImportFields", "Better version (SKU)"),
    "related_skus": QT_TRANSLATE_NOOP("ImportFields", "Related products (SKUs)"),
}

_KINDS = {
    "contacts": QT_TRANSLATE_NOOP("ImportFields", "Contacts"),
    "activity": QT_TRANSLATE_NOOP("ImportFields", "Activity (views, carts, reviews…)"),
    "orders": QT_TRANSLATE_NOOP("ImportFields", "Orders (one row per product line)"),
    "products": QT_TRANSLATE_NOOP("ImportFields", "Products and stock"),
}


def field_label(field: str) -> str:
    source = _FIELDS.get(field)
    return QCoreApplication.translate(_CONTEXT, source) if source else field


def kind_label(kind: str) -> str:
    source = _KINDS.get(kind)
    return QCoreApplication.translate(_CONTEXT, source) if source else kind


def kinds() -> list[str]:
    return list(_KINDS)
