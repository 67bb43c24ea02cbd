"""Texts of segments, the lead score's points table, and the reasons behind a contact's score,
phase and RFM group."""

from __future__ import annotations

SEGMENT_MESSAGES: dict[str, dict[str, str]] = {
    # Saved segments in flows ------------------------------------------------------------
    "flow.problem.unknown_segment": {
        "en": "Node {node} uses saved segment {segment}, which no longer exists: choose another "
        "segment (as it is, it matches nobody).",
        "es": "El nodo {node} usa el segmento guardado {segment}, que ya no existe: elige otro "
        "segmento (tal como está, no incluye a nadie).",
    },
    "flow.reason.bad_segment": {
        "en": "choose a saved segment",
        "es": "elige un segmento guardado",
    },
    # Segments ---------------------------------------------------------------------------
    "segment.bad_format": {
        "en": "These are not segment rules ({reason}). Give them as JSON, e.g. "
        '{{"match": "all", "rules": [{{"field": "tags", "op": "has", "value": "vip"}}]}}.',
        "es": "Esto no son reglas de segmento ({reason}). Escríbelas en JSON, p. ej. "
        '{{"match": "all", "rules": [{{"field": "tags", "op": "has", "value": "vip"}}]}}.',
    },
    "segment.too_new": {
        "en": "These segment rules are of a newer version ({found}; this version reads up to "
        "{supported}). Update shopnurture to use them.",
        "es": "Estas reglas de segmento son de una versión más nueva ({found}; esta versión "
        "lee hasta la {supported}). Actualiza shopnurture para usarlas.",
    },
    "segment.invalid": {
        "en": "Rule {path} cannot be used: {reason}.",
        "es": "La regla {path} no se puede usar: {reason}.",
    },
    "segment.unknown": {
        "en": "There is no saved segment {segment}. See them with: shopnurture segments list",
        "es": "No hay ningún segmento guardado {segment}. Puedes verlos con: "
        "shopnurture segments list",
    },
    "segment.name_empty": {
        "en": "Give the segment a name.",
        "es": "Ponle un nombre al segmento.",
    },
    "segment.name_too_long": {
        "en": "The name is too long (at most {limit} characters).",
        "es": "El nombre es demasiado largo (como mucho {limit} caracteres).",
    },
    "segment.name_taken": {
        "en": "There is already a segment called {name}. Choose another name.",
        "es": "Ya hay un segmento llamado {name}. Elige otro nombre.",
    },
    "segment.needs_rules": {
        "en": "Name a saved segment or give --rules JSON.",
        "es": "Indica un segmento guardado o pasa --rules con el JSON.",
    },
    "segment.counted": {
        "en": "{count} contacts in the segment.",
        "es": "{count} contactos en el segmento.",
    },
    "segment.exported": {
        "en": "{count} contacts saved to {path}.",
        "es": "{count} contactos guardados en {path}.",
    },
    "segment.none_saved": {
        "en": "No saved segments yet.",
        "es": "Todavía no hay segmentos guardados.",
    },
    "segment.reason.unknown_field": {
        "en": "unknown field {field}",
        "es": "el campo {field} no existe",
    },
    "segment.reason.unknown_operator": {
        "en": "this comparison does not apply to {field}",
        "es": "esta comparación no sirve para {field}",
    },
    "segment.reason.match": {
        "en": "a group matches all or any of its rules",
        "es": "un grupo debe cumplir todas o alguna de sus reglas",
    },
    "segment.reason.too_deep": {
        "en": "groups can be nested at most {limit} deep",
        "es": "los grupos pueden anidarse como mucho {limit} niveles",
    },
    "segment.reason.too_many_rules": {
        "en": "a segment has at most {limit} rules",
        "es": "un segmento tiene como mucho {limit} reglas",
    },
    "segment.reason.days": {
        "en": "the number of days must be between 1 and 3650",
        "es": "el número de días debe estar entre 1 y 3650",
    },
    "segment.reason.activity": {
        "en": "say which activity",
        "es": "indica qué actividad",
    },
    "segment.reason.event": {
        "en": "unknown kind of activity",
        "es": "tipo de actividad desconocido",
    },
    "segment.reason.at_least": {
        "en": "the number of times must be between 1 and 1000",
        "es": "el número de veces debe estar entre 1 y 1000",
    },
    "segment.reason.value_range": {
        "en": "the value range is not valid",
        "es": "el rango de importe no es válido",
    },
    "segment.reason.choice": {
        "en": "pick at least one of the listed values for {field}",
        "es": "elige al menos uno de los valores posibles de {field}",
    },
    "segment.reason.number": {
        "en": "{field} needs a number",
        "es": "{field} necesita un número",
    },
    "segment.reason.empty_value": {
        "en": "{field} needs a value",
        "es": "{field} necesita un valor",
    },
    # The points table (settings) ---------------------------------------------------------
    "settings.reason.points": {
        "en": "use whole points between -1000 and 1000",
        "es": "usa puntos enteros entre -1000 y 1000",
    },
    "settings.reason.half_life": {
        "en": "use a number of days between 1 and 3650",
        "es": "usa un número de días entre 1 y 3650",
    },
    "settings.reason.cents_per_point": {
        "en": "use whole cents between 0 (spend gives no points) and 10000000",
        "es": "usa céntimos enteros entre 0 (el gasto no da puntos) y 10000000",
    },
    # RFM groups and phases, as words ----------------------------------------------------
    "rfm.group.champions": {"en": "Champions", "es": "Campeones"},
    "rfm.group.loyal": {"en": "Loyal", "es": "Fieles"},
    "rfm.group.potential": {"en": "Potential", "es": "Prometedores"},
    "rfm.group.at_risk": {"en": "At risk", "es": "En riesgo"},
    "rfm.group.hibernating": {"en": "Hibernating", "es": "Dormidos"},
    "rfm.group.lost": {"en": "Lost", "es": "Perdidos"},
    "phase.awareness": {"en": "I · Awareness", "es": "I · Descubrimiento"},
    "phase.consideration": {"en": "II · Consideration", "es": "II · Consideración"},
    "phase.customer": {"en": "III · Customer", "es": "III · Cliente"},
    # Why a contact has their score, phase and RFM group ---------------------------------
    "explain.period.week": {"en": "this week", "es": "esta semana"},
    "explain.period.month": {"en": "this month", "es": "este mes"},
    "explain.period.earlier": {"en": "earlier", "es": "hace más de un mes"},
    "explain.something": {"en": "pages", "es": "páginas"},
    "explain.score.page_view": {
        "en": "{points}: viewed {product} ×{count} ({period})",
        "es": "{points}: vio {product} ×{count} ({period})",
    },
    "explain.score.category_view": {
        "en": "{points}: viewed the category {product} ×{count} ({period})",
        "es": "{points}: vio la categoría {product} ×{count} ({period})",
    },
    "explain.score.add_to_cart": {
        "en": "{points}: added {product} to the cart ×{count} ({period})",
        "es": "{points}: añadió {product} al carrito ×{count} ({period})",
    },
    "explain.score.checkout_started": {
        "en": "{points}: started checkout ×{count} ({period})",
        "es": "{points}: empezó a pagar ×{count} ({period})",
    },
    "explain.score.order": {
        "en": "{points}: ordered {product} ×{count} ({period})",
        "es": "{points}: compró {product} ×{count} ({period})",
    },
    "explain.score.review": {
        "en": "{points}: reviewed {product} ×{count} ({period})",
        "es": "{points}: opinó sobre {product} ×{count} ({period})",
    },
    "explain.score.inquiry": {
        "en": "{points}: asked about {product} ×{count} ({period})",
        "es": "{points}: preguntó por {product} ×{count} ({period})",
    },
    "explain.score.signup": {
        "en": "{points}: signed up ({period})",
        "es": "{points}: se registró ({period})",
    },
    "explain.score.referral": {
        "en": "{points}: referred a friend ×{count} ({period})",
        "es": "{points}: recomendó la tienda ×{count} ({period})",
    },
    "explain.score.spend": {
        "en": "{points}: spent {amount} ({period})",
        "es": "{points}: gastó {amount} ({period})",
    },
    "explain.score.adjustment": {
        "en": "{points}: given by automations",
        "es": "{points}: dados por automatizaciones",
    },
    "explain.score.none": {
        "en": "No points yet: no recent activity.",
        "es": "Aún sin puntos: no hay actividad reciente.",
    },
    "explain.phase.customer": {
        "en": "Phase III: {count|# order|# orders}",
        "es": "Fase III: {count|# pedido|# pedidos}",
    },
    "explain.phase.consideration_views": {
        "en": "Phase II: {count} product views ({needed} needed)",
        "es": "Fase II: {count} visitas a productos (hacen falta {needed})",
    },
    "explain.phase.consideration_inquiry": {
        "en": "Phase II: asked {count|# question|# questions}",
        "es": "Fase II: hizo {count|# pregunta|# preguntas}",
    },
    "explain.phase.awareness": {
        "en": "Phase I: {count|# product view|# product views}; {needed} views or a question "
        "bring phase II",
        "es": "Fase I: {count|# visita|# visitas} a productos; con {needed} visitas o una "
        "pregunta pasa a fase II",
    },
    "explain.phase.kept": {
        "en": "Stays in {phase}: set by an automation, a journey does not go back",
        "es": "Sigue en {phase}: lo puso una automatización y el recorrido no retrocede",
    },
    "explain.rfm.group": {
        "en": "{group}: last order {days|# day|# days} ago (R{recency}), "
        "{orders|# order|# orders} (F{frequency}), {amount} spent (M{monetary})",
        "es": "{group}: último pedido hace {days|# día|# días} (R{recency}), "
        "{orders|# pedido|# pedidos} (F{frequency}), {amount} gastados (M{monetary})",
    },
    "explain.rfm.none": {
        "en": "No RFM group: no orders yet",
        "es": "Sin grupo RFM: todavía no ha comprado",
    },
}
