"""Texts of spreadsheet import and export, in Spanish and English."""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, dict[str, str]] = {
    # The file as a whole: nothing was imported, the shop is unchanged.
    "import.file_not_found": {
        "en": "The file {path} does not exist. Nothing was imported.",
        "es": "El archivo {path} no existe. No se ha importado nada.",
    },
    "import.unreadable": {
        "en": "The file {path} cannot be read ({reason}). Nothing was imported.",
        "es": "No se puede leer el archivo {path} ({reason}). No se ha importado nada.",
    },
    "import.file_empty": {
        "en": "The file {path} is empty: it has no rows to import. Nothing was imported.",
        "es": "El archivo {path} está vacío: no tiene filas que importar. No se ha importado nada.",
    },
    "import.not_a_spreadsheet": {
        "en": "The file {path} is not a spreadsheet. Choose an Excel (.xlsx), "
        "OpenDocument (.ods) or CSV file. Nothing was imported.",
        "es": "El archivo {path} no es una hoja de cálculo. Elige un archivo de Excel "
        "(.xlsx), OpenDocument (.ods) o CSV. No se ha importado nada.",
    },
    "import.corrupt": {
        "en": "The file {path} is damaged and cannot be read. Open it in your spreadsheet "
        "program, save it again and retry. Nothing was imported.",
        "es": "El archivo {path} está dañado y no se puede leer. Ábrelo en tu programa de "
        "hojas de cálculo, guárdalo de nuevo y vuelve a intentarlo. No se ha importado nada.",
    },
    "import.password_protected": {
        "en": "The file {path} is password-protected (or an old .xls workbook that cannot be "
        "read). Save a copy without a password as .xlsx and import that. Nothing was imported.",
        "es": "El archivo {path} está protegido con contraseña (o es un libro .xls antiguo que "
        "no se puede leer). Guarda una copia sin contraseña en formato .xlsx e impórtala. No se "
        "ha importado nada.",
    },
    "import.too_many_rows": {
        "en": "The file {path} has more than {limit} rows, more than an import can take. Split "
        "it into smaller files. Nothing was imported.",
        "es": "El archivo {path} tiene más de {limit} filas, más de las que admite una "
        "importación. Divídelo en archivos más pequeños. No se ha importado nada.",
    },
    "import.sheet_not_found": {
        "en": "The workbook has no sheet called {sheet}. Its sheets are: {sheets}.",
        "es": "El libro no tiene ninguna hoja llamada {sheet}. Sus hojas son: {sheets}.",
    },
    "import.no_header": {
        "en": "No row of headers was found in {path}: the first row of the table must name "
        "its columns. Nothing was imported.",
        "es": "No se ha encontrado la fila de encabezados en {path}: la primera fila de la "
        "tabla debe dar nombre a sus columnas. No se ha importado nada.",
    },
    "import.missing_identity": {
        "en": "No column says who each row is about: map a column to email, phone or "
        "external_id. Nothing was imported.",
        "es": "Ninguna columna dice de quién es cada fila: asigna una columna a email, phone "
        "o external_id. No se ha importado nada.",
    },
    "import.missing_field": {
        "en": "The file has no column for {field}, which this import needs. Map one with "
        '--map "Header={field}". Nothing was imported.',
        "es": "El archivo no tiene ninguna columna para {field}, que esta importación "
        'necesita. Asigna una con --map "Encabezado={field}". No se ha importado nada.',
    },
    "import.unknown_field": {
        "en": "Unknown field {field} for a {kind} import. Known fields: {fields}.",
        "es": "Campo desconocido {field} para importar {kind}. Campos disponibles: {fields}.",
    },
    "import.unknown_header": {
        "en": "The file has no column {header}. Its columns are: {headers}.",
        "es": "El archivo no tiene ninguna columna {header}. Sus columnas son: {headers}.",
    },
    "import.bad_map_option": {
        "en": 'Invalid mapping {value}: write it as "Header=field".',
        "es": 'Asignación no válida {value}: escríbela como "Encabezado=campo".',
    },
    "import.cancelled": {
        "en": "The import was cancelled. Nothing was imported.",
        "es": "Se ha cancelado la importación. No se ha importado nada.",
    },
    # One cell: its row is skipped and listed in the error report.
    "import.date_invalid": {
        "en": "Not a date: {value}. Write it as dd/mm/yyyy or yyyy-mm-dd.",
        "es": "No es una fecha: {value}. Escríbela como dd/mm/aaaa o aaaa-mm-dd.",
    },
    "import.number_invalid": {
        "en": "Not a number: {value}.",
        "es": "No es un número: {value}.",
    },
    "import.money_invalid": {
        "en": "Not an amount of money: {value}. Write it like 1234,56 or 1.234,56 €.",
        "es": "No es un importe: {value}. Escríbelo como 1234,56 o 1.234,56 €.",
    },
    "import.whole_number_invalid": {
        "en": "Not a whole number: {value}.",
        "es": "No es un número entero: {value}.",
    },
    "import.number_too_small": {
        "en": "{value} is too small: the lowest allowed is {low}.",
        "es": "{value} es demasiado pequeño: el mínimo es {low}.",
    },
    "import.number_out_of_range": {
        "en": "{value} is out of range: use a number from {low} to {high}.",
        "es": "{value} está fuera de rango: usa un número entre {low} y {high}.",
    },
    "import.yes_no_invalid": {
        "en": "Not a yes or no: {value}. Use yes/no, sí/no, 1/0 or x.",
        "es": "No es un sí o un no: {value}. Usa sí/no, yes/no, 1/0 o x.",
    },
    "import.email_invalid": {
        "en": "Not a valid email address: {value}.",
        "es": "No es un correo electrónico válido: {value}.",
    },
    "import.phone_invalid": {
        "en": "Not a valid phone number for {country}: {value}. Write it with its country "
        "prefix, e.g. +34 612 345 678.",
        "es": "No es un teléfono válido para {country}: {value}. Escríbelo con el prefijo del "
        "país, por ejemplo +34 612 345 678.",
    },
    "import.event_invalid": {
        "en": "Unknown kind of activity: {value}. Use one of: {known}.",
        "es": "Tipo de actividad desconocido: {value}. Usa uno de estos: {known}.",
    },
    "import.product_kind_invalid": {
        "en": "Unknown kind of product: {value}. Use soft, durable or consumable.",
        "es": "Tipo de producto desconocido: {value}. Usa blando (soft), duradero (durable) o "
        "consumible (consumable).",
    },
    "import.needs_identity": {
        "en": "This row has no email, phone or customer id, so it belongs to nobody.",
        "es": "Esta fila no tiene correo, teléfono ni id de cliente, así que no es de nadie.",
    },
    "import.needs_email_or_phone": {
        "en": "No contact has this customer id, and without an email or phone no new contact "
        "can be created.",
        "es": "Ningún contacto tiene este id de cliente y, sin correo ni teléfono, no se puede "
        "crear uno nuevo.",
    },
    "import.value_required": {
        "en": "This row has no {field}, which is needed.",
        "es": "Esta fila no tiene {field}, que es obligatorio.",
    },
    "import.text_too_long": {
        "en": "The text is too long ({length} characters; at most {limit}).",
        "es": "El texto es demasiado largo ({length} caracteres; como máximo {limit}).",
    },
    # The error report the owner opens in Excel.
    "import.report.row": {"en": "Row", "es": "Fila"},
    "import.report.column": {"en": "Column", "es": "Columna"},
    "import.report.value": {"en": "Value", "es": "Valor"},
    "import.report.problem": {"en": "Problem", "es": "Problema"},
    "import.report.sheet": {"en": "Errors", "es": "Errores"},
    # Exporting
    "export.cannot_write": {
        "en": "Cannot write {path} ({reason}). Close it if it is open in Excel, or choose "
        "another folder.",
        "es": "No se puede escribir {path} ({reason}). Ciérralo si está abierto en Excel o "
        "elige otra carpeta.",
    },
    # Column headers of exports (they import back: the import knows these words).
    "export.column.first_name": {"en": "First name", "es": "Nombre"},
    "export.column.last_name": {"en": "Last name", "es": "Apellidos"},
    "export.column.email": {"en": "Email", "es": "Correo"},
    "export.column.phone": {"en": "Phone", "es": "Teléfono"},
    "export.column.birthday": {"en": "Birthday", "es": "Cumpleaños"},
    "export.column.language": {"en": "Language", "es": "Idioma"},
    "export.column.country": {"en": "Country", "es": "País"},
    "export.column.city": {"en": "City", "es": "Ciudad"},
    "export.column.tags": {"en": "Tags", "es": "Etiquetas"},
    "export.column.accepts_email": {"en": "Accepts email", "es": "Acepta email"},
    "export.column.accepts_sms": {"en": "Accepts SMS", "es": "Acepta SMS"},
    "export.column.external_id": {"en": "External id", "es": "Id externo"},
    "export.column.lead_score": {"en": "Lead score", "es": "Puntuación"},
    "export.column.phase": {"en": "Phase", "es": "Fase"},
    "export.column.created_at": {"en": "Created", "es": "Alta"},
    "export.column.occurred_at": {"en": "Date", "es": "Fecha"},
    "export.column.customer": {"en": "Customer", "es": "Cliente"},
    "export.column.event": {"en": "Event", "es": "Evento"},
    "export.column.sku": {"en": "SKU", "es": "SKU"},
    "export.column.product": {"en": "Product", "es": "Producto"},
    "export.column.category": {"en": "Category", "es": "Categoría"},
    "export.column.quantity": {"en": "Quantity", "es": "Cantidad"},
    "export.column.value": {"en": "Value", "es": "Valor"},
    "export.column.order_id": {"en": "Order", "es": "Pedido"},
    "export.column.rating": {"en": "Rating", "es": "Valoración"},
    "export.column.duration_seconds": {"en": "Duration (s)", "es": "Duración (s)"},
    "export.column.source": {"en": "Source", "es": "Origen"},
    "export.column.due_at": {"en": "Due", "es": "Programado"},
    "export.column.sent_at": {"en": "Sent", "es": "Enviado"},
    "export.column.status": {"en": "Status", "es": "Estado"},
    "export.column.channel": {"en": "Channel", "es": "Canal"},
    "export.column.recipient": {"en": "Recipient", "es": "Destinatario"},
    "export.column.subject": {"en": "Subject", "es": "Asunto"},
    "export.column.template": {"en": "Template", "es": "Plantilla"},
    "export.column.reason": {"en": "Reason", "es": "Motivo"},
    "export.column.attempts": {"en": "Attempts", "es": "Intentos"},
    "export.sheet.contacts": {"en": "Contacts", "es": "Contactos"},
    "export.sheet.activity": {"en": "Activity", "es": "Actividad"},
    "export.sheet.outbox": {"en": "Outbox", "es": "Bandeja de salida"},
}
