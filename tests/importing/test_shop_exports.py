"""Real-shaped files import with no mapping by hand: Shopify and WooCommerce exports, and a
messy Spanish owner's sheet, as CSV and as saved by LibreOffice (.xlsx, .ods)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from shopnurture.data.database import Database
from shopnurture.services.importing import preview, run_import
from tests.importing.helpers import rows_of, snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "spreadsheets"
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
# Shopify writes local times with their offset (+0100): stored in UTC.
LUCIA_TIME, PABLO_TIME = "2026-03-01 09:14:03.000000", "2026-03-02 17:40:00.000000"


@pytest.mark.parametrize("name", ["shopify_customers.csv", "shopify_customers.xlsx"])
def test_a_shopify_customers_export(database: Database, database_path: Path, name: str) -> None:
    shown = preview(FIXTURES / name)
    assert (shown.guessed_kind, shown.layout_name) == ("contacts", "Shopify customers")
    report = run_import(database, FIXTURES / name, kind="contacts", now=NOW)
    assert (report.read, report.created, report.skipped) == (4, 3, 1)
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (5, "Email", "import.email_invalid")
    ]
    assert rows_of(
        database_path,
        "SELECT external_id, first_name, last_name, email, phone, city, country, tags, "
        "email_consent, sms_consent FROM contact ORDER BY id",
    ) == [
        ("7012345678901", "Lucía", "Núñez Peña", "lucia.nunez@example.com", "+34612345678",
         "Madrid", "ES", "newsletter,vip", "granted", "unknown"),
        ("7012345678902", "Tomás", "Ruiz", "tomas.ruiz@example.com", None, "Sevilla", "ES", "",
         "unknown", "unknown"),
        ("7012345678903", "Camila", "Rojas", "camila.rojas@example.com", "+525512345678",
         "Ciudad de México", "MX", "mayorista", "granted", "granted"),
    ]  # fmt: skip
    before = snapshot(database_path)
    again = run_import(database, FIXTURES / name, kind="contacts", now=NOW)
    assert (again.created, again.updated) == (0, 0)
    assert snapshot(database_path) == before


def test_a_shopify_orders_export_with_continuation_rows(
    database: Database, database_path: Path
) -> None:
    path = FIXTURES / "shopify_orders.csv"
    assert preview(path).guessed_kind == "orders"
    report = run_import(database, path, kind="orders", now=NOW)
    # 5 lines; the voided order's line is not a purchase.
    assert (report.read, report.created, report.skipped, report.errors) == (5, 4, 1, [])
    assert report.contacts_created == 3
    assert rows_of(
        database_path,
        "SELECT c.email, e.order_id, e.sku, e.quantity, e.value_cents, e.occurred_at, e.source "
        "FROM activity_event e JOIN contact c ON c.id = e.contact_id ORDER BY e.id",
    ) == [
        ("lucia.nunez@example.com", "#1001", "CAF-100", 2, 2900, LUCIA_TIME, "web"),
        ("lucia.nunez@example.com", "#1001", "MOL-01", 1, 900, LUCIA_TIME, "web"),
        ("pablo.soto@example.com", "#1002", "TAZ-02", 1, 1250, PABLO_TIME, "web"),
        ("pablo.soto@example.com", "#1002", "TAZ-03", 1, 1250, PABLO_TIME, "web"),
    ]  # fmt: skip
    assert rows_of(
        database_path, "SELECT first_name, last_name, city FROM contact WHERE email = ?",
        "pablo.soto@example.com",
    ) == [("Pablo", "Soto", "Valencia")]  # fmt: skip
    before = snapshot(database_path)
    again = run_import(database, path, kind="orders", now=NOW)
    assert (again.created, again.contacts_created) == (0, 0)
    assert snapshot(database_path) == before


@pytest.mark.parametrize(
    "name", ["woocommerce_orders.csv", "woocommerce_orders.xlsx", "woocommerce_orders.ods"]
)
def test_a_woocommerce_orders_export(database: Database, database_path: Path, name: str) -> None:
    path = FIXTURES / name
    shown = preview(path)
    assert (shown.guessed_kind, shown.layout_name) == ("orders", "WooCommerce orders")
    report = run_import(database, path, kind="orders", now=NOW)
    assert (report.read, report.created, report.skipped, report.errors) == (4, 3, 1, [])
    assert rows_of(
        database_path,
        "SELECT c.email, c.phone, c.first_name, c.last_name, e.order_id, e.sku, e.quantity, "
        "e.value_cents FROM activity_event e JOIN contact c ON c.id = e.contact_id ORDER BY e.id",
    ) == [
        ("marta.gil@example.com", "+34611223344", "Marta", "Gil Romero", "812", "TE-MAT", 2, 3300),
        ("marta.gil@example.com", "+34611223344", "Marta", "Gil Romero", "812", "TET-01", 1, 2440),
        ("julian.castro@example.com", "+573012345678", "Julián", "Castro", "813", "INF-01", 1,
         1990),
    ]  # fmt: skip
    again = run_import(database, path, kind="orders", now=NOW)
    assert (again.created, again.contacts_created, again.contacts_updated) == (0, 0, 0)


@pytest.mark.parametrize(
    "name",
    [
        "owner_contacts_es.csv",  # Windows-1252, ";" and decimal commas
        "owner_contacts_es_utf8.xlsx",
        "owner_contacts_es_utf8.ods",
    ],
)
def test_a_messy_spanish_owners_sheet(database: Database, database_path: Path, name: str) -> None:
    path = FIXTURES / name
    shown = preview(path)
    assert shown.header_row == 3
    assert shown.guessed_kind == "contacts"
    assert shown.suggested_mapping["Nombre"] == "first_name"
    assert shown.suggested_mapping["Gasto total"] is None
    report = run_import(database, path, kind="contacts", now=NOW)
    assert (report.read, report.created, report.skipped) == (5, 3, 2)
    assert sorted((e.row, e.column, e.code) for e in report.errors) == [
        (7, "Idioma", "contact.language_invalid"),
        (9, "Fecha de nacimiento", "import.date_invalid"),
    ]
    assert rows_of(
        database_path,
        "SELECT first_name, last_name, email, phone, birthday, city, language, email_consent "
        "FROM contact ORDER BY id",
    ) == [
        ("María José", "Pérez Ortega", "mariajose.perez@example.com", "+34612345678",
         "1988-05-03", "Málaga", "es", "granted"),
        ("Íñigo", "Etxeberria", "inigo.etx@example.com", "+34688123456", "1979-11-15", "Bilbao",
         "es", "granted"),
        ("Rocío", "Gómez", "rocio.gomez@example.com", "+34644112233", "2001-01-07", "Granada",
         "es", "granted"),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["owner_activity_es.csv", "owner_activity_es.xlsx"])
def test_an_owners_activity_sheet_with_spanish_event_words(
    database: Database, database_path: Path, name: str
) -> None:
    path = FIXTURES / name
    assert preview(path).guessed_kind == "activity"
    report = run_import(database, path, kind="activity", now=NOW)
    assert (report.read, report.created, report.skipped) == (6, 5, 1)
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (7, "Tipo", "import.event_invalid")
    ]
    assert report.contacts_created == 2
    assert rows_of(
        database_path,
        "SELECT type, sku, quantity, value_cents, order_id, rating, source, occurred_at "
        "FROM activity_event ORDER BY id",
    ) == [
        ("page_view", "CAF-1K", None, None, None, None, "instagram", "2026-03-01 09:15:00.000000"),
        ("add_to_cart", "CAF-1K", 1, 1890, None, None, "instagram", "2026-03-01 09:20:00.000000"),
        ("order", "CAF-1K", 1, 1890, "A-2041", None, "instagram", "2026-03-01 09:31:00.000000"),
        ("review", "CAF-1K", None, None, None, 5, None, "2026-03-15 18:02:00.000000"),
        ("inquiry", "MOL-EL", None, None, None, None, "whatsapp", "2026-03-16 11:00:00.000000"),
    ]  # fmt: skip
    assert run_import(database, path, kind="activity", now=NOW).created == 0


def test_an_owners_product_list_in_ods(database: Database, database_path: Path) -> None:
    path = FIXTURES / "owner_products_es.ods"
    assert preview(path).guessed_kind == "products"
    report = run_import(database, path, kind="products", now=NOW)
    assert (report.read, report.created, report.updated, report.skipped) == (4, 3, 0, 1)
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (5, "Stock", "import.number_too_small")
    ]
    assert rows_of(
        database_path,
        "SELECT sku, name, category, price_cents, stock, kind, units_per_pack, units_per_day, "
        "shipping_days, related_skus FROM product ORDER BY sku",
    ) == [
        ("CAF-100", "Café en cápsulas x100", "Café", 1450, 120, "consumable", 100, 1.0, 5,
         "MOL-01,TAZ-02"),
        ("MOL-01", "Molinillo manual", "Accesorios", 900, 15, "durable", None, None, 3, ""),
        ("TAZ-02", "Taza de cerámica", "Menaje", 1250, 0, "durable", None, None, 3, "CAF-100"),
    ]  # fmt: skip
    csv_report = run_import(database, FIXTURES / "owner_products_es.csv", kind="products", now=NOW)
    assert (csv_report.created, csv_report.updated) == (0, 0)
