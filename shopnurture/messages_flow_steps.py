"""Texts that describe a flow's step in a few words (domain/flows/node_description.py), in
Spanish and English: "Esperar 1 día", "Enviar correo: «Tu carrito sigue guardado»"."""

from __future__ import annotations


def _both(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


_EVENTS = {
    "page_view": ("Vio un producto", "Viewed a product"),
    "category_view": ("Vio una categoría", "Viewed a category"),
    "add_to_cart": ("Añadió al carrito", "Added to cart"),
    "checkout_started": ("Empezó a pagar", "Started checkout"),
    "order": ("Compró", "Ordered"),
    "review": ("Escribió una reseña", "Wrote a review"),
    "inquiry": ("Hizo una consulta", "Asked a question"),
    "signup": ("Se registró", "Signed up"),
    "referral": ("Recomendó a un amigo", "Referred a friend"),
}
_FIELDS = {
    "in_stock": ("hay stock", "in stock"),
    "has_upgrade": ("tiene versión superior", "has a better version"),
    "has_related": ("tiene productos relacionados", "has related products"),
    "ordered_since_entering": ("compró desde que entró", "ordered since entering"),
    "consent.email": ("acepta correos", "accepts email"),
    "consent.sms": ("acepta SMS", "accepts SMS"),
    "matched.rating": ("valoración", "rating"),
    "tags": ("etiquetas", "tags"),
    "customer_type": ("tipo de cliente", "customer type"),
    "score": ("puntuación", "score"),
    "phase": ("fase", "phase"),
    "value_cents": ("valor del carrito", "cart value"),
}
_DATES = {
    "birthday": ("del cumpleaños", "the birthday"),
    "signup": ("del alta", "the signup date"),
    "coupon_expiry": ("del fin del cupón", "the coupon's end"),
}
_WEEKDAYS = (
    ("lun", "Mon"),
    ("mar", "Tue"),
    ("mié", "Wed"),
    ("jue", "Thu"),
    ("vie", "Fri"),
    ("sáb", "Sat"),
    ("dom", "Sun"),
)
_VARIABLES = {
    "first_name": ("nombre", "first name"),
    "last_name": ("apellidos", "last name"),
    "name": ("nombre completo", "full name"),
    "shop_name": ("nombre de la tienda", "shop name"),
    "product.name": ("producto", "product"),
    "product.price": ("precio", "price"),
    "p.name": ("producto", "product"),
    "p.price": ("precio", "price"),
    "upgrade.name": ("versión superior", "better version"),
    "upgrade.price": ("precio de la versión superior", "better version's price"),
    "unsubscribe_url": ("enlace de baja", "unsubscribe link"),
    "rating": ("valoración", "rating"),
    "value": ("importe", "amount"),
    "coupon_code": ("código del cupón", "coupon code"),
    "coupon_expires": ("fin del cupón", "coupon expiry date"),
}

FLOW_STEP_MESSAGES: dict[str, dict[str, str]] = {
    **{f"flow.step.event.{key}": _both(*texts) for key, texts in _EVENTS.items()},
    **{f"flow.step.field.{key}": _both(*texts) for key, texts in _FIELDS.items()},
    **{f"flow.step.date.{key}": _both(*texts) for key, texts in _DATES.items()},
    **{f"flow.step.variable.{key}": _both(*texts) for key, texts in _VARIABLES.items()},
    "flow.step.quoted": _both("«{text}»", "“{text}”"),
    "flow.step.days": _both("{count|# día|# días}", "{count|# day|# days}"),
    "flow.step.hours": _both("{count} h", "{count} h"),
    "flow.step.minutes": _both("{count} min", "{count} min"),
    "flow.step.by_product_type": _both("según el tipo de producto", "by product type"),
    "flow.step.without_order": _both("{time} sin pedido", "{time} without an order"),
    "flow.step.without_ordering": _both("{time} sin comprar", "{time} without ordering"),
    "flow.step.without_activity": _both("{time} sin actividad", "{time} without activity"),
    "flow.step.nth_order": _both("pedido n.º {count} o posterior", "order number {count} or later"),
    "flow.step.before_date": _both("{time} antes {date}", "{time} before {date}"),
    "flow.step.after_date": _both("{time} después {date}", "{time} after {date}"),
    "flow.step.on_date": _both("el día {date}", "on {date}"),
    "flow.step.before_running_out": _both("{time} antes de que se acabe",
                                          "{time} before it runs out"),
    "flow.step.up_to": _both("hasta {time} · {events}", "up to {time} · {events}"),
    "flow.step.any_moment": _both("en cualquier momento · {events}", "at any moment · {events}"),
    "flow.step.holdout": _both("el {percent} % no recibe nada (para comparar)",
                               "{percent}% get nothing (to compare)"),
    "flow.step.branch": _both("{port} {percent} %", "{port} {percent}%"),
    "flow.step.question": _both("¿{text}?", "{text}?"),
    "flow.step.and": _both(" y ", " and "),
    "flow.step.or": _both(" o ", " or "),
    "flow.step.not": _both("no {text}", "not {text}"),
    "flow.step.has_tag": _both("tiene la etiqueta {tag}", "has tag {tag}"),
    "flow.step.lacks_tag": _both("no tiene la etiqueta {tag}", "lacks tag {tag}"),
    "flow.step.points": _both("{points} puntos", "{points} points"),
    "flow.step.any_activity": _both("cualquier actividad", "any activity"),
    "flow.step.any_order": _both("cualquier pedido", "any order"),
    "flow.step.anyone": _both("cualquiera", "anyone"),
    "flow.step.tag": _both("etiqueta {tag}", "tag {tag}"),
    "flow.step.min_score": _both("puntuación ≥ {score}", "score ≥ {score}"),
    "flow.step.from_list": _both("de la lista {list}", "from the list {list}"),
    "flow.step.every_day": _both("todos los días", "every day"),
    "flow.step.every_month": _both("cada mes, el día {day}", "every month on day {day}"),
    "flow.step.every_year": _both("cada año, el {day}/{month}", "every year on {day}/{month}"),
    "flow.step.by_hand": _both("tú añades los contactos a mano", "you add contacts by hand"),
    "flow.step.leaves": _both("sale del flujo", "leaves the flow"),
    "flow.step.no_time": _both("sin tiempo", "no time"),
    "flow.step.no_rules": _both("aún sin reglas", "no rules yet"),
    "flow.step.no_text": _both("aún sin texto", "no text yet"),
    "flow.step.no_tag": _both("aún sin etiqueta", "no tag yet"),
    **{f"flow.step.weekday.{day}": _both(es, en) for day, (es, en) in enumerate(_WEEKDAYS)},
}  # fmt: skip
