"""The texts of the Qt-free core, in Spanish and English, looked up by a stable code.

Each entry maps a code to its texts; `{name}` placeholders are filled from the error's
parameters, and `{count|# order|# orders}` picks the singular or plural form by `count`.
A test checks that every code has both languages and the same placeholders.
"""

from __future__ import annotations

import locale
import os
import re
from typing import Any

SUPPORTED_LANGUAGES = ("es", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # Opening the database
    "db.not_sqlite": {
        "en": "The file {path} is not a shopnurture database (it is not an SQLite file). "
        "Nothing was changed. Choose another file or create a new shop.",
        "es": "El archivo {path} no es una base de datos de shopnurture (no es un archivo "
        "SQLite). No se ha modificado nada. Elige otro archivo o crea una tienda nueva.",
    },
    "db.corrupt": {
        "en": "The database {path} is damaged and cannot be read. Nothing was changed. "
        "Restore a backup or create a new shop.",
        "es": "La base de datos {path} está dañada y no se puede leer. No se ha modificado "
        "nada. Restaura una copia de seguridad o crea una tienda nueva.",
    },
    "db.read_only": {
        "en": "The database {path} is read-only. Copy it to a folder where you can write, "
        "or change its permissions, then open it again.",
        "es": "La base de datos {path} es de solo lectura. Cópiala a una carpeta donde "
        "puedas escribir o cambia sus permisos y vuelve a abrirla.",
    },
    "db.locked": {
        "en": "The database {path} is in use by another program. Close the other "
        "shopnurture window or process and try again.",
        "es": "La base de datos {path} está en uso por otro programa. Cierra la otra "
        "ventana o proceso de shopnurture y vuelve a intentarlo.",
    },
    "db.too_new": {
        "en": "The database {path} was created by a newer version of shopnurture "
        "(schema {found}, this version knows up to {supported}). Nothing was changed. "
        "Update shopnurture to open it.",
        "es": "La base de datos {path} se creó con una versión más nueva de shopnurture "
        "(esquema {found}; esta versión llega hasta el {supported}). No se ha modificado "
        "nada. Actualiza shopnurture para abrirla.",
    },
    "db.cannot_create": {
        "en": "Cannot create the database at {path}: {reason}. Choose another folder.",
        "es": "No se puede crear la base de datos en {path}: {reason}. Elige otra carpeta.",
    },
    "db.disk_full": {
        "en": "The disk is full: the change was not saved and the database is unchanged. "
        "Free some space and try again.",
        "es": "El disco está lleno: el cambio no se ha guardado y la base de datos no ha "
        "cambiado. Libera espacio y vuelve a intentarlo.",
    },
    "db.migration_failed": {
        "en": "Updating the database {path} failed ({reason}). It was left as it was; a "
        "backup is at {backup}.",
        "es": "No se pudo actualizar la base de datos {path} ({reason}). Se ha dejado como "
        "estaba; hay una copia de seguridad en {backup}.",
    },
    # Contacts
    "contact.email_invalid": {
        "en": "This email address is not valid: check it looks like name@example.com.",
        "es": "Esta dirección de correo no es válida: revisa que tenga la forma nombre@ejemplo.es.",
    },
    "contact.phone_invalid": {
        "en": "This phone number is not valid for {country}. Write it with its country "
        "prefix, e.g. +34 612 345 678.",
        "es": "Este teléfono no es válido para {country}. Escríbelo con el prefijo del "
        "país, por ejemplo +34 612 345 678.",
    },
    "contact.needs_email_or_phone": {
        "en": "A contact needs an email address or a phone number.",
        "es": "Un contacto necesita un correo electrónico o un teléfono.",
    },
    "contact.email_taken": {
        "en": "Another contact already has the email {email}.",
        "es": "Otro contacto ya tiene el correo {email}.",
    },
    "contact.phone_taken": {
        "en": "Another contact already has the phone {phone}.",
        "es": "Otro contacto ya tiene el teléfono {phone}.",
    },
    "contact.birthday_future": {
        "en": "The birthday cannot be in the future.",
        "es": "La fecha de cumpleaños no puede estar en el futuro.",
    },
    "contact.language_invalid": {
        "en": "Unknown language {value}: use es or en.",
        "es": "Idioma desconocido {value}: usa es o en.",
    },
    "contact.time_zone_invalid": {
        "en": "Unknown time zone {value}: use a name like Europe/Madrid.",
        "es": "Zona horaria desconocida {value}: usa un nombre como Europe/Madrid.",
    },
    "contact.country_invalid": {
        "en": "Unknown country code {value}: use two letters such as ES, MX or AR.",
        "es": "Código de país desconocido {value}: usa dos letras como ES, MX o AR.",
    },
    "contact.not_found": {
        "en": "There is no contact with id {contact_id}.",
        "es": "No existe ningún contacto con el id {contact_id}.",
    },
    # Products
    "product.sku_required": {
        "en": "A product needs a SKU (its reference code).",
        "es": "Un producto necesita un SKU (su código de referencia).",
    },
    "product.stock_invalid": {
        "en": "Stock must be a whole number of 0 or more, or empty if unknown.",
        "es": "El stock debe ser un número entero igual o mayor que 0, o quedar vacío si "
        "no se conoce.",
    },
    # Settings
    "settings.unknown_key": {
        "en": "Unknown setting {key}. Known settings: {known}.",
        "es": "Ajuste desconocido {key}. Ajustes disponibles: {known}.",
    },
    "settings.invalid_value": {
        "en": "Invalid value {value} for {key}: {reason}",
        "es": "Valor no válido {value} para {key}: {reason}",
    },
    "settings.reason.language": {
        "en": "use es or en",
        "es": "usa es o en",
    },
    "settings.reason.timezone": {
        "en": "use a time zone name like Europe/Madrid or America/Mexico_City",
        "es": "usa un nombre de zona horaria como Europe/Madrid o America/Mexico_City",
    },
    "settings.reason.country": {
        "en": "use a two-letter country code such as ES, MX or AR",
        "es": "usa un código de país de dos letras como ES, MX o AR",
    },
    "settings.reason.currency": {
        "en": "use a three-letter currency code such as EUR, MXN or ARS",
        "es": "usa un código de moneda de tres letras como EUR, MXN o ARS",
    },
    "settings.reason.hours": {
        "en": "use a number of hours from 0 to 720, e.g. 16",
        "es": "usa un número de horas entre 0 y 720, p. ej. 16",
    },
    "settings.reason.time_range": {
        "en": "use two times like 21:00-09:00",
        "es": "usa dos horas como 21:00-09:00",
    },
    "settings.reason.not_empty": {
        "en": "it cannot be empty",
        "es": "no puede estar vacío",
    },
    # Command line
    "cli.bad_date": {
        "en": "Invalid date and time {value}: use ISO 8601, e.g. 2026-11-23T10:00:00+01:00.",
        "es": "Fecha y hora no válidas {value}: usa ISO 8601, p. ej. 2026-11-23T10:00:00+01:00.",
    },
    "cli.unexpected": {
        "en": "Something went wrong: {reason}. Details are in the log file {log}.",
        "es": "Algo ha fallado: {reason}. Hay detalles en el archivo de registro {log}.",
    },
    "demo.already_has_data": {
        "en": "This shop already has contacts; the demo shop is only loaded into an empty shop.",
        "es": "Esta tienda ya tiene contactos; la tienda de demostración solo se carga en "
        "una tienda vacía.",
    },
}

# Each feature keeps its texts in its own catalogue module; they all land in MESSAGES.
from shopnurture.messages_delivery import DELIVERY_MESSAGES  # noqa: E402

MESSAGES.update(DELIVERY_MESSAGES)
from shopnurture.messages_import import IMPORT_MESSAGES  # noqa: E402

MESSAGES.update(IMPORT_MESSAGES)
from shopnurture.messages_engine import ENGINE_MESSAGES  # noqa: E402

MESSAGES.update(ENGINE_MESSAGES)
from shopnurture.messages_privacy import PRIVACY_MESSAGES  # noqa: E402

MESSAGES.update(PRIVACY_MESSAGES)
from shopnurture.messages_segments import SEGMENT_MESSAGES  # noqa: E402

MESSAGES.update(SEGMENT_MESSAGES)
from shopnurture.messages_flow_editor import FLOW_EDITOR_MESSAGES  # noqa: E402

MESSAGES.update(FLOW_EDITOR_MESSAGES)
from shopnurture.messages_results import RESULTS_MESSAGES  # noqa: E402

MESSAGES.update(RESULTS_MESSAGES)
from shopnurture.messages_flow_panels import FLOW_PANEL_MESSAGES  # noqa: E402

MESSAGES.update(FLOW_PANEL_MESSAGES)


def render_message(code: str, language: str = "en", **params: Any) -> str:
    """The text for `code` in `language` (English if unknown), with its placeholders filled."""
    texts = MESSAGES.get(code)
    if texts is None:
        return code if not params else f"{code}: {params}"
    text = texts.get(language) or texts["en"]
    # A parameter named `<name>_code` is itself a message code, shown as `{<name>}`.
    for name, value in list(params.items()):
        if name.endswith("_code"):
            params[name[: -len("_code")]] = render_message(str(value), language)
    text = _PLURAL_CHOICE.sub(lambda found: _plural_form(found, params), text)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


# `{count|# pedido|# pedidos}`: the first form for exactly one, else the last; `#` is the number.
_PLURAL_CHOICE = re.compile(r"\{(\w+)\|([^{}]*)\}")


def _plural_form(found: re.Match[str], params: dict[str, Any]) -> str:
    name, forms = found.group(1), found.group(2).split("|")
    form = forms[0] if params.get(name) == 1 else forms[-1]
    return form.replace("#", "{" + name + "}")


def system_language() -> str:
    """`es` when the environment's locale is Spanish, else `en`."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "es" if value.lower().startswith("es") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "es" if code.lower().startswith("es") else "en"


from shopnurture.messages_flow_steps import FLOW_STEP_MESSAGES  # noqa: E402

MESSAGES.update(FLOW_STEP_MESSAGES)
