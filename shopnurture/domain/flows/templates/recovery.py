"""Templates that win back an interest before it cools: browse (1), cart (2) and upsell (3);
all perishable: after a long sleep their late messages are skipped, not sent."""

from __future__ import annotations

from shopnurture.domain.flows.model import FlowGraph, Reentry, ReentryMode
from shopnurture.domain.flows.templates.builder import Builder, email, note, ordered_rule

PRODUCT_LIST = "{% for p in products %}\n· {{ p.name }} — {{ p.price }}{% endfor %}"
RELATED_LIST = "{% for p in related %}\n· {{ p.name }} — {{ p.price }}{% endfor %}"


def browse_abandonment() -> FlowGraph:
    b = Builder(
        "browse_abandonment",
        priority=60,
        perishable=True,
        reentry=Reentry(ReentryMode.ONCE_PER_DAYS, 7),
    )
    # Time on page alone is inflated by forgotten tabs: ask for a second visit as well.
    b.add(
        "trigger",
        "trigger.event",
        filter={"types": ["page_view"], "min_duration_seconds": 60},
        min_count=2,
        window_hours=24,
        same_product=True,
    )
    b.add("wait_hours", "logic.wait", duration={"days": 0, "hours": 2, "minutes": 0})
    b.add(
        "moved_on",
        "logic.condition",
        match="any",
        rules=[ordered_rule(types=["add_to_cart", "checkout_started", "order"])],
    )
    b.add(
        "reminder",
        "action.send_email",
        template="browse_reminder",
        message=email(
            (
                "{{ first_name }}, ¿le damos otra vuelta a {{ product.name }}?",
                "Hola, {{ first_name }}:\n\nVimos que estuviste mirando {{ product.name }} "
                "({{ product.price }}). Si te quedó alguna duda sobre tallas, medidas o envío, "
                "contesta a este correo y te ayudamos.{% if related %}\n\nQuizá también te "
                "interese:" + RELATED_LIST + "{% endif %}",
            ),
            (
                "{{ first_name }}, still thinking about {{ product.name }}?",
                "Hi {{ first_name }},\n\nWe noticed you were looking at {{ product.name }} "
                "({{ product.price }}). If anything about sizes, measurements or delivery is "
                "holding you back, just reply and we will help.{% if related %}\n\nYou might "
                "also like:" + RELATED_LIST + "{% endif %}",
            ),
        ),
    )
    b.add("wait_days", "logic.wait", duration={"days": 2, "hours": 0, "minutes": 0})
    b.add(
        "moved_on_later",
        "logic.condition",
        match="any",
        rules=[ordered_rule(types=["add_to_cart", "checkout_started", "order"])],
    )
    b.add(
        "similar",
        "action.send_email",
        template="browse_similar",
        message=email(
            (
                "Ideas parecidas a {{ product.name }}",
                "Hola, {{ first_name }}:\n\nPor si {{ product.name }} no era exactamente lo "
                "que buscabas, te dejamos otras opciones de la tienda:"
                + RELATED_LIST
                + "\n\nSi nos cuentas qué necesitas, te recomendamos la mejor.",
            ),
            (
                "Ideas similar to {{ product.name }}",
                "Hi {{ first_name }},\n\nIn case {{ product.name }} was not quite what you were "
                "after, here are a few other options from the shop:"
                + RELATED_LIST
                + "\n\nTell us what you need and we will point you to the best one.",
            ),
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add("left_for_cart", "logic.exit", reason="moved_on")
    b.add("bought", "logic.goal", filter={"types": ["order"]})
    b.add(
        "thanks",
        "action.send_email",
        template="browse_thanks",
        message=email(
            (
                "¡Gracias por tu compra, {{ first_name }}!",
                "Hola, {{ first_name }}:\n\nYa tenemos tu pedido y nos ponemos con él. Si "
                "necesitas cualquier cosa, responde a este correo.",
            ),
            (
                "Thank you for your order, {{ first_name }}!",
                "Hi {{ first_name }},\n\nWe have your order and are getting it ready. If you "
                "need anything at all, just reply to this email.",
            ),
        ),
    )
    b.add("thanked", "logic.exit", reason="goal")
    b.chain("trigger", "wait_hours", "moved_on")
    b.link("moved_on", "left_for_cart", "yes")
    b.link("moved_on", "reminder", "no")
    b.chain("reminder", "wait_days", "moved_on_later")
    b.link("moved_on_later", "left_for_cart", "yes")
    b.link("moved_on_later", "similar", "no")
    b.chain("similar", "done")
    b.chain("bought", "thanks", "thanked")
    return b.flow


def cart_abandonment() -> FlowGraph:
    b = Builder(
        "cart_abandonment", priority=90, perishable=True, reentry=Reentry(ReentryMode.EVERY_TIME)
    )
    b.add("trigger", "trigger.cart_abandoned", minutes=60)
    in_stock = [{"field": "in_stock", "op": "is_true"}]
    b.add("stock_1", "logic.condition", rules=in_stock)
    b.add(
        "reminder_1",
        "action.send_email",
        template="cart_reminder_1",
        message=email(
            (
                "{{ first_name }}, tu carrito sigue guardado",
                "Hola, {{ first_name }}:\n\nDejaste esto en tu carrito:"
                + PRODUCT_LIST
                + "\n\nTotal: {{ value }}. Lo guardamos para ti; cuando quieras, puedes "
                "terminar el pedido en un par de clics.",
            ),
            (
                "{{ first_name }}, your cart is still saved",
                "Hi {{ first_name }},\n\nYou left these in your cart:"
                + PRODUCT_LIST
                + "\n\nTotal: {{ value }}. We kept it for you; finishing the order takes a "
                "couple of clicks whenever you are ready.",
            ),
        ),
    )
    b.add("wait_1", "logic.wait", duration={"days": 1, "hours": 0, "minutes": 0})
    b.add("stock_2", "logic.condition", rules=in_stock)
    b.add(
        "reminder_2",
        "action.send_email",
        template="cart_reminder_2",
        message=email(
            (
                "¿Te ayudamos a terminar tu pedido?",
                "Hola, {{ first_name }}:\n\nA veces un pedido se queda a medias por una duda: "
                "el envío, una talla, la forma de pago. Respóndenos con lo que sea y te "
                "contestamos hoy mismo. Tu carrito:" + PRODUCT_LIST,
            ),
            (
                "Can we help you finish your order?",
                "Hi {{ first_name }},\n\nSometimes an order stalls over one question: delivery, "
                "a size, how to pay. Reply with anything at all and we will answer today. Your "
                "cart:" + PRODUCT_LIST,
            ),
        ),
    )
    b.add("wait_2", "logic.wait", duration={"days": 2, "hours": 0, "minutes": 0})
    b.add("stock_3", "logic.condition", rules=in_stock)
    b.add(
        "coupon", "action.assign_coupon", source="pattern", pattern="CARRITO-{code}", valid_days=5
    )
    b.add(
        "reminder_3",
        "action.send_email",
        template="cart_reminder_3",
        message=email(
            (
                "Un pequeño empujón: {{ coupon_code }}",
                "Hola, {{ first_name }}:\n\nÚltimo aviso sobre tu carrito. Con el código "
                "{{ coupon_code }} tienes un descuento hasta el {{ coupon_expires }}."
                + PRODUCT_LIST,
            ),
            (
                "A little nudge: {{ coupon_code }}",
                "Hi {{ first_name }},\n\nLast note about your cart. The code {{ coupon_code }} "
                "gives you a discount until {{ coupon_expires }}." + PRODUCT_LIST,
            ),
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add(
        "tell_owner",
        "action.notify_owner",
        template="cart_out_of_stock",
        message=note(
            "{{ name }} dejó un carrito con productos agotados; no se le ha enviado recordatorio.",
            "{{ name }} left a cart with sold-out products; no reminder was sent.",
        ),
    )
    b.add("out_of_stock", "logic.exit", reason="out_of_stock")
    b.add("bought", "logic.goal", filter={"types": ["order"]})
    b.add(
        "thanks",
        "action.send_email",
        template="cart_thanks",
        message=email(
            (
                "Pedido recibido, {{ first_name }}. ¡Gracias!",
                "Hola, {{ first_name }}:\n\nGracias por completar tu compra. Te avisaremos en "
                "cuanto salga el envío.",
            ),
            (
                "Order received, {{ first_name }}. Thank you!",
                "Hi {{ first_name }},\n\nThank you for completing your purchase. We will let "
                "you know as soon as it ships.",
            ),
        ),
    )
    b.add("thanked", "logic.exit", reason="goal")
    b.chain("trigger", "stock_1")
    b.link("stock_1", "reminder_1", "yes")
    b.link("stock_1", "tell_owner", "no")
    b.chain("reminder_1", "wait_1", "stock_2")
    b.link("stock_2", "reminder_2", "yes")
    b.link("stock_2", "out_of_stock", "no")
    b.chain("reminder_2", "wait_2", "stock_3")
    b.link("stock_3", "coupon", "yes")
    b.link("stock_3", "out_of_stock", "no")
    b.chain("coupon", "reminder_3", "done")
    b.chain("tell_owner", "out_of_stock")
    b.chain("bought", "thanks", "thanked")
    return b.flow


def upsell() -> FlowGraph:
    b = Builder(
        "upsell", priority=40, perishable=True, reentry=Reentry(ReentryMode.ONCE_PER_DAYS, 14)
    )
    b.add("trigger", "trigger.event", filter={"types": ["add_to_cart"], "has_upgrade": True})
    b.add("wait_minutes", "logic.wait", duration={"days": 0, "hours": 0, "minutes": 10})
    b.add("has_upgrade", "logic.condition", rules=[{"field": "has_upgrade", "op": "is_true"}])
    b.add(
        "offer",
        "action.send_email",
        template="upsell_offer",
        message=email(
            (
                "{{ first_name }}, ¿has visto {{ upgrade.name }}?",
                "Hola, {{ first_name }}:\n\nHas elegido {{ product.name }}. Por si te encaja "
                "mejor, existe {{ upgrade.name }} ({{ upgrade.price }}), la versión más "
                "completa. Si tienes dudas entre las dos, escríbenos.",
            ),
            (
                "{{ first_name }}, have you seen {{ upgrade.name }}?",
                "Hi {{ first_name }},\n\nYou picked {{ product.name }}. In case it suits you "
                "better, there is {{ upgrade.name }} ({{ upgrade.price }}), the fuller version. "
                "Unsure which one? Just write to us.",
            ),
        ),
    )
    b.add("wait_days", "logic.wait", duration={"days": 2, "hours": 0, "minutes": 0})
    b.add(
        "reminder",
        "action.send_email",
        template="upsell_reminder",
        message=email(
            (
                "Comparativa rápida: {{ product.name }} o {{ upgrade.name }}",
                "Hola, {{ first_name }}:\n\nSi sigues decidiendo, la diferencia principal es que "
                "{{ upgrade.name }} cuesta {{ upgrade.price }} y rinde más a largo plazo. "
                "Cualquiera de las dos es buena elección.",
            ),
            (
                "Quick comparison: {{ product.name }} or {{ upgrade.name }}",
                "Hi {{ first_name }},\n\nIf you are still deciding: {{ upgrade.name }} costs "
                "{{ upgrade.price }} and goes further in the long run. Either one is a good "
                "choice.",
            ),
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add("no_upgrade", "logic.exit", reason="no_upgrade")
    b.add("bought", "logic.goal", filter={"types": ["order"]})
    b.add(
        "took_upgrade",
        "logic.condition",
        rules=[ordered_rule(types=["order"], upgrade_products=True)],
    )
    b.add("later", "logic.wait", duration={"days": 5, "hours": 0, "minutes": 0})
    b.add(
        "thanks",
        "action.send_email",
        template="upsell_thanks",
        message=email(
            (
                "¿Qué tal con {{ upgrade.name }}?",
                "Hola, {{ first_name }}:\n\nEsperamos que ya estés disfrutando de "
                "{{ upgrade.name }}. Si quieres sacarle más partido:" + RELATED_LIST,
            ),
            (
                "How is {{ upgrade.name }} working for you?",
                "Hi {{ first_name }},\n\nWe hope you are enjoying {{ upgrade.name }}. To get "
                "even more out of it:" + RELATED_LIST,
            ),
        ),
    )
    b.add("thanked", "logic.exit", reason="goal")
    b.chain("trigger", "wait_minutes", "has_upgrade")
    b.link("has_upgrade", "offer", "yes")
    b.link("has_upgrade", "no_upgrade", "no")
    b.chain("offer", "wait_days", "reminder", "done")
    b.chain("bought", "took_upgrade")
    b.link("took_upgrade", "later", "yes")
    b.link("took_upgrade", "thanked", "no")
    b.chain("later", "thanks", "thanked")
    return b.flow
