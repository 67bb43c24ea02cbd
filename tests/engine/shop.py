"""A small shop on a real SQLite file, driven like the owner would: rows in, CLI with --now."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from shopnurture.cli import main
from shopnurture.data.contacts import search_text_for
from shopnurture.data.database import Database, open_database
from shopnurture.data.tables import ActivityEvent, Contact, Product

CONTACT = Contact.__table__  # type: ignore[attr-defined]
EVENT = ActivityEvent.__table__  # type: ignore[attr-defined]
PRODUCT = Product.__table__  # type: ignore[attr-defined]

# Monday 2 March 2026, 09:00 UTC (10:00 in Madrid, the shop's time zone).
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

CATALOGUE = (
    # sku, name, kind, price, stock, units_per_pack, units_per_day, shipping, upgrade, related
    ("CAF-MAQ-BAS", "Cafetera Básica", "durable", 7900, 25, None, None, 3, "CAF-MAQ-PRO",
     "CAF-CAP-050"),
    ("CAF-MAQ-PRO", "Cafetera Pro", "durable", 14900, 8, None, None, 3, None,
     "CAF-CAP-100,CAF-DES"),
    ("CAF-CAP-100", "Cápsulas (100 uds)", "consumable", 2690, 80, 100, 1.0, 5, None, "CAF-DES"),
    ("CAF-CAP-050", "Cápsulas (50 uds)", "consumable", 1495, 120, 50, 1.0, 3, "CAF-CAP-100", ""),
    ("CAF-DES", "Descalcificador", "consumable", 990, 60, 3, 0.02, 3, None, ""),
    ("ROP-CAM", "Camiseta", "soft", 1990, 150, None, None, 2, None, "ROP-VAQ"),
    ("ROP-VAQ", "Vaquero", "soft", 4990, 40, None, None, 2, None, "ROP-CAM"),
    ("ROP-CHA", "Chaqueta", "soft", 6990, 0, None, None, 3, None, "ROP-CAM"),
)  # fmt: skip


def iso(moment: datetime) -> str:
    return moment.isoformat()


class Shop:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.database: Database = open_database(path)
        self.cli("settings", "set", "language", "es", now=T0)
        self._add_catalogue()

    def close(self) -> None:
        self.database.close()

    # Data --------------------------------------------------------------------------------

    def _add_catalogue(self) -> None:
        with self.database.write_session() as session:
            for sku, name, kind, price, stock, units, per_day, ship, upgrade, related in CATALOGUE:
                session.connection().execute(
                    insert(PRODUCT).values(
                        sku=sku,
                        name=name,
                        category=sku[:3],
                        kind=kind,
                        price_cents=price,
                        stock=stock,
                        units_per_pack=units,
                        units_per_day=per_day,
                        shipping_days=ship,
                        upgrade_sku=upgrade,
                        related_skus=related,
                        created_at=T0,
                        updated_at=T0,
                    )  # fmt: skip
                )

    def contact(self, name: str = "Lucía", **fields: Any) -> int:
        values = {
            "email": f"{name.lower()}{self._count('contact')}@example.es",
            "phone": f"+3461200{self._count('contact'):04d}",
            "first_name": name,
            "last_name": "Núñez",
            "language": "es",
            "time_zone": "Europe/Madrid",
            "email_consent": "granted",
            "sms_consent": "granted",
            "created_at": T0 - timedelta(days=400),
            "updated_at": T0 - timedelta(days=400),
            **fields,
        }
        values["search_text"] = search_text_for(values)
        with self.database.write_session() as session:
            result = session.connection().execute(insert(CONTACT).values(**values))
            return int(result.inserted_primary_key[0])

    def event(self, contact_id: int, type_: str, at: datetime, **fields: Any) -> int:
        with self.database.write_session() as session:
            result = session.connection().execute(
                insert(EVENT).values(
                    contact_id=contact_id, type=type_, occurred_at=at, created_at=at, **fields
                )
            )
            return int(result.inserted_primary_key[0])

    def order(self, contact_id: int, at: datetime, *lines: tuple[str, int], order_id: str) -> None:
        prices = {row[0]: row[3] for row in CATALOGUE}
        for sku, quantity in lines:
            self.event(contact_id, "order", at, sku=sku, quantity=quantity,
                       value_cents=prices[sku] * quantity, order_id=order_id)  # fmt: skip

    def set_contact(self, contact_id: int, **values: Any) -> None:
        with self.database.write_session() as session:
            session.connection().execute(
                update(CONTACT).where(CONTACT.c.id == contact_id).values(**values)
            )

    def set_stock(self, sku: str, stock: int | None) -> None:
        with self.database.write_session() as session:
            session.connection().execute(
                update(PRODUCT).where(PRODUCT.c.sku == sku).values(stock=stock)
            )

    def deliver(self, now: datetime) -> None:
        """Stands in for delivery (the next issue): queued messages due by `now` become sent."""
        with self.database.write_session() as session:
            session.connection().exec_driver_sql(
                "UPDATE outbox_message SET status = 'sent', sent_at = due_at "
                "WHERE status = 'queued' AND due_at <= ?",
                (now.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds"),),
            )

    def contact_row(self, contact_id: int) -> dict[str, Any]:
        with self.database.read_session() as session:
            row = session.connection().execute(select(CONTACT).where(CONTACT.c.id == contact_id))
            return dict(row.mappings().one())

    def sql(self, statement: str, *params: Any) -> list[tuple[Any, ...]]:
        with self.database.read_session() as session:
            return [tuple(r) for r in session.connection().exec_driver_sql(statement, params)]

    def _count(self, table: str) -> int:
        return self.sql(f"SELECT count(*) FROM {table}")[0][0] + 1

    # The command line ----------------------------------------------------------------------

    def cli(self, *argv: str, now: datetime, expect: int = 0) -> str:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--db", str(self.path), "--now", iso(now), *argv])
        assert code == expect, (argv, code, err.getvalue())
        return out.getvalue()

    def add_flow(self, template: str, *, now: datetime = T0, activate: bool = True) -> int:
        extra = ["--activate"] if activate else []
        return int(json.loads(self.cli("flows", "add", template, *extra, "--json", now=now))["id"])

    def tick(self, now: datetime) -> dict[str, Any]:
        return json.loads(self.cli("run", "--once", "--json", now=now))

    def outbox(self, *, status: str | None = None) -> list[dict[str, Any]]:
        extra = ["--status", status] if status else []
        return json.loads(self.cli("outbox", "list", "--json", *extra, now=T0))

    def messages(
        self, *, status: str | None = None, channel: str | None = None
    ) -> list[dict[str, Any]]:
        """Outbox rows with the body, for checks on the text."""
        rows = self.sql(
            "SELECT m.node_id, m.channel, m.status, m.reason, m.due_at, m.subject, m.body_text, "
            "c.email, m.flow_id FROM outbox_message m LEFT JOIN contact c ON c.id = m.contact_id "
            "ORDER BY m.id"
        )
        keys = (
            "node_id",
            "channel",
            "status",
            "reason",
            "due_at",
            "subject",
            "body",
            "email",
            "flow_id",
        )
        found = [dict(zip(keys, row, strict=True)) for row in rows]
        return [
            m
            for m in found
            if (status is None or m["status"] == status)
            and (channel is None or m["channel"] == channel)
        ]

    def nodes_sent(self) -> list[str]:
        """Node ids of queued (not skipped) messages, in order."""
        return [m["node_id"] for m in self.messages(status="queued")]

    def run_status(self, flow_id: int, contact_id: int) -> list[tuple[str, str | None, str | None]]:
        return self.sql(
            "SELECT status, current_node, exit_reason FROM flow_run "
            "WHERE flow_id = ? AND contact_id = ? ORDER BY id",
            flow_id,
            contact_id,
        )


def birthday(month: int, day: int) -> date:
    return date(1990, month, day)
