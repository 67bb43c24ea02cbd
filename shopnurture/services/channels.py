"""The shop's email and SMS accounts: settings in the database, secrets in the keyring."""

from __future__ import annotations

from shopnurture.data.database import Database
from shopnurture.data.settings_store import store_setting, stored_settings
from shopnurture.domain.channel_settings import EmailSettings, SmsSettings
from shopnurture.services.credentials import Credentials, SecretKey

EMAIL_SETTING = "channel.email"
SMS_SETTING = "channel.sms"


def read_email_settings(database: Database) -> EmailSettings | None:
    with database.read_session() as session:
        text = stored_settings(session=session).get(EMAIL_SETTING)
    return EmailSettings.from_json(text) if text else None


def read_sms_settings(database: Database) -> SmsSettings | None:
    with database.read_session() as session:
        text = stored_settings(session=session).get(SMS_SETTING)
    return SmsSettings.from_json(text) if text else None


def email_secret_key(database: Database, settings: EmailSettings) -> SecretKey:
    return SecretKey.for_shop(database.path, "smtp", settings.account)


def sms_secret_key(database: Database, settings: SmsSettings) -> SecretKey:
    return SecretKey.for_shop(database.path, "sms", settings.secret_account)


def save_email_settings(
    database: Database,
    settings: EmailSettings,
    *,
    credentials: Credentials,
    password: str | None = None,
) -> None:
    """Store the settings; a given password goes to the keyring first (so a keyring
    failure leaves the old settings in place)."""
    if password is not None:
        credentials.set(email_secret_key(database, settings), password)
    with database.write_session() as session:
        store_setting(session=session, key=EMAIL_SETTING, value=settings.to_json())


def save_sms_settings(
    database: Database,
    settings: SmsSettings,
    *,
    credentials: Credentials,
    token: str | None = None,
) -> None:
    if token is not None:
        credentials.set(sms_secret_key(database, settings), token)
    with database.write_session() as session:
        store_setting(session=session, key=SMS_SETTING, value=settings.to_json())


def channels_summary(database: Database, credentials: Credentials) -> dict[str, object]:
    """What `settings show` prints about the channels: never a secret, only whether one is set."""
    summary: dict[str, object] = {"email": None, "sms": None}
    email = read_email_settings(database)
    if email is not None:
        has_password = bool(credentials.get(email_secret_key(database, email)))
        summary["email"] = {**_public(email.to_json()), "password_saved": has_password}
    sms = read_sms_settings(database)
    if sms is not None:
        has_token = bool(credentials.get(sms_secret_key(database, sms)))
        summary["sms"] = {**_public(sms.to_json()), "token_saved": has_token}
    return summary


def _public(text: str) -> dict[str, object]:
    import json

    return json.loads(text)
