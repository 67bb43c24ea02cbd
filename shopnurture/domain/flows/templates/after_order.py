"""Templates that follow an order: cross-sell (4), review (6), replenishment (7), referral (9)."""

from __future__ import annotations

from shopnurture.domain.flows.model import FlowGraph, Reentry, ReentryMode
from shopnurture.domain.flows.templates.builder import Builder, email, note, ordered_rule, sms
from shopnurture.domain.flows.templates.recovery import PRODUCT_LIST, RELATED_LIST

REVIEW_REQUEST = email(
    (
        "{{ first_name }}, ¿qué te ha parecido {{ product.name }}?",
        "Hola, {{ first_name }}:\n\nHace unos días recibiste {{ product.name }}. Tu opinión "
        "ayuda a otros clientes a elegir y a nosotros a mejorar: ¿nos dejas una reseña? Solo "
        "lleva un minuto.",
    ),
    (
        "{{ first_name }}, how do you like {{ product.name }}?",
        "Hi {{ first_name }},\n\n{{ product.name }} reached you a few days ago. Your opinion "
        "helps other customers choose and helps us get better: would you leave a review? It "
        "takes a minute.",
    ),
)


def cross_sell() -> FlowGraph:
    b = Builder("cross_sell", priority=50, reentry=Reentry(ReentryMode.EVERY_TIME))
    b.add("trigger", "trigger.order_placed")
    b.add("wait_hours", "logic.wait", duration={"days": 0, "hours": 6, "minutes": 0})
    b.add("has_related", "logic.condition", rules=[{"field": "has_related", "op": "is_true"}])
    b.add(
        "suggest",
        "action.send_email",
        template="cross_sell_suggest",
        message=email(
            (
                "Para acompañar tu {{ product.name }}",
                "Hola, {{ first_name }}:\n\nGracias por tu pedido. Quienes eligen "
                "{{ product.name }} suelen completarlo con:" + RELATED_LIST,
            ),
            (
                "To go with your {{ product.name }}",
                "Hi {{ first_name }},\n\nThank you for your order. People who choose "
                "{{ product.name }} often add:" + RELATED_LIST,
            ),
        ),
    )
    b.add(
        "second_order",
        "logic.wait_for_event",
        filter={"types": ["order"]},
        timeout={"days": 2, "hours": 0, "minutes": 0},
    )
    b.add(
        "follow_up",
        "action.send_email",
        template="cross_sell_follow_up",
        message=email(
            (
                "¿Le echaste un vistazo, {{ first_name }}?",
                "Hola, {{ first_name }}:\n\nTe recordamos las ideas que te enviamos para "
                "tu {{ product.name }}:" + RELATED_LIST + "\n\nSi tienes dudas, contesta a "
                "este correo.",
            ),
            (
                "Did you have a look, {{ first_name }}?",
                "Hi {{ first_name }},\n\nA quick reminder of the ideas we sent for your "
                "{{ product.name }}:" + RELATED_LIST + "\n\nQuestions? Just reply.",
            ),
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add("no_related", "logic.exit", reason="nothing_to_suggest")
    b.add("wait_review", "logic.wait", duration={"days": 3, "hours": 12, "minutes": 0})
    b.add(
        "review",
        "action.send_email",
        template="cross_sell_review",
        message=REVIEW_REQUEST,
    )
    b.add("reviewed", "logic.exit", reason="goal")
    b.chain("trigger", "wait_hours", "has_related")
    b.link("has_related", "suggest", "yes")
    b.link("has_related", "no_related", "no")
    b.chain("suggest", "second_order")
    b.link("second_order", "wait_review", "yes")
    b.link("second_order", "follow_up", "timeout")
    b.chain("follow_up", "done")
    b.chain("wait_review", "review", "reviewed")
    return b.flow


def product_review() -> FlowGraph:
    b = Builder("product_review", priority=55, reentry=Reentry(ReentryMode.EVERY_TIME))
    b.add("trigger", "trigger.order_placed")
    # DOMAIN.md: 7-14 days for soft goods, at least three weeks for durable goods.
    b.add(
        "wait_use",
        "logic.wait",
        duration={"days": 14, "hours": 0, "minutes": 0},
        days_by_kind={"soft": 10, "durable": 21, "consumable": 14},
    )
    b.add("ask", "action.send_email", template="review_request", message=REVIEW_REQUEST)
    review = {"types": ["review"]}
    b.add(
        "reviewed",
        "logic.wait_for_event",
        filter=review,
        timeout={"days": 5, "hours": 0, "minutes": 0},
    )
    b.add(
        "positive", "logic.condition", rules=[{"field": "matched.rating", "op": "ge", "value": 4}]
    )
    b.add(
        "thanks",
        "action.send_email",
        template="review_thanks",
        message=email(
            (
                "¡Gracias por tu reseña, {{ first_name }}!",
                "Hola, {{ first_name }}:\n\nNos alegra mucho que te haya gustado. Gracias por "
                "tomarte el tiempo de contarlo.",
            ),
            (
                "Thank you for your review, {{ first_name }}!",
                "Hi {{ first_name }},\n\nWe are so glad you liked it. Thank you for taking the "
                "time to tell others.",
            ),
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add(
        "remedy",
        "action.send_email",
        template="review_remedy",
        message=email(
            (
                "Sentimos que no haya ido bien, {{ first_name }}",
                "Hola, {{ first_name }}:\n\nLeímos tu reseña y lo sentimos. Queremos "
                "arreglarlo: responde a este correo y te proponemos un cambio, una devolución "
                "o la solución que mejor te venga.",
            ),
            (
                "We are sorry it did not go well, {{ first_name }}",
                "Hi {{ first_name }},\n\nWe read your review and we are sorry. We want to put "
                "it right: reply to this email and we will offer an exchange, a refund or "
                "whatever works best for you.",
            ),
        ),
    )
    b.add(
        "tell_owner",
        "action.notify_owner",
        template="review_negative",
        message=note(
            "{{ name }} dejó una reseña de {{ rating }} estrellas: conviene contactarle.",
            "{{ name }} left a {{ rating }}-star review: worth getting in touch.",
        ),
    )
    b.add("remedied", "logic.exit", reason="remedy_offered")
    b.add(
        "reminder",
        "action.send_email",
        template="review_reminder",
        message=email(
            (
                "¿Nos cuentas qué tal {{ product.name }}?",
                "Hola, {{ first_name }}:\n\nSi tienes un momento, nos encantaría saber cómo "
                "te va con {{ product.name }}. Una línea basta.",
            ),
            (
                "Will you tell us about {{ product.name }}?",
                "Hi {{ first_name }},\n\nIf you have a moment, we would love to hear how "
                "{{ product.name }} is working out. One line is plenty.",
            ),
        ),
    )
    b.add(
        "reviewed_late",
        "logic.wait_for_event",
        filter=review,
        timeout={"days": 7, "hours": 0, "minutes": 0},
    )
    b.add("no_review", "logic.exit", reason="no_review")
    b.chain("trigger", "wait_use", "ask", "reviewed")
    b.link("reviewed", "positive", "yes")
    b.link("reviewed", "reminder", "timeout")
    b.link("positive", "thanks", "yes")
    b.link("positive", "remedy", "no")
    b.chain("thanks", "done")
    b.chain("remedy", "tell_owner", "remedied")
    b.chain("reminder", "reviewed_late")
    b.link("reviewed_late", "positive", "yes")
    b.link("reviewed_late", "no_review", "timeout")
    return b.flow


def replenishment() -> FlowGraph:
    b = Builder("replenishment", priority=65, reentry=Reentry(ReentryMode.EVERY_TIME))
    b.add("trigger", "trigger.replenishment_due", lead_days=3, subtract_shipping=True)
    b.add("in_stock", "logic.condition", rules=[{"field": "in_stock", "op": "is_true"}])
    b.add(
        "remind",
        "action.send_email",
        template="replenishment_reminder",
        message=email(
            (
                "{{ first_name }}, tu {{ product.name }} está a punto de acabarse",
                "Hola, {{ first_name }}:\n\nSi lo has usado como de costumbre, te queda poco "
                "{{ product.name }}. Pídelo ahora y te llegará antes de que se termine."
                + PRODUCT_LIST,
            ),
            (
                "{{ first_name }}, your {{ product.name }} is about to run out",
                "Hi {{ first_name }},\n\nIf you have been using it as usual, your "
                "{{ product.name }} is nearly gone. Order now and it arrives before you run "
                "out." + PRODUCT_LIST,
            ),
        ),
    )
    b.add("wait_days", "logic.wait", duration={"days": 4, "hours": 0, "minutes": 0})
    b.add(
        "sms_allowed",
        "logic.condition",
        rules=[{"field": "consent.sms", "op": "eq", "value": "granted"}],
    )
    b.add(
        "remind_sms",
        "action.send_sms",
        template="replenishment_sms",
        message=sms(
            "{{ shop_name }}: ¿repetimos {{ product.name }}? Te lo enviamos en cuanto lo pidas.",
            "{{ shop_name }}: time for more {{ product.name }}? We ship as soon as you order.",
        ),
    )
    b.add(
        "remind_email",
        "action.send_email",
        template="replenishment_reminder_2",
        message=email(
            (
                "¿Repetimos {{ product.name }}?",
                "Hola, {{ first_name }}:\n\nUn último recordatorio para que no te quedes sin "
                "{{ product.name }}." + PRODUCT_LIST,
            ),
            (
                "More {{ product.name }}?",
                "Hi {{ first_name }},\n\nOne last reminder so you do not run out of "
                "{{ product.name }}." + PRODUCT_LIST,
            ),
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add("out_of_stock", "logic.exit", reason="out_of_stock")
    b.add("reordered", "logic.goal", filter={"types": ["order"], "same_products": True})
    b.add("bought", "logic.exit", reason="goal")
    b.chain("trigger", "in_stock")
    b.link("in_stock", "remind", "yes")
    b.link("in_stock", "out_of_stock", "no")
    b.chain("remind", "wait_days", "sms_allowed")
    b.link("sms_allowed", "remind_sms", "yes")
    b.link("sms_allowed", "remind_email", "no")
    b.chain("remind_sms", "done")
    b.chain("remind_email", "done")
    b.chain("reordered", "bought")
    return b.flow


def referral() -> FlowGraph:
    b = Builder("referral", priority=45, reentry=Reentry(ReentryMode.ONCE_PER_DAYS, 180))
    b.add("happy_review", "trigger.event", filter={"types": ["review"], "min_rating": 4})
    b.add("second_order", "trigger.order_placed", min_orders=2)
    b.add("wait_week", "logic.wait", duration={"days": 7, "hours": 0, "minutes": 0})
    b.add("unhappy", "logic.condition", rules=[ordered_rule(types=["review"], max_rating=2)])
    b.add(
        "invite",
        "action.send_email",
        template="referral_invite",
        message=email(
            (
                "{{ first_name }}, ¿a quién le regalarías un descuento?",
                "Hola, {{ first_name }}:\n\nGracias por confiar en {{ shop_name }}. Si "
                "conoces a alguien a quien le pueda gustar la tienda, recomiéndanosla: tu "
                "amistad recibe un descuento en su primera compra y tú otro en la siguiente.",
            ),
            (
                "{{ first_name }}, who would you give a discount to?",
                "Hi {{ first_name }},\n\nThank you for trusting {{ shop_name }}. If you know "
                "someone who would like the shop, recommend us: your friend gets a discount "
                "on their first order and you get one on your next.",
            ),
        ),
    )
    b.add(
        "referred",
        "logic.wait_for_event",
        filter={"types": ["referral"]},
        timeout={"days": 7, "hours": 0, "minutes": 0},
    )
    b.add(
        "reminder",
        "action.send_email",
        template="referral_reminder",
        message=email(
            (
                "Tu descuento por recomendarnos sigue esperando",
                "Hola, {{ first_name }}:\n\nTe recordamos que, si recomiendas {{ shop_name }}, "
                "tu amistad y tú os lleváis un descuento. Sin prisa: la invitación no caduca.",
            ),
            (
                "Your referral discount is still waiting",
                "Hi {{ first_name }},\n\nA reminder that if you recommend {{ shop_name }}, you "
                "and your friend both get a discount. No rush: the invitation does not expire.",
            ),
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add("not_now", "logic.exit", reason="not_satisfied")
    b.add(
        "thanks",
        "action.send_email",
        template="referral_thanks",
        message=email(
            (
                "¡Gracias por recomendarnos, {{ first_name }}!",
                "Hola, {{ first_name }}:\n\nTu recomendación ya ha llegado. Tu descuento te "
                "espera en tu próxima compra. ¡Gracias por hablar bien de nosotros!",
            ),
            (
                "Thank you for recommending us, {{ first_name }}!",
                "Hi {{ first_name }},\n\nYour recommendation came through. Your discount is "
                "waiting for your next order. Thank you for spreading the word!",
            ),
        ),
    )
    b.add("thanked", "logic.exit", reason="goal")
    b.chain("happy_review", "wait_week")
    b.chain("second_order", "wait_week")
    b.chain("wait_week", "unhappy")
    b.link("unhappy", "not_now", "yes")
    b.link("unhappy", "invite", "no")
    b.chain("invite", "referred")
    b.link("referred", "thanks", "yes")
    b.link("referred", "reminder", "timeout")
    b.chain("reminder", "done")
    b.chain("thanks", "thanked")
    return b.flow
