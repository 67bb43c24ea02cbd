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
    "channel.required": {
        "en": "{field} is required.",
        "es": "El campo {field} es obligatorio.",
    },
    "channel.port_invalid": {
        "en": "Invalid port {value}: use a number such as 465 (SSL) or 587 (STARTTLS).",
        "es": "Puerto no válido {value}: usa un número como 465 (SSL) o 587 (STARTTLS).",
    },
    "channel.security_invalid": {
        "en": "Unknown security {value}: use ssl, starttls or none.",
        "es": "Seguridad desconocida {value}: usa ssl, starttls o none.",
    },
    "channel.plain_only_localhost": {
        "en": "Sending without encryption is only allowed to this computer (localhost), not to {host}: choose ssl or starttls.",
        "es": "Enviar sin cifrado solo se permite a este mismo ordenador (localhost), no a {host}: elige ssl o starttls.",
    },
    "channel.daily_limit_invalid": {
        "en": "Invalid daily limit {value}: use a whole number of 1 or more.",
        "es": "Límite diario no válido {value}: usa un número entero igual o mayor que 1.",
    },
    "channel.unsubscribe_url_invalid": {
        "en": "The unsubscribe page {value} must be an https:// address.",
        "es": "La página para darse de baja {value} debe ser una dirección https://.",
    },
    "channel.sms_provider_invalid": {
        "en": "Unknown SMS provider {value}: use twilio or http.",
        "es": "Proveedor de SMS desconocido {value}: usa twilio o http.",
    },
    "channel.twilio_sid_invalid": {
        "en": "Invalid Twilio Account SID {value}: it starts with AC.",
        "es": "Account SID de Twilio no válido {value}: empieza por AC.",
    },
    "channel.base_url_invalid": {
        "en": "Invalid address {value}: use https:// (http:// only for localhost).",
        "es": "Dirección no válida {value}: usa https:// (http:// solo para localhost).",
    },
    "channel.http_method_invalid": {
        "en": "Invalid method {value}: use POST or GET.",
        "es": "Método no válido {value}: usa POST o GET.",
    },
    "channel.http_auth_invalid": {
        "en": "Invalid authentication {value}: use bearer, basic or none.",
        "es": "Autenticación no válida {value}: usa bearer, basic o none.",
    },
    "channel.body_template_invalid": {
        "en": "The message body template must contain {body}.",
        "es": "La plantilla del cuerpo del mensaje debe contener {body}.",
    },
    "channel.rate_invalid": {
        "en": "Invalid rate {value}: use a number of messages per second above 0.",
        "es": "Ritmo no válido {value}: usa un número de mensajes por segundo mayor que 0.",
    },
    "channel.email_not_configured": {
        "en": "Email sending is not set up yet: enter your SMTP account in Settings (or use shopnurture settings email).",
        "es": "El envío de correo aún no está configurado: introduce tu cuenta SMTP en Ajustes (o usa shopnurture settings email).",
    },
    "channel.sms_not_configured": {
        "en": "SMS sending is not set up yet: enter your SMS provider in Settings (or use shopnurture settings sms).",
        "es": "El envío de SMS aún no está configurado: introduce tu proveedor de SMS en Ajustes (o usa shopnurture settings sms).",
    },
    "smtp.cannot_connect": {
        "en": "Cannot reach the mail server {host}:{port} ({reason}). Check the server name and port, and that you are online.",
        "es": "No se puede conectar con el servidor de correo {host}:{port} ({reason}). Revisa el nombre del servidor y el puerto, y que tengas conexión.",
    },
    "smtp.tls_failed": {
        "en": "The secure connection to {host}:{port} failed ({reason}). Check the security setting (ssl on port 465, starttls on 587).",
        "es": "Falló la conexión segura con {host}:{port} ({reason}). Revisa la seguridad (ssl en el puerto 465, starttls en el 587).",
    },
    "smtp.login_failed": {
        "en": "The mail server {host} refused the user name or password. Check them and save the password again.",
        "es": "El servidor de correo {host} rechazó el usuario o la contraseña. Revísalos y vuelve a guardar la contraseña.",
    },
    "smtp.no_auth": {
        "en": "The mail server {host} does not accept a login on this connection; try starttls or ssl.",
        "es": "El servidor de correo {host} no acepta iniciar sesión en esta conexión; prueba con starttls o ssl.",
    },
    "sms.login_failed": {
        "en": "{provider} refused the account or token. Check them and save the token again.",
        "es": "{provider} rechazó la cuenta o el token. Revísalos y vuelve a guardar el token.",
    },
    "sms.cannot_connect": {
        "en": "Cannot reach the SMS provider ({reason}). Check the address and that you are online.",
        "es": "No se puede conectar con el proveedor de SMS ({reason}). Revisa la dirección y que tengas conexión.",
    },
    "credentials.no_keyring_cli": {
        "en": "This computer has no password store that shopnurture can use, so the secret cannot be saved. Unlock or install your system's keyring, or give the secret to `shopnurture run` each time with --password-stdin.",
        "es": "Este ordenador no tiene un almacén de contraseñas que shopnurture pueda usar, así que el secreto no se puede guardar. Desbloquea o instala el llavero del sistema, o dáselo a `shopnurture run` cada vez con --password-stdin.",
    },
    "cli.field_invalid": {
        "en": "Invalid {field}: {reason_message}",
        "es": "{field} no válido: {reason_message}",
    },
    "doctor.email_ok": {
        "en": "logged in to {host}:{port} ({security}); nothing was sent.",
        "es": "sesión iniciada en {host}:{port} ({security}); no se ha enviado nada.",
    },
    "doctor.sms_ok": {
        "en": "the {provider} account and token are accepted; nothing was sent.",
        "es": "la cuenta y el token de {provider} son correctos; no se ha enviado nada.",
    },
    "doctor.sms_gateway_unchecked": {
        "en": "the gateway is set up; it can only be checked by sending a test SMS from Settings.",
        "es": "la pasarela está configurada; solo se puede comprobar enviando un SMS de prueba desde Ajustes.",
    },
    "scheduler.busy": {
        "en": "Another shopnurture window or `shopnurture run` is already sending for this shop ({path}). This window shows the shop but does not send; close the other one to send from here.",
        "es": "Otra ventana de shopnurture o `shopnurture run` ya está enviando para esta tienda ({path}). Esta ventana muestra la tienda pero no envía; cierra la otra para enviar desde aquí.",
    },
    "doctor.test_email_subject": {
        "en": "shopnurture: test email",
        "es": "shopnurture: correo de prueba",
    },
    "doctor.test_email_body": {
        "en": "If you are reading this, shopnurture can send email from your account.",
        "es": "Si lees esto, shopnurture puede enviar correos desde tu cuenta.",
    },
    "doctor.test_sms_body": {
        "en": "shopnurture test: your SMS account works.",
        "es": "Prueba de shopnurture: tu cuenta de SMS funciona.",
    },
    "doctor.test_not_delivered": {
        "en": "The test was not accepted ({reason}).",
        "es": "La prueba no fue aceptada ({reason}).",
    },
}
