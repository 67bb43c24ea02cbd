"""A month of automation history for the demo shop, so that its Results page has something
to say: four live flows (two with a holdout group), their past runs and messages, and the
orders that followed. Made up, but with a real effect for the cart reminders to measure."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from shopnurture.data.activity import add_events
from shopnurture.data.database import Database
from shopnurture.data.demo_history import PastMessage, PastRun, insert_past_runs
from shopnurture.data.scores import refresh_scores
from shopnurture.domain.flows.model import FlowGraph, Link, Node
from shopnurture.domain.flows.templates import build_template
from shopnurture.services.engine.flow_service import activate_flow, create_flow
from shopnurture.services.settings import read_settings

DAYS = 35
HOUR, DAY = timedelta(hours=1), timedelta(days=1)


def with_holdout(graph: FlowGraph, percent: int) -> FlowGraph:
    """The template with a holdout step right after its trigger."""
    trigger = graph.triggers()[0].id
    first = graph.target(trigger, "next")
    graph.links = [link for link in graph.links if link.source != trigger]
    graph.nodes["holdout"] = Node("holdout", "logic.holdout", {"percent": percent})
    graph.links += [Link(trigger, "next", "holdout"), Link("holdout", "next", first or "")]
    return graph


def add_demo_history(database: Database, *, now: datetime, seed: int = 11) -> int:
    """Adds the flows and their last DAYS days; returns how many runs were written."""
    language = read_settings(database)["language"]
    flows = {}
    for key, holdout in (("cart_abandonment", 25), ("browse_abandonment", 0),
                         ("cross_sell", 0), ("birthday", 30)):  # fmt: skip
        graph = build_template(key, language)
        if holdout:
            graph = with_holdout(graph, holdout)
        flows[key] = create_flow(database, graph, now=now - DAYS * DAY)
        activate_flow(database, flows[key], now=now)
    with database.read_session() as session:
        connection = session.connection()
        contacts = [row[0] for row in connection.exec_driver_sql(
            "SELECT id FROM contact WHERE email IS NOT NULL ORDER BY id")]  # fmt: skip
        products = list(connection.exec_driver_sql(
            "SELECT sku, price_cents FROM product WHERE price_cents > 0 ORDER BY sku"))  # fmt: skip
    maker = _HistoryMaker(random.Random(seed), flows, contacts, products, now)
    maker.make()
    with database.write_session() as session:
        insert_past_runs(session=session, runs=maker.runs)
        add_events(session=session, events=maker.events)
        refresh_scores(session=session, contact_ids=contacts, now=now)
    return len(maker.runs)


class _HistoryMaker:
    def __init__(self, rng: random.Random, flows: dict[str, int], contacts: list[int],
                 products: list[tuple[str, int]], now: datetime) -> None:  # fmt: skip
        self.rng, self.flows, self.contacts, self.products, self.now = (
            rng, flows, contacts, products, now,
        )  # fmt: skip
        self.runs: list[PastRun] = []
        self.events: list[dict[str, object]] = []
        self._orders = 0

    def make(self) -> None:
        start = self.now - DAYS * DAY
        for day in range(DAYS):
            midnight = start + day * DAY
            for _ in range(self.rng.randint(3, 7)):
                self._cart(midnight + self._daytime())
            for _ in range(self.rng.randint(2, 4)):
                self._browse(midnight + self._daytime())
            if self.rng.random() < 0.8:
                self._birthday(midnight + self._daytime())
            if self.rng.random() < 0.7:  # customers who buy on their own, unprompted
                self._order(self.rng.choice(self.contacts), midnight + self._daytime())

    def _daytime(self) -> timedelta:
        return timedelta(hours=self.rng.uniform(8, 22))

    def _product(self) -> tuple[str, int]:
        return self.rng.choice(self.products)

    def _order(self, contact: int, at: datetime, sku: str | None = None) -> None:
        if at >= self.now:
            return
        self._orders += 1
        price = dict(self.products)[sku] if sku else self._product()[1]
        sku = sku or self._product()[0]
        self.events.append({
            "contact_id": contact, "type": "order", "occurred_at": at, "sku": sku,
            "quantity": 1, "value_cents": price, "order_id": f"DEMO-{self._orders:05d}",
            "source": "demo",
        })  # fmt: skip
        if self.rng.random() < 0.6:
            self._cross_sell(contact, at)

    def _run(self, flow: str, contact: int, at: datetime) -> PastRun:
        run = PastRun(self.flows[flow], contact, at, at, "completed", [("trigger", "passed", at)])
        self.runs.append(run)
        return run

    def _send(self, run: PastRun, node: str, at: datetime, channel: str = "email") -> bool:
        """Sent, or now and then failed or held back; True when it went out."""
        if at >= self.now:
            return False
        draw = self.rng.random()
        status, reason = "sent", None
        if draw < 0.03:
            status, reason = "failed", "550 5.1.1 mailbox unavailable"
        elif draw < 0.08:
            status, reason = "skipped", self.rng.choice(("no_consent", "frequency_cap"))
        run.steps.append((node, "message", at))
        run.messages.append(PastMessage(node, channel, at, status, reason))
        run.exited_at = max(run.exited_at, at)
        return status == "sent"

    def _holdout(self, run: PastRun, percent: int) -> bool:
        held = self.rng.random() * 100 < percent
        run.steps.append(("holdout", "holdout" if held else "passed", run.entered_at))
        if held:
            run.exit_reason = "holdout"
        return held

    def _cart(self, at: datetime) -> None:
        contact, (sku, price) = self.rng.choice(self.contacts), self._product()
        self.events.append({"contact_id": contact, "type": "add_to_cart", "occurred_at": at,
                            "sku": sku, "quantity": 1, "value_cents": price, "order_id": None,
                            "source": "demo"})  # fmt: skip
        run = self._run("cart_abandonment", contact, at + HOUR)
        if self._holdout(run, 25):
            if self.rng.random() < 0.07:  # some come back by themselves
                self._order(contact, at + self.rng.uniform(2, 90) * HOUR, sku)
            return
        self._send(run, "reminder_1", at + HOUR)
        if self.rng.random() < 0.24:
            run.exit_reason = "goal"
            self._order(contact, at + self.rng.uniform(1.5, 40) * HOUR, sku)
            return
        if self._send(run, "reminder_2", at + DAY + HOUR) and self.rng.random() < 0.08:
            run.exit_reason = "goal"
            self._order(contact, at + DAY + self.rng.uniform(2, 30) * HOUR, sku)

    def _browse(self, at: datetime) -> None:
        contact, (sku, _price) = self.rng.choice(self.contacts), self._product()
        run = self._run("browse_abandonment", contact, at)
        if self._send(run, "reminder", at + 2 * HOUR) and self.rng.random() < 0.07:
            self._order(contact, at + self.rng.uniform(3, 100) * HOUR, sku)

    def _cross_sell(self, contact: int, at: datetime) -> None:
        run = self._run("cross_sell", contact, at)
        if self._send(run, "suggest", at + 6 * HOUR) and self.rng.random() < 0.09:
            self._order(contact, at + self.rng.uniform(8, 110) * HOUR)

    def _birthday(self, at: datetime) -> None:
        contact = self.rng.choice(self.contacts)
        run = self._run("birthday", contact, at)
        if self._holdout(run, 30):
            return
        if self._send(run, "follow_up_sms", at, channel="sms") and self.rng.random() < 0.12:
            self._order(contact, at + self.rng.uniform(1, 20) * HOUR)
