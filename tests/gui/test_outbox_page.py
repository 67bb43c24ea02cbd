"""The Outbox page: newest first, filters, and the owner's decisions on single messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from tests.services.outbox_rows import add_contact, queue

NOW = datetime.now(UTC)


def _status(database, message_id: int) -> tuple:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        return tuple(session.connection().execute(
            text("SELECT status, reason FROM outbox_message WHERE id = :i"), {"i": message_id}
        ).one())  # fmt: skip


def _set(database, message_id: int, status: str, reason: str | None = None) -> None:  # type: ignore[no-untyped-def]
    with database.write_session() as session:
        session.connection().execute(
            text("UPDATE outbox_message SET status = :s, reason = :r WHERE id = :i"),
            {"s": status, "r": reason, "i": message_id},
        )


def _select(page, message_id: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    for row in range(page.model.rowCount()):
        if page.model.message_at(row).id == message_id:
            flags = QItemSelectionModel.SelectionFlag
            page.table.selectionModel().select(
                page.model.index(row, 0), flags.ClearAndSelect | flags.Rows
            )
            return
    raise AssertionError(f"message {message_id} not listed")


def test_messages_are_listed_newest_first_and_filtered(main_window, database) -> None:  # type: ignore[no-untyped-def]
    ana = add_contact(database, "ana@cliente.example")
    old = queue(database, ana, "ana@cliente.example", due=NOW, created=NOW - timedelta(hours=3))
    new = queue(database, ana, "ana@cliente.example", due=NOW, created=NOW - timedelta(minutes=1))
    _set(database, old, "failed", "550 5.1.1 no such user")
    page = main_window.outbox_page
    page.reload()
    assert [page.model.message_at(r).id for r in range(page.model.rowCount())] == [new, old]
    assert page.model.index(1, 5).data() == "Failed"
    assert page.model.index(1, 6).data() == "550 5.1.1 no such user"
    page.status_filter.setCurrentIndex(page.status_filter.findData("queued"))
    assert [page.model.message_at(r).id for r in range(page.model.rowCount())] == [new]
    page.status_filter.setCurrentIndex(0)
    page.search.setText("nobody-like-this")
    page.reload()
    assert page.model.rowCount() == 0


def test_the_owner_decides_on_failed_flagged_and_waiting_messages(main_window, database) -> None:  # type: ignore[no-untyped-def]
    ana = add_contact(database, "ana@cliente.example")
    failed = queue(database, ana, "ana@cliente.example", due=NOW)
    flagged = queue(database, ana, "ana@cliente.example", due=NOW)
    waiting = queue(database, ana, "ana@cliente.example", due=NOW)
    _set(database, failed, "failed", "451 later")
    _set(database, flagged, "flagged", "interrupted while sending")
    page = main_window.outbox_page
    page.reload()
    _select(page, failed)
    assert page.resend_button.isEnabled() and not page.confirm_button.isEnabled()
    assert "Why: 451 later" in page.detail.toPlainText()
    page.resend_button.click()
    assert _status(database, failed) == ("queued", None)
    _select(page, flagged)
    assert page.confirm_button.isEnabled()
    page.confirm_button.click()
    assert _status(database, flagged)[0] == "sent"
    _select(page, waiting)
    assert not page.resend_button.isEnabled()
    page.cancel_button.click()
    assert _status(database, waiting) == ("skipped", "cancelled_by_owner")
