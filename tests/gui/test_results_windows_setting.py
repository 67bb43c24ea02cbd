"""The attribution windows on the Settings page: validated, stored, and the Results page
recomputes with them (an order 3 days after an email stops counting with a 2-day window)."""

from __future__ import annotations

from datetime import timedelta

from shopnurture.services.settings import read_settings
from tests.results.history import History, T


def test_changing_the_windows_changes_the_setting_and_the_report(
    main_window, qtbot, database
) -> None:  # type: ignore[no-untyped-def]
    shop = History(database)
    ana = shop.contact("ana@example.es")
    cart = shop.flow("Carrito", ("t", "trigger.manual"), ("mail", "action.send_email"))
    shop.message(cart, shop.run(cart, ana, T), ana, "mail", T)
    shop.order(ana, T + timedelta(days=3), 4990, order_id="P-1")
    results = main_window.results_page
    results.picker.set_dates(T.date(), T.date() + timedelta(days=5))
    with qtbot.waitSignal(results.sig_report_ready, timeout=10_000) as first:
        results.refresh()
    assert first.args[0].revenue_cents == 4990  # 3 days is inside the default 5

    page = main_window.settings_page
    page.email_window.setText("tres")
    page.sms_window.setText("0,5")
    assert page.save() is False  # all or nothing: the valid SMS window is not stored either
    assert "between 0 and 90" in page.fields.error("results.email_window_days")
    assert read_settings(database)["results.sms_window_days"] == "1"

    page.email_window.setText("2")
    with qtbot.waitSignal(results.sig_report_ready, timeout=10_000) as second:
        assert page.save() is True
    stored = read_settings(database)
    assert (stored["results.email_window_days"], stored["results.sms_window_days"]) == ("2", "0.5")
    report = second.args[0]
    assert (report.windows.email_days, report.windows.sms_days) == (2.0, 0.5)
    assert report.revenue_cents == 0  # the order came a day after the window closed
    assert "2 d after an email, 0.5 d after an SMS" in results.explanation.text()
