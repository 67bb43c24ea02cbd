"""Loading the shipped demo shop: into an empty shop only, all at once, ending just before now."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from shopnurture.data.contacts import create_contact, search_text_for
from shopnurture.data.database import Database, open_database
from shopnurture.data.tables import ActivityEvent, ConsentLogEntry, Contact, Product
from shopnurture.errors import UserError
from shopnurture.resources import resources_dir
from shopnurture.services.demo_shop import demo_shop_path, load_demo_shop

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
CONTACT_TABLE = Contact.__table__  # type: ignore[attr-defined]
EVENT_TABLE = ActivityEvent.__table__  # type: ignore[attr-defined]
PRODUCT_TABLE = Product.__table__  # type: ignore[attr-defined]
CONSENT_TABLE = ConsentLogEntry.__table__  # type: ignore[attr-defined]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads(demo_shop_path().read_text(encoding="utf-8"))


def _counts(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        connection = session.connection()
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (PRODUCT_TABLE, CONTACT_TABLE, EVENT_TABLE, CONSENT_TABLE)
        }


def _rows(database: Database, table: Any) -> list[dict[str, Any]]:
    with database.read_session() as session:
        return [dict(row) for row in session.connection().execute(select(table)).mappings()]


def test_the_demo_file_ships_in_resources() -> None:
    path = demo_shop_path()
    assert path == ROOT / "resources" / "demo" / "demo_shop.json"
    assert path.is_file() and path.stat().st_size < 1_000_000


def test_resources_are_found_inside_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert demo_shop_path() == tmp_path / "resources" / "demo" / "demo_shop.json"


def test_demo_fills_an_empty_shop(shop: Database, document: dict[str, Any]) -> None:
    summary = load_demo_shop(shop, now=NOW)

    counts = _counts(shop)
    assert 140 <= summary.contacts == counts["contact"] == len(document["contacts"]) <= 160
    assert 2_000 <= summary.events == counts["activity_event"] == len(document["events"]) <= 3_000
    assert 28 <= summary.products == counts["product"] == len(document["products"]) <= 36
    consents = _rows(shop, CONSENT_TABLE)
    assert summary.consent_entries == counts["consent_log"] == len(consents)
    contacts = {row["id"]: row for row in _rows(shop, CONTACT_TABLE)}
    given = sum(
        contact[f"{channel}_consent"] in ("granted", "withdrawn")
        for contact in contacts.values()
        for channel in ("email", "sms")
    )
    assert len(consents) == given
    for entry in consents:
        contact = contacts[entry["contact_id"]]
        assert entry["source"] == "demo" and entry["recorded_at"] == NOW
        assert entry["status"] == contact[f"{entry['channel']}_consent"]
        assert entry["occurred_at"] == contact[f"{entry['channel']}_consent_at"]
    for contact in contacts.values():
        assert contact["search_text"] == search_text_for(contact)
        for channel in ("email", "sms"):
            expected = "demo" if contact[f"{channel}_consent_at"] else None
            assert contact[f"{channel}_consent_source"] == expected


def test_demo_activity_ends_just_before_now(shop: Database) -> None:
    load_demo_shop(shop, now=NOW)

    events = _rows(shop, EVENT_TABLE)
    contact_ids = {row["id"] for row in _rows(shop, CONTACT_TABLE)}
    times = [event["occurred_at"] for event in events]
    assert NOW - timedelta(hours=1) < max(times) < NOW
    assert min(times) > NOW - timedelta(days=121)
    assert times == sorted(times)  # ids follow time, like a shop that recorded them live
    assert {event["contact_id"] for event in events} <= contact_ids
    assert sum(event["occurred_at"] > NOW - timedelta(days=1) for event in events) > 20
    for event in events:
        assert event["created_at"] == event["occurred_at"]
        if event["sku"]:
            assert event["product"] and event["category"]
        if event["type"] == "order":
            assert event["order_id"] and event["quantity"] >= 1 and event["value_cents"] > 0


def test_a_later_load_moves_every_time_along(tmp_path: Path) -> None:
    loaded = {}
    for name, now in (("first", NOW), ("later", NOW + timedelta(days=45, minutes=7))):
        database = open_database(tmp_path / f"{name}.sqlite")
        load_demo_shop(database, now=now)
        loaded[name] = (_rows(database, EVENT_TABLE), _rows(database, CONTACT_TABLE))
        database.close()
    shift = timedelta(days=45, minutes=7)
    for first, later in zip(*(loaded[name][0] for name in loaded), strict=True):
        assert later["occurred_at"] - first["occurred_at"] == shift
    for first, later in zip(*(loaded[name][1] for name in loaded), strict=True):
        assert later["created_at"] - first["created_at"] == shift
        assert later["birthday"] == first["birthday"]


def test_a_naive_now_is_read_as_utc(shop: Database) -> None:
    load_demo_shop(shop, now=NOW.replace(tzinfo=None))
    latest = max(event["occurred_at"] for event in _rows(shop, EVENT_TABLE))
    assert NOW - timedelta(hours=1) < latest < NOW


def test_loading_twice_is_refused_and_changes_nothing(shop: Database) -> None:
    load_demo_shop(shop, now=NOW)
    before = _counts(shop)

    with pytest.raises(UserError) as raised:
        load_demo_shop(shop, now=NOW + timedelta(days=1))

    assert raised.value.code == "demo.already_has_data"
    assert _counts(shop) == before


def test_a_shop_with_one_contact_is_left_alone(shop: Database) -> None:
    with shop.write_session() as session:
        create_contact(session=session, values={"first_name": "Inés", "email": "ines@example.es"})

    with pytest.raises(UserError) as raised:
        load_demo_shop(shop, now=NOW)

    assert raised.value.code == "demo.already_has_data"
    assert "vacía" in raised.value.message("es")
    assert _counts(shop) == {"product": 0, "contact": 1, "activity_event": 0, "consent_log": 0}


def test_the_shops_own_products_are_kept(shop: Database, document: dict[str, Any]) -> None:
    sku = document["products"][0]["sku"]
    with shop.write_session() as session:
        session.connection().execute(
            insert(PRODUCT_TABLE).values(
                sku=sku, name="Nuestro producto", related_skus="", created_at=NOW, updated_at=NOW
            )
        )

    summary = load_demo_shop(shop, now=NOW)

    products = {row["sku"]: row for row in _rows(shop, PRODUCT_TABLE)}
    assert products[sku]["name"] == "Nuestro producto"
    assert summary.products == len(document["products"]) - 1 == len(products) - 1


def test_the_committed_demo_is_what_the_script_writes() -> None:
    """Regenerate with `python bench/make_demo_json.py` after changing the synthetic shop."""
    spec = importlib.util.spec_from_file_location(
        "make_demo_json", ROOT / "bench" / "make_demo_json.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    expected = script.render(script.build_demo_document())
    assert demo_shop_path().read_text(encoding="utf-8") == expected


def test_activating_every_template_on_the_demo_shop_sends_nothing_from_the_backlog(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.cli import main

    db = str(tmp_path / "demo.sqlite")
    now = "2026-11-23T10:00:00+00:00"
    assert main(["--db", db, "--now", now, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "flows", "templates", "--json"]) == 0
    templates = json.loads(capsys.readouterr().out)
    for template in templates:
        assert main(["--db", db, "--now", now, "flows", "add", template["key"], "--activate"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "--now", now, "run", "--once", "--no-send", "--json"]) == 0
    tick = json.loads(capsys.readouterr().out)
    assert (tick["enrolled"], tick["queued"]) == (0, 0)
