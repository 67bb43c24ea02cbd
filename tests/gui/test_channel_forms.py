"""The Email and SMS account forms: checked fields, secrets to the keyring, real test sends."""

from __future__ import annotations

from shopnurture.services.channels import read_email_settings
from tests.services.smtp_server import smtp_server
from tests.services.twilio_server import ACCOUNT_SID, TOKEN, sms_provider

PASSWORD = "clave-ñ-9"


def test_the_email_form_saves_and_sends_a_real_test(
    memory_keyring, main_window, qtbot, database
) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.channel_forms import EmailAccountForm

    form = EmailAccountForm(database)
    qtbot.addWidget(form)
    with smtp_server("plain", users={"ventas": PASSWORD}) as server:
        form.host.setText("smtp.gmail.com")
        form.port.setText(str(server.port))
        form.security.setCurrentIndex(form.security.findData("none"))
        form.from_address.setText("ventas@tienda.example")
        assert not form.save()  # no encryption to a remote server: refused on the field
        assert "localhost" in form.fields.error("security")
        form.host.setText(server.host)
        form.username.setText("ventas")
        form.password.setText(PASSWORD)
        form.test_target.setText("duena@tienda.example")
        form.send_test()
        qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=10_000)
        assert "Test email sent" in form.result.text(), form.result.text()
        assert [str(m["To"]) for m in server.handler.messages] == ["duena@tienda.example"]
    assert read_email_settings(database).username == "ventas"
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    assert form.password.text() == ""  # not kept on screen


def test_the_sms_form_sends_a_test_through_the_provider(
    memory_keyring, main_window, qtbot, database
) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.channel_forms import SmsAccountForm

    form = SmsAccountForm(database)
    qtbot.addWidget(form)
    with sms_provider() as provider:
        form.sender.setText("+34600000001")
        form.account.setText(ACCOUNT_SID)
        form.base_url.setText(provider.url)
        form.token.setText(TOKEN)
        form.test_target.setText("+34612345678")
        form.send_test()
        qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=10_000)
    assert "Test SMS sent" in form.result.text(), form.result.text()
    assert provider.received[0]["To"] == "+34612345678"
