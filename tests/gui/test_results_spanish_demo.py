"""The demo shop in Spanish: the dashboard names automations and steps as the owner reads
them, and the contact panel explains a customer's score and recommendations; screenshots go
to $SHOPNURTURE_SHOTS (else a temporary folder) for a person to look at."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

NOW = datetime(2026, 3, 28, 18, 0, tzinfo=UTC)


def _spanish_demo(database, now: datetime):  # type: ignore[no-untyped-def]
    from shopnurture.gui.i18n import install_translators
    from shopnurture.services.demo_history import add_demo_history
    from shopnurture.services.demo_shop import load_demo_shop
    from shopnurture.services.settings import change_setting

    change_setting(database, "language", "es")
    load_demo_shop(database, now=now)
    add_demo_history(database, now=now)
    install_translators("es")  # styled_app puts English back afterwards
    return database


@pytest.fixture
def spanish_demo(styled_app, database):  # type: ignore[no-untyped-def]
    return _spanish_demo(database, NOW)


def _shot(widget, name: str, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = Path(os.environ.get("SHOPNURTURE_SHOTS", tmp_path)) / name
    widget.grab().save(str(path))
    return path


def test_dashboard_speaks_spanish_down_to_each_step(spanish_demo, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.results.results_page import ResultsPage

    page = ResultsPage(spanish_demo, today=NOW.date())
    qtbot.addWidget(page)
    page.resize(1280, 1500)
    with qtbot.waitSignal(page.sig_report_ready, timeout=10_000):
        page.show()
    qtbot.wait(100)  # the charts lay out their labels on the next turns of the event loop
    names = [page.flow_model.data(page.flow_model.index(row, 0))
             for row in range(page.flow_model.rowCount())]  # fmt: skip
    assert names[0] == "Carrito abandonado"  # the most revenue, first
    assert set(names) == {"Carrito abandonado", "Navegación abandonada", "Cumpleaños",
                          "Venta cruzada"}  # fmt: skip
    assert "Demostrado" in page.summary["cause"].text()
    assert "Carrito abandonado" in page.summary["cause"].text()

    steps = [page.node_model.data(page.node_model.index(row, 0))
             for row in range(page.node_model.rowCount())]  # fmt: skip
    assert steps[0] == "Carrito abandonado: 1 h sin pedido"
    assert steps[1] == "Grupo de control: el 25 % no recibe nada (para comparar)"
    assert "Enviar correo: «‹nombre›, tu carrito sigue guardado»" in steps
    assert not any(re.fullmatch(r"[a-z_0-9]+", step) for step in steps)  # no bare node ids
    assert _shot(page, "results-demo-es.png", tmp_path).stat().st_size > 10_000


def test_contact_panel_explains_a_customer_in_spanish(
    styled_app, database, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.contacts.contact_detail import ContactDetailPanel

    # The panel explains the score as of the real clock: the demo is made up to it as well.
    spanish_demo = _spanish_demo(database, datetime.now(UTC))

    with spanish_demo.read_session() as session:
        (best,) = session.connection().exec_driver_sql(
            "SELECT id FROM contact WHERE phase = 'customer' ORDER BY lead_score DESC LIMIT 1"
        ).first()  # fmt: skip
    panel = ContactDetailPanel(spanish_demo, "EUR")
    qtbot.addWidget(panel)
    panel.resize(460, 1000)
    panel.show()
    panel.show_contact(best)
    qtbot.waitUntil(lambda: bool(panel.recommendations.items), timeout=10_000)
    qtbot.wait(50)
    reasons = " ".join(panel.standing.lines())
    assert reasons.startswith("+") and "Fase III" in reasons and "gastados" in reasons, reasons
    assert "Recomendado" in panel.recommendations.title.text()
    assert _shot(panel, "contact-demo-es.png", tmp_path).stat().st_size > 10_000


def test_the_dashboard_opens_on_the_last_30_days_early_in_a_month(qtbot) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.results.period_picker import PeriodPicker

    early = PeriodPicker(date(2026, 4, 2))
    qtbot.addWidget(early)
    assert early.preset.currentData() == "last_30_days"
    assert (early.period().first, early.period().last) == (date(2026, 3, 4), date(2026, 4, 2))
    later = PeriodPicker(date(2026, 4, 7))
    qtbot.addWidget(later)
    assert later.preset.currentData() == "this_month"
    assert later.period().first == date(2026, 4, 1)
