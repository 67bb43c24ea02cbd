"""The Settings page: the shop's name, time zone, country, language and currency, and how
long after a message an order counts as its doing (the Results page's windows)."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from shopnurture.domain.results import EMAIL_WINDOW_KEY, SMS_WINDOW_KEY
from shopnurture.errors import UserError
from shopnurture.gui.form_fields import FieldRows
from shopnurture.gui.i18n import current_language
from shopnurture.services import autostart
from shopnurture.services.settings import change_setting, read_settings, stored_setting

_COUNTRIES = (
    "ES",
    "MX",
    "AR",
    "CO",
    "CL",
    "PE",
    "UY",
    "EC",
    "VE",
    "BO",
    "PY",
    "CR",
    "DO",
    "GT",
    "US",
    "PT",
)


class SettingsPage(QWidget):
    sig_settings_saved = Signal(dict)
    """Settings were stored; carries {key: new value} of those that changed."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._saved = read_settings(database)
        # Until the owner picks one, the app follows the system's language.
        self._saved["language"] = stored_setting(database, "language") or current_language()

        self.shop_name = QLineEdit(self._saved["shop_name"])
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zone for zone in available_timezones() if "/" in zone))
        self.timezone.setCurrentText(self._saved["timezone"])
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(_COUNTRIES)
        self.country.setCurrentText(self._saved["country"])
        self.language = QComboBox()
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self._saved["language"])))
        self.currency = QLineEdit(self._saved["currency"])
        self.currency.setMaxLength(3)

        form = QFormLayout()
        self.fields = FieldRows(form)
        for key, label, widget, help_text in (
            ("shop_name", self.tr("Shop name"), self.shop_name, self.tr("Shown in your messages.")),
            (
                "timezone",
                self.tr("Time zone"),
                self.timezone,
                self.tr("Used for contacts whose time zone is not known."),
            ),
            (
                "country",
                self.tr("Country"),
                self.country,
                self.tr("Phone numbers without a prefix are read as numbers of this country."),
            ),
            ("language", self.tr("Language"), self.language, self.tr("The language of this app.")),
            (
                "currency",
                self.tr("Currency"),
                self.currency,
                self.tr("Three letters, e.g. EUR, MXN, ARS."),
            ),
        ):
            self.fields.add(key, label, widget, hint=help_text)

        self.start_at_login = QCheckBox(self.tr("Start shopnurture when I log in"))
        self.start_at_login.setChecked(autostart.is_enabled())
        self.start_at_login.toggled.connect(self._on_start_at_login_toggled)
        self.fields.add(
            "start_at_login",
            self.tr("At login"),
            self.start_at_login,
            hint=self.tr("Your reminders go out even on days you forget to open it."),
        )

        self._add_attribution_windows(form)

        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button)

        location = QLabel(self.tr("Shop database: %1").replace("%1", str(database.path)))
        location.setObjectName("hint")
        location.setWordWrap(True)
        secrets = QLabel(
            self.tr(
                "Email and SMS passwords are never stored in the shop file: they are kept in "
                "your computer's password store (see the Email account and SMS account tabs)."
            )
        )
        secrets.setObjectName("hint")
        secrets.setWordWrap(True)

        content = QWidget()
        content.setMaximumWidth(720)
        # Wide enough that the wrapped hints keep to two or three lines: a form layout
        # sizes rows before their labels wrap, and a narrower column clipped the longest.
        content.setMinimumWidth(620)
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(form)
        content_layout.addLayout(buttons)
        content_layout.addSpacing(16)
        content_layout.addWidget(location)
        content_layout.addWidget(secrets)
        content_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(content)
        layout.addStretch(1)

    def _add_attribution_windows(self, form: QFormLayout) -> None:
        title = QLabel(self.tr("Results"))
        title.setObjectName("sectionTitle")
        form.addRow(title)
        self.email_window = QLineEdit(self._saved[EMAIL_WINDOW_KEY])
        self.sms_window = QLineEdit(self._saved[SMS_WINDOW_KEY])
        for key, label, widget, hint in (
            (
                EMAIL_WINDOW_KEY,
                self.tr("Days an email counts"),
                self.email_window,
                self.tr("An order placed up to this many days after an email counts as won by "
                        "its automation (0 to 90; usually 5)."),
            ),
            (
                SMS_WINDOW_KEY,
                self.tr("Days an SMS counts"),
                self.sms_window,
                self.tr("The same after an SMS (usually 1: an SMS is read at once)."),
            ),
        ):  # fmt: skip
            widget.setMaximumWidth(80)
            self.fields.add(key, label, widget, hint=hint)

    def _on_start_at_login_toggled(self, enabled: bool) -> None:
        try:
            autostart.set_enabled(enabled)
        except OSError as error:
            self.saved_label.setText(
                self.tr("Could not change it: %1").replace("%1", error.strerror or str(error))
            )
            return
        self.saved_label.setText(self.tr("Saved."))

    def values(self) -> dict[str, str]:
        return {
            "shop_name": self.shop_name.text(),
            "timezone": self.timezone.currentText(),
            "country": self.country.currentText(),
            "language": self.language.currentData(),
            "currency": self.currency.text(),
            EMAIL_WINDOW_KEY: self.email_window.text(),
            SMS_WINDOW_KEY: self.sms_window.text(),
        }

    def save(self) -> bool:
        """Store every changed setting; all or nothing when one is invalid."""
        self.fields.clear_errors()
        self.saved_label.clear()
        changed = {key: value for key, value in self.values().items() if value != self._saved[key]}
        from shopnurture.domain.shop_settings import clean_setting

        cleaned: dict[str, str] = {}
        for key, value in changed.items():
            try:
                cleaned[key] = clean_setting(key, value)
            except UserError as error:
                self.fields.show_error(key, error.message(current_language()))
        if len(cleaned) != len(changed):
            return False
        for key, value in cleaned.items():
            change_setting(self._database, key, value)
        self._saved.update(cleaned)
        self.saved_label.setText(self.tr("Saved."))
        if cleaned:
            self.sig_settings_saved.emit(cleaned)
        return True
