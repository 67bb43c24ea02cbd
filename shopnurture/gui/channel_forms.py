"""Settings forms for the owner's sending accounts (email over SMTP, SMS over a provider).

Passwords and tokens go to the system keyring (or, without one, are kept for this session
only, which the form says). Test sends run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.domain.channel_settings import clean_email_settings, clean_sms_settings
from shopnurture.errors import UserError, ValidationError
from shopnurture.gui.form_fields import FieldRows
from shopnurture.gui.i18n import current_language
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.channels import (
    read_email_settings,
    read_sms_settings,
    save_email_settings,
    save_sms_settings,
)
from shopnurture.services.credentials import Credentials
from shopnurture.services.doctor import send_test_email, send_test_sms


class _AccountForm(QWidget):
    sig_saved = Signal()
    """The account settings were stored."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.credentials = Credentials()
        self.form = QFormLayout()
        self.fields = FieldRows(self.form)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("hint")
        self.task: Task | None = None

    def _field(self, key: str, label: str, widget: QWidget) -> QWidget:
        return self.fields.add(key, label, widget)

    def _finish_layout(self, save_text: str, test_text: str, test_target: QLineEdit) -> None:
        self.save_button = QPushButton(save_text)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.test_target = test_target
        self.test_button = QPushButton(test_text)
        self.test_button.clicked.connect(self.send_test)
        keyring_note = QLabel(
            self.tr("Passwords are kept in your computer's password store, never in the shop file.")
            if self.credentials.is_persistent
            else UserError("credentials.no_keyring").message(current_language())
        )
        keyring_note.setObjectName("hint")
        keyring_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_target, 1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(keyring_note)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def _show_errors(self, error: ValidationError | None) -> None:
        self.fields.clear_errors()
        if error is not None:
            key = error.field if self.fields.has(error.field) else "from_address"
            self.fields.show_error(key, error.message(current_language()))

    def _run_test(self, work: Callable[[], None], done_text: str) -> None:
        self.result.setText(self.tr("Sending a test…"))
        self.test_button.setEnabled(False)

        def finished(_result: object) -> None:
            self.test_button.setEnabled(True)
            self.result.setText(done_text)

        def failed(error: Exception) -> None:
            self.test_button.setEnabled(True)
            message = (
                error.message(current_language()) if isinstance(error, UserError) else str(error)
            )
            self.result.setText(message)

        self.task = run_in_background(work, on_finished=finished, on_failed=failed)

    # Each form says how to read its fields, store them, send a test, and what to say.
    secret_field: QLineEdit
    saved_text = ""
    test_sent_text = ""

    def _cleaned(self) -> object:
        raise NotImplementedError

    def _store(self, settings: object, secret: str | None) -> None:
        raise NotImplementedError

    def _send_test(self, target: str, language: str) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        """Check every field and store the account (the secret only when one was typed)."""
        try:
            settings = self._cleaned()
        except ValidationError as error:
            self._show_errors(error)
            return False
        self._show_errors(None)
        try:
            self._store(settings, self.secret_field.text() or None)
        except UserError as error:
            self.result.setText(error.message(current_language()))
            return False
        self.secret_field.clear()  # never left on screen
        self.result.setText(self.saved_text)
        self.sig_saved.emit()
        return True

    def send_test(self) -> None:
        if not self.save():
            return
        target, language = self.test_target.text().strip(), current_language()
        self._run_test(
            lambda: self._send_test(target, language), self.test_sent_text.replace("%1", target)
        )


class EmailAccountForm(_AccountForm):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        saved = read_email_settings(database)
        self.host = self._field(
            "host", self.tr("Mail server (SMTP)"), QLineEdit(saved.host if saved else "")
        )
        self.port = self._field(
            "port", self.tr("Port"), QLineEdit(str(saved.port) if saved else "587")
        )
        self.security = QComboBox()
        for value, label in (("starttls", "STARTTLS (587)"), ("ssl", "SSL/TLS (465)"),
                             ("none", self.tr("None (this computer only)"))):  # fmt: skip
            self.security.addItem(label, value)
        self.security.setCurrentIndex(
            max(0, self.security.findData(saved.security if saved else "starttls"))
        )
        self._field("security", self.tr("Security"), self.security)
        self.username = self._field(
            "username", self.tr("User name"), QLineEdit(saved.username or "" if saved else "")
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty to keep the saved password"))
        self._field("password", self.tr("Password"), self.password)
        self.from_address = self._field(
            "from_address",
            self.tr("Send as (email)"),
            QLineEdit(saved.from_address if saved else ""),
        )
        self.from_name = self._field(
            "from_name", self.tr("Send as (name)"), QLineEdit(saved.from_name if saved else "")
        )
        self.reply_to = self._field(
            "reply_to", self.tr("Replies to"), QLineEdit(saved.reply_to or "" if saved else "")
        )
        self.daily_limit = self._field(
            "daily_limit",
            self.tr("At most per day"),
            QLineEdit(str(saved.daily_limit) if saved else "500"),
        )
        self.unsubscribe_url = self._field(
            "unsubscribe_url",
            self.tr("Unsubscribe page (optional, https)"),
            QLineEdit(saved.unsubscribe_url or "" if saved else ""),
        )
        target = QLineEdit(saved.from_address if saved else "")
        target.setPlaceholderText(self.tr("Send the test to…"))
        target.setAccessibleName(self.tr("Test email address"))
        self.secret_field = self.password
        self.saved_text = self.tr("Email account saved.")
        self.test_sent_text = self.tr("Test email sent to %1: check that inbox.")
        self._finish_layout(self.tr("Save email account"), self.tr("Send a test email"), target)

    def _cleaned(self) -> object:
        return clean_email_settings(
            host=self.host.text(), port=self.port.text(), security=self.security.currentData(),
            from_address=self.from_address.text(), from_name=self.from_name.text(),
            username=self.username.text(), reply_to=self.reply_to.text(),
            daily_limit=self.daily_limit.text(), unsubscribe_url=self.unsubscribe_url.text(),
        )  # fmt: skip

    def _store(self, settings: object, secret: str | None) -> None:
        save_email_settings(self.database, settings, credentials=self.credentials, password=secret)  # type: ignore[arg-type]

    def _send_test(self, target: str, language: str) -> None:
        send_test_email(self.database, target, self.credentials, language)


class SmsAccountForm(_AccountForm):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        saved = read_sms_settings(database)
        self.provider = QComboBox()
        self.provider.addItem("Twilio", "twilio")
        self.provider.addItem(self.tr("Other provider (HTTP gateway)"), "http")
        self.provider.setCurrentIndex(
            max(0, self.provider.findData(saved.provider if saved else "twilio"))
        )
        self._field("provider", self.tr("Provider"), self.provider)
        self.sender = self._field(
            "sender",
            self.tr("Send from (number or service)"),
            QLineEdit(saved.sender if saved else ""),
        )
        self.account = self._field(
            "account",
            self.tr("Account (Twilio Account SID)"),
            QLineEdit(saved.account if saved else ""),
        )
        self.base_url = self._field(
            "base_url",
            self.tr("Address of the service"),
            QLineEdit(saved.base_url if saved else ""),
        )
        self.base_url.setPlaceholderText("https://api.twilio.com")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("Leave empty to keep the saved token"))
        self._field("token", self.tr("Token"), self.token)
        target = QLineEdit()
        target.setPlaceholderText(self.tr("Send the test to (+34…)"))
        target.setAccessibleName(self.tr("Test phone number"))
        self.secret_field = self.token
        self.saved_text = self.tr("SMS account saved.")
        self.test_sent_text = self.tr("Test SMS sent to %1.")
        self._finish_layout(self.tr("Save SMS account"), self.tr("Send a test SMS"), target)

    def _cleaned(self) -> object:
        return clean_sms_settings(
            provider=self.provider.currentData(), sender=self.sender.text(),
            account=self.account.text(), base_url=self.base_url.text() or None,
        )  # fmt: skip

    def _store(self, settings: object, secret: str | None) -> None:
        save_sms_settings(self.database, settings, credentials=self.credentials, token=secret)  # type: ignore[arg-type]

    def _send_test(self, target: str, language: str) -> None:
        send_test_sms(self.database, target, self.credentials, language)
