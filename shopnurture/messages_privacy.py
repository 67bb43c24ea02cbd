"""Texts of the data-protection tools (export a contact's data, forget a contact)."""

from __future__ import annotations

PRIVACY_MESSAGES: dict[str, dict[str, str]] = {
    "privacy.export_failed": {
        "en": "Could not write {path}: {reason}.",
        "es": "No se ha podido escribir {path}: {reason}.",
    },
    "privacy.exported": {
        "en": "Everything stored about contact {contact_id} is in {path}.",
        "es": "Todo lo guardado sobre el contacto {contact_id} está en {path}.",
    },
    "privacy.forget_needs_yes": {
        "en": "Forgetting a contact erases their data for good and cannot be undone; "
        "add --yes to confirm.",
        "es": "Olvidar un contacto borra sus datos para siempre y no se puede deshacer; "
        "añade --yes para confirmarlo.",
    },
    "privacy.backup_not_scrubbed": {
        "en": "The contact is forgotten in the shop, but the old backup copy {path} could not "
        "be cleaned and may still hold their data. Delete that file.",
        "es": "El contacto se ha olvidado en la tienda, pero no se ha podido limpiar la copia "
        "de seguridad antigua {path}, que aún puede contener sus datos. Borra ese archivo.",
    },
    "privacy.forgotten": {
        "en": "Contact {contact_id} has been forgotten; only an anonymous mark remains so "
        "they are never subscribed again.",
        "es": "Se ha olvidado el contacto {contact_id}; solo queda una marca anónima para que "
        "no vuelva a recibir publicidad.",
    },
}
