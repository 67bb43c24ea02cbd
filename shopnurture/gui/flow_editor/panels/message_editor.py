"""The message of a send node: start from a ready-made message, write the subject and text
per language, insert personal fields, see what is missing (unsubscribe link, opt-out) and,
for SMS, how many parts it takes."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopnurture.domain.flows import message_text
from shopnurture.domain.flows.message_library import LibraryMessage, message_library
from shopnurture.domain.sms_length import GSM7, sms_segments
from shopnurture.gui.flow_editor.panels.editors import ParamEditor
from shopnurture.gui.i18n import current_language
from shopnurture.messages import SUPPORTED_LANGUAGES, render_message

# Fields offered by "Insert a field", as template text.
INSERTABLE = (
    "{{ first_name }}", "{{ name }}", "{{ shop_name }}", "{{ product.name }}",
    "{{ product.price }}", "{{ value }}", "{{ coupon_code }}", "{{ coupon_expires }}",
    "{{ unsubscribe_url }}",
)  # fmt: skip
LANGUAGE_NAMES = {"es": "Español", "en": "English"}


class SmsCounter(QObject):
    """The words of the SMS counter (a QObject so that plural forms are translated)."""

    def describe(self, text: str) -> str:
        found = sms_segments(text)
        encoding = "GSM-7" if found.encoding == GSM7 else "UCS-2"
        segments, chars_left = max(found.segments, 1), found.chars_left
        parts = self.tr("%n SMS", "", segments)
        left = self.tr("%n character(s) left", "", chars_left)
        note = " " + self.tr("(accents like á í ó ú count)") if found.encoding != GSM7 else ""
        return f"{encoding} · {parts} · {left}{note}"


def segment_text(text: str) -> str:
    """ "GSM-7 · 1 SMS · 120 characters left" for `text` (the owner's language)."""
    return SmsCounter().describe(text)


class MessageEditor(ParamEditor):
    """Edits {language: {"subject", "body"}}; `channel` is email, sms or owner."""

    sig_library_chosen = Signal(str, object)
    """A ready-made message was picked: its name (the `template` parameter) and its texts."""

    def __init__(self, channel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self._message: dict[str, Any] = {}
        self._language = SUPPORTED_LANGUAGES[0]
        self._detail = ""
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.library = QComboBox()
        self.library.setAccessibleName(self.tr("Start from a ready-made message"))
        # Long message titles must not widen the panel: the list shows them in full.
        self.library.setMinimumContentsLength(20)
        self.library.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.library.addItem(self.tr("Start from a ready-made message…"), None)
        self._messages: list[LibraryMessage] = message_library(channel)
        for index, ready in enumerate(self._messages):
            self.library.addItem(self._library_title(ready), index)
        self.library.activated.connect(self._on_library_activated)
        column.addWidget(self.library)
        self.tabs = QTabBar()
        self.tabs.setAccessibleName(self.tr("Language of the text"))
        for language in SUPPORTED_LANGUAGES:
            self.tabs.addTab(LANGUAGE_NAMES.get(language, language))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        column.addWidget(self.tabs)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        if channel != "sms":
            form.addRow(self.tr("Subject"), self.subject)
        column.addLayout(form)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(140 if channel != "sms" else 90)
        self.body.installEventFilter(self)
        column.addWidget(self.body)
        self.insert_button = QToolButton()
        self.insert_button.setText(self.tr("Insert a field"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.insert_button)
        for field in INSERTABLE:
            action = QAction(field, menu)
            action.triggered.connect(lambda _checked=False, text=field: self._insert(text))
            menu.addAction(action)
        self.insert_button.setMenu(menu)
        column.addWidget(self.insert_button)
        self.counter = QLabel()
        self.counter.setObjectName("hint")
        self.counter.setAccessibleName(self.tr("SMS length"))
        self.counter.setVisible(channel == "sms")
        column.addWidget(self.counter)
        self.warnings = QLabel()
        self.warnings.setObjectName("hint")
        self.warnings.setWordWrap(True)
        column.addWidget(self.warnings)
        self.row.addLayout(column, 1)
        self.subject.textEdited.connect(lambda _text: self._on_text_edited())
        self.subject.editingFinished.connect(self.sig_committed.emit)
        self.body.textChanged.connect(self._on_text_edited)

    def _library_title(self, ready: LibraryMessage) -> str:
        texts = {language: (subject, body) for language, subject, body in ready.texts}
        subject, body = texts.get(current_language()) or next(iter(texts.values()), ("", ""))
        first_line = subject or body.split("\n")[0]
        automation = render_message(f"flow.template.{ready.automation}.name", current_language())
        return f"{automation}: {first_line[:60]}"

    # ParamEditor ---------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        self._message = copy.deepcopy(value or {})
        self._show_language()

    def parsed(self) -> tuple[Any, str | None]:
        message = self.current_message()
        texts = message.get(self._language) or {}
        for part in ("subject", "body"):
            problem = message_text.template_problem(str(texts.get(part) or ""))
            if problem is not None:
                self._detail = problem[1]
                return None, problem[0]
        self._detail = ""
        return message, None

    def describe(self, reason: str) -> str:
        text = super().describe(reason)
        return f"{text} {self._detail}".strip()

    # Editing -------------------------------------------------------------------------------

    def current_message(self) -> dict[str, Any]:
        """The message with the texts on screen put in for the language shown."""
        message = copy.deepcopy(self._message)
        texts = {"body": self.body.toPlainText()}
        if self.channel != "sms":
            texts["subject"] = self.subject.text()
        if texts["body"].strip() or texts.get("subject", "").strip():
            message[self._language] = {**message.get(self._language, {}), **texts}
        else:
            message.pop(self._language, None)
        return message

    def language(self) -> str:
        return self._language

    def _show_language(self) -> None:
        texts = self._message.get(self._language) or {}
        self.body.blockSignals(True)
        if self.subject.text() != str(texts.get("subject") or ""):
            self.subject.setText(str(texts.get("subject") or ""))
        if self.body.toPlainText() != str(texts.get("body") or ""):
            self.body.setPlainText(str(texts.get("body") or ""))
        self.body.blockSignals(False)
        self._refresh_notes()

    def _on_text_edited(self) -> None:
        self._refresh_notes()
        self.sig_edited.emit()

    def _refresh_notes(self) -> None:
        body = self.body.toPlainText()
        sample = message_text.render_sample(body)
        if self.channel == "sms":
            self.counter.setText(
                self.tr("With sample values: %1").replace("%1", segment_text(sample))
            )
        warnings = []
        language = current_language()
        names = {"node": "", "in_language": LANGUAGE_NAMES.get(self._language, self._language)}
        if body.strip():
            if self.channel == "email" and not message_text.has_unsubscribe_link(body):
                warnings.append(render_message("flow.problem.no_unsubscribe", language, **names))
            if self.channel == "sms" and not message_text.has_opt_out(body):
                warnings.append(render_message("flow.problem.no_opt_out", language, **names))
            segments = message_text.sms_segments(sample)
            if self.channel == "sms" and segments > message_text.MAX_SMS_SEGMENTS:
                warnings.append(render_message(
                    "flow.problem.sms_too_long", language, segments=segments, **names))  # fmt: skip
        self.warnings.setText("\n".join(" ".join(w.split()) for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _insert(self, text: str) -> None:
        target = self.subject if self.subject.hasFocus() else self.body
        target.insert(text) if target is self.subject else self.body.insertPlainText(text)
        self.sig_edited.emit()
        self.sig_committed.emit()

    def _on_tab_changed(self, index: int) -> None:
        self.sig_committed.emit()  # the language being left is committed first
        self._message = self.current_message()
        self._language = SUPPORTED_LANGUAGES[index]
        self._show_language()

    def _on_library_activated(self, index: int) -> None:
        position = self.library.itemData(index)
        self.library.setCurrentIndex(0)
        if position is None:
            return
        ready = self._messages[int(position)]
        self._message = ready.message()
        self._show_language()
        self.sig_library_chosen.emit(ready.name, ready.message())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.body and event.type() == QEvent.Type.FocusOut:
            self.sig_committed.emit()
        return super().eventFilter(watched, event)
