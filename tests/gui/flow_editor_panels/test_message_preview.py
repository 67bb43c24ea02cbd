"""The live preview renders a message for a real contact as the engine would (a name with
template code in it stays text), and the SMS counter tells GSM-7 from UCS-2."""

from __future__ import annotations

from datetime import timedelta

from shopnurture.data.clock import utc_now
from shopnurture.domain.flows.templates import build_template


def _shown(qtbot, pane, contact_id: int):  # type: ignore[no-untyped-def]
    """Chooses the contact and waits for their preview."""
    if pane.contact.findData(contact_id) < 0:
        with qtbot.waitSignal(pane.sig_contacts_loaded, timeout=5000):
            pass
    with qtbot.waitSignal(pane.sig_preview_shown, timeout=5000) as shown:
        pane.choose_contact(contact_id)
    return shown.args[0]


def test_the_email_preview_shows_a_real_contacts_name_and_cart(open_panel, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    lucia = shop.contact("Lucía", language="es")
    shop.event(lucia, "add_to_cart", utc_now() - timedelta(hours=2), sku="CAF-MAQ-BAS",
               quantity=1, value_cents=7900)  # fmt: skip
    window = open_panel(build_template("cart_abandonment", "en"), "reminder_1")
    preview = _shown(qtbot, window.panel.preview, lucia)
    assert preview.subject == "Lucía, tu carrito sigue guardado"
    assert "Hola, Lucía:" in preview.text and "Cafetera Básica — 79,00 €" in preview.text
    assert "<p>Hola, Lucía:</p>" in preview.html
    pane = window.panel.preview
    assert "Lucía" in pane.subject.text() and "Cafetera Básica" in pane.text.toPlainText()
    assert "Cafetera Básica" in pane.html.toPlainText()


def test_template_code_in_a_name_stays_literal_text(open_panel, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    tricky = shop.contact("Eva {{ 7*7 }}", last_name="<b>{% if true %}X{% endif %}</b>",
                          language="es")  # fmt: skip
    window = open_panel(build_template("cart_abandonment", "en"), "tell_owner")
    preview = _shown(qtbot, window.panel.preview, tricky)
    assert "Eva {{ 7*7 }} <b>{% if true %}X{% endif %}</b> dejó un carrito" in preview.text
    assert "49" not in preview.text
    window = open_panel(build_template("cart_abandonment", "en"), "reminder_1")
    preview = _shown(qtbot, window.panel.preview, tricky)
    assert preview.subject.startswith("Eva {{ 7*7 }}, tu carrito")
    assert "Hola, Eva {{ 7*7 }}:" in window.panel.preview.html.toPlainText()
    assert "49" not in preview.html


def test_the_preview_follows_the_text_as_it_is_typed(open_panel, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    marta = shop.contact("Marta", language="es")
    window = open_panel(build_template("cart_abandonment", "en"), "reminder_2")
    pane = window.panel.preview
    _shown(qtbot, pane, marta)
    editor = window.panel.editor("message")
    with qtbot.waitSignal(pane.sig_preview_shown, timeout=5000) as shown:
        editor.body.setPlainText("¿Sigues ahí, {{ first_name }}? {{ unsubscribe_url }}")
    assert shown.args[0].text.startswith("¿Sigues ahí, Marta?")
    assert window.edits == []  # typing shows, only a finished gesture commits


def test_the_sms_counter_counts_gsm7_and_ucs2_parts(open_panel, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    pedro = shop.contact("Pedro", language="es")
    flow = build_template("birthday", "en")
    sms_node = next(node.id for node in flow.nodes.values() if node.kind == "action.send_sms")
    window = open_panel(flow, sms_node)
    editor = window.panel.editor("message")
    editor.body.setPlainText("¡Hola! ¿Mañana café? Responde BAJA")
    assert "GSM-7 · 1 SMS · 126 characters left" in editor.counter.text()
    editor.body.setPlainText("ó" * 71 + " BAJA")
    assert "UCS-2 · 2 SMS · 58 characters left" in editor.counter.text()
    editor.body.setPlainText("Hola {{ first_name }}, tu regalo: 5 €. Responde BAJA")
    preview = _shown(qtbot, window.panel.preview, pedro)
    assert preview.text == "Hola Pedro, tu regalo: 5 €. Responde BAJA"
    left = 160 - len(preview.text) - 1  # "€" takes two GSM-7 units
    assert f"GSM-7 · 1 SMS · {left} characters left" in window.panel.preview.counter.text()
