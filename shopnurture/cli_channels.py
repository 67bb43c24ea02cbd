"""`shopnurture settings email|sms …` (the owner's sending accounts) and `shopnurture doctor`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from shopnurture.errors import UserError, ValidationError

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext


def register_settings_actions(
    actions: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    email = actions.add_parser("email", parents=[common], help="the SMTP account that sends email")
    email.add_argument("--host", required=True)
    email.add_argument("--port", required=True)
    email.add_argument("--security", required=True, choices=("ssl", "starttls", "none"))
    email.add_argument("--username")
    email.add_argument("--from-address", required=True)
    email.add_argument("--from-name", default="")
    email.add_argument("--reply-to")
    email.add_argument("--daily-limit", default="500")
    email.add_argument("--unsubscribe-url", help="an https page to unsubscribe in one click")
    email.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    email.set_defaults(handler=_set_email)

    sms = actions.add_parser("sms", parents=[common], help="the SMS provider account")
    sms.add_argument("--provider", required=True, choices=("twilio", "http"))
    sms.add_argument("--sender", required=True, help="From number (E.164) or Twilio MG… service")
    sms.add_argument("--account", default="", help="Twilio Account SID, or the gateway user")
    sms.add_argument("--base-url")
    sms.add_argument("--method", default="POST", choices=("POST", "GET"))
    sms.add_argument("--auth", default="bearer", choices=("bearer", "basic", "none"))
    sms.add_argument("--body-template", help="JSON with {to}, {sender} and {body}")
    sms.add_argument("--rate", default="1", help="at most this many SMS per second")
    sms.add_argument("--token-stdin", action="store_true", help="read the token from stdin")
    sms.set_defaults(handler=_set_sms)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    doctor = commands.add_parser(
        "doctor", parents=[common], help="check the email and SMS accounts without sending"
    )
    doctor.add_argument("--json", action="store_true", help="machine-readable output")
    doctor.set_defaults(handler=_doctor)


def _secret_from_stdin() -> str:
    secret = sys.stdin.readline().rstrip("\r\n")
    if not secret:
        raise UserError("channel.required", field="password")
    return secret


def _credentials():  # type: ignore[no-untyped-def]
    from shopnurture.services.credentials import Credentials

    credentials = Credentials()
    if not credentials.is_persistent:
        # A CLI process ends at once: a session-only secret would be lost immediately.
        raise UserError("credentials.no_keyring_cli")
    return credentials


def _field_error(error: ValidationError, context: CommandContext) -> UserError:
    return UserError(
        "cli.field_invalid", field=error.field, reason_message=error.message(context.language)
    )


def _set_email(context: CommandContext) -> int:
    from shopnurture.domain.channel_settings import clean_email_settings
    from shopnurture.services.channels import save_email_settings

    arguments = context.arguments
    try:
        settings = clean_email_settings(
            host=arguments.host, port=arguments.port, security=arguments.security,
            from_address=arguments.from_address, from_name=arguments.from_name,
            username=arguments.username, reply_to=arguments.reply_to,
            daily_limit=arguments.daily_limit, unsubscribe_url=arguments.unsubscribe_url,
        )  # fmt: skip
    except ValidationError as error:
        raise _field_error(error, context) from None
    password = _secret_from_stdin() if arguments.password_stdin else None
    credentials = _credentials() if password is not None else None
    from shopnurture.services.credentials import Credentials

    save_email_settings(
        context.database, settings, credentials=credentials or Credentials(), password=password
    )
    print(
        f"email: {settings.host}:{settings.port} ({settings.security}) as {settings.from_address}"
    )
    return 0


def _set_sms(context: CommandContext) -> int:
    from shopnurture.domain.channel_settings import clean_sms_settings
    from shopnurture.services.channels import save_sms_settings

    arguments = context.arguments
    try:
        settings = clean_sms_settings(
            provider=arguments.provider, sender=arguments.sender, account=arguments.account,
            base_url=arguments.base_url, http_method=arguments.method, http_auth=arguments.auth,
            body_template=arguments.body_template, per_second_limit=arguments.rate,
        )  # fmt: skip
    except ValidationError as error:
        raise _field_error(error, context) from None
    token = _secret_from_stdin() if arguments.token_stdin else None
    credentials = _credentials() if token is not None else None
    from shopnurture.services.credentials import Credentials

    save_sms_settings(
        context.database, settings, credentials=credentials or Credentials(), token=token
    )
    print(f"sms: {settings.provider} from {settings.sender}")
    return 0


def _doctor(context: CommandContext) -> int:
    from shopnurture.services.doctor import run_checks

    checks = run_checks(context.database)
    if context.arguments.json:
        context.print_json(
            {
                name: {"ok": check.ok, "message": check.message(context.language)}
                for name, check in checks.items()
            }
        )
    else:
        for name, check in checks.items():
            mark = "OK" if check.ok else "PROBLEM"
            print(f"{name}: {mark} — {check.message(context.language)}")
    return 0 if all(check.ok for check in checks.values()) else 1
