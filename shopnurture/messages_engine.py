"""Texts of the automation engine (flows, node catalogue, validation, outbox reasons), in
Spanish and English."""

from __future__ import annotations


def _both(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


_KINDS = {
    "trigger.event": ("Ocurrió una actividad", "Activity happened"),
    "trigger.cart_abandoned": ("Carrito abandonado", "Cart abandoned"),
    "trigger.order_placed": ("Pedido realizado", "Order placed"),
    "trigger.date_anniversary": ("Aniversario de una fecha", "Date anniversary"),
    "trigger.inactivity": ("Inactividad", "Inactivity"),
    "trigger.replenishment_due": ("Toca reponer", "Replenishment due"),
    "trigger.segment_entered": ("Entró en un segmento o fase", "Entered a segment or phase"),
    "trigger.recurring_date": ("Fecha recurrente", "Recurring date"),
    "trigger.manual": ("Añadido a mano", "Added by hand"),
    "logic.wait": ("Esperar", "Wait"),
    "logic.wait_until": ("Esperar hasta un día y hora", "Wait until a weekday and time"),
    "logic.wait_until_date": ("Esperar hasta una fecha", "Wait until a date"),
    "logic.wait_for_event": ("Esperar una actividad", "Wait for an activity"),
    "logic.condition": ("Condición", "Condition"),
    "logic.random_split": ("Reparto aleatorio (A/B)", "Random split (A/B)"),
    "logic.holdout": ("Grupo de control", "Holdout group"),
    "logic.goal": ("Objetivo", "Goal"),
    "logic.exit": ("Salida", "Exit"),
    "action.send_email": ("Enviar correo", "Send email"),
    "action.send_sms": ("Enviar SMS", "Send SMS"),
    "action.add_tag": ("Añadir etiqueta", "Add tag"),
    "action.remove_tag": ("Quitar etiqueta", "Remove tag"),
    "action.change_score": ("Cambiar puntuación", "Change score"),
    "action.set_phase": ("Cambiar fase", "Set phase"),
    "action.assign_coupon": ("Asignar cupón", "Assign coupon"),
    "action.notify_owner": ("Avisarme", "Notify me"),
}
_PORTS = {
    "next": ("Siguiente", "Next"),
    "yes": ("Sí", "Yes"),
    "no": ("No", "No"),
    "timeout": ("Tiempo agotado", "Timed out"),
    "branch": ("Rama", "Branch"),
}
_TEMPLATES = {
    "browse_abandonment": (
        ("Navegación abandonada", "Browse abandonment"),
        ("Quien mira el mismo producto varias veces y se va sin añadirlo al carrito recibe "
         "un recordatorio con ese producto y otros parecidos.",
         "Someone who looks at the same product more than once and leaves without adding it "
         "to the cart gets a reminder with it and similar products."),
    ),
    "cart_abandonment": (
        ("Carrito abandonado", "Cart abandonment"),
        ("Una hora después de un carrito sin pedido, si hay stock, hasta tres recordatorios "
         "(el último con cupón). Quien compra sale del flujo con un agradecimiento.",
         "An hour after a cart without an order, if in stock, up to three reminders (the "
         "last with a coupon). Whoever buys leaves the flow with a thank-you."),
    ),
    "upsell": (
        ("Venta de la versión superior", "Upsell"),
        ("Al añadir al carrito un producto con versión superior, se ofrece esa versión "
         "minutos después, con un recordatorio.",
         "After adding a product that has a better version to the cart, that version is "
         "offered minutes later, with one reminder."),
    ),
    "cross_sell": (
        ("Venta cruzada", "Cross-sell"),
        ("Horas después de un pedido, productos complementarios; si compra, petición de "
         "reseña días después; si no, un seguimiento a los dos días.",
         "Hours after an order, complementary products; if they buy, a review request days "
         "later; if not, a follow-up two days later."),
    ),
    "offer": (
        ("Oferta de temporada", "Seasonal offer"),
        ("Cada 1 de diciembre, un cupón para las compras de Navidad a quien acepta correos, "
         "con un recordatorio.",
         "Every 1 December, a coupon for Christmas shopping to everyone who accepts emails, "
         "with one reminder."),
    ),
    "product_review": (
        ("Reseña del producto", "Product review"),
        ("Pide una reseña cuando ya se ha usado el producto (10 días ropa, 21 duraderos); "
         "agradece las buenas, ofrece solución a las malas y recuerda si no llega.",
         "Asks for a review once the product has been used (10 days soft goods, 21 durable); "
         "thanks good ones, offers a remedy for bad ones, reminds if none comes."),
    ),
    "replenishment": (
        ("Reposición", "Replenishment"),
        ("Avisa cuando un consumible está por acabarse (3 días antes, menos los días de "
         "envío) y recuerda una vez más.",
         "Reminds when a consumable is about to run out (3 days early, minus shipping days) "
         "and once more later."),
    ),
    "birthday": (
        ("Cumpleaños", "Birthday"),
        ("Una semana antes del cumpleaños, un cupón con fecha límite; seguimiento por SMS o "
         "correo a quien no lo usa.",
         "A week before the birthday, a coupon with a deadline; an SMS or email follow-up to "
         "those who do not use it."),
    ),
    "referral": (
        ("Recomendación", "Referral"),
        ("Siete días después de una reseña de 4 o 5 estrellas o de un segundo pedido, invita "
         "a recomendar la tienda; un recordatorio si no lo hace.",
         "Seven days after a 4 or 5-star review or a second order, invites to recommend the "
         "shop; a reminder if they do not."),
    ),
    "win_back": (
        ("Recuperar clientes", "Win-back"),
        ("Tras 90 días sin comprar, un incentivo, un recordatorio y un último mensaje que "
         "ofrece la baja; quien no responde deja de recibir marketing.",
         "After 90 days without buying, an incentive, a reminder and a last message offering "
         "to unsubscribe; those who never respond stop getting marketing."),
    ),
    "nurture_by_phase": (
        ("Acompañar por fases", "Nurture by phase"),
        ("Fase I: contenido general semanal durante 3 semanas; fase II: detalle y "
         "comparativa de lo que miró; varias consultas: ofrecer ayuda.",
         "Phase I: general content weekly for 3 weeks; phase II: details and a comparison of "
         "what they viewed; repeated questions: an offer of help."),
    ),
}  # fmt: skip
_PROBLEMS = {
    "no_trigger": ("El flujo no tiene ningún disparador.", "The flow has no trigger."),
    "unknown_kind": ("El nodo {node} es de un tipo desconocido ({kind}).",
                     "Node {node} is of an unknown kind ({kind})."),
    "bad_param": ("El nodo {node} tiene un valor no válido en {param}: {reason}.",
                  "Node {node} has an invalid {param}: {reason}."),
    "empty_message": ("El mensaje del nodo {node} está vacío.", "The message of node {node} is empty."),
    "missing_language": ("El mensaje del nodo {node} no tiene texto en {in_language}.",
                         "The message of node {node} has no text in {in_language}."),
    "template_error": ("El texto ({in_language}) del nodo {node} tiene un error: {reason} {detail}",
                       "The text ({in_language}) of node {node} has an error: {reason} {detail}"),
    "missing_subject": ("El correo del nodo {node} no tiene asunto ({in_language}).",
                        "The email of node {node} has no subject ({in_language})."),
    "no_unsubscribe": ("El correo del nodo {node} ({in_language}) no incluye el enlace de baja "
                       "{{{{ unsubscribe_url }}}}.",
                       "The email of node {node} ({in_language}) has no unsubscribe link "
                       "{{{{ unsubscribe_url }}}}."),
    "no_opt_out": ("El SMS del nodo {node} ({in_language}) no dice cómo darse de baja (BAJA o STOP).",
                   "The SMS of node {node} ({in_language}) does not say how to opt out (STOP or BAJA)."),
    "sms_too_long": ("El SMS del nodo {node} ({in_language}) ocupa {segments} mensajes; el máximo es 3.",
                     "The SMS of node {node} ({in_language}) takes {segments} parts; at most 3."),
    "bad_link": ("Un enlace desde {node} ({port}) va a un nodo o salida que no existe ({target}).",
                 "A link from {node} ({port}) goes to a node or port that does not exist ({target})."),
    "duplicate_link": ("La salida {port} del nodo {node} tiene más de un enlace.",
                       "Port {port} of node {node} has more than one link."),
    "unconnected_port": ("La salida {port} del nodo {node} no está conectada.",
                         "Port {port} of node {node} is not connected."),
    "unreachable": ("Ningún contacto puede llegar al nodo {node}.", "No contact can reach node {node}."),
    "cycle_without_wait": ("Hay un bucle sin ninguna espera entre los nodos {nodes}.",
                           "There is a loop without any wait through nodes {nodes}."),
}  # fmt: skip
_REASONS = {
    "required": ("es obligatorio", "it is required"),
    "not_a_number": ("debe ser un número entero", "it must be a whole number"),
    "too_small": ("es demasiado pequeño", "it is too small"),
    "too_big": ("es demasiado grande", "it is too big"),
    "not_a_choice": ("no es una de las opciones", "it is not one of the choices"),
    "bad_time": ("usa una hora como 10:00", "use a time like 10:00"),
    "bad_duration": ("la duración no es válida", "the duration is not valid"),
    "not_positive": ("la duración debe ser mayor que cero", "the duration must be more than zero"),
    "bad_event_filter": ("el filtro de actividad no es válido", "the activity filter is not valid"),
    "bad_rules": ("las reglas no son válidas", "the rules are not valid"),
    "unknown_field": ("una regla usa un campo desconocido", "a rule uses an unknown field"),
    "unknown_operator": ("una regla usa una comparación desconocida",
                         "a rule uses an unknown comparison"),
    "bad_branches": ("las ramas necesitan nombres distintos (al menos dos)",
                     "the branches need distinct names (at least two)"),
    "percent_sum": ("los porcentajes deben sumar 100", "the percentages must add up to 100"),
    "bad_weekdays": ("días de la semana no válidos", "invalid weekdays"),
    "template_syntax": ("la plantilla no se puede leer:", "the template cannot be read:"),
    "unknown_variable": ("usa una variable desconocida:", "it uses an unknown variable:"),
}  # fmt: skip
_OUTBOX_REASONS = {
    "no_consent": ("sin consentimiento", "no consent"),
    "consent_withdrawn": ("se dio de baja", "opted out"),
    "no_address": ("sin dirección", "no address"),
    "suppressed": ("excluido del marketing", "suppressed from marketing"),
    "stale": ("llegó tarde (el ordenador estaba en reposo)", "too late (the computer was asleep)"),
    "frequency_cap": ("límite de frecuencia", "frequency cap"),
    "quiet_hours": ("horario de descanso", "quiet hours"),
    "goal_reached": ("ya cumplió el objetivo", "goal already reached"),
    "render_error": ("error en la plantilla", "template error"),
}

ENGINE_MESSAGES: dict[str, dict[str, str]] = {
    **{f"flow.kind.{key}": _both(*texts) for key, texts in _KINDS.items()},
    **{f"flow.port.{key}": _both(*texts) for key, texts in _PORTS.items()},
    **{f"flow.template.{key}.name": _both(*name) for key, (name, _) in _TEMPLATES.items()},
    **{f"flow.template.{key}.description": _both(*text) for key, (_, text) in _TEMPLATES.items()},
    **{f"flow.problem.{key}": _both(*texts) for key, texts in _PROBLEMS.items()},
    **{f"flow.reason.{key}": _both(*texts) for key, texts in _REASONS.items()},
    **{f"outbox.reason.{key}": _both(*texts) for key, texts in _OUTBOX_REASONS.items()},
    "flow.edit.unknown_node": _both("No existe el nodo {node}.", "There is no node {node}."),
    "flow.edit.duplicate_node": _both("Ya hay un nodo {node}.", "There is already a node {node}."),
    "flow.edit.unknown_kind": _both("Tipo de nodo desconocido: {kind}.", "Unknown node kind: {kind}."),
    "flow.edit.unknown_port": _both("El nodo {node} no tiene la salida {port}.",
                                    "Node {node} has no port {port}."),
    "flow.format.not_json": _both("El archivo no es JSON válido ({reason}).",
                                  "The file is not valid JSON ({reason})."),
    "flow.format.not_a_flow": _both("El archivo no es un flujo de shopnurture.",
                                    "The file is not a shopnurture flow."),
    "flow.format.too_new": _both(
        "El flujo es de una versión más nueva de shopnurture (formato {found}; esta versión "
        "llega al {supported}). Actualiza shopnurture.",
        "The flow comes from a newer shopnurture (format {found}; this version reads up to "
        "{supported}). Update shopnurture.",
    ),
    "flow.format.bad_node": _both("Un nodo del archivo no tiene id.", "A node in the file has no id."),
    "flow.format.duplicate_node": _both("El nodo {node} aparece dos veces.",
                                        "Node {node} appears twice."),
    "flow.format.bad_link": _both("Un enlace del archivo no es válido.",
                                  "A link in the file is not valid."),
    "flow.unknown_template": _both("Plantilla desconocida {template}. Disponibles: {known}.",
                                   "Unknown template {template}. Available: {known}."),
    "flow.not_found": _both("No existe ningún flujo con el id {flow_id}.",
                            "There is no flow with id {flow_id}."),
    "flow.file_unreadable": _both("No se puede leer {path} ({reason}).",
                                  "Cannot read {path} ({reason})."),
    "flow.file_unwritable": _both("No se puede escribir {path} ({reason}).",
                                  "Cannot write {path} ({reason})."),
    "flow.invalid": _both(
        "El flujo {flow} tiene {count} problema(s) y no puede activarse. Revísalos con "
        "`shopnurture flows validate {flow}`.",
        "Flow {flow} has {count} problem(s) and cannot be activated. See them with "
        "`shopnurture flows validate {flow}`.",
    ),
    "flow.not_active": _both("El flujo {flow_id} no está activo.", "Flow {flow_id} is not active."),
    "flow.no_manual_trigger": _both(
        "El flujo {flow_id} no tiene un disparador «añadido a mano».",
        "Flow {flow_id} has no “added by hand” trigger.",
    ),
    "simulate.bad_range": _both("La fecha final debe ser posterior a la inicial.",
                                "The end must be after the start."),
    "cli.flow_valid": _both("El flujo es válido.", "The flow is valid."),
}  # fmt: skip
