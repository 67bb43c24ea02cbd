"""Secrets in the OS keyring (a real Secret Service in CI), or for this session only."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from shopnurture.services.credentials import (
    Credentials,
    KeyringCredentialStore,
    KeyringUnavailable,
    SecretKey,
    SessionCredentialStore,
    keyring_available,
)
from tests.services.memory_keyring import MemoryKeyring


@pytest.fixture
def key(tmp_path: Path) -> SecretKey:
    return SecretKey.for_shop(tmp_path / "shop.sqlite", "smtp", f"tienda-{uuid.uuid4().hex[:8]}")


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_the_real_system_keyring_round_trips_a_secret(key: SecretKey) -> None:
    backend = keyring.get_keyring()
    if not keyring_available() or not type(backend).__module__.startswith("keyring.backends."):
        if os.environ.get("CI"):
            pytest.fail("CI must provide a Secret Service (see .ci/run): keyring has no backend")
        pytest.skip("no OS keyring on this machine (CI runs this against gnome-keyring)")
    store = KeyringCredentialStore()
    store.set(key, "contraseña-ñ-123")
    try:
        assert store.get(key) == "contraseña-ñ-123"
        assert keyring.get_password("shopnurture", key.username) == "contraseña-ñ-123"
    finally:
        store.delete(key)
    assert store.get(key) is None
    store.delete(key)  # deleting twice is fine


def test_without_a_keyring_secrets_last_only_for_the_session(
    no_keyring: None, key: SecretKey
) -> None:
    assert not keyring_available()
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringCredentialStore().set(key, "x")
    assert "solo se guarda hasta que cierres" in caught.value.message("es")
    credentials = Credentials()
    assert not credentials.is_persistent
    credentials.set(key, "s3cret")
    assert credentials.get(key) == "s3cret"
    assert Credentials().get(key) == "s3cret"  # shared within this run of the app…
    credentials.delete(key)
    assert Credentials().get(key) is None  # …and nowhere else


def test_a_missing_secret_is_named_but_never_shown(key: SecretKey) -> None:
    credentials = Credentials(SessionCredentialStore())
    with pytest.raises(Exception) as caught:
        credentials.require(key, "SMTP smtp.example.com")
    assert "SMTP smtp.example.com" in str(caught.value)


def test_each_shop_has_its_own_secrets(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        store = KeyringCredentialStore()
        first = SecretKey.for_shop(tmp_path / "a.sqlite", "smtp", "ventas@example.com")
        second = SecretKey.for_shop(tmp_path / "b.sqlite", "smtp", "ventas@example.com")
        store.set(first, "uno")
        store.set(second, "dos")
        assert (store.get(first), store.get(second)) == ("uno", "dos")
    finally:
        keyring.set_keyring(previous)
