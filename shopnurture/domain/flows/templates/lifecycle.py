"""Templates along the customer's life: offers (5), birthday (8) and win-back (10)."""

from __future__ import annotations

from shopnurture.domain.flows.model import FlowGraph, Reentry, ReentryMode
from shopnurture.domain.flows.templates.builder import Builder, email, sms

ANY_VISIT = {"types": ["page_view", "category_view", "add_to_cart", "checkout_started", "order"]}


def offer() -> FlowGraph:
    b = Builder("offer", priority=40, reentry=Reentry(ReentryMode.EVERY_TIME))
    # Early December: tell people about the Christmas offers before they buy elsewhere.
    b.add(
        "trigger",
        "trigger.recurring_date",
        every="yearly",
        month=12,
        day=1,
        time="10:00",
        audience=[{"field": "consent.email", "op": "eq", "value": "granted"}],
    )
    b.add(
        "coupon", "action.assign_coupon", source="pattern", pattern="NAVIDAD-{code}", valid_days=24
    )
    b.add(
        "announce",
        "action.send_email",
        template="offer_announce",
        message=email(
            (
                "{{ first_name }}, las ofertas de Navidad ya están aquí",
                "Hola, {{ first_name }}:\n\nAdelántate a las prisas de diciembre: con el "
                "código {{ coupon_code }} tienes un descuento en toda la tienda hasta el "
                "{{ coupon_expires }}.",
            ),
            (
                "{{ first_name }}, our Christmas offers are here",
                "Hi {{ first_name }},\n\nBeat the December rush: the code {{ coupon_code }} "
                "gives you a discount across the shop until {{ coupon_expires }}.",
            ),
        ),
    )
    b.add(
        "took_it",
        "logic.wait_for_event",
        filter={"types": ["order"]},
        timeout={"days": 5, "hours": 0, "minutes": 0},
    )
    b.add(
        "reminder",
        "action.send_email",
        template="offer_reminder",
        message=email(
            (
                "Tu código {{ coupon_code }} sigue activo",
                "Hola, {{ first_name }}:\n\nPor si se te pasó: {{ coupon_code }} funciona "
                "hasta el {{ coupon_expires }}.",
            ),
            (
                "Your code {{ coupon_code }} is still active",
                "Hi {{ first_name }},\n\nIn case you missed it: {{ coupon_code }} works until "
                "{{ coupon_expires }}.",
            ),
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add(
        "how_to",
        "action.send_email",
        template="offer_used",
        message=email(
            (
                "Gracias por aprovechar la oferta",
                "Hola, {{ first_name }}:\n\nTu pedido ya incluye el descuento. Si vas a "
                "regalar, pide en el pedido que lo envolvamos: es gratis.",
            ),
            (
                "Thanks for using the offer",
                "Hi {{ first_name }},\n\nYour order already includes the discount. If it is a "
                "gift, ask us in the order to wrap it: it is free.",
            ),
        ),
    )
    b.add("used", "logic.exit", reason="goal")
    b.chain("trigger", "coupon", "announce", "took_it")
    b.link("took_it", "how_to", "yes")
    b.link("took_it", "reminder", "timeout")
    b.chain("reminder", "done")
    b.chain("how_to", "used")
    return b.flow


def birthday() -> FlowGraph:
    b = Builder("birthday", priority=60, reentry=Reentry(ReentryMode.ONCE_PER_DAYS, 300))
    b.add("trigger", "trigger.date_anniversary", field="birthday", days_before=7, time="10:00")
    b.add(
        "coupon", "action.assign_coupon", source="pattern", pattern="CUMPLE-{code}", valid_days=14
    )
    b.add(
        "gift",
        "action.send_email",
        template="birthday_gift",
        message=email(
            (
                "{{ first_name }}, se acerca tu cumpleaños 🎂",
                "Hola, {{ first_name }}:\n\nEn {{ shop_name }} queremos celebrarlo contigo: "
                "usa el código {{ coupon_code }} antes del {{ coupon_expires }} y llévate tu "
                "regalo de cumpleaños.",
            ),
            (
                "{{ first_name }}, your birthday is coming 🎂",
                "Hi {{ first_name }},\n\nWe at {{ shop_name }} want to celebrate with you: use "
                "the code {{ coupon_code }} before {{ coupon_expires }} for your birthday gift.",
            ),
        ),
    )
    b.add(
        "used",
        "logic.wait_for_event",
        filter={"types": ["order"]},
        timeout={"days": 6, "hours": 0, "minutes": 0},
    )
    b.add(
        "sms_allowed",
        "logic.condition",
        rules=[{"field": "consent.sms", "op": "eq", "value": "granted"}],
    )
    b.add(
        "follow_up_sms",
        "action.send_sms",
        template="birthday_sms",
        message=sms(
            "{{ shop_name }}: tu regalo de cumpleaños {{ coupon_code }} caduca el "
            "{{ coupon_expires }}.",
            "{{ shop_name }}: your birthday gift {{ coupon_code }} expires on "
            "{{ coupon_expires }}.",
        ),
    )
    b.add("done", "logic.exit", reason="completed")
    b.add(
        "follow_up_email",
        "action.send_email",
        template="birthday_follow_up",
        message=email(
            (
                "Tu regalo de cumpleaños caduca pronto",
                "Hola, {{ first_name }}:\n\nQuedan pocos días para usar {{ coupon_code }}: "
                "vale hasta el {{ coupon_expires }}. ¡Que lo disfrutes!",
            ),
            (
                "Your birthday gift expires soon",
                "Hi {{ first_name }},\n\nJust a few days left to use {{ coupon_code }}: it is "
                "valid until {{ coupon_expires }}. Enjoy!",
            ),
        ),
    )
    b.add("celebrated", "logic.exit", reason="goal")
    b.chain("trigger", "coupon", "gift", "used")
    b.link("used", "celebrated", "yes")
    b.link("used", "sms_allowed", "timeout")
    b.link("sms_allowed", "follow_up_sms", "yes")
    b.link("sms_allowed", "follow_up_email", "no")
    b.chain("follow_up_sms", "done")
    b.chain("follow_up_email", "done")
    return b.flow


def win_back() -> FlowGraph:
    b = Builder("win_back", priority=35, reentry=Reentry(ReentryMode.ONCE_PER_DAYS, 120))
    b.add("trigger", "trigger.inactivity", of="order", days=90)
    b.add(
        "coupon", "action.assign_coupon", source="pattern", pattern="VUELVE-{code}", valid_days=14
    )
    b.add(
        "incentive",
        "action.send_email",
        template="win_back_incentive",
        message=email(
            (
                "Te echamos de menos, {{ first_name }}",
                "Hola, {{ first_name }}:\n\nHace tiempo que no sabemos de ti. Para que vuelvas "
                "a darte una vuelta, aquí tienes {{ coupon_code }}, un descuento válido hasta "
                "el {{ coupon_expires }}.",
            ),
            (
                "We miss you, {{ first_name }}",
                "Hi {{ first_name }},\n\nIt has been a while. To tempt you back, here is "
                "{{ coupon_code }}, a discount valid until {{ coupon_expires }}.",
            ),
        ),
    )
    b.add(
        "ordered",
        "logic.wait_for_event",
        filter={"types": ["order"]},
        timeout={"days": 7, "hours": 0, "minutes": 0},
    )
    b.add(
        "reminder",
        "action.send_email",
        template="win_back_reminder",
        message=email(
            (
                "Tu descuento {{ coupon_code }} caduca el {{ coupon_expires }}",
                "Hola, {{ first_name }}:\n\nSolo un recordatorio: tu código sigue activo unos "
                "días más. Hay novedades en la tienda que creemos que te gustarán.",
            ),
            (
                "Your discount {{ coupon_code }} expires on {{ coupon_expires }}",
                "Hi {{ first_name }},\n\nJust a reminder: your code is active a few more days. "
                "There is new stock we think you will like.",
            ),
        ),
    )
    b.add(
        "came_back",
        "logic.wait_for_event",
        filter=ANY_VISIT,
        timeout={"days": 7, "hours": 0, "minutes": 0},
    )
    b.add(
        "last_call",
        "action.send_email",
        template="win_back_last_call",
        message=email(
            (
                "¿Seguimos escribiéndote, {{ first_name }}?",
                "Hola, {{ first_name }}:\n\nNo queremos llenar tu bandeja de entrada. Si ya no "
                "te interesan nuestros correos, puedes darte de baja con el enlace de abajo; si "
                "quieres seguir, no tienes que hacer nada más que visitarnos de vez en cuando.",
            ),
            (
                "Shall we keep writing, {{ first_name }}?",
                "Hi {{ first_name }},\n\nWe do not want to clutter your inbox. If our emails no "
                "longer interest you, unsubscribe with the link below; to stay, just visit us "
                "now and then.",
            ),
        ),
    )
    b.add(
        "last_chance",
        "logic.wait_for_event",
        filter=ANY_VISIT,
        timeout={"days": 14, "hours": 0, "minutes": 0},
    )
    # "Remove those who never respond": stop marketing messages, keeping the contact's history.
    b.add("suppress", "action.add_tag", tag="suppressed")
    b.add("removed", "logic.exit", reason="removed")
    b.add("reactivated", "action.add_tag", tag="reactivated")
    b.add(
        "welcome_back",
        "action.send_email",
        template="win_back_welcome",
        message=email(
            (
                "¡Qué alegría verte de nuevo, {{ first_name }}!",
                "Hola, {{ first_name }}:\n\nGracias por volver. A partir de ahora te "
                "contaremos solo lo que de verdad pueda interesarte.",
            ),
            (
                "Great to see you again, {{ first_name }}!",
                "Hi {{ first_name }},\n\nThank you for coming back. From now on we will only "
                "tell you about things that really matter to you.",
            ),
        ),
    )
    b.add("back", "logic.exit", reason="goal")
    b.chain("trigger", "coupon", "incentive", "ordered")
    b.link("ordered", "reactivated", "yes")
    b.link("ordered", "reminder", "timeout")
    b.chain("reminder", "came_back")
    b.link("came_back", "reactivated", "yes")
    b.link("came_back", "last_call", "timeout")
    b.chain("last_call", "last_chance")
    b.link("last_chance", "reactivated", "yes")
    b.link("last_chance", "suppress", "timeout")
    b.chain("suppress", "removed")
    b.chain("reactivated", "welcome_back", "back")
    return b.flow
