"""The template gallery (eleven automations and an empty flow, by keyboard) and activating a
changed live flow from the GUI: the dialog's choice reaches the runs on a real database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from shopnurture.domain.flows.templates import TEMPLATES
from shopnurture.gui.flow_editor.panels.activation_dialog import (
    ActivationDialog,
    confirm_activation,
)
from shopnurture.gui.flow_editor.panels.template_gallery import (
    EMPTY,
    KEY_ROLE,
    TemplateGallery,
    choose_template,
)
from shopnurture.services.engine.flow_service import load_flow, save_flow
from tests.engine.shop import T0
from tests.gui.keyboard import type_text

H, M = timedelta(hours=1), timedelta(minutes=1)


def when_dialog_opens(kind, act) -> QTimer:  # type: ignore[no-untyped-def]
    """Calls `act(dialog)` once a modal dialog of `kind` is up (work may run before it);
    keep the returned timer while waiting."""
    timer = QTimer()

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            act(dialog)

    timer.timeout.connect(check)
    timer.start(10)
    return timer


def test_the_gallery_lists_the_eleven_automations_and_an_empty_flow(styled_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    gallery = TemplateGallery()
    qtbot.addWidget(gallery)
    keys = [gallery.list.item(row).data(KEY_ROLE) for row in range(gallery.list.count())]
    assert keys == [*TEMPLATES, EMPTY]
    cart = gallery.list.item(1)
    described = cart.data(Qt.ItemDataRole.AccessibleTextRole)
    assert described.startswith("Cart abandonment")
    assert "Timing: 1 hour → 1 day → 2 days" in described
    assert "Timing:" not in gallery.list.item(11).data(Qt.ItemDataRole.AccessibleTextRole)


def test_typing_filters_and_enter_chooses(styled_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TemplateGallery)
        dialog.search.setFocus()
        type_text(dialog.search, "birthday")
        visible = [dialog.list.item(r) for r in range(dialog.list.count())
                   if not dialog.list.item(r).isHidden()]  # fmt: skip
        assert [item.data(KEY_ROLE) for item in visible] == ["birthday", EMPTY]
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    assert choose_template() == "birthday"


def test_escape_cancels_and_the_empty_flow_is_an_empty_key(styled_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    QTimer.singleShot(
        0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)
    )
    assert choose_template() is None

    def pick_empty() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClick(dialog.list, Qt.Key.Key_End)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick_empty)
    assert choose_template() == ""


def _live_changed_flow(shop) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    flow_id = shop.add_flow("cart_abandonment")
    lucia = shop.contact("Lucía")
    shop.event(lucia, "add_to_cart", T0 + H, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900)
    shop.event(lucia, "checkout_started", T0 + H + 5 * M, quantity=1, value_cents=7900)
    shop.tick(T0 + 2 * H + 6 * M)
    _, flow = load_flow(shop.database, flow_id)
    flow.node("reminder_2").params["message"]["es"]["subject"] = "Otro asunto"
    save_flow(shop.database, flow_id, flow, now=T0 + 3 * H)
    return flow_id, lucia


def _run(shop, flow_id: int):  # type: ignore[no-untyped-def]
    return shop.sql(
        "SELECT status, flow_version, current_node, exit_reason FROM flow_run WHERE flow_id = ?",
        flow_id,
    )


def test_the_dialog_shows_who_waits_where_and_moves_them(styled_app, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    flow_id, _ = _live_changed_flow(shop)
    seen = {}

    def decide(dialog: ActivationDialog) -> None:
        seen["rows"] = [
            (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
            for r in range(dialog.table.rowCount())
        ]
        dialog.move.click()
        dialog.target.setCurrentIndex(dialog.target.findData("reminder_2"))
        dialog.accept()

    watch = when_dialog_opens(ActivationDialog, decide)
    assert confirm_activation(None, shop.database, flow_id) is True
    assert not watch.isActive()
    assert seen["rows"] == [("Wait (wait_1)", "1")]
    assert _run(shop, flow_id) == [("waiting", 2, "reminder_2", None)]


def test_cancel_changes_nothing_and_exit_ends_the_runs(styled_app, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    flow_id, _ = _live_changed_flow(shop)
    watch = when_dialog_opens(ActivationDialog, lambda dialog: dialog.reject())
    assert confirm_activation(None, shop.database, flow_id) is None
    assert not watch.isActive()
    assert _run(shop, flow_id) == [("waiting", 1, "stock_2", None)]

    def leave(dialog: ActivationDialog) -> None:
        dialog.exit.click()
        dialog.accept()

    watch = when_dialog_opens(ActivationDialog, leave)
    assert confirm_activation(None, shop.database, flow_id) is True
    assert not watch.isActive()
    assert _run(shop, flow_id) == [("exited", 1, None, "flow_changed")]


def test_a_draft_is_simply_activated_without_asking(styled_app, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    flow_id = shop.add_flow("birthday", activate=False)
    assert confirm_activation(None, shop.database, flow_id) is True
    assert shop.sql("SELECT status FROM flow WHERE id = ?", flow_id) == [("active",)]
