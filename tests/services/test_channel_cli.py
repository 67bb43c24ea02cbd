"""`settings email|sms` and `doctor` end to end: secrets go to the keyring and nowhere else."""

from __future__ import annotations

import io
import json
from pathlib import Path

import keyring

from shopnurture.cli import main
from tests.services.smtp_server import smtp_server
from tests.services.twilio_server import ACCOUNT_SID, TOKEN, sms_provider

PASSWORD = "Contraseña-Muy-Secreta-7"


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_email_settings_keep_the_password_only_in_the_keyring(
    capsys, monkeypatch, tmp_path: Path, memory_keyring, private_home: Path
) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shop.sqlite")
    with smtp_server("plain", users={"ventas": PASSWORD}) as server:
        code, out, err = run(
            capsys, monkeypatch, "--db", db, "settings", "email", "--host", server.host,
            "--port", str(server.port), "--security", "none", "--username", "ventas",
            "--from-address", "ventas@tienda.example", "--from-name", "La Tiendita",
            "--password-stdin", stdin=PASSWORD + "\n",
        )  # fmt: skip
        assert code == 0, err
        code, out, err = run(capsys, monkeypatch, "--db", db, "doctor", "--json")
        assert code == 1  # SMS is not set up yet
        report = json.loads(out)
        assert report["email"]["ok"] is True, report
        assert "nothing was sent" in report["email"]["message"]
        assert server.handler.messages == []
    code, out, _ = run(capsys, monkeypatch, "--db", db, "settings", "show", "--json")
    shown = json.loads(out)
    assert shown["email"]["host"] == "127.0.0.1" and shown["email"]["password_saved"] is True
    assert shown["sms"] is None
    assert PASSWORD not in out
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    # Nowhere on disk: not in the database (nor its WAL) and not in the log files.
    for path in [*tmp_path.glob("shop.sqlite*"), *private_home.rglob("*.log")]:
        content = path.read_bytes()
        assert PASSWORD.encode() not in content, path
        assert PASSWORD.encode("utf-16-le") not in content, path


def test_doctor_reports_a_wrong_password_in_the_shop_language(
    capsys, monkeypatch, tmp_path: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shop.sqlite")
    run(capsys, monkeypatch, "--db", db, "settings", "set", "language", "es")
    with smtp_server("plain", users={"ventas": PASSWORD}) as server:
        run(
            capsys, monkeypatch, "--db", db, "settings", "email", "--host", server.host,
            "--port", str(server.port), "--security", "none", "--username", "ventas",
            "--from-address", "ventas@tienda.example", "--password-stdin", stdin="otra\n",
        )  # fmt: skip
        code, out, _ = run(capsys, monkeypatch, "--db", db, "doctor")
    assert code == 1
    assert (
        "email: PROBLEM — El servidor de correo 127.0.0.1 rechazó el usuario o la contraseña" in out
    )
    assert "otra" not in out


def test_sms_settings_and_doctor_with_a_twilio_shaped_provider(
    capsys, monkeypatch, tmp_path: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shop.sqlite")
    with sms_provider() as provider:
        code, _, err = run(
            capsys, monkeypatch, "--db", db, "settings", "sms", "--provider", "twilio",
            "--sender", "+34600000001", "--account", ACCOUNT_SID, "--base-url", provider.url,
            "--token-stdin", stdin=TOKEN + "\n",
        )  # fmt: skip
        assert code == 0, err
        code, out, _ = run(capsys, monkeypatch, "--db", db, "doctor", "--json")
    report = json.loads(out)
    assert report["sms"]["ok"] is True
    assert provider.received == []  # checked, nothing sent


def test_plain_smtp_to_a_remote_server_is_refused(capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        capsys, monkeypatch, "--db", str(tmp_path / "s.sqlite"), "settings", "email",
        "--host", "smtp.gmail.com", "--port", "25", "--security", "none",
        "--from-address", "ventas@tienda.example",
    )  # fmt: skip
    assert code == 1
    assert "only allowed to this computer (localhost)" in err


def test_without_a_keyring_the_cli_says_it_cannot_keep_the_password(
    capsys, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _, err = run(
            capsys, monkeypatch, "--db", str(tmp_path / "s.sqlite"), "settings", "email",
            "--host", "smtp.example.com", "--port", "587", "--security", "starttls",
            "--username", "u", "--from-address", "ventas@tienda.example", "--password-stdin",
            stdin="secret\n",
        )  # fmt: skip
    finally:
        keyring.set_keyring(previous)
    assert code == 1
    assert "no password store" in err
    assert (
        not (tmp_path / "s.sqlite").exists()
        or b"secret" not in (tmp_path / "s.sqlite").read_bytes()
    )
