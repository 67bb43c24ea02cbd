"""The right-hand panel of the Contacts page: who the contact is and what they did, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.activity import ActivityRow, count_events, page_activity
from shopnurture.data.contacts import get_contact
from shopnurture.data.database import Database
from shopnurture.data.tables import Contact
from shopnurture.domain.contact_fields import format_phone_for_display
from shopnurture.gui.contacts.recommendations_box import RecommendationsBox
from shopnurture.gui.contacts.standing_box import StandingBox
from shopnurture.gui.formatting import format_date, format_datetime, format_money
from shopnurture.gui.labels import consent_label, event_type_label, phase_label

TIMELINE_LIMIT = 300


class ContactDetailPanel(QFrame):
    def __init__(self, database: Database, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._currency = currency
        self.contact_id: int | None = None
        self.setObjectName("detailPanel")
        self.setMinimumWidth(320)

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key, label in (
            ("phone", self.tr("Phone")),
            ("birthday", self.tr("Birthday")),
            ("place", self.tr("Lives in")),
            ("tags", self.tr("Tags")),
            ("consent", self.tr("Marketing")),
            ("score", self.tr("Lead score")),
            ("phase", self.tr("Phase")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fields[key] = value
            form.addRow(label, value)

        self.standing = StandingBox(database, currency)
        self.recommendations = RecommendationsBox(database, currency)
        self.timeline_title = QLabel()
        self.timeline_title.setObjectName("sectionTitle")
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Activity timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setUniformItemSizes(False)

        self.empty_hint = QLabel(self.tr("Select a contact to see their details and activity."))
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._content = QWidget()
        content_layout = QVBoxLayout(self._content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.title)
        content_layout.addWidget(self.subtitle)
        content_layout.addSpacing(6)
        content_layout.addLayout(form)
        content_layout.addSpacing(10)
        content_layout.addWidget(self.standing)
        content_layout.addSpacing(10)
        content_layout.addWidget(self.recommendations)
        content_layout.addSpacing(10)
        content_layout.addWidget(self.timeline_title)
        content_layout.addWidget(self.timeline, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.empty_hint, 1)
        layout.addWidget(self._content, 1)
        self.show_contact(None)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        contact: Contact | None = None
        events: list[ActivityRow] = []
        total = 0
        if contact_id is not None:
            with self._database.read_session() as session:
                contact = get_contact(session=session, contact_id=contact_id)
                if contact is not None:
                    events = page_activity(
                        session=session, contact_id=contact_id, limit=TIMELINE_LIMIT
                    )
                    total = count_events(session=session, contact_id=contact_id)
        self.empty_hint.setVisible(contact is None)
        self._content.setVisible(contact is not None)
        if contact is None:
            self.contact_id = None
            return
        self._show_fields(contact)
        self._show_timeline(events, total)
        self.recommendations.show_contact(contact_id)
        self.standing.show_contact(contact_id)
        self._show_live_standing()

    def _show_fields(self, contact: Contact) -> None:
        name = f"{contact.first_name} {contact.last_name}".strip() or self.tr("(no name)")
        self.title.setText(name)
        self.subtitle.setText(contact.email or "")
        place = ", ".join(part for part in (contact.city, contact.country) if part)
        self._fields["phone"].setText(format_phone_for_display(contact.phone))
        self._fields["birthday"].setText(format_date(contact.birthday))
        self._fields["place"].setText(place)
        self._fields["tags"].setText(contact.tags.replace(",", ", "))
        self._fields["consent"].setText(
            self.tr("Email: %1 · SMS: %2")
            .replace("%1", consent_label(contact.email_consent))
            .replace("%2", consent_label(contact.sms_consent))
        )
        self._fields["score"].setText(str(contact.lead_score))
        self._fields["phase"].setText(phase_label(contact.phase))

    def _show_live_standing(self) -> None:
        """Score and phase as of now, like the reasons below them; the stored ones (which
        segments and flows use) are named while the engine has not caught up yet."""
        standing = self.standing.standing
        if standing is None:
            return
        score, phase = str(standing.lead_score), phase_label(standing.phase)
        if standing.stored_score != standing.lead_score:
            score = self.tr("%1 (flows and segments still see %2)")
            score = score.replace("%1", str(standing.lead_score))
            score = score.replace("%2", str(standing.stored_score))
        if standing.stored_phase != standing.phase:
            phase = self.tr("%1 (flows and segments still see %2)")
            phase = phase.replace("%1", phase_label(standing.phase))
            phase = phase.replace("%2", phase_label(standing.stored_phase))
        self._fields["score"].setText(score)
        self._fields["phase"].setText(phase)

    def _show_timeline(self, events: list[ActivityRow], total: int) -> None:
        if total > len(events):
            self.timeline_title.setText(
                self.tr("Activity (latest %1 of %2)")
                .replace("%1", str(len(events)))
                .replace("%2", str(total))
            )
        else:
            self.timeline_title.setText(self.tr("Activity (%1)").replace("%1", str(total)))
        self.timeline.clear()
        if not events:
            self.timeline.addItem(QListWidgetItem(self.tr("No activity recorded yet.")))
            return
        for event in events:
            item = QListWidgetItem(self._describe(event))
            item.setToolTip(event.source or "")
            self.timeline.addItem(item)

    def _describe(self, event: ActivityRow) -> str:
        what = event_type_label(event.type)
        details: list[str] = []
        if event.product:
            details.append(event.product)
        elif event.category:
            details.append(event.category)
        if event.quantity and event.quantity > 1:
            details.append(f"× {event.quantity}")
        if event.value_cents is not None:
            details.append(format_money(event.value_cents, self._currency))
        if event.rating is not None:
            details.append("★" * event.rating)
        if event.duration_seconds:
            details.append(self.tr("%1 s on page").replace("%1", str(event.duration_seconds)))
        line = f"{format_datetime(event.occurred_at)}  ·  {what}"
        if details:
            line += "\n" + "  ·  ".join(details)
        return line
