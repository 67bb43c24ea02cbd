"""The main window: every section reachable, placeholders honest, settings and stock editable."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from shopnurture.data.products import add_products
from shopnurture.services.settings import read_settings


def test_every_section_opens_from_the_navigation(main_window) -> None:  # type: ignore[no-untyped-def]
    keys = [key for key, _label, _page in main_window.pages]
    assert keys == ["contacts", "activity", "products", "flows", "outbox", "results", "settings"]
    for row, (_key, label, page) in enumerate(main_window.pages):
        main_window.navigation.setCurrentRow(row)
        assert main_window.stack.currentWidget() is page
        assert main_window.navigation.item(row).text() == label


def test_unbuilt_sections_say_so_instead_of_pretending(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from shopnurture.gui.placeholder_page import PlaceholderPage

    placeholders = [
        page for key, _l, page in main_window.pages if isinstance(page, PlaceholderPage)
    ]
    assert len(placeholders) <= 1  # at most the automations editor; results is built
    for page in placeholders:
        texts = [label.text() for label in page.findChildren(QLabel)]
        assert "Not available yet in this version" in texts


def test_stock_is_editable_in_place_and_validated(main_window, database) -> None:  # type: ignore[no-untyped-def]
    with database.write_session() as session:
        add_products(
            session=session,
            products=[
                {
                    "sku": "CAF-100",
                    "name": "Cápsulas de café x100",
                    "category": "Café",
                    "price_cents": 2490,
                    "stock": 12,
                    "kind": "consumable",
                }
            ],
        )
    page = main_window.products_page
    page.model.reload()
    index = page.model.index(0, 4)
    assert index.data() == "12"
    assert page.model.setData(index, "40")
    messages: list[str] = []
    page.sig_status_message.connect(messages.append)
    assert not page.model.setData(index, "-3")
    assert messages and "whole number" in messages[0]
    with database.read_session() as session:
        assert session.connection().execute(text("SELECT stock FROM product")).scalar() == 40
    assert page.model.index(0, 3).data().replace("\xa0", " ") in {"€24.90", "24,90 €", "€ 24.90"}


def test_settings_are_validated_and_saved_all_or_nothing(main_window, database) -> None:  # type: ignore[no-untyped-def]
    page = main_window.settings_page
    page.shop_name.setText("La Tiendita de Lucía")
    page.timezone.setCurrentText("Mars/Olympus")
    assert not page.save()
    assert read_settings(database)["shop_name"] == "Mi tienda"
    assert "time zone" in page.fields.error("timezone")
    page.timezone.setCurrentText("America/Mexico_City")
    page.country.setCurrentText("mx")
    assert page.save()
    settings = read_settings(database)
    assert (settings["shop_name"], settings["timezone"], settings["country"]) == (
        "La Tiendita de Lucía",
        "America/Mexico_City",
        "MX",
    )
    assert main_window.windowTitle().startswith("La Tiendita de Lucía")


def test_switching_to_spanish_translates_the_window(styled_app, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.i18n import install_translators
    from shopnurture.gui.main_window import MainWindow

    assert install_translators("es") == "es"
    window = MainWindow(database)
    qtbot.addWidget(window)
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels == [
        "Contactos",
        "Actividad",
        "Productos",
        "Automatizaciones",
        "Bandeja de salida",
        "Resultados",
        "Ajustes",
    ]
    assert window.contacts_page.search.placeholderText().startswith("Buscar")


def test_the_activity_page_lists_events_newest_first(main_window, database) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.data.activity import add_events
    from shopnurture.data.contacts import create_contact

    with database.write_session() as session:
        contact_id = create_contact(
            session=session, values={"first_name": "Ana", "email": "ana@example.es"}
        )
        add_events(
            session=session,
            events=[
                {
                    "contact_id": contact_id,
                    "type": "add_to_cart",
                    "occurred_at": datetime(2026, 11, 1, 10, tzinfo=UTC),
                    "product": "Zapatillas trail",
                },
                {
                    "contact_id": contact_id,
                    "type": "order",
                    "occurred_at": datetime(2026, 11, 2, 10, tzinfo=UTC),
                    "product": "Zapatillas trail",
                    "value_cents": 8990,
                    "order_id": "1001",
                },
            ],
        )
    page = main_window.activity_page
    page.model.reload()
    assert [page.model.index(r, 2).data() for r in range(2)] == ["Ordered", "Added to cart"]
    page.type_filter.setCurrentIndex(page.type_filter.findData("add_to_cart"))
    assert page.model.rowCount() == 1
