"""The segment builder (live count, save), the Contacts page's segment filter, the reasons in
the contact panel and the points-table editor, driven as the owner would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from shopnurture.domain.contact_draft import ContactDraft
from shopnurture.domain.segments import ActivityFilter, Group, Rule
from shopnurture.services.contacts import save_contact
from shopnurture.services.segments import list_segments
from tests.gui.keyboard import type_text

NOW = datetime.now(UTC)


def _contact(database, first: str, email: str, tags: str = "") -> int:  # type: ignore[no-untyped-def]
    return save_contact(
        database,
        ContactDraft(first_name=first, last_name="Núñez", email=email, tags=tags),
        today=date(2026, 11, 23),
    )


def _event(database, contact: int, kind: str, days_ago: float, **extra: object) -> None:  # type: ignore[no-untyped-def]
    moment = (NOW - timedelta(days=days_ago)).replace(tzinfo=None).isoformat(" ", "microseconds")
    columns = ", ".join(["contact_id", "type", "occurred_at", "created_at", *extra])
    values = ", ".join([":contact", ":kind", ":at", ":at", *(f":{k}" for k in extra)])
    with database.write_session() as session:
        session.connection().execute(
            text(f"INSERT INTO activity_event ({columns}) VALUES ({values})"),
            {"contact": contact, "kind": kind, "at": moment, **extra},
        )


def _shop(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ana = _contact(database, "Ana", "ana@example.es", "vip")
    ben = _contact(database, "Ben", "ben@example.es", "vip,mayorista")
    cris = _contact(database, "Cris", "cris@example.es")
    _event(database, ana, "order", 3, sku="ROP-VAQ", product="Vaquero", value_cents=4990,
           order_id="A1")  # fmt: skip
    for days in (0.1, 0.2, 0.3):
        _event(database, cris, "page_view", days, sku="ROP-CAM", product="Camiseta")
    return {"ana": ana, "ben": ben, "cris": cris}


def test_build_count_save_and_filter_the_contacts_page(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    people = _shop(database)
    page = main_window.contacts_page
    dialog = page.segment_filter.dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    builder = dialog.builder
    qtbot.waitUntil(lambda: builder.count == 3)  # no rules yet: everyone
    row = builder.root.add_item(Rule("tags", "has", ""))
    qtbot.waitUntil(lambda: builder.problems_text() != "" and builder.count is None)
    assert "needs a value" in builder.count_label.text()
    type_text(row.text, "vip")
    qtbot.waitUntil(lambda: builder.count == 2)
    assert builder.count_label.text() == "2 contacts match"
    # An OR group: vip OR viewed at least 3 times this week.
    group = builder.root.add_item(Group("any"))
    builder.root.remove_item(row)
    group.add_item(Rule("tags", "has", "mayorista"))
    viewed = group.add_item(Rule("activity", "did", activity=ActivityFilter("page_view", 3, 7)))
    qtbot.waitUntil(lambda: builder.count == 2)  # Ben (tag) and Cris (3 views)
    viewed.activity.at_least.setValue(4)  # then quickly 3 again: the latest count wins
    viewed.activity.at_least.setValue(3)
    qtbot.waitUntil(lambda: builder.count == 2 and not builder.count_pending())
    assert builder.rules() == Group("all", (Group("any", (
        Rule("tags", "has", "mayorista"),
        Rule("activity", "did", activity=ActivityFilter("page_view", 3, 7)),
    )),))  # fmt: skip
    qtbot.wait(50)
    dialog.grab().save("/tmp/segments_builder.png")
    type_text(dialog.name, "Interesados")
    assert dialog.save(as_new=False)
    assert [s.name for s in list_segments(database)] == ["Interesados"]
    assert dialog.saved.currentItem().text() == "Interesados"
    assert page.segment_combo.findText("Interesados") > 0
    dialog.grab().save("/tmp/segments_dialog.png")
    with qtbot.waitSignal(page.model.sig_total_changed):
        dialog.show_button.click()
    assert page.segment_combo.currentText() == "Interesados"
    shown = {page.model.contact_id_at(r) for r in range(page.model.rowCount())}
    assert shown == {people["ben"], people["cris"]}
    page.segment_combo.setCurrentIndex(0)
    page.segment_combo.activated.emit(0)
    assert page.model.rowCount() == 3
    # Rename through the dialog, then delete.
    again = page.segment_filter.dialog()
    qtbot.addWidget(again)
    again.saved.setCurrentRow(0)
    again.name.setText("Muy interesados")
    assert again.save(as_new=False)
    assert page.segment_combo.findText("Muy interesados") > 0
    again.delete_now()
    assert list_segments(database) == [] and page.segment_combo.count() == 1


def test_contact_panel_shows_the_reasons(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    people = _shop(database)
    page = main_window.contacts_page
    page.model.reload()
    assert page.select_contact(people["cris"])
    lines = page.detail.standing.lines()
    assert lines[0] == "+3: viewed Camiseta ×3 (this week)"
    assert lines[1:] == [
        "Phase II: 3 product views (3 needed)",
        "No RFM group: no orders yet",
    ]
    qtbot.wait(50)  # the layout settles on the event loop
    page.detail.grab().save("/tmp/contact_reasons_cris.png")
    assert page.select_contact(people["ana"])
    lines = page.detail.standing.lines()
    assert lines[-1].startswith("Potential: last order 3 days ago (R5), 1 order (F1)")
    qtbot.wait(50)
    page.detail.grab().save("/tmp/contact_reasons_ana.png")


def test_points_table_editor_saves_and_refreshes_scores(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    people = _shop(database)
    editor = main_window.score_rules_editor
    assert editor.points["page_view"].value() == 1
    editor.points["page_view"].setValue(5)
    editor.cents_per_point.setValue(0)
    with qtbot.waitSignal(editor.sig_scores_refreshed, timeout=5000):
        assert editor.save()
    with database.read_session() as session:
        score = (
            session.connection()
            .execute(text("SELECT lead_score FROM contact WHERE id = :id"), {"id": people["cris"]})
            .scalar()
        )
    assert score == 15  # 3 views x 5 points
    assert "changed" in editor.status.text()
    editor.resize(720, 560)
    editor.grab().save("/tmp/score_rules_editor.png")
