"""The command line: settings, --db / SHOPNURTURE_DB, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shopnurture import __version__
from shopnurture.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"shopnurture {__version__}"


def test_settings_show_json_has_defaults_then_stored_values(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shop.sqlite")
    code, out, _ = run(capsys, "--db", db, "settings", "show", "--json")
    assert code == 0
    assert json.loads(out) == {
        "shop_name": "Mi tienda",
        "timezone": "Europe/Madrid",
        "country": "ES",
        "language": "en",  # the system language (LANG=en_US here) until one is chosen
        "currency": "EUR",
        "engine.email_cap_hours": "16",
        "engine.sms_cap_hours": "24",
        "engine.quiet_hours": "21:00-09:00",
        "engine.stale_hours": "24",
        "results.email_window_days": "5",
        "results.sms_window_days": "1",
        "shop.product_url": "",
        "shop.product_image_url": "",
        # The lead score's points table (issue 7), with its defaults.
        **{
            f"score.points.{event}": points
            for event, points in (
                ("page_view", "1"),
                ("category_view", "1"),
                ("add_to_cart", "4"),
                ("checkout_started", "6"),
                ("order", "10"),
                ("review", "4"),
                ("inquiry", "5"),
                ("signup", "3"),
                ("referral", "8"),
            )
        },
        "score.half_life_days": "60",
        "score.cents_per_point": "1000",
        "email": None,  # no sending account yet
        "sms": None,
    }
    assert run(capsys, "--db", db, "settings", "set", "timezone", "America/Bogota")[0] == 0
    assert run(capsys, "settings", "set", "country", "co", "--db", db)[0] == 0
    assert run(capsys, "--db", db, "settings", "set", "shop_name", "Café Ñandú")[0] == 0
    settings = json.loads(run(capsys, "--db", db, "settings", "show", "--json")[1])
    assert (settings["timezone"], settings["country"], settings["shop_name"]) == (
        "America/Bogota",
        "CO",
        "Café Ñandú",
    )


def test_the_environment_variable_picks_the_database(capsys, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("SHOPNURTURE_DB", str(db))
    assert run(capsys, "settings", "set", "language", "en")[0] == 0
    assert db.exists()
    code, out, _ = run(capsys, "info", "--json")
    assert json.loads(out)["database"] == str(db.resolve())


def test_a_bad_value_is_one_clear_line_and_exit_1(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shop.sqlite")
    run(capsys, "--db", db, "settings", "set", "language", "en")
    code, out, err = run(capsys, "--db", db, "settings", "set", "timezone", "Madrid")
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "Invalid value Madrid for timezone" in err
    code, _, err = run(capsys, "--db", db, "settings", "set", "colour", "green")
    assert code == 1 and "Unknown setting colour" in err


def test_errors_follow_the_shop_language(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shop.sqlite")
    run(capsys, "--db", db, "settings", "set", "language", "es")
    code, _, err = run(capsys, "--db", db, "settings", "set", "country", "ZZ")
    assert code == 1
    assert (
        err.strip()
        == "Valor no válido ZZ para country: usa un código de país de dos letras como ES, MX o AR"
    )


def test_usage_errors_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exited:
        main(["settings", "frobnicate"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["--now", "yesterday", "info"])
    assert exited.value.code == 2
    assert "ISO 8601" in capsys.readouterr().err


def test_a_file_that_is_not_a_database_gives_no_traceback(tmp_path: Path) -> None:
    not_db = tmp_path / "clientes.xlsx"
    not_db.write_bytes(b"PK\x03\x04 not really a database" * 50)
    result = subprocess.run(
        [sys.executable, "-m", "shopnurture", "--db", str(not_db), "settings", "show"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"LANG": "es_ES.UTF-8", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("El archivo")
    assert not_db.read_bytes() == b"PK\x03\x04 not really a database" * 50


def test_the_sending_rules_can_be_set_and_are_checked(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "shop.sqlite")
    assert run(capsys, "--db", db, "settings", "set", "engine.quiet_hours", "22:00 - 8:30")[0] == 0
    assert run(capsys, "--db", db, "settings", "set", "engine.email_cap_hours", "12,5")[0] == 0
    code, _, err = run(capsys, "--db", db, "settings", "set", "engine.quiet_hours", "late")
    assert code == 1 and "21:00-09:00" in err
    settings = json.loads(run(capsys, "--db", db, "settings", "show", "--json")[1])
    assert (settings["engine.quiet_hours"], settings["engine.email_cap_hours"]) == (
        "22:00-08:30",
        "12.5",
    )
