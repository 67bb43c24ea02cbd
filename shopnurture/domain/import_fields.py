"""What an import can fill: the canonical fields of each kind of file, the header words
(Spanish and English) that name them, and the words accepted for each event type."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from shopnurture.domain.vocabulary import EventType, ProductKind


class ImportKind(StrEnum):
    CONTACTS = "contacts"
    ACTIVITY = "activity"
    ORDERS = "orders"
    PRODUCTS = "products"


# Who a row is about; shared by every kind that is about people.
_WHO = ("email", "phone", "external_id", "first_name", "last_name", "full_name")

FIELDS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.CONTACTS: (
        *_WHO,
        "birthday",
        "language",
        "country",
        "city",
        "tags",
        "accepts_email",
        "accepts_sms",
    ),
    ImportKind.ACTIVITY: (
        *_WHO,
        "event",
        "timestamp",
        "sku",
        "product",
        "category",
        "quantity",
        "value",
        "order_id",
        "rating",
        "duration_seconds",
        "source",
    ),
    ImportKind.ORDERS: (
        *_WHO,
        "city",
        "country",
        "accepts_email",
        "order_id",
        "timestamp",
        "status",
        "sku",
        "product",
        "category",
        "quantity",
        "price",
        "value",
        "source",
    ),
    ImportKind.PRODUCTS: (
        "sku",
        "name",
        "category",
        "price",
        "stock",
        "kind",
        "units",
        "units_per_day",
        "shipping_days",
        "upgrade_sku",
        "related_skus",
    ),
}

# The fields that tell who a row is about (at least one must be mapped and filled).
IDENTITY_FIELDS = ("email", "phone", "external_id")
# Order-level fields: on a continuation row of a multi-line order they are blank and come
# from the order's first row (Shopify, and WooCommerce exporters filling only the first row).
ORDER_LEVEL_FIELDS = (
    *_WHO,
    "city",
    "country",
    "accepts_email",
    "timestamp",
    "status",
    "source",
)


def fold_header(text: object) -> str:
    """A header reduced to lower-case letters and digits: "Correo-E " and "correo e" match."""
    decomposed = unicodedata.normalize("NFKD", str(text).lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", "", plain.replace("ñ", "n"))


def _phrases(*texts: str) -> frozenset[str]:
    return frozenset(fold_header(text) for text in texts)


# fmt: off
_WHO_SYNONYMS: dict[str, frozenset[str]] = {
    "email": _phrases(
        "email", "e-mail", "mail", "correo", "correo electrónico", "correo-e", "email address",
        "e-mail address", "dirección de correo", "dirección de email", "customer email",
        "billing email", "email (billing)", "correo del cliente", "emails",
    ),
    "phone": _phrases(
        "phone", "teléfono", "tel", "tel.", "tlf", "tfno", "móvil", "celular", "cell", "mobile",
        "mobile phone", "phone number", "número de teléfono", "teléfono móvil", "whatsapp",
        "billing phone", "phone (billing)", "telefono de contacto",
    ),
    "external_id": _phrases(
        "customer id", "id cliente", "id de cliente", "external id", "id externo",
        "customer number", "número de cliente", "nº cliente", "código de cliente",
        "código cliente", "client id", "user id", "id",
    ),
    "first_name": _phrases(
        "first name", "firstname", "nombre", "given name", "nombre de pila",
        "billing first name", "first name (billing)", "customer first name",
    ),
    "last_name": _phrases(
        "last name", "lastname", "surname", "apellidos", "apellido", "family name",
        "billing last name", "last name (billing)", "customer last name",
    ),
    "full_name": _phrases(
        "full name", "name", "nombre completo", "nombre y apellidos", "cliente", "customer",
        "customer name", "billing name", "contacto", "nombre cliente",
    ),
}
_CONTACT_SYNONYMS: dict[str, frozenset[str]] = {
    "birthday": _phrases(
        "birthday", "birth date", "birthdate", "date of birth", "dob", "fecha de nacimiento",
        "fecha nacimiento", "f. nacimiento", "nacimiento", "cumpleaños", "cumple",
    ),
    "language": _phrases("language", "idioma", "lengua", "lang", "locale"),
    "country": _phrases(
        "country", "país", "country code", "código de país", "country / region",
        "billing country", "country code (billing)", "nacionalidad",
    ),
    "city": _phrases(
        "city", "ciudad", "localidad", "población", "municipio", "town", "billing city",
        "city (billing)",
    ),
    "tags": _phrases("tags", "tag", "etiquetas", "etiqueta", "grupos", "segmento", "labels"),
    "accepts_email": _phrases(
        "accepts email", "accepts email marketing", "accepts marketing", "acepta publicidad",
        "acepta email", "acepta correo", "acepta newsletter", "acepta emails", "newsletter",
        "suscrito", "suscrita", "email marketing", "consentimiento email", "acepta marketing",
        "acepta comunicaciones", "publicidad", "marketing", "opt in", "email opt in",
        "acepta publicidad por email", "acepta publicidad por correo",
    ),
    "accepts_sms": _phrases(
        "accepts sms", "accepts sms marketing", "acepta sms", "sms", "sms marketing",
        "consentimiento sms", "sms opt in", "acepta publicidad por sms", "acepta whatsapp",
    ),
}
_ACTIVITY_SYNONYMS: dict[str, frozenset[str]] = {
    "event": _phrases(
        "event", "evento", "tipo", "type", "action", "acción", "actividad", "activity",
        "event type", "tipo de evento", "tipo de actividad",
    ),
    "timestamp": _phrases(
        "timestamp", "fecha", "date", "fecha y hora", "datetime", "date time", "time", "hora",
        "when", "cuándo", "occurred at", "created at", "fecha del evento", "order date",
        "fecha pedido", "fecha de pedido", "fecha de compra", "fecha compra", "paid at",
    ),
    "sku": _phrases(
        "sku", "referencia", "ref", "ref.", "código", "código de producto", "product code",
        "item sku", "lineitem sku", "variant sku", "código artículo", "ref producto",
    ),
    "product": _phrases(
        "product", "producto", "artículo", "item", "item name", "product name",
        "nombre del producto", "nombre producto", "lineitem name", "descripción",
    ),
    "category": _phrases(
        "category", "categoría", "familia", "sección", "product category", "categories",
    ),
    "quantity": _phrases(
        "quantity", "cantidad", "qty", "uds", "uds.", "unidades", "lineitem quantity",
        "item quantity", "cant.",
    ),
    "value": _phrases(
        "value", "valor", "importe", "amount", "total", "line total", "importe total",
        "precio total", "revenue", "item total", "total línea", "importe línea",
    ),
    "price": _phrases(
        "price", "precio", "unit price", "precio unitario", "lineitem price", "item price",
        "item cost", "pvp", "precio unidad",
    ),
    "order_id": _phrases(
        "order id", "order", "pedido", "nº pedido", "n pedido", "número de pedido",
        "numero pedido", "order number", "order #", "id pedido", "nº de pedido", "order no",
    ),
    "status": _phrases(
        "status", "estado", "order status", "estado del pedido", "financial status",
    ),
    "rating": _phrases(
        "rating", "valoración", "puntuación", "estrellas", "stars", "nota", "score",
    ),
    "duration_seconds": _phrases(
        "duration", "duración", "seconds", "segundos", "duration seconds", "time on page",
        "tiempo en página", "tiempo en pagina (s)", "duración (s)", "duration (s)",
    ),
    "source": _phrases(
        "source", "fuente", "origen", "canal", "channel", "campaign", "campaña",
        "utm source", "referrer", "procedencia",
    ),
}
_PRODUCT_SYNONYMS: dict[str, frozenset[str]] = {
    "sku": _ACTIVITY_SYNONYMS["sku"],
    "name": _phrases(
        "name", "nombre", "producto", "product", "título", "title", "nombre del producto",
        "product name", "artículo", "item name",
    ),
    "category": _ACTIVITY_SYNONYMS["category"] | _phrases("product type"),
    "price": _phrases(
        "price", "precio", "pvp", "regular price", "variant price", "precio de venta",
        "importe", "precio (€)",
    ),
    "stock": _phrases(
        "stock", "existencias", "inventario", "inventory", "qty", "cantidad", "disponible",
        "variant inventory qty", "unidades en stock", "stock disponible",
    ),
    "kind": _phrases("kind", "tipo de producto", "clase", "product kind", "tipo"),
    "units": _phrases(
        "units", "unidades", "units per pack", "unidades por paquete", "uds por caja",
        "pack size", "contenido", "unidades por envase",
    ),
    "units_per_day": _phrases(
        "units per day", "unidades por día", "consumo diario", "uso diario", "daily use",
    ),
    "shipping_days": _phrases(
        "shipping days", "días de envío", "plazo de entrega", "días entrega",
        "delivery days", "shipping time", "días de entrega",
    ),
    "upgrade_sku": _phrases(
        "upgrade sku", "upgrade", "sku superior", "mejora", "versión superior", "upsells",
    ),
    "related_skus": _phrases(
        "related skus", "related", "relacionados", "productos relacionados", "cross-sells",
        "complementarios", "productos complementarios",
    ),
}
# fmt: on


def synonyms_for(kind: ImportKind) -> dict[str, frozenset[str]]:
    """Field -> folded header words that name it, for the fields of `kind`."""
    pools = [_WHO_SYNONYMS, _ACTIVITY_SYNONYMS, _CONTACT_SYNONYMS]
    if kind is ImportKind.PRODUCTS:
        pools = [_PRODUCT_SYNONYMS]
    found: dict[str, frozenset[str]] = {}
    for field in FIELDS[kind]:
        for pool in pools:
            if field in pool:
                found[field] = pool[field]
                break
    return found


# fmt: off
EVENT_WORDS: dict[str, EventType] = {
    fold_header(word): event
    for event, words in {
        EventType.PAGE_VIEW: (
            "page_view", "page view", "view", "product view", "visita", "vista", "ver producto",
            "visita producto", "visto", "pageview", "vista de producto", "viewed product",
        ),
        EventType.CATEGORY_VIEW: (
            "category_view", "category view", "visita categoría", "vista de categoría",
            "ver categoría", "categoría", "category",
        ),
        EventType.ADD_TO_CART: (
            "add_to_cart", "add to cart", "cart", "carrito", "añadir al carrito",
            "añadido al carrito", "cesta", "added to cart",
        ),
        EventType.CHECKOUT_STARTED: (
            "checkout_started", "checkout", "checkout started", "inicio de pago", "pago iniciado",
            "caja", "inicio checkout", "begin checkout", "tramitar pedido",
        ),
        EventType.ORDER: (
            "order", "purchase", "compra", "pedido", "venta", "sale", "comprado", "bought",
        ),
        EventType.REVIEW: (
            "review", "reseña", "valoración", "opinión", "comentario", "rating",
        ),
        EventType.INQUIRY: (
            "inquiry", "enquiry", "question", "consulta", "pregunta", "contact", "mensaje",
        ),
        EventType.SIGNUP: (
            "signup", "sign up", "registro", "alta", "suscripción", "registered", "newsletter",
        ),
        EventType.REFERRAL: ("referral", "recomendación", "referido", "invitación", "referido por"),
    }.items()
    for word in words
}

PRODUCT_KIND_WORDS: dict[str, ProductKind] = {
    fold_header(word): kind
    for kind, words in {
        ProductKind.SOFT: ("soft", "blando", "textil", "moda", "ropa", "soft goods"),
        ProductKind.DURABLE: ("durable", "duradero", "durables", "bien duradero"),
        ProductKind.CONSUMABLE: (
            "consumable", "consumible", "consumibles", "fungible", "recurrente",
        ),
    }.items()
    for word in words
}

# Order statuses of an order that was never paid or was undone: its lines are not purchases.
NOT_BOUGHT_STATUSES = _phrases(
    "cancelled", "canceled", "failed", "refunded", "voided", "pending", "trash",
    "checkout-draft", "cancelado", "cancelada", "fallido", "reembolsado", "anulado",
    "pendiente de pago", "wc-cancelled", "wc-failed", "wc-refunded", "wc-pending",
)
# fmt: on
