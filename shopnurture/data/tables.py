"""The shop's tables as SQLModel classes.

Conventions: datetimes are aware UTC (stored as UTC text, read back aware); money is in
cents of the shop's currency; lists (tags, related SKUs) are comma-separated; free-form
extras are JSON text.
The schema on disk is built by `migrations.py`; a test checks the two agree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, text
from sqlmodel import Field, SQLModel


class Contact(SQLModel, table=True):
    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_email", "email", unique=True),
        Index("ix_contact_phone", "phone"),
        Index("ix_contact_external_id", "external_id"),
        Index("ix_contact_last_name", "last_name", "first_name", "id"),
        Index("ix_contact_created_at", "created_at", "id"),
        Index("ix_contact_lead_score", "lead_score", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    email: str | None = None
    phone: str | None = None
    first_name: str = ""
    last_name: str = ""
    birthday: date | None = None
    language: str | None = None
    country: str | None = None
    city: str | None = None
    time_zone: str | None = None
    tags: str = ""
    email_consent: str = "unknown"
    email_consent_at: datetime | None = None
    email_consent_source: str | None = None
    sms_consent: str = "unknown"
    sms_consent_at: datetime | None = None
    sms_consent_source: str | None = None
    lead_score: int = 0
    phase: str = "awareness"
    external_id: str | None = None
    custom_fields: str = "{}"
    search_text: str = ""
    created_at: datetime
    updated_at: datetime


class ActivityEvent(SQLModel, table=True):
    __tablename__ = "activity_event"
    __table_args__ = (
        Index("ix_activity_contact_time", "contact_id", "occurred_at"),
        # Covers what segments filter activity on (data/segments.py), as well as type + time.
        Index(
            "ix_activity_type_time_contact", "type", "occurred_at", "contact_id", "sku", "category"
        ),
        Index(
            "ix_activity_order_lines",
            "contact_id",
            "occurred_at",
            "order_id",
            "value_cents",
            sqlite_where=text("type = 'order'"),
        ),
        Index("ix_activity_time", "occurred_at"),
        Index("ix_activity_order_id", "order_id"),
        Index("ix_activity_dedup_key", "dedup_key", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    )
    type: str
    occurred_at: datetime
    sku: str | None = None
    product: str | None = None
    category: str | None = None
    quantity: int | None = None
    value_cents: int | None = None
    order_id: str | None = None
    rating: int | None = None
    duration_seconds: int | None = None
    source: str | None = None
    dedup_key: str | None = None
    created_at: datetime


class Product(SQLModel, table=True):
    __tablename__ = "product"
    __table_args__ = (
        Index("ix_product_sku", "sku", unique=True),
        Index("ix_product_category", "category"),
    )

    id: int | None = Field(default=None, primary_key=True)
    sku: str
    name: str = ""
    category: str | None = None
    price_cents: int | None = None
    stock: int | None = None
    kind: str | None = None
    units_per_pack: int | None = None
    units_per_day: float | None = None
    shipping_days: int | None = None
    upgrade_sku: str | None = None
    related_skus: str = ""
    created_at: datetime
    updated_at: datetime


class Flow(SQLModel, table=True):
    __tablename__ = "flow"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    description: str = ""
    template_key: str | None = None
    status: str = "draft"
    priority: int = 50
    definition: str = "{}"
    version: int = 1
    activated_at: datetime | None = None
    created_at: datetime
    updated_at: datetime


class FlowVersion(SQLModel, table=True):
    """A definition a flow was activated with; runs follow the one of their `flow_version`."""

    __tablename__ = "flow_version"

    flow_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("flow.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    version: int = Field(primary_key=True)
    definition: str
    created_at: datetime


class FlowRun(SQLModel, table=True):
    __tablename__ = "flow_run"
    __table_args__ = (
        Index("ix_flow_run_due", "status", "due_at"),
        Index("ix_flow_run_contact", "contact_id", "flow_id"),
        Index("ix_flow_run_entered", "entered_at", "flow_id"),
        # At most one live run per contact and flow.
        Index(
            "ux_flow_run_live",
            "flow_id",
            "contact_id",
            unique=True,
            sqlite_where=text("status IN ('active', 'waiting')"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    flow_id: int = Field(
        sa_column=Column(Integer, ForeignKey("flow.id", ondelete="CASCADE"), nullable=False)
    )
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    )
    flow_version: int = 1
    status: str = "active"
    current_node: str | None = None
    due_at: datetime | None = None
    context: str = "{}"
    entered_at: datetime
    exited_at: datetime | None = None
    exit_reason: str | None = None


class OutboxMessage(SQLModel, table=True):
    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_status_due", "status", "due_at"),
        Index("ix_outbox_contact", "contact_id", "created_at"),
        Index("ix_outbox_idempotency_key", "idempotency_key", unique=True),
        Index("ix_outbox_run", "run_id", "status"),
        Index("ix_outbox_sent", "channel", "sent_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    run_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("flow_run.id", ondelete="SET NULL"), nullable=True),
    )
    flow_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("flow.id", ondelete="SET NULL"), nullable=True),
    )
    contact_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="SET NULL"), nullable=True),
    )
    node_id: str | None = None
    channel: str
    template: str | None = None
    recipient: str = ""
    subject: str | None = None
    body_text: str = ""
    body_html: str | None = None
    status: str = "queued"
    reason: str | None = None
    attempts: int = 0
    idempotency_key: str
    due_at: datetime
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    provider_message_id: str | None = None
    created_at: datetime
    updated_at: datetime


class ConsentLogEntry(SQLModel, table=True):
    """Append-only (triggers refuse UPDATE and DELETE): every change of consent, ever.

    `contact_id` has no foreign key on purpose: the entry outlives a forgotten contact,
    which is then known only by `subject_hash`.
    """

    __tablename__ = "consent_log"
    __table_args__ = (Index("ix_consent_log_contact", "contact_id", "recorded_at"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int | None = None
    subject_hash: str | None = None
    channel: str
    status: str
    source: str
    source_detail: str | None = None
    occurred_at: datetime
    recorded_at: datetime


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
    updated_at: datetime


class ImportMapping(SQLModel, table=True):
    """How the owner mapped the columns of a spreadsheet, reused for files with its header."""

    __tablename__ = "import_mapping"
    __table_args__ = (
        Index("ix_import_mapping_signature", "kind", "header_signature", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    header_signature: str
    headers: str = "[]"
    mapping: str = "{}"
    created_at: datetime
    updated_at: datetime


class FlowSchedule(SQLModel, table=True):
    """A time-based trigger waiting for its moment (a cart's grace period, a replenishment).

    One per flow and `trigger_key`; `anchor_at` is the activity that set it, so a later
    purchase replaces the schedule an older one made.
    """

    __tablename__ = "flow_schedule"
    __table_args__ = (
        Index("ux_flow_schedule_key", "flow_id", "trigger_key", unique=True),
        Index("ix_flow_schedule_due", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    flow_id: int = Field(
        sa_column=Column(Integer, ForeignKey("flow.id", ondelete="CASCADE"), nullable=False)
    )
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    )
    trigger_node: str
    trigger_key: str
    due_at: datetime
    anchor_at: datetime
    context: str = "{}"
    created_at: datetime


class FlowStep(SQLModel, table=True):
    """The log of every node a run passed, and how (`outcome`: passed, yes, message, stale...).

    `run_id` has no foreign key: the log is history and outlives a run deleted with its contact.
    """

    __tablename__ = "flow_step"
    __table_args__ = (
        Index("ix_flow_step_run", "run_id"),
        Index("ix_flow_step_flow_node", "flow_id", "node_id", "outcome"),
        Index("ix_flow_step_at", "at", "flow_id", "node_id", "outcome", "run_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    run_id: int
    flow_id: int = Field(
        sa_column=Column(Integer, ForeignKey("flow.id", ondelete="CASCADE"), nullable=False)
    )
    node_id: str
    outcome: str
    at: datetime


class CouponCode(SQLModel, table=True):
    """A coupon code from an imported list; assigned once, to one contact."""

    __tablename__ = "coupon_code"
    __table_args__ = (
        Index("ux_coupon_code", "list_name", "code", unique=True),
        Index("ix_coupon_code_free", "list_name", "assigned_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    list_name: str
    code: str
    contact_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="SET NULL"), nullable=True),
    )
    run_id: int | None = None
    assigned_at: datetime | None = None
    expires_at: datetime | None = None
    created_at: datetime


class ScoreAdjustment(SQLModel, table=True):
    """Points that flows gave or took ("change score"), added to the score from activity."""

    __tablename__ = "score_adjustment"

    contact_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    points: int = 0
    updated_at: datetime


class Suppression(SQLModel, table=True):
    """An address that must get no more marketing (a server refused it for good, 5xx)."""

    __tablename__ = "suppression"
    __table_args__ = (Index("ux_suppression_address", "channel", "address", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str
    address: str
    reason: str
    created_at: datetime


class ForgottenSubject(SQLModel, table=True):
    """Someone the owner asked to forget, known only by a salted hash of one address.

    `channel` says which address was hashed (`email` or `sms` for the phone); a new contact
    with a matching address gets no marketing consent (see `data/privacy.py`).
    """

    __tablename__ = "forgotten_subject"
    __table_args__ = (Index("ux_forgotten_subject_hash", "subject_hash", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    subject_hash: str
    channel: str
    created_at: datetime


class Segment(SQLModel, table=True):
    """A segment the owner saved: its rules as versioned JSON (domain/segments.py)."""

    __tablename__ = "segment"
    __table_args__ = (Index("ux_segment_name", "name", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    definition: str = "{}"
    created_at: datetime
    updated_at: datetime
    members_at: datetime | None = None  # when segment_member was last taken (flow triggers)


class SegmentMember(SQLModel, table=True):
    """A contact in a saved segment at the last tick (for "entered the segment" triggers)."""

    __tablename__ = "segment_member"
    __table_args__ = (Index("ix_segment_member_contact", "contact_id"),)

    segment_id: int = Field(
        sa_column=Column(Integer, ForeignKey("segment.id", ondelete="CASCADE"), primary_key=True)
    )
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    )


class ScoreHistory(SQLModel, table=True):
    """A contact's lead score and phase after a refresh that changed either."""

    __tablename__ = "score_history"
    __table_args__ = (Index("ix_score_history_contact", "contact_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    )
    at: datetime
    lead_score: int
    phase: str
