"""Passwords and tokens for the owner's email and SMS accounts: the OS keyring, never a file.

Secrets live in the system's password store through the `keyring` library (Windows
Credential Locker, macOS Keychain, Secret Service / KWallet). Where there is none (a headless
Linux box), a secret can be held in memory for this session only; it is never written to
the database, a file or a log. Any thread may call these functions.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import keyring
from keyring.backends import fail, null
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from shopnurture.errors import UserError

log = logging.getLogger(__name__)

SERVICE_NAME = "shopnurture"


@dataclass(frozen=True)
class SecretKey:
    """Which secret: a purpose ("smtp", "sms") and an account, scoped to one shop file."""

    purpose: str
    account: str
    shop: str

    @classmethod
    def for_shop(cls, database_path: Path, purpose: str, account: str) -> SecretKey:
        # Two shops on one laptop may use different accounts with the same user name.
        shop = hashlib.sha256(str(database_path.resolve()).encode()).hexdigest()[:12]
        return cls(purpose=purpose, account=account, shop=shop)

    @property
    def username(self) -> str:
        return f"{self.shop}:{self.purpose}:{self.account}"


class CredentialStore(Protocol):
    def get(self, key: SecretKey) -> str | None: ...

    def set(self, key: SecretKey, secret: str) -> None: ...

    def delete(self, key: SecretKey) -> None: ...

    @property
    def is_persistent(self) -> bool: ...


class KeyringUnavailable(UserError):
    """No usable OS password store: ask for the secret for this session only."""

    def __init__(self) -> None:
        super().__init__("credentials.no_keyring")


class SessionCredentialStore:
    """In-memory secrets for this run of the app only (used when there is no keyring)."""

    def __init__(self) -> None:
        self._secrets: dict[SecretKey, str] = {}
        self._lock = threading.Lock()

    @property
    def is_persistent(self) -> bool:
        return False

    def get(self, key: SecretKey) -> str | None:
        with self._lock:
            return self._secrets.get(key)

    def set(self, key: SecretKey, secret: str) -> None:
        with self._lock:
            self._secrets[key] = secret

    def delete(self, key: SecretKey) -> None:
        with self._lock:
            self._secrets.pop(key, None)


_SESSION = SessionCredentialStore()


class KeyringCredentialStore:
    """The OS password store. Raises KeyringUnavailable when there is none."""

    @property
    def is_persistent(self) -> bool:
        return True

    def get(self, key: SecretKey) -> str | None:
        try:
            return keyring.get_password(SERVICE_NAME, key.username)
        except NoKeyringError:
            raise KeyringUnavailable from None
        except KeyringError as error:
            raise UserError("credentials.keyring_failed", reason=type(error).__name__) from None

    def set(self, key: SecretKey, secret: str) -> None:
        try:
            keyring.set_password(SERVICE_NAME, key.username, secret)
        except NoKeyringError:
            raise KeyringUnavailable from None
        except KeyringError as error:
            raise UserError("credentials.keyring_failed", reason=type(error).__name__) from None

    def delete(self, key: SecretKey) -> None:
        try:
            keyring.delete_password(SERVICE_NAME, key.username)
        except PasswordDeleteError:
            return  # nothing was stored: deleting is already done
        except NoKeyringError:
            raise KeyringUnavailable from None
        except KeyringError as error:
            raise UserError("credentials.keyring_failed", reason=type(error).__name__) from None


def keyring_available() -> bool:
    """True when the keyring library has a backend that stores secrets."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration counts as none
        log.warning("keyring backend could not be loaded", exc_info=True)
        return False
    # "fail" is keyring's placeholder when nothing was found; "null" is what a user picks to
    # switch keyrings off. Either way nothing would be stored.
    return not isinstance(backend, fail.Keyring | null.Keyring)


class Credentials:
    """The app's credential access: the keyring when there is one, else session memory.

    `is_persistent` tells the GUI whether to warn that the secret lasts only until the app
    closes (the KeyringUnavailable message says so in the user's language).
    """

    def __init__(self, store: CredentialStore | None = None) -> None:
        # Without a keyring, every part of the app (the settings form, the scheduler thread)
        # shares one in-memory store, so a password typed once is used for this session.
        self._store = store or (KeyringCredentialStore() if keyring_available() else _SESSION)

    @property
    def is_persistent(self) -> bool:
        return self._store.is_persistent

    def get(self, key: SecretKey) -> str | None:
        return self._store.get(key)

    def set(self, key: SecretKey, secret: str) -> None:
        self._store.set(key, secret)

    def delete(self, key: SecretKey) -> None:
        self._store.delete(key)

    def require(self, key: SecretKey, what: str) -> str:
        """The secret, or a UserError saying which one is missing (never the value)."""
        secret = self.get(key)
        if not secret:
            raise UserError("credentials.missing", what=what)
        return secret
