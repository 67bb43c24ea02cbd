"""Nurturing by phase (11): general content in phase I, product detail and comparisons in
phase II, an offer of help to whoever keeps asking questions."""

from __future__ import annotations

from shopnurture.domain.flows.model import FlowGraph, Reentry, ReentryMode
from shopnurture.domain.flows.templates.builder import Builder, email, note

VIEWED_LIST = "{% for p in viewed %}\n· {{ p.name }} — {{ p.price }}{% endfor %}"


def nurture_by_phase() -> FlowGraph:
    b = Builder("nurture_by_phase", priority=30, reentry=Reentry(ReentryMode.ONCE_PER_DAYS, 60))
    b.add("signed_up", "trigger.event", filter={"types": ["signup"]})
    b.add("considering", "trigger.segment_entered", phase="consideration")
    b.add(
        "asked_twice",
        "trigger.event",
        filter={"types": ["inquiry"]},
        min_count=2,
        window_hours=14 * 24,
    )
    still_aware = [{"field": "phase", "op": "eq", "value": "awareness"}]
    guides = (
        (
            "Cómo elegir bien en {{ shop_name }}",
            "Tres preguntas que conviene hacerse antes de comprar: para qué lo necesitas, "
            "cuánto lo vas a usar y cómo lo vas a cuidar. En nuestro blog tienes guías para "
            "cada categoría.",
        ),
        (
            "Lo que nuestros clientes nos preguntan más",
            "Recopilamos las dudas más frecuentes sobre envíos, cambios y cuidados, con "
            "respuestas cortas y claras.",
        ),
        (
            "Ideas de temporada",
            "Una selección de lo que más se está leyendo en el blog este mes, por si te inspira.",
        ),
    )
    guides_en = (
        (
            "How to choose well at {{ shop_name }}",
            "Three questions worth asking before you buy: what you need it for, how often you "
            "will use it and how you will look after it. Our blog has a guide for each category.",
        ),
        (
            "What our customers ask us most",
            "We gathered the most frequent questions about delivery, exchanges and care, with "
            "short, clear answers.",
        ),
        (
            "Ideas for the season",
            "A pick of what people are reading on our blog this month, in case it inspires you.",
        ),
    )
    previous = "signed_up"
    for number in (1, 2, 3):
        check = b.add(f"aware_{number}", "logic.condition", rules=still_aware)
        b.link(previous, check)
        content = b.add(
            f"guide_{number}",
            "action.send_email",
            template=f"nurture_guide_{number}",
            message=email(
                (guides[number - 1][0], "Hola, {{ first_name }}:\n\n" + guides[number - 1][1]),
                (guides_en[number - 1][0], "Hi {{ first_name }},\n\n" + guides_en[number - 1][1]),
            ),
        )
        b.link(check, content, "yes")
        if number < 3:
            previous = b.add(
                f"week_{number}", "logic.wait", duration={"days": 7, "hours": 0, "minutes": 0}
            )
            b.link(content, previous)
        else:
            b.add("guides_done", "logic.exit", reason="completed")
            b.link(content, "guides_done")
    b.add(
        "phase_two",
        "logic.condition",
        rules=[{"field": "phase", "op": "eq", "value": "consideration"}],
    )
    b.link("aware_1", "phase_two", "no")
    b.link("aware_2", "phase_two", "no")
    b.link("aware_3", "phase_two", "no")
    b.link("considering", "phase_two")
    b.add(
        "details",
        "action.send_email",
        template="nurture_details",
        message=email(
            (
                "Todo sobre lo que estuviste mirando",
                "Hola, {{ first_name }}:\n\nTe dejamos los detalles de lo que viste en la "
                "tienda, con precios y plazos de entrega:" + VIEWED_LIST,
            ),
            (
                "All about what you were looking at",
                "Hi {{ first_name }},\n\nHere are the details of what you looked at in the "
                "shop, with prices and delivery times:" + VIEWED_LIST,
            ),
        ),
    )
    b.add("wait_compare", "logic.wait", duration={"days": 4, "hours": 0, "minutes": 0})
    b.add(
        "many_questions",
        "logic.condition",
        rules=[
            {
                "field": "events",
                "op": "ge",
                "value": 2,
                "days": 14,
                "filter": {"types": ["inquiry"]},
            }
        ],
    )
    b.add(
        "comparison",
        "action.send_email",
        template="nurture_comparison",
        message=email(
            (
                "¿Dudas entre varias opciones?",
                "Hola, {{ first_name }}:\n\nSi estás comparando, fíjate en el uso que le vas a "
                "dar más que en el precio: así aciertas a la primera. Esto es lo que miraste:"
                + VIEWED_LIST,
            ),
            (
                "Torn between a few options?",
                "Hi {{ first_name }},\n\nIf you are comparing, think about how you will use it "
                "rather than the price alone: that is how you get it right first time. Here is "
                "what you looked at:" + VIEWED_LIST,
            ),
        ),
    )
    b.add("compared", "logic.exit", reason="completed")
    b.add("customer", "logic.exit", reason="already_customer")
    b.add(
        "help",
        "action.send_email",
        template="nurture_help",
        message=email(
            (
                "{{ first_name }}, ¿hablamos?",
                "Hola, {{ first_name }}:\n\nHemos visto que tienes varias preguntas y queremos "
                "ayudarte de verdad. Responde a este correo con un teléfono y una hora, y te "
                "llamamos sin compromiso.",
            ),
            (
                "{{ first_name }}, shall we talk?",
                "Hi {{ first_name }},\n\nWe saw you have several questions and we would like to "
                "really help. Reply with a phone number and a good time, and we will call you, "
                "no strings attached.",
            ),
        ),
    )
    b.add(
        "tell_owner",
        "action.notify_owner",
        template="nurture_inquiries",
        message=note(
            "{{ name }} ha hecho varias consultas: se le ha ofrecido ayuda por teléfono.",
            "{{ name }} asked several questions: a phone call has been offered.",
        ),
    )
    b.add("helped", "logic.exit", reason="help_offered")
    b.link("phase_two", "details", "yes")
    b.link("phase_two", "customer", "no")
    b.chain("details", "wait_compare", "many_questions")
    b.link("many_questions", "help", "yes")
    b.link("many_questions", "comparison", "no")
    b.chain("comparison", "compared")
    b.chain("asked_twice", "help")
    b.chain("help", "tell_owner", "helped")
    return b.flow
