"""Texts the flow editor takes from the core: why a link is refused while it is dragged, and
why a paste did nothing, in Spanish and English."""

from __future__ import annotations


def _both(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


FLOW_EDITOR_MESSAGES: dict[str, dict[str, str]] = {
    "flow.link.no_such_node": _both("Ese paso ya no existe.", "That step no longer exists."),
    "flow.link.no_such_port": _both("Ese paso no tiene esa salida.",
                                    "That step has no such exit."),
    "flow.link.into_trigger": _both(
        "Un disparador es donde empieza el flujo: no se puede llegar a él desde otro paso.",
        "A trigger is where the flow starts: no other step can lead into it.",
    ),
    "flow.link.into_goal": _both(
        "Al objetivo se llega solo, cuando el contacto lo cumple (por ejemplo, compra): no se "
        "puede enlazar desde otro paso.",
        "A goal is reached on its own, when the contact achieves it (for example, buys): no "
        "other step can lead into it.",
    ),
    "flow.link.cycle_without_wait": _both(
        "Este enlace haría un bucle sin ninguna espera: el contacto daría vueltas sin parar. "
        "Pon una espera dentro del bucle.",
        "This link would make a loop without any wait: the contact would go round forever. "
        "Put a wait inside the loop.",
    ),
    "flow.paste.nothing": _both("El portapapeles no contiene pasos de un flujo.",
                                "The clipboard holds no flow steps."),
    "flow.render.unknown_format": _both(
        "No sé crear imágenes {suffix}: usa un nombre que acabe en .png, .svg o .pdf.",
        "Cannot make {suffix} images: use a file name ending in .png, .svg or .pdf.",
    ),
    "flow.trace.invalid": _both(
        "Corrige antes los problemas marcados con una «!» roja: un flujo con errores no se "
        "puede probar.",
        "Fix the problems marked with a red “!” first: a flow with errors cannot be tested.",
    ),
    "flow.trace.no_contact": _both("Ese contacto ya no existe.", "That contact no longer exists."),
    "flow.delete_active": _both(
        "«{flow}» está activa: páusala antes de borrarla.",
        "“{flow}” is active: pause it before deleting it.",
    ),
}  # fmt: skip
