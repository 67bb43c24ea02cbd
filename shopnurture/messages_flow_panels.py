"""Texts of the flow editor's panels from the core: activating a changed flow (what happens to
the contacts waiting in it) and the preview of a message, in Spanish and English."""

from __future__ import annotations


def _both(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


FLOW_PANEL_MESSAGES: dict[str, dict[str, str]] = {
    "flow.version.bad_target": _both(
        "No se puede mover a los contactos a «{node}»: elige un paso del flujo nuevo que no "
        "sea un disparador.",
        "Contacts cannot be moved to “{node}”: choose a step of the new flow that is not a "
        "trigger.",
    ),
    "flow.version.move_needs_target": _both(
        "Usa --waiting move junto con --to PASO (el id de un paso del flujo nuevo), o no "
        "pongas --to.",
        "Use --waiting move together with --to STEP (the id of a step of the new flow), or "
        "leave out --to.",
    ),
    "flow.version.moved": _both(
        "{count|# contacto movido|# contactos movidos} a «{node}».",
        "{count|# contact moved|# contacts moved} to “{node}”.",
    ),
    "flow.version.exited": _both(
        "{count|# contacto salió|# contactos salieron} del flujo.",
        "{count|# contact left|# contacts left} the flow.",
    ),
    "outbox.reason.flow_changed": _both(
        "el flujo cambió y el contacto salió", "the flow changed and the contact left"
    ),
    "preview.no_contact": _both(
        "Elige un contacto para ver el mensaje con sus datos.",
        "Choose a contact to see the message with their details.",
    ),
    "preview.contact_missing": _both(
        "Ese contacto ya no existe.", "That contact no longer exists."
    ),
    "preview.sample_coupon": _both("EJEMPLO-7KQ2", "SAMPLE-7KQ2"),
}
