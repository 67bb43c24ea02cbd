"""The form to add or edit one contact: each field says what is wrong as the owner types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.domain.contact_draft import ContactDraft
from shopnurture.domain.contact_fields import (
    format_phone_for_display,
    normalize_email,
    normalize_phone,
)
from shopnurture.errors import UserError, ValidationError
from shopnurture.gui.form_fields import FieldRows
from shopnurture.gui.formatting import short_date_pattern
from shopnurture.gui.i18n import current_language
from shopnurture.gui.labels import consent_label, consent_states
from shopnurture.services.contacts import ContactInvalid, save_contact

_NO_BIRTHDAY = QDate(1900, 1, 1)


class ContactDialog(QDialog):
    """Add (contact_id None) or edit a contact. After `accept()`, `saved_contact_id` is set."""

    def __init__(
        self,
        database: Database,
        *,
        default_country: str,
        draft: ContactDraft | None = None,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._default_country = default_country
        self._contact_id = contact_id
        self.saved_contact_id: int | None = None
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        self.setMinimumWidth(460)
        # Fields the form does not show (external id, custom fields) are carried through.
        self._original = draft or ContactDraft(country=default_country)
        self._build(self._original)

    # Layout ----------------------------------------------------------------------------
    def _build(self, draft: ContactDraft) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldRows(form)
        self.first_name = self._line(draft.first_name, self.tr("First name"))
        self.last_name = self._line(draft.last_name, self.tr("Last names"))
        self.email = self._line(draft.email, "nombre@ejemplo.com")
        self.phone = self._line(
            format_phone_for_display(draft.phone) or draft.phone, "+34 612 345 678"
        )
        self.birthday = QDateEdit()
        self.birthday.setCalendarPopup(True)
        self.birthday.setMinimumDate(_NO_BIRTHDAY)
        self.birthday.setSpecialValueText(self.tr("Not known"))
        self.birthday.setDisplayFormat(short_date_pattern())
        self.birthday.setDate(_to_qdate(draft.birthday) if draft.birthday else _NO_BIRTHDAY)
        self.birthday.setAccessibleName(self.tr("Birthday"))
        self.language = QComboBox()
        for code, label in (("", self.tr("Not known")), ("es", "Español"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.country = self._line(draft.country, "ES")
        self.country.setMaxLength(2)
        self.city = self._line(draft.city, "")
        self.time_zone = self._line(draft.time_zone, "Europe/Madrid")
        self.tags = self._line(draft.tags, self.tr("vip, newsletter"))
        self.email_consent = self._consent_combo(draft.email_consent)
        self.sms_consent = self._consent_combo(draft.sms_consent)

        for name, label, widget in (
            ("first_name", self.tr("First name"), self.first_name),
            ("last_name", self.tr("Last names"), self.last_name),
            ("email", self.tr("Email"), self.email),
            ("phone", self.tr("Mobile phone"), self.phone),
            ("birthday", self.tr("Birthday"), self.birthday),
            ("language", self.tr("Language"), self.language),
            ("country", self.tr("Country"), self.country),
            ("city", self.tr("City"), self.city),
            ("time_zone", self.tr("Time zone"), self.time_zone),
            ("tags", self.tr("Tags"), self.tags),
            ("email_consent", self.tr("Accepts marketing email"), self.email_consent),
            ("sms_consent", self.tr("Accepts marketing SMS"), self.sms_consent),
        ):
            self.fields.add(name, label, widget)

        self.email.textEdited.connect(self._check_email)
        self.phone.textEdited.connect(self._check_phone)
        self.country.textEdited.connect(self._check_phone)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.general_error = QLabel()
        self.general_error.setObjectName("errorLabel")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _line(self, text: str | None, placeholder: str) -> QLineEdit:
        line = QLineEdit(text or "")
        line.setPlaceholderText(placeholder)
        return line

    def _consent_combo(self, value: str) -> QComboBox:
        combo = QComboBox()
        for state in consent_states():
            combo.addItem(consent_label(state), state)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    # Validation ------------------------------------------------------------------------
    def field_error(self, name: str) -> str:
        return self.fields.error(name)

    def _check_email(self) -> None:
        try:
            normalize_email(self.email.text())
            self.fields.show_error("email", None)
        except ValidationError as error:
            self.fields.show_error("email", error.message(current_language()))

    def _check_phone(self) -> None:
        country = self.country.text().strip().upper() or self._default_country
        try:
            normalize_phone(
                self.phone.text(), country if len(country) == 2 else self._default_country
            )
            self.fields.show_error("phone", None)
        except ValidationError as error:
            self.fields.show_error("phone", error.message(current_language()))

    def draft(self) -> ContactDraft:
        birthday = self.birthday.date()
        return ContactDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            birthday=None
            if birthday == _NO_BIRTHDAY
            else date(birthday.year(), birthday.month(), birthday.day()),
            language=self.language.currentData() or "",
            country=self.country.text(),
            city=self.city.text(),
            time_zone=self.time_zone.text(),
            tags=self.tags.text(),
            email_consent=self.email_consent.currentData(),
            sms_consent=self.sms_consent.currentData(),
            external_id=self._original.external_id,
            custom_fields=dict(self._original.custom_fields),
        )

    def _save(self) -> None:
        self.fields.clear_errors()
        self.general_error.hide()
        try:
            self.saved_contact_id = save_contact(
                self._database, self.draft(), contact_id=self._contact_id, today=date.today()
            )
        except ContactInvalid as invalid:
            for name, error in invalid.errors.items():
                self.fields.show_error(name, error.message(current_language()))
            first = next(iter(invalid.errors))
            widget = getattr(self, first, None)
            if isinstance(widget, QWidget):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except UserError as error:
            self.general_error.setText(error.message(current_language()))
            self.general_error.show()
            return
        self.accept()


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
