"""The SQL behind the results report: set-based counts of runs, steps and messages in a
period, last-touch attribution of orders, holdout groups and abandoned carts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from shopnurture.data.sql_values import from_sql_time, json_list, sql_time
from shopnurture.domain.results import AttributedOrder, AttributionWindows, MessageCount

# One row per order (its lines share an order id; a line without one is an order alone).
_ORDERS_SQL = (
    "SELECT contact_id, coalesce(order_id, 'event:' || id) AS order_key, "
    "min(occurred_at) AS at, sum(coalesce(value_cents, 0)) AS value "
    "FROM activity_event WHERE type = 'order' AND occurred_at >= ? AND occurred_at < ? "
    "GROUP BY contact_id, order_key"
)
# Days between two stored times (the window test of attribution).
_DAYS_BETWEEN = "(julianday({later}) - julianday({earlier}))"


def entered_counts(*, session: Session, start: datetime, end: datetime) -> dict[int, int]:
    """flow id -> runs that entered in [start, end)."""
    rows = session.connection().exec_driver_sql(
        "SELECT flow_id, count(*) FROM flow_run WHERE entered_at >= ? AND entered_at < ? "
        "GROUP BY flow_id",
        (sql_time(start), sql_time(end)),
    )
    return {int(flow_id): int(count) for flow_id, count in rows}


def message_counts(*, session: Session, start: datetime, end: datetime) -> list[MessageCount]:
    """Messages by flow, node, channel, status and reason: sent ones by when they went out,
    the others by when they were due."""
    rows = session.connection().exec_driver_sql(
        "SELECT flow_id, node_id, channel, status, reason, count(*) FROM outbox_message "
        "WHERE status = 'sent' AND channel IN ('email', 'sms', 'owner') "
        "AND sent_at >= ? AND sent_at < ? GROUP BY flow_id, node_id, channel, status, reason "
        "UNION ALL "
        "SELECT flow_id, node_id, channel, status, reason, count(*) FROM outbox_message "
        "WHERE status IN ('queued', 'sending', 'failed', 'skipped') AND due_at >= ? AND due_at < ? "
        "GROUP BY flow_id, node_id, channel, status, reason",
        (sql_time(start), sql_time(end), sql_time(start), sql_time(end)),
    )
    return [MessageCount(*row[:5], int(row[5])) for row in rows]


def messaged_contacts(
    *, session: Session, start: datetime, end: datetime
) -> dict[tuple[int | None, str | None], int]:
    """(flow, node) -> distinct contacts sent an email or SMS; node None is the flow's total."""
    rows = session.connection().exec_driver_sql(
        "SELECT flow_id, node_id, count(DISTINCT contact_id) FROM outbox_message "
        "WHERE status = 'sent' AND channel IN ('email', 'sms') AND sent_at >= ? AND sent_at < ? "
        "GROUP BY flow_id, node_id "
        "UNION ALL SELECT flow_id, NULL, count(DISTINCT contact_id) FROM outbox_message "
        "WHERE status = 'sent' AND channel IN ('email', 'sms') AND sent_at >= ? AND sent_at < ? "
        "GROUP BY flow_id",
        (sql_time(start), sql_time(end), sql_time(start), sql_time(end)),
    )
    return {(flow_id, node_id): int(count) for flow_id, node_id, count in rows}


def node_steps(
    *, session: Session, start: datetime, end: datetime
) -> list[tuple[int, str, str | None, int]]:
    """(flow, node, outcome, distinct runs) from the step log in [start, end); outcome None
    counts the runs that reached the node whatever the outcome."""
    rows = session.connection().exec_driver_sql(
        "SELECT flow_id, node_id, outcome, count(DISTINCT run_id) FROM flow_step "
        "WHERE at >= ? AND at < ? GROUP BY flow_id, node_id, outcome "
        "UNION ALL SELECT flow_id, node_id, NULL, count(DISTINCT run_id) FROM flow_step "
        "WHERE at >= ? AND at < ? GROUP BY flow_id, node_id",
        (sql_time(start), sql_time(end), sql_time(start), sql_time(end)),
    )
    return [(int(flow), str(node), outcome, int(count)) for flow, node, outcome, count in rows]


def attributed_orders(
    *, session: Session, start: datetime, end: datetime, windows: AttributionWindows
) -> list[AttributedOrder]:
    """Orders placed in [start, end), each credited once: to the latest email or SMS sent to
    the contact before it whose window (by channel) still covers it. Uncredited orders are
    left out."""
    earliest = start - timedelta(days=windows.longest)
    rows = session.connection().exec_driver_sql(
        f"WITH orders AS ({_ORDERS_SQL}), touches AS ("
        "SELECT o.contact_id, o.order_key, o.at, o.value, m.id AS message_id, m.flow_id, "
        "m.node_id, m.channel, row_number() OVER (PARTITION BY o.contact_id, o.order_key "
        "ORDER BY m.sent_at DESC, m.id DESC) AS position "
        "FROM orders o JOIN outbox_message m ON m.contact_id = o.contact_id "
        "WHERE m.status = 'sent' AND m.channel IN ('email', 'sms') "
        "AND m.sent_at < o.at AND m.sent_at >= ? "
        f"AND {_DAYS_BETWEEN.format(later='o.at', earlier='m.sent_at')} "
        "<= CASE m.channel WHEN 'sms' THEN ? ELSE ? END) "
        "SELECT contact_id, order_key, at, value, message_id, flow_id, node_id, channel "
        "FROM touches WHERE position = 1 ORDER BY at",
        (sql_time(start), sql_time(end), sql_time(earliest), windows.sms_days, windows.email_days),
    )
    return [
        AttributedOrder(
            int(row[0]),
            str(row[1]),
            from_sql_time(row[2]),
            int(row[3]),  # type: ignore[arg-type]
            int(row[4]),
            row[5],
            row[6],
            str(row[7]),
        )  # fmt: skip
        for row in rows
    ]


def order_revenue(*, session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(orders, revenue in cents) of the whole shop in [start, end), credited or not."""
    row = (
        session.connection()
        .exec_driver_sql(
            f"SELECT count(*), coalesce(sum(value), 0) FROM ({_ORDERS_SQL})",
            (sql_time(start), sql_time(end)),
        )
        .one()
    )
    return int(row[0]), int(row[1])


@dataclass(frozen=True)
class HoldoutGroups:
    treated: int
    treated_converted: int
    control: int
    control_converted: int


def holdout_groups(
    *, session: Session, flow_id: int, node_ids: Iterable[str], start: datetime, end: datetime,
    window_days: float,
) -> HoldoutGroups:  # fmt: skip
    """Runs split by a holdout node in [start, end): passed on (treated) or held back
    (control), and how many of each ordered within `window_days` after the split."""
    rows = session.connection().exec_driver_sql(
        "SELECT s.outcome, count(*), sum(EXISTS (SELECT 1 FROM activity_event e "
        "WHERE e.contact_id = r.contact_id AND e.occurred_at > s.at AND e.type = 'order' "
        f"AND {_DAYS_BETWEEN.format(later='e.occurred_at', earlier='s.at')} <= ?)) "
        "FROM flow_step s JOIN flow_run r ON r.id = s.run_id "
        "WHERE s.flow_id = ? AND s.node_id IN (SELECT value FROM json_each(?)) "
        "AND s.outcome IN ('passed', 'holdout') AND s.at >= ? AND s.at < ? GROUP BY s.outcome",
        (window_days, flow_id, json_list(node_ids), sql_time(start), sql_time(end)),
    )
    found = {outcome: (int(count), int(converted or 0)) for outcome, count, converted in rows}
    treated, control = found.get("passed", (0, 0)), found.get("holdout", (0, 0))
    return HoldoutGroups(treated[0], treated[1], control[0], control[1])


def cart_runs(
    *, session: Session, flow_ids: Iterable[int], start: datetime, end: datetime,
    windows: AttributionWindows,
) -> list[tuple[int, datetime, bool, bool]]:  # fmt: skip
    """(flow, entered at, reminded, recovered) of every cart-flow run that entered in
    [start, end), the holdout group left out. Recovered: an order came within the window of
    one of the run's sent messages."""
    rows = session.connection().exec_driver_sql(
        "SELECT r.flow_id, r.entered_at, "
        "EXISTS (SELECT 1 FROM outbox_message m WHERE m.run_id = r.id AND m.status = 'sent' "
        "AND m.channel IN ('email', 'sms')), "
        "EXISTS (SELECT 1 FROM outbox_message m JOIN activity_event e "
        "ON e.contact_id = r.contact_id AND e.type = 'order' AND e.occurred_at > m.sent_at "
        f"AND {_DAYS_BETWEEN.format(later='e.occurred_at', earlier='m.sent_at')} "
        "<= CASE m.channel WHEN 'sms' THEN ? ELSE ? END "
        "WHERE m.run_id = r.id AND m.status = 'sent' AND m.channel IN ('email', 'sms')) "
        "FROM flow_run r WHERE r.flow_id IN (SELECT value FROM json_each(?)) "
        "AND r.entered_at >= ? AND r.entered_at < ? AND coalesce(r.exit_reason, '') <> 'holdout'",
        (windows.sms_days, windows.email_days, json_list(flow_ids), sql_time(start),
         sql_time(end)),
    )  # fmt: skip
    return [
        (int(flow), from_sql_time(at), bool(reminded), bool(recovered))  # type: ignore[misc]
        for flow, at, reminded, recovered in rows
    ]


def sent_by_hour(
    *, session: Session, start: datetime, end: datetime
) -> list[tuple[datetime, str, int]]:
    """(UTC hour, channel, messages sent): fine enough to regroup into local days."""
    rows = session.connection().exec_driver_sql(
        "SELECT substr(sent_at, 1, 13), channel, count(*) FROM outbox_message "
        "WHERE status = 'sent' AND channel IN ('email', 'sms') AND sent_at >= ? AND sent_at < ? "
        "GROUP BY 1, 2",
        (sql_time(start), sql_time(end)),
    )
    return [
        (from_sql_time(hour + ":00:00"), channel, int(count))  # type: ignore[misc]
        for hour, channel, count in rows
    ]


def phase_counts(
    *, session: Session, start: datetime, end: datetime
) -> tuple[dict[str, int], dict[str, int]]:
    """Contacts per journey phase: all of them, and those with activity in [start, end)."""
    rows = (
        session.connection()
        .exec_driver_sql(
            "SELECT c.phase, count(*), sum(EXISTS (SELECT 1 FROM activity_event e "
            "WHERE e.contact_id = c.id AND e.occurred_at >= ? AND e.occurred_at < ?)) "
            "FROM contact c GROUP BY c.phase",
            (sql_time(start), sql_time(end)),
        )
        .fetchall()
    )
    everyone = _counts((phase, count) for phase, count, _ in rows)
    active = _counts((phase, active) for phase, _, active in rows)
    return everyone, active


def _counts(rows: Iterable[Any]) -> dict[str, int]:
    return {str(key): int(value) for key, value in rows}
