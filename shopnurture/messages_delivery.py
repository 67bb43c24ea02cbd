"""Texts of the delivery core (credentials, email and SMS channels), in Spanish and English."""

from __future__ import annotations

DELIVERY_MESSAGES: dict[str, dict[str, str]] = {
    "credentials.no_keyring": {
        "en": "This computer has no password store that shopnurture can use, so the password "
        "is kept only until the app closes. Install or unlock your system's keyring to keep it.",
        "es": "Este ordenador no tiene un almacén de contraseñas que shopnurture pueda usar, así "
        "que la contraseña solo se guarda hasta que cierres la aplicación. Instala o desbloquea "
        "el llavero del sistema para conservarla.",
    },
    "credentials.keyring_failed": {
        "en": "The system's password store refused the request ({reason}). Unlock it and try "
        "again.",
        "es": "El almacén de contraseñas del sistema rechazó la petición ({reason}). "
        "Desbloquéalo y vuelve a intentarlo.",
    },
    "credentials.missing": {
        "en": "No password is saved for {what}. Enter it in Settings (or with --password-stdin).",
        "es": "No hay ninguna contraseña guardada para {what}. Escríbela en Ajustes (o usa "
        "--password-stdin).",
    },
}
