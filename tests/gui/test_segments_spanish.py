"""The segment builder, the Contacts page's segment filter and the contact panel in Spanish:
members found off the GUI thread, and the score as of now next to the stored one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from shopnurture.domain.segments import ActivityFilter, Group, Rule
from shopnurture.services.segments import save_segment
from tests.gui.test_segments_gui import _shop


@pytest.fixture
def spanish_window(styled_app, qtbot, database) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from shopnurture.gui.i18n import install_translators
    from shopnurture.gui.main_window import MainWindow

    install_translators("es")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window


def test_builder_and_filter_in_spanish(spanish_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    people = _shop(database)
    viewed = Rule("activity", "did", activity=ActivityFilter("page_view", 3, 7, sku="ROP-CAM"))
    saved = save_segment(database, "Miraron camisetas", Group("all", (viewed,)))
    page = spanish_window.contacts_page
    page.segment_filter.reload()
    dialog = page.segment_filter.dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    # Opening shows the first saved segment (the list takes the focus): start afresh.
    qtbot.waitUntil(lambda: dialog.segment_id == saved.id)
    dialog.start_new()
    builder = dialog.builder
    accents = Group("all", (Rule("last_name", "eq", "NUNEZ"), Rule("city", "eq", "Málaga"),
                            Group("any", (Rule("tags", "has", "vip"), viewed))))  # fmt: skip
    builder.set_rules(accents)
    qtbot.waitUntil(lambda: builder.count == 0 and not builder.count_pending())
    assert builder.count_label.text() == "0 contactos cumplen"
    builder.set_rules(Group("all", accents.items[:1] + accents.items[2:]))  # without the city
    qtbot.waitUntil(lambda: builder.count == 3 and not builder.count_pending())  # Núñez, any case
    qtbot.wait(50)
    dialog.grab().save("/tmp/es_segments_builder.png")
    dialog.close()
    index = page.segment_combo.findData(saved.id)
    page.segment_combo.setCurrentIndex(index)
    with qtbot.waitSignal(page.model.sig_total_changed, timeout=5000):
        page.segment_combo.activated.emit(index)  # the members come from a worker thread
    shown = {page.model.contact_id_at(row) for row in range(page.model.rowCount())}
    assert shown == {people["cris"]}
    assert page.segment_combo.toolTip() == ""


def test_contact_panel_shows_the_score_as_of_now(spanish_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    people = _shop(database)  # activity added without a tick: stored scores are still 0
    page = spanish_window.contacts_page
    page.model.reload()
    assert page.select_contact(people["cris"])
    fields = page.detail._fields
    assert fields["score"].text() == "3 (flujos y segmentos aún ven 0)"
    assert (
        fields["phase"].text()
        == "II · Consideración (flujos y segmentos aún ven I · Descubrimiento)"
    )
    assert page.detail.standing.lines()[0] == "+3: vio Camiseta ×3 (esta semana)"
    qtbot.wait(50)
    page.detail.grab().save("/tmp/es_contact_panel.png")
    from shopnurture.services.engine.tick import run_tick

    run_tick(database, now=datetime.now(UTC))  # the engine catches up: no note any more
    assert page.select_contact(people["ben"]) and page.select_contact(people["cris"])
    assert fields["score"].text() == "3"
    assert fields["phase"].text() == "II · Consideración"
