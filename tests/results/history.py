"""Writing a flow's history straight into a test shop: flows, runs, steps, sent messages and
orders, at chosen moments, so every figure of the report can be computed by hand."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from typing import Any

from shopnurture.data.database import Database
from shopnurture.data.sql_values import sql_time
from shopnurture.domain.flows.model import FlowGraph, Link, Node
from shopnurture.domain.flows.serialization import flow_to_document

# Tuesday 10 March 2026, 12:00 UTC: inside the report period "March 2026" (Madrid time).
T = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
_keys = itertools.count(1)


class History:
    def __init__(self, database: Database) -> None:
        self.database = database

    def _run_sql(self, statement: str, *params: Any) -> int:
        with self.database.write_session() as session:
            result = session.connection().exec_driver_sql(statement, params)
            return int(result.lastrowid or 0)

    def contact(self, email: str) -> int:
        return self._run_sql(
            "INSERT INTO contact (email, first_name, email_consent, sms_consent, created_at, "
            "updated_at) VALUES (?, 'Ana', 'granted', 'granted', ?, ?)",
            email, sql_time(T), sql_time(T),
        )  # fmt: skip

    def flow(self, name: str, *nodes: tuple[str, str], status: str = "active") -> int:
        """A flow whose nodes (id, kind) are chained in order."""
        graph = FlowGraph(name=name, nodes={i: Node(i, kind) for i, kind in nodes})
        graph.links = [Link(a[0], "next", b[0]) for a, b in itertools.pairwise(nodes)]
        return self._run_sql(
            "INSERT INTO flow (name, status, priority, definition, version, created_at, "
            "updated_at) VALUES (?, ?, 50, ?, 1, ?, ?)",
            name, status, json.dumps(flow_to_document(graph)), sql_time(T), sql_time(T),
        )  # fmt: skip

    def run(
        self, flow_id: int, contact_id: int, entered: datetime, exit_reason: str | None = None
    ) -> int:
        return self._run_sql(
            "INSERT INTO flow_run (flow_id, contact_id, flow_version, status, context, "
            "entered_at, exit_reason) VALUES (?, ?, 1, ?, '{}', ?, ?)",
            flow_id, contact_id, "exited" if exit_reason else "waiting", sql_time(entered),
            exit_reason,
        )  # fmt: skip

    def step(self, run_id: int, flow_id: int, node_id: str, outcome: str, at: datetime) -> None:
        self._run_sql(
            "INSERT INTO flow_step (run_id, flow_id, node_id, outcome, at) VALUES (?, ?, ?, ?, ?)",
            run_id, flow_id, node_id, outcome, sql_time(at),
        )  # fmt: skip

    def message(
        self, flow_id: int, run_id: int | None, contact_id: int, node_id: str, at: datetime,
        *, channel: str = "email", status: str = "sent", reason: str | None = None,
    ) -> int:  # fmt: skip
        return self._run_sql(
            "INSERT INTO outbox_message (run_id, flow_id, contact_id, node_id, channel, "
            "recipient, body_text, status, reason, attempts, idempotency_key, due_at, sent_at, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'hola', ?, ?, 0, ?, ?, ?, ?, ?)",
            run_id, flow_id, contact_id, node_id, channel, status, reason,
            f"test-{next(_keys)}", sql_time(at), sql_time(at) if status == "sent" else None,
            sql_time(at), sql_time(at),
        )  # fmt: skip

    def order(
        self, contact_id: int, at: datetime, *values: int, order_id: str | None = None,
        sku: str = "SKU-1",
    ) -> None:  # fmt: skip
        """An order of one line per value (same order id), or one line without an id."""
        for value in values:
            self._run_sql(
                "INSERT INTO activity_event (contact_id, type, occurred_at, sku, value_cents, "
                "order_id, created_at) VALUES (?, 'order', ?, ?, ?, ?, ?)",
                contact_id, sql_time(at), sku, value, order_id, sql_time(at),
            )  # fmt: skip

    def event(self, contact_id: int, type_: str, at: datetime) -> None:
        self._run_sql(
            "INSERT INTO activity_event (contact_id, type, occurred_at, created_at) "
            "VALUES (?, ?, ?, ?)",
            contact_id, type_, sql_time(at), sql_time(at),
        )  # fmt: skip
