"""The Results page: computed off the GUI thread, recomputed when the period changes, tables
exported to Excel; and screenshots of the dashboard on the demo shop in both palettes."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.results.history import History, T

HOUR = timedelta(hours=1)


@pytest.fixture
def history(database) -> History:  # type: ignore[no-untyped-def]
    shop = History(database)
    ana, luis = shop.contact("ana@example.es"), shop.contact("luis@example.es")
    cart = shop.flow("Carrito abandonado", ("t", "trigger.cart_abandoned"),
                     ("mail", "action.send_email"))  # fmt: skip
    run = shop.run(cart, ana, T)
    shop.message(cart, run, ana, "mail", T)
    shop.order(ana, T + HOUR, 4990, order_id="P-1")
    shop.message(cart, shop.run(cart, luis, T), luis, "mail", T, status="skipped",
                 reason="no_consent")  # fmt: skip
    # February: another order, for the period change to show.
    shop.message(cart, None, luis, "mail", T - timedelta(days=20))
    shop.order(luis, T - timedelta(days=20) + HOUR, 1000, order_id="P-0")
    return shop


def _page(qtbot, database, today: date = date(2026, 3, 20)):  # type: ignore[no-untyped-def]
    from shopnurture.gui.results.results_page import ResultsPage

    page = ResultsPage(database, today=today)
    qtbot.addWidget(page)
    page.resize(1200, 1400)
    with qtbot.waitSignal(page.sig_report_ready, timeout=10_000):
        page.show()
    return page


def test_the_page_shows_this_month_and_recomputes_for_another_period(
    styled_app, qtbot, database, history: History
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    page = _page(qtbot, database)
    assert page.report is not None and page.report.period.first == date(2026, 3, 1)
    model = page.flow_model
    assert model.rowCount() == 1
    cells = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert cells[0] == "Carrito abandonado" and "49.90" in cells[1]
    assert cells[2] == "No control group"
    assert cells[3:] == ["1", "1", "100.0 %", "1 / 1", "2", "1", "0", "1"]
    assert "no consent: 1" in model.data(model.index(0, 10), Qt.ItemDataRole.ToolTipRole)
    assert page.node_model.rowCount() == 1  # the first flow's steps are shown
    assert "49.90" in page.summary["won"].text()

    with qtbot.waitSignal(page.sig_report_ready, timeout=10_000) as blocker:
        page.picker.choose("last_month")
    assert blocker.args[0].period.first == date(2026, 2, 1)
    assert "10.00" in model.data(model.index(0, 1))

    with qtbot.waitSignal(page.sig_report_ready, timeout=10_000) as blocker:
        page.picker.set_dates(date(2026, 3, 10), date(2026, 3, 10))
    assert blocker.args[0].period.days == 1 and "49.90" in model.data(model.index(0, 1))


def test_a_table_exports_to_excel(styled_app, qtbot, database, history, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, database)
    target = tmp_path / "results.xlsx"
    with qtbot.waitSignal(page.sig_exported, timeout=10_000):
        page.export_table(page.flow_model, target, "Automations")
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Automation", "Revenue won", "Did it cause it?")
    assert rows[1][:3] == ("Carrito abandonado", pytest.approx(49.90), "No control group")
    assert rows[1][5] == 100.0  # conversion in percent
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:K2"


def _dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.AlternateBase, "#333333"), (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.WindowText, "#eeeeee"), (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"), (QPalette.ColorRole.Mid, "#555555"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize(("language", "dark"), [("es", False), ("en", True)])
def test_dashboard_screenshot_on_the_demo_shop(
    styled_app, qtbot, database, language, dark, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.i18n import install_translators
    from shopnurture.services.demo_history import add_demo_history
    from shopnurture.services.demo_shop import load_demo_shop

    if dark:
        previous = styled_app.palette()
        styled_app.setPalette(_dark_palette())

    now = datetime(2026, 3, 28, 18, 0, tzinfo=UTC)
    load_demo_shop(database, now=now)
    add_demo_history(database, now=now)
    install_translators(language)
    page = _page(qtbot, database, now.date())
    report = page.report
    assert report is not None and report.revenue_cents > 0
    cart = next(flow for flow in report.flows if flow.carts is not None)
    assert cart.lift is not None and cart.lift.verdict == "positive"
    name = f"results-{language}{'-dark' if dark else ''}.png"
    shot = Path(os.environ.get("SHOPNURTURE_SHOTS", tmp_path)) / name
    qtbot.wait(100)  # the charts lay out their labels on the next turns of the event loop
    page.grab().save(str(shot))
    if dark:
        styled_app.setPalette(previous)
    assert shot.stat().st_size > 10_000


def test_contact_page_shows_recommendations_with_why(styled_app, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.contacts.contact_detail import ContactDetailPanel

    shop = History(database)
    with database.write_session() as session:
        for sku, name, stock in (("MAQ", "Cafetera", 5), ("DES", "Descalcificador", 9),
                                 ("TAZ", "Taza agotada", 0)):  # fmt: skip
            session.connection().exec_driver_sql(
                "INSERT INTO product (sku, name, price_cents, stock, related_skus, created_at, "
                "updated_at) VALUES (?, ?, 990, ?, '', '2026-01-01', '2026-01-01')",
                (sku, name, stock),
            )
    for number in range(2):  # two customers bought the machine with the descaler and a mug
        other = shop.contact(f"otro{number}@example.es")
        for sku in ("MAQ", "DES", "TAZ"):
            shop.order(other, T, 990, order_id=f"{number}-{sku}", sku=sku)
    ana = shop.contact("ana@example.es")
    shop.order(ana, T + HOUR, 990, order_id="A-1", sku="MAQ")

    panel = ContactDetailPanel(database, "EUR")
    qtbot.addWidget(panel)
    panel.show_contact(ana)
    qtbot.waitUntil(lambda: bool(panel.recommendations.items), timeout=10_000)
    assert [item.product.sku for item in panel.recommendations.items] == ["DES"]
    text = panel.recommendations.body.text()
    assert "Descalcificador" in text and "2 customers who bought Cafetera also bought it" in text
    assert "agotada" not in text
